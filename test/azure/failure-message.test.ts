// The message a failed task ends with: the core's input names are given as
// the task's camelCase ones, at the start of an input error and in the text.

import { captureStdout, taskInputs } from './agent.ts';
import { describe, expect, it, test } from 'vitest';
import { failureMessage, taskInputName } from '../../src/azure/failure-message.ts';
import { findCommand } from '../../src/commands/registry.ts';
import { readInputs } from '../../src/commands/values.ts';
import { DctError, InputError, KeyError } from '../../src/errors.ts';
import { fixture } from '../keys/support.ts';
import type { EndpointSpec } from './support.ts';

const KEY_PEM = fixture('docker-alice.key');
const PUBLIC_PEM = fixture('docker-alice.pub');

captureStdout();

describe('#failureMessage', () => {
  describe('when an input error names a core input', () => {
    test.each([
      ['signer-name', 'signerName'],
      ['trust-pin', 'trustPin'],
      ['repository-key', 'repositoryKey'],
      ['new-repository-key-passphrase', 'newRepositoryKeyPassphrase'],
      ['username', 'dockerRegistryServiceConnection'],
      ['password', 'dockerRegistryServiceConnection'],
      ['login', 'dockerRegistryServiceConnection'],
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

    it("gives a certificate error's CA input its task name", () => {
      const err = new DctError('NETWORK', 'it was checked against the system store and the registry-ca input; check that the registry-ca input holds the CA');
      expect(failureMessage(err)).toBe('it was checked against the system store and the registryCa input; check that the registryCa input holds the CA');
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

  describe('when tags name another registry than the service connection', () => {
    const connection: EndpointSpec = {
      id: '3b1f8c2e-5d4a-4e6b-9c7d-8a9b0c1d2e3f',
      scheme: 'UsernamePassword',
      parameters: { registry: 'https://myregistry.example.com', username: 'ci-pusher', password: 'endpoint-password-0b5c' },
      data: { registrytype: 'Others' },
    };

    test.each([
      ['sign', 'myregistry.example.com/app:1', 'other.example.com/app:1', { signerKey: KEY_PEM }],
      ['verify', 'myregistry.example.com/app:1', 'other.example.com/app:1', {}],
      ['signer-add', 'myregistry.example.com/app', 'other.example.com/app', { signerName: 'ci', signerPublicKey: PUBLIC_PEM, repositoryKey: KEY_PEM }],
    ])('%s fails naming tags and the connection', async (command, first, reference, inputs) => {
      const reader = taskInputs({ tags: `${first}\n${reference}`, ...inputs }, connection);
      const err = await readInputs(findCommand(command)!, reader).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect(failureMessage(err)).toBe(
        `tags: ${reference} is in other.example.com, but dockerRegistryServiceConnection is for myregistry.example.com; ` +
          'its credentials are only sent there, so run once for each registry',
      );
    });
  });
});

describe('#taskInputName', () => {
  test.each([
    ['signer-public-key[2]', 'signerPublicKey[2]'],
    ['password', 'dockerRegistryServiceConnection'],
    ['trust-server-ca', 'trustServerCa'],
  ])('gives %s as %s', (core, task) => {
    expect(taskInputName(core)).toBe(task);
  });
});
