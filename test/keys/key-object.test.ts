import { createPublicKey, ECDH } from 'node:crypto';
import { describe, expect, it, test } from 'vitest';
import { ed25519FromRaw, ed25519Raw, goPkix, methodFor, plainKeyType, tufKeyOf, unusableReason } from '../../src/keys/key-object.ts';
import { nodeKey, notaryPublicBytes } from './support.ts';

describe('#goPkix', () => {
  describe('when the EC public key arrived with a compressed point', () => {
    it('writes it uncompressed, as Go’s MarshalPKIXPublicKey does', () => {
      const spki = createPublicKey(nodeKey('ecdsa')).export({ type: 'spki', format: 'der' });
      const point = spki.subarray(spki.length - 65);
      const compressed = ECDH.convertKey(point, 'prime256v1', undefined, undefined, 'compressed') as Buffer;
      expect(compressed).toHaveLength(33);
      const prefix = Buffer.from('3039301306072a8648ce3d020106082a8648ce3d030107032200', 'hex');
      const compressedKey = createPublicKey({ key: Buffer.concat([prefix, compressed]), format: 'der', type: 'spki' });
      expect(goPkix(compressedKey).equals(spki)).toBe(true);
    });
  });

  describe('when the key is RSA', () => {
    it('keeps the NULL algorithm parameter', () => {
      expect(goPkix(nodeKey('rsa')).toString('hex')).toMatch(/^30820122300d06092a864886f70d0101010500/);
    });
  });
});

describe('#tufKeyOf', () => {
  test.each([
    ['ecdsa', 'ecdsa', 'ecdsa'],
    ['ed25519', 'ed25519', 'eddsa'],
    ['rsa', 'rsa', 'rsapss'],
  ] as const)('makes a %s key of keytype %s, signing with %s', (kind, keytype, method) => {
    const key = tufKeyOf(nodeKey(kind));
    expect(key.keytype).toBe(keytype);
    expect(key.public.equals(notaryPublicBytes(nodeKey(kind)))).toBe(true);
    expect(methodFor(plainKeyType(nodeKey(kind)) as typeof keytype)).toBe(method);
  });

  it('round-trips raw ed25519 bytes', () => {
    const raw = ed25519Raw(nodeKey('ed25519'));
    expect(ed25519Raw(ed25519FromRaw(raw)).equals(raw)).toBe(true);
  });
});

describe('#unusableReason', () => {
  describe('when a key is for verifying only', () => {
    it('accepts curves notary verifies with but does not sign with', () => {
      expect(unusableReason(nodeKey('p384'), 'verify')).toBeUndefined();
      expect(unusableReason(nodeKey('p384'), 'sign')).toMatch(/P-384/);
    });
  });
});
