// The publishing functions: each reads and verifies the repository, applies
// one change, and publishes it with conflict retries.

import { DctError } from '../errors.ts';
import type { TufKey } from '../keys/tuf-key.ts';
import type { Signer } from '../keys/types.ts';
import { RELEASES, TARGETS } from '../tuf/role.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import { addTargets, removeTargets, type TargetSpec } from './changes.ts';
import { publishChange, type PublishOptions, type PublishResult } from './publisher.ts';
import { warnRebuilt, type RebuiltRole } from './rekeyed-roles.ts';
import { signableRoles } from './signable-roles.ts';
import { initialFiles, signerRoles, signTargets, targetsSigner, withoutSigner, withSigner } from './repository-admin.ts';

function requireTrustData(repo: TrustedRepository | null, gun: string): TrustedRepository {
  if (!repo) {
    throw new DctError(
      'NO_TRUST_DATA',
      `${gun} has no trust data yet. Either have an admin run \`dct-sign signer-add\` (or \`docker trust signer add\`) once for it, ` +
        'or give the root key and repository key so that dct-sign can initialize it.',
    );
  }
  return repo;
}

/** The delegations a signer's sign touches, so they come in the first wave. */
function signerWave(signerName: string | undefined): string[] {
  return signerName ? signerRoles(signerName) : [RELEASES];
}

export interface SignTargetsOptions extends Omit<PublishOptions, 'delegations'> {
  readonly signers: readonly Signer[];
  readonly targets: readonly TargetSpec[];
  /** The signer's delegation name, if known, to fetch its role in the first wave. */
  readonly signerName?: string;
  /** Sign only into these roles (a signer named explicitly: its roles); every role the signers can sign by default. */
  readonly onlyRoles?: readonly string[];
}

/**
 * Adds or replaces targets in every role the signers can sign, in one
 * update. A role whose parent re-keyed it (a signer was removed) is
 * re-signed, with a warning naming the tags it dropped. `alreadySigned`
 * names the targets every role already listed with the same digest.
 */
export async function signTargetsInRepository(
  options: SignTargetsOptions,
): Promise<PublishResult<ReadonlyMap<string, readonly string[]>> & { readonly alreadySigned: ReadonlySet<string> }> {
  // The signer's roles are re-signed with a new expiry, so an expired one is no obstacle.
  const read = { ...options, delegations: signerWave(options.signerName), allowExpiredDelegations: true, acceptRekeyedDelegations: true };
  let rebuilt: readonly RebuiltRole[] = [];
  let alreadySigned: ReadonlySet<string> = new Set();
  const published = await publishChange(read, async (repo, now) => {
    const r = await addTargets(requireTrustData(repo, options.gun), options.signers, options.targets, now, options.onlyRoles);
    rebuilt = r.rebuilt;
    alreadySigned = r.unchanged ?? new Set();
    return { files: r.files, result: r.roles };
  });
  warnRebuilt(options.logger, options.gun, rebuilt);
  return { ...published, alreadySigned };
}

export interface RemoveTargetsOptions extends Omit<PublishOptions, 'delegations'> {
  readonly signers: readonly Signer[];
  readonly names: readonly string[];
}

/** The roles listing `tag` among those `signers` can sign: what a revoke removes it from. */
export async function rolesListing(repo: TrustedRepository, signers: readonly Signer[], tag: string): Promise<string[]> {
  const out: string[] = [];
  for (const role of signableRoles(repo, signers, tag)) {
    const targets = role.name === TARGETS ? repo.targets.signed : (await repo.delegation(role.name))?.metadata?.signed;
    if (targets?.targets.has(tag)) out.push(role.name);
  }
  return out;
}

/**
 * Removes targets from every role the signers can sign, as `docker trust
 * revoke` does; the result names, per target, the roles that listed it. A
 * role whose parent re-keyed it is re-signed, as signTargetsInRepository does.
 */
export async function removeTargetsFromRepository(
  options: RemoveTargetsOptions,
): Promise<PublishResult<ReadonlyMap<string, readonly string[]>>> {
  const { gun, signers, names } = options;
  let rebuilt: readonly RebuiltRole[] = [];
  const read = { ...options, delegations: [], acceptRekeyedDelegations: true };
  const published = await publishChange(read, async (repo, now) => {
    if (!repo) throw new DctError('NO_TRUST_DATA', `${gun} lost its trust data while revoking`);
    const removed = new Map<string, string[]>();
    for (const name of names) removed.set(name, await rolesListing(repo, signers, name));
    const change = await removeTargets(repo, signers, names, now);
    rebuilt = change.rebuilt;
    return { files: change.files, result: removed };
  });
  warnRebuilt(options.logger, options.gun, rebuilt);
  return published;
}

export interface InitializeOptions extends Omit<PublishOptions, 'delegations'> {
  readonly rootSigner: Signer;
  readonly repositorySigner: Signer;
  readonly signer?: { readonly name: string; readonly keys: readonly TufKey[] };
}

/** Creates a repository's trust data; fails if it already has some. */
export function initializeRepository(options: InitializeOptions): Promise<PublishResult<void>> {
  const { server, gun, rootSigner, repositorySigner, signer } = options;
  return publishChange({ ...options, delegations: [] }, async (repo, now) => {
    if (repo) throw new DctError('CONFLICT', `${gun} already has trust data; it was not initialized again`);
    const files = await initialFiles({
      server,
      gun,
      rootSigner,
      targetsSigner: repositorySigner,
      now,
      ...(signer ? { signer } : {}),
    });
    return { files, result: undefined };
  });
}

export interface SignerOptions extends Omit<PublishOptions, 'delegations'> {
  readonly repositorySigner: Signer;
  readonly name: string;
}

/** Adds keys as signer `name` (targets/<name> and targets/releases), as docker does. */
export function addSigner(options: SignerOptions & { readonly keys: readonly TufKey[] }): Promise<PublishResult<void>> {
  return publishChange({ ...options, delegations: [] }, async (maybeRepo, now) => {
    const repo = requireTrustData(maybeRepo, options.gun);
    const signer = targetsSigner(repo, options.repositorySigner);
    const current = repo.targets.signed;
    const next = withSigner(current, options.name, options.keys);
    const unchanged = signerRoles(options.name).every((role) => {
      const before = current.delegation(role);
      return (
        before !== undefined &&
        before.paths.includes('') &&
        options.keys.every((k) => before.keyids.includes(k.id) && current.delegationKeys.has(k.id))
      );
    });
    if (unchanged) return { files: [], result: undefined };
    return { files: [await signTargets(next, signer, now, current.version + 1)], result: undefined };
  });
}

/** Removes signer `name`, as `docker trust signer remove` does. */
export function removeSigner(options: SignerOptions): Promise<PublishResult<void>> {
  return publishChange({ ...options, delegations: [] }, async (maybeRepo, now) => {
    const repo = requireTrustData(maybeRepo, options.gun);
    const signer = targetsSigner(repo, options.repositorySigner);
    const current = repo.targets.signed;
    if (!current.delegation(`${TARGETS}/${options.name}`)) return { files: [], result: undefined };
    return { files: [await signTargets(withoutSigner(current, options.name), signer, now, current.version + 1)], result: undefined };
  });
}
