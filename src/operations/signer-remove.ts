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

import { DctError, InputError } from '../errors.ts';
import { readRepository } from '../trust/publisher.ts';
import { targetsSigner } from '../trust/repository-admin.ts';
import { lostTargets, vouchedTargets } from '../trust/rekeyed-roles.ts';
import { removeSigner } from '../trust/updates.ts';
import { RELEASES, TARGETS } from '../tuf/role.ts';
import { countValidSignatures } from '../tuf/threshold.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import type { KeyInput } from './inputs.ts';
import { loadKeyInput } from './key-inputs.ts';
import { afterPartialSuccess, withRepositories, type AdminOptions, type AdminRepository } from './admin-context.ts';
import { validateSignerName } from './signer-add.ts';

export interface SignerRemoveOptions extends AdminOptions {
  /** `tags`: repositories (`registry/repository`, no tag). */
  readonly references: readonly string[];
  /** `signer-name`. */
  readonly name: string;
  /** The repository (targets) key. */
  readonly repositoryKey: KeyInput;
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
  readonly target: AdminRepository;
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

export async function signerRemove(options: SignerRemoveOptions): Promise<SignerRemoveResult> {
  const rawName = options.name.trim();
  if (rawName === 'releases') {
    throw new InputError('signer-name', 'releases is a reserved name (the role every signer shares) and cannot be removed');
  }
  const name = validateSignerName(rawName);
  const role = `${TARGETS}/${name}`;
  const repositoryKey = loadKeyInput(options.repositoryKey).signer;

  return withRepositories(options, options.references, 'write', async ({ repositories, pin, trustState, logger }) => {
    // 1. Read and check every repository before publishing anything.
    const plans = await Promise.all(
      repositories.map(async (target): Promise<Plan> => {
        const repo = await readRepository({
          server: target.server,
          gun: target.gun,
          delegations: [RELEASES],
          acceptRekeyedDelegations: true,
          trustState,
          ...(pin ? { pin } : {}),
        });
        if (!repo) {
          throw new DctError('NO_TRUST_DATA', `${target.gun} has no trust data at ${target.trustServer}, so it has no signer ${name}`);
        }
        const declared = repo.targets.signed.delegation(role);
        if (!declared) {
          const names = signerNames(repo);
          throw new InputError(
            'signer-name',
            `there is no signer ${JSON.stringify(name)} in ${target.gun}; ` +
              (names.length > 0 ? `its signers are ${names.join(', ')}` : 'it has no signers'),
          );
        }
        targetsSigner(repo, repositoryKey);
        const { last, dropped } = await releasesNeedsSigner(repo, role, declared.keyids);
        if (last && !options.force) {
          throw new InputError('force', `${releasesNote(target.gun, name, dropped)}. Confirm to remove ${name} anyway.`);
        }
        return { target, repo, keyIds: [...declared.keyids], last, dropped };
      }),
    );

    // 2. One publish per repository, each said beforehand.
    for (const p of plans) if (p.last) logger.warning(releasesNote(p.target.gun, name, p.dropped));
    const results: SignerRemoveRepositoryResult[] = [];
    for (const { target, repo, keyIds, last, dropped } of plans) {
      const { gun, server } = target;
      logger.info(`Removing signer ${name} from ${gun}`);
      try {
        await removeSigner({ server, gun, repositorySigner: repositoryKey, name, initial: repo, logger, trustState, ...(pin ? { pin } : {}) });
      } catch (err) {
        throw afterPartialSuccess(err, results.map((r) => r.gun));
      }
      const others = repo.targets.signed.delegations.filter((d) => d.name !== role && d.name !== RELEASES);
      const stillListed = new Set(others.flatMap((d) => d.keyids));
      results.push({
        reference: target.reference,
        gun,
        trustServer: target.trustServer,
        removedKeyIds: keyIds.filter((id) => !stillListed.has(id)),
        releasesInvalidated: last,
        droppedAtNextSign: dropped,
      });
    }
    return { name, repositories: results };
  });
}
