import { describe, expect, it, test } from 'vitest';
import { DctError, VerificationError } from '../../src/errors.ts';
import { generateKey } from '../../src/keys/index.ts';
import { RELEASES, ROOT, SNAPSHOT, TARGETS, TIMESTAMP } from '../../src/tuf/role.ts';
import { DAY } from '../../src/tuf/time.ts';
import {
  loadTrustedRepository,
  MAX_DELEGATION_BYTES,
  MAX_DELEGATIONS,
  MAX_TIMESTAMP_BYTES,
  trustedRootOfBytes,
  type LoadOptions,
  type TrustState,
} from '../../src/tuf/trusted-repository.ts';
import { GUN, NOW, RepositoryBuilder, sha256Hex, targetMeta } from './support/repository-builder.ts';

const later = (ms: number) => new Date(NOW.getTime() + ms);

/** targets with `latest`, targets/releases with `v1`, published once; `configure` runs before publishing. */
async function repository(configure: (b: RepositoryBuilder) => void = () => {}, builder = new RepositoryBuilder()) {
  builder.addTarget(TARGETS, 'latest', 'manifest latest');
  builder.delegate(RELEASES);
  builder.addTarget(RELEASES, 'v1', 'manifest v1');
  configure(builder);
  await builder.publish();
  return builder;
}

/** The error loading rejects with, for assertions on class, code and role. */
async function loadError(b: RepositoryBuilder, options: Partial<LoadOptions> = {}, fetcher = b.fetcher()) {
  const err: unknown = await b.load(options, fetcher).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(VerificationError);
  return err as VerificationError;
}

/** The same bytes but one: a `"version":1` becomes `"version":2`. */
function altered(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString();
  expect(text).toContain('"version":1');
  return Buffer.from(text.replace('"version":1', '"version":2'));
}

const checksumPath = (b: RepositoryBuilder, role: string, version: number) =>
  `${role}.${sha256Hex(b.store.version(role, version))}.json`;

describe('#loadTrustedRepository', () => {
  describe('when the repository is complete and correctly signed', () => {
    it('verifies root, timestamp, snapshot and targets and returns their files', async () => {
      const b = await repository();
      const { repo } = await b.load();
      expect(repo.gun).toBe(GUN);
      expect(Buffer.from(repo.root.bytes).equals(b.store.current.get(ROOT)!)).toBe(true);
      expect(Buffer.from(repo.timestamp.bytes).equals(b.store.current.get(TIMESTAMP)!)).toBe(true);
      expect(Buffer.from(repo.snapshot.bytes).equals(b.store.current.get(SNAPSHOT)!)).toBe(true);
      expect(repo.targets.signed.targets.get('latest')?.sha256Hex).toBe(targetMeta('manifest latest').sha256Hex);
    });

    it('loads the delegations asked for, with their targets', async () => {
      const b = await repository();
      const { repo } = await b.load({ delegations: [RELEASES] });
      const releases = repo.delegations.get(RELEASES);
      expect(releases?.metadata?.signed.version).toBe(1);
      expect([...(releases?.targets.keys() ?? [])]).toEqual(['v1']);
    });

    it('reports every version it trusted, delegations included, and the root bytes', async () => {
      const b = await repository();
      const { repo } = await b.load({ delegations: [RELEASES] });
      expect(repo.state.versions).toEqual({ root: 1, timestamp: 1, snapshot: 1, targets: 1, [RELEASES]: 1 });
      expect(repo.state.root!.sha256).toBe(sha256Hex(b.store.current.get(ROOT)!));
    });

    it('asks for the timestamp with notary’s timestamp size limit', async () => {
      const b = await repository();
      const { fetcher } = await b.load();
      expect(fetcher.requests.find((r) => r.role === TIMESTAMP)?.maxBytes).toBe(MAX_TIMESTAMP_BYTES);
    });
  });

  describe('when the server has no root for the repository', () => {
    it('returns null after one wave of requests', async () => {
      const b = new RepositoryBuilder();
      const fetcher = b.fetcher();
      await expect(loadTrustedRepository({ gun: GUN, fetcher, now: NOW })).resolves.toBeNull();
      expect(fetcher.waves).toEqual([['root.json', 'snapshot.json', 'targets.json', 'timestamp.json']]);
    });
  });

  describe('when the server has a root but no timestamp', () => {
    it('refuses it, naming the timestamp', async () => {
      const b = await repository();
      const fetcher = b.fetcher();
      fetcher.overrides.set('timestamp.json', null);
      expect((await loadError(b, {}, fetcher)).role).toBe(TIMESTAMP);
    });
  });

  describe('when a role needs 2 of its 3 keys', () => {
    const roles = [ROOT, TARGETS, SNAPSHOT, TIMESTAMP];
    const builder = () =>
      new RepositoryBuilder({
        keys: { root: 3, targets: 3, snapshot: 3, timestamp: 3 },
        thresholds: { root: 2, targets: 2, snapshot: 2, timestamp: 2 },
      });

    test.each(roles)('accepts %s signed by 2 of them', async (role) => {
      const b = await repository((r) => r.signWith(role, r.keysOf(role).slice(1)), builder());
      await expect(b.load()).resolves.toBeDefined();
    });

    test.each(roles)('refuses %s signed by 1 of them', async (role) => {
      const b = await repository((r) => r.signWith(role, r.keysOf(role).slice(2)), builder());
      const err = await loadError(b);
      expect(err.code).toBe('VERIFY');
      expect(err.role).toBe(role);
    });

    test.each(roles)('counts two signatures of %s by the same key once', async (role) => {
      const b = await repository((r) => {
        const [first] = r.keysOf(role);
        r.signWith(role, [first!, first!]);
      }, builder());
      const err = await loadError(b);
      expect(err.role).toBe(role);
      expect(err.message).toMatch(/only 1 valid signature/);
    });
  });

  describe('when a file carries a signature from a key its role does not list', () => {
    const stranger = generateKey('ecdsa');

    test.each([TARGETS, SNAPSHOT, TIMESTAMP, RELEASES])('ignores it on %s beside a valid one', async (role) => {
      const b = await repository((r) => r.signWith(role, [stranger, ...r.keysOf(role)]));
      await expect(b.load({ delegations: [RELEASES] })).resolves.toBeDefined();
    });

    test.each([TARGETS, SNAPSHOT, TIMESTAMP, RELEASES])('refuses %s signed by it alone', async (role) => {
      const b = await repository((r) => r.signWith(role, [stranger]));
      const err = await loadError(b, { delegations: [RELEASES] });
      expect(err.role).toBe(role);
      expect(err.message).toMatch(/no valid signature/);
    });
  });

  describe('when a role is older than the version trusted before', () => {
    test.each([TIMESTAMP, SNAPSHOT, TARGETS, RELEASES])('refuses %s as a rollback', async (role) => {
      const b = await repository();
      const err = await loadError(b, { delegations: [RELEASES], previous: { versions: { [role]: 2 } } });
      expect(err.code).toBe('ROLLBACK');
      expect(err.role).toBe(role);
    });

    test.each([TIMESTAMP, SNAPSHOT, TARGETS, RELEASES])('accepts %s at the trusted version', async (role) => {
      const b = await repository();
      await expect(b.load({ delegations: [RELEASES], previous: { versions: { [role]: 1 } } })).resolves.toBeDefined();
    });
  });

  describe('when a role has expired', () => {
    test.each([ROOT, TIMESTAMP, SNAPSHOT, TARGETS, RELEASES])('refuses %s with code EXPIRED', async (role) => {
      const b = await repository((r) => r.setExpires(role, later(DAY)));
      const err = await loadError(b, { delegations: [RELEASES], now: later(2 * DAY) });
      expect(err.code).toBe('EXPIRED');
      expect(err.role).toBe(role);
    });

    test.each([ROOT, TIMESTAMP, SNAPSHOT, TARGETS, RELEASES])('accepts %s just before it expires', async (role) => {
      const b = await repository((r) => r.setExpires(role, later(DAY)));
      await expect(b.load({ delegations: [RELEASES], now: later(DAY - 1000) })).resolves.toBeDefined();
    });

    it('treats the exact expiry time as expired', async () => {
      const b = await repository((r) => r.setExpires(TIMESTAMP, later(DAY)));
      expect((await loadError(b, { now: later(DAY) })).code).toBe('EXPIRED');
    });
  });

  describe('when a parent does not list a role', () => {
    it('refuses a snapshot that does not list targets', async () => {
      const b = await repository((r) => r.omitFromSnapshot(TARGETS));
      const err = await loadError(b);
      expect(err.role).toBe(TARGETS);
      expect(err.message).toMatch(/not listed/);
    });

    it('refuses a timestamp that does not list the snapshot', async () => {
      const b = await repository((r) => r.omitFromSnapshot(SNAPSHOT));
      expect((await loadError(b)).role).toBe(SNAPSHOT);
    });

    // BUG (src/tuf/trusted-repository.ts, `if (rootMeta) rootMeta.verify(…)` after the
    // snapshot checks): notary's IsValidSnapshotStructure requires root (and targets)
    // with a sha256 in every snapshot, so a snapshot without root is invalid. Here it is
    // silently accepted and the root is never tied to the snapshot.
    it('refuses a snapshot that does not list root', async () => {
      const b = await repository((r) => r.omitFromSnapshot(ROOT));
      expect((await loadError(b)).role).toMatch(/^(root|snapshot)$/);
    });

    it('treats a delegation the snapshot does not list as never published', async () => {
      const b = await repository((r) => r.omitFromSnapshot(RELEASES));
      const { repo, fetcher } = await b.load({ delegations: [RELEASES] });
      const releases = repo.delegations.get(RELEASES);
      expect(releases?.metadata).toBeUndefined();
      expect(releases?.targets.size).toBe(0);
      expect(fetcher.paths.filter((p) => p.startsWith(RELEASES))).toEqual([`${RELEASES}.json`]);
    });
  });

  describe('when root.json is not the root the snapshot lists', () => {
    it('refuses it', async () => {
      const b = await repository();
      const v1 = b.store.version(ROOT, 1);
      b.rotateRoot();
      await b.publish();
      const fetcher = b.fetcher();
      fetcher.overrides.set('root.json', v1);
      const err = await loadError(b, {}, fetcher);
      expect(err.role).toBe(ROOT);
      expect(err.message).toMatch(/hash does not match|length/);
    });
  });

  describe('when files changed between requests (a publish landed in between)', () => {
    /** Two publishes; the fetcher serves the first timestamp, as if read just before the second. */
    async function raced() {
      const b = await repository();
      const firstTimestamp = b.store.current.get(TIMESTAMP)!;
      b.addTarget(TARGETS, 'newer', 'manifest newer');
      b.addTarget(RELEASES, 'v2', 'manifest v2');
      await b.publish();
      const fetcher = b.fetcher();
      fetcher.overrides.set('timestamp.json', firstTimestamp);
      return { b, fetcher };
    }

    it('fetches each newer file again by the checksum its parent recorded', async () => {
      const { b, fetcher } = await raced();
      const { repo } = await b.load({ delegations: [RELEASES] }, fetcher);
      expect(repo.snapshot.signed.version).toBe(1);
      expect(repo.targets.signed.version).toBe(1);
      expect(repo.delegations.get(RELEASES)?.metadata?.signed.version).toBe(1);
      expect(repo.targets.signed.targets.has('newer')).toBe(false);
      expect(fetcher.waves).toEqual([
        ['root.json', 'snapshot.json', 'targets.json', `${RELEASES}.json`, 'timestamp.json'],
        [checksumPath(b, SNAPSHOT, 1)],
        [checksumPath(b, TARGETS, 1)],
        [checksumPath(b, RELEASES, 1)],
      ]);
    });

    it('asks for a checksum file no bigger than its parent recorded', async () => {
      const { b, fetcher } = await raced();
      await b.load({}, fetcher);
      const byChecksum = fetcher.requests.find((r) => r.path === checksumPath(b, SNAPSHOT, 1));
      expect(byChecksum?.maxBytes).toBe(b.store.version(SNAPSHOT, 1).length);
    });

    it('fetches an older file again when the timestamp is the newer one', async () => {
      const b = await repository();
      const firstSnapshot = b.store.current.get(SNAPSHOT)!;
      b.addTarget(TARGETS, 'newer', 'manifest newer');
      await b.publish();
      const fetcher = b.fetcher();
      fetcher.overrides.set('snapshot.json', firstSnapshot);
      const { repo } = await b.load({}, fetcher);
      expect(repo.snapshot.signed.version).toBe(2);
      expect(repo.targets.signed.targets.has('newer')).toBe(true);
      expect(fetcher.paths).toContain(checksumPath(b, SNAPSHOT, 2));
    });

    it('refuses a file whose checksum name serves other bytes', async () => {
      const { b, fetcher } = await raced();
      fetcher.overrides.set(checksumPath(b, SNAPSHOT, 1), altered(b.store.version(SNAPSHOT, 1)));
      const err = await loadError(b, {}, fetcher);
      expect(err.code).toBe('VERIFY');
      expect(err.role).toBe(SNAPSHOT);
    });

    it('refuses a delegation whose checksum name serves other bytes', async () => {
      const { b, fetcher } = await raced();
      fetcher.overrides.set(checksumPath(b, RELEASES, 1), altered(b.store.version(RELEASES, 1)));
      expect((await loadError(b, { delegations: [RELEASES] }, fetcher)).role).toBe(RELEASES);
    });

    it('refuses a file the server has no checksum name for', async () => {
      const { b, fetcher } = await raced();
      fetcher.overrides.set(checksumPath(b, TARGETS, 1), null);
      const err = await loadError(b, {}, fetcher);
      expect(err.role).toBe(TARGETS);
      expect(err.message).toMatch(/no file with checksum/);
    });
  });

  describe('when the root was trusted before', () => {
    it('accepts the same root without asking for other versions', async () => {
      const b = await repository();
      const { fetcher } = await b.load({ previous: { versions: {}, root: trustedRootOfBytes(b.store.version(ROOT, 1)) } });
      expect(fetcher.requests.filter((r) => r.version !== undefined)).toEqual([]);
    });

    it('walks a rotation from v1 to v3, fetching v2 by version', async () => {
      const b = await repository();
      const v1 = b.store.version(ROOT, 1);
      b.rotateRoot();
      await b.publish();
      b.rotateRoot();
      await b.publish();
      const { repo, fetcher } = await b.load({ previous: { versions: { root: 1 }, root: trustedRootOfBytes(v1) } });
      expect(repo.root.signed.version).toBe(3);
      expect(fetcher.waves).toEqual([['root.json', 'snapshot.json', 'targets.json', 'timestamp.json'], ['2.root.json']]);
    });

    describe('and the root is pinned', () => {
      /** v1 and v2 signed by the first root key, v3 by the key it was rotated to. */
      const rotated = async () => {
        const b = await repository();
        const v1 = b.store.version(ROOT, 1);
        const [first] = b.keysOf(ROOT);
        b.setExpires(ROOT, later(3650 * DAY));
        await b.publish();
        const next = b.rotateRoot();
        await b.publish();
        return { b, v1, first: first!, next };
      };

      it('walks from a cached root to one with the pinned key, past roots the pin does not name', async () => {
        const { b, v1, next } = await rotated();
        const { repo } = await b.load({ previous: { versions: {}, root: trustedRootOfBytes(v1) }, pin: { keyIds: [next.keyId] } });
        expect(repo.root.signed.version).toBe(3);
      });

      it('refuses the latest root when it does not have the pinned key, though the chain is sound', async () => {
        const { b, v1, first } = await rotated();
        const err = await loadError(b, { previous: { versions: {}, root: trustedRootOfBytes(v1) }, pin: { keyIds: [first.keyId] } });
        expect(err.message).toMatch(/trust-pin/);
      });

      it('says the root was rotated since the pinned one, naming the new root key ID', async () => {
        const { b, first, next } = await rotated();
        const err = await loadError(b, { pin: { keyIds: [first.keyId] } });
        expect(err).toBeInstanceOf(VerificationError);
        expect(err.message).toContain('the pinned root key (trust-pin) is the root key of version 2, but the root of');
        expect(err.message).toContain(`was rotated since (now version 3, root key ${next.keyId})`);
        expect(err.message).toMatch(/update trust-pin to it$/);
      });

      it('refuses a pin of no root in the chain without a rotation hint', async () => {
        const { b } = await rotated();
        const err = await loadError(b, { pin: { keyIds: [generateKey('ecdsa').keyId] } });
        expect(err.message).toMatch(/no root key of .* matches the pinned root key \(trust-pin\)/);
      });
    });

    it('accepts an intermediate root that has expired since', async () => {
      const b = await repository();
      const v1 = b.store.version(ROOT, 1);
      b.rotateRoot();
      b.setExpires(ROOT, later(DAY));
      await b.publish();
      b.rotateRoot();
      b.setExpires(ROOT, later(3650 * DAY));
      await b.publish();
      const { repo } = await b.load({ previous: { versions: {}, root: trustedRootOfBytes(v1) }, now: later(2 * DAY) });
      expect(repo.root.signed.version).toBe(3);
    });

    it('refuses a rotation whose v2 is not signed by the keys of v1', async () => {
      const b = await repository();
      const v1 = b.store.version(ROOT, 1);
      b.rotateRoot({ signWithPrevious: false });
      await b.publish();
      b.rotateRoot();
      await b.publish();
      const err = await loadError(b, { previous: { versions: {}, root: trustedRootOfBytes(v1) } });
      expect(err.role).toBe(ROOT);
      expect(err.message).toMatch(/version 2 is not signed by the keys of trusted version 1/);
    });

    it('refuses a next root not signed by the keys of the trusted one', async () => {
      const b = await repository();
      const v1 = b.store.version(ROOT, 1);
      b.rotateRoot({ signWithPrevious: false });
      await b.publish();
      expect((await loadError(b, { previous: { versions: {}, root: trustedRootOfBytes(v1) } })).role).toBe(ROOT);
    });

    it('refuses a rotation with a version missing from the chain', async () => {
      const b = await repository();
      const v1 = b.store.version(ROOT, 1);
      b.rotateRoot();
      await b.publish();
      b.rotateRoot();
      await b.publish();
      const fetcher = b.fetcher();
      fetcher.overrides.set('2.root.json', null);
      const err = await loadError(b, { previous: { versions: {}, root: trustedRootOfBytes(v1) } }, fetcher);
      expect(err.message).toMatch(/version 2 is missing/);
    });

    it('refuses a version file that holds another version', async () => {
      const b = await repository();
      const v1 = b.store.version(ROOT, 1);
      b.rotateRoot();
      await b.publish();
      b.rotateRoot();
      await b.publish();
      const fetcher = b.fetcher();
      fetcher.overrides.set('2.root.json', b.store.version(ROOT, 3));
      expect((await loadError(b, { previous: { versions: {}, root: trustedRootOfBytes(v1) } }, fetcher)).message).toMatch(
        /2\.root\.json holds version 3/,
      );
    });

    it('refuses a root of the trusted version with other bytes, even signed by the trusted keys', async () => {
      const b = await repository();
      const v1 = b.store.version(ROOT, 1);
      b.setExpires(ROOT, later(100 * DAY)).setVersion(ROOT, 1);
      await b.publish();
      expect(Buffer.compare(b.store.version(ROOT, 1), v1)).not.toBe(0);
      const err = await loadError(b, { previous: { versions: { root: 1 }, root: trustedRootOfBytes(v1) } });
      expect(err).toMatchObject({ role: ROOT, check: 'root' });
      expect(err.message).toMatch(/version 1 is not the root of that version trusted before/);
    });

    it('refuses an older root as a rollback', async () => {
      const b = await repository();
      b.rotateRoot();
      await b.publish();
      b.rotateRoot();
      await b.publish();
      const fetcher = b.fetcher();
      fetcher.overrides.set('root.json', b.store.version(ROOT, 2));
      const err = await loadError(b, { previous: { versions: {}, root: trustedRootOfBytes(b.store.version(ROOT, 3)) } }, fetcher);
      expect(err.code).toBe('ROLLBACK');
      expect(err.role).toBe(ROOT);
    });
  });

  describe('when only the versions of an earlier run are known', () => {
    // BUG (src/tuf/trusted-repository.ts, trustRoot): previous.versions.root is never
    // read; rollback of root is checked only against previous.root's bytes, so a state
    // that carries versions alone (TrustState.root is optional) accepts an older root.
    // Fix: call verifyNoRollback(latest, ROOT, previous?.versions[ROOT]) in trustRoot
    // before the `!previous?.root` branch.
    it('refuses a root older than the trusted root version', async () => {
      const b = await repository();
      expect((await loadError(b, { previous: { versions: { root: 2 } } })).code).toBe('ROLLBACK');
    });

    // Weakness (src/tuf/trusted-repository.ts, TrustedRepository#state): versions of
    // delegations trusted before but not loaded this run are dropped, so a run that reads
    // only targets/releases forgets targets/alice's version and a later run cannot detect
    // its rollback. Fix: keep previous.versions for roles not loaded this time (e.g. pass
    // `previous` to the constructor and start `versions` from `{ ...previous.versions }`).
    it('carries over the versions of delegations it did not load', async () => {
      const b = await RepositoryBuilder.standard();
      const { repo } = await b.load({ delegations: [RELEASES], previous: { versions: { 'targets/alice': 1 } } });
      expect(repo.state.versions['targets/alice']).toBe(1);
    });
  });

  describe('when a saved trust state knows the versions and their digests', () => {
    it('refuses a role whose version is the saved one but whose bytes differ', async () => {
      const b = await repository();
      const { repo } = await b.load({ delegations: [RELEASES] });
      const saved = repo.state;
      b.addTarget(RELEASES, 'v2', 'manifest v2').setVersion(RELEASES, 1);
      await b.publish();
      const err = await loadError(b, { delegations: [RELEASES], previous: saved });
      expect(err).toMatchObject({ role: RELEASES, code: 'ROLLBACK' });
      expect(err.message).toMatch(/version 1 differs from the version 1 trusted before/);
    });

    it('refuses an older timestamp as a freeze', async () => {
      const b = await repository();
      const err = await loadError(b, { previous: { versions: { [TIMESTAMP]: 7 } } });
      expect(err).toMatchObject({ role: TIMESTAMP, code: 'ROLLBACK' });
      expect(err.message).toMatch(/older than the trusted version 7.*freeze or replay/);
    });

    it('accepts the same files again, and newer ones', async () => {
      const b = await repository();
      const { repo } = await b.load({ delegations: [RELEASES] });
      await expect(b.load({ delegations: [RELEASES], previous: repo.state })).resolves.toBeDefined();
      b.addTarget(RELEASES, 'v2', 'manifest v2');
      await b.publish();
      const { repo: next } = await b.load({ delegations: [RELEASES], previous: repo.state });
      expect(next.state.versions[RELEASES]).toBe(2);
      expect(next.state.digests![RELEASES]).toBe(sha256Hex(b.store.version(RELEASES, 2)));
    });

    it('refuses another root of the saved version, however well it is signed', async () => {
      const b = await repository();
      const other = await repository(() => {}, new RepositoryBuilder());
      const err = await loadError(b, { previous: { versions: {}, root: trustedRootOfBytes(other.store.version(ROOT, 1)) } });
      expect(err).toMatchObject({ role: ROOT, check: 'root' });
      expect(err.message).toMatch(/is not the root of that version trusted before/);
    });

    it('refuses a newer root that does not chain from the saved one', async () => {
      const b = await repository();
      b.rotateRoot();
      await b.publish();
      const other = await repository(() => {}, new RepositoryBuilder());
      const err = await loadError(b, { previous: { versions: {}, root: trustedRootOfBytes(other.store.version(ROOT, 1)) } });
      expect(err).toMatchObject({ role: ROOT, check: 'root' });
      expect(err.message).toMatch(/version 2 is not signed by the keys of trusted version 1/);
    });

    it('keeps the root role of the trusted root: version, digest, threshold and keys', async () => {
      const b = await repository();
      const { repo } = await b.load();
      const root = repo.state.root!;
      expect(root).toMatchObject({ version: 1, sha256: sha256Hex(b.store.version(ROOT, 1)), threshold: 1 });
      expect([...root.keys.keys()]).toEqual(b.root.roles.root.keyids);
    });
  });

  describe('when a saved trust state knows a delegation', () => {
    /** The state after a first read of targets/releases, and the builder to change next. */
    async function seen() {
      const b = await repository();
      const { repo } = await b.load({ delegations: [RELEASES] });
      return { b, saved: repo.state };
    }

    const ways: [string, LoadOptions['delegations']][] = [
      ['asked for by name', [RELEASES]],
      ['found in the tree', 'all'],
    ];

    it('records the keys and threshold its parent granted it', async () => {
      const { b, saved } = await seen();
      expect(saved.grants![RELEASES]).toEqual({ keyids: b.keysOf(RELEASES).map((k) => k.keyId).sort(), threshold: 1 });
    });

    test.each(ways)('refuses it (%s) when a fresh snapshot leaves it out while its parent still delegates it', async (_, delegations) => {
      const { b, saved } = await seen();
      b.omitFromSnapshot(RELEASES);
      await b.publish();
      const err = await loadError(b, { delegations, previous: saved });
      expect(err).toMatchObject({ role: RELEASES, code: 'ROLLBACK' });
      expect(err.message).toMatch(/missing from the snapshot, but version 1 was verified before/);
    });

    test.each(ways)('refuses it (%s) without a valid signature while its parent grants it the same keys, rather than leave it to be skipped', async (_, delegations) => {
      const { b, saved } = await seen();
      b.signWith(RELEASES, [generateKey('ecdsa')]).addTarget(RELEASES, 'v2', 'manifest v2');
      await b.publish();
      const err = await loadError(b, { delegations, previous: saved });
      // Not check 'threshold': that is what readers skip a role for, as notary does.
      expect(err).toMatchObject({ role: RELEASES, code: 'ROLLBACK', check: 'rollback' });
      expect(err.message).toMatch(/no valid signature from a trusted key, but version 1 was verified before/);
    });

    it('refuses it without a valid signature at the version trusted before', async () => {
      const { b, saved } = await seen();
      b.signWith(RELEASES, [generateKey('ecdsa')]).setVersion(RELEASES, 1);
      await b.publish();
      expect(await loadError(b, { delegations: [RELEASES], previous: saved })).toMatchObject({ role: RELEASES, code: 'ROLLBACK' });
    });

    it('refuses an older version of it served with a fresh snapshot and timestamp', async () => {
      const { b } = await seen();
      b.addTarget(RELEASES, 'v2', 'manifest v2');
      await b.publish();
      const { repo } = await b.load({ delegations: [RELEASES] });
      b.ingest([{ role: RELEASES, bytes: b.store.version(RELEASES, 1) }]);
      await b.publish();
      const err = await loadError(b, { delegations: 'all', previous: repo.state });
      expect(err).toMatchObject({ role: RELEASES, code: 'ROLLBACK' });
      expect(err.message).toMatch(/version 1 is older than the trusted version 2/);
    });

    describe('and its parent no longer delegates it', () => {
      it('reads the repository without it and forgets it, so that a role made again under its name starts afresh', async () => {
        const { b, saved } = await seen();
        b.undelegate(RELEASES);
        await b.publish();
        const { repo } = await b.load({ delegations: [RELEASES], previous: saved });
        expect(repo.delegations.get(RELEASES)).toBeUndefined();
        expect(repo.state.versions[RELEASES]).toBeUndefined();
        expect(repo.state.grants![RELEASES]).toBeUndefined();

        b.delegate(RELEASES, { published: false });
        await b.publish();
        const { repo: again } = await b.load({ delegations: [RELEASES], previous: repo.state });
        expect(again.delegations.get(RELEASES)?.metadata).toBeUndefined();
      });
    });

    describe('and its parent changed its keys in a newer version (signer-remove)', () => {
      it('fails it with the threshold error readers skip, as notary does, and keeps its version and old grant', async () => {
        const { b, saved } = await seen();
        b.delegate(RELEASES, { published: false });
        await b.publish();
        const err = await loadError(b, { delegations: [RELEASES], previous: saved });
        expect(err).toMatchObject({ role: RELEASES, check: 'threshold' });
      });

      it('treats it as never published when the snapshot leaves it out', async () => {
        const { b, saved } = await seen();
        b.delegate(RELEASES, { published: false });
        b.omitFromSnapshot(RELEASES);
        await b.publish();
        const { repo } = await b.load({ delegations: [RELEASES], previous: saved });
        expect(repo.delegations.get(RELEASES)?.metadata).toBeUndefined();
        expect(repo.state.versions[RELEASES]).toBe(1);
      });

      it('records the new grant once the role is signed again with the new keys', async () => {
        const { b, saved } = await seen();
        const [key] = b.delegate(RELEASES);
        await b.publish();
        const { repo } = await b.load({ delegations: [RELEASES], previous: saved });
        expect(repo.state.versions[RELEASES]).toBe(2);
        expect(repo.state.grants![RELEASES]).toEqual({ keyids: [key!.keyId], threshold: 1 });
      });

      it('also when only its threshold changed', async () => {
        const { b, saved } = await seen();
        b.addKey(RELEASES);
        b.setThreshold(RELEASES, 2);
        await b.publish();
        // The file still has one signature of the two now required.
        const err = await loadError(b, { delegations: [RELEASES], previous: saved });
        expect(err).toMatchObject({ role: RELEASES, check: 'threshold' });
      });
    });

    describe('and its parent only added a key to it (signer-add)', () => {
      it('still refuses it without a valid signature: the old file verifies under the keys it had', async () => {
        const { b, saved } = await seen();
        b.addKey(RELEASES);
        b.signWith(RELEASES, [generateKey('ecdsa')]);
        await b.publish();
        expect(await loadError(b, { delegations: [RELEASES], previous: saved })).toMatchObject({ role: RELEASES, code: 'ROLLBACK' });
      });

      it('still refuses it missing from the snapshot', async () => {
        const { b, saved } = await seen();
        b.addKey(RELEASES);
        b.omitFromSnapshot(RELEASES);
        await b.publish();
        expect(await loadError(b, { delegations: [RELEASES], previous: saved })).toMatchObject({ role: RELEASES, code: 'ROLLBACK' });
      });
    });

    describe('from a state file of an earlier release, without its grant', () => {
      const withoutGrants = (saved: TrustState): TrustState => ({ ...saved, grants: {} });

      it('refuses it without a valid signature while its parent is the version seen', async () => {
        const { b, saved } = await seen();
        b.signWith(RELEASES, [generateKey('ecdsa')]);
        await b.publish();
        expect(await loadError(b, { delegations: [RELEASES], previous: withoutGrants(saved) })).toMatchObject({ code: 'ROLLBACK' });
      });

      it('skips it, as notary does, when its parent is newer than the version seen', async () => {
        const { b, saved } = await seen();
        b.delegate(RELEASES, { published: false });
        await b.publish();
        expect(await loadError(b, { delegations: [RELEASES], previous: withoutGrants(saved) })).toMatchObject({ check: 'threshold' });
      });
    });
  });

  describe('when the root is pinned', () => {
    it('accepts the root whose certificate key ID is pinned', async () => {
      const b = await repository();
      await expect(b.load({ pin: { keyIds: [b.keysOf(ROOT)[0]!.keyId] } })).resolves.toBeDefined();
    });

    it('refuses a root with no pinned key', async () => {
      const b = await repository();
      const err = await loadError(b, { pin: { keyIds: [generateKey('ecdsa').keyId] } });
      expect(err.message).toMatch(/trust-pin/);
    });
  });

  describe('when delegations are declared', () => {
    it('verifies a delegation with the keys its parent lists', async () => {
      const b = await repository();
      const { repo } = await b.load({ delegations: [RELEASES] });
      expect([...repo.delegations.get(RELEASES)!.keys.keys()]).toEqual(b.keysOf(RELEASES).map((k) => k.keyId));
    });

    it('refuses a delegation signed by a key its parent does not list', async () => {
      const b = await repository((r) => r.signWith(RELEASES, [generateKey('ecdsa')]));
      expect((await loadError(b, { delegations: [RELEASES] })).role).toBe(RELEASES);
    });

    it('takes the threshold from the parent, even when the delegation itself did not change', async () => {
      const b = await repository((r) => r.addKey(RELEASES));
      b.signWith(RELEASES, b.keysOf(RELEASES).slice(0, 1));
      await b.publish();
      await expect(b.load({ delegations: [RELEASES] })).resolves.toBeDefined();
      const unchanged = b.store.current.get(RELEASES);
      b.setThreshold(RELEASES, 2);
      await b.publish();
      expect(b.store.current.get(RELEASES)).toBe(unchanged);
      const err = await loadError(b, { delegations: [RELEASES] });
      expect(err.role).toBe(RELEASES);
      expect(err.message).toMatch(/only 1 valid signature\(s\), 2 required/);
    });

    it('accepts a delegation signed by as many keys as its parent requires', async () => {
      const b = await repository((r) => {
        r.addKey(RELEASES);
        r.setThreshold(RELEASES, 2);
      });
      const { repo } = await b.load({ delegations: [RELEASES] });
      expect(repo.delegations.get(RELEASES)?.threshold).toBe(2);
      expect(repo.delegations.get(RELEASES)?.keys.size).toBe(2);
    });

    it('keeps only the targets a delegation’s paths admit', async () => {
      const b = await repository((r) => {
        r.delegate('targets/alice', { paths: ['alice/'] });
        r.addTarget('targets/alice', 'alice/1', 'a').addTarget('targets/alice', 'bob/1', 'b');
      });
      const alice = await (await b.load()).repo.delegation('targets/alice');
      expect(alice?.paths).toEqual(['alice/']);
      expect([...alice!.targets.keys()]).toEqual(['alice/1']);
      expect([...alice!.metadata!.signed.targets.keys()]).toEqual(['alice/1', 'bob/1']);
    });

    it('restricts a nested delegation’s paths to those of its parent', async () => {
      const b = await repository((r) => {
        r.delegate('targets/a', { paths: ['a/'] });
        r.delegate('targets/a/b', { paths: ['a/b/', 'x/'] });
        r.addTarget('targets/a/b', 'a/b/1', '1').addTarget('targets/a/b', 'x/1', '2').addTarget('targets/a/b', 'a/c/1', '3');
      });
      const { repo } = await b.load({ delegations: ['targets/a/b'] });
      const nested = repo.delegations.get('targets/a/b');
      expect(nested?.paths).toEqual(['a/b/']);
      expect([...nested!.targets.keys()]).toEqual(['a/b/1']);
    });

    it('verifies a nested delegation with the keys its own parent lists', async () => {
      const b = await repository((r) => {
        r.delegate('targets/a');
        r.delegate('targets/a/b');
        r.signWith('targets/a/b', r.keysOf('targets/a'));
      });
      expect((await loadError(b, { delegations: ['targets/a/b'] })).role).toBe('targets/a/b');
    });

    // notary's isValidTargetsStructure refuses the whole file ("delegation role ... invalid").
    it('refuses a targets file that declares a role not directly below it', async () => {
      const b = await repository((r) => {
        r.delegate('targets/a');
        r.delegate('targets/a/b', { declaredIn: TARGETS });
        r.addTarget('targets/a/b', 'x', 'x');
      });
      const err = await loadError(b, { delegations: ['targets/a/b'] });
      expect(err).toMatchObject({ role: TARGETS, check: 'format' });
      expect(err.message).toMatch(/delegation "targets\/a\/b" is not a role directly below targets/);
    });

    it('gives a delegation declared but never published an empty role, without asking by checksum', async () => {
      const b = await repository((r) => r.delegate('targets/bob', { published: false }));
      const { repo, fetcher } = await b.load({ delegations: ['targets/bob'] });
      const bob = repo.delegations.get('targets/bob');
      expect(bob?.metadata).toBeUndefined();
      expect(bob?.targets.size).toBe(0);
      expect(bob?.keys.size).toBe(1);
      expect(fetcher.paths.filter((p) => p.startsWith('targets/bob'))).toEqual(['targets/bob.json']);
      expect(repo.state.versions).not.toHaveProperty('targets/bob');
    });

    it('answers undefined for a delegation no parent declares', async () => {
      const b = await repository();
      const { repo } = await b.load({ delegations: ['targets/nobody'] });
      await expect(repo.delegation('targets/nobody')).resolves.toBeUndefined();
      expect(repo.delegations.has('targets/nobody')).toBe(false);
    });

    it('loads a delegation not in the first wave on demand, by checksum', async () => {
      const b = await RepositoryBuilder.standard();
      const { repo, fetcher } = await b.load();
      const alice = await repo.delegation('targets/alice');
      expect(alice?.metadata?.signed.targets.has('alice-only')).toBe(true);
      expect(fetcher.paths.slice(4)).toEqual([checksumPath(b, 'targets/alice', 1)]);
      await repo.delegation('targets/alice');
      expect(fetcher.requests).toHaveLength(5);
    });
  });

  describe('when delegations are named for the first wave', () => {
    it('requests root, timestamp, snapshot, targets and exactly those delegations in parallel, each once', async () => {
      const b = await RepositoryBuilder.standard();
      const { repo, fetcher } = await b.load({ delegations: [RELEASES, 'targets/alice'] });
      expect(fetcher.waves).toEqual([
        ['root.json', 'snapshot.json', 'targets.json', 'targets/alice.json', `${RELEASES}.json`, 'timestamp.json'],
      ]);
      expect(new Set(fetcher.paths).size).toBe(fetcher.paths.length);
      expect([...repo.delegations.keys()].sort()).toEqual(['targets/alice', RELEASES]);
    });

    it('fetches the parent of a nested delegation by checksum afterwards', async () => {
      const b = await RepositoryBuilder.standard();
      const { repo, fetcher } = await b.load({ delegations: ['targets/a/b'] });
      expect(fetcher.waves).toEqual([
        ['root.json', 'snapshot.json', 'targets.json', 'targets/a/b.json', 'timestamp.json'],
        [checksumPath(b, 'targets/a', 1)],
      ]);
      expect(repo.delegations.get('targets/a/b')?.targets.has('a/b/1')).toBe(true);
    });
  });

  describe("when the delegation tree is hostile ('all')", () => {
    it('refuses a delegation that lists itself, rather than walking it forever', async () => {
      const b = await repository((r) => {
        r.delegate('targets/a');
        r.delegate('targets/a', { declaredIn: 'targets/a', keys: r.keysOf('targets/a') });
      });
      const err = await loadError(b, { delegations: 'all' });
      expect(err).toMatchObject({ role: 'targets/a', check: 'format' });
      expect(err.message).toMatch(/delegation "targets\/a" is not a role directly below targets\/a/);
    });

    test.each(['root', 'snapshot', 'timestamp', 'releases', 'targets'])('refuses a delegation named %s', async (name) => {
      const b = await repository((r) => r.delegate(name, { declaredIn: TARGETS, published: false }));
      const err = await loadError(b, { delegations: 'all' });
      expect(err.message).toMatch(new RegExp(`delegation "${name}" is not a role directly below targets`));
    });

    it(`refuses a tree of more than ${MAX_DELEGATIONS} delegations`, async () => {
      const b = await repository((r) => {
        const keys = r.keysOf(RELEASES);
        for (let i = 0; i < MAX_DELEGATIONS; i++) r.delegate(`targets/d${i}`, { keys, published: false });
      });
      const err = await loadError(b, { delegations: 'all' });
      expect(err.message).toMatch(/more than 1000 delegations/);
    });

    it(`refuses a tree of more than ${MAX_DELEGATION_BYTES >> 20} MiB before downloading it`, async () => {
      const big = 'x'.repeat(15 << 20);
      const b = await repository((r) => {
        for (let i = 0; i < 5; i++) {
          r.delegate(`targets/big${i}`, { keys: r.keysOf(RELEASES) });
          r.addTarget(`targets/big${i}`, `${big}${i}`, 'manifest');
        }
      });
      const fetcher = b.fetcher();
      const err = await loadError(b, { delegations: 'all' }, fetcher);
      expect(err.message).toMatch(/larger than 64 MiB/);
      expect(fetcher.paths.filter((p) => p.startsWith('targets/big'))).toEqual([]);
      // Building and signing 75 MB of metadata takes seconds on a busy 2-core machine: room, not a timing check.
    }, 60_000);
  });

  describe("when every delegation is asked for ('all')", () => {
    it('loads every delegation the snapshot lists in one extra wave, by checksum', async () => {
      const b = await RepositoryBuilder.standard();
      const { repo, fetcher } = await b.load({ delegations: 'all' });
      const names = ['targets/a', 'targets/a/b', 'targets/alice', RELEASES];
      expect(fetcher.waves).toEqual([
        ['root.json', 'snapshot.json', 'targets.json', 'timestamp.json'],
        names.map((n) => checksumPath(b, n, 1)).sort(),
      ]);
      expect(fetcher.requests).toHaveLength(8);
      expect([...repo.delegations.keys()].sort()).toEqual(names);
      expect(repo.delegations.get('targets/a/b')?.paths).toEqual(['a/b/']);
    });

    it('includes delegations declared but never published, at no extra request', async () => {
      const b = await RepositoryBuilder.standard();
      b.delegate('targets/bob', { published: false });
      b.delegate('targets/a/c', { published: false });
      await b.publish();
      const { repo, fetcher } = await b.load({ delegations: 'all' });
      expect(repo.delegations.get('targets/bob')?.metadata).toBeUndefined();
      expect(repo.delegations.get('targets/a/c')?.metadata).toBeUndefined();
      expect(fetcher.requests).toHaveLength(8);
    });

    it('refuses the repository when any delegation fails verification', async () => {
      const b = await RepositoryBuilder.standard();
      b.signWith('targets/alice', [generateKey('ecdsa')]);
      await b.publish();
      const err = await loadError(b, { delegations: 'all' });
      expect(err).toBeInstanceOf(DctError);
      expect(err.role).toBe('targets/alice');
    });
  });
});
