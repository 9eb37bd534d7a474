import { constants, createPublicKey, verify } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it, test } from 'vitest';
import { SigningKey } from '../../src/keys/signing-key.ts';
import { verifySignature } from '../../src/keys/verify-signature.ts';
import { handKeyId, nodeKey, notaryPublicBytes } from './support.ts';

const DATA = Buffer.from('{"signed":"data"}');

describe('SigningKey', () => {
  describe('#constructor', () => {
    test.each([
      ['ecdsa', 'ecdsa', 'ecdsa'],
      ['ed25519', 'ed25519', 'eddsa'],
      ['rsa', 'rsa', 'rsapss'],
    ] as const)('describes a %s key as keytype %s signing with %s', (kind, keytype, method) => {
      const key = new SigningKey(nodeKey(kind));
      expect(key.publicKey.keytype).toBe(keytype);
      expect(key.method).toBe(method);
      expect(key.keyId).toBe(handKeyId(keytype, notaryPublicBytes(nodeKey(kind))));
    });

    test.each(['p384', 'secp256k1', 'rsa1024', 'x25519'] as const)('refuses a %s key', (kind) => {
      expect(() => new SigningKey(nodeKey(kind))).toThrow(TypeError);
    });

    it('refuses a public key', () => {
      expect(() => new SigningKey(createPublicKey(nodeKey('ecdsa')))).toThrow(TypeError);
    });
  });

  describe('#sign', () => {
    describe('when the key is ECDSA', () => {
      it('produces raw r||s of 64 bytes over SHA-256, as notary does', async () => {
        const key = new SigningKey(nodeKey('ecdsa'));
        for (let i = 0; i < 8; i++) {
          const sig = await key.sign(DATA);
          expect(sig).toHaveLength(64);
          expect(verify('sha256', DATA, { key: createPublicKey(nodeKey('ecdsa')), dsaEncoding: 'ieee-p1363' }, sig)).toBe(true);
        }
      });
    });

    describe('when the key is ed25519', () => {
      it('signs the message itself', async () => {
        const sig = await new SigningKey(nodeKey('ed25519')).sign(DATA);
        expect(verify(null, DATA, createPublicKey(nodeKey('ed25519')), sig)).toBe(true);
      });
    });

    describe('when the key is RSA', () => {
      it('uses PSS with a 32-byte salt, which a 20-byte-salt check rejects', async () => {
        const sig = await new SigningKey(nodeKey('rsa')).sign(DATA);
        const pub = createPublicKey(nodeKey('rsa'));
        const pss = (saltLength: number): boolean =>
          verify('sha256', DATA, { key: pub, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, sig);
        expect(pss(32)).toBe(true);
        expect(pss(20)).toBe(false);
      });
    });

    test.each(['ecdsa', 'ed25519', 'rsa'] as const)('makes %s signatures verifySignature accepts', async (kind) => {
      const key = new SigningKey(nodeKey(kind));
      expect(verifySignature(key.publicKey, key.method, DATA, await key.sign(DATA))).toBe(true);
    });
  });

  describe('when logged', () => {
    test.each(['ecdsa', 'ed25519', 'rsa'] as const)('shows no %s key material', (kind) => {
      const key = new SigningKey(nodeKey(kind));
      const jwk = nodeKey(kind).export({ format: 'jwk' });
      const secret = String(jwk.d);
      for (const shown of [JSON.stringify(key), inspect(key, { showHidden: true, depth: 5 }), String(key)]) {
        expect(shown).not.toContain(secret);
        expect(shown).not.toContain(Buffer.from(secret, 'base64url').toString('base64'));
      }
      expect(JSON.stringify(key)).toContain(key.keyId);
    });
  });
});
