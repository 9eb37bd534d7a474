// openRepositories over the in-memory trust server: one open per
// repository, the trust state saved only when the work succeeded, and the
// connections closed either way.

import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { openRepositories } from '../../src/operations/repository-context.ts';
import { InMemoryStack, tagged, withSigner } from './support/in-memory.ts';

let stack: InMemoryStack;
let repo: Awaited<ReturnType<typeof withSigner>>;
beforeEach(async () => {
  stack = new InMemoryStack();
  repo = await withSigner(stack, 'team/app');
});

const stateFile = () => join(mkdtempSync(join(tmpdir(), 'context-')), 'state.json');

describe('#openRepositories', () => {
  describe('when references name one repository twice', () => {
    it('opens it once, with both references', async () => {
      const refs = [repo.ref('v1'), repo.ref('v2')];
      const opened = await openRepositories({ connect: stack.connect, env: {} }, refs, { access: 'read' }, async (context) =>
        context.repositories.map((r) => [r.gun, r.refs.map((x) => x.tag)]),
      );
      expect(opened).toEqual([[repo.gun, ['v1', 'v2']]]);
      expect(stack.closed).toBe(1);
    });
  });

  describe('when the work reads the repository and succeeds', () => {
    it('saves what it read into the trust state', async () => {
      const trustState = stateFile();
      await openRepositories({ connect: stack.connect, env: {}, trustState }, [repo.ref('v1')], { access: 'read' }, async (context) =>
        context.read(context.repositories[0]!),
      );
      expect(existsSync(trustState)).toBe(true);
    });
  });

  describe('when the work fails', () => {
    it('saves nothing and still closes the connections', async () => {
      const trustState = stateFile();
      const run = openRepositories({ connect: stack.connect, env: {}, trustState }, [repo.ref('v1')], { access: 'read' }, async (context) => {
        await context.read(context.repositories[0]!);
        throw new Error('work failed');
      });
      await expect(run).rejects.toThrow('work failed');
      expect(existsSync(trustState)).toBe(false);
      expect(stack.closed).toBe(1);
    });
  });

  describe('when username is given without password', () => {
    it('refuses before opening any connection', async () => {
      const run = openRepositories({ connect: stack.connect, env: {}, username: 'ci' }, [tagged(`${repo.gun}:v1`)], { access: 'read' }, async () => 0);
      await expect(run).rejects.toBeInstanceOf(InputError);
      expect(stack.access).toEqual([]);
    });
  });
});
