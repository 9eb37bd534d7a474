// A delegation whose parent changed its keys after it was signed: docker's
// `signer remove` takes a signer's key out of targets/releases, and the
// releases file that signer signed then no longer meets its threshold. The
// file is otherwise as it was (listed in the snapshot, hash and version
// checked), so a remaining signer may re-sign it; it is never trusted for
// its content, which the re-signer rebuilds from roles that do verify.

import type { TufKey } from '../keys/tuf-key.ts';
import type { SignedBase } from './base.ts';
import type { Metadata } from './metadata.ts';
import { countValidSignatures } from './threshold.ts';

/**
 * True when `metadata` fails `threshold` over `keys` (the keys its parent
 * lists for the role now) and carries a signature by a key that `keys` no
 * longer lists: the parent changed the role's keys after the file was
 * signed. When the role's keys in an earlier trusted parent are known
 * (`previousKeyIds`), every such signature must be by one of them.
 */
export function parentChangedKeys(
  metadata: Metadata<SignedBase>,
  keys: ReadonlyMap<string, TufKey>,
  threshold: number,
  previousKeyIds?: readonly string[],
): boolean {
  if (!Number.isSafeInteger(threshold) || threshold < 1) return false;
  if (countValidSignatures(metadata, keys) >= threshold) return false;
  const gone = metadata.signatures.map((s) => s.keyid).filter((id) => !keys.has(id));
  if (gone.length === 0) return false;
  return previousKeyIds === undefined || gone.every((id) => previousKeyIds.includes(id));
}
