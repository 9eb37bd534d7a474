// Attaching and listing referrers over the in-memory registry: the referrers
// API where it is on, else the sha256-<hex> tag index, and the index's
// read-modify-write against writers in this process and in others.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DctError } from '../../src/errors.ts';
import { NetworkError } from '../../src/http/errors.ts';
import type { Logger } from '../../src/logger.ts';
import { OCI_EMPTY, OCI_INDEX, OCI_MANIFEST } from '../../src/registry/media-types.ts';
import type { Descriptor, RepositoryLocation } from '../../src/registry/oci-registry.ts';
import { attachReferrer, listReferrers, referrersTag, updateManifestTag } from '../../src/registry/referrers.ts';
import { InMemoryRegistry } from '../operations/support/in-memory.ts';

const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const sha256 = (b: Uint8Array | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const location: RepositoryLocation = { registry: 'registry.test', repository: 'team/app' };
const subject: Descriptor = { mediaType: OCI_MANIFEST, digest: sha256('image'), size: 5 };
const TAG = referrersTag(subject.digest);

function referrer(content: string, artifactType = BUNDLE) {
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType,
      config: { mediaType: OCI_EMPTY, digest: sha256('{}'), size: 2 },
      layers: [{ mediaType: artifactType, digest: sha256(content), size: content.length }],
      subject,
      annotations: { 'dev.sigstore.bundle.content': content },
    }),
  );
  return { bytes, mediaType: OCI_MANIFEST, artifactType };
}

function index(manifests: unknown[], extra: Record<string, unknown> = {}) {
  return { bytes: Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests, ...extra })), mediaType: OCI_INDEX };
}

function recorder(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug() {}, info() {}, warning: (m) => warnings.push(m) };
}

async function tagIndex(registry: InMemoryRegistry): Promise<{ manifests: Array<Record<string, unknown>> } & Record<string, unknown>> {
  const found = await registry.manifest(location, TAG);
  return JSON.parse(Buffer.from(found!.bytes).toString('utf8')) as { manifests: Array<Record<string, unknown>> };
}

const indexWrites = (registry: InMemoryRegistry) => registry.writes.filter((w) => w.name.endsWith(`:${TAG}`)).length;

describe('#attachReferrer', () => {
  describe('when the registry has no referrers API (distribution 2.8)', () => {
    it('pushes the manifest by digest and lists it in the tag index, with its artifactType and annotations', async () => {
      const registry = new InMemoryRegistry();
      const r = referrer('a');

      const attached = await attachReferrer(registry, location, subject, r);

      expect(attached.listedBy).toBe('tag-index');
      expect(await registry.manifest(location, sha256(r.bytes))).toBeDefined();
      expect((await tagIndex(registry)).manifests).toEqual([
        { mediaType: OCI_MANIFEST, digest: sha256(r.bytes), size: r.bytes.length, artifactType: BUNDLE, annotations: { 'dev.sigstore.bundle.content': 'a' } },
      ]);
    });

    it('keeps what another writer listed, and lists the same referrer once', async () => {
      const registry = new InMemoryRegistry();
      const theirs = { mediaType: OCI_MANIFEST, digest: sha256('theirs'), size: 9, artifactType: 'application/vnd.cncf.notary.signature', future: 1 };
      await registry.putManifest(location, TAG, index([theirs], { annotations: { kept: 'yes' } }));
      const r = referrer('a');

      await attachReferrer(registry, location, subject, r);
      await attachReferrer(registry, location, subject, r);

      const written = await tagIndex(registry);
      expect(written.manifests.map((m) => m.digest)).toEqual([theirs.digest, sha256(r.bytes)]);
      expect(written.manifests[0]).toEqual(theirs);
      expect(written.annotations).toEqual({ kept: 'yes' });
    });

    it('keeps both of two writers in this process, one after the other', async () => {
      const registry = new InMemoryRegistry();
      const logger = recorder();
      const [a, b] = [referrer('a'), referrer('b')];

      await Promise.all([attachReferrer(registry, location, subject, a, { logger }), attachReferrer(registry, location, subject, b, { logger })]);

      expect((await tagIndex(registry)).manifests.map((m) => m.digest).sort()).toEqual([sha256(a.bytes), sha256(b.bytes)].sort());
      // Serialized: neither had to write again.
      expect(indexWrites(registry)).toBe(2);
      expect(logger.warnings).toEqual([]);
    });

    it('writes again when another process overwrote the index without our entry', async () => {
      const registry = new InMemoryRegistry();
      const logger = recorder();
      const theirs = { mediaType: OCI_MANIFEST, digest: sha256('theirs'), size: 9 };
      let dropped = false;
      registry.afterPut = (at, reference) => {
        if (reference !== TAG || dropped) return;
        dropped = true;
        // Another process, which read the tag before our write, writes its own list over ours.
        registry.manifests.set(`${at.registry}/${at.repository}:${TAG}`, index([theirs]).bytes);
      };
      const r = referrer('a');

      await attachReferrer(registry, location, subject, r, { logger });

      expect((await tagIndex(registry)).manifests.map((m) => m.digest)).toEqual([theirs.digest, sha256(r.bytes)]);
      expect(logger.warnings).toHaveLength(1);
      expect(logger.warnings[0]).toContain(`registry.test/team/app:${TAG} was changed by another writer`);
    });

    it('gives up with CONFLICT after five writes that others keep undoing', async () => {
      const registry = new InMemoryRegistry();
      const logger = recorder();
      registry.afterPut = (at, reference) => {
        if (reference === TAG) registry.manifests.set(`${at.registry}/${at.repository}:${TAG}`, index([]).bytes);
      };

      const err = await attachReferrer(registry, location, subject, referrer('a'), { logger }).catch((e: unknown) => e);

      expect(err).toBeInstanceOf(DctError);
      expect(err).toMatchObject({ code: 'CONFLICT' });
      expect(indexWrites(registry)).toBe(5);
      expect(logger.warnings).toHaveLength(4);
    });

    it('refuses a tag that holds something other than an index, naming it, and writes nothing there', async () => {
      const registry = new InMemoryRegistry();
      const image = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, layers: [] }));
      await registry.putManifest(location, TAG, { bytes: image, mediaType: OCI_MANIFEST });
      const before = indexWrites(registry);

      const err = await attachReferrer(registry, location, subject, referrer('a')).catch((e: unknown) => e);

      expect(err).toBeInstanceOf(DctError);
      expect((err as Error).message).toContain(`registry.test/team/app:${TAG} holds a ${OCI_MANIFEST}`);
      expect(indexWrites(registry)).toBe(before);
      await expect(listReferrers(registry, location, subject.digest)).rejects.toThrow(`registry.test/team/app:${TAG} holds`);
    });
  });

  describe('when the registry confirms it indexed the subject', () => {
    it('writes no tag index, and the referrers API lists it', async () => {
      const registry = new InMemoryRegistry();
      registry.referrersApi = true;
      const r = referrer('a');

      const attached = await attachReferrer(registry, location, subject, r);

      expect(attached.listedBy).toBe('referrers-api');
      expect(await registry.manifest(location, TAG)).toBeUndefined();
      expect((await listReferrers(registry, location, subject.digest)).map((d) => d.digest)).toEqual([sha256(r.bytes)]);
    });
  });

  describe('when the identity may not push', () => {
    it('fails with PUSH_DENIED and writes nothing', async () => {
      const registry = new InMemoryRegistry();
      registry.readOnly = true;

      await expect(attachReferrer(registry, location, subject, referrer('a'))).rejects.toMatchObject({ code: 'PUSH_DENIED' });
      expect(registry.writes).toEqual([]);
    });
  });
});

describe('#listReferrers', () => {
  it('returns nothing when there is no tag index', async () => {
    expect(await listReferrers(new InMemoryRegistry(), location, subject.digest)).toEqual([]);
  });

  it('does not filter on artifactType: cosign 3.1 lists its bundles as the empty type', async () => {
    const registry = new InMemoryRegistry();
    const listed = { mediaType: OCI_MANIFEST, digest: sha256('cosign 3.1 bundle'), size: 700, artifactType: OCI_EMPTY };
    await registry.putManifest(location, TAG, index([listed]));

    expect(await listReferrers(registry, location, subject.digest)).toEqual([listed]);
  });

  it('reads the tag index while the referrers API is asked, not after its 404', async () => {
    const registry = new InMemoryRegistry();
    const listed = { mediaType: OCI_MANIFEST, digest: sha256('bundle'), size: 700, artifactType: BUNDLE };
    await registry.putManifest(location, TAG, index([listed]));
    const started: string[] = [];
    const api = registry.referrers.bind(registry);
    registry.referrers = async (loc, digest) => {
      started.push('referrers');
      await new Promise((resolve) => setTimeout(resolve, 20));
      started.push('referrers answered');
      return api(loc, digest);
    };
    const read = registry.manifest.bind(registry);
    registry.manifest = (loc, reference) => {
      started.push(`manifest ${reference}`);
      return read(loc, reference);
    };

    expect(await listReferrers(registry, location, subject.digest)).toEqual([listed]);
    expect(started.indexOf(`manifest ${TAG}`)).toBeLessThan(started.indexOf('referrers answered'));
  });
});

describe('#updateManifestTag', () => {
  it('reads back a write whose answer was lost instead of failing', async () => {
    const registry = new InMemoryRegistry();
    const put = registry.putManifest.bind(registry);
    let lost = 0;
    registry.putManifest = async (at, reference, manifest) => {
      const result = await put(at, reference, manifest);
      if (lost++ === 0) throw new NetworkError({ url: 'https://registry.test/', method: 'PUT', reason: 'closed', outcomeUnknown: true });
      return result;
    };

    await updateManifestTag(registry, location, 'list', (current) => (current ? undefined : index([])));

    expect(lost).toBe(1);
    expect(await registry.manifest(location, 'list')).toBeDefined();
  });
});
