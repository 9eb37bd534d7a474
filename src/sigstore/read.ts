// Reading what the registry holds for a digest in each form, bounded so a
// hostile registry cannot make us read without end: at most MAX_SIGNATURES
// `.sig` layers and MAX_REFERRERS referrers, each blob size-capped. Every
// signature comes back with its bytes or the reason it could not be read.

import { DctError } from '../errors.ts';
import type { Descriptor, OciRegistry, RepositoryLocation } from '../registry/oci-registry.ts';
import { listReferrers } from '../registry/referrers.ts';
import { parseBundleReferrer } from './bundle.ts';
import { MAX_BUNDLE_BYTES, MAX_PAYLOAD_BYTES, MAX_REFERRERS, MAX_SIGNATURES } from './constants.ts';
import { parseSigManifest, sigTagOf } from './sig-manifest.ts';

/** One signature as read: its bytes, or why they could not be had. */
export type ReadSignature =
  | { readonly label: string; readonly layer: Descriptor; readonly bytes: Uint8Array }
  | { readonly label: string; readonly problem: string };

export function nameOf(location: RepositoryLocation, tag: string): string {
  return `${location.registry}/${location.repository}:${tag}`;
}

/** The layers of the digest's `.sig` manifest; [] when there is none. Throws when the tag holds something else. */
export async function readSigLayers(registry: OciRegistry, location: RepositoryLocation, digest: string): Promise<Descriptor[]> {
  const tag = sigTagOf(digest);
  const current = await registry.manifest(location, tag);
  if (current === undefined) return [];
  return parseSigManifest(current.bytes, tag, nameOf(location, tag));
}

async function readBlob(
  registry: OciRegistry,
  location: RepositoryLocation,
  layer: Descriptor,
  max: number,
  label: string,
): Promise<ReadSignature> {
  if (layer.size > max) return { label, problem: `it is ${layer.size} bytes, more than the ${max} a signature may have` };
  try {
    return { label, layer, bytes: await registry.blob(location, layer.digest, max) };
  } catch (err) {
    if (err instanceof DctError && err.code === 'NOT_FOUND') return { label, problem: `the registry has no blob ${layer.digest}` };
    throw err;
  }
}

/** Each `.sig` layer's payload (the first MAX_SIGNATURES). */
export function readPayloads(registry: OciRegistry, location: RepositoryLocation, layers: readonly Descriptor[]): Promise<ReadSignature[]> {
  return Promise.all(
    layers
      .slice(0, MAX_SIGNATURES)
      .map((layer, i) => readBlob(registry, location, layer, MAX_PAYLOAD_BYTES, `the .sig signature ${i + 1}`)),
  );
}

/**
 * The bundles among the digest's referrers. Every listed manifest is read,
 * whatever artifactType the list gives it; those that carry no cosign
 * signing bundle (notation signatures, attestations) are left out, and a
 * bundle whose manifest names another subject is reported, not trusted.
 */
export async function readBundles(registry: OciRegistry, location: RepositoryLocation, digest: string): Promise<ReadSignature[]> {
  const listed = (await listReferrers(registry, location, digest)).slice(0, MAX_REFERRERS);
  const found = await Promise.all(
    listed.map(async (entry): Promise<ReadSignature | undefined> => {
      const label = `the bundle ${entry.digest.slice(0, 19)}…`;
      const manifest = await registry.manifest(location, entry.digest);
      if (manifest === undefined) return undefined;
      if (manifest.digest !== entry.digest) return { label, problem: `the registry served ${manifest.digest} for it` };
      const referrer = parseBundleReferrer(manifest.bytes);
      if (referrer === undefined) return undefined;
      if (referrer.subject !== digest) {
        return { label, problem: `its manifest's subject is ${referrer.subject ?? 'missing'}, not ${digest}` };
      }
      return readBlob(registry, location, referrer.layer, MAX_BUNDLE_BYTES, label);
    }),
  );
  return found.filter((r): r is ReadSignature => r !== undefined);
}
