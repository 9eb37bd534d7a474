// writeCosignSignatures and verifyCosignSignatures over the in-memory
// registry (distribution 2.8's behaviour: no referrers API unless asked):
// both forms written and read back, left alone when already there, appended
// to without losing another signer's layers, and every way a signature can
// fail to count.

import { describe, expect, it } from 'vitest';
import { DctError } from '../../src/errors.ts';
import { exportEncryptedPrivateKey, exportPublicKeyPem, generateKey, type LoadedPrivateKey, type SigningKey } from '../../src/keys/index.ts';
import { OCI_INDEX, OCI_MANIFEST } from '../../src/registry/media-types.ts';
import type { RepositoryLocation } from '../../src/registry/oci-registry.ts';
import { referrersTag } from '../../src/registry/referrers.ts';
import { cosignSignerOf, verifyCosignSignatures, writeCosignSignatures, type CosignSigner, type CosignTarget } from '../../src/sigstore/index.ts';
import { sigTagOf } from '../../src/sigstore/sig-manifest.ts';
import { prepareCosignSignatures } from '../../src/sigstore/write.ts';
import { InMemoryRegistry, REGISTRY } from '../operations/support/in-memory.ts';

const LOCATION: RepositoryLocation = { registry: REGISTRY, repository: 'team/app' };
const NAME = `${REGISTRY}/team/app`;

const signerOf = (key: SigningKey): CosignSigner => cosignSignerOf({ signer: key, role: undefined, gun: undefined } as LoadedPrivateKey);
const keyOf = (signer: CosignSigner, source: string) => ({ source, pem: signer.publicKeyPem });

async function targetOf(registry: InMemoryRegistry, tag: string): Promise<CosignTarget> {
  const m = await registry.manifest(LOCATION, tag);
  if (!m) throw new Error(`no ${tag}`);
  return { registry, location: LOCATION, tag, manifest: { digest: m.digest, size: m.size, mediaType: m.mediaType } };
}

/** A registry holding one image under `tags`. */
async function withImage(...tags: string[]) {
  const registry = new InMemoryRegistry();
  for (const tag of tags) registry.put(`${NAME}:${tag}`, 'the image');
  return { registry, target: await targetOf(registry, tags[0]!) };
}

function json(bytes: Uint8Array | undefined): Record<string, unknown> {
  return JSON.parse(Buffer.from(bytes!).toString('utf8')) as Record<string, unknown>;
}

function sigLayers(registry: InMemoryRegistry, digest: string): { digest: string; annotations: Record<string, string> }[] {
  return json(registry.manifests.get(`${NAME}:${sigTagOf(digest)}`)).layers as never;
}

const ours = signerOf(generateKey('ecdsa'));
const theirs = signerOf(generateKey('ed25519'));

/** Resolves when `started` resolves, or fails after `ms`: what waits on the other side of a race that never starts. */
function within<T>(started: Promise<T>, what: string, ms = 2000): Promise<T> {
  return Promise.race([started, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not start within ${ms} ms`)), ms))]);
}

describe('writeCosignSignatures', () => {
  it('uploads the .sig payload while it reads the .sig tag, and the signatures without asking for them first', async () => {
    const { registry, target } = await withImage('1.2');
    const prepared = await prepareCosignSignatures(target, ours);
    let uploadStarted!: () => void;
    let readStarted!: () => void;
    const uploading = new Promise<void>((resolve) => (uploadStarted = resolve));
    const reading = new Promise<void>((resolve) => (readStarted = resolve));
    const read = registry.manifest.bind(registry);
    const push = registry.pushBlob.bind(registry);
    const fresh: boolean[] = [];
    // Each waits for the other to have started: done one after the other, the first never ends.
    registry.manifest = async (location, reference) => {
      if (reference === sigTagOf(target.manifest.digest)) {
        readStarted();
        await within(uploading, 'the payload upload');
      }
      return read(location, reference);
    };
    registry.pushBlob = async (location, bytes, options) => {
      fresh.push(options?.fresh === true);
      if (Buffer.from(bytes).includes('cosign container image signature')) {
        uploadStarted();
        await within(reading, 'the read of the .sig tag');
      }
      return push(location, bytes);
    };
    expect(await prepared.write()).toEqual({ written: ['sig', 'bundle'], already: [] });
    // The payload, the bundle and the .sig config hold a new signature; only the empty config `{}` is asked for.
    expect(fresh.toSorted()).toEqual([false, true, true, true]);
  });

  it('writes the .sig form naming registry/repo:tag and the bundle listed in the tag index', async () => {
    const { registry, target } = await withImage('1.2');
    expect(await writeCosignSignatures(target, ours)).toEqual({ written: ['sig', 'bundle'], already: [] });
    const [layer] = sigLayers(registry, target.manifest.digest);
    const payload = json(registry.blobs.get(`${NAME}@${layer!.digest}`));
    expect(payload.critical).toEqual({
      identity: { 'docker-reference': `${NAME}:1.2` },
      image: { 'docker-manifest-digest': target.manifest.digest },
      type: 'cosign container image signature',
    });
    const index = json(registry.manifests.get(`${NAME}:${referrersTag(target.manifest.digest)}`));
    expect(index.manifests).toMatchObject([{ artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }]);
    expect(await verifyCosignSignatures(target, [keyOf(ours, 'ours')])).toEqual({ ok: true, forms: ['sig', 'bundle'], signedBy: ['ours'] });
  });

  it('uses the referrers API where the registry has one, without a tag index', async () => {
    const { registry, target } = await withImage('1.2');
    registry.referrersApi = true;
    await writeCosignSignatures(target, ours);
    expect(registry.manifests.has(`${NAME}:${referrersTag(target.manifest.digest)}`)).toBe(false);
    expect(await verifyCosignSignatures(target, [keyOf(ours, 'ours')])).toMatchObject({ ok: true, forms: ['sig', 'bundle'] });
  });

  it('leaves both forms as they are when they already hold our signature for the digest', async () => {
    const { registry, target } = await withImage('1.2');
    await writeCosignSignatures(target, ours);
    const writes = registry.writes.length;
    expect(await writeCosignSignatures(target, ours)).toEqual({ written: [], already: ['sig', 'bundle'] });
    expect(registry.writes).toHaveLength(writes);
  });

  it('adds a .sig signature for another tag of the same digest, the bundle (no tag) being there already', async () => {
    const { registry, target } = await withImage('1.1', '1.2');
    await writeCosignSignatures(target, ours);
    expect(await writeCosignSignatures(await targetOf(registry, '1.2'), ours)).toEqual({ written: ['sig'], already: ['bundle'] });
    expect(sigLayers(registry, target.manifest.digest)).toHaveLength(2);
    expect(await verifyCosignSignatures(await targetOf(registry, '1.2'), [keyOf(ours, 'ours')])).toMatchObject({ ok: true, forms: ['sig', 'bundle'] });
  });

  it('appends to another signer’s .sig manifest and keeps its layer as it was', async () => {
    const { registry, target } = await withImage('1.2');
    await writeCosignSignatures(target, theirs);
    const [before] = sigLayers(registry, target.manifest.digest);
    expect(await writeCosignSignatures(target, ours)).toEqual({ written: ['sig', 'bundle'], already: [] });
    const after = sigLayers(registry, target.manifest.digest);
    expect(after).toHaveLength(2);
    expect(after[0]).toEqual(before);
    for (const [signer, source] of [[ours, 'ours'], [theirs, 'theirs']] as const) {
      expect(await verifyCosignSignatures(target, [keyOf(signer, source)])).toMatchObject({ ok: true, forms: ['sig', 'bundle'] });
    }
  });

  it('keeps both signatures when two signers append at once', async () => {
    const { registry, target } = await withImage('1.2');
    await Promise.all([writeCosignSignatures(target, ours), writeCosignSignatures(target, theirs)]);
    expect(sigLayers(registry, target.manifest.digest)).toHaveLength(2);
    expect(await verifyCosignSignatures(target, [keyOf(ours, 'ours')])).toMatchObject({ ok: true, forms: ['sig', 'bundle'] });
    expect(await verifyCosignSignatures(target, [keyOf(theirs, 'theirs')])).toMatchObject({ ok: true, forms: ['sig', 'bundle'] });
  });

  it('writes again when another process put its own list over ours', async () => {
    const { registry, target } = await withImage('1.2');
    await writeCosignSignatures(target, theirs);
    const tag = `${NAME}:${sigTagOf(target.manifest.digest)}`;
    const theirsOnly = registry.manifests.get(tag)!;
    let overwritten = false;
    registry.afterPut = (_location, reference) => {
      if (overwritten || reference !== sigTagOf(target.manifest.digest)) return;
      overwritten = true;
      registry.manifests.set(tag, theirsOnly);
    };
    await writeCosignSignatures(target, ours);
    expect(overwritten).toBe(true);
    expect(sigLayers(registry, target.manifest.digest)).toHaveLength(2);
    expect(await verifyCosignSignatures(target, [keyOf(ours, 'ours')])).toMatchObject({ ok: true, forms: ['sig', 'bundle'] });
  });

  it('signs a multi-arch index and each of its platform manifests', async () => {
    const registry = new InMemoryRegistry();
    const platforms = [];
    for (const arch of ['amd64', 'arm64']) {
      const digest = registry.put(`${NAME}:1.2-${arch}`, `image ${arch}`);
      const m = (await registry.manifest(LOCATION, digest))!;
      platforms.push({ mediaType: OCI_MANIFEST, digest, size: m.size, platform: { architecture: arch, os: 'linux' } });
    }
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: platforms }));
    await registry.putManifest(LOCATION, '1.2', { bytes, mediaType: OCI_INDEX });
    const index = await targetOf(registry, '1.2');
    await writeCosignSignatures(index, ours);
    for (const p of platforms) {
      const platform: CosignTarget = { ...index, manifest: { digest: p.digest, size: p.size, mediaType: p.mediaType } };
      expect(await verifyCosignSignatures(platform, [keyOf(ours, 'ours')])).toMatchObject({ ok: true, forms: ['sig', 'bundle'] });
      expect(json(registry.blobs.get(`${NAME}@${sigLayers(registry, p.digest)[0]!.digest}`)).critical).toMatchObject({
        identity: { 'docker-reference': `${NAME}:1.2` },
      });
    }
    expect(await verifyCosignSignatures(index, [keyOf(ours, 'ours')])).toMatchObject({ ok: true, forms: ['sig', 'bundle'] });
  });

  it('refuses a .sig tag that holds something else, naming it, and writes nothing in either form', async () => {
    const { registry, target } = await withImage('1.2');
    const tag = sigTagOf(target.manifest.digest);
    registry.put(`${NAME}:${tag}`, 'someone’s image');
    const writes = registry.writes.length;
    const err = await writeCosignSignatures(target, ours).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DctError);
    expect((err as Error).message).toContain(`the tag ${tag} holds`);
    expect(registry.writes).toHaveLength(writes);
  });
});

describe('writeCosignSignatures before the first write', () => {
  it('refuses a referrers tag index that holds something else, and writes no .sig either', async () => {
    const { registry, target } = await withImage('1.2');
    registry.put(`${NAME}:${referrersTag(target.manifest.digest)}`, 'someone’s image');
    const writes = registry.writes.length;
    await expect(writeCosignSignatures(target, ours)).rejects.toThrow(DctError);
    expect(registry.writes).toHaveLength(writes);
  });
});

describe('verifyCosignSignatures', () => {
  it('reads a .pub with docker’s role: header, and refuses a private key given as a public one, naming its source', async () => {
    const { target } = await withImage('1.2');
    const key = generateKey('ecdsa');
    await writeCosignSignatures(target, signerOf(key));
    expect(await verifyCosignSignatures(target, [{ source: 'ci.pub', pem: exportPublicKeyPem(key, { role: 'ci' }) }])).toMatchObject({ ok: true });
    const secret = exportEncryptedPrivateKey(key, 'pass', { role: 'ci' });
    await expect(verifyCosignSignatures(target, [{ source: 'cosign-public-key #1', pem: secret }])).rejects.toThrow(
      expect.objectContaining({ code: 'KEY', message: expect.stringMatching(/^cosign-public-key #1: this is a private key/) }),
    );
  });

  it('says cosign-unsigned when neither form holds anything', async () => {
    const { target } = await withImage('1.2');
    expect(await verifyCosignSignatures(target, [keyOf(ours, 'ours')])).toMatchObject({ ok: false, reason: 'cosign-unsigned' });
  });

  it('says cosign-invalid naming another key', async () => {
    const { target } = await withImage('1.2');
    await writeCosignSignatures(target, theirs);
    const verdict = await verifyCosignSignatures(target, [keyOf(ours, 'cosign-public-key #1')]);
    expect(verdict).toMatchObject({ ok: false, reason: 'cosign-invalid', message: expect.stringMatching(/signed by another key than cosign-public-key #1/) });
  });

  it('refuses signatures replayed onto another digest, in both forms', async () => {
    const registry = new InMemoryRegistry();
    registry.put(`${NAME}:old`, 'old image');
    registry.put(`${NAME}:new`, 'new image');
    const [old, next] = [await targetOf(registry, 'old'), await targetOf(registry, 'new')];
    await writeCosignSignatures(old, ours);
    // Copy what the old digest's tags hold to the new digest's tags.
    for (const tag of [sigTagOf, referrersTag]) {
      registry.manifests.set(`${NAME}:${tag(next.manifest.digest)}`, registry.manifests.get(`${NAME}:${tag(old.manifest.digest)}`)!);
    }
    const verdict = await verifyCosignSignatures(next, [keyOf(ours, 'ours')]);
    expect(verdict).toMatchObject({ ok: false, reason: 'cosign-invalid' });
    const message = (verdict as { message: string }).message;
    expect(message).toMatch(new RegExp(`the \\.sig signature 1: it covers ${old.manifest.digest}, not ${next.manifest.digest}`));
    expect(message).toMatch(/the bundle .*: its manifest's subject is/);
  });

  it('refuses a .sig payload that names another tag, while the bundle (no identity) still counts', async () => {
    const { registry, target } = await withImage('1.1', '1.2');
    await writeCosignSignatures(target, ours);
    const as12 = await targetOf(registry, '1.2');
    expect(await verifyCosignSignatures(as12, [keyOf(ours, 'ours')])).toEqual({ ok: true, forms: ['bundle'], signedBy: ['ours'] });
    registry.manifests.delete(`${NAME}:${referrersTag(target.manifest.digest)}`);
    expect(await verifyCosignSignatures(as12, [keyOf(ours, 'ours')])).toMatchObject({
      ok: false,
      reason: 'cosign-invalid',
      message: expect.stringContaining(`its identity names ${NAME}:1.1, not ${NAME}:1.2`),
    });
  });

  it('reads every listed referrer, whatever artifactType the tag index gives it (cosign 3.1 lists the empty type)', async () => {
    const { registry, target } = await withImage('1.2');
    await writeCosignSignatures(target, ours);
    registry.manifests.delete(`${NAME}:${sigTagOf(target.manifest.digest)}`);
    const key = `${NAME}:${referrersTag(target.manifest.digest)}`;
    const index = json(registry.manifests.get(key));
    const manifests = (index.manifests as Record<string, unknown>[]).map((m) => ({ ...m, artifactType: 'application/vnd.oci.empty.v1+json' }));
    registry.manifests.set(key, Buffer.from(JSON.stringify({ ...index, manifests })));
    expect(await verifyCosignSignatures(target, [keyOf(ours, 'ours')])).toMatchObject({ ok: true, forms: ['bundle'] });
  });

  it('does not read a layer larger than a signature may be', async () => {
    const { registry, target } = await withImage('1.2');
    await writeCosignSignatures(target, ours);
    const key = `${NAME}:${sigTagOf(target.manifest.digest)}`;
    const manifest = json(registry.manifests.get(key));
    const layers = (manifest.layers as Record<string, unknown>[]).map((l) => ({ ...l, size: 1 << 30 }));
    registry.manifests.set(key, Buffer.from(JSON.stringify({ ...manifest, layers })));
    registry.manifests.delete(`${NAME}:${referrersTag(target.manifest.digest)}`);
    const reads = registry.reads.length;
    const verdict = await verifyCosignSignatures(target, [keyOf(ours, 'ours')]);
    expect(verdict).toMatchObject({ ok: false, reason: 'cosign-invalid', message: expect.stringMatching(/more than the 65536/) });
    expect(registry.reads.slice(reads).some((r) => r.includes(String((manifest.layers as { digest: string }[])[0]!.digest)))).toBe(false);
  });

  it('says a referrers tag index holding something else lists no valid signature', async () => {
    const { registry, target } = await withImage('1.2');
    registry.put(`${NAME}:${referrersTag(target.manifest.digest)}`, 'someone’s image');
    expect(await verifyCosignSignatures(target, [keyOf(ours, 'ours')])).toMatchObject({
      ok: false,
      reason: 'cosign-invalid',
      message: expect.stringContaining('the referrers tag index:'),
    });
  });

  it('says a .sig tag holding something else is no valid signature', async () => {
    const { registry, target } = await withImage('1.2');
    registry.put(`${NAME}:${sigTagOf(target.manifest.digest)}`, 'someone’s image');
    expect(await verifyCosignSignatures(target, [keyOf(ours, 'ours')])).toMatchObject({
      ok: false,
      reason: 'cosign-invalid',
      message: expect.stringContaining(`the tag ${sigTagOf(target.manifest.digest)} holds`),
    });
  });
});

