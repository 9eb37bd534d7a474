// `dct-sign signer-add`: public keys from files and PEM text, the repository
// and root keys, and what happened to each repository.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli.ts';
import { InputError, KeyError } from '../../../src/errors.ts';
import { ALICE_KEY, ALICE_KEY_FILE, ALICE_KEY_ID, ALICE_PUB, ALICE_PUB_FILE, cli, REF, REPO, ROOT_KEY_ID, SIGNER_ADD_RESULT, tableRows } from '../support.ts';
import { parsedAs } from '../../commands/results.ts';

const dir = mkdtempSync(join(tmpdir(), 'dct-cli-signer-add-'));
const NOT_PEM = join(dir, 'not-a-key.txt');
writeFileSync(NOT_PEM, 'hello\n');
const OTHER_PUB = '-----BEGIN PUBLIC KEY-----\nMFkwfake\n-----END PUBLIC KEY-----';
const ENV = { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'repo-pass', DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'root-pass' };
const REQUIRED = ['--signer-name', 'alice', '--signer-public-key', ALICE_PUB_FILE, '--repository-key-file', ALICE_KEY_FILE];

describe('#runCli', () => {
  describe('when signer-add is given its flags', () => {
    it('reads public keys from files and PEM text, and the keys with docker passphrases', async () => {
      const run = await cli(['signer-add', ...REQUIRED, `--signer-public-key=${OTHER_PUB}`, '--root-key', 'root key text', REPO, `${REPO}-2`], { env: ENV });
      expect(run.code).toBe(EXIT_OK);
      expect(run.options).toMatchObject({
        references: parsedAs(REPO, `${REPO}-2`),
        name: 'alice',
        repositoryKey: { text: ALICE_KEY, passphrase: 'repo-pass', passphraseInput: '--repository-key-passphrase or DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE' },
        rootKey: { text: 'root key text', passphrase: 'root-pass', input: '--root-key' },
      });
      // The keys in the order of the flags, files and PEM text alike.
      expect(run.options.signerPublicKeys).toEqual([ALICE_PUB.trim(), OTHER_PUB]);
    });

    it('leaves the root key out unless given', async () => {
      const run = await cli(['signer-add', ...REQUIRED, REPO], { env: ENV });
      expect(run.options.rootKey).toBeUndefined();
    });

    test.each([
      ['no signer name', [...REQUIRED.slice(2), REPO], '--signer-name: name the signer to add'],
      ['a blank signer name', ['--signer-name', ' ', ...REQUIRED.slice(2), REPO], '--signer-name: name the signer to add'],
      ['no public key', [...REQUIRED.slice(0, 2), ...REQUIRED.slice(4), REPO], "--signer-public-key: give the signer's public key"],
      ['no repository key', [...REQUIRED.slice(0, 4), REPO], '--repository-key-file: give --repository-key-file PATH, which signs the signer in'],
      ['a public key file that is not there', [...REQUIRED, '--signer-public-key', join(dir, 'nope.pub'), REPO], '--signer-public-key: '],
      ['a public key file without PEM', [...REQUIRED, '--signer-public-key', NOT_PEM, REPO], '--signer-public-key: '],
      ['no repository', REQUIRED, 'REPOSITORY: no repository given; list registry/repository names'],
      ['a tag', [...REQUIRED, REF], `REPOSITORY: ${REF}: give the repository without a tag or digest`],
    ])('refuses %s with exit 2', async (_, args, message) => {
      const run = await cli(['signer-add', ...args], { env: ENV });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toContain(`dct-sign: error: ${message}`);
      expect(run.stderr).toContain('Run `dct-sign signer-add --help` for usage.');
    });

    it('refuses an invalid signer name before reaching a server', async () => {
      const args = ['signer-add', '--signer-name', 'Alice', ...REQUIRED.slice(2), '--trust-server', 'https://127.0.0.1:1', REPO];
      const run = await cli(args, { env: ENV, real: true });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toMatch(/^dct-sign: error: --signer-name: "Alice" is not a valid signer name/);
    });

    test.each([
      ['is not there', join(dir, 'nope.pub'), /cannot be read \(ENOENT\)/],
      ['holds no PEM', NOT_PEM, /holds no PEM/],
    ])('says which public key file %s', async (_, file, message) => {
      const run = await cli(['signer-add', ...REQUIRED, '--signer-public-key', file, REPO], { env: ENV });
      expect(run.stderr).toMatch(message);
    });
  });

  describe('when signer-add succeeds', () => {
    it('prints the signer key IDs and what happened to each repository', async () => {
      const run = await cli(['signer-add', ...REQUIRED, REPO], { env: ENV });
      expect(run.code).toBe(EXIT_OK);
      const [head, key, blank, ...table] = run.stdout.split('\n');
      expect([head, key, blank]).toEqual(['Signer alice with 1 key:', `  ${ALICE_KEY_ID}`, '']);
      expect(tableRows(table.join('\n'))).toEqual([
        ['REPOSITORY', 'RESULT'],
        [REPO, 'added'],
        [`${REPO}-2`, 'created its trust data, with the signer'],
        [`${REPO}-3`, 'unchanged: already a signer with these keys'],
        [''],
        ['Pin the new root in later runs: give its root key ID as --trust-pin.'],
        [''],
        ['REPOSITORY', 'ROOT KEY ID'],
        [`${REPO}-2`, ROOT_KEY_ID],
      ]);
    });

    it('prints the result with --json', async () => {
      const run = await cli(['signer-add', '--json', ...REQUIRED, REPO], { env: ENV });
      expect(JSON.parse(run.stdout)).toEqual(SIGNER_ADD_RESULT);
    });
  });

  describe('when the core refuses an input', () => {
    it('names the flag of a public key it cannot read, exiting 2 as for a missing key file', async () => {
      const error = new KeyError('signer-public-key[1]', 'not a PEM public key or certificate');
      const run = await cli(['signer-add', ...REQUIRED, REPO], { env: ENV, operation: () => Promise.reject(error) });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toBe('dct-sign: error: --signer-public-key: not a PEM public key or certificate\n');
    });

    test.each([
      [new InputError('signer-public-key[1]', 'not a public key'), 'dct-sign: error: --signer-public-key: not a public key\n'],
      [new InputError('tags', 'x:1: give the repository without a tag'), 'dct-sign: error: REPOSITORY: x:1: give the repository without a tag\n'],
      [new InputError('signer-name', '"Alice" is not a valid signer name'), 'dct-sign: error: --signer-name: "Alice" is not a valid signer name\n'],
    ])('names the flag of core input %s, exiting 2', async (error, line) => {
      const run = await cli(['signer-add', ...REQUIRED, REPO], { env: ENV, operation: () => Promise.reject(error) });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr.startsWith(line)).toBe(true);
    });
  });
});
