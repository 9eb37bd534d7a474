// The input helpers every command parses with, with the inputs set as the
// runner sets them (INPUT_<NAME> variables).

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import {
  booleanInput,
  choiceInput,
  connectionInputs,
  keyDirectoryInput,
  keyInput,
  listInput,
  optionalInput,
  repositoryInput,
  requiredInput,
  requiredKeyInput,
  secretInput,
} from '../../src/github/context.ts';
import { fixture, FIXTURE_KEYS } from '../keys/support.ts';
import { inputVariable, useRunnerEnv } from './support/runner-env.ts';
import { thrown } from './support/thrown.ts';

const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();
const CA = fixture('openssl-rsa2048.crt');

describe('input names', () => {
  it.each([
    ['signer-key', 'INPUT_SIGNER-KEY'],
    ['signer-key-passphrase', 'INPUT_SIGNER-KEY-PASSPHRASE'],
    ['trust-server-ca', 'INPUT_TRUST-SERVER-CA'],
    ['tags', 'INPUT_TAGS'],
  ])('reads %s from %s, hyphens kept as the runner sets it', (name, variable) => {
    expect(inputVariable(name)).toBe(variable);
  });
});

describe('#listInput', () => {
  const runner = useRunnerEnv();

  it.each([
    ['one', 'r.io/a:1', ['r.io/a:1']],
    ['newline-separated', 'r.io/a:1\nr.io/a:2\n', ['r.io/a:1', 'r.io/a:2']],
    ['comma-separated', 'r.io/a:1, r.io/b:2', ['r.io/a:1', 'r.io/b:2']],
    ['mixed, with blanks and CRLF', ' r.io/a:1 ,\r\n\r\nr.io/a:2,,\n r.io/b:3 ', ['r.io/a:1', 'r.io/a:2', 'r.io/b:3']],
    ['empty', '', []],
  ])('splits %s', (_, value, expected) => {
    runner.setInputs({ tags: value });
    expect(listInput('tags')).toEqual(expected);
  });
});

describe('#booleanInput', () => {
  const runner = useRunnerEnv();

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('reads %j as %s', (value, expected) => {
    runner.setInputs({ push: value });
    expect(booleanInput('push', !expected)).toBe(expected);
  });

  it.each([true, false])('reads an empty value as the default, %s', (fallback) => {
    runner.setInputs({ push: '' });
    expect(booleanInput('push', fallback)).toBe(fallback);
  });

  it.each(['yes', '1', 'off'])('refuses %j, naming the input', (value) => {
    runner.setInputs({ all: value });
    const err = thrown(() => booleanInput('all', false));
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ input: 'all', message: expect.stringContaining('true or false') });
  });
});

describe('#choiceInput', () => {
  const runner = useRunnerEnv();

  it('returns a listed value, or the default when empty', () => {
    runner.setInputs({ 'signer-policy': 'all' });
    expect(choiceInput('signer-policy', ['any', 'all'], 'any')).toBe('all');
    runner.setInputs({ 'signer-policy': '' });
    expect(choiceInput('signer-policy', ['any', 'all'], 'any')).toBe('any');
  });

  it('refuses another value, listing the choices', () => {
    runner.setInputs({ 'signer-policy': 'most' });
    expect(thrown(() => choiceInput('signer-policy', ['any', 'all'], 'any'))).toMatchObject({
      input: 'signer-policy',
      message: expect.stringContaining('any, all'),
    });
  });
});

describe('#requiredInput', () => {
  const runner = useRunnerEnv();

  it('refuses an empty input with the fix', () => {
    runner.setInputs({ 'signer-name': '' });
    expect(thrown(() => requiredInput('signer-name', 'name the signer'))).toMatchObject({
      input: 'signer-name',
      message: 'signer-name: name the signer',
    });
  });

  it('returns a given one, trimmed', () => {
    runner.setInputs({ 'signer-name': ' ci ' });
    expect(requiredInput('signer-name', 'name the signer')).toBe('ci');
  });
});

describe('#secretInput and #optionalInput', () => {
  const runner = useRunnerEnv();

  it('takes passphrases and passwords untrimmed, since spaces may belong to them', () => {
    runner.setInputs({ 'signer-key-passphrase': ' spaced ', username: ' ci ' });
    expect(secretInput('signer-key-passphrase')).toBe(' spaced ');
    expect(optionalInput('username')).toBe('ci');
  });

  it('passes an empty input on as undefined', () => {
    runner.setInputs({ 'signer-name': '' });
    expect(optionalInput('signer-name')).toBeUndefined();
  });
});

describe('#keyInput', () => {
  const runner = useRunnerEnv();

  it('reads a key with its passphrase input', () => {
    runner.setInputs({ 'root-key': KEY, 'root-key-passphrase': 'root-pass' });
    expect(keyInput('root-key')).toEqual({
      text: KEY,
      passphrase: 'root-pass',
      input: 'root-key',
      passphraseInput: 'root-key-passphrase',
    });
  });

  it('is undefined when the key is not given', () => {
    runner.setInputs({ 'root-key': '', 'root-key-passphrase': 'root-pass' });
    expect(keyInput('root-key')).toBeUndefined();
  });

  it('refuses a missing required key, naming the input and the fix', () => {
    const err = thrown(() => requiredKeyInput('signer-key', 'give the key from a secret'));
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ input: 'signer-key', message: 'signer-key: give the key from a secret' });
  });
});

describe('#repositoryInput', () => {
  const runner = useRunnerEnv();

  it('returns the one repository', () => {
    runner.setInputs({ tags: ' r.io/app \n' });
    expect(repositoryInput('refresh')).toBe('r.io/app');
  });

  it.each([
    ['none', '', 'give the repository'],
    ['two', 'r.io/a, r.io/b', 'one repository'],
  ])('refuses %s, naming tags', (_, tags, message) => {
    runner.setInputs({ tags });
    expect(thrown(() => repositoryInput('refresh'))).toMatchObject({ input: 'tags', message: expect.stringContaining(message) });
  });
});

describe('#keyDirectoryInput', () => {
  const runner = useRunnerEnv();

  it('takes the input, else RUNNER_TEMP, else the working directory', () => {
    runner.setInputs({ 'key-directory': '/keys' });
    process.env.RUNNER_TEMP = '/runner/temp';
    expect(keyDirectoryInput()).toBe('/keys');
    runner.setInputs({ 'key-directory': '' });
    expect(keyDirectoryInput()).toBe('/runner/temp');
    delete process.env.RUNNER_TEMP;
    expect(keyDirectoryInput()).toBe(process.cwd());
  });
});

describe('#connectionInputs', () => {
  const runner = useRunnerEnv();

  it('reads the connection inputs every command takes', () => {
    runner.setInputs({ 'trust-server': 'https://notary.example.com', 'trust-pin': 'a'.repeat(64), username: 'ci', password: ' pw ' });
    expect(connectionInputs()).toEqual({
      trustServer: 'https://notary.example.com',
      trustServerCa: undefined,
      trustPin: 'a'.repeat(64),
      username: 'ci',
      password: ' pw ',
    });
  });

  it('takes trust-server-ca as PEM text', () => {
    runner.setInputs({ 'trust-server-ca': CA });
    expect(connectionInputs().trustServerCa).toBe(CA.trim());
  });

  it('reads trust-server-ca from a PEM file path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dct-github-context-'));
    try {
      const file = join(dir, 'ca.pem');
      await writeFile(file, CA);
      runner.setInputs({ 'trust-server-ca': file });
      expect(connectionInputs().trustServerCa).toBe(CA);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a trust-server-ca path that cannot be read, naming the input', () => {
    runner.setInputs({ 'trust-server-ca': '/nonexistent/ca.pem' });
    expect(thrown(connectionInputs)).toMatchObject({ code: 'INPUT', input: 'trust-server-ca' });
  });
});
