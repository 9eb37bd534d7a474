// The cosign formats over bytes: payload, `.sig` manifest and config, DSSE,
// bundle and referrer manifest, checked against what cosign 2.5, cosign 3.1
// and skopeo wrote (/work/shared/reference/signature-formats, copied into
// test/sigstore/fixtures), and every check a signature must pass.

import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { generateKey, SigningKey, type LoadedPrivateKey } from '../../src/keys/index.ts';
import { bundleReferrerManifest, decodeBundle, encodeBundle, parseBundleReferrer } from '../../src/sigstore/bundle.ts';
import { checkBundle, checkSimpleSigning, type Expectation, type VerifierKey } from '../../src/sigstore/checks.ts';
import { IN_TOTO_PAYLOAD_TYPE, SIGNATURE_ANNOTATION, SIMPLE_SIGNING_MEDIA_TYPE } from '../../src/sigstore/constants.ts';
import { cosignStatement, pae, statementFacts } from '../../src/sigstore/dsse.ts';
import { parseSigManifest, sha256Digest, sigConfig, sigManifest, sigTagOf, signatureLayer } from '../../src/sigstore/sig-manifest.ts';
import { cosignSign, cosignSignerOf, cosignVerify, publicKeyHint, publicKeyObject } from '../../src/sigstore/signer.ts';
import { decodeSimpleSigning, encodeSimpleSigning, PayloadError } from '../../src/sigstore/simple-signing.ts';
import type { CosignSigner } from '../../src/sigstore/types.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const json = (name: string) => JSON.parse(fixture(name).toString('utf8')) as Record<string, unknown>;

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const OTHER_DIGEST = `sha256:${'cd'.repeat(32)}`;
const LOCATION = { registry: 'registry.test', repository: 'team/app' };
const EXPECT: Expectation = { digest: DIGEST, location: LOCATION, tag: '1.2' };

function loaded(signer: SigningKey): LoadedPrivateKey {
  return { signer, role: undefined, gun: undefined };
}
const rsaKey = () => new SigningKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);

function verifierOf(signer: CosignSigner, source = 'ours'): VerifierKey {
  return { source, key: publicKeyObject(signer.publicKeyPem) };
}

async function sigLayer(signer: CosignSigner, identity: string, digest = DIGEST) {
  const payload = encodeSimpleSigning({ identity, digest }, { creator: 'dct-sign test', timestamp: 1765000000 });
  const layer = signatureLayer(payload, await cosignSign(signer, payload));
  return { payload, signature: layer.annotations![SIGNATURE_ANNOTATION]! };
}

async function bundleOf(signer: CosignSigner, digest = DIGEST): Promise<Uint8Array> {
  const statement = cosignStatement(digest);
  const sig = await cosignSign(signer, pae(IN_TOTO_PAYLOAD_TYPE, statement));
  return encodeBundle({ payload: statement, payloadType: IN_TOTO_PAYLOAD_TYPE, signatures: [sig] }, publicKeyHint(signer.publicKeyPem));
}

describe('cosignSignerOf', () => {
  test.each([
    ['ECDSA P-256', () => generateKey('ecdsa')],
    ['Ed25519', () => generateKey('ed25519')],
    ['RSA', rsaKey],
  ])('makes a %s key sign what its public PEM verifies, as Go does', async (_name, make) => {
    const signer = cosignSignerOf(loaded(make()));
    expect(signer.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    const data = Buffer.from('payload');
    const sig = await cosignSign(signer, data);
    const pub = publicKeyObject(signer.publicKeyPem);
    const hash = pub.asymmetricKeyType === 'ed25519' ? null : 'sha256';
    // DER for ECDSA (not DCT's raw r||s), PKCS#1 v1.5 for RSA (not PSS).
    expect(verify(hash, data, { key: pub, dsaEncoding: 'der' }, sig)).toBe(true);
  });

  it('refuses a key type cosign does not take, naming the input and the types each format takes', () => {
    const odd = { signer: { publicKey: { keytype: 'ecdsa-x509' } } } as unknown as LoadedPrivateKey;
    expect(() => cosignSignerOf(odd, 'cosign-key')).toThrow(InputError);
    expect(() => cosignSignerOf(odd, 'cosign-key')).toThrow(/^cosign-key: .*cosign takes ECDSA \(P-256, P-384, P-521\), RSA and Ed25519/);
  });
});

describe('cosignVerify', () => {
  // cosign 2.5 signs a P-384 key's payload with SHA-256, cosign 3.1 with SHA-384.
  test.each(['sha256', 'sha384', 'sha512'] as const)('takes a P-384 signature over %s, but not a P-256 key for it', (hash) => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const data = Buffer.from('payload');
    const sig = sign(hash, data, { key: privateKey, dsaEncoding: 'der' });
    expect(cosignVerify(publicKey, data, sig)).toBe(hash !== 'sha512');
    expect(cosignVerify(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey, data, sig)).toBe(false);
  });

  it('takes no raw r||s signature (DCT’s encoding) for a cosign one', async () => {
    const key = generateKey('ecdsa');
    const data = Buffer.from('payload');
    expect(cosignVerify(publicKeyObject(cosignSignerOf(loaded(key)).publicKeyPem), data, await key.sign(data))).toBe(false);
  });
});

describe('simple-signing payload', () => {
  it('is written in skopeo’s key order with the identity registry/repo:tag', () => {
    const bytes = encodeSimpleSigning({ identity: 'registry.test/team/app:1.2', digest: DIGEST }, { creator: 'dct-sign 0.1.0', timestamp: 7 });
    expect(Buffer.from(bytes).toString()).toBe(
      `{"critical":{"identity":{"docker-reference":"registry.test/team/app:1.2"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"cosign container image signature"},"optional":{"creator":"dct-sign 0.1.0","timestamp":7}}`,
    );
  });

  it('reads cosign’s payload with "optional": null', () => {
    const text = `{"critical":{"identity":{"docker-reference":"registry.test/team/app"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"cosign container image signature"},"optional":null}`;
    expect(decodeSimpleSigning(Buffer.from(text))).toEqual({ identity: 'registry.test/team/app', digest: DIGEST });
  });

  test.each([
    ['an extra critical field', { identity: { 'docker-reference': 'r/a' }, image: { 'docker-manifest-digest': DIGEST }, type: 'cosign container image signature', extra: 1 }],
    ['another type', { identity: { 'docker-reference': 'r/a' }, image: { 'docker-manifest-digest': DIGEST }, type: 'atomic container signature' }],
    ['no identity', { image: { 'docker-manifest-digest': DIGEST }, type: 'cosign container image signature' }],
  ])('refuses a payload with %s, as containers/image does', (_what, critical) => {
    expect(() => decodeSimpleSigning(Buffer.from(JSON.stringify({ critical, optional: {} })))).toThrow(PayloadError);
  });
});

describe('.sig manifest', () => {
  it('writes the config byte for byte as cosign 2.5 did for its layer', () => {
    const captured = json('cosign25.sig.manifest.json') as { config: { digest: string; size: number }; layers: { digest: string }[] };
    const layer = { mediaType: SIMPLE_SIGNING_MEDIA_TYPE, size: 239, digest: captured.layers[0]!.digest };
    const config = sigConfig([layer]);
    expect(config.length).toBe(captured.config.size);
    expect(sha256Digest(config)).toBe(captured.config.digest);
  });

  it('reads the layers of cosign’s, skopeo’s and a shared manifest, and writes them back with ours appended', () => {
    for (const name of ['cosign25.sig.manifest.json', 'skopeo.sig.manifest.json', 'prototype-and-skopeo.sig.manifest.json']) {
      const layers = parseSigManifest(fixture(name), sigTagOf(DIGEST), 'r/a');
      expect(layers.length).toBeGreaterThan(0);
      const ours = { mediaType: SIMPLE_SIGNING_MEDIA_TYPE, size: 3, digest: OTHER_DIGEST, annotations: { [SIGNATURE_ANNOTATION]: 'AA==' } };
      const again = parseSigManifest(sigManifest(sigConfig([...layers, ours]), [...layers, ours]), 'x', 'r/a');
      expect(again).toEqual([...layers, ours]);
    }
  });

  test.each([
    ['an image index', '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[]}'],
    ['an image', `{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":2,"digest":"${DIGEST}"},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","size":2,"digest":"${DIGEST}"}]}`],
    ['not JSON', 'hello'],
  ])('refuses a tag holding %s, naming the tag', (_what, text) => {
    expect(() => parseSigManifest(Buffer.from(text), 'sha256-ab.sig', 'registry.test/team/app:sha256-ab.sig')).toThrow(/the tag sha256-ab\.sig holds/);
  });
});

describe('DSSE and the bundle', () => {
  it('computes PAE as the DSSE spec’s example', () => {
    expect(Buffer.from(pae('http://example.com/HelloWorld', Buffer.from('hello world'))).toString()).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    );
  });

  it('writes the statement byte for byte as cosign 3.1 signed it', () => {
    const envelope = decodeBundle(fixture('cosign31.bundle.json'));
    if (typeof envelope === 'string') throw new Error(envelope);
    expect(envelope.payloadType).toBe(IN_TOTO_PAYLOAD_TYPE);
    expect(envelope.signatures).toHaveLength(1);
    const subject = `sha256:${statementFacts(envelope.payload, envelope.payloadType)!.subjects[0]}`;
    expect(Buffer.from(cosignStatement(subject)).toString()).toBe(Buffer.from(envelope.payload).toString());
  });

  it('writes the referrer manifest as cosign 3.1 did for its bundle', () => {
    const captured = json('cosign31.bundle-referrer.manifest.json') as { subject: { mediaType: string; size: number; digest: string }; layers: { digest: string }[] };
    const bundle = fixture('cosign31.bundle.json');
    expect(sha256Digest(bundle)).toBe(captured.layers[0]!.digest);
    const ours = bundleReferrerManifest(bundle, captured.subject, new Date('2026-12-07T21:19:38.123Z'));
    expect(JSON.parse(Buffer.from(ours).toString())).toEqual(captured);
    expect(parseBundleReferrer(fixture('cosign31.bundle-referrer.manifest.json'))).toEqual({
      layer: { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', size: 659, digest: captured.layers[0]!.digest },
      subject: captured.subject.digest,
    });
  });

  it('does not take a notation signature for a bundle', () => {
    expect(parseBundleReferrer(fixture('notation.referrer.manifest.json'))).toBeUndefined();
  });

  it('hints the key as sigstore-go does: base64 of the SHA-256 of its PKIX DER', () => {
    const signer = cosignSignerOf(loaded(generateKey('ecdsa')));
    const der = publicKeyObject(signer.publicKeyPem).export({ type: 'spki', format: 'der' });
    expect(publicKeyHint(signer.publicKeyPem)).toBe(createHash('sha256').update(der).digest('base64'));
  });
});

describe('checks', () => {
  const ours = cosignSignerOf(loaded(generateKey('ecdsa')));
  const theirs = cosignSignerOf(loaded(generateKey('ed25519')));

  describe('#checkSimpleSigning', () => {
    test.each([
      ['a tag identity', 'registry.test/team/app:1.2'],
      ['a repository-only identity (cosign’s)', 'registry.test/team/app'],
      ['a digest identity', `registry.test/team/app@${DIGEST}`],
    ])('accepts our signature with %s', async (_what, identity) => {
      const { payload, signature } = await sigLayer(ours, identity);
      expect(checkSimpleSigning(payload, signature, [verifierOf(theirs, 'theirs'), verifierOf(ours)], EXPECT)).toEqual({ ok: true, signedBy: 'ours' });
    });

    test.each([
      ['another key', theirs, 'registry.test/team/app:1.2', DIGEST, /signed by another key than ours/],
      ['another digest', ours, 'registry.test/team/app:1.2', OTHER_DIGEST, /covers sha256:cdcd.*, not sha256:abab/],
      ['another tag', ours, 'registry.test/team/app:1.1', DIGEST, /names registry\.test\/team\/app:1\.1, not registry\.test\/team\/app:1\.2/],
      ['another repository', ours, 'registry.test/team/other:1.2', DIGEST, /names registry\.test\/team\/other, not/],
    ])('refuses a signature by %s', async (_what, signer, identity, digest, message) => {
      const { payload, signature } = await sigLayer(signer, identity, digest);
      const check = checkSimpleSigning(payload, signature, [verifierOf(ours)], EXPECT);
      expect(check.ok).toBe(false);
      expect((check as { problem: string }).problem).toMatch(message);
    });

    it('refuses a payload changed after signing', async () => {
      const { payload, signature } = await sigLayer(ours, 'registry.test/team/app:1.2');
      const changed = Buffer.from(Buffer.from(payload).toString().replace('1.2', '1.3'));
      expect(checkSimpleSigning(changed, signature, [verifierOf(ours)], EXPECT).ok).toBe(false);
    });
  });

  describe('#checkBundle', () => {
    it('accepts our bundle for the digest, whatever the tag', async () => {
      expect(checkBundle(await bundleOf(ours), [verifierOf(ours)], { ...EXPECT, tag: 'other' })).toEqual({ ok: true, signedBy: 'ours' });
    });

    it('refuses a bundle by another key', async () => {
      expect(checkBundle(await bundleOf(theirs), [verifierOf(ours)], EXPECT)).toMatchObject({ ok: false, problem: expect.stringMatching(/another key/) });
    });

    it('refuses a bundle replayed onto another digest', async () => {
      expect(checkBundle(await bundleOf(ours, OTHER_DIGEST), [verifierOf(ours)], EXPECT)).toMatchObject({
        ok: false,
        problem: expect.stringMatching(/covers sha256:cdcd/),
      });
    });

    it('refuses cosign 3.1’s captured bundle for a key that did not make it', () => {
      expect(checkBundle(fixture('cosign31.bundle.json'), [verifierOf(ours)], EXPECT)).toMatchObject({ ok: false });
    });
  });
});
