// The verify operation: the gate a content-trust pull used to be. Docker CLI
// v29 no longer enforces content trust, so consumers ask dct-sign whether a
// tag is signed, by whom, and whether the registry still serves what was
// signed, and get back the digest-pinned reference to pull.
//
// A tag resolves as docker's trusted pull resolves it (cli/command/image/
// trust.go): notary's GetTargetByName(tag, targets/releases, targets), i.e.
// the first entry in a breadth-first walk of the targets/releases subtree,
// else of targets and the other delegations; the entry counts only if it is
// in targets/releases or targets itself. Its signers are the other
// delegations (targets/<name>) that list the tag with the same sha256, as
// `docker trust inspect` shows them.
//
// As notary, a delegation that expired or lacks signatures is ignored, not
// fatal; when the verdict hinges on one (targets/releases, or a required
// signer's role), the reason is its failure rather than unsigned or
// wrong-signer. Each reference gets a verdict; only bad inputs and failures
// to reach a server throw.
//
// With `formats`, the gate accepts cosign signatures (verify-cosign.ts) and
// notation signatures (verify-notation.ts) too: any one format verified
// suffices, or every one under `formats-policy: all`. Under `any`, a trust
// server that cannot be reached does not fail a reference that another
// format verified: it is a warning naming the error. notation signatures
// get no revocation check: no network beyond the registry is reached.

import { DctError, errorMessage, InputError, VerificationError } from '../errors.ts';
import type { CosignPublicKey } from '../sigstore/types.ts';
import type { NotationTrustAnchor } from '../notation/types.ts';
import { cosignFormatOf, notationFormatOf, type CosignFormat, type Format, type FormatsPolicy, type NotationFormat, type RegistryFormat, type RegistryPart } from './formats.ts';
import { cosignVerdictFor, signerCosignKeys } from './verify-cosign.ts';
import type { Served } from './served-target.ts';
import { notationVerdictFor } from './verify-notation.ts';
import type { TaggedReference } from '../registry/reference.ts';
import { signerRoles } from '../trust/repository-admin.ts';
import { RELEASES, ROOT, TARGETS } from '../tuf/role.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import type { ConnectionOptions } from './connections.ts';
import type { SkippedRole } from './inspect-read.ts';
import { openRepositories, type OpenRepository, type RepositoryContext } from './repository-context.ts';
import {
  allTargetsByName,
  getTargetByName,
  isReleasedRole,
  RELEASED_ROLES,
  signerNameOfRole,
  targetSha256,
} from '../trust/target-walk.ts';
import { roleCompare } from './sort-order.ts';

export type SignerPolicy = 'any' | 'all';

export interface VerifyOptions extends ConnectionOptions {
  /** `tags`: `registry/repository:tag` references (`latest` where none was given, as docker pull does). */
  readonly references: readonly TaggedReference[];
  /** Signer names (delegations targets/<name>) one or all of which must have signed. */
  readonly requiredSigners?: readonly string[] | undefined;
  /** 'any' (default): one required signer suffices; 'all': every one must have signed. */
  readonly signerPolicy?: SignerPolicy | undefined;
  /** The time expiry is checked against (default: now). */
  readonly now?: Date;
  /** The formats that satisfy the gate (`formats`): dct (the default), cosign, or both. */
  readonly formats?: readonly Format[] | undefined;
  /** 'any' (default): one verified format suffices; 'all': every format listed must verify. */
  readonly formatsPolicy?: FormatsPolicy | undefined;
  /** `cosign-public-key`: the keys cosign signatures count by; the repository's DCT signers' keys when none. */
  readonly cosignPublicKeys?: readonly CosignPublicKey[] | undefined;
  /** The cosign format; src/sigstore's unless given (tests). */
  readonly cosign?: CosignFormat | undefined;
  /** `notation-trust-anchor`: the certificates notation signatures must chain to; required with notation. */
  readonly notationTrustAnchors?: readonly NotationTrustAnchor[] | undefined;
  /** `notation-identity`: trusted identities (`x509.subject: …`); required unless every anchor is a leaf. */
  readonly notationIdentities?: readonly string[] | undefined;
  /** The notation format; src/notation's unless given (tests). */
  readonly notation?: NotationFormat | undefined;
}

/**
 * Why a reference fails verify: unsigned (no released entry for the tag);
 * wrong-signer (signed, but not by the required signers); digest-changed (the
 * registry serves other content for the tag now, or none); expired (some
 * trust data has expired); untrusted-root (the root is not trusted:
 * certificate, pin, rotation); no-trust-data (the repository has none at
 * all); invalid-trust-data (another check failed: signatures, hashes, a
 * rollback); cosign-unsigned (no cosign signature in either form);
 * cosign-invalid (cosign signatures, none valid for the keys, digest and
 * identity); notation-unsigned (no notation signature); notation-invalid
 * (notation signatures, none valid: the failed check is named). The README
 * lists them all (test/examples/readme.test.ts).
 */
export const VERIFY_FAILURES = [
  'unsigned',
  'wrong-signer',
  'digest-changed',
  'expired',
  'untrusted-root',
  'no-trust-data',
  'invalid-trust-data',
  'cosign-unsigned',
  'cosign-invalid',
  'notation-unsigned',
  'notation-invalid',
] as const;

export type VerifyFailure = (typeof VERIFY_FAILURES)[number];

export interface VerifiedReference {
  /** The reference as given. */
  readonly reference: string;
  readonly tag: string;
  readonly gun: string;
  /** `sha256:<hex>` the trust data signs for the tag, when it signs one. */
  readonly signedDigest: string | undefined;
  /** `sha256:<hex>` the registry serves for the tag now, when it was read. */
  readonly registryDigest: string | undefined;
  /** Signers (targets/<name>, without `targets/`) that signed the tag with the signed digest. */
  readonly signers: readonly string[];
  /** `registry/repository@sha256:…` of the signed digest, what a content-trust pull fetches. Use only when ok. */
  readonly pinned: string | undefined;
  readonly ok: boolean;
  readonly reason?: VerifyFailure;
  readonly message: string;
  /** The formats that verified, in the order of `formats`. */
  readonly formats: readonly Format[];
  /** The sources of the keys whose cosign signatures verified (a file, `cosign-public-key #2`, a DCT signer's key). */
  readonly cosignSigners?: readonly string[];
  /** The subjects of the certificates whose notation signatures verified. */
  readonly notationSigners?: readonly string[];
  /** A format that could not be checked while another verified the reference (the trust server unreachable). */
  readonly warnings?: readonly string[];
}

export interface VerifyResult {
  /** In the order the references were given. */
  readonly references: readonly VerifiedReference[];
  /** True when every reference passed. */
  readonly ok: boolean;
}

type TaggedRef = TaggedReference;

/** Trust data of one repository, or why there is none to use. */
type RepositoryOutcome =
  | { readonly repo: TrustedRepository; readonly skipped: readonly SkippedRole[] }
  | { readonly reason: VerifyFailure; readonly message: string };

function requiredSignersOf(options: VerifyOptions): string[] {
  const names = (options.requiredSigners ?? []).map((s) => s.trim().replace(/^targets\//, '')).filter((s) => s !== '');
  for (const name of names) {
    try {
      signerRoles(name);
    } catch (err) {
      throw new InputError('required-signers', (err as Error).message, { cause: err });
    }
    if (name === 'releases') {
      throw new InputError('required-signers', 'targets/releases is shared by all signers; name the signers themselves');
    }
  }
  return [...new Set(names)];
}

/** Maps a verification failure to its reason; anything else is not a verdict and is thrown. */
function verdictOf(err: unknown, gun: string): RepositoryOutcome {
  if (!(err instanceof VerificationError)) throw err;
  if (err.code === 'EXPIRED') return { reason: 'expired', message: `the trust data of ${gun} has expired: ${err.message}` };
  if (err.role === ROOT) {
    return { reason: 'untrusted-root', message: `the root of ${gun} is not trusted: ${err.message}` };
  }
  return { reason: 'invalid-trust-data', message: `the trust data of ${gun} failed verification: ${err.message}` };
}

/** The reason when a role the verdict depends on was left out of the tree. */
function skippedVerdict(skipped: SkippedRole, message: string): { reason: VerifyFailure; message: string } {
  const why = `${message} (${skipped.error.message}; the role is ignored, as docker does)`;
  return { reason: skipped.error.code === 'EXPIRED' ? 'expired' : 'invalid-trust-data', message: why };
}

function signersOf(repo: TrustedRepository, tag: string, sha256: string): string[] {
  const names = allTargetsByName(repo, tag)
    .filter((t) => !isReleasedRole(t.role) && targetSha256(t.meta) === sha256)
    .map((t) => signerNameOfRole(t.role));
  return [...new Set(names)].sort(roleCompare);
}

/** What verify() takes from its options, checked before any network call. */
interface VerifyInputs {
  readonly refs: readonly TaggedRef[];
  readonly required: readonly string[];
  readonly policy: SignerPolicy;
  readonly formats: readonly Format[];
  readonly formatsPolicy: FormatsPolicy;
  readonly dct: boolean;
  /** The cosign format, when cosign is among the formats. */
  readonly cosign: CosignFormat | undefined;
  /** The cosign keys given; undefined: the repository's signers' keys. */
  readonly cosignKeys: readonly CosignPublicKey[] | undefined;
  /** The notation format and trust policy, when notation is among the formats. */
  readonly notation: { readonly format: NotationFormat; readonly anchors: readonly NotationTrustAnchor[]; readonly identities: readonly string[] } | undefined;
}

async function verifyInputs(options: VerifyOptions): Promise<VerifyInputs> {
  const refs = options.references;
  const required = requiredSignersOf(options);
  const policy = options.signerPolicy ?? 'any';
  if (policy !== 'any' && policy !== 'all') {
    throw new InputError('signer-policy', `"${String(policy)}" is not a policy; use any or all`);
  }
  const formats = options.formats && options.formats.length > 0 ? [...new Set(options.formats)] : (['dct'] as Format[]);
  const formatsPolicy = options.formatsPolicy ?? 'any';
  if (formatsPolicy !== 'any' && formatsPolicy !== 'all') {
    throw new InputError('formats-policy', `"${String(formatsPolicy)}" is not a policy; use any or all`);
  }
  const dct = formats.includes('dct');
  const cosignKeys = options.cosignPublicKeys && options.cosignPublicKeys.length > 0 ? options.cosignPublicKeys : undefined;
  if (!dct && formats.includes('cosign') && !cosignKeys) {
    throw new InputError('cosign-public-key', 'without dct among the formats there is no trust data to take the signers\' keys from; give the cosign public keys');
  }
  const cosign = formats.includes('cosign') ? await cosignFormatOf(options.cosign) : undefined;
  const notation = formats.includes('notation') ? await notationPolicyOf(options) : undefined;
  return { refs, required, policy, formats, formatsPolicy, dct, cosign, cosignKeys, notation };
}

/** The notation trust policy, checked (anchors, identities) before any request. */
async function notationPolicyOf(options: VerifyOptions): Promise<VerifyInputs['notation']> {
  const format = await notationFormatOf(options.notation);
  const anchors = options.notationTrustAnchors ?? [];
  const identities = (options.notationIdentities ?? []).map((i) => i.trim()).filter((i) => i !== '');
  format.checkPolicy({ trustAnchors: anchors, identities });
  return { format, anchors, identities };
}

/** One read per repository: its trust tree, or the verdict every reference in it gets. */
async function readOutcome(context: RepositoryContext, open: OpenRepository, now: Date | undefined): Promise<RepositoryOutcome> {
  try {
    const { repo, skipped } = await context.readTree(open, { now });
    return repo
      ? { repo, skipped }
      : { reason: 'no-trust-data', message: `${open.gun} has no trust data at ${open.trustServer}: nothing in it is signed` };
  } catch (err) {
    return verdictOf(err, open.gun);
  }
}

type Verdict = Omit<VerifiedReference, 'reference' | 'tag' | 'gun' | 'formats'>;
const NONE = { signedDigest: undefined, registryDigest: undefined, signers: [], pinned: undefined } as const;

/** The released entry for the tag, or the verdict when there is none. */
function releasedEntry(ref: TaggedRef, repo: TrustedRepository, skipped: readonly SkippedRole[]): { sha256: string } | Verdict {
  const found = getTargetByName(repo, ref.tag, RELEASED_ROLES);
  if (!found || !isReleasedRole(found.role)) {
    const message = found
      ? `${ref.original}: ${ref.tag} is listed only by ${found.role}, not released into targets/releases or targets, so content trust does not accept it`
      : `${ref.original}: ${ref.tag} is not signed in ${ref.gun}`;
    // Not found because targets/releases itself was left out: say why.
    const releases = skipped.find((s) => s.role === RELEASES);
    if (releases) return { ...NONE, ok: false, ...skippedVerdict(releases, message) };
    return { ...NONE, ok: false, reason: 'unsigned', message };
  }
  const sha256 = targetSha256(found.meta);
  if (sha256 === '') {
    const message = `${ref.original}: the entry for ${ref.tag} in ${found.role} has no sha256 hash`;
    return { ...NONE, ok: false, reason: 'invalid-trust-data', message };
  }
  return { sha256 };
}

/** What the registry serves for the tag now, or why it serves nothing. */
async function servedDigest(context: RepositoryContext, ref: TaggedRef): Promise<Served> {
  try {
    const { digest, size, mediaType } = await context.resolve({ ...ref, digest: undefined });
    return { digest, size, mediaType, missing: '' };
  } catch (err) {
    if (!(err instanceof DctError) || err.code !== 'NOT_FOUND') throw err;
    return { missing: `the registry no longer serves ${ref.original}` };
  }
}

/** The verdict on the signers, when the required ones are missing. */
function signerVerdict(ref: TaggedRef, signers: readonly string[], inputs: VerifyInputs, skipped: readonly SkippedRole[]) {
  const { required, policy } = inputs;
  const present = required.filter((name) => signers.includes(name));
  const signerOk = required.length === 0 || (policy === 'all' ? present.length === required.length : present.length > 0);
  if (signerOk) return undefined;
  const missing = required.filter((name) => !signers.includes(name));
  const by = signers.length > 0 ? `signed by ${signers.join(', ')}` : 'signed by no named signer (Repo Admin)';
  const wanted = policy === 'all' ? `all of ${required.join(', ')}` : `one of ${required.join(', ')}`;
  const message = `${ref.original} is ${by}; ${wanted} must sign it (missing: ${missing.join(', ')})`;
  // A missing signer whose role was left out (expired, say) is not a wrong signer.
  const left = skipped.find((s) => missing.some((name) => s.role === `${TARGETS}/${name}`));
  if (left) return { ok: false, ...skippedVerdict(left, message) } as const;
  return { ok: false, reason: 'wrong-signer', message } as const;
}

/** The verdict on the digests: the one in the reference and the one the registry serves must be the signed one. */
function digestVerdict(ref: TaggedRef, signedDigest: string, served: Served) {
  if (ref.digest !== undefined && ref.digest !== signedDigest) {
    const message = `${ref.original}: the tag is signed for ${signedDigest}, not the digest in the reference`;
    return { ok: false, reason: 'digest-changed', message } as const;
  }
  if (served.digest === signedDigest) return undefined;
  const message = served.digest
    ? `${ref.original}: the registry serves ${served.digest}, but ${signedDigest} is signed`
    : `${ref.original}: ${served.missing}; ${signedDigest} is signed`;
  return { ok: false, reason: 'digest-changed', message } as const;
}

type DctVerdict = Omit<VerifiedReference, 'formats'>;

/** One reference's DCT verdict, from its repository's outcome and what the registry serves. */
async function verdictFor(
  context: RepositoryContext,
  ref: TaggedRef,
  outcome: RepositoryOutcome,
  inputs: VerifyInputs,
  served: () => Promise<Served>,
): Promise<DctVerdict> {
  const base = { reference: ref.original, tag: ref.tag, gun: ref.gun };
  if (!('repo' in outcome)) return { ...base, ...NONE, ok: false, reason: outcome.reason, message: outcome.message };
  const { repo, skipped } = outcome;
  const entry = releasedEntry(ref, repo, skipped);
  if (!('sha256' in entry)) return { ...base, ...entry };
  const signedDigest = `sha256:${entry.sha256}`;
  const signers = signersOf(repo, ref.tag, entry.sha256);
  const pinned = `${ref.registry}/${ref.repository}@${signedDigest}`;
  const servedNow = await served();
  const verdict = { ...base, signedDigest, signers, pinned, registryDigest: servedNow.digest };
  const failed = signerVerdict(ref, signers, inputs, skipped) ?? digestVerdict(ref, signedDigest, servedNow);
  if (failed) return { ...verdict, ...failed };
  const by = signers.length > 0 ? signers.join(', ') : 'the repository admin';
  context.logger.info(`${ref.original} is signed by ${by}: ${pinned}`);
  return { ...verdict, ok: true, message: `${ref.original} is signed by ${by} and served as signed: ${pinned}` };
}

/** A repository's trust data, or (under `any`, with cosign keys given) the error that kept it from being checked. */
type ReadOutcome = RepositoryOutcome | { readonly unchecked: unknown };

async function readChecked(context: RepositoryContext, open: OpenRepository, inputs: VerifyInputs, now: Date | undefined): Promise<ReadOutcome> {
  try {
    return await readOutcome(context, open, now);
  } catch (err) {
    // Another format can still verify its references only when it needs nothing from the trust data.
    const independent = (inputs.cosign && inputs.cosignKeys) || inputs.notation;
    if (inputs.formatsPolicy === 'all' || !independent) throw err;
    return { unchecked: err };
  }
}

/** One reference's verdict in every format asked for. */
async function referenceVerdict(context: RepositoryContext, ref: TaggedRef, outcome: ReadOutcome | undefined, inputs: VerifyInputs): Promise<VerifiedReference> {
  let servedOnce: Promise<Served> | undefined;
  const served = () => (servedOnce ??= servedDigest(context, ref));
  const unchecked = outcome && 'unchecked' in outcome ? outcome.unchecked : undefined;
  const dct = inputs.dct && outcome && !('unchecked' in outcome) ? await verdictFor(context, ref, outcome, inputs, served) : undefined;
  const [cosign, notation] = await Promise.all([
    inputs.cosign ? cosignPart(context, ref, outcome, inputs, served) : undefined,
    inputs.notation ? notationVerdictFor(context, ref, await served(), inputs.notation) : undefined,
  ]);
  const registry = { cosign, notation };
  return combineVerdicts(context, ref, inputs, { dct, unchecked, registry, served: cosign || notation ? await served() : undefined });
}

type CosignPart = RegistryPart<VerifyFailure>;

/** The cosign verdict, with the keys given or the repository's signers' keys. */
async function cosignPart(context: RepositoryContext, ref: TaggedRef, outcome: ReadOutcome | undefined, inputs: VerifyInputs, served: () => Promise<Served>): Promise<CosignPart> {
  let keys = inputs.cosignKeys;
  if (!keys) {
    // Only read when dct is among the formats (verifyInputs): the outcome is there.
    if (!outcome || !('repo' in outcome)) {
      const why = outcome && 'reason' in outcome ? outcome : { reason: 'no-trust-data' as const, message: `${ref.gun} has no trust data` };
      return { ok: false, reason: why.reason, message: `${ref.original}: no signer keys to check cosign signatures with: ${why.message}` };
    }
    keys = signerCosignKeys(outcome.repo);
    if (keys.length === 0) {
      return { ok: false, reason: 'cosign-invalid', message: `${ref.original}: ${ref.gun} lists no signer key cosign signatures could be made with; give cosign-public-key` };
    }
  }
  const verdict = await cosignVerdictFor(context, ref, await served(), keys, inputs.cosign!);
  return verdict.ok ? { ok: true, signedBy: verdict.signedBy } : { ok: false, reason: verdict.reason, message: verdict.message };
}

interface Parts {
  readonly dct: DctVerdict | undefined;
  readonly unchecked: unknown;
  readonly registry: Readonly<Record<RegistryFormat, RegistryPart<VerifyFailure> | undefined>>;
  readonly served: Served | undefined;
}

/** What each registry format adds to a verified reference, and how its signers read in the message. */
const REGISTRY_FORMATS: readonly { readonly format: RegistryFormat; readonly field: 'cosignSigners' | 'notationSigners'; readonly line: (by: readonly string[]) => string }[] = [
  { format: 'cosign', field: 'cosignSigners', line: (by) => `has cosign signatures by ${by.join(', ')}` },
  { format: 'notation', field: 'notationSigners', line: (by) => `has a notation signature by ${by.join('; ')}` },
];

/** The gate's verdict: any one format (or, under `all`, every one) verified. */
function combineVerdicts(context: RepositoryContext, ref: TaggedRef, inputs: VerifyInputs, parts: Parts): VerifiedReference {
  const { dct, unchecked, registry, served } = parts;
  const formats = inputs.formats.filter((f) => (f === 'dct' ? dct?.ok : registry[f]?.ok) === true);
  const ok = inputs.formatsPolicy === 'all' ? formats.length === inputs.formats.length : formats.length > 0;
  // A format that could not be checked fails the reference as before, unless another verified it.
  if (unchecked !== undefined && !ok) throw unchecked;
  const verified = REGISTRY_FORMATS.flatMap((r) => {
    const part = registry[r.format];
    return part?.ok ? [{ ...r, signedBy: part.signedBy }] : [];
  });
  const registryPinned = verified.length > 0 && served?.digest ? `${ref.registry}/${ref.repository}@${served.digest}` : undefined;
  const base = {
    reference: ref.original,
    tag: ref.tag,
    gun: ref.gun,
    signedDigest: dct?.signedDigest ?? (verified.length > 0 ? served?.digest : undefined),
    registryDigest: dct?.registryDigest ?? served?.digest,
    signers: dct?.signers ?? [],
    pinned: dct?.ok ? dct.pinned : (registryPinned ?? dct?.pinned),
    formats,
    ...Object.fromEntries(verified.map((v) => [v.field, v.signedBy])),
  };
  const others = verified.map((v) => v.format).join(' and ');
  const warnings = unchecked !== undefined ? [`${ref.original}: dct could not be checked (${errorMessage(unchecked)}); ${others} verified it`] : [];
  for (const w of warnings) context.logger.warning(w);
  const failing = [dct, ...REGISTRY_FORMATS.map((r) => registry[r.format])].filter((p) => p !== undefined && !p.ok) as { reason?: VerifyFailure; message: string }[];
  if (!ok) return { ...base, ok, reason: failing[0]!.reason ?? 'unsigned', message: failing.map((f) => f.message).join('; ') };
  const lines = verified.map((v) => v.line(v.signedBy)).join('; ');
  const message = dct?.ok ? [dct.message, ...(lines ? [lines] : [])].join('; ') : `${ref.original} ${lines}: ${base.pinned}`;
  return { ...base, ok, message, ...(warnings.length > 0 ? { warnings } : {}) };
}

export async function verify(options: VerifyOptions): Promise<VerifyResult> {
  const inputs = await verifyInputs(options);
  // Without dct no trust server is contacted, and no trust state or pin from the environment is read or kept.
  const connection = inputs.dct ? options : { ...options, trustState: undefined, trustPin: undefined, requirePin: false, trustStateForget: undefined };
  return openRepositories(connection, inputs.refs, { access: 'read', warnOnFirstUse: inputs.dct }, async (context) => {
    const outcomes = new Map<string, ReadOutcome>();
    if (inputs.dct) {
      await Promise.all(context.repositories.map(async (open) => outcomes.set(open.gun, await readChecked(context, open, inputs, options.now))));
    }
    const results = await Promise.all(inputs.refs.map((ref) => referenceVerdict(context, ref, outcomes.get(ref.gun), inputs)));
    // Verdicts are the result; each entrypoint reports them its own way.
    for (const r of results) if (!r.ok) context.logger.info(r.message);
    // Repositories refused above were not recorded, so their saved state stays as it was.
    return { references: results, ok: results.every((r) => r.ok) };
  });
}
