// The core against the real peers. Interop A: docker creates the repository
// and its signer, the core signs a tag with docker's own key file. Interop B:
// the core creates the repository and adds the signer, docker signs with it.
// Each time notary, `docker trust inspect` and a content-trust pull must
// accept what the core published. Both stack variants: open and token auth.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRootCertificate, generateKey, loadPublicKey } from '../../src/keys/index.ts';
import { addSigner, initializeRepository, signTargetsInRepository } from '../../src/trust/updates.ts';
import { readRepository } from '../../src/trust/publisher.ts';
import { coreSession, dockerKey } from '../support/core.ts';
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
import { SIGNER } from '../support/token-server.ts';
import { readFile } from 'node:fs/promises';
import type { Session } from '../../src/operations/session.ts';

const stack = inject('stack');

const hex = (digest: string) => digest.slice('sha256:'.length);

describe.each(['open', 'token'] as const)('interop on the %s stack', (name) => {
  const variant = stack.variants[name];
  const user = variant.auth ? SIGNER : undefined;
  const contexts: PeerContext[] = [];
  const sessions: Session[] = [];
  let ctx: PeerContext;

  beforeAll(async () => {
    ctx = await createPeerContext(stack, variant, user ? { user } : {});
    contexts.push(ctx);
  });
  afterAll(async () => {
    await Promise.all([...contexts.map(removePeerContext), ...sessions.map((s) => s.close())]);
  });

  const session = () => {
    const s = coreSession(stack, user);
    sessions.push(s);
    return s;
  };

  describe('A: docker initializes, the core signs', () => {
    const repo = uniqueRepository(variant, 'interop-a');
    let pushed: { digest: string; size: number };

    beforeAll(async () => {
      const publicKey = await generateSignerKey(ctx, 'alice');
      await docker(ctx, ['trust', 'signer', 'add', '--key', publicKey, 'alice', repo.name]);
      await makeImage(ctx, repo.ref('v1'));
      pushed = await pushImage(ctx, repo.ref('v1'));
    });

    it('signs a tag with docker key file and passphrase', async () => {
      const key = await dockerKey(ctx, 'alice');
      expect(key.role).toBe('alice');
      const s = session();
      const result = await signTargetsInRepository({
        server: s.trustServer(variant.notaryUrl),
        gun: repo.gun,
        signers: [key.signer],
        signerName: 'alice',
        targets: [{ name: 'v1', sha256: hex(pushed.digest), length: pushed.size }],
      });
      expect(result.published).toBe(true);
      expect(result.result.get('v1')).toEqual(expect.arrayContaining(['targets/releases', 'targets/alice']));
    });

    it('is listed by notary with the right digest and length', async () => {
      const { stdout } = await notary(ctx, ['list', repo.gun]);
      expect(stdout).toMatch(new RegExp(`^v1\\s+${hex(pushed.digest)}\\s+${pushed.size}\\s+targets/(releases|alice)`, 'm'));
    });

    it('is shown by docker trust inspect as signed by alice', async () => {
      const [inspected] = await trustInspect(ctx, repo.name);
      expect(inspected).toMatchObject({
        SignedTags: [{ SignedTag: 'v1', Digest: hex(pushed.digest), Signers: ['alice'] }],
      });
    });

    it('pulls with content trust on', async () => {
      await docker(ctx, ['rmi', repo.ref('v1')]);
      const { stdout } = await docker(ctx, ['pull', repo.ref('v1')], { env: { DOCKER_CONTENT_TRUST: '1' } });
      expect(stdout).toContain(pushed.digest);
    });
  });

  describe('B: the core initializes and adds a signer, docker signs', () => {
    const repo = uniqueRepository(variant, 'interop-b');
    let first: { digest: string; size: number };
    let second: { digest: string; size: number };

    beforeAll(async () => {
      await makeImage(ctx, repo.ref('one'));
      first = await pushImage(ctx, repo.ref('one'));
    });

    it('creates the repository and adds docker signer bob', async () => {
      const publicKeyFile = await generateSignerKey(ctx, 'bob');
      const bob = loadPublicKey(await readFile(publicKeyFile, 'utf8'), { input: 'bob.pub' });
      const rootKey = generateKey('ecdsa');
      const root = createRootCertificate(rootKey, repo.gun);
      const repositoryKey = generateKey('ecdsa');
      const s = session();
      const server = s.trustServer(variant.notaryUrl);
      await initializeRepository({ server, gun: repo.gun, rootSigner: root.signer, repositorySigner: repositoryKey });
      await addSigner({ server, gun: repo.gun, repositorySigner: repositoryKey, name: 'bob', keys: [bob] });
      const signed = await signTargetsInRepository({
        server,
        gun: repo.gun,
        signers: [(await dockerKey(ctx, 'bob')).signer],
        signerName: 'bob',
        targets: [{ name: 'one', sha256: hex(first.digest), length: first.size }],
      });
      expect(signed.published).toBe(true);
    });

    it('is accepted by notary list and docker trust inspect', async () => {
      const { stdout } = await notary(ctx, ['list', repo.gun]);
      expect(stdout).toMatch(new RegExp(`^one\\s+${hex(first.digest)}\\s+${first.size}\\s`, 'm'));
      const [inspected] = await trustInspect(ctx, repo.name);
      expect(inspected).toMatchObject({
        SignedTags: [{ SignedTag: 'one', Signers: ['bob'] }],
        Signers: [{ Name: 'bob' }],
      });
    });

    it('lets docker trust sign add another tag with bob key', async () => {
      await makeImage(ctx, repo.ref('two'));
      second = await pushImage(ctx, repo.ref('two'));
      await docker(ctx, ['trust', 'sign', repo.ref('two')]);
    });

    it('verifies and lists both tags in the core', async () => {
      const s = session();
      const trusted = await readRepository({
        server: s.trustServer(variant.notaryUrl),
        gun: repo.gun,
        delegations: 'all',
      });
      const releases = trusted?.delegations.get('targets/releases');
      expect(releases?.targets.get('one')?.sha256Hex).toBe(hex(first.digest));
      expect(releases?.targets.get('two')?.sha256Hex).toBe(hex(second.digest));
      expect(releases?.targets.get('two')?.length).toBe(second.size);
    });

    it('pulls the core-signed tag with content trust on', async () => {
      await docker(ctx, ['rmi', repo.ref('one')]);
      const { stdout } = await docker(ctx, ['pull', repo.ref('one')], { env: { DOCKER_CONTENT_TRUST: '1' } });
      expect(stdout).toContain(first.digest);
    });
  });
});
