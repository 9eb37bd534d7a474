// `command: revoke`: its inputs mapped onto the revoke operation's options.

import { describe, expect, it } from 'vitest';
import { revokeOptions } from '../../../src/github/commands/revoke.ts';
import { fixture, FIXTURE_KEYS } from '../../keys/support.ts';
import { useRunnerEnv } from '../support/runner-env.ts';
import { thrown } from '../support/thrown.ts';

const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();

describe('#revokeOptions', () => {
  const runner = useRunnerEnv();

  it('takes the references, the signer key and name, and all', () => {
    runner.setInputs({ tags: 'r.io/app:1, r.io/other', 'signer-key': KEY, 'signer-key-passphrase': 'pp', 'signer-name': 'ci', all: 'true' });
    expect(revokeOptions()).toMatchObject({
      references: ['r.io/app:1', 'r.io/other'],
      signerKey: { text: KEY, passphrase: 'pp', input: 'signer-key' },
      signerName: 'ci',
      all: true,
    });
  });

  it('does not revoke all tags unless asked', () => {
    runner.setInputs({ tags: 'r.io/app:1', 'signer-key': KEY });
    expect(revokeOptions().all).toBe(false);
  });

  it('refuses a missing signer-key', () => {
    runner.setInputs({ tags: 'r.io/app:1' });
    expect(thrown(revokeOptions)).toMatchObject({ input: 'signer-key' });
  });
});
