import { createPublicKey, generateKeyPairSync, randomBytes, scryptSync, verify, type KeyObject } from 'node:crypto';
import { secretbox } from '@noble/ciphers/salsa';
import { describe, expect, it, test } from 'vitest';
import { COSIGN_SCRYPT_LIMITS } from '../../src/keys/cosign-private-key.ts';
import { loadCosignPrivateKey, loadPrivateKey } from '../../src/keys/load-private-key.ts';
import { encodePem } from '../../src/keys/pem.ts';
import { expectNoSecrets, fixture, keyErrorOf } from './support.ts';

// The fixtures' passphrases (see fixtures/README.md).
const COSIGN_FIXTURES = {
  'cosign2.key': { passphrase: 'cosign2 fixture passphrase', pub: 'cosign2.pub', keytype: 'ecdsa' },
  'cosign3.key': { passphrase: 'cosign3 fixture passphrase', pub: 'cosign3.pub', keytype: 'ecdsa' },
  'cosign2-ed25519.key': { passphrase: 'cosign import passphrase', pub: 'cosign2-ed25519.pub', keytype: 'ed25519' },
  'cosign2-empty-passphrase.key': { passphrase: undefined, pub: 'cosign2-empty-passphrase.pub', keytype: 'ecdsa' },
  'cosign-legacy-label.key': { passphrase: 'cosign2 fixture passphrase', pub: 'cosign2.pub', keytype: 'ecdsa' },
} as const;

const INPUT = { input: 'cosign-key', passphraseInput: 'cosign-key-passphrase' };

function spki(key: KeyObject): Buffer {
  return (key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' });
}

/** What the loaded signer's public key is, as PKIX DER (TufKey holds ed25519 raw). */
function signerSpki(text: string, passphrase: string | undefined): Buffer {
  const { signer } = loadCosignPrivateKey(text, { ...INPUT, passphrase });
  const pub = signer.publicKey.public;
  if (signer.publicKey.keytype !== 'ed25519') return Buffer.from(pub);
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(pub).toString('base64url') }, format: 'jwk' }).export({
    type: 'spki',
    format: 'der',
  });
}

interface SealOptions {
  readonly n?: unknown;
  readonly r?: unknown;
  readonly p?: unknown;
  readonly kdf?: string;
  readonly cipher?: string;
  readonly nonce?: Uint8Array;
  readonly label?: string;
}

/** A key in cosign's format, sealed with the library our reader uses (small N by default, to keep tests fast). */
function seal(key: KeyObject, passphrase: string, opts: SealOptions = {}): string {
  const salt = randomBytes(32);
  const nonce = opts.nonce ?? randomBytes(24);
  const n = opts.n ?? 1024;
  const r = opts.r ?? 8;
  const p = opts.p ?? 1;
  const sane = (v: unknown, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max;
  const canDerive = sane(n, 65536) && ((n as number) & ((n as number) - 1)) === 0 && sane(r, 8) && sane(p, 2) && nonce.length === 24;
  const box = canDerive
    ? secretbox(scryptSync(passphrase, salt, 32, { N: n as number, r: r as number, p: p as number, maxmem: 256 * 2 ** 20 }), nonce).seal(key.export({ type: 'pkcs8', format: 'der' }))
    : randomBytes(64);
  const body = {
    kdf: { name: opts.kdf ?? 'scrypt', params: { N: n, r, p }, salt: salt.toString('base64') },
    cipher: { name: opts.cipher ?? 'nacl/secretbox', nonce: Buffer.from(nonce).toString('base64') },
    ciphertext: Buffer.from(box).toString('base64'),
  };
  return encodePem(opts.label ?? 'ENCRYPTED SIGSTORE PRIVATE KEY', Buffer.from(JSON.stringify(body)));
}

const p256 = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

describe('#loadCosignPrivateKey', () => {
  describe('when given keys that cosign wrote', () => {
    test.each(Object.entries(COSIGN_FIXTURES))('loads %s, with the public key of the cosign.pub written beside it', (file, f) => {
      const expected = spki(createPublicKey(fixture(f.pub)));
      expect(signerSpki(fixture(file), f.passphrase).equals(expected)).toBe(true);
      expect(loadCosignPrivateKey(fixture(file), { ...INPUT, passphrase: f.passphrase }).signer.publicKey.keytype).toBe(f.keytype);
    });

    test.each([
      ['base64-encoded on one line', (t: string) => Buffer.from(t).toString('base64')],
      ['with CRLF line endings', (t: string) => t.replace(/\n/g, '\r\n')],
      ['with newlines collapsed to spaces', (t: string) => t.replace(/\n/g, ' ')],
    ])('loads one %s, as a CI secret may hold it', (_shape, shape) => {
      const f = COSIGN_FIXTURES['cosign3.key'];
      expect(signerSpki(shape(fixture('cosign3.key')), f.passphrase).equals(spki(createPublicKey(fixture(f.pub))))).toBe(true);
    });

    it('signs so that cosign.pub verifies the signature', async () => {
      const f = COSIGN_FIXTURES['cosign2.key'];
      const { signer } = loadCosignPrivateKey(fixture('cosign2.key'), { ...INPUT, passphrase: f.passphrase });
      const data = Buffer.from('{"critical":{}}');
      const sig = await signer.sign(data);
      expect(verify('sha256', data, { key: fixture(f.pub), dsaEncoding: 'ieee-p1363' }, sig)).toBe(true);
    });

    it('is what loadPrivateKey gives for the same text, so signer-key takes a cosign key too', () => {
      const f = COSIGN_FIXTURES['cosign2.key'];
      const viaSigner = loadPrivateKey(fixture('cosign2.key'), { input: 'signer-key', passphrase: f.passphrase });
      expect(viaSigner.signer.keyId).toBe(loadCosignPrivateKey(fixture('cosign2.key'), { ...INPUT, passphrase: f.passphrase }).signer.keyId);
    });

    it('loads a plain PKCS#8 key as well', () => {
      const key = p256();
      const text = key.export({ type: 'pkcs8', format: 'pem' }) as string;
      expect(Buffer.from(loadCosignPrivateKey(text, INPUT).signer.publicKey.public).equals(spki(key))).toBe(true);
    });
  });

  describe('when the passphrase is wrong or missing', () => {
    it('names the passphrase input and the fix, and shows no secret', () => {
      const err = keyErrorOf(() => loadCosignPrivateKey(fixture('cosign2.key'), { ...INPUT, passphrase: 'not it' }));
      expect(err.code).toBe('PASSPHRASE');
      expect(err.input).toBe('cosign-key');
      expect(err.message).toMatch(/^cosign-key: the key could not be decrypted with cosign-key-passphrase; set it to the passphrase/);
      expectNoSecrets(err.message, fixture('cosign2.key'), 'not it');
    });

    it('names COSIGN_PASSWORD when the passphrase came from there', () => {
      const err = keyErrorOf(() =>
        loadCosignPrivateKey(fixture('cosign3.key'), { input: 'cosign-key', passphrase: 'wrong', passphraseInput: 'COSIGN_PASSWORD' }),
      );
      expect(err.code).toBe('PASSPHRASE');
      expect(err.message).toContain('could not be decrypted with COSIGN_PASSWORD');
    });

    it('says that none was given when the key needs one', () => {
      const err = keyErrorOf(() => loadCosignPrivateKey(fixture('cosign2.key'), INPUT));
      expect(err.code).toBe('PASSPHRASE');
      expect(err.message).toBe('cosign-key: the key is encrypted with a passphrase, and none was given; set cosign-key-passphrase');
    });
  });

  describe('when the file’s scrypt parameters are absurd', () => {
    const key = p256();
    test.each([
      ['N=2^30 (128 GiB)', { n: 2 ** 30 }],
      ['N=2^20, r=8 (1 GiB)', { n: 2 ** 20 }],
      ['r=1000', { n: 1024, r: 1000 }],
      ['p=10^6', { p: 1_000_000 }],
      ['N=65536, r=8, p=16 (16 times cosign’s work)', { n: 65536, p: 16 }],
    ])('refuses %s before deriving anything, saying how to fix it', (_what, params) => {
      const started = Date.now();
      const err = keyErrorOf(() => loadCosignPrivateKey(seal(key, 'pw', params), { ...INPUT, passphrase: 'pw' }));
      expect(Date.now() - started).toBeLessThan(200);
      expect(err.code).toBe('KEY');
      expect(err.message).toMatch(/^cosign-key: the key's scrypt parameters \(N=\d+, r=\d+, p=\d+\) would take more than 256 MiB/);
      expect(err.message).toContain('cosign import-key-pair');
    });

    test.each([
      ['N is not a power of 2', { n: 1000 }, /N=1000 is not a power of 2/],
      ['N is a string', { n: '65536' }, /scrypt N is not a positive integer/],
      ['r is zero', { r: 0 }, /scrypt r is not a positive integer/],
      ['p is fractional', { p: 1.5 }, /scrypt p is not a positive integer/],
    ])('refuses a file whose %s', (_what, params, message) => {
      expect(keyErrorOf(() => loadCosignPrivateKey(seal(key, 'pw', params), { ...INPUT, passphrase: 'pw' })).message).toMatch(message);
    });

    it('decrypts sane parameters other than cosign’s (N=1024, r=8, p=2)', () => {
      expect(Buffer.from(loadCosignPrivateKey(seal(key, 'pw', { p: 2 }), { ...INPUT, passphrase: 'pw' }).signer.publicKey.public).equals(spki(key))).toBe(true);
    });
  });

  describe('when the file is not what cosign writes', () => {
    it('names another KDF and cipher', () => {
      const err = keyErrorOf(() => loadCosignPrivateKey(seal(p256(), 'pw', { kdf: 'argon2', cipher: 'aes' }), { ...INPUT, passphrase: 'pw' }));
      expect(err.message).toBe("cosign-key: the key is encrypted with argon2 and aes; only cosign's scrypt with nacl/secretbox is read");
    });

    it('refuses a nonce that is not 24 bytes', () => {
      const err = keyErrorOf(() => loadCosignPrivateKey(seal(p256(), 'pw', { nonce: randomBytes(12) }), { ...INPUT, passphrase: 'pw' }));
      expect(err.message).toContain('the nonce has 12 bytes, not 24');
    });

    it('refuses a body that is not JSON', () => {
      const text = encodePem('ENCRYPTED SIGSTORE PRIVATE KEY', Buffer.from('not json'));
      expect(keyErrorOf(() => loadCosignPrivateKey(text, INPUT)).message).toContain('its body is not JSON');
    });

    it('says which key types it signs with for a P-384 key', () => {
      const key = generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey;
      const err = keyErrorOf(() => loadCosignPrivateKey(seal(key, 'pw'), { ...INPUT, passphrase: 'pw' }));
      expect(err.code).toBe('KEY');
      expect(err.message).toContain('another curve than P-256; dct-sign signs with ECDSA P-256');
    });

    test.each(['cosign2.pub', 'docker-alice.pub'])('refuses the public key %s with the fix', (file) => {
      const err = keyErrorOf(() => loadCosignPrivateKey(fixture(file), INPUT));
      expect(err.input).toBe('cosign-key');
      expect(err.message).toContain('this is a public key, but a private key is needed; use the private key file, not the .pub');
      expect(err.message).toContain('cosign writes cosign.key');
    });
  });

  it('bounds memory at 4 times cosign’s own', () => {
    expect(128 * 65536 * 8 * 4).toBe(COSIGN_SCRYPT_LIMITS.maxMemoryBytes);
  });
});
