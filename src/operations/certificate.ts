// A self-signed code-signing certificate for teams without a CA: a leaf over
// a signer key (or a notation key) that notation 1.3 signs with and trusts
// from a `ca` trust store. key-generate --certificate makes one over the new
// key; the certificate command makes one for a key that exists, such as
// docker's signer key.
//
// The subject carries C, ST and O because notation's `x509.subject`
// trusted identities must name all three (it refuses an identity without
// them), so a subject of O and CN alone could be trusted by no identity.
// C=XX is ISO 3166's user-assigned code: the certificate claims no country.

import { join, resolve } from 'node:path';
import { InputError } from '../errors.ts';
import { createCodeSigningCertificate, type LoadedPrivateKey, type SigningKey } from '../keys/index.ts';
import { existingDirectory, writeNew } from './new-file.ts';
import { validateSignerName } from './signer-name.ts';

/** The subject's C, ST and O, before CN=<name>. */
export const CERTIFICATE_SUBJECT = { country: 'XX', state: 'none', organization: 'dct-sign' } as const;

/** One year, certificate-validity's default. */
export const DEFAULT_CERTIFICATE_VALIDITY_MS = 365 * 86_400_000;

/** A certificate written to a file, with what notation needs to trust it. */
export interface CertificateFile {
  readonly path: string;
  readonly pem: string;
  /** e.g. `C=XX, ST=none, O=dct-sign, CN=ci` */
  readonly subject: string;
  /** The trusted identity for notation's trust policy: `x509.subject: <subject>`. */
  readonly identity: string;
  /** The store name to add it under (`notation cert add --type ca --store <name>`). */
  readonly store: string;
  readonly notAfter: Date;
}

/** The certificate's PEM and subject over `key`, valid for `validityMs` from `now`; KeyError for a key notation does not sign with. */
export function makeCertificate(
  key: SigningKey,
  name: string,
  opts: { readonly validityMs: number; readonly keyInput: string; readonly now?: Date },
): Omit<CertificateFile, 'path'> {
  const now = opts.now ?? new Date();
  const pem = createCodeSigningCertificate(key, {
    commonName: name,
    ...CERTIFICATE_SUBJECT,
    keyInput: opts.keyInput,
    validityDays: opts.validityMs / 86_400_000,
    now,
  });
  const { country, state, organization } = CERTIFICATE_SUBJECT;
  const subject = `C=${country}, ST=${state}, O=${organization}, CN=${name}`;
  const notAfter = new Date(Math.floor(now.getTime() / 1000) * 1000 + Math.round(opts.validityMs));
  return { pem, subject, identity: `x509.subject: ${subject}`, store: name, notAfter };
}

/** `certificate-validity` in milliseconds: more than zero, a year unless given. */
export function certificateValidity(ms: number | undefined): number {
  if (ms === undefined) return DEFAULT_CERTIFICATE_VALIDITY_MS;
  // Below a second the certificate would be out of date before notation reads it.
  if (!(ms >= 1000)) throw new InputError('certificate-validity', 'give a validity of a second or more, e.g. 365d');
  return ms;
}

export interface CertificateOptions {
  /** `signer-name`: the certificate's CN, the file's and the trust store's name; default: the key's `role:` header. */
  readonly name?: string | undefined;
  /** `signer-key`: the key to certify, unless notationKey is given. */
  readonly signerKey?: LoadedPrivateKey | undefined;
  /** `notation-key`: wins over signerKey (as for sign, where it makes the notation signatures). */
  readonly notationKey?: LoadedPrivateKey | undefined;
  /** `certificate-validity` in milliseconds; a year unless given. */
  readonly validityMs?: number | undefined;
  /** `key-directory`: where <name>.crt goes; the current directory by default. */
  readonly directory?: string | undefined;
  /** `output`: the file to write instead. */
  readonly output?: string | undefined;
  readonly now?: Date;
}

export type CertificateResult = CertificateFile & {
  readonly name: string;
  /** The input that gave the key, e.g. `signer-key`. */
  readonly keyInput: string;
};

/** Writes a self-signed code-signing certificate for an existing key; nothing is written when an input is wrong. */
export async function certificate(options: CertificateOptions): Promise<CertificateResult> {
  const [key, keyInput] = options.notationKey ? [options.notationKey, 'notation-key'] : [options.signerKey, 'signer-key'];
  if (!key) throw new InputError('signer-key', 'give the key to make the certificate for: signer-key (as docker keeps it) or notation-key');
  const given = options.name?.trim() || key.role;
  if (!given) {
    throw new InputError('signer-name', `${keyInput} has no role: header to name the certificate after; give NAME, e.g. ci (the file is NAME.crt)`);
  }
  const name = validateSignerName(given);
  const validityMs = certificateValidity(options.validityMs);
  const path = options.output?.trim()
    ? resolve(options.output.trim())
    : join(await existingDirectory(options.directory), `${name}.crt`);
  const made = makeCertificate(key.signer, name, { validityMs, keyInput, ...(options.now ? { now: options.now } : {}) });
  await writeNew(path, made.pem, 0o644, options.output?.trim() ? 'output' : 'signer-name');
  return { ...made, path, name, keyInput };
}
