// `dct-sign key-generate`: the name (argument or flag), the passphrase, the
// directory; the real operation writes NAME.key and NAME.pub; --base64 prints
// the private key file unmasked.

import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli.ts';
import { loadPrivateKey } from '../../../src/keys/index.ts';
import { cli } from '../support.ts';

const PASSPHRASE = 'key-generate-passphrase';
const ENV = { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: PASSPHRASE };
const newDir = () => mkdtempSync(join(tmpdir(), 'dct-cli-keygen-'));

describe('#runCli', () => {
  describe('when key-generate is given its flags', () => {
    it('takes the name, the directory and the passphrase from the flag before the environment', async () => {
      const run = await cli(['key-generate', '--signer-name', 'ci', '--key-directory', '/keys', '--signer-key-passphrase', 'flag-passphrase', '--base64'], { env: ENV });
      expect(run.options).toEqual({ name: 'ci', directory: '/keys', passphrase: 'flag-passphrase' });
    });

    test.each([
      ['DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, as docker does', ENV],
      ['NOTARY_DELEGATION_PASSPHRASE, as notary does', { NOTARY_DELEGATION_PASSPHRASE: PASSPHRASE }],
    ])('takes the passphrase from %s, and the current directory', async (_, env) => {
      const run = await cli(['key-generate', '--signer-name', 'ci'], { env });
      expect(run.options).toEqual({ name: 'ci', directory: process.cwd(), passphrase: PASSPHRASE });
    });

    it('takes the name as its argument, as docker trust key generate does', async () => {
      const run = await cli(['key-generate', 'ci'], { env: ENV });
      expect(run.options).toMatchObject({ name: 'ci' });
    });

    test.each([
      ['no name', [], ENV, '--signer-name: name the key after its signer, e.g. ci'],
      ['a blank name', ['--signer-name', ' '], ENV, '--signer-name: name the key after its signer'],
      ['the name twice', ['--signer-name', 'ci', 'ci'], ENV, '--signer-name: give NAME or --signer-name, not both'],
      ['two names', ['ci', 'cd'], ENV, 'cd: give one NAME, not 2'],
      ['no passphrase', ['--signer-name', 'ci'], {}, '--signer-key-passphrase: give --signer-key-passphrase or set DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE'],
      ['a connection flag', ['--signer-name', 'ci', '--trust-server', 'https://x'], ENV, '--trust-server: unknown option'],
      ['--verbose, as it logs nothing', ['--signer-name', 'ci', '--verbose'], ENV, '--verbose: unknown option'],
    ])('refuses %s with exit 2', async (_, args, env, message) => {
      const run = await cli(['key-generate', ...args], { env });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.options).toBeUndefined();
      expect(run.stderr).toContain(`dct-sign: error: ${message}`);
      expect(run.stderr).toContain('Run `dct-sign key-generate --help` for usage.');
    });
  });

  describe('when key-generate runs the real operation', () => {
    it('writes NAME.key and NAME.pub and prints the key ID, naming the files on stderr', async () => {
      const dir = newDir();
      const run = await cli(['key-generate', '--signer-name', 'ci', '--key-directory', dir], { env: ENV, real: true });
      expect(run.code).toBe(EXIT_OK);
      expect(run.stdout).toMatch(/^[0-9a-f]{64}\n$/);
      const keyId = run.stdout.trim();
      const key = loadPrivateKey(readFileSync(join(dir, 'ci.key'), 'utf8'), { input: 'ci.key', passphrase: PASSPHRASE });
      expect(key.signer.keyId).toBe(keyId);
      expect(key.role).toBe('ci');
      expect(statSync(join(dir, 'ci.key')).mode & 0o777).toBe(0o600);
      expect(run.stderr).toBe(
        `Generated the key ci (${keyId}):\n` +
          `  ${join(dir, 'ci.key')}  private key, encrypted with the passphrase: keep it secret\n` +
          `  ${join(dir, 'ci.pub')}  public key, for dct-sign signer-add or docker trust signer add\n`,
      );
    });

    it('prints the private key file as one base64 line with --base64, unmasked', async () => {
      const dir = newDir();
      const run = await cli(['key-generate', 'ci', '--key-directory', dir, '--base64', '--signer-key-passphrase', PASSPHRASE], { real: true });
      expect(run.code).toBe(EXIT_OK);
      expect(run.stdout).toMatch(/^[A-Za-z0-9+/]+=*\n$/);
      expect(Buffer.from(run.stdout, 'base64').toString('utf8')).toBe(readFileSync(join(dir, 'ci.key'), 'utf8'));
      expect(run.stdout + run.stderr).not.toContain(PASSPHRASE);
    });

    it('prints the key ID, public key and paths with --json, and the private key only with --base64 too', async () => {
      const dir = newDir();
      const run = await cli(['key-generate', '--json', '--signer-name', 'ci', '--key-directory', dir], { env: ENV, real: true });
      const out = JSON.parse(run.stdout) as Record<string, string>;
      expect(Object.keys(out).sort()).toEqual(['name', 'privateKeyPath', 'publicKey', 'publicKeyPath', 'signerKeyId']);
      expect(out.publicKey).toBe(readFileSync(join(dir, 'ci.pub'), 'utf8'));

      const both = await cli(['key-generate', '--json', '--base64', '--signer-name', 'cd', '--key-directory', dir], { env: ENV, real: true });
      const withKey = JSON.parse(both.stdout) as Record<string, string>;
      expect(Buffer.from(withKey.privateKeyBase64!, 'base64').toString('utf8')).toBe(readFileSync(join(dir, 'cd.key'), 'utf8'));
    });

    test.each([
      ['an existing key file', (dir: string) => ['--signer-name', 'ci', '--key-directory', dir], ENV, /^dct-sign: error: --signer-name: .*ci\.key already exists/m],
      ['a directory that is not there', (dir: string) => ['--signer-name', 'new', '--key-directory', join(dir, 'nope')], ENV, /^dct-sign: error: --key-directory: .* is not an existing directory/m],
      ['an invalid name', (dir: string) => ['--signer-name', 'Bad Name', '--key-directory', dir], ENV, /^dct-sign: error: --signer-name: "Bad Name" is not a valid signer name/m],
      ['a short passphrase flag', (dir: string) => ['new', '--key-directory', dir, '--signer-key-passphrase', 'short'], {}, /^dct-sign: error: --signer-key-passphrase: use at least 8 characters/m],
      ['a short passphrase variable', (dir: string) => ['new', '--key-directory', dir], { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'short' }, /^dct-sign: error: --signer-key-passphrase: use at least 8 characters/m],
    ])('refuses %s with the flag named and exit 2', async (_, args, env, message) => {
      const dir = newDir();
      await cli(['key-generate', '--signer-name', 'ci', '--key-directory', dir], { env: ENV, real: true });
      const run = await cli(['key-generate', ...args(dir)], { env, real: true });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    });
  });
});
