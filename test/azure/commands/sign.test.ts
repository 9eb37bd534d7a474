// sign's inputs, output variables and summary.

import { DIGEST, KEY_ID, KEY_PEM, REGISTRY, REPO, SIGN_RESULT } from './support.ts';
import { captureStdout, taskInputs } from '../agent.ts';
import { describe, expect, it, test } from 'vitest';
import { readSignInputs, signOutputs, signSummary } from '../../../src/azure/commands/sign.ts';
import { InputError } from '../../../src/errors.ts';

captureStdout();

const base = { tags: `${REPO}:1`, signerKey: KEY_PEM, signerKeyPassphrase: 'pass' };
const read = (inputs: Record<string, string>) => readSignInputs(taskInputs(inputs));

function inputErrorOf(inputs: Record<string, string>): InputError {
  try {
    read(inputs);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('readSignInputs did not throw');
}

describe('#readSignInputs', () => {
  describe('when the tags and the signer key are given', () => {
    it('returns them, push on by default, and no bootstrap keys', () => {
      const inputs = read({ ...base, tags: `${REPO}:1.0\n${REPO}:latest`, signerName: 'ci' });
      expect(inputs).toMatchObject({
        references: [`${REPO}:1.0`, `${REPO}:latest`],
        push: true,
        signerName: 'ci',
        signerKey: { text: KEY_PEM, passphrase: 'pass', input: 'signerKey', passphraseInput: 'signerKeyPassphrase' },
        rootKey: undefined,
        repositoryKey: undefined,
        connection: undefined,
      });
    });

    it('reads push', () => {
      expect(read({ ...base, push: 'false' }).push).toBe(false);
    });
  });

  describe('when an input is missing or wrong', () => {
    test.each([
      ['signerKey', 'no signer key', { signerKey: '' }],
      ['tags', 'no tags', { tags: '' }],
      ['tags', 'a reference without a tag', { tags: `${REGISTRY}/app` }],
      ['tags', 'an invalid tag', { tags: `${REGISTRY}/app:-bad` }],
      ['repositoryKey', 'rootKey without repositoryKey', { rootKey: KEY_PEM }],
      ['rootKey', 'repositoryKey without rootKey', { repositoryKey: KEY_PEM }],
    ])('names %s for %s', (input, _, extra) => {
      expect(inputErrorOf({ ...base, ...extra }).input).toBe(input);
    });

    it('asks for signerKey or signerKeyFile', () => {
      expect(inputErrorOf({ tags: base.tags }).message).toMatch(/signerKeyFile/);
    });
  });

  describe('when both bootstrap keys are given', () => {
    it('returns both with their passphrases', () => {
      const inputs = read({ ...base, rootKey: KEY_PEM, rootKeyPassphrase: 'root-pass', repositoryKey: KEY_PEM, repositoryKeyPassphrase: 'repo-pass' });
      expect(inputs.rootKey).toEqual({ text: KEY_PEM, passphrase: 'root-pass', input: 'rootKey', passphraseInput: 'rootKeyPassphrase' });
      expect(inputs.repositoryKey).toMatchObject({ input: 'repositoryKey', passphrase: 'repo-pass' });
    });
  });
});

describe('#signOutputs', () => {
  it("sets the first tag's digest, each signed tag as JSON, and the key ID", () => {
    expect(signOutputs(SIGN_RESULT)).toEqual({
      digest: DIGEST,
      signed: JSON.stringify([{ reference: `${REPO}:1`, tag: '1', digest: DIGEST, size: 528, roles: ['targets/releases', 'targets/ci'] }]),
      signerKeyId: KEY_ID,
    });
  });
});

describe('#signSummary', () => {
  describe('when a named signer signed', () => {
    it('names the signer, its key and the trust server, and lists each tag in a table', () => {
      const md = signSummary(SIGN_RESULT);
      expect(md).toContain(`Signed 1 tag with signer \`ci\`, key \`${KEY_ID}\` in https://notary.example.com.`);
      expect(md).toContain(`| \`${REPO}:1\` | \`${DIGEST}\` | 528 | targets/releases, targets/ci |`);
    });
  });

  describe('when the key signed without a signer name', () => {
    it('names the key only', () => {
      expect(signSummary({ ...SIGN_RESULT, signerName: undefined })).toContain(`Signed 1 tag with key \`${KEY_ID}\``);
    });
  });
});
