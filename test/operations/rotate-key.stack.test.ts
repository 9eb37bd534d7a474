// rotateKey against the real stack, on a repository docker created. After
// each rotation the peers must still verify the repository, both fresh (no
// cached root) and with the root they cached before the rotations, which
// they only accept through the rotation chain; our own client must walk
// that chain from the first root too.

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VerificationError } from '../../src/errors.ts';
import { exportEncryptedPrivateKey, exportPublicKeyPem, generateKey, type SigningKey } from '../../src/keys/index.ts';
import type { CommandRunner } from '../../src/operations/command-runner.ts';
import type { KeyInput } from '../../src/operations/inputs.ts';
import { loadKeyInput, parseTrustPin } from '../../src/operations/key-inputs.ts';
import type { GeneratedRepositoryKey } from '../../src/operations/rotate-key.ts';
import { rotateKey } from './support/as-given.ts';
import { sign } from './support/as-given.ts';
import { signerAdd } from './support/as-given.ts';
import { verify } from './support/as-given.ts';
import type { Session } from '../../src/operations/session.ts';
import { readRepository } from '../../src/trust/publisher.ts';
import { Metadata } from '../../src/tuf/metadata.ts';
import { validRootKeys, verifyRoot, type RootPin } from '../../src/tuf/root-trust.ts';
import { verifyThreshold } from '../../src/tuf/threshold.ts';
import type { TrustState, TrustedRepository } from '../../src/tuf/trusted-repository.ts';
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
import { ADMIN, SIGNER } from '../support/token-server.ts';

const stack = inject('stack');
const variant = stack.variants.open;
const common = { trustServer: variant.notaryUrl, trustServerCa: stack.caPem, env: {} };
const noDocker: CommandRunner = { run: () => Promise.reject(new Error('docker must not be run')) };

interface Inspected {
  SignedTags: { SignedTag: string; Signers: string[] }[];
  Signers: { Name: string; Keys: { ID: string }[] }[];
  AdministrativeKeys: { Name: string; Keys: { ID: string }[] }[];
}

describe('#rotateKey', () => {
  const repo = uniqueRepository(variant, 'rotate');
  let admin: PeerContext;
  /** Caches the first root and nothing after it, until the root key is rotated. */
  let firstRootPeer: PeerContext;
  let session: Session;
  let rootKey: KeyInput;
  let repositoryKey: KeyInput;
  let oldAlice: SigningKey;
  let firstState: TrustState;

  const read = async (previous?: TrustState, pin?: RootPin): Promise<TrustedRepository> => {
    const trusted = await readRepository({
      server: session.trustServer(variant.notaryUrl),
      gun: repo.gun,
      delegations: 'all',
      ...(previous ? { previous } : {}),
      ...(pin ? { pin } : {}),
    });
    if (!trusted) throw new Error(`${repo.gun} has no trust data`);
    return trusted;
  };

  /** notary and docker verify the repository, fresh and with the root cached before the rotations. */
  const expectPeersVerify = async (tags: readonly string[], cached: readonly PeerContext[] = [admin]) => {
    const fresh = await createPeerContext(stack, variant);
    try {
      for (const ctx of [fresh, ...cached]) {
        const { stdout } = await notary(ctx, ['list', repo.gun]);
        for (const tag of tags) expect(stdout).toMatch(new RegExp(`^${tag}\\s`, 'm'));
        const [inspected] = (await trustInspect(ctx, repo.name)) as Inspected[];
        expect(inspected.SignedTags.map((t) => t.SignedTag).sort()).toEqual([...tags].sort());
      }
    } finally {
      await removePeerContext(fresh);
    }
    await expect(read(firstState)).resolves.toBeDefined();
  };

  beforeAll(async () => {
    session = coreSession(stack);
    admin = await createPeerContext(stack, variant);
    const alice = await generateSignerKey(admin, 'alice');
    await docker(admin, ['trust', 'signer', 'add', '--key', alice, 'alice', repo.name]);
    await makeImage(admin, repo.ref('v1'));
    await pushImage(admin, repo.ref('v1'));
    await docker(admin, ['trust', 'sign', repo.ref('v1')]);
    // Both peers cache this first root.
    firstRootPeer = await createPeerContext(stack, variant);
    for (const ctx of [admin, firstRootPeer]) {
      await notary(ctx, ['list', repo.gun]);
      await trustInspect(ctx, repo.name);
    }
    rootKey = { text: await dockerKeyPem(admin, 'root'), passphrase: admin.passphrases.root, input: 'root-key' };
    repositoryKey = {
      text: await dockerKeyPem(admin, 'targets', repo.gun),
      passphrase: admin.passphrases.repository,
      input: 'repository-key',
    };
    oldAlice = loadKeyInput({ text: await dockerKeyPem(admin, 'alice'), passphrase: admin.passphrases.repository, input: 'alice' }).signer;
    firstState = (await read()).state;
  });
  afterAll(async () => {
    await Promise.all([removePeerContext(admin), removePeerContext(firstRootPeer), session.close()]);
  });

  describe.each(['snapshot', 'timestamp'] as const)('when the %s key is rotated', (role) => {
    it('puts the server new key in root and the server signs with it', async () => {
      const before = await read();
      const oldIds = before.root.signed.roles[role].keyids;

      const result = await rotateKey({ ...common, reference: repo.name, role, rootKey });

      expect(result).toMatchObject({ role, previousKeyIds: oldIds, resigned: ['root'] });
      expect(oldIds).not.toContain(result.keyId);
      const after = await read();
      expect(after.root.signed.version).toBe(before.root.signed.version + 1);
      expect(after.root.signed.roles[role].keyids).toEqual([result.keyId]);
      expect(after[role].signatures.map((s) => s.keyid)).toEqual([result.keyId]);
      for (const id of oldIds) expect(after.root.signed.keys.has(id)).toBe(false);
    });

    it('is verified by notary and docker, fresh and through the rotation chain', async () => {
      await expectPeersVerify(['v1']);
    });
  });

  describe('when the repository (targets) key is rotated', () => {
    let generated: GeneratedRepositoryKey;
    const oldRepositoryKey = () => loadKeyInput(repositoryKey).signer;

    it('lists the new key in root and re-signs targets with it, in one update', async () => {
      const before = await read();

      const result = await rotateKey({
        ...common,
        reference: repo.name,
        role: 'targets',
        rootKey,
        newRepositoryKeyPassphrase: admin.passphrases.repository,
      });

      generated = result.generatedRepositoryKey!;
      expect(result).toMatchObject({ keyId: generated.keyId, previousKeyIds: [oldRepositoryKey().keyId], resigned: ['root', 'targets'] });
      const after = await read();
      expect(after.root.signed.version).toBe(before.root.signed.version + 1);
      expect(after.root.signed.roles.targets.keyids).toEqual([generated.keyId]);
      expect(after.targets.signed.version).toBe(before.targets.signed.version + 1);
      expect(after.targets.signatures.map((s) => s.keyid)).toEqual([generated.keyId]);
      expect(loadKeyInput({ text: generated.pem, passphrase: admin.passphrases.repository, input: 'k' })).toMatchObject({
        role: 'targets',
        gun: repo.gun,
      });
    });

    it('is verified by notary and docker, fresh and through the rotation chain', async () => {
      await expectPeersVerify(['v1']);
      const [inspected] = (await trustInspect(admin, repo.name)) as Inspected[];
      expect(inspected.AdministrativeKeys).toContainEqual({ Name: 'Repository', Keys: [{ ID: generated.keyId }] });
    });

    it('leaves the old key unable to sign targets: the server and our verification refuse it', async () => {
      const current = await read();
      const forged = await Metadata.sign(current.targets.signed.with({ version: current.targets.signed.version + 1 }), [
        oldRepositoryKey(),
      ]);

      await expect(session.trustServer(variant.notaryUrl).publish(repo.gun, [{ role: 'targets', bytes: forged.bytes }])).rejects.toMatchObject({
        status: 400,
      });
      expect(() => verifyThreshold(forged, current.root.signed.roleKeys('targets'), 1, 'targets')).toThrow(VerificationError);
      await expect(
        signerAdd({ ...common, references: [repo.name], name: 'gina', signerPublicKeys: [generateKeyPub()], repositoryKey }),
      ).rejects.toMatchObject({ code: 'NOT_SIGNER' });
    });

    it('hands back a key docker can use once stored as ~/.docker/trust/private/<file>', async () => {
      await writeFile(join(admin.dockerTrustDir, 'private', generated.fileName), generated.pem, { mode: 0o600 });
      const frank = await generateSignerKey(admin, 'frank');

      await docker(admin, ['trust', 'signer', 'add', '--key', frank, 'frank', repo.name]);

      const [inspected] = (await trustInspect(admin, repo.name)) as Inspected[];
      expect(inspected.Signers.map((s) => s.Name).sort()).toEqual(['alice', 'frank']);
      repositoryKey = { text: generated.pem, passphrase: admin.passphrases.repository, input: 'repository-key' };
    });
  });

  describe('when a signer key is rotated', () => {
    const newAlice = generateKey('ecdsa');

    it('replaces the key in the signer roles and re-signs them with the new key, in one update', async () => {
      const before = await read();
      const newKey = {
        text: exportEncryptedPrivateKey(newAlice, admin.passphrases.repository, { role: 'alice' }),
        passphrase: admin.passphrases.repository,
        input: 'new-signer-key',
      };

      const result = await rotateKey({
        ...common,
        reference: repo.name,
        role: 'signer',
        repositoryKey,
        signer: { name: 'alice', oldKey: oldAlice.keyId, newKey },
      });

      expect(result).toMatchObject({
        keyId: newAlice.keyId,
        previousKeyIds: [oldAlice.keyId],
        resigned: ['targets', 'targets/releases', 'targets/alice'],
      });
      const after = await read();
      expect(after.targets.signed.version).toBe(before.targets.signed.version + 1);
      for (const role of ['targets/alice', 'targets/releases']) {
        const loaded = after.delegations.get(role);
        expect(loaded?.keys.has(oldAlice.keyId)).toBe(false);
        expect(loaded?.metadata?.signatures.map((s) => s.keyid)).toEqual([newAlice.keyId]);
        expect(loaded?.targets.has('v1')).toBe(true);
      }
    });

    it('is shown by docker with the new key and verified, fresh and through the rotation chain', async () => {
      await expectPeersVerify(['v1']);
      const [inspected] = (await trustInspect(admin, repo.name)) as Inspected[];
      expect(inspected.Signers).toContainEqual({ Name: 'alice', Keys: [{ ID: newAlice.keyId }] });
      expect(inspected.SignedTags).toEqual([expect.objectContaining({ SignedTag: 'v1', Signers: ['alice'] })]);
    });

    it('leaves the old key unable to sign and lets docker sign with the new one', async () => {
      const oldKey = { text: await dockerKeyPem(admin, 'alice'), passphrase: admin.passphrases.repository, input: 'signer-key' };
      await makeImage(admin, repo.ref('v2'));
      await pushImage(admin, repo.ref('v2'));
      await expect(
        sign({ ...common, references: [repo.ref('v2')], push: false, runner: noDocker, signerKey: oldKey }),
      ).rejects.toMatchObject({ code: 'NOT_SIGNER' });

      const signerPeer = await createPeerContext(stack, variant);
      try {
        const keyDir = join(signerPeer.dockerTrustDir, 'private');
        await mkdir(keyDir, { recursive: true, mode: 0o700 });
        const pem = exportEncryptedPrivateKey(newAlice, signerPeer.passphrases.repository, { role: 'alice' });
        await writeFile(join(keyDir, `${newAlice.keyId}.key`), pem, { mode: 0o600 });
        await docker(signerPeer, ['trust', 'sign', repo.ref('v2')]);
      } finally {
        await removePeerContext(signerPeer);
      }
      await expectPeersVerify(['v1', 'v2']);
    });

    it('refuses an old key the signer does not have, before publishing', async () => {
      const before = (await read()).targets.signed.version;
      await expect(
        rotateKey({
          ...common,
          reference: repo.name,
          role: 'signer',
          repositoryKey,
          signer: {
            name: 'alice',
            oldKey: oldAlice.keyId,
            newKey: newKeyInput('alice', 'new-signer-key'),
          },
        }),
      ).rejects.toMatchObject({ code: 'INPUT', message: expect.stringContaining('is not a key of signer "alice"') });
      expect((await read()).targets.signed.version).toBe(before);
    });
  });

  describe('when the root key is rotated', () => {
    let keyDirectory: string;
    let oldRootIds: readonly string[];
    let newRootKey: KeyInput;
    let result: Awaited<ReturnType<typeof rotateKey>>;
    const pinTo = (keyIds: readonly string[]) => ({ keyIds });

    beforeAll(async () => {
      keyDirectory = await mkdtemp(join(tmpdir(), 'dct-rotate-root-'));
    });
    afterAll(async () => {
      await rm(keyDirectory, { recursive: true, force: true });
    });

    it('lists a new root certificate and signs root with the old and the new root key, in one update', async () => {
      const before = await read();
      oldRootIds = before.root.signed.roles.root.keyids;

      // A pipeline pinned to the old root can rotate it: the pin checks the root being replaced.
      result = await rotateKey({
        ...common,
        trustPin: oldRootIds[0],
        reference: repo.name,
        role: 'root',
        rootKey,
        newRootKeyPassphrase: admin.passphrases.root,
        keyDirectory,
      });

      const generated = result.generatedRootKey!;
      expect(result).toMatchObject({ role: 'root', previousKeyIds: oldRootIds, resigned: ['root'] });
      expect(oldRootIds).not.toContain(result.keyId);
      const after = await read();
      expect(after.root.signed.version).toBe(before.root.signed.version + 1);
      expect(after.root.signed.roles.root.keyids).toEqual([result.keyId]);
      expect([...validRootKeys(after.root.signed, repo.gun, new Date(), true).keys()]).toEqual([result.keyId]);
      expect(after.root.signatures.map((s) => s.keyid).sort()).toEqual([...oldRootIds, result.keyId].sort());
      // The chain step every client takes: the old root's threshold, then the new root's own keys.
      expect(() => verifyRoot(after.root, { gun: repo.gun, now: new Date(), previous: before.root })).not.toThrow();
      for (const role of ['targets', 'snapshot', 'timestamp'] as const) {
        expect(after.root.signed.roles[role].keyids).toEqual(before.root.signed.roles[role].keyids);
      }
      expect(parseTrustPin(result.rootCertificate!).keyIds).toContain(result.keyId);
      const pem = await readFile(join(keyDirectory, generated.fileName), 'utf8');
      expect(generated.path).toBe(join(keyDirectory, generated.fileName));
      expect(loadKeyInput({ text: pem, passphrase: admin.passphrases.root, input: 'k' })).toMatchObject({ role: 'root' });
      newRootKey = { text: pem, passphrase: admin.passphrases.root, input: 'root-key' };
    });

    it('is verified by notary and docker, fresh and through the rotation chain', async () => {
      // admin cached the root just before this one; firstRootPeer walks every version since the first.
      await expectPeersVerify(['v1', 'v2'], [admin, firstRootPeer]);
      const [inspected] = (await trustInspect(admin, repo.name)) as Inspected[];
      expect(inspected.AdministrativeKeys).toContainEqual({ Name: 'Root', Keys: [{ ID: result.keyId }] });
    });

    it('fails with a trust-pin to the old root key, fresh and through the chain; the new key ID or certificate passes', async () => {
      const check = (trustPin: string) => verify({ ...common, references: [repo.ref('v1')], trustPin });
      expect((await check(oldRootIds[0]!)).references[0]).toMatchObject({ ok: false, reason: 'untrusted-root' });
      await expect(read(undefined, pinTo(oldRootIds))).rejects.toBeInstanceOf(VerificationError);
      await expect(read(firstState, pinTo(oldRootIds))).rejects.toBeInstanceOf(VerificationError);

      expect((await check(result.keyId)).references[0]).toMatchObject({ ok: true });
      expect((await check(result.rootCertificate!)).references[0]).toMatchObject({ ok: true });
      await expect(read(firstState, pinTo([result.keyId]))).resolves.toBeDefined();
    });

    it('signs the next root with the new key only: the old one is refused, notary uses the generated one', async () => {
      await expect(rotateKey({ ...common, reference: repo.name, role: 'snapshot', rootKey })).rejects.toMatchObject({
        code: 'NOT_SIGNER',
      });
      const rotated = await rotateKey({ ...common, reference: repo.name, role: 'snapshot', rootKey: newRootKey });
      expect(rotated.resigned).toEqual(['root']);

      // notary finds the generated key where it keeps root keys and signs a root with it.
      await mkdir(join(admin.notaryDir, 'private'), { recursive: true, mode: 0o700 });
      await writeFile(join(admin.notaryDir, 'private', result.generatedRootKey!.fileName), newRootKey.text, { mode: 0o600 });
      const before = (await read()).root.signed.version;
      await notary(admin, ['key', 'rotate', repo.gun, 'timestamp', '-r']);
      const after = await read();
      expect(after.root.signed.version).toBe(before + 1);
      expect(after.root.signatures.map((s) => s.keyid)).toEqual([result.keyId]);
      await expectPeersVerify(['v1', 'v2']);
    });
  });
});

describe('#rotateKey on a server with token auth', () => {
  const token = stack.variants.token;
  const repo = uniqueRepository(token, 'rotate-auth');
  const tokenCommon = { trustServer: token.notaryUrl, trustServerCa: stack.caPem, env: {} };
  const rootKey = newKeyInput('root', 'root-key');

  beforeAll(async () => {
    await signerAdd({
      ...tokenCommon,
      ...ADMIN,
      references: [repo.name],
      name: 'ci',
      signerPublicKeys: [generateKeyPub()],
      repositoryKey: newKeyInput('targets', 'repository-key'),
      rootKey,
    });
  });

  it('needs `*` access to have the server rotate its key', async () => {
    await expect(rotateKey({ ...tokenCommon, ...SIGNER, reference: repo.name, role: 'timestamp', rootKey })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const result = await rotateKey({ ...tokenCommon, ...ADMIN, reference: repo.name, role: 'timestamp', rootKey });
    expect(result.resigned).toEqual(['root']);
  });
});

function newKeyInput(role: string, input: string): KeyInput {
  const passphrase = 'test-passphrase';
  return { text: exportEncryptedPrivateKey(generateKey('ecdsa'), passphrase, { role }), passphrase, input };
}

function generateKeyPub(): string {
  return exportPublicKeyPem(generateKey('ecdsa'));
}
