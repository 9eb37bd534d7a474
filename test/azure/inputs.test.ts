// The task's inputs as task-lib reads them from the agent's environment:
// INPUT_<NAME> and the ENDPOINT_* variables of a docker-registry service
// connection, parsed into what the sign operation takes, with every secret
// masked before anything else is read and never echoed.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as im from 'azure-pipelines-task-lib/internal.js';
import { afterAll, afterEach, beforeEach, describe, expect, it, test, vi } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { readInputs } from '../../src/azure/inputs.ts';
import { fixture } from '../keys/support.ts';
import { endpointEnv, inputEnv, maskedValues, pemBodyLines, visibleOutput, type EndpointSpec } from './support.ts';

// task-lib keeps its vault key in Agent.TempDirectory; it must exist before task-lib loads.
const agentTemp = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'dct-azure-inputs-'));
  process.env.AGENT_TEMPDIRECTORY = dir;
  return dir;
});

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

let output = '';
const set = new Set<string>();

/** Gives the process what the agent would and has task-lib load it, as at a task's start. */
function agent(env: Record<string, string>): void {
  for (const name of set) delete process.env[name];
  set.clear();
  for (const [name, value] of Object.entries(env)) {
    process.env[name] = value;
    set.add(name);
  }
  im._loadData();
}

function read(inputs: Record<string, string>, endpoint?: EndpointSpec) {
  agent({
    ...inputEnv(inputs),
    ...(endpoint ? { INPUT_DOCKERREGISTRYSERVICECONNECTION: endpoint.id, ...endpointEnv(endpoint) } : {}),
  });
  return readInputs();
}

function inputErrorOf(inputs: Record<string, string>, endpoint?: EndpointSpec): InputError {
  try {
    read(inputs, endpoint);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('readInputs did not throw');
}

const base = { tags: `${REGISTRY}/app:1.0`, signerKey: KEY_PEM, signerKeyPassphrase: PASSPHRASE };

beforeEach(() => {
  output = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
});

afterAll(() => rmSync(agentTemp, { recursive: true, force: true }));

afterEach(() => {
  vi.restoreAllMocks();
  for (const name of set) delete process.env[name];
  set.clear();
  delete process.env.BUILD_SOURCESDIRECTORY;
});

describe('#readInputs', () => {
  describe('when the signer key is given as text', () => {
    it('returns the references, the key with its input names, and push on by default', () => {
      const inputs = read({ ...base, tags: `${REGISTRY}/app:1.0\n\n ${REGISTRY}/app:latest , ${REGISTRY}/tools:2\n` });
      expect(inputs.references).toEqual([`${REGISTRY}/app:1.0`, `${REGISTRY}/app:latest`, `${REGISTRY}/tools:2`]);
      expect(inputs.push).toBe(true);
      expect(inputs.signerKey).toEqual({
        text: KEY_PEM,
        passphrase: PASSPHRASE,
        input: 'signerKey',
        passphraseInput: 'signerKeyPassphrase',
      });
      expect(inputs.connection).toBeUndefined();
      expect(inputs.rootKey).toBeUndefined();
      expect(inputs.repositoryKey).toBeUndefined();
    });

    it('passes signerName, trustServer and trustPin through', () => {
      const pin = 'a'.repeat(64);
      const inputs = read({ ...base, signerName: 'ci', trustServer: 'https://notary.example.com:4443', trustPin: pin });
      expect(inputs).toMatchObject({ signerName: 'ci', trustServer: 'https://notary.example.com:4443', trustPin: pin });
    });
  });

  describe('when signerKeyFile is given', () => {
    it('reads the key from the file and names that input', () => {
      const file = join(agentTemp, 'signer.key');
      writeFileSync(file, KEY_PEM);
      const inputs = read({ tags: base.tags, signerKeyFile: file, signerKeyPassphrase: PASSPHRASE });
      expect(inputs.signerKey).toEqual({
        text: KEY_PEM,
        passphrase: PASSPHRASE,
        input: 'signerKeyFile',
        passphraseInput: 'signerKeyPassphrase',
      });
    });

    it('treats the sources directory as empty, as the agent fills an empty filePath input with it', () => {
      const sources = join(agentTemp, 's');
      mkdirSync(sources, { recursive: true });
      process.env.BUILD_SOURCESDIRECTORY = sources;
      const inputs = read({ ...base, signerKeyFile: sources });
      expect(inputs.signerKey.input).toBe('signerKey');
    });

    it('refuses a file that does not exist', () => {
      const err = inputErrorOf({ tags: base.tags, signerKeyFile: join(agentTemp, 'missing.key') });
      expect(err.input).toBe('signerKeyFile');
      expect(err.message).toMatch(/does not exist/);
    });

    it('refuses signerKey and signerKeyFile together', () => {
      const file = join(agentTemp, 'both.key');
      writeFileSync(file, KEY_PEM);
      expect(inputErrorOf({ ...base, signerKeyFile: file }).input).toBe('signerKeyFile');
    });
  });

  describe('when signerKey holds a path', () => {
    it('points to signerKeyFile', () => {
      const file = join(agentTemp, 'path.key');
      writeFileSync(file, KEY_PEM);
      const err = inputErrorOf({ tags: base.tags, signerKey: file });
      expect(err.input).toBe('signerKey');
      expect(err.message).toContain('signerKeyFile');
    });
  });

  describe('when no signer key is given', () => {
    it('asks for signerKey or signerKeyFile', () => {
      const err = inputErrorOf({ tags: base.tags });
      expect(err.input).toBe('signerKey');
      expect(err.message).toMatch(/signerKeyFile/);
    });
  });

  describe('when tags are missing or malformed', () => {
    test.each([
      ['empty', ''],
      ['blank lines only', '\n \n'],
      ['a reference without a tag', `${REGISTRY}/app`],
      ['an invalid tag', `${REGISTRY}/app:-bad`],
    ])('refuses %s', (_, tags) => {
      expect(inputErrorOf({ ...base, tags }).input).toBe('tags');
    });
  });

  describe('#push', () => {
    test.each([
      ['', true],
      ['true', true],
      ['True', true],
      ['false', false],
      ['FALSE', false],
    ])('reads %j as %s', (push, expected) => {
      expect(read({ ...base, push }).push).toBe(expected);
    });

    it('refuses anything else', () => {
      expect(inputErrorOf({ ...base, push: 'yes' }).input).toBe('push');
    });
  });

  describe('when trust inputs are given', () => {
    it('reads trustServerCa from a PEM file', () => {
      const file = join(agentTemp, 'ca.crt');
      writeFileSync(file, CA_PEM);
      expect(read({ ...base, trustServerCa: file }).trustServerCa).toBe(CA_PEM);
    });

    it('takes trustServerCa as PEM text', () => {
      expect(read({ ...base, trustServerCa: CA_PEM }).trustServerCa).toBe(CA_PEM.trim());
    });

    test.each([
      ['trustServerCa', { trustServerCa: join('/nonexistent', 'ca.crt') }],
      ['trustPin', { trustPin: 'not-a-key-id' }],
      ['trustServer', { trustServer: 'https://bad host' }],
    ])('names %s when it is malformed', (input, extra) => {
      expect(inputErrorOf({ ...base, ...extra }).input).toBe(input);
    });
  });

  describe('when bootstrap keys are given', () => {
    it('returns both with their passphrases', () => {
      const inputs = read({
        ...base,
        rootKey: KEY_PEM,
        rootKeyPassphrase: 'root-pass',
        repositoryKey: KEY_PEM,
        repositoryKeyPassphrase: 'repo-pass',
      });
      expect(inputs.rootKey).toEqual({ text: KEY_PEM, passphrase: 'root-pass', input: 'rootKey', passphraseInput: 'rootKeyPassphrase' });
      expect(inputs.repositoryKey).toMatchObject({ input: 'repositoryKey', passphrase: 'repo-pass' });
    });

    test.each([
      ['rootKey', { repositoryKey: KEY_PEM }],
      ['repositoryKey', { rootKey: KEY_PEM }],
    ])('asks for %s when only the other is given', (missing, extra) => {
      expect(inputErrorOf({ ...base, ...extra }).input).toBe(missing);
    });
  });
});

describe('#readInputs with dockerRegistryServiceConnection', () => {
  describe('when it is a Docker Registry connection (username and password)', () => {
    it('returns its registry host and credentials', () => {
      expect(read(base, usernamePassword()).connection).toEqual({
        registry: REGISTRY,
        username: 'ci-pusher',
        password: PASSWORD,
      });
    });

    it('falls back to the endpoint URL when the registry parameter is missing', () => {
      const endpoint = usernamePassword();
      const { registry: _, ...parameters } = endpoint.parameters;
      expect(read(base, { ...endpoint, parameters }).connection?.registry).toBe(REGISTRY);
    });

    it('knows Docker Hub by its v1 URL', () => {
      const hub = usernamePassword({ registry: 'https://index.docker.io/v1/' });
      expect(read({ ...base, tags: 'myorg/app:1' }, hub).connection?.registry).toBe('docker.io');
    });

    it('refuses tags in another registry, whose credentials these are not', () => {
      const err = inputErrorOf({ ...base, tags: `${REGISTRY}/app:1\nother.example.com/app:1` }, usernamePassword());
      expect(err.input).toBe('tags');
      expect(err.message).toContain('other.example.com/app:1');
    });

    it('refuses a connection without a password', () => {
      const err = inputErrorOf(base, usernamePassword({ password: '' }));
      expect(err.input).toBe('dockerRegistryServiceConnection');
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
      const inputs = read({ ...base, tags: 'myacr.azurecr.io/app:1' }, acr('ServicePrincipal'));
      expect(inputs.connection).toEqual({
        registry: 'myacr.azurecr.io',
        username: 'a0b1c2d3-0000-4000-8000-000000000001',
        password: PASSWORD,
      });
    });

    test.each(['ManagedServiceIdentity', 'WorkloadIdentityFederation'])('refuses %s, which needs a token exchange', (scheme) => {
      const err = inputErrorOf({ ...base, tags: 'myacr.azurecr.io/app:1' }, acr(scheme));
      expect(err.input).toBe('dockerRegistryServiceConnection');
      expect(err.message).toContain(scheme);
    });
  });
});

describe('#readInputs masking', () => {
  const secretInputs = {
    ...base,
    signerKeyPassphrase: 'signer-passphrase-7f3a',
    rootKey: Buffer.from(KEY_PEM).toString('base64'),
    rootKeyPassphrase: 'root-passphrase-91c2',
    repositoryKey: KEY_PEM,
    repositoryKeyPassphrase: 'repository-passphrase-5e6d',
  };
  const secrets = [
    'signer-passphrase-7f3a',
    'root-passphrase-91c2',
    'repository-passphrase-5e6d',
    PASSWORD,
    Buffer.from(KEY_PEM).toString('base64'),
    ...pemBodyLines(KEY_PEM),
  ];

  it('registers every passphrase, the password, each base64 line of a key and the base64 key itself', () => {
    read(secretInputs, usernamePassword());
    const masked = maskedValues(output);
    for (const secret of secrets) expect(masked).toContain(secret);
    // Each registered value is one line: the agent masks line by line.
    for (const value of masked) expect(value).not.toMatch(/[\r\n]/);
    // Headers and armor are not secret.
    expect(masked).not.toContain('role: alice');
    expect(masked).not.toContain('-----BEGIN ENCRYPTED PRIVATE KEY-----');
  });

  it('masks the contents of signerKeyFile', () => {
    const file = join(agentTemp, 'masked.key');
    writeFileSync(file, KEY_PEM);
    read({ tags: base.tags, signerKeyFile: file });
    expect(maskedValues(output)).toEqual(expect.arrayContaining(pemBodyLines(KEY_PEM)));
  });

  it('never echoes a secret, not even in task-lib debug lines', () => {
    read(secretInputs, usernamePassword());
    const visible = visibleOutput(output);
    expect(visible).toContain('##vso[task.debug]tags='); // other inputs are still traced
    for (const secret of secrets) expect(visible).not.toContain(secret);
  });

  it('masks the secrets before any other input is read', () => {
    read(secretInputs, usernamePassword());
    const lines = output.split('\n');
    const lastMask = lines.findLastIndex((l) => l.startsWith('##vso[task.setsecret]'));
    const firstTags = lines.findIndex((l) => l.startsWith('##vso[task.debug]tags='));
    expect(lastMask).toBeGreaterThan(-1);
    expect(lastMask).toBeLessThan(firstTags);
  });
});
