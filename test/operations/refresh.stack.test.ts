// expiryWarnings and refresh against the real stack. Roles are made to
// expire soon through a test-only path (signed by hand with a 30-day
// expiry and published directly); a warning must name them, refresh must
// push them to ~3 years, and docker and notary must still verify.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expiryWarnings } from '../../src/operations/expiry.ts';
import type { KeyInput } from '../../src/operations/inputs.ts';
import { loadKeyInput } from '../../src/operations/key-inputs.ts';
import { refresh } from './support/as-given.ts';
import type { Session } from '../../src/operations/session.ts';
import { readRepository } from '../../src/trust/publisher.ts';
import { Metadata } from '../../src/tuf/metadata.ts';
import { DAY, expiryFrom, YEAR } from '../../src/tuf/time.ts';
import type { TrustedRepository } from '../../src/tuf/trusted-repository.ts';
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

const stack = inject('stack');
const variant = stack.variants.open;
const common = { trustServer: variant.notaryUrl, trustServerCa: stack.caPem, env: {} };
const ROLES = ['root', 'targets', 'targets/releases', 'targets/alice', 'snapshot', 'timestamp'];

describe('expiry care', () => {
  const repo = uniqueRepository(variant, 'refresh');
  let ctx: PeerContext;
  let session: Session;
  let aliceKey: KeyInput;
  let repositoryKey: KeyInput;

  const read = async (): Promise<TrustedRepository> => {
    const trusted = await readRepository({ server: session.trustServer(variant.notaryUrl), gun: repo.gun, delegations: 'all' });
    if (!trusted) throw new Error(`${repo.gun} has no trust data`);
    return trusted;
  };

  /** Test-only: re-signs roles as they are with an expiry 30 days away and publishes them as they are. */
  const expireSoon = async (roles: readonly string[]) => {
    const current = await read();
    const expires = expiryFrom(new Date(), 30 * DAY);
    const files = [];
    for (const role of roles) {
      const [metadata, key] =
        role === 'targets'
          ? [current.targets, repositoryKey]
          : [(await current.delegation(role))!.metadata!, aliceKey];
      const signed = await Metadata.sign(metadata.signed.with({ version: metadata.signed.version + 1, expires }), [
        loadKeyInput(key).signer,
      ]);
      files.push({ role, bytes: signed.bytes });
    }
    await session.trustServer(variant.notaryUrl).publish(repo.gun, files);
  };

  const expectPeersVerify = async () => {
    const fresh = await createPeerContext(stack, variant);
    try {
      for (const peer of [fresh, ctx]) {
        const { stdout } = await notary(peer, ['list', repo.gun]);
        expect(stdout).toMatch(/^v1\s/m);
        const [inspected] = await trustInspect(peer, repo.name);
        expect(inspected).toMatchObject({ SignedTags: [{ SignedTag: 'v1', Signers: ['alice'] }] });
      }
    } finally {
      await removePeerContext(fresh);
    }
  };

  beforeAll(async () => {
    session = coreSession(stack);
    ctx = await createPeerContext(stack, variant);
    const alice = await generateSignerKey(ctx, 'alice');
    await docker(ctx, ['trust', 'signer', 'add', '--key', alice, 'alice', repo.name]);
    await makeImage(ctx, repo.ref('v1'));
    await pushImage(ctx, repo.ref('v1'));
    await docker(ctx, ['trust', 'sign', repo.ref('v1')]);
    aliceKey = { text: await dockerKeyPem(ctx, 'alice'), passphrase: ctx.passphrases.repository, input: 'signer-key' };
    repositoryKey = {
      text: await dockerKeyPem(ctx, 'targets', repo.gun),
      passphrase: ctx.passphrases.repository,
      input: 'repository-key',
    };
  });
  afterAll(async () => {
    await Promise.all([removePeerContext(ctx), session.close()]);
  });

  describe('#expiryWarnings', () => {
    it('warns about nothing on a repository docker just made', async () => {
      expect(await expiryWarnings(await read(), ROLES)).toEqual([]);
    });

    it('warns about a signer role that expires within the window, with the fix', async () => {
      await expireSoon(['targets/alice']);

      const warnings = await expiryWarnings(await read(), ROLES);

      expect(warnings).toEqual([
        expect.objectContaining({ role: 'targets/alice', kind: 'metadata', message: expect.stringContaining('refresh') }),
      ]);
      const days = (warnings[0]!.expires.getTime() - Date.now()) / DAY;
      expect(days).toBeGreaterThan(29);
      expect(days).toBeLessThanOrEqual(30);
    });

    it('leaves out roles the run does not name and roles further away than the window', async () => {
      const repoNow = await read();
      expect(await expiryWarnings(repoNow, ['targets', 'targets/releases'])).toEqual([]);
      expect(await expiryWarnings(repoNow, ROLES, new Date(), 10 * DAY)).toEqual([]);
    });

    it('warns about root and its certificate close to their end', async () => {
      const nineYears = new Date(Date.now() + 9.8 * YEAR);
      const warnings = await expiryWarnings(await read(), ['root'], nineYears);
      expect(warnings.map((w) => w.kind).sort()).toEqual(['certificate', 'metadata']);
    });
  });

  describe('#refresh', () => {
    it('re-signs the roles the signer signed last, 3 years out, content unchanged', async () => {
      const before = await read();
      const aliceBefore = before.delegations.get('targets/alice')!.metadata!.signed;
      const releasesBefore = before.delegations.get('targets/releases')!.metadata!.signed;

      const result = await refresh({ ...common, reference: repo.name, signerKey: aliceKey });

      expect(result.published).toBe(true);
      expect(result.refreshed.map((r) => r.role).sort()).toEqual(['targets/alice', 'targets/releases']);
      const after = await read();
      const alice = after.delegations.get('targets/alice')!.metadata!.signed;
      expect(alice.version).toBe(aliceBefore.version + 1);
      expect(Math.abs(alice.expires.getTime() - Date.now() - 3 * YEAR)).toBeLessThan(DAY);
      expect([...alice.targets.keys()]).toEqual([...aliceBefore.targets.keys()]);
      expect(after.delegations.get('targets/releases')!.metadata!.signed.version).toBe(releasesBefore.version + 1);
      expect(after.targets.signed.version).toBe(before.targets.signed.version);
      expect(await expiryWarnings(after, ROLES)).toEqual([]);
    });

    it('is verified by docker and notary, fresh and cached', async () => {
      await expectPeersVerify();
    });

    it('publishes nothing when no role expires within the given time', async () => {
      const before = await read();
      const result = await refresh({ ...common, reference: repo.name, signerKey: aliceKey, expiringWithinMs: YEAR / 2 });

      expect(result).toMatchObject({ published: false, refreshed: [] });
      expect((await read()).snapshot.signed.version).toBe(before.snapshot.signed.version);
    });

    it('refreshes targets with the repository key, only what expires soon', async () => {
      await expireSoon(['targets']);
      expect((await expiryWarnings(await read(), ROLES)).map((w) => w.role)).toEqual(['targets']);

      const result = await refresh({
        ...common,
        reference: repo.name,
        repositoryKey,
        signerKey: aliceKey,
        expiringWithinMs: YEAR / 2,
      });

      expect(result.refreshed.map((r) => r.role)).toEqual(['targets']);
      expect(await expiryWarnings(await read(), ROLES)).toEqual([]);
      await expectPeersVerify();
    });

    it('refuses roles it cannot refresh, naming the reason', async () => {
      await expect(refresh({ ...common, reference: repo.name, signerKey: aliceKey, roles: ['snapshot'] })).rejects.toMatchObject({
        code: 'INPUT',
        message: expect.stringContaining('trust server'),
      });
      await expect(refresh({ ...common, reference: repo.name, signerKey: aliceKey, roles: ['targets'] })).rejects.toMatchObject({
        code: 'NOT_SIGNER',
      });
      await expect(
        refresh({ ...common, reference: repo.name, repositoryKey, roles: ['targets/alice'] }),
      ).rejects.toMatchObject({ code: 'NOT_SIGNER' });
    });
  });
});
