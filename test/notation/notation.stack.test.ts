// The notation format against the real notation 1.3.2 on the stack's open
// registry (distribution 2.8, no referrers API, so signatures go through
// the sha256-<hex> tag index), through the real RegistryClient of a
// Session: what we sign, `notation verify` accepts under a strict policy
// with our self-signed leaf in a `ca` trust store and refuses for another
// identity; what `notation sign` writes with a `cert generate-test` key, we
// accept and refuse for another anchor or identity; with a leaf a CA
// issued, each accepts the other's through the root; a replayed signature
// is refused by both; a cosign 3.1 bundle, our signature and notation's,
// written to one digest in turn, all stay in the tag index, and our own
// cosign bundle and notation signature, written in one process at once, do
// too.

import { X509Certificate } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createCodeSigningCertificate, SigningKey } from '../../src/keys/index.ts';
import {
  notationSignerOf,
  verifyNotationSignatures,
  writeNotationSignature,
  type NotationTarget,
  type NotationTrustPolicy,
} from '../../src/notation/index.ts';
import { Session } from '../../src/operations/session.ts';
import { OCI_MANIFEST } from '../../src/registry/media-types.ts';
import type { RepositoryLocation } from '../../src/registry/oci-registry.ts';
import { attachReferrer, listReferrers, referrersTag } from '../../src/registry/referrers.ts';
import { cosignSignerOf, verifyCosignSignatures, writeCosignSignatures } from '../../src/sigstore/index.ts';
import { uniqueRepository } from '../support/peers.ts';
import {
  cosignGenerateKeyPair,
  cosignSign,
  cosignVerify,
  createSigstoreContext,
  notation,
  notationGenerateTestKey,
  notationSign,
  notationTrustPolicy,
  notationVerify,
  removeSigstoreContext,
  type SigstoreContext,
} from '../support/sigstore-peers.ts';
import { ecKey, pemOf, rsaKey, testPki } from './support/certificates.ts';

const stack = inject('stack');
const open = stack.variants.open;

const IDENTITY = 'x509.subject: C=US, ST=WA, O=dct-sign, CN=ci';

describe('notation format with notation 1.3', () => {
  let ctx: SigstoreContext;
  let session: Session;

  beforeAll(async () => {
    ctx = await createSigstoreContext(join(stack.dir, 'peers'));
    session = new Session({ access: 'write', retry: { attempts: 1 } });
  });
  afterAll(async () => {
    await session.close();
    await removeSigstoreContext(ctx);
  });

  const locationOf = (prefix: string): RepositoryLocation => ({ registry: open.registryHost, repository: uniqueRepository(open, prefix).path });
  const byDigest = (t: NotationTarget) => `${t.location.registry}/${t.location.repository}@${t.manifest.digest}`;

  /** A small OCI image of its own under `tag`, as the registry serves it. */
  async function image(at: RepositoryLocation, tag: string): Promise<NotationTarget> {
    const client = session.registry;
    const layer = await client.pushBlob(at, Buffer.from(`layer ${Math.random()}`));
    const config = await client.pushBlob(at, Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}'));
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer }],
      }),
    );
    await client.putManifest(at, tag, { bytes, mediaType: OCI_MANIFEST });
    const m = (await client.manifest(at, tag))!;
    return { registry: client, location: at, tag, manifest: { digest: m.digest, size: m.size, mediaType: m.mediaType } };
  }

  /** Our self-signed leaf over `key`, added to notation's `ca` store `store`. */
  async function trustedLeaf(key: SigningKey, store: string): Promise<string> {
    const pem = createCodeSigningCertificate(key, { commonName: 'ci', country: 'US', state: 'WA', validityDays: 365 });
    const file = join(ctx.dir, `${store}.crt`);
    await writeFile(file, pem);
    await notation(ctx, ['cert', 'add', '--type', 'ca', '--store', store, file]);
    return pem;
  }

  describe('when dct-sign signs', () => {
    it('notation verify accepts ES256, ES384 and PS384 signatures (P-256, P-384, RSA 3072) under a strict policy, and refuses another identity', async () => {
      for (const [name, pair] of [['p256', ecKey('P-256')], ['p384', ecKey('P-384')], ['rsa3072', rsaKey(3072)]] as const) {
        const key = new SigningKey(pair.privateKey, 'jws');
        const store = `ours-${name}`;
        const pem = await trustedLeaf(key, store);
        const target = await image(locationOf(`notation-ours-${name}`), 'v1');
        const out = await writeNotationSignature(target, notationSignerOf(key, pem, { keyInput: 'signer-key' }));
        expect(out).toMatchObject({ written: true, listedBy: 'tag-index' });

        await notationTrustPolicy(ctx, { caStores: [store], trustedIdentities: [IDENTITY] });
        const ok = await notationVerify(ctx, byDigest(target));
        expect(ok.stdout).toContain(`Successfully verified signature for ${byDigest(target)}`);

        await notationTrustPolicy(ctx, { caStores: [store], trustedIdentities: ['x509.subject: C=US, ST=WA, O=dct-sign, CN=release'] });
        const other = await notationVerify(ctx, byDigest(target), { allowFailure: true });
        expect(other.code).not.toBe(0);
        expect(other.stderr).toMatch(/signature verification failed for all the signatures/);

        // And ours agrees, both ways.
        const policy: NotationTrustPolicy = { trustAnchors: [{ source: `${store}.crt`, pem }], identities: [] };
        expect(await verifyNotationSignatures(target, policy)).toMatchObject({ ok: true, signatures: [out.signature] });
      }
    });

    it('notation verify refuses an unsigned image and a signature of ours replayed onto another digest', async () => {
      const key = new SigningKey(ecKey().privateKey);
      const pem = await trustedLeaf(key, 'ours-replay');
      await notationTrustPolicy(ctx, { caStores: ['ours-replay'], trustedIdentities: [IDENTITY] });
      const at = locationOf('notation-replay');
      const [signed, unsigned] = [await image(at, 'signed'), await image(at, 'unsigned')];
      const out = await writeNotationSignature(signed, notationSignerOf(key, pem));
      await replay(signed, out.signature, unsigned);

      const none = await notationVerify(ctx, `${at.registry}/${at.repository}@${(await image(at, 'bare')).manifest.digest}`, { allowFailure: true });
      expect(none.code).not.toBe(0);
      expect(none.stderr).toMatch(/no signature is associated/);
      const replayed = await notationVerify(ctx, byDigest(unsigned), { allowFailure: true });
      expect(replayed.code).not.toBe(0);
      expect(replayed.stderr).toMatch(/content descriptor mismatch|verification failed/i);
      const ours = await verifyNotationSignatures(unsigned, { trustAnchors: [{ source: 'ours.crt', pem }], identities: [] });
      expect(ours).toMatchObject({ ok: false, reason: 'notation-invalid' });
      expect(!ours.ok && ours.message).toContain(`target check failed: it signs ${signed.manifest.digest}, not ${unsigned.manifest.digest}`);
    });
  });

  /** Attaches the signature manifest `signature` (of `from`) to `to` with only its subject changed, as a replay would. */
  async function replay(from: NotationTarget, signature: string, to: NotationTarget): Promise<void> {
    const original = JSON.parse(Buffer.from((await session.registry.manifest(from.location, signature))!.bytes).toString('utf8')) as Record<string, unknown>;
    const subject = { mediaType: to.manifest.mediaType, digest: to.manifest.digest, size: to.manifest.size };
    const bytes = Buffer.from(JSON.stringify({ ...original, subject }));
    await attachReferrer(to.registry, to.location, subject, { bytes, mediaType: OCI_MANIFEST, artifactType: 'application/vnd.cncf.notary.signature' });
  }

  describe('when both sign with a leaf issued by a CA', () => {
    it('each accepts the other’s signature through the root as anchor, with an identity', async () => {
      const pki = testPki();
      const chainPem = pemOf(pki.leaf, pki.intermediate, pki.root);
      const keyFile = join(ctx.dir, 'ca-chain.key');
      const certFile = join(ctx.dir, 'ca-chain.crt');
      const rootFile = join(ctx.dir, 'ca-root.crt');
      await writeFile(keyFile, pki.leafKey.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), { mode: 0o600 });
      await writeFile(certFile, chainPem);
      await writeFile(rootFile, pemOf(pki.root));
      // notation's local keys live in signingkeys.json (`notation key add` takes plugin keys only).
      const keysFile = join(ctx.notationConfig, 'signingkeys.json');
      const keys = JSON.parse(await readFile(keysFile, 'utf8').catch(() => '{"keys":[]}')) as { keys: unknown[] };
      keys.keys.push({ name: 'ca-chain', keyPath: keyFile, certPath: certFile });
      await writeFile(keysFile, JSON.stringify(keys));
      await notation(ctx, ['cert', 'add', '--type', 'ca', '--store', 'ca-root', rootFile]);
      const identity = 'x509.subject: C=US, ST=WA, O=dct-sign tests, CN=ci';
      await notationTrustPolicy(ctx, { caStores: ['ca-root'], trustedIdentities: [identity] });
      const policy: NotationTrustPolicy = { trustAnchors: [{ source: 'ca-root.crt', pem: pemOf(pki.root) }], identities: [identity] };
      const at = locationOf('notation-ca');
      const [theirs, ours] = [await image(at, 'theirs'), await image(at, 'ours')];

      await notationSign(ctx, 'ca-chain', byDigest(theirs));
      expect(await verifyNotationSignatures(theirs, policy)).toMatchObject({ ok: true, signedBy: ['C=US, ST=WA, O=dct-sign tests, CN=ci'] });
      await expect(verifyNotationSignatures(theirs, { ...policy, identities: [] })).rejects.toThrow(/^notation-identity: required because/);

      await writeNotationSignature(ours, notationSignerOf(new SigningKey(pki.leafKey.privateKey), chainPem));
      expect((await notationVerify(ctx, byDigest(ours))).code).toBe(0);
      expect(await verifyNotationSignatures(ours, policy)).toMatchObject({ ok: true });
    });
  });

  describe('when notation signs', () => {
    it('we accept its signature with its test certificate as the anchor, and refuse another anchor, another identity and a replay', async () => {
      const testKey = await notationGenerateTestKey(ctx, 'notation-signer');
      const otherKey = await notationGenerateTestKey(ctx, 'notation-other');
      const at = locationOf('notation-theirs');
      const target = await image(at, 'v1');
      const elsewhere = await image(at, 'v2');
      await notationSign(ctx, testKey.name, byDigest(target));

      const cert = await readFile(testKey.certificate, 'utf8');
      const subject = new X509Certificate(cert).subject.split('\n');
      const identity = `x509.subject: ${subject.join(', ')}`;
      const accepted = await verifyNotationSignatures(target, { trustAnchors: [{ source: 'notation-signer.crt', pem: cert }], identities: [identity] });
      expect(accepted).toMatchObject({ ok: true, signedBy: [subject.join(', ')] });

      const otherAnchor = await verifyNotationSignatures(target, {
        trustAnchors: [{ source: 'notation-other.crt', pem: await readFile(otherKey.certificate, 'utf8') }],
        identities: [`x509.subject: ${new X509Certificate(await readFile(otherKey.certificate, 'utf8')).subject.split('\n').join(', ')}`],
      });
      expect(otherAnchor).toMatchObject({ ok: false, reason: 'notation-invalid' });
      expect(!otherAnchor.ok && otherAnchor.message).toMatch(/authenticity check failed: .* leads to no trust anchor/);

      const otherIdentity = await verifyNotationSignatures(target, {
        trustAnchors: [{ source: 'notation-signer.crt', pem: cert }],
        identities: ['x509.subject: C=US, ST=WA, O=Notary, CN=someone-else'],
      });
      expect(!otherIdentity.ok && otherIdentity.message).toMatch(/identity check failed: the signer .* matches none of the identities/);

      const unsigned = await verifyNotationSignatures(elsewhere, { trustAnchors: [{ source: 'notation-signer.crt', pem: cert }], identities: [identity] });
      expect(unsigned).toMatchObject({ ok: false, reason: 'notation-unsigned' });

      const [theirs] = (await listReferrers(session.registry, at, target.manifest.digest)).map((d) => d.digest);
      await replay(target, theirs!, elsewhere);
      const replayed = await verifyNotationSignatures(elsewhere, { trustAnchors: [{ source: 'notation-signer.crt', pem: cert }], identities: [identity] });
      expect(!replayed.ok && replayed.message).toContain(`target check failed: it signs ${target.manifest.digest}, not ${elsewhere.manifest.digest}`);
    });
  });

  // In turn, not at once: a registry without the referrers API has no compare-and-swap on a tag, and cosign and
  // notation write the index without reading it back, so between processes a late writer can drop an entry.
  describe('when cosign, dct-sign and notation sign one digest in turn', () => {
    it('keeps every signature in the tag index, and each verifier accepts its own', async () => {
      const cosignKey = await cosignGenerateKeyPair(ctx, 3, 'cosign3-shared');
      const testKey = await notationGenerateTestKey(ctx, 'notation-shared');
      const key = new SigningKey(ecKey().privateKey);
      const pem = await trustedLeaf(key, 'ours-shared');
      const target = await image(locationOf('notation-shared'), 'v1');

      await cosignSign(ctx, 3, cosignKey, byDigest(target));
      const ours = await writeNotationSignature(target, notationSignerOf(key, pem));
      await notationSign(ctx, testKey.name, byDigest(target));

      const index = JSON.parse(
        Buffer.from((await session.registry.manifest(target.location, referrersTag(target.manifest.digest)))!.bytes).toString('utf8'),
      ) as { manifests: { digest: string; artifactType?: string }[] };
      expect(index.manifests).toHaveLength(3);
      expect(index.manifests.map((m) => m.digest)).toContain(ours.signature);

      expect((await cosignVerify(ctx, 3, cosignKey.publicKey, byDigest(target))).code).toBe(0);
      await notationTrustPolicy(ctx, { caStores: ['ours-shared'], trustedIdentities: [IDENTITY] });
      expect((await notationVerify(ctx, byDigest(target))).code).toBe(0);
      await notationTrustPolicy(ctx, { caStores: ['notation-shared'] });
      expect((await notationVerify(ctx, byDigest(target))).code).toBe(0);
      const both = await verifyNotationSignatures(target, {
        trustAnchors: [
          { source: 'ours-shared.crt', pem },
          { source: 'notation-shared.crt', pem: await readFile(testKey.certificate, 'utf8') },
        ],
        identities: [],
      });
      expect(both).toMatchObject({ ok: true });
      expect(both.ok && both.signatures).toHaveLength(2);
    });
  });

  describe('when dct-sign writes cosign’s forms and a notation signature in one process at the same time', () => {
    it('lists the bundle and the notation signature in one tag index, and cosign 3.1, notation and ours accept them', async () => {
      const key = new SigningKey(ecKey().privateKey);
      const pem = await trustedLeaf(key, 'ours-both');
      const target = await image(locationOf('notation-both'), 'v1');
      const cosignSigner = cosignSignerOf({ signer: key, role: undefined, gun: undefined });
      const pub = join(ctx.dir, 'ours-both.pub');
      await writeFile(pub, cosignSigner.publicKeyPem);

      const [cosignOut, notationOut] = await Promise.all([
        writeCosignSignatures(target, cosignSigner),
        writeNotationSignature(target, notationSignerOf(key, pem, { keyInput: 'signer-key' })),
      ]);
      expect(cosignOut.written).toEqual(expect.arrayContaining(['sig', 'bundle']));

      const index = JSON.parse(
        Buffer.from((await session.registry.manifest(target.location, referrersTag(target.manifest.digest)))!.bytes).toString('utf8'),
      ) as { manifests: { digest: string; artifactType?: string }[] };
      expect(index.manifests).toHaveLength(2);
      expect(index.manifests.map((m) => m.artifactType).sort()).toEqual(['application/vnd.cncf.notary.signature', 'application/vnd.dev.sigstore.bundle.v0.3+json']);
      expect(index.manifests.map((m) => m.digest)).toContain(notationOut.signature);

      expect((await cosignVerify(ctx, 3, pub, byDigest(target))).code).toBe(0);
      await notationTrustPolicy(ctx, { caStores: ['ours-both'], trustedIdentities: [IDENTITY] });
      expect((await notationVerify(ctx, byDigest(target))).code).toBe(0);
      expect(await verifyCosignSignatures(target, [{ source: 'ours-both.pub', pem: cosignSigner.publicKeyPem }])).toMatchObject({ ok: true });
      expect(await verifyNotationSignatures(target, { trustAnchors: [{ source: 'ours-both.crt', pem }], identities: [] })).toMatchObject({ ok: true });
    });
  });
});
