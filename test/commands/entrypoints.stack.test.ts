// Every command but sign through each entrypoint's bundle (the CLI, the
// GitHub Action, the Azure task), with the same inputs, on the token stack
// with a login, and docker and notary as the oracles: inspect gives what
// docker trust inspect prints; verify passes what docker signed and fails
// once a tag is pushed again, pinning only what passed; a signer added is one
// docker signs as; a key generated is one docker loads and signs with;
// revoke removes a tag from docker trust inspect and notary list, and
// publishes nothing with a key that is no signer; signer-remove, rotate-key
// and refresh change docker's view as they say. No run shows a secret. What
// one entrypoint alone does (the CLI's own views and exit codes, the job
// summaries, the task's service connection and Node 20) sits with the
// command, keyed by entrypoint. sign has its own suites per entrypoint.

import { mkdir, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findCommand } from '../../src/commands/registry.ts';
import type { CommandInput, SummaryCell } from '../../src/commands/spec.ts';
import { NODE20 } from '../azure/task-run.ts';
import { dockerKeyFile } from '../cli/stack-support.ts';
import { keyLines } from '../github/support/leaks.ts';
import { dockerKeyPem } from '../support/core.ts';
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
  trustInspect,
  uniqueRepository,
} from '../support/peers.ts';
import { SIGNER } from '../support/token-server.ts';
import {
  checkBundles,
  createDriver,
  ENTRYPOINTS,
  type Driver,
  type Entrypoint,
  type EntrypointRun,
  type Inputs,
  type RunOptions,
} from './support/entrypoints.ts';

const stack = inject('stack');
const variant = stack.variants.token;
const LOGIN = { username: SIGNER.username, password: SIGNER.password };

interface Inspected {
  readonly Name: string;
  readonly SignedTags: readonly { readonly SignedTag: string; readonly Digest: string; readonly Signers: readonly string[] }[];
  readonly Signers: readonly { readonly Name: string; readonly Keys?: readonly { readonly ID: string }[] }[];
}

const hex = (digest: string) => digest.slice('sha256:'.length);

/** A row of a command's summary, as the start of a table row: the action's HTML, the task's markdown. */
function summaryRow(entrypoint: Entrypoint, cells: readonly SummaryCell[]): string {
  if (entrypoint === 'action') return cells.map((c) => `<td>${typeof c === 'string' ? c : `<code>${c.code}</code>`}</td>`).join('');
  return `| ${cells.map((c) => (typeof c === 'string' ? c : `\`${c.code}\``)).join(' | ')} |`;
}

/** Whether the command takes the input, by name or kind (the connection inputs are not every command's). */
const takes = (command: string, input: string) =>
  (findCommand(command)!.inputs as readonly CommandInput[]).some((i) => i.name === input || i.kind === input);

/** The base64 lines of a key file and the whole file base64-encoded: what must never show. */
const keySecrets = (pem: string) => [...keyLines(pem), Buffer.from(pem).toString('base64')];

beforeAll(async () => {
  await checkBundles();
});

describe.each(ENTRYPOINTS)('the commands through the %s entrypoint', (entrypoint) => {
  const repo = uniqueRepository(variant, `${entrypoint}-commands`);
  /** docker as the repository's admin: its root and repository keys and the signer ci's key, logged in. */
  let ctx: PeerContext;
  /** docker with bob's key alone, and keys for other signers. */
  let bob: PeerContext;
  let driver: Driver;
  let ciKey: string;
  let repositoryKey: string;
  const signed = new Map<string, PushedImage>();
  const runs: EntrypointRun[] = [];
  const secrets = new Set<string>([SIGNER.password, Buffer.from(`${SIGNER.username}:${SIGNER.password}`).toString('base64')]);
  /** Runs asked to print a secret (key-generate --base64), with the secrets they may print on stdout. */
  const revealed = new Map<EntrypointRun, readonly string[]>();

  const onCli = entrypoint === 'cli';
  /** The action and the task write a summary; the CLI prints. */
  const summarizes = entrypoint !== 'cli';

  /** Runs the command with the trust server and the login, where it takes them. */
  async function run(command: string, inputs: Inputs, options?: RunOptions): Promise<EntrypointRun> {
    const connection: Record<string, string> = {};
    if (takes(command, 'trust-server')) Object.assign(connection, { 'trust-server': variant.notaryUrl, 'trust-server-ca': stack.caFile });
    if (takes(command, 'login')) Object.assign(connection, LOGIN);
    const result = await driver.run(command, { ...connection, ...inputs }, options);
    runs.push(result);
    return result;
  }

  const inspected = async (ref = repo.name) => ((await trustInspect(ctx, ref)) as Inspected[])[0]!;
  const signedTags = async () => (await inspected()).SignedTags.map((t) => t.SignedTag);
  const pinned = (tag: string) => `${repo.name}@${signed.get(tag)!.digest}`;

  /** The version of each role of the trust data, as docker just fetched it: any publish changes snapshot's at least. */
  async function trustVersions(): Promise<Record<string, number>> {
    await trustInspect(ctx, repo.name);
    const dir = join(ctx.dockerTrustDir, 'tuf', repo.gun, 'metadata');
    const versions: Record<string, number> = {};
    for (const file of (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json'))) {
      const role = JSON.parse(await readFile(join(dir, file), 'utf8')) as { signed: { version: number } };
      versions[file.replace(/\.json$/, '')] = role.signed.version;
    }
    expect(Object.keys(versions)).toEqual(expect.arrayContaining(['root', 'targets', 'snapshot', 'timestamp']));
    return versions;
  }

  /** Pushes a new image for `tag` and has docker sign it with the keys ctx holds. */
  async function dockerSigned(tag: string): Promise<PushedImage> {
    await makeImage(ctx, repo.ref(tag));
    const image = await pushImage(ctx, repo.ref(tag));
    await docker(ctx, ['trust', 'sign', repo.ref(tag)]);
    signed.set(tag, image);
    return image;
  }

  beforeAll(async () => {
    [ctx, bob] = await Promise.all([0, 1].map(() => createPeerContext(stack, variant, { user: SIGNER })));
    driver = createDriver(entrypoint, { stack, dir: ctx.dir, registryUrl: variant.registryUrl });
    for (const passphrase of Object.values(ctx.passphrases)) secrets.add(passphrase);
    await docker(ctx, ['trust', 'signer', 'add', '--key', await generateSignerKey(ctx, 'ci'), 'ci', repo.name]);
    ciKey = await dockerKeyPem(ctx, 'ci');
    repositoryKey = await dockerKeyPem(ctx, 'targets', repo.gun);
    for (const pem of [ciKey, repositoryKey, await dockerKeyPem(ctx, 'root')]) for (const s of keySecrets(pem)) secrets.add(s);
    // `older` is the CLI's, for its revoke table.
    for (const tag of ['v1', 'v2', 'old', ...(onCli ? ['older'] : [])]) await dockerSigned(tag);
  });
  afterAll(async () => {
    await Promise.all([ctx, bob].filter((c) => c !== undefined).map(removePeerContext));
  });

  describe('inspect', () => {
    const refs = () => [repo.name, repo.ref('v1'), repo.ref('unsigned')];
    let result: EntrypointRun;
    let dockerOutput: string;

    beforeAll(async () => {
      result = await run('inspect', { tags: refs() });
      dockerOutput = (await docker(ctx, ['trust', 'inspect', ...refs()])).stdout;
    });

    it('gives what docker trust inspect prints, for a repository, a tag and an unsigned tag', () => {
      expect(result.errors).toEqual([]);
      expect(result.ok, result.log).toBe(true);
      // The CLI prints docker's JSON itself (byte for byte, below); the action and the task output it as `trust`.
      expect(JSON.parse(onCli ? result.log : result.outputs.trust!)).toEqual(JSON.parse(dockerOutput));
    });

    if (!onCli) it("logs the signatures as docker trust inspect --pretty shows them, and summarizes the signed tags", () => {
      expect(result.log).toContain(`Signatures for ${repo.name}`);
      expect(result.summary).toContain(summaryRow(entrypoint, [{ code: repo.name }, 'v1', { code: hex(signed.get('v1')!.digest) }, 'ci']));
    });

    if (onCli) describe('on the CLI', () => {
      it("prints docker trust inspect's JSON, byte for byte, and nothing on stderr", () => {
        expect(result.cli!.stderr).toBe('');
        expect(result.cli!.stdout).toBe(dockerOutput);
      });

      it('prints the rows of docker trust inspect --pretty with --pretty', async () => {
        const { stdout } = await docker(ctx, ['trust', 'inspect', '--pretty', ...refs()]);
        const pretty = await run('inspect', { tags: refs() }, { view: ['pretty'] });
        expect(pretty.exitCode).toBe(0);
        // Tag, digest and signer rows first, for a readable failure; then the whole text.
        const rows = (s: string) => s.split('\n').filter((l) => /^(\S+\s{3,}[0-9a-f]{64}\s{3}|\w+\s{3,}[0-9a-f]{12}$)/.test(l));
        expect(rows(pretty.cli!.stdout)).toEqual(rows(stdout));
        expect(rows(pretty.cli!.stdout).length).toBeGreaterThanOrEqual(4);
        expect(pretty.cli!.stdout).toBe(stdout);
      });
    });
  });

  describe('verify', () => {
    let passed: EntrypointRun;
    let failed: EntrypointRun;
    let repushed: PushedImage;

    beforeAll(async () => {
      passed = await run('verify', { tags: [repo.ref('v1'), repo.ref('v2')], 'required-signers': 'ci' });
      await makeImage(ctx, repo.ref('v2'));
      repushed = await pushImage(ctx, repo.ref('v2'));
      failed = await run('verify', { tags: [repo.ref('v1'), repo.ref('v2')] });
    });

    it('passes the tags docker signed, outputting them pinned to their digests', () => {
      expect(passed.errors).toEqual([]);
      expect(passed.ok, passed.log).toBe(true);
      expect(passed.exitCode).toBe(0);
      expect(passed.outputs.references).toBe(`${pinned('v1')}\n${pinned('v2')}`);
      expect(JSON.parse(passed.outputs.verified!)).toEqual(
        ['v1', 'v2'].map((tag) =>
          expect.objectContaining({
            reference: repo.ref(tag),
            ok: true,
            signers: ['ci'],
            signedDigest: signed.get(tag)!.digest,
            pinned: pinned(tag),
          }),
        ),
      );
    });

    if (summarizes) it('summarizes each tag as verified, pinned', () => {
      expect(passed.summary).toContain(summaryRow(entrypoint, [{ code: repo.ref('v1') }, '✅ verified', 'ci', { code: pinned('v1') }]));
    });

    it('fails once other content is pushed to a tag, with one error naming the reason', () => {
      expect(failed.ok).toBe(false);
      // The agent reads the task's result from its task.complete command, not from its exit code.
      expect(failed.exitCode).toBe(entrypoint === 'task' ? 0 : 1);
      expect(failed.errors).toEqual([
        `${repo.ref('v2')} (digest-changed): the registry serves ${repushed.digest}, but ${signed.get('v2')!.digest} is signed`,
      ]);
    });

    it('still outputs what passed: only that tag pinned, and both verdicts with their digests', () => {
      expect(failed.outputs.references).toBe(pinned('v1'));
      expect(JSON.parse(failed.outputs.verified!)).toEqual([
        expect.objectContaining({ reference: repo.ref('v1'), ok: true }),
        expect.objectContaining({
          reference: repo.ref('v2'),
          ok: false,
          reason: 'digest-changed',
          signedDigest: signed.get('v2')!.digest,
          registryDigest: repushed.digest,
          pinned: null,
        }),
      ]);
    });

    it('fails without a tag, naming the input as the entrypoint spells it, with no outputs', async () => {
      const missing = await run('verify', {});
      expect(missing.ok).toBe(false);
      // A wrong command line exits with 2 on the CLI.
      expect(missing.exitCode).toBe({ cli: 2, action: 1, task: 0 }[entrypoint]);
      const tags = driver.inputName('verify', 'tags');
      expect(missing.errors).toEqual([`${tags}: no image reference given; list registry/repository:tag references`]);
      expect(missing.outputs).toEqual({});
    });

    if (entrypoint === 'task') {
      describe('on the task', () => {
        // The agent's Node20_1 handler runs the same bundle on Node 20, which the machine ships.
        it.runIf(NODE20 !== undefined)('runs on the Node 20 of the Node20_1 handler', async () => {
          const node20 = await run('verify', { tags: repo.ref('v1') }, { node: NODE20! });
          expect(node20.ok, node20.log).toBe(true);
          expect(node20.outputs.references).toBe(pinned('v1'));
        });

        it("refuses a tag of another registry than the service connection's, sending its login nowhere", async () => {
          const other = uniqueRepository(stack.variants.open, 'task-elsewhere').ref('v1');
          const refused = await run('verify', { tags: other });
          expect(refused.ok).toBe(false);
          expect(refused.errors).toEqual([
            `tags: ${other} is in ${stack.variants.open.registryHost}, but dockerRegistryServiceConnection is for ${variant.registryHost}; ` +
              'its credentials are only sent there, so run once for each registry',
          ]);
          expect(refused.outputs).toEqual({});
        });
      });
    }

    if (onCli) describe('on the CLI', () => {
      it('says ok: false in its --json', () => {
        expect(failed.json).toMatchObject({ ok: false, references: [pinned('v1')] });
      });

      // Nothing pins the root here: the CLI warns of it on stderr, its warning line.
      const FIRST_USE = /^warning: \S+: the root \(version \d+\) is trusted on first use: neither trust-pin nor trust-state pins it\. .*\n/m;

      it('prints a table of the tags, pinned where they passed, and each failure on stderr with exit 1', async () => {
        const text = await run('verify', { tags: [repo.ref('v1'), repo.ref('v2')] }, { json: false });
        expect(text.cli!.stderr).toMatch(FIRST_USE);
        expect(text.exitCode).toBe(1);
        expect(text.hasOutputs).toBe(false);
        expect(text.cli!.stdout).toMatch(new RegExp(`^${repo.ref('v1')}\\s+ok\\s+ci\\s+${pinned('v1')}$`, 'm'));
        expect(text.cli!.stdout).toMatch(new RegExp(`^${repo.ref('v2')}\\s+digest-changed\\s+ci\\s+-$`, 'm'));
        expect(text.cli!.stderr.replace(FIRST_USE, '')).toBe(
          `dct-sign: error: ${repo.ref('v2')} (digest-changed): the registry serves ${repushed.digest}, but ${signed.get('v2')!.digest} is signed\n`,
        );
      });

      it('prints a tag that passes pinned, with nothing on stderr but the first-use warning, and exit 0', async () => {
        const text = await run('verify', { tags: repo.ref('v1'), 'required-signers': 'ci' }, { json: false });
        expect(text.cli!.stderr).toMatch(FIRST_USE);
        expect(text.cli!.stderr.replace(FIRST_USE, '')).toBe('');
        expect(text.exitCode).toBe(0);
        expect(text.cli!.stdout).toMatch(new RegExp(`^${repo.ref('v1')}\\s+ok\\s+ci\\s+${pinned('v1')}$`, 'm'));
      });
    });
  });

  describe('signer-add', () => {
    let result: EntrypointRun;
    let bobKeyId: string;

    beforeAll(async () => {
      const bobPub = await generateSignerKey(bob, 'bob');
      bobKeyId = basename(await dockerKeyFile(bob, 'bob'), '.key');
      for (const s of keySecrets(await dockerKeyPem(bob, 'bob'))) secrets.add(s);
      // The CLI as text, which names the key and the repository; its --json has no signer-key-id but keyIds.
      result = await run(
        'signer-add',
        {
          tags: repo.name,
          'signer-name': 'bob',
          'signer-public-key': bobPub,
          'repository-key': repositoryKey,
          'repository-key-passphrase': ctx.passphrases.repository,
        },
        { json: false },
      );
    });

    it('adds the public key docker generated, giving its key ID', () => {
      expect(result.errors).toEqual([]);
      expect(result.ok, result.log).toBe(true);
      const keyId = onCli ? /^ {2}([0-9a-f]{64})$/m.exec(result.cli!.stdout)?.[1] : result.outputs['signer-key-id'];
      expect(keyId).toBe(bobKeyId);
    });

    if (onCli) it('on the CLI, prints the repository as added', () => {
      expect(result.cli!.stdout).toMatch(new RegExp(`^${repo.name}\\s+added$`, 'm'));
    });

    if (summarizes) it('summarizes the repository as added', () => {
      expect(result.summary).toContain(summaryRow(entrypoint, [{ code: repo.gun }, 'added']));
    });

    it('lets docker trust sign with that key', async () => {
      await makeImage(bob, repo.ref('by-bob'));
      await pushImage(bob, repo.ref('by-bob'));
      await docker(bob, ['trust', 'sign', repo.ref('by-bob')]);
      const after = await inspected();
      expect(after.SignedTags).toContainEqual(expect.objectContaining({ SignedTag: 'by-bob', Signers: ['bob'] }));
      expect(after.Signers).toContainEqual({ Name: 'bob', Keys: [{ ID: bobKeyId }] });
    });

    if (!onCli) it('masks the repository key', () => {
      expect(result.masks).toEqual(expect.arrayContaining(keyLines(repositoryKey)));
    });
  });

  describe('key-generate', () => {
    let result: EntrypointRun;
    let dir: string;
    let privateKey: string;

    beforeAll(async () => {
      dir = join(ctx.dir, 'generated');
      await mkdir(dir);
      result = await run('key-generate', {
        'signer-name': 'dave',
        'signer-key-passphrase': ctx.passphrases.repository,
        'key-directory': dir,
      });
      privateKey = await readFile(join(dir, 'dave.key'), 'utf8');
      for (const s of keySecrets(privateKey)) secrets.add(s);
    });

    it('writes the key files into key-directory and outputs them', async () => {
      expect(result.errors).toEqual([]);
      expect(result.ok, result.log).toBe(true);
      expect(result.outputs).toEqual({
        'signer-key-id': expect.stringMatching(/^[0-9a-f]{64}$/),
        'public-key': await readFile(join(dir, 'dave.pub'), 'utf8'),
        'private-key-path': join(dir, 'dave.key'),
        'public-key-path': join(dir, 'dave.pub'),
        // Made only with certificate: true. The action and task set every output, empty when there is nothing to
        // give; the CLI's --json leaves them out.
        ...(entrypoint === 'cli' ? {} : { 'certificate-path': '', 'notation-identity': '' }),
      });
    });

    it('writes a key that docker trust key load stores under the key ID, and docker signs with as that signer', async () => {
      const keyId = result.outputs['signer-key-id']!;
      await docker(ctx, ['trust', 'key', 'load', result.outputs['private-key-path']!, '--name', 'dave']);
      expect(await readdir(join(ctx.dockerTrustDir, 'private'))).toContain(`${keyId}.key`);
      await docker(ctx, ['trust', 'signer', 'add', '--key', result.outputs['public-key-path']!, 'dave', repo.name]);
      await dockerSigned('by-dave');
      const after = await inspected();
      expect(after.Signers).toContainEqual({ Name: 'dave', Keys: [{ ID: keyId }] });
      expect(after.SignedTags.find((t) => t.SignedTag === 'by-dave')?.Signers).toContain('dave');
    });

    if (!onCli) it('masks the private key', () => {
      expect(result.masks).toEqual(expect.arrayContaining(keyLines(privateKey)));
    });

    if (onCli) describe('on the CLI, with --base64', () => {
      it('prints the key file it wrote as one base64 line, and the key ID on stderr', async () => {
        const erinDir = join(ctx.dir, 'generated-erin');
        await mkdir(erinDir);
        const printed = await run(
          'key-generate',
          { 'signer-name': 'erin', 'signer-key-passphrase': ctx.passphrases.repository, 'key-directory': erinDir },
          { view: ['base64'], json: false },
        );
        expect(printed.exitCode).toBe(0);
        const keyFile = await readFile(join(erinDir, 'erin.key'), 'utf8');
        const erinSecrets = keySecrets(keyFile);
        for (const s of erinSecrets) secrets.add(s);
        revealed.set(printed, erinSecrets);
        expect(printed.cli!.stdout).toMatch(/^[A-Za-z0-9+/]+=*\n$/);
        expect(Buffer.from(printed.cli!.stdout, 'base64').toString('utf8')).toBe(keyFile);
        expect(printed.cli!.stderr).toMatch(/^Generated the key erin \([0-9a-f]{64}\):$/m);
      });
    });
  });

  describe('revoke', () => {
    let result: EntrypointRun;

    beforeAll(async () => {
      result = await run('revoke', { tags: repo.ref('old'), 'signer-key': ciKey, 'signer-key-passphrase': ctx.passphrases.repository });
    });

    it('outputs the revoked tag and the roles it was removed from', () => {
      expect(result.errors).toEqual([]);
      expect(result.ok, result.log).toBe(true);
      const [revoked, ...more] = JSON.parse(result.outputs.revoked!) as { reference: string; tag: string; gun: string; roles: string[] }[];
      expect(more).toEqual([]);
      expect(revoked).toMatchObject({ reference: repo.ref('old'), tag: 'old', gun: repo.gun });
      expect([...revoked!.roles].sort()).toEqual(['targets/ci', 'targets/releases']);
    });

    it('removes the tag from docker trust inspect and notary list, and only that tag', async () => {
      const tags = await signedTags();
      expect(tags).not.toContain('old');
      expect(tags).toEqual(expect.arrayContaining(['v1', 'v2', 'by-bob', 'by-dave']));
      const { stdout } = await notary(ctx, ['list', repo.gun]);
      expect(stdout).not.toMatch(/^old\s/m);
      expect(stdout).toMatch(new RegExp(`^v1\\s+${hex(signed.get('v1')!.digest)}\\s`, 'm'));
    });

    it('makes verify fail the tag as unsigned', async () => {
      const verify = await run('verify', { tags: repo.ref('old') });
      expect(verify.ok).toBe(false);
      expect(verify.exitCode).toBe(entrypoint === 'task' ? 0 : 1);
      expect(verify.errors).toEqual([expect.stringMatching(new RegExp(`^${repo.ref('old')} \\(unsigned\\): `))]);
    });

    describe('when the key is no signer of the repository', () => {
      let refused: EntrypointRun;
      let before: Record<string, number>;
      let notaryBefore: string;

      beforeAll(async () => {
        await generateSignerKey(bob, 'mallory');
        const mallory = await dockerKeyPem(bob, 'mallory');
        for (const s of keySecrets(mallory)) secrets.add(s);
        before = await trustVersions();
        notaryBefore = (await notary(ctx, ['list', repo.gun])).stdout;
        refused = await run('revoke', { tags: repo.ref('v1'), 'signer-key': mallory, 'signer-key-passphrase': ctx.passphrases.repository });
      });

      it('fails saying the key may not sign the tag, with no outputs', () => {
        expect(refused.ok).toBe(false);
        expect(refused.errors).toEqual([expect.stringMatching(new RegExp(`^${repo.ref('v1')}: .* may not sign v1 in ${repo.gun}: `))]);
        expect(refused.outputs).toEqual({});
      });

      it('publishes nothing', async () => {
        expect(await trustVersions()).toEqual(before);
        expect((await notary(ctx, ['list', repo.gun])).stdout).toBe(notaryBefore);
      });
    });

    if (onCli) describe('on the CLI, as text', () => {
      it("prints the repository, the tag and the roles it left, and docker no longer shows it", async () => {
        const text = await run(
          'revoke',
          { tags: repo.ref('older'), 'signer-key': ciKey, 'signer-key-passphrase': ctx.passphrases.repository },
          { json: false },
        );
        expect(text.exitCode).toBe(0);
        expect(text.cli!.stdout).toMatch(new RegExp(`^${repo.name}\\s+older\\s+targets/ci, targets/releases$`, 'm'));
        expect(await signedTags()).not.toContain('older');
      });
    });
  });

  describe('signer-remove', () => {
    let result: EntrypointRun;
    let bobKeyId: string;

    beforeAll(async () => {
      bobKeyId = basename(await dockerKeyFile(bob, 'bob'), '.key');
      result = await run('signer-remove', {
        tags: repo.name,
        'signer-name': 'bob',
        'repository-key': repositoryKey,
        'repository-key-passphrase': ctx.passphrases.repository,
      });
    });

    it('removes the signer, so docker trust inspect no longer lists it', async () => {
      expect(result.errors).toEqual([]);
      expect(result.ok, result.log).toBe(true);
      expect((await inspected()).Signers.map((s) => s.Name).sort()).toEqual(['ci', 'dave']);
    });

    if (summarizes) it("summarizes the repository with bob's key", () => {
      expect(result.summary).toContain(summaryRow(entrypoint, [{ code: repo.gun }, bobKeyId.slice(0, 12)]));
    });
  });

  describe('rotate-key', () => {
    let result: EntrypointRun;
    let newKeyId: string;

    beforeAll(async () => {
      // dave's new key, made by docker elsewhere.
      await generateSignerKey(bob, 'dave');
      const newKey = await dockerKeyPem(bob, 'dave');
      newKeyId = basename(await dockerKeyFile(bob, 'dave'), '.key');
      for (const s of keySecrets(newKey)) secrets.add(s);
      result = await run('rotate-key', {
        tags: repo.name,
        'key-role': 'signer',
        'signer-name': 'dave',
        'signer-key': newKey,
        'signer-key-passphrase': bob.passphrases.repository,
        'repository-key': repositoryKey,
        'repository-key-passphrase': ctx.passphrases.repository,
      });
    });

    it("replaces the signer's key, outputting the new key ID", () => {
      expect(result.errors).toEqual([]);
      expect(result.ok, result.log).toBe(true);
      expect(result.outputs['key-id']).toBe(newKeyId);
    });

    it('is what docker trust inspect shows, with the tags still signed', async () => {
      const after = await inspected();
      expect(after.Signers).toContainEqual({ Name: 'dave', Keys: [{ ID: newKeyId }] });
      expect(after.SignedTags.map((t) => t.SignedTag)).toEqual(expect.arrayContaining(['v1', 'by-dave']));
    });
  });

  describe('refresh', () => {
    let result: EntrypointRun;
    let before: Record<string, number>;
    const inputs = () => ({
      tags: repo.name,
      'repository-key': repositoryKey,
      'repository-key-passphrase': ctx.passphrases.repository,
      'expiring-within': '180d',
    });

    beforeAll(async () => {
      before = await trustVersions();
      result = await run('refresh', inputs());
    });

    it('finds nothing expiring within 180 days in new trust data, and publishes nothing', async () => {
      expect(result.errors).toEqual([]);
      expect(result.ok, result.log).toBe(true);
      expect(result.outputs.refreshed).toBe('[]');
      expect(await trustVersions()).toEqual(before);
    });

    if (!onCli) it('logs that nothing needed re-signing', () => {
      expect(result.log).toContain(`Nothing in ${repo.gun} needed re-signing`);
    });

    if (onCli) it('on the CLI, prints that nothing needed re-signing, and only that', async () => {
      const text = await run('refresh', inputs(), { json: false });
      expect(text.exitCode).toBe(0);
      expect(text.cli!.stdout).toBe(`Nothing in ${repo.gun} needed re-signing\n`);
    });
  });

  it('shows no passphrase, password or line of a key in any run, but the key key-generate --base64 was asked to print', () => {
    expect(runs.length).toBeGreaterThanOrEqual(12);
    expect(secrets.size).toBeGreaterThan(20);
    for (const r of runs) {
      const allowed = revealed.get(r) ?? [];
      for (const secret of secrets) {
        if (allowed.includes(secret)) {
          // On stdout only, where it was asked for.
          expect(r.cli!.stderr, `${r.command} printed a secret on stderr`).not.toContain(secret);
          continue;
        }
        expect(r.shown.includes(secret), `the run of ${r.command} showed a secret (${secret.slice(0, 4)}…)`).toBe(false);
      }
    }
    if (onCli) expect(revealed.size).toBe(1);
  });
});
