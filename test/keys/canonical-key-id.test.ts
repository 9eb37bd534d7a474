import { createHash, X509Certificate } from 'node:crypto';
import { describe, expect, it, test } from 'vitest';
import { canonicalKeyId } from '../../src/keys/canonical-key-id.ts';
import { TufKey } from '../../src/keys/tuf-key.ts';
import { fixture, FIXTURE_KEYS, handKeyId, keyErrorOf, NOTARY_ROOT_CERT_ID } from './support.ts';

const root = JSON.parse(fixture('notary-root.json')) as { signed: { keys: Record<string, unknown> } };
const rootKeys = Object.entries(root.signed.keys).map(([id, json]) => [id, TufKey.fromJSON(json)] as const);

describe('#canonicalKeyId', () => {
  describe('when the key is a plain key', () => {
    test.each(rootKeys.filter(([, k]) => !k.keytype.endsWith('-x509')))('returns the ID root.json lists %s under', (id, key) => {
      expect(canonicalKeyId(key)).toBe(id);
    });

    it('matches notary’s algorithm written out by hand', () => {
      const key = new TufKey('ed25519', Buffer.alloc(32, 7));
      const json = '{"keytype":"ed25519","keyval":{"private":null,"public":"BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc="}}';
      expect(canonicalKeyId(key)).toBe(createHash('sha256').update(json).digest('hex'));
    });
  });

  describe('when the key is the root certificate notary generated', () => {
    it('returns the ID notary stored the private root key under, not the certificate’s', () => {
      const [, cert] = rootKeys.find(([id]) => id === NOTARY_ROOT_CERT_ID) ?? [];
      expect(cert?.keytype).toBe('ecdsa-x509');
      expect(cert?.id).toBe(NOTARY_ROOT_CERT_ID);
      expect(canonicalKeyId(cert as TufKey)).toBe(FIXTURE_KEYS.notaryRoot.id);
    });
  });

  describe('when the key is an rsa-x509 certificate', () => {
    it('returns the ID of the certificate’s public key as an `rsa` key', () => {
      const pem = fixture('openssl-rsa2048.crt');
      const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
      expect(canonicalKeyId(new TufKey('rsa-x509', Buffer.from(pem)))).toBe(handKeyId('rsa', spki));
    });
  });

  describe('when the certificate PEM carries headers', () => {
    it('fails as notary’s LoadCertFromPEM does, which skips such blocks', () => {
      const pem = fixture('openssl-rsa2048.crt').replace('-----\n', '-----\nrole: root\n\n');
      const err = keyErrorOf(() => canonicalKeyId(new TufKey('rsa-x509', Buffer.from(pem))));
      expect(err.code).toBe('KEY');
    });
  });

  describe('when an x509 key holds no certificate', () => {
    it('throws a KeyError', () => {
      const err = keyErrorOf(() => canonicalKeyId(new TufKey('ecdsa-x509', Buffer.from('nope'))));
      expect(err.message).toMatch(/does not contain a readable certificate/);
    });
  });
});
