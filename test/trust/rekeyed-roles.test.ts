// After `signer-remove --force ci`, targets/releases (signed with ci's key)
// fails its threshold only because targets changed its keys. A remaining
// signer's sign, refresh, revoke and key rotation re-sign it, rebuilt from
// the remaining signers' own roles, at a version above the one served, and
// name the tags only ci vouched for.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { VerificationError } from '../../src/errors.ts';
import { generateKey, type Signer } from '../../src/keys/index.ts';
import { rebuiltIfRekeyed } from '../../src/trust/rekeyed-roles.ts';
import { refreshRoles } from '../../src/trust/refresh.ts';
import { rotateSignerKey } from '../../src/trust/rotation.ts';
import { removeSigner, removeTargetsFromRepository, signTargetsInRepository } from '../../src/trust/updates.ts';
import { Metadata } from '../../src/tuf/metadata.ts';
import { RELEASES, TARGETS } from '../../src/tuf/role.ts';
import { Targets } from '../../src/tuf/targets.ts';
import { recordingLogger } from '../http/support/logger.ts';
import { GUN, NOW, RepositoryBuilder, targetMeta } from '../tuf/support/repository-builder.ts';
import { InMemoryTrustServer } from '../tuf/support/trust-server.ts';

const SERVED_VERSION = 7;

function spec(name: string) {
  const bytes = Buffer.from(`manifest ${name}`);
  return { name, sha256: createHash('sha256').update(bytes).digest('hex'), length: bytes.length };
}

/**
 * docker's layout with signers ci and ops: both sign v1 (ci last, so
 * releases carries ci's signature only), ci alone signs ci-only, ops alone
 * signs ops-only. Then ci is removed with the repository key, as
 * `signer-remove --force ci` does.
 */
async function afterForcedRemoval() {
  const b = new RepositoryBuilder();
  const ci = generateKey('ecdsa');
  const ops = generateKey('ecdsa');
  b.delegate(RELEASES, { keys: [ci, ops] });
  b.delegate('targets/ci', { keys: [ci] });
  b.delegate('targets/ops', { keys: [ops] });
  for (const [role, tags] of [
    [RELEASES, ['v1', 'ci-only', 'ops-only']],
    ['targets/ci', ['v1', 'ci-only']],
    ['targets/ops', ['v1', 'ops-only']],
  ] as const) {
    for (const tag of tags) b.addTarget(role, tag, `manifest ${tag}`);
  }
  b.signWith(RELEASES, [ci]).setVersion(RELEASES, SERVED_VERSION);
  await b.publish();
  // What a run with a trust state saw before the removal: releases granted to ci and ops.
  const before = (await b.load({ delegations: [RELEASES] })).repo.state;
  const server = new InMemoryTrustServer(b);
  const common = { server, gun: GUN, now: () => NOW, backoffMs: 0 };
  await removeSigner({ ...common, repositorySigner: b.keysOf(TARGETS)[0]!, name: 'ci' });
  return { b, server, common, ops, before };
}

/** targets/releases as served now, verified against the current targets. */
async function releasesOf(b: RepositoryBuilder) {
  const { repo } = await b.load({ delegations: [RELEASES] });
  return (await repo.delegation(RELEASES))!.metadata!;
}

function namesOf(m: Metadata<Targets>): string[] {
  return [...m.signed.targets.keys()].sort();
}

describe('#loadTrustedRepository', () => {
  describe('when targets/releases was signed by a signer since removed', () => {
    it('refuses it by default', async () => {
      const { b } = await afterForcedRemoval();
      const { repo } = await b.load();
      await expect(repo.delegation(RELEASES)).rejects.toMatchObject({ check: 'threshold' });
    });

    it('gives it as rekeyed, trusting none of its tags, for a publish that re-signs it', async () => {
      const { b } = await afterForcedRemoval();
      const { repo } = await b.load({ acceptRekeyedDelegations: true });
      const releases = (await repo.delegation(RELEASES))!;
      expect(releases.metadata).toBeUndefined();
      expect(releases.targets.size).toBe(0);
      expect(releases.rekeyed?.signed.version).toBe(SERVED_VERSION);
    });

    it('gives it as rekeyed when the trust state saw it granted to the removed key', async () => {
      const { b, before } = await afterForcedRemoval();
      expect(before.grants?.[RELEASES]?.keyids).toHaveLength(2);
      const { repo } = await b.load({ acceptRekeyedDelegations: true, previous: before });
      expect((await repo.delegation(RELEASES))!.rekeyed?.signed.version).toBe(SERVED_VERSION);
    });

    it('refuses it when the trust state never saw the key that signed it granted the role', async () => {
      const { b, before } = await afterForcedRemoval();
      const stranger = generateKey('ecdsa');
      const previous = { ...before, grants: { ...before.grants, [RELEASES]: { keyids: [stranger.keyId], threshold: 1 } } };
      const { repo } = await b.load({ acceptRekeyedDelegations: true, previous });
      await expect(repo.delegation(RELEASES)).rejects.toBeInstanceOf(VerificationError);
    });

    it('still refuses it when older than the version trusted before', async () => {
      const { b } = await afterForcedRemoval();
      const { repo } = await b.load({ acceptRekeyedDelegations: true, previous: { versions: { [RELEASES]: SERVED_VERSION + 2 } } });
      await expect(repo.delegation(RELEASES)).rejects.toMatchObject({ code: 'ROLLBACK' });
    });
  });
});

describe('#rebuiltIfRekeyed', () => {
  it('keeps what a remaining signer vouches for and names what drops', async () => {
    const { b } = await afterForcedRemoval();
    const { repo } = await b.load({ acceptRekeyedDelegations: true });
    const rebuilt = (await rebuiltIfRekeyed(repo, RELEASES))!;
    expect([...rebuilt.current.targets.keys()].sort()).toEqual(['ops-only', 'v1']);
    expect(rebuilt).toMatchObject({ dropped: ['ci-only'], changed: [] });
    expect(await rebuiltIfRekeyed(repo, 'targets/ops')).toBeUndefined();
  });
});

describe('#signTargetsInRepository', () => {
  describe('when targets/releases was signed by a signer since removed', () => {
    it('re-signs it with the tags signed and those the remaining signers vouch for, above the served version', async () => {
      const { b, common, ops } = await afterForcedRemoval();
      const logger = recordingLogger();
      const out = await signTargetsInRepository({ ...common, logger, signers: [ops], targets: [spec('v2')], signerName: 'ops' });

      expect(out.result.get('v2')).toEqual([RELEASES, 'targets/ops']);
      const releases = await releasesOf(b);
      expect(releases.signed.version).toBe(SERVED_VERSION + 1);
      expect(namesOf(releases)).toEqual(['ops-only', 'v1', 'v2']);
      expect(releases.signed.targets.get('v1')?.sha256Hex).toBe(targetMeta('manifest v1').sha256Hex);
      expect(logger.warnings).toEqual([expect.stringMatching(/targets\/releases .*Dropped.*: ci-only$/)]);
    });
  });
});

describe('#removeTargetsFromRepository', () => {
  describe('when targets/releases was signed by a signer since removed', () => {
    it('re-signs it without the revoked tag and without what only the removed signer vouched for', async () => {
      const { b, common, ops } = await afterForcedRemoval();
      const logger = recordingLogger();
      await removeTargetsFromRepository({ ...common, logger, signers: [ops], names: ['ops-only'] });

      const releases = await releasesOf(b);
      expect(releases.signed.version).toBe(SERVED_VERSION + 1);
      expect(namesOf(releases)).toEqual(['v1']);
      expect(logger.warnings.join('\n')).toContain('ci-only');
    });
  });
});

describe('#refreshRoles', () => {
  describe('when targets/releases was signed by a signer since removed', () => {
    it('re-signs it by default for a signer it lists, whatever its expiry', async () => {
      const { b, common, ops } = await afterForcedRemoval();
      const logger = recordingLogger();
      const out = await refreshRoles({ ...common, logger, signers: [ops], expiringBefore: NOW });

      expect(out.result.map((r) => r.role)).toEqual([RELEASES]);
      const releases = await releasesOf(b);
      expect(releases.signed.version).toBe(SERVED_VERSION + 1);
      expect(namesOf(releases)).toEqual(['ops-only', 'v1']);
      expect(logger.warnings.join('\n')).toContain('ci-only');
    });

    it('refuses a key the role does not list', async () => {
      const { common } = await afterForcedRemoval();
      await expect(refreshRoles({ ...common, signers: [generateKey('ecdsa')], roles: [RELEASES] })).rejects.toMatchObject({
        code: 'NOT_SIGNER',
      });
    });
  });
});

describe('#rotateSignerKey', () => {
  describe('when targets/releases was signed by a signer since removed', () => {
    it('re-signs it rebuilt, with the new key', async () => {
      const { b, common } = await afterForcedRemoval();
      const newKey: Signer = generateKey('ecdsa');
      const out = await rotateSignerKey({ ...common, repositoryKey: b.keysOf(TARGETS)[0]!, name: 'ops', newKey });

      expect(out.result.resigned).toEqual([TARGETS, RELEASES, 'targets/ops']);
      const releases = await releasesOf(b);
      expect(releases.signed.version).toBe(SERVED_VERSION + 1);
      expect(releases.signatures.map((s) => s.keyid)).toEqual([newKey.keyId]);
      expect(namesOf(releases)).toEqual(['ops-only', 'v1']);
    });
  });
});
