// A public key as it appears in Notary v1 metadata, and its key ID.
//
// The ID is the sha256 of the canonical JSON of {keytype, keyval:{private:null,
// public}}, exactly as notary's TUFKey.ID computes it. Private keys never
// enter this type.

import { createHash } from 'node:crypto';
import { canonicalize } from '../encoding/canonical-json.ts';

export const KEY_TYPES = ['ecdsa', 'ecdsa-x509', 'ed25519', 'rsa', 'rsa-x509'] as const;
export type KeyType = (typeof KEY_TYPES)[number];

export function isKeyType(value: unknown): value is KeyType {
  return typeof value === 'string' && (KEY_TYPES as readonly string[]).includes(value);
}

export class TufKey {
  /** Notary's `keytype`; unknown types are kept so that metadata round-trips. */
  readonly keytype: string;
  /** The `keyval.public` bytes: PKIX DER, raw ed25519, or a PEM certificate. */
  readonly public: Buffer;
  #id: string | undefined;

  constructor(keytype: string, publicBytes: Uint8Array) {
    this.keytype = keytype;
    this.public = Buffer.from(publicBytes);
  }

  get id(): string {
    this.#id ??= createHash('sha256').update(canonicalize(this.toJSON())).digest('hex');
    return this.#id;
  }

  toJSON(): { keytype: string; keyval: { private: null; public: string } } {
    return { keytype: this.keytype, keyval: { private: null, public: this.public.toString('base64') } };
  }

  static fromJSON(value: unknown): TufKey {
    if (typeof value !== 'object' || value === null) throw new TypeError('key is not an object');
    const { keytype, keyval } = value as Record<string, unknown>;
    if (typeof keytype !== 'string') throw new TypeError('key has no keytype');
    if (typeof keyval !== 'object' || keyval === null) throw new TypeError('key has no keyval');
    const pub = (keyval as Record<string, unknown>).public;
    if (typeof pub !== 'string') throw new TypeError('key has no public value');
    return new TufKey(keytype, Buffer.from(pub, 'base64'));
  }

  equals(other: TufKey): boolean {
    return this.id === other.id;
  }
}
