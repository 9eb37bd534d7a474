// Shared helpers for the keys tests: fixtures, keys made with node, and the
// check that an error never leaks key material.

import { createHash, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { DctError, KeyError } from '../../src/errors.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Passphrases and IDs of the committed fixtures (see fixtures/README.md). */
export const FIXTURE_KEYS = {
  dockerAlice: {
    file: 'docker-alice.key',
    passphrase: 'fixture-passphrase',
    id: 'ac5ce34fd279c5ef4466f95f040e1383fd33cfbcfe1d21affeadce31bb18500b',
    role: 'alice',
    gun: undefined,
    keytype: 'ecdsa',
  },
  notaryRoot: {
    file: 'notary-root.key',
    passphrase: 'root-pass',
    id: '2aadb2ad559f3aead30aebf43cfa4c16af61c94eefa774e85a3020d09e310796',
    role: 'root',
    gun: undefined,
    keytype: 'ecdsa',
  },
  notaryTargets: {
    file: 'notary-targets.key',
    passphrase: 'targets-pass',
    id: 'b88e7165fe230250daa118bad8bb6c3fe7e27e253bf27de254e1eab67a3355ba',
    role: 'targets',
    gun: 'example.com/test/repo',
    keytype: 'ecdsa',
  },
  notaryEd25519: {
    file: 'notary-ed25519.key',
    passphrase: 'delegation-pass',
    id: 'f479e9a391d67fd7a94517e961cdc670cbc9666ef3eb1d732fa57e45010d7fb7',
    role: 'targets/releases',
    gun: undefined,
    keytype: 'ed25519',
  },
  opensslEd25519: {
    file: 'openssl-notary-ed25519.key',
    passphrase: 'delegation-pass',
    id: 'f479e9a391d67fd7a94517e961cdc670cbc9666ef3eb1d732fa57e45010d7fb7',
    role: 'targets/releases',
    gun: undefined,
    keytype: 'ed25519',
  },
  notaryRsa: {
    file: 'notary-rsa.key',
    passphrase: 'rsa-pass',
    id: '48126dc6016b0852838413f91237788db5ac6b79c08a88fd66521b347871d6f9',
    role: 'targets/rsa',
    gun: undefined,
    keytype: 'rsa',
  },
} as const;

/** The root certificate key notary-server's init produced, as listed in notary-root.json. */
export const NOTARY_ROOT_CERT_ID = '29ce08c1ec74bc75bca90547ac96253979db7159dd0884dec1da22d203683c39';
/** A moment inside the validity of notary-root.json's certificate. */
export const NOTARY_ROOT_CERT_TIME = new Date('2027-06-01T00:00:00Z');

export type NodeKeyType = 'ecdsa' | 'ed25519' | 'rsa';

const cache = new Map<string, KeyObject>();

/** A private key made by node, cached per kind since RSA generation is slow. */
export function nodeKey(kind: NodeKeyType | 'p384' | 'secp256k1' | 'rsa1024' | 'x25519'): KeyObject {
  let key = cache.get(kind);
  if (!key) {
    switch (kind) {
      case 'ecdsa':
        key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
        break;
      case 'p384':
        key = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey;
        break;
      case 'secp256k1':
        key = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey;
        break;
      case 'ed25519':
        key = generateKeyPairSync('ed25519').privateKey;
        break;
      case 'x25519':
        key = generateKeyPairSync('x25519').privateKey;
        break;
      case 'rsa':
        key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
        break;
      case 'rsa1024':
        key = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
        break;
    }
    cache.set(kind, key);
  }
  return key;
}

/**
 * notary's key ID computed by hand: sha256 of the canonical JSON string
 * written out literally, with the public bytes base64-encoded.
 */
export function handKeyId(keytype: string, publicBytes: Uint8Array): string {
  const json = `{"keytype":"${keytype}","keyval":{"private":null,"public":"${Buffer.from(publicBytes).toString('base64')}"}}`;
  return createHash('sha256').update(json).digest('hex');
}

/** The public bytes notary lists for a node key: PKIX DER, or raw ed25519. */
export function notaryPublicBytes(key: KeyObject): Buffer {
  const spki = (key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' });
  return key.asymmetricKeyType === 'ed25519' ? spki.subarray(spki.length - 32) : spki;
}

/** Runs `fn` and returns the KeyError it throws, failing the test otherwise. */
export function keyErrorOf(fn: () => unknown): KeyError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(KeyError);
    expect(err).toBeInstanceOf(DctError);
    return err as KeyError;
  }
  throw new Error('expected a KeyError');
}

/**
 * Asserts that a message shows nothing secret: not the passphrase, and no
 * run of the key text's base64 (per line, and the whole body at once).
 */
export function expectNoSecrets(message: string, keyText: string, passphrase?: string): void {
  if (passphrase) expect(message).not.toContain(passphrase);
  const lines = keyText
    .split(/\r?\n|\s+/)
    .map((l) => l.trim())
    .filter((l) => /^[A-Za-z0-9+/=]{12,}$/.test(l));
  for (const line of lines) expect(message).not.toContain(line);
  const compact = keyText.replace(/-----[^-]+-----|\s+/g, '');
  if (compact.length >= 12) expect(message).not.toContain(compact.slice(0, 12));
}

export const hasBinary = (path: string): boolean => existsSync(path);

function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const n = body.length;
  const length = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, body]);
}

function derInteger(value: number): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let bytes = Buffer.from(hex, 'hex');
  if (bytes[0]! & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return der(0x02, bytes);
}

const PBES2_OID = Buffer.from('06092a864886f70d01050d', 'hex');
const PBKDF2_OID = Buffer.from('06092a864886f70d01050c', 'hex');
const AES256_CBC_OID = Buffer.from('060960864801650304012a', 'hex');

/**
 * An ENCRYPTED PRIVATE KEY (PBES2, PBKDF2 with HMAC-SHA1, AES-256-CBC) whose
 * PBKDF2 iteration count is `iterations`, for a key file that asks for more
 * work than any real one. The data is 32 random bytes: nothing decrypts it.
 */
export function pbes2WithIterations(iterations: number): Buffer {
  const kdf = der(0x30, PBKDF2_OID, der(0x30, der(0x04, randomBytes(8)), derInteger(iterations)));
  const cipher = der(0x30, AES256_CBC_OID, der(0x04, randomBytes(16)));
  const algorithm = der(0x30, PBES2_OID, der(0x30, kdf, cipher));
  return der(0x30, algorithm, der(0x04, randomBytes(32)));
}
