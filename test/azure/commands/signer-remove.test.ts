// signer-remove's inputs and summary.

import { KEY_ID, KEY_PEM, REPO, SIGNER_REMOVE_RESULT } from './support.ts';
import { captureStdout, taskInputs } from '../agent.ts';
import { describe, expect, it, test } from 'vitest';
import { readSignerRemoveInputs, signerRemoveSummary } from '../../../src/azure/commands/signer-remove.ts';
import { InputError } from '../../../src/errors.ts';

captureStdout();

const base = { tags: REPO, signerName: 'ci', repositoryKey: KEY_PEM };

describe('#readSignerRemoveInputs', () => {
  it('reads the repositories, the signer, the repository key and force (off by default)', () => {
    expect(readSignerRemoveInputs(taskInputs(base))).toMatchObject({
      references: [REPO],
      name: 'ci',
      repositoryKey: { input: 'repositoryKey' },
      force: false,
    });
    expect(readSignerRemoveInputs(taskInputs({ ...base, force: 'true' })).force).toBe(true);
  });

  test.each([
    ['signerName', { signerName: '' }],
    ['repositoryKey', { repositoryKey: '' }],
  ])('asks for %s', (input, extra) => {
    expect(() => readSignerRemoveInputs(taskInputs({ ...base, ...extra }))).toThrow(expect.objectContaining({ input }) as InputError);
  });
});

describe('#signerRemoveSummary', () => {
  it('lists the removed keys and warns when targets/releases no longer verifies', () => {
    const md = signerRemoveSummary(SIGNER_REMOVE_RESULT);
    expect(md).toContain(`| \`${REPO}\` | \`${KEY_ID}\` | **no longer verifies** until a signer signs again |`);
  });
});
