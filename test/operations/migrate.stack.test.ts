// migrate on the real stack, judged by the real peers: a repository that
// docker signed (`docker trust signer add`, `docker trust sign`) is migrated
// with the signer's own docker key, and cosign 3.1 and 2.5 then accept the
// tag with `cosign verify --key` and the .pub `docker trust key generate`
// wrote; a tag moved after docker signed it is refused and gets nothing. On
// the token stack an identity that may only pull is refused before anything
// is written, and one that may push migrates.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrate } from '../../src/operations/migrate.ts';
import { loadKeyInput } from '../../src/operations/key-inputs.ts';
import { parseReference } from '../../src/registry/reference.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  type PeerContext,
  pushImage,
  removePeerContext,
  type TestRepository,
  uniqueRepository,
} from '../support/peers.ts';
import {
  cosignVerify,
  createSigstoreContext,
  registryLogin,
  removeSigstoreContext,
  skopeoVerify,
  writeSkopeoPolicy,
  type SigstoreContext,
} from '../support/sigstore-peers.ts';
import { READER, SIGNER } from '../support/token-server.ts';

const stack = inject('stack');
const variant = stack.variants.open;
const common = { trustServer: variant.notaryUrl, trustServerCa: stack.caPem, env: {} };

describe('#migrate against docker and cosign', () => {
  let admin: PeerContext;
  let alice: PeerContext;
  let sigstore: SigstoreContext;
  let repo: TestRepository;
  let alicePub: string;

  /** alice's private key as docker keeps it: the one key in her trust store. */
  async function aliceKey() {
    const dir = join(alice.dockerTrustDir, 'private');
    const [file] = (await readdir(dir)).filter((f) => f.endsWith('.key'));
    const text = await readFile(join(dir, file!), 'utf8');
    return loadKeyInput({ text, passphrase: alice.passphrases.repository, input: 'signer-key' });
  }

  beforeAll(async () => {
    [admin, alice, sigstore] = await Promise.all([createPeerContext(stack, variant), createPeerContext(stack, variant), createSigstoreContext(stack.dir)]);
    repo = uniqueRepository(variant, 'migrate');
    alicePub = await generateSignerKey(alice, 'alice');
    await docker(admin, ['trust', 'signer', 'add', '--key', alicePub, 'alice', repo.name]);
    for (const tag of ['v1', 'v2']) {
      await makeImage(alice, repo.ref(tag));
      await docker(alice, ['trust', 'sign', repo.ref(tag)]);
    }
    // v2 moves after docker signed it: the registry serves content nobody signed.
    await makeImage(admin, repo.ref('v2'));
    await pushImage(admin, repo.ref('v2'));
  }, 180_000);

  afterAll(async () => {
    await Promise.all([removePeerContext(admin), removePeerContext(alice), removeSigstoreContext(sigstore)]);
  });

  it('migrates the tag served as signed, refuses the moved one, and cosign 3.1 and 2.5 accept the migrated tag with the docker .pub', async () => {
    const before = await cosignVerify(sigstore, 3, alicePub, repo.ref('v1'), { allowFailure: true });
    expect(before.code).not.toBe(0);

    const dry = await migrate({ ...common, formats: ['cosign'], signerKey: await aliceKey(), references: [parseReference(repo.name)], dryRun: true });
    expect(dry.tags.map((t) => [t.tag, t.status])).toEqual([['v1', 'migrated'], ['v2', 'refused']]);
    expect((await cosignVerify(sigstore, 3, alicePub, repo.ref('v1'), { allowFailure: true })).code).not.toBe(0);

    const result = await migrate({ ...common, formats: ['cosign'], signerKey: await aliceKey(), references: [parseReference(repo.name)] });
    expect(result.tags.map((t) => [t.tag, t.status, t.written])).toEqual([['v1', 'migrated', ['sig', 'bundle']], ['v2', 'refused', []]]);
    expect(result.ok).toBe(false);

    for (const version of [3, 2] as const) {
      const verified = await cosignVerify(sigstore, version, alicePub, repo.ref('v1'), { allowFailure: true });
      expect(verified.code, `cosign ${version}: ${verified.stderr}`).toBe(0);
      const moved = await cosignVerify(sigstore, version, alicePub, repo.ref('v2'), { allowFailure: true });
      expect(moved.code, `cosign ${version} on the moved tag`).not.toBe(0);
    }

    // skopeo's default matchRepoDigestOrExact: the migrated signature names the tag, as DCT bound it.
    const policy = await writeSkopeoPolicy(sigstore, 'migrated', { scope: variant.registryHost, publicKey: alicePub });
    expect((await skopeoVerify(sigstore, policy, repo.ref('v1'), { allowFailure: true })).code).toBe(0);
    expect((await skopeoVerify(sigstore, policy, repo.ref('v2'), { allowFailure: true })).code).not.toBe(0);

    const again = await migrate({ ...common, formats: ['cosign'], signerKey: await aliceKey(), references: [parseReference(repo.ref('v1'))] });
    expect(again.tags.map((t) => [t.tag, t.status])).toEqual([['v1', 'already']]);
  }, 180_000);
});

describe('#migrate on the token stack', () => {
  const token = stack.variants.token;
  const trust = { trustServer: token.notaryUrl, trustServerCa: stack.caPem, env: {} };
  let ctx: PeerContext;
  let sigstore: SigstoreContext;
  let repo: TestRepository;
  let pub: string;

  async function signerKey() {
    const dir = join(ctx.dockerTrustDir, 'private');
    const files = await readdir(dir);
    // The signer's key is the one whose role: header is ci; the others are the root and repository keys.
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      if (/^role: ci$/m.test(text)) return loadKeyInput({ text, passphrase: ctx.passphrases.repository, input: 'signer-key' });
    }
    throw new Error(`no key of signer ci in ${dir}`);
  }

  beforeAll(async () => {
    [ctx, sigstore] = await Promise.all([createPeerContext(stack, token, { user: SIGNER }), createSigstoreContext(stack.dir)]);
    await registryLogin(sigstore, token.registryHost, READER);
    repo = uniqueRepository(token, 'migrate-token');
    pub = await generateSignerKey(ctx, 'ci');
    await docker(ctx, ['trust', 'signer', 'add', '--key', pub, 'ci', repo.name]);
    await makeImage(ctx, repo.ref('v1'));
    await docker(ctx, ['trust', 'sign', repo.ref('v1')]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([removePeerContext(ctx), removeSigstoreContext(sigstore)]);
  });

  it('refuses a pull-only identity before writing, and migrates with one that may push', async () => {
    const references = [parseReference(repo.name)];
    const denied = migrate({ ...trust, ...READER, formats: ['cosign'], signerKey: await signerKey(), references });
    await expect(denied).rejects.toMatchObject({ code: 'PUSH_DENIED' });
    expect((await cosignVerify(sigstore, 3, pub, repo.ref('v1'), { allowFailure: true })).code).not.toBe(0);

    const result = await migrate({ ...trust, ...SIGNER, formats: ['cosign'], signerKey: await signerKey(), references });
    expect(result.tags.map((t) => [t.tag, t.status])).toEqual([['v1', 'migrated']]);
    const verified = await cosignVerify(sigstore, 3, pub, repo.ref('v1'), { allowFailure: true });
    expect(verified.code, verified.stderr).toBe(0);
  }, 180_000);
});
