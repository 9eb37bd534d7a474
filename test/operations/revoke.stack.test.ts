// The revoke operation against the real stack: after ours, docker trust
// inspect no longer lists the tag and a content-trust pull refuses it; a key
// that may not revoke a tag fails before anything is published.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportEncryptedPrivateKey, generateKey } from '../../src/keys/index.ts';
import type { KeyInput } from '../../src/operations/inputs.ts';
import { revoke } from './support/as-given.ts';
import { readRepository } from '../../src/trust/publisher.ts';
import { coreSession, dockerKeyPem } from '../support/core.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  notary,
  type PeerContext,
  pushImage,
  removePeerContext,
  type TestRepository,
  trustInspect,
  uniqueRepository,
} from '../support/peers.ts';

const stack = inject('stack');
const variant = stack.variants.open;
const common = { trustServer: variant.notaryUrl, trustServerCa: stack.caPem, env: {} };

interface Inspected {
  readonly SignedTags: readonly { readonly SignedTag: string; readonly Signers: readonly string[] }[];
}

describe('#revoke', () => {
  let admin: PeerContext;
  let alice: PeerContext;
  let aliceKey: KeyInput;

  /** A repository with signer alice and `tags` signed by docker with alice's key. */
  async function repository(prefix: string, tags: readonly string[]): Promise<TestRepository> {
    const repo = uniqueRepository(variant, prefix);
    await docker(admin, ['trust', 'signer', 'add', '--key', alicePub, 'alice', repo.name]);
    for (const tag of tags) {
      await makeImage(admin, repo.ref(tag));
      await docker(alice, ['trust', 'sign', repo.ref(tag)]);
    }
    return repo;
  }

  const signedTags = async (repo: TestRepository) =>
    ((await trustInspect(admin, repo.name)) as Inspected[])[0]!.SignedTags.map((t) => t.SignedTag);

  /** Version of every role, to show that nothing was published. */
  async function versions(repo: TestRepository): Promise<Record<string, number>> {
    const session = coreSession(stack);
    try {
      const read = await readRepository({ server: session.trustServer(variant.notaryUrl), gun: repo.gun, delegations: 'all' });
      return { ...read!.state.versions };
    } finally {
      await session.close();
    }
  }

  let alicePub: string;
  beforeAll(async () => {
    [admin, alice] = await Promise.all([createPeerContext(stack, variant), createPeerContext(stack, variant)]);
    alicePub = await generateSignerKey(alice, 'alice');
    aliceKey = { text: await dockerKeyPem(alice, 'alice'), passphrase: alice.passphrases.repository, input: 'signer-key' };
  });
  afterAll(async () => {
    await Promise.all([admin, alice].map(removePeerContext));
  });

  describe('when the signer revokes a tag it signed', () => {
    it('removes it from its roles; docker no longer lists or pulls it', async () => {
      const repo = await repository('revoke', ['v1', 'v2']);

      const result = await revoke({ ...common, references: [repo.ref('v1')], signerKey: aliceKey });

      expect(result.revoked).toEqual([{ reference: repo.ref('v1'), tag: 'v1', gun: repo.gun, roles: expect.any(Array) }]);
      expect([...result.revoked[0]!.roles].sort()).toEqual(['targets/alice', 'targets/releases']);
      expect(await signedTags(repo)).toEqual(['v2']);
      const { stdout } = await notary(admin, ['list', repo.gun]);
      expect(stdout).not.toMatch(/^v1\s/m);
      const pull = await docker(admin, ['pull', repo.ref('v1')], { env: { DOCKER_CONTENT_TRUST: '1' }, allowFailure: true });
      expect(pull).toMatchObject({ code: 1, stderr: expect.stringContaining('No valid trust data for v1') });
      await docker(admin, ['pull', repo.ref('v2')], { env: { DOCKER_CONTENT_TRUST: '1' } });
    });
  });

  describe('when the reference has no tag', () => {
    it('needs all, then revokes every tag in one update', async () => {
      const repo = await repository('revoke-all', ['a', 'b']);
      await expect(revoke({ ...common, references: [repo.name], signerKey: aliceKey })).rejects.toMatchObject({
        code: 'INPUT',
        input: 'all',
      });
      const before = await versions(repo);

      const result = await revoke({ ...common, references: [repo.name], signerKey: aliceKey, all: true });

      expect(result.revoked.map((r) => [r.reference, r.tag])).toEqual([
        [repo.name, 'a'],
        [repo.name, 'b'],
      ]);
      expect(await signedTags(repo)).toEqual([]);
      const after = await versions(repo);
      expect(after.snapshot).toBe(before.snapshot! + 1);
    });
  });

  describe('when the key may not sign the tag', () => {
    it('fails with NOT_SIGNER and publishes nothing in any repository', async () => {
      const repo = await repository('revoke-other', ['v1']);
      const before = await versions(repo);
      const stranger = generateKey('ecdsa');
      const strangerKey = { text: exportEncryptedPrivateKey(stranger, 'p', { role: 'carol' }), passphrase: 'p', input: 'signer-key' };

      await expect(revoke({ ...common, references: [repo.ref('v1')], signerKey: strangerKey })).rejects.toMatchObject({
        code: 'NOT_SIGNER',
        message: expect.stringContaining(repo.ref('v1')),
      });

      expect(await versions(repo)).toEqual(before);
      expect(await signedTags(repo)).toEqual(['v1']);
    });

    it('checks every repository before the first update', async () => {
      const mine = await repository('revoke-mine', ['v1']);
      const theirs = uniqueRepository(variant, 'revoke-theirs');
      const otherPub = await generateSignerKey(admin, 'dave');
      await docker(admin, ['trust', 'signer', 'add', '--key', otherPub, 'dave', theirs.name]);
      await makeImage(admin, theirs.ref('v1'));
      await docker(admin, ['trust', 'sign', theirs.ref('v1')]);
      const before = await versions(mine);

      await expect(
        revoke({ ...common, references: [mine.ref('v1'), theirs.ref('v1')], signerKey: aliceKey }),
      ).rejects.toMatchObject({ code: 'NOT_SIGNER', message: expect.stringContaining(theirs.ref('v1')) });

      expect(await versions(mine)).toEqual(before);
      expect(await signedTags(mine)).toEqual(['v1']);
    });

    it('refuses when the tag would stay released in targets, which only the repository key signs', async () => {
      const repo = await repository('revoke-admin', []);
      await makeImage(admin, repo.ref('admin'));
      const image = await pushImage(admin, repo.ref('admin'));
      await notary(admin, [
        '-d', admin.dockerTrustDir,
        'addhash', repo.gun, 'admin', String(image.size), '--sha256', image.digest.slice(7), '--publish',
      ]);
      const before = await versions(repo);

      await expect(revoke({ ...common, references: [repo.ref('admin')], signerKey: aliceKey })).rejects.toMatchObject({
        code: 'NOT_SIGNER',
        message: expect.stringContaining('would stay signed in targets'),
      });
      expect(await versions(repo)).toEqual(before);
    });
  });

  describe('when the tag is not signed', () => {
    it('fails with NOT_FOUND', async () => {
      const repo = await repository('revoke-missing', ['v1']);
      await expect(revoke({ ...common, references: [repo.ref('v9')], signerKey: aliceKey })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });
});
