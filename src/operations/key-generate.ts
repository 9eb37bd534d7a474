// A signer key pair, as `docker trust key generate NAME` makes one: an ECDSA
// P-256 key, `<name>.pub` (PUBLIC KEY with a `role: <name>` header) for
// `docker trust signer add`, and `<name>.key`, the private key encrypted
// with the passphrase in notary's PKCS#8 layout, for a CI secret.
//
// docker keeps the private key in its own store instead of writing it out;
// the user asked for the file here, so it is written, owner-only, and never
// over an existing file. It carries a `path: <key ID>` header, as notary's
// key export writes: without it `docker trust key load` decrypts the key and
// then imports nothing (it hands the raw DER to a PEM reader) while saying
// it succeeded, and `notary key import` refuses it. With it, both store the
// encrypted key unchanged as <key ID>.key.
//
// With `certificate`, `<name>.crt` too: a self-signed code-signing
// certificate over the new key for notation signatures (certificate.ts).

import { stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import { exportEncryptedPrivateKey, exportPublicKeyPem, generateKey } from '../keys/index.ts';
import { encodePem, readPem } from '../keys/pem.ts';
import { certificateValidity, makeCertificate, type CertificateFile } from './certificate.ts';
import { existingDirectory, writeNew } from './new-file.ts';
import { validateSignerName } from './signer-add.ts';

export { writeNew } from './new-file.ts';

/** notary's passphrase prompt refuses shorter new passphrases. */
export const MIN_PASSPHRASE_LENGTH = 8;

export interface KeyGenerateOptions {
  /** `signer-name`: lowercase letters, digits, '-' and '_', starting with a letter or digit. */
  readonly name: string;
  /** `signer-key-passphrase`: encrypts the private key file. */
  readonly passphrase: string;
  /** `key-directory`: where to write the files; the current directory by default. */
  readonly directory?: string | undefined;
  /** `certificate`: also write <name>.crt, valid for `certificate-validity` (milliseconds; a year unless given). */
  readonly certificate?: { readonly validityMs?: number | undefined } | undefined;
}

export interface KeyGenerateResult {
  readonly name: string;
  /** The key ID docker and notary show for this key. */
  readonly keyId: string;
  readonly privateKeyPath: string;
  readonly publicKeyPath: string;
  /** The public key file's text, for `docker trust signer add` or dct-sign signer-add. */
  readonly publicKeyPem: string;
  /** The private key file base64-encoded on one line, for pasting into a CI secret. */
  readonly privateKeyBase64: string;
  /** <name>.crt, when asked for. */
  readonly certificate?: CertificateFile | undefined;
}

/** Adds notary's `path:` header, naming the file the key is stored as (its key ID without `.key`). */
function withPathHeader(pem: string, keyId: string): string {
  const block = readPem(pem).blocks[0]!;
  return encodePem(block.type, block.bytes, { ...block.headers, path: keyId });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export async function keyGenerate(options: KeyGenerateOptions): Promise<KeyGenerateResult> {
  const name = validateSignerName(options.name.trim());
  if (options.passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new InputError('signer-key-passphrase', `use at least ${MIN_PASSPHRASE_LENGTH} characters to encrypt the private key`);
  }
  const validityMs = options.certificate ? certificateValidity(options.certificate.validityMs) : undefined;
  const directory = await existingDirectory(options.directory);
  const privateKeyPath = join(directory, `${name}.key`);
  const publicKeyPath = join(directory, `${name}.pub`);
  const certificatePath = validityMs === undefined ? undefined : join(directory, `${name}.crt`);
  for (const path of [privateKeyPath, publicKeyPath, ...(certificatePath ? [certificatePath] : [])]) {
    if (await exists(path)) {
      throw new InputError('signer-name', `${path} already exists; choose another name or directory (existing keys are never overwritten)`);
    }
  }

  const key = generateKey('ecdsa');
  const privatePem = withPathHeader(exportEncryptedPrivateKey(key, options.passphrase, { role: name }), key.keyId);
  const publicKeyPem = exportPublicKeyPem(key, { role: name });
  const made = validityMs === undefined ? undefined : makeCertificate(key, name, { validityMs, keyInput: 'signer-name' });
  // All the files or none: a key without its certificate would have to be generated again.
  const written: string[] = [];
  try {
    for (const [path, text, mode] of [
      [privateKeyPath, privatePem, 0o600],
      [publicKeyPath, publicKeyPem, 0o644],
      ...(made && certificatePath ? [[certificatePath, made.pem, 0o644] as const] : []),
    ] as const) {
      await writeNew(path, text, mode, 'signer-name');
      written.push(path);
    }
  } catch (err) {
    await Promise.all(written.map((path) => unlink(path).catch(() => {})));
    throw err;
  }
  return {
    ...(made && certificatePath ? { certificate: { ...made, path: certificatePath } } : {}),
    name,
    keyId: key.keyId,
    privateKeyPath,
    publicKeyPath,
    publicKeyPem,
    privateKeyBase64: Buffer.from(privatePem, 'utf8').toString('base64'),
  };
}
