// keyGenerate on disk: the files, their modes, and what they hold.

import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, test } from 'vitest';
import { loadPrivateKey, loadPublicKey } from '../../src/keys/index.ts';
import { readPem } from '../../src/keys/pem.ts';
import { keyGenerate } from '../../src/operations/key-generate.ts';

const passphrase = 'correct horse battery';

describe('#keyGenerate', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dct-keygen-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('when the name and passphrase are valid', () => {
    it('writes an owner-only encrypted key and a public key with the same key ID', async () => {
      const result = await keyGenerate({ name: 'ci', passphrase, directory: dir });

      expect(result.privateKeyPath).toBe(join(dir, 'ci.key'));
      expect(result.publicKeyPath).toBe(join(dir, 'ci.pub'));
      expect((await stat(result.privateKeyPath)).mode & 0o777).toBe(0o600);
      const privatePem = await readFile(result.privateKeyPath, 'utf8');
      const loaded = loadPrivateKey(privatePem, { input: 'ci.key', passphrase });
      expect(loaded.signer.keyId).toBe(result.keyId);
      expect(loaded.role).toBe('ci');
      const publicPem = await readFile(result.publicKeyPath, 'utf8');
      expect(publicPem).toBe(result.publicKeyPem);
      expect(loadPublicKey(publicPem, { input: 'ci.pub' }).id).toBe(result.keyId);
    });

    it('writes docker layout: PUBLIC KEY with role, ENCRYPTED PRIVATE KEY with path and role', async () => {
      const result = await keyGenerate({ name: 'ci', passphrase, directory: dir });

      const [pub] = readPem(result.publicKeyPem).blocks;
      expect(pub).toMatchObject({ type: 'PUBLIC KEY', headers: { role: 'ci' } });
      const [priv] = readPem(await readFile(result.privateKeyPath, 'utf8')).blocks;
      expect(priv).toMatchObject({ type: 'ENCRYPTED PRIVATE KEY', headers: { path: result.keyId, role: 'ci' } });
      const text = await readFile(result.privateKeyPath, 'utf8');
      expect(text).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\npath: [0-9a-f]{64}\nrole: ci\n\n/);
    });

    it('returns the key file as one base64 line that loads as the key itself', async () => {
      const result = await keyGenerate({ name: 'ci', passphrase, directory: dir });

      expect(result.privateKeyBase64).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(Buffer.from(result.privateKeyBase64, 'base64').toString('utf8')).toBe(await readFile(result.privateKeyPath, 'utf8'));
      expect(loadPrivateKey(result.privateKeyBase64, { input: 'signer-key', passphrase }).signer.keyId).toBe(result.keyId);
    });

    it('makes a new key every time', async () => {
      const a = await keyGenerate({ name: 'a', passphrase, directory: dir });
      const b = await keyGenerate({ name: 'b', passphrase, directory: dir });
      expect(a.keyId).not.toBe(b.keyId);
    });
  });

  describe('when a file of that name exists', () => {
    test.each(['ci.key', 'ci.pub'])('refuses to overwrite %s and writes nothing', async (existing) => {
      await writeFile(join(dir, existing), 'keep me');

      await expect(keyGenerate({ name: 'ci', passphrase, directory: dir })).rejects.toMatchObject({ code: 'INPUT', input: 'signer-name' });
      expect(await readFile(join(dir, existing), 'utf8')).toBe('keep me');
      const other = existing === 'ci.key' ? 'ci.pub' : 'ci.key';
      await expect(stat(join(dir, other))).rejects.toMatchObject({ code: 'ENOENT' });
    });
  });

  describe('when an input is wrong', () => {
    test.each([
      ['an upper-case name', { name: 'CI' }, 'signer-name'],
      ['a name starting with -', { name: '-ci' }, 'signer-name'],
      ['a name with a slash', { name: 'team/ci' }, 'signer-name'],
      ['the reserved name releases', { name: 'releases' }, 'signer-name'],
      ['a short passphrase', { passphrase: 'short' }, 'signer-key-passphrase'],
      ['a missing directory', { directory: '/nonexistent/dct-sign' }, 'key-directory'],
    ])('refuses %s', async (_, change, input) => {
      await expect(keyGenerate({ name: 'ci', passphrase, directory: dir, ...change })).rejects.toMatchObject({ code: 'INPUT', input });
    });
  });
});
