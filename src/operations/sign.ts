// The sign operation: push image tags, read their digests from the registry,
// and sign them in the trust server, one update per repository.
//
// Everything that can be checked is checked before the first push: the
// references, the keys, that each repository has trust data (or bootstrap
// keys were given) and that the signer may sign every tag. So bad input
// fails with nothing pushed and nothing published.

import { DctError, InputError } from '../errors.ts';
import { createRootCertificate, type LoadedPrivateKey, type SigningKey } from '../keys/index.ts';
import type { TaggedReference } from '../registry/reference.ts';
import type { ManifestDescriptor } from '../registry/registry-client.ts';
import { checkSignerName, signableRoles, signerNamesOf } from '../trust/signable-roles.ts';
import { signerRoles } from '../trust/repository-admin.ts';
import { initializeRepository, signTargetsInRepository } from '../trust/updates.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import type { CommandRunner } from './command-runner.ts';
import type { ConnectionOptions, RequestCounts } from './connections.ts';
import { eachInTurn, openRepositories, type OpenRepository, type RepositoryContext } from './repository-context.ts';
import { noTrustDataError } from './no-trust-data.ts';
import { expiryWarnings } from './expiry.ts';
import { pushAll, type FailedPush, type PushOutcome } from './push.ts';
import { roleCompare } from './sort-order.ts';

export type { RequestCounts } from './connections.ts';

export interface SignOptions extends ConnectionOptions {
  /** `tags`: `registry/repository:tag` references; a digest may be pinned with `@sha256:…`. */
  readonly references: readonly TaggedReference[];
  /** Push each reference with docker first (default true). */
  readonly push?: boolean;
  readonly signerKey: LoadedPrivateKey;
  /** The signer's delegation name; defaults to the key's `role:` header. */
  readonly signerName?: string | undefined;
  /** The root and repository keys, to initialize a repository that has no trust data yet. */
  readonly bootstrap?: { readonly rootKey: LoadedPrivateKey; readonly repositoryKey: LoadedPrivateKey } | undefined;
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
  /** True when every role in `roles` already listed this digest: nothing was published for the tag. */
  readonly alreadySigned: boolean;
}

export interface SignResult {
  readonly signed: readonly SignedReference[];
  /** False when every tag was already signed with its digest, so nothing was published. */
  readonly published: boolean;
  /** Tags whose docker push failed, so they were not signed; absent when every push succeeded. */
  readonly notPushed?: readonly FailedPush[];
  readonly signerKeyId: string;
  readonly signerName: string | undefined;
  /** Requests made to registries and trust servers, for logs, tests and benchmarks. */
  readonly requests: RequestCounts;
}

/** One repository to sign in, with what was read from it (null: it is to be created). */
interface RepositoryPlan {
  readonly open: OpenRepository<TaggedReference>;
  readonly repo: TrustedRepository | null;
  /** The signer name the key has in this repository, as reported. */
  readonly signerName: string | undefined;
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

/** What sign() takes from its options, all read and checked before any network call. */
interface SignInputs {
  readonly refs: readonly TaggedReference[];
  readonly signer: SigningKey;
  readonly signerName: string | undefined;
  /** True when signer-name was given: it must name the key's signer, and only its roles are signed. */
  readonly signerNameGiven: boolean;
  readonly rootKey: LoadedPrivateKey | undefined;
  readonly repositoryKey: LoadedPrivateKey | undefined;
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
  const inputs = readInputs(options);
  return openRepositories(options, inputs.refs, { access: 'write', warnOnFirstUse: true }, async (context) => {
    const plans = await Promise.all(context.repositories.map((open) => loadTrustData(context, open, inputs)));
    const pushes = (options.push ?? true) ? await pushReferences(inputs.refs, options, context) : NOTHING_PUSHED;
    const notPushed = new Set(pushes.failed.map((f) => f.reference));
    const resolved = await resolveDigests(context, inputs.refs.filter((r) => !notPushed.has(r.original)), pushes.pushed);
    // A repository whose every push failed has nothing to sign.
    const toSign = plans.filter((p) => resolved.some((r) => r.ref.gun === p.open.gun));
    const outcomes = await eachInTurn(toSign, (p) => p.open.gun, (plan) => publishRepository(context, plan, resolved, inputs));
    const published = outcomes.some((o) => o.published);
    const signed = outcomes.flatMap((o) => o.signed);
    return { ...report(signed, published, inputs, context.requests(), plans), ...(pushes.failed.length > 0 ? { notPushed: pushes.failed } : {}) };
  });
}

// A bad signer name fails here, before anything touches the network.
function readInputs(options: SignOptions): SignInputs {
  const refs = options.references;
  const signerKey = options.signerKey;
  const signerName = signerNameOf(options, signerKey);
  const { rootKey, repositoryKey } = options.bootstrap ?? {};
  const delegations = signerName ? signerRoles(signerName) : ['targets/releases'];
  const signerNameGiven = signerName !== undefined && options.signerName?.trim() === signerName;
  return { refs, signer: signerKey.signer, signerName, signerNameGiven, rootKey, repositoryKey, delegations };
}

// Read and verify a repository's trust data first, so what cannot be signed is refused before pushing.
async function loadTrustData(
  context: RepositoryContext<TaggedReference>,
  open: OpenRepository<TaggedReference>,
  inputs: SignInputs,
): Promise<RepositoryPlan> {
  const repo = await context.read(open, { delegations: inputs.delegations, allowExpiredDelegations: true, acceptRekeyedDelegations: true });
  if (!repo) {
    await checkCanInitialize(context, open, inputs);
    return { open, repo, signerName: inputs.signerName };
  }
  const signerName = signerNameIn(repo, inputs);
  checkMaySign(open, repo, inputs.signer);
  await warnOfExpiry(open.gun, repo, context);
  return { open, repo, signerName };
}

// A repository without trust data can only be signed if we were given what it takes to create it.
async function checkCanInitialize(
  context: RepositoryContext<TaggedReference>,
  open: OpenRepository<TaggedReference>,
  inputs: SignInputs,
): Promise<void> {
  if (!inputs.rootKey || !inputs.repositoryKey) {
    throw await noTrustDataError(
      context,
      open,
      `${open.gun} has no trust data at ${open.trustServer}. Either have an admin run ` +
        '`dct-sign signer-add` once for it (or `docker trust signer add`), or give the root-key and ' +
        'repository-key inputs (with their passphrases) so that dct-sign initializes it.',
    );
  }
  if (!inputs.signerName) {
    throw new InputError('signer-name', `name the signer to add to the new repository ${open.gun}`);
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
function checkMaySign(open: OpenRepository<TaggedReference>, repo: TrustedRepository, signer: SigningKey): void {
  for (const ref of open.refs) {
    if (signableRoles(repo, [signer], ref.tag).length === 0) {
      throw new DctError(
        'NOT_SIGNER',
        `the signer key ${signer.keyId.slice(0, 12)} may not sign ${ref.original}: it is not a signer of ` +
          `${open.gun}. Add it once with \`dct-sign signer-add\` (or \`docker trust signer add\`), or use the key of a listed signer.`,
      );
    }
  }
}

// Signing renews only the signer's own roles, so say which expired ones it renews and which still need an admin.
async function warnOfExpiry(gun: string, repo: TrustedRepository, context: RepositoryContext<TaggedReference>): Promise<void> {
  for (const [name, role] of repo.delegations) {
    if (role.expired) context.logger.warning(`${gun}: ${name} had expired; it is re-signed with a fresh expiry`);
  }
  // The signer's own roles get a fresh expiry when signed; root and targets need an admin.
  for (const warning of await expiryWarnings(repo, ['root', 'targets'])) context.logger.warning(warning.message);
}

const NOTHING_PUSHED: PushOutcome = { pushed: new Map(), failed: [] };

// The digest docker reports for each push is what we must sign, not whatever the tag points at later.
function pushReferences(refs: readonly TaggedReference[], options: SignOptions, context: RepositoryContext<TaggedReference>): Promise<PushOutcome> {
  const env = options.env ?? process.env;
  return pushAll(refs, { runner: options.runner, docker: options.docker, env, deadline: context.deadline, logger: context.logger });
}

// Digests and sizes come from the registry itself; a tag moved by someone else since our push is refused.
async function resolveDigests(
  context: RepositoryContext<TaggedReference>,
  refs: readonly TaggedReference[],
  pushed: ReadonlyMap<string, string | undefined>,
): Promise<ResolvedReference[]> {
  const resolved = await Promise.all(refs.map(async (ref) => ({ ref, manifest: await context.resolve(ref) })));
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

// A new repository gets root, targets and the signer's delegation before its first tags are signed.
async function initializeTrustData(
  context: RepositoryContext<TaggedReference>,
  open: OpenRepository<TaggedReference>,
  inputs: SignInputs,
): Promise<void> {
  context.logger.info(`Initializing trust data for ${open.gun} with signer ${inputs.signerName}`);
  const { server, gun, trustState, logger } = context.publishing(open);
  await initializeRepository({
    server,
    gun,
    rootSigner: createRootCertificate(inputs.rootKey!.signer, open.gun).signer,
    repositorySigner: inputs.repositoryKey!.signer,
    signer: { name: inputs.signerName!, keys: [inputs.signer.publicKey] },
    logger,
    trustState,
  });
}

// One signed update per repository carries all of its tags.
async function publishRepository(
  context: RepositoryContext<TaggedReference>,
  plan: RepositoryPlan,
  resolved: readonly ResolvedReference[],
  inputs: SignInputs,
): Promise<{ signed: SignedReference[]; published: boolean }> {
  const { open, repo } = plan;
  if (!repo) await initializeTrustData(context, open, inputs);
  const mine = resolved.filter((r) => r.ref.gun === open.gun);
  const targets = mine.map(({ ref, manifest }) => ({ name: ref.tag, sha256: manifest.digest.slice('sha256:'.length), length: manifest.size }));
  context.logger.info(`Signing ${targets.map((t) => t.name).join(', ')} in ${open.gun}`);
  const published = await signTargetsInRepository({
    ...context.publishing(open),
    signers: [inputs.signer],
    targets,
    ...(inputs.signerName ? { signerName: inputs.signerName } : {}),
    ...(inputs.signerNameGiven ? { onlyRoles: signerRoles(inputs.signerName!) } : {}),
    ...(repo ? { initial: repo } : {}),
  });
  const signed = mine.map(({ ref, manifest }) => ({
    reference: ref.original,
    tag: ref.tag,
    digest: manifest.digest,
    size: manifest.size,
    roles: [...(published.result.get(ref.tag) ?? [])].sort(roleCompare),
    gun: open.gun,
    trustServer: open.trustServer,
    alreadySigned: published.alreadySigned.has(ref.tag),
  }));
  // A repository just created published its trust data even when its tags were unchanged.
  return { signed, published: published.published || !repo };
}

// Callers see the results in the order they gave the references, with the requests it took.
function report(signed: SignedReference[], published: boolean, inputs: SignInputs, requests: RequestCounts, plans: readonly RepositoryPlan[]): SignResult {
  const order = new Map(inputs.refs.map((r, i) => [r.original, i]));
  signed.sort((a, b) => order.get(a.reference)! - order.get(b.reference)!);
  // A name is reported only when the key is that signer in every repository signed.
  const names = new Set(plans.map((p) => p.signerName));
  return { signed, published, signerKeyId: inputs.signer.keyId, signerName: names.size === 1 ? [...names][0] : undefined, requests };
}
