import { describe, expect, it, test } from 'vitest';
import { generateKey } from '../../src/keys/generate-key.ts';
import { SigningKey } from '../../src/keys/signing-key.ts';
import { verifySignature } from '../../src/keys/verify-signature.ts';

describe('#generateKey', () => {
  describe.each([
    ['ecdsa', 'ecdsa', 91],
    ['ed25519', 'eddsa', 32],
  ] as const)('when asked for %s', (type, method, publicLength) => {
    it(`returns a fresh ${type} signing key using ${method}`, () => {
      const key = generateKey(type);
      expect(key).toBeInstanceOf(SigningKey);
      expect(key.publicKey.keytype).toBe(type);
      expect(key.method).toBe(method);
      expect(key.publicKey.public).toHaveLength(publicLength);
      expect(key.keyId).toBe(key.publicKey.id);
      expect(generateKey(type).keyId).not.toBe(key.keyId);
    });

    it('signs data that verifies', async () => {
      const key = generateKey(type);
      const data = Buffer.from('hello');
      expect(verifySignature(key.publicKey, key.method, data, await key.sign(data))).toBe(true);
    });
  });

  test.each(['ecdsa', 'ed25519'] as const)('makes %s keys whose IDs are 64 hex characters', (type) => {
    expect(generateKey(type).keyId).toMatch(/^[0-9a-f]{64}$/);
  });
});
