import { describe, expect, it, test } from 'vitest';
import { EXIT_OK } from '../../src/cli/cli.ts';
import { parseRefreshArgs } from '../../src/cli/refresh-command.ts';
import type { RefreshResult } from '../../src/operations/refresh.ts';
import { ALICE_KEY, ALICE_KEY_FILE, cli, parseContext, REPO, tableRows, usageErrorOf } from './support.ts';

const HOUR = 60 * 60 * 1000;
const ENV = { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'repo-pass' };

describe('#parseRefreshArgs', () => {
  it('takes the signer key, the repository key and a duration', async () => {
    const { options } = await parseRefreshArgs(
      ['--signer-key-file', ALICE_KEY_FILE, '--repository-key', 'repo key text', '--expiring-within', '180d', REPO],
      parseContext(ENV),
    );
    expect(options).toMatchObject({
      reference: REPO,
      signerKey: { text: ALICE_KEY, passphrase: 'repo-pass' },
      repositoryKey: { text: 'repo key text', passphrase: 'repo-pass' },
      expiringWithinMs: 180 * 24 * HOUR,
    });
  });

  it('takes the signer key from DCT_SIGNER_KEY, and refreshes always without a duration', async () => {
    const { options } = await parseRefreshArgs([REPO], parseContext({ ...ENV, DCT_SIGNER_KEY: ALICE_KEY }));
    expect(options).toMatchObject({ signerKey: { text: ALICE_KEY, input: 'DCT_SIGNER_KEY' }, expiringWithinMs: undefined });
    expect(options.repositoryKey).toBeUndefined();
  });

  test.each([
    ['36h', 36 * HOUR],
    ['26w', 26 * 7 * 24 * HOUR],
    ['1.5D', 36 * HOUR],
    ['0d', 0],
    ['', undefined],
  ])('reads --expiring-within %j', async (value, ms) => {
    const { options } = await parseRefreshArgs(['--repository-key', 'k', `--expiring-within=${value}`, REPO], parseContext());
    expect(options.expiringWithinMs).toBe(ms);
  });

  test.each([
    ['no key', [REPO], '--signer-key-file', /--signer-key-file .*--repository-key-file .*or both/],
    ['a duration without a unit', ['--repository-key', 'k', '--expiring-within', '180', REPO], '--expiring-within', /180d, 26w or 36h, not "180"/],
    ['two repositories', ['--repository-key', 'k', REPO, `${REPO}-2`], 'REPOSITORY', /one repository/],
    ['no repository', ['--repository-key', 'k'], 'REPOSITORY', /no repository given/],
  ])('refuses %s', async (_, args, input, message) => {
    const err = await usageErrorOf(() => parseRefreshArgs(args, parseContext()));
    expect(err).toMatchObject({ input, command: 'refresh' });
    expect(err.message).toMatch(message);
  });
});

describe('dct-sign refresh', () => {
  const expires = new Date('2029-01-01T00:00:00Z');
  const previousExpires = new Date('2026-03-01T00:00:00Z');
  const published: RefreshResult = {
    gun: REPO,
    trustServer: 'https://notary.example.com',
    refreshed: [{ role: 'targets', version: 7, expires, previousExpires }],
    published: true,
  };

  it('prints the roles it re-signed', async () => {
    const run = await cli(['refresh', '--repository-key', 'k', REPO], { operations: { refresh: async () => published } });
    expect(run.code).toBe(EXIT_OK);
    const [head, , ...table] = run.stdout.split('\n');
    expect(head).toBe(`Re-signed 1 role of ${REPO}`);
    expect(tableRows(table.join('\n'))).toEqual([
      ['ROLE', 'VERSION', 'EXPIRES', 'PREVIOUS EXPIRY'],
      ['targets', '7', expires.toISOString(), previousExpires.toISOString()],
    ]);
  });

  it('says when nothing needed it, and prints JSON with --json', async () => {
    const nothing = { ...published, refreshed: [], published: false };
    const run = await cli(['refresh', '--repository-key', 'k', REPO], { operations: { refresh: async () => nothing } });
    expect(run.stdout).toBe(`Nothing in ${REPO} needed re-signing\n`);
    const json = await cli(['refresh', '--json', '--repository-key', 'k', REPO], { operations: { refresh: async () => published } });
    expect(JSON.parse(json.stdout)).toEqual({
      gun: REPO,
      trustServer: 'https://notary.example.com',
      published: true,
      refreshed: [{ role: 'targets', version: 7, expires: expires.toISOString(), previousExpires: previousExpires.toISOString() }],
    });
  });
});
