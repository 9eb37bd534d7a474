// Which roles a signer may write a target into: docker's rule. With no
// delegations, the top-level `targets` role (if the caller holds its key);
// otherwise every direct child of `targets` that lists the key and whose
// paths admit the target. `targets/releases` is one of those children.

import { InputError } from '../errors.ts';
import { canonicalKeyId } from '../keys/index.ts';
import type { Signer } from '../keys/types.ts';
import { parentRole, pathAllowed, RELEASES, TARGETS } from '../tuf/role.ts';
import type { TufKey } from '../keys/tuf-key.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';

/** A role a signer can sign, with the key ID it signs under there. */
export interface SignableRole {
  readonly name: string;
  readonly signer: Signer;
}

/**
 * The key ID under which `signer` appears among `keyids`, matching x509 keys
 * by their canonical (public key) ID as notary does.
 */
export function keyIdFor(signer: Signer, keyids: readonly string[], keys: ReadonlyMap<string, TufKey>): string | undefined {
  const mine = canonicalKeyId(signer.publicKey);
  for (const id of keyids) {
    if (id === signer.keyId || id === mine) return id;
    const key = keys.get(id);
    if (key && canonicalKeyId(key) === mine) return id;
  }
  return undefined;
}

/** The signer as it must sign under another key ID (an x509 delegation key). */
export function signingAs(signer: Signer, keyId: string): Signer {
  if (keyId === signer.keyId) return signer;
  return {
    publicKey: signer.publicKey,
    keyId,
    method: signer.method,
    sign: (data) => signer.sign(data),
  };
}

/** Roles `signers` can sign a target named `target` into, docker's way. */
export function signableRoles(repo: TrustedRepository, signers: readonly Signer[], target: string): SignableRole[] {
  return signableRolesOf(repo, signers)(target);
}

/**
 * signableRoles for many targets: the keys are matched once, and only the
 * paths are checked per target (9,400 tags would otherwise match every key
 * 9,400 times).
 */
export function signableRolesOf(repo: TrustedRepository, signers: readonly Signer[]): (target: string) => SignableRole[] {
  const targets = repo.targets.signed;
  if (targets.delegations.length === 0) {
    const rootTargets = repo.root.signed.roles.targets.keyids;
    for (const signer of signers) {
      const id = keyIdFor(signer, rootTargets, repo.root.signed.keys);
      if (id) {
        const role = { name: TARGETS, signer: signingAs(signer, id) };
        return () => [role];
      }
    }
    return () => [];
  }
  const candidates: (SignableRole & { readonly paths: readonly string[] })[] = [];
  for (const role of targets.delegations) {
    // docker signs only direct children of targets, and only where paths allow.
    if (parentRole(role.name) !== TARGETS) continue;
    for (const signer of signers) {
      const id = keyIdFor(signer, role.keyids, targets.delegationKeys);
      if (id) {
        candidates.push({ name: role.name, signer: signingAs(signer, id), paths: role.paths });
        break;
      }
    }
  }
  return (target) => candidates.filter((c) => pathAllowed(target, c.paths)).map(({ name, signer }) => ({ name, signer }));
}

/** The delegation a signer name stands for: targets/<name> (targets/releases for `releases`). */
function signerDelegation(name: string): string {
  return `${TARGETS}/${name}`;
}

/** True when `name` names a delegation (a direct child of targets) that lists `signer`'s key. */
export function isSignerOf(repo: TrustedRepository, signer: Signer, name: string): boolean {
  const targets = repo.targets.signed;
  const role = targets.delegation(signerDelegation(name));
  return role !== undefined && keyIdFor(signer, role.keyids, targets.delegationKeys) !== undefined;
}

/** The signer names (targets/<name>, releases last) whose delegation lists `signer`'s key. */
export function signerNamesOf(repo: TrustedRepository, signer: Signer): string[] {
  const prefix = `${TARGETS}/`;
  const names = repo.targets.signed.delegations
    .filter((d) => parentRole(d.name) === TARGETS)
    .map((d) => d.name.slice(prefix.length))
    .filter((name) => isSignerOf(repo, signer, name));
  return [...names.filter((n) => signerDelegation(n) !== RELEASES), ...names.filter((n) => signerDelegation(n) === RELEASES)];
}

/**
 * Refuses a signer name whose delegation does not list `signer`'s key,
 * naming both and the fix: the name the key belongs to, or that signer's key.
 */
export function checkSignerName(repo: TrustedRepository, signer: Signer, name: string): void {
  if (isSignerOf(repo, signer, name)) return;
  const key = signer.keyId.slice(0, 12);
  const role = signerDelegation(name);
  const why = repo.targets.signed.delegation(role)
    ? `${role} does not list the signer key ${key}`
    : `there is no role ${role}, so no signer ${name}`;
  const own = signerNamesOf(repo, signer);
  const fix =
    own.length > 0
      ? `set signer-name to ${own[0]} (the signer key ${key} belongs to), or give the key of signer ${name}`
      : `the signer key ${key} belongs to no signer of ${repo.gun}; give the key of signer ${name}`;
  throw new InputError('signer-name', `signer ${name} in ${repo.gun}: ${why}; ${fix}`);
}
