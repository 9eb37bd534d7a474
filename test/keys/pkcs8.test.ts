import { createPublicKey } from 'node:crypto';
import { PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { AsnConvert } from '@peculiar/asn1-schema';
import { describe, expect, it, test } from 'vitest';
import { decryptPkcs8 } from '../../src/keys/pbes2.ts';
import { readPem } from '../../src/keys/pem.ts';
import { decodeNotaryEd25519, decodePkcs8, encodeNotaryPkcs8, Pkcs8Error } from '../../src/keys/pkcs8.ts';
import { fixture, FIXTURE_KEYS, nodeKey } from './support.ts';

function notaryInner(f: { file: string; passphrase: string }): Buffer {
  return decryptPkcs8(readPem(fixture(f.file)).blocks[0]?.bytes as Buffer, f.passphrase);
}

const samePublic = (a: Parameters<typeof createPublicKey>[0], b: Parameters<typeof createPublicKey>[0]): boolean =>
  createPublicKey(a).export({ type: 'spki', format: 'der' }).equals(createPublicKey(b).export({ type: 'spki', format: 'der' }));

describe('#encodeNotaryPkcs8', () => {
  describe.each([
    ['ecdsa', FIXTURE_KEYS.dockerAlice],
    ['ed25519', FIXTURE_KEYS.notaryEd25519],
    ['rsa', FIXTURE_KEYS.notaryRsa],
  ] as const)('when given the %s key from a notary-written file', (_kind, f) => {
    it('reproduces notary’s bytes exactly', () => {
      const inner = notaryInner(f);
      expect(encodeNotaryPkcs8(decodePkcs8(inner)).equals(inner)).toBe(true);
    });
  });

  describe('when the key is ed25519', () => {
    it('writes notary’s OID and public || seed || public', () => {
      const info = AsnConvert.parse(encodeNotaryPkcs8(nodeKey('ed25519')), PrivateKeyInfo);
      expect(info.privateKeyAlgorithm.algorithm).toBe('1.3.6.1.4.1.11591.15.1');
      const raw = Buffer.from(info.privateKey.buffer);
      expect(raw).toHaveLength(96);
      expect(raw.subarray(0, 32).equals(raw.subarray(64))).toBe(true);
    });
  });

  describe('when the key type has no notary layout', () => {
    it('throws', () => {
      expect(() => encodeNotaryPkcs8(nodeKey('x25519'))).toThrow(TypeError);
    });
  });
});

describe('#decodePkcs8', () => {
  describe.each(['ecdsa', 'ed25519', 'rsa'] as const)('when given standard PKCS#8 for %s', (kind) => {
    it('returns the key', () => {
      const der = nodeKey(kind).export({ type: 'pkcs8', format: 'der' });
      expect(samePublic(decodePkcs8(der), nodeKey(kind))).toBe(true);
    });
  });

  describe('when the bytes are not PKCS#8', () => {
    test.each([Buffer.from('garbage'), Buffer.alloc(0), Buffer.from('3003020100', 'hex')])('throws a malformed Pkcs8Error (%#)', (der) => {
      const err = (() => {
        try {
          decodePkcs8(der);
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(Pkcs8Error);
      expect((err as Pkcs8Error).reason).toBe('malformed');
    });
  });

  describe('when notary’s ed25519 bytes disagree with themselves', () => {
    it('refuses the key', () => {
      const raw = Buffer.from(AsnConvert.parse(encodeNotaryPkcs8(nodeKey('ed25519')), PrivateKeyInfo).privateKey.buffer);
      raw[0] = (raw[0] as number) ^ 1;
      expect(() => decodeNotaryEd25519(raw)).toThrow(Pkcs8Error);
      expect(() => decodeNotaryEd25519(raw.subarray(1))).toThrow(/malformed/);
    });
  });
});
