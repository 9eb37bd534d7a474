// Publishing against the real notary-server: concurrent signers, refused
// credentials, and the number of requests a sign costs.

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DctError } from '../../src/errors.ts';
import { createRootCertificate, generateKey, type SigningKey } from '../../src/keys/index.ts';
import type { Session } from '../../src/operations/session.ts';
import type { TargetSpec } from '../../src/trust/changes.ts';
import { addSigner, initializeRepository, signTargetsInRepository } from '../../src/trust/updates.ts';
import { coreSession } from '../support/core.ts';
import { createPeerContext, notary, type PeerContext, removePeerContext, uniqueRepository } from '../support/peers.ts';
import { READER, SIGNER } from '../support/token-server.ts';

const stack = inject('stack');

const randomTarget = (name: string): TargetSpec => ({
  name,
  sha256: randomBytes(32).toString('hex'),
  length: 400 + Math.floor(Math.random() * 1000),
});

describe.each(['open', 'token'] as const)('publishing on the %s stack', (name) => {
  const variant = stack.variants[name];
  const user = variant.auth ? SIGNER : undefined;
  const sessions: Session[] = [];
  let ctx: PeerContext;

  const session = (as = user) => {
    const s = coreSession(stack, as);
    sessions.push(s);
    return s;
  };

  /** A repository the core created, with signers named signer-0 … signer-(n-1). */
  async function repositoryWithSigners(n: number) {
    const repo = uniqueRepository(variant, 'publish');
    const server = session().trustServer(variant.notaryUrl);
    const repositoryKey = generateKey('ecdsa');
    const rootKey = generateKey('ecdsa');
    const signers: SigningKey[] = Array.from({ length: n }, () => generateKey('ecdsa'));
    await initializeRepository({
      server,
      gun: repo.gun,
      rootSigner: createRootCertificate(rootKey, repo.gun).signer,
      repositorySigner: repositoryKey,
      signer: { name: 'signer-0', keys: [signers[0]!.publicKey] },
    });
    for (let i = 1; i < n; i++) {
      await addSigner({ server, gun: repo.gun, repositorySigner: repositoryKey, name: `signer-${i}`, keys: [signers[i]!.publicKey] });
    }
    return { repo, signers };
  }

  beforeAll(async () => {
    ctx = await createPeerContext(stack, variant, user ? { user } : {});
  });
  afterAll(async () => {
    await Promise.all([removePeerContext(ctx), ...sessions.map((s) => s.close())]);
  });

  describe('when 10 signers sign different tags at once', () => {
    it('keeps every tag', async () => {
      const { repo, signers } = await repositoryWithSigners(10);
      const targets = signers.map((_, i) => randomTarget(`tag-${i}`));

      const results = await Promise.all(
        signers.map((signer, i) =>
          signTargetsInRepository({
            server: session().trustServer(variant.notaryUrl),
            gun: repo.gun,
            signers: [signer],
            signerName: `signer-${i}`,
            targets: [targets[i]!],
            backoffMs: 20,
          }),
        ),
      );

      expect(results.every((r) => r.published)).toBe(true);
      expect(results.some((r) => r.attempts > 1)).toBe(true);
      const { stdout } = await notary(ctx, ['list', repo.gun]);
      for (const t of targets) {
        expect(stdout).toMatch(new RegExp(`^${t.name}\\s+${t.sha256}\\s+${t.length}\\s`, 'm'));
      }
    });
  });

  describe('when three tags are signed', () => {
    it('costs one wave of GETs and one POST', async () => {
      const { repo, signers } = await repositoryWithSigners(1);
      const s = session();
      const server = s.trustServer(variant.notaryUrl);
      // Warm the connection and token, as a run that just read the repository would have.
      await server.getRole(repo.gun, 'root', { maxBytes: 1 << 20 });
      s.transport.resetStats();

      await signTargetsInRepository({
        server,
        gun: repo.gun,
        signers: [signers[0]!],
        signerName: 'signer-0',
        targets: ['a', 'b', 'c'].map(randomTarget),
      });

      const stats = s.stats();
      expect(stats.byMethod.POST).toBe(1);
      // root, timestamp, snapshot, targets, targets/releases, targets/signer-0: nothing twice.
      expect(stats.byMethod.GET).toBe(6);
      expect(Object.values(stats.byPath).every((n) => n === 1)).toBe(true);
    });
  });

  describe.runIf(variant.auth)('when the user may only pull', () => {
    it('fails with a clear not-authorized error', async () => {
      const { repo, signers } = await repositoryWithSigners(1);
      const error = await signTargetsInRepository({
        server: session(READER).trustServer(variant.notaryUrl),
        gun: repo.gun,
        signers: [signers[0]!],
        signerName: 'signer-0',
        targets: [randomTarget('v1')],
      }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(DctError);
      expect((error as DctError).code).toBe('UNAUTHORIZED');
      expect((error as DctError).message).toMatch(/not authorized/i);
      expect((error as DctError).message).toContain('reader');
      expect((error as DctError).message).not.toContain(READER.password);
    });
  });
});
