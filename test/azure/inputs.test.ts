// The task's inputs as task-lib reads them from the agent's environment:
// INPUT_<NAME> and the ENDPOINT_* variables of a docker-registry service
// connection. Every secret input of every command is masked before anything
// else is read, and never echoed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agentTemp, captureStdout, taskInputs } from './agent.ts';
import { describe, expect, it, test } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { SECRET_INPUTS, type TaskInputs } from '../../src/azure/inputs.ts';
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

const tags = (inputs: TaskInputs) => inputs.references('list them');

describe('#key', () => {
  describe('when the signer key is given as text', () => {
    it('returns it with its passphrase and the names of both inputs', () => {
      expect(taskInputs({ signerKey: KEY_PEM, signerKeyPassphrase: PASSPHRASE }).key('signerKey')).toEqual({
        text: KEY_PEM,
        passphrase: PASSPHRASE,
        input: 'signerKey',
        passphraseInput: 'signerKeyPassphrase',
      });
    });
  });

  describe('when signerKeyFile is given', () => {
    it('reads the key from the file and names that input', () => {
      const file = join(agentTemp, 'signer.key');
      writeFileSync(file, KEY_PEM);
      expect(taskInputs({ signerKeyFile: file, signerKeyPassphrase: PASSPHRASE }).key('signerKey')).toEqual({
        text: KEY_PEM,
        passphrase: PASSPHRASE,
        input: 'signerKeyFile',
        passphraseInput: 'signerKeyPassphrase',
      });
    });

    it('treats the sources directory as empty, as the agent fills an empty filePath input with it', () => {
      const sources = join(agentTemp, 's');
      mkdirSync(sources, { recursive: true });
      const inputs = taskInputs({ signerKey: KEY_PEM, signerKeyFile: sources });
      process.env.BUILD_SOURCESDIRECTORY = sources;
      try {
        expect(inputs.key('signerKey')?.input).toBe('signerKey');
      } finally {
        delete process.env.BUILD_SOURCESDIRECTORY;
      }
    });

    it('refuses a file that does not exist', () => {
      const err = inputErrorOf(() => taskInputs({ signerKeyFile: join(agentTemp, 'missing.key') }).key('signerKey'));
      expect(err.input).toBe('signerKeyFile');
      expect(err.message).toMatch(/does not exist/);
    });

    it('refuses signerKey and signerKeyFile together', () => {
      const file = join(agentTemp, 'both.key');
      writeFileSync(file, KEY_PEM);
      expect(inputErrorOf(() => taskInputs({ signerKey: KEY_PEM, signerKeyFile: file }).key('signerKey')).input).toBe('signerKeyFile');
    });
  });

  describe('when a key input holds a path', () => {
    test.each([
      ['signerKey', /signerKeyFile/],
      ['rootKey', /secret variable/],
    ] as const)('%s says what to give instead', (name, hint) => {
      const file = join(agentTemp, 'path.key');
      writeFileSync(file, KEY_PEM);
      const err = inputErrorOf(() => taskInputs({ [name]: file }).key(name));
      expect(err.input).toBe(name);
      expect(err.message).toMatch(hint);
    });
  });

  describe('when no key is given', () => {
    it('is undefined, and requiredKey says how to give it', () => {
      const inputs = taskInputs({ signerKeyPassphrase: PASSPHRASE });
      expect(inputs.key('repositoryKey')).toBeUndefined();
      expect(inputErrorOf(() => inputs.requiredKey('repositoryKey', 'give it')).message).toBe('repositoryKey: give it');
    });
  });
});

describe('#boolean', () => {
  test.each([
    ['', true],
    ['true', true],
    ['True', true],
    ['false', false],
    ['FALSE', false],
  ])('reads %j as %s', (value, expected) => {
    expect(taskInputs({ push: value }).boolean('push', true)).toBe(expected);
  });

  it('refuses anything else', () => {
    expect(inputErrorOf(() => taskInputs({ push: 'yes' }).boolean('push', true)).input).toBe('push');
  });
});

describe('#connectionOptions', () => {
  it('passes trustServer and trustPin through', () => {
    const pin = 'a'.repeat(64);
    const options = taskInputs({ trustServer: 'https://notary.example.com:4443', trustPin: pin }).connectionOptions();
    expect(options).toMatchObject({ trustServer: 'https://notary.example.com:4443', trustPin: pin });
    expect(options.username).toBeUndefined();
  });

  it('reads trustServerCa from a PEM file', () => {
    const file = join(agentTemp, 'ca.crt');
    writeFileSync(file, CA_PEM);
    expect(taskInputs({ trustServerCa: file }).connectionOptions().trustServerCa).toBe(CA_PEM);
  });

  it('takes trustServerCa as PEM text', () => {
    expect(taskInputs({ trustServerCa: CA_PEM }).connectionOptions().trustServerCa).toBe(CA_PEM.trim());
  });

  test.each([
    ['trustServerCa', { trustServerCa: join('/nonexistent', 'ca.crt') }],
    ['trustPin', { trustPin: 'not-a-key-id' }],
    ['trustServer', { trustServer: 'https://bad host' }],
  ])('names %s when it is malformed', (input, extra) => {
    expect(inputErrorOf(() => taskInputs(extra).connectionOptions()).input).toBe(input);
  });

  describe('with a Docker Registry connection (username and password)', () => {
    it('sends its credentials', () => {
      expect(taskInputs({}, usernamePassword()).connectionOptions()).toMatchObject({ username: 'ci-pusher', password: PASSWORD });
    });
  });
});

describe('#connection', () => {
  describe('when it is a Docker Registry connection (username and password)', () => {
    it('returns its registry host and credentials', () => {
      expect(taskInputs({}, usernamePassword()).connection()).toEqual({ registry: REGISTRY, username: 'ci-pusher', password: PASSWORD });
    });

    it('falls back to the endpoint URL when the registry parameter is missing', () => {
      const endpoint = usernamePassword();
      const { registry: _, ...parameters } = endpoint.parameters;
      expect(taskInputs({}, { ...endpoint, parameters }).connection()?.registry).toBe(REGISTRY);
    });

    it('knows Docker Hub by its v1 URL', () => {
      expect(taskInputs({}, usernamePassword({ registry: 'https://index.docker.io/v1/' })).connection()?.registry).toBe('docker.io');
    });

    it('refuses a connection without a password', () => {
      expect(inputErrorOf(() => taskInputs({}, usernamePassword({ password: '' })).connection()).input).toBe(
        'dockerRegistryServiceConnection',
      );
    });
  });

  describe('when it is an Azure Container Registry connection', () => {
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

    it('uses the service principal as username and password', () => {
      expect(taskInputs({}, acr('ServicePrincipal')).connection()).toEqual({
        registry: 'myacr.azurecr.io',
        username: 'a0b1c2d3-0000-4000-8000-000000000001',
        password: PASSWORD,
      });
    });

    test.each(['ManagedServiceIdentity', 'WorkloadIdentityFederation'])('refuses %s, which needs a token exchange', (scheme) => {
      const err = inputErrorOf(() => taskInputs({}, acr(scheme)).connection());
      expect(err.input).toBe('dockerRegistryServiceConnection');
      expect(err.message).toContain(scheme);
    });
  });

  describe('when none is set', () => {
    it('is undefined', () => {
      expect(taskInputs({}).connection()).toBeUndefined();
    });
  });
});

describe('#references', () => {
  it('returns the entries of tags, one a line or comma-separated', () => {
    expect(tags(taskInputs({ tags: `${REGISTRY}/app:1.0\n\n ${REGISTRY}/app:latest , ${REGISTRY}/tools\n` }))).toEqual([
      `${REGISTRY}/app:1.0`,
      `${REGISTRY}/app:latest`,
      `${REGISTRY}/tools`,
    ]);
  });

  test.each([
    ['empty', ''],
    ['blank lines only', '\n \n'],
    ['an invalid tag', `${REGISTRY}/app:-bad`],
    ['an invalid repository', `${REGISTRY}/App`],
  ])('refuses %s, naming tags', (_, value) => {
    expect(inputErrorOf(() => tags(taskInputs({ tags: value }))).input).toBe('tags');
  });

  it("refuses references in another registry than the connection's, whose credentials would go there", () => {
    const err = inputErrorOf(() => tags(taskInputs({ tags: `${REGISTRY}/app:1\nother.example.com/app:1` }, usernamePassword())));
    expect(err.input).toBe('tags');
    expect(err.message).toContain('other.example.com/app:1');
  });
});

describe('#repository', () => {
  it('returns the one repository', () => {
    expect(taskInputs({ tags: `${REGISTRY}/app` }).repository('name it')).toBe(`${REGISTRY}/app`);
  });

  test.each([
    ['two repositories', `${REGISTRY}/app\n${REGISTRY}/tools`],
    ['a tag', `${REGISTRY}/app:1`],
    ['nothing', ''],
  ])('refuses %s, naming tags', (_, value) => {
    expect(inputErrorOf(() => taskInputs({ tags: value }).repository('name it')).input).toBe('tags');
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
  };
  const secrets = [
    'signer-passphrase-7f3a',
    'root-passphrase-91c2',
    'repository-passphrase-5e6d',
    'new-repository-passphrase-2b8e',
    PASSWORD,
    Buffer.from(KEY_PEM).toString('base64'),
    ...pemBodyLines(KEY_PEM),
  ];

  it('covers every key and passphrase input', () => {
    expect(SECRET_INPUTS).toEqual(expect.arrayContaining(Object.keys(secretInputs).filter((n) => n !== 'tags')));
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

  it('masks the contents of signerKeyFile as it reads them', () => {
    const file = join(agentTemp, 'masked.key');
    writeFileSync(file, KEY_PEM);
    taskInputs({ signerKeyFile: file }).key('signerKey');
    expect(maskedValues(stdout.text)).toEqual(expect.arrayContaining(pemBodyLines(KEY_PEM)));
  });

  it('never echoes a secret, not even in task-lib debug lines', () => {
    const inputs = taskInputs(secretInputs, usernamePassword());
    for (const name of ['signerKey', 'rootKey', 'repositoryKey', 'newRepositoryKey'] as const) inputs.key(name);
    tags(inputs);
    inputs.connectionOptions();
    const visible = visibleOutput(stdout.text);
    expect(visible).toContain('##vso[task.debug]tags='); // other inputs are still traced
    for (const secret of secrets) expect(visible).not.toContain(secret);
  });

  it('masks the secrets before any other input is read', () => {
    tags(taskInputs(secretInputs, usernamePassword()));
    const lines = stdout.text.split('\n');
    const lastMask = lines.findLastIndex((l) => l.startsWith('##vso[task.setsecret]'));
    const firstTags = lines.findIndex((l) => l.startsWith('##vso[task.debug]tags='));
    expect(lastMask).toBeGreaterThan(-1);
    expect(lastMask).toBeLessThan(firstTags);
  });
});
