// Turns the private key text a user put in a CI secret into a signer.
//
// Accepts what notary's ParsePEMPrivateKey accepts (encrypted and plain
// PKCS#8 in notary's layout, SEC1, PKCS#1, notary's legacy ED25519 PEM,
// legacy DEK-Info encryption) plus standard PKCS#8 from openssl or node, and
// cosign's scrypt and secretbox format (cosign-private-key.ts), in any of the shapes CI secrets turn PEM into (see pem.ts). The `role:` and
// `gun:` headers that notary and docker write are returned, never fed to
// node. Every failure is a KeyError naming the input and the fix; none
// carries key material or the passphrase.

import { createPrivateKey, type KeyObject } from 'node:crypto';
import { KeyError } from '../errors.ts';
import { COSIGN_PRIVATE_KEY_TYPES, decryptCosignPrivateKey, isCosignPrivateKeyBlock } from './cosign-private-key.ts';
import { jwsUnusableReason, unusableReason } from './key-object.ts';
import { decryptPkcs8, Pbes2Error } from './pbes2.ts';
import { encodePem, readPem, type PemBlock } from './pem.ts';
import { decodeNotaryEd25519, decodePkcs8, Pkcs8Error } from './pkcs8.ts';
import { SigningKey, type SigningKeyUse } from './signing-key.ts';
import type { LoadedKey } from './types.ts';

export interface LoadPrivateKeyOptions {
  /** The user-facing name of the input, e.g. `signer-key`. */
  readonly input: string;
  readonly passphrase?: string;
  /** The user-facing name of the passphrase input, for messages. */
  readonly passphraseInput?: string;
  /** `jws` for a key that signs notation signatures only (`notation-key`): ECDSA P-256/384/521, RSA 2048/3072/4096. */
  readonly use?: SigningKeyUse;
}

export interface LoadedPrivateKey extends LoadedKey {
  readonly signer: SigningKey;
}

const PRIVATE_TYPES = new Set([
  'ENCRYPTED PRIVATE KEY',
  'PRIVATE KEY',
  'EC PRIVATE KEY',
  'RSA PRIVATE KEY',
  'ED25519 PRIVATE KEY',
  ...COSIGN_PRIVATE_KEY_TYPES,
]);
const PUBLIC_TYPES = new Set(['PUBLIC KEY', 'RSA PUBLIC KEY', 'EC PUBLIC KEY', 'CERTIFICATE', 'TRUSTED CERTIFICATE']);

const PASTE_HINT =
  'paste the whole key file, including its -----BEGIN ...----- and -----END ...----- lines, or that file base64-encoded';

function isEncrypted(block: PemBlock): boolean {
  return block.type === 'ENCRYPTED PRIVATE KEY' || 'DEK-Info' in block.headers;
}

class Loader {
  readonly #input: string;
  readonly #passphrase: string | undefined;
  readonly #passphraseInput: string;
  readonly #use: SigningKeyUse;

  constructor(opts: LoadPrivateKeyOptions) {
    this.#use = opts.use ?? 'notary';
    this.#input = opts.input;
    this.#passphrase = opts.passphrase === '' ? undefined : opts.passphrase;
    this.#passphraseInput = opts.passphraseInput ?? `the passphrase for ${opts.input}`;
  }

  fail(message: string, cause?: unknown): KeyError {
    return new KeyError(this.#input, message, { cause });
  }

  wrongPassphrase(cause?: unknown): KeyError {
    return new KeyError(
      this.#input,
      `the key could not be decrypted with ${this.#passphraseInput}; set it to the passphrase chosen when the key was generated`,
      { code: 'PASSPHRASE', cause },
    );
  }

  pick(text: string): PemBlock {
    const { blocks, corrupt } = readPem(text);
    const privateBlocks = blocks.filter((b) => PRIVATE_TYPES.has(b.type));
    if (privateBlocks.length > 1) {
      throw this.fail(`contains ${privateBlocks.length} private keys; give exactly one`);
    }
    const chosen = privateBlocks[0];
    if (chosen) return chosen;
    if (corrupt.length > 0) {
      throw this.fail(`the ${corrupt[0]} block is damaged (its body is not base64); ${PASTE_HINT}`);
    }
    const other = blocks[0];
    if (other && PUBLIC_TYPES.has(other.type)) {
      const what = other.type.includes('CERTIFICATE') ? 'a certificate' : 'a public key';
      throw this.fail(
        `this is ${what}, but a private key is needed; use the private key file, not the .pub (docker keeps them in ~/.docker/trust/private/<key ID>.key, cosign writes cosign.key)`,
      );
    }
    if (other?.type === 'OPENSSH PRIVATE KEY') {
      throw this.fail(
        'OpenSSH private keys are not supported; convert it with `ssh-keygen -p -m PKCS8 -f <file>` or use a key from `docker trust key generate`',
      );
    }
    if (other) throw this.fail(`a "${other.type}" PEM block is not a private key; ${PASTE_HINT}`);
    throw this.fail(`not a PEM private key; ${PASTE_HINT}`);
  }

  decode(block: PemBlock): KeyObject {
    if (isEncrypted(block) && this.#passphrase === undefined) {
      throw new KeyError(this.#input, `the key is encrypted but no passphrase was given; set ${this.#passphraseInput}`, {
        code: 'PASSPHRASE',
      });
    }
    try {
      switch (block.type) {
        case 'ENCRYPTED PRIVATE KEY':
          return this.decodeEncrypted(block.bytes, this.#passphrase as string);
        case 'PRIVATE KEY':
          return decodePkcs8(block.bytes);
        case 'ED25519 PRIVATE KEY':
          return decodeNotaryEd25519(block.bytes);
        default:
          return this.decodeLegacy(block);
      }
    } catch (err) {
      if (err instanceof KeyError) throw err;
      if (err instanceof Pkcs8Error && err.reason === 'unsupported') {
        throw this.fail('the key uses an algorithm notary does not support; use an ECDSA P-256, Ed25519 or RSA key', err);
      }
      throw this.fail(`the ${block.type} could not be read; ${PASTE_HINT}`, err);
    }
  }

  decodeEncrypted(der: Buffer, passphrase: string): KeyObject {
    let plain: Buffer;
    try {
      plain = decryptPkcs8(der, passphrase);
    } catch (err) {
      if (!(err instanceof Pbes2Error)) throw err;
      if (err.reason === 'passphrase') throw this.wrongPassphrase(err);
      if (err.reason === 'malformed') throw err;
      if (err.reason === 'limit') {
        throw this.fail(`${err.message}, so it is not tried; re-encrypt the key with notary or openssl (2048 iterations)`, err);
      }
      return this.decodeByNode(encodePem('ENCRYPTED PRIVATE KEY', der), passphrase);
    }
    try {
      return decodePkcs8(plain);
    } catch (err) {
      // Garbage that happened to end in valid padding: still a wrong passphrase.
      if (err instanceof Pkcs8Error && err.reason === 'malformed') throw this.wrongPassphrase();
      throw err;
    }
  }

  decodeLegacy(block: PemBlock): KeyObject {
    if ('DEK-Info' in block.headers) {
      const headers = {
        'Proc-Type': block.headers['Proc-Type'] ?? '4,ENCRYPTED',
        'DEK-Info': block.headers['DEK-Info'] as string,
      };
      // With DEK-Info a wrong passphrase often yields garbage rather than bad
      // padding, so any failure to read the result means the passphrase.
      return this.decodeByNode(encodePem(block.type, block.bytes, headers), this.#passphrase as string, true);
    }
    const type = block.type === 'EC PRIVATE KEY' ? 'sec1' : 'pkcs1';
    return createPrivateKey({ key: block.bytes, format: 'der', type });
  }

  /** Schemes we do not decrypt ourselves (PBES1, scrypt, DEK-Info) go to OpenSSL. */
  decodeByNode(pem: string, passphrase: string, anyFailureIsPassphrase = false): KeyObject {
    try {
      return createPrivateKey({ key: pem, format: 'pem', passphrase });
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (anyFailureIsPassphrase || code === 'ERR_OSSL_BAD_DECRYPT' || code === 'ERR_OSSL_EVP_BAD_DECRYPT') {
        throw this.wrongPassphrase(err);
      }
      throw err;
    }
  }

  check(key: KeyObject): SigningKey {
    const problem = this.#use === 'jws' ? jwsUnusableReason(key) : unusableReason(key, 'sign');
    if (problem !== undefined) throw this.fail(problem);
    return new SigningKey(key, this.#use);
  }
}

/** A signer from private key text; throws KeyError (code KEY or PASSPHRASE). */
export function loadPrivateKey(text: string, opts: LoadPrivateKeyOptions): LoadedPrivateKey {
  const loader = new Loader(opts);
  const block = loader.pick(text);
  // cosign allows an empty passphrase, so a key without one given is tried with the empty one.
  if (isCosignPrivateKeyBlock(block)) return decryptCosignPrivateKey(block, opts);
  const signer = loader.check(loader.decode(block));
  return { signer, role: block.headers.role || undefined, gun: block.headers.gun || undefined };
}

/**
 * The `cosign-key` input: cosign's encrypted key (`ENCRYPTED SIGSTORE PRIVATE
 * KEY`, or the older `ENCRYPTED COSIGN PRIVATE KEY`) with its passphrase
 * (none given: the empty one, which cosign allows), or any private key
 * loadPrivateKey reads. Throws KeyError (code KEY or PASSPHRASE) naming
 * `opts.input`, and `opts.passphraseInput` for a passphrase that fails.
 */
export function loadCosignPrivateKey(text: string, opts: LoadPrivateKeyOptions): LoadedPrivateKey {
  return loadPrivateKey(text, opts);
}
