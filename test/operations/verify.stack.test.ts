// The verify operation against the real stack, with docker as the oracle:
// what docker trust sign signed passes, pinned to the digest a content-trust
// pull fetches; what docker trust revoke removed, a re-pushed tag, a missing
// signer, expired or untrusted trust data and a repository without trust
// data each fail with their reason.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateKey } from '../../src/keys/index.ts';
import { inspect } from './support/as-given.ts';
import type { VerifyOptions } from '../../src/operations/verify.ts';
import { verify } from './support/as-given.ts';
import { readRepository } from '../../src/trust/publisher.ts';
import { signableRoles } from '../../src/trust/signable-roles.ts';
import { Metadata } from '../../src/tuf/metadata.ts';
import { coreSession, dockerKey } from '../support/core.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  notary,
  type PeerContext,
  pushImage,
  type PushedImage,
  removePeerContext,
  type TestRepository,
  uniqueRepository,
} from '../support/peers.ts';
import { READER, SIGNER } from '../support/token-server.ts';

const stack = inject('stack');
const DAY = 24 * 60 * 60 * 1000;

describe('#verify', () => {
  const variant = stack.variants.open;
  const common = { trustServer: variant.notaryUrl, trustServerCa: stack.caPem, env: {} };
  let admin: PeerContext;
  let alice: PeerContext;
  let bob: PeerContext;
  let repo: TestRepository;
  const pushed = new Map<string, PushedImage>();

  /** Pushes a new image for `tag` and has docker sign it in each context given. */
  async function signed(tag: string, ...signers: PeerContext[]): Promise<PushedImage> {
    await makeImage(admin, repo.ref(tag));
    const image = await pushImage(admin, repo.ref(tag));
    for (const ctx of signers) await docker(ctx, ['trust', 'sign', repo.ref(tag)]);
    pushed.set(tag, image);
    return image;
  }

  const check = async (references: string[], options: Partial<Omit<VerifyOptions, 'references' | 'cosignPublicKeys'>> = {}) =>
    verify({ ...common, references, ...options });

  beforeAll(async () => {
    [admin, alice, bob] = await Promise.all([
      createPeerContext(stack, variant),
      createPeerContext(stack, variant),
      createPeerContext(stack, variant),
    ]);
    repo = uniqueRepository(variant, 'verify');
    const [alicePub, bobPub] = await Promise.all([generateSignerKey(alice, 'alice'), generateSignerKey(bob, 'bob')]);
    await docker(admin, ['trust', 'signer', 'add', '--key', alicePub, 'alice', repo.name]);
    await docker(admin, ['trust', 'signer', 'add', '--key', bobPub, 'bob', repo.name]);
    await signed('v1', alice);
    await signed('both', alice, bob);
  });
  afterAll(async () => {
    await Promise.all([admin, alice, bob].map(removePeerContext));
  });

  describe('when docker trust sign signed the tag', () => {
    it('passes, pinned to the digest a content-trust pull fetches', async () => {
      const result = await check([repo.ref('v1')]);

      const digest = pushed.get('v1')!.digest;
      expect(result.ok).toBe(true);
      expect(result.references).toEqual([
        expect.objectContaining({
          reference: repo.ref('v1'),
          tag: 'v1',
          gun: repo.gun,
          ok: true,
          signedDigest: digest,
          registryDigest: digest,
          signers: ['alice'],
          pinned: `${repo.name}@${digest}`,
        }),
      ]);
      await docker(admin, ['rmi', repo.ref('v1')]);
      const { stdout } = await docker(admin, ['pull', repo.ref('v1')], { env: { DOCKER_CONTENT_TRUST: '1' } });
      expect(stdout).toContain(`${result.references[0]!.pinned}: Pulling from`);
    });
  });

  describe('when required signers are given', () => {
    it.each([
      { tag: 'v1', required: ['alice'], policy: 'any', ok: true },
      { tag: 'v1', required: ['bob'], policy: 'any', ok: false },
      { tag: 'v1', required: ['bob', 'alice'], policy: 'any', ok: true },
      { tag: 'v1', required: ['alice', 'bob'], policy: 'all', ok: false },
      { tag: 'both', required: ['alice', 'bob'], policy: 'all', ok: true },
      { tag: 'both', required: ['targets/bob'], policy: 'all', ok: true },
      { tag: 'both', required: ['carol'], policy: 'any', ok: false },
    ] as const)('$tag with $policy of $required: ok $ok', async ({ tag, required, policy, ok }) => {
      const result = await check([repo.ref(tag)], { requiredSigners: required, signerPolicy: policy });

      const [only] = result.references;
      expect(only).toMatchObject({ ok, signedDigest: pushed.get(tag)!.digest });
      if (!ok) expect(only).toMatchObject({ reason: 'wrong-signer', message: expect.stringContaining('must sign') });
    });

    it('lists both signers of a tag both signed', async () => {
      const result = await check([repo.ref('both')]);
      expect(result.references[0]!.signers).toEqual(['alice', 'bob']);
    });
  });

  describe('when docker trust revoke removed the tag', () => {
    it('fails as unsigned, as a content-trust pull does', async () => {
      await signed('revoked', alice);
      expect((await check([repo.ref('revoked')])).ok).toBe(true);
      await docker(alice, ['trust', 'revoke', repo.ref('revoked')]);

      const result = await check([repo.ref('revoked')]);

      expect(result).toMatchObject({ ok: false, references: [{ ok: false, reason: 'unsigned', signedDigest: undefined }] });
      const pull = await docker(admin, ['pull', repo.ref('revoked')], { env: { DOCKER_CONTENT_TRUST: '1' }, allowFailure: true });
      expect(pull).toMatchObject({ code: 1, stderr: expect.stringContaining('No valid trust data for revoked') });
    });
  });

  describe('when the tag is only in a signer role, not released', () => {
    it('fails as unsigned, as a content-trust pull does', async () => {
      const image = await signed('alice-only');
      await notary(alice, [
        '-d', alice.dockerTrustDir,
        'addhash', repo.gun, 'alice-only', String(image.size), '--sha256', image.digest.slice(7),
        '-r', 'targets/alice', '--publish',
      ]);

      const result = await check([repo.ref('alice-only')]);

      expect(result.references[0]).toMatchObject({ ok: false, reason: 'unsigned', message: expect.stringContaining('targets/alice') });
      const pull = await docker(admin, ['pull', repo.ref('alice-only')], { env: { DOCKER_CONTENT_TRUST: '1' }, allowFailure: true });
      expect(pull).toMatchObject({ code: 1, stderr: expect.stringContaining('No trust data for alice-only') });
    });
  });

  describe('when the tag was pushed again with other content', () => {
    it('fails as digest-changed, reporting both digests', async () => {
      const first = await signed('moving', alice);
      await makeImage(admin, repo.ref('moving'));
      const second = await pushImage(admin, repo.ref('moving'));

      const result = await check([repo.ref('moving')]);

      expect(result.references[0]).toMatchObject({
        ok: false,
        reason: 'digest-changed',
        signedDigest: first.digest,
        registryDigest: second.digest,
        pinned: `${repo.name}@${first.digest}`,
      });
    });
  });

  describe('when the trust data has expired', () => {
    it('fails as expired', async () => {
      const result = await check([repo.ref('v1')], { now: new Date(Date.now() + 30 * DAY) });
      expect(result.references[0]).toMatchObject({ ok: false, reason: 'expired', message: expect.stringMatching(/expired/) });
    });
  });

  describe('when the root does not match the trust pin', () => {
    it('fails as untrusted-root', async () => {
      const result = await check([repo.ref('v1')], { trustPin: generateKey('ecdsa').keyId });
      expect(result.references[0]).toMatchObject({ ok: false, reason: 'untrusted-root' });
    });
  });

  describe('when the repository has no trust data', () => {
    it('fails as no-trust-data and still reports the other references', async () => {
      const none = uniqueRepository(variant, 'verify-none');
      await makeImage(admin, none.ref('v1'));
      await pushImage(admin, none.ref('v1'));

      const result = await check([none.ref('v1'), repo.ref('v1')]);

      expect(result.ok).toBe(false);
      expect(result.references.map((r) => [r.reference, r.ok, r.reason])).toEqual([
        [none.ref('v1'), false, 'no-trust-data'],
        [repo.ref('v1'), true, undefined],
      ]);
    });
  });

  describe('when an input is wrong', () => {
    it.each([
      { references: [`${'x'.repeat(3)}@sha256:${'0'.repeat(64)}`], options: {}, input: 'tags' },
      { references: ['r.io/app:v1'], options: { requiredSigners: ['Bad Name'] }, input: 'required-signers' },
      { references: ['r.io/app:v1'], options: { signerPolicy: 'most' as never }, input: 'signer-policy' },
      { references: ['r.io/app:v1'], options: { username: 'u' }, input: 'password' },
    ])('throws an InputError naming $input', async ({ references, options, input }) => {
      await expect(check(references, options)).rejects.toMatchObject({ code: 'INPUT', input });
    });
  });
});

describe('#verify when a signer role has expired', () => {
  const variant = stack.variants.open;
  const common = { trustServer: variant.notaryUrl, trustServerCa: stack.caPem, env: {} };
  let admin: PeerContext;
  let alice: PeerContext;
  let bob: PeerContext;
  let repo: TestRepository;
  let image: PushedImage;

  /** Re-signs bob's role with bob's key to expire in `seconds` (notary-server refuses an expired upload). */
  async function expireBobsRole(seconds: number): Promise<void> {
    const key = await dockerKey(bob, 'bob');
    const session = coreSession(stack);
    try {
      const server = session.trustServer(variant.notaryUrl);
      const read = (await readRepository({ server, gun: repo.gun, delegations: ['targets/bob'] }))!;
      const current = (await read.delegation('targets/bob'))!.metadata!.signed;
      const role = signableRoles(read, [key.signer], 'both').find((r) => r.name === 'targets/bob')!;
      const next = current.with({ version: current.version + 1, expires: new Date(Date.now() + seconds * 1000) });
      await server.publish(repo.gun, [{ role: 'targets/bob', bytes: (await Metadata.sign(next, [role.signer])).bytes }]);
    } finally {
      await session.close();
    }
  }

  beforeAll(async () => {
    [admin, alice, bob] = await Promise.all([
      createPeerContext(stack, variant),
      createPeerContext(stack, variant),
      createPeerContext(stack, variant),
    ]);
    repo = uniqueRepository(variant, 'verify-expired');
    const [alicePub, bobPub] = await Promise.all([generateSignerKey(alice, 'alice'), generateSignerKey(bob, 'bob')]);
    await docker(admin, ['trust', 'signer', 'add', '--key', alicePub, 'alice', repo.name]);
    await docker(admin, ['trust', 'signer', 'add', '--key', bobPub, 'bob', repo.name]);
    await makeImage(admin, repo.ref('both'));
    image = await pushImage(admin, repo.ref('both'));
    await docker(alice, ['trust', 'sign', repo.ref('both')]);
    await docker(bob, ['trust', 'sign', repo.ref('both')]);
    await expireBobsRole(2);
    await sleep(3500);
  });
  afterAll(async () => {
    await Promise.all([admin, alice, bob].map(removePeerContext));
  });

  it('ignores the role as docker does: the tag passes, signed by the others', async () => {
    const result = await verify({ ...common, references: [repo.ref('both')] });

    expect(result.references[0]).toMatchObject({ ok: true, signers: ['alice'], signedDigest: image.digest });
    await docker(admin, ['rmi', repo.ref('both')]);
    const { stdout } = await docker(admin, ['pull', repo.ref('both')], { env: { DOCKER_CONTENT_TRUST: '1' } });
    expect(stdout).toContain(`${repo.name}@${image.digest}: Pulling from`);
  });

  it('shows the tree docker trust inspect shows', async () => {
    const { stdout } = await docker(admin, ['trust', 'inspect', repo.name]);
    const result = await inspect({ ...common, references: [repo.name] });
    expect(JSON.parse(JSON.stringify(result.repositories))).toEqual(JSON.parse(stdout));
    expect(result.repositories[0]!.SignedTags[0]!.Signers).toEqual(['alice']);
  });

  it('fails as expired when the expired signer is required', async () => {
    const result = await verify({ ...common, references: [repo.ref('both')], requiredSigners: ['bob'] });
    expect(result.references[0]).toMatchObject({
      ok: false,
      reason: 'expired',
      message: expect.stringContaining('targets/bob: expired'),
    });
  });
});

describe('#verify on the token stack', () => {
  const variant = stack.variants.token;
  let ctx: PeerContext;
  let repo: TestRepository;
  let image: PushedImage;

  beforeAll(async () => {
    ctx = await createPeerContext(stack, variant, { user: SIGNER });
    repo = uniqueRepository(variant, 'verify-token');
    const publicKey = await generateSignerKey(ctx, 'ci');
    await docker(ctx, ['trust', 'signer', 'add', '--key', publicKey, 'ci', repo.name]);
    await makeImage(ctx, repo.ref('v1'));
    image = await pushImage(ctx, repo.ref('v1'));
    await docker(ctx, ['trust', 'sign', repo.ref('v1')]);
  });
  afterAll(async () => {
    await removePeerContext(ctx);
  });

  it('passes with read-only credentials', async () => {
    const result = await verify({
      references: [repo.ref('v1')],
      trustServer: variant.notaryUrl,
      trustServerCa: stack.caPem,
      username: READER.username,
      password: READER.password,
      requiredSigners: ['ci'],
      env: {},
    });
    expect(result.references[0]).toMatchObject({ ok: true, signers: ['ci'], signedDigest: image.digest, registryDigest: image.digest });
  });
});
