// The message a failed task ends with: the core's input names are given as
// the task's camelCase ones, at the start of an input error and in the text.

import { describe, expect, it, test } from 'vitest';
import { failureMessage } from '../../src/azure/failure-message.ts';
import { DctError, InputError, KeyError } from '../../src/errors.ts';

describe('#failureMessage', () => {
  describe('when an input error names a core input', () => {
    test.each([
      ['signer-name', 'signerName'],
      ['trust-pin', 'trustPin'],
      ['repository-key', 'repositoryKey'],
      ['new-repository-key-passphrase', 'newRepositoryKeyPassphrase'],
      ['username', 'dockerRegistryServiceConnection'],
      ['password', 'dockerRegistryServiceConnection'],
      ['tags', 'tags'],
      ['key-role', 'keyRole'],
      ['signer-key-passphrase', 'signerKeyPassphrase'],
      ['key-directory', 'keyDirectory'],
      ['signer-public-key', 'signerPublicKey'],
      ['signer-public-key[1]', 'signerPublicKey[1]'],
      ['signerKey', 'signerKey'],
    ])('names %s as %s', (core, task) => {
      expect(failureMessage(new InputError(core, 'fix it'))).toBe(`${task}: fix it`);
    });
  });

  describe('when the text names action inputs', () => {
    it('gives their task names', () => {
      const err = new DctError('NO_TRUST_DATA', 'give the root-key and repository-key inputs (with their passphrases), or check trust-pin.');
      expect(failureMessage(err)).toBe('give the rootKey and repositoryKey inputs (with their passphrases), or check trustPin.');
    });

    test.each([
      ['a path', 'cannot read /keys/signer-key.pem'],
      ['a file name', 'signer-key.pem is missing'],
      ['a repository', 'example.com/root-key:1 is not signed'],
      ['a longer word', 'the root-keys and trust-pinning'],
    ])('leaves %s alone', (_, message) => {
      expect(failureMessage(new DctError('NOT_FOUND', message))).toBe(message);
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
