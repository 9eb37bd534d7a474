// A key made by keyGenerate, used by the real peers: `docker trust key load`
// stores it, `docker trust signer add` adds its .pub, `docker trust sign`
// signs with it, and docker shows the key ID we returned. Also pins down the
// docker behaviour the `path:` header works around.

import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportEncryptedPrivateKey, generateKey } from '../../src/keys/index.ts';
import { keyGenerate, type KeyGenerateResult } from '../../src/operations/key-generate.ts';
import {
  createPeerContext,
  docker,
  makeImage,
  notary,
  type PeerContext,
  pushImage,
  removePeerContext,
  trustInspect,
  uniqueRepository,
} from '../support/peers.ts';

const stack = inject('stack');
const variant = stack.variants.open;

async function storedKeys(ctx: PeerContext): Promise<string[]> {
  return readdir(join(ctx.dockerTrustDir, 'private')).catch(() => []);
}

describe('#keyGenerate', () => {
  let ctx: PeerContext;
  let key: KeyGenerateResult;
  const repo = uniqueRepository(variant, 'keygen');

  beforeAll(async () => {
    ctx = await createPeerContext(stack, variant);
    // docker decrypts with DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE, the context's repository passphrase.
    key = await keyGenerate({ name: 'dave', passphrase: ctx.passphrases.repository, directory: ctx.dir });
  });
  afterAll(async () => {
    await removePeerContext(ctx);
  });

  describe('when docker loads, adds and signs with it', () => {
    it('is stored by `docker trust key load` under its key ID', async () => {
      await docker(ctx, ['trust', 'key', 'load', key.privateKeyPath, '--name', 'dave']);
      expect(await storedKeys(ctx)).toEqual([`${key.keyId}.key`]);
    });

    it('is added by `docker trust signer add` with its .pub and signs with `docker trust sign`', async () => {
      await docker(ctx, ['trust', 'signer', 'add', '--key', key.publicKeyPath, 'dave', repo.name]);
      await makeImage(ctx, repo.ref('v1'));
      await pushImage(ctx, repo.ref('v1'));
      await docker(ctx, ['trust', 'sign', repo.ref('v1')]);

      const [inspected] = await trustInspect(ctx, repo.name);
      expect(inspected).toMatchObject({
        SignedTags: [{ SignedTag: 'v1', Signers: ['dave'] }],
        Signers: [{ Name: 'dave', Keys: [{ ID: key.keyId }] }],
      });
    });

    it('is imported by `notary key import` with its role', async () => {
      await notary(ctx, ['key', 'import', key.privateKeyPath]);
      const { stdout } = await notary(ctx, ['key', 'list']);
      expect(stdout).toMatch(new RegExp(`^dave\\s+${key.keyId}\\s`, 'm'));
    });
  });

  describe('when the key file has no path header', () => {
    it('is not stored by `docker trust key load`, which reports success anyway', async () => {
      const other = await createPeerContext(stack, variant);
      try {
        const file = join(other.dir, 'plain.key');
        const pem = exportEncryptedPrivateKey(generateKey('ecdsa'), other.passphrases.repository, { role: 'erin' });
        await writeFile(file, pem, { mode: 0o600 });

        const { stdout } = await docker(other, ['trust', 'key', 'load', file, '--name', 'erin']);
        expect(stdout).toContain('Successfully imported key');
        expect(await storedKeys(other)).toEqual([]);
      } finally {
        await removePeerContext(other);
      }
    });
  });
});
