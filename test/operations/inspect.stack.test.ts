// The inspect operation against `docker trust inspect` on the real stack:
// a repository with two signers added by docker, tags signed by docker with
// one or both of them, and tags released by the repository key alone
// (targets) and into targets/releases alone, both shown as "Repo Admin", and
// a nested delegation with an x509 key.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRootCertificate, generateKey } from '../../src/keys/index.ts';
import { formatInspectPretty } from '../../src/commands/inspect-pretty.ts';
import { inspect } from './support/as-given.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  notary,
  type PeerContext,
  pushImage,
  removePeerContext,
  type TestRepository,
  uniqueRepository,
} from '../support/peers.ts';

const stack = inject('stack');
const variant = stack.variants.open;
const common = { trustServer: variant.notaryUrl, trustServerCa: stack.caPem, env: {} };

describe('#inspect', () => {
  /** Holds the repository's root and targets keys. */
  let admin: PeerContext;
  /** Each holds one signer's key only, so that docker signs as that signer alone. */
  let alice: PeerContext;
  let bob: PeerContext;
  let repo: TestRepository;

  async function dockerSign(ctx: PeerContext, tag: string): Promise<void> {
    await docker(ctx, ['trust', 'sign', repo.ref(tag)]);
  }

  beforeAll(async () => {
    [admin, alice, bob] = await Promise.all([
      createPeerContext(stack, variant),
      createPeerContext(stack, variant),
      createPeerContext(stack, variant),
    ]);
    repo = uniqueRepository(variant, 'inspect');
    const [alicePub, bobPub] = await Promise.all([generateSignerKey(alice, 'alice'), generateSignerKey(bob, 'bob')]);
    await docker(admin, ['trust', 'signer', 'add', '--key', alicePub, 'alice', repo.name]);
    await docker(admin, ['trust', 'signer', 'add', '--key', bobPub, 'bob', repo.name]);
    for (const tag of ['1.2', '1.10', 'latest', 'admin', 'released']) await makeImage(admin, repo.ref(tag));
    // 1.2 by both signers, 1.10 by alice, latest by bob.
    await dockerSign(alice, '1.2');
    await dockerSign(bob, '1.2');
    await dockerSign(alice, '1.10');
    await dockerSign(bob, 'latest');
    // Released without a signer: by the repository key into targets, and into targets/releases alone.
    const byAdmin = await pushImage(admin, repo.ref('admin'));
    await notary(admin, [
      '-d', admin.dockerTrustDir,
      'addhash', repo.gun, 'admin', String(byAdmin.size), '--sha256', byAdmin.digest.slice(7), '--publish',
    ]);
    const released = await pushImage(alice, repo.ref('released'));
    await notary(alice, [
      '-d', alice.dockerTrustDir,
      'addhash', repo.gun, 'released', String(released.size), '--sha256', released.digest.slice(7),
      '-r', 'targets/releases', '--publish',
    ]);
    // A nested delegation under alice, with an x509 key: listed as signer alice/ci by its canonical key ID.
    const certFile = join(alice.dir, 'alice-ci.crt');
    await writeFile(certFile, createRootCertificate(generateKey('ecdsa'), 'alice-ci').pem);
    await notary(alice, [
      '-d', alice.dockerTrustDir,
      'delegation', 'add', repo.gun, 'targets/alice/ci', certFile, '--all-paths', '--publish',
    ]);
  });
  afterAll(async () => {
    await Promise.all([admin, alice, bob].map(removePeerContext));
  });

  describe('when given the repository and single tags', () => {
    it('returns what docker trust inspect prints, field by field', async () => {
      const references = [repo.name, repo.ref('1.2'), repo.ref('admin'), repo.ref('released'), repo.ref('unsigned')];
      const { stdout } = await docker(bob, ['trust', 'inspect', ...references]);
      const expected: unknown = JSON.parse(stdout);

      const result = await inspect({ ...common, references });

      expect(JSON.parse(JSON.stringify(result.repositories))).toEqual(expected);
    });

    it('shows the rows docker shows', async () => {
      const result = await inspect({ ...common, references: [repo.name] });
      const [only] = result.repositories;
      expect(only!.SignedTags.map((r) => [r.SignedTag, r.Signers])).toEqual([
        ['1.2', ['alice', 'bob']],
        ['1.10', ['alice']],
        ['admin', ['Repo Admin']],
        ['latest', ['bob']],
        ['released', ['Repo Admin']],
      ]);
      expect(only!.Signers.map((s) => s.Name)).toEqual(['bob', 'alice/ci', 'alice']);
      expect(only!.AdministrativeKeys.map((k) => k.Name)).toEqual(['Root', 'Repository']);
    });
  });

  describe('when printed with formatInspectPretty', () => {
    it('prints the text of docker trust inspect --pretty', async () => {
      const references = [repo.name, repo.ref('latest'), repo.ref('unsigned')];
      const { stdout } = await docker(alice, ['trust', 'inspect', '--pretty', ...references]);

      const text = formatInspectPretty(await inspect({ ...common, references }));

      // Tag, digest and signer rows first, for a readable failure; then the whole text.
      const rows = (s: string) => s.split('\n').filter((l) => /^(\S+\s{3,}[0-9a-f]{64}\s{3}|\w+\s{3,}[0-9a-f]{12}$)/.test(l));
      expect(rows(text)).toEqual(rows(stdout));
      expect(rows(text).length).toBeGreaterThan(5);
      expect(text).toBe(stdout);
    });
  });

  describe('when the repository has no trust data', () => {
    it('fails with NO_TRUST_DATA naming the reference', async () => {
      const none = uniqueRepository(variant, 'inspect-none');
      await expect(inspect({ ...common, references: [none.ref('v1')] })).rejects.toMatchObject({
        code: 'NO_TRUST_DATA',
        message: expect.stringContaining(none.ref('v1')),
      });
    });
  });
});
