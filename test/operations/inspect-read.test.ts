// readTrustTree, the reader of verify, inspect and revoke, with a trust state
// file kept across two runs against an in-memory trust server that holds
// the snapshot and timestamp keys (as notary-server does): between the runs
// it replays, withholds or serves unsigned a delegation the first run read,
// each time with a fresh snapshot and timestamp.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VerificationError } from '../../src/errors.ts';
import { generateKey } from '../../src/keys/index.ts';
import type { Logger } from '../../src/logger.ts';
import { readTrustTree } from '../../src/operations/inspect-read.ts';
import { readTrustStateFile, TrustBook } from '../../src/trust/trust-state.ts';
import { RELEASES, TARGETS } from '../../src/tuf/role.ts';
import { GUN, NOW, RepositoryBuilder } from '../tuf/support/repository-builder.ts';
import { InMemoryTrustServer } from '../tuf/support/trust-server.ts';

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug() {}, info() {}, warning: (m) => warnings.push(m) };
}

/** One command's read: the state file read before, saved after, as verify does. */
async function run(server: InMemoryTrustServer, path: string, logger: Logger = recordingLogger()) {
  const trustState = new TrustBook({ path, pinned: true, logger });
  const tree = await readTrustTree({ server, gun: GUN, trustState, now: () => NOW, logger });
  await trustState.save();
  return tree;
}

async function rejection(promise: Promise<unknown>): Promise<VerificationError> {
  const err: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(VerificationError);
  return err as VerificationError;
}

/** targets/releases at version 2 (tags v1, v2) and targets/ci, read once by a run that kept the state file. */
async function afterFirstRun() {
  const b = new RepositoryBuilder();
  b.addTarget(TARGETS, 'latest', 'manifest latest');
  b.delegate(RELEASES);
  b.addTarget(RELEASES, 'v1', 'manifest v1');
  b.delegate('targets/ci');
  b.addTarget('targets/ci', 'v1', 'manifest v1');
  await b.publish();
  b.addTarget(RELEASES, 'v2', 'manifest v2');
  await b.publish();
  const server = new InMemoryTrustServer(b);
  const path = join(mkdtempSync(join(tmpdir(), 'dct-inspect-read-')), 'state.json');
  await run(server, path);
  return { b, server, path };
}

describe('#readTrustTree', () => {
  describe('with a trust state kept across runs', () => {
    it('saves every delegation it read, not only the base roles', async () => {
      const { path } = await afterFirstRun();
      expect(readTrustStateFile(path).get(GUN)!.versions).toMatchObject({ [RELEASES]: 2, 'targets/ci': 1 });
    });

    describe('when the server replays an older, still valid targets/releases with a fresh snapshot and timestamp', () => {
      it('refuses it on the next run as a rollback naming the role', async () => {
        const { b, server, path } = await afterFirstRun();
        b.ingest([{ role: RELEASES, bytes: b.store.version(RELEASES, 1) }]);
        await b.publish();
        const err = await rejection(run(server, path));
        expect(err).toMatchObject({ role: RELEASES, code: 'ROLLBACK' });
        expect(err.message).toMatch(/version 1 is older than the trusted version 2/);
      });
    });

    describe('when the server leaves targets/releases out of a fresh snapshot', () => {
      it('refuses the read rather than resolve the tags from another role', async () => {
        const { b, server, path } = await afterFirstRun();
        b.omitFromSnapshot(RELEASES);
        await b.publish();
        const err = await rejection(run(server, path));
        expect(err).toMatchObject({ role: RELEASES, code: 'ROLLBACK' });
      });
    });

    describe('when the server serves targets/releases without a valid signature', () => {
      it('refuses the read instead of skipping the role as notary does', async () => {
        const { b, server, path } = await afterFirstRun();
        b.signWith(RELEASES, [generateKey('ecdsa')]).addTarget(RELEASES, 'v3', 'manifest v3');
        await b.publish();
        const err = await rejection(run(server, path));
        expect(err).toMatchObject({ role: RELEASES, code: 'ROLLBACK', check: 'rollback' });
      });
    });

    describe('when the parent dropped the role in a newer version', () => {
      it('reads the tree without it', async () => {
        const { b, server, path } = await afterFirstRun();
        b.undelegate('targets/ci');
        await b.publish();
        const { repo, skipped } = await run(server, path);
        expect(skipped).toEqual([]);
        expect(repo!.delegations.has('targets/ci')).toBe(false);
        expect(readTrustStateFile(path).get(GUN)!.versions['targets/ci']).toBeUndefined();
      });
    });

    describe('when the parent changed the role\'s keys in a newer version (signer-remove)', () => {
      it('skips the role the old keys signed, as notary does, and warns', async () => {
        const { b, server, path } = await afterFirstRun();
        b.delegate(RELEASES, { published: false });
        await b.publish();
        const logger = recordingLogger();
        const { repo, skipped } = await run(server, path, logger);
        expect(repo).not.toBeNull();
        expect(skipped.map((s) => s.role)).toEqual([RELEASES]);
        expect(logger.warnings.join('\n')).toMatch(/ignoring targets\/releases/);
        // Its version still bounds a later run.
        expect(readTrustStateFile(path).get(GUN)!.versions[RELEASES]).toBe(2);
      });
    });
  });

  describe('without a trust state', () => {
    it('skips a delegation without a valid signature, as notary does', async () => {
      const { b, server } = await afterFirstRun();
      b.signWith(RELEASES, [generateKey('ecdsa')]).addTarget(RELEASES, 'v3', 'manifest v3');
      await b.publish();
      const { skipped } = await readTrustTree({ server, gun: GUN, now: () => NOW });
      expect(skipped.map((s) => s.role)).toEqual([RELEASES]);
    });
  });
});
