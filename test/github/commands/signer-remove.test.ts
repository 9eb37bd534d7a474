// `command: signer-remove`: its inputs mapped onto the signerRemove operation's options.

import { describe, expect, it } from 'vitest';
import { signerRemoveOptions } from '../../../src/github/commands/signer-remove.ts';
import { fixture, FIXTURE_KEYS } from '../../keys/support.ts';
import { useRunnerEnv } from '../support/runner-env.ts';
import { thrown } from '../support/thrown.ts';

const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();

describe('#signerRemoveOptions', () => {
  const runner = useRunnerEnv();
  const minimal = { tags: 'r.io/app', 'signer-name': 'ci', 'repository-key': KEY, 'repository-key-passphrase': 'pp' };

  it('takes the repositories, the signer, the repository key and force', () => {
    runner.setInputs({ ...minimal, force: 'true' });
    expect(signerRemoveOptions()).toMatchObject({
      references: ['r.io/app'],
      name: 'ci',
      repositoryKey: { text: KEY, passphrase: 'pp', input: 'repository-key' },
      force: true,
    });
  });

  it('does not force unless asked', () => {
    runner.setInputs(minimal);
    expect(signerRemoveOptions().force).toBe(false);
  });

  it.each(['signer-name', 'repository-key'])('refuses a missing %s', (name) => {
    runner.setInputs({ ...minimal, [name]: '' });
    expect(thrown(signerRemoveOptions)).toMatchObject({ input: name });
  });
});
