// Signer names and inputs checked before any network call, with docker's
// rules: the trust server here does not exist, so any request would fail
// with a network error instead of the input error expected.

import { describe, expect, it, test } from 'vitest';
import { exportEncryptedPrivateKey, exportPublicKeyPem, generateKey } from '../../src/keys/index.ts';
import { signerAdd, validateSignerName, MAX_SIGNER_NAME_LENGTH } from '../../src/operations/signer-add.ts';
import { signerRemove } from '../../src/operations/signer-remove.ts';
import { signerAddSpec } from '../../src/commands/signer-add.ts';
import { execute } from '../../src/commands/run.ts';
import { readInputs, type InputReader } from '../../src/commands/values.ts';
import type { KeyInput } from '../../src/operations/inputs.ts';
import { loadKeyInput } from '../../src/operations/key-inputs.ts';
import { parseRepository } from '../../src/registry/reference.ts';
import { RUN_CONTEXT } from '../commands/results.ts';

const offline = { trustServer: 'https://127.0.0.1:1', env: {} };
const key = generateKey('ecdsa');
const repositoryKey = {
  text: exportEncryptedPrivateKey(key, 'passphrase', { role: 'targets' }),
  passphrase: 'passphrase',
  input: 'repository-key',
};
const publicKey = exportPublicKeyPem(generateKey('ecdsa'), { role: 'alice' });

describe('#validateSignerName', () => {
  test.each(['alice', 'ci', 'a', '0day', 'team_a-ci', 'x'.repeat(MAX_SIGNER_NAME_LENGTH)])('accepts %s', (name) => {
    expect(validateSignerName(name)).toBe(name);
  });

  test.each([
    ['', 'not a valid signer name'],
    ['Alice', 'not a valid signer name'],
    ['-alice', 'not a valid signer name'],
    ['_alice', 'not a valid signer name'],
    ['alice/ci', 'not a valid signer name'],
    ['alice.ci', 'not a valid signer name'],
    ['alice ci', 'not a valid signer name'],
    ['x'.repeat(MAX_SIGNER_NAME_LENGTH + 1), 'too long'],
    ['releases', 'reserved'],
  ])('refuses %j', (name, reason) => {
    expect(() => validateSignerName(name)).toThrow(
      expect.objectContaining({ code: 'INPUT', input: 'signer-name', message: expect.stringContaining(reason) }),
    );
  });

  it('keeps targets/<longest name> a role name notary accepts (under 256 bytes)', () => {
    expect(`targets/${'x'.repeat(MAX_SIGNER_NAME_LENGTH)}`.length).toBe(255);
  });
});

describe('#signerAdd', () => {
  describe('when an input is wrong', () => {
    test.each([
      ['a reserved name', { name: 'releases' }, 'signer-name'],
      ['no public key', { signerPublicKeys: [] }, 'signer-public-key'],
      ['a private key as public key', { signerPublicKeys: [repositoryKey.text] }, 'signer-public-key'],
    ])('refuses %s before any request', async (_, change, input) => {
      await expect(
        signerAdd({
          ...offline,
          references: [parseRepository('127.0.0.1:5000/app')],
          name: 'alice',
          signerPublicKeys: [publicKey],
          repositoryKey: loadKeyInput(repositoryKey),
          ...change,
        }),
      ).rejects.toMatchObject({ input });
    });
  });

  // References are parsed and keys loaded by the command layer, once, before the operation runs.
  describe('when an input the command layer reads is wrong', () => {
    test.each([
      ['a tagged reference', { tags: ['127.0.0.1:5000/app:v1'] }, 'tags'],
      ['no repository', { tags: [] }, 'tags'],
      ['a wrong passphrase', { 'repository-key': { ...repositoryKey, passphrase: 'wrong' } }, 'repository-key'],
    ])('refuses %s before any request', async (_, change, input) => {
      const given: Record<string, unknown> = {
        tags: ['127.0.0.1:5000/app'],
        'signer-name': 'alice',
        'signer-public-key': publicKey,
        'repository-key': repositoryKey,
        'trust-server': offline.trustServer,
        ...change,
      };
      const reader: InputReader = {
        text: (i) => given[i.name] as string | undefined,
        list: (i) => (given[i.name] as string[] | undefined) ?? [],
        boolean: () => undefined,
        secret: () => undefined,
        key: (i) => given[i.name] as KeyInput | undefined,
        login: async () => undefined,
        name: (n) => n,
      };
      const run = async () => execute(signerAddSpec, await readInputs(signerAddSpec, reader), { ...RUN_CONTEXT, env: {} });
      await expect(run()).rejects.toMatchObject({ input });
    });
  });
});

describe('#signerRemove', () => {
  it('refuses to remove releases, which is not a signer', async () => {
    await expect(
      signerRemove({ ...offline, references: [parseRepository('127.0.0.1:5000/app')], name: 'releases', repositoryKey: loadKeyInput(repositoryKey) }),
    ).rejects.toMatchObject({ code: 'INPUT', input: 'signer-name', message: expect.stringContaining('cannot be removed') });
  });
});
