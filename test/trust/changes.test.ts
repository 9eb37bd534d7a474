import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DctError } from '../../src/errors.ts';
import { generateKey, verifySignature, type SigningKey } from '../../src/keys/index.ts';
import { addTargets, removeTargets, TARGETS_EXPIRY, type ChangeResult, type TargetSpec } from '../../src/trust/changes.ts';
import { FileMeta } from '../../src/tuf/file-meta.ts';
import { Metadata } from '../../src/tuf/metadata.ts';
import { RELEASES, TARGETS } from '../../src/tuf/role.ts';
import { Targets } from '../../src/tuf/targets.ts';
import { formatGoTime, YEAR } from '../../src/tuf/time.ts';
import { NOW, RepositoryBuilder } from '../tuf/support/repository-builder.ts';

const ALICE = 'targets/alice';

function spec(name: string, content = `manifest ${name}`): TargetSpec {
  const bytes = Buffer.from(content);
  return { name, sha256: createHash('sha256').update(bytes).digest('hex'), length: bytes.length };
}

/** docker's layout after `signer add alice`: alice's key in targets/releases and targets/alice. */
async function withAlice(configure: (b: RepositoryBuilder, alice: SigningKey) => void = () => {}) {
  const alice = generateKey('ecdsa');
  const b = new RepositoryBuilder();
  b.addTarget(TARGETS, 'latest', 'manifest latest');
  b.delegate(RELEASES, { keys: [alice] });
  b.addTarget(RELEASES, 'v1', 'manifest v1');
  b.delegate(ALICE, { keys: [alice] });
  b.addTarget(ALICE, 'v1', 'manifest v1');
  configure(b, alice);
  await b.publish();
  const { repo } = await b.load({ delegations: 'all' });
  return { b, alice, repo };
}

function file(result: ChangeResult, role: string): Metadata<Targets> {
  const f = result.files.find((x) => x.role === role);
  if (!f) throw new Error(`no file for ${role}`);
  return Metadata.parse(f.bytes, role, (s, r) => Targets.fromJSON(s, r));
}

/** Publishes the files as the server would and reads the repository back with the core's client. */
async function republished(b: RepositoryBuilder, result: ChangeResult) {
  b.ingest(result.files);
  await b.publish();
  return (await b.load({ delegations: 'all' })).repo;
}

describe('#addTargets', () => {
  describe('when the signer is in targets/releases and its own role', () => {
    it('writes the target into both and says so per target', async () => {
      const { alice, repo } = await withAlice();
      const result = await addTargets(repo, [alice], [spec('v2')], NOW);
      expect(result.files.map((f) => f.role)).toEqual([RELEASES, ALICE]);
      expect(result.roles.get('v2')).toEqual([RELEASES, ALICE]);
      for (const role of [RELEASES, ALICE]) {
        const meta = file(result, role).signed.targets.get('v2');
        expect(meta?.sha256Hex).toBe(spec('v2').sha256);
        expect(meta?.length).toBe(spec('v2').length);
        expect(Object.keys(meta!.hashes)).toEqual(['sha256']);
      }
    });

    it('keeps the targets already there', async () => {
      const { alice, repo } = await withAlice();
      const result = await addTargets(repo, [alice], [spec('v2')], NOW);
      expect([...file(result, RELEASES).signed.targets.keys()]).toEqual(['v1', 'v2']);
    });

    it('bumps each version by one and sets the expiry 3 years from now, to the second', async () => {
      const { alice, repo } = await withAlice();
      const now = new Date(NOW.getTime() + 1234);
      const result = await addTargets(repo, [alice], [spec('v2')], now);
      const releases = file(result, RELEASES);
      expect(releases.signed.version).toBe(2);
      expect(TARGETS_EXPIRY).toBe(3 * YEAR);
      const wholeSecond = new Date(NOW.getTime() + 1000 + 3 * YEAR);
      expect(releases.signed.expires.toISOString()).toBe(wholeSecond.toISOString());
      expect(releases.signed.expiresText).toBe(formatGoTime(wholeSecond));
      expect(releases.signed.expiresText).toMatch(/:01Z$/);
    });

    it('signs each file with the signer’s key, once', async () => {
      const { alice, repo } = await withAlice();
      const releases = file(await addTargets(repo, [alice], [spec('v2')], NOW), RELEASES);
      expect(releases.signatures.map((s) => s.keyid)).toEqual([alice.keyId]);
      const [sig] = releases.signatures;
      expect(verifySignature(alice.publicKey, sig!.method, releases.signedBytes, sig!.sig)).toBe(true);
    });

    it('writes several targets into one file per role', async () => {
      const { alice, repo } = await withAlice();
      const result = await addTargets(repo, [alice], [spec('v2'), spec('v3')], NOW);
      expect(result.files).toHaveLength(2);
      expect([...file(result, ALICE).signed.targets.keys()]).toEqual(['v1', 'v2', 'v3']);
    });

    it('produces files the client then verifies, with the target in both roles', async () => {
      const { b, alice, repo } = await withAlice();
      const after = await republished(b, await addTargets(repo, [alice], [spec('v2')], NOW));
      expect(after.delegations.get(RELEASES)?.targets.get('v2')?.sha256Hex).toBe(spec('v2').sha256);
      expect(after.delegations.get(ALICE)?.targets.get('v2')?.sha256Hex).toBe(spec('v2').sha256);
    });
  });

  describe('when a role already has the target as asked', () => {
    it('leaves that role alone and signs only the others', async () => {
      const { alice, repo } = await withAlice((b) => b.addTarget(RELEASES, 'v2', 'manifest v2'));
      const result = await addTargets(repo, [alice], [spec('v2')], NOW);
      expect(result.files.map((f) => f.role)).toEqual([ALICE]);
      expect(result.roles.get('v2')).toEqual([RELEASES, ALICE]);
    });

    it('signs nothing when every role has it', async () => {
      const { alice, repo } = await withAlice();
      const result = await addTargets(repo, [alice], [spec('v1')], NOW);
      expect(result.files).toEqual([]);
    });
  });

  describe('when a role has the target with other hashes or another digest', () => {
    it('rewrites it with the sha256 alone', async () => {
      const { alice, repo } = await withAlice((b) =>
        b.addTarget(RELEASES, 'v2', FileMeta.of(Buffer.from('manifest v2'), ['sha256', 'sha512'])),
      );
      const result = await addTargets(repo, [alice], [spec('v2')], NOW);
      expect(Object.keys(file(result, RELEASES).signed.targets.get('v2')!.hashes)).toEqual(['sha256']);
    });

    it('replaces a different digest', async () => {
      const { alice, repo } = await withAlice();
      const result = await addTargets(repo, [alice], [spec('v1', 'rebuilt v1')], NOW);
      expect(file(result, RELEASES).signed.targets.get('v1')?.sha256Hex).toBe(spec('v1', 'rebuilt v1').sha256);
    });
  });

  describe('when the signer’s role was declared but never published', () => {
    it('creates its first version holding only the new target', async () => {
      const alice = generateKey('ecdsa');
      const b = new RepositoryBuilder();
      b.delegate(RELEASES, { keys: [alice], published: false });
      await b.publish();
      const { repo } = await b.load({ delegations: [RELEASES] });
      const result = await addTargets(repo, [alice], [spec('v1')], NOW);
      const releases = file(result, RELEASES);
      expect(releases.signed.version).toBe(1);
      expect([...releases.signed.targets.keys()]).toEqual(['v1']);
      const after = await republished(b, result);
      expect(after.delegations.get(RELEASES)?.targets.has('v1')).toBe(true);
    });
  });

  describe('when the repository has no delegations', () => {
    it('signs targets with the repository key, under root’s key ID', async () => {
      const b = new RepositoryBuilder();
      await b.publish();
      const { repo } = await b.load();
      const result = await addTargets(repo, b.keysOf(TARGETS), [spec('latest')], NOW);
      expect(result.files.map((f) => f.role)).toEqual([TARGETS]);
      expect(file(result, TARGETS).signed.version).toBe(2);
      expect((await republished(b, result)).targets.signed.targets.has('latest')).toBe(true);
    });
  });

  describe('when the signer may sign no role for a target', () => {
    it('refuses with NOT_SIGNER, naming the target', async () => {
      const { repo } = await withAlice();
      const err: unknown = await addTargets(repo, [generateKey('ecdsa')], [spec('v2')], NOW).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DctError);
      expect((err as DctError).code).toBe('NOT_SIGNER');
      expect((err as DctError).message).toMatch(/v2/);
    });

    it('refuses the whole change when only one of the targets is outside the paths', async () => {
      const { alice, repo } = await withAlice((b) => {
        b.setPaths(RELEASES, ['v']);
        b.setPaths(ALICE, ['v']);
      });
      await expect(addTargets(repo, [alice], [spec('v2'), spec('latest')], NOW)).rejects.toMatchObject({
        code: 'NOT_SIGNER',
      });
    });
  });

  describe('when the signer can sign only some roles', () => {
    it('leaves the other roles alone', async () => {
      const { alice, repo } = await withAlice((b) => {
        b.delegate('targets/bob');
        b.addTarget('targets/bob', 'v1', 'manifest v1');
      });
      const result = await addTargets(repo, [alice], [spec('v2')], NOW);
      expect(result.files.map((f) => f.role).sort()).toEqual([RELEASES, ALICE].sort());
    });
  });
});

describe('#removeTargets', () => {
  describe('when the target is in every role the signer can sign', () => {
    it('removes it from each, bumping versions', async () => {
      const { b, alice, repo } = await withAlice();
      const result = await removeTargets(repo, [alice], ['v1'], NOW);
      expect(result.files.map((f) => f.role)).toEqual([RELEASES, ALICE]);
      expect(result.roles.get('v1')).toEqual([RELEASES, ALICE]);
      expect(file(result, ALICE).signed.version).toBe(2);
      const after = await republished(b, result);
      expect(after.delegations.get(RELEASES)?.targets.has('v1')).toBe(false);
      expect(after.delegations.get(ALICE)?.targets.has('v1')).toBe(false);
    });
  });

  describe('when only some roles hold the target', () => {
    it('signs only those', async () => {
      const { alice, repo } = await withAlice();
      expect((await removeTargets(repo, [alice], ['alice-only'], NOW)).files).toEqual([]);
      const { alice: a2, repo: r2 } = await withAlice((b) => b.addTarget(ALICE, 'alice-only', 'x'));
      expect((await removeTargets(r2, [a2], ['alice-only'], NOW)).files.map((f) => f.role)).toEqual([ALICE]);
    });
  });

  describe('when the signer may sign no role', () => {
    it('refuses with NOT_SIGNER', async () => {
      const { repo } = await withAlice();
      await expect(removeTargets(repo, [generateKey('ecdsa')], ['v1'], NOW)).rejects.toMatchObject({
        code: 'NOT_SIGNER',
      });
    });
  });
});
