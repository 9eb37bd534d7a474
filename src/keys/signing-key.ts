// A private key held in memory, signing exactly as notary's data.PrivateKey
// implementations do (tuf/data/keys.go):
//   ecdsa   SHA-256, raw r||s, each zero-padded to the curve size
//   eddsa   ed25519 over the message itself
//   rsapss  SHA-256, MGF1-SHA-256, 32-byte salt (PSSSaltLengthEqualsHash)
// The key material stays in a private field; only the export functions of
// this module can reach it, through `keyObjectOf`.

import { constants, sign, type KeyObject } from 'node:crypto';
import { inspect } from 'node:util';
import { RSA_PSS_SALT_LENGTH } from './constants.ts';
import { jwsUnusableReason, methodFor, plainKeyType, tufKeyOf, unusableReason } from './key-object.ts';
import type { TufKey } from './tuf-key.ts';
import type { SignatureMethod, Signer } from './types.ts';

let reveal: (key: SigningKey) => KeyObject;

/**
 * What a key is loaded for: notary's metadata (the default), or Notary
 * Project (JWS) signatures only, which also take ECDSA P-384 and P-521 keys
 * that notary cannot sign with.
 */
export type SigningKeyUse = 'notary' | 'jws';

export class SigningKey implements Signer {
  readonly publicKey: TufKey;
  readonly keyId: string;
  readonly method: SignatureMethod;
  readonly #key: KeyObject;
  /** Why notary cannot sign with this (jws-only) key; undefined when it can. */
  readonly #notNotary: string | undefined;

  static {
    reveal = (key) => key.#key;
  }

  /** Throws a TypeError for keys notary (or, for `jws`, notation) cannot sign with; loaders check first. */
  constructor(privateKey: KeyObject, use: SigningKeyUse = 'notary') {
    if (privateKey.type !== 'private') throw new TypeError('a signing key needs a private key');
    const notNotary = unusableReason(privateKey, 'sign');
    const problem = use === 'notary' ? notNotary : jwsUnusableReason(privateKey);
    if (problem !== undefined) throw new TypeError(problem);
    this.#notNotary = notNotary;
    const keytype = plainKeyType(privateKey);
    if (keytype === undefined) throw new TypeError('unsupported key type');
    this.#key = privateKey;
    this.publicKey = tufKeyOf(privateKey);
    this.keyId = this.publicKey.id;
    this.method = methodFor(keytype);
  }

  sign(data: Uint8Array): Promise<Uint8Array> {
    if (this.#notNotary !== undefined) return Promise.reject(new TypeError(`notary cannot sign with this key: ${this.#notNotary}`));
    return new Promise((resolve, reject) => {
      const done = (err: Error | null, sig: Buffer): void => (err ? reject(err) : resolve(new Uint8Array(sig)));
      switch (this.method) {
        case 'ecdsa':
          sign('sha256', data, { key: this.#key, dsaEncoding: 'ieee-p1363' }, done);
          return;
        case 'eddsa':
          sign(null, data, this.#key, done);
          return;
        default:
          sign(
            'sha256',
            data,
            { key: this.#key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: RSA_PSS_SALT_LENGTH },
            done,
          );
      }
    });
  }

  /** Only public facts: logging a key must never print it. */
  toJSON(): { keyId: string; keytype: string; method: string } {
    return { keyId: this.keyId, keytype: this.publicKey.keytype, method: this.method };
  }

  [inspect.custom](): string {
    return `SigningKey { keyId: '${this.keyId}', keytype: '${this.publicKey.keytype}' }`;
  }
}

/** The node key behind a SigningKey. Not re-exported from the module. */
export function keyObjectOf(key: SigningKey): KeyObject {
  return reveal(key);
}

/** The digest a standard (non-notary) signature is made over; ignored for ed25519, which signs the message itself. */
export type StandardHash = 'sha256' | 'sha384' | 'sha512';

/**
 * Signs as Go's crypto does outside notary, the way cosign and
 * containers/image verify: ECDSA as an ASN.1 DER signature (not notary's raw
 * r||s), RSA with PKCS#1 v1.5 (not notary's PSS), ed25519 over the message.
 * The key stays in this module; callers get only the signature.
 */
export function signStandard(key: SigningKey, data: Uint8Array, hash: StandardHash): Promise<Uint8Array> {
  const keyObject = reveal(key);
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, sig: Buffer): void => (err ? reject(err) : resolve(new Uint8Array(sig)));
    switch (keyObject.asymmetricKeyType) {
      case 'ec':
        sign(hash, data, { key: keyObject, dsaEncoding: 'der' }, done);
        return;
      case 'ed25519':
        sign(null, data, keyObject, done);
        return;
      default:
        sign(hash, data, { key: keyObject, padding: constants.RSA_PKCS1_PADDING }, done);
    }
  });
}
