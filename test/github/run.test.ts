// The action's run: secrets masked first, the command picked from
// `command`, its inputs read the action's way and handed to its operation
// (a fake here, unless a test says otherwise: the stack tests run them for
// real), then its text logged, every output of its spec set and its summary
// written; every failure one error naming the action's inputs.

import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMAND_NAMES, findCommand } from '../../src/commands/registry.ts';
import type { Operation } from '../../src/commands/run.ts';
import { commandInput, run } from '../../src/github/run.ts';
import { DctError, PartiallyPublishedError, StateNotSavedError } from '../../src/errors.ts';
import { loadPrivateKey } from '../../src/keys/index.ts';
import { fixture, FIXTURE_KEYS } from '../keys/support.ts';
import {
  CASES,
  KEY_GENERATE_RESULT,
  KEY_ID,
  REPO,
  ROTATE_KEY_RESULT,
  SIGN_RESULT,
  VERIFY_FAILED,
  VERIFY_FAILURES,
  VERIFY_PASSED,
  type CommandCase,
} from './results.ts';
import { useRunnerEnv } from './support/runner-env.ts';
import { thrown } from './support/thrown.ts';
import { fake, UNREACHABLE } from '../commands/support/fake-operations.ts';
import { parsedAs } from '../commands/results.ts';

const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();
const PASSPHRASE = FIXTURE_KEYS.dockerAlice.passphrase;
const PUB = fixture('docker-alice.pub').trim();
const CERT = fixture('openssl-rsa2048.crt').trim();
const KEY_LINES = KEY.split('\n').filter((l) => /^[A-Za-z0-9+/]+={0,2}$/.test(l));
const HOUR = 60 * 60 * 1000;

const caseOf = (command: string): CommandCase => CASES.find((c) => c.command === command)!;


let dir: string;
let summaryFile: string;

// One summary file for all tests: core.summary keeps the path it first found, as it may in a step.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dct-github-run-'));
  summaryFile = join(dir, 'summary');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const summary = () => readFile(summaryFile, 'utf8');

describe('#commandInput', () => {
  const runner = useRunnerEnv();

  it.each(COMMAND_NAMES)('picks %s', (name) => {
    runner.setInputs({ command: name });
    expect(commandInput()).toBe(findCommand(name));
  });

  it('signs when command is empty, as run by hand', () => {
    runner.setInputs({ command: '' });
    expect(commandInput()).toBe(findCommand('sign'));
  });

  it.each(['Sign', 'toString', 'push'])('refuses %j, listing the commands', (name) => {
    runner.setInputs({ command: name });
    expect(thrown(commandInput)).toMatchObject({
      input: 'command',
      message: `command: "${name}" is not a command; use one of sign, inspect, verify, revoke, signer-add, signer-remove, key-generate, certificate, rotate-key, refresh, migrate`,
    });
  });
});

describe('#run', () => {
  const runner = useRunnerEnv();
  let temp: string;

  beforeEach(async () => {
    await writeFile(summaryFile, '');
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    temp = await mkdtemp(join(dir, 'runner-temp-'));
    process.env.RUNNER_TEMP = temp;
  });
  afterEach(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  describe('when command names no command', () => {
    it('masks every secret input before refusing it', async () => {
      runner.setInputs({ command: 'nope', 'repository-key': KEY, 'new-repository-key-passphrase': 'hunter22', password: 'pw-secret' });
      await run(UNREACHABLE);
      expect(runner.stdout.masks()).toEqual(expect.arrayContaining([...KEY_LINES, 'hunter22', 'pw-secret']));
      const maskAt = runner.stdout.lines.findIndex((l) => l.startsWith('::add-mask::'));
      const errorAt = runner.stdout.lines.findIndex((l) => l.startsWith('::error::'));
      expect(maskAt).toBeLessThan(errorAt);
      expect(runner.stdout.errors()).toEqual([expect.stringContaining('command: "nope" is not a command')]);
      expect(process.exitCode).toBe(1);
    });
  });

  describe('when secrets are given', () => {
    it.each(CASES.map((c) => [c.command, c] as const))('%s masks each secret once', async (command, c) => {
      runner.setInputs({ command, ...c.inputs, username: 'ci-pusher', password: 'pw-secret' });
      await run({ [command]: fake(c.result).operation });

      const masks = runner.stdout.masks();
      expect(masks).toEqual(expect.arrayContaining(['pw-secret']));
      const counts = new Map<string, number>();
      for (const m of masks) counts.set(m, (counts.get(m) ?? 0) + 1);
      expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    });
  });

  describe('when the command succeeds', () => {
    it.each(CASES.map((c) => [c.command, c] as const))('%s sets every output of its spec', async (command, c) => {
      const op = fake(c.result);
      runner.setInputs({ command, ...c.inputs });
      await run({ [command]: op.operation });

      expect(runner.stdout.errors()).toEqual([]);
      expect(op.calls).toHaveLength(1);
      expect(runner.stdout.outputs()).toEqual(c.outputs);
      expect(Object.keys(c.outputs)).toEqual(findCommand(command)!.outputs.map((o) => o.name));
      expect(process.exitCode).toBeUndefined();
    });

    it.each(CASES.map((c) => [c.command, c] as const))('%s logs its text and writes its summary, if it has one', async (command, c) => {
      runner.setInputs({ command, ...c.inputs });
      await run({ [command]: fake(c.result).operation });

      const spec = findCommand(command)!;
      const text = spec.text(c.result, { log: true, flags: new Set() }).trimEnd();
      expect(runner.stdout.lines).toEqual(expect.arrayContaining(text.split('\n').filter((l) => l !== '')));
      const html = await summary();
      if (spec.summaryOf) expect(html).toMatch(/^<h3>Docker Content Trust<\/h3>\n/);
      else expect(html).toBe('');
    });

    it('logs the signing as a table', async () => {
      runner.setInputs({ command: 'sign', ...caseOf('sign').inputs });
      await run({ sign: fake(SIGN_RESULT).operation });
      expect(runner.stdout.lines).toEqual(
        expect.arrayContaining(['Signed 1 tag with key ffffffffffff (signer ci) in https://notary.example.com', expect.stringMatching(/^REFERENCE +DIGEST +SIGNED IN$/)]),
      );
    });

    it('writes nothing to a summary when the runner gives no summary file', async () => {
      delete process.env.GITHUB_STEP_SUMMARY;
      runner.setInputs({ command: 'sign', ...caseOf('sign').inputs });
      await run({ sign: fake(SIGN_RESULT).operation });
      expect(runner.stdout.errors()).toEqual([]);
      expect(await summary()).toBe('');
    });
  });

  describe('when the environment holds secrets', () => {
    it('hands the operation, and so docker push and credential helpers, none of them', async () => {
      runner.setInputs({
        command: 'sign',
        tags: `${REPO}:1`,
        'signer-key': KEY,
        'signer-key-passphrase': PASSPHRASE,
        'root-key': KEY,
        'root-key-passphrase': 'root-pp',
        'repository-key': KEY,
        'repository-key-passphrase': 'repo-pp',
        username: 'ci',
        password: 'pw-secret',
      });
      process.env.DCT_SIGNER_KEY = KEY;
      process.env.NOTARY_ROOT_PASSPHRASE = 'root-pp';
      const op = fake(SIGN_RESULT);
      await run({ sign: op.operation });

      expect(runner.stdout.errors()).toEqual([]);
      const env = op.calls[0]!.env as NodeJS.ProcessEnv;
      const secretNames = [
        'INPUT_SIGNER-KEY',
        'INPUT_SIGNER-KEY-PASSPHRASE',
        'INPUT_ROOT-KEY',
        'INPUT_ROOT-KEY-PASSPHRASE',
        'INPUT_REPOSITORY-KEY',
        'INPUT_REPOSITORY-KEY-PASSPHRASE',
        'INPUT_PASSWORD',
        'DCT_SIGNER_KEY',
        'NOTARY_ROOT_PASSPHRASE',
      ];
      expect(Object.keys(env).filter((name) => secretNames.includes(name))).toEqual([]);
      expect(env).toMatchObject({ INPUT_TAGS: `${REPO}:1`, INPUT_USERNAME: 'ci', PATH: process.env.PATH });
      expect(Object.values(env)).not.toContain('pw-secret');
    });
  });

  describe('when the inputs are read', () => {
    const repositoryKey = { 'repository-key': KEY, 'repository-key-passphrase': 'repo-pp' };
    const signer = { tags: 'r.io/app', 'key-role': 'signer', 'signer-name': 'ci', 'signer-key': KEY, 'repository-key': KEY };
    let keys: string;
    let pubFile: string;
    let twoKeysFile: string;

    beforeAll(async () => {
      keys = await mkdtemp(join(tmpdir(), 'dct-github-keys-'));
      pubFile = join(keys, 'alice.pub');
      await writeFile(pubFile, `${PUB}\n`);
      twoKeysFile = join(keys, 'two.pub');
      await writeFile(twoKeysFile, `${PUB}\n${CERT}\n`);
    });
    afterAll(async () => {
      await rm(keys, { recursive: true, force: true });
    });

    it.each<[string, string, () => Record<string, string>, () => Record<string, unknown>]>([
      [
        'sign',
        'the tags, the signer key with its passphrase, push and the connection',
        () => ({ tags: 'r.example.com/app:1', 'signer-key': KEY, 'signer-key-passphrase': 'pass phrase', push: 'true', 'signer-name': 'alice', 'trust-server': 'https://notary.example.com' }),
        () => ({
          references: parsedAs('r.example.com/app:1'),
          push: true,
          signerKey: { text: KEY, passphrase: 'pass phrase', input: 'signer-key', passphraseInput: 'signer-key-passphrase' },
          signerName: 'alice',
          trustServer: 'https://notary.example.com',
          trustServerCa: undefined,
          trustPin: undefined,
          username: undefined,
          password: undefined,
          rootKey: undefined,
          repositoryKey: undefined,
        }),
      ],
      [
        'sign',
        'push false and the credentials',
        () => ({ tags: 'r.example.com/app:1', 'signer-key': KEY, push: 'false', username: 'ci', password: 'pw' }),
        () => ({ push: false, username: 'ci', password: 'pw' }),
      ],
      [
        'sign',
        'the bootstrap keys with their passphrases',
        () => ({
          tags: 'r.example.com/app:1',
          'signer-key': KEY,
          'root-key': Buffer.from(KEY).toString('base64'),
          'root-key-passphrase': 'root-pass',
          'repository-key': KEY,
          'repository-key-passphrase': 'repo-pass',
        }),
        () => ({
          rootKey: { text: Buffer.from(KEY).toString('base64'), passphrase: 'root-pass', input: 'root-key', passphraseInput: 'root-key-passphrase' },
          repositoryKey: { input: 'repository-key', passphrase: 'repo-pass' },
        }),
      ],
      [
        'inspect',
        'the images, tag optional, and the connection inputs',
        () => ({ tags: 'r.io/app\nr.io/app:1', 'trust-server': 'https://notary.example.com', username: 'ci', password: 'pw' }),
        () => ({ references: parsedAs('r.io/app', 'r.io/app:1'), trustServer: 'https://notary.example.com', trustServerCa: undefined, trustPin: undefined, username: 'ci', password: 'pw' }),
      ],
      [
        'verify',
        'the references, the required signers and the policy',
        () => ({ tags: 'r.io/app:1\nr.io/app:2', 'required-signers': 'ci, release', 'signer-policy': 'all' }),
        () => ({ references: parsedAs('r.io/app:1', 'r.io/app:2'), requiredSigners: ['ci', 'release'], signerPolicy: 'all' }),
      ],
      ['verify', 'any one signer by default', () => ({ tags: 'r.io/app:1' }), () => ({ requiredSigners: [], signerPolicy: 'any' })],
      [
        'revoke',
        'the references, the signer key and name, and all',
        () => ({ tags: 'r.io/app:1, r.io/other', 'signer-key': KEY, 'signer-key-passphrase': 'pp', 'signer-name': 'ci', all: 'true' }),
        () => ({ references: parsedAs('r.io/app:1', 'r.io/other'), signerKey: { text: KEY, passphrase: 'pp', input: 'signer-key' }, signerName: 'ci', all: true }),
      ],
      ['revoke', 'all false unless asked', () => ({ tags: 'r.io/app:1', 'signer-key': KEY }), () => ({ all: false })],
      [
        'signer-add',
        'the repositories, the signer, its key and the admin keys',
        () => ({ tags: 'r.io/app\nr.io/other', 'signer-name': 'alice', 'signer-public-key': PUB, ...repositoryKey, 'root-key': KEY, 'root-key-passphrase': 'root-pp' }),
        () => ({
          references: parsedAs('r.io/app', 'r.io/other'),
          name: 'alice',
          signerPublicKeys: [PUB],
          repositoryKey: { text: KEY, passphrase: 'repo-pp', input: 'repository-key' },
          rootKey: { text: KEY, passphrase: 'root-pp', input: 'root-key' },
        }),
      ],
      [
        'signer-remove',
        'the repositories, the signer, the repository key and force',
        () => ({ tags: 'r.io/app', 'signer-name': 'ci', ...repositoryKey, force: 'true' }),
        () => ({ references: parsedAs('r.io/app'), name: 'ci', repositoryKey: { text: KEY, passphrase: 'repo-pp', input: 'repository-key' }, force: true }),
      ],
      ['signer-remove', 'force false unless asked', () => ({ tags: 'r.io/app', 'signer-name': 'ci', 'repository-key': KEY }), () => ({ force: false })],
      [
        'key-generate',
        'the name, the passphrase untrimmed and key-directory',
        () => ({ 'signer-name': 'ci', 'signer-key-passphrase': ' long passphrase ', 'key-directory': '/keys' }),
        () => ({ name: 'ci', passphrase: ' long passphrase ', directory: '/keys' }),
      ],
      [
        'rotate-key',
        'the repository, the role and the keys for targets',
        () => ({ tags: 'r.io/app', 'key-role': 'targets', 'root-key': KEY, 'root-key-passphrase': 'root-pp', 'new-repository-key-passphrase': 'new-repo-pp', 'key-directory': '/keys' }),
        () => ({
          reference: parsedAs('r.io/app')[0],
          role: 'targets',
          rootKey: { text: KEY, passphrase: 'root-pp', input: 'root-key' },
          newRepositoryKey: undefined,
          newRepositoryKeyPassphrase: 'new-repo-pp',
          signer: undefined,
          keyDirectory: '/keys',
        }),
      ],
      [
        'rotate-key',
        'the new repository key with its passphrase',
        () => ({ tags: 'r.io/app', 'key-role': 'targets', 'new-repository-key': KEY, 'new-repository-key-passphrase': 'pp' }),
        () => ({ newRepositoryKey: { text: KEY, passphrase: 'pp', input: 'new-repository-key', passphraseInput: 'new-repository-key-passphrase' } }),
      ],
      [
        'rotate-key',
        'the signer, its new key and the old key ID',
        () => ({ ...signer, 'signer-key-passphrase': 'new-pp', 'old-signer-key': 'b'.repeat(64) }),
        () => ({
          signer: {
            name: 'ci',
            newKey: { text: KEY, passphrase: 'new-pp', input: 'signer-key', passphraseInput: 'signer-key-passphrase' },
            oldKey: 'b'.repeat(64),
          },
        }),
      ],
      ['rotate-key', 'the old signer key as PEM text', () => ({ ...signer, 'old-signer-key': PUB }), () => ({ signer: { oldKey: PUB } })],
      [
        'rotate-key',
        'the old signer key from a file',
        () => ({ ...signer, 'old-signer-key': pubFile }),
        () => ({ signer: { oldKey: `${PUB}\n` } }),
      ],
      [
        'refresh',
        'the one repository, the keys and expiring-within',
        () => ({ tags: 'r.io/app', 'signer-key': KEY, 'signer-key-passphrase': 'pp', 'expiring-within': '180d' }),
        () => ({ reference: parsedAs('r.io/app')[0], signerKey: { text: KEY, passphrase: 'pp', input: 'signer-key' }, repositoryKey: undefined, expiringWithinMs: 180 * 24 * HOUR }),
      ],
    ])('%s: passes the operation %s', async (command, _, inputs, expected) => {
      const c = caseOf(command);
      const op = fake(c.result);
      runner.setInputs({ command, ...inputs() });
      await run({ [command]: op.operation });
      expect(runner.stdout.errors()).toEqual([]);
      expect(op.calls).toHaveLength(1);
      expect(op.calls[0]).toMatchObject(expected());
    });

    it.each([
      ['one PEM block', () => PUB, () => [PUB]],
      ['two PEM blocks', () => `${PUB}\n${CERT}`, () => [PUB, CERT]],
      ['a file path', () => pubFile, () => [PUB]],
      ['a file with two keys', () => twoKeysFile, () => [PUB, CERT]],
      ['a PEM block and a path', () => `${PUB}\n${pubFile}`, () => [PUB, PUB]],
      ['two paths, comma-separated', () => `${pubFile}, ${pubFile}`, () => [PUB, PUB]],
    ])('signer-add: reads signer-public-key as %s', async (_, value, expected) => {
      const op = fake(caseOf('signer-add').result);
      runner.setInputs({ command: 'signer-add', tags: 'r.io/app', 'signer-name': 'alice', 'signer-public-key': value(), 'repository-key': KEY });
      await run({ 'signer-add': op.operation });
      expect(runner.stdout.errors()).toEqual([]);
      expect(op.calls[0]).toMatchObject({ signerPublicKeys: expected() });
    });

    it.each([
      ['180d', 180 * 24 * HOUR],
      ['26w', 26 * 7 * 24 * HOUR],
      ['36h', 36 * HOUR],
      ['1.5d', 36 * HOUR],
      ['0d', 0],
      ['90 D', 90 * 24 * HOUR],
      ['', undefined],
    ])('refresh: reads expiring-within %j', async (value, ms) => {
      const op = fake(caseOf('refresh').result);
      runner.setInputs({ command: 'refresh', tags: 'r.io/app', 'signer-key': KEY, 'expiring-within': value });
      await run({ refresh: op.operation });
      expect(op.calls[0]?.expiringWithinMs).toBe(ms);
    });

    it("writes key files into the runner's temp directory by default, else the working directory", async () => {
      const generate = fake(KEY_GENERATE_RESULT);
      const rotate = fake(ROTATE_KEY_RESULT);
      runner.setInputs({ 'signer-name': 'ci', 'signer-key-passphrase': 'long passphrase', tags: 'r.io/app', 'key-role': 'targets', 'root-key': KEY });
      for (const command of ['key-generate', 'rotate-key']) {
        runner.setInputs({ command });
        await run({ 'key-generate': generate.operation, 'rotate-key': rotate.operation });
      }
      delete process.env.RUNNER_TEMP;
      runner.setInputs({ command: 'key-generate' });
      await run({ 'key-generate': generate.operation });

      expect(runner.stdout.errors()).toEqual([]);
      expect(generate.calls.map((o) => o.directory)).toEqual([temp, process.cwd()]);
      expect(rotate.calls.map((o) => o.keyDirectory)).toEqual([temp]);
    });
  });

  describe('when an input is missing or wrong', () => {
    const KEYS = { 'repository-key': KEY };

    it('fails with one error naming the action input, with no output set', async () => {
      runner.setInputs({ command: 'inspect', tags: '' });
      await run(UNREACHABLE);
      expect(runner.stdout.errors()).toEqual(['tags: no image reference given; list registry/repository[:tag] references']);
      expect(runner.stdout.outputs()).toEqual({});
      expect(process.exitCode).toBe(1);
    });

    // Refused while the inputs are read: no operation runs.
    it.each<[string, string, Record<string, string>, string | RegExp]>([
      ['inspect', 'an invalid reference', { tags: 'r.io/app:!' }, /^tags: r\.io\/app:!: /],
      ['signer-remove', 'a tag', { tags: 'r.io/app:1', 'signer-name': 'ci', ...KEYS }, /^tags: r\.io\/app:1: give the repository without a tag/],
      ['rotate-key', 'key-role releases', { tags: 'r.io/app', 'key-role': 'releases' }, 'key-role: "releases" is not one of snapshot, timestamp, targets, signer, root'],
      ['rotate-key', 'no key-role', { tags: 'r.io/app' }, /^key-role: /],
      ['rotate-key', 'no tags', { 'key-role': 'snapshot' }, /^tags: /],
      ['rotate-key', 'key-role signer without signer-name', { tags: 'r.io/app', 'key-role': 'signer', 'signer-key': KEY, ...KEYS }, /^signer-name: name the signer whose key to rotate/],
      ['rotate-key', 'key-role signer without signer-key', { tags: 'r.io/app', 'key-role': 'signer', 'signer-name': 'ci', ...KEYS }, /^signer-key: /],
      ['revoke', 'without signer-key', { tags: 'r.io/app:1' }, 'signer-key: no signer key; give signer-key'],
      ['sign', 'push yes', { tags: 'r.io/app:1', 'signer-key': KEY, push: 'yes' }, 'push: give true or false, not "yes"'],
      ['signer-add', 'without signer-name', { tags: 'r.io/app', 'signer-public-key': PUB, ...KEYS }, /^signer-name: /],
      ['signer-add', 'without repository-key', { tags: 'r.io/app', 'signer-name': 'ci', 'signer-public-key': PUB }, /^repository-key: /],
      ['signer-add', 'a signer-public-key path that cannot be read', { tags: 'r.io/app', 'signer-name': 'ci', 'signer-public-key': '/nonexistent/ci.pub', ...KEYS }, /^signer-public-key: /],
      ['signer-remove', 'without signer-name', { tags: 'r.io/app', ...KEYS }, /^signer-name: /],
      ['signer-remove', 'without repository-key', { tags: 'r.io/app', 'signer-name': 'ci' }, /^repository-key: /],
      ['key-generate', 'without signer-name', { 'signer-key-passphrase': 'long passphrase' }, /^signer-name: /],
      ['refresh', 'two repositories', { tags: 'r.io/a\nr.io/b', ...KEYS }, 'tags: refresh works on one repository; give one, not 2'],
      ['refresh', 'no key', { tags: 'r.io/app' }, /^signer-key: give signer-key \(the signer's roles\), repository-key \(targets\) or both/],
      ['inspect', 'a username without a password', { tags: 'r.io/app', username: 'ci' }, 'password: give both username and password, or neither'],
    ])('%s with %s fails before its operation runs', async (command, _, inputs, message) => {
      runner.setInputs({ command, ...inputs });
      await run(UNREACHABLE);
      expect(runner.stdout.errors()).toEqual([typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message)]);
      expect(runner.stdout.outputs()).toEqual({});
    });

    it.each(['180', '6mo', '1y', '-1d', 'soon'])('refresh refuses expiring-within %j, naming the input', async (value) => {
      runner.setInputs({ command: 'refresh', tags: 'r.io/app', ...KEYS, 'expiring-within': value });
      await run(UNREACHABLE);
      expect(runner.stdout.errors()).toEqual([expect.stringMatching(/^expiring-within: .*180d/)]);
    });

    // The core's own checks, made before any request.
    it.each([
      ['signer-add', 'a private key among the public keys', { tags: 'r.io/app', 'signer-name': 'ci', 'signer-public-key': `${PUB}\n${KEY}`, ...KEYS, 'repository-key-passphrase': PASSPHRASE }, /^signer-public-key\[1\]: /],
      ['key-generate', 'a short passphrase', { 'signer-name': 'ci', 'signer-key-passphrase': 'short' }, /^signer-key-passphrase: use at least 8 characters/],
    ])('%s with %s fails naming the action input, from the operation itself', async (command, _, inputs, message) => {
      runner.setInputs({ command, ...inputs, 'key-directory': temp });
      await run();
      expect(runner.stdout.errors()).toEqual([expect.stringMatching(message)]);
      expect(runner.stdout.outputs()).toEqual({});
    });
  });

  describe('when verify finds a failing reference', () => {
    it('sets the outputs and writes the summary, then fails with one line per failing reference', async () => {
      runner.setInputs({ command: 'verify', tags: `${REPO}:1\n${REPO}:2\nmyregistry.example.com/none:1` });
      await run({ verify: fake(VERIFY_FAILED).operation });

      const outputs = runner.stdout.outputs();
      expect(outputs.references).toBe(`${REPO}@sha256:${'ab'.repeat(32)}`);
      const verified = JSON.parse(outputs.verified!) as { reason?: string; pinned: string | null }[];
      expect(verified.map((v) => [v.reason, v.pinned])).toEqual([
        [undefined, `${REPO}@sha256:${'ab'.repeat(32)}`],
        ['digest-changed', null],
        ['no-trust-data', null],
      ]);
      expect(runner.stdout.errors()).toEqual([VERIFY_FAILURES.join('\n')]);
      const outputAt = runner.stdout.lines.findIndex((l) => l.startsWith('::set-output'));
      const errorAt = runner.stdout.lines.findIndex((l) => l.startsWith('::error::'));
      expect(outputAt).toBeLessThan(errorAt);
      expect(await summary()).toContain('Verified 1 of 3 references.');
      expect(process.exitCode).toBe(1);
    });
  });

  describe('when sign published but could not save the trust state', () => {
    it('logs the signing and sets the outputs as on success, then fails saying the signature is live', async () => {
      const message = 'trust-state: what this run published is live on the trust server (its signatures are in place), but the trust state was not saved';
      runner.setInputs({ command: 'sign', ...caseOf('sign').inputs });
      await run({ sign: () => Promise.reject(new StateNotSavedError(message, SIGN_RESULT)) });
      expect(runner.stdout.lines).toEqual(expect.arrayContaining([expect.stringMatching(/^Signed 1 tag with key/)]));
      expect(runner.stdout.outputs()).toEqual(caseOf('sign').outputs);
      expect(runner.stdout.errors()).toEqual([message]);
      expect(process.exitCode).toBe(1);
    });
  });

  describe('when the run fails', () => {
    it('writes a summary saying nothing was published when an input was wrong', async () => {
      runner.setInputs({ command: 'sign', tags: 'Not A Reference!', 'signer-key': KEY, 'signer-key-passphrase': PASSPHRASE });
      await run(UNREACHABLE);
      const html = await summary();
      expect(html).toMatch(/^<h3>Docker Content Trust<\/h3>\n❌ dct-sign sign failed: tags/);
      expect(html).toContain('Nothing was published: the run stopped while reading its inputs, before any request.');
      expect(process.exitCode).toBe(1);
    });

    it('writes a summary naming the command input when the command is unknown', async () => {
      runner.setInputs({ command: 'nope' });
      await run(UNREACHABLE);
      expect(await summary()).toContain('❌ dct-sign failed: command: &quot;nope&quot; is not a command');
    });

    it('names the repositories already changed when publishing failed part way', async () => {
      runner.setInputs({ command: 'sign', ...caseOf('sign').inputs });
      const err = new PartiallyPublishedError('HTTP', 'r.io/b: HTTP 503 (already changed: r.io/a; rerunning is safe)', ['r.io/a']);
      await run({ sign: () => Promise.reject(err) });
      const html = await summary();
      expect(html).toContain('❌ dct-sign sign failed: r.io/b: HTTP 503');
      expect(html).toContain('Already changed before the failure: r.io/a. Rerunning is safe.');
      expect(html).not.toContain('Nothing was published');
    });

    it('points to the log, without claiming nothing was published, when the operation failed', async () => {
      runner.setInputs({ command: 'sign', ...caseOf('sign').inputs });
      await run({ sign: () => Promise.reject(new DctError('NETWORK', 'trust server unreachable')) });
      const html = await summary();
      expect(html).toContain('❌ dct-sign sign failed: trust server unreachable');
      expect(html).toContain('Whatever was published before the failure is in the log; rerunning is safe.');
      expect(html).not.toContain('Nothing was published');
    });

    it('adds the failure to the summary of what sign published when the state was not saved', async () => {
      runner.setInputs({ command: 'sign', ...caseOf('sign').inputs });
      await run({ sign: () => Promise.reject(new StateNotSavedError('trust-state: not saved', SIGN_RESULT)) });
      const html = await summary();
      expect(html).toContain('Signed 1 tag with');
      expect(html).toContain('<p>❌ trust-state: not saved</p>');
      expect(html.match(/<h3>/g)).toHaveLength(1);
    });

    it("adds sign's tags that could not be pushed to the summary of what it signed", async () => {
      runner.setInputs({ command: 'sign', ...caseOf('sign').inputs });
      const partial = { ...SIGN_RESULT, notPushed: [{ reference: `${REPO}:2`, exitCode: 1, error: 'denied' }] };
      await run({ sign: fake(partial).operation });
      const html = await summary();
      expect(html).toContain('Signed 1 tag with');
      expect(html).toContain(`<p>❌ docker push ${REPO}:2 failed (exit code 1): denied; it was not signed</p>`);
      expect(process.exitCode).toBe(1);
    });
  });

  describe('when every reference passes verify', () => {
    it('succeeds', async () => {
      runner.setInputs({ command: 'verify', tags: `${REPO}:1` });
      await run({ verify: fake(VERIFY_PASSED).operation });
      expect(runner.stdout.errors()).toEqual([]);
      expect(process.exitCode).toBeUndefined();
    });
  });

  describe('when the result holds a secret', () => {
    const keyLines = (pem: string) => pem.split('\n').filter((l) => /^[A-Za-z0-9+/]{16,}={0,2}$/.test(l));
    const shown = () => runner.stdout.lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');

    it("masks key-generate's base64 private key file and each line of it, and shows neither", async () => {
      runner.setInputs({ command: 'key-generate', 'signer-name': 'ci', 'signer-key-passphrase': 'long passphrase' });
      await run({ 'key-generate': fake(KEY_GENERATE_RESULT).operation });

      expect(runner.stdout.errors()).toEqual([]);
      expect(runner.stdout.masks()).toEqual(expect.arrayContaining([KEY_GENERATE_RESULT.privateKeyBase64, ...KEY_LINES]));
      expect(shown()).not.toContain(KEY_GENERATE_RESULT.privateKeyBase64);
      for (const line of KEY_LINES) expect(shown()).not.toContain(line);
    });

    it('masks the repository key rotate-key generated, and says where it is', async () => {
      runner.setInputs({ command: 'rotate-key', tags: 'r.io/app', 'key-role': 'targets', 'root-key': KEY, 'new-repository-key-passphrase': 'new-repo-pp' });
      await run({ 'rotate-key': fake(ROTATE_KEY_RESULT).operation });

      expect(runner.stdout.errors()).toEqual([]);
      expect(runner.stdout.outputs()).toEqual({ 'key-id': KEY_ID });
      expect(runner.stdout.masks()).toEqual(expect.arrayContaining([ROTATE_KEY_RESULT.generatedRepositoryKey!.base64, ...keyLines(KEY)]));
      expect(runner.stdout.lines).toContainEqual(expect.stringContaining(`${ROTATE_KEY_RESULT.generatedRepositoryKey!.path} (encrypted; the only copy: keep it)`));
    });

    describe('when key-generate runs for real', () => {
      it('writes the key pair, outputs its paths, ID and public key, and masks the private key', async () => {
        runner.setInputs({ command: 'key-generate', 'signer-name': 'ci', 'signer-key-passphrase': 'long passphrase', 'key-directory': temp });
        await run();

        expect(runner.stdout.errors()).toEqual([]);
        const outputs = runner.stdout.outputs();
        expect(outputs).toEqual({
          'signer-key-id': expect.stringMatching(/^[0-9a-f]{64}$/),
          'public-key': expect.stringContaining('-----BEGIN PUBLIC KEY-----'),
          'private-key-path': join(temp, 'ci.key'),
          'public-key-path': join(temp, 'ci.pub'),
          'certificate-path': '',
          'notation-identity': '',
        });
        const privatePem = await readFile(join(temp, 'ci.key'), 'utf8');
        expect(loadPrivateKey(privatePem, { input: 'ci.key', passphrase: 'long passphrase' }).signer.keyId).toBe(outputs['signer-key-id']);
        expect(await readFile(join(temp, 'ci.pub'), 'utf8')).toBe(outputs['public-key']);

        const body = keyLines(privatePem);
        expect(body.length).toBeGreaterThan(0);
        expect(runner.stdout.masks()).toEqual(expect.arrayContaining(body));
        for (const line of body) expect(shown()).not.toContain(line);
      });

      it('fails naming signer-name when the key files exist, and leaves them alone', async () => {
        runner.setInputs({ command: 'key-generate', 'signer-name': 'ci', 'signer-key-passphrase': 'long passphrase', 'key-directory': temp });
        await run();
        const first = await readFile(join(temp, 'ci.key'), 'utf8');
        await run();
        expect(runner.stdout.errors()).toEqual([expect.stringMatching(/^signer-name: .*ci\.key already exists/)]);
        expect(await readFile(join(temp, 'ci.key'), 'utf8')).toBe(first);
      });
    });

    describe('when rotate-key runs for real and key-directory cannot take the key', () => {
      it('fails naming key-directory before rotating anything', async () => {
        // The operation checks the directory before it opens a connection.
        runner.setInputs({
          command: 'rotate-key',
          tags: 'r.io/app',
          'key-role': 'targets',
          'root-key': KEY,
          'root-key-passphrase': PASSPHRASE,
          'new-repository-key-passphrase': 'new-repo-pp',
          'key-directory': join(temp, 'missing'),
          'trust-server': 'https://127.0.0.1:1',
        });
        await run();
        expect(runner.stdout.errors()).toEqual([expect.stringMatching(/^key-directory: .*missing is not a writable directory/)]);
        expect(runner.stdout.outputs()).toEqual({});
      });
    });
  });

  describe('when sign pushes with a login', () => {
    it("logs docker in through a config in the runner's temp directory, masks its auth and removes it after", async () => {
      let config: string | undefined;
      let configText = '';
      const sign = (async (options: { env: NodeJS.ProcessEnv }) => {
        config = options.env.DOCKER_CONFIG;
        configText = await readFile(join(config!, 'config.json'), 'utf8');
        return SIGN_RESULT;
      }) as Operation;
      runner.setInputs({ command: 'sign', tags: `${REPO}:1`, 'signer-key': KEY, push: 'true', username: 'ci', password: 'pw-secret' });
      await run({ sign });

      expect(runner.stdout.errors()).toEqual([]);
      expect(config?.startsWith(join(temp, 'dct-sign-docker-'))).toBe(true);
      const auth = Buffer.from('ci:pw-secret').toString('base64');
      expect(JSON.parse(configText)).toEqual({ auths: { 'myregistry.example.com': { auth } } });
      expect(runner.stdout.masks()).toContain(auth);
      await expect(stat(config!)).rejects.toMatchObject({ code: 'ENOENT' });
    });
  });
});
