// Removing a signer from repositories, as `docker trust signer remove`
// does: targets/<name> goes and the signer's keys leave targets/releases,
// signed by the repository key.
//
// As docker asks before removing the signer whose signature keeps
// targets/releases valid (its tags would no longer verify until someone
// signs again), this refuses unless `force` is set. Unlike docker, a
// repository whose targets/releases was never signed is no obstacle, and
// the tags the next sign drops (those only this signer vouched for, see
// trust/rekeyed-roles.ts) are named before anything is published.

import { InputError } from '../errors.ts';
import { targetsSigner } from '../trust/repository-admin.ts';
import { lostTargets, vouchedTargets } from '../trust/rekeyed-roles.ts';
import { removeSigner } from '../trust/updates.ts';
import { RELEASES, TARGETS } from '../tuf/role.ts';
import { countValidSignatures } from '../tuf/threshold.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import type { LoadedPrivateKey, SigningKey } from '../keys/index.ts';
import type { ImageReference } from '../registry/reference.ts';
import type { ConnectionOptions } from './connections.ts';
import { eachInTurn, openRepositories, type OpenRepository, type RepositoryContext } from './repository-context.ts';
import { noTrustDataError } from './no-trust-data.ts';
import { validateRemovableSignerName } from './signer-name.ts';

export interface SignerRemoveOptions extends ConnectionOptions {
  /** `tags`: repositories (`registry/repository`, no tag). */
  readonly references: readonly ImageReference[];
  /** `signer-name`. */
  readonly name: string;
  /** The repository (targets) key. */
  readonly repositoryKey: LoadedPrivateKey;
  /** Remove the signer even when its signature is what keeps targets/releases valid (docker's --force). */
  readonly force?: boolean;
}

export interface SignerRemoveRepositoryResult {
  readonly reference: string;
  readonly gun: string;
  readonly trustServer: string;
  /** The keys that left the repository's delegations with the signer. */
  readonly removedKeyIds: readonly string[];
  /** True when the signer's removal leaves targets/releases without a valid signature. */
  readonly releasesInvalidated: boolean;
  /**
   * When it does: the tags of targets/releases only this signer vouched for,
   * which the next sign, refresh or revoke by a remaining signer drops.
   */
  readonly droppedAtNextSign: readonly string[];
}

export interface SignerRemoveResult {
  readonly name: string;
  readonly repositories: readonly SignerRemoveRepositoryResult[];
}

/** One repository's checked removal: its trust data, the signer's keys, and whether releases needs them. */
interface Plan {
  readonly open: OpenRepository;
  readonly repo: TrustedRepository;
  readonly keyIds: readonly string[];
  readonly last: boolean;
  readonly dropped: readonly string[];
}

/**
 * docker's isLastSignerForReleases: would targets/releases stop verifying
 * without these keys? If so, also the tags it would drop when a remaining
 * signer re-signs it: those no other signer's own role vouches for.
 */
async function releasesNeedsSigner(
  repo: TrustedRepository,
  role: string,
  keyIds: readonly string[],
): Promise<{ last: boolean; dropped: readonly string[] }> {
  const releases = await repo.delegation(RELEASES);
  if (!releases?.metadata) return { last: false, dropped: [] };
  const remaining = new Map([...releases.keys].filter(([id]) => !keyIds.includes(id)));
  if (countValidSignatures(releases.metadata, remaining) >= releases.threshold) return { last: false, dropped: [] };
  return { last: true, dropped: lostTargets(releases.targets, await vouchedTargets(repo, [role])).dropped };
}

/** What removing the signer does to targets/releases, said before anything is published. */
function releasesNote(gun: string, name: string, dropped: readonly string[]): string {
  return (
    `${gun}: targets/releases is signed with ${name}'s key only, so its tags do not verify until a remaining signer ` +
    'signs, refreshes or revokes; that re-signs it with the tags the remaining signers vouch for' +
    (dropped.length > 0 ? ` and drops those only ${name} vouched for: ${dropped.join(', ')}` : '')
  );
}

function signerNames(repo: TrustedRepository): string[] {
  return repo.targets.signed.delegations
    .map((d) => d.name)
    .filter((n) => n.startsWith(`${TARGETS}/`) && n !== RELEASES && !n.slice(TARGETS.length + 1).includes('/'))
    .map((n) => n.slice(TARGETS.length + 1));
}

/** What signerRemove() takes from its options, checked before any network call. */
interface SignerRemoveInputs {
  readonly name: string;
  readonly repositoryKey: SigningKey;
  readonly force: boolean;
}

/** The signer's declared role, or an error naming the signers there are. */
function declaredSigner(repo: TrustedRepository, name: string, gun: string) {
  const declared = repo.targets.signed.delegation(`${TARGETS}/${name}`);
  if (declared) return declared;
  const names = signerNames(repo);
  throw new InputError(
    'signer-name',
    `there is no signer ${JSON.stringify(name)} in ${gun}; ` + (names.length > 0 ? `its signers are ${names.join(', ')}` : 'it has no signers'),
  );
}

async function planRemove(context: RepositoryContext, open: OpenRepository, inputs: SignerRemoveInputs): Promise<Plan> {
  const { name } = inputs;
  const repo = await context.read(open, { delegations: [RELEASES], acceptRekeyedDelegations: true });
  if (!repo) {
    throw await noTrustDataError(context, open, `${open.gun} has no trust data at ${open.trustServer}, so it has no signer ${name}`);
  }
  const declared = declaredSigner(repo, name, open.gun);
  targetsSigner(repo, inputs.repositoryKey);
  const { last, dropped } = await releasesNeedsSigner(repo, `${TARGETS}/${name}`, declared.keyids);
  if (last && !inputs.force) {
    throw new InputError('force', `${releasesNote(open.gun, name, dropped)}. Confirm to remove ${name} anyway.`);
  }
  return { open, repo, keyIds: [...declared.keyids], last, dropped };
}

async function publishRemove(context: RepositoryContext, plan: Plan, inputs: SignerRemoveInputs): Promise<SignerRemoveRepositoryResult> {
  const { open, repo, keyIds, last, dropped } = plan;
  const { name, repositoryKey } = inputs;
  context.logger.info(`Removing signer ${name} from ${open.gun}`);
  await removeSigner({ ...context.publishing(open), repositorySigner: repositoryKey, name, initial: repo });
  const others = repo.targets.signed.delegations.filter((d) => d.name !== `${TARGETS}/${name}` && d.name !== RELEASES);
  const stillListed = new Set(others.flatMap((d) => d.keyids));
  const removedKeyIds = keyIds.filter((id) => !stillListed.has(id));
  const where = { reference: open.reference, gun: open.gun, trustServer: open.trustServer };
  return { ...where, removedKeyIds, releasesInvalidated: last, droppedAtNextSign: dropped };
}

export async function signerRemove(options: SignerRemoveOptions): Promise<SignerRemoveResult> {
  const name = validateRemovableSignerName(options.name.trim());
  const inputs = { name, repositoryKey: options.repositoryKey.signer, force: options.force ?? false };
  return openRepositories(options, options.references, { access: 'write' }, async (context) => {
    // Every repository is read and checked before the first publish.
    const plans = await Promise.all(context.repositories.map((open) => planRemove(context, open, inputs)));
    // What each removal does to targets/releases is said before anything is published.
    for (const p of plans) if (p.last) context.logger.warning(releasesNote(p.open.gun, name, p.dropped));
    const results = await eachInTurn(plans, (p) => p.open.gun, (plan) => publishRemove(context, plan, inputs));
    return { name, repositories: results };
  });
}
