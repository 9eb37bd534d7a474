// The referrers tag index against the real peer that writes and reads it:
// cosign 3.1 (its default bundle form) on the stack's distribution 2.8,
// which has no referrers API. What cosign lists we read; what we list,
// cosign reads; and adding to cosign's index keeps its entry.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { HttpTransport } from '../../src/http/transport.ts';
import { OCI_EMPTY, OCI_MANIFEST } from '../../src/registry/media-types.ts';
import type { Descriptor, RepositoryLocation } from '../../src/registry/oci-registry.ts';
import { attachReferrer, listReferrers } from '../../src/registry/referrers.ts';
import type { RegistryClient } from '../../src/registry/registry-client.ts';
import {
  type CosignKeyPair,
  cosignGenerateKeyPair,
  cosignSign,
  cosignVerify,
  createSigstoreContext,
  removeSigstoreContext,
  type SigstoreContext,
} from '../support/sigstore-peers.ts';
import { pushTestImage, registryClient, repositoryIn } from '../support/stack-registry.ts';

const stack = inject('stack');
const variant = stack.variants.open;
const BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

describe('the referrers tag index with cosign 3.1', () => {
  let ctx: SigstoreContext;
  let key: CosignKeyPair;
  let transport: HttpTransport;
  let registry: RegistryClient;
  beforeAll(async () => {
    ctx = await createSigstoreContext(join(stack.dir, 'peers'));
    key = await cosignGenerateKeyPair(ctx, 3, `referrers-${process.pid}`);
    ({ registry, transport } = registryClient());
  });
  afterAll(async () => {
    await transport.close();
    await removeSigstoreContext(ctx);
  });

  const locationOf = (prefix: string) => repositoryIn(variant, prefix);
  const nameOf = (at: RepositoryLocation, digest: string) => `${at.registry}/${at.repository}@${digest}`;

  /** A small OCI image written through our client. */
  const image = (at: RepositoryLocation): Promise<Descriptor> => pushTestImage(registry, at, 'v1');

  /** Copies a manifest and its config and layers from one repository to another, by digest. */
  async function copy(from: RepositoryLocation, to: RepositoryLocation, digest: string): Promise<Uint8Array> {
    const manifest = (await registry.manifest(from, digest))!;
    const parsed = JSON.parse(Buffer.from(manifest.bytes).toString('utf8')) as { config: Descriptor; layers: Descriptor[] };
    for (const blob of [parsed.config, ...parsed.layers]) await registry.pushBlob(to, await registry.blob(from, blob.digest, 1 << 20));
    return manifest.bytes;
  }

  it('lists what cosign 3.1 listed, whatever artifactType its entry names', async () => {
    const at = locationOf('cosign-lists');
    const subject = await image(at);
    await cosignSign(ctx, 3, key, nameOf(at, subject.digest));

    const listed = await listReferrers(registry, at, subject.digest);

    expect(listed).toHaveLength(1);
    const referrer = await registry.manifest(at, listed[0]!.digest);
    const parsed = JSON.parse(Buffer.from(referrer!.bytes).toString('utf8')) as { artifactType?: string; subject?: Descriptor };
    expect(parsed.artifactType).toBe(BUNDLE);
    expect(parsed.subject?.digest).toBe(subject.digest);
  });

  it('writes an index that cosign 3.1 reads: its bundle, attached by us elsewhere, verifies', async () => {
    const signedAt = locationOf('cosign-signed');
    const subject = await image(signedAt);
    await cosignSign(ctx, 3, key, nameOf(signedAt, subject.digest));
    const [entry] = await listReferrers(registry, signedAt, subject.digest);
    const at = locationOf('we-attach');
    await registry.putManifest(at, subject.digest, { bytes: await copy(signedAt, at, subject.digest), mediaType: OCI_MANIFEST });
    const bytes = await copy(signedAt, at, entry!.digest);

    const attached = await attachReferrer(registry, at, subject, { bytes, mediaType: OCI_MANIFEST, artifactType: BUNDLE });

    expect(attached.listedBy).toBe('tag-index');
    const verified = await cosignVerify(ctx, 3, key.publicKey, nameOf(at, subject.digest));
    expect(verified.stdout).toContain(subject.digest);
    const unsigned = await image(at);
    const refused = await cosignVerify(ctx, 3, key.publicKey, nameOf(at, unsigned.digest), { allowFailure: true });
    expect(refused.code).not.toBe(0);
  });

  it("keeps cosign 3.1's entry when it adds its own to the index", async () => {
    const at = locationOf('both');
    const subject = await image(at);
    await cosignSign(ctx, 3, key, nameOf(at, subject.digest));
    const empty = await registry.pushBlob(at, Buffer.from('{}'));
    const layer = await registry.pushBlob(at, Buffer.from('another signature'));
    const ours = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: 'application/vnd.example.signature',
        config: { mediaType: OCI_EMPTY, ...empty },
        layers: [{ mediaType: 'application/vnd.example.signature', ...layer }],
        subject,
      }),
    );

    await attachReferrer(registry, at, subject, { bytes: ours, mediaType: OCI_MANIFEST, artifactType: 'application/vnd.example.signature' });

    expect(await listReferrers(registry, at, subject.digest)).toHaveLength(2);
    await cosignVerify(ctx, 3, key.publicKey, nameOf(at, subject.digest));
  });
});
