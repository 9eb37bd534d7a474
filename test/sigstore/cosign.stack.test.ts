// The cosign formats against the real peers on the stack's registries
// (distribution 2.8, no referrers API, so bundles go through the tag index):
// what we write, cosign 2.5, cosign 3.1 and skopeo 1.18 accept, and refuse
// for another key or another digest; what they write, we accept with their
// key and refuse with another; a `.sig` naming another tag is refused by
// skopeo's default policy and by us. Our key is a DCT-style key (src/keys
// generateKey) whose public PEM is the `.pub` cosign and skopeo are given.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HttpTransport } from '../../src/http/transport.ts';
import { generateKeyPairSync } from 'node:crypto';
import { exportPublicKeyPem, generateKey, loadCosignPrivateKey, SigningKey } from '../../src/keys/index.ts';
import { RegistryAuth } from '../../src/registry/auth.ts';
import type { Descriptor, RepositoryLocation } from '../../src/registry/oci-registry.ts';
import { referrersTag } from '../../src/registry/referrers.ts';
import { RegistryClient } from '../../src/registry/registry-client.ts';
import { cosignSignerOf, verifyCosignSignatures, writeCosignSignatures, type CosignSigner, type CosignTarget } from '../../src/sigstore/index.ts';
import { sigTagOf } from '../../src/sigstore/sig-manifest.ts';
import { pushOciIndex } from '../support/registry-api.ts';
import {
  type CosignKeyPair,
  cosignGenerateKeyPair,
  cosignSign,
  cosignVerify,
  createSigstoreContext,
  registryLogin,
  removeSigstoreContext,
  type SigstoreContext,
  skopeo,
  skopeoCopySigned,
  skopeoVerify,
  writeSkopeoPolicy,
} from '../support/sigstore-peers.ts';
import { pushTestImage, registryClient, repositoryIn } from '../support/stack-registry.ts';
import { SIGNER } from '../support/token-server.ts';

const stack = inject('stack');
const open = stack.variants.open;

interface Key {
  readonly signer: CosignSigner | undefined;
  /** The `.pub` file the peers get. */
  readonly pub: string;
  readonly pem: string;
}

describe('cosign formats with the real peers', () => {
  let ctx: SigstoreContext;
  let transport: HttpTransport;
  let registry: RegistryClient;
  let ours: Key;
  let other: Key;
  let key2: CosignKeyPair;
  let key3: CosignKeyPair;

  async function dctKey(name: string, key: SigningKey = generateKey('ecdsa')): Promise<Key> {
    const signer = cosignSignerOf({ signer: key, role: undefined, gun: undefined });
    const pub = join(ctx.dir, `${name}.pub`);
    await writeFile(pub, signer.publicKeyPem);
    return { signer, pub, pem: signer.publicKeyPem };
  }

  beforeAll(async () => {
    ctx = await createSigstoreContext(join(stack.dir, 'peers'));
    ({ registry, transport } = registryClient());
    [ours, other, key2, key3] = await Promise.all([
      dctKey('ours'),
      dctKey('other'),
      cosignGenerateKeyPair(ctx, 2, 'cosign2'),
      cosignGenerateKeyPair(ctx, 3, 'cosign3'),
    ]);
  });
  afterAll(async () => {
    await transport.close();
    await removeSigstoreContext(ctx);
  });

  const locationOf = (prefix: string) => repositoryIn(open, prefix);
  const ref = (at: RepositoryLocation, tag: string) => `${at.registry}/${at.repository}:${tag}`;

  const image = (at: RepositoryLocation, tag: string, client = registry): Promise<Descriptor> => pushTestImage(client, at, tag);

  async function targetOf(at: RepositoryLocation, tag: string, client = registry): Promise<CosignTarget> {
    const m = (await client.manifest(at, tag))!;
    return { registry: client, location: at, tag, manifest: { digest: m.digest, size: m.size, mediaType: m.mediaType } };
  }

  /** Exit codes of cosign 2.5 verify, cosign 3.1 verify and a skopeo pull under a sigstoreSigned policy. */
  async function peersVerdict(key: Key | CosignKeyPair, reference: string): Promise<[number | null, number | null, number | null]> {
    const pub = 'pub' in key ? key.pub : key.publicKey;
    const policy = await writeSkopeoPolicy(ctx, `p-${Math.random().toString(36).slice(2)}`, { scope: open.registryHost, publicKey: pub });
    const [c2, c3, sk] = await Promise.all([
      cosignVerify(ctx, 2, pub, reference, { allowFailure: true }),
      cosignVerify(ctx, 3, pub, reference, { allowFailure: true }),
      skopeoVerify(ctx, policy, reference, { allowFailure: true }),
    ]);
    return [c2.code, c3.code, sk.code];
  }

  describe('ours signs', () => {
    it('cosign 2.5, cosign 3.1 and skopeo (matchRepoDigestOrExact) accept, and each refuses another key', async () => {
      const at = locationOf('ours-signs');
      await image(at, 'v1');
      expect(await writeCosignSignatures(await targetOf(at, 'v1'), ours.signer!)).toEqual({ written: ['sig', 'bundle'], already: [] });

      expect(await peersVerdict(ours, ref(at, 'v1'))).toEqual([0, 0, 0]);
      const refused = await peersVerdict(other, ref(at, 'v1'));
      expect(refused.every((code) => code !== 0)).toBe(true);
      expect(await writeCosignSignatures(await targetOf(at, 'v1'), ours.signer!)).toEqual({ written: [], already: ['sig', 'bundle'] });
    });

    it.each([
      ['Ed25519', () => generateKey('ed25519')],
      ['RSA 2048', () => new SigningKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey)],
    ])('with an %s DCT key too: cosign 2.5, cosign 3.1 and skopeo accept', async (name, make) => {
      const key = await dctKey(`ours-${name.replace(/\W/g, '')}`, make());
      const at = locationOf('ours-key-types');
      await image(at, 'v1');
      await writeCosignSignatures(await targetOf(at, 'v1'), key.signer!);
      expect(await peersVerdict(key, ref(at, 'v1'))).toEqual([0, 0, 0]);
    });

    it('shares the .sig manifest with cosign 2.5 whichever signs first: both signatures verify', async () => {
      const at = locationOf('shared-sig');
      await image(at, 'first');
      await image(at, 'second');
      await cosignSign(ctx, 2, key2, ref(at, 'first'));
      await writeCosignSignatures(await targetOf(at, 'first'), ours.signer!);
      await writeCosignSignatures(await targetOf(at, 'second'), ours.signer!);
      await cosignSign(ctx, 2, key2, ref(at, 'second'));
      for (const tag of ['first', 'second']) {
        const sig = (await registry.manifest(at, sigTagOf((await registry.manifest(at, tag))!.digest)))!;
        expect((JSON.parse(Buffer.from(sig.bytes).toString('utf8')) as { layers: unknown[] }).layers).toHaveLength(2);
        expect((await cosignVerify(ctx, 2, key2.publicKey, ref(at, tag), { allowFailure: true })).code).toBe(0);
        expect(await peersVerdict(ours, ref(at, tag))).toEqual([0, 0, 0]);
      }
    });

    it('the peers take the .pub as `docker trust key generate` writes it, with its role: header', async () => {
      const key = generateKey('ecdsa');
      const pem = exportPublicKeyPem(key, { role: 'ci' });
      expect(pem).toContain('role: ci');
      const pub = join(ctx.dir, 'ci.pub');
      await writeFile(pub, pem);
      const at = locationOf('role-header');
      await image(at, 'v1');
      await writeCosignSignatures(await targetOf(at, 'v1'), cosignSignerOf({ signer: key, role: 'ci', gun: undefined }));
      expect(await peersVerdict({ signer: undefined, pub, pem }, ref(at, 'v1'))).toEqual([0, 0, 0]);
      expect(await verifyCosignSignatures(await targetOf(at, 'v1'), [{ source: 'ci.pub', pem }])).toMatchObject({ ok: true });
    });

    it.each([2, 3] as const)('with a key from cosign %i generate-key-pair: the peers accept with its cosign.pub', async (version) => {
      const pair = version === 2 ? key2 : key3;
      const loadedKey = loadCosignPrivateKey(await readFile(pair.privateKey, 'utf8'), { input: 'cosign-key', passphrase: pair.password });
      const at = locationOf(`cosign${version}-key`);
      await image(at, 'v1');
      await writeCosignSignatures(await targetOf(at, 'v1'), cosignSignerOf(loadedKey, 'cosign-key'));
      expect(await peersVerdict(pair, ref(at, 'v1'))).toEqual([0, 0, 0]);
    });

    it('cosign 3.1 accepts our bundle alone', async () => {
      const at = locationOf('ours-bundle');
      const subject = await image(at, 'v1');
      await writeCosignSignatures(await targetOf(at, 'v1'), ours.signer!);
      const sig = (await registry.manifest(at, sigTagOf(subject.digest)))!;
      const res = await fetch(`${open.registryUrl}/v2/${at.repository}/manifests/${sig.digest}`, { method: 'DELETE' });
      expect(res.status).toBe(202);

      expect((await cosignVerify(ctx, 3, ours.pub, ref(at, 'v1'), { allowFailure: true })).code).toBe(0);
      expect((await cosignVerify(ctx, 3, other.pub, ref(at, 'v1'), { allowFailure: true })).code).not.toBe(0);
    });

    it('every peer and ours refuse our signatures replayed onto another digest', async () => {
      const at = locationOf('replayed');
      const signed = await image(at, 'signed');
      const target = await image(at, 'v1');
      await writeCosignSignatures(await targetOf(at, 'signed'), ours.signer!);
      // Both forms of the signed digest, copied to the other digest's tags.
      for (const tag of [sigTagOf, referrersTag]) {
        const m = (await registry.manifest(at, tag(signed.digest)))!;
        await registry.putManifest(at, tag(target.digest), { bytes: m.bytes, mediaType: m.mediaType });
      }

      const refused = await peersVerdict(ours, ref(at, 'v1'));
      expect(refused.every((code) => code !== 0)).toBe(true);
      const verdict = await verifyCosignSignatures(await targetOf(at, 'v1'), [{ source: 'ours.pub', pem: ours.pem }]);
      expect(verdict).toMatchObject({ ok: false, reason: 'cosign-invalid', message: expect.stringContaining(`covers ${signed.digest}`) });
    });

    it('signs a multi-arch index and each platform, and skopeo copy --all accepts every platform', async () => {
      const at = locationOf('multi-arch');
      await pushOciIndex(open.registryUrl, at.repository, 'v1');
      await writeCosignSignatures(await targetOf(at, 'v1'), ours.signer!);
      const policy = await writeSkopeoPolicy(ctx, 'multi-arch', { scope: open.registryHost, publicKey: ours.pub });
      const out = join(ctx.dir, 'multi-arch-copy');
      const all = await skopeo(ctx, ['copy', '--quiet', '--all', '--src-tls-verify=false', `docker://${ref(at, 'v1')}`, `dir:${out}`], { policy, allowFailure: true });
      expect(all.code, all.stderr).toBe(0);
      for (const arch of ['amd64', 'arm64']) {
        const platform = (await registry.manifest(at, `v1-${arch}`))!;
        expect(await verifyCosignSignatures({ ...(await targetOf(at, 'v1')), manifest: platform }, [{ source: 'ours', pem: ours.pem }])).toMatchObject({ ok: true, forms: ['sig', 'bundle'] });
      }
      const otherPolicy = await writeSkopeoPolicy(ctx, 'multi-arch-other', { scope: open.registryHost, publicKey: other.pub });
      const refused = await skopeo(ctx, ['copy', '--quiet', '--all', '--src-tls-verify=false', `docker://${ref(at, 'v1')}`, `dir:${out}-2`], { policy: otherPolicy, allowFailure: true });
      expect(refused.code).not.toBe(0);
      expect((await cosignVerify(ctx, 3, ours.pub, ref(at, 'v1'), { allowFailure: true })).code).toBe(0);
    });

    it('works on the token-auth registry with a signer that may push', async () => {
      const token = stack.variants.token;
      const client = new RegistryClient({ auth: new RegistryAuth({ transport, credentials: SIGNER }) });
      const at = repositoryIn(token, 'token');
      await image(at, 'v1', client);
      await writeCosignSignatures(await targetOf(at, 'v1', client), ours.signer!);
      await registryLogin(ctx, token.registryHost, SIGNER);
      for (const version of [2, 3] as const) {
        expect((await cosignVerify(ctx, version, ours.pub, ref(at, 'v1'), { allowFailure: true })).code).toBe(0);
      }
      expect(await verifyCosignSignatures(await targetOf(at, 'v1', client), [{ source: 'ours', pem: ours.pem }])).toMatchObject({ ok: true });
    });
  });

  describe('the peers sign', () => {
    it.each([
      ['cosign 2.5 (.sig)', 2, 'sig', ['sig']],
      ['cosign 3.1 (bundle)', 3, 'bundle', ['bundle']],
      ['cosign 3.1 --new-bundle-format=false (.sig)', 3, 'sig', ['sig']],
    ] as const)('%s: ours accepts with their key and refuses another', async (_name, version, form, forms) => {
      const at = locationOf(`cosign${version}-${form}`);
      await image(at, 'v1');
      const key = version === 2 ? key2 : key3;
      await cosignSign(ctx, version, key, ref(at, 'v1'), version === 3 ? { form } : {});
      const target = await targetOf(at, 'v1');
      const pem = await readFile(key.publicKey, 'utf8');
      expect(await verifyCosignSignatures(target, [{ source: 'their.pub', pem }])).toEqual({ ok: true, forms, signedBy: ['their.pub'] });
      expect(await verifyCosignSignatures(target, [{ source: 'ours.pub', pem: ours.pem }])).toMatchObject({
        ok: false,
        reason: 'cosign-invalid',
        message: expect.stringContaining('signed by another key than ours.pub'),
      });
    });

    it('skopeo: ours accepts its signature for the tag, and refuses it checked as another tag', async () => {
      const at = locationOf('skopeo');
      await image(at, 'src');
      await skopeoCopySigned(ctx, key2, ref(at, 'src'), ref(at, 'a'));
      const a = (await registry.manifest(at, 'a'))!;
      await registry.putManifest(at, 'b', { bytes: a.bytes, mediaType: a.mediaType });
      const pem = await readFile(key2.publicKey, 'utf8');

      expect(await verifyCosignSignatures(await targetOf(at, 'a'), [{ source: 'skopeo.pub', pem }])).toEqual({ ok: true, forms: ['sig'], signedBy: ['skopeo.pub'] });
      expect(await verifyCosignSignatures(await targetOf(at, 'a'), [{ source: 'ours.pub', pem: ours.pem }])).toMatchObject({ ok: false, reason: 'cosign-invalid' });
      expect(await verifyCosignSignatures(await targetOf(at, 'b'), [{ source: 'skopeo.pub', pem }])).toMatchObject({
        ok: false,
        reason: 'cosign-invalid',
        message: expect.stringContaining(`its identity names ${ref(at, 'a')}, not ${ref(at, 'b')}`),
      });
      // skopeo's own default policy refuses it as tag b too.
      const policy = await writeSkopeoPolicy(ctx, 'skopeo-tags', { scope: open.registryHost, publicKey: key2.publicKey });
      expect((await skopeoVerify(ctx, policy, ref(at, 'a'), { allowFailure: true })).code).toBe(0);
      expect((await skopeoVerify(ctx, policy, ref(at, 'b'), { allowFailure: true })).code).not.toBe(0);
    });

    it('an unsigned image: ours says cosign-unsigned, and the peers refuse it', async () => {
      const at = locationOf('unsigned');
      await image(at, 'v1');
      expect(await verifyCosignSignatures(await targetOf(at, 'v1'), [{ source: 'ours.pub', pem: ours.pem }])).toMatchObject({ ok: false, reason: 'cosign-unsigned' });
      const refused = await peersVerdict(ours, ref(at, 'v1'));
      expect(refused.every((code) => code !== 0)).toBe(true);
    });
  });
});
