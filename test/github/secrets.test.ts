// Masking of the secret inputs of every command, read off the ::add-mask::
// commands the step writes to stdout.

import { describe, expect, it } from 'vitest';
import { KEY_INPUTS, maskSecretInputs, SECRET_INPUTS } from '../../src/github/secrets.ts';
import { fixture, FIXTURE_KEYS } from '../keys/support.ts';
import { useRunnerEnv } from './support/runner-env.ts';

// getInput trims, as the runner's value of a `|` block would be trimmed too.
const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();
const KEY_BASE64 = Buffer.from(KEY).toString('base64');
/** The base64 lines of the key's body, as the PEM file has them. */
const KEY_LINES = KEY.split('\n').filter((l) => /^[A-Za-z0-9+/]+={0,2}$/.test(l));

describe('#maskSecretInputs', () => {
  const runner = useRunnerEnv();

  it('covers the key and secret inputs of every command', () => {
    expect(KEY_INPUTS).toEqual(['signer-key', 'root-key', 'repository-key', 'new-repository-key']);
    expect(SECRET_INPUTS).toEqual(expect.arrayContaining([...KEY_INPUTS.map((k) => `${k}-passphrase`), 'password']));
  });

  it.each(KEY_INPUTS)('masks every base64 line of %s and its joined body', (name) => {
    runner.setInputs({ [name]: KEY });
    maskSecretInputs();
    const masks = runner.stdout.masks();
    for (const line of KEY_LINES) expect(masks).toContain(line);
    expect(masks).toContain(KEY_LINES.join(''));
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

  it('masks the passphrases and the password, and each line of a multi-line one', () => {
    runner.setInputs({
      'signer-key-passphrase': 'pass phrase',
      'root-key-passphrase': 'root-secret',
      'repository-key-passphrase': 'repo-secret',
      'new-repository-key-passphrase': 'new-repo-secret',
      username: 'ci-user',
      password: 'line-one\nline-two',
    });
    maskSecretInputs();
    const masks = runner.stdout.masks();
    expect(masks).toEqual(
      expect.arrayContaining(['pass phrase', 'root-secret', 'repo-secret', 'new-repo-secret', 'line-one\nline-two', 'line-one', 'line-two']),
    );
    expect(masks).not.toContain('ci-user');
  });

  it('masks a passphrase as given and trimmed', () => {
    runner.setInputs({ 'signer-key-passphrase': ' spaced ' });
    maskSecretInputs();
    expect(runner.stdout.masks()).toEqual(expect.arrayContaining([' spaced ', 'spaced']));
  });

  it('writes nothing but masks, and no empty mask', () => {
    runner.setInputs({ 'signer-key': KEY, password: 'pw', 'root-key': '', 'root-key-passphrase': '' });
    maskSecretInputs();
    expect(runner.stdout.lines.length).toBeGreaterThan(0);
    expect(runner.stdout.lines.filter((l) => !l.startsWith('::add-mask::'))).toEqual([]);
    expect(runner.stdout.masks()).not.toContain('');
  });
});
