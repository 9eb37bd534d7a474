// signerAdd and signerRemove against the real stack, with docker as the
// judge: a signer we add signs with `docker trust sign` using the key docker
// generated for it, and a signer we remove appears in no docker output.

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportEncryptedPrivateKey, generateKey } from '../../src/keys/index.ts';
import type { KeyInput } from '../../src/operations/inputs.ts';
import { signerAdd } from './support/as-given.ts';
import { signerRemove } from './support/as-given.ts';
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
  trustInspect,
  uniqueRepository,
} from '../support/peers.ts';

const stack = inject('stack');
const variant = stack.variants.open;
const common = { trustServer: variant.notaryUrl, trustServerCa: stack.caPem, env: {} };

interface Inspected {
  SignedTags: { SignedTag: string; Signers: string[] }[];
  Signers: { Name: string; Keys: { ID: string }[] }[];
}

function newKeyInput(role: string, input: string): KeyInput {
  const key = generateKey('ecdsa');
  return { text: exportEncryptedPrivateKey(key, 'test-passphrase', { role }), passphrase: 'test-passphrase', input };
}

async function targetsVersion(gun: string): Promise<number | undefined> {
  const session = coreSession(stack);
  try {
    const repo = await readRepository({ server: session.trustServer(variant.notaryUrl), gun });
    return repo?.targets.signed.version;
  } finally {
    await session.close();
  }
}

describe('#signerAdd', () => {
  const contexts: PeerContext[] = [];
  const peer = async () => {
    const ctx = await createPeerContext(stack, variant);
    contexts.push(ctx);
    return ctx;
  };
  afterAll(async () => {
    await Promise.all(contexts.map(removePeerContext));
  });

  describe('when the repository has no trust data', () => {
    it('refuses without the root key and publishes nothing', async () => {
      const ctx = await peer();
      const repo = uniqueRepository(variant, 'signer-none');
      const publicKey = await readFile(await generateSignerKey(ctx, 'carol'), 'utf8');

      await expect(
        signerAdd({
          ...common,
          references: [repo.name],
          name: 'carol',
          signerPublicKeys: [publicKey],
          repositoryKey: newKeyInput('targets', 'repository-key'),
        }),
      ).rejects.toMatchObject({ code: 'NO_TRUST_DATA', message: expect.stringContaining('root-key') });
      expect(await targetsVersion(repo.gun)).toBeUndefined();
    });

    it('initializes it with the root key, and docker signs as the new signer', async () => {
      const ctx = await peer();
      const repo = uniqueRepository(variant, 'signer-init');
      const publicKey = await readFile(await generateSignerKey(ctx, 'carol'), 'utf8');

      const result = await signerAdd({
        ...common,
        references: [repo.name],
        name: 'carol',
        signerPublicKeys: [publicKey],
        repositoryKey: newKeyInput('targets', 'repository-key'),
        rootKey: newKeyInput('root', 'root-key'),
      });

      expect(result.repositories).toEqual([expect.objectContaining({ gun: repo.gun, initialized: true, changed: true })]);
      await makeImage(ctx, repo.ref('v1'));
      await pushImage(ctx, repo.ref('v1'));
      await docker(ctx, ['trust', 'sign', repo.ref('v1')]);
      const [inspected] = (await trustInspect(ctx, repo.name)) as Inspected[];
      expect(inspected).toMatchObject({
        SignedTags: [{ SignedTag: 'v1', Signers: ['carol'] }],
        Signers: [{ Name: 'carol', Keys: [{ ID: result.keyIds[0] }] }],
      });
    });
  });

  describe('when docker created the repository', () => {
    let admin: PeerContext;
    let bobPeer: PeerContext;
    let repositoryKey: KeyInput;
    let bobPublicKey: string;
    const repo = uniqueRepository(variant, 'signer-docker');

    beforeAll(async () => {
      admin = await peer();
      bobPeer = await peer();
      const alice = await generateSignerKey(admin, 'alice');
      await docker(admin, ['trust', 'signer', 'add', '--key', alice, 'alice', repo.name]);
      repositoryKey = {
        text: await dockerKeyPem(admin, 'targets', repo.gun),
        passphrase: admin.passphrases.repository,
        input: 'repository-key',
      };
      bobPublicKey = await readFile(await generateSignerKey(bobPeer, 'bob'), 'utf8');
    });

    it('adds a signer that `docker trust sign` can sign as, holding only its own key', async () => {
      const result = await signerAdd({ ...common, references: [repo.name], name: 'bob', signerPublicKeys: [bobPublicKey], repositoryKey });

      expect(result.repositories).toEqual([expect.objectContaining({ initialized: false, changed: true })]);
      await makeImage(bobPeer, repo.ref('by-bob'));
      await pushImage(bobPeer, repo.ref('by-bob'));
      await docker(bobPeer, ['trust', 'sign', repo.ref('by-bob')]);
      const [inspected] = (await trustInspect(admin, repo.name)) as Inspected[];
      expect(inspected.SignedTags).toEqual([expect.objectContaining({ SignedTag: 'by-bob', Signers: ['bob'] })]);
      expect(inspected.Signers.map((s) => s.Name).sort()).toEqual(['alice', 'bob']);
    });

    it('publishes nothing when the signer already has the keys', async () => {
      const before = await targetsVersion(repo.gun);
      const result = await signerAdd({ ...common, references: [repo.name], name: 'bob', signerPublicKeys: [bobPublicKey], repositoryKey });

      expect(result.repositories[0]?.changed).toBe(false);
      expect(await targetsVersion(repo.gun)).toBe(before);
    });

    it('refuses a key that is not the repository key, before publishing', async () => {
      const before = await targetsVersion(repo.gun);
      await expect(
        signerAdd({
          ...common,
          references: [repo.name],
          name: 'dave',
          signerPublicKeys: [bobPublicKey],
          repositoryKey: newKeyInput('targets', 'repository-key'),
        }),
      ).rejects.toMatchObject({ code: 'NOT_SIGNER' });
      expect(await targetsVersion(repo.gun)).toBe(before);
    });

    it('checks every repository before changing any', async () => {
      const before = await targetsVersion(repo.gun);
      const empty = uniqueRepository(variant, 'signer-empty');
      await expect(
        signerAdd({ ...common, references: [repo.name, empty.name], name: 'erin', signerPublicKeys: [bobPublicKey], repositoryKey }),
      ).rejects.toMatchObject({ code: 'NO_TRUST_DATA' });
      expect(await targetsVersion(repo.gun)).toBe(before);
    });
  });
});

describe('#signerRemove', () => {
  let admin: PeerContext;
  let bobPeer: PeerContext;
  let repositoryKey: KeyInput;
  const repo = uniqueRepository(variant, 'signer-remove');

  beforeAll(async () => {
    admin = await createPeerContext(stack, variant);
    bobPeer = await createPeerContext(stack, variant);
    // docker creates the repository with alice; we add bob; bob signs v1, then alice signs v2.
    const alice = await generateSignerKey(admin, 'alice');
    await docker(admin, ['trust', 'signer', 'add', '--key', alice, 'alice', repo.name]);
    repositoryKey = {
      text: await dockerKeyPem(admin, 'targets', repo.gun),
      passphrase: admin.passphrases.repository,
      input: 'repository-key',
    };
    const bob = await readFile(await generateSignerKey(bobPeer, 'bob'), 'utf8');
    await signerAdd({ ...common, references: [repo.name], name: 'bob', signerPublicKeys: [bob], repositoryKey });
    await makeImage(bobPeer, repo.ref('v1'));
    await pushImage(bobPeer, repo.ref('v1'));
    await docker(bobPeer, ['trust', 'sign', repo.ref('v1')]);
    await makeImage(admin, repo.ref('v2'));
    await pushImage(admin, repo.ref('v2'));
    await docker(admin, ['trust', 'sign', repo.ref('v2')]);
  });
  afterAll(async () => {
    await Promise.all([removePeerContext(admin), removePeerContext(bobPeer)]);
  });

  it('removes a signer so that no docker or notary output shows it', async () => {
    const result = await signerRemove({ ...common, references: [repo.name], name: 'bob', repositoryKey });

    expect(result.repositories).toEqual([expect.objectContaining({ gun: repo.gun, releasesInvalidated: false })]);
    const [inspected] = (await trustInspect(admin, repo.name)) as Inspected[];
    expect(inspected.Signers.map((s) => s.Name)).toEqual(['alice']);
    expect(JSON.stringify(inspected)).not.toContain('bob');
    expect(inspected.SignedTags.map((t) => t.SignedTag).sort()).toEqual(['v1', 'v2']);
    const { stdout } = await notary(admin, ['delegation', 'list', repo.gun]);
    expect(stdout).not.toContain('targets/bob');
    expect(stdout).toContain('targets/alice');
  });

  it('names the signers when the one to remove is not there', async () => {
    await expect(signerRemove({ ...common, references: [repo.name], name: 'bob', repositoryKey })).rejects.toMatchObject({
      code: 'INPUT',
      input: 'signer-name',
      message: expect.stringContaining('its signers are alice'),
    });
  });

  it('refuses to remove the signer that keeps targets/releases valid unless forced', async () => {
    await expect(signerRemove({ ...common, references: [repo.name], name: 'alice', repositoryKey })).rejects.toMatchObject({
      code: 'INPUT',
      input: 'force',
    });
    const result = await signerRemove({ ...common, references: [repo.name], name: 'alice', repositoryKey, force: true });

    expect(result.repositories[0]?.releasesInvalidated).toBe(true);
    const { stdout } = await notary(admin, ['delegation', 'list', repo.gun]);
    expect(stdout).not.toContain('targets/alice');
    // As warned: docker no longer sees the tags targets/releases holds.
    const [inspected] = (await trustInspect(admin, repo.name)) as Inspected[];
    expect(inspected).toMatchObject({ SignedTags: [], Signers: [] });
  });
});
