// revoke over the in-memory trust server and registry: one publish through
// trust/updates per repository, and every refusal before any publish.

import { beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { generateKey } from '../../src/keys/index.ts';
import { checkAllConfirmed } from '../../src/commands/references.ts';
import { revoke } from '../../src/operations/revoke.ts';
import type { ImageReference } from '../../src/registry/reference.ts';
import { sign } from '../../src/operations/sign.ts';
import { verify } from '../../src/operations/verify.ts';
import { InMemoryStack, loadedKey, signedRepository, withSigner } from './support/in-memory.ts';

let stack: InMemoryStack;
let repo: Awaited<ReturnType<typeof withSigner>>;
beforeEach(async () => {
  ({ stack, repo } = await signedRepository({ v1: 'one', v2: 'two' }));
});

const revokeOf = (references: ImageReference[], more = {}) =>
  revoke({ connect: stack.connect, env: {}, references, signerKey: loadedKey(repo.alice, 'alice'), ...more });

describe('#revoke', () => {
  describe('when the signer signed the tag', () => {
    it('removes it from every role that listed it, in one publish', async () => {
      const before = repo.server.publishes.length;
      const result = await revokeOf([repo.ref('v1')]);
      expect(result.revoked).toEqual([{ reference: repo.ref('v1').original, tag: 'v1', gun: repo.gun, roles: ['targets/releases', 'targets/alice'] }]);
      expect(repo.server.publishes.length).toBe(before + 1);
      const verified = await verify({ connect: stack.connect, env: {}, references: [repo.ref('v1'), repo.ref('v2')] });
      expect(verified.references.map((r) => r.reason ?? 'ok')).toEqual(['unsigned', 'ok']);
    });
  });

  describe('when a reference names no tag', () => {
    it('revokes every signed tag with all', async () => {
      const result = await revokeOf([repo.name], { all: true });
      expect(result.revoked.map((r) => r.tag).sort()).toEqual(['v1', 'v2']);
    });

    it('is refused by the command layer without all, before the operation runs', () => {
      expect(() => checkAllConfirmed([repo.name], false)).toThrow(InputError);
      expect(() => checkAllConfirmed([repo.name], false)).toThrow(expect.objectContaining({ input: 'all' }));
    });
  });

  describe('when the key may not sign the tag', () => {
    it('refuses before publishing', async () => {
      const before = repo.server.publishes.length;
      const run = revoke({ connect: stack.connect, env: {}, references: [repo.ref('v1')], signerKey: loadedKey(generateKey('ecdsa'), 'bob') });
      await expect(run).rejects.toMatchObject({ code: 'NOT_SIGNER' });
      expect(repo.server.publishes.length).toBe(before);
    });
  });

  describe('when the tag is not signed', () => {
    it('refuses it as not found', async () => {
      await expect(revokeOf([repo.ref('v9')])).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
});
