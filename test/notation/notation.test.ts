// writeNotationSignature and verifyNotationSignatures over the in-memory
// registry (distribution 2.8's behaviour: no referrers API unless asked):
// the bytes notation 1.3 writes, read back by our gate, notation's own
// captured signature read by our gate, and every way a signature can fail
// to count, each naming its check.

import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { InputError, KeyError } from '../../src/errors.ts';
import { createCodeSigningCertificate, signJws, SigningKey } from '../../src/keys/index.ts';
import { checkEnvelope } from '../../src/notation/envelope.ts';
import {
  notationSignerOf,
  SIGNING_AGENT,
  verifyNotationSignatures,
  writeNotationSignature,
  type NotationSigner,
  type NotationTarget,
  type NotationTrustPolicy,
} from '../../src/notation/index.ts';
import { judge, parsePolicy } from '../../src/notation/verify.ts';
import { OCI_INDEX, OCI_MANIFEST } from '../../src/registry/media-types.ts';
import type { RepositoryLocation } from '../../src/registry/oci-registry.ts';
import { attachReferrer, referrersTag } from '../../src/registry/referrers.ts';
import { cosignSignerOf, verifyCosignSignatures, writeCosignSignatures } from '../../src/sigstore/index.ts';
import { InMemoryRegistry, REGISTRY } from '../operations/support/in-memory.ts';
import { ecKey, LEAF_SUBJECT, makeCert, pemOf, rsaKey, signingKey, testPki, type KeyPair } from './support/certificates.ts';

const LOCATION: RepositoryLocation = { registry: REGISTRY, repository: 'team/app' };
const NAME = `${REGISTRY}/team/app`;
const DAY = 86_400_000;
const FIXTURES = new URL('./fixtures/', import.meta.url);

async function targetOf(registry: InMemoryRegistry, tag: string): Promise<NotationTarget> {
  const m = await registry.manifest(LOCATION, tag);
  if (!m) throw new Error(`no ${tag}`);
  return { registry, location: LOCATION, tag, manifest: { digest: m.digest, size: m.size, mediaType: m.mediaType } };
}

async function withImage(...contents: string[]): Promise<{ registry: InMemoryRegistry; targets: NotationTarget[] }> {
  const registry = new InMemoryRegistry();
  const targets: NotationTarget[] = [];
  for (const [i, content] of contents.entries()) {
    registry.put(`${NAME}:v${i + 1}`, content);
    targets.push(await targetOf(registry, `v${i + 1}`));
  }
  return { registry, targets };
}

function json(bytes: Uint8Array | undefined): Record<string, any> {
  return JSON.parse(Buffer.from(bytes!).toString('utf8')) as Record<string, any>;
}

/** A self-signed leaf over a new key, made by our certificate command's code. */
function selfSigned(pair: KeyPair = ecKey(), name = 'ci'): { key: SigningKey; pem: string; signer: NotationSigner } {
  const key = signingKey(pair);
  const pem = createCodeSigningCertificate(key, { commonName: name, validityDays: 30, now: new Date(Date.now() - 60_000) });
  return { key, pem, signer: notationSignerOf(key, pem, { keyInput: 'signer-key' }) };
}

function leafPolicy(pem: string): NotationTrustPolicy {
  return { trustAnchors: [{ source: 'ci.crt', pem }], identities: [] };
}

function tagIndex(registry: InMemoryRegistry, digest: string): Record<string, any> {
  return json(registry.manifests.get(`${NAME}:${referrersTag(digest)}`));
}

const GOOD_HEADER = {
  alg: 'ES256',
  crit: ['io.cncf.notary.signingScheme'],
  cty: 'application/vnd.cncf.notary.payload.v1+json',
  'io.cncf.notary.signingScheme': 'notary.x509',
  'io.cncf.notary.signingTime': '2026-12-08T00:00:00Z',
};

/** An envelope signed by `key` with any protected header, carrying `cert`. */
async function craftEnvelope(key: SigningKey, cert: X509Certificate, header: Record<string, unknown>): Promise<Buffer> {
  const protectedPart = Buffer.from(JSON.stringify(header)).toString('base64url');
  const payload = Buffer.from('{"targetArtifact":{}}').toString('base64url');
  const { signature } = await signJws(key, Buffer.from(`${protectedPart}.${payload}`));
  return Buffer.from(
    JSON.stringify({ payload, protected: protectedPart, header: { x5c: [cert.raw.toString('base64')] }, signature: Buffer.from(signature).toString('base64url') }),
  );
}

describe('notation signatures', () => {
  describe('#writeNotationSignature', () => {
    it('writes the referrer manifest and JWS envelope as notation 1.3 does, listed in the tag index', async () => {
      const { registry, targets } = await withImage('the image');
      const target = targets[0]!;
      const { signer } = selfSigned(rsaKey(2048));
      const now = new Date('2026-12-08T01:02:03.456Z');

      const out = await writeNotationSignature(target, signer, { now: () => now });

      expect(out).toMatchObject({ written: true, listedBy: 'tag-index' });
      const manifestBytes = registry.byDigest.get(`${NAME}@${out.signature}`)!;
      const manifest = json(manifestBytes);
      const captured = json(readFileSync(new URL('notation.referrer.manifest.json', FIXTURES)));
      // Same keys in the same order, same config (the two bytes `{}`), and no artifactType field.
      expect(Object.keys(manifest)).toEqual(Object.keys(captured));
      expect(manifest.config).toEqual(captured.config);
      expect(manifest.layers).toHaveLength(1);
      expect(manifest.layers[0].mediaType).toBe('application/jose+json');
      expect(manifest.subject).toEqual({ mediaType: OCI_MANIFEST, digest: target.manifest.digest, size: target.manifest.size });
      expect(manifest.annotations).toEqual({
        'io.cncf.notary.x509chain.thumbprint#S256': JSON.stringify([createHash('sha256').update(signer.chain[0]!.raw).digest('hex')]),
        'org.opencontainers.image.created': '2026-12-08T01:02:03Z',
      });

      const envelope = json(registry.blobs.get(`${NAME}@${manifest.layers[0].digest}`));
      const notations = json(readFileSync(new URL('notation.jws.json', FIXTURES)));
      expect(Object.keys(envelope)).toEqual(Object.keys(notations));
      expect(Object.keys(envelope.header)).toEqual(Object.keys(notations.header));
      expect(envelope.header).toEqual({ x5c: [signer.chain[0]!.raw.toString('base64')], 'io.cncf.notary.signingAgent': SIGNING_AGENT });
      const header = json(Buffer.from(envelope.protected, 'base64url'));
      const theirs = json(Buffer.from(notations.protected, 'base64url'));
      expect(Object.keys(header)).toEqual(Object.keys(theirs));
      expect(header).toEqual({ ...theirs, alg: 'PS256', 'io.cncf.notary.signingTime': '2026-12-08T01:02:03Z' });
      expect(Buffer.from(envelope.payload, 'base64url').toString()).toBe(
        `{"targetArtifact":{"digest":"${target.manifest.digest}","mediaType":"${OCI_MANIFEST}","size":${target.manifest.size}}}`,
      );

      const index = tagIndex(registry, target.manifest.digest);
      expect(index.mediaType).toBe(OCI_INDEX);
      expect(index.manifests).toEqual([
        {
          mediaType: OCI_MANIFEST,
          digest: out.signature,
          size: manifestBytes.length,
          artifactType: 'application/vnd.cncf.notary.signature',
          annotations: manifest.annotations,
        },
      ]);
    });

    test.each([
      ['P-256', 'ES256', () => ecKey('P-256')],
      ['P-384 (loaded for notation only)', 'ES384', () => ecKey('P-384')],
      ['RSA 3072', 'PS384', () => rsaKey(3072)],
    ] as const)('signs with a %s key as %s', async (_, alg, make) => {
      const { registry, targets } = await withImage('the image');
      const pair = make();
      const key = new SigningKey(pair.privateKey, 'jws');
      const signer = notationSignerOf(key, createCodeSigningCertificate(key, { commonName: 'ci', validityDays: 1, now: new Date(Date.now() - 60_000) }));
      const out = await writeNotationSignature(targets[0]!, signer);
      const layer = json(registry.byDigest.get(`${NAME}@${out.signature}`)).layers[0].digest;
      const checked = checkEnvelope(registry.blobs.get(`${NAME}@${layer}`)!);
      expect(checked.ok && checked.envelope.algorithm).toBe(alg);
    });

    it('leaves a valid signature by the same certificate as it is, and writes one for another certificate', async () => {
      const { registry, targets } = await withImage('the image');
      const { signer } = selfSigned();
      const first = await writeNotationSignature(targets[0]!, signer);
      const writes = registry.writes.length;

      expect(await writeNotationSignature(targets[0]!, signer)).toEqual({ written: false, signature: first.signature, listedBy: undefined });
      expect(registry.writes).toHaveLength(writes);

      const other = await writeNotationSignature(targets[0]!, selfSigned().signer);
      expect(other.written).toBe(true);
      expect(tagIndex(registry, targets[0]!.manifest.digest).manifests).toHaveLength(2);
    });

    it('keeps a cosign bundle written beside it at the same time in the tag index', async () => {
      const { registry, targets } = await withImage('the image');
      const target = targets[0]!;
      const subject = { mediaType: target.manifest.mediaType, digest: target.manifest.digest, size: target.manifest.size };
      const bundle = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json', subject }));
      const [notation, cosign] = await Promise.all([
        writeNotationSignature(target, selfSigned().signer),
        attachReferrer(registry, LOCATION, subject, { bytes: bundle, mediaType: OCI_MANIFEST, artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }),
      ]);
      const listed = tagIndex(registry, target.manifest.digest).manifests.map((m: { digest: string }) => m.digest);
      expect(listed.sort()).toEqual([notation.signature, cosign.descriptor.digest].sort());
    });

    it('keeps the bundle writeCosignSignatures writes at the same time with the same key, and both verify', async () => {
      const { registry, targets } = await withImage('the image');
      const target = targets[0]!;
      const { key, pem, signer } = selfSigned();
      const cosignSigner = cosignSignerOf({ signer: key, role: undefined, gun: undefined });
      const [cosign, notation] = await Promise.all([writeCosignSignatures(target, cosignSigner), writeNotationSignature(target, signer)]);
      expect(cosign.written).toContain('bundle');
      const listed = tagIndex(registry, target.manifest.digest).manifests.map((m: { artifactType: string }) => m.artifactType);
      expect(listed.sort()).toEqual(['application/vnd.cncf.notary.signature', 'application/vnd.dev.sigstore.bundle.v0.3+json']);
      expect(await verifyNotationSignatures(target, leafPolicy(pem))).toMatchObject({ ok: true, signatures: [notation.signature] });
      expect(await verifyCosignSignatures(target, [{ source: 'ci.pub', pem: cosignSigner.publicKeyPem }])).toMatchObject({ ok: true });
    });

    it('lists it through the referrers API where the registry has one, with no tag index', async () => {
      const { registry, targets } = await withImage('the image');
      registry.referrersApi = true;
      const { pem, signer } = selfSigned();
      expect((await writeNotationSignature(targets[0]!, signer)).listedBy).toBe('referrers-api');
      expect(registry.manifests.has(`${NAME}:${referrersTag(targets[0]!.manifest.digest)}`)).toBe(false);
      expect(await verifyNotationSignatures(targets[0]!, leafPolicy(pem))).toMatchObject({ ok: true });
    });
  });

  describe('#notationSignerOf', () => {
    it('refuses a certificate that is not for the key before anything is written', () => {
      const { pem } = selfSigned();
      expect(() => notationSignerOf(signingKey(ecKey()), pem)).toThrow(KeyError);
      expect(() => notationSignerOf(signingKey(ecKey()), pem)).toThrow(/^notation-certificate: the first certificate \("O=dct-sign, CN=ci"\) is not for notation-key/);
    });

    it('takes a chain leaf first and keeps the soonest expiry', () => {
      const pki = testPki();
      const signer = notationSignerOf(signingKey(pki.leafKey), pemOf(pki.leaf, pki.intermediate, pki.root));
      expect(signer.chain).toHaveLength(3);
      expect(signer.algorithm).toBe('ES256');
      expect(signer.subject).toBe('C=US, ST=WA, O=dct-sign tests, CN=ci');
      expect(signer.notAfter.getTime()).toBe(Math.min(...[pki.leaf, pki.intermediate, pki.root].map((c) => new Date(c.validTo).getTime())));
    });
  });

  describe('#verifyNotationSignatures', () => {
    describe('when a signature is valid', () => {
      it('accepts ours with our self-signed leaf as the anchor and no identity', async () => {
        const { targets } = await withImage('the image');
        const { pem, signer } = selfSigned();
        const out = await writeNotationSignature(targets[0]!, signer);
        expect(await verifyNotationSignatures(targets[0]!, leafPolicy(pem))).toEqual({ ok: true, signatures: [out.signature], signedBy: ['O=dct-sign, CN=ci'] });
      });

      it('accepts a chain through a CA anchor when the identity matches, as notation compares DNs (a subset, S for ST)', async () => {
        const { targets } = await withImage('the image');
        const pki = testPki();
        const signer = notationSignerOf(signingKey(pki.leafKey), pemOf(pki.leaf, pki.intermediate, pki.root));
        await writeNotationSignature(targets[0]!, signer);
        const policy = { trustAnchors: [{ source: 'root.crt', pem: pemOf(pki.root) }], identities: ['x509.subject: C=US, S=WA, O=dct-sign tests'] };
        expect(await verifyNotationSignatures(targets[0]!, policy)).toMatchObject({ ok: true, signedBy: ['C=US, ST=WA, O=dct-sign tests, CN=ci'] });
      });

      it('accepts the signature notation 1.3.2 wrote, at a time its certificate is valid', () => {
        const bytes = readFileSync(new URL('notation.jws.json', FIXTURES));
        const checked = checkEnvelope(bytes);
        if (!checked.ok) throw new Error(checked.problem);
        const leaf = checked.envelope.chain[0]!;
        const policy = parsePolicy({ trustAnchors: [{ source: 'notation.crt', pem: leaf.toString() }], identities: ['x509.subject: C=US, ST=WA, O=Notary'] });
        const target = {
          manifest: { digest: 'sha256:a470602cac72d857dd63204cf90b36b7e2cff4621d7bc6cb9a19f2edebe9da78', mediaType: OCI_MANIFEST, size: 400 },
        } as NotationTarget;
        expect(judge(checked.envelope, policy, target, new Date('2026-12-08T00:00:00Z'))).toEqual({
          ok: true,
          subject: 'C=US, ST=WA, L=Seattle, O=Notary, CN=dct-bridge-test',
        });
        // Signed while valid, but verified after it expired: the signing time does not help.
        expect(judge(checked.envelope, policy, target, new Date('2026-12-09T00:00:00Z'))).toMatchObject({ ok: false, check: 'validity' });
      });
    });

    describe('when no signature counts', () => {
      it('says notation-unsigned for an image without one', async () => {
        const { targets } = await withImage('the image');
        expect(await verifyNotationSignatures(targets[0]!, leafPolicy(selfSigned().pem))).toEqual({
          ok: false,
          reason: 'notation-unsigned',
          message: `${NAME}:v1 (${targets[0]!.manifest.digest}) has no notation signature`,
        });
      });

      it('refuses a certificate that is not a trust anchor (authenticity)', async () => {
        const { targets } = await withImage('the image');
        await writeNotationSignature(targets[0]!, selfSigned().signer);
        const verdict = await verifyNotationSignatures(targets[0]!, leafPolicy(selfSigned().pem));
        expect(verdict).toMatchObject({ ok: false, reason: 'notation-invalid' });
        expect(!verdict.ok && verdict.message).toMatch(/authenticity check failed: the certificate chain of "O=dct-sign, CN=ci" leads to no trust anchor/);
      });

      it('refuses a signature replayed onto another digest (target)', async () => {
        const { registry, targets } = await withImage('the image', 'another image');
        const { pem, signer } = selfSigned();
        const out = await writeNotationSignature(targets[0]!, signer);
        const original = json(registry.byDigest.get(`${NAME}@${out.signature}`));
        const other = targets[1]!.manifest;
        const subject = { mediaType: other.mediaType, digest: other.digest, size: other.size };
        const replayed = Buffer.from(JSON.stringify({ ...original, subject }));
        await attachReferrer(registry, LOCATION, subject, { bytes: replayed, mediaType: OCI_MANIFEST, artifactType: 'application/vnd.cncf.notary.signature' });

        const verdict = await verifyNotationSignatures(targets[1]!, leafPolicy(pem));
        expect(verdict).toMatchObject({ ok: false, reason: 'notation-invalid' });
        expect(!verdict.ok && verdict.message).toMatch(`target check failed: it signs ${targets[0]!.manifest.digest}, not ${other.digest}`);
      });

      it('refuses a signature listed under another digest whose manifest names its own subject', async () => {
        const { registry, targets } = await withImage('the image', 'another image');
        const { pem, signer } = selfSigned();
        const out = await writeNotationSignature(targets[0]!, signer);
        // Copy the first image's index entry into the second's index, as a confused or hostile writer could.
        const entry = tagIndex(registry, targets[0]!.manifest.digest).manifests[0];
        registry.put(`${NAME}:${referrersTag(targets[1]!.manifest.digest)}`, 'x');
        registry.manifests.set(`${NAME}:${referrersTag(targets[1]!.manifest.digest)}`, Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [entry] })));
        const verdict = await verifyNotationSignatures(targets[1]!, leafPolicy(pem));
        expect(!verdict.ok && verdict.message).toContain(`signature ${out.signature}: integrity check failed: its manifest names the subject ${targets[0]!.manifest.digest}`);
      });

      it('refuses another identity (identity)', async () => {
        const { targets } = await withImage('the image');
        const pki = testPki();
        await writeNotationSignature(targets[0]!, notationSignerOf(signingKey(pki.leafKey), pemOf(pki.leaf, pki.intermediate, pki.root)));
        const verdict = await verifyNotationSignatures(targets[0]!, {
          trustAnchors: [{ source: 'root.crt', pem: pemOf(pki.root) }],
          identities: ['x509.subject: C=US, ST=WA, O=dct-sign tests, CN=release'],
        });
        expect(!verdict.ok && verdict.message).toMatch(
          /identity check failed: the signer "C=US, ST=WA, O=dct-sign tests, CN=ci" matches none of the identities x509.subject: C=US, ST=WA, O=dct-sign tests, CN=release/,
        );
      });

      it('refuses a certificate that has expired since it signed (validity)', async () => {
        const { targets } = await withImage('the image');
        const { pem, signer } = selfSigned();
        await writeNotationSignature(targets[0]!, signer);
        const later = new Date(Date.now() + 31 * DAY);
        const verdict = await verifyNotationSignatures(targets[0]!, leafPolicy(pem), { now: () => later });
        expect(!verdict.ok && verdict.message).toMatch(/validity check failed: the certificate "O=dct-sign, CN=ci" expired on /);
      });

      it('refuses an envelope whose signature was altered, or whose critical headers are wrong (integrity)', async () => {
        const pair = ecKey();
        const { key, pem } = selfSigned(pair);
        const cert = new X509Certificate(pem);
        const envelope = (header: Record<string, unknown>) => craftEnvelope(key, cert, header);
        const good = GOOD_HEADER;
        expect(checkEnvelope(await envelope(good)).ok).toBe(true);
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ ...good, crit: undefined }, /the "crit" header is missing/],
          [{ ...good, crit: ['io.cncf.notary.signingTime'] }, /marked critical but not present|not marked critical/],
          [{ ...good, crit: ['io.cncf.notary.signingScheme', 'com.example.unknown'] }, /"com.example.unknown" is marked critical but not present/],
          [{ ...good, 'io.cncf.notary.expiry': '2027-01-01T00:00:00Z' }, /io.cncf.notary.expiry are not marked critical/],
          [{ ...good, 'io.cncf.notary.signingScheme': 'notary.x509.signingAuthority' }, /needs a signing authority's timestamp/],
          [{ ...good, 'io.cncf.notary.signingTime': undefined }, /signingTime is missing/],
          [{ ...good, cty: 'application/json' }, /payload content type/],
          [{ ...good, alg: 'ES384' }, /the algorithm ES384 does not match the key/],
        ];
        for (const [header, problem] of cases) {
          const checked = checkEnvelope(await envelope(header));
          expect(checked.ok ? 'ok' : checked.problem).toMatch(problem);
        }
        const tampered = json(await envelope(good));
        tampered.signature = Buffer.from(Buffer.from(tampered.signature, 'base64url').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64url');
        const checked = checkEnvelope(Buffer.from(JSON.stringify(tampered)));
        expect(checked.ok ? 'ok' : checked.problem).toMatch(/the signature does not verify with the key of its certificate "O=dct-sign, CN=ci"/);
      });

      test.each([
        ['is a CA', { ca: true }, /is a CA certificate \(CA:TRUE\)/],
        ['has keyEncipherment', { keyUsage: 1 | 4 }, /has key usage keyEncipherment/],
        ['has EKU serverAuth', { eku: ['1.3.6.1.5.5.7.3.1'] }, /extended key usage serverAuth/],
      ])('refuses a signature whose leaf %s, however validly signed (integrity)', async (_, spec, problem) => {
        const pair = ecKey();
        const cert = makeCert({ subject: LEAF_SUBJECT, key: pair, ...spec });
        const checked = checkEnvelope(await craftEnvelope(signingKey(pair), cert, GOOD_HEADER));
        expect(checked.ok ? 'ok' : checked.problem).toMatch(problem);
      });
    });

    describe('when the policy input is wrong', () => {
      it('requires notation-identity when an anchor is a CA', async () => {
        const { targets } = await withImage('the image');
        const pki = testPki();
        const run = verifyNotationSignatures(targets[0]!, { trustAnchors: [{ source: 'root.crt', pem: pemOf(pki.root) }], identities: [] });
        await expect(run).rejects.toThrow(InputError);
        await expect(run).rejects.toThrow(/^notation-identity: required because the trust anchor "C=US, ST=WA, O=dct-sign tests, CN=test root" \(root.crt\) is a CA/);
      });

      test.each([
        ['*', /"\*" would trust any certificate/],
        ['C=US, ST=WA, O=x', /is not an x509.subject identity/],
        ['x509.subject: CN=ci, O=dct-sign', /lacks C, ST; notation requires C, ST \(or S\) and O/],
        ['x509.subject: C=US, ST=WA, O=x, O=y', /names O more than once/],
        ['x509.subject: C=US+ST=WA, O=x', /multi-valued RDN/],
        ['x509.subject: C=US, ST=WA, O=#0101', /"=#" values/],
      ])('refuses the identity %s, naming notation-identity', async (identity, message) => {
        const { targets } = await withImage('the image');
        const run = verifyNotationSignatures(targets[0]!, { trustAnchors: [{ source: 'ci.crt', pem: selfSigned().pem }], identities: [identity] });
        await expect(run).rejects.toThrow(message);
        await expect(run).rejects.toMatchObject({ input: 'notation-identity' });
      });

      it('refuses a leaf anchor that is not self-signed, as notation refuses it in a ca trust store', async () => {
        const { targets } = await withImage('the image');
        const pki = testPki();
        await expect(
          verifyNotationSignatures(targets[0]!, { trustAnchors: [{ source: 'leaf.crt', pem: pemOf(pki.leaf) }], identities: [] }),
        ).rejects.toThrow(/^notation-trust-anchor: leaf.crt: the certificate "C=US, ST=WA, O=dct-sign tests, CN=ci" is neither a CA nor a self-signed signing certificate/);
      });

      it('requires a trust anchor, and refuses one that is no certificate', async () => {
        const { targets } = await withImage('the image');
        await expect(verifyNotationSignatures(targets[0]!, { trustAnchors: [], identities: [] })).rejects.toThrow(/^notation-trust-anchor: no trust anchor/);
        await expect(
          verifyNotationSignatures(targets[0]!, { trustAnchors: [{ source: 'notation-trust-anchor #1', pem: 'not a pem' }], identities: [] }),
        ).rejects.toThrow(/^notation-trust-anchor #1: holds no PEM block, not a certificate/);
      });
    });
  });
});
