// Our RegistryClient on the stack's registries, for the stack tests that
// push their own images and read what the formats wrote: a client as a given
// user, a fresh repository, and a small OCI image of its own pushed through
// the registry API (no docker).

import { HttpTransport } from '../../src/http/transport.ts';
import { RegistryAuth, type RegistryCredentials } from '../../src/registry/auth.ts';
import { OCI_MANIFEST } from '../../src/registry/media-types.ts';
import type { Descriptor, ImageTarget, OciRegistry, RepositoryLocation } from '../../src/registry/oci-registry.ts';
import { RegistryClient } from '../../src/registry/registry-client.ts';
import { uniqueRepository } from './peers.ts';
import type { StackVariant } from './stack.ts';

/** A registry client as a given user (anonymous without one), and its transport to close. */
export function registryClient(credentials?: RegistryCredentials): { registry: RegistryClient; transport: HttpTransport } {
  const transport = new HttpTransport({ retry: { attempts: 1 } });
  const auth = new RegistryAuth({ transport, ...(credentials ? { credentials } : {}) });
  return { registry: new RegistryClient({ auth }), transport };
}

/** A repository of its own on the variant's registry. */
export function repositoryIn(variant: StackVariant, prefix: string): RepositoryLocation {
  return { registry: variant.registryHost, repository: uniqueRepository(variant, prefix).path };
}

/** A small OCI image with content of its own (so a digest of its own) under `tag`. */
export async function pushTestImage(registry: OciRegistry, at: RepositoryLocation, tag: string): Promise<Descriptor> {
  const layer = await registry.pushBlob(at, Buffer.from(`layer ${tag} ${Math.random()}`));
  const config = await registry.pushBlob(at, Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}'));
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer }],
    }),
  );
  const { digest } = await registry.putManifest(at, tag, { bytes, mediaType: OCI_MANIFEST });
  return { mediaType: OCI_MANIFEST, digest, size: bytes.length };
}

/** pushTestImage's image as the formats sign and check it. */
export async function pushTestTarget(registry: OciRegistry, at: RepositoryLocation, tag: string): Promise<ImageTarget> {
  const { digest, size, mediaType } = await pushTestImage(registry, at, tag);
  return { registry, location: at, tag, manifest: { digest, size, mediaType } };
}
