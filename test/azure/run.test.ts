// The task's run: the secrets masked first, the command picked from task.json's
// `command` input (sign when it is not set: pipelines written before there
// were commands), its inputs read the task's way and handed to its operation
// (a fake here, unless a test says otherwise: the stack tests run them for
// real), then its text logged, its output variables set, its summary
// uploaded, and the message the task completes with returned.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { agentTemp, captureStdout, taskEnv } from './agent.ts';
import { describe, expect, it, test } from 'vitest';
import { failureMessage } from '../../src/azure/failure-message.ts';
import { readCommand, run } from '../../src/azure/run.ts';
import { summaryMarkdown } from '../../src/azure/summary.ts';
import { COMMAND_NAMES, findCommand } from '../../src/commands/registry.ts';
import type { Operation } from '../../src/commands/run.ts';
import { DctError, InputError, PartiallyPublishedError, StateNotSavedError } from '../../src/errors.ts';
import { loadPrivateKey } from '../../src/keys/index.ts';
import {
  CASES,
  KEY_GENERATE_RESULT,
  KEY_ID,
  KEY_PEM,
  PUBLIC_PEM,
  REGISTRY,
  REPO,
  ROTATE_KEY_RESULT,
  SIGN_RESULT,
  VERIFY_FAILED,
  VERIFY_FAILURES,
  VERIFY_PASSED,
  type CommandCase,
} from '../github/results.ts';
import { maskedValues, pemBodyLines, visibleOutput, vsoCommands, type EndpointSpec } from './support.ts';
import { fake, UNREACHABLE } from '../commands/support/fake-operations.ts';
import { parsedAs } from '../commands/results.ts';

const stdout = captureStdout();

/** The task's output variable of each output, as task.json lists them. */
const VARIABLES: Readonly<Record<string, string>> = {
  digest: 'digest',
  signed: 'signed',
  'signer-key-id': 'signerKeyId',
  trust: 'trust',
  references: 'references',
  verified: 'verified',
  revoked: 'revoked',
  'public-key': 'publicKey',
  'private-key-path': 'privateKeyPath',
  'public-key-path': 'publicKeyPath',
  'key-id': 'keyId',
  'root-key-id': 'rootKeyId',
  refreshed: 'refreshed',
  migrated: 'migrated',
  'certificate-path': 'certificatePath',
  certificate: 'certificate',
  'notation-identity': 'notationIdentity',
};

/** The message each command completes with, for its case's result. */
const DONE: Readonly<Record<string, string>> = {
  sign: 'Signed 1 tag with key ffffffffffff',
  inspect: 'Inspected 2 images',
  verify: 'Verified 1 reference',
  revoke: 'Revoked 1 tag',
  'signer-add': 'Signer ci added to 2 repositories',
  'signer-remove': 'Signer ci removed from 1 repository',
  'key-generate': 'Generated key ffffffffffff for signer ci',
  certificate: 'Made the certificate ci.crt (C=XX, ST=none, O=dct-sign, CN=ci), valid until 2027-12-08',
  'rotate-key': `The targets key of ${REPO} is ffffffffffff`,
  refresh: `Refreshed 1 role of ${REPO}`,
  migrate: 'Migrated 1 tag to cosign with key ffffffffffff',
};

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
/** A case's inputs by the task's names. */
const taskNames = (inputs: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(inputs).map(([n, v]) => [camel(n), v]));
const caseOf = (command: string): CommandCase => CASES.find((c) => c.command === command)!;

const connection: EndpointSpec = {
  id: '3b1f8c2e-5d4a-4e6b-9c7d-8a9b0c1d2e3f',
  url: `https://${REGISTRY}/`,
  scheme: 'UsernamePassword',
  parameters: { registry: `https://${REGISTRY}`, username: 'ci-pusher', password: 'endpoint-password-0b5c' },
  data: { registrytype: 'Others' },
};


const variables = () =>
  Object.fromEntries(
    vsoCommands(stdout.text)
      .filter((c) => c.command === 'task.setvariable')
      .map((c) => [c.properties.variable, c]),
  );
const uploads = () => vsoCommands(stdout.text).filter((c) => c.command === 'task.uploadsummary');

async function failureOf(running: Promise<unknown>): Promise<unknown> {
  return running.then(
    () => {
      throw new Error('the run did not fail');
    },
    (err: unknown) => err,
  );
}

describe('#readCommand', () => {
  it('runs sign when command is not set', () => {
    taskEnv({});
    expect(readCommand()).toBe(findCommand('sign'));
  });

  test.each(COMMAND_NAMES)('runs %s when named', (name) => {
    taskEnv({ command: name });
    expect(readCommand()).toBe(findCommand(name));
  });

  test.each(['toString', 'Sign'])('refuses %j, listing the known ones', (name) => {
    taskEnv({ command: name });
    expect(() => readCommand()).toThrow(
      expect.objectContaining({
        input: 'command',
        message: `command: unknown command "${name}"; choose one of sign, inspect, verify, revoke, signer-add, signer-remove, key-generate, certificate, rotate-key, refresh, migrate`,
      }) as InputError,
    );
  });
});

describe('#run', () => {
  describe('when command names no command', () => {
    it('masks every secret before refusing it', async () => {
      taskEnv({ command: 'nope', repositoryKey: KEY_PEM, newRepositoryKeyPassphrase: 'hunter22' }, connection);
      const err = await failureOf(run(UNREACHABLE));
      expect(err).toMatchObject({ input: 'command' });
      expect(maskedValues(stdout.text)).toEqual(expect.arrayContaining([...pemBodyLines(KEY_PEM), 'hunter22', 'endpoint-password-0b5c']));
    });
  });

  describe('when secrets are given', () => {
    test.each(CASES.map((c) => [c.command, c] as const))('%s masks each secret once', async (command, c) => {
      taskEnv({ command, ...taskNames(c.inputs) }, connection);
      await run({ [command]: fake(c.result).operation });

      const masks = maskedValues(stdout.text);
      expect(masks).toEqual(expect.arrayContaining(['endpoint-password-0b5c']));
      const counts = new Map<string, number>();
      for (const m of masks) counts.set(m, (counts.get(m) ?? 0) + 1);
      expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    });
  });

  describe('when the command succeeds', () => {
    test.each(CASES.map((c) => [c.command, c] as const))('%s sets every output variable of its spec and returns its message', async (command, c) => {
      const op = fake(c.result);
      taskEnv({ command, ...taskNames(c.inputs) });
      const message = await run({ [command]: op.operation });

      expect(message).toBe(DONE[command]);
      expect(op.calls).toHaveLength(1);
      const set = variables();
      expect(Object.fromEntries(Object.entries(set).map(([name, v]) => [name, v.data]))).toEqual(
        Object.fromEntries(Object.entries(c.outputs).map(([name, value]) => [VARIABLES[name], value])),
      );
      for (const v of Object.values(set)) expect(v.properties).toMatchObject({ isOutput: 'true', issecret: 'false' });
    });

    test.each(CASES.map((c) => [c.command, c] as const))('%s logs its text and uploads its summary, if it has one', async (command, c) => {
      taskEnv({ command, ...taskNames(c.inputs) });
      await run({ [command]: fake(c.result).operation });

      const spec = findCommand(command)!;
      const text = spec.text(c.result, { log: true, flags: new Set() }).trimEnd();
      expect(stdout.text).toContain(`${text}\n`);
      const uploaded = uploads();
      if (!spec.summaryOf) {
        expect(uploaded).toEqual([]);
        return;
      }
      expect(uploaded).toHaveLength(1);
      const file = uploaded[0]!.data;
      expect(basename(file)).toBe('Docker Content Trust.md');
      expect(dirname(dirname(file))).toBe(agentTemp);
      expect(readFileSync(file, 'utf8')).toBe(`${summaryMarkdown(spec.summaryOf(c.result))}\n`);
    });

    it('sets the output variables before uploading the summary', async () => {
      taskEnv({ command: 'sign', ...taskNames(caseOf('sign').inputs) });
      await run({ sign: fake(SIGN_RESULT).operation });
      const commands = vsoCommands(stdout.text);
      const lastVariable = commands.findLastIndex((c) => c.command === 'task.setvariable');
      const upload = commands.findIndex((c) => c.command === 'task.uploadsummary');
      expect(lastVariable).toBeLessThan(upload);
    });

    it('neutralizes agent commands in the text it logs', async () => {
      const result = { ...SIGN_RESULT, signed: [{ ...SIGN_RESULT.signed[0]!, roles: ['##vso[task.setvariable variable=X]evil'] }] };
      taskEnv({ command: 'sign', ...taskNames(caseOf('sign').inputs) });
      await run({ sign: fake(result).operation });
      expect(stdout.text).toContain('##_vso[task.setvariable variable=X]evil');
      expect(variables().X).toBeUndefined();
    });
  });

  describe('when the inputs are read', () => {
    const pass = async (command: string, inputs: Record<string, string>, endpoint?: EndpointSpec) => {
      const op = fake(caseOf(command).result);
      taskEnv({ command, ...inputs }, endpoint);
      await run({ [command]: op.operation });
      expect(op.calls).toHaveLength(1);
      return op.calls[0]!;
    };

    test.each<[string, string, Record<string, string>, Record<string, unknown>]>([
      [
        'sign',
        'the tags and the signer key, push on by default, and no bootstrap keys',
        { tags: `${REPO}:1.0\n${REPO}:latest`, signerKey: KEY_PEM, signerKeyPassphrase: 'pass', signerName: 'ci' },
        {
          references: parsedAs(`${REPO}:1.0`, `${REPO}:latest`),
          push: true,
          signerName: 'ci',
          signerKey: { text: KEY_PEM, passphrase: 'pass', input: 'signerKey', passphraseInput: 'signerKeyPassphrase' },
          rootKey: undefined,
          repositoryKey: undefined,
          username: undefined,
          password: undefined,
        },
      ],
      ['sign', 'push', { tags: `${REPO}:1`, signerKey: KEY_PEM, push: 'false' }, { push: false }],
      [
        'sign',
        'both bootstrap keys with their passphrases',
        { tags: `${REPO}:1`, signerKey: KEY_PEM, rootKey: KEY_PEM, rootKeyPassphrase: 'root-pass', repositoryKey: KEY_PEM, repositoryKeyPassphrase: 'repo-pass' },
        {
          rootKey: { text: KEY_PEM, passphrase: 'root-pass', input: 'rootKey', passphraseInput: 'rootKeyPassphrase' },
          repositoryKey: { input: 'repositoryKey', passphrase: 'repo-pass' },
        },
      ],
      ['inspect', 'images with or without a tag', { tags: `${REPO}\n${REPO}:1` }, { references: parsedAs(REPO, `${REPO}:1`) }],
      [
        'verify',
        'the required signers as a list, and policy any by default',
        { tags: `${REPO}:1`, requiredSigners: 'ci\nrelease, qa\n' },
        { references: parsedAs(`${REPO}:1`), requiredSigners: ['ci', 'release', 'qa'], signerPolicy: 'any' },
      ],
      ['verify', 'signerPolicy all', { tags: `${REPO}:1`, signerPolicy: 'all' }, { signerPolicy: 'all' }],
      [
        'revoke',
        'the tags, the signer key and all (off by default)',
        { tags: `${REPO}:1`, signerKey: KEY_PEM, signerName: 'ci' },
        { references: parsedAs(`${REPO}:1`), signerKey: { input: 'signerKey' }, signerName: 'ci', all: false },
      ],
      ['revoke', 'all for a repository without a tag', { tags: REPO, signerKey: KEY_PEM, all: 'true' }, { all: true }],
      [
        'signer-add',
        'the repositories, the signer and its keys, and the repository key',
        { tags: REPO, signerName: 'ci', signerPublicKey: PUBLIC_PEM, repositoryKey: KEY_PEM },
        { references: parsedAs(REPO), name: 'ci', signerPublicKeys: [PUBLIC_PEM.trim()], repositoryKey: { input: 'repositoryKey' }, rootKey: undefined },
      ],
      [
        'signer-remove',
        'the repositories, the signer, the repository key and force (off by default)',
        { tags: REPO, signerName: 'ci', repositoryKey: KEY_PEM },
        { references: parsedAs(REPO), name: 'ci', repositoryKey: { input: 'repositoryKey' }, force: false },
      ],
      ['signer-remove', 'force', { tags: REPO, signerName: 'ci', repositoryKey: KEY_PEM, force: 'true' }, { force: true }],
      [
        'key-generate',
        "the name and passphrase, and the agent's temp directory by default",
        { signerName: 'ci', signerKeyPassphrase: 'generated-key-passphrase' },
        { name: 'ci', passphrase: 'generated-key-passphrase', directory: agentTemp },
      ],
      ['key-generate', 'keyDirectory', { signerName: 'ci', signerKeyPassphrase: 'generated-key-passphrase', keyDirectory: '/keys' }, { directory: '/keys' }],
      ['rotate-key', 'snapshot: the root key', { tags: REPO, keyRole: 'snapshot', rootKey: KEY_PEM }, { reference: parsedAs(REPO)[0], role: 'snapshot', rootKey: { input: 'rootKey' } }],
      [
        'rotate-key',
        "targets: a new key generated into the agent's temp directory by default",
        { tags: REPO, keyRole: 'targets', rootKey: KEY_PEM, newRepositoryKeyPassphrase: 'new-pass-1' },
        { rootKey: { input: 'rootKey' }, newRepositoryKey: undefined, newRepositoryKeyPassphrase: 'new-pass-1', keyDirectory: agentTemp },
      ],
      [
        'rotate-key',
        'targets: the new key given',
        { tags: REPO, keyRole: 'targets', rootKey: KEY_PEM, newRepositoryKey: KEY_PEM, newRepositoryKeyPassphrase: 'p' },
        { newRepositoryKey: { input: 'newRepositoryKey', passphrase: 'p' } },
      ],
      [
        'rotate-key',
        "signer: the repository key, and the signer's name, new key and old key",
        { tags: REPO, keyRole: 'signer', repositoryKey: KEY_PEM, signerName: 'ci', signerKey: KEY_PEM, oldSignerKey: KEY_ID },
        { repositoryKey: { input: 'repositoryKey' }, signer: { name: 'ci', newKey: { input: 'signerKey' }, oldKey: KEY_ID } },
      ],
      [
        'refresh',
        'the repository, the keys and the window',
        { tags: REPO, signerKey: KEY_PEM, expiringWithin: '180d' },
        { reference: parsedAs(REPO)[0], signerKey: { input: 'signerKey' }, repositoryKey: undefined, expiringWithinMs: 180 * 24 * 60 * 60 * 1000 },
      ],
      ['refresh', 'no window: refresh always', { tags: REPO, repositoryKey: KEY_PEM }, { expiringWithinMs: undefined }],
    ])('%s: passes the operation %s', async (command, _, inputs, expected) => {
      expect(await pass(command, inputs)).toMatchObject(expected);
    });

    it('passes the service connection as the login', async () => {
      expect(await pass('inspect', { tags: `${REPO}:1` }, connection)).toMatchObject({ username: 'ci-pusher', password: 'endpoint-password-0b5c' });
    });

    it('takes the signer key from signerKeyFile', async () => {
      const file = join(mkdtempSync(join(agentTemp, 'keys-')), 'signer.key');
      writeFileSync(file, KEY_PEM);
      expect(await pass('sign', { tags: `${REPO}:1`, signerKeyFile: file })).toMatchObject({ signerKey: { text: KEY_PEM, input: 'signerKeyFile' } });
    });

    it("logs docker in for the push through a config in the agent's temp directory, masks its auth and removes it after", async () => {
      let config: string | undefined;
      let configText = '';
      const sign = (async (options: { env: NodeJS.ProcessEnv }) => {
        config = options.env.DOCKER_CONFIG;
        configText = readFileSync(join(config!, 'config.json'), 'utf8');
        return SIGN_RESULT;
      }) as Operation;
      taskEnv({ command: 'sign', tags: `${REPO}:1`, signerKey: KEY_PEM }, connection);
      await run({ sign });

      expect(config?.startsWith(join(agentTemp, 'dct-sign-docker-'))).toBe(true);
      const auth = Buffer.from('ci-pusher:endpoint-password-0b5c').toString('base64');
      expect(JSON.parse(configText)).toEqual({ auths: { [REGISTRY]: { auth } } });
      expect(maskedValues(stdout.text)).toContain(auth);
      expect(existsSync(config!)).toBe(false);
    });

    it('does not log docker in when it does not push', async () => {
      const op = fake(SIGN_RESULT);
      taskEnv({ command: 'sign', tags: `${REPO}:1`, signerKey: KEY_PEM, push: 'false' }, connection);
      await run({ sign: op.operation });
      expect((op.calls[0]!.env as NodeJS.ProcessEnv).DOCKER_CONFIG).toBe(process.env.DOCKER_CONFIG);
    });
  });

  describe('when the environment holds secrets', () => {
    // task-lib takes INPUT_*, ENDPOINT_AUTH_* and SECRET_* out when it loads; these are set after, as a job's env or another library may.
    const LEFT = {
      DCT_SIGNER_KEY: KEY_PEM,
      NOTARY_ROOT_PASSPHRASE: 'root-pp',
      INPUT_SIGNERKEY: KEY_PEM,
      INPUT_SIGNERKEYPASSPHRASE: 'signer-pp',
      ENDPOINT_AUTH_PARAMETER_ID_PASSWORD: 'endpoint-password-0b5c',
      SECRET_REGISTRY_TOKEN: 'token',
    };

    it('hands the operation, and so docker push and credential helpers, none of them', async () => {
      const op = fake(SIGN_RESULT);
      taskEnv({ command: 'sign', tags: `${REPO}:1`, signerKey: KEY_PEM, signerKeyPassphrase: 'signer-pp' }, connection);
      Object.assign(process.env, LEFT);
      try {
        await run({ sign: op.operation });
      } finally {
        for (const name of Object.keys(LEFT)) delete process.env[name];
      }
      const env = op.calls[0]!.env as NodeJS.ProcessEnv;
      expect(Object.keys(env).filter((name) => name in LEFT)).toEqual([]);
      expect(env.PATH).toBe(process.env.PATH);
      expect(env.DOCKER_CONFIG).toBeDefined();
    });
  });

  describe('when an input is missing or wrong', () => {
    const sign = { tags: `${REPO}:1`, signerKey: KEY_PEM, signerKeyPassphrase: 'pass' };
    const signer = { tags: REPO, keyRole: 'signer', repositoryKey: KEY_PEM, signerName: 'ci', signerKey: KEY_PEM };

    // Refused while the inputs are read (no operation runs), or by the operation before any request.
    test.each<[string, string, Record<string, string>, string]>([
      ['sign', 'no signer key', { ...sign, signerKey: '' }, 'signerKey'],
      ['sign', 'no tags', { ...sign, tags: '' }, 'tags'],
      ['sign', 'a reference without a tag', { ...sign, tags: REPO }, 'tags'],
      ['sign', 'an invalid tag', { ...sign, tags: `${REPO}:-bad` }, 'tags'],
      ['sign', 'rootKey without repositoryKey', { ...sign, rootKey: KEY_PEM }, 'repositoryKey'],
      ['sign', 'repositoryKey without rootKey', { ...sign, repositoryKey: KEY_PEM }, 'rootKey'],
      ['sign', 'push yes', { ...sign, push: 'yes' }, 'push'],
      ['inspect', 'no images', {}, 'tags'],
      ['verify', 'another signerPolicy', { tags: `${REPO}:1`, signerPolicy: 'most' }, 'signerPolicy'],
      ['revoke', 'no signer key', { tags: `${REPO}:1` }, 'signerKey'],
      ['signer-add', 'no signerName', { tags: REPO, signerPublicKey: PUBLIC_PEM, repositoryKey: KEY_PEM }, 'signerName'],
      ['signer-add', 'no signerPublicKey', { tags: REPO, signerName: 'ci', repositoryKey: KEY_PEM }, 'signerPublicKey'],
      ['signer-add', 'no repositoryKey', { tags: REPO, signerName: 'ci', signerPublicKey: PUBLIC_PEM }, 'repositoryKey'],
      ['signer-add', 'a tag', { tags: `${REPO}:1`, signerName: 'ci', signerPublicKey: PUBLIC_PEM, repositoryKey: KEY_PEM }, 'tags'],
      ['signer-remove', 'no signerName', { tags: REPO, repositoryKey: KEY_PEM }, 'signerName'],
      ['signer-remove', 'no repositoryKey', { tags: REPO, signerName: 'ci' }, 'repositoryKey'],
      ['key-generate', 'no passphrase', { signerName: 'ci' }, 'signerKeyPassphrase'],
      ['key-generate', 'no signerName', { signerKeyPassphrase: 'generated-key-passphrase' }, 'signerName'],
      ['rotate-key', 'no keyRole', { tags: REPO }, 'keyRole'],
      ['rotate-key', 'keyRole releases', { tags: REPO, keyRole: 'releases' }, 'keyRole'],
      ['rotate-key', 'key-role signer without signerName', { ...signer, signerName: '' }, 'signerName'],
      ['rotate-key', 'key-role signer without signerKey', { ...signer, signerKey: '' }, 'signerKey'],
      ['rotate-key', 'two repositories', { tags: `${REPO}\n${REPO}2`, keyRole: 'snapshot', rootKey: KEY_PEM }, 'tags'],
      ['refresh', 'no key', { tags: REPO }, 'signerKey'],
    ])('%s with %s fails naming %s, before its operation runs', async (command, _, inputs, input) => {
      taskEnv({ command, ...inputs });
      const err = await failureOf(run(UNREACHABLE));
      expect(err).toBeInstanceOf(InputError);
      expect(failureMessage(err)).toMatch(new RegExp(`^${input}: `));
      expect(variables()).toEqual({});
    });

    test.each<[string, string, Record<string, string>, string]>([
      ['rotate-key', 'snapshot without rootKey', { tags: REPO, keyRole: 'snapshot' }, 'rootKey'],
      ['rotate-key', 'targets without rootKey', { tags: REPO, keyRole: 'targets' }, 'rootKey'],
      ['rotate-key', 'key-role signer without repositoryKey', { ...signer, repositoryKey: '' }, 'repositoryKey'],
    ])('%s with %s fails naming %s, from the operation itself', async (command, _, inputs, input) => {
      taskEnv({ command, ...inputs });
      const err = await failureOf(run());
      expect(failureMessage(err)).toMatch(new RegExp(`^${input}: `));
    });
  });

  describe('when verify finds a failing reference', () => {
    it('sets the output variables and uploads the summary, then fails with one line per failing reference', async () => {
      taskEnv({ command: 'verify', tags: `${REPO}:1\n${REPO}:2\n${REGISTRY}/none:1` });
      const err = await failureOf(run({ verify: fake(VERIFY_FAILED).operation }));

      expect(err).toBeInstanceOf(DctError);
      expect(err).toMatchObject({ code: 'VERIFY' });
      expect(failureMessage(err)).toBe(VERIFY_FAILURES.join('\n'));
      const set = variables();
      expect(set.references?.data).toBe(`${REPO}@sha256:${'ab'.repeat(32)}`);
      const [ok, moved] = JSON.parse(set.verified!.data) as Record<string, unknown>[];
      expect(ok).toMatchObject({ ok: true, pinned: `${REPO}@sha256:${'ab'.repeat(32)}` });
      // No pinned reference for what failed, even when the trust data names a digest.
      expect(moved).toMatchObject({ ok: false, reason: 'digest-changed', pinned: null, signedDigest: `sha256:${'ab'.repeat(32)}` });
      expect(readFileSync(uploads()[0]!.data, 'utf8')).toContain('Verified 1 of 3 references.');
    });

    it('puts one pinned reference a line', async () => {
      const ok = VERIFY_PASSED.references[0]!;
      const two = { ok: true, references: [ok, { ...ok, reference: `${REPO}:latest`, pinned: `${REPO}@sha256:${'0'.repeat(64)}` }] };
      taskEnv({ command: 'verify', tags: `${REPO}:1\n${REPO}:latest` });
      expect(await run({ verify: fake(two).operation })).toBe('Verified 2 references');
      expect(variables().references?.data).toBe(`${ok.pinned}\n${REPO}@sha256:${'0'.repeat(64)}`);
    });
  });

  describe('when sign published but could not save the trust state', () => {
    it('logs the signing and sets the output variables as on success, then fails saying the signature is live', async () => {
      const message = 'trust-state: what this run published is live on the trust server (its signatures are in place), but the trust state was not saved';
      taskEnv({ command: 'sign', ...taskNames(caseOf('sign').inputs) });
      const err = await failureOf(run({ sign: () => Promise.reject(new StateNotSavedError(message, SIGN_RESULT)) }));

      // The task names its inputs in camelCase.
      expect(failureMessage(err)).toBe(message.replace('trust-state', 'trustState'));
      const text = findCommand('sign')!.text(SIGN_RESULT, { log: true, flags: new Set() }).trimEnd();
      expect(stdout.text).toContain(`${text}\n`);
      expect(variables().signed?.data).toBe(caseOf('sign').outputs.signed);
    });
  });

  describe('when the run fails', () => {
    const uploadedSummary = () => {
      const uploaded = uploads();
      expect(uploaded).toHaveLength(1);
      return readFileSync(uploaded[0]!.data, 'utf8');
    };

    it('uploads a summary saying nothing was published when an input was wrong', async () => {
      taskEnv({ command: 'sign', tags: 'Not A Reference!', signerKey: KEY_PEM });
      await failureOf(run(UNREACHABLE));
      const markdown = uploadedSummary();
      expect(markdown).toMatch(/^❌ dct-sign sign failed: tags/);
      expect(markdown).toContain('Nothing was published: the run stopped while reading its inputs, before any request.');
    });

    it('uploads a summary naming the command input when the command is unknown', async () => {
      taskEnv({ command: 'nope' });
      await failureOf(run(UNREACHABLE));
      expect(uploadedSummary()).toContain('❌ dct-sign failed: command: unknown command "nope"');
    });

    it('names the repositories already changed when publishing failed part way', async () => {
      taskEnv({ command: 'sign', ...taskNames(caseOf('sign').inputs) });
      const err = new PartiallyPublishedError('HTTP', 'r.io/b: HTTP 503 (already changed: r.io/a; rerunning is safe)', ['r.io/a']);
      expect(await failureOf(run({ sign: () => Promise.reject(err) }))).toBe(err);
      const markdown = uploadedSummary();
      expect(markdown).toContain('❌ dct-sign sign failed: r.io/b: HTTP 503');
      expect(markdown).toContain('Already changed before the failure: r.io/a. Rerunning is safe.');
      expect(markdown).not.toContain('Nothing was published');
    });

    it('points to the log, without claiming nothing was published, when the operation failed', async () => {
      taskEnv({ command: 'sign', ...taskNames(caseOf('sign').inputs) });
      await failureOf(run({ sign: () => Promise.reject(new DctError('NETWORK', 'trust server unreachable')) }));
      const markdown = uploadedSummary();
      expect(markdown).toContain('Whatever was published before the failure is in the log; rerunning is safe.');
      expect(markdown).not.toContain('Nothing was published');
    });

    it('adds the failure to the summary of what sign published when the state was not saved', async () => {
      taskEnv({ command: 'sign', ...taskNames(caseOf('sign').inputs) });
      await failureOf(run({ sign: () => Promise.reject(new StateNotSavedError('trust-state: not saved', SIGN_RESULT)) }));
      const markdown = uploadedSummary();
      expect(markdown).toMatch(/^Signed 1 tag with/);
      expect(markdown).toContain('\n❌ trust-state: not saved');
    });

    it("adds sign's tags that could not be pushed to the summary of what it signed", async () => {
      taskEnv({ command: 'sign', ...taskNames(caseOf('sign').inputs) });
      const partial = { ...SIGN_RESULT, notPushed: [{ reference: `${REPO}:2`, exitCode: 1, error: 'denied' }] };
      await failureOf(run({ sign: fake(partial).operation }));
      expect(uploadedSummary()).toContain(`❌ docker push ${REPO}:2 failed (exit code 1): denied; it was not signed`);
    });
  });

  describe('when the result holds a secret', () => {
    it("masks key-generate's base64 private key file and each line of it, and shows neither", async () => {
      taskEnv({ command: 'key-generate', signerName: 'ci', signerKeyPassphrase: 'generated-key-passphrase' });
      await run({ 'key-generate': fake(KEY_GENERATE_RESULT).operation });
      const keyLines = [KEY_GENERATE_RESULT.privateKeyBase64, ...pemBodyLines(KEY_PEM)];
      expect(maskedValues(stdout.text)).toEqual(expect.arrayContaining(keyLines));
      for (const line of keyLines) expect(visibleOutput(stdout.text)).not.toContain(line);
    });

    it('masks the repository key rotate-key generated, and names where it is', async () => {
      taskEnv({ command: 'rotate-key', tags: REPO, keyRole: 'targets', rootKey: KEY_PEM, newRepositoryKeyPassphrase: 'new-pass-1' });
      await run({ 'rotate-key': fake(ROTATE_KEY_RESULT).operation });
      expect(maskedValues(stdout.text)).toContain(ROTATE_KEY_RESULT.generatedRepositoryKey!.base64);
      expect(visibleOutput(stdout.text)).toContain(ROTATE_KEY_RESULT.generatedRepositoryKey!.path);
    });

    describe('when key-generate runs for real', () => {
      const PASSPHRASE = 'generated-key-passphrase';

      it('writes the pair and sets the outputs, masking the private key and the passphrase', async () => {
        const dir = mkdtempSync(join(agentTemp, 'run-'));
        taskEnv({ command: 'key-generate', signerName: 'ci', signerKeyPassphrase: PASSPHRASE, keyDirectory: dir });
        const message = await run();

        const outputs = variables();
        expect(outputs.privateKeyPath?.data).toBe(join(dir, 'ci.key'));
        expect(outputs.publicKeyPath?.data).toBe(join(dir, 'ci.pub'));
        expect(outputs.publicKey?.data).toBe(readFileSync(join(dir, 'ci.pub'), 'utf8'));
        const privatePem = readFileSync(join(dir, 'ci.key'), 'utf8');
        const key = loadPrivateKey(privatePem, { input: 'test', passphrase: PASSPHRASE });
        expect(outputs.signerKeyId?.data).toBe(key.signer.keyId);
        expect(message).toBe(`Generated key ${key.signer.keyId.slice(0, 12)} for signer ci`);

        // Not printed, but masked for the steps after, which might print the file.
        const keyLines = [...pemBodyLines(privatePem), Buffer.from(privatePem).toString('base64')];
        expect(maskedValues(stdout.text)).toEqual(expect.arrayContaining(keyLines));
        for (const line of keyLines) expect(visibleOutput(stdout.text)).not.toContain(line);
        expect(visibleOutput(stdout.text)).not.toContain(PASSPHRASE);
        expect(maskedValues(stdout.text)).toContain(PASSPHRASE);
      });

      it('fails naming signerName when the key files exist, overwriting nothing', async () => {
        const dir = mkdtempSync(join(agentTemp, 'keys-'));
        const inputs = { command: 'key-generate', signerName: 'ci', signerKeyPassphrase: PASSPHRASE, keyDirectory: dir };
        taskEnv(inputs);
        await run();
        const before = readFileSync(join(dir, 'ci.key'), 'utf8');
        taskEnv(inputs);
        const err = await failureOf(run());
        expect(failureMessage(err)).toMatch(/^signerName: .*ci\.key already exists/);
        expect(readFileSync(join(dir, 'ci.key'), 'utf8')).toBe(before);
      });
    });
  });
});
