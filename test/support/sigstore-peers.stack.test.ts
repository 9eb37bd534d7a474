// The Sigstore and Notary Project peers work against the stack's open
// registry (distribution 2.8, no referrers API), so the bridge's tests can
// lean on them: cosign 2.5 and 3.1 sign and verify each other's forms, skopeo
// 1.18 signs and gates with a sigstoreSigned policy, notation 1.3 signs and
// verifies with the tag-schema fallback.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createPeerContext,
  makeImage,
  type PeerContext,
  type PushedImage,
  pushImage,
  removePeerContext,
  uniqueRepository,
} from './peers.ts';
import { pushOciIndex } from './registry-api.ts';
import { SIGNER } from './token-server.ts';
import {
  type CosignKeyPair,
  cosignGenerateKeyPair,
  cosignSign,
  cosignVerify,
  createSigstoreContext,
  notation,
  notationGenerateTestKey,
  notationSign,
  notationTrustPolicy,
  notationVerify,
  registryLogin,
  removeSigstoreContext,
  type SigstoreContext,
  skopeo,
  skopeoCopySigned,
  skopeoVerify,
  writeSkopeoPolicy,
} from './sigstore-peers.ts';

const stack = inject('stack');
const variant = stack.variants.open;

describe('sigstore peers', () => {
  let docker: PeerContext;
  let ctx: SigstoreContext;
  let key2: CosignKeyPair;
  let key3: CosignKeyPair;
  beforeAll(async () => {
    docker = await createPeerContext(stack, variant);
    ctx = await createSigstoreContext(join(stack.dir, 'peers'));
    [key2, key3] = await Promise.all([
      cosignGenerateKeyPair(ctx, 2, 'cosign2-key'),
      cosignGenerateKeyPair(ctx, 3, 'cosign3-key'),
    ]);
  });
  afterAll(async () => {
    await removeSigstoreContext(ctx);
    await removePeerContext(docker);
  });

  /** A new image pushed by the stack's dockerd; `byDigest` is repo@sha256:…. */
  async function pushed(prefix: string, tag = 'v1'): Promise<PushedImage & { repo: string; byDigest: string }> {
    const repo = uniqueRepository(variant, prefix);
    await makeImage(docker, repo.ref(tag));
    const image = await pushImage(docker, repo.ref(tag));
    return { ...image, repo: repo.name, byDigest: `${repo.name}@${image.digest}` };
  }

  async function tagsOf(repo: string): Promise<string[]> {
    const path = repo.slice(variant.registryHost.length + 1);
    const res = await fetch(`${variant.registryUrl}/v2/${path}/tags/list`);
    return ((await res.json()) as { tags: string[] }).tags;
  }

  describe('#sigstorePeers', () => {
    it('has cosign 2.5, cosign 3.1, skopeo 1.18 and notation 1.3 from trixie and forky', async () => {
      expect(ctx.peers.versions).toMatchObject({
        'cosign/trixie': expect.stringMatching(/^2\.5\./),
        'cosign/forky': expect.stringMatching(/^3\.1\./),
        'skopeo/trixie': expect.stringMatching(/^1\.18\./),
        'notation/forky': expect.stringMatching(/^1\.3\./),
      });
      expect((await skopeo(ctx, ['--version'])).stdout).toMatch(/^skopeo version 1\.18\./);
      expect((await notation(ctx, ['version'])).stdout).toMatch(/Version:\s+v1\.3\./);
    });
  });

  describe('#cosignGenerateKeyPair', () => {
    it('writes encrypted Sigstore keys from both cosigns', async () => {
      for (const key of [key2, key3]) {
        expect(await readFile(key.privateKey, 'utf8')).toMatch(/^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----/);
        expect(await readFile(key.publicKey, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
      }
    });
  });

  describe('#cosignSign', () => {
    describe('when cosign 2.5 signs by digest', () => {
      it('writes the .sig tag, which cosign 2.5 and 3.1 verify with its key only', async () => {
        const image = await pushed('cosign2');
        await cosignSign(ctx, 2, key2, image.byDigest);

        expect(await tagsOf(image.repo)).toContain(`${image.digest.replace(':', '-')}.sig`);
        for (const version of [2, 3] as const) {
          const ok = await cosignVerify(ctx, version, key2.publicKey, image.byDigest);
          expect(ok.stdout).toContain(`"docker-manifest-digest":"${image.digest}"`);
          const other = await cosignVerify(ctx, version, key3.publicKey, image.byDigest, { allowFailure: true });
          expect(other.code).not.toBe(0);
        }
      });
    });

    describe('when cosign 3.1 signs in its default bundle form', () => {
      it('lists the bundle in the sha256-<hex> tag index, which cosign 3.1 verifies and cosign 2.5 does not read', async () => {
        const image = await pushed('cosign3-bundle');
        const signed = await cosignSign(ctx, 3, key3, image.byDigest);
        // The hidden flags' deprecation warnings are not failures.
        expect(signed.stderr).toMatch(/deprecated/);

        const tags = await tagsOf(image.repo);
        expect(tags).toContain(image.digest.replace(':', '-'));
        expect(tags).not.toContain(`${image.digest.replace(':', '-')}.sig`);
        const ok = await cosignVerify(ctx, 3, key3.publicKey, image.byDigest);
        expect(ok.stdout).toContain('"type":"https://sigstore.dev/cosign/sign/v1"');
        expect((await cosignVerify(ctx, 3, key2.publicKey, image.byDigest, { allowFailure: true })).code).not.toBe(0);
        const old = await cosignVerify(ctx, 2, key3.publicKey, image.byDigest, { allowFailure: true });
        expect(old.code).not.toBe(0);
        expect(old.stderr).toMatch(/no signatures found/);
      });
    });

    describe('when cosign 3.1 signs with --new-bundle-format=false', () => {
      it('writes the .sig form, which cosign 2.5 verifies', async () => {
        const image = await pushed('cosign3-sig');
        await cosignSign(ctx, 3, key3, image.byDigest, { form: 'sig' });

        expect(await tagsOf(image.repo)).toContain(`${image.digest.replace(':', '-')}.sig`);
        const ok = await cosignVerify(ctx, 2, key3.publicKey, image.byDigest);
        expect(ok.stdout).toContain('"type":"cosign container image signature"');
      });
    });
  });

  describe('#cosignVerify', () => {
    describe('when the image is unsigned', () => {
      it('fails on both cosigns', async () => {
        const image = await pushed('unsigned');
        for (const version of [2, 3] as const) {
          const r = await cosignVerify(ctx, version, key2.publicKey, image.byDigest, { allowFailure: true });
          expect(r.code).not.toBe(0);
        }
      });
    });
  });

  describe('#skopeoCopySigned', () => {
    describe('when skopeo signs a copy with a cosign key', () => {
      it('writes a .sig with the tag as identity, which cosign and a sigstoreSigned policy accept for that tag only', async () => {
        const image = await pushed('skopeo-src');
        const dest = uniqueRepository(variant, 'skopeo-dest');
        await skopeoCopySigned(ctx, key2, image.byDigest, dest.ref('v1'));
        // The same digest under another tag.
        await skopeo(ctx, [
          'copy', '--quiet', '--preserve-digests', '--src-tls-verify=false', '--dest-tls-verify=false',
          `docker://${dest.ref('v1')}`, `docker://${dest.ref('other')}`,
        ]);

        const ok = await cosignVerify(ctx, 3, key2.publicKey, `${dest.name}@${image.digest}`);
        expect(ok.stdout).toContain(`"docker-reference":"${dest.ref('v1')}"`);
        const exact = await writeSkopeoPolicy(ctx, 'skopeo-exact', { scope: variant.registryHost, publicKey: key2.publicKey });
        await skopeoVerify(ctx, exact, dest.ref('v1'));
        const otherTag = await skopeoVerify(ctx, exact, dest.ref('other'), { allowFailure: true });
        expect(otherTag.code).not.toBe(0);
        expect(otherTag.stderr).toMatch(/is not accepted/);
        const otherKey = await writeSkopeoPolicy(ctx, 'skopeo-other-key', { scope: variant.registryHost, publicKey: key3.publicKey });
        expect((await skopeoVerify(ctx, otherKey, dest.ref('v1'), { allowFailure: true })).code).not.toBe(0);
      });
    });

    describe('when the image is a multi-arch OCI index', () => {
      it('signs the index and each platform manifest with --all', async () => {
        const src = uniqueRepository(variant, 'skopeo-index-src');
        const index = await pushOciIndex(variant.registryUrl, src.path, 'multi');
        const dest = uniqueRepository(variant, 'skopeo-index-dest');
        await skopeoCopySigned(ctx, key2, src.ref('multi'), dest.ref('multi'), { all: true });

        const res = await fetch(`${variant.registryUrl}/v2/${dest.path}/manifests/multi`, {
          headers: { accept: 'application/vnd.oci.image.index.v1+json' },
        });
        expect(res.headers.get('docker-content-digest')).toBe(index.digest);
        const platforms = ((await res.json()) as { manifests: { digest: string }[] }).manifests.map((m) => m.digest);
        const sigs = (await tagsOf(dest.name)).filter((t) => t.endsWith('.sig'));
        expect(sigs.sort()).toEqual([index.digest, ...platforms].map((d) => `${d.replace(':', '-')}.sig`).sort());
        const exact = await writeSkopeoPolicy(ctx, 'skopeo-index', { scope: variant.registryHost, publicKey: key2.publicKey });
        await skopeoVerify(ctx, exact, dest.ref('multi'));
      });
    });
  });

  describe('#skopeoVerify', () => {
    describe('when cosign signed the image (a repository-only identity)', () => {
      it('accepts it under matchRepository and rejects it under the default matchRepoDigestOrExact', async () => {
        const image = await pushed('skopeo-verify');
        await cosignSign(ctx, 2, key2, image.byDigest);

        const repoOnly = await writeSkopeoPolicy(ctx, 'repository', {
          scope: variant.registryHost,
          publicKey: key2.publicKey,
          identity: 'matchRepository',
        });
        await skopeoVerify(ctx, repoOnly, image.ref);
        await skopeoVerify(ctx, repoOnly, image.byDigest);
        const exact = await writeSkopeoPolicy(ctx, 'exact', { scope: variant.registryHost, publicKey: key2.publicKey });
        for (const ref of [image.ref, image.byDigest]) {
          const r = await skopeoVerify(ctx, exact, ref, { allowFailure: true });
          expect(r.code).not.toBe(0);
          expect(r.stderr).toMatch(/Signature for identity .* is not accepted/);
        }
      });
    });

    describe('when the image is unsigned', () => {
      it('rejects it', async () => {
        const image = await pushed('skopeo-unsigned');
        const policy = await writeSkopeoPolicy(ctx, 'unsigned', { scope: variant.registryHost, publicKey: key2.publicKey });
        const r = await skopeoVerify(ctx, policy, image.ref, { allowFailure: true });
        expect(r.code).not.toBe(0);
        expect(r.stderr).toMatch(/no signature/i);
      });
    });
  });

  describe('#registryLogin', () => {
    describe('when the registry wants a token (the token variant)', () => {
      it('lets cosign 3.1, cosign 2.5, skopeo and notation sign and verify there', async () => {
        const token = stack.variants.token;
        const pusher = await createPeerContext(stack, token, { user: SIGNER });
        const tctx = await createSigstoreContext(join(stack.dir, 'peers'));
        try {
          await registryLogin(tctx, token.registryHost, SIGNER);
          const repo = uniqueRepository(token, 'token');
          await makeImage(pusher, repo.ref('v1'));
          const image = await pushImage(pusher, repo.ref('v1'));
          const byDigest = `${repo.name}@${image.digest}`;

          await cosignSign(tctx, 3, key3, byDigest);
          await cosignSign(tctx, 2, key2, byDigest);
          await cosignVerify(tctx, 3, key3.publicKey, byDigest);
          await cosignVerify(tctx, 2, key2.publicKey, byDigest);
          const policy = await writeSkopeoPolicy(tctx, 'token', {
            scope: token.registryHost,
            publicKey: key2.publicKey,
            identity: 'matchRepository',
          });
          await skopeoVerify(tctx, policy, repo.ref('v1'));
          const key = await notationGenerateTestKey(tctx, 'token-test');
          await notationTrustPolicy(tctx, { caStores: [key.name] });
          await notationSign(tctx, key.name, byDigest);
          await notationVerify(tctx, byDigest);
        } finally {
          await removeSigstoreContext(tctx);
          await removePeerContext(pusher);
        }
      });
    });
  });

  describe('#notationSign', () => {
    describe('when notation signs with a test key', () => {
      it('lists the signature in the sha256-<hex> tag index, and notation verifies it under a strict policy, rejecting unsigned and untrusted', async () => {
        const key = await notationGenerateTestKey(ctx, 'notation-test');
        await notationTrustPolicy(ctx, { caStores: [key.name] });
        const image = await pushed('notation');
        const unsigned = await pushed('notation-unsigned');
        await notationSign(ctx, key.name, image.byDigest);

        expect(await tagsOf(image.repo)).toContain(image.digest.replace(':', '-'));
        const ok = await notationVerify(ctx, image.byDigest);
        expect(ok.stdout).toContain('Successfully verified');
        const none = await notationVerify(ctx, unsigned.byDigest, { allowFailure: true });
        expect(none.code).not.toBe(0);
        // Signed only by a certificate outside the policy's trust stores.
        const untrusted = await notationGenerateTestKey(ctx, 'notation-untrusted');
        const other = await pushed('notation-untrusted');
        await notationSign(ctx, untrusted.name, other.byDigest);
        const rejected = await notationVerify(ctx, other.byDigest, { allowFailure: true });
        expect(rejected.code).not.toBe(0);
        expect(rejected.stderr).toMatch(/signature verification failed for all the signatures/);
      });
    });
  });
});
