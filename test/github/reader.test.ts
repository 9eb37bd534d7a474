// The action's InputReader, by kind of input, with the inputs set as the
// runner sets them (INPUT_<NAME> variables), and the masking of every
// secret input of the catalogue, read off the ::add-mask:: commands the step
// writes to stdout.

import { describe, expect, it } from 'vitest';
import { ALL_INPUTS, INPUTS, use } from '../../src/commands/inputs.ts';
import { findCommand } from '../../src/commands/registry.ts';
import type { AnyCommandSpec } from '../../src/commands/spec.ts';
import { readInputs } from '../../src/commands/values.ts';
import { InputError } from '../../src/errors.ts';
import { actionReader, maskSecretInputs } from '../../src/github/reader.ts';
import { formatsSpec } from '../commands/formats-spec.ts';
import { fixture, FIXTURE_KEYS } from '../keys/support.ts';
import { inputVariable, useRunnerEnv } from './support/runner-env.ts';
import { thrown } from './support/thrown.ts';

// getInput trims, as the runner's value of a `|` block would be trimmed too.
const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();
const KEY_BASE64 = Buffer.from(KEY).toString('base64');
/** The base64 lines of the key's body, as the PEM file has them. */
const KEY_LINES = KEY.split('\n').filter((l) => /^[A-Za-z0-9+/]+={0,2}$/.test(l));

const spec = (name: string): AnyCommandSpec => findCommand(name)!;

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

describe('#actionReader', () => {
  const runner = useRunnerEnv();

  describe('#text', () => {
    it('returns the value trimmed', () => {
      runner.setInputs({ 'signer-name': ' ci \n' });
      expect(actionReader.text(use('signer-name'))).toBe('ci');
    });

    it('passes an empty input on as undefined', () => {
      runner.setInputs({ 'signer-name': '' });
      expect(actionReader.text(use('signer-name'))).toBeUndefined();
    });
  });

  describe('#list', () => {
    it.each([
      ['one', 'r.io/a:1', ['r.io/a:1']],
      ['newline-separated', 'r.io/a:1\nr.io/a:2\n', ['r.io/a:1', 'r.io/a:2']],
      ['comma-separated', 'r.io/a:1, r.io/b:2', ['r.io/a:1', 'r.io/b:2']],
      ['mixed, with blanks and CRLF', ' r.io/a:1 ,\r\n\r\nr.io/a:2,,\n r.io/b:3 ', ['r.io/a:1', 'r.io/a:2', 'r.io/b:3']],
      ['empty', '', []],
    ])('splits %s', (_, value, expected) => {
      runner.setInputs({ tags: value });
      expect(actionReader.list(use('tags'))).toEqual(expected);
    });
  });

  describe('#boolean', () => {
    it.each([
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['false', false],
      ['False', false],
      ['FALSE', false],
    ])('reads %j as %s', (value, expected) => {
      runner.setInputs({ push: value });
      expect(actionReader.boolean(use('push'))).toBe(expected);
    });

    it('is undefined when empty, so that the default applies', () => {
      runner.setInputs({ push: '' });
      expect(actionReader.boolean(use('push'))).toBeUndefined();
    });

    it.each(['yes', '1', 'off'])('refuses %j, naming the input', (value) => {
      runner.setInputs({ all: value });
      const err = thrown(() => actionReader.boolean(use('all')));
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ input: 'all', message: `all: give true or false, not "${value}"` });
    });
  });

  describe('#secret', () => {
    it('takes a passphrase untrimmed, since spaces may belong to it, and masks it as given and trimmed', () => {
      runner.setInputs({ 'signer-key-passphrase': ' spaced ' });
      expect(actionReader.secret(use('signer-key-passphrase'))).toBe(' spaced ');
      expect(runner.stdout.masks()).toEqual(expect.arrayContaining([' spaced ', 'spaced']));
    });

    it('passes an empty input on as undefined, masking nothing', () => {
      runner.setInputs({ 'signer-key-passphrase': '' });
      expect(actionReader.secret(use('signer-key-passphrase'))).toBeUndefined();
      expect(runner.stdout.masks()).toEqual([]);
    });
  });

  describe('#key', () => {
    it('reads a key with its passphrase input, the passphrase untrimmed, and masks the key', () => {
      runner.setInputs({ 'root-key': KEY, 'root-key-passphrase': ' root-pass ' });
      expect(actionReader.key(use('root-key'), use('root-key-passphrase'))).toEqual({
        text: KEY,
        passphrase: ' root-pass ',
        input: 'root-key',
        passphraseInput: 'root-key-passphrase',
      });
      expect(runner.stdout.masks()).toEqual(expect.arrayContaining(KEY_LINES));
    });

    it('is undefined when the key is not given', () => {
      runner.setInputs({ 'root-key': '', 'root-key-passphrase': 'root-pass' });
      expect(actionReader.key(use('root-key'), use('root-key-passphrase'))).toBeUndefined();
    });

    it('does not read INPUT_SIGNER_KEY', () => {
      process.env.INPUT_SIGNER_KEY = KEY;
      expect(actionReader.key(use('signer-key'), use('signer-key-passphrase'))).toBeUndefined();
    });
  });

  describe('#login', () => {
    it('reads username and password, the password untrimmed and masked', async () => {
      runner.setInputs({ username: ' ci ', password: ' pw-secret ' });
      expect(await actionReader.login(use('login'))).toEqual({ username: 'ci', password: ' pw-secret ' });
      expect(runner.stdout.masks()).toEqual(expect.arrayContaining([' pw-secret ', 'pw-secret']));
      expect(runner.stdout.masks()).not.toContain('ci');
    });

    it('is undefined when neither is given', async () => {
      expect(await actionReader.login(use('login'))).toBeUndefined();
    });

    it.each([
      ['a username without a password', { username: 'ci' }, 'password'],
      ['a password without a username', { password: 'pw-secret' }, 'username'],
    ])('refuses %s, naming the one missing', async (_, inputs, missing) => {
      runner.setInputs(inputs);
      const err = await actionReader.login(use('login')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect(err).toMatchObject({ input: missing, message: `${missing}: give both username and password, or neither` });
    });

    it('masks the password even when it refuses the login', async () => {
      runner.setInputs({ password: 'pw-secret' });
      await actionReader.login(use('login')).catch(() => undefined);
      expect(runner.stdout.masks()).toContain('pw-secret');
    });
  });

  describe('#name', () => {
    it.each([
      ['signer-key', 'signer-key'],
      ['trust-server-ca', 'trust-server-ca'],
      ['login', 'username and password'],
    ])('names %s as action.yml does: %s', (input, name) => {
      expect(actionReader.name(input)).toBe(name);
    });
  });
});

describe('#readInputs with the actionReader', () => {
  const runner = useRunnerEnv();
  const sign = { tags: 'r.example.com/app:1', 'signer-key': KEY, 'signer-key-passphrase': 'pass phrase' };

  it('pushes when push is empty, as run by hand', async () => {
    runner.setInputs({ ...sign, push: '' });
    expect((await readInputs(spec('sign'), actionReader)).boolean('push')).toBe(true);
  });

  it('passes an empty signer-name on as undefined, so that the key role: header is used', async () => {
    runner.setInputs({ ...sign, 'signer-name': '' });
    expect((await readInputs(spec('sign'), actionReader)).string('signer-name')).toBeUndefined();
  });

  it('refuses a missing required key, naming the input in action.yml words', async () => {
    runner.setInputs({ tags: sign.tags });
    const err = await readInputs(spec('sign'), actionReader).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ input: 'signer-key', message: expect.stringMatching(/^signer-key: no signer key; give signer-key /) });
  });

  it('names a rule between inputs in action.yml words', async () => {
    runner.setInputs({ ...sign, 'root-key': KEY });
    const err = await readInputs(spec('sign'), actionReader).catch((e: unknown) => e);
    expect(err).toMatchObject({ input: 'repository-key', message: expect.stringContaining('give root-key and repository-key, or neither') });
  });

  it('refuses a choice not listed, listing the choices', async () => {
    runner.setInputs({ tags: sign.tags, 'signer-policy': 'most' });
    const err = await readInputs(spec('verify'), actionReader).catch((e: unknown) => e);
    expect(err).toMatchObject({ input: 'signer-policy', message: expect.stringContaining('any, all') });
  });

  it('takes trust-server-ca as PEM text or from a PEM file path, naming it when it cannot be read', async () => {
    const ca = fixture('openssl-rsa2048.crt');
    runner.setInputs({ tags: 'r.io/app', 'trust-server-ca': ca });
    expect((await readInputs(spec('inspect'), actionReader)).parsed('trust-server-ca')).toBe(ca.trim());
    runner.setInputs({ 'trust-server-ca': '/nonexistent/ca.pem' });
    const err = await readInputs(spec('inspect'), actionReader).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'INPUT', input: 'trust-server-ca' });
  });

  it('reads the login after every other input has passed its checks', async () => {
    runner.setInputs({ tags: '', username: 'ci' });
    const err = await readInputs(spec('inspect'), actionReader).catch((e: unknown) => e);
    expect(err).toMatchObject({ input: 'tags' });
  });
});

describe('#readInputs with the actionReader and formats', () => {
  const runner = useRunnerEnv();
  const PIN = 'a'.repeat(64);

  it('refuses DCT-only inputs without dct in formats, naming them in action.yml words', async () => {
    runner.setInputs({ formats: 'cosign', 'trust-pin': PIN, 'root-key': KEY, 'root-key-passphrase': 'p' });
    const err = await readInputs(formatsSpec(), actionReader).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({
      input: 'trust-pin',
      message:
        "trust-pin: formats does not list dct: remove the trust-pin, root-key and root-key-passphrase inputs, which only DCT's trust data uses, or add dct to formats",
    });
  });

  it('takes them when formats lists dct, in any order', async () => {
    runner.setInputs({ formats: 'cosign,\ndct', 'trust-pin': PIN, 'require-pin': 'true' });
    const values = await readInputs(formatsSpec(), actionReader);
    expect([values.string('trust-pin'), values.boolean('require-pin'), values.list('formats')]).toEqual([PIN, true, ['cosign', 'dct']]);
  });

  it('reads dct when formats is empty', async () => {
    runner.setInputs({ formats: '', 'trust-pin': PIN });
    expect((await readInputs(formatsSpec(), actionReader)).list('formats')).toEqual(['dct']);
  });

  it('refuses a format that is not one, listing those there are', async () => {
    runner.setInputs({ formats: 'dct, sigstore' });
    const err = await readInputs(formatsSpec(), actionReader).catch((e: unknown) => e);
    expect(err).toMatchObject({ input: 'formats', message: 'formats: "sigstore" is not one of dct, cosign, notation' });
  });
});

describe('#maskSecretInputs', () => {
  const runner = useRunnerEnv();
  const keyInputs = ALL_INPUTS.filter((i) => i.kind === 'key').map((i) => i.name);
  const secretInputs = ALL_INPUTS.filter((i) => i.kind === 'secret').map((i) => i.name);

  it('finds the key inputs of every command, each with its passphrase, in the catalogue', () => {
    expect(keyInputs).toEqual(['signer-key', 'cosign-key', 'notation-key', 'root-key', 'repository-key', 'new-repository-key', 'new-root-key']);
    expect(secretInputs).toEqual(expect.arrayContaining(keyInputs.map((k) => `${k}-passphrase`)));
    expect(INPUTS.login.kind).toBe('login');
  });

  it.each(keyInputs)('masks every base64 line of %s and its joined body', (name) => {
    runner.setInputs({ [name]: KEY });
    maskSecretInputs();
    const masks = runner.stdout.masks();
    for (const line of KEY_LINES) expect(masks).toContain(line);
    expect(masks).toContain(KEY_LINES.join(''));
  });

  it.each(secretInputs)('masks %s as given and trimmed', (name) => {
    runner.setInputs({ [name]: ` ${name}-value ` });
    maskSecretInputs();
    expect(runner.stdout.masks()).toEqual(expect.arrayContaining([` ${name}-value `, `${name}-value`]));
  });

  it('masks the password of the login, each line of a multi-line one, and not the username', () => {
    runner.setInputs({ username: 'ci-user', password: 'line-one\nline-two' });
    maskSecretInputs();
    const masks = runner.stdout.masks();
    expect(masks).toEqual(expect.arrayContaining(['line-one\nline-two', 'line-one', 'line-two']));
    expect(masks).not.toContain('ci-user');
  });

  it('leaves the role: header and PEM markers readable', () => {
    runner.setInputs({ 'signer-key': KEY });
    maskSecretInputs();
    const masks = runner.stdout.masks();
    for (const text of ['role: alice', 'alice', 'role:', '-----BEGIN ENCRYPTED PRIVATE KEY-----', 'ENCRYPTED']) {
      expect(masks).not.toContain(text);
    }
  });

  it('masks a base64-encoded key, and each line of its decoded PEM', () => {
    runner.setInputs({ 'signer-key': KEY_BASE64 });
    maskSecretInputs();
    const masks = runner.stdout.masks();
    expect(masks).toContain(KEY_BASE64);
    for (const line of KEY_LINES) expect(masks).toContain(line);
  });

  it('masks each line of base64 wrapped the way `base64` wraps it', () => {
    const wrapped = KEY_BASE64.replace(/(.{76})/g, '$1\n');
    runner.setInputs({ 'signer-key': wrapped });
    maskSecretInputs();
    const masks = runner.stdout.masks();
    for (const line of wrapped.split('\n')) expect(masks).toContain(line);
    for (const line of KEY_LINES) expect(masks).toContain(line);
  });

  it.each([
    ['CRLF line endings', KEY.replace(/\n/g, '\r\n')],
    ['newlines written as \\n', KEY.replace(/\n/g, '\\n')],
    ['newlines collapsed into spaces', KEY.replace(/\n/g, ' ')],
  ])('masks every base64 line of a key with %s', (_, text) => {
    runner.setInputs({ 'signer-key': text });
    maskSecretInputs();
    const masks = runner.stdout.masks();
    for (const line of KEY_LINES) expect(masks).toContain(line);
  });

  it('writes nothing but masks, and no empty mask', () => {
    runner.setInputs({ 'signer-key': KEY, password: 'pw', 'root-key': '', 'root-key-passphrase': '' });
    maskSecretInputs();
    expect(runner.stdout.lines.length).toBeGreaterThan(0);
    expect(runner.stdout.lines.filter((l) => !l.startsWith('::add-mask::'))).toEqual([]);
    expect(runner.stdout.masks()).not.toContain('');
  });
});
