// The CLI's inputs that follow docker and notary: a signer key found in
// docker's trust store by the signer name, the notary CLI's passphrase
// variables, and key-generate's NAME argument.

import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { runCli } from '../../src/cli/cli.ts';
import type { KeyGenerateOptions } from '../../src/operations/key-generate.ts';
import type { SignOptions } from '../../src/operations/sign.ts';
import { ALICE_KEY, ALICE_KEY_FILE, fakeResult } from './support.ts';

const REF = 'registry.example.com/team/app:1.0';

async function cli(argv: string[], env: NodeJS.ProcessEnv) {
  const seen: unknown[] = [];
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    readStdin: async () => '',
    operations: {
      sign: async (options: SignOptions) => (seen.push(options), fakeResult(options)),
      'key-generate': async (options: KeyGenerateOptions) => {
        seen.push(options);
        return { name: options.name, keyId: 'a'.repeat(64), privateKeyPath: 'k', publicKeyPath: 'p', publicKeyPem: 'pem', privateKeyBase64: 'b64' };
      },
    },
  });
  return { code, stdout, stderr, options: seen[0] as Record<string, unknown> | undefined };
}

/** A DOCKER_CONFIG whose trust store holds `keys` (file name → role header or none). */
function dockerConfig(keys: Record<string, string | undefined>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dct-trust-store-'));
  const store = join(dir, 'trust', 'private');
  mkdirSync(store, { recursive: true });
  for (const [name, role] of Object.entries(keys)) {
    if (role === 'alice') copyFileSync(ALICE_KEY_FILE, join(store, name));
    else writeFileSync(join(store, name), ALICE_KEY.replace(/role: alice/, role ? `role: ${role}` : ''));
  }
  return dir;
}

describe('#runCli', () => {
  describe('when no signer key is given and docker keeps one for the signer name', () => {
    it('signs with that key file', async () => {
      const dir = dockerConfig({ 'aaa.key': 'root', 'bbb.key': 'alice' });
      const run = await cli(['sign', '--no-push', '--signer-name', 'alice', REF], { DOCKER_CONFIG: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.options?.signerKey).toMatchObject({ text: ALICE_KEY, input: join(dir, 'trust', 'private', 'bbb.key') });
    });
  });

  test.each([
    ['none', { 'aaa.key': 'root' }, /holds no key for signer alice: aaa\.key \(root\)/],
    ['several', { 'aaa.key': 'alice', 'bbb.key': 'alice' }, /holds 2 keys for signer alice: aaa\.key \(alice\), bbb\.key \(alice\)/],
  ])('when docker keeps %s for the signer, it lists what it found and exits 2', async (_, keys, message) => {
    const run = await cli(['sign', '--no-push', '--signer-name', 'alice', REF], { DOCKER_CONFIG: dockerConfig(keys) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.options).toBeUndefined();
  });

  describe('when a key is given', () => {
    it('does not look in the trust store', async () => {
      const dir = dockerConfig({ 'aaa.key': 'alice', 'bbb.key': 'alice' });
      const run = await cli(['sign', '--signer-key-file', ALICE_KEY_FILE, '--signer-name', 'alice', REF], { DOCKER_CONFIG: dir });
      expect(run.code, run.stderr).toBe(0);
      expect(run.options?.signerKey).toMatchObject({ input: `--signer-key-file ${ALICE_KEY_FILE}` });
    });
  });

  test.each([
    ['NOTARY_DELEGATION_PASSPHRASE', 'signerKey'],
    ['NOTARY_ROOT_PASSPHRASE', 'rootKey'],
    ['NOTARY_TARGETS_PASSPHRASE', 'repositoryKey'],
  ])('reads %s as the notary CLI does, after docker variable', async (variable, field) => {
    const args = ['sign', '--signer-key-file', ALICE_KEY_FILE, '--root-key-file', ALICE_KEY_FILE, '--repository-key-file', ALICE_KEY_FILE, REF];
    const run = await cli(args, { [variable]: 'notary-pass' });
    expect((run.options?.[field] as { passphrase?: string }).passphrase).toBe('notary-pass');
    const docker = variable === 'NOTARY_ROOT_PASSPHRASE' ? 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE' : 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE';
    const both = await cli(args, { [variable]: 'notary-pass', [docker]: 'docker-pass' });
    expect((both.options?.[field] as { passphrase?: string }).passphrase).toBe('docker-pass');
  });

  describe('key-generate NAME', () => {
    test.each([
      [['key-generate', 'ci']],
      [['key-generate', '--signer-name', 'ci']],
    ])('%j names the key ci', async (argv) => {
      const run = await cli([...argv, '--signer-key-passphrase', 'long enough'], {});
      expect(run.code, run.stderr).toBe(0);
      expect(run.options).toMatchObject({ name: 'ci', passphrase: 'long enough' });
    });

    test.each([
      [['key-generate', 'a', 'b'], /b: give one NAME, not 2/],
      [['key-generate', '--signer-name', 'a', 'b'], /--signer-name: give NAME or --signer-name, not both/],
    ])('%j is a wrong command line', async (argv, message) => {
      const run = await cli([...argv, '--signer-key-passphrase', 'long enough'], {});
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    });
  });

  test.each([['--version'], ['-V']])('%s prints the version', async (flag) => {
    const run = await cli([flag], {});
    expect(run).toMatchObject({ code: 0, stdout: `${JSON.parse((await import('node:fs')).readFileSync('package.json', 'utf8')).version}\n` });
  });
});
