// connectionOptions: the connection inputs as every operation takes them.

import { describe, expect, test } from 'vitest';
import { connectionOptions } from '../../src/commands/options.ts';
import type { InputValues, RunContext } from '../../src/commands/spec.ts';

function values(formats: string[], trustState?: string): InputValues {
  return {
    string: (name) => (name === 'trust-state' ? trustState : undefined),
    list: (name) => (name === 'formats' ? [...formats] : []),
    boolean: () => false,
    key: () => undefined,
    login: () => undefined,
    parsed: () => undefined,
  };
}

const ctx = (env: NodeJS.ProcessEnv) => ({ env, logger: undefined, maskSecret: () => undefined }) as unknown as RunContext;

describe('#connectionOptions', () => {
  describe('when DCT_TRUST_STATE is set and trust-state is not given', () => {
    test.each([
      [[], '/state.json'],
      [['dct'], '/state.json'],
      [['cosign', 'dct'], '/state.json'],
      [['cosign'], undefined],
    ])('with formats %j the trust state is %j: without dct the variable is ignored', (formats, expected) => {
      expect(connectionOptions(values(formats), ctx({ DCT_TRUST_STATE: '/state.json' })).trustState).toBe(expected);
    });
  });

  test('a trust-state given wins over the variable', () => {
    expect(connectionOptions(values(['dct'], '/given.json'), ctx({ DCT_TRUST_STATE: '/state.json' })).trustState).toBe('/given.json');
  });
});
