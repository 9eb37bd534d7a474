// The CLI bundle against the real stack, run as a user runs it: a fresh
// `node index.js sign ...` process with only the environment it is given.
// Signs without docker (--no-push), refuses bad input with nothing pushed or
// published, creates a repository's trust data from root and repository
// keys, and never prints a secret.

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportEncryptedPrivateKey, generateKey } from '../../src/keys/index.ts';
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
import { CliBundle, dockerKeyFile } from './stack-support.ts';

const stack = inject('stack');
const open = stack.variants.open;
const hex = (digest: string) => digest.slice('sha256:'.length);

const bundle = new CliBundle();
const secrets = bundle.secrets;
const pemSecrets = (pem: string) => bundle.addPem(pem);
const runCli = (args: readonly string[], env: NodeJS.ProcessEnv, input = '') => bundle.run(args, env, input);
let scratch: string;

/** The tags the open registry has for a repository path ([] when it has none). */
async function registryTags(path: string): Promise<string[]> {
  const res = await fetch(`${open.registryUrl}/v2/${path}/tags/list`);
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`tags/list ${path}: HTTP ${res.status}`);
  return ((await res.json()) as { tags: string[] | null }).tags ?? [];
}

async function notaryList(ctx: PeerContext, gun: string): Promise<{ code: number | null; stdout: string }> {
  const { code, stdout } = await notary(ctx, ['list', gun], { allowFailure: true });
  return { code, stdout };
}

beforeAll(async () => {
  await bundle.build();
  scratch = await mkdtemp(join(tmpdir(), 'dct-sign-cli-stack-'));
}, 300_000);

afterAll(async () => {
  await bundle.remove();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('dct-sign sign on the open stack', () => {
  const repo = uniqueRepository(open, 'cli');
  let ctx: PeerContext;
  let aliceKeyFile: string;
  let malloryKeyFile: string;
  /** docker and the CLI as a CI job would have them: docker reachable, passphrase in the environment. */
  let ciEnv: NodeJS.ProcessEnv;
  const trust = () => ['--trust-server', open.notaryUrl, '--trust-server-ca', stack.caFile];

  beforeAll(async () => {
    ctx = await createPeerContext(stack, open);
    for (const p of Object.values(ctx.passphrases)) secrets.add(p);
    await docker(ctx, ['trust', 'signer', 'add', '--key', await generateSignerKey(ctx, 'alice'), 'alice', repo.name]);
    aliceKeyFile = await dockerKeyFile(ctx, 'alice');
    await generateSignerKey(ctx, 'mallory');
    malloryKeyFile = await dockerKeyFile(ctx, 'mallory');
    for (const file of [aliceKeyFile, malloryKeyFile]) pemSecrets(await readFile(file, 'utf8'));
    ciEnv = {
      PATH: '/usr/local/bin:/usr/bin:/bin',
      HOME: ctx.dir,
      DOCKER_HOST: stack.dockerHost,
      DOCKER_CONFIG: ctx.dockerConfig,
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: ctx.passphrases.repository,
    };
  });
  afterAll(async () => {
    if (ctx) await removePeerContext(ctx);
  });

  describe('with --no-push and no docker at all', () => {
    it('signs a tag the registry already has', async () => {
      await makeImage(ctx, repo.ref('v1'));
      const pushed = await pushImage(ctx, repo.ref('v1'));
      const emptyConfig = join(scratch, 'empty-docker-config');
      await mkdir(emptyConfig, { recursive: true });

      const run = await runCli(['sign', '--no-push', '--signer-key-file', aliceKeyFile, ...trust(), repo.ref('v1')], {
        PATH: join(scratch, 'no-such-bin'),
        HOME: scratch,
        DOCKER_HOST: `unix://${join(scratch, 'no-such-docker.sock')}`,
        DOCKER_CONFIG: emptyConfig,
        DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: ctx.passphrases.repository,
      });

      expect(run.stderr).not.toMatch(/error/i);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Signed 1 tag with key [0-9a-f]{12} \(signer alice\)/);
      expect(run.stdout).toContain(pushed.digest);
      const { stdout } = await notary(ctx, ['list', repo.gun]);
      expect(stdout).toMatch(new RegExp(`^v1\\s+${hex(pushed.digest)}\\s+${pushed.size}\\s+targets/(releases|alice)`, 'm'));
    });
  });

  describe('when the input is bad', () => {
    const noTrustData = uniqueRepository(open, 'cli-untrusted');
    const WRONG_PASSPHRASE = 'wrong-passphrase-1';
    secrets.add(WRONG_PASSPHRASE);

    const cases: {
      name: string;
      repo: typeof repo;
      tag: string;
      args: (ref: string) => Promise<string[]>;
      env?: NodeJS.ProcessEnv;
      code: number;
      message: RegExp;
    }[] = [
      {
        name: 'a wrong passphrase (key given inline as base64)',
        repo,
        tag: 'bad-passphrase',
        args: async (ref) => [
          'sign',
          '--signer-key',
          Buffer.from(await readFile(aliceKeyFile, 'utf8')).toString('base64'),
          '--signer-key-passphrase',
          WRONG_PASSPHRASE,
          ...trust(),
          ref,
        ],
        code: 2,
        message: /^dct-sign: error: --signer-key: the key could not be decrypted with --signer-key-passphrase/m,
      },
      {
        name: 'a key that is not a signer of the repository',
        repo,
        tag: 'bad-signer',
        args: async (ref) => [
          'sign',
          '--signer-key-file',
          malloryKeyFile,
          '--signer-key-passphrase',
          ctx.passphrases.repository,
          ...trust(),
          ref,
        ],
        code: 1,
        message: /^dct-sign: error: the signer key [0-9a-f]{12} may not sign .*: it is not a signer of/m,
      },
      {
        name: 'a reference with no tag',
        repo,
        tag: 'bad-no-tag',
        args: async () => ['sign', '--signer-key-file', aliceKeyFile, ...trust(), repo.name],
        code: 2,
        message: /^dct-sign: error: REFERENCE: .* has no tag: content trust signs tags/m,
      },
      {
        name: 'an unreachable trust server',
        repo,
        tag: 'bad-server',
        args: async (ref) => [
          'sign',
          '--signer-key-file',
          aliceKeyFile,
          '--trust-server',
          'https://127.0.0.1:1',
          '--trust-server-ca',
          stack.caFile,
          ref,
        ],
        code: 1,
        message: /^dct-sign: error: .*127\.0\.0\.1:1/m,
      },
      {
        name: 'a repository with no trust data and no bootstrap keys',
        repo: noTrustData,
        tag: 'v1',
        args: async (ref) => ['sign', '--signer-key-file', aliceKeyFile, ...trust(), ref],
        code: 1,
        message: /^dct-sign: error: .* has no trust data at .*`dct-sign signer-add`.*docker trust signer add.*--root-key-file and --repository-key-file/m,
      },
    ];

    it.each(cases)('refuses $name with nothing pushed or published', async (c) => {
      const ref = c.repo.ref(c.tag);
      await makeImage(ctx, ref);
      const tagsBefore = await registryTags(c.repo.path);
      const listBefore = await notaryList(ctx, c.repo.gun);

      const run = await runCli(await c.args(ref), { ...ciEnv, ...c.env });

      expect(run.code).toBe(c.code);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(c.message);
      expect(run.stderr).not.toMatch(/The push refers to|Pushing /);
      expect(await registryTags(c.repo.path)).toEqual(tagsBefore);
      expect(tagsBefore).not.toContain(c.tag);
      expect(await notaryList(ctx, c.repo.gun)).toEqual(listBefore);
    });
  });

  describe('for a repository without trust data, given root and repository keys', () => {
    const fresh = uniqueRepository(open, 'cli-new');
    const ROOT_PASSPHRASE = 'cli-root-passphrase-1';
    const REPOSITORY_PASSPHRASE = 'cli-repository-passphrase-1';
    secrets.add(ROOT_PASSPHRASE);
    secrets.add(REPOSITORY_PASSPHRASE);

    it('creates the trust data, adds the signer and signs; docker accepts it', async () => {
      const rootPem = exportEncryptedPrivateKey(generateKey('ecdsa'), ROOT_PASSPHRASE, { role: 'root' });
      const repositoryPem = exportEncryptedPrivateKey(generateKey('ecdsa'), REPOSITORY_PASSPHRASE, {
        role: 'targets',
        gun: fresh.gun,
      });
      pemSecrets(rootPem);
      pemSecrets(repositoryPem);
      const rootFile = join(scratch, 'root.key');
      const repositoryFile = join(scratch, 'repository.key');
      await writeFile(rootFile, rootPem, { mode: 0o600 });
      await writeFile(repositoryFile, repositoryPem, { mode: 0o600 });
      await generateSignerKey(ctx, 'carol');
      const carolKeyFile = await dockerKeyFile(ctx, 'carol');
      pemSecrets(await readFile(carolKeyFile, 'utf8'));
      await makeImage(ctx, fresh.ref('v1'));

      const run = await runCli(
        [
          'sign',
          '--json',
          '--signer-key-file',
          carolKeyFile,
          '--root-key-file',
          rootFile,
          '--repository-key-file',
          repositoryFile,
          '--repository-key-passphrase',
          REPOSITORY_PASSPHRASE,
          ...trust(),
          fresh.ref('v1'),
        ],
        { ...ciEnv, DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: ROOT_PASSPHRASE },
      );

      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^Initializing trust data for .* with signer carol$/m);
      const result = JSON.parse(run.stdout) as { signed: { tag: string; digest: string; roles: string[] }[]; signerName: string };
      expect(result.signerName).toBe('carol');
      expect(result.signed).toEqual([expect.objectContaining({ tag: 'v1', roles: expect.arrayContaining(['targets/carol']) })]);
      const digest = result.signed[0]!.digest;
      expect(await registryTags(fresh.path)).toEqual(['v1']);

      const [inspected] = await trustInspect(ctx, fresh.name);
      expect(inspected).toMatchObject({
        Name: fresh.name,
        SignedTags: [{ SignedTag: 'v1', Digest: hex(digest), Signers: ['carol'] }],
        Signers: [{ Name: 'carol' }],
      });
      await docker(ctx, ['rmi', fresh.ref('v1')]);
      const pulled = await docker(ctx, ['pull', fresh.ref('v1')], { env: { DOCKER_CONTENT_TRUST: '1' } });
      expect(pulled.stdout).toContain(digest);
    });
  });
});

describe('dct-sign sign on the token stack', () => {
  const token = stack.variants.token;
  const repo = uniqueRepository(token, 'cli-token');
  let ctx: PeerContext;
  let keyFile: string;
  let env: NodeJS.ProcessEnv;
  let pushed: { digest: string };

  beforeAll(async () => {
    ctx = await createPeerContext(stack, token, { user: SIGNER });
    secrets.add(SIGNER.password);
    await docker(ctx, ['trust', 'signer', 'add', '--key', await generateSignerKey(ctx, 'dave'), 'dave', repo.name]);
    keyFile = await dockerKeyFile(ctx, 'dave');
    pemSecrets(await readFile(keyFile, 'utf8'));
    await makeImage(ctx, repo.ref('v1'));
    pushed = await pushImage(ctx, repo.ref('v1'));
    const emptyConfig = join(scratch, 'token-empty-docker-config');
    await mkdir(emptyConfig, { recursive: true });
    // No docker login to read: the credentials come from the command line only.
    env = {
      PATH: join(scratch, 'no-such-bin'),
      HOME: scratch,
      DOCKER_CONFIG: emptyConfig,
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: ctx.passphrases.repository,
    };
  });
  afterAll(async () => {
    if (ctx) await removePeerContext(ctx);
  });

  const args = () => [
    'sign', '--no-push', '--signer-key-file', keyFile, '--trust-server', token.notaryUrl,
    '--trust-server-ca', stack.caFile, '--username', SIGNER.username, '--password-stdin', repo.ref('v1'),
  ];

  it('refuses a wrong password with nothing published', async () => {
    const before = await notaryList(ctx, repo.gun);
    const run = await runCli(args(), env, 'not-the-password\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^dct-sign: error: .*(unauthorized|credentials|401)/im);
    expect(await notaryList(ctx, repo.gun)).toEqual(before);
  });

  it('signs with --username and --password-stdin', async () => {
    const run = await runCli(args(), env, `${SIGNER.password}\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(pushed.digest);
    const { stdout } = await notary(ctx, ['list', repo.gun]);
    expect(stdout).toMatch(new RegExp(`^v1\\s+${hex(pushed.digest)}\\s`, 'm'));
  });
});

describe('the output of every run', () => {
  it('holds no passphrase, password or line of a key', () => {
    expect(bundle.runs.length).toBeGreaterThanOrEqual(9);
    expect(secrets.size).toBeGreaterThan(10);
    bundle.scan();
  });
});
