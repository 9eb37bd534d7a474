import { X509Certificate } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import { describe, expect, it, test } from 'vitest';
import { canonicalKeyId } from '../../src/keys/canonical-key-id.ts';
import { generateKey } from '../../src/keys/generate-key.ts';
import { loadPrivateKey } from '../../src/keys/load-private-key.ts';
import { loadPublicKey } from '../../src/keys/load-public-key.ts';
import { certificateSigner, createRootCertificate } from '../../src/keys/root-certificate.ts';
import { SigningKey } from '../../src/keys/signing-key.ts';
import { TufKey } from '../../src/keys/tuf-key.ts';
import { verifySignature } from '../../src/keys/verify-signature.ts';
import { fixture, FIXTURE_KEYS, keyErrorOf, nodeKey, NOTARY_ROOT_CERT_ID } from './support.ts';

const GUN = 'example.com/test/repo';
const NOW = new Date('2030-02-03T04:05:06.789Z');
const DAY = 86_400_000;

const notaryRoot = JSON.parse(fixture('notary-root.json')) as { signed: { keys: Record<string, unknown> } };
const notaryCertKey = TufKey.fromJSON(notaryRoot.signed.keys[NOTARY_ROOT_CERT_ID]);
const notaryCert = AsnConvert.parse(new X509Certificate(notaryCertKey.public).raw, Certificate);

function parsed(pem: string): Certificate {
  return AsnConvert.parse(new X509Certificate(pem).raw, Certificate);
}

describe('#createRootCertificate', () => {
  describe('when given an ECDSA key and a GUN', () => {
    const key = generateKey('ecdsa');
    const root = createRootCertificate(key, GUN, { years: 10, now: NOW });
    const cert = new X509Certificate(root.pem);
    const asn = parsed(root.pem);

    it('makes a self-signed certificate for the key with CN = GUN', () => {
      expect(cert.subject).toBe(`CN=${GUN}`);
      expect(cert.issuer).toBe(`CN=${GUN}`);
      expect(cert.verify(cert.publicKey)).toBe(true);
      expect(cert.ca).toBe(false);
      expect(canonicalKeyId(root.publicKey)).toBe(key.keyId);
    });

    it('is valid from now, to the second, for 10 × 365 days', () => {
      expect(cert.validFromDate.toISOString()).toBe('2030-02-03T04:05:06.000Z');
      expect(cert.validToDate.getTime() - cert.validFromDate.getTime()).toBe(3650 * DAY);
    });

    it('has the extensions, names and algorithms of the certificate notary generated', () => {
      const extensions = (c: Certificate): Buffer => Buffer.from(AsnConvert.serialize(c.tbsCertificate.extensions));
      expect(extensions(asn).equals(extensions(notaryCert))).toBe(true);
      const name = (c: Certificate): Buffer => Buffer.from(AsnConvert.serialize(c.tbsCertificate.subject));
      expect(name(asn).equals(name(notaryCert))).toBe(true);
      expect(asn.signatureAlgorithm.algorithm).toBe(notaryCert.signatureAlgorithm.algorithm);
      expect(asn.tbsCertificate.version).toBe(notaryCert.tbsCertificate.version);
    });

    it('uses a positive serial number below 2^128', () => {
      const serial = Buffer.from(asn.tbsCertificate.serialNumber);
      expect(serial.length).toBeLessThanOrEqual(17);
      expect((serial[0] as number) & 0x80).toBe(0);
      expect(BigInt(`0x${serial.toString('hex')}`) < 2n ** 128n).toBe(true);
    });

    it('lists the certificate PEM as an ecdsa-x509 key, exactly as loadPublicKey reads it back', () => {
      expect(root.publicKey.keytype).toBe('ecdsa-x509');
      expect(root.publicKey.public.toString('utf8')).toBe(root.pem);
      expect(root.pem.endsWith('-----END CERTIFICATE-----\n')).toBe(true);
      expect(loadPublicKey(root.pem, { input: 'root', now: NOW }).id).toBe(root.publicKey.id);
    });

    it('returns a signer that signs with the key under the certificate key’s ID', async () => {
      expect(root.signer.keyId).toBe(root.publicKey.id);
      expect(root.signer.keyId).not.toBe(key.keyId);
      expect(root.signer.publicKey).toBe(root.publicKey);
      expect(root.signer.method).toBe('ecdsa');
      const data = Buffer.from('root');
      expect(verifySignature(root.publicKey, root.signer.method, data, await root.signer.sign(data))).toBe(true);
    });
  });

  describe('when the GUN has characters outside PrintableString', () => {
    test.each([
      ['example.com/org/repo', 0x13],
      ['example.com/my_org/repo', 0x0c],
      ['localhost:5000/repo', 0x13],
    ])('encodes %s with ASN.1 tag %i, as Go does', (gun, tag) => {
      const der = Buffer.from(AsnConvert.serialize(parsed(createRootCertificate(generateKey('ecdsa'), gun).pem).tbsCertificate.subject));
      const at = der.indexOf(Buffer.from(gun)) - 2;
      expect(der[at]).toBe(tag);
      expect(new X509Certificate(createRootCertificate(generateKey('ecdsa'), gun).pem).subject).toBe(`CN=${gun}`);
    });
  });

  describe('when the key is RSA', () => {
    it('makes an rsa-x509 key signed with SHA-256 RSA', () => {
      const root = createRootCertificate(new SigningKey(nodeKey('rsa')), GUN);
      expect(root.publicKey.keytype).toBe('rsa-x509');
      expect(parsed(root.pem).signatureAlgorithm.algorithm).toBe('1.2.840.113549.1.1.11');
      const cert = new X509Certificate(root.pem);
      expect(cert.verify(cert.publicKey)).toBe(true);
    });
  });

  describe('when the key is ed25519', () => {
    it('refuses, as notary cannot make such a certificate either', () => {
      expect(keyErrorOf(() => createRootCertificate(generateKey('ed25519'), GUN)).code).toBe('KEY');
    });
  });
});

describe('#certificateSigner', () => {
  describe('when given notary’s root key and the certificate root.json lists for it', () => {
    it('signs under the certificate key ID that notary’s own root signature carries', async () => {
      const f = FIXTURE_KEYS.notaryRoot;
      const { signer: key } = loadPrivateKey(fixture(f.file), { input: 'root-key', passphrase: f.passphrase });
      const signer = certificateSigner(key, notaryCertKey);
      expect(signer.keyId).toBe(NOTARY_ROOT_CERT_ID);
      const data = Buffer.from('new root');
      expect(verifySignature(notaryCertKey, signer.method, data, await signer.sign(data))).toBe(true);
    });
  });

  describe('when the certificate belongs to another key', () => {
    it('throws a KeyError', () => {
      expect(keyErrorOf(() => certificateSigner(generateKey('ecdsa'), notaryCertKey)).code).toBe('KEY');
    });
  });

  describe('when the key is not a certificate', () => {
    it('throws a KeyError', () => {
      const key = generateKey('ecdsa');
      expect(keyErrorOf(() => certificateSigner(key, key.publicKey)).code).toBe('KEY');
    });
  });
});
