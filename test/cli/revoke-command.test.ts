import { describe, expect, it, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../src/cli/cli.ts';
import { parseRevokeArgs } from '../../src/cli/revoke-command.ts';
import { revoke, type RevokeResult } from '../../src/operations/revoke.ts';
import { ALICE_KEY, ALICE_KEY_FILE, ALICE_KEY_ID, cli, parseContext, REF, REPO, tableRows, usageErrorOf } from './support.ts';

const RESULT: RevokeResult = {
  revoked: [{ reference: REF, tag: '1.0', gun: REPO, roles: ['targets/alice', 'targets/releases'] }],
  signerKeyId: ALICE_KEY_ID,
};

describe('#parseRevokeArgs', () => {
  it('maps the signer key, its name and --all', async () => {
    const { options, json } = await parseRevokeArgs(
      ['--json', '--all', '--signer-key-file', ALICE_KEY_FILE, '--signer-key-passphrase', 'pass-1234', '--signer-name', 'alice', REPO],
      parseContext(),
    );
    expect(json).toBe(true);
    expect(options).toMatchObject({
      references: [REPO],
      all: true,
      signerName: 'alice',
      signerKey: { text: ALICE_KEY, passphrase: 'pass-1234', input: `--signer-key-file ${ALICE_KEY_FILE}` },
    });
  });

  it('reads the signer key from DCT_SIGNER_KEY and its passphrase as docker does', async () => {
    const { options } = await parseRevokeArgs(
      [REF],
      parseContext({ DCT_SIGNER_KEY: ALICE_KEY, DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'env-pass' }),
    );
    expect(options).toMatchObject({ all: false, signerKey: { text: ALICE_KEY, passphrase: 'env-pass', input: 'DCT_SIGNER_KEY' } });
  });

  test.each([
    ['no signer key', [REF], '--signer-key-file', /no signer key; give --signer-key-file PATH or set DCT_SIGNER_KEY/],
    ['no reference', ['--signer-key-file', ALICE_KEY_FILE], 'REFERENCE', /no image reference/],
    ['two signer keys', ['--signer-key-file', ALICE_KEY_FILE, '--signer-key', 'x', REF], '--signer-key', /not both/],
  ])('refuses %s', async (_, args, input, message) => {
    const err = await usageErrorOf(() => parseRevokeArgs(args, parseContext()));
    expect(err).toMatchObject({ input, command: 'revoke' });
    expect(err.message).toMatch(message);
  });
});

describe('dct-sign revoke', () => {
  const args = ['revoke', '--signer-key-file', ALICE_KEY_FILE];

  it('prints what was removed from which roles', async () => {
    const run = await cli([...args, REF], { operations: { revoke: async () => RESULT } });
    expect(run.code).toBe(EXIT_OK);
    const [first, , ...table] = run.stdout.split('\n');
    expect(first).toBe(`Revoked 1 tag with key ${ALICE_KEY_ID.slice(0, 12)}`);
    expect(tableRows(table.join('\n'))).toEqual([
      ['REPOSITORY', 'TAG', 'REMOVED FROM'],
      [REPO, '1.0', 'targets/alice, targets/releases'],
    ]);
  });

  it('prints {revoked, signerKeyId} with --json', async () => {
    const run = await cli([...args, '--json', REF], { operations: { revoke: async () => RESULT } });
    expect(JSON.parse(run.stdout)).toEqual(RESULT);
  });

  it('says --all where the core says all', async () => {
    // The real operation: it refuses a reference without a tag before loading the key or reaching a server.
    const run = await cli([...args, REPO], { operations: { revoke } });
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stderr).toMatch(/^dct-sign: error: --all: .* names no tag: give registry\/repository:tag, or confirm that every signed tag/m);
    expect(run.stderr).toContain('Run `dct-sign revoke --help` for usage.');
  });
});
