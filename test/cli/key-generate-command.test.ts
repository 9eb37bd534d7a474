import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../src/cli/cli.ts';
import { parseKeyGenerateArgs } from '../../src/cli/key-generate-command.ts';
import { loadPrivateKey } from '../../src/keys/index.ts';
import { keyGenerate } from '../../src/operations/key-generate.ts';
import { cli, parseContext, usageErrorOf } from './support.ts';

const PASSPHRASE = 'key-generate-passphrase';
const ENV = { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: PASSPHRASE };

describe('#parseKeyGenerateArgs', () => {
  it('takes the name, the directory and the passphrase from the flag before the environment', () => {
    const parsed = parseKeyGenerateArgs(
      ['--signer-name', 'ci', '--key-directory', '/keys', '--signer-key-passphrase', 'flag-passphrase', '--base64'],
      parseContext(ENV),
    );
    expect(parsed).toEqual({ json: false, base64: true, options: { name: 'ci', directory: '/keys', passphrase: 'flag-passphrase' } });
  });

  it('takes the passphrase from DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, as docker does', () => {
    expect(parseKeyGenerateArgs(['--signer-name', 'ci'], parseContext(ENV)).options).toEqual({
      name: 'ci',
      directory: undefined,
      passphrase: PASSPHRASE,
    });
  });

  test.each([
    ['no name', [], ENV, '--signer-name', /name the key/],
    ['the name as an argument, as docker takes it', ['ci'], ENV, 'ci', /takes no arguments; give the key's name with --signer-name NAME/],
    ['no passphrase', ['--signer-name', 'ci'], {}, '--signer-key-passphrase', /or set DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE/],
    ['a short passphrase flag', ['--signer-name', 'ci', '--signer-key-passphrase', 'short'], {}, '--signer-key-passphrase', /at least 8/],
    ['a short passphrase variable', ['--signer-name', 'ci'], { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'short' }, 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', /at least 8/],
    ['a connection flag', ['--signer-name', 'ci', '--trust-server', 'https://x'], ENV, '--trust-server', /unknown option/],
  ])('refuses %s', async (_, args, env, input, message) => {
    const err = await usageErrorOf(() => parseKeyGenerateArgs(args, parseContext(env)));
    expect(err).toMatchObject({ input, command: 'key-generate' });
    expect(err.message).toMatch(message);
  });
});

describe('dct-sign key-generate', () => {
  const operations = { keyGenerate };

  it('writes NAME.key and NAME.pub and prints the key ID, naming the files on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dct-cli-keygen-'));
    const run = await cli(['key-generate', '--signer-name', 'ci', '--key-directory', dir], { env: ENV, operations });
    expect(run.code).toBe(EXIT_OK);
    const keyId = run.stdout.trim();
    expect(run.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const key = loadPrivateKey(readFileSync(join(dir, 'ci.key'), 'utf8'), { input: 'ci.key', passphrase: PASSPHRASE });
    expect(key.signer.keyId).toBe(keyId);
    expect(key.role).toBe('ci');
    expect(statSync(join(dir, 'ci.key')).mode & 0o777).toBe(0o600);
    expect(run.stderr).toContain(`Generated the key ci (${keyId}):`);
    expect(run.stderr).toContain(`${join(dir, 'ci.key')}  private key`);
    expect(run.stderr).toContain(`${join(dir, 'ci.pub')}  public key`);
  });

  it('prints the private key file as one base64 line with --base64, unmasked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dct-cli-keygen-'));
    const run = await cli(['key-generate', '--signer-name', 'ci', '--key-directory', dir, '--base64', '--signer-key-passphrase', PASSPHRASE], {
      operations,
    });
    expect(run.code).toBe(EXIT_OK);
    expect(run.stdout).toMatch(/^[A-Za-z0-9+/]+=*\n$/);
    expect(Buffer.from(run.stdout, 'base64').toString('utf8')).toBe(readFileSync(join(dir, 'ci.key'), 'utf8'));
    expect(run.stdout + run.stderr).not.toContain(PASSPHRASE);
  });

  it('prints the key ID, public key and paths with --json, and the private key only with --base64 too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dct-cli-keygen-'));
    const run = await cli(['key-generate', '--json', '--signer-name', 'ci', '--key-directory', dir], { env: ENV, operations });
    const out = JSON.parse(run.stdout) as Record<string, string>;
    expect(Object.keys(out).sort()).toEqual(['name', 'privateKeyPath', 'publicKey', 'publicKeyPath', 'signerKeyId']);
    expect(out.publicKey).toBe(readFileSync(join(dir, 'ci.pub'), 'utf8'));

    const both = await cli(['key-generate', '--json', '--base64', '--signer-name', 'cd', '--key-directory', dir], { env: ENV, operations });
    const withKey = JSON.parse(both.stdout) as Record<string, string>;
    expect(Buffer.from(withKey.privateKeyBase64!, 'base64').toString('utf8')).toBe(readFileSync(join(dir, 'cd.key'), 'utf8'));
  });

  test.each([
    ['an existing key file', (dir: string) => ['--signer-name', 'ci', '--key-directory', dir], /^dct-sign: error: --signer-name: .*ci\.key already exists/m],
    ['a directory that is not there', (dir: string) => ['--signer-name', 'new', '--key-directory', join(dir, 'nope')], /^dct-sign: error: --key-directory: .* is not an existing directory/m],
    ['an invalid name', (dir: string) => ['--signer-name', 'Bad Name', '--key-directory', dir], /^dct-sign: error: --signer-name: "Bad Name" is not a valid signer name/m],
  ])('refuses %s with the flag named', async (_, args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'dct-cli-keygen-'));
    await cli(['key-generate', '--signer-name', 'ci', '--key-directory', dir], { env: ENV, operations });
    const run = await cli(['key-generate', ...args(dir)], { env: ENV, operations });
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});
