import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { InputError, StateNotSavedError, VerificationError } from '../../src/errors.ts';
import type { Logger } from '../../src/logger.ts';
import {
  mergeRepositoryState,
  readTrustStateFile,
  repositoryStateToJSON,
  TrustBook,
  trustStateFromJSON,
  trustStateToJSON,
  writeTrustStateFile,
} from '../../src/trust/trust-state.ts';
import { RELEASES, ROOT, TARGETS, TIMESTAMP } from '../../src/tuf/role.ts';
import type { TrustState } from '../../src/tuf/trusted-repository.ts';
import { RepositoryBuilder } from '../tuf/support/repository-builder.ts';

const dir = mkdtempSync(join(tmpdir(), 'dct-trust-state-'));
let n = 0;
const fresh = (name = 'state.json') => {
  const d = join(dir, String(n++));
  mkdirSync(d);
  return join(d, name);
};

async function verifiedRepository() {
  const b = await RepositoryBuilder.standard();
  const { repo } = await b.load({ delegations: [RELEASES] });
  return { b, repo };
}

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug() {}, info() {}, warning: (m) => warnings.push(m) };
}

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (err) {
    return err;
  }
  return undefined;
};

describe('#readTrustStateFile', () => {
  describe('when the file does not exist', () => {
    it('gives no repositories: a first use', () => {
      expect(readTrustStateFile(fresh()).size).toBe(0);
    });
  });

  describe('when the file is corrupt or unreadable', () => {
    test.each([
      ['not JSON', '{"dctTrustState": 1, "repos', /is not JSON/],
      ['another format version', '{"dctTrustState": 0, "repositories": {}}', /dctTrustState is 0, not 1/],
      ['a newer format version', '{"dctTrustState": 2, "repositories": {}}', /written by a newer dct-sign \(trust state format 2; this version reads 1\); upgrade dct-sign$/],
      ['not an object', '[]', /not a trust state file: the file is not an object/],
      ['a root without keys', JSON.stringify({ dctTrustState: 1, repositories: { g: { root: { version: 1, sha256: 'a'.repeat(64), threshold: 1, keys: {} }, roles: {} } } }), /keys lists no key/],
      ['a bad digest', JSON.stringify({ dctTrustState: 1, repositories: { g: { root: { version: 1, sha256: 'xyz', threshold: 1, keys: {} }, roles: {} } } }), /sha256 is not a sha256 digest/],
    ])('refuses %s, naming the input and the file', (_, text, message) => {
      const path = fresh();
      writeFileSync(path, text);
      const err = thrown(() => readTrustStateFile(path));
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ input: 'trust-state' });
      expect((err as Error).message).toContain(path);
      expect((err as Error).message).toMatch(message);
    });

    it('refuses a path it cannot read as a file', () => {
      const path = fresh();
      mkdirSync(path);
      const err = thrown(() => readTrustStateFile(path));
      expect(err).toMatchObject({ input: 'trust-state' });
      expect((err as Error).message).toMatch(/cannot read the trust state file/);
    });

    it('refuses a root key filed under another key ID', async () => {
      const { repo } = await verifiedRepository();
      const json = JSON.parse(trustStateToJSON(new Map([['g', repo.state]]))) as {
        repositories: { g: { root: { keys: Record<string, unknown> } } };
      };
      const keys = json.repositories.g.root.keys;
      const [id] = Object.keys(keys);
      keys['f'.repeat(64)] = keys[id!];
      delete keys[id!];
      const path = fresh();
      writeFileSync(path, JSON.stringify(json));
      expect((thrown(() => readTrustStateFile(path)) as Error).message).toMatch(/is a key with ID/);
    });
  });
});

describe('#trustStateToJSON', () => {
  it('round-trips what a verification keeps: root version, digest, threshold and keys, every role version and digest', async () => {
    const { repo } = await verifiedRepository();
    const back = trustStateFromJSON(JSON.parse(trustStateToJSON(new Map([['g', repo.state]])))).get('g')!;
    expect(back.versions).toEqual(repo.state.versions);
    expect(back.digests).toEqual(repo.state.digests);
    expect(back.root).toMatchObject({ version: 1, sha256: repo.state.root!.sha256, threshold: 1 });
    expect([...back.root!.keys.keys()]).toEqual([...repo.state.root!.keys.keys()]);
    expect(Object.keys(back.versions)).toEqual(expect.arrayContaining([ROOT, TIMESTAMP, TARGETS, RELEASES]));
  });

  it('holds nothing but versions, digests and public keys', async () => {
    const { repo } = await verifiedRepository();
    const text = trustStateToJSON(new Map([['g', repo.state]]));
    expect(text).not.toMatch(/private|PRIVATE KEY|passphrase/i);
  });
});

describe('a delegation\'s grant in the file', () => {
  it('round-trips the keys and threshold its parent granted each delegation read', async () => {
    const { b, repo } = await verifiedRepository();
    const states = trustStateFromJSON(JSON.parse(trustStateToJSON(new Map([['a', repo.state]]))));
    expect(states.get('a')!.grants).toEqual({ [RELEASES]: { keyids: b.keysOf(RELEASES).map((k) => k.keyId).sort(), threshold: 1 } });
  });

  it('reads a file of an earlier release, whose roles have no grant', async () => {
    const { repo } = await verifiedRepository();
    const json = JSON.parse(trustStateToJSON(new Map([['a', repo.state]]))) as {
      repositories: Record<string, { roles: Record<string, { keyids?: unknown; threshold?: unknown }> }>;
    };
    for (const role of Object.values(json.repositories.a!.roles)) {
      delete role.keyids;
      delete role.threshold;
    }
    const state = trustStateFromJSON(json).get('a')!;
    expect(state.versions[RELEASES]).toBe(1);
    expect(state.grants).toEqual({});
  });

  test.each([
    ['key IDs without a threshold', { keyids: ['a'.repeat(64)] }, /threshold is not an integer|threshold/],
    ['a threshold without key IDs', { threshold: 1 }, /keyids is not a list of key IDs/],
    ['a key ID that is not one', { keyids: ['x'], threshold: 1 }, /keyids\[0\] is not a sha256 digest/],
    ['a threshold of 0', { keyids: ['a'.repeat(64)], threshold: 0 }, /threshold is not 1 or more/],
  ])('refuses %s', async (_, grant, message) => {
    const { repo } = await verifiedRepository();
    const json = JSON.parse(trustStateToJSON(new Map([['a', repo.state]]))) as {
      repositories: Record<string, { roles: Record<string, object> }>;
    };
    const roles = json.repositories.a!.roles;
    const { keyids: _k, threshold: _t, ...rest } = roles[RELEASES] as { keyids?: unknown; threshold?: unknown };
    roles[RELEASES] = { ...rest, ...grant };
    expect(thrown(() => trustStateFromJSON(json))).toBeInstanceOf(TypeError);
    expect(String(thrown(() => trustStateFromJSON(json)))).toMatch(message);
  });
});

describe('#writeTrustStateFile', () => {
  it('writes the file whole through a temporary file and a rename, leaving nothing beside it', async () => {
    const { repo } = await verifiedRepository();
    const path = fresh();
    await writeTrustStateFile(path, new Map([['a', repo.state]]));
    expect(readdirSync(join(path, '..'))).toEqual(['state.json']);
    expect(readTrustStateFile(path).get('a')!.versions).toEqual(repo.state.versions);
  });

  it('keeps the entries of other repositories', async () => {
    const { repo } = await verifiedRepository();
    const other = await verifiedRepository();
    const path = fresh();
    await writeTrustStateFile(path, new Map([['a', repo.state]]));
    await writeTrustStateFile(path, new Map([['b', other.repo.state]]));
    const states = readTrustStateFile(path);
    expect([...states.keys()]).toEqual(['a', 'b']);
    expect(states.get('a')!.root!.sha256).toBe(repo.state.root!.sha256);
  });

  it('refuses to overwrite a corrupt file, naming it', async () => {
    const { repo } = await verifiedRepository();
    const path = fresh();
    writeFileSync(path, 'garbage');
    await expect(writeTrustStateFile(path, new Map([['a', repo.state]]))).rejects.toMatchObject({ input: 'trust-state' });
    expect(readFileSync(path, 'utf8')).toBe('garbage');
  });

  it('creates the directory the file goes in', async () => {
    const { repo } = await verifiedRepository();
    const path = join(fresh(), 'new', 'directory', 'state.json');
    await writeTrustStateFile(path, new Map([['a', repo.state]]));
    expect([...readTrustStateFile(path).keys()]).toEqual(['a']);
  });

  describe('when two runs write the file at once', () => {
    /** A promise and its resolve, for holding writers at one point. */
    function gate(): { promise: Promise<void>; open: () => void } {
      let open = () => {};
      const promise = new Promise<void>((resolve) => (open = resolve));
      return { promise, open };
    }

    /**
     * Writes `updates` held between reading the file and renaming the new one
     * over it until the other writer got there too, or waits for the lock
     * (logged), or is done: where two unlocked writers lose an entry.
     */
    function writeHeld(path: string, updates: Map<string, TrustState>, mine: ReturnType<typeof gate>, theirs: ReturnType<typeof gate>, lines: string[]) {
      const logger: Logger = { debug() {}, warning() {}, info: (m) => (lines.push(m), mine.open()) };
      return writeTrustStateFile(path, updates, {
        logger,
        beforeRename: async () => {
          mine.open();
          await theirs.promise;
        },
      }).finally(() => mine.open());
    }

    it('keeps the entries of both: one waits for the other, saying so once', async () => {
      const [a, b] = await Promise.all([verifiedRepository(), verifiedRepository()]);
      const path = fresh();
      const gates = [gate(), gate()] as const;
      const lines: string[] = [];
      await Promise.all([
        writeHeld(path, new Map([['a', a.repo.state]]), gates[0], gates[1], lines),
        writeHeld(path, new Map([['b', b.repo.state]]), gates[1], gates[0], lines),
      ]);
      expect([...readTrustStateFile(path).keys()]).toEqual(['a', 'b']);
      expect(lines).toEqual([expect.stringMatching(/another run is writing the trust state file .*state\.json\.lock.*waiting/)]);
      expect(readdirSync(join(path, '..'))).toEqual(['state.json']);
    });

    it('keeps the newer versions of one repository that both wrote', async () => {
      const { b, repo } = await verifiedRepository();
      const path = fresh();
      await writeTrustStateFile(path, new Map([[repo.gun, repo.state]]));
      const base = readTrustStateFile(path);
      b.addTarget(RELEASES, 'v2', 'manifest v2');
      await b.publish();
      const newer = (await b.load({ delegations: [RELEASES], previous: repo.state })).repo.state;
      // The newer run saves first; the other, which read the file before, saves what it verified then.
      await writeTrustStateFile(path, new Map([[repo.gun, newer]]), { base });
      await writeTrustStateFile(path, new Map([[repo.gun, repo.state]]), { base });
      const saved = readTrustStateFile(path).get(repo.gun)!;
      expect(saved.versions).toEqual(newer.versions);
      expect(saved.digests).toEqual(newer.digests);
      expect(saved.versions[RELEASES]).toBeGreaterThan(repo.state.versions[RELEASES]!);
    });
  });

  describe('when several processes write the file at once', () => {
    it('keeps every entry each of them wrote', async () => {
      const { repo } = await verifiedRepository();
      const path = fresh();
      const stateFile = join(path, '..', 'repository.json');
      writeFileSync(stateFile, JSON.stringify(repositoryStateToJSON(repo.state)));
      const script = join(import.meta.dirname, 'support', 'write-trust-state.ts');
      const runs = ['p0', 'p1', 'p2', 'p3'];
      const exits = await Promise.all(
        runs.map((name) => {
          const child = spawn(process.execPath, [script, path, stateFile, name, '5'], { stdio: ['ignore', 'ignore', 'inherit'] });
          return once(child, 'exit').then(([code]) => code as number);
        }),
      );
      expect(exits).toEqual(runs.map(() => 0));
      const expected = runs.flatMap((name) => Array.from({ length: 5 }, (_, i) => `${name}-${i}`)).sort();
      expect([...readTrustStateFile(path).keys()].sort()).toEqual(expected);
    }, 60_000);
  });

  describe('when another run left its lock behind', () => {
    const goneProcess = (): number => spawnSync(process.execPath, ['-e', '']).pid;

    test.each([
      ['a process on this host that is gone', () => `${goneProcess()}\n${hostname()}\ntoken\n`, 0],
      ['an owner it cannot ask, a minute ago', () => '', 60],
    ])('takes over a lock held by %s', async (_, content, ageSeconds) => {
      const { repo } = await verifiedRepository();
      const path = fresh();
      writeFileSync(`${path}.lock`, content());
      const then = Date.now() / 1000 - ageSeconds;
      utimesSync(`${path}.lock`, then, then);
      await writeTrustStateFile(path, new Map([['a', repo.state]]), { lockWaitMs: 5_000 });
      expect([...readTrustStateFile(path).keys()]).toEqual(['a']);
      expect(readdirSync(join(path, '..'))).toEqual(['state.json']);
    });

    it('lets one of two writers take over the stale lock, and keeps both entries', async () => {
      const [a, b] = await Promise.all([verifiedRepository(), verifiedRepository()]);
      const path = fresh();
      writeFileSync(`${path}.lock`, `${goneProcess()}\n${hostname()}\ntoken\n`);
      await Promise.all([
        writeTrustStateFile(path, new Map([['a', a.repo.state]]), { lockWaitMs: 5_000 }),
        writeTrustStateFile(path, new Map([['b', b.repo.state]]), { lockWaitMs: 5_000 }),
      ]);
      expect([...readTrustStateFile(path).keys()]).toEqual(['a', 'b']);
      expect(readdirSync(join(path, '..'))).toEqual(['state.json']);
    });

    it('waits a bounded time for a live lock, then fails naming the file and the lock', async () => {
      const { repo } = await verifiedRepository();
      const path = fresh();
      writeFileSync(`${path}.lock`, `${process.pid}\n${hostname()}\nsomeone-else\n`);
      const started = Date.now();
      const err: unknown = await writeTrustStateFile(path, new Map([['a', repo.state]]), { lockWaitMs: 300 }).catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ input: 'trust-state' });
      expect((err as Error).message).toContain(`${path}.lock`);
      expect((err as Error).message).toMatch(/delete the lock file/);
      expect(existsSync(`${path}.lock`)).toBe(true);
      expect(existsSync(path)).toBe(false);
    });
  });

  it('fails naming the file when it cannot be written', async () => {
    const { repo } = await verifiedRepository();
    // The name fits, the temporary file's longer name beside it does not.
    const path = fresh(`${'s'.repeat(240)}.json`);
    const err: unknown = await writeTrustStateFile(path, new Map([['a', repo.state]])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/cannot write the trust state file/);
    expect((err as Error).message).toContain(path);
  });
});

describe('#mergeRepositoryState', () => {
  /** A repository's state, then the state after a root rotation and a new tag (both newer). */
  async function twoStates() {
    const { b, repo } = await verifiedRepository();
    b.rotateRoot();
    b.addTarget(RELEASES, 'v2', 'manifest v2');
    await b.publish();
    const { repo: next } = await b.load({ delegations: [RELEASES], previous: repo.state });
    return { older: repo.state, newer: next.state };
  }

  describe('when no other run changed the repository since this one read the file', () => {
    it("takes this run's state whole", async () => {
      const { older, newer } = await twoStates();
      expect(mergeRepositoryState(older, older, newer)).toBe(newer);
      expect(mergeRepositoryState(undefined, undefined, newer)).toBe(newer);
    });
  });

  describe('when another run saved newer versions meanwhile', () => {
    it('keeps them and their root: this run does not roll them back', async () => {
      const { older, newer } = await twoStates();
      const merged = mergeRepositoryState(newer, older, older);
      expect(merged.versions).toEqual(newer.versions);
      expect(merged.digests).toEqual(newer.digests);
      expect(merged.root).toBe(newer.root);
    });
  });

  describe('when this run has the newer versions', () => {
    it('keeps its own versions and root over the older ones another run saved', async () => {
      const { older, newer } = await twoStates();
      const merged = mergeRepositoryState(older, undefined, newer);
      expect(merged.versions).toEqual(newer.versions);
      expect(merged.digests).toEqual(newer.digests);
      expect(merged.root).toBe(newer.root);
    });
  });

  describe('when each run has some roles newer than the other', () => {
    it('takes each role at its higher version', async () => {
      const { older, newer } = await twoStates();
      const mixed: TrustState = {
        ...older,
        versions: { ...older.versions, [TIMESTAMP]: newer.versions[TIMESTAMP]! + 5 },
        digests: { ...older.digests, [TIMESTAMP]: 'f'.repeat(64) },
        grants: { ...older.grants, [RELEASES]: { keyids: ['a'.repeat(64)], threshold: 1 } },
      };
      const merged = mergeRepositoryState(mixed, older, newer);
      // A delegation's grant goes with its version.
      expect(merged.grants?.[RELEASES]).toEqual(newer.grants?.[RELEASES]);
      expect(merged.versions[TIMESTAMP]).toBe(newer.versions[TIMESTAMP]! + 5);
      expect(merged.digests![TIMESTAMP]).toBe('f'.repeat(64));
      expect(merged.versions[RELEASES]).toBe(newer.versions[RELEASES]);
      expect(merged.digests![RELEASES]).toBe(newer.digests![RELEASES]);
      expect(merged.root).toBe(newer.root);
    });
  });
});

describe('TrustBook', () => {
  describe('#verified', () => {
    describe('when neither a pin nor a saved state pins the root', () => {
      it('warns once per repository that the root is trusted on first use, naming trust-pin and trust-state', async () => {
        const { repo } = await verifiedRepository();
        const logger = recordingLogger();
        const book = new TrustBook({ pinned: false, warnOnFirstUse: true, logger });
        book.verified(repo.gun, repo);
        book.verified(repo.gun, repo);
        expect(logger.warnings).toHaveLength(1);
        expect(logger.warnings[0]).toMatch(/trusted on first use.*trust-pin.*trust-state/);
      });

      it('refuses the root with require-pin, recording nothing', async () => {
        const { repo } = await verifiedRepository();
        const book = new TrustBook({ pinned: false, warnOnFirstUse: true, requirePin: true });
        const err = thrown(() => book.verified(repo.gun, repo));
        expect(err).toBeInstanceOf(VerificationError);
        expect(err).toMatchObject({ role: ROOT, check: 'root' });
        expect((err as Error).message).toMatch(/require-pin/);
        expect(book.previous(repo.gun)).toBeUndefined();
      });

      it('says nothing for commands that do not warn', async () => {
        const { repo } = await verifiedRepository();
        const logger = recordingLogger();
        new TrustBook({ pinned: false, logger }).verified(repo.gun, repo);
        expect(logger.warnings).toEqual([]);
      });

      it('refuses the root with require-pin in commands that do not warn too (inspect, signer-add, refresh...)', async () => {
        const { repo } = await verifiedRepository();
        const logger = recordingLogger();
        const err = thrown(() => new TrustBook({ pinned: false, logger, requirePin: true }).verified(repo.gun, repo));
        expect(err).toBeInstanceOf(VerificationError);
        expect(err).toMatchObject({ role: ROOT, check: 'root' });
        expect(logger.warnings).toEqual([]);
      });
    });

    it('does not warn of, nor refuse, a root this run published when it created the repository', async () => {
      const { b, repo } = await verifiedRepository();
      const logger = recordingLogger();
      const book = new TrustBook({ pinned: false, warnOnFirstUse: true, requirePin: true, logger });
      book.published(repo.gun, [{ role: ROOT, bytes: b.store.version(ROOT, 1) }]);
      book.verified(repo.gun, repo);
      expect(logger.warnings).toEqual([]);
      expect(book.previous(repo.gun)!.root!.sha256).toBe(repo.state.root!.sha256);
    });

    it('does not warn when trust-pin pins the root', async () => {
      const { repo } = await verifiedRepository();
      const logger = recordingLogger();
      new TrustBook({ pinned: true, warnOnFirstUse: true, requirePin: true, logger }).verified(repo.gun, repo);
      expect(logger.warnings).toEqual([]);
    });

    it('does not warn when the state file holds the repository', async () => {
      const { repo } = await verifiedRepository();
      const path = fresh();
      await writeTrustStateFile(path, new Map([[repo.gun, repo.state]]));
      const logger = recordingLogger();
      const book = new TrustBook({ path, pinned: false, warnOnFirstUse: true, requirePin: true, logger });
      book.verified(repo.gun, repo);
      expect(logger.warnings).toEqual([]);
    });
  });

  describe('#verified, then delegations read after it', () => {
    it('keeps every delegation the repository loads after it was recorded, as readTrustTree reads them', async () => {
      const b = await RepositoryBuilder.standard();
      const { repo } = await b.load({ delegations: [] });
      const path = fresh();
      const book = new TrustBook({ path, pinned: true });
      book.verified(repo.gun, repo);
      await repo.delegation(RELEASES);
      await repo.delegation('targets/a/b');
      await book.save();
      const saved = readTrustStateFile(path).get(repo.gun)!;
      expect(saved.versions).toMatchObject({ [RELEASES]: 1, 'targets/a': 1, 'targets/a/b': 1 });
      expect(Object.keys(saved.grants!).sort()).toEqual(['targets/a', 'targets/a/b', RELEASES]);
    });
  });

  describe('#previous', () => {
    it('gives the saved state, then what this run verified', async () => {
      const { b, repo } = await verifiedRepository();
      const path = fresh();
      await writeTrustStateFile(path, new Map([[repo.gun, repo.state]]));
      const book = new TrustBook({ path, pinned: false });
      expect(book.previous(repo.gun)!.versions).toEqual(repo.state.versions);
      b.addTarget(RELEASES, 'v9', 'manifest v9');
      await b.publish();
      const { repo: next } = await b.load({ delegations: [RELEASES], previous: book.previous(repo.gun)! });
      book.verified(next.gun, next);
      expect(book.previous(repo.gun)!.versions[RELEASES]).toBe(2);
    });
  });

  describe('#published', () => {
    it('records the version and digest of each file the server accepted', async () => {
      const { b, repo } = await verifiedRepository();
      const book = new TrustBook({ pinned: true });
      book.verified(repo.gun, repo);
      b.addTarget(RELEASES, 'v2', 'manifest v2');
      await b.publish();
      const bytes = b.store.version(RELEASES, 2);
      book.published(repo.gun, [{ role: RELEASES, bytes }]);
      const state: TrustState = book.previous(repo.gun)!;
      expect(state.versions[RELEASES]).toBe(2);
      expect(state.digests![RELEASES]).toMatch(/^[0-9a-f]{64}$/);
      expect(state.digests![RELEASES]).not.toBe(repo.state.digests![RELEASES]);
    });
  });

  describe('#published, with a targets file that changes a delegation\'s keys', () => {
    it('records the grant the uploaded parent gives an uploaded delegation, and keeps the old one for a delegation not uploaded', async () => {
      const { b, repo } = await verifiedRepository();
      const book = new TrustBook({ pinned: true });
      book.verified(repo.gun, repo);
      const oldAlice = repo.state.grants!['targets/alice'];
      b.delegate('targets/alice', { published: false });
      const [key] = b.delegate(RELEASES);
      await b.publish();
      book.published(repo.gun, [
        { role: TARGETS, bytes: b.store.version(TARGETS, 2) },
        { role: RELEASES, bytes: b.store.version(RELEASES, 2) },
      ]);
      const state = book.previous(repo.gun)!;
      expect(state.grants![RELEASES]).toEqual({ keyids: [key!.keyId], threshold: 1 });
      expect(state.grants!['targets/alice']).toEqual(oldAlice);
    });
  });

  describe('with trust-state-forget', () => {
    async function savedState() {
      const { b, repo } = await verifiedRepository();
      const path = fresh();
      await writeTrustStateFile(path, new Map([[repo.gun, repo.state], ['other.example.com/app', repo.state]]));
      return { b, repo, path };
    }

    it('drops the repository before the run, saying so, and writes the file without it', async () => {
      const { repo, path } = await savedState();
      const logger = recordingLogger();
      const book = new TrustBook({ path, pinned: false, forget: [repo.gun], logger });
      expect(book.previous(repo.gun)).toBeUndefined();
      expect(logger.warnings.join('\n')).toMatch(/dropped from the trust state .*trust-state-forget.*trusted on first use again/);
      await book.save();
      expect([...readTrustStateFile(path).keys()]).toEqual(['other.example.com/app']);
    });

    it('keeps what this run verified of the repository after dropping the old entry', async () => {
      const { repo, path } = await savedState();
      const other = await verifiedRepository();
      const book = new TrustBook({ path, pinned: false, forget: [repo.gun] });
      book.verified(repo.gun, other.repo);
      await book.save();
      expect(readTrustStateFile(path).get(repo.gun)!.root!.sha256).toBe(other.repo.state.root!.sha256);
    });

    it('never merges the dropped entry into the new one, though it held higher versions', async () => {
      const { b, repo, path } = await savedState();
      b.rotateRoot();
      b.addTarget(RELEASES, 'v2', 'manifest v2');
      await b.publish();
      const { repo: later } = await b.load({ delegations: [RELEASES], previous: repo.state });
      await writeTrustStateFile(path, new Map([[repo.gun, later.state]]));
      const created = await verifiedRepository();
      const book = new TrustBook({ path, pinned: false, forget: [repo.gun] });
      book.verified(repo.gun, created.repo);
      await book.save();
      const saved = readTrustStateFile(path).get(repo.gun)!;
      expect(saved.root!.sha256).toBe(created.repo.state.root!.sha256);
      expect(saved.versions).toEqual(created.repo.state.versions);
    });

    it('warns of a repository the state does not hold', async () => {
      const { path } = await savedState();
      const logger = recordingLogger();
      new TrustBook({ path, pinned: false, forget: ['nosuch.example.com/app'], logger });
      expect(logger.warnings.join('\n')).toMatch(/nosuch.example.com\/app: not in the trust state/);
    });

    it('refuses it without a trust state, naming the input', () => {
      const err = thrown(() => new TrustBook({ pinned: false, forget: ['example.com/app'] }));
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ input: 'trust-state-forget' });
    });
  });

  describe('#save', () => {
    it('writes nothing when nothing was verified', async () => {
      const path = fresh();
      await new TrustBook({ path, pinned: false }).save();
      expect(readdirSync(join(path, '..'))).toEqual([]);
    });

    it('writes what was verified, for the next run', async () => {
      const { repo } = await verifiedRepository();
      const path = fresh();
      const book = new TrustBook({ path, pinned: false });
      book.verified(repo.gun, repo);
      await book.save();
      expect(readTrustStateFile(path).get(repo.gun)!.root!.sha256).toBe(repo.state.root!.sha256);
    });

    it('fails at once, before any request, on a corrupt file', () => {
      const path = fresh();
      writeFileSync(path, '{');
      expect(thrown(() => new TrustBook({ path, pinned: false }))).toMatchObject({ input: 'trust-state' });
    });
  });

  describe('#checkWritable', () => {
    describe('when the file cannot be written', () => {
      test.each([
        ['under /proc', () => '/proc/dct-sign-state.json'],
        ['in a directory that cannot be created', () => '/proc/dct-sign/state.json'],
        ['whose temporary file\'s name is too long', () => fresh(`${'s'.repeat(240)}.json`)],
      ])('refuses a file %s, naming trust-state, the file and the fix', (_, pathOf) => {
        const path = pathOf();
        const err = thrown(() => new TrustBook({ path, pinned: false }).checkWritable());
        expect(err).toBeInstanceOf(InputError);
        expect(err).toMatchObject({ input: 'trust-state' });
        expect((err as Error).message).toContain(path);
        expect((err as Error).message).toMatch(/cannot write the trust state file .*; give a path in a directory this run can write/);
      });
    });

    describe('when the file can be written', () => {
      it('changes nothing: the file and its directory hold what they held', async () => {
        const { repo } = await verifiedRepository();
        const path = fresh();
        await writeTrustStateFile(path, new Map([['a', repo.state]]));
        const before = readFileSync(path, 'utf8');
        new TrustBook({ path, pinned: false }).checkWritable();
        expect(readFileSync(path, 'utf8')).toBe(before);
        expect(readdirSync(join(path, '..'))).toEqual(['state.json']);
      });

      it('creates a missing directory and leaves it empty', () => {
        const path = join(fresh(), 'cache', 'state.json');
        new TrustBook({ path, pinned: false }).checkWritable();
        expect(readdirSync(join(path, '..'))).toEqual([]);
      });

      it('checks nothing without a file', () => {
        expect(() => new TrustBook({ pinned: false }).checkWritable()).not.toThrow();
      });
    });
  });

  describe('#saveWith', () => {
    const RESULT = { signed: ['example.com/org/app:v1'] };

    /** A book that verified a repository and recorded a publish for it, saving to `path`. */
    async function publishedBook(path: string): Promise<TrustBook> {
      const { b, repo } = await verifiedRepository();
      const book = new TrustBook({ path, pinned: true });
      book.verified(repo.gun, repo);
      b.addTarget(RELEASES, 'v2', 'manifest v2');
      await b.publish();
      book.published(repo.gun, [{ role: RELEASES, bytes: b.store.version(RELEASES, 2) }]);
      return book;
    }

    describe('when the file is saved', () => {
      it('gives back the result', async () => {
        const path = fresh();
        await expect((await publishedBook(path)).saveWith(RESULT)).resolves.toBe(RESULT);
        expect(readTrustStateFile(path).size).toBe(1);
      });
    });

    describe('when saving fails after this run published', () => {
      it('throws a StateNotSavedError that carries the result and says the signatures are live', async () => {
        const path = '/proc/dct-sign/state.json';
        const err: unknown = await (await publishedBook(path)).saveWith(RESULT).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(StateNotSavedError);
        expect(err).toMatchObject({ code: 'STATE_NOT_SAVED', result: RESULT });
        expect((err as Error).message).toMatch(/^trust-state: what this run published is live on the trust server/);
        expect((err as Error).message).toContain(`not saved to ${path} (`);
        expect((err as Error).message.match(/\/proc\/dct-sign\/state\.json/g)).toHaveLength(1);
      });
    });

    describe('when saving fails and this run published nothing', () => {
      it('throws the InputError naming the file', async () => {
        const { repo } = await verifiedRepository();
        const book = new TrustBook({ path: '/proc/dct-sign/state.json', pinned: true });
        book.verified(repo.gun, repo);
        const err: unknown = await book.saveWith(RESULT).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(InputError);
        expect(err).toMatchObject({ input: 'trust-state' });
      });
    });
  });
});
