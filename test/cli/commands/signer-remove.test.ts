// `dct-sign signer-remove`: the signer, --force, and the keys that left each repository.

import { describe, expect, it, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli.ts';
import { InputError } from '../../../src/errors.ts';
import { ALICE_KEY, ALICE_KEY_FILE, ALICE_KEY_ID, cli, REPO, SIGNER_REMOVE_RESULT, tableRows } from '../support.ts';
import { parsedAs } from '../../commands/results.ts';

const REQUIRED = ['--signer-name', 'alice', '--repository-key-file', ALICE_KEY_FILE];

describe('#runCli', () => {
  describe('when signer-remove is given its flags', () => {
    test.each([
      [[], false],
      [['--force'], true],
    ])('maps %j to force %s', async (flags, force) => {
      const run = await cli(['signer-remove', ...flags, ...REQUIRED, REPO]);
      expect(run.options).toMatchObject({ references: parsedAs(REPO), name: 'alice', force, repositoryKey: { text: ALICE_KEY } });
    });

    test.each([
      ['no signer name', REQUIRED.slice(2), '--signer-name: name the signer to remove'],
      ['an empty signer name', ['--signer-name', ' ', ...REQUIRED.slice(2)], '--signer-name: name the signer to remove'],
      ['no repository key', REQUIRED.slice(0, 2), '--repository-key-file: give --repository-key-file PATH, which signs the removal'],
    ])('refuses %s with exit 2', async (_, args, message) => {
      const run = await cli(['signer-remove', ...args, REPO]);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toContain(`dct-sign: error: ${message}`);
      expect(run.stderr).toContain('Run `dct-sign signer-remove --help` for usage.');
    });
  });

  describe('when signer-remove succeeds', () => {
    it('prints the keys that left each repository, and when its tags stop verifying', async () => {
      const run = await cli(['signer-remove', '--force', ...REQUIRED, REPO]);
      expect(run.code).toBe(EXIT_OK);
      const [head, blank, ...table] = run.stdout.split('\n');
      expect([head, blank]).toEqual(['Removed signer alice from 1 repository', '']);
      expect(tableRows(table.join('\n'))).toEqual([
        ['REPOSITORY', 'KEYS REMOVED', 'NOTE'],
        [REPO, ALICE_KEY_ID.slice(0, 12), 'its tags do not verify until someone signs again'],
      ]);
    });

    it('leaves the note out when no repository needs one', async () => {
      const fine = { ...SIGNER_REMOVE_RESULT, repositories: [{ ...SIGNER_REMOVE_RESULT.repositories[0]!, releasesInvalidated: false }] };
      const run = await cli(['signer-remove', ...REQUIRED, REPO], { operation: async () => fine });
      expect(tableRows(run.stdout.split('\n').slice(2).join('\n'))).toEqual([
        ['REPOSITORY', 'KEYS REMOVED'],
        [REPO, ALICE_KEY_ID.slice(0, 12)],
      ]);
    });

    it('prints {name, repositories} with --json', async () => {
      const run = await cli(['signer-remove', '--json', ...REQUIRED, REPO]);
      expect(JSON.parse(run.stdout)).toEqual(SIGNER_REMOVE_RESULT);
    });
  });

  describe('when the core asks for --force', () => {
    it('says --force where the core says force', async () => {
      const error = new InputError('force', 'alice signed the current targets/releases of x. Confirm to remove it anyway.');
      const run = await cli(['signer-remove', ...REQUIRED, REPO], { operation: () => Promise.reject(error) });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toMatch(/^dct-sign: error: --force: alice signed .* Confirm to remove it anyway\.$/m);
    });
  });
});
