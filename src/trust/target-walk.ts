// notary's walk over a repository's targets tree (tuf.Repo.WalkTargets) and
// the client reads built on it, over verified trust data: GetTargetByName,
// ListTargets, GetAllTargetMetadataByName and GetDelegationRoles. docker's
// trust inspect, content-trust pull and trust revoke are defined in terms of
// these, so inspect, verify and revoke share them to follow docker exactly.
//
// The walk is breadth first from `targets` (paths [""]), children in the
// order their parent lists them, each child's paths narrowed to its parent's
// and a child whose parent lists a key it does not define left out. Only
// roles with published metadata are visited. The repository must have been
// read with `delegations: 'all'`.

import { canonicalKeyId } from '../keys/index.ts';
import type { FileMeta } from '../tuf/file-meta.ts';
import { parentRole, pathAllowed, restrictPaths, RELEASES, TARGETS } from '../tuf/role.ts';
import type { Targets } from '../tuf/targets.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';

/** A role reached by the walk: its verified file and the paths it may sign. */
export interface WalkedRole {
  readonly name: string;
  readonly paths: readonly string[];
  readonly signed: Targets;
}

/** A target as a role lists it. */
export interface RoleTarget {
  readonly name: string;
  readonly role: string;
  readonly meta: FileMeta;
}

/** docker's pull and revoke order: targets/releases first, then targets. */
export const RELEASED_ROLES: readonly string[] = [RELEASES, TARGETS];

/** docker's "released" roles, whose entries a content-trust pull accepts. */
export function isReleasedRole(role: string): boolean {
  return role === TARGETS || role === RELEASES;
}

/** docker's notaryRoleToSigner for a delegation: its name without `targets/`. */
export function signerNameOfRole(role: string): string {
  return role.startsWith(`${TARGETS}/`) ? role.slice(TARGETS.length + 1) : role;
}

/** The hex sha256 docker shows for a target; "" when it has none. */
export function targetSha256(meta: FileMeta): string {
  return meta.sha256Hex ?? '';
}

/** data.SignedTargets.GetValidDelegations: direct children that define all their keys, paths narrowed. */
function validChildren(parent: WalkedRole): { name: string; paths: readonly string[] }[] {
  const out: { name: string; paths: readonly string[] }[] = [];
  for (const d of parent.signed.delegations) {
    if (!d.keyids.every((id) => parent.signed.delegationKeys.has(id))) continue;
    if (parentRole(d.name) !== parent.name) continue;
    out.push({ name: d.name, paths: restrictPaths(parent.paths, d.paths) });
  }
  return out;
}

function signedOf(repo: TrustedRepository, name: string): Targets | undefined {
  if (name === TARGETS) return repo.targets.signed;
  return repo.delegations.get(name)?.metadata?.signed;
}

export interface WalkOptions {
  /** Only roles whose paths admit this target ("" for all). */
  readonly targetPath?: string;
  /** Only this role and its descendants ("" for all). */
  readonly rolePath?: string;
  /** Roles neither visited nor descended into. */
  readonly skip?: readonly string[];
}

/**
 * tuf.Repo.WalkTargets as a generator: yields each visited role; breaking
 * out of the loop is the visitor's StopWalk.
 */
export function* walkTargets(repo: TrustedRepository, options: WalkOptions = {}): Generator<WalkedRole> {
  const { targetPath = '', rolePath = '', skip = [] } = options;
  const queue: { name: string; paths: readonly string[] }[] = [{ name: TARGETS, paths: [''] }];
  // Each role once, whatever its parents list (parsing already refuses all but direct children).
  const visited = new Set<string>();
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (visited.has(next.name)) continue;
    visited.add(next.name);
    const signed = signedOf(repo, next.name);
    if (!signed) continue;
    const role: WalkedRole = { ...next, signed };
    // An ancestor of the wanted subtree: descend without visiting.
    if (rolePath.startsWith(`${role.name}/`)) {
      queue.push(...validChildren(role));
      continue;
    }
    const pathOk = targetPath === '' || pathAllowed(targetPath, role.paths);
    const inSubtree = rolePath === '' || rolePath === role.name || role.name.startsWith(`${rolePath}/`);
    if (pathOk && inSubtree && !skip.includes(role.name)) {
      yield role;
      queue.push(...validChildren(role));
    }
  }
}

/**
 * client.GetTargetByName: for each role in priority order, the first entry
 * in a breadth-first walk of its subtree, with the other listed roles
 * skipped. `hidden` pretends a role does not list the target (to ask what a
 * removal would leave).
 */
export function getTargetByName(
  repo: TrustedRepository,
  name: string,
  roles: readonly string[] = [TARGETS],
  hidden: (role: string) => boolean = () => false,
): RoleTarget | undefined {
  for (const rolePath of roles) {
    const skip = roles.filter((r) => r !== rolePath);
    for (const role of walkTargets(repo, { targetPath: name, rolePath, skip })) {
      const meta = role.signed.targets.get(name);
      if (meta && !hidden(role.name)) return { name, role: role.name, meta };
    }
  }
  return undefined;
}

/** client.ListTargets: every target name once, from the highest-priority role that lists it. */
export function listTargets(repo: TrustedRepository, roles: readonly string[] = [TARGETS]): RoleTarget[] {
  const found = new Map<string, RoleTarget>();
  for (const rolePath of roles) {
    const skip = roles.filter((r) => r !== rolePath);
    for (const role of walkTargets(repo, { rolePath, skip })) {
      for (const [name, meta] of role.signed.targets) {
        if (found.has(name) || !pathAllowed(name, role.paths)) continue;
        found.set(name, { name, role: role.name, meta });
      }
    }
  }
  return [...found.values()];
}

/**
 * client.GetAllTargetMetadataByName: every role listing `name`, in walk
 * order. With "" every target of every role, unfiltered by paths, as notary
 * does.
 */
export function allTargetsByName(repo: TrustedRepository, name: string): RoleTarget[] {
  const out: RoleTarget[] = [];
  for (const role of walkTargets(repo, { targetPath: name })) {
    if (name === '') {
      for (const [target, meta] of role.signed.targets) out.push({ name: target, role: role.name, meta });
    } else {
      const meta = role.signed.targets.get(name);
      if (meta) out.push({ name, role: role.name, meta });
    }
  }
  return out;
}

/** A delegation as its parent declares it, with canonical key IDs. */
export interface DelegationKeys {
  readonly name: string;
  readonly keyIds: readonly string[];
}

/**
 * client.GetDelegationRoles: the delegations every visited role declares,
 * key IDs translated to canonical IDs (x509 keys by their public key). Like
 * notary, fails as a whole (returns undefined) when a role lists a key its
 * parent does not define.
 */
export function delegationRoles(repo: TrustedRepository): DelegationKeys[] | undefined {
  const out: DelegationKeys[] = [];
  for (const role of walkTargets(repo)) {
    for (const d of role.signed.delegations) {
      const keyIds: string[] = [];
      for (const id of d.keyids) {
        const key = role.signed.delegationKeys.get(id);
        if (!key) return undefined;
        try {
          keyIds.push(canonicalKeyId(key));
        } catch {
          return undefined;
        }
      }
      out.push({ name: d.name, keyIds });
    }
  }
  return out;
}
