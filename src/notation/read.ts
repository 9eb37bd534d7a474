// Reading the notation signatures listed for a digest (referrers API, or
// the sha256-<hex> tag index that cosign bundles share), bounded so that a
// hostile registry cannot make us read without end. Every listed manifest
// is read unless the list calls it a Sigstore artifact (cosign 3.1 lists
// its bundles as application/vnd.oci.empty.v1+json, so the list's word is
// not enough to skip one); those that are not notation signatures are left
// out.

import { DctError } from '../errors.ts';
import type { OciRegistry, RepositoryLocation } from '../registry/oci-registry.ts';
import { listReferrers } from '../registry/referrers.ts';
import { MAX_ENVELOPE_BYTES, MAX_REFERRERS, MAX_SIGNATURES, NOTATION_ARTIFACT_TYPE } from './constants.ts';
import { readSignatureManifest } from './manifest.ts';

/** One notation signature as read: its envelope, or why it could not be had. */
export type ReadSignature =
  | { readonly manifest: string; readonly envelope: Uint8Array }
  | { readonly manifest: string; readonly problem: string };

/** Entries whose artifactType says they are something else entirely are not fetched. */
function mayBeNotation(artifactType: string | undefined): boolean {
  return artifactType === undefined || artifactType === NOTATION_ARTIFACT_TYPE || !artifactType.startsWith('application/vnd.dev.sigstore.');
}

export async function readNotationSignatures(registry: OciRegistry, location: RepositoryLocation, digest: string): Promise<ReadSignature[]> {
  const listed = (await listReferrers(registry, location, digest)).slice(0, MAX_REFERRERS).filter((d) => mayBeNotation(d.artifactType));
  const read = await Promise.all(
    listed.map(async (d): Promise<ReadSignature | undefined> => {
      const manifest = await registry.manifest(location, d.digest);
      if (manifest === undefined) return undefined;
      const sig = readSignatureManifest(manifest.bytes);
      if (sig.kind === 'other') return undefined;
      if (sig.kind === 'unreadable') return { manifest: d.digest, problem: sig.problem };
      if (sig.subject !== digest) {
        return { manifest: d.digest, problem: `its manifest names the subject ${sig.subject ?? '(none)'}, not ${digest}` };
      }
      if (sig.envelope.size > MAX_ENVELOPE_BYTES) {
        return { manifest: d.digest, problem: `its envelope is ${sig.envelope.size} bytes, more than the ${MAX_ENVELOPE_BYTES} read` };
      }
      try {
        return { manifest: d.digest, envelope: await registry.blob(location, sig.envelope.digest, MAX_ENVELOPE_BYTES) };
      } catch (err) {
        if (err instanceof DctError && err.code === 'NOT_FOUND') return { manifest: d.digest, problem: `the registry has no blob ${sig.envelope.digest}` };
        throw err;
      }
    }),
  );
  return read.filter((r): r is ReadSignature => r !== undefined).slice(0, MAX_SIGNATURES);
}
