// Key rotation without a server: the root and targets edits the rotations
// publish, and the inputs rotateKey and refresh refuse before any request
// (the trust server here does not exist).

import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { createRootCertificate, exportEncryptedPrivateKey, generateKey } from '../../src/keys/index.ts';
import { refresh } from '../../src/operations/refresh.ts';
import { rotateKey } from '../../src/operations/rotate-key.ts';
import { withBaseRoleKey, withRootCertificate, withSignerKeyReplaced } from '../../src/trust/rotation.ts';
import { withSigner } from '../../src/trust/repository-admin.ts';
import { parseRepository } from '../../src/registry/reference.ts';
import { rotateKeySpec } from '../../src/commands/rotate-key.ts';
import { RootRole } from '../../src/tuf/role.ts';
import { Root } from '../../src/tuf/root.ts';
import { Targets } from '../../src/tuf/targets.ts';

const offline = { trustServer: 'https://127.0.0.1:1', env: {}, reference: parseRepository('127.0.0.1:5000/app') };
const keyInput = (role: string, input: string) => ({
  text: exportEncryptedPrivateKey(generateKey('ecdsa'), 'passphrase', { role }),
  passphrase: 'passphrase',
  input,
});

describe('#withBaseRoleKey', () => {
  const root = createRootCertificate(generateKey('ecdsa'), 'example.com/app').publicKey;
  const [targets, snapshot, timestamp, next] = [1, 2, 3, 4].map(() => generateKey('ecdsa').publicKey);
  const base = new Root({
    version: 3,
    expires: new Date('2030-01-01T00:00:00Z'),
    keys: new Map([root, targets!, snapshot!, timestamp!].map((k) => [k.id, k])),
    roles: {
      root: new RootRole({ keyids: [root.id], threshold: 1 }),
      targets: new RootRole({ keyids: [targets!.id], threshold: 1 }),
      snapshot: new RootRole({ keyids: [snapshot!.id], threshold: 1 }),
      timestamp: new RootRole({ keyids: [timestamp!.id], threshold: 1 }),
    },
    consistentSnapshot: false,
  });

  test.each(['targets', 'snapshot', 'timestamp'] as const)('replaces the %s key and drops the old one', (role) => {
    const rotated = withBaseRoleKey(base, role, next!);

    expect(rotated.roles[role].keyids).toEqual([next!.id]);
    expect(rotated.keys.get(next!.id)).toBe(next);
    expect(rotated.keys.has(base.roles[role].keyids[0]!)).toBe(false);
    expect(rotated.keys.has(root.id)).toBe(true);
    expect(rotated.keys.size).toBe(4);
  });

  it('keeps a key another role still lists', () => {
    const shared = new Root({ ...base, roles: { ...base.roles, snapshot: new RootRole({ keyids: [targets!.id], threshold: 1 }) } });
    const rotated = withBaseRoleKey(shared, 'targets', next!);
    expect(rotated.keys.has(targets!.id)).toBe(true);
  });
});

describe('#withRootCertificate', () => {
  const gun = 'example.com/app';
  const [oldRoot, newRoot] = [1, 2].map(() => createRootCertificate(generateKey('ecdsa'), gun).publicKey);
  const others = [1, 2, 3].map(() => generateKey('ecdsa').publicKey);
  const base = new Root({
    version: 3,
    expires: new Date('2030-01-01T00:00:00Z'),
    keys: new Map([oldRoot!, ...others].map((k) => [k.id, k])),
    roles: {
      root: new RootRole({ keyids: [oldRoot!.id], threshold: 1 }),
      targets: new RootRole({ keyids: [others[0]!.id], threshold: 1 }),
      snapshot: new RootRole({ keyids: [others[1]!.id], threshold: 1 }),
      timestamp: new RootRole({ keyids: [others[2]!.id], threshold: 1 }),
    },
    consistentSnapshot: false,
  });

  it('makes the new certificate the only root key and keeps the old one among the keys, as notary does', () => {
    const rotated = withRootCertificate(base, newRoot!);

    expect(rotated.roles.root.keyids).toEqual([newRoot!.id]);
    expect(rotated.roles.root.threshold).toBe(1);
    expect(rotated.keys.get(newRoot!.id)).toBe(newRoot);
    expect(rotated.keys.has(oldRoot!.id)).toBe(true);
    for (const role of ['targets', 'snapshot', 'timestamp'] as const) expect(rotated.roles[role]).toBe(base.roles[role]);
  });
});

describe('#withSignerKeyReplaced', () => {
  const [aliceOld, aliceNew, bob] = [1, 2, 3].map(() => generateKey('ecdsa').publicKey);
  const empty = Targets.empty({ version: 1, expires: new Date('2030-01-01T00:00:00Z') });

  it('replaces the key in targets/<name> and targets/releases and drops it', () => {
    const targets = withSigner(withSigner(empty, 'alice', [aliceOld!]), 'bob', [bob!]);

    const next = withSignerKeyReplaced(targets, 'alice', [aliceOld!.id], aliceNew!);

    expect(next.delegation('targets/alice')?.keyids).toEqual([aliceNew!.id]);
    expect(next.delegation('targets/releases')?.keyids).toEqual([bob!.id, aliceNew!.id]);
    expect(next.delegation('targets/bob')?.keyids).toEqual([bob!.id]);
    expect(next.delegationKeys.has(aliceOld!.id)).toBe(false);
    expect(next.delegationKeys.get(aliceNew!.id)).toBe(aliceNew);
  });

  it('keeps in targets/releases an old key another signer also signs with', () => {
    const targets = withSigner(withSigner(empty, 'alice', [aliceOld!]), 'carol', [aliceOld!]);

    const next = withSignerKeyReplaced(targets, 'alice', [aliceOld!.id], aliceNew!);

    expect(next.delegation('targets/alice')?.keyids).toEqual([aliceNew!.id]);
    expect(next.delegation('targets/carol')?.keyids).toEqual([aliceOld!.id]);
    expect(next.delegation('targets/releases')?.keyids).toEqual([aliceOld!.id, aliceNew!.id]);
    expect(next.delegationKeys.has(aliceOld!.id)).toBe(true);
  });
});

describe('#rotateKey', () => {
  describe('when an input is missing or wrong', () => {
    test.each([
      ['an unknown role', { role: 'releases' }, 'key-role'],
      ['root without the old root key', { role: 'root' }, 'root-key'],
      ['root without a new key or passphrase', { role: 'root', rootKey: keyInput('root', 'root-key') }, 'new-root-key-passphrase'],
      ['snapshot without the root key', { role: 'snapshot' }, 'root-key'],
      ['timestamp without the root key', { role: 'timestamp' }, 'root-key'],
      [
        'targets without a new key or passphrase',
        { role: 'targets', rootKey: keyInput('root', 'root-key') },
        'new-repository-key-passphrase',
      ],
      ['signer without a name', { role: 'signer', repositoryKey: keyInput('targets', 'repository-key') }, 'signer-name'],
      [
        'signer without the repository key',
        { role: 'signer', signer: { name: 'alice', newKey: keyInput('alice', 'new-signer-key') } },
        'repository-key',
      ],
      [
        'signer with an invalid name',
        { role: 'signer', repositoryKey: keyInput('targets', 'r'), signer: { name: 'Alice', newKey: keyInput('alice', 'n') } },
        'signer-name',
      ],
    ])('refuses %s before any request', async (_, change, input) => {
      await expect(rotateKey({ ...offline, ...change })).rejects.toMatchObject({ code: 'INPUT', input });
    });

    // The command layer parses the reference, once, before the operation runs.
    it('refuses a tagged reference before any request', () => {
      const tags = rotateKeySpec.inputs.find((i) => i.name === 'tags')!;
      expect(() => tags.parse!('127.0.0.1:5000/app:v1', 'tags')).toThrow(expect.objectContaining({ code: 'INPUT', input: 'tags' }));
    });
  });
});

describe('#rotateKey with keyDirectory', () => {
  const targets = { ...offline, role: 'targets', rootKey: keyInput('root', 'root-key') };

  it('writes a generated repository key owner-only, as docker names it, before publishing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dct-rotate-'));
    // The trust server does not exist: the publish fails, and the key is written already.
    const failure = await rotateKey({ ...targets, newRepositoryKeyPassphrase: 'new-pass-1', keyDirectory: dir }).catch((err: unknown) => err);
    expect(failure).toMatchObject({ code: expect.not.stringMatching(/^INPUT$/) });
    const [file, ...more] = await readdir(dir);
    expect(more).toEqual([]);
    expect(file).toMatch(/^[0-9a-f]{64}\.key$/);
    expect((await stat(join(dir, file!))).mode & 0o777).toBe(0o600);
    expect(await readFile(join(dir, file!), 'utf8')).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n(.+\n)*role: targets\n/);
  });

  it('writes a generated root key as docker stores root keys, before publishing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dct-rotate-'));
    const failure = await rotateKey({ ...targets, role: 'root', newRootKeyPassphrase: 'new-pass-1', keyDirectory: dir }).catch(
      (err: unknown) => err,
    );
    expect(failure).toMatchObject({ code: expect.not.stringMatching(/^INPUT$/) });
    const [file, ...more] = await readdir(dir);
    expect(more).toEqual([]);
    expect(file).toMatch(/^[0-9a-f]{64}\.key$/);
    expect((await stat(join(dir, file!))).mode & 0o777).toBe(0o600);
    const pem = await readFile(join(dir, file!), 'utf8');
    expect(pem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n(.+\n)*role: root\n/);
    expect(pem).not.toMatch(/^gun:/m);
  });

  it('refuses a directory it cannot write to before any request', async () => {
    await expect(
      rotateKey({ ...targets, newRepositoryKeyPassphrase: 'new-pass-1', keyDirectory: '/nonexistent/dct-sign' }),
    ).rejects.toMatchObject({ code: 'INPUT', input: 'key-directory', message: expect.stringContaining('not a writable directory') });
  });

  it('needs no directory when the new key is given', async () => {
    const failure = await rotateKey({
      ...targets,
      newRepositoryKey: keyInput('targets', 'new-repository-key'),
      keyDirectory: '/nonexistent/dct-sign',
    }).catch((err: unknown) => err);
    expect(failure).toMatchObject({ code: expect.not.stringMatching(/^INPUT$/) });
  });
});

describe('#refresh', () => {
  it('refuses to run without a key', async () => {
    await expect(refresh({ ...offline })).rejects.toMatchObject({ code: 'INPUT', input: 'signer-key' });
  });
});
