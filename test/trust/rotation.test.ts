// The root key rotation against an in-memory trust server: what it
// publishes, that clients holding the old root follow it, and a publish
// whose answer is lost while the run is pinned to the old root.

import { describe, expect, it } from 'vitest';
import { NetworkError } from '../../src/http/errors.ts';
import { createRootCertificate, generateKey } from '../../src/keys/index.ts';
import { readRepository } from '../../src/trust/publisher.ts';
import { rotateRootKey } from '../../src/trust/rotation.ts';
import { verifyRoot } from '../../src/tuf/root-trust.ts';
import { trustedRootOf } from '../../src/tuf/trusted-repository.ts';
import { ROOT } from '../../src/tuf/role.ts';
import { GUN, NOW, RepositoryBuilder } from '../tuf/support/repository-builder.ts';
import { InMemoryTrustServer } from '../tuf/support/trust-server.ts';

async function served(thresholds?: { root: number }) {
  const b = new RepositoryBuilder(thresholds ? { keys: { root: thresholds.root }, thresholds } : {});
  await b.publish();
  return { b, server: new InMemoryTrustServer(b), oldRoot: b.keysOf(ROOT)[0]! };
}

const newRoot = () => createRootCertificate(generateKey('ecdsa'), GUN, { now: NOW });

describe('#rotateRootKey', () => {
  describe('when the root has one root key', () => {
    it('publishes root version + 1 listing only the new certificate, signed by the old and the new key', async () => {
      const { b, server, oldRoot } = await served();
      const before = (await b.load()).repo.root;
      const cert = newRoot();

      const out = await rotateRootKey({ server, gun: GUN, now: () => NOW, rootKey: oldRoot, newRoot: cert });

      expect(out.result).toEqual({ role: ROOT, keyId: cert.publicKey.id, previousKeyIds: [oldRoot.keyId], resigned: [ROOT] });
      const { repo } = await b.load({ previous: { versions: {}, root: trustedRootOf(before) } });
      expect(repo.root.signed.version).toBe(before.signed.version + 1);
      expect(repo.root.signed.roles.root.keyids).toEqual([cert.publicKey.id]);
      expect(repo.root.signed.keys.has(oldRoot.keyId)).toBe(true);
      expect(repo.root.signatures.map((s) => s.keyid).sort()).toEqual([oldRoot.keyId, cert.publicKey.id].sort());
      expect(() => verifyRoot(repo.root, { gun: GUN, now: NOW, previous: before })).not.toThrow();
    });
  });

  describe('when the answer to the publish is lost and the run is pinned to the old root', () => {
    it('re-reads, finds the new root in place and does not publish again', async () => {
      const { b, server, oldRoot } = await served();
      server.lostAnswers.push(
        new NetworkError({
          url: 'https://notary.example.com/v2/example.com/org/app/_trust/tuf/',
          method: 'POST',
          reason: 'the connection was closed before an answer (ECONNRESET)',
          target: 'trust server https://notary.example.com',
          outcomeUnknown: true,
        }),
      );
      const cert = newRoot();

      const out = await rotateRootKey({
        server,
        gun: GUN,
        now: () => NOW,
        rootKey: oldRoot,
        newRoot: cert,
        pin: { keyIds: [oldRoot.keyId] },
      });

      expect(out).toMatchObject({ published: true, attempts: 1 });
      expect(server.publishes).toHaveLength(1);
      expect((await b.load()).repo.root.signed.roles.root.keyids).toEqual([cert.publicKey.id]);
      // Only that run widens the pin: a pin to the old root refuses the new one.
      await expect(readRepository({ server, gun: GUN, now: () => NOW, pin: { keyIds: [oldRoot.keyId] } })).rejects.toMatchObject({
        code: 'VERIFY',
      });
    });
  });

  describe('when the root needs more than one root signature', () => {
    it('refuses before publishing: one old key cannot carry trust over', async () => {
      const { server, oldRoot } = await served({ root: 2 });

      await expect(rotateRootKey({ server, gun: GUN, now: () => NOW, rootKey: oldRoot, newRoot: newRoot() })).rejects.toMatchObject({
        code: 'NOT_SIGNER',
        message: expect.stringContaining('needs 2 root key signatures'),
      });
      expect(server.publishes).toEqual([]);
    });
  });
});
