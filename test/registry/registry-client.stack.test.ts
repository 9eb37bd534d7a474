// RegistryClient's write side and the referrers helpers against the real
// docker-registry (distribution 2.8: no referrers API, so the tag index is
// used), and push rights on the token stack, where the token server grants
// the reader pull only.

import { createHash } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { HttpError } from '../../src/errors.ts';
import type { HttpTransport } from '../../src/http/transport.ts';
import type { RegistryCredentials } from '../../src/registry/auth.ts';
import { OCI_EMPTY, OCI_INDEX, OCI_MANIFEST } from '../../src/registry/media-types.ts';
import type { Descriptor, RepositoryLocation } from '../../src/registry/oci-registry.ts';
import { attachReferrer, listReferrers, referrersTag } from '../../src/registry/referrers.ts';
import type { RegistryClient } from '../../src/registry/registry-client.ts';
import { pushTestImage, registryClient, repositoryIn } from '../support/stack-registry.ts';
import { fetchTokenRequests, READER, SIGNER } from '../support/token-server.ts';

const stack = inject('stack');
const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

const sha256 = (b: Uint8Array) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
let transports: HttpTransport[] = [];

afterEach(async () => {
  await Promise.all(transports.map((t) => t.close()));
  transports = [];
});

function client(credentials?: RegistryCredentials): { registry: RegistryClient; transport: HttpTransport } {
  const made = registryClient(credentials);
  transports.push(made.transport);
  return made;
}

function locationIn(variant: 'open' | 'token', prefix: string): RepositoryLocation {
  return repositoryIn(stack.variants[variant], prefix);
}


/** A referrer as cosign 3 writes its bundle: empty config, one layer, `subject`. */
async function referrerOf(registry: RegistryClient, location: RepositoryLocation, subject: Descriptor, content: string) {
  const empty = await registry.pushBlob(location, Buffer.from('{}'));
  const layer = await registry.pushBlob(location, Buffer.from(content));
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: BUNDLE_TYPE,
      config: { mediaType: OCI_EMPTY, ...empty },
      layers: [{ mediaType: BUNDLE_TYPE, ...layer }],
      subject,
      annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope' },
    }),
  );
  return { bytes, mediaType: OCI_MANIFEST, artifactType: BUNDLE_TYPE };
}

describe('RegistryClient on distribution 2.8', () => {
  describe('#pushBlob', () => {
    it('uploads a blob once and finds it there the second time', async () => {
      const { registry, transport } = client();
      const location = locationIn('open', 'blob');
      const bytes = Buffer.from(`blob ${Math.random()}`);

      const first = await registry.pushBlob(location, bytes);
      const uploads = transport.stats().byMethod.PUT;
      const second = await registry.pushBlob(location, bytes);

      expect(first).toEqual({ digest: sha256(bytes), size: bytes.length });
      expect(second).toEqual(first);
      expect(transport.stats().byMethod.PUT).toBe(uploads);
      expect(Buffer.from(await registry.blob(location, first.digest, 1024))).toEqual(bytes);
    });
  });

  describe('#putManifest and #manifest', () => {
    it('reads back by tag and by digest the bytes it wrote, and nothing for an unknown tag', async () => {
      const { registry } = client();
      const location = locationIn('open', 'manifest');

      const image = await pushTestImage(registry, location, 'v1');
      const byTag = await registry.manifest(location, 'v1');
      const byDigest = await registry.manifest(location, image.digest);

      expect(byTag?.digest).toBe(image.digest);
      expect(byTag?.mediaType).toBe(OCI_MANIFEST);
      expect(byDigest?.bytes).toEqual(byTag?.bytes);
      expect(await registry.manifest(location, 'nope')).toBeUndefined();
    });

    it('is not told that a subject was indexed, and has no referrers API', async () => {
      const { registry } = client();
      const location = locationIn('open', 'subject');
      const image = await pushTestImage(registry, location, 'v1');
      const referrer = await referrerOf(registry, location, image, 'bundle');

      const put = await registry.putManifest(location, sha256(referrer.bytes), referrer);

      expect(put).toEqual({ digest: sha256(referrer.bytes), subjectIndexed: false });
      expect(await registry.referrers(location, image.digest)).toBeUndefined();
    });
  });

  describe('attachReferrer and listReferrers', () => {
    it('lists referrers in the sha256-<hex> tag index, both of two writers at once', async () => {
      const { registry } = client();
      const location = locationIn('open', 'referrers');
      const image = await pushTestImage(registry, location, 'v1');
      const [a, b] = await Promise.all([
        referrerOf(registry, location, image, 'bundle a'),
        referrerOf(registry, location, image, 'bundle b'),
      ]);

      const attached = await Promise.all([attachReferrer(registry, location, image, a), attachReferrer(registry, location, image, b)]);
      const listed = await listReferrers(registry, location, image.digest);

      expect(attached.map((r) => r.listedBy)).toEqual(['tag-index', 'tag-index']);
      expect(listed.map((d) => d.digest).sort()).toEqual([sha256(a.bytes), sha256(b.bytes)].sort());
      expect(listed[0]).toMatchObject({ mediaType: OCI_MANIFEST, artifactType: BUNDLE_TYPE, annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope' } });
      const index = await registry.manifest(location, referrersTag(image.digest));
      expect(index?.mediaType).toBe(OCI_INDEX);
    });

    it('lists nothing for an image without referrers', async () => {
      const { registry } = client();
      const location = locationIn('open', 'none');
      const image = await pushTestImage(registry, location, 'v1');

      expect(await listReferrers(registry, location, image.digest)).toEqual([]);
    });
  });
});

describe('RegistryClient on the token stack', () => {
  it('writes an image and a referrer with one pull,push token, and reads with it', async () => {
    const { registry } = client(SIGNER);
    const location = locationIn('token', 'token-writes');

    await registry.checkPushRights(location);
    const image = await pushTestImage(registry, location, 'v1');
    await attachReferrer(registry, location, image, await referrerOf(registry, location, image, 'bundle'));

    expect(await listReferrers(registry, location, image.digest)).toHaveLength(1);
    const asked = (await fetchTokenRequests(stack.tokenServer.url)).filter((r) => r.scopes.some((s) => s.includes(location.repository)));
    expect(asked.map((r) => r.scopes)).toEqual([[`repository:${location.repository}:pull,push`]]);
  });
});

describe('RegistryClient#checkPushRights', () => {
  describe('on the token stack', () => {
    it('refuses an identity the token server grants pull only, before anything is written', async () => {
      const { registry, transport } = client(READER);
      const location = locationIn('token', 'readonly');

      const err = await registry.checkPushRights(location).catch((e: unknown) => e);

      expect(err).toBeInstanceOf(HttpError);
      expect(err).toMatchObject({ code: 'PUSH_DENIED' });
      expect((err as Error).message).toContain(`user "reader" may not push to ${location.registry}/${location.repository}`);
      expect((err as Error).message).toContain('grants pull only');
      const methods = transport.stats().byMethod;
      expect(Object.keys(methods).filter((m) => m !== 'GET')).toEqual([]);
    });

    it('reads the push right from the token of an identity that may push, without starting an upload', async () => {
      const { registry, transport } = client(SIGNER);
      const location = locationIn('token', 'writable');

      await registry.checkPushRights(location);

      expect(transport.stats().byMethod.POST ?? 0).toBe(0);
    });

    it('refuses a reader that writes anyway with PUSH_DENIED', async () => {
      const { registry } = client(READER);
      const location = locationIn('token', 'readonly-write');

      await expect(registry.pushBlob(location, Buffer.from('x'))).rejects.toMatchObject({ code: 'PUSH_DENIED', status: 401 });
    });
  });

  describe('on the open registry, whose token says nothing', () => {
    it('starts an upload and cancels it', async () => {
      const { registry, transport } = client();
      const location = locationIn('open', 'open');

      await registry.checkPushRights(location);

      expect(transport.stats().byMethod).toMatchObject({ POST: 1, DELETE: 1 });
    });
  });
});
