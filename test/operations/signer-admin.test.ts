// signer-add, signer-remove and refresh over the in-memory trust server:
// what each publishes, and that every check holds before the first publish.

import { beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { NetworkError } from '../../src/http/errors.ts';
import { exportPublicKeyPem, generateKey } from '../../src/keys/index.ts';
import { inspect } from '../../src/operations/inspect.ts';
import { refresh } from '../../src/operations/refresh.ts';
import { signerAdd } from '../../src/operations/signer-add.ts';
import { signerRemove } from '../../src/operations/signer-remove.ts';
import { sign } from '../../src/operations/sign.ts';
import { image, InMemoryStack, loadedKey, tagged, NO_DOCKER, REGISTRY, withSigner } from './support/in-memory.ts';

let stack: InMemoryStack;
let repo: Awaited<ReturnType<typeof withSigner>>;
beforeEach(async () => {
  stack = new InMemoryStack();
  repo = await withSigner(stack, 'team/app');
});

const bob = generateKey('ecdsa');
const bobPub = exportPublicKeyPem(bob, { role: 'bob' });
const repositoryKey = () => loadedKey(repo.repositoryKey, 'targets', 'repository-key');

describe('#signerAdd', () => {
  describe('when the signer is new', () => {
    it('adds it to targets/<name> and targets/releases, once', async () => {
      const options = { connect: stack.connect, env: {}, references: [repo.name], name: 'bob', signerPublicKeys: [bobPub], repositoryKey: repositoryKey() };
      const added = await signerAdd(options);
      expect(added.repositories).toEqual([{ reference: repo.gun, gun: repo.gun, trustServer: 'https://notary.test', initialized: false, changed: true }]);
      const declared = repo.server.builder.published('targets').signed as unknown as { delegations: { name: string }[] };
      expect(declared.delegations.map((d) => d.name)).toContain('targets/bob');
      const again = await signerAdd(options);
      expect(again.repositories[0]!.changed).toBe(false);
    });
  });

  describe('when the repository has no trust data', () => {
    it('creates it and gives its root key ID, which pins it in later runs', async () => {
      await stack.repository('team/new');
      const references = [image(`${REGISTRY}/team/new`)];
      const added = await signerAdd({
        connect: stack.connect,
        env: {},
        references,
        name: 'bob',
        signerPublicKeys: [bobPub],
        repositoryKey: loadedKey(generateKey('ecdsa'), 'targets', 'repository-key'),
        rootKey: loadedKey(generateKey('ecdsa'), 'root', 'root-key'),
      });
      const created = added.repositories[0]!;
      expect(created).toMatchObject({ initialized: true, rootKeyId: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const pinned = await inspect({ connect: stack.connect, env: {}, references, trustPin: created.rootKeyId });
      expect(pinned.repositories).toHaveLength(1);
      const wrong = inspect({ connect: stack.connect, env: {}, references, trustPin: 'f'.repeat(64) });
      await expect(wrong).rejects.toThrow(/trust-pin/);
    });
  });

  describe('when the repository key is not the one root lists', () => {
    it('refuses before publishing', async () => {
      const run = signerAdd({
        connect: stack.connect,
        env: {},
        references: [repo.name],
        name: 'bob',
        signerPublicKeys: [bobPub],
        repositoryKey: loadedKey(generateKey('ecdsa'), 'targets', 'repository-key'),
      });
      await expect(run).rejects.toMatchObject({ code: 'NOT_SIGNER' });
      expect(repo.server.publishes).toEqual([]);
    });
  });

  describe('when one repository has no trust data and no root key is given', () => {
    it('refuses before publishing to any of them', async () => {
      await stack.repository('team/empty');
      const run = signerAdd({
        connect: stack.connect,
        env: {},
        references: [repo.name, image(`${REGISTRY}/team/empty`)],
        name: 'bob',
        signerPublicKeys: [bobPub],
        repositoryKey: repositoryKey(),
      });
      await expect(run).rejects.toMatchObject({ code: 'NO_TRUST_DATA' });
      expect(repo.server.publishes).toEqual([]);
    });

    it('reports an unreachable registry as the cause instead', async () => {
      await stack.repository('team/empty');
      stack.registry.unreachable = new NetworkError({ url: `https://${REGISTRY}/v2/`, method: 'GET', reason: 'connect ECONNREFUSED 127.0.0.1:443' });
      const run = signerAdd({
        connect: stack.connect,
        env: {},
        references: [image(`${REGISTRY}/team/empty`)],
        name: 'bob',
        signerPublicKeys: [bobPub],
        repositoryKey: repositoryKey(),
      });
      await expect(run).rejects.toMatchObject({ code: 'NETWORK' });
      await expect(run).rejects.toThrow(`registry ${REGISTRY} is unreachable (connect ECONNREFUSED 127.0.0.1:443)`);
    });
  });
});

describe('#signerRemove', () => {
  describe('when the signer exists', () => {
    it('removes it and names the keys that left', async () => {
      await signerAdd({ connect: stack.connect, env: {}, references: [repo.name], name: 'bob', signerPublicKeys: [bobPub], repositoryKey: repositoryKey() });
      const removed = await signerRemove({ connect: stack.connect, env: {}, references: [repo.name], name: 'bob', repositoryKey: repositoryKey() });
      expect(removed.repositories[0]).toMatchObject({ gun: repo.gun, removedKeyIds: [bob.keyId], releasesInvalidated: false });
    });
  });

  describe('when the signer is the last one whose signature keeps targets/releases valid', () => {
    it('refuses without force, and removes it with force', async () => {
      stack.registry.put(repo.ref('v1'), 'one');
      await sign({ connect: stack.connect, env: {}, push: false, runner: NO_DOCKER, references: [repo.ref('v1')], signerKey: loadedKey(repo.alice, 'alice') });
      const options = { connect: stack.connect, env: {}, references: [repo.name], name: 'alice', repositoryKey: repositoryKey() };
      await expect(signerRemove(options)).rejects.toBeInstanceOf(InputError);
      await expect(signerRemove(options)).rejects.toMatchObject({ input: 'force' });
      const removed = await signerRemove({ ...options, force: true });
      expect(removed.repositories[0]!.releasesInvalidated).toBe(true);
    });
  });

  describe('when there is no such signer', () => {
    it('names the signers there are', async () => {
      const run = signerRemove({ connect: stack.connect, env: {}, references: [repo.name], name: 'carol', repositoryKey: repositoryKey() });
      await expect(run).rejects.toMatchObject({ input: 'signer-name', message: expect.stringContaining('its signers are alice') });
    });
  });
});

describe('#refresh', () => {
  describe('when the signer key signed its roles', () => {
    it('re-signs them with a higher version', async () => {
      stack.registry.put(repo.ref('v1'), 'one');
      await sign({ connect: stack.connect, env: {}, push: false, runner: NO_DOCKER, references: [repo.ref('v1')], signerKey: loadedKey(repo.alice, 'alice') });
      const result = await refresh({ connect: stack.connect, env: {}, reference: repo.name, signerKey: loadedKey(repo.alice, 'alice') });
      expect(result.published).toBe(true);
      expect(result.refreshed.map((r) => r.role).sort()).toEqual(['targets/alice', 'targets/releases']);
    });
  });
});
