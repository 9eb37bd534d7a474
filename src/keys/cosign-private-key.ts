// Reads cosign's encrypted private key (`cosign generate-key-pair`, `cosign
// import-key-pair`): a PEM block, `ENCRYPTED SIGSTORE PRIVATE KEY` (cosign
// 2 and 3) or `ENCRYPTED COSIGN PRIVATE KEY` (older), whose body is the JSON
// of go-securesystemslib's `encrypted` package: scrypt {N, r, p} with a
// salt derives a 32-byte key that opens a NaCl secretbox holding PKCS#8 DER.
// Byte fields are standard base64, as Go's encoding/json writes []byte.
//
// The scrypt parameters come from the file, so they are bounded before any
// work is done: a hostile file must not make us allocate gigabytes. scrypt
// is node's; secretbox is @noble/ciphers' (audited, no dependencies).

import { scryptSync, type KeyObject } from 'node:crypto';
import { secretbox } from '@noble/ciphers/salsa';
import { KeyError } from '../errors.ts';
import { unusableReason } from './key-object.ts';
import type { PemBlock } from './pem.ts';
import { decodePkcs8, Pkcs8Error } from './pkcs8.ts';
import { SigningKey } from './signing-key.ts';

/** The PEM labels cosign writes, newest first. */
export const COSIGN_PRIVATE_KEY_TYPES: readonly string[] = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];

/**
 * Bounds on the file's scrypt parameters. cosign 2.5 and 3.1 write N=65536,
 * r=8, p=1 (64 MiB, about 0.4 s); these allow 4 times that memory and 8
 * times that work, and refuse anything beyond before scrypt runs.
 */
export const COSIGN_SCRYPT_LIMITS = {
  maxMemoryBytes: 256 * 1024 * 1024,
  /** N·r·p, the number of block mixes, which is what time scales with. */
  maxWork: 8 * 65536 * 8,
  maxR: 32,
  maxP: 16,
} as const;

const SALSA_KEY_BYTES = 32;
const SECRETBOX_NONCE_BYTES = 24;
const SECRETBOX_TAG_BYTES = 16;

export interface CosignKeyOptions {
  /** The user-facing name of the key input, e.g. `cosign-key`. */
  readonly input: string;
  /** Empty or absent: the empty passphrase, which `cosign generate-key-pair` allows. */
  readonly passphrase?: string | undefined;
  /** The user-facing name of the passphrase input, e.g. `cosign-key-passphrase` or `COSIGN_PASSWORD`. */
  readonly passphraseInput?: string | undefined;
}

/** A LoadedPrivateKey (load-private-key.ts): cosign's key carries no `role:` or `gun:`. */
export interface CosignPrivateKey {
  readonly signer: SigningKey;
  readonly role: undefined;
  readonly gun: undefined;
}

interface Sealed {
  readonly n: number;
  readonly r: number;
  readonly p: number;
  readonly salt: Uint8Array;
  readonly nonce: Uint8Array;
  readonly ciphertext: Uint8Array;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

class CosignKeyReader {
  readonly #opts: CosignKeyOptions;

  constructor(opts: CosignKeyOptions) {
    this.#opts = opts;
  }

  fail(message: string, cause?: unknown, code: 'KEY' | 'PASSPHRASE' = 'KEY'): KeyError {
    return new KeyError(this.#opts.input, message, { cause, code });
  }

  #damaged(what: string): KeyError {
    return this.fail(`the cosign key is damaged (${what}); give the cosign.key file as \`cosign generate-key-pair\` wrote it`);
  }

  #field(obj: unknown, key: string): unknown {
    return typeof obj === 'object' && obj !== null && !Array.isArray(obj) ? (obj as Record<string, unknown>)[key] : undefined;
  }

  #bytes(value: unknown, what: string): Uint8Array {
    if (typeof value !== 'string' || !BASE64.test(value) || value.length % 4 !== 0) throw this.#damaged(`${what} is not base64`);
    return Buffer.from(value, 'base64');
  }

  #integer(value: unknown, what: string): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw this.#damaged(`scrypt ${what} is not a positive integer`);
    return value;
  }

  parse(body: Uint8Array): Sealed {
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(body).toString('utf8'));
    } catch (cause) {
      throw this.fail('the cosign key is damaged (its body is not JSON); give the cosign.key file as `cosign generate-key-pair` wrote it', cause);
    }
    const kdf = this.#field(json, 'kdf');
    const cipher = this.#field(json, 'cipher');
    const kdfName = this.#field(kdf, 'name');
    const cipherName = this.#field(cipher, 'name');
    if (kdfName !== 'scrypt' || cipherName !== 'nacl/secretbox') {
      throw this.fail(
        `the key is encrypted with ${String(kdfName)} and ${String(cipherName)}; only cosign's scrypt with nacl/secretbox is read`,
      );
    }
    const params = this.#field(kdf, 'params');
    const sealed: Sealed = {
      n: this.#integer(this.#field(params, 'N'), 'N'),
      r: this.#integer(this.#field(params, 'r'), 'r'),
      p: this.#integer(this.#field(params, 'p'), 'p'),
      salt: this.#bytes(this.#field(kdf, 'salt'), 'the salt'),
      nonce: this.#bytes(this.#field(cipher, 'nonce'), 'the nonce'),
      ciphertext: this.#bytes(this.#field(json, 'ciphertext'), 'the ciphertext'),
    };
    if (sealed.nonce.length !== SECRETBOX_NONCE_BYTES) throw this.#damaged(`the nonce has ${sealed.nonce.length} bytes, not 24`);
    if (sealed.ciphertext.length <= SECRETBOX_TAG_BYTES) throw this.#damaged('the ciphertext is too short');
    this.#checkLimits(sealed);
    return sealed;
  }

  #checkLimits({ n, r, p }: Sealed): void {
    if (n < 2 || !Number.isInteger(Math.log2(n))) throw this.#damaged(`scrypt N=${n} is not a power of 2`);
    const limits = COSIGN_SCRYPT_LIMITS;
    if (128 * n * r > limits.maxMemoryBytes || n * r * p > limits.maxWork || r > limits.maxR || p > limits.maxP) {
      throw this.fail(
        `the key's scrypt parameters (N=${n}, r=${r}, p=${p}) would take more than ${limits.maxMemoryBytes / 2 ** 20} MiB ` +
          `or ${limits.maxWork / (65536 * 8)} times cosign's work, so it is not decrypted; re-encrypt it with cosign ` +
          '(`cosign import-key-pair`), which writes N=65536, r=8, p=1',
      );
    }
  }

  decrypt(sealed: Sealed): Uint8Array {
    const { n, r, p } = sealed;
    const passphrase = this.#opts.passphrase ?? '';
    // node's default maxmem (32 MiB) is below cosign's 64 MiB: allow what these (bounded) parameters need.
    const maxmem = 128 * n * r + 128 * r * p + 2 ** 20;
    const key = scryptSync(passphrase, sealed.salt, SALSA_KEY_BYTES, { N: n, r, p, maxmem });
    try {
      return secretbox(key, sealed.nonce).open(sealed.ciphertext);
    } catch (cause) {
      throw this.#wrongPassphrase(cause);
    } finally {
      key.fill(0);
    }
  }

  #wrongPassphrase(cause: unknown): KeyError {
    const { passphrase, passphraseInput, input } = this.#opts;
    const from = passphraseInput ?? `the passphrase for ${input}`;
    const what =
      passphrase === undefined || passphrase === ''
        ? `the key is encrypted with a passphrase, and none was given; set ${from}`
        : `the key could not be decrypted with ${from}; set it to the passphrase the key was made with (the one \`cosign generate-key-pair\` asked for)`;
    return this.fail(what, cause, 'PASSPHRASE');
  }

  check(der: Uint8Array): SigningKey {
    let key: KeyObject;
    try {
      key = decodePkcs8(der);
    } catch (cause) {
      if (cause instanceof Pkcs8Error && cause.reason === 'unsupported') {
        throw this.fail('the cosign key uses an algorithm dct-sign cannot sign with; use an ECDSA P-256 key (cosign\'s default) or an Ed25519 key', cause);
      }
      throw this.#damaged('the decrypted key is not PKCS#8');
    }
    if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      throw this.fail(
        'the cosign key is an ECDSA key on another curve than P-256; dct-sign signs with ECDSA P-256 (what `cosign generate-key-pair` makes), Ed25519 or RSA (2048 bits or more)',
      );
    }
    const problem = unusableReason(key, 'sign');
    if (problem !== undefined) throw this.fail(problem);
    return new SigningKey(key);
  }
}

/** Whether a PEM block is cosign's encrypted private key. */
export function isCosignPrivateKeyBlock(block: PemBlock): boolean {
  return COSIGN_PRIVATE_KEY_TYPES.includes(block.type);
}

/**
 * A signer from one of cosign's PEM blocks; throws KeyError: code PASSPHRASE
 * for a wrong or missing passphrase, KEY for anything else. Takes about 0.4 s
 * (scrypt) for cosign's parameters.
 */
export function decryptCosignPrivateKey(block: PemBlock, opts: CosignKeyOptions): CosignPrivateKey {
  const reader = new CosignKeyReader(opts);
  const der = reader.decrypt(reader.parse(block.bytes));
  try {
    return { signer: reader.check(der), role: undefined, gun: undefined };
  } finally {
    der.fill(0);
  }
}
