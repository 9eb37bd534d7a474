// The trust state file against hostile trust servers: a replay of trust data
// captured before later signs, and another root for the same repository.
// With the state file the sign and the verify refuse them and post nothing;
// without it they are accepted (with a first-use warning), which shows that
// what the fake serves is valid trust data and only the saved state tells it
// apart.

import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VerificationError } from '../../src/errors.ts';
import { exportEncryptedPrivateKey, generateKey } from '../../src/keys/index.ts';
import type { Logger } from '../../src/logger.ts';
import type { CommandRunner } from '../../src/operations/command-runner.ts';
import type { KeyInput } from '../../src/operations/inputs.ts';
import type { Session } from '../../src/operations/session.ts';
import { refresh } from './support/as-given.ts';
import { sign } from './support/as-given.ts';
import { verify } from './support/as-given.ts';
import { readTrustStateFile } from '../../src/trust/trust-state.ts';
import { FileMeta } from '../../src/tuf/file-meta.ts';
import { RELEASES } from '../../src/tuf/role.ts';
import { coreSession } from '../support/core.ts';
import { FakeTrustServer, recordRoles, type RoleFiles } from '../support/fake-trust-server.ts';
import { uniqueRepository } from '../support/peers.ts';
import { pushOciIndex, type Descriptor } from '../support/registry-api.ts';
import { RepositoryBuilder } from '../tuf/support/repository-builder.ts';

const stack = inject('stack');
const variant = stack.variants.open;
const ROLES = ['root', 'timestamp', 'snapshot', 'targets', 'targets/releases', 'targets/ci'];
const PASSPHRASE = 'trust-state-test';

/** push is off: a runner that must never be called. */
const noDocker: CommandRunner = { run: () => Promise.reject(new Error('docker must not be run')) };

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug() {}, info() {}, warning: (m) => warnings.push(m) };
}

describe('a trust state kept across runs, against hostile trust servers', () => {
  const repo = uniqueRepository(variant, 'state');
  const dir = mkdtempSync(join(tmpdir(), 'dct-state-stack-'));
  const statePath = join(dir, 'state.json');
  const sessions: Session[] = [];
  const fakes: FakeTrustServer[] = [];
  const signer = generateKey('ecdsa');
  const keyInput = (key = signer, role = 'ci', input = 'signer-key'): KeyInput => ({
    text: exportEncryptedPrivateKey(key, PASSPHRASE, { role, gun: repo.gun }),
    passphrase: PASSPHRASE,
    input,
  });
  const real = { trustServer: variant.notaryUrl, trustServerCa: stack.caPem, env: {} };
  const images = new Map<string, Descriptor>();
  let captured: RoleFiles;

  /** A copy of the state file, so that each case starts from the same saved state. */
  let copies = 0;
  const stateCopy = () => {
    const path = join(dir, `copy-${copies++}.json`);
    copyFileSync(statePath, path);
    return path;
  };

  async function fake(files: RoleFiles): Promise<FakeTrustServer> {
    const server = await FakeTrustServer.start(repo.gun, new Map(files));
    fakes.push(server);
    return server;
  }

  const signAt = (url: string, tag: string, options: { trustState?: string; logger?: Logger } = {}) =>
    sign({ ...real, trustServer: url, push: false, runner: noDocker, references: [repo.ref(tag)], signerKey: keyInput(), ...options });

  beforeAll(async () => {
    for (const tag of ['v1', 'v2', 'v3']) images.set(tag, await pushOciIndex(variant.registryUrl, repo.path, tag));
    // Run 1 creates the repository, run 2 signs again; both keep the state file.
    await sign({
      ...real,
      push: false,
      runner: noDocker,
      references: [repo.ref('v1')],
      signerKey: keyInput(),
      signerName: 'ci',
      rootKey: keyInput(generateKey('ecdsa'), 'root', 'root-key'),
      repositoryKey: keyInput(generateKey('ecdsa'), 'targets', 'repository-key'),
      trustState: statePath,
    });
    const session = coreSession(stack);
    sessions.push(session);
    captured = await recordRoles(session.trustServer(variant.notaryUrl), repo.gun, ROLES);
    await signAt(variant.notaryUrl, 'v2', { trustState: statePath });
  });
  afterAll(async () => {
    await Promise.all([...sessions.map((s) => s.close()), ...fakes.map((f) => f.close())]);
  });

  it('saved the versions the second sign published, above the captured ones', () => {
    const saved = readTrustStateFile(statePath).get(repo.gun)!;
    const replayed = JSON.parse(Buffer.from(captured.get(RELEASES)!).toString()) as { signed: { version: number } };
    expect(saved.versions[RELEASES]).toBeGreaterThan(replayed.signed.version);
  });

  describe('when a server replays trust data captured before later signs', () => {
    it('is refused by verify with the state file, which stays as it was', async () => {
      const server = await fake(captured);
      const trustState = stateCopy();
      const before = readFileSync(trustState);
      const result = await verify({ ...real, trustServer: server.url, references: [repo.ref('v1')], trustState });
      expect(result.ok).toBe(false);
      expect(result.references[0]).toMatchObject({ reason: 'invalid-trust-data' });
      expect(result.references[0]!.message).toMatch(/older than the trusted version/);
      expect(readFileSync(trustState).equals(before)).toBe(true);
      expect(server.posts).toBe(0);
    });

    it('is refused by sign with the state file, and nothing is published', async () => {
      const server = await fake(captured);
      const trustState = stateCopy();
      const error: unknown = await signAt(server.url, 'v3', { trustState }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VerificationError);
      expect(error).toMatchObject({ code: 'ROLLBACK' });
      expect(server.posts).toBe(0);
    });

    it('is refused by refresh with the state file, and nothing is published', async () => {
      const server = await fake(captured);
      const error: unknown = await refresh({
        ...real,
        trustServer: server.url,
        reference: repo.name,
        signerKey: keyInput(),
        expiringWithinMs: 100 * 365 * 24 * 3600_000,
        trustState: stateCopy(),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VerificationError);
      expect(error).toMatchObject({ code: 'ROLLBACK' });
      expect(server.posts).toBe(0);
    });

    it('verifies without the state file, so the replay is valid trust data', async () => {
      const server = await fake(captured);
      const logger = recordingLogger();
      const result = await verify({ ...real, trustServer: server.url, references: [repo.ref('v1')], logger });
      expect(result.references[0]).toMatchObject({ ok: true, signedDigest: images.get('v1')!.digest });
      expect(logger.warnings.join('\n')).toMatch(/trusted on first use/);
      expect(server.posts).toBe(0);
    });
  });

  describe('when a server has another root for the same repository', () => {
    let other: RoleFiles;
    beforeAll(async () => {
      // Valid trust data for the same GUN, under a root nobody saved: what a compromised or swapped server could serve.
      const b = new RepositoryBuilder({ gun: repo.gun, now: new Date() });
      b.delegate(RELEASES);
      const v1 = images.get('v1')!;
      b.addTarget(RELEASES, 'v1', new FileMeta({ length: v1.size, hashes: { sha256: Buffer.from(v1.digest.slice(7), 'hex') } }));
      other = await b.publish();
    });

    it('is refused by verify with the state file', async () => {
      const server = await fake(other);
      const result = await verify({ ...real, trustServer: server.url, references: [repo.ref('v1')], trustState: stateCopy() });
      expect(result.references[0]).toMatchObject({ ok: false, reason: 'untrusted-root' });
      expect(server.posts).toBe(0);
    });

    it('is refused by sign with the state file, and nothing is published', async () => {
      const server = await fake(other);
      const error: unknown = await signAt(server.url, 'v3', { trustState: stateCopy() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VerificationError);
      expect(error).toMatchObject({ role: 'root' });
      expect(server.posts).toBe(0);
    });

    it('is accepted by verify with a first-use warning without the state file', async () => {
      const server = await fake(other);
      const logger = recordingLogger();
      const result = await verify({ ...real, trustServer: server.url, references: [repo.ref('v1')], logger });
      expect(result.references[0]).toMatchObject({ ok: true });
      expect(logger.warnings.join('\n')).toMatch(/trusted on first use.*trust-pin.*trust-state/);
      expect(server.posts).toBe(0);
    });

    it('is refused by verify with require-pin and no state file', async () => {
      const server = await fake(other);
      const result = await verify({ ...real, trustServer: server.url, references: [repo.ref('v1')], requirePin: true });
      expect(result.references[0]).toMatchObject({ ok: false, reason: 'untrusted-root' });
      expect(result.references[0]!.message).toMatch(/require-pin/);
      expect(server.posts).toBe(0);
    });
  });

  describe('when a server that holds the snapshot and timestamp keys changes a delegation seen before', () => {
    /** A repository of the same GUN whose targets and targets/releases both release v1; releases also v2, at version 2. */
    async function served() {
      const b = new RepositoryBuilder({ gun: repo.gun, now: new Date() });
      const meta = (tag: string) => {
        const image = images.get(tag)!;
        return new FileMeta({ length: image.size, hashes: { sha256: Buffer.from(image.digest.slice(7), 'hex') } });
      };
      b.addTarget('targets', 'v1', meta('v1'));
      // ci's key signs targets/releases, so that sign could re-sign it.
      b.delegate(RELEASES, { keys: [signer] });
      b.addTarget(RELEASES, 'v1', meta('v1'));
      await b.publish();
      b.addTarget(RELEASES, 'v2', meta('v2'));
      const server = await fake(await b.publish());
      const trustState = join(dir, `served-${copies++}.json`);
      const first = await verify({ ...real, trustServer: server.url, references: [repo.ref('v1')], trustState });
      expect(first.ok).toBe(true);
      return { b, server, trustState };
    }

    const verifyAgain = (server: FakeTrustServer, trustState: string) =>
      verify({ ...real, trustServer: server.url, references: [repo.ref('v1')], trustState });

    it('saved targets/releases on the first verify', async () => {
      const { trustState } = await served();
      expect(readTrustStateFile(trustState).get(repo.gun)!.versions[RELEASES]).toBe(2);
    });

    it('refuses an older, still valid targets/releases with a fresh snapshot and timestamp on the next verify', async () => {
      const { b, server, trustState } = await served();
      b.ingest([{ role: RELEASES, bytes: b.store.version(RELEASES, 1) }]);
      server.files = await b.publish();
      const result = await verifyAgain(server, trustState);
      expect(result.references[0]).toMatchObject({ ok: false, reason: 'invalid-trust-data' });
      expect(result.references[0]!.message).toMatch(/targets\/releases: version 1 is older than the trusted version 2/);
    });

    it('refuses targets/releases left out of a fresh snapshot, rather than resolve v1 from targets', async () => {
      const { b, server, trustState } = await served();
      b.omitFromSnapshot(RELEASES);
      server.files = await b.publish();
      const result = await verifyAgain(server, trustState);
      expect(result.references[0]).toMatchObject({ ok: false, reason: 'invalid-trust-data' });
      expect(result.references[0]!.message).toMatch(/targets\/releases: is missing from the snapshot/);
    });

    it('refuses, in sign, targets/releases left out of a fresh snapshot, rather than restart it at version 1 without v1 and v2', async () => {
      const { b, server, trustState } = await served();
      b.omitFromSnapshot(RELEASES);
      server.files = await b.publish();
      const error: unknown = await signAt(server.url, 'v3', { trustState }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VerificationError);
      expect(error).toMatchObject({ role: RELEASES, code: 'ROLLBACK' });
      expect(server.posts).toBe(0);
    });

    it('refuses targets/releases served without a valid signature, rather than skip it as notary does', async () => {
      const { b, server, trustState } = await served();
      b.signWith(RELEASES, [generateKey('ecdsa')]).removeTarget(RELEASES, 'v2');
      server.files = await b.publish();
      const result = await verifyAgain(server, trustState);
      expect(result.references[0]).toMatchObject({ ok: false, reason: 'invalid-trust-data' });
      expect(result.references[0]!.message).toMatch(/targets\/releases: no valid signature from a trusted key, but version 2 was verified before/);
    });
  });

  describe('when a server answers 404 for a repository the state file holds', () => {
    it('is refused by sign, naming trust-state-forget, and nothing is published', async () => {
      const server = await fake(new Map());
      const error: unknown = await signAt(server.url, 'v3', { trustState: stateCopy() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VerificationError);
      expect(error).toMatchObject({ role: 'root', code: 'ROLLBACK' });
      expect((error as Error).message).toMatch(new RegExp(`trust-state-forget ${repo.gun}`));
      expect(server.posts).toBe(0);
    });
  });

  describe('when sign creates a repository with require-pin', () => {
    it('signs, since the root is its own, and saves it', async () => {
      const fresh = uniqueRepository(variant, 'state-new');
      await pushOciIndex(variant.registryUrl, fresh.path, 'v1');
      const trustState = join(dir, 'new.json');
      const logger = recordingLogger();
      const result = await sign({
        ...real,
        push: false,
        runner: noDocker,
        references: [fresh.ref('v1')],
        signerKey: keyInput(),
        signerName: 'ci',
        rootKey: keyInput(generateKey('ecdsa'), 'root', 'root-key'),
        repositoryKey: keyInput(generateKey('ecdsa'), 'targets', 'repository-key'),
        trustState,
        requirePin: true,
        logger,
      });
      expect(result.signed).toHaveLength(1);
      expect(logger.warnings.join('\n')).not.toMatch(/first use/);
      expect(readTrustStateFile(trustState).get(fresh.gun)!.versions[RELEASES]).toBeGreaterThanOrEqual(1);
    });
  });

  describe('when the real server has moved on', () => {
    it('verifies and saves the newer state', async () => {
      const trustState = stateCopy();
      const result = await verify({ ...real, references: [repo.ref('v2')], trustState });
      expect(result.ok).toBe(true);
      expect(readTrustStateFile(trustState).get(repo.gun)!.root).toBeDefined();
    });
  });
});
