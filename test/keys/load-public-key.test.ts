import { createPublicKey, X509Certificate } from 'node:crypto';
import { describe, expect, it, test } from 'vitest';
import { loadPublicKey } from '../../src/keys/load-public-key.ts';
import { TufKey } from '../../src/keys/tuf-key.ts';
import {
  expectNoSecrets,
  fixture,
  FIXTURE_KEYS,
  handKeyId,
  keyErrorOf,
  nodeKey,
  NOTARY_ROOT_CERT_ID,
  NOTARY_ROOT_CERT_TIME,
  notaryPublicBytes,
} from './support.ts';

const INPUT = { input: 'signer-public-key' };

function rootCertificatePem(): string {
  const root = JSON.parse(fixture('notary-root.json')) as {
    signed: { keys: Record<string, unknown> };
  };
  return TufKey.fromJSON(root.signed.keys[NOTARY_ROOT_CERT_ID]).public.toString('utf8');
}

function spkiPem(kind: Parameters<typeof nodeKey>[0]): string {
  return createPublicKey(nodeKey(kind)).export({ type: 'spki', format: 'pem' }) as string;
}

describe('#loadPublicKey', () => {
  describe('when given the .pub file `docker trust key generate` wrote', () => {
    it('returns the ecdsa key with the ID of the private key docker stored', () => {
      const key = loadPublicKey(fixture('docker-alice.pub'), INPUT);
      expect(key.keytype).toBe('ecdsa');
      expect(key.id).toBe(FIXTURE_KEYS.dockerAlice.id);
    });

    test.each([
      ['base64-encoded', (t: string) => Buffer.from(t).toString('base64')],
      ['with CRLF line endings', (t: string) => t.replace(/\n/g, '\r\n')],
      ['without its role header', (t: string) => t.replace(/^role:.*\n\n/m, '')],
    ])('reads it %s', (_how, shape) => {
      expect(loadPublicKey(shape(fixture('docker-alice.pub')), INPUT).id).toBe(FIXTURE_KEYS.dockerAlice.id);
    });
  });

  describe('when given a PKIX public key', () => {
    test.each([
      ['ecdsa', 'ecdsa'],
      ['rsa', 'rsa'],
      ['ed25519', 'ed25519'],
      ['p384', 'ecdsa'],
    ] as const)('reads a %s key as keytype %s with notary’s key ID', (kind, keytype) => {
      const key = loadPublicKey(spkiPem(kind), INPUT);
      expect(key.keytype).toBe(keytype);
      expect(key.public.equals(notaryPublicBytes(nodeKey(kind)))).toBe(true);
      expect(key.id).toBe(handKeyId(keytype, notaryPublicBytes(nodeKey(kind))));
    });
  });

  describe('when given a certificate', () => {
    it('returns the x509 key exactly as notary listed it in root.json', () => {
      const key = loadPublicKey(rootCertificatePem(), { ...INPUT, now: NOTARY_ROOT_CERT_TIME });
      expect(key.keytype).toBe('ecdsa-x509');
      expect(key.id).toBe(NOTARY_ROOT_CERT_ID);
    });

    it('re-encodes it as notary’s CertToPEM does, dropping headers and mangling', () => {
      const pem = rootCertificatePem();
      const mangled = `  ${pem.replace('-----\n', '-----\nrole: root\n\n').replace(/\n/g, '\r\n    ')}`;
      const key = loadPublicKey(Buffer.from(mangled).toString('base64'), { ...INPUT, now: NOTARY_ROOT_CERT_TIME });
      expect(key.public.toString('utf8')).toBe(pem);
      expect(key.id).toBe(NOTARY_ROOT_CERT_ID);
    });

    it('reads an RSA certificate as rsa-x509', () => {
      const key = loadPublicKey(fixture('openssl-rsa2048.crt'), INPUT);
      expect(key.keytype).toBe('rsa-x509');
      const der = new X509Certificate(fixture('openssl-rsa2048.crt')).raw;
      expect(key.id).toBe(handKeyId('rsa-x509', Buffer.from(fixture('openssl-rsa2048.crt'))));
      expect(new X509Certificate(key.public).raw.equals(der)).toBe(true);
    });
  });

  describe('when the input cannot be used', () => {
    const CASES: { name: string; text: string; now?: Date; says: RegExp }[] = [
      { name: 'garbage', text: 'ssh-ed25519 AAAA me@host', says: /not a PEM public key or certificate/ },
      { name: 'a private key', text: fixture('docker-alice.key'), says: /this is a private key, but a public key is needed/ },
      { name: 'a damaged block', text: '-----BEGIN PUBLIC KEY-----\n!!\n-----END PUBLIC KEY-----', says: /damaged/ },
      { name: 'an unparseable public key', text: '-----BEGIN PUBLIC KEY-----\nMAA=\n-----END PUBLIC KEY-----', says: /could not be parsed/ },
      { name: 'a secp256k1 key', text: spkiPem('secp256k1'), says: /must use curve P-256, this one uses secp256k1/ },
      { name: 'a 1024-bit RSA key', text: spkiPem('rsa1024'), says: /at least 2048 bits/ },
      { name: 'an expired certificate', text: rootCertificatePem(), now: new Date('2040-01-01T00:00:00Z'), says: /expired on 2036/ },
      { name: 'a certificate not valid yet', text: rootCertificatePem(), now: new Date('2020-01-01T00:00:00Z'), says: /not valid before/ },
      { name: 'a SHA-1 certificate', text: fixture('openssl-sha1.crt'), says: /signed with SHA-1/ },
      { name: 'a certificate with a 1024-bit RSA key', text: fixture('openssl-rsa1024.crt'), says: /shorter than 2048 bits/ },
      { name: 'an ed25519 certificate', text: fixture('openssl-ed25519.crt'), says: /only accepts certificates for ECDSA or RSA/ },
      { name: 'an unknown block', text: '-----BEGIN FOO-----\nYWJj\n-----END FOO-----', says: /neither a PUBLIC KEY nor a CERTIFICATE/ },
    ];

    test.each(CASES)('rejects $name with a KEY error naming the input', ({ text, now, says }) => {
      const err = keyErrorOf(() => loadPublicKey(text, { ...INPUT, now }));
      expect(err.code).toBe('KEY');
      expect(err.message).toMatch(/^signer-public-key: /);
      expect(err.message).toMatch(says);
      expectNoSecrets(err.message, text);
    });
  });
});
