import { describe, expect, it, test } from 'vitest';
import { exportPublicKeyPem } from '../../src/keys/export-public-key.ts';
import { generateKey } from '../../src/keys/generate-key.ts';
import { loadPrivateKey } from '../../src/keys/load-private-key.ts';
import { loadPublicKey } from '../../src/keys/load-public-key.ts';
import { createRootCertificate } from '../../src/keys/root-certificate.ts';
import { SigningKey } from '../../src/keys/signing-key.ts';
import { fixture, FIXTURE_KEYS, nodeKey } from './support.ts';

describe('#exportPublicKeyPem', () => {
  describe('when given the key `docker trust key generate` made', () => {
    it('writes the same .pub file docker wrote, byte for byte', () => {
      const f = FIXTURE_KEYS.dockerAlice;
      const { signer } = loadPrivateKey(fixture(f.file), { input: 'key', passphrase: f.passphrase });
      expect(exportPublicKeyPem(signer, { role: 'alice' })).toBe(fixture('docker-alice.pub'));
    });
  });

  describe.each([
    ['ecdsa', () => generateKey('ecdsa')],
    ['ed25519', () => generateKey('ed25519')],
    ['rsa', () => new SigningKey(nodeKey('rsa'))],
  ] as const)('when given a %s key', (_kind, make) => {
    const key = make();

    it('writes a PUBLIC KEY that loadPublicKey reads back to the same key', () => {
      const pem = exportPublicKeyPem(key.publicKey);
      expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\nM/);
      expect(loadPublicKey(pem, { input: 'pub' }).id).toBe(key.keyId);
    });

    it('adds the role header only when asked', () => {
      expect(exportPublicKeyPem(key, { role: 'ci' })).toMatch(/^-----BEGIN PUBLIC KEY-----\nrole: ci\n\n/);
    });
  });

  describe('when given a certificate key', () => {
    test.each([undefined, 'root'])('writes the certificate itself, without headers (role %s)', (role) => {
      const root = createRootCertificate(generateKey('ecdsa'), 'example.com/repo');
      expect(exportPublicKeyPem(root.publicKey, { role })).toBe(root.pem);
    });
  });
});
