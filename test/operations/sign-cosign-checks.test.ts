// sign runs the cosign format's reads and checks (prepare) before the trust
// server publishes: a check that fails there (a `.sig` tag holding
// something else) leaves nothing written in any format. The stack test
// test/bridge/cli.stack.test.ts shows the same with the real format.

import { beforeEach, describe, expect, it } from 'vitest';
import { DctError } from '../../src/errors.ts';
import { sign } from '../../src/operations/sign.ts';
import { FakeCosign } from './support/fake-cosign.ts';
import { InMemoryStack, loadedKey, NO_DOCKER, withSigner } from './support/in-memory.ts';

let stack: InMemoryStack;
beforeEach(() => {
  stack = new InMemoryStack();
});

describe('#sign with formats dct and cosign', () => {
  describe("when the cosign format's checks refuse a tag", () => {
    it('publishes nothing to the trust server and writes nothing to the registry', async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      stack.registry.writes.length = 0;
      const prepared: string[] = [];
      const cosign = Object.assign(new FakeCosign(), {
        prepare: async (target: { tag: string | undefined }) => {
          prepared.push(target.tag ?? '');
          throw new DctError('VERIFY', 'the tag sha256-….sig holds something else');
        },
      });

      const run = sign({
        connect: stack.connect,
        env: {},
        push: false,
        runner: NO_DOCKER,
        cosign,
        formats: ['dct', 'cosign'],
        references: [repo.ref('v1')],
        signerKey: loadedKey(repo.alice, 'alice'),
      });

      await expect(run).rejects.toThrow(/holds something else/);
      expect(prepared).toEqual(['v1']);
      expect(repo.server.publishes).toHaveLength(0);
      expect(stack.registry.writes).toEqual([]);
      expect(cosign.writes).toEqual([]);
    });
  });
});
