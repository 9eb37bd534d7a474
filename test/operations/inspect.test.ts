// inspect over the in-memory trust server: docker's rows, signers and
// administrative keys, from trust data read through the repository context.

import { beforeEach, describe, expect, it } from 'vitest';
import { inspect } from '../../src/operations/inspect.ts';
import { image, InMemoryStack, REGISTRY, signedRepository, withSigner } from './support/in-memory.ts';

let stack: InMemoryStack;
let repo: Awaited<ReturnType<typeof withSigner>>;
let digest: string;
beforeEach(async () => {
  let digests: Map<string, string>;
  ({ stack, repo, digests } = await signedRepository({ v1: 'one' }));
  digest = digests.get('v1')!;
});

describe('#inspect', () => {
  describe('when the repository is signed', () => {
    it("shows its signed tags, signers and administrative keys as docker's JSON", async () => {
      const result = await inspect({ connect: stack.connect, env: {}, references: [repo.name, repo.ref('v1')] });
      expect(result.repositories.map((r) => r.Name)).toEqual([repo.gun, repo.ref('v1').original]);
      const [first] = result.repositories;
      expect(first!.SignedTags).toEqual([{ SignedTag: 'v1', Digest: digest.slice('sha256:'.length), Signers: ['alice'] }]);
      expect(first!.Signers.map((s) => s.Name)).toEqual(['alice']);
      expect(first!.AdministrativeKeys.map((k) => k.Name)).toEqual(['Root', 'Repository']);
      expect(stack.access).toEqual(['write', 'read']);
    });
  });

  describe('when the repository has no trust data', () => {
    it('refuses it', async () => {
      await stack.repository('team/empty');
      const run = inspect({ connect: stack.connect, env: {}, references: [image(`${REGISTRY}/team/empty`)] });
      await expect(run).rejects.toMatchObject({ code: 'NO_TRUST_DATA' });
    });
  });
});
