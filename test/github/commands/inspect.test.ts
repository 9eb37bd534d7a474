// `command: inspect`: its inputs mapped onto the inspect operation's options.

import { describe, expect, it } from 'vitest';
import { inspectOptions } from '../../../src/github/commands/inspect.ts';
import { useRunnerEnv } from '../support/runner-env.ts';

describe('#inspectOptions', () => {
  const runner = useRunnerEnv();

  it('takes the images of tags, tag optional, and the connection inputs', () => {
    runner.setInputs({ tags: 'r.io/app\nr.io/app:1', 'trust-server': 'https://notary.example.com', username: 'ci', password: 'pw' });
    expect(inspectOptions()).toEqual({
      references: ['r.io/app', 'r.io/app:1'],
      trustServer: 'https://notary.example.com',
      trustServerCa: undefined,
      trustPin: undefined,
      username: 'ci',
      password: 'pw',
    });
  });
});
