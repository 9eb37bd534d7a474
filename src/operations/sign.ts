// The sign operation: push image tags, read their digests from the registry,
// and sign them in each format asked for: in the trust server (DCT), one
// update per repository, and with cosign and notation signatures in the
// registry.
//
// Everything that can be checked is checked before the first push: the
// references, the keys, that each repository has trust data (or bootstrap
// keys were given), that the signer may sign every tag, for notation that
// the certificate chain fits the key, and, for cosign and notation, that the
// registry lets the identity push. So bad input fails with nothing
// pushed and nothing published in any format. The registry writes then run
// while the trust server publishes; when one format fails after another
// succeeded, the result says which formats each tag has and names the
// failure, so that the command shows it and fails.

import { DctError, errorMessage, InputError, PartiallyPublishedError } from '../errors.ts';
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
import type { CosignForm } from '../sigstore/types.ts';
import type { CosignFormat, Format, NotationFormat } from './formats.ts';
import type { RegistryWrites } from './registry-writes.ts';
import { checkPushRights, cosignPlanOf, prepareCosign, writeCosign, type CosignPlan } from './sign-cosign.ts';
import { notationPlanOf, writeNotation, type NotationPlan } from './sign-notation.ts';

export type { RequestCounts } from './connections.ts';

export interface SignOptions extends ConnectionOptions {
  /** `tags`: `registry/repository:tag` references; a digest may be pinned with `@sha256:…`. */
  readonly references: readonly TaggedReference[];
  /** Push each reference with docker first (default true). */
  readonly push?: boolean;
  /** The DCT signer key, needed with `dct`; it makes the cosign signatures too unless `cosignKey` is given. */
  readonly signerKey?: LoadedPrivateKey | undefined;
  /** The formats to sign in (`formats`): dct (the default), cosign, or both. */
  readonly formats?: readonly Format[] | undefined;
  /** A cosign key (`cosign-key`) that makes the cosign signatures instead of the signer key. */
  readonly cosignKey?: LoadedPrivateKey | undefined;
  /** The cosign format; src/sigstore's unless given (tests). */
  readonly cosign?: CosignFormat | undefined;
  /** A key (`notation-key`) that makes the notation signatures instead of the signer key. */
  readonly notationKey?: LoadedPrivateKey | undefined;
  /** `notation-certificate`: the PEM chain of the notation key, leaf first; required with notation. */
  readonly notationCertificate?: string | undefined;
  /** The notation format; src/notation's unless given (tests). */
  readonly notation?: NotationFormat | undefined;
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
  /** Undefined when DCT was not asked for: no trust server was contacted. */
  readonly trustServer: string | undefined;
  /** True when every format asked for already held this digest (every role in `roles` listed it): nothing was written for the tag. */
  readonly alreadySigned: boolean;
  /** The formats the tag is now signed in with this digest: written by this run, or already there. */
  readonly formats: readonly Format[];
  /** The cosign forms written for the tag, and those already there; only when cosign was asked for and succeeded. */
  readonly cosign?: { readonly written: readonly CosignForm[]; readonly already: readonly CosignForm[] };
  /** The notation signature: written by this run, or one by the same certificate already there; only when notation was asked for and succeeded. */
  readonly notation?: { readonly written: boolean; readonly signature: string };
}

/** A format that failed after another succeeded: the tags lack it (see each tag's `formats`). */
export interface FormatFailure {
  readonly format: Format;
  /** The tags it failed for (all of them when it failed as a whole). */
  readonly references: readonly string[];
  readonly message: string;
}

export interface SignResult {
  readonly signed: readonly SignedReference[];
  /** False when every tag was already signed with its digest, so nothing was published. */
  readonly published: boolean;
  /** The formats asked for, in the order given. */
  readonly formats: readonly Format[];
  /** Formats that failed after another succeeded; absent when every format succeeded. The run then fails. */
  readonly failedFormats?: readonly FormatFailure[];
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

function signerNameOf(options: SignOptions, key: LoadedPrivateKey | undefined): string | undefined {
  const name = options.signerName?.trim() || key?.role;
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
  readonly formats: readonly Format[];
  /** Whether DCT was asked for: without it no trust server is contacted. */
  readonly dct: boolean;
  /** The cosign signer and format, when cosign was asked for. */
  readonly cosign: CosignPlan | undefined;
  /** The notation signer (key and chain) and format, when notation was asked for. */
  readonly notation: NotationPlan | undefined;
}

/** A tag's manifest as the registry serves it, which is what gets signed. */
interface ResolvedReference {
  readonly ref: TaggedReference;
  readonly manifest: ManifestDescriptor;
}

// The phases in this order: everything that can be refused is refused before the first push.
export async function sign(options: SignOptions): Promise<SignResult> {
  const inputs = await readInputs(options);
  return openRepositories(withoutTrustData(options, inputs), inputs.refs, { access: 'write', warnOnFirstUse: inputs.dct }, async (context) => {
    const push = options.push ?? true;
    // Tags we do not push are in the registry already: reading them joins the trust server's wave of GETs.
    const early = push ? undefined : settled(resolveDigests(context, inputs.refs, NOTHING_PUSHED.pushed));
    const plans = inputs.dct ? await Promise.all(context.repositories.map((open) => loadTrustData(context, open, inputs))) : [];
    if (inputs.cosign || inputs.notation) await checkPushRights(context, inputs.refs);
    const pushes = push ? await pushReferences(inputs.refs, options, context) : NOTHING_PUSHED;
    const notPushed = new Set(pushes.failed.map((f) => f.reference));
    const resolved = early ? unsettled(await early) : await resolveDigests(context, inputs.refs.filter((r) => !notPushed.has(r.original)), pushes.pushed);
    // Every registry format's reads and checks before the trust server publishes: a failure here writes nothing anywhere.
    const registryWrites = await prepareRegistryWrites(context, inputs, resolved);
    const outcome = await publishFormats(context, plans, resolved, inputs, registryWrites);
    return { ...report(outcome, inputs, context.requests(), plans), ...(pushes.failed.length > 0 ? { notPushed: pushes.failed } : {}) };
  });
}

type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** A read started early whose failure waits its turn: an earlier phase's error (the trust data, push rights) is the one reported. */
function settled<T>(work: Promise<T>): Promise<Settled<T>> {
  return work.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function unsettled<T>(outcome: Settled<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

// A bad signer name or key fails here, before anything touches the network.
async function readInputs(options: SignOptions): Promise<SignInputs> {
  const refs = options.references;
  const formats = options.formats && options.formats.length > 0 ? [...new Set(options.formats)] : (['dct'] as Format[]);
  const dct = formats.includes('dct');
  const signerKey = options.signerKey;
  if (dct && !signerKey) throw new InputError('signer-key', 'no signer key; give signer-key, the key that signs for the repository in its trust data');
  const cosign = formats.includes('cosign') ? await cosignPlanOf(options.cosign, signerKey, options.cosignKey) : undefined;
  const notation = formats.includes('notation')
    ? await notationPlanOf(options.notation, { signerKey, notationKey: options.notationKey, certificate: options.notationCertificate }, options.logger)
    : undefined;
  const signerName = signerNameOf(options, signerKey);
  const { rootKey, repositoryKey } = options.bootstrap ?? {};
  const delegations = signerName ? signerRoles(signerName) : ['targets/releases'];
  const signerNameGiven = signerName !== undefined && options.signerName?.trim() === signerName;
  const signer = signerKey?.signer ?? cosign?.signer.key.signer ?? notation?.signer.key;
  if (!signer) throw new InputError('signer-key', 'no key to sign with; give signer-key');
  return { refs, signer, signerName, signerNameGiven, rootKey, repositoryKey, delegations, formats, dct, cosign, notation };
}

// Without DCT nothing of the trust server's is read or kept: a trust state or pin from the environment is ignored.
function withoutTrustData(options: SignOptions, inputs: SignInputs): SignOptions {
  return inputs.dct ? options : { ...options, trustState: undefined, trustPin: undefined, requirePin: false, trustStateForget: undefined };
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
    formats: ['dct' as const],
  }));
  // A repository just created published its trust data even when its tags were unchanged.
  return { signed, published: published.published || !repo };
}

// Callers see the results in the order they gave the references, with the requests it took.
function report(outcome: FormatsOutcome, inputs: SignInputs, requests: RequestCounts, plans: readonly RepositoryPlan[]): SignResult {
  const { signed, published, failedFormats } = outcome;
  const order = new Map(inputs.refs.map((r, i) => [r.original, i]));
  signed.sort((a, b) => order.get(a.reference)! - order.get(b.reference)!);
  // A name is reported only when the key is that signer in every repository signed.
  const names = new Set(plans.map((p) => p.signerName));
  const signerName = names.size === 1 ? [...names][0] : undefined;
  const failed = failedFormats.length > 0 ? { failedFormats } : {};
  return { signed, published, formats: inputs.formats, ...failed, signerKeyId: inputs.signer.keyId, signerName, requests };
}

/** What the formats did together: each tag with the formats it has, and the formats that failed while another succeeded. */
interface FormatsOutcome {
  readonly signed: SignedReference[];
  readonly published: boolean;
  readonly failedFormats: FormatFailure[];
}

type DctOutcome = { readonly ok: true; readonly repos: { signed: SignedReference[]; published: boolean }[] } | { readonly ok: false; readonly error: unknown };

// The registry writes run while the trust server publishes: neither waits for the other.
async function publishFormats(
  context: RepositoryContext<TaggedReference>,
  plans: readonly RepositoryPlan[],
  resolved: readonly ResolvedReference[],
  inputs: SignInputs,
  registryWrites: readonly PreparedWrites[],
): Promise<FormatsOutcome> {
  // A repository whose every push failed has nothing to sign.
  const toSign = plans.filter((p) => resolved.some((r) => r.ref.gun === p.open.gun));
  const publishDct = (): Promise<DctOutcome> =>
    eachInTurn(toSign, (p) => p.open.gun, (plan) => publishRepository(context, plan, resolved, inputs)).then(
      (repos) => ({ ok: true, repos }),
      (error: unknown) => ({ ok: false, error }),
    );
  const [dct, ...registry] = await Promise.all([
    inputs.dct ? publishDct() : undefined,
    ...registryWrites.map((write) => write()),
  ]);
  return combineFormats(context, resolved, dct as DctOutcome | undefined, registry as RegistryWrites[]);
}

/** A registry format's writes for every tag, its reads and checks done: what is left only writes. */
type PreparedWrites = () => Promise<RegistryWrites>;

// The formats written into the registry, one entry each: its checks, then what a tag's write changed and what its entry gains.
async function prepareRegistryWrites(
  context: RepositoryContext<TaggedReference>,
  inputs: SignInputs,
  resolved: readonly ResolvedReference[],
): Promise<PreparedWrites[]> {
  const { cosign, notation } = inputs;
  const prepared: Promise<PreparedWrites>[] = [];
  if (cosign) {
    prepared.push(
      prepareCosign(context, cosign, resolved).then((writes) => async () => ({
        format: 'cosign',
        outcomes: (await writeCosign(writes)).map((o) =>
          o.ok ? { ...o, outcome: { wrote: o.outcome.written.length > 0, entry: { cosign: { written: [...o.outcome.written], already: [...o.outcome.already] } } } } : o,
        ),
      })),
    );
  }
  if (notation) {
    // notation's write reads what is there itself; its key and chain were checked with the inputs.
    prepared.push(
      Promise.resolve(async () => ({
        format: 'notation',
        outcomes: (await writeNotation(context, notation, resolved)).map((o) =>
          o.ok ? { ...o, outcome: { wrote: o.outcome.written, entry: { notation: { written: o.outcome.written, signature: o.outcome.signature } } } } : o,
        ),
      })),
    );
  }
  return Promise.all(prepared);
}

// One entry per tag with every format it now has; a run where every format failed throws the first failure.
function combineFormats(
  context: RepositoryContext<TaggedReference>,
  resolved: readonly ResolvedReference[],
  dct: DctOutcome | undefined,
  registry: readonly RegistryWrites[],
): FormatsOutcome {
  const dctSigned = new Map((dct?.ok ? dct.repos.flatMap((r) => r.signed) : []).map((s) => [s.reference, s]));
  const dctFailure = dct && !dct.ok ? dct.error : undefined;
  const registryFailures = registry.flatMap((w) => w.outcomes.flatMap((c) => (c.ok ? [] : [{ format: w.format, ...c }])));
  // Whether any tag got a registry format: then a failure of another format is not the whole run's.
  const registrySucceeded = registry.some((w) => w.outcomes.some((c) => c.ok));
  if (dctFailure !== undefined && !registrySucceeded) {
    for (const c of registryFailures) context.logger.warning(`${c.ref.original}: ${c.format}: ${errorMessage(c.error)}`);
    throw dctFailure;
  }
  if (!dct && registryFailures.length > 0 && !registrySucceeded) throw registryFailures[0]!.error;
  const changed = dctFailure instanceof PartiallyPublishedError ? new Set(dctFailure.changed) : new Set<string>();
  const signed = resolved.map((r) => tagFormats(r, dctSigned.get(r.ref.original), changed.has(r.ref.gun), registry));
  const failedFormats: FormatFailure[] = [];
  if (dctFailure !== undefined) {
    const unsigned = resolved.filter((r) => !changed.has(r.ref.gun)).map((r) => r.ref.original);
    failedFormats.push({ format: 'dct', references: unsigned, message: errorMessage(dctFailure) });
  }
  for (const c of registryFailures) failedFormats.push({ format: c.format, references: [c.ref.original], message: errorMessage(c.error) });
  const wrote = registry.some((w) => w.outcomes.some((c) => c.ok && c.outcome.wrote));
  const published = (dct?.ok === true && dct.repos.some((r) => r.published)) || changed.size > 0 || wrote;
  return { signed, published, failedFormats };
}

/** One tag's entry: its DCT signing (if any) with each registry format it got added. */
function tagFormats(r: ResolvedReference, dct: SignedReference | undefined, dctChanged: boolean, registry: readonly RegistryWrites[]): SignedReference {
  let entry: SignedReference = dct ?? {
    reference: r.ref.original,
    tag: r.ref.tag,
    digest: r.manifest.digest,
    size: r.manifest.size,
    roles: [],
    gun: r.ref.gun,
    trustServer: undefined,
    alreadySigned: true,
    formats: dctChanged ? ['dct'] : [],
  };
  for (const w of registry) {
    const mine = w.outcomes.find((c) => c.ref.original === r.ref.original);
    if (!mine?.ok) continue;
    entry = { ...entry, ...mine.outcome.entry, alreadySigned: entry.alreadySigned && !mine.outcome.wrote, formats: [...entry.formats, w.format] };
  }
  return entry;
}
