// signer-add's inputs (the public keys in their several forms), output
// variable and summary.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_ID, KEY_PEM, PUBLIC_PEM, REPO, SIGNER_ADD_RESULT } from './support.ts';
import { agentTemp, captureStdout, taskInputs } from '../agent.ts';
import { describe, expect, it, test } from 'vitest';
import { readSignerAddInputs, signerAddOutputs, signerAddSummary } from '../../../src/azure/commands/signer-add.ts';
import { readPublicKeyList } from '../../../src/operations/inputs.ts';
import { InputError } from '../../../src/errors.ts';
import { fixture } from '../../keys/support.ts';

captureStdout();

const OTHER_PEM = fixture('openssl-rsa2048.crt');
const base = { tags: REPO, signerName: 'ci', signerPublicKey: PUBLIC_PEM, repositoryKey: KEY_PEM };

describe('#readPublicKeyList', () => {
  const file = (name: string, text: string) => {
    const path = join(agentTemp, name);
    writeFileSync(path, text);
    return path;
  };

  test.each([
    ['one pasted PEM', () => PUBLIC_PEM, [PUBLIC_PEM.trim()]],
    ['two pasted PEMs', () => `${PUBLIC_PEM}\n${OTHER_PEM}`, [PUBLIC_PEM.trim(), OTHER_PEM.trim()]],
    ['a path', () => file('ci.pub', PUBLIC_PEM), [PUBLIC_PEM.trim()]],
    ['a file with two keys', () => file('two.pub', PUBLIC_PEM + OTHER_PEM), [PUBLIC_PEM.trim(), OTHER_PEM.trim()]],
    ['a PEM and a path', () => `${PUBLIC_PEM}\n${file('other.crt', OTHER_PEM)}\n`, [PUBLIC_PEM.trim(), OTHER_PEM.trim()]],
    ['the PEM base64-encoded', () => Buffer.from(PUBLIC_PEM).toString('base64'), [Buffer.from(PUBLIC_PEM).toString('base64')]],
  ])('reads %s', (_, value, expected) => {
    expect(readPublicKeyList(value(), 'signerPublicKey')).toEqual(expected);
  });

  it('names signerPublicKey for a path that does not exist', () => {
    expect(() => readPublicKeyList(join(agentTemp, 'missing.pub'), 'signerPublicKey')).toThrow(
      expect.objectContaining({ input: 'signerPublicKey', message: expect.stringMatching(/missing\.pub cannot be read/) }) as InputError,
    );
  });
});

describe('#readSignerAddInputs', () => {
  it('reads the repositories, the signer and its keys, and the repository key', () => {
    expect(readSignerAddInputs(taskInputs(base))).toMatchObject({
      references: [REPO],
      name: 'ci',
      signerPublicKeys: [PUBLIC_PEM.trim()],
      repositoryKey: { input: 'repositoryKey' },
      rootKey: undefined,
    });
  });

  test.each([
    ['signerName', { signerName: '' }],
    ['signerPublicKey', { signerPublicKey: '' }],
    ['repositoryKey', { repositoryKey: '' }],
    ['tags', { tags: `${REPO}:1` }],
  ])('asks for %s', (input, extra) => {
    expect(() => readSignerAddInputs(taskInputs({ ...base, ...extra }))).toThrow(expect.objectContaining({ input }) as InputError);
  });
});

describe('#signerAddOutputs', () => {
  it('sets signerKeyId to the key IDs, one a line', () => {
    expect(signerAddOutputs(SIGNER_ADD_RESULT)).toEqual({ signerKeyId: `${KEY_ID}\n${'e'.repeat(64)}` });
  });
});

describe('#signerAddSummary', () => {
  it('names the signer and keys and says what changed in each repository', () => {
    const md = signerAddSummary(SIGNER_ADD_RESULT);
    expect(md).toContain(`Signer \`ci\` with 2 keys \`${KEY_ID}\`, \`${'e'.repeat(64)}\`.`);
    expect(md).toContain(`| \`${REPO}\` | signer added |`);
    expect(md).toContain('| initialized with the signer |');
  });
});
