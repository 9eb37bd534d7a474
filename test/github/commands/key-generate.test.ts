// `command: key-generate`: its inputs, and a run that writes the key files
// into key-directory, outputs where they are, and never shows the private key.

import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyGenerateOptions } from '../../../src/github/commands/key-generate.ts';
import { run } from '../../../src/github/run.ts';
import { loadPrivateKey } from '../../../src/keys/index.ts';
import { useRunnerEnv } from '../support/runner-env.ts';
import { thrown } from '../support/thrown.ts';

describe('#keyGenerateOptions', () => {
  const runner = useRunnerEnv();

  it('takes the name, the passphrase untrimmed and key-directory', () => {
    runner.setInputs({ 'signer-name': 'ci', 'signer-key-passphrase': ' long passphrase ', 'key-directory': '/keys' });
    expect(keyGenerateOptions()).toEqual({ name: 'ci', passphrase: ' long passphrase ', directory: '/keys' });
  });

  it("writes into the runner's temp directory by default", () => {
    runner.setInputs({ 'signer-name': 'ci', 'signer-key-passphrase': 'long passphrase' });
    process.env.RUNNER_TEMP = '/runner/temp';
    expect(keyGenerateOptions().directory).toBe('/runner/temp');
  });

  it('refuses a missing signer-name', () => {
    runner.setInputs({ 'signer-key-passphrase': 'long passphrase' });
    expect(thrown(keyGenerateOptions)).toMatchObject({ input: 'signer-name' });
  });
});

describe('command: key-generate', () => {
  const runner = useRunnerEnv();
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dct-github-key-generate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('when it runs', () => {
    it('writes the key pair, outputs its paths, ID and public key, and masks the private key', async () => {
      runner.setInputs({ command: 'key-generate', 'signer-name': 'ci', 'signer-key-passphrase': 'long passphrase', 'key-directory': dir });
      await run();

      expect(runner.stdout.errors()).toEqual([]);
      const outputs = runner.stdout.outputs();
      expect(outputs).toEqual({
        'signer-key-id': expect.stringMatching(/^[0-9a-f]{64}$/),
        'public-key': expect.stringContaining('-----BEGIN PUBLIC KEY-----'),
        'private-key-path': join(dir, 'ci.key'),
        'public-key-path': join(dir, 'ci.pub'),
      });
      const privatePem = await readFile(join(dir, 'ci.key'), 'utf8');
      expect(loadPrivateKey(privatePem, { input: 'ci.key', passphrase: 'long passphrase' }).signer.keyId).toBe(outputs['signer-key-id']);
      expect(await readFile(join(dir, 'ci.pub'), 'utf8')).toBe(outputs['public-key']);

      const body = privatePem.split('\n').filter((l) => /^[A-Za-z0-9+/]{16,}={0,2}$/.test(l));
      expect(body.length).toBeGreaterThan(0);
      expect(runner.stdout.masks()).toEqual(expect.arrayContaining(body));
      const shown = runner.stdout.lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
      for (const line of body) expect(shown).not.toContain(line);
    });
  });

  describe('when the passphrase is short', () => {
    it('fails naming signer-key-passphrase, writing nothing', async () => {
      runner.setInputs({ command: 'key-generate', 'signer-name': 'ci', 'signer-key-passphrase': 'short', 'key-directory': dir });
      await run();
      expect(runner.stdout.errors()).toEqual([expect.stringMatching(/^signer-key-passphrase: use at least 8 characters/)]);
      expect(runner.stdout.outputs()).toEqual({});
    });
  });

  describe('when the key files exist', () => {
    it('fails naming signer-name, and leaves them alone', async () => {
      const inputs = { command: 'key-generate', 'signer-name': 'ci', 'signer-key-passphrase': 'long passphrase', 'key-directory': dir };
      runner.setInputs(inputs);
      await run();
      const first = await readFile(join(dir, 'ci.key'), 'utf8');
      await run();
      expect(runner.stdout.errors()).toEqual([expect.stringMatching(/^signer-name: .*ci\.key already exists/)]);
      expect(await readFile(join(dir, 'ci.key'), 'utf8')).toBe(first);
    });
  });
});
