// Proves the test stack works with the real peers before anything of ours is
// tested against it: docker trust can set up a repository, sign a pushed tag,
// and the notary CLI, `docker trust inspect` and a content-trust pull all see
// the signature, on both the open and the token-auth variant.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  copyTrustKeys,
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
} from './support/peers.ts';
import { fetchTokenRequests, READER, SIGNER } from './support/token-server.ts';

const stack = inject('stack');

describe.each(['open', 'token'] as const)('stack, %s variant', (name) => {
  const variant = stack.variants[name];
  const repo = uniqueRepository(variant);
  const ref = repo.ref('v1');
  const contexts: PeerContext[] = [];
  let signer: PeerContext;
  let digest: string;

  beforeAll(async () => {
    signer = await createPeerContext(stack, variant, variant.auth ? { user: SIGNER } : {});
    contexts.push(signer);
  });
  afterAll(async () => {
    await Promise.all(contexts.map(removePeerContext));
  });

  it('signs a pushed tag with docker trust', async () => {
    const publicKey = await generateSignerKey(signer, 'alice');
    // Adding the first signer initializes the repository (root + repository passphrases).
    await docker(signer, ['trust', 'signer', 'add', '--key', publicKey, 'alice', repo.name]);
    await makeImage(signer, ref);
    digest = (await pushImage(signer, ref)).digest;

    await docker(signer, ['trust', 'sign', ref]);
  });

  it('shows the signed tag to the notary CLI', async () => {
    const { stdout } = await notary(signer, ['list', repo.gun]);
    expect(stdout).toMatch(new RegExp(`^v1\\s+${digest.slice('sha256:'.length)}\\s`, 'm'));
  });

  it('shows the signer to docker trust inspect', async () => {
    const [inspected] = await trustInspect(signer, repo.name);
    expect(inspected).toMatchObject({
      Name: repo.name,
      SignedTags: [{ SignedTag: 'v1', Digest: digest.slice('sha256:'.length), Signers: ['alice'] }],
      Signers: [{ Name: 'alice' }],
    });
  });

  it('pulls the tag with content trust on', async () => {
    await docker(signer, ['rmi', ref]);
    const { stdout } = await docker(signer, ['pull', ref], { env: { DOCKER_CONTENT_TRUST: '1' } });
    expect(stdout).toContain(digest);
  });

  it.runIf(variant.auth)('refuses to publish trust data for a pull-only user', async () => {
    const reader = await createPeerContext(stack, variant, { user: READER });
    contexts.push(reader);
    await copyTrustKeys(signer, reader);

    const result = await docker(reader, ['trust', 'sign', ref], { allowFailure: true });

    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/unauthorized|not authorized/i);
    const asked = (await fetchTokenRequests(stack.tokenServer.url)).filter(
      (r) => r.user === READER.username && r.service === stack.notaryService,
    );
    expect(asked.some((r) => r.scopes.includes(`repository:${repo.gun}:pull,push`))).toBe(true);
    expect(asked.flatMap((r) => r.granted.flatMap((g) => g.actions))).not.toContain('push');
  });
});
