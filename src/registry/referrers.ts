// Attaching an artifact (a cosign bundle, a notation signature) to an image
// as an OCI 1.1 referrer, and listing an image's referrers, on registries
// with and without the referrers API. Without it (distribution 2.8), the
// referrer is also listed in the `sha256-<hex>` tag index (the
// distribution-spec's referrers tag schema), as cosign and oras write it.
//
// A tag that several writers change (that index, cosign's `.sig` tag) is
// read, changed and written by updateManifestTag: one writer per tag at a
// time within the process, and against other processes a re-read after each
// write, writing again until our change is there. Another writer's entries
// are never dropped: a change is applied to what the tag holds now.

import { createHash } from 'node:crypto';
import { DctError } from '../errors.ts';
import { NetworkError } from '../http/errors.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { isStringRecord, parseDescriptors, parseJsonObject } from './descriptors.ts';
import { OCI_INDEX } from './media-types.ts';
import type { Descriptor, ManifestContent, OciRegistry, RepositoryLocation } from './oci-registry.ts';

/** A manifest to attach: it names its subject, and its bytes are written as they are. */
export interface ReferrerManifest {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly artifactType: string;
}

export interface AttachResult {
  /** The referrer as the subject's list shows it. */
  readonly descriptor: Descriptor;
  /** Where it is listed: the registry's referrers API, or the tag index as well. */
  readonly listedBy: 'referrers-api' | 'tag-index';
}

export interface TagUpdateOptions {
  /** Writes before giving up with CONFLICT; 5 unless given. */
  readonly attempts?: number;
  /** Where each retry is one warning line. */
  readonly logger?: Logger;
}

/**
 * The new content of a tag, from what it holds now (undefined: none);
 * undefined when it already has our change. May be async, to push the blobs
 * the new content names (a `.sig` manifest's config) before it is written.
 */
export type TagChange = (
  current: ManifestContent | undefined,
) => TagContent | undefined | Promise<TagContent | undefined>;

export interface TagContent {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
}

export const DEFAULT_TAG_ATTEMPTS = 5;

/** The referrers tag schema's tag for a digest: `sha256:abc…` → `sha256-abc…`. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-');
}

// One writer per tag at a time within the process: the tail of each tag's queue.
const tagQueues = new Map<string, Promise<void>>();

async function exclusively<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = tagQueues.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => {
    release = resolve;
  });
  const tail = before.then(() => mine);
  tagQueues.set(key, tail);
  await before;
  try {
    return await work();
  } finally {
    release();
    if (tagQueues.get(key) === tail) tagQueues.delete(key);
  }
}

/**
 * Read-modify-write of a tag: reads it, applies `change`, writes the result,
 * and reads again until `change` finds its work done (returns undefined),
 * at most `attempts` writes. Another process that wrote the tag meanwhile
 * loses nothing: the change is applied to what it wrote.
 */
export async function updateManifestTag(
  registry: OciRegistry,
  location: RepositoryLocation,
  tag: string,
  change: TagChange,
  options: TagUpdateOptions = {},
): Promise<void> {
  const attempts = options.attempts ?? DEFAULT_TAG_ATTEMPTS;
  const logger = options.logger ?? silentLogger;
  const name = `${location.registry}/${location.repository}:${tag}`;
  await exclusively(name, async () => {
    for (let write = 0; ; write++) {
      const next = await change(await registry.manifest(location, tag));
      if (next === undefined) return;
      if (write >= attempts) {
        throw new DctError(
          'CONFLICT',
          `${name}: other writers changed the tag after each of ${attempts} writes, so ours is not in it; run again`,
        );
      }
      if (write > 0) logger.warning(`${name} was changed by another writer; writing it again (${write + 1}/${attempts})`);
      try {
        await registry.putManifest(location, tag, next);
      } catch (err) {
        // The answer was lost; whether the write landed, the next read tells.
        if (!(err instanceof NetworkError && err.outcomeUnknown)) throw err;
      }
    }
  });
}

/**
 * Pushes a referrer manifest by digest and, where the registry did not say
 * it indexed the subject (no OCI-Subject header), lists it in the subject's
 * `sha256-<hex>` tag index too. Its blobs must be pushed first.
 */
export async function attachReferrer(
  registry: OciRegistry,
  location: RepositoryLocation,
  subject: Descriptor,
  manifest: ReferrerManifest,
  options: TagUpdateOptions = {},
): Promise<AttachResult> {
  const digest = `sha256:${createHash('sha256').update(manifest.bytes).digest('hex')}`;
  const put = await registry.putManifest(location, digest, manifest);
  const annotations = parseJsonObject(manifest.bytes)?.annotations;
  const descriptor: Descriptor = {
    mediaType: manifest.mediaType,
    digest: put.digest,
    size: manifest.bytes.length,
    artifactType: manifest.artifactType,
    ...(isStringRecord(annotations) ? { annotations } : {}),
  };
  if (put.subjectIndexed) return { descriptor, listedBy: 'referrers-api' };
  const tag = referrersTag(subject.digest);
  await updateManifestTag(registry, location, tag, (current) => withEntry(current, descriptor, `${location.registry}/${location.repository}:${tag}`), options);
  return { descriptor, listedBy: 'tag-index' };
}

/**
 * An image's referrers: the referrers API's list, else the entries of its
 * `sha256-<hex>` tag index (none when there is no such tag). Not filtered:
 * cosign 3.1 lists its own bundles there as application/vnd.oci.empty.v1+json,
 * so callers read each listed manifest.
 */
export async function listReferrers(registry: OciRegistry, location: RepositoryLocation, digest: string): Promise<readonly Descriptor[]> {
  const tag = referrersTag(digest);
  // Both read at once: a round trip less where the API is missing, one unused read where it is there.
  const index = registry.manifest(location, tag);
  index.catch(() => undefined);
  const api = await registry.referrers(location, digest);
  if (api !== undefined) return api;
  const current = await index;
  if (current === undefined) return [];
  const entries = parseDescriptors(current.bytes, OCI_INDEX);
  if (entries === undefined) throw notAnIndex(current, `${location.registry}/${location.repository}:${tag}`);
  return entries;
}

/** The index with `entry` appended, keeping everything else it holds byte for byte in meaning; undefined when it is listed. */
function withEntry(current: ManifestContent | undefined, entry: Descriptor, name: string): { bytes: Uint8Array; mediaType: string } | undefined {
  let index: Record<string, unknown> = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
  if (current !== undefined) {
    const parsed = parseJsonObject(current.bytes);
    if (parsed === undefined || !Array.isArray(parsed.manifests) || parseDescriptors(current.bytes, OCI_INDEX) === undefined) {
      throw notAnIndex(current, name);
    }
    index = parsed;
  }
  const manifests = index.manifests as unknown[];
  if (manifests.some((m) => typeof m === 'object' && m !== null && (m as { digest?: unknown }).digest === entry.digest)) return undefined;
  const next = { ...index, mediaType: OCI_INDEX, manifests: [...manifests, entry] };
  return { bytes: Buffer.from(JSON.stringify(next)), mediaType: OCI_INDEX };
}

function notAnIndex(current: ManifestContent, name: string): DctError {
  return new DctError(
    'VERIFY',
    `${name} holds a ${current.mediaType} (${current.digest}), not the image index that lists referrers under the ` +
      'referrers tag schema; delete or move that tag so that signatures can be listed there',
  );
}
