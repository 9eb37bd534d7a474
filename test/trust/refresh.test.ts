// Refresh and sign against an expired delegation: the role is still verified
// in every other way, and comes back with a fresh expiry.

import { describe, expect, it } from 'vitest';
import { refreshRoles } from '../../src/trust/refresh.ts';
import { signTargetsInRepository } from '../../src/trust/updates.ts';
import { DAY, YEAR } from '../../src/tuf/time.ts';
import { NOW, RepositoryBuilder, targetMeta } from '../tuf/support/repository-builder.ts';
import { InMemoryTrustServer } from '../tuf/support/trust-server.ts';

const ALICE = 'targets/alice';

async function expiredAlice() {
  const builder = new RepositoryBuilder();
  const [alice] = builder.delegate(ALICE);
  builder.addTarget(ALICE, 'v1', 'one').setExpires(ALICE, new Date(NOW.getTime() - DAY));
  await builder.publish();
  return { server: new InMemoryTrustServer(builder), alice: alice! };
}

describe('#refreshRoles', () => {
  describe('when the signer role has already expired', () => {
    it('re-signs it with the same targets and a three-year expiry', async () => {
      const { server, alice } = await expiredAlice();

      const result = await refreshRoles({ server, gun: server.builder.gun, now: () => NOW, signers: [alice], backoffMs: 0 });

      expect(result.result.map((r) => r.role)).toEqual([ALICE]);
      const { repo } = await server.builder.load({ delegations: [ALICE] });
      const role = repo!.delegations.get(ALICE)!;
      expect(role.expired).toBe(false);
      expect(role.metadata!.signed.expires.getTime()).toBeGreaterThan(NOW.getTime() + 3 * YEAR - DAY);
      expect(role.targets.get('v1')?.sha256Hex).toBe(targetMeta('one').sha256Hex);
    });
  });
});

describe('#signTargetsInRepository', () => {
  describe('when the signer role has already expired', () => {
    it('signs, keeping the old targets, and the role is valid again', async () => {
      const { server, alice } = await expiredAlice();
      const meta = targetMeta('two');

      await signTargetsInRepository({
        server,
        gun: server.builder.gun,
        now: () => NOW,
        signers: [alice],
        signerName: 'alice',
        targets: [{ name: 'v2', sha256: meta.sha256Hex!, length: meta.length }],
        backoffMs: 0,
      });

      const { repo } = await server.builder.load({ delegations: [ALICE] });
      const role = repo!.delegations.get(ALICE)!;
      expect(role.expired).toBe(false);
      expect([...role.targets.keys()].sort()).toEqual(['v1', 'v2']);
    });
  });
});
