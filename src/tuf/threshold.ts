// Threshold counting, the one place that decides whether a role's file is
// signed by enough of the keys its parent trusts.

import { VerificationError } from '../errors.ts';
import { verifySignature } from '../keys/index.ts';
import type { TufKey } from '../keys/tuf-key.ts';
import type { SignedBase } from './base.ts';
import type { Metadata } from './metadata.ts';

/** Counts distinct keys in `keys` with a valid signature on `metadata`. */
export function countValidSignatures(metadata: Metadata<SignedBase>, keys: ReadonlyMap<string, TufKey>): number {
  const valid = new Set<string>();
  for (const sig of metadata.signatures) {
    const key = keys.get(sig.keyid);
    // notary refuses a key listed under an ID that is not its own.
    if (!key || key.id !== sig.keyid || valid.has(sig.keyid)) continue;
    if (verifySignature(key, sig.method, metadata.signedBytes, sig.sig)) valid.add(sig.keyid);
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
