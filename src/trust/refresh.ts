// Keeping trust data alive: re-signing targets or a delegation with its
// content unchanged, version + 1 and a new 3-year expiry, as notary's
// `witness` does. Run from a schedule, it keeps roles that nobody signs
// into for years from expiring (an expired role fails every pull).
//
// Which roles: the ones named, or by default the roles the given keys
// signed last (targets when the repository key is given). A shared role
// such as targets/releases that another signer signed last is left alone
// unless named, because re-signing it would attribute that signer's tags
// to this key in `docker trust inspect`.

import { DctError } from '../errors.ts';
import type { TufKey } from '../keys/tuf-key.ts';
import type { Signer } from '../keys/types.ts';
import { Metadata } from '../tuf/metadata.ts';
import { isDelegationName, ROOT, SNAPSHOT, TARGETS, TIMESTAMP } from '../tuf/role.ts';
import type { Targets } from '../tuf/targets.ts';
import { countValidSignatures } from '../tuf/threshold.ts';
import { expiryFrom } from '../tuf/time.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import { TARGETS_EXPIRY, type UploadFile } from './changes.ts';
import { publishChange, type PublishOptions, type PublishResult } from './publisher.ts';
import { rebuiltIfRekeyed, warnRebuilt, type RebuiltRole } from './rekeyed-roles.ts';
import { keyIdFor, signingAs } from './signable-roles.ts';

export interface RefreshRolesOptions extends Omit<PublishOptions, 'delegations'> {
  /** Signer keys and/or the repository key. */
  readonly signers: readonly Signer[];
  /** Roles to re-sign (`targets`, `targets/<name>`); by default the roles these keys signed last. */
  readonly roles?: readonly string[];
  /** Leave roles that expire after this time as they are. */
  readonly expiringBefore?: Date;
}

export interface RefreshedRole {
  readonly role: string;
  readonly version: number;
  readonly expires: Date;
  readonly previousExpires: Date;
}

/** A role to re-sign: its current content and the key that signs it. */
interface Candidate {
  readonly role: string;
  readonly current: Targets;
  readonly signer: Signer;
  /** Set when the role's parent re-keyed it: `current` is rebuilt from the remaining signers' roles. */
  readonly rebuilt?: RebuiltRole;
}

function notRefreshable(role: string): DctError | undefined {
  if (role === SNAPSHOT || role === TIMESTAMP) {
    return new DctError('INPUT', `${role} is signed by the trust server on every publish; there is nothing to refresh`);
  }
  if (role === ROOT) {
    return new DctError('INPUT', 'root cannot be refreshed here; its expiry is renewed with the root key (key rotation)');
  }
  if (role !== TARGETS && !isDelegationName(role)) {
    return new DctError('INPUT', `${JSON.stringify(role)} is not a role name; give targets or targets/<name>`);
  }
  return undefined;
}

/** The repository key among `signers`, as root lists it. */
function targetsCandidate(repo: TrustedRepository, signers: readonly Signer[]): Candidate | undefined {
  const root = repo.root.signed;
  for (const s of signers) {
    const id = keyIdFor(s, root.roles.targets.keyids, root.keys);
    if (id) return { role: TARGETS, current: repo.targets.signed, signer: signingAs(s, id) };
  }
  return undefined;
}

/** A delegation the signers may sign; `signedLast` also asks that one of them signed its current file. */
async function delegationCandidate(
  repo: TrustedRepository,
  role: string,
  signers: readonly Signer[],
  explicit: boolean,
): Promise<Candidate | undefined> {
  const loaded = await repo.delegation(role);
  if (!loaded) {
    if (!explicit) return undefined;
    throw new DctError('INPUT', `${repo.gun} has no role ${role}`);
  }
  if (loaded.rekeyed) {
    const c = await rekeyedCandidate(repo, loaded.keys, loaded.threshold, role, signers);
    if (c || !explicit) return c;
    throw notListed(repo, role, signers);
  }
  if (!loaded.metadata) {
    if (!explicit) return undefined;
    throw new DctError('INPUT', `${role} of ${repo.gun} has never been signed; there is nothing to refresh`);
  }
  for (const s of signers) {
    const id = keyIdFor(s, [...loaded.keys.keys()], loaded.keys);
    if (!id) continue;
    if (!explicit && countValidSignatures(loaded.metadata, new Map([[id, loaded.keys.get(id)!]])) === 0) continue;
    if (loaded.threshold > 1) {
      throw new DctError('NOT_SIGNER', `${role} of ${repo.gun} needs ${loaded.threshold} signatures; one key cannot refresh it`);
    }
    return { role, current: loaded.metadata.signed, signer: signingAs(s, id) };
  }
  if (!explicit) return undefined;
  throw notListed(repo, role, signers);
}

function notListed(repo: TrustedRepository, role: string, signers: readonly Signer[]): DctError {
  const ids = signers.map((s) => s.keyId.slice(0, 12)).join(', ');
  return new DctError('NOT_SIGNER', `key ${ids} may not sign ${role} of ${repo.gun}: the role does not list it`);
}

/**
 * A role its parent re-keyed (a signer was removed) that one of the signers
 * is listed for: it is re-signed with rebuilt content, whoever signed it last.
 */
async function rekeyedCandidate(
  repo: TrustedRepository,
  keys: ReadonlyMap<string, TufKey>,
  threshold: number,
  role: string,
  signers: readonly Signer[],
): Promise<Candidate | undefined> {
  for (const s of signers) {
    const id = keyIdFor(s, [...keys.keys()], keys);
    if (!id) continue;
    if (threshold > 1) {
      throw new DctError('NOT_SIGNER', `${role} of ${repo.gun} needs ${threshold} signatures; one key cannot re-sign it`);
    }
    const rebuilt = (await rebuiltIfRekeyed(repo, role))!;
    return { role, current: rebuilt.current, signer: signingAs(s, id), rebuilt };
  }
  return undefined;
}

async function candidates(
  repo: TrustedRepository,
  signers: readonly Signer[],
  roles: readonly string[] | undefined,
): Promise<Candidate[]> {
  if (roles) {
    const out: Candidate[] = [];
    for (const role of new Set(roles)) {
      if (role === TARGETS) {
        const c = targetsCandidate(repo, signers);
        if (!c) {
          throw new DctError('NOT_SIGNER', `targets of ${repo.gun} can only be refreshed with the repository (targets) key`);
        }
        out.push(c);
      } else {
        out.push((await delegationCandidate(repo, role, signers, true))!);
      }
    }
    return out;
  }
  const out: Candidate[] = [];
  const targets = targetsCandidate(repo, signers);
  if (targets) out.push(targets);
  for (const name of repo.delegations.keys()) {
    const c = await delegationCandidate(repo, name, signers, false);
    if (c) out.push(c);
  }
  if (out.length === 0) {
    throw new DctError('NOT_SIGNER', `none of the given keys signed any role of ${repo.gun}; name the roles to refresh`);
  }
  return out;
}

/** Re-signs roles with unchanged content, one publish for all of them. */
export async function refreshRoles(options: RefreshRolesOptions): Promise<PublishResult<readonly RefreshedRole[]>> {
  const { gun, roles } = options;
  for (const role of roles ?? []) {
    const err = notRefreshable(role);
    if (err) throw err;
  }
  const delegations: readonly string[] | 'all' = roles ? roles.filter((r) => r !== TARGETS) : 'all';
  // Refresh is also how an expired role is brought back; such a role is still verified in every other way.
  // A role whose parent re-keyed it is re-signed whatever its expiry, since it verifies no more.
  const read: PublishOptions = { ...options, delegations, allowExpiredDelegations: true, acceptRekeyedDelegations: true };
  let rebuilt: RebuiltRole[] = [];
  const published = await publishChange(read, async (repo, now) => {
    if (!repo) throw new DctError('NO_TRUST_DATA', `${gun} has no trust data; there is nothing to refresh`);
    const files: UploadFile[] = [];
    const refreshed: RefreshedRole[] = [];
    rebuilt = [];
    for (const { role, current, signer, rebuilt: fromServed } of await candidates(repo, options.signers, roles)) {
      if (!fromServed && options.expiringBefore && current.expires.getTime() > options.expiringBefore.getTime()) continue;
      if (fromServed) rebuilt.push(fromServed);
      const next = current.with({ version: current.version + 1, expires: expiryFrom(now, TARGETS_EXPIRY) });
      const signed = await Metadata.sign(next, [signer]);
      files.push({ role, bytes: signed.bytes });
      refreshed.push({ role, version: next.version, expires: next.expires, previousExpires: current.expires });
    }
    return { files, result: refreshed };
  });
  warnRebuilt(options.logger, gun, rebuilt);
  return published;
}
