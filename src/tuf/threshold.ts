// Threshold counting, the one place that decides whether a role's file is
// signed by enough of the keys its parent trusts.

import { VerificationError } from '../errors.ts';
import { verifiedSigner } from '../keys/index.ts';
import type { TufKey } from '../keys/tuf-key.ts';
import type { SignedBase } from './base.ts';
import type { Metadata } from './metadata.ts';

/**
 * Counts distinct keys in `keys` with a valid signature on `metadata`. Keys
 * are told apart by the public key a signature verified with, not by their
 * ID: one key listed both as `ecdsa` and as `ecdsa-x509`, with a compressed
 * and an uncompressed point, or as RSA DER and PEM has two IDs but is one
 * signer, and counting it twice would let one stolen key meet a threshold of 2.
 */
export function countValidSignatures(metadata: Metadata<SignedBase>, keys: ReadonlyMap<string, TufKey>): number {
  const valid = new Set<string>();
  for (const sig of metadata.signatures) {
    const key = keys.get(sig.keyid);
    // notary refuses a key listed under an ID that is not its own.
    if (!key || key.id !== sig.keyid) continue;
    const signer = verifiedSigner(key, sig.method, metadata.signedBytes, sig.sig);
    if (signer !== undefined) valid.add(signer);
  }
  return valid.size;
}

/** Throws unless `threshold` of `keys` signed `metadata`. */
export function verifyThreshold(
  metadata: Metadata<SignedBase>,
  keys: ReadonlyMap<string, TufKey>,
  threshold: number,
  role: string,
): void {
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new VerificationError(role, `invalid threshold ${threshold}`, { check: 'threshold' });
  }
  const valid = countValidSignatures(metadata, keys);
  if (valid < threshold) {
    throw new VerificationError(
      role,
      valid === 0
        ? 'no valid signature from a trusted key'
        : `only ${valid} valid signature(s), ${threshold} required`,
      { check: 'threshold' },
    );
  }
}

/** Throws when `metadata` has expired at `now`. */
export function verifyNotExpired(metadata: Metadata<SignedBase>, role: string, now: Date): void {
  if (metadata.signed.isExpired(now)) {
    throw new VerificationError(role, `expired at ${metadata.signed.expires.toISOString()}`, { code: 'EXPIRED' });
  }
}

/** Throws when `metadata` is older than a version we already trusted. */
export function verifyNoRollback(metadata: Metadata<SignedBase>, role: string, trustedVersion: number | undefined): void {
  if (trustedVersion !== undefined && metadata.signed.version < trustedVersion) {
    throw new VerificationError(
      role,
      `version ${metadata.signed.version} is older than the trusted version ${trustedVersion}`,
      { code: 'ROLLBACK' },
    );
  }
}
