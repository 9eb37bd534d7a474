// The Sigstore bridge end to end (issue 18) where it runs beyond the open
// registry, judged by the real peers:
// - the token-auth stack: sign --formats dct,cosign and verify there with a
//   login; a pull-only identity is refused before anything is published in
//   any format (the registry and the trust server unchanged);
// - the GitHub Action and the Azure task: sign --formats dct,cosign and the
//   gate through each adapter's bundle, on the token stack;
// - migrate: a repository docker signed is migrated through the CLI with
//   the signer's docker key; cosign 3.1 and 2.5 accept with docker's .pub;
//   again is `already`; a moved tag is refused and listed; --dry-run writes
//   nothing.

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { HttpTransport } from '../../src/http/transport.ts';
import type { RegistryClient } from '../../src/registry/registry-client.ts';
import { CliBundle, type CliRun, dockerKeyFile } from '../cli/stack-support.ts';
import { checkBundles, createDriver } from '../commands/support/entrypoints.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  type PeerContext,
  pushImage,
  removePeerContext,
  trustInspect,
  uniqueRepository,
} from '../support/peers.ts';
import { cosignGenerateKeyPair, cosignVerify, createSigstoreContext, registryLogin, removeSigstoreContext, type SigstoreContext, skopeoVerify, writeSkopeoPolicy } from '../support/sigstore-peers.ts';
import { READER, SIGNER } from '../support/token-server.ts';
import { notaryTargets, pushTestImage, referrersTag, registryClient, registryTags, sigTag } from './support.ts';

const stack = inject('stack');
const token = stack.variants.token;
const open = stack.variants.open;
const hex = (digest: string) => digest.slice('sha256:'.length);

const bundle = new CliBundle();
let scratch: string;
let sig: SigstoreContext;

/** A CI job's shell: no docker, no login but the one given on the command line. */
function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: '/usr/bin:/bin', HOME: join(scratch, 'home'), DOCKER_CONFIG: join(scratch, 'home', 'docker'), ...extra };
}

interface VerifyJson {
  readonly verified: readonly { readonly ok: boolean; readonly reason?: string; readonly formats: readonly string[]; readonly pinned?: string }[];
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'dct-sign-bridge-token-'));
  await mkdir(join(scratch, 'home', 'docker'), { recursive: true });
  await writeFile(join(scratch, 'home', 'docker', 'config.json'), '{"auths":{}}\n');
  [sig] = await Promise.all([createSigstoreContext(join(stack.dir, 'peers')), bundle.build()]);
  await registryLogin(sig, token.registryHost, SIGNER);
  for (const s of [SIGNER.password, READER.password]) bundle.secrets.add(s);
}, 600_000);

afterAll(async () => {
  bundle.scan();
  await Promise.all([sig && removeSigstoreContext(sig), bundle.remove()]);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('on the token-auth stack', () => {
  const repo = uniqueRepository(token, 'bridge-token');
  let ctx: PeerContext;
  let transport: HttpTransport;
  let registry: RegistryClient;
  let keyFile: string;
  let pub: string;
  const at = () => ({ registry: token.registryHost, repository: repo.path });

  /** The CLI as `user`, the password on stdin; the trust server only with dct (without it, it is refused). */
  const cli = (args: readonly string[], user = SIGNER): Promise<CliRun> =>
    bundle.run(
      [
        ...args,
        ...(args[args.indexOf('--formats') + 1]!.split(',').includes('dct') ? ['--trust-server', token.notaryUrl, '--trust-server-ca', stack.caFile] : []),
        '--username',
        user.username,
        '--password-stdin',
      ],
      env({ DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: ctx.passphrases.repository }),
      `${user.password}\n`,
    );
  const written = async () => ({ tags: await registryTags(stack, token, repo.path), dct: await notaryTargets(ctx, repo.gun) });

  beforeAll(async () => {
    ctx = await createPeerContext(stack, token, { user: SIGNER });
    ({ registry, transport } = registryClient(SIGNER));
    pub = await generateSignerKey(ctx, 'ci');
    await docker(ctx, ['trust', 'signer', 'add', '--key', pub, 'ci', repo.name]);
    keyFile = await dockerKeyFile(ctx, 'ci');
    bundle.addPem(await readFile(keyFile, 'utf8'));
    for (const p of Object.values(ctx.passphrases)) bundle.secrets.add(p);
  });
  afterAll(async () => {
    await transport?.close();
    if (ctx) await removePeerContext(ctx);
  });

  it('signs in dct and cosign with a login, and verify (all) passes it; cosign 2.5, 3.1, skopeo and docker accept', async () => {
    const image = await pushTestImage(registry, at(), 'v1');
    const signed = await cli(['sign', '--no-push', '--formats', 'dct,cosign', '--signer-key-file', keyFile, repo.ref('v1')]);
    expect(signed.code, signed.stderr).toBe(0);
    expect(await registryTags(stack, token, repo.path)).toEqual(expect.arrayContaining([sigTag(image.digest), referrersTag(image.digest)]));

    const verified = await cli(['verify', '--json', '--formats', 'dct,cosign', '--formats-policy', 'all', repo.ref('v1')]);
    expect(verified.code, verified.stderr).toBe(0);
    expect((JSON.parse(verified.stdout) as VerifyJson).verified).toEqual([
      expect.objectContaining({ ok: true, formats: ['dct', 'cosign'], pinned: `${repo.name}@${image.digest}` }),
    ]);

    // A gate needs no push rights: the pull-only reader passes it too.
    const asReader = await cli(['verify', '--json', '--formats', 'dct,cosign', '--formats-policy', 'all', repo.ref('v1')], READER);
    expect(asReader.code, asReader.stderr).toBe(0);

    for (const version of [2, 3] as const) {
      const r = await cosignVerify(sig, version, pub, repo.ref('v1'), { allowFailure: true });
      expect(r.code, `cosign ${version}: ${r.stderr}`).toBe(0);
    }
    const policy = await writeSkopeoPolicy(sig, 'token', { scope: token.registryHost, publicKey: pub });
    const sk = await skopeoVerify(sig, policy, repo.ref('v1'), { allowFailure: true });
    expect(sk.code, sk.stderr).toBe(0);
    const [inspected] = (await trustInspect(ctx, repo.ref('v1'))) as { SignedTags: unknown[] }[];
    expect(inspected!.SignedTags).toEqual([{ SignedTag: 'v1', Digest: hex(image.digest), Signers: ['ci'] }]);
  });

  it.each([['dct,cosign'], ['cosign']])('refuses a pull-only identity (--formats %s) before anything is published in any format', async (formats) => {
    const tag = `reader-${formats.replace(',', '-')}`;
    await pushTestImage(registry, at(), tag);
    const before = await written();

    const run = await cli(['sign', '--no-push', '--formats', formats, '--signer-key-file', keyFile, repo.ref(tag)], READER);

    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/push/i);
    expect(run.stderr).toMatch(/reader|pull/i);
    expect(await written()).toEqual(before);
  });
});

describe.each(['action', 'task'] as const)('through the %s', (entrypoint) => {
  const repo = uniqueRepository(token, `bridge-${entrypoint}`);
  let ctx: PeerContext;
  let transport: HttpTransport;
  let registry: RegistryClient;
  let signerKey: string;
  let pub: string;
  const login = { username: SIGNER.username, password: SIGNER.password };
  const connection = () => ({ 'trust-server': token.notaryUrl, 'trust-server-ca': stack.caFile, ...login });

  beforeAll(async () => {
    await checkBundles();
    ctx = await createPeerContext(stack, token, { user: SIGNER });
    ({ registry, transport } = registryClient(SIGNER));
    pub = await generateSignerKey(ctx, 'ci');
    await docker(ctx, ['trust', 'signer', 'add', '--key', pub, 'ci', repo.name]);
    signerKey = await readFile(await dockerKeyFile(ctx, 'ci'), 'utf8');
  });
  afterAll(async () => {
    await transport?.close();
    if (ctx) await removePeerContext(ctx);
  });

  it('signs in dct and cosign, which cosign 3.1 and docker accept, and the gate passes it in both formats', async () => {
    const driver = createDriver(entrypoint, { stack, dir: ctx.dir, registryUrl: token.registryUrl });
    const image = await pushTestImage(registry, { registry: token.registryHost, repository: repo.path }, 'v1');

    const signed = await driver.run('sign', {
      ...connection(),
      tags: [repo.ref('v1')],
      push: false,
      formats: 'dct,cosign',
      'signer-key': signerKey,
      'signer-key-passphrase': ctx.passphrases.repository,
    });
    expect(signed.errors).toEqual([]);
    expect(signed.ok, signed.log).toBe(true);
    expect(JSON.parse(signed.outputs.signed!)).toEqual([expect.objectContaining({ digest: image.digest, formats: ['dct', 'cosign'] })]);
    for (const secret of [ctx.passphrases.repository, SIGNER.password]) expect(signed.shown).not.toContain(secret);

    const c3 = await cosignVerify(sig, 3, pub, repo.ref('v1'), { allowFailure: true });
    expect(c3.code, c3.stderr).toBe(0);
    const [inspected] = (await trustInspect(ctx, repo.ref('v1'))) as { SignedTags: unknown[] }[];
    expect(inspected!.SignedTags).toEqual([{ SignedTag: 'v1', Digest: hex(image.digest), Signers: ['ci'] }]);

    const gate = await driver.run('verify', { ...connection(), tags: [repo.ref('v1')], formats: 'dct,cosign', 'formats-policy': 'all' });
    expect(gate.ok, gate.log).toBe(true);
    expect(JSON.parse(gate.outputs.verified!)).toEqual([expect.objectContaining({ ok: true, formats: ['dct', 'cosign'] })]);

    // cosign alone, with the .pub given: a tag signed only in DCT fails the gate.
    await makeImage(ctx, repo.ref('dct-only'));
    await pushImage(ctx, repo.ref('dct-only'));
    await docker(ctx, ['trust', 'sign', repo.ref('dct-only')]);
    const refused = await driver.run('verify', {
      ...login,
      tags: [repo.ref('v1'), repo.ref('dct-only')],
      formats: 'cosign',
      'cosign-public-key': await readFile(pub, 'utf8'),
    });
    expect(refused.ok).toBe(false);
    expect(JSON.parse(refused.outputs.verified!)).toEqual([
      expect.objectContaining({ ok: true, formats: ['cosign'] }),
      expect.objectContaining({ ok: false, reason: 'cosign-unsigned' }),
    ]);
  });
});

describe('migrate a repository docker signed, through the CLI', () => {
  const repo = uniqueRepository(open, 'bridge-migrate');
  let admin: PeerContext;
  let alice: PeerContext;
  let alicePub: string;
  let aliceKey: string;
  let signedV1: string;

  const cli = (args: readonly string[]) =>
    bundle.run(
      ['migrate', '--formats', 'cosign', '--signer-key-file', aliceKey, '--trust-server', open.notaryUrl, '--trust-server-ca', stack.caFile, ...args],
      env({ DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: alice.passphrases.repository }),
    );
  /** The rows of migrate's table: [tag, digest, status]. */
  const rows = (run: CliRun) =>
    run.stdout
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((cells) => cells.length === 3 && /^(sha256:[0-9a-f]{64}|-)$/.test(cells[1]!));

  beforeAll(async () => {
    [admin, alice] = await Promise.all([createPeerContext(stack, open), createPeerContext(stack, open)]);
    alicePub = await generateSignerKey(alice, 'alice');
    await docker(admin, ['trust', 'signer', 'add', '--key', alicePub, 'alice', repo.name]);
    aliceKey = await dockerKeyFile(alice, 'alice');
    bundle.addPem(await readFile(aliceKey, 'utf8'));
    for (const p of [...Object.values(alice.passphrases), ...Object.values(admin.passphrases)]) bundle.secrets.add(p);
    for (const tag of ['v1', 'v2']) {
      await makeImage(alice, repo.ref(tag));
      await docker(alice, ['trust', 'sign', repo.ref(tag)]);
    }
    signedV1 = ((await trustInspect(admin, repo.ref('v1'))) as { SignedTags: { Digest: string }[] }[])[0]!.SignedTags[0]!.Digest;
    // v2 moves after docker signed it: the registry serves what nobody signed.
    await makeImage(admin, repo.ref('v2'));
    await pushImage(admin, repo.ref('v2'));
  }, 300_000);
  afterAll(async () => {
    await Promise.all([admin, alice].filter((c) => c !== undefined).map(removePeerContext));
  });

  it('--dry-run says v1 would be migrated and v2 is refused, and writes nothing', async () => {
    const before = await registryTags(stack, open, repo.path);
    const run = await cli(['--dry-run', repo.name]);
    expect(run.stdout).toMatch(/^Would migrate 1 tag .*dry run, nothing written/m);
    expect(rows(run)).toEqual([['v1', `sha256:${signedV1}`, 'migrated'], ['v2', expect.stringMatching(/^sha256:/), 'refused']]);
    expect(await registryTags(stack, open, repo.path)).toEqual(before);
    expect(before).toEqual(['v1', 'v2']);
  });

  it('migrates v1, refuses and lists the moved v2 (exit 1); cosign 3.1 and 2.5 accept v1 with the docker .pub, not v2', async () => {
    const run = await cli([repo.name]);
    expect(run.code, run.stderr).toBe(1);
    expect(rows(run)).toEqual([['v1', `sha256:${signedV1}`, 'migrated'], ['v2', expect.stringMatching(/^sha256:/), 'refused']]);
    expect(run.stderr).toMatch(new RegExp(`${repo.ref('v2').replace(/[.]/g, '\\.')}.*the registry serves`));

    for (const version of [3, 2] as const) {
      const ok = await cosignVerify(sig, version, alicePub, repo.ref('v1'), { allowFailure: true });
      expect(ok.code, `cosign ${version}: ${ok.stderr}`).toBe(0);
      const moved = await cosignVerify(sig, version, alicePub, repo.ref('v2'), { allowFailure: true });
      expect(moved.code, `cosign ${version} on the moved tag`).not.toBe(0);
    }
    const policy = await writeSkopeoPolicy(sig, 'migrated', { scope: open.registryHost, publicKey: alicePub });
    expect((await skopeoVerify(sig, policy, repo.ref('v1'), { allowFailure: true })).code).toBe(0);
  });

  it('with a cosign key instead of the signer key: v1 gets signatures by that key, which cosign 3.1 and 2.5 accept', async () => {
    const key = await cosignGenerateKeyPair(sig, 3, 'migrate-cosign');
    bundle.secrets.add(key.password);
    bundle.addPem(await readFile(key.privateKey, 'utf8'));
    const run = await bundle.run(
      ['migrate', '--formats', 'cosign', '--cosign-key-file', key.privateKey, '--trust-server', open.notaryUrl, '--trust-server-ca', stack.caFile, repo.ref('v1')],
      env({ COSIGN_PASSWORD: key.password }),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(rows(run)).toEqual([['v1', `sha256:${signedV1}`, 'migrated']]);
    for (const version of [3, 2] as const) {
      const ok = await cosignVerify(sig, version, key.publicKey, repo.ref('v1'), { allowFailure: true });
      expect(ok.code, `cosign ${version}: ${ok.stderr}`).toBe(0);
    }
  });

  it('again: v1 is already migrated and nothing new is written', async () => {
    const before = await registryTags(stack, open, repo.path);
    const run = await cli([repo.ref('v1')]);
    expect(run.code, run.stderr).toBe(0);
    expect(rows(run)).toEqual([['v1', `sha256:${signedV1}`, 'already']]);
    expect(await registryTags(stack, open, repo.path)).toEqual(before);
  });
});
