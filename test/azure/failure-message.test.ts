// The message a failed task ends with: the core's kebab-case input names are
// given as the task's camelCase ones.

import { describe, expect, test } from 'vitest';
import { failureMessage } from '../../src/azure/failure-message.ts';
import { DctError, InputError, KeyError } from '../../src/errors.ts';

describe('#failureMessage', () => {
  describe('when an input error names a core input', () => {
    test.each([
      ['signer-name', 'signerName'],
      ['trust-pin', 'trustPin'],
      ['repository-key', 'repositoryKey'],
      ['username', 'dockerRegistryServiceConnection'],
      ['password', 'dockerRegistryServiceConnection'],
      ['signerKey', 'signerKey'],
    ])('names %s as %s', (core, task) => {
      expect(failureMessage(new InputError(core, 'fix it'))).toBe(`${task}: fix it`);
    });
  });

  describe('when the error is not an input error', () => {
    test.each([
      ['a key error', new KeyError('signerKeyFile', 'cannot be decrypted'), 'signerKeyFile: cannot be decrypted'],
      ['a core error', new DctError('NOT_SIGNER', 'not a signer'), 'not a signer'],
      ['a thrown string', 'plain', 'plain'],
    ])('keeps the message of %s', (_, err, message) => {
      expect(failureMessage(err)).toBe(message);
    });
  });
});
