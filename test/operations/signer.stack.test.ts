// signerAdd and signerRemove against the real stack, with docker as the
// judge: a signer we add signs with `docker trust sign` using the key docker
// generated for it, and a signer we remove appears in no docker output.

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportEncryptedPrivateKey, generateKey } from '../../src/keys/index.ts';
import type { KeyInput } from '../../src/operations/inputs.ts';
import { refresh, revoke, sign, signerAdd, signerRemove } from './support/as-given.ts';
import type { CommandRunner } from '../../src/operations/command-runner.ts';
import { recordingLogger } from '../http/support/logger.ts';
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

describe('#signerRemove with force, then a remaining signer', () => {
  // push is off: the images are pushed with docker beforehand.
  const noDocker: CommandRunner = { run: () => Promise.reject(new Error('docker must not be run')) };
  let admin: PeerContext;
  let repositoryKey: KeyInput;
  let ciKey: KeyInput;
  let opsKey: KeyInput;
  const repo = uniqueRepository(variant, 'signer-remove-force');
  const signing = { ...common, push: false, runner: noDocker };

  beforeAll(async () => {
    admin = await createPeerContext(stack, variant);
    // docker creates the repository with signers ci and ops.
    await docker(admin, ['trust', 'signer', 'add', '--key', await generateSignerKey(admin, 'ci'), 'ci', repo.name]);
    await docker(admin, ['trust', 'signer', 'add', '--key', await generateSignerKey(admin, 'ops'), 'ops', repo.name]);
    const keyOf = async (role: string, input: string) => ({ text: await dockerKeyPem(admin, role), passphrase: admin.passphrases.repository, input });
    repositoryKey = { text: await dockerKeyPem(admin, 'targets', repo.gun), passphrase: admin.passphrases.repository, input: 'repository-key' };
    ciKey = await keyOf('ci', 'signer-key');
    opsKey = await keyOf('ops', 'signer-key');
    for (const tag of ['v1', 'ci-only', 'v2']) {
      await makeImage(admin, repo.ref(tag));
      await pushImage(admin, repo.ref(tag));
    }
    // Both sign v1, ci last: targets/releases then carries ci's signature only.
    await sign({ ...signing, references: [repo.ref('v1')], signerKey: opsKey });
    await sign({ ...signing, references: [repo.ref('v1'), repo.ref('ci-only')], signerKey: ciKey });
    // docker caches targets/releases at its current version: a re-sign must go above it.
    expect(((await trustInspect(admin, repo.name)) as Inspected[])[0]!.SignedTags.map((t) => t.SignedTag).sort()).toEqual(['ci-only', 'v1']);
  });
  afterAll(async () => {
    await removePeerContext(admin);
  });

  it('names the tags that will drop before removing, then lets ops sign, refresh and revoke again', async () => {
    const removing = recordingLogger();
    const removed = await signerRemove({ ...common, references: [repo.name], name: 'ci', repositoryKey, force: true, logger: removing });
    expect(removed.repositories[0]).toMatchObject({ releasesInvalidated: true, droppedAtNextSign: ['ci-only'] });
    expect(removing.warnings).toEqual([expect.stringMatching(/drops those only ci vouched for: ci-only$/)]);

    const signingLog = recordingLogger();
    const signed = await sign({ ...signing, references: [repo.ref('v2')], signerKey: opsKey, logger: signingLog });
    expect(signed.signed[0]!.roles).toEqual(['targets/releases', 'targets/ops']);
    expect(signingLog.warnings.join('\n')).toMatch(/targets\/releases .*Dropped.*: ci-only/);

    const [inspected] = (await trustInspect(admin, repo.name)) as Inspected[];
    expect(inspected!.SignedTags.map((t) => t.SignedTag).sort()).toEqual(['v1', 'v2']);
    expect(inspected!.Signers.map((s) => s.Name)).toEqual(['ops']);
    await docker(admin, ['pull', repo.ref('v2')], { env: { DOCKER_CONTENT_TRUST: '1' } });
    const { stdout } = await notary(admin, ['list', repo.gun]);
    expect(stdout).toMatch(/^v2\s/m);
    expect(stdout).not.toMatch(/^ci-only\s/m);

    // The next refresh and revoke by ops go through as well.
    await refresh({ ...common, reference: repo.name, signerKey: opsKey, roles: ['targets/releases'] });
    await revoke({ ...common, references: [repo.ref('v1')], signerKey: opsKey });
    const after = await notary(admin, ['list', repo.gun]);
    expect(after.stdout).not.toMatch(/^v1\s/m);
    await docker(admin, ['pull', repo.ref('v2')], { env: { DOCKER_CONTENT_TRUST: '1' } });
  });
});

describe('#sign with a signer name', () => {
  const noDocker: CommandRunner = { run: () => Promise.reject(new Error('docker must not be run')) };
  let admin: PeerContext;
  let opsKey: KeyInput;
  const repo = uniqueRepository(variant, 'signer-name');
  const signing = { ...common, push: false, runner: noDocker };

  beforeAll(async () => {
    admin = await createPeerContext(stack, variant);
    await docker(admin, ['trust', 'signer', 'add', '--key', await generateSignerKey(admin, 'ci'), 'ci', repo.name]);
    await docker(admin, ['trust', 'signer', 'add', '--key', await generateSignerKey(admin, 'ops'), 'ops', repo.name]);
    opsKey = { text: await dockerKeyPem(admin, 'ops'), passphrase: admin.passphrases.repository, input: 'signer-key' };
    await makeImage(admin, repo.ref('v1'));
    await pushImage(admin, repo.ref('v1'));
  });
  afterAll(async () => {
    await removePeerContext(admin);
  });

  it.each([
    ['nosuch', /there is no role targets\/nosuch.*set signer-name to ops/],
    ['ci', /targets\/ci does not list the signer key .*set signer-name to ops/],
  ])('refuses %s for ops’s key, naming both, and signs nothing', async (signerName, message) => {
    await expect(sign({ ...signing, references: [repo.ref('v1')], signerKey: opsKey, signerName })).rejects.toMatchObject({
      code: 'INPUT',
      input: 'signer-name',
      message: expect.stringMatching(message),
    });
    const { stdout } = await notary(admin, ['list', repo.gun], { allowFailure: true });
    expect(stdout).not.toMatch(/^v1\s/m);
  });

  it('reports the key’s own signer when its role: header names another', async () => {
    const mislabelled = { ...opsKey, text: opsKey.text.replace(/^role: ops$/m, 'role: ci') };
    expect(mislabelled.text).toMatch(/^role: ci$/m);
    const result = await sign({ ...signing, references: [repo.ref('v1')], signerKey: mislabelled });
    expect(result.signerName).toBe('ops');
  });

  it('signs as the signer named and reports it', async () => {
    const result = await sign({ ...signing, references: [repo.ref('v1')], signerKey: opsKey, signerName: 'ops' });
    expect(result.signerName).toBe('ops');
    expect(result.signed[0]!.roles).toEqual(['targets/releases', 'targets/ops']);
  });
});
