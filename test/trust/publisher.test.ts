import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { DctError, HttpError, VerificationError } from '../../src/errors.ts';
import { generateKey, type SigningKey } from '../../src/keys/index.ts';
import type { Logger } from '../../src/logger.ts';
import { addTargets, type TargetSpec } from '../../src/trust/changes.ts';
import { NetworkError } from '../../src/http/errors.ts';
import { isConflict, publishChange, readRepository, type PublishOptions } from '../../src/trust/publisher.ts';
import { TrustBook, writeTrustStateFile } from '../../src/trust/trust-state.ts';
import { RELEASES, ROOT, TARGETS, TIMESTAMP } from '../../src/tuf/role.ts';
import { DAY } from '../../src/tuf/time.ts';
import type { TrustedRepository } from '../../src/tuf/trusted-repository.ts';
import { GUN, NOW, RepositoryBuilder } from '../tuf/support/repository-builder.ts';
import { conflictError, InMemoryTrustServer } from '../tuf/support/trust-server.ts';

function spec(name: string): TargetSpec {
  const bytes = Buffer.from(`manifest ${name}`);
  return { name, sha256: createHash('sha256').update(bytes).digest('hex'), length: bytes.length };
}

/** A published repository where `alice` signs into targets/releases, behind an in-memory server. */
async function served() {
  const alice = generateKey('ecdsa');
  const b = new RepositoryBuilder();
  b.delegate(RELEASES, { keys: [alice] });
  b.addTarget(RELEASES, 'v1', 'manifest v1');
  await b.publish();
  return { b, alice, server: new InMemoryTrustServer(b) };
}

function options(server: InMemoryTrustServer, extra: Partial<PublishOptions> = {}): PublishOptions {
  return { server, gun: GUN, now: () => NOW, backoffMs: 0, delegations: [RELEASES], ...extra };
}

/** The change `docker trust sign` makes: one target into every role alice can sign. */
function signing(alice: SigningKey, name: string, seen: (TrustedRepository | null)[] = []) {
  return async (repo: TrustedRepository | null, now: Date) => {
    seen.push(repo);
    const r = await addTargets(repo!, [alice], [spec(name)], now);
    return { files: r.files, result: r.roles };
  };
}

/** Another publisher lands a target in targets/releases just before the given attempts are judged. */
function concurrentPublishes(b: RepositoryBuilder, server: InMemoryTrustServer, attempts: readonly number[] | 'all') {
  server.beforePublish = async (attempt) => {
    if (attempts !== 'all' && !attempts.includes(attempt)) return;
    b.addTarget(RELEASES, `theirs-${attempt}`, `manifest theirs-${attempt}`);
    await b.publish();
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => err,
  );
}

describe('#isConflict', () => {
  test.each<[string, boolean, unknown]>([
    ['400 VERSION', true, conflictError(400, 'VERSION')],
    ['500 UPDATING', true, conflictError(500, 'UPDATING')],
    ['409', true, conflictError(409, 'CONFLICT')],
    ['400 with another code', false, conflictError(400, 'MANIFEST_INVALID')],
    ['500 with another code', false, conflictError(500, 'UNKNOWN')],
    ['401', false, conflictError(401, 'UNAUTHORIZED')],
    ['a DctError', false, new DctError('CONFLICT', 'x')],
    ['a plain Error', false, new Error('VERSION')],
    ['a string', false, 'VERSION'],
  ])('%s → %s', (_, expected, err) => {
    expect(isConflict(err)).toBe(expected);
  });
});

describe('#readRepository', () => {
  describe('when the server has no trust data for the repository', () => {
    it('returns null', async () => {
      const server = new InMemoryTrustServer(new RepositoryBuilder());
      await expect(readRepository(options(server))).resolves.toBeNull();
    });

    describe('but the trust state holds its root (deleted, or withheld by the server)', () => {
      async function known() {
        const { b } = await served();
        const { repo } = await b.load({ delegations: [RELEASES] });
        const path = join(mkdtempSync(join(tmpdir(), 'dct-publisher-')), 'state.json');
        await writeTrustStateFile(path, new Map([[GUN, repo.state]]));
        return { path, empty: new InMemoryTrustServer(new RepositoryBuilder()) };
      }

      it('refuses it, saying how to accept a repository created again on purpose', async () => {
        const { path, empty } = await known();
        const err = await rejection(readRepository(options(empty, { trustState: new TrustBook({ path, pinned: false }) })));
        expect(err).toBeInstanceOf(VerificationError);
        expect(err).toMatchObject({ role: ROOT, code: 'ROLLBACK' });
        expect((err as Error).message).toMatch(new RegExp(`404 for root.*trust-state-forget ${GUN}`));
      });

      it('never lets a change start the repository afresh, as sign would', async () => {
        const { path, empty } = await known();
        const seen: (TrustedRepository | null)[] = [];
        const trustState = new TrustBook({ path, pinned: false });
        const err = await rejection(publishChange(options(empty, { trustState }), signing(generateKey('ecdsa'), 'v2', seen)));
        expect(err).toMatchObject({ role: ROOT, code: 'ROLLBACK' });
        expect(seen).toEqual([]);
        expect(empty.publishes).toEqual([]);
      });

      it('returns null, a first use, once trust-state-forget dropped the repository', async () => {
        const { path, empty } = await known();
        const trustState = new TrustBook({ path, pinned: false, forget: [GUN] });
        await expect(readRepository(options(empty, { trustState }))).resolves.toBeNull();
      });
    });
  });

  describe('when it has', () => {
    it('verifies it at the time `now` gives, with the delegations asked for in the first wave', async () => {
      const { server } = await served();
      const repo = await readRepository(options(server));
      expect(repo?.delegations.get(RELEASES)?.targets.has('v1')).toBe(true);
      expect(server.reads.sort()).toEqual(['root.json', 'snapshot.json', 'targets.json', `${RELEASES}.json`, 'timestamp.json']);
      const err = await rejection(readRepository(options(server, { now: () => new Date(NOW.getTime() + 30 * DAY) })));
      expect(err).toMatchObject({ code: 'EXPIRED', role: TIMESTAMP });
    });

    it('passes the previous state on, for rollback checks', async () => {
      const { server } = await served();
      const err = await rejection(readRepository(options(server, { previous: { versions: { [TARGETS]: 7 } } })));
      expect(err).toBeInstanceOf(VerificationError);
      expect(err).toMatchObject({ code: 'ROLLBACK', role: TARGETS });
    });

    it('passes the pin on', async () => {
      const { server } = await served();
      const err = await rejection(readRepository(options(server, { pin: { keyIds: [generateKey('ecdsa').keyId] } })));
      expect(err).toBeInstanceOf(VerificationError);
    });
  });
});

/** What the transport throws when a publish was sent whole and no answer came back. */
function lostAnswer(): NetworkError {
  return new NetworkError({
    url: 'https://notary.example.com/v2/example.com/org/app/_trust/tuf/',
    method: 'POST',
    reason: 'the connection was closed before an answer (ECONNRESET)',
    target: 'trust server https://notary.example.com',
    outcomeUnknown: true,
  });
}

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, debug: () => {}, info: (m) => lines.push(`info: ${m}`), warning: (m) => lines.push(`warning: ${m}`) };
}

describe('#publishChange', () => {
  describe('when the answer to a publish is lost after the server applied it', () => {
    it('re-reads, finds the update in place and does not publish again', async () => {
      const { b, alice, server } = await served();
      server.lostAnswers.push(lostAnswer());
      const logger = recorder();

      const out = await publishChange(options(server, { logger }), signing(alice, 'v2'));

      expect(out).toMatchObject({ published: true, attempts: 1 });
      expect(server.publishes).toHaveLength(1);
      expect((await b.load({ delegations: [RELEASES] })).repo.delegations.get(RELEASES)?.targets.has('v2')).toBe(true);
      expect(logger.lines).toEqual([
        expect.stringMatching(/^warning: could not reach trust server .*whether it was applied is unknown; re-reading the trust data/),
        expect.stringMatching(/^info: .*the update had landed/),
      ]);
    });
  });

  describe('when a publish of unknown outcome did not land', () => {
    it('publishes once more, rebuilt on the trust data it re-read', async () => {
      const { b, alice, server } = await served();
      server.failures.push(lostAnswer());
      // Another signer lands in between, so the rebuilt update must carry a newer version.
      concurrentPublishes(b, server, [1]);

      const out = await publishChange(options(server), signing(alice, 'v2'));

      expect(out).toMatchObject({ published: true, attempts: 2 });
      expect(server.publishes).toHaveLength(2);
      const { repo } = await b.load({ delegations: [RELEASES] });
      expect([...repo.delegations.get(RELEASES)!.targets.keys()].sort()).toEqual(['theirs-1', 'v1', 'v2']);
    });
  });

  describe('when no publish of unknown outcome lands', () => {
    it('gives up after 4 publishes with a NETWORK error, leaving the trust data as it was', async () => {
      const { b, alice, server } = await served();
      server.failures.push(lostAnswer(), lostAnswer(), lostAnswer(), lostAnswer(), lostAnswer());
      const before = b.store.get(`${RELEASES}.json`);

      const err = await rejection(publishChange(options(server), signing(alice, 'v2')));

      expect(err).toMatchObject({ code: 'NETWORK', message: expect.stringMatching(/gave up after 4 publishes whose outcome was unknown; none of them landed/) });
      expect(server.publishes).toHaveLength(4);
      expect(b.store.get(`${RELEASES}.json`)).toEqual(before);
    });
  });

  describe('when re-reading after a publish of unknown outcome fails', () => {
    it('says the outcome is unknown and to run the command again', async () => {
      const { alice, server } = await served();
      server.failures.push(lostAnswer());
      server.beforePublish = async () => {
        server.getRole = () => Promise.reject(new DctError('NETWORK', 'could not reach trust server: down'));
      };

      const err = await rejection(publishChange(options(server), signing(alice, 'v2')));

      expect(err).toMatchObject({
        code: 'NETWORK',
        message: expect.stringMatching(/whether it was applied is unknown, and re-reading .* failed: could not reach trust server: down; run the command again/),
      });
    });
  });

  describe('when the first publish is accepted', () => {
    it('publishes once and returns the change’s result', async () => {
      const { b, alice, server } = await served();
      const out = await publishChange(options(server), signing(alice, 'v2'));
      expect(out).toEqual({ result: new Map([['v2', [RELEASES]]]), published: true, attempts: 1 });
      expect(server.publishes).toHaveLength(1);
      expect((await b.load({ delegations: [RELEASES] })).repo.delegations.get(RELEASES)?.targets.has('v2')).toBe(true);
    });

    it('gives the change the time `now` gives', async () => {
      const { server } = await served();
      const at = new Date(NOW.getTime() + 1500);
      let seen: Date | undefined;
      await publishChange(options(server, { now: () => at }), async (_repo, now) => {
        seen = now;
        return { files: [], result: undefined };
      });
      expect(seen).toBe(at);
    });
  });

  describe('when the change has nothing to publish', () => {
    it('posts nothing and says so', async () => {
      const { alice, server } = await served();
      const out = await publishChange(options(server), signing(alice, 'v1'));
      expect(out.published).toBe(false);
      expect(out.attempts).toBe(1);
      expect(server.publishes).toHaveLength(0);
    });
  });

  describe('when the server answers 400 VERSION twice, then accepts', () => {
    it('reads, verifies and applies the change afresh for each attempt', async () => {
      const { b, alice, server } = await served();
      server.failures.push(conflictError(), conflictError());
      const seen: (TrustedRepository | null)[] = [];
      const out = await publishChange(options(server), signing(alice, 'ours', seen));
      expect(out).toMatchObject({ published: true, attempts: 3 });
      expect(server.publishes).toHaveLength(3);
      expect(new Set(seen).size).toBe(3);
      const releases = (await b.load({ delegations: [RELEASES] })).repo.delegations.get(RELEASES)!;
      expect([...releases.targets.keys()].sort()).toEqual(['ours', 'v1']);
    });
  });

  describe('when another publish wins the race twice', () => {
    it('re-reads and re-applies the change to the fresh data, keeping the other publisher’s work', async () => {
      const { b, alice, server } = await served();
      concurrentPublishes(b, server, [1, 2]);
      const seen: (TrustedRepository | null)[] = [];
      const out = await publishChange(options(server), signing(alice, 'ours', seen));
      expect(out.attempts).toBe(3);
      expect(out.published).toBe(true);
      expect(seen.map((r) => r?.delegations.get(RELEASES)?.metadata?.signed.version)).toEqual([1, 2, 3]);
      const releases = (await b.load({ delegations: [RELEASES] })).repo.delegations.get(RELEASES)!;
      expect(releases.metadata?.signed.version).toBe(4);
      expect([...releases.targets.keys()].sort()).toEqual(['ours', 'theirs-1', 'theirs-2', 'v1']);
    });

    it('logs each retry', async () => {
      const { b, alice, server } = await served();
      concurrentPublishes(b, server, [1, 2]);
      const messages: string[] = [];
      const logger: Logger = { debug: (m) => messages.push(m), info() {}, warning() {} };
      await publishChange(options(server, { logger }), signing(alice, 'ours'));
      const retries = messages.filter((m) => /concurrent update/.test(m));
      expect(retries).toHaveLength(2);
      expect(retries[0]).toMatch(/concurrent update \(VERSION\); retrying/);
      // One debug line per publish, with how it ended.
      expect(messages.filter((m) => /^publishing /.test(m)).map((m) => m.replace(/\d+ ms$/, 'N ms').replace(/^publishing [^:]+/, 'publishing'))).toEqual([
        'publishing: failed after N ms',
        'publishing: failed after N ms',
        'publishing: done in N ms',
      ]);
    });
  });

  describe('when every attempt loses the race', () => {
    it('gives up after the retries with code CONFLICT, the last refusal as cause', async () => {
      const { b, alice, server } = await served();
      concurrentPublishes(b, server, 'all');
      const err = await rejection(publishChange(options(server, { retries: 2 }), signing(alice, 'ours')));
      expect(err).toBeInstanceOf(DctError);
      expect(err).toMatchObject({ code: 'CONFLICT' });
      expect((err as DctError).message).toMatch(/gave up after 3 attempts/);
      expect((err as DctError).cause).toBeInstanceOf(HttpError);
      expect(server.publishes).toHaveLength(3);
    });
  });

  describe.each([
    ['500 UPDATING', conflictError(500, 'UPDATING')],
    ['409', conflictError(409, 'CONFLICT')],
  ])('when the server answers %s once', (_, answer) => {
    it('retries', async () => {
      const { alice, server } = await served();
      server.failures.push(answer);
      const out = await publishChange(options(server), signing(alice, 'ours'));
      expect(out.attempts).toBe(2);
    });
  });

  describe.each([
    ['401', conflictError(401, 'UNAUTHORIZED')],
    ['400 with another code', conflictError(400, 'MANIFEST_INVALID')],
    ['500 with another code', conflictError(500, 'UNKNOWN')],
    ['a network failure', new DctError('NETWORK', 'connection reset')],
  ])('when publishing fails with %s', (_, failure) => {
    it('rethrows it at once, without retrying', async () => {
      const { alice, server } = await served();
      server.failures.push(failure);
      const seen: (TrustedRepository | null)[] = [];
      await expect(publishChange(options(server), signing(alice, 'ours', seen))).rejects.toBe(failure);
      expect(server.publishes).toHaveLength(1);
      expect(seen).toHaveLength(1);
    });
  });

  describe('when the change itself fails', () => {
    it('rethrows its error and publishes nothing', async () => {
      const { server } = await served();
      const err = await rejection(publishChange(options(server), signing(generateKey('ecdsa'), 'ours')));
      expect(err).toMatchObject({ code: 'NOT_SIGNER' });
      expect(server.publishes).toHaveLength(0);
    });
  });

  describe('when trust data already read is given as `initial`', () => {
    it('uses it for the first attempt instead of reading again', async () => {
      const { alice, server } = await served();
      const initial = await readRepository(options(server));
      server.reads.length = 0;
      const seen: (TrustedRepository | null)[] = [];
      await publishChange(options(server, { initial }), signing(alice, 'ours', seen));
      expect(seen).toEqual([initial]);
      expect(server.reads).toEqual([]);
    });

    it('reads fresh data for a retry', async () => {
      const { b, alice, server } = await served();
      const initial = await readRepository(options(server));
      server.reads.length = 0;
      concurrentPublishes(b, server, [1]);
      const seen: (TrustedRepository | null)[] = [];
      const out = await publishChange(options(server, { initial }), signing(alice, 'ours', seen));
      expect(out.attempts).toBe(2);
      expect(seen[0]).toBe(initial);
      expect(seen[1]).not.toBe(initial);
      expect(seen[1]?.delegations.get(RELEASES)?.metadata?.signed.version).toBe(2);
      expect(server.reads.length).toBeGreaterThan(0);
    });

    it('passes null on without reading, for a repository known to have no trust data', async () => {
      const { server } = await served();
      server.reads.length = 0;
      const seen: (TrustedRepository | null)[] = [];
      await publishChange(options(server, { initial: null }), async (repo) => {
        seen.push(repo);
        return { files: [], result: undefined };
      });
      expect(seen).toEqual([null]);
      expect(server.reads).toEqual([]);
    });
  });
});
