// certificate and key-generate --certificate on disk: a self-signed
// code-signing leaf over the key that notation's chain rules take, with a
// subject its x509.subject identities can match (C, ST and O), valid for
// certificate-validity; nothing is written when an input is wrong.

import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, test } from 'vitest';
import {
  codeSigningChainProblem,
  exportEncryptedPrivateKey,
  generateKey,
  loadPrivateKey,
  subjectAttributes,
  type LoadedPrivateKey,
} from '../../src/keys/index.ts';
import { notationSignerOf } from '../../src/notation/index.ts';
import { certificate } from '../../src/operations/certificate.ts';
import { keyGenerate } from '../../src/operations/key-generate.ts';

const passphrase = 'correct horse battery';
const DAY = 86_400_000;
const NOW = new Date('2026-12-08T01:00:00Z');

/** A signer key as docker keeps it: encrypted, with a role: header. */
function dockerKey(role: string): LoadedPrivateKey {
  return loadPrivateKey(exportEncryptedPrivateKey(generateKey('ecdsa'), passphrase, { role }), { input: 'signer-key', passphrase });
}

/** A plain PKCS#8 P-256 key, as openssl writes it: no role: header. */
function plainKey(): LoadedPrivateKey {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return loadPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), { input: 'signer-key' });
}

/** A PKCS#8 key notation signs with but notary does not (P-384), loaded for notation only. */
function p384Key(): LoadedPrivateKey {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  return loadPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), { input: 'notation-key', use: 'jws' });
}

describe('#certificate', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dct-certificate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('when given a signer key as docker keeps it', () => {
    it('writes NAME.crt, named after its role, a leaf notation signs with, valid for a year', async () => {
      const key = dockerKey('ci');
      const result = await certificate({ signerKey: key, directory: dir, now: NOW });

      expect(result).toMatchObject({
        name: 'ci',
        path: join(dir, 'ci.crt'),
        subject: 'C=XX, ST=none, O=dct-sign, CN=ci',
        identity: 'x509.subject: C=XX, ST=none, O=dct-sign, CN=ci',
        store: 'ci',
        keyInput: 'signer-key',
        notAfter: new Date(NOW.getTime() + 365 * DAY),
      });
      const pem = await readFile(result.path, 'utf8');
      expect(pem).toBe(result.pem);
      const cert = new X509Certificate(pem);
      expect(new Date(cert.validTo)).toEqual(result.notAfter);
      expect(codeSigningChainProblem([cert], NOW)).toBeUndefined();
      expect(subjectAttributes(cert)).toEqual({ C: 'XX', ST: 'none', O: 'dct-sign', CN: 'ci' });
      // The signer a sign run builds from it: the key and certificate belong together.
      expect(notationSignerOf(key, pem, { keyInput: 'signer-key', now: NOW })).toMatchObject({ algorithm: 'ES256', subject: result.subject });
    });

    it('takes NAME, certificate-validity and output over the defaults', async () => {
      const result = await certificate({ signerKey: dockerKey('ci'), name: 'release', validityMs: 30 * DAY, output: join(dir, 'out.pem'), now: NOW });
      expect(result).toMatchObject({ name: 'release', path: join(dir, 'out.pem'), subject: 'C=XX, ST=none, O=dct-sign, CN=release' });
      expect(new Date(new X509Certificate(await readFile(join(dir, 'out.pem'))).validTo)).toEqual(new Date(NOW.getTime() + 30 * DAY));
    });
  });

  describe('when given a notation key', () => {
    it('certifies it (P-384 included, which notary cannot sign with) in place of the signer key', async () => {
      const key = p384Key();
      const result = await certificate({ notationKey: key, signerKey: dockerKey('ci'), name: 'ci', directory: dir, now: NOW });
      expect(result.keyInput).toBe('notation-key');
      expect(notationSignerOf(key, result.pem, { now: NOW }).algorithm).toBe('ES384');
    });
  });

  describe('when an input is wrong', () => {
    test.each([
      ['no key', () => ({}), 'signer-key', /give the key to make the certificate for/],
      ['a key without a role and no NAME', () => ({ signerKey: plainKey() }), 'signer-name', /has no role: header .* give NAME/],
      ['an invalid NAME', () => ({ signerKey: dockerKey('ci'), name: '../ci' }), 'signer-name', /is not a valid signer name/],
      ['a validity below a second', () => ({ signerKey: dockerKey('ci'), validityMs: 0 }), 'certificate-validity', /a second or more/],
      ['a directory that is not there', (d: string) => ({ signerKey: dockerKey('ci'), directory: join(d, 'nope') }), 'key-directory', /is not an existing directory/],
      [
        'an Ed25519 key, which notation does not sign with',
        () => ({ signerKey: loadPrivateKey(exportEncryptedPrivateKey(generateKey('ed25519'), passphrase, { role: 'ci' }), { input: 'signer-key', passphrase }) }),
        'signer-key',
        /notation signs with/,
      ],
    ])('refuses %s, naming the input, and writes nothing', async (_, options, input, message) => {
      const run = certificate({ directory: dir, ...options(dir) });
      await expect(run).rejects.toMatchObject({ input });
      await expect(run).rejects.toThrow(message);
      expect(await readdir(dir)).toEqual([]);
    });

    it('never writes over an existing file', async () => {
      await writeFile(join(dir, 'ci.crt'), 'keep me');
      await expect(certificate({ signerKey: dockerKey('ci'), directory: dir })).rejects.toMatchObject({ input: 'signer-name' });
      await expect(certificate({ signerKey: dockerKey('ci'), output: join(dir, 'ci.crt') })).rejects.toMatchObject({ input: 'output' });
      expect(await readFile(join(dir, 'ci.crt'), 'utf8')).toBe('keep me');
    });
  });
});

describe('#keyGenerate', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dct-keygen-cert-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('when asked for a certificate', () => {
    it('writes NAME.crt over the new key beside NAME.key and NAME.pub', async () => {
      const result = await keyGenerate({ name: 'ci', passphrase, directory: dir, certificate: { validityMs: 90 * DAY } });

      expect((await readdir(dir)).sort()).toEqual(['ci.crt', 'ci.key', 'ci.pub']);
      expect(result.certificate).toMatchObject({ path: join(dir, 'ci.crt'), identity: 'x509.subject: C=XX, ST=none, O=dct-sign, CN=ci' });
      const key = loadPrivateKey(await readFile(join(dir, 'ci.key'), 'utf8'), { input: 'ci.key', passphrase });
      const pem = await readFile(join(dir, 'ci.crt'), 'utf8');
      expect(notationSignerOf(key, pem, { keyInput: 'signer-key' }).algorithm).toBe('ES256');
      const days = (new Date(new X509Certificate(pem).validTo).getTime() - Date.now()) / DAY;
      expect(days).toBeGreaterThan(89.9);
      expect(days).toBeLessThanOrEqual(90);
    });

    it('writes no certificate unless asked', async () => {
      const result = await keyGenerate({ name: 'ci', passphrase, directory: dir });
      expect(result.certificate).toBeUndefined();
      expect((await readdir(dir)).sort()).toEqual(['ci.key', 'ci.pub']);
    });

    it('writes nothing when NAME.crt exists', async () => {
      await writeFile(join(dir, 'ci.crt'), 'keep me');
      await expect(keyGenerate({ name: 'ci', passphrase, directory: dir, certificate: {} })).rejects.toMatchObject({ input: 'signer-name' });
      expect(await readdir(dir)).toEqual(['ci.crt']);
    });
  });
});
