// Signer names and inputs checked before any network call, with docker's
// rules: the trust server here does not exist, so any request would fail
// with a network error instead of the input error expected.

import { describe, expect, it, test } from 'vitest';
import { exportEncryptedPrivateKey, exportPublicKeyPem, generateKey } from '../../src/keys/index.ts';
import { signerAdd, validateSignerName, MAX_SIGNER_NAME_LENGTH } from '../../src/operations/signer-add.ts';
import { signerRemove } from '../../src/operations/signer-remove.ts';

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
      ['a tagged reference', { references: ['127.0.0.1:5000/app:v1'] }, 'tags'],
      ['no repository', { references: [] }, 'tags'],
      ['a wrong passphrase', { repositoryKey: { ...repositoryKey, passphrase: 'wrong' } }, 'repository-key'],
    ])('refuses %s before any request', async (_, change, input) => {
      await expect(
        signerAdd({
          ...offline,
          references: ['127.0.0.1:5000/app'],
          name: 'alice',
          signerPublicKeys: [publicKey],
          repositoryKey,
          ...change,
        }),
      ).rejects.toMatchObject({ input });
    });
  });
});

describe('#signerRemove', () => {
  it('refuses to remove releases, which is not a signer', async () => {
    await expect(
      signerRemove({ ...offline, references: ['127.0.0.1:5000/app'], name: 'releases', repositoryKey }),
    ).rejects.toMatchObject({ code: 'INPUT', input: 'signer-name', message: expect.stringContaining('cannot be removed') });
  });
});
