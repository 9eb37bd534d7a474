// The input catalogue's helpers: an input as a command takes it, a key with
// its passphrase, the repositories operand, and the connection inputs.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import {
  ALL_INPUTS,
  connectionInputs,
  DCT_ONLY_INPUTS,
  dctOnlyRule,
  formatsOf,
  INPUTS,
  keyInputs,
  passphraseOf,
  repositoriesInput,
  use,
} from '../../src/commands/inputs.ts';
import { COMMANDS } from '../../src/commands/registry.ts';
import type { CommandInput, InputValues } from '../../src/commands/spec.ts';
import { InputError } from '../../src/errors.ts';
import { createRootCertificate, exportPublicKeyPem, generateKey } from '../../src/keys/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'dct-inputs-'));
const CA_FILE = join(dir, 'ca.pem');
const CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n';
writeFileSync(CA_FILE, CA_PEM);

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (err) {
    return err;
  }
  return undefined;
};

describe('INPUTS', () => {
  it('names each input by its key, in kebab-case', () => {
    for (const [id, input] of Object.entries(INPUTS)) expect(input.name).toBe(id);
    for (const input of ALL_INPUTS) expect(input.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('gives every key and secret of docker the variables docker reads first', () => {
    expect(INPUTS['signer-key'].env).toEqual(['DCT_SIGNER_KEY']);
    expect(INPUTS['signer-key-passphrase'].env[0]).toBe('DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE');
    expect(INPUTS['repository-key-passphrase'].env[0]).toBe('DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE');
    expect(INPUTS['new-repository-key-passphrase'].env[0]).toBe('DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE');
    expect(INPUTS['root-key-passphrase'].env[0]).toBe('DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE');
  });
});

describe('the bridge inputs', () => {
  it('reads the cosign key as a key, with its passphrase from COSIGN_PASSWORD as cosign does', () => {
    expect(INPUTS['cosign-key'].kind).toBe('key');
    expect(INPUTS['cosign-key-passphrase']).toMatchObject({ kind: 'secret', env: ['COSIGN_PASSWORD'] });
    expect(keyInputs('cosign-key').map((i) => i.name)).toEqual(['cosign-key', 'cosign-key-passphrase']);
  });

  it('takes formats as a list of dct and cosign, dct by default, and formats-policy any or all', () => {
    expect(INPUTS.formats).toMatchObject({ kind: 'list', choices: ['dct', 'cosign', 'notation'], default: 'dct' });
    expect(INPUTS['formats-policy']).toMatchObject({ kind: 'enum', choices: ['any', 'all'], default: 'any' });
    expect(INPUTS['cosign-public-key']).toMatchObject({ kind: 'file-or-text', multiple: true });
  });
});

describe('#dctOnlyRule', () => {
  it('lists the DCT-only inputs the command takes, and no others', () => {
    const inputs = [use('formats'), use('trust-pin'), use('trust-state'), ...keyInputs('root-key'), use('signer-name')];
    expect(dctOnlyRule(inputs)).toMatchObject({
      kind: 'only-with',
      input: 'formats',
      value: 'dct',
      inputs: ['trust-pin', 'trust-state', 'root-key', 'root-key-passphrase'],
    });
  });

  it('covers every connection input that only a trust server uses, and none a registry needs', () => {
    const names = dctOnlyRule(connectionInputs()).inputs;
    expect(names).toEqual(['trust-server', 'trust-server-ca', 'trust-pin', 'require-pin', 'trust-state', 'trust-state-forget']);
    for (const name of ['registry-ca', 'timeout', 'login']) expect(names).not.toContain(name);
    for (const name of DCT_ONLY_INPUTS) expect(ALL_INPUTS.map((i) => i.name)).toContain(name);
  });
});

describe('#formatsOf', () => {
  const values = (formats: string[]) => ({ list: () => formats }) as unknown as InputValues;

  test.each([
    [['dct'], ['dct']],
    [['cosign'], ['cosign']],
    [['cosign', 'dct', 'cosign'], ['dct', 'cosign']],
  ])('gives %j as %j: each once, dct first', (given, expected) => {
    expect(formatsOf(values(given))).toEqual(expected);
  });
});

describe('#use', () => {
  it("adds the command's own to the catalogue's input, and changes nothing in the catalogue", () => {
    const tags = use('tags', { help: 'own help', required: 'give tags' });
    expect(tags).toMatchObject({ name: 'tags', kind: 'list', help: 'own help', required: 'give tags', operand: 'REFERENCE' });
    expect(INPUTS.tags.help).toBe('image references');
  });
});

describe('#keyInputs', () => {
  it('gives the key with its passphrase, which shares its group and condition but nothing else', () => {
    const when = { input: 'key-role', equals: 'signer' };
    const [key, passphrase] = keyInputs('signer-key', { group: 'G', help: 'own', required: 'give it', when });
    expect(key).toMatchObject({ name: 'signer-key', kind: 'key', group: 'G', help: 'own', required: 'give it', when });
    expect(passphrase).toMatchObject({ name: passphraseOf('signer-key'), kind: 'secret', group: 'G', when });
    expect(passphrase!.required).toBeUndefined();
    expect(passphrase!.help).toBe(INPUTS['signer-key-passphrase'].help);
  });
});

describe('#repositoriesInput', () => {
  it('takes repositories, not tags, as the REPOSITORY operand', () => {
    const input = repositoriesInput('the repositories');
    expect(input).toMatchObject({ name: 'tags', operand: 'REPOSITORY', help: 'the repositories' });
    expect(input.parse!('registry.example.com/app', 'tags')).toMatchObject({ registry: 'registry.example.com' });
    expect(thrown(() => input.parse!('registry.example.com/app:1', 'tags'))).toBeInstanceOf(InputError);
  });
});

describe('#connectionInputs', () => {
  const [server, ca, registryCa, pin, state, forget, requirePin, timeout, login] = connectionInputs();

  it("are the trust server, its CA, the registry's CA, the pin, the trust state and what to drop from it, require-pin, the time limit and the login, in that order", () => {
    expect([server, ca, registryCa, pin, state, forget, requirePin, timeout, login].map((i) => i!.name)).toEqual([
      'trust-server',
      'trust-server-ca',
      'registry-ca',
      'trust-pin',
      'trust-state',
      'trust-state-forget',
      'require-pin',
      'timeout',
      'login',
    ]);
  });

  it('lets the CLI read the trust state file from DCT_TRUST_STATE', () => {
    expect(state!.env).toEqual(['DCT_TRUST_STATE']);
  });

  it('reads each repository to drop from the trust state as its GUN, refusing a tag', () => {
    expect(forget!.parse!('registry.example.com/app', 'trust-state-forget')).toBe('registry.example.com/app');
    expect(forget!.parse!('alpine', 'trust-state-forget')).toBe('docker.io/library/alpine');
    expect(thrown(() => forget!.parse!('registry.example.com/app:1', 'trust-state-forget'))).toMatchObject({ input: 'trust-state-forget' });
  });

  test.each([
    ['90s', 90_000],
    ['10m', 600_000],
    ['1h', 3_600_000],
  ])('reads time limit %j as %d ms', (value, ms) => {
    expect(timeout!.parse!(value, 'timeout')).toBe(ms);
  });

  test.each([['0s'], ['0d'], ['soon']])('refuses time limit %j, naming the input', (value) => {
    expect(thrown(() => timeout!.parse!(value, 'timeout'))).toMatchObject({ input: 'timeout' });
  });

  it('defaults the time limit to ten minutes', () => {
    expect(timeout!.default).toBe('10m');
  });

  test.each([
    ['notary.example.com:4443', 'https://notary.example.com:4443'],
    ['https://notary.example.com/', 'https://notary.example.com'],
  ])('reads trust server %j as %j', (value, url) => {
    expect(server!.parse!(value, 'trust-server')).toBe(url);
  });

  it('reads the CA as PEM text or from a file', () => {
    expect(ca!.parse!(CA_FILE, 'trust-server-ca')).toBe(CA_PEM);
    expect(ca!.parse!(CA_PEM, 'trust-server-ca')).toBe(CA_PEM.trim());
  });

  it("reads the registry's CA as PEM text or from a file", () => {
    expect(registryCa!.parse!(CA_FILE, 'registry-ca')).toBe(CA_PEM);
    expect(registryCa!.parse!(CA_PEM, 'registry-ca')).toBe(CA_PEM.trim());
  });

  it('checks the pin but keeps it as given', async () => {
    expect(await pin!.parse!('A'.repeat(64), 'trust-pin')).toBe('A'.repeat(64));
    await expect(pin!.parse!('xyz', 'trust-pin')).rejects.toMatchObject({ input: 'trust-pin' });
  });

  it('checks a pinned root certificate, loading the key module only then', async () => {
    const key = generateKey('ecdsa');
    const root = createRootCertificate(key, 'r.io/app');
    expect(await pin!.parse!(root.pem, 'trust-pin')).toBe(root.pem);
    await expect(pin!.parse!(exportPublicKeyPem(key), 'trust-pin')).rejects.toBeInstanceOf(InputError);
  });
});

describe('require-pin', () => {
  // One rule, in connectionInputs: every command that reads trust data takes it; the CLI's flags, action.yml's
  // reading and task.json's visibleRule all follow from the specs.
  const takes = (name: string) => (COMMANDS.find((c) => c.name === name)!.inputs as readonly CommandInput[]).some((i) => i.name === 'require-pin');

  test.each(COMMANDS.map((c) => [c.name, (c.inputs as readonly CommandInput[]).some((i) => i.name === 'trust-server')] as const))(
    '%s takes it exactly when it reaches a trust server (%s)',
    (name, connected) => {
      expect(takes(name)).toBe(connected);
    },
  );

  it('is taken by inspect, as by sign and verify, and not by key-generate', () => {
    expect(['inspect', 'sign', 'verify', 'key-generate'].map(takes)).toEqual([true, true, true, false]);
  });
});
