// The migrate operation: carry tags signed with DCT over to cosign. It reads
// and verifies each repository's trust data as verify does (pins, trust
// state), and for every signed tag (or the tags given) whose registry digest
// is still the one DCT signed, writes both cosign forms for that digest and
// tag. A tag the registry now serves differently is refused: signing it
// would vouch for content nobody signed. A tag that already holds valid
// cosign signatures in both forms by the same key is left as it is.
//
// Everything is read and decided before the first write, and the push
// rights are checked then too, so that a refused identity writes nothing.

import { DctError, errorMessage, InputError, PartiallyPublishedError } from '../errors.ts';
import type { LoadedPrivateKey } from '../keys/index.ts';
import type { ImageReference, TaggedReference } from '../registry/reference.ts';
import type { ManifestDescriptor } from '../registry/registry-client.ts';
import type { CosignForm } from '../sigstore/types.ts';
import { getTargetByName, isReleasedRole, listTargets, RELEASED_ROLES, targetSha256 } from '../trust/target-walk.ts';
import { TARGETS } from '../tuf/role.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import type { ConnectionOptions } from './connections.ts';
import type { CosignFormat, Format } from './formats.ts';
import { openRepositories, type OpenRepository, type RepositoryContext } from './repository-context.ts';
import { checkPushRights, cosignPlanOf, type CosignPlan } from './sign-cosign.ts';

export interface MigrateOptions extends ConnectionOptions {
  /** `tags`: repositories (every signed tag) or `registry/repository:tag` references (that tag). */
  readonly references: readonly ImageReference[];
  /** The formats to migrate to (`formats`): cosign; dct, the source, may be listed too. */
  readonly formats?: readonly Format[] | undefined;
  /** The key that makes the cosign signatures: cosign-key when given, else the signer key. */
  readonly signerKey?: LoadedPrivateKey | undefined;
  readonly cosignKey?: LoadedPrivateKey | undefined;
  /** Say what would be done, writing nothing (`dry-run`). */
  readonly dryRun?: boolean | undefined;
  /** The time expiry is checked against (default: now). */
  readonly now?: Date;
  /** The cosign format; src/sigstore's unless given (tests). */
  readonly cosign?: CosignFormat | undefined;
}

/**
 * migrated: cosign signatures were written (with dry-run: would be);
 * already: both cosign forms by this key held the signed digest, so nothing
 * was written; refused: the registry serves another digest than DCT signed,
 * or none; unsigned: DCT signs no such tag.
 */
export const MIGRATE_STATUSES = ['migrated', 'already', 'refused', 'unsigned'] as const;
export type MigrateStatus = (typeof MIGRATE_STATUSES)[number];

export interface MigratedTag {
  /** `registry/repository:tag`. */
  readonly reference: string;
  readonly gun: string;
  readonly tag: string;
  /** The digest DCT signs for the tag, when it signs one. */
  readonly digest: string | undefined;
  /** The digest the registry serves for the tag now, when it serves one. */
  readonly registryDigest: string | undefined;
  readonly status: MigrateStatus;
  readonly message: string;
  /** The cosign forms written (with dry-run: that would be). */
  readonly written: readonly CosignForm[];
}

export interface MigrateResult {
  /** Per repository in the order given, each repository's tags in name order (given tags in the order given). */
  readonly tags: readonly MigratedTag[];
  readonly dryRun: boolean;
  /** The ID of the key that made (or would make) the cosign signatures. */
  readonly keyId: string;
  /** False when a tag was refused: the run fails. */
  readonly ok: boolean;
}

/** A tag that can be migrated: DCT signs the digest the registry serves. */
interface Candidate {
  readonly ref: TaggedReference;
  readonly manifest: ManifestDescriptor;
}

interface MigrateInputs {
  readonly refs: readonly ImageReference[];
  readonly cosign: CosignPlan;
  readonly dryRun: boolean;
}

export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const inputs = await migrateInputs(options);
  return openRepositories(options, inputs.refs, { access: 'read', warnOnFirstUse: true }, async (context) => {
    const decided = (await Promise.all(context.repositories.map((open) => decideRepository(context, open, options.now)))).flat();
    const candidates = decided.flatMap((d) => ('candidate' in d ? [d.candidate] : []));
    if (!inputs.dryRun && candidates.length > 0) await checkPushRights(context, candidates.map((c) => c.ref));
    const done = inputs.dryRun ? await checkAll(context, inputs.cosign, candidates) : await writeAll(context, inputs.cosign, candidates);
    const tags = decided.map((d) => ('candidate' in d ? done.get(d.candidate.ref.original)! : d.tag));
    return { tags, dryRun: inputs.dryRun, keyId: inputs.cosign.signer.key.signer.keyId, ok: tags.every((t) => t.status !== 'refused') };
  });
}

async function migrateInputs(options: MigrateOptions): Promise<MigrateInputs> {
  // dct is what the tags are migrated from: listed or not, the formats to write are the others.
  const targets = (options.formats ?? ['cosign']).filter((f) => f !== 'dct');
  if (targets.length === 0) {
    throw new InputError('formats', 'migrate writes cosign signatures for tags signed with DCT; give formats cosign');
  }
  if (!options.signerKey && !options.cosignKey) {
    throw new InputError('signer-key', 'no key to make the cosign signatures with; give signer-key (the DCT signer key) or cosign-key');
  }
  const cosign = await cosignPlanOf(options.cosign, options.signerKey, options.cosignKey);
  return { refs: options.references, cosign, dryRun: options.dryRun ?? false };
}

/** A tag's outcome decided from the trust data and the registry alone, or a candidate to write for. */
type Decision = { readonly tag: MigratedTag } | { readonly candidate: Candidate };

// The trust data is read and verified as verify reads it; a repository it cannot vouch for migrates nothing.
async function decideRepository(context: RepositoryContext, open: OpenRepository, now: Date | undefined): Promise<Decision[]> {
  const { repo } = await context.readTree(open, { now });
  if (!repo) throw new DctError('NO_TRUST_DATA', `${open.gun} has no trust data at ${open.trustServer}: no tag of it is signed with DCT, so there is nothing to migrate`);
  const tags = tagsOf(open.refs, repo);
  context.logger.info(`${open.gun}: ${tags.length === 1 ? '1 tag' : `${tags.length} tags`} to look at`);
  return Promise.all(tags.map((tag) => decideTag(context, open, repo, tag)));
}

/** The tags given, else every tag the trust data releases, in name order; each once. */
function tagsOf(refs: readonly ImageReference[], repo: TrustedRepository): string[] {
  if (refs.some((r) => r.tag === undefined)) {
    const released = listTargets(repo, [TARGETS]).map((t) => t.name).filter((name) => isReleasedRole(getTargetByName(repo, name, RELEASED_ROLES)?.role ?? ''));
    return [...new Set(released)].sort();
  }
  return [...new Set(refs.map((r) => r.tag!))];
}

async function decideTag(context: RepositoryContext, open: OpenRepository, repo: TrustedRepository, tag: string): Promise<Decision> {
  const first = open.refs[0]!;
  const ref: TaggedReference = { ...first, tag, digest: undefined, original: `${open.gun}:${tag}` };
  const base = { reference: ref.original, gun: open.gun, tag, written: [] };
  const found = getTargetByName(repo, tag, RELEASED_ROLES);
  const sha256 = found && isReleasedRole(found.role) ? targetSha256(found.meta) : '';
  if (sha256 === '') {
    const message = `${ref.original}: not signed with DCT in ${open.gun}, so there is nothing to migrate`;
    return { tag: { ...base, digest: undefined, registryDigest: undefined, status: 'unsigned', message } };
  }
  const digest = `sha256:${sha256}`;
  const manifest = await served(context, ref);
  if (manifest?.digest !== digest) {
    const now = manifest ? `the registry serves ${manifest.digest}` : 'the registry no longer serves it';
    const message = `${ref.original}: ${now}, but DCT signed ${digest}; it is not migrated (sign it again to give it cosign signatures)`;
    return { tag: { ...base, digest, registryDigest: manifest?.digest, status: 'refused', message } };
  }
  return { candidate: { ref, manifest } };
}

async function served(context: RepositoryContext, ref: TaggedReference): Promise<ManifestDescriptor | undefined> {
  try {
    return await context.resolve(ref);
  } catch (err) {
    if (err instanceof DctError && err.code === 'NOT_FOUND') return undefined;
    throw err;
  }
}

function candidateTag(c: Candidate, status: 'migrated' | 'already', written: readonly CosignForm[], message: string): MigratedTag {
  const { ref, manifest } = c;
  return { reference: ref.original, gun: ref.gun, tag: ref.tag, digest: manifest.digest, registryDigest: manifest.digest, status, message, written };
}

// The dry run reads what cosign signatures the key already made, and writes nothing.
async function checkAll(context: RepositoryContext, plan: CosignPlan, candidates: readonly Candidate[]): Promise<Map<string, MigratedTag>> {
  const key = { source: 'the migrating key', pem: plan.signer.publicKeyPem };
  const entries = await Promise.all(
    candidates.map(async (c): Promise<[string, MigratedTag]> => {
      const registry = await context.oci(c.ref);
      const target = { registry, location: { registry: c.ref.registry, repository: c.ref.repository }, tag: c.ref.tag, manifest: c.manifest };
      const verdict = await plan.format.verify(target, [key], { logger: context.logger });
      const have = verdict.ok ? verdict.forms : [];
      const missing = (['sig', 'bundle'] as const).filter((f) => !have.includes(f));
      if (missing.length === 0) return [c.ref.original, candidateTag(c, 'already', [], `${c.ref.original}: already has cosign signatures by this key in both forms`)];
      return [c.ref.original, candidateTag(c, 'migrated', missing, `${c.ref.original}: would write the cosign ${missing.join(' and ')} for ${c.manifest.digest}`)];
    }),
  );
  return new Map(entries);
}

// Every tag's writes run at once; when some fail, the error names the tags migrated before it.
async function writeAll(context: RepositoryContext, plan: CosignPlan, candidates: readonly Candidate[]): Promise<Map<string, MigratedTag>> {
  const settled = await Promise.allSettled(
    candidates.map(async (c): Promise<MigratedTag> => {
      const registry = await context.oci(c.ref);
      const target = { registry, location: { registry: c.ref.registry, repository: c.ref.repository }, tag: c.ref.tag, manifest: c.manifest };
      const outcome = await plan.format.write(target, plan.signer, { logger: context.logger });
      if (outcome.written.length === 0) return candidateTag(c, 'already', [], `${c.ref.original}: already had cosign signatures by this key in both forms`);
      return candidateTag(c, 'migrated', outcome.written, `${c.ref.original}: wrote the cosign ${outcome.written.join(' and ')} for ${c.manifest.digest}`);
    }),
  );
  const failed = settled.flatMap((s, i) => (s.status === 'rejected' ? [{ ref: candidates[i]!.ref, error: s.reason as unknown }] : []));
  const tags = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (failed.length > 0) throw migrationFailure(failed, tags);
  return new Map(tags.map((t) => [t.reference, t]));
}

function migrationFailure(failed: readonly { ref: TaggedReference; error: unknown }[], done: readonly MigratedTag[]): DctError {
  const first = failed[0]!;
  const code = first.error instanceof DctError ? first.error.code : 'HTTP';
  const names = failed.map((f) => f.ref.original).join(', ');
  const message = `the cosign signatures of ${names} could not be written: ${errorMessage(first.error)}`;
  const migrated = done.filter((t) => t.status === 'migrated').map((t) => t.reference);
  if (migrated.length === 0) return new DctError(code, message, { cause: first.error });
  return new PartiallyPublishedError(code, `${message} (already migrated: ${migrated.join(', ')}; rerunning is safe)`, migrated, { cause: first.error });
}
