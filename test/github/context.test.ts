// The action's input parsing, with the inputs set as the runner sets them
// (INPUT_<NAME> variables) and the masking commands read off stdout.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DctError, InputError } from '../../src/errors.ts';
import { getInputs, signOptions } from '../../src/github/context.ts';
import { fixture, FIXTURE_KEYS } from '../keys/support.ts';
import { inputVariable, useRunnerEnv } from './support/runner-env.ts';

// getInput trims, as the runner's value of a `|` block would be trimmed too.
const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();
const KEY_BASE64 = Buffer.from(KEY).toString('base64');
/** The base64 lines of the key's body, as the PEM file has them. */
const KEY_LINES = KEY.split('\n').filter((l) => /^[A-Za-z0-9+/]+={0,2}$/.test(l));
const CA = fixture('openssl-rsa2048.crt');

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

describe('#getInputs', () => {
  const runner = useRunnerEnv();
  const minimal = { tags: 'r.example.com/app:1', 'signer-key': KEY, 'signer-key-passphrase': 'pass phrase' };

  describe('input names', () => {
    it.each([
      ['signer-key', 'INPUT_SIGNER-KEY'],
      ['signer-key-passphrase', 'INPUT_SIGNER-KEY-PASSPHRASE'],
      ['trust-server-ca', 'INPUT_TRUST-SERVER-CA'],
      ['tags', 'INPUT_TAGS'],
    ])('reads %s from %s, hyphens kept as the runner sets it', (name, variable) => {
      expect(inputVariable(name)).toBe(variable);
    });

    it('does not read INPUT_SIGNER_KEY', () => {
      process.env.INPUT_TAGS = 'r.example.com/app:1';
      process.env.INPUT_SIGNER_KEY = KEY;
      expect(thrown(getInputs)).toMatchObject({ code: 'INPUT', input: 'signer-key' });
    });
  });

  describe('when the runner passes a signer key and tags', () => {
    it('returns typed inputs', () => {
      runner.setInputs({ ...minimal, push: 'true', 'signer-name': 'alice', 'trust-server': 'https://notary.example.com' });
      expect(getInputs()).toEqual({
        tags: ['r.example.com/app:1'],
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
      });
    });

    it('maps them onto the sign options', () => {
      runner.setInputs({ ...minimal, push: 'false', username: 'ci', password: 'pw' });
      expect(signOptions(getInputs())).toMatchObject({
        references: ['r.example.com/app:1'],
        push: false,
        signerKey: { input: 'signer-key', passphraseInput: 'signer-key-passphrase' },
        username: 'ci',
        password: 'pw',
      });
    });

    it('takes passphrases and passwords untrimmed, since spaces may belong to them', () => {
      runner.setInputs({ ...minimal, 'signer-key-passphrase': ' spaced ', username: ' ci ', password: ' pw ' });
      const inputs = getInputs();
      expect(inputs.signerKey.passphrase).toBe(' spaced ');
      expect(inputs.password).toBe(' pw ');
      expect(inputs.username).toBe('ci');
    });

    it('passes an empty signer-name on as undefined, so that the key role: header is used', () => {
      runner.setInputs({ ...minimal, 'signer-name': '' });
      expect(getInputs().signerName).toBeUndefined();
    });
  });

  describe('tags', () => {
    it.each([
      ['one', 'r.io/a:1', ['r.io/a:1']],
      ['newline-separated', 'r.io/a:1\nr.io/a:2\n', ['r.io/a:1', 'r.io/a:2']],
      ['comma-separated', 'r.io/a:1, r.io/b:2', ['r.io/a:1', 'r.io/b:2']],
      ['mixed, with blanks and CRLF', ' r.io/a:1 ,\r\n\r\nr.io/a:2,,\n r.io/b:3 ', ['r.io/a:1', 'r.io/a:2', 'r.io/b:3']],
      ['empty', '', []],
    ])('splits %s', (_, value, expected) => {
      runner.setInputs({ ...minimal, tags: value });
      expect(getInputs().tags).toEqual(expected);
    });
  });

  describe('push', () => {
    it.each([
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['false', false],
      ['False', false],
      ['FALSE', false],
      ['', true],
    ])('reads %j as %s', (value, expected) => {
      runner.setInputs({ ...minimal, push: value });
      expect(getInputs().push).toBe(expected);
    });

    it.each(['yes', '1', 'off'])('refuses %j, naming the input', (value) => {
      runner.setInputs({ ...minimal, push: value });
      const err = thrown(getInputs);
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ input: 'push', message: expect.stringContaining('true or false') });
    });
  });

  describe('keys', () => {
    it('refuses a missing signer-key, naming the input and the fix', () => {
      runner.setInputs({ tags: 'r.io/a:1' });
      const err = thrown(getInputs);
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ input: 'signer-key', message: expect.stringContaining('docker trust key generate') });
    });

    it('reads the bootstrap keys with their passphrases', () => {
      runner.setInputs({
        ...minimal,
        'root-key': KEY_BASE64,
        'root-key-passphrase': 'root-pass',
        'repository-key': KEY,
        'repository-key-passphrase': 'repo-pass',
      });
      const inputs = getInputs();
      expect(inputs.rootKey).toEqual({
        text: KEY_BASE64,
        passphrase: 'root-pass',
        input: 'root-key',
        passphraseInput: 'root-key-passphrase',
      });
      expect(inputs.repositoryKey).toMatchObject({ input: 'repository-key', passphrase: 'repo-pass' });
    });
  });

  describe('trust-server-ca', () => {
    it('takes PEM text', () => {
      runner.setInputs({ ...minimal, 'trust-server-ca': CA });
      expect(getInputs().trustServerCa).toBe(CA.trim());
    });

    it('reads a PEM file path', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'dct-github-context-'));
      try {
        const file = join(dir, 'ca.pem');
        await writeFile(file, CA);
        runner.setInputs({ ...minimal, 'trust-server-ca': file });
        expect(getInputs().trustServerCa).toBe(CA);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('refuses a path that cannot be read, naming the input', () => {
      runner.setInputs({ ...minimal, 'trust-server-ca': '/nonexistent/ca.pem' });
      expect(thrown(getInputs)).toMatchObject({ code: 'INPUT', input: 'trust-server-ca' });
    });
  });

  describe('masking', () => {
    it('masks the key text and every base64 line of it', () => {
      runner.setInputs(minimal);
      getInputs();
      const masks = runner.stdout.masks();
      expect(masks).toContain(KEY);
      for (const line of KEY_LINES.filter((l) => l.length >= 8)) expect(masks).toContain(line);
    });

    it('leaves the role: header and PEM markers readable', () => {
      runner.setInputs(minimal);
      getInputs();
      const masks = runner.stdout.masks();
      for (const text of ['role: alice', 'alice', 'role:', '-----BEGIN ENCRYPTED PRIVATE KEY-----', 'ENCRYPTED']) {
        expect(masks).not.toContain(text);
      }
    });

    it('masks a base64-encoded key, its decoded PEM and each line of that', () => {
      runner.setInputs({ ...minimal, 'signer-key': KEY_BASE64 });
      getInputs();
      const masks = runner.stdout.masks();
      expect(masks).toContain(KEY_BASE64);
      expect(masks).toContain(KEY);
      for (const line of KEY_LINES.filter((l) => l.length >= 8)) expect(masks).toContain(line);
    });

    it('masks each line of base64 wrapped the way `base64` wraps it', () => {
      const wrapped = KEY_BASE64.replace(/(.{76})/g, '$1\n');
      runner.setInputs({ ...minimal, 'signer-key': wrapped });
      getInputs();
      const masks = runner.stdout.masks();
      for (const line of wrapped.split('\n').filter((l) => l.length >= 8)) expect(masks).toContain(line);
      expect(masks).toContain(KEY);
    });

    it.each([
      ['CRLF line endings', KEY.replace(/\n/g, '\r\n')],
      ['newlines written as \\n', KEY.replace(/\n/g, '\\n')],
      ['newlines collapsed into spaces', KEY.replace(/\n/g, ' ')],
    ])('masks every base64 line of a key with %s', (_, text) => {
      runner.setInputs({ ...minimal, 'signer-key': text });
      getInputs();
      const masks = runner.stdout.masks();
      for (const line of KEY_LINES.filter((l) => l.length >= 8)) expect(masks).toContain(line);
    });

    it('masks the passphrases and the password, and each line of a multi-line one', () => {
      runner.setInputs({
        ...minimal,
        'root-key': KEY,
        'root-key-passphrase': 'root-secret',
        'repository-key': KEY,
        'repository-key-passphrase': 'repo-secret',
        username: 'ci-user',
        password: 'line-one\nline-two',
      });
      getInputs();
      const masks = runner.stdout.masks();
      expect(masks).toEqual(
        expect.arrayContaining(['pass phrase', 'root-secret', 'repo-secret', 'line-one\nline-two', 'line-one', 'line-two']),
      );
      expect(masks).not.toContain('ci-user');
    });

    it('masks before parsing, so that secrets are masked even when an input is wrong', () => {
      runner.setInputs({ ...minimal, push: 'maybe', password: 'hunter22' });
      expect(thrown(getInputs)).toBeInstanceOf(DctError);
      expect(runner.stdout.masks()).toEqual(expect.arrayContaining([KEY, 'pass phrase', 'hunter22']));
    });

    it('writes nothing but masks', () => {
      runner.setInputs({ ...minimal, password: 'pw' });
      getInputs();
      expect(runner.stdout.lines.length).toBeGreaterThan(0);
      expect(runner.stdout.lines.filter((l) => !l.startsWith('::add-mask::'))).toEqual([]);
    });

    it('masks no empty value', () => {
      runner.setInputs({ ...minimal, password: '', 'root-key': '', 'root-key-passphrase': '' });
      getInputs();
      expect(runner.stdout.masks()).not.toContain('');
    });
  });
});
