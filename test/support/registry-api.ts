// Pushes content straight through the registry API (no docker), for images
// docker cannot build here: multi-arch OCI indexes. Open (no-auth) variant.

import { createHash } from 'node:crypto';

const sha256 = (b: Uint8Array) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

export interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly platform?: { readonly architecture: string; readonly os: string };
}

async function check(res: Response, what: string): Promise<Response> {
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  return res;
}

export async function pushBlob(registryUrl: string, repo: string, content: Uint8Array, mediaType: string): Promise<Descriptor> {
  const digest = sha256(content);
  const start = await check(await fetch(`${registryUrl}/v2/${repo}/blobs/uploads/`, { method: 'POST' }), 'start upload');
  const location = new URL(start.headers.get('location')!, registryUrl);
  location.searchParams.set('digest', digest);
  await check(
    await fetch(location, { method: 'PUT', body: content, headers: { 'content-type': 'application/octet-stream' } }),
    'upload blob',
  );
  return { mediaType, digest, size: content.length };
}

export async function pushManifest(registryUrl: string, repo: string, reference: string, manifest: object, mediaType: string) {
  const body = Buffer.from(JSON.stringify(manifest));
  await check(
    await fetch(`${registryUrl}/v2/${repo}/manifests/${reference}`, { method: 'PUT', body, headers: { 'content-type': mediaType } }),
    `put manifest ${reference}`,
  );
  return { mediaType, digest: sha256(body), size: body.length };
}

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

/** Two single-platform OCI images and an OCI index over them, tagged `tag`. */
export async function pushOciIndex(registryUrl: string, repo: string, tag: string): Promise<Descriptor> {
  const platforms = [
    { architecture: 'amd64', os: 'linux' },
    { architecture: 'arm64', os: 'linux' },
  ];
  const manifests: Descriptor[] = [];
  for (const platform of platforms) {
    const layer = await pushBlob(registryUrl, repo, Buffer.from(`layer ${platform.architecture} ${Math.random()}`), 'application/vnd.oci.image.layer.v1.tar');
    const config = await pushBlob(
      registryUrl,
      repo,
      Buffer.from(JSON.stringify({ ...platform, rootfs: { type: 'layers', diff_ids: [layer.digest] }, config: {} })),
      'application/vnd.oci.image.config.v1+json',
    );
    const m = await pushManifest(
      registryUrl,
      repo,
      `${tag}-${platform.architecture}`,
      { schemaVersion: 2, mediaType: OCI_MANIFEST, config, layers: [layer] },
      OCI_MANIFEST,
    );
    manifests.push({ ...m, platform });
  }
  return pushManifest(registryUrl, repo, tag, { schemaVersion: 2, mediaType: OCI_INDEX, manifests }, OCI_INDEX);
}
