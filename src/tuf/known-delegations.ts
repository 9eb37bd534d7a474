// What a run may conclude about a delegation an earlier run verified (the
// trust state knows its version) when the trust server no longer serves it
// as it did: missing from the snapshot, or without a valid threshold of
// signatures.
//
// The trust server holds the snapshot and timestamp keys, so it can leave a
// role out of the snapshot, or serve it with bad signatures, at will; the
// tag would then resolve from a lower role. notary skips such a role; for a
// role seen before we refuse instead, unless its parent (signed by keys the
// server does not hold) changed the role in a newer valid version:
// - the parent no longer delegates it (handled by the loader: such a role
//   is simply not there);
// - the parent removed one of its keys or raised its threshold, as
//   signer-remove does, so the old file may no longer verify and no new one
//   was signed yet (adding a key cannot break it, so it excuses nothing).

import { VerificationError } from '../errors.ts';
import type { TufKey } from '../keys/tuf-key.ts';

/** The keys and threshold a parent granted a delegation when its file was last verified. */
export interface DelegationGrant {
  /** Key IDs, sorted. */
  readonly keyids: readonly string[];
  readonly threshold: number;
}

export function grantOf(keys: ReadonlyMap<string, TufKey>, threshold: number): DelegationGrant {
  return { keyids: [...new Set(keys.keys())].sort(), threshold };
}

/** What the trust state knows of a delegation and of its parent. */
export interface KnownDelegation {
  readonly name: string;
  readonly version: number;
  /** The grant recorded with the role; undefined in files written before it was recorded. */
  readonly grant: DelegationGrant | undefined;
  /** The parent's version the trust state holds, for state without a grant. */
  readonly parentVersion: number | undefined;
}

/** The parent as read this run. */
export interface CurrentParent {
  readonly name: string;
  readonly version: number;
  readonly grant: DelegationGrant;
}

/**
 * Whether the parent changed the role's keys or threshold since the role was
 * verified in a way that can leave its file without a valid threshold: it
 * removed a key or raised the threshold. Adding a key (signer-add) cannot, so
 * it excuses nothing. Without a recorded grant (an older state file), only a
 * parent newer than the one recorded can have changed it.
 */
export function parentChangedGrant(known: KnownDelegation, parent: CurrentParent): boolean {
  const recorded = known.grant;
  if (!recorded) return known.parentVersion !== undefined && parent.version > known.parentVersion;
  const now = new Set(parent.grant.keyids);
  return parent.grant.threshold > recorded.threshold || recorded.keyids.some((id) => !now.has(id));
}

const forgetHint =
  'If the role was removed and created again on purpose with the same keys, drop the repository from the trust state ' +
  'with trust-state-forget';

/** A known role the snapshot leaves out while its parent still delegates it unchanged. */
export function withheldRoleError(known: KnownDelegation, parent: CurrentParent): VerificationError {
  return new VerificationError(
    known.name,
    `is missing from the snapshot, but version ${known.version} was verified before and ${parent.name} (version ` +
      `${parent.version}) still delegates it with the same keys: the trust server withholds it, and the tags would ` +
      `resolve from another role. ${forgetHint}`,
    { code: 'ROLLBACK' },
  );
}

/** A known role that fails its threshold while its parent still grants it the same keys. */
export function unsignedRoleError(known: KnownDelegation, parent: CurrentParent, cause: VerificationError): VerificationError {
  const reason = cause.message.startsWith(`${known.name}: `) ? cause.message.slice(known.name.length + 2) : cause.message;
  return new VerificationError(
    known.name,
    `${reason}, but version ${known.version} was verified before and ${parent.name} (version ${parent.version}) ` +
      'still grants it the same keys and threshold: refusing it rather than skipping it, or the tags would resolve ' +
      'from another role',
    { code: 'ROLLBACK', cause },
  );
}
