// `command: refresh`: its inputs mapped onto the refresh operation's options.

import { describe, expect, it } from 'vitest';
import { durationInput, refreshOptions } from '../../../src/github/commands/refresh.ts';
import { fixture, FIXTURE_KEYS } from '../../keys/support.ts';
import { useRunnerEnv } from '../support/runner-env.ts';
import { thrown } from '../support/thrown.ts';

const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();
const HOUR = 60 * 60 * 1000;

describe('#durationInput', () => {
  const runner = useRunnerEnv();

  it.each([
    ['180d', 180 * 24 * HOUR],
    ['26w', 26 * 7 * 24 * HOUR],
    ['36h', 36 * HOUR],
    ['1.5d', 36 * HOUR],
    ['0d', 0],
    ['90 D', 90 * 24 * HOUR],
    ['', undefined],
  ])('reads %j', (value, expected) => {
    runner.setInputs({ 'expiring-within': value });
    expect(durationInput('expiring-within')).toBe(expected);
  });

  it.each(['180', '6m', '1y', '-1d', 'soon'])('refuses %j, naming the input', (value) => {
    runner.setInputs({ 'expiring-within': value });
    expect(thrown(() => durationInput('expiring-within'))).toMatchObject({ input: 'expiring-within', message: expect.stringContaining('180d') });
  });
});

describe('#refreshOptions', () => {
  const runner = useRunnerEnv();

  it('takes the one repository, the keys and expiring-within', () => {
    runner.setInputs({ tags: 'r.io/app', 'signer-key': KEY, 'signer-key-passphrase': 'pp', 'expiring-within': '180d' });
    expect(refreshOptions()).toMatchObject({
      reference: 'r.io/app',
      signerKey: { text: KEY, passphrase: 'pp', input: 'signer-key' },
      repositoryKey: undefined,
      expiringWithinMs: 180 * 24 * HOUR,
    });
  });

  it('refuses two repositories', () => {
    runner.setInputs({ tags: 'r.io/a\nr.io/b', 'repository-key': KEY });
    expect(thrown(refreshOptions)).toMatchObject({ input: 'tags' });
  });
});
