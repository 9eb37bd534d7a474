// `dct-sign revoke`: the signer key, --all, and what was removed from which roles.

import { describe, expect, it, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli.ts';
import { ALICE_KEY, ALICE_KEY_FILE, ALICE_KEY_ID, cli, REF, REPO, REVOKE_RESULT, tableRows } from '../support.ts';
import { parsedAs } from '../../commands/results.ts';

const KEY = ['--signer-key-file', ALICE_KEY_FILE];

describe('#runCli', () => {
  describe('when revoke is given its flags', () => {
    it('maps the signer key, its name and --all', async () => {
      const run = await cli(['revoke', '--json', '--all', ...KEY, '--signer-key-passphrase', 'pass-1234', '--signer-name', 'alice', REPO]);
      expect(run.code).toBe(EXIT_OK);
      expect(run.options).toMatchObject({
        references: parsedAs(REPO),
        all: true,
        signerName: 'alice',
        signerKey: { text: ALICE_KEY, passphrase: 'pass-1234', input: `--signer-key-file ${ALICE_KEY_FILE}`, passphraseInput: '--signer-key-passphrase' },
      });
    });

    it('reads the signer key from DCT_SIGNER_KEY and its passphrase as docker does', async () => {
      const run = await cli(['revoke', REF], { env: { DCT_SIGNER_KEY: ALICE_KEY, DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'env-pass' } });
      expect(run.options).toMatchObject({ all: false, signerKey: { text: ALICE_KEY, passphrase: 'env-pass', input: 'DCT_SIGNER_KEY' } });
    });

    test.each([
      ['no signer key', [REF], '--signer-key-file: no signer key; give --signer-key-file PATH or set DCT_SIGNER_KEY'],
      ['no reference', [...KEY], 'REFERENCE: no image reference given'],
      ['two signer keys', [...KEY, '--signer-key', 'x', REF], '--signer-key: give --signer-key-file or --signer-key, not both'],
      ['a malformed reference', [...KEY, 'Bad Ref'], 'REFERENCE: Bad Ref: '],
    ])('refuses %s with exit 2', async (_, args, message) => {
      const run = await cli(['revoke', ...args]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toContain(`dct-sign: error: ${message}`);
      expect(run.stderr).toContain('Run `dct-sign revoke --help` for usage.');
    });
  });

  describe('when revoke succeeds', () => {
    it('prints what was removed from which roles', async () => {
      const run = await cli(['revoke', ...KEY, REF]);
      expect(run.code).toBe(EXIT_OK);
      const [first, blank, ...table] = run.stdout.split('\n');
      expect([first, blank]).toEqual([`Revoked 1 tag with key ${ALICE_KEY_ID.slice(0, 12)}`, '']);
      expect(tableRows(table.join('\n'))).toEqual([
        ['REPOSITORY', 'TAG', 'REMOVED FROM'],
        [REPO, '1.0', 'targets/alice, targets/releases'],
      ]);
    });

    it('prints {revoked, signerKeyId} with --json', async () => {
      const run = await cli(['revoke', ...KEY, '--json', REF]);
      expect(JSON.parse(run.stdout)).toEqual(REVOKE_RESULT);
    });
  });

  describe('when the core refuses a reference without a tag', () => {
    it('says --all where the core says all', async () => {
      // The real operation: it refuses a reference without a tag before loading the key or reaching a server.
      const run = await cli(['revoke', ...KEY, REPO], { real: true });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toMatch(/^dct-sign: error: --all: .* names no tag: give registry\/repository:tag, or confirm that every signed tag/m);
      expect(run.stderr).toContain('Run `dct-sign revoke --help` for usage.');
    });
  });
});
