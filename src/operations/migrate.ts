// The migrate operation: carry tags signed with DCT over to cosign and
// notation. It reads and verifies each repository's trust data as verify
// does (pins, trust state), and for every signed tag (or the tags given)
// whose registry digest is still the one DCT signed, writes each format
// asked for (cosign: both forms; notation: its signature) for that digest
// and tag. A tag the registry now serves differently is refused: signing it
// would vouch for content nobody signed. A tag that already holds valid
// signatures in every format by the same key is left as it is. Each format
// is one entry of the migrators table.
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
import type { CosignFormat, Format, NotationFormat, RegistryFormat } from './formats.ts';
import type { RegistryTarget } from './registry-writes.ts';
import { openRepositories, type OpenRepository, type RepositoryContext } from './repository-context.ts';
import { checkPushRights, cosignPlanOf } from './sign-cosign.ts';
import { notationPlanOf } from './sign-notation.ts';

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
  /** notation: the key (`notation-key`, else the signer key) and its chain (`notation-certificate`). */
  readonly notationKey?: LoadedPrivateKey | undefined;
  readonly notationCertificate?: string | undefined;
  /** The notation format; src/notation's unless given (tests). */
  readonly notation?: NotationFormat | undefined;
}

/** What a tag gets written: cosign's forms, and notation's signature. */
export type MigratedForm = CosignForm | 'notation';

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
  /** The cosign forms and notation signature written (with dry-run: that would be). */
  readonly written: readonly MigratedForm[];
}

export interface MigrateResult {
  /** Per repository in the order given, each repository's tags in name order (given tags in the order given). */
  readonly tags: readonly MigratedTag[];
  readonly dryRun: boolean;
  /** The ID of the key that made (or would make) the signatures of the first format. */
  readonly keyId: string;
  /** The formats migrated to. */
  readonly formats: readonly RegistryFormat[];
  /** False when a tag was refused: the run fails. */
  readonly ok: boolean;
}

/** A tag that can be migrated: DCT signs the digest the registry serves. */
interface Candidate {
  readonly ref: TaggedReference;
  readonly manifest: ManifestDescriptor;
}

/** One format migrate writes: what a tag lacks of it (read only), and writing it; each returns the forms. */
interface Migrator {
  readonly format: RegistryFormat;
  readonly keyId: string;
  missing(target: RegistryTarget, context: RepositoryContext): Promise<MigratedForm[]>;
  write(target: RegistryTarget, context: RepositoryContext): Promise<MigratedForm[]>;
}

interface MigrateInputs {
  readonly refs: readonly ImageReference[];
  readonly migrators: readonly Migrator[];
  readonly dryRun: boolean;
}

export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const inputs = await migrateInputs(options);
  return openRepositories(options, inputs.refs, { access: 'read', warnOnFirstUse: true }, async (context) => {
    const decided = (await Promise.all(context.repositories.map((open) => decideRepository(context, open, options.now)))).flat();
    const candidates = decided.flatMap((d) => ('candidate' in d ? [d.candidate] : []));
    if (!inputs.dryRun && candidates.length > 0) await checkPushRights(context, candidates.map((c) => c.ref));
    const done = await eachCandidate(context, inputs, candidates);
    const tags = decided.map((d) => ('candidate' in d ? done.get(d.candidate.ref.original)! : d.tag));
    const formats = inputs.migrators.map((m) => m.format);
    return { tags, dryRun: inputs.dryRun, keyId: inputs.migrators[0]!.keyId, formats, ok: tags.every((t) => t.status !== 'refused') };
  });
}

async function migrateInputs(options: MigrateOptions): Promise<MigrateInputs> {
  // dct is what the tags are migrated from: listed or not, the formats to write are the others.
  const targets = (options.formats ?? ['cosign']).filter((f): f is RegistryFormat => f !== 'dct');
  if (targets.length === 0) {
    throw new InputError('formats', 'migrate writes cosign or notation signatures for tags signed with DCT; give formats cosign, notation or both');
  }
  const migrators = await Promise.all(targets.map((format) => MIGRATORS[format](options)));
  return { refs: options.references, migrators, dryRun: options.dryRun ?? false };
}

const COSIGN_FORMS = ['sig', 'bundle'] as const;

// Each format's key and checks come first: a key or certificate it does not take fails before any request.
const MIGRATORS: Readonly<Record<RegistryFormat, (options: MigrateOptions) => Promise<Migrator>>> = {
  cosign: async (options) => {
    if (!options.signerKey && !options.cosignKey) {
      throw new InputError('signer-key', 'no key to make the cosign signatures with; give signer-key (the DCT signer key) or cosign-key');
    }
    const plan = await cosignPlanOf(options.cosign, options.signerKey, options.cosignKey);
    const key = { source: 'the migrating key', pem: plan.signer.publicKeyPem };
    return {
      format: 'cosign',
      keyId: plan.signer.key.signer.keyId,
      missing: async (target, context) => {
        const verdict = await plan.format.verify(target, [key], { logger: context.logger });
        const have = verdict.ok ? verdict.forms : [];
        return COSIGN_FORMS.filter((f) => !have.includes(f));
      },
      write: async (target, context) => [...(await plan.format.write(target, plan.signer, { logger: context.logger })).written],
    };
  },
  notation: async (options) => {
    const keys = { signerKey: options.signerKey, notationKey: options.notationKey, certificate: options.notationCertificate };
    const plan = await notationPlanOf(options.notation, keys, options.logger);
    return {
      format: 'notation',
      keyId: plan.signer.key.keyId,
      missing: async (target) => ((await plan.format.existing(target, plan.signer)) === undefined ? ['notation'] : []),
      write: async (target, context) => ((await plan.format.write(target, plan.signer, { logger: context.logger })).written ? ['notation'] : []),
    };
  },
};

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

function candidateTag(c: Candidate, status: 'migrated' | 'already', written: readonly MigratedForm[], message: string): MigratedTag {
  const { ref, manifest } = c;
  return { reference: ref.original, gun: ref.gun, tag: ref.tag, digest: manifest.digest, registryDigest: manifest.digest, status, message, written };
}

/** How the forms read in messages: the cosign .sig and bundle, the notation signature. */
function describeForms(forms: readonly MigratedForm[]): string {
  const cosign = forms.filter((f) => f !== 'notation');
  return [...(cosign.length > 0 ? [`the cosign ${cosign.join(' and ')}`] : []), ...(forms.includes('notation') ? ['the notation signature'] : [])].join(' and ');
}

// Each tag, every format at once: the dry run reads what the keys already signed and writes nothing; when writes fail, the error names the tags migrated before it.
async function eachCandidate(context: RepositoryContext, inputs: MigrateInputs, candidates: readonly Candidate[]): Promise<Map<string, MigratedTag>> {
  const settled = await Promise.allSettled(
    candidates.map(async (c): Promise<MigratedTag> => {
      const registry = await context.oci(c.ref);
      const target = { registry, location: { registry: c.ref.registry, repository: c.ref.repository }, tag: c.ref.tag, manifest: c.manifest };
      const forms = (await Promise.all(inputs.migrators.map((m) => (inputs.dryRun ? m.missing(target, context) : m.write(target, context))))).flat();
      const every = inputs.migrators.map((m) => m.format).join(' and ');
      if (forms.length === 0) return candidateTag(c, 'already', [], `${c.ref.original}: already ${inputs.dryRun ? 'has' : 'had'} ${every} signatures by this key`);
      const verb = inputs.dryRun ? 'would write' : 'wrote';
      return candidateTag(c, 'migrated', forms, `${c.ref.original}: ${verb} ${describeForms(forms)} for ${c.manifest.digest}`);
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
  const message = `the signatures of ${names} could not be written: ${errorMessage(first.error)}`;
  const migrated = done.filter((t) => t.status === 'migrated').map((t) => t.reference);
  if (migrated.length === 0) return new DctError(code, message, { cause: first.error });
  return new PartiallyPublishedError(code, `${message} (already migrated: ${migrated.join(', ')}; rerunning is safe)`, migrated, { cause: first.error });
}
