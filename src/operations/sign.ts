// The sign operation: push image tags, read their digests from the registry,
// and sign them in the trust server, one update per repository.
//
// Everything that can be checked is checked before the first push: the
// references, the keys, that each repository has trust data (or bootstrap
// keys were given) and that the signer may sign every tag. So bad input
// fails with nothing pushed and nothing published.

import { DctError, InputError } from '../errors.ts';
import { createRootCertificate, type LoadedPrivateKey, type SigningKey } from '../keys/index.ts';
import { silentLogger, type Logger } from '../logger.ts';
import type { TrustServerClient } from '../notary/client.ts';
import { parseTaggedReference, type ImageReference } from '../registry/reference.ts';
import type { ManifestDescriptor } from '../registry/registry-client.ts';
import { readRepository } from '../trust/publisher.ts';
import type { TrustBook } from '../trust/trust-state.ts';
import { checkSignerName, signableRoles, signerNamesOf } from '../trust/signable-roles.ts';
import { signerRoles } from '../trust/repository-admin.ts';
import { initializeRepository, signTargetsInRepository } from '../trust/updates.ts';
import type { RootPin } from '../tuf/root-trust.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import type { CommandRunner } from './command-runner.ts';
import { checkCredentialInputs, Connections, trustPinOf, type ConnectionOptions } from './connections.ts';
import { afterPartialSuccess } from './admin-context.ts';
import { expiryWarnings } from './expiry.ts';
import type { KeyInput } from './inputs.ts';
import { loadKeyInput } from './key-inputs.ts';
import { pushAll, type FailedPush, type PushOutcome } from './push.ts';
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
  /** Tags whose docker push failed, so they were not signed; absent when every push succeeded. */
  readonly notPushed?: readonly FailedPush[];
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

/** A reference with its tag, as parsed from the `tags` input. */
type TaggedReference = ImageReference & { readonly tag: string };

/** One repository's references, its trust server and what we read from it. */
interface RepositoryPlan {
  readonly gun: string;
  readonly registry: string;
  readonly refs: TaggedReference[];
  readonly trustServer: string;
  repo: TrustedRepository | null;
  /** The signer name the key has in this repository, as reported. */
  signerName?: string | undefined;
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

/** What sign() takes from its options, all read and checked before any network call. */
interface SignInputs {
  readonly refs: readonly TaggedReference[];
  readonly signer: SigningKey;
  readonly signerName: string | undefined;
  /** True when signer-name was given: it must name the key's signer, and only its roles are signed. */
  readonly signerNameGiven: boolean;
  readonly rootKey: LoadedPrivateKey | undefined;
  readonly repositoryKey: LoadedPrivateKey | undefined;
  readonly pin: RootPin | undefined;
  /** The roles the signer's key may sign, looked up in each repository's trust data. */
  readonly delegations: readonly string[];
}

/** A tag's manifest as the registry serves it, which is what gets signed. */
interface ResolvedReference {
  readonly ref: TaggedReference;
  readonly manifest: ManifestDescriptor;
}

// The phases in this order: everything that can be refused is refused before the first push.
export async function sign(options: SignOptions): Promise<SignResult> {
  const logger = options.logger ?? silentLogger;
  const inputs = readInputs(options);
  const connections = new Connections(options, 'write', { warnOnFirstUse: true });
  const plans = planRepositories(inputs.refs, connections);
  const sessions = await openSessions(inputs.refs, connections);
  try {
    const trustState = connections.trust;
    await loadTrustData(plans, sessions, inputs, trustState, logger);
    const pushes = (options.push ?? true) ? await pushReferences(inputs.refs, options, connections, logger) : NOTHING_PUSHED;
    const notPushed = new Set(pushes.failed.map((f) => f.reference));
    const toSign = inputs.refs.filter((r) => !notPushed.has(r.original));
    const resolved = await resolveDigests(toSign, sessions, pushes.pushed);
    const signed = await publishAll(plans, sessions, resolved, inputs, trustState, logger);
    const result = { ...report(signed, inputs, sessions, plans), ...(pushes.failed.length > 0 ? { notPushed: pushes.failed } : {}) };
    return await trustState.saveWith(result);
  } finally {
    await connections.close();
  }
}

// Bad references, keys or credentials fail here, before anything touches the network.
function readInputs(options: SignOptions): SignInputs {
  if (options.references.length === 0) {
    throw new InputError('tags', 'no image reference given; list registry/repository:tag references');
  }
  const refs = options.references.map((r) => parseTaggedReference(r, 'tags'));
  const signerKey = loadKeyInput(options.signerKey);
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
  const pin = trustPinOf(options);
  const delegations = signerName ? signerRoles(signerName) : ['targets/releases'];
  const signerNameGiven = signerName !== undefined && options.signerName?.trim() === signerName;
  return { refs, signer: signerKey.signer, signerName, signerNameGiven, rootKey, repositoryKey, pin, delegations };
}

// One update per repository, so tags of one repository are signed together.
function planRepositories(refs: readonly TaggedReference[], connections: Connections): Map<string, RepositoryPlan> {
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
  return plans;
}

// One session per registry, shared by its repositories' registry and trust-server calls.
async function openSessions(refs: readonly TaggedReference[], connections: Connections): Promise<Map<string, Session>> {
  const sessions = new Map<string, Session>();
  for (const registry of new Set(refs.map((r) => r.registry))) sessions.set(registry, await connections.session(registry));
  return sessions;
}

// Read and verify every repository's trust data first, so what cannot be signed is refused before pushing.
async function loadTrustData(
  plans: ReadonlyMap<string, RepositoryPlan>,
  sessions: ReadonlyMap<string, Session>,
  inputs: SignInputs,
  trustState: TrustBook,
  logger: Logger,
): Promise<void> {
  await Promise.all(
    [...plans.values()].map(async (plan) => {
      const server = sessions.get(plan.registry)!.trustServer(plan.trustServer);
      plan.repo = await readRepository({
        server,
        gun: plan.gun,
        delegations: inputs.delegations,
        allowExpiredDelegations: true,
        acceptRekeyedDelegations: true,
        trustState,
        ...(inputs.pin ? { pin: inputs.pin } : {}),
      });
      if (!plan.repo) {
        checkCanInitialize(plan, inputs);
        plan.signerName = inputs.signerName;
        return;
      }
      plan.signerName = signerNameIn(plan.repo, inputs);
      checkMaySign(plan, plan.repo, inputs.signer);
      await warnOfExpiry(plan.gun, plan.repo, logger);
    }),
  );
}

// A repository without trust data can only be signed if we were given what it takes to create it.
function checkCanInitialize(plan: RepositoryPlan, inputs: SignInputs): void {
  if (!inputs.rootKey || !inputs.repositoryKey) {
    throw new DctError(
      'NO_TRUST_DATA',
      `${plan.gun} has no trust data at ${plan.trustServer}. Either have an admin run ` +
        '`docker trust signer add` once for it, or give the root-key and repository-key inputs ' +
        '(with their passphrases) so that dct-sign initializes it.',
    );
  }
  if (!inputs.signerName) {
    throw new InputError('signer-name', `name the signer to add to the new repository ${plan.gun}`);
  }
}

// A given signer name must be the key's; the key's role: header is only reported when it is.
function signerNameIn(repo: TrustedRepository, inputs: SignInputs): string | undefined {
  const name = inputs.signerName;
  if (name && inputs.signerNameGiven) checkSignerName(repo, inputs.signer, name);
  const own = signerNamesOf(repo, inputs.signer);
  return name && own.includes(name) ? name : own[0];
}

// Only a listed signer's key can sign; finding that out after the push would leave tags pushed but unsigned.
function checkMaySign(plan: RepositoryPlan, repo: TrustedRepository, signer: SigningKey): void {
  for (const ref of plan.refs) {
    if (signableRoles(repo, [signer], ref.tag).length === 0) {
      throw new DctError(
        'NOT_SIGNER',
        `the signer key ${signer.keyId.slice(0, 12)} may not sign ${ref.original}: it is not a signer of ` +
          `${plan.gun}. Add it once with \`docker trust signer add\`, or use the key of a listed signer.`,
      );
    }
  }
}

// Signing renews only the signer's own roles, so say which expired ones it renews and which still need an admin.
async function warnOfExpiry(gun: string, repo: TrustedRepository, logger: Logger): Promise<void> {
  for (const [name, role] of repo.delegations) {
    if (role.expired) logger.warning(`${gun}: ${name} had expired; it is re-signed with a fresh expiry`);
  }
  // The signer's own roles get a fresh expiry when signed; root and targets need an admin.
  for (const warning of await expiryWarnings(repo, ['root', 'targets'])) logger.warning(warning.message);
}

const NOTHING_PUSHED: PushOutcome = { pushed: new Map(), failed: [] };

// The digest docker reports for each push is what we must sign, not whatever the tag points at later.
function pushReferences(refs: readonly TaggedReference[], options: SignOptions, connections: Connections, logger: Logger): Promise<PushOutcome> {
  const env = options.env ?? process.env;
  return pushAll(refs, { runner: options.runner, docker: options.docker, env, deadline: connections.deadline, logger });
}

// Digests and sizes come from the registry itself; a tag moved by someone else since our push is refused.
async function resolveDigests(
  refs: readonly TaggedReference[],
  sessions: ReadonlyMap<string, Session>,
  pushed: ReadonlyMap<string, string | undefined>,
): Promise<ResolvedReference[]> {
  const resolved = await Promise.all(
    refs.map(async (ref) => ({ ref, manifest: await sessions.get(ref.registry)!.registry.resolve(ref) })),
  );
  for (const { ref, manifest } of resolved) {
    const mine = pushed.get(ref.original);
    if (mine && mine !== manifest.digest) {
      throw new DctError(
        'VERIFY',
        `${ref.original}: the registry now serves ${manifest.digest}, not ${mine} that was just pushed; nothing was signed`,
      );
    }
  }
  return resolved;
}

// Repositories are published one after another so a failure can name those already signed.
async function publishAll(
  plans: ReadonlyMap<string, RepositoryPlan>,
  sessions: ReadonlyMap<string, Session>,
  resolved: readonly ResolvedReference[],
  inputs: SignInputs,
  trustState: TrustBook,
  logger: Logger,
): Promise<SignedReference[]> {
  const signed: SignedReference[] = [];
  const done: string[] = [];
  for (const plan of plans.values()) {
    // A repository whose every push failed has nothing to sign.
    if (!resolved.some((r) => r.ref.gun === plan.gun)) continue;
    try {
      const server = sessions.get(plan.registry)!.trustServer(plan.trustServer);
      if (!plan.repo) await initializeTrustData(plan, server, inputs, trustState, logger);
      const mine = resolved.filter((r) => r.ref.gun === plan.gun);
      signed.push(...(await publishRepository(plan, server, mine, inputs, trustState, logger)));
    } catch (err) {
      throw afterPartialSuccess(err, done);
    }
    done.push(plan.gun);
  }
  return signed;
}

// A new repository gets root, targets and the signer's delegation before its first tags are signed.
async function initializeTrustData(
  plan: RepositoryPlan,
  server: TrustServerClient,
  inputs: SignInputs,
  trustState: TrustBook,
  logger: Logger,
): Promise<void> {
  logger.info(`Initializing trust data for ${plan.gun} with signer ${inputs.signerName}`);
  await initializeRepository({
    server,
    gun: plan.gun,
    rootSigner: createRootCertificate(inputs.rootKey!.signer, plan.gun).signer,
    repositorySigner: inputs.repositoryKey!.signer,
    signer: { name: inputs.signerName!, keys: [inputs.signer.publicKey] },
    logger,
    trustState,
  });
}

// One signed update per repository carries all of its tags.
async function publishRepository(
  plan: RepositoryPlan,
  server: TrustServerClient,
  mine: readonly ResolvedReference[],
  inputs: SignInputs,
  trustState: TrustBook,
  logger: Logger,
): Promise<SignedReference[]> {
  const targets = mine.map(({ ref, manifest }) => ({
    name: ref.tag,
    sha256: manifest.digest.slice('sha256:'.length),
    length: manifest.size,
  }));
  logger.info(`Signing ${targets.map((t) => t.name).join(', ')} in ${plan.gun}`);
  const published = await signTargetsInRepository({
    server,
    gun: plan.gun,
    signers: [inputs.signer],
    targets,
    logger,
    trustState,
    ...(inputs.signerName ? { signerName: inputs.signerName } : {}),
    ...(inputs.signerNameGiven ? { onlyRoles: signerRoles(inputs.signerName!) } : {}),
    ...(inputs.pin ? { pin: inputs.pin } : {}),
    ...(plan.repo ? { initial: plan.repo } : {}),
  });
  return mine.map(({ ref, manifest }) => ({
    reference: ref.original,
    tag: ref.tag,
    digest: manifest.digest,
    size: manifest.size,
    roles: published.result.get(ref.tag) ?? [],
    gun: plan.gun,
    trustServer: plan.trustServer,
  }));
}

// Callers see the results in the order they gave the references, with the requests it took.
function report(
  signed: SignedReference[],
  inputs: SignInputs,
  sessions: ReadonlyMap<string, Session>,
  plans: ReadonlyMap<string, RepositoryPlan>,
): SignResult {
  const order = new Map(inputs.refs.map((r, i) => [r.original, i]));
  signed.sort((a, b) => order.get(a.reference)! - order.get(b.reference)!);
  // A name is reported only when the key is that signer in every repository signed.
  const names = new Set([...plans.values()].map((p) => p.signerName));
  return {
    signed,
    signerKeyId: inputs.signer.keyId,
    signerName: names.size === 1 ? [...names][0] : undefined,
    requests: countRequests([...sessions.values()]),
  };
}
