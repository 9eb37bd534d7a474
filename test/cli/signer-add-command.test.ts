import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../src/cli/cli.ts';
import { parseSignerAddArgs } from '../../src/cli/signer-add-command.ts';
import { InputError, KeyError } from '../../src/errors.ts';
import type { SignerAddResult } from '../../src/operations/signer-add.ts';
import {
  ALICE_KEY,
  ALICE_KEY_FILE,
  ALICE_KEY_ID,
  ALICE_PUB,
  ALICE_PUB_FILE,
  cli,
  parseContext,
  REPO,
  tableRows,
  usageErrorOf,
} from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'dct-cli-signer-add-'));
const NOT_PEM = join(dir, 'not-a-key.txt');
writeFileSync(NOT_PEM, 'hello\n');
const OTHER_PUB = '-----BEGIN PUBLIC KEY-----\nMFkwfake\n-----END PUBLIC KEY-----';
const ENV = { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'repo-pass', DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'root-pass' };
const REQUIRED = ['--signer-name', 'alice', '--signer-public-key', ALICE_PUB_FILE, '--repository-key-file', ALICE_KEY_FILE];

describe('#parseSignerAddArgs', () => {
  it('reads public keys from files and PEM text, and the keys with docker passphrases', async () => {
    const { options } = await parseSignerAddArgs(
      [...REQUIRED, `--signer-public-key=${OTHER_PUB}`, '--root-key', 'root key text', REPO, `${REPO}-2`],
      parseContext(ENV),
    );
    expect(options).toMatchObject({
      references: [REPO, `${REPO}-2`],
      name: 'alice',
      signerPublicKeys: [ALICE_PUB.trim(), OTHER_PUB],
      repositoryKey: { text: ALICE_KEY, passphrase: 'repo-pass' },
      rootKey: { text: 'root key text', passphrase: 'root-pass', input: '--root-key' },
    });
  });

  it('leaves the root key out unless given', async () => {
    const { options } = await parseSignerAddArgs([...REQUIRED, REPO], parseContext(ENV));
    expect(options.rootKey).toBeUndefined();
  });

  test.each([
    ['no signer name', [...REQUIRED.slice(2), REPO], '--signer-name', /name the signer/],
    ['no public key', [...REQUIRED.slice(0, 2), ...REQUIRED.slice(4), REPO], '--signer-public-key', /public key/],
    ['no repository key', [...REQUIRED.slice(0, 4), REPO], '--repository-key-file', /repository \(targets\) key/],
    ['a public key file that is not there', [...REQUIRED, '--signer-public-key', join(dir, 'nope.pub'), REPO], '--signer-public-key', /cannot be read \(ENOENT\)/],
    ['a public key file without PEM', [...REQUIRED, '--signer-public-key', NOT_PEM, REPO], '--signer-public-key', /holds no PEM/],
    ['PEM text after a space', [...REQUIRED, '--signer-public-key', OTHER_PUB, REPO], '--signer-public-key', /write --signer-public-key=VALUE/],
    ['no repository', REQUIRED, 'REPOSITORY', /no repository given/],
  ])('refuses %s', async (_, args, input, message) => {
    const err = await usageErrorOf(() => parseSignerAddArgs(args, parseContext(ENV)));
    expect(err).toMatchObject({ input, command: 'signer-add' });
    expect(err.message).toMatch(message);
  });
});

describe('dct-sign signer-add', () => {
  const result: SignerAddResult = {
    name: 'alice',
    keyIds: [ALICE_KEY_ID],
    repositories: [
      { reference: REPO, gun: REPO, trustServer: 'https://notary.example.com', initialized: false, changed: true },
      { reference: `${REPO}-2`, gun: `${REPO}-2`, trustServer: 'https://notary.example.com', initialized: true, changed: true },
      { reference: `${REPO}-3`, gun: `${REPO}-3`, trustServer: 'https://notary.example.com', initialized: false, changed: false },
    ],
  };

  it('prints the signer key IDs and what happened to each repository', async () => {
    const run = await cli(['signer-add', ...REQUIRED, REPO], { env: ENV, operations: { signerAdd: async () => result } });
    expect(run.code).toBe(EXIT_OK);
    const [head, key, , ...table] = run.stdout.split('\n');
    expect([head, key]).toEqual(['Signer alice with 1 key:', `  ${ALICE_KEY_ID}`]);
    expect(tableRows(table.join('\n'))).toEqual([
      ['REPOSITORY', 'RESULT'],
      [REPO, 'added'],
      [`${REPO}-2`, 'created its trust data, with the signer'],
      [`${REPO}-3`, 'unchanged: already a signer with these keys'],
    ]);
  });

  it('prints the result with --json', async () => {
    const run = await cli(['signer-add', '--json', ...REQUIRED, REPO], { env: ENV, operations: { signerAdd: async () => result } });
    expect(JSON.parse(run.stdout)).toEqual(result);
  });

  it('names the flag of a public key the core cannot read, exiting 1 as for any key', async () => {
    const error = new KeyError('signer-public-key[1]', 'not a PEM public key or certificate');
    const run = await cli(['signer-add', ...REQUIRED, REPO], { env: ENV, operations: { signerAdd: () => Promise.reject(error) } });
    expect(run.code).toBe(EXIT_FAILED);
    expect(run.stderr).toMatch(/^dct-sign: error: --signer-public-key: not a PEM public key or certificate$/m);
  });

  test.each([
    [new InputError('signer-public-key[1]', 'not a public key'), /^dct-sign: error: --signer-public-key: not a public key$/m],
    [new InputError('tags', 'x:1: give the repository without a tag'), /^dct-sign: error: REPOSITORY: x:1: give the repository/m],
    [new InputError('signer-name', '"Alice" is not a valid signer name'), /^dct-sign: error: --signer-name: "Alice" is not/m],
  ])('names the flag of core input %s', async (error, message) => {
    const run = await cli(['signer-add', ...REQUIRED, REPO], { env: ENV, operations: { signerAdd: () => Promise.reject(error) } });
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stderr).toMatch(message);
  });
});
