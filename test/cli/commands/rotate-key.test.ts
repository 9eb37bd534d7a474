// `dct-sign rotate-key`: the role, the keys each role reads (and only those),
// the directory of a generated repository key, and the rotation printed.

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli.ts';
import { InputError } from '../../../src/errors.ts';
import {
  ALICE_KEY,
  ALICE_KEY_FILE,
  ALICE_KEY_ID,
  ALICE_PASSPHRASE,
  ALICE_PUB,
  ALICE_PUB_FILE,
  cli,
  NEW_KEY_ID,
  REF,
  REPO,
  rotateKeyResult,
} from '../support.ts';
import { parsedAs } from '../../commands/results.ts';

const ENV = { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'repo-pass', DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'root-pass' };
const SIGNER = ['--key-role', 'signer', '--signer-name', 'alice', '--signer-key-file', ALICE_KEY_FILE];

describe('#runCli', () => {
  describe('when rotate-key rotates a signer key', () => {
    it('maps the new key, the old one by path, and the repository key', async () => {
      const run = await cli(['rotate-key', ...SIGNER, '--old-signer-key', ALICE_PUB_FILE, '--repository-key', 'repo key text', REPO], { env: ENV });
      expect(run.code).toBe(EXIT_OK);
      expect(run.options).toMatchObject({
        reference: parsedAs(REPO)[0],
        role: 'signer',
        repositoryKey: { text: 'repo key text', passphrase: 'repo-pass' },
        signer: { name: 'alice', newKey: { text: ALICE_KEY, passphrase: 'repo-pass' }, oldKey: ALICE_PUB },
      });
    });

    test.each([
      [ALICE_KEY_ID.toUpperCase(), ALICE_KEY_ID.toUpperCase()],
      [ALICE_PUB, ALICE_PUB.trim()],
    ])('takes --old-signer-key as a key ID or PEM text', async (value, oldKey) => {
      const run = await cli(['rotate-key', ...SIGNER, `--old-signer-key=${value}`, REPO], { env: ENV });
      expect(run.options.signer.oldKey).toBe(oldKey);
    });

    it('does not take the new key from DCT_SIGNER_KEY', async () => {
      const run = await cli(['rotate-key', '--key-role', 'signer', '--signer-name', 'alice', REPO], { env: { ...ENV, DCT_SIGNER_KEY: ALICE_KEY } });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toMatch(/^dct-sign: error: --signer-key-file: give the signer's new private key: --signer-key-file PATH\n/);
    });
  });

  describe('when rotate-key rotates the targets key', () => {
    it('maps the root key and the new key passphrase from the environment, and resolves the directory', async () => {
      const run = await cli(['rotate-key', '--key-role', 'targets', '--root-key', 'root key text', '--key-directory', 'keys', REPO], { env: ENV });
      expect(run.options).toMatchObject({
        role: 'targets',
        keyDirectory: resolve('keys'),
        rootKey: { text: 'root key text', passphrase: 'root-pass' },
        newRepositoryKeyPassphrase: 'repo-pass',
        signer: undefined,
      });
      expect(run.options.newRepositoryKey).toBeUndefined();
    });

    it('takes the new repository key, or its passphrase, from the flags first', async () => {
      const run = await cli(['rotate-key', '--key-role', 'targets', '--new-repository-key', 'new key text', '--new-repository-key-passphrase', 'new-pass', REPO], { env: ENV });
      expect(run.options).toMatchObject({ newRepositoryKey: { text: 'new key text', passphrase: 'new-pass' }, newRepositoryKeyPassphrase: 'new-pass', keyDirectory: process.cwd() });
    });
  });

  describe('when rotate-key rotates the snapshot key', () => {
    it('ignores the inputs of the other roles', async () => {
      const run = await cli(
        ['rotate-key', '--key-role', 'snapshot', '--root-key-file', ALICE_KEY_FILE, '--signer-name', 'alice', '--signer-key', 'x', '--old-signer-key', 'zzz', '--new-repository-key', 'x', REPO],
        { env: ENV },
      );
      expect(run.code).toBe(EXIT_OK);
      expect(run.options).toMatchObject({ role: 'snapshot', rootKey: { text: ALICE_KEY }, newRepositoryKey: undefined, signer: undefined });
    });

    it('prints the new key, the old ones and what was re-signed', async () => {
      const run = await cli(['rotate-key', '--key-role', 'snapshot', '--root-key-file', ALICE_KEY_FILE, REPO], { env: ENV });
      expect(run.code).toBe(EXIT_OK);
      expect(run.stdout).toBe(`The snapshot key of ${REPO} is ${NEW_KEY_ID}\n  replaces  ${ALICE_KEY_ID.slice(0, 12)}\n  re-signed root, targets\n`);
    });
  });

  describe('when the command line is wrong', () => {
    test.each([
      ['no role', [REPO], '--key-role: choose the key to rotate: snapshot, timestamp, targets, signer'],
      ['an unknown role', ['--key-role', 'releases', REPO], '--key-role: "releases" is not one of snapshot, timestamp, targets, signer, root'],
      ['two repositories', ['--key-role', 'snapshot', REPO, `${REPO}-2`], 'REPOSITORY: rotate-key works on one repository; give one, not 2'],
      ['a tag', ['--key-role', 'snapshot', REF], `REPOSITORY: ${REF}: give the repository without a tag or digest`],
      ['a signer rotation without a name', ['--key-role', 'signer', '--signer-key-file', ALICE_KEY_FILE, REPO], '--signer-name: name the signer whose key to rotate'],
      ['a signer rotation without the new key', ['--key-role', 'signer', '--signer-name', 'alice', REPO], "--signer-key-file: give the signer's new private key"],
      ['an old signer key that is neither', [...SIGNER, '--old-signer-key', 'zzz', REPO], '--old-signer-key: '],
    ])('refuses %s with exit 2', async (_, args, message) => {
      const run = await cli(['rotate-key', ...args], { env: ENV });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.options).toBeUndefined();
      expect(run.stderr).toContain(`dct-sign: error: ${message}`);
      expect(run.stderr).toContain('Run `dct-sign rotate-key --help` for usage.');
    });

    it('takes the role trimmed', async () => {
      const run = await cli(['rotate-key', '--key-role', ' signer ', '--signer-name', 'alice', '--signer-key-file', ALICE_KEY_FILE, REPO], { env: ENV });
      expect(run.options).toMatchObject({ role: 'signer', signer: { name: 'alice' } });
    });
  });

  describe('when the rotation generates the repository key', () => {
    const args = (dir: string) => ['rotate-key', '--key-role', 'targets', '--root-key-file', ALICE_KEY_FILE, '--key-directory', dir, REPO];

    it('has the core write it into --key-directory, and prints where it went', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dct-cli-rotate-'));
      const file = join(dir, `${NEW_KEY_ID}.key`);
      const run = await cli([...args(dir), '--json'], { env: ENV, operation: async () => rotateKeyResult('targets', file) });
      expect(run.code).toBe(EXIT_OK);
      expect(run.options).toMatchObject({ keyDirectory: dir });
      expect(JSON.parse(run.stdout)).toEqual({
        gun: REPO,
        trustServer: 'https://notary.example.com',
        role: 'targets',
        keyId: NEW_KEY_ID,
        previousKeyIds: [ALICE_KEY_ID],
        resigned: ['root', 'targets'],
        privateKeyPath: file,
      });
      const text = await cli(args(dir), { env: ENV, operation: async () => rotateKeyResult('targets', file) });
      expect(text.stdout).toContain(`\n  new key   ${file} (encrypted; the only copy: keep it)\n`);
    });

    it('refuses a directory it cannot write before rotating anything', async () => {
      // The real operation, against a trust server that does not exist: it checks the directory before any connection.
      const run = await cli([...args('/nonexistent/keys'), '--trust-server', 'https://127.0.0.1:1'], {
        env: { ...ENV, DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: ALICE_PASSPHRASE },
        real: true,
      });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^dct-sign: error: --key-directory: \/nonexistent\/keys is not a writable directory/m);
    });

    it('prints no key when the core could not write it: the rotation was not published', async () => {
      const error = new InputError('key-directory', `/keys/${NEW_KEY_ID}.key already exists; choose another name or directory`);
      const run = await cli(args('/keys'), { env: ENV, operation: () => Promise.reject(error) });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^dct-sign: error: --key-directory: \/keys\/(ef){32}\.key already exists/m);
    });

    it('does not ask for a directory when the new key is given', async () => {
      const run = await cli(
        ['rotate-key', '--key-role', 'targets', '--root-key-file', ALICE_KEY_FILE, '--new-repository-key-file', ALICE_KEY_FILE, '--key-directory', '/nonexistent', REPO],
        { env: ENV },
      );
      expect(run.code).toBe(EXIT_OK);
      expect(existsSync('/nonexistent')).toBe(false);
    });
  });

  describe('when the core says the role needs a key', () => {
    it('names the flag of the key', async () => {
      const error = new InputError('root-key', 'rotating the snapshot key needs this key');
      const run = await cli(['rotate-key', '--key-role', 'snapshot', REPO], { env: ENV, operation: () => Promise.reject(error) });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toMatch(/^dct-sign: error: --root-key-file: rotating the snapshot key needs this key$/m);
    });
  });
});
