// `command: sign`: its inputs mapped onto the sign operation's options.

import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.ts';
import { signOptions } from '../../../src/github/commands/sign.ts';
import { fixture, FIXTURE_KEYS } from '../../keys/support.ts';
import { useRunnerEnv } from '../support/runner-env.ts';
import { thrown } from '../support/thrown.ts';

const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();
const KEY_BASE64 = Buffer.from(KEY).toString('base64');

describe('#signOptions', () => {
  const runner = useRunnerEnv();
  const minimal = { tags: 'r.example.com/app:1', 'signer-key': KEY, 'signer-key-passphrase': 'pass phrase' };

  describe('when the runner passes a signer key and tags', () => {
    it('returns the sign options', () => {
      runner.setInputs({ ...minimal, push: 'true', 'signer-name': 'alice', 'trust-server': 'https://notary.example.com' });
      expect(signOptions()).toEqual({
        references: ['r.example.com/app:1'],
        push: true,
        signerKey: { text: KEY, passphrase: 'pass phrase', input: 'signer-key', passphraseInput: 'signer-key-passphrase' },
        signerName: 'alice',
        trustServer: 'https://notary.example.com',
        trustServerCa: undefined,
        trustPin: undefined,
        username: undefined,
        password: undefined,
        rootKey: undefined,
        repositoryKey: undefined,
      });
    });

    it('reads push and the credentials', () => {
      runner.setInputs({ ...minimal, push: 'false', username: 'ci', password: 'pw' });
      expect(signOptions()).toMatchObject({ push: false, username: 'ci', password: 'pw' });
    });

    it('pushes when push is empty, as run by hand', () => {
      runner.setInputs(minimal);
      expect(signOptions().push).toBe(true);
    });

    it('passes an empty signer-name on as undefined, so that the key role: header is used', () => {
      runner.setInputs({ ...minimal, 'signer-name': '' });
      expect(signOptions().signerName).toBeUndefined();
    });

    it('reads the bootstrap keys with their passphrases', () => {
      runner.setInputs({
        ...minimal,
        'root-key': KEY_BASE64,
        'root-key-passphrase': 'root-pass',
        'repository-key': KEY,
        'repository-key-passphrase': 'repo-pass',
      });
      const options = signOptions();
      expect(options.rootKey).toEqual({ text: KEY_BASE64, passphrase: 'root-pass', input: 'root-key', passphraseInput: 'root-key-passphrase' });
      expect(options.repositoryKey).toMatchObject({ input: 'repository-key', passphrase: 'repo-pass' });
    });
  });

  describe('when an input is wrong', () => {
    it('refuses a missing signer-key, naming the input and the fix', () => {
      runner.setInputs({ tags: 'r.io/a:1' });
      const err = thrown(signOptions);
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ input: 'signer-key', message: expect.stringContaining('docker trust key generate') });
    });

    it('does not read INPUT_SIGNER_KEY', () => {
      process.env.INPUT_TAGS = 'r.example.com/app:1';
      process.env.INPUT_SIGNER_KEY = KEY;
      expect(thrown(signOptions)).toMatchObject({ code: 'INPUT', input: 'signer-key' });
    });

    it.each(['yes', '1'])('refuses push %j', (push) => {
      runner.setInputs({ ...minimal, push });
      expect(thrown(signOptions)).toMatchObject({ input: 'push' });
    });
  });
});
