// The shapes the keys module hands to the rest of the core.

import type { TufKey } from './tuf-key.ts';

/** Notary's signature methods. */
export type SignatureMethod = 'ecdsa' | 'eddsa' | 'rsapss' | 'rsapkcs1v15';

/** Signs bytes with one private key. The key itself never leaves the signer. */
export interface Signer {
  /** The public key, in the form metadata lists it. */
  readonly publicKey: TufKey;
  /** The ID that signatures made by this signer carry. */
  readonly keyId: string;
  readonly method: SignatureMethod;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** A private key parsed from user input, with what its PEM headers said. */
export interface LoadedKey {
  readonly signer: Signer;
  /** The `role:` PEM header, e.g. a signer name from `docker trust key generate`. */
  readonly role: string | undefined;
  /** The `gun:` PEM header. */
  readonly gun: string | undefined;
}
