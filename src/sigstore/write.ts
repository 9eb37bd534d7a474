// Writes both forms `cosign sign --key` writes, for an image and, for a
// multi-arch index, for each platform manifest too (containers/image checks
// those, as `skopeo copy --all --sign-by-sigstore-private-key` signs them).
// A form that already holds a valid signature by this key for the digest is
// left as it is. The `.sig` tag is appended to, never replacing another
// signer's layers; against other writers it is re-read after each write and
// written again until our layer is in it (registry/referrers.ts
// updateManifestTag, which also lists bundles in the tag index). Every read
// and check runs before the first write.

import { DctError } from '../errors.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { parseDescriptors } from '../registry/descriptors.ts';
import { DOCKER_MANIFEST_LIST, OCI_INDEX, OCI_MANIFEST } from '../registry/media-types.ts';
import type { Descriptor, OciRegistry, RepositoryLocation } from '../registry/oci-registry.ts';
import { parseReference } from '../registry/reference.ts';
import { attachReferrer, updateManifestTag } from '../registry/referrers.ts';
import { VERSION } from '../version.ts';
import { bundleReferrerManifest, encodeBundle } from './bundle.ts';
import { checkBundle, checkSimpleSigning, type Expectation, type VerifierKey } from './checks.ts';
import {
  BUNDLE_MEDIA_TYPE,
  IN_TOTO_PAYLOAD_TYPE,
  MAX_WRITE_ATTEMPTS,
  OCI_EMPTY_BYTES,
  SIGNATURE_ANNOTATION,
} from './constants.ts';
import { cosignStatement, pae } from './dsse.ts';
import { nameOf, readBundles, readPayloads, readSigLayers } from './read.ts';
import { parseSigManifest, sigConfig, sigManifest, sigTagOf, signatureLayer } from './sig-manifest.ts';
import { cosignSign, publicKeyHint, publicKeyObject } from './signer.ts';
import { decodeSimpleSigning, encodeSimpleSigning } from './simple-signing.ts';
import {
  COSIGN_FORMS,
  type CosignForm,
  type CosignSigner,
  type CosignTarget,
  type CosignWriteOptions,
  type CosignWriteOutcome,
  type PreparedCosignWrite,
} from './types.ts';

interface Context {
  readonly registry: OciRegistry;
  readonly location: RepositoryLocation;
  readonly tag: string | undefined;
  readonly signer: CosignSigner;
  readonly self: readonly VerifierKey[];
  readonly now: Date;
  readonly logger: Logger;
}

/** The platform manifests an index lists (nested indexes are not followed). */
async function platformManifests(ctx: Context, index: Descriptor): Promise<Descriptor[]> {
  const content = await ctx.registry.manifest(ctx.location, index.digest);
  if (content === undefined) {
    throw new DctError('NOT_FOUND', `${ctx.location.registry}/${ctx.location.repository}@${index.digest} is no longer in the registry`);
  }
  const entries = parseDescriptors(content.bytes, index.mediaType);
  if (entries === undefined || content.digest !== index.digest) {
    throw new DctError('VERIFY', `${ctx.location.registry}/${ctx.location.repository}@${index.digest} is not the image index the registry named`);
  }
  return entries.filter((d) => d.mediaType !== OCI_INDEX && d.mediaType !== DOCKER_MANIFEST_LIST);
}

/** The `.sig` identity: `registry/repo:tag` as skopeo writes it, or the repository alone for a digest. */
function identityOf(ctx: Context): string {
  const repo = `${ctx.location.registry}/${ctx.location.repository}`;
  return ctx.tag === undefined ? repo : `${repo}:${ctx.tag}`;
}

/** Whether a layer is our key's valid signature for the digest with exactly our identity. */
function isOurs(ctx: Context, expect: Expectation, payload: Uint8Array, layer: Descriptor): boolean {
  if (!checkSimpleSigning(payload, layer.annotations?.[SIGNATURE_ANNOTATION], ctx.self, expect).ok) return false;
  const named = parseReference(decodeSimpleSigning(payload).identity, 'docker-reference');
  const ours = parseReference(identityOf(ctx), 'docker-reference');
  return named.gun === ours.gun && named.tag === ours.tag;
}

/** A form's state for one digest, read before anything is written: done, or to be written. */
type Plan = { readonly form: CosignForm; readonly subject: Descriptor } | 'already';

async function planSig(ctx: Context, subject: Descriptor): Promise<Plan> {
  const expect: Expectation = { digest: subject.digest, location: ctx.location, tag: ctx.tag };
  const layers = await readSigLayers(ctx.registry, ctx.location, subject.digest);
  for (const read of await readPayloads(ctx.registry, ctx.location, layers)) {
    if ('bytes' in read && isOurs(ctx, expect, read.bytes, read.layer)) return 'already';
  }
  return { form: 'sig', subject };
}

async function planBundle(ctx: Context, subject: Descriptor): Promise<Plan> {
  const expect: Expectation = { digest: subject.digest, location: ctx.location, tag: undefined };
  for (const read of await readBundles(ctx.registry, ctx.location, subject.digest)) {
    if ('bytes' in read && checkBundle(read.bytes, ctx.self, expect).ok) return 'already';
  }
  return { form: 'bundle', subject };
}

async function appendSig(ctx: Context, subject: Descriptor): Promise<void> {
  const tag = sigTagOf(subject.digest);
  const payload = encodeSimpleSigning(
    { identity: identityOf(ctx), digest: subject.digest },
    { creator: `dct-sign ${VERSION}`, timestamp: Math.floor(ctx.now.getTime() / 1000) },
  );
  const layer = signatureLayer(payload, await cosignSign(ctx.signer, payload));
  const mine = layer.annotations?.[SIGNATURE_ANNOTATION];
  await ctx.registry.pushBlob(ctx.location, payload);
  // Applied to what the tag holds at each read, so another signer's layers
  // (written before or between our writes) stay; matched by signature too,
  // as another signer's payload for the same tag and second has our digest.
  await updateManifestTag(
    ctx.registry,
    ctx.location,
    tag,
    async (current) => {
      const layers = current === undefined ? [] : parseSigManifest(current.bytes, tag, nameOf(ctx.location, tag));
      if (layers.some((l) => l.digest === layer.digest && l.annotations?.[SIGNATURE_ANNOTATION] === mine)) return undefined;
      const all = [...layers, layer];
      const config = sigConfig(all);
      await ctx.registry.pushBlob(ctx.location, config);
      return { bytes: sigManifest(config, all), mediaType: OCI_MANIFEST };
    },
    { attempts: MAX_WRITE_ATTEMPTS, logger: ctx.logger },
  );
}

async function attachBundle(ctx: Context, subject: Descriptor): Promise<void> {
  const statement = cosignStatement(subject.digest);
  const signature = await cosignSign(ctx.signer, pae(IN_TOTO_PAYLOAD_TYPE, statement));
  const bundle = encodeBundle(
    { payload: statement, payloadType: IN_TOTO_PAYLOAD_TYPE, signatures: [signature] },
    publicKeyHint(ctx.signer.publicKeyPem),
  );
  await Promise.all([ctx.registry.pushBlob(ctx.location, bundle), ctx.registry.pushBlob(ctx.location, OCI_EMPTY_BYTES)]);
  await attachReferrer(
    ctx.registry,
    ctx.location,
    subject,
    { bytes: bundleReferrerManifest(bundle, subject, ctx.now), mediaType: OCI_MANIFEST, artifactType: BUNDLE_MEDIA_TYPE },
    { logger: ctx.logger },
  );
}

/**
 * Every read and check of a write, done now; the writes wait for write().
 * sign prepares every tag before the trust server publishes, so that a tag
 * holding something else stops the run before anything is written in any
 * format.
 */
export async function prepareCosignSignatures(
  target: CosignTarget,
  signer: CosignSigner,
  options: CosignWriteOptions = {},
): Promise<PreparedCosignWrite> {
  const ctx: Context = {
    registry: target.registry,
    location: target.location,
    tag: target.tag,
    signer,
    self: [{ source: 'the signing key', key: publicKeyObject(signer.publicKeyPem) }],
    now: options.now?.() ?? new Date(),
    logger: options.logger ?? silentLogger,
  };
  const top: Descriptor = { mediaType: target.manifest.mediaType, digest: target.manifest.digest, size: target.manifest.size };
  const isIndex = top.mediaType === OCI_INDEX || top.mediaType === DOCKER_MANIFEST_LIST;
  const subjects = [top, ...(isIndex ? await platformManifests(ctx, top) : [])];
  // Every read and check first, so that a tag holding something else
  // stops the run before anything is written in either form.
  const plans = await Promise.all(subjects.flatMap((s) => [planSig(ctx, s), planBundle(ctx, s)]));
  const todo = plans.filter((p): p is Exclude<Plan, 'already'> => p !== 'already');
  return {
    write: async () => {
      for (const p of todo) ctx.logger.debug(`${ctx.location.registry}/${ctx.location.repository}@${p.subject.digest}: writing the cosign ${p.form} form`);
      await Promise.all(todo.map((p) => (p.form === 'sig' ? appendSig(ctx, p.subject) : attachBundle(ctx, p.subject))));
      const written = COSIGN_FORMS.filter((form) => todo.some((p) => p.form === form));
      return { written, already: COSIGN_FORMS.filter((form) => !written.includes(form)) };
    },
  };
}

export async function writeCosignSignatures(
  target: CosignTarget,
  signer: CosignSigner,
  options: CosignWriteOptions = {},
): Promise<CosignWriteOutcome> {
  return (await prepareCosignSignatures(target, signer, options)).write();
}
