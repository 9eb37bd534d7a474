import { constants, generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it, test } from 'vitest';
import { jwsAlgorithmOf, signJws, SigningKey, verifyJws } from '../../src/keys/index.ts';
import { ecKey, rsaKey, signingKey } from '../notation/support/certificates.ts';

const INPUT = Buffer.from('eyJhbGciOiJFUzI1NiJ9.eyJ0YXJnZXRBcnRpZmFjdCI6e319');

describe('JWS signatures', () => {
  describe('#jwsAlgorithmOf', () => {
    test.each([
      ['EC P-256', () => ecKey('P-256'), 'ES256'],
      ['EC P-384', () => ecKey('P-384'), 'ES384'],
      ['EC P-521', () => ecKey('P-521'), 'ES512'],
      ['RSA 2048', () => rsaKey(2048), 'PS256'],
      ['RSA 3072', () => rsaKey(3072), 'PS384'],
      ['RSA 4096', () => rsaKey(4096), 'PS512'],
      ['RSA 2560', () => rsaKey(2560), undefined],
      ['ed25519', () => generateKeyPairSync('ed25519'), undefined],
      ['secp256k1', () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' }), undefined],
    ])('chooses for %s what notation chooses', (_, make, alg) => {
      const pair = make();
      expect(jwsAlgorithmOf(pair.publicKey)).toBe(alg);
      expect(jwsAlgorithmOf(pair.privateKey)).toBe(alg);
    });
  });

  describe('#signJws', () => {
    it('signs ES256 as raw r||s of 64 bytes over SHA-256', async () => {
      const pair = ecKey('P-256');
      const { algorithm, signature } = await signJws(signingKey(pair), INPUT);
      expect(algorithm).toBe('ES256');
      expect(signature).toHaveLength(64);
      expect(verify('sha256', INPUT, { key: pair.publicKey, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
      expect(verifyJws('ES256', pair.publicKey, INPUT, signature)).toBe(true);
    });

    test.each([
      [2048, 'PS256', 'sha256', 32],
      [3072, 'PS384', 'sha384', 48],
    ] as const)('signs RSA %i as %s with a salt as long as the hash', async (bits, alg, hash, salt) => {
      const pair = rsaKey(bits);
      const { algorithm, signature } = await signJws(signingKey(pair), INPUT);
      expect(algorithm).toBe(alg);
      const exact = { key: pair.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: salt };
      expect(verify(hash, INPUT, exact, signature)).toBe(true);
      expect(verify(hash, INPUT, { ...exact, saltLength: salt + 1 }, signature)).toBe(false);
      expect(verifyJws(alg, pair.publicKey, INPUT, signature)).toBe(true);
    });
  });

  describe('when the key is loaded for notation only', () => {
    test.each([
      ['P-384', 'ES384', 96],
      ['P-521', 'ES512', 132],
    ] as const)('signs with an ECDSA %s key as %s (raw r||s of %i bytes), which notary cannot use', async (curve, alg, length) => {
      const pair = ecKey(curve);
      const key = new SigningKey(pair.privateKey, 'jws');
      const { algorithm, signature } = await signJws(key, INPUT);
      expect(algorithm).toBe(alg);
      expect(signature).toHaveLength(length);
      expect(verifyJws(alg, pair.publicKey, INPUT, signature)).toBe(true);
      await expect(key.sign(INPUT)).rejects.toThrow(/notary cannot sign with this key: ECDSA keys must use curve P-256/);
      expect(() => new SigningKey(pair.privateKey)).toThrow(TypeError);
    });

    it('refuses keys notation does not sign with', () => {
      expect(() => new SigningKey(generateKeyPairSync('ed25519').privateKey, 'jws')).toThrow(/notation signs with ECDSA P-256, P-384 or P-521/);
      expect(() => new SigningKey(rsaKey(2560).privateKey, 'jws')).toThrow(/an RSA 2560-bit key/);
    });
  });

  describe('#verifyJws', () => {
    it('accepts ES384 and ES512 from other signers, and any PSS salt length, as golang-jwt does', () => {
      for (const [curve, alg, hash] of [['P-384', 'ES384', 'sha384'], ['P-521', 'ES512', 'sha512']] as const) {
        const pair = ecKey(curve);
        const sig = sign(hash, INPUT, { key: pair.privateKey, dsaEncoding: 'ieee-p1363' });
        expect(verifyJws(alg, pair.publicKey, INPUT, sig)).toBe(true);
      }
    });

    it('refuses another key, other bytes, and an algorithm that is not the key’s', async () => {
      const pair = ecKey('P-256');
      const { signature } = await signJws(signingKey(pair), INPUT);
      expect(verifyJws('ES256', ecKey('P-256').publicKey, INPUT, signature)).toBe(false);
      expect(verifyJws('ES256', pair.publicKey, Buffer.from('other'), signature)).toBe(false);
      expect(verifyJws('ES384', pair.publicKey, INPUT, signature)).toBe(false);
      expect(verifyJws('PS256', pair.publicKey, INPUT, signature)).toBe(false);
    });
  });
});
