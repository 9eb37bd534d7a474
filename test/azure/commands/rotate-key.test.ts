// rotate-key's inputs for each key role, output variable and summary.

import { KEY_ID, KEY_PEM, REPO, ROTATE_KEY_RESULT } from './support.ts';
import { agentTemp, captureStdout, taskInputs } from '../agent.ts';
import { describe, expect, it, test } from 'vitest';
import { readRotateKeyInputs, rotateKeyOutputs, rotateKeySummary } from '../../../src/azure/commands/rotate-key.ts';
import { InputError } from '../../../src/errors.ts';

captureStdout();

const read = (inputs: Record<string, string>) => readRotateKeyInputs(taskInputs({ tags: REPO, ...inputs }), agentTemp);

describe('#readRotateKeyInputs', () => {
  test.each(['snapshot', 'timestamp'])('%s: takes the root key', (keyRole) => {
    expect(read({ keyRole, rootKey: KEY_PEM })).toMatchObject({
      reference: REPO,
      role: keyRole,
      rootKey: { input: 'rootKey' },
    });
  });

  describe('targets', () => {
    it('generates the new key into the temp directory by default', () => {
      expect(read({ keyRole: 'targets', rootKey: KEY_PEM, newRepositoryKeyPassphrase: 'new-pass-1' })).toMatchObject({
        rootKey: { input: 'rootKey' },
        newRepositoryKey: undefined,
        newRepositoryKeyPassphrase: 'new-pass-1',
        keyDirectory: agentTemp,
      });
    });

    it('writes nothing when the new key is given', () => {
      const inputs = read({ keyRole: 'targets', rootKey: KEY_PEM, newRepositoryKey: KEY_PEM, newRepositoryKeyPassphrase: 'p', keyDirectory: '/x' });
      expect(inputs).toMatchObject({ newRepositoryKey: { input: 'newRepositoryKey', passphrase: 'p' }, keyDirectory: undefined });
    });
  });

  it("signer: takes the repository key, and the signer's name, new key and old key", () => {
    expect(read({ keyRole: 'signer', repositoryKey: KEY_PEM, signerName: 'ci', signerKey: KEY_PEM, oldSignerKey: KEY_ID })).toMatchObject({
      repositoryKey: { input: 'repositoryKey' },
      signer: { name: 'ci', newKey: { input: 'signerKey' }, oldKey: KEY_ID },
    });
  });

  test.each([
    ['keyRole', {}],
    ['keyRole', { keyRole: 'root' }],
    ['rootKey', { keyRole: 'snapshot' }],
    ['rootKey', { keyRole: 'targets' }],
    ['repositoryKey', { keyRole: 'signer', signerName: 'ci', signerKey: KEY_PEM }],
    ['signerName', { keyRole: 'signer', repositoryKey: KEY_PEM, signerKey: KEY_PEM }],
    ['signerKey', { keyRole: 'signer', repositoryKey: KEY_PEM, signerName: 'ci' }],
    ['tags', { keyRole: 'snapshot', rootKey: KEY_PEM, tags: `${REPO}\n${REPO}2` }],
  ])('asks for %s (%j)', (input, extra) => {
    expect(() => read(extra)).toThrow(expect.objectContaining({ input }) as InputError);
  });
});

describe('#rotateKeyOutputs', () => {
  it('sets keyId', () => {
    expect(rotateKeyOutputs(ROTATE_KEY_RESULT)).toEqual({ keyId: KEY_ID });
  });
});

describe('#rotateKeySummary', () => {
  it('names the new and previous keys and where a generated key went', () => {
    const generatedRepositoryKey = { keyId: KEY_ID, pem: '', base64: '', fileName: `${KEY_ID}.key`, path: `/agent/_temp/${KEY_ID}.key` };
    const md = rotateKeySummary({ ...ROTATE_KEY_RESULT, generatedRepositoryKey });
    expect(md).toContain(`Rotated the targets key of \`${REPO}\`.`);
    expect(md).toContain(`| \`${KEY_ID}\` | \`${'2'.repeat(64)}\` | root, targets |`);
    expect(md).toContain(`\`/agent/_temp/${KEY_ID}.key\``);
  });
});
