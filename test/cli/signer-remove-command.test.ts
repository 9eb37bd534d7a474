import { describe, expect, it, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../src/cli/cli.ts';
import { parseSignerRemoveArgs } from '../../src/cli/signer-remove-command.ts';
import { InputError } from '../../src/errors.ts';
import type { SignerRemoveResult } from '../../src/operations/signer-remove.ts';
import { ALICE_KEY, ALICE_KEY_FILE, ALICE_KEY_ID, cli, parseContext, REPO, tableRows, usageErrorOf } from './support.ts';

const REQUIRED = ['--signer-name', 'alice', '--repository-key-file', ALICE_KEY_FILE];

describe('#parseSignerRemoveArgs', () => {
  test.each([
    [[], false],
    [['--force'], true],
  ])('maps %j to force %s', async (flags, force) => {
    const { options } = await parseSignerRemoveArgs([...flags, ...REQUIRED, REPO], parseContext());
    expect(options).toMatchObject({ references: [REPO], name: 'alice', force, repositoryKey: { text: ALICE_KEY } });
  });

  test.each([
    ['no signer name', REQUIRED.slice(2), '--signer-name'],
    ['no repository key', REQUIRED.slice(0, 2), '--repository-key-file'],
    ['an empty signer name', ['--signer-name', ' ', ...REQUIRED.slice(2)], '--signer-name'],
  ])('refuses %s', async (_, args, input) => {
    const err = await usageErrorOf(() => parseSignerRemoveArgs([...args, REPO], parseContext()));
    expect(err).toMatchObject({ input, command: 'signer-remove' });
  });
});

describe('dct-sign signer-remove', () => {
  const result: SignerRemoveResult = {
    name: 'alice',
    repositories: [{ reference: REPO, gun: REPO, trustServer: 'https://notary.example.com', removedKeyIds: [ALICE_KEY_ID], releasesInvalidated: true }],
  };

  it('prints the keys that left each repository, and when its tags stop verifying', async () => {
    const run = await cli(['signer-remove', '--force', ...REQUIRED, REPO], { operations: { signerRemove: async () => result } });
    expect(run.code).toBe(EXIT_OK);
    const [head, , ...table] = run.stdout.split('\n');
    expect(head).toBe('Removed signer alice from 1 repository');
    expect(tableRows(table.join('\n'))).toEqual([
      ['REPOSITORY', 'KEYS REMOVED', 'NOTE'],
      [REPO, ALICE_KEY_ID.slice(0, 12), 'its tags do not verify until someone signs again'],
    ]);
  });

  it('leaves the note out when no repository needs one', async () => {
    const fine = { ...result, repositories: [{ ...result.repositories[0]!, releasesInvalidated: false }] };
    const run = await cli(['signer-remove', ...REQUIRED, REPO], { operations: { signerRemove: async () => fine } });
    expect(tableRows(run.stdout.split('\n').slice(2).join('\n'))).toEqual([
      ['REPOSITORY', 'KEYS REMOVED'],
      [REPO, ALICE_KEY_ID.slice(0, 12)],
    ]);
  });

  it('says --force where the core says force', async () => {
    const error = new InputError('force', 'alice signed the current targets/releases of x. Confirm to remove it anyway.');
    const run = await cli(['signer-remove', ...REQUIRED, REPO], { operations: { signerRemove: () => Promise.reject(error) } });
    expect(run.code).toBe(EXIT_USAGE);
    expect(run.stderr).toMatch(/^dct-sign: error: --force: alice signed .* Confirm to remove it anyway\.$/m);
  });
});
