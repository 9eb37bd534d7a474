// The sign operation: push image tags, read their digests from the registry,
// and sign them in the trust server, one update per repository.
//
// Everything that can be checked is checked before the first push: the
// references, the keys, that each repository has trust data (or bootstrap
// keys were given) and that the signer may sign every tag. So bad input
// fails with nothing pushed and nothing published.

import { DctError, InputError } from '../errors.ts';
import { createRootCertificate, type LoadedPrivateKey } from '../keys/index.ts';
import { silentLogger } from '../logger.ts';
import { parseTaggedReference, type ImageReference } from '../registry/reference.ts';
import { readRepository } from '../trust/publisher.ts';
import { signableRoles } from '../trust/signable-roles.ts';
import { signerRoles } from '../trust/repository-admin.ts';
import { initializeRepository, signTargetsInRepository } from '../trust/updates.ts';
import type { RootPin } from '../tuf/root-trust.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import type { CommandRunner } from './command-runner.ts';
import { checkCredentialInputs, Connections, trustPinOf, type ConnectionOptions } from './connections.ts';
import { afterPartialSuccess } from './admin-context.ts';
import { expiryWarnings } from './expiry.ts';
import { loadKeyInput, type KeyInput } from './inputs.ts';
import { Session } from './session.ts';

export interface SignOptions extends ConnectionOptions {
  /** `tags`: `registry/repository:tag` references; a digest may be pinned with `@sha256:…`. */
  readonly references: readonly string[];
  /** Push each reference with docker first (default true). */
  readonly push?: boolean;
  readonly signerKey: KeyInput;
  /** The signer's delegation name; defaults to the key's `role:` header. */
  readonly signerName?: string | undefined;
  /** Bootstrap keys, to initialize a repository that has no trust data yet. */
  readonly rootKey?: KeyInput | undefined;
  readonly repositoryKey?: KeyInput | undefined;
  readonly runner: CommandRunner;
  /** The docker CLI to push with. */
  readonly docker?: string;
}

export interface SignedReference {
  readonly reference: string;
  readonly tag: string;
  readonly digest: string;
  readonly size: number;
  readonly roles: readonly string[];
  readonly gun: string;
  readonly trustServer: string;
}

export interface SignResult {
  readonly signed: readonly SignedReference[];
  readonly signerKeyId: string;
  readonly signerName: string | undefined;
  /** Requests made to registries and trust servers, for logs, tests and benchmarks. */
  readonly requests: RequestCounts;
}

export interface RequestCounts {
  readonly total: number;
  readonly byMethod: Readonly<Record<string, number>>;
  readonly connections: number;
}

/** One repository's references, its trust server and what we read from it. */
interface RepositoryPlan {
  readonly gun: string;
  readonly registry: string;
  readonly refs: (ImageReference & { tag: string })[];
  readonly trustServer: string;
  repo: TrustedRepository | null;
}

function signerNameOf(options: SignOptions, key: LoadedPrivateKey): string | undefined {
  const name = options.signerName?.trim() || key.role;
  if (!name || name === 'targets' || name === 'root') return undefined;
  try {
    signerRoles(name);
  } catch (err) {
    throw new InputError('signer-name', (err as Error).message, { cause: err });
  }
  return name;
}

/** The line `docker push` ends with: `<tag>: digest: sha256:… size: N`. */
const PUSHED_DIGEST = /digest: (sha256:[0-9a-f]{64}) size: \d+/;

function countRequests(sessions: readonly Session[]): RequestCounts {
  const byMethod: Record<string, number> = {};
  let total = 0;
  let connections = 0;
  for (const s of sessions) {
    const stats = s.stats();
    total += stats.requests;
    connections += stats.connections;
    for (const [method, n] of Object.entries(stats.byMethod)) byMethod[method] = (byMethod[method] ?? 0) + n;
  }
  return { total, byMethod, connections };
}

export async function sign(options: SignOptions): Promise<SignResult> {
  const logger = options.logger ?? silentLogger;
  const env = options.env ?? process.env;
  const push = options.push ?? true;

  // 1. Inputs, all before any network call.
  if (options.references.length === 0) {
    throw new InputError('tags', 'no image reference given; list registry/repository:tag references');
  }
  const refs = options.references.map((r) => parseTaggedReference(r, 'tags'));
  const signerKey = loadKeyInput(options.signerKey);
  const signer = signerKey.signer;
  const signerName = signerNameOf(options, signerKey);
  if (Boolean(options.rootKey) !== Boolean(options.repositoryKey)) {
    throw new InputError(
      options.rootKey ? 'repository-key' : 'root-key',
      'initializing a repository needs both the root key and the repository key',
    );
  }
  const rootKey = options.rootKey ? loadKeyInput(options.rootKey) : undefined;
  const repositoryKey = options.repositoryKey ? loadKeyInput(options.repositoryKey) : undefined;
  checkCredentialInputs(options, refs);
  const pin: RootPin | undefined = trustPinOf(options);

  // 2. Group by repository: one update per repository, one session per registry.
  const connections = new Connections(options, 'write');
  const plans = new Map<string, RepositoryPlan>();
  for (const ref of refs) {
    const plan = plans.get(ref.gun) ?? {
      gun: ref.gun,
      registry: ref.registry,
      refs: [],
      trustServer: connections.trustServerUrl(ref),
      repo: null,
    };
    plan.refs.push(ref);
    plans.set(ref.gun, plan);
  }
  const sessions = new Map<string, Session>();
  for (const registry of new Set(refs.map((r) => r.registry))) sessions.set(registry, await connections.session(registry));
  const sessionOf = (plan: RepositoryPlan) => sessions.get(plan.registry)!;
  const delegations = signerName ? signerRoles(signerName) : ['targets/releases'];

  try {
    // 3. Read and verify trust data; refuse what cannot be signed, before pushing.
    await Promise.all(
      [...plans.values()].map(async (plan) => {
        const server = sessionOf(plan).trustServer(plan.trustServer);
        plan.repo = await readRepository({
          server,
          gun: plan.gun,
          delegations,
          allowExpiredDelegations: true,
          ...(pin ? { pin } : {}),
        });
        if (!plan.repo) {
          if (!rootKey || !repositoryKey) {
            throw new DctError(
              'NO_TRUST_DATA',
              `${plan.gun} has no trust data at ${plan.trustServer}. Either have an admin run ` +
                '`docker trust signer add` once for it, or give the root-key and repository-key inputs ' +
                '(with their passphrases) so that dct-sign initializes it.',
            );
          }
          if (!signerName) {
            throw new InputError('signer-name', `name the signer to add to the new repository ${plan.gun}`);
          }
          return;
        }
        for (const ref of plan.refs) {
          if (signableRoles(plan.repo, [signer], ref.tag).length === 0) {
            throw new DctError(
              'NOT_SIGNER',
              `the signer key ${signer.keyId.slice(0, 12)} may not sign ${ref.original}: it is not a signer of ` +
                `${plan.gun}. Add it once with \`docker trust signer add\`, or use the key of a listed signer.`,
            );
          }
        }
        for (const [name, role] of plan.repo.delegations) {
          if (role.expired) logger.warning(`${plan.gun}: ${name} had expired; it is re-signed with a fresh expiry`);
        }
        // The signer's own roles get a fresh expiry when signed; root and targets need an admin.
        for (const warning of await expiryWarnings(plan.repo, ['root', 'targets'])) logger.warning(warning.message);
      }),
    );

    // 4. Push. With DOCKER_CONTENT_TRUST set, docker ≤ 28 would try to sign with its own keys.
    const pushEnv = { ...env };
    delete pushEnv.DOCKER_CONTENT_TRUST;
    const pushed = new Map<string, string>();
    if (push) {
      for (const ref of refs) {
        logger.info(`Pushing ${ref.original}`);
        const result = await options.runner.run(options.docker ?? 'docker', ['push', ref.original], { env: pushEnv });
        const reported = PUSHED_DIGEST.exec(result.stdout)?.[1];
        if (reported) pushed.set(ref.original, reported);
        if (result.exitCode !== 0) {
          throw new DctError('COMMAND', `docker push ${ref.original} failed (exit code ${result.exitCode}); nothing was signed`);
        }
      }
    }

    // 5. Digests and sizes from the registry itself.
    const resolved = await Promise.all(
      refs.map(async (ref) => ({ ref, manifest: await sessions.get(ref.registry)!.registry.resolve(ref) })),
    );
    // Sign what was pushed: a tag moved by someone else in between is refused.
    for (const { ref, manifest } of resolved) {
      const mine = pushed.get(ref.original);
      if (mine && mine !== manifest.digest) {
        throw new DctError(
          'VERIFY',
          `${ref.original}: the registry now serves ${manifest.digest}, not ${mine} that was just pushed; nothing was signed`,
        );
      }
    }

    // 6. One update per repository. A later failure names those already signed.
    const signed: SignedReference[] = [];
    const done: string[] = [];
    for (const plan of plans.values()) {
      try {
        const server = sessionOf(plan).trustServer(plan.trustServer);
        if (!plan.repo) {
          logger.info(`Initializing trust data for ${plan.gun} with signer ${signerName}`);
          await initializeRepository({
            server,
            gun: plan.gun,
            rootSigner: createRootCertificate(rootKey!.signer, plan.gun).signer,
            repositorySigner: repositoryKey!.signer,
            signer: { name: signerName!, keys: [signer.publicKey] },
            logger,
          });
        }
        const mine = resolved.filter((r) => r.ref.gun === plan.gun);
        const targets = mine.map(({ ref, manifest }) => ({
          name: ref.tag,
          sha256: manifest.digest.slice('sha256:'.length),
          length: manifest.size,
        }));
        logger.info(`Signing ${targets.map((t) => t.name).join(', ')} in ${plan.gun}`);
        const published = await signTargetsInRepository({
          server,
          gun: plan.gun,
          signers: [signer],
          targets,
          logger,
          ...(signerName ? { signerName } : {}),
          ...(pin ? { pin } : {}),
          ...(plan.repo ? { initial: plan.repo } : {}),
        });
        for (const { ref, manifest } of mine) {
          signed.push({
            reference: ref.original,
            tag: ref.tag,
            digest: manifest.digest,
            size: manifest.size,
            roles: published.result.get(ref.tag) ?? [],
            gun: plan.gun,
            trustServer: plan.trustServer,
          });
        }
      } catch (err) {
        throw afterPartialSuccess(err, done);
      }
      done.push(plan.gun);
    }
    // In the order the references were given.
    const order = new Map(refs.map((r, i) => [r.original, i]));
    signed.sort((a, b) => order.get(a.reference)! - order.get(b.reference)!);
    return { signed, signerKeyId: signer.keyId, signerName, requests: countRequests([...sessions.values()]) };
  } finally {
    await connections.close();
  }
}
