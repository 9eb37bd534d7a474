// The CLI's commands besides sign, as a user runs the bundle, against docker
// trust on the real stack: inspect prints what docker prints, verify passes
// and fails with its exit codes, revoke removes a tag, a key from
// key-generate --base64 works with docker, signer-add and signer-remove of
// a docker key work for docker, and no run prints a secret it was not asked
// for.

import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
import { CliBundle, type CliRun, dockerKeyFile } from './stack-support.ts';

const stack = inject('stack');
const open = stack.variants.open;
const trust = ['--trust-server', open.notaryUrl, '--trust-server-ca', stack.caFile];

const bundle = new CliBundle();
let scratch: string;
/** The run of key-generate --base64, which was asked to print the key it made, and that key's pieces. */
let printedKey: CliRun | undefined;
const generatedKey = new Set<string>();
/** A CI job's environment: no docker, no login (the open registry needs none). */
let ciEnv: (passphrase: string) => NodeJS.ProcessEnv;

interface InspectedRepository {
  readonly SignedTags: readonly { SignedTag: string; Digest: string; Signers: string[] }[];
  readonly Signers: readonly { Name: string; Keys?: { ID: string }[] }[];
}

async function inspected(ctx: PeerContext, name: string): Promise<InspectedRepository> {
  return (await trustInspect(ctx, name))[0] as InspectedRepository;
}

beforeAll(async () => {
  await bundle.build();
  scratch = await mkdtemp(join(tmpdir(), 'dct-sign-cli-commands-'));
  const emptyConfig = join(scratch, 'docker-config');
  await mkdir(emptyConfig, { recursive: true });
  ciEnv = (passphrase) => ({
    PATH: '/usr/bin:/bin',
    HOME: scratch,
    DOCKER_CONFIG: emptyConfig,
    DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: passphrase,
  });
}, 300_000);

afterAll(async () => {
  await bundle.remove();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('inspect, verify and revoke, on a repository docker signed', () => {
  const repo = uniqueRepository(open, 'cli-read');
  /** docker with the repository's root and targets keys and alice's key. */
  let admin: PeerContext;
  let aliceKeyFile: string;
  const digests = new Map<string, string>();

  beforeAll(async () => {
    admin = await createPeerContext(stack, open);
    for (const p of Object.values(admin.passphrases)) bundle.secrets.add(p);
    await docker(admin, ['trust', 'signer', 'add', '--key', await generateSignerKey(admin, 'alice'), 'alice', repo.name]);
    aliceKeyFile = await dockerKeyFile(admin, 'alice');
    bundle.addPem(await readFile(aliceKeyFile, 'utf8'));
    for (const tag of ['v1', 'v2']) {
      await makeImage(admin, repo.ref(tag));
      await docker(admin, ['trust', 'sign', repo.ref(tag)]);
    }
    for (const row of (await inspected(admin, repo.name)).SignedTags) digests.set(row.SignedTag, `sha256:${row.Digest}`);
  });
  afterAll(async () => {
    if (admin) await removePeerContext(admin);
  });

  describe('inspect', () => {
    const refs = () => [repo.name, repo.ref('v1'), repo.ref('unsigned')];

    it("prints docker trust inspect's JSON, byte for byte", async () => {
      const { stdout } = await docker(admin, ['trust', 'inspect', ...refs()]);
      const run = await bundle.run(['inspect', ...trust, ...refs()], ciEnv(''));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(stdout);
    });

    it('prints the rows of docker trust inspect --pretty with --pretty', async () => {
      const { stdout } = await docker(admin, ['trust', 'inspect', '--pretty', ...refs()]);
      const run = await bundle.run(['inspect', '--pretty', ...trust, ...refs()], ciEnv(''));
      expect(run.code).toBe(0);
      // Tag, digest and signer rows first, for a readable failure; then the whole text.
      const rows = (s: string) => s.split('\n').filter((l) => /^(\S+\s{3,}[0-9a-f]{64}\s{3}|\w+\s{3,}[0-9a-f]{12}$)/.test(l));
      expect(rows(run.stdout)).toEqual(rows(stdout));
      expect(rows(run.stdout).length).toBeGreaterThanOrEqual(4);
      expect(run.stdout).toBe(stdout);
    });
  });

  describe('verify', () => {
    it('passes signed tags, printing them pinned', async () => {
      const run = await bundle.run(['verify', '--required-signers', 'alice', ...trust, repo.ref('v1'), repo.ref('v2')], ciEnv(''));
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      for (const tag of ['v1', 'v2']) {
        expect(run.stdout).toMatch(new RegExp(`^${repo.ref(tag)}\\s+ok\\s+alice\\s+${repo.name}@${digests.get(tag)}$`, 'm'));
      }
    });

    it('fails a tag whose digest changed with exit 1 and its reason, and still pins the other', async () => {
      await makeImage(admin, repo.ref('v2'));
      const pushed = await pushImage(admin, repo.ref('v2'));

      const run = await bundle.run(['verify', ...trust, repo.ref('v1'), repo.ref('v2')], ciEnv(''));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`^${repo.ref('v1')}\\s+ok\\s+alice\\s+${repo.name}@${digests.get('v1')}$`, 'm'));
      expect(run.stdout).toMatch(new RegExp(`^${repo.ref('v2')}\\s+digest-changed\\s+alice\\s+-$`, 'm'));
      expect(run.stderr).toBe(
        `dct-sign: error: ${repo.ref('v2')} (digest-changed): the registry serves ${pushed.digest}, but ${digests.get('v2')} is signed\n`,
      );

      const json = await bundle.run(['verify', '--json', ...trust, repo.ref('v1'), repo.ref('v2')], ciEnv(''));
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({
        ok: false,
        references: [`${repo.name}@${digests.get('v1')}`],
        verified: [{ ok: true }, { ok: false, reason: 'digest-changed', registryDigest: pushed.digest }],
      });
    });
  });

  describe('revoke', () => {
    it("removes a tag with the signer's key file; docker no longer shows it and verify fails it", async () => {
      const run = await bundle.run(['revoke', '--signer-key-file', aliceKeyFile, ...trust, repo.ref('v1')], ciEnv(admin.passphrases.repository));
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^${repo.name}\\s+v1\\s+targets/alice, targets/releases$`, 'm'));
      expect((await inspected(admin, repo.name)).SignedTags.map((r) => r.SignedTag)).toEqual(['v2']);

      const verify = await bundle.run(['verify', ...trust, repo.ref('v1')], ciEnv(''));
      expect(verify.code).toBe(1);
      expect(verify.stderr).toMatch(new RegExp(`^dct-sign: error: ${repo.ref('v1')} \\(unsigned\\): `, 'm'));
    });
  });
});

describe('key-generate, signer-add and signer-remove, with docker', () => {
  const repo = uniqueRepository(open, 'cli-admin');
  /** docker with the keys key-generate made, and the repository's keys. */
  let ctx: PeerContext;
  let keyDir: string;
  let keyId: string;

  beforeAll(async () => {
    ctx = await createPeerContext(stack, open);
    for (const p of Object.values(ctx.passphrases)) bundle.secrets.add(p);
    keyDir = join(ctx.dir, 'generated');
    await mkdir(keyDir);
  });
  afterAll(async () => {
    if (ctx) await removePeerContext(ctx);
  });

  it('key-generate --base64 prints the key file it wrote, and the key ID on stderr', async () => {
    const keyGenerateRun = await bundle.run(
      ['key-generate', '--signer-name', 'dave', '--key-directory', keyDir, '--base64'],
      ciEnv(ctx.passphrases.repository),
    );
    printedKey = keyGenerateRun;
    expect(keyGenerateRun.code).toBe(0);
    const keyFile = await readFile(join(keyDir, 'dave.key'), 'utf8');
    for (const piece of bundle.addPem(keyFile)) generatedKey.add(piece);
    expect(keyGenerateRun.stdout).toMatch(/^[A-Za-z0-9+/]+=*\n$/);
    expect(Buffer.from(keyGenerateRun.stdout, 'base64').toString('utf8')).toBe(keyFile);
    keyId = /^Generated the key dave \(([0-9a-f]{64})\):$/m.exec(keyGenerateRun.stderr)![1]!;
  });

  it('is loaded, added and signed with by docker trust', async () => {
    await docker(ctx, ['trust', 'key', 'load', join(keyDir, 'dave.key'), '--name', 'dave']);
    await docker(ctx, ['trust', 'signer', 'add', '--key', join(keyDir, 'dave.pub'), 'dave', repo.name]);
    await makeImage(ctx, repo.ref('v1'));
    await docker(ctx, ['trust', 'sign', repo.ref('v1')]);

    expect(await inspected(ctx, repo.name)).toMatchObject({
      SignedTags: [{ SignedTag: 'v1', Signers: ['dave'] }],
      Signers: [{ Name: 'dave', Keys: [{ ID: keyId }] }],
    });
  });

  it("signer-add adds a docker key with the repository key file, and docker signs as that signer", async () => {
    const erinPub = await generateSignerKey(ctx, 'erin');
    const repositoryKeyFile = await dockerKeyFile(ctx, 'targets', repo.gun);
    bundle.addPem(await readFile(repositoryKeyFile, 'utf8'));
    bundle.addPem(await readFile(await dockerKeyFile(ctx, 'erin'), 'utf8'));

    const run = await bundle.run(
      ['signer-add', '--signer-name', 'erin', '--signer-public-key', erinPub, '--repository-key-file', repositoryKeyFile, ...trust, repo.name],
      ciEnv(ctx.passphrases.repository),
    );
    expect(run.code).toBe(0);
    const added = /^ {2}([0-9a-f]{64})$/m.exec(run.stdout)![1];
    expect(run.stdout).toMatch(new RegExp(`^${repo.name}\\s+added$`, 'm'));

    await makeImage(ctx, repo.ref('v2'));
    await docker(ctx, ['trust', 'sign', repo.ref('v2')]);
    const after = await inspected(ctx, repo.name);
    expect(after.Signers).toContainEqual({ Name: 'erin', Keys: [{ ID: added }] });
    expect(after.SignedTags.find((r) => r.SignedTag === 'v2')?.Signers).toContain('erin');
  });

  it('signer-remove removes it again', async () => {
    const repositoryKeyFile = await dockerKeyFile(ctx, 'targets', repo.gun);
    const run = await bundle.run(
      ['signer-remove', '--signer-name', 'erin', '--repository-key-file', repositoryKeyFile, ...trust, repo.name],
      ciEnv(ctx.passphrases.repository),
    );
    expect(run.code).toBe(0);
    expect((await inspected(ctx, repo.name)).Signers.map((s) => s.Name)).toEqual(['dave']);
  });

  it('refresh with --expiring-within finds nothing to re-sign in new trust data', async () => {
    const repositoryKeyFile = await dockerKeyFile(ctx, 'targets', repo.gun);
    const run = await bundle.run(
      ['refresh', '--repository-key-file', repositoryKeyFile, '--expiring-within', '180d', ...trust, repo.name],
      ciEnv(ctx.passphrases.repository),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Nothing in ${repo.gun} needed re-signing\n`);
  });
});

describe('the output of every run', () => {
  it('holds no passphrase or line of a key, but the key key-generate --base64 was asked to print', () => {
    expect(bundle.runs.length).toBeGreaterThanOrEqual(11);
    expect(bundle.secrets.size).toBeGreaterThan(10);
    expect(printedKey).toBeDefined();
    // On stdout only, where it was asked for.
    bundle.scan((run, secret) => run === printedKey && generatedKey.has(secret) && !run.stderr.includes(secret));
  });
});
