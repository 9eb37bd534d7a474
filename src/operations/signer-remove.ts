// Removing a signer from repositories, as `docker trust signer remove`
// does: targets/<name> goes and the signer's keys leave targets/releases,
// signed by the repository key.
//
// As docker asks before removing the signer whose signature keeps
// targets/releases valid (its tags would no longer verify until someone
// signs again), this refuses unless `force` is set. Unlike docker, a
// repository whose targets/releases was never signed is no obstacle.

import { DctError, InputError } from '../errors.ts';
import { readRepository } from '../trust/publisher.ts';
import { targetsSigner } from '../trust/repository-admin.ts';
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
}

/** docker's isLastSignerForReleases: would targets/releases stop verifying without these keys? */
async function releasesNeedsSigner(repo: TrustedRepository, keyIds: readonly string[]): Promise<boolean> {
  const releases = await repo.delegation(RELEASES);
  if (!releases?.metadata) return false;
  const remaining = new Map([...releases.keys].filter(([id]) => !keyIds.includes(id)));
  return countValidSignatures(releases.metadata, remaining) < releases.threshold;
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
        const last = await releasesNeedsSigner(repo, declared.keyids);
        if (last && !options.force) {
          throw new InputError(
            'force',
            `${name} signed the current targets/releases of ${target.gun}; without its key the tags there no longer ` +
              'verify (pulls with content trust fail) until another signer signs. Confirm to remove it anyway.',
          );
        }
        return { target, repo, keyIds: [...declared.keyids], last };
      }),
    );

    // 2. One publish per repository.
    const results: SignerRemoveRepositoryResult[] = [];
    for (const { target, repo, keyIds, last } of plans) {
      const { gun, server } = target;
      logger.info(`Removing signer ${name} from ${gun}`);
      if (last) {
        logger.warning(`${gun}: targets/releases is signed by ${name} only; its tags will not verify until someone signs again`);
      }
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
      });
    }
    return { name, repositories: results };
  });
}
