import { randomBytes } from 'node:crypto';
import { describe, expect, it, test } from 'vitest';
import { decryptPkcs8, encryptPkcs8, MAX_PBKDF2_ITERATIONS, Pbes2Error } from '../../src/keys/pbes2.ts';
import { readPem } from '../../src/keys/pem.ts';
import { fixture, FIXTURE_KEYS, nodeKey, pbes2WithIterations } from './support.ts';

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(Pbes2Error);
    return (err as Pbes2Error).reason;
  }
  return undefined;
}

const der = (name: string): Buffer => readPem(fixture(name)).blocks[0]?.bytes as Buffer;

describe('#encryptPkcs8', () => {
  describe('when given any bytes and a passphrase', () => {
    test.each([0, 1, 15, 16, 17, 300])('round-trips %i bytes through decryptPkcs8', (n) => {
      const plain = randomBytes(n);
      expect(decryptPkcs8(encryptPkcs8(plain, 'pw'), 'pw').equals(plain)).toBe(true);
    });
  });
});

describe('#decryptPkcs8', () => {
  describe('when given files notary, docker and openssl wrote', () => {
    test.each(Object.values(FIXTURE_KEYS))('decrypts $file to PKCS#8', ({ file, passphrase }) => {
      expect(decryptPkcs8(der(file), passphrase)[0]).toBe(0x30);
    });

    it('honours a hmacWithSHA256 PRF as node and openssl write it', () => {
      const text = nodeKey('ecdsa').export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' }) as string;
      const plain = decryptPkcs8(readPem(text).blocks[0]?.bytes as Buffer, 'pw');
      expect(plain.equals(nodeKey('ecdsa').export({ type: 'pkcs8', format: 'der' }))).toBe(true);
    });
  });

  describe('when the passphrase is wrong', () => {
    it('fails with reason passphrase', () => {
      expect(reasonOf(() => decryptPkcs8(der('docker-alice.key'), 'wrong'))).toBe('passphrase');
    });
  });

  describe('when the scheme is not PBES2', () => {
    test.each(['openssl-pbes1.key'])('fails with reason unsupported for %s', (name) => {
      expect(reasonOf(() => decryptPkcs8(der(name), 'openssl-pass'))).toBe('unsupported');
    });

    it('fails with reason unsupported for scrypt', () => {
      expect(reasonOf(() => decryptPkcs8(der('openssl-scrypt.key'), 'openssl-pass'))).toBe('unsupported');
    });
  });

  describe('when the iteration count is above the limit', () => {
    it('fails with reason limit, before deriving any key', () => {
      expect(reasonOf(() => decryptPkcs8(pbes2WithIterations(MAX_PBKDF2_ITERATIONS + 1), 'pw'))).toBe('limit');
      expect(reasonOf(() => decryptPkcs8(pbes2WithIterations(0x7fffffff), 'pw'))).toBe('limit');
    });
  });

  describe('when the structure is broken', () => {
    test.each([Buffer.from('nonsense'), der('docker-alice.key').subarray(0, 40)])('fails with reason malformed (%#)', (bytes) => {
      expect(reasonOf(() => decryptPkcs8(bytes, 'pw'))).toBe('malformed');
    });
  });
});
