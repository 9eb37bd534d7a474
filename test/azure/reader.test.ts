// The task's InputReader, by kind of input, as task-lib reads the inputs from
// the agent's environment: INPUT_<NAME> and the ENDPOINT_* variables of a
// docker-registry service connection. Every secret input of every command is
// masked before anything else is read, and never echoed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agentTemp, captureStdout, taskInputs } from './agent.ts';
import { describe, expect, it, test } from 'vitest';
import { failureMessage } from '../../src/azure/failure-message.ts';
import { ALL_INPUTS, use } from '../../src/commands/inputs.ts';
import { findCommand } from '../../src/commands/registry.ts';
import { readInputs } from '../../src/commands/values.ts';
import type { TaskReader } from '../../src/azure/reader.ts';
import { InputError } from '../../src/errors.ts';
import { formatsSpec } from '../commands/formats-spec.ts';
import { fixture } from '../keys/support.ts';
import { maskedValues, pemBodyLines, visibleOutput, type EndpointSpec } from './support.ts';

const KEY_PEM = fixture('docker-alice.key');
const PASSPHRASE = 'fixture-passphrase';
const CA_PEM = fixture('openssl-rsa2048.crt');
const REGISTRY = 'myregistry.example.com';
const CONNECTION_ID = '3b1f8c2e-5d4a-4e6b-9c7d-8a9b0c1d2e3f';
const PASSWORD = 'endpoint-password-0b5c';

const usernamePassword = (parameters: Record<string, string> = {}): EndpointSpec => ({
  id: CONNECTION_ID,
  url: `https://${REGISTRY}/`,
  scheme: 'UsernamePassword',
  parameters: { registry: `https://${REGISTRY}`, username: 'ci-pusher', password: PASSWORD, email: '', ...parameters },
  data: { registrytype: 'Others' },
});

const acr = (scheme: string): EndpointSpec => ({
  id: CONNECTION_ID,
  url: 'https://management.azure.com/',
  scheme,
  parameters: {
    loginServer: 'myacr.azurecr.io',
    serviceprincipalid: 'a0b1c2d3-0000-4000-8000-000000000001',
    serviceprincipalkey: PASSWORD,
    tenantid: 'tenant',
  },
  data: { registrytype: 'ACR' },
});

const stdout = captureStdout();

function inputErrorOf(read: () => unknown): InputError {
  try {
    read();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('did not throw');
}

async function failureOf(read: Promise<unknown>): Promise<InputError> {
  const err = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

const key = (reader: TaskReader, name: 'signer-key' | 'root-key' | 'repository-key' | 'new-repository-key' | 'new-root-key') =>
  reader.key(use(name), use(`${name}-passphrase`));
const read = (command: string, reader: TaskReader) => readInputs(findCommand(command)!, reader);

describe('#text', () => {
  it('returns the value trimmed, by its camelCase name', () => {
    expect(taskInputs({ signerName: ' ci \n' }).text(use('signer-name'))).toBe('ci');
  });

  it('passes an empty input on as undefined', () => {
    expect(taskInputs({ signerName: '' }).text(use('signer-name'))).toBeUndefined();
  });
});

describe('#list', () => {
  it('returns the entries, one a line or comma-separated, blanks dropped', () => {
    expect(taskInputs({ tags: `${REGISTRY}/app:1.0\n\n ${REGISTRY}/app:latest , ${REGISTRY}/tools\n` }).list(use('tags'))).toEqual([
      `${REGISTRY}/app:1.0`,
      `${REGISTRY}/app:latest`,
      `${REGISTRY}/tools`,
    ]);
  });
});

describe('#boolean', () => {
  test.each([
    ['true', true],
    ['True', true],
    ['false', false],
    ['FALSE', false],
  ])('reads %j as %s', (value, expected) => {
    expect(taskInputs({ push: value }).boolean(use('push'))).toBe(expected);
  });

  it('is undefined when empty, so that the default applies', () => {
    expect(taskInputs({ push: '' }).boolean(use('push'))).toBeUndefined();
  });

  it('refuses anything else, naming the input', () => {
    const err = inputErrorOf(() => taskInputs({ push: 'yes' }).boolean(use('push')));
    expect(err).toMatchObject({ input: 'push', message: 'push: "yes" is not a boolean; give true or false' });
  });
});

describe('#secret', () => {
  it('returns the passphrase read at the start', () => {
    expect(taskInputs({ rootKeyPassphrase: 'root-pass' }).secret(use('root-key-passphrase'))).toBe('root-pass');
  });

  it('passes an empty one on as undefined', () => {
    expect(taskInputs({}).secret(use('root-key-passphrase'))).toBeUndefined();
  });
});

describe('#key', () => {
  describe('when the signer key is given as text', () => {
    it('returns it with its passphrase and the names of both inputs', () => {
      expect(key(taskInputs({ signerKey: KEY_PEM, signerKeyPassphrase: PASSPHRASE }), 'signer-key')).toEqual({
        text: KEY_PEM,
        passphrase: PASSPHRASE,
        input: 'signerKey',
        passphraseInput: 'signerKeyPassphrase',
      });
    });

    it('leaves the passphrase out when none is given', () => {
      expect(key(taskInputs({ signerKey: KEY_PEM }), 'signer-key')).toEqual({ text: KEY_PEM, input: 'signerKey', passphraseInput: 'signerKeyPassphrase' });
    });
  });

  describe('when signerKeyFile is given', () => {
    it('reads the key from the file and names that input', () => {
      const file = join(agentTemp, 'signer.key');
      writeFileSync(file, KEY_PEM);
      expect(key(taskInputs({ signerKeyFile: file, signerKeyPassphrase: PASSPHRASE }), 'signer-key')).toEqual({
        text: KEY_PEM,
        passphrase: PASSPHRASE,
        input: 'signerKeyFile',
        passphraseInput: 'signerKeyPassphrase',
      });
    });

    it('treats the sources directory as empty, as the agent fills an empty filePath input with it', () => {
      const sources = join(agentTemp, 's');
      mkdirSync(sources, { recursive: true });
      const reader = taskInputs({ signerKey: KEY_PEM, signerKeyFile: sources });
      process.env.BUILD_SOURCESDIRECTORY = sources;
      try {
        expect(key(reader, 'signer-key')?.input).toBe('signerKey');
      } finally {
        delete process.env.BUILD_SOURCESDIRECTORY;
      }
    });

    it('refuses a file that does not exist', () => {
      const err = inputErrorOf(() => key(taskInputs({ signerKeyFile: join(agentTemp, 'missing.key') }), 'signer-key'));
      expect(err.input).toBe('signerKeyFile');
      expect(err.message).toMatch(/missing\.key does not exist; give the path of the key file/);
    });

    it('refuses a directory', () => {
      const err = inputErrorOf(() => key(taskInputs({ signerKeyFile: agentTemp }), 'signer-key'));
      expect(err).toMatchObject({ input: 'signerKeyFile', message: expect.stringContaining('is a directory') });
    });

    it('refuses signerKey and signerKeyFile together', () => {
      const file = join(agentTemp, 'both.key');
      writeFileSync(file, KEY_PEM);
      const err = inputErrorOf(() => key(taskInputs({ signerKey: KEY_PEM, signerKeyFile: file }), 'signer-key'));
      expect(err).toMatchObject({ input: 'signerKeyFile', message: 'signerKeyFile: give the key either as signerKey or as signerKeyFile, not both' });
    });
  });

  describe('when another key is given as a file', () => {
    test.each([
      ['root-key', 'rootKeyFile'],
      ['repository-key', 'repositoryKeyFile'],
      ['new-repository-key', 'newRepositoryKeyFile'],
      ['new-root-key', 'newRootKeyFile'],
    ] as const)('reads %s from %s', (name, fileInput) => {
      const file = join(agentTemp, `${fileInput}.key`);
      writeFileSync(file, KEY_PEM);
      expect(key(taskInputs({ [fileInput]: file }), name)).toMatchObject({ text: KEY_PEM, input: fileInput });
    });
  });

  describe('when a key input holds a path', () => {
    test.each([
      ['signer-key', 'signerKey', 'signerKeyFile'],
      ['root-key', 'rootKey', 'rootKeyFile'],
    ] as const)('%s says to give it as its file input', (name, input, fileInput) => {
      const file = join(agentTemp, 'path.key');
      writeFileSync(file, KEY_PEM);
      const err = inputErrorOf(() => key(taskInputs({ [input]: file }), name));
      expect(err.input).toBe(input);
      expect(err.message).toBe(
        `${input}: ${file} is a file; give its path as ${fileInput}, or the key itself (its PEM, or the PEM base64-encoded) as ${input}`,
      );
    });
  });

  describe('when no key is given', () => {
    it('is undefined', () => {
      expect(key(taskInputs({ repositoryKeyPassphrase: PASSPHRASE }), 'repository-key')).toBeUndefined();
    });
  });
});

describe('#login', () => {
  const login = (reader: TaskReader) => reader.login();

  describe('when it is a Docker Registry connection (username and password)', () => {
    it('returns its credentials, for its registry host', async () => {
      expect(await login(taskInputs({}, usernamePassword()))).toEqual({ registry: REGISTRY, username: 'ci-pusher', password: PASSWORD });
    });

    it('falls back to the endpoint URL when the registry parameter is missing', async () => {
      const endpoint = usernamePassword();
      const { registry: _, ...parameters } = endpoint.parameters;
      expect((await login(taskInputs({}, { ...endpoint, parameters })))?.registry).toBe(REGISTRY);
    });

    it('knows Docker Hub by its v1 URL', async () => {
      expect((await login(taskInputs({}, usernamePassword({ registry: 'https://index.docker.io/v1/' }))))?.registry).toBe('docker.io');
    });

    it('leaves a user and password in the registry URL out of the host', async () => {
      const url = `https://ci:${PASSWORD}@${REGISTRY}/`;
      expect((await login(taskInputs({}, usernamePassword({ registry: url }))))?.registry).toBe(REGISTRY);
    });

    it('refuses a connection without a password', async () => {
      expect((await failureOf(login(taskInputs({}, usernamePassword({ password: '' }))))).input).toBe('dockerRegistryServiceConnection');
    });
  });

  describe('when it is an Azure Container Registry connection', () => {
    it('uses the service principal as username and password', async () => {
      expect(await login(taskInputs({}, acr('ServicePrincipal')))).toEqual({
        registry: 'myacr.azurecr.io',
        username: 'a0b1c2d3-0000-4000-8000-000000000001',
        password: PASSWORD,
      });
    });

    test.each(['ManagedServiceIdentity', 'WorkloadIdentityFederation'])('refuses %s, which needs a token exchange', async (scheme) => {
      const err = await failureOf(login(taskInputs({}, acr(scheme))));
      expect(err.input).toBe('dockerRegistryServiceConnection');
      expect(err.message).toContain(scheme);
    });
  });

  describe('when none is set', () => {
    it('is undefined', async () => {
      expect(await login(taskInputs({}))).toBeUndefined();
    });
  });
});

describe('#name', () => {
  test.each([
    ['signer-key', 'signerKey or signerKeyFile'],
    ['new-repository-key', 'newRepositoryKey or newRepositoryKeyFile'],
    ['signer-key-passphrase', 'signerKeyPassphrase'],
    ['trust-server-ca', 'trustServerCa'],
    ['tags', 'tags'],
    ['login', 'dockerRegistryServiceConnection'],
    ['not-an-input', 'not-an-input'],
  ])('names %s in messages as %s', (input, name) => {
    expect(taskInputs({}).name(input)).toBe(name);
  });
});

describe('#readInputs with a TaskReader', () => {
  const sign = { tags: `${REGISTRY}/app:1`, signerKey: KEY_PEM };

  it('pushes when push is empty', async () => {
    expect((await read('sign', taskInputs({ ...sign, push: '' }))).boolean('push')).toBe(true);
  });

  it('asks for signerKey or signerKeyFile', async () => {
    const err = await failureOf(read('sign', taskInputs({ tags: sign.tags })));
    expect(failureMessage(err)).toBe('signerKey: no signer key; give signerKey or signerKeyFile (docker keeps its keys in ~/.docker/trust/private/)');
  });

  it('names both key inputs of a rule in the task words', async () => {
    const err = await failureOf(read('sign', taskInputs({ ...sign, rootKey: KEY_PEM })));
    expect(failureMessage(err)).toMatch(/^repositoryKey: .*give rootKey or rootKeyFile and repositoryKey or repositoryKeyFile, or neither$/);
  });

  test.each([
    ['trustServerCa', { trustServerCa: join('/nonexistent', 'ca.crt') }],
    ['trustPin', { trustPin: 'not-a-key-id' }],
    ['trustServer', { trustServer: 'https://bad host' }],
    ['signerPolicy', { signerPolicy: 'most' }],
  ])('names %s when it is malformed', async (input, extra) => {
    const err = await failureOf(read('verify', taskInputs({ tags: `${REGISTRY}/app:1`, ...extra })));
    expect(failureMessage(err)).toMatch(new RegExp(`^${input}: `));
  });

  it('reads trustServerCa from a PEM file, or takes it as PEM text', async () => {
    const file = join(agentTemp, 'ca.crt');
    writeFileSync(file, CA_PEM);
    expect((await read('inspect', taskInputs({ tags: REGISTRY + '/app', trustServerCa: file }))).parsed('trust-server-ca')).toBe(CA_PEM);
    expect((await read('inspect', taskInputs({ tags: REGISTRY + '/app', trustServerCa: CA_PEM }))).parsed('trust-server-ca')).toBe(CA_PEM.trim());
  });

  describe('when it reads tags', () => {
    test.each([
      ['empty', ''],
      ['blank lines only', '\n \n'],
      ['an invalid tag', `${REGISTRY}/app:-bad`],
      ['an invalid repository', `${REGISTRY}/App`],
    ])('refuses %s, naming tags', async (_, value) => {
      expect((await failureOf(read('inspect', taskInputs({ tags: value })))).input).toBe('tags');
    });

    test.each([
      ['two repositories', `${REGISTRY}/app\n${REGISTRY}/tools`, 'tags: refresh works on one repository; give one, not 2'],
      ['a tag', `${REGISTRY}/app:1`, `tags: ${REGISTRY}/app:1: give the repository without a tag or digest (${REGISTRY}/app)`],
      ['nothing', '', 'tags: no repository given; list registry/repository names'],
    ])('refuses %s where one repository is needed', async (_, tags, message) => {
      const err = await failureOf(read('refresh', taskInputs({ tags, signerKey: KEY_PEM })));
      expect(failureMessage(err)).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    });

    it("refuses references in another registry than the connection's, whose credentials would go there", async () => {
      const err = await failureOf(read('inspect', taskInputs({ tags: `${REGISTRY}/app:1\nother.example.com/app:1` }, usernamePassword())));
      expect(err.input).toBe('tags');
      expect(failureMessage(err)).toBe(
        'tags: other.example.com/app:1 is in other.example.com, but dockerRegistryServiceConnection is for myregistry.example.com; ' +
          'its credentials are only sent there, so run once for each registry',
      );
    });

    it("takes references in the connection's registry, and the connection as the login", async () => {
      const values = await read('inspect', taskInputs({ tags: `${REGISTRY}/app:1\n${REGISTRY.toUpperCase()}/tools` }, usernamePassword()));
      expect(values.list('tags')).toEqual([`${REGISTRY}/app:1`, `${REGISTRY.toUpperCase()}/tools`]);
      expect(values.login()).toEqual({ registry: REGISTRY, username: 'ci-pusher', password: PASSWORD });
    });
  });
});

describe('#readInputs with a TaskReader and formats', () => {
  const PIN = 'b'.repeat(64);

  it('refuses DCT-only inputs without dct in formats, naming them in the task words', async () => {
    const err = await failureOf(readInputs(formatsSpec(), taskInputs({ formats: 'cosign', trustState: 'state.json', requirePin: 'true' })));
    expect(failureMessage(err)).toBe(
      "requirePin: formats does not list dct: remove the requirePin and trustState inputs, which only DCT's trust data uses, or add dct to formats",
    );
  });

  it('refuses a root key given as a secure file too', async () => {
    const file = join(agentTemp, 'root.key');
    writeFileSync(file, KEY_PEM);
    const err = await failureOf(readInputs(formatsSpec(), taskInputs({ formats: 'cosign', rootKeyFile: file })));
    expect(err.input).toBe('root-key');
  });

  it('takes them with dct listed', async () => {
    const values = await readInputs(formatsSpec(), taskInputs({ formats: 'dct,cosign', trustPin: PIN, trustServer: 'https://notary.example.com' }));
    expect([values.string('trust-pin'), values.list('formats')]).toEqual([PIN, ['dct', 'cosign']]);
  });

  it('names a format that is not one', async () => {
    const err = await failureOf(readInputs(formatsSpec(), taskInputs({ formats: 'cosign, sigstore' })));
    expect(failureMessage(err)).toBe('formats: "sigstore" is not one of dct, cosign, notation');
  });
});

describe('masking', () => {
  const secretInputs = {
    tags: `${REGISTRY}/app:1`,
    signerKey: KEY_PEM,
    signerKeyPassphrase: 'signer-passphrase-7f3a',
    rootKey: Buffer.from(KEY_PEM).toString('base64'),
    rootKeyPassphrase: 'root-passphrase-91c2',
    repositoryKey: KEY_PEM,
    repositoryKeyPassphrase: 'repository-passphrase-5e6d',
    newRepositoryKey: KEY_PEM,
    newRepositoryKeyPassphrase: 'new-repository-passphrase-2b8e',
    newRootKey: KEY_PEM,
    newRootKeyPassphrase: 'new-root-passphrase-4d1f',
    cosignKey: KEY_PEM,
    cosignKeyPassphrase: 'cosign-passphrase-6a0c',
    notationKey: KEY_PEM,
    notationKeyPassphrase: 'notation-passphrase-3e9b',
  };
  const secrets = [
    'signer-passphrase-7f3a',
    'root-passphrase-91c2',
    'repository-passphrase-5e6d',
    'new-repository-passphrase-2b8e',
    'new-root-passphrase-4d1f',
    'cosign-passphrase-6a0c',
    'notation-passphrase-3e9b',
    PASSWORD,
    Buffer.from(KEY_PEM).toString('base64'),
    ...pemBodyLines(KEY_PEM),
  ];

  it('covers every key and passphrase input of the catalogue', () => {
    const secretNames = ALL_INPUTS.filter((i) => i.kind === 'key' || i.kind === 'secret').map((i) => i.name);
    expect(Object.keys(secretInputs).filter((n) => n !== 'tags')).toEqual(
      expect.arrayContaining(secretNames.map((n) => n.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()))),
    );
    expect(secretNames).toHaveLength(14);
  });

  it('registers every passphrase, the password, each base64 line of a key and the base64 key itself, whatever the command', () => {
    taskInputs({ ...secretInputs, command: 'inspect' }, usernamePassword());
    const masked = maskedValues(stdout.text);
    for (const secret of secrets) expect(masked).toContain(secret);
    // Each registered value is one line: the agent masks line by line.
    for (const value of masked) expect(value).not.toMatch(/[\r\n]/);
    // Headers and armor are not secret.
    expect(masked).not.toContain('role: alice');
    expect(masked).not.toContain('-----BEGIN ENCRYPTED PRIVATE KEY-----');
  });

  it("masks an Azure Container Registry connection's service principal key", () => {
    taskInputs({}, { ...usernamePassword(), parameters: { loginServer: 'myacr.azurecr.io', serviceprincipalkey: 'sp-key-77aa' } });
    expect(maskedValues(stdout.text)).toContain('sp-key-77aa');
  });

  it('masks the contents of a key file as it reads them', () => {
    const file = join(agentTemp, 'masked.key');
    writeFileSync(file, KEY_PEM);
    key(taskInputs({ repositoryKeyFile: file }), 'repository-key');
    expect(maskedValues(stdout.text)).toEqual(expect.arrayContaining(pemBodyLines(KEY_PEM)));
  });

  it('never echoes a secret, not even in task-lib debug lines', async () => {
    await read('sign', taskInputs(secretInputs, usernamePassword())).catch(() => undefined);
    const reader = taskInputs(secretInputs, usernamePassword());
    for (const name of ['signer-key', 'root-key', 'repository-key', 'new-repository-key', 'new-root-key'] as const) key(reader, name);
    await reader.login();
    const visible = visibleOutput(stdout.text);
    expect(visible).toContain('##vso[task.debug]tags='); // other inputs are still traced
    for (const secret of secrets) expect(visible).not.toContain(secret);
  });

  it('masks the secrets before any other input is read', async () => {
    await read('sign', taskInputs(secretInputs, usernamePassword())).catch(() => undefined);
    const lines = stdout.text.split('\n');
    const lastMask = lines.findLastIndex((l) => l.startsWith('##vso[task.setsecret]'));
    const firstTags = lines.findIndex((l) => l.startsWith('##vso[task.debug]tags='));
    expect(lastMask).toBeGreaterThan(-1);
    expect(firstTags).toBeGreaterThan(-1);
    expect(lastMask).toBeLessThan(firstTags);
  });
});
