// sign, verify and their checks with notation over the in-memory trust
// server and registry, with the notation module itself (src/notation): the
// signature written beside DCT and cosign and listed per tag, every check of
// the key and certificate before anything is written in any format, the
// certificate's expiry warned of, and the gate's verdicts and reasons.

import { generateKeyPairSync } from 'node:crypto';
import { beforeEach, describe, expect, it, test } from 'vitest';
import { createCodeSigningCertificate, generateKey, loadPrivateKey, type LoadedPrivateKey } from '../../src/keys/index.ts';
import type { Logger } from '../../src/logger.ts';
import { notationFormatOf } from '../../src/operations/formats.ts';
import { sign } from '../../src/operations/sign.ts';
import { verify } from '../../src/operations/verify.ts';
import { ecKey, KeyUsageFlags, makeCert, OIDS, pemOf, testPki, type KeyPair } from '../notation/support/certificates.ts';
import { FakeCosign } from './support/fake-cosign.ts';
import { InMemoryStack, loadedKey, NO_DOCKER, withSigner } from './support/in-memory.ts';

let stack: InMemoryStack;
beforeEach(() => {
  stack = new InMemoryStack();
});

const DAY = 86_400_000;
const IDENTITY = 'x509.subject: C=XX, ST=none, O=dct-sign, CN=alice';

/** Our self-signed leaf over the key, as `dct-sign certificate` makes it. */
const certificateOf = (key: LoadedPrivateKey, validityDays = 365) =>
  createCodeSigningCertificate(key.signer, { commonName: 'alice', country: 'XX', state: 'none', validityDays });

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const nothing = () => {};
  return { warnings, debug: nothing, info: nothing, warning: (m: string) => void warnings.push(m), error: nothing } as unknown as Logger & { warnings: string[] };
}

const base = () => ({ connect: stack.connect, env: {} });
const signing = () => ({ ...base(), push: false, runner: NO_DOCKER });

describe('#sign with notation', () => {
  it('writes the notation signature beside DCT and cosign, lists it per tag, and verify accepts it by the certificate alone', async () => {
    const repo = await withSigner(stack, 'team/app');
    stack.registry.put(repo.ref('v1'), 'one');
    const signerKey = loadedKey(repo.alice, 'alice');
    const certificate = certificateOf(signerKey);
    const result = await sign({
      ...signing(),
      cosign: new FakeCosign(),
      formats: ['dct', 'cosign', 'notation'],
      references: [repo.ref('v1')],
      signerKey,
      notationCertificate: certificate,
    });
    expect(result.signed[0]!.formats).toEqual(['dct', 'cosign', 'notation']);
    expect(result.signed[0]!.notation).toMatchObject({ written: true, signature: expect.stringMatching(/^sha256:/) as string });
    expect(result.failedFormats).toBeUndefined();

    const anchors = [{ source: 'alice.crt', pem: certificate }];
    const gate = await verify({ ...base(), formats: ['notation'], notationTrustAnchors: anchors, references: [repo.ref('v1')] });
    expect(gate.references.map((r) => [r.ok, r.formats, r.notationSigners])).toEqual([[true, ['notation'], ['C=XX, ST=none, O=dct-sign, CN=alice']]]);
    expect(gate.references[0]!.pinned).toBe(`${repo.gun}@${result.signed[0]!.digest}`);

    // Signing again writes nothing new: the signature by the same certificate is there.
    const again = await sign({ ...signing(), formats: ['notation'], references: [repo.ref('v1')], signerKey, notationCertificate: certificate });
    expect(again.signed[0]).toMatchObject({ alreadySigned: true, formats: ['notation'], notation: { written: false } });
  });

  it('writes the notation signature while the trust server publishes, not after', async () => {
    const repo = await withSigner(stack, 'team/app');
    stack.registry.put(repo.ref('v1'), 'one');
    const signerKey = loadedKey(repo.alice, 'alice');
    const real = await notationFormatOf(undefined);
    let publishStarted!: () => void;
    let writeStarted!: () => void;
    const publishing = new Promise<void>((resolve) => (publishStarted = resolve));
    const writing = new Promise<void>((resolve) => (writeStarted = resolve));
    const within = <T>(p: Promise<T>, what: string) =>
      Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not start within 2 s`)), 2000))]);
    // Each side waits for the other to have started: done one after the other, the first never ends.
    repo.server.beforePublish = async () => {
      publishStarted();
      await within(writing, 'the notation write');
    };
    const notation = {
      ...real,
      write: async (...args: Parameters<typeof real.write>) => {
        writeStarted();
        await within(publishing, "the trust server's publish");
        return real.write(...args);
      },
    };
    const result = await sign({ ...signing(), notation, formats: ['dct', 'notation'], references: [repo.ref('v1')], signerKey, notationCertificate: certificateOf(signerKey) });
    expect(result.signed[0]!.formats).toEqual(['dct', 'notation']);
  });

  it('signs with notation-key (P-384, which notary cannot sign with) in place of the signer key, with no trust server', async () => {
    const repo = await withSigner(stack, 'team/app');
    stack.registry.put(repo.ref('v1'), 'one');
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const notationKey = loadPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), { input: 'notation-key', use: 'jws' });
    const certificate = certificateOf(notationKey);
    const result = await sign({ ...signing(), formats: ['notation'], references: [repo.ref('v1')], notationKey, notationCertificate: certificate });
    expect(result.signed[0]!.formats).toEqual(['notation']);
    expect(repo.server.publishes).toHaveLength(0);
    const gate = await verify({ ...base(), formats: ['notation'], notationTrustAnchors: [{ source: 'k.crt', pem: certificate }], references: [repo.ref('v1')] });
    expect(gate.ok).toBe(true);
  });

  it('warns when the certificate expires within the expiry window', async () => {
    const repo = await withSigner(stack, 'team/app');
    stack.registry.put(repo.ref('v1'), 'one');
    const signerKey = loadedKey(repo.alice, 'alice');
    const logger = recordingLogger();
    await sign({ ...signing(), logger, formats: ['notation'], references: [repo.ref('v1')], signerKey, notationCertificate: certificateOf(signerKey, 30) });
    expect(logger.warnings.join('\n')).toMatch(/^notation-certificate: the certificate chain of "C=XX, ST=none, O=dct-sign, CN=alice" expires on .* \(in 29 days\)/m);
    const quiet = recordingLogger();
    await sign({ ...signing(), logger: quiet, formats: ['notation'], references: [repo.ref('v1')], signerKey, notationCertificate: certificateOf(signerKey, 365) });
    expect(quiet.warnings.filter((w) => w.startsWith('notation-certificate'))).toEqual([]);
  });

  describe('when the key or certificate is wrong', () => {
    const SUBJECT = [['C', 'XX'], ['ST', 'none'], ['O', 'dct-sign'], ['CN', 'alice']] as const;
    const loaded = (pair: KeyPair) => loadPrivateKey(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), { input: 'notation-key', use: 'jws' });
    /** A leaf over `pair` with one thing notation refuses. */
    const leaf = (pair: KeyPair, change: Partial<Parameters<typeof makeCert>[0]>) => pemOf(makeCert({ subject: SUBJECT, key: pair, ...change }));

    test.each([
      ['no certificate', () => ({ certificate: undefined, key: undefined }), /notation signatures carry the certificate of signer-key/],
      ['a certificate for another key', () => ({ certificate: leaf(ecKey(), {}), key: loaded(ecKey()) }), /is not for notation-key/],
      ['a CA certificate as the leaf', () => {
        const pair = ecKey();
        return { certificate: leaf(pair, { ca: true, keyUsage: KeyUsageFlags.digitalSignature | KeyUsageFlags.keyCertSign }), key: loaded(pair) };
      }, /CA:TRUE/],
      ['a wrong key usage', () => {
        const pair = ecKey();
        return { certificate: leaf(pair, { keyUsage: KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment }), key: loaded(pair) };
      }, /keyEncipherment/],
      ['a wrong extended key usage', () => {
        const pair = ecKey();
        return { certificate: leaf(pair, { eku: [OIDS.serverAuth] }), key: loaded(pair) };
      }, /serverAuth/],
      ['an expired certificate', () => {
        const pair = ecKey();
        return { certificate: leaf(pair, { notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - DAY) }), key: loaded(pair) };
      }, /expired on/],
      ['a chain in the wrong order', () => {
        const pki = testPki();
        return { certificate: pemOf(pki.intermediate, pki.leaf, pki.root), key: loaded(pki.leafKey) };
      }, /number 2 in the chain; give the leaf first/],
    ])('refuses %s, naming notation-certificate, before anything is written in any format', async (_, given, message) => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      const before = stack.registry.writes.length;
      const { certificate, key } = given();
      const run = sign({
        ...signing(),
        cosign: new FakeCosign(),
        formats: ['dct', 'cosign', 'notation'],
        references: [repo.ref('v1')],
        signerKey: loadedKey(repo.alice, 'alice'),
        notationKey: key,
        notationCertificate: certificate,
      });
      await expect(run).rejects.toMatchObject({ input: 'notation-certificate' });
      await expect(run).rejects.toThrow(message);
      expect(repo.server.publishes).toHaveLength(0);
      expect(stack.registry.writes.length).toBe(before);
    });
  });
});

describe('#verify with notation', () => {
  it('names notation-unsigned and notation-invalid, and needs an identity for a CA anchor', async () => {
    const repo = await withSigner(stack, 'team/app');
    stack.registry.put(repo.ref('v1'), 'one');
    stack.registry.put(repo.ref('v2'), 'two');
    const signerKey = loadedKey(repo.alice, 'alice');
    const certificate = certificateOf(signerKey);
    await sign({ ...signing(), formats: ['notation'], references: [repo.ref('v1')], signerKey, notationCertificate: certificate });

    const other = certificateOf(loadedKey(generateKey('ecdsa'), 'other'));
    const gate = await verify({ ...base(), formats: ['notation'], notationTrustAnchors: [{ source: 'other.crt', pem: other }], references: [repo.ref('v1'), repo.ref('v2')] });
    expect(gate.references.map((r) => r.reason)).toEqual(['notation-invalid', 'notation-unsigned']);
    expect(gate.references[0]!.message).toMatch(/trust anchor/);

    const pki = testPki();
    await expect(verify({ ...base(), formats: ['notation'], notationTrustAnchors: [{ source: 'ca.crt', pem: pemOf(pki.root) }], references: [repo.ref('v1')] })).rejects.toMatchObject({
      input: 'notation-identity',
    });
    await expect(verify({ ...base(), formats: ['notation'], references: [repo.ref('v1')] })).rejects.toMatchObject({ input: 'notation-trust-anchor' });

    const withIdentity = await verify({
      ...base(),
      formats: ['notation'],
      notationTrustAnchors: [{ source: 'alice.crt', pem: certificate }],
      notationIdentities: [IDENTITY.replace('alice', 'bob')],
      references: [repo.ref('v1')],
    });
    expect(withIdentity.references[0]!.reason).toBe('notation-invalid');
  });

  it('passes a reference DCT or notation verified under any, and needs both under all', async () => {
    const repo = await withSigner(stack, 'team/app');
    stack.registry.put(repo.ref('v1'), 'one');
    const signerKey = loadedKey(repo.alice, 'alice');
    const certificate = certificateOf(signerKey);
    await sign({ ...signing(), formats: ['notation'], references: [repo.ref('v1')], signerKey, notationCertificate: certificate });
    const anchors = [{ source: 'alice.crt', pem: certificate }];
    const any = await verify({ ...base(), formats: ['dct', 'notation'], notationTrustAnchors: anchors, references: [repo.ref('v1')] });
    expect(any.references.map((r) => [r.ok, r.formats])).toEqual([[true, ['notation']]]);
    const all = await verify({ ...base(), formats: ['dct', 'notation'], formatsPolicy: 'all', notationTrustAnchors: anchors, references: [repo.ref('v1')] });
    expect(all.references.map((r) => [r.ok, r.reason])).toEqual([[false, 'unsigned']]);
  });
});
