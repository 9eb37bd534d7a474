import { createPublicKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { describe, expect, it, test } from 'vitest';
import { loadPublicKeyPem } from '../../src/keys/public-key-pem.ts';
import { fixture, keyErrorOf } from './support.ts';

const INPUT = { input: 'cosign-public-key' };

describe('#loadPublicKeyPem', () => {
  describe('when given a .pub that cosign wrote', () => {
    test.each(['cosign2.pub', 'cosign3.pub', 'cosign2-ed25519.pub'])('gives %s back as it is', (file) => {
      const loaded = loadPublicKeyPem(fixture(file), INPUT);
      expect(loaded.pem).toBe(fixture(file).trim() + '\n');
      expect(loaded.role).toBeUndefined();
    });

    it('reads it base64-encoded on one line', () => {
      expect(loadPublicKeyPem(Buffer.from(fixture('cosign3.pub')).toString('base64'), INPUT).pem).toBe(fixture('cosign3.pub').trim() + '\n');
    });
  });

  describe('when given the .pub of docker trust key generate', () => {
    it('drops its role: header, keeping the name, so cosign reads the PEM', () => {
      const loaded = loadPublicKeyPem(fixture('docker-alice.pub'), INPUT);
      expect(loaded.role).toBe('alice');
      expect(loaded.keytype).toBe('ecdsa');
      expect(loaded.pem).toMatch(/^-----BEGIN PUBLIC KEY-----\nMFkw/);
      expect(createPublicKey(loaded.pem).equals(createPublicKey(fixture('docker-alice.pub').replace(/^role:.*\n\n/m, '')))).toBe(true);
    });
  });

  describe('when given something else', () => {
    test.each(['cosign2.key', 'docker-alice.key'])('refuses the private key %s, saying to give the .pub', (file) => {
      const err = keyErrorOf(() => loadPublicKeyPem(fixture(file), INPUT));
      expect(err.code).toBe('KEY');
      expect(err.message).toMatch(/^cosign-public-key: this is a private key, but a public key is needed; give the \.pub file/);
      expect(err.message).not.toContain(fixture(file).split('\n')[1]);
    });

    it('refuses a certificate, saying how to get its public key', () => {
      expect(keyErrorOf(() => loadPublicKeyPem(fixture('openssl-rsa2048.crt'), INPUT)).message).toContain('openssl x509 -pubkey -noout');
      expect(new X509Certificate(fixture('openssl-rsa2048.crt'))).toBeDefined();
    });

    it('refuses a key no verifier takes', () => {
      const pem = generateKeyPairSync('x25519').publicKey.export({ type: 'spki', format: 'pem' }) as string;
      expect(keyErrorOf(() => loadPublicKeyPem(pem, INPUT)).message).toMatch(/^cosign-public-key: x25519 keys are not supported/);
    });

    it('refuses text that holds no PEM', () => {
      expect(keyErrorOf(() => loadPublicKeyPem('cosign.pub', INPUT)).message).toMatch(/^cosign-public-key: not a PEM public key; paste the whole \.pub file/);
    });
  });
});
