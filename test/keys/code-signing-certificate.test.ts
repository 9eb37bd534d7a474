import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { BasicConstraints, Certificate, ExtendedKeyUsage, KeyUsage } from '@peculiar/asn1-x509';
import { describe, expect, it, test } from 'vitest';
import { KeyError } from '../../src/errors.ts';
import {
  checkSigningChain,
  codeSigningChainProblem,
  createCodeSigningCertificate,
  isLeafCertificate,
  readCertificates,
  subjectAttributes,
} from '../../src/keys/index.ts';
import {
  CA_SUBJECT,
  ecKey,
  KeyUsageFlags,
  LEAF_SUBJECT,
  makeCert,
  OIDS,
  pemOf,
  rsaKey,
  signingKey,
  testPki,
} from '../notation/support/certificates.ts';

const CHECK = { input: 'notation-certificate', keyInput: 'signer-key', now: new Date() };
const DAY = 86_400_000;

function refusal(fn: () => unknown): KeyError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(KeyError);
    return err as KeyError;
  }
  throw new Error('expected a KeyError');
}

describe('code-signing certificates', () => {
  describe('#createCodeSigningCertificate', () => {
    test.each([
      ['an ECDSA P-256 key', () => ecKey()],
      ['an RSA 3072 key', () => rsaKey(3072)],
    ])('makes a self-signed leaf over %s that notation would sign with', (_, make) => {
      const pair = make();
      const key = signingKey(pair);
      const now = new Date('2026-12-08T00:00:00Z');
      const pem = createCodeSigningCertificate(key, { commonName: 'ci', validityDays: 365, now });
      const [cert] = readCertificates(pem, 'certificate');
      const asn = AsnConvert.parse(cert!.raw, Certificate);
      const ext = (oid: string) => asn.tbsCertificate.extensions!.find((e) => e.extnID === oid)!;

      expect(cert!.subject).toBe('O=dct-sign\nCN=ci');
      expect(cert!.issuer).toBe(cert!.subject);
      expect(AsnConvert.parse(ext('2.5.29.19').extnValue.buffer, BasicConstraints).cA).toBe(false);
      expect(ext('2.5.29.19').critical).toBe(true);
      expect(AsnConvert.parse(ext('2.5.29.15').extnValue.buffer, KeyUsage).toNumber()).toBe(KeyUsageFlags.digitalSignature);
      expect(ext('2.5.29.15').critical).toBe(true);
      expect([...AsnConvert.parse(ext('2.5.29.37').extnValue.buffer, ExtendedKeyUsage)]).toEqual([OIDS.codeSigning]);
      expect(new Date(cert!.validFrom).getTime()).toBe(now.getTime());
      expect(new Date(cert!.validTo).getTime()).toBe(now.getTime() + 365 * DAY);
      expect(() => checkSigningChain([cert!], key, { ...CHECK, now: new Date(now.getTime() + DAY) })).not.toThrow();
    });

    it('writes C and ST when given, so that notation identities can name the signer', () => {
      const pem = createCodeSigningCertificate(signingKey(ecKey()), { commonName: 'ci', country: 'US', state: 'WA', validityDays: 1 });
      const [cert] = readCertificates(pem, 'certificate');
      expect(subjectAttributes(cert!)).toEqual({ C: 'US', ST: 'WA', O: 'dct-sign', CN: 'ci' });
    });
  });

  describe('#checkSigningChain', () => {
    describe('when the chain is what notation takes', () => {
      it('accepts a leaf, its intermediate and its root, in that order', () => {
        const pki = testPki();
        expect(() => checkSigningChain([pki.leaf, pki.intermediate, pki.root], signingKey(pki.leafKey), CHECK)).not.toThrow();
      });

      it('accepts a leaf with nonRepudiation beside digitalSignature and no EKU, as notation does', () => {
        const pki = testPki({ keyUsage: KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation, eku: null });
        expect(() => checkSigningChain([pki.leaf, pki.intermediate, pki.root], signingKey(pki.leafKey), CHECK)).not.toThrow();
      });
    });

    describe('when the input is wrong', () => {
      it('refuses a certificate that is not for the key, naming both inputs', () => {
        const pki = testPki();
        const err = refusal(() => checkSigningChain([pki.leaf, pki.intermediate, pki.root], signingKey(ecKey()), CHECK));
        expect(err.input).toBe('notation-certificate');
        expect(err.message).toMatch(/^notation-certificate: the first certificate \("C=US, ST=WA, O=dct-sign tests, CN=ci"\) is not for signer-key/);
        expect(err.message).toContain('certificate command');
      });

      it('refuses a CA certificate given as the leaf', () => {
        const key = ecKey();
        const ca = makeCert({ subject: CA_SUBJECT, key, ca: true, keyUsage: KeyUsageFlags.digitalSignature });
        expect(refusal(() => checkSigningChain([ca], signingKey(key), CHECK)).message).toMatch(/is a CA certificate \(CA:TRUE\); a signing certificate must be a leaf/);
      });

      test.each([
        ['keyEncipherment beside digitalSignature', { keyUsage: KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment }, /has key usage keyEncipherment; notation takes digitalSignature only/],
        ['keyCertSign', { keyUsage: KeyUsageFlags.digitalSignature | KeyUsageFlags.keyCertSign }, /has key usage keyCertSign/],
        ['no digitalSignature', { keyUsage: KeyUsageFlags.nonRepudiation }, /lacks key usage digitalSignature/],
        ['no key usage at all', { keyUsage: null }, /has no key usage; it needs key usage digitalSignature/],
        ['a key usage not marked critical', { keyUsageCritical: false }, /key usage that is not marked critical/],
        ['EKU serverAuth', { eku: [OIDS.codeSigning, OIDS.serverAuth] }, /extended key usage serverAuth, which notation refuses/],
        ['EKU timeStamping', { eku: [OIDS.timeStamping] }, /extended key usage timeStamping/],
      ] as const)('refuses a leaf with %s', (_, spec, message) => {
        const key = ecKey();
        const cert = makeCert({ subject: LEAF_SUBJECT, key, ca: false, ...spec });
        const err = refusal(() => checkSigningChain([cert], signingKey(key), CHECK));
        expect(err.message).toMatch(message);
        expect(err.message).toMatch(/^notation-certificate: .*notation 1\.3 refuses such a chain/);
      });

      it('refuses an expired certificate, and one not valid yet', () => {
        const key = ecKey();
        const expired = makeCert({ subject: LEAF_SUBJECT, key, notBefore: new Date(Date.now() - 10 * DAY), notAfter: new Date(Date.now() - DAY) });
        expect(refusal(() => checkSigningChain([expired], signingKey(key), CHECK)).message).toMatch(/"C=US, ST=WA, O=dct-sign tests, CN=ci" expired on /);
        const early = makeCert({ subject: LEAF_SUBJECT, key, notBefore: new Date(Date.now() + DAY), notAfter: new Date(Date.now() + 10 * DAY) });
        expect(refusal(() => checkSigningChain([early], signingKey(key), CHECK)).message).toMatch(/is not valid before /);
      });

      it('refuses an expired intermediate', () => {
        const pki = testPki();
        const old = makeCert({
          subject: [['CN', 'test intermediate'], ...[]],
          key: pki.intermediateKey,
          issuer: { subject: CA_SUBJECT, key: pki.rootKey },
          ca: true,
          keyUsage: KeyUsageFlags.keyCertSign,
          notBefore: new Date(Date.now() - 10 * DAY),
          notAfter: new Date(Date.now() - DAY),
        });
        expect(codeSigningChainProblem([pki.leaf, old, pki.root], new Date())).toBeDefined();
      });

      test.each([
        ['root first', (p: ReturnType<typeof testPki>) => [p.root, p.intermediate, p.leaf], /is number 3 in the chain; give the leaf first/],
        ['the root before the intermediate', (p: ReturnType<typeof testPki>) => [p.leaf, p.root, p.intermediate], /the certificates are in the wrong order; give the leaf first/],
      ])('refuses a chain with %s', (_, order, message) => {
        const pki = testPki();
        expect(refusal(() => checkSigningChain(order(pki), signingKey(pki.leafKey), CHECK)).message).toMatch(message);
      });

      it('refuses a chain without its root, and a leaf without its issuer', () => {
        const pki = testPki();
        expect(refusal(() => checkSigningChain([pki.leaf, pki.intermediate], signingKey(pki.leafKey), CHECK)).message).toMatch(
          /the last certificate "C=US, ST=WA, O=dct-sign tests, CN=test intermediate" is not a self-signed root/,
        );
        expect(refusal(() => checkSigningChain([pki.leaf], signingKey(pki.leafKey), CHECK)).message).toMatch(/is not self-signed; give its chain too/);
      });

      it('refuses an intermediate that is no CA, and one whose path length is too short', () => {
        const pki = testPki();
        const notCa = makeCert({ subject: [['CN', 'test intermediate']], key: pki.intermediateKey, issuer: { subject: CA_SUBJECT, key: pki.rootKey }, ca: false });
        expect(codeSigningChainProblem([pki.leaf, notCa, pki.root], new Date())).toMatch(/not issued by|not a CA/);
        const root0 = makeCert({ subject: CA_SUBJECT, key: pki.rootKey, ca: true, pathLen: 0, keyUsage: KeyUsageFlags.keyCertSign });
        expect(codeSigningChainProblem([pki.leaf, pki.intermediate, root0], new Date())).toMatch(/allows a path length of 0, but 1 CA certificates follow/);
      });

      it('refuses a key notation does not sign with (RSA 2048 is its smallest), naming the key input', () => {
        // An ed25519 key: notary signs with it, notation does not.
        const key = signingKey(generateKeyPairSync('ed25519'));
        const err = refusal(() => checkSigningChain([testPki().leaf], key, CHECK));
        expect(err.input).toBe('signer-key');
        expect(err.message).toMatch(/is an ed25519 key; notation signs with ECDSA P-256, P-384 or P-521, or RSA 2048, 3072 or 4096 bits/);
      });
    });
  });

  describe('#readCertificates', () => {
    it('reads every certificate in order and names the input when there is none', () => {
      const pki = testPki();
      expect(readCertificates(pemOf(pki.leaf, pki.root), 'notation-certificate').map((c) => c.fingerprint256)).toEqual([
        pki.leaf.fingerprint256,
        pki.root.fingerprint256,
      ]);
      expect(() => readCertificates('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n', 'notation-certificate')).toThrow(
        /^notation-certificate: holds a "PUBLIC KEY" block, not a certificate/,
      );
    });
  });

  describe('#subjectAttributes', () => {
    it('refuses what notation cannot match: missing C/ST/O, attributes Go does not name, repeats', () => {
      const key = ecKey();
      expect(subjectAttributes(makeCert({ subject: [['CN', 'ci'], ['O', 'x']], key }))).toMatch(/lacks C, ST/);
      expect(subjectAttributes(makeCert({ subject: [...LEAF_SUBJECT, ['email', 'a@b.c']], key }))).toMatch(/has the attribute 1\.2\.840\.113549\.1\.9\.1/);
      expect(subjectAttributes(makeCert({ subject: [...LEAF_SUBJECT, ['OU', 'a'], ['OU', 'b']], key }))).toMatch(/has OU more than once/);
    });
  });

  describe('#isLeafCertificate', () => {
    it('tells a CA from a leaf by basic constraints', () => {
      const pki = testPki();
      expect(isLeafCertificate(pki.leaf)).toBe(true);
      expect(isLeafCertificate(pki.root)).toBe(false);
      expect(isLeafCertificate(new X509Certificate(pki.intermediate.raw))).toBe(false);
    });
  });
});
