// The action's run: secrets masked first, the command picked from the
// dispatch table, and every failure one error naming the action's inputs.

import { describe, expect, it } from 'vitest';
import { DctError, InputError, KeyError } from '../../src/errors.ts';
import { COMMANDS } from '../../src/github/commands/index.ts';
import { commandInput, failureMessage, run } from '../../src/github/run.ts';
import { fixture, FIXTURE_KEYS } from '../keys/support.ts';
import { useRunnerEnv } from './support/runner-env.ts';
import { thrown } from './support/thrown.ts';

const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();
const KEY_LINES = KEY.split('\n').filter((l) => /^[A-Za-z0-9+/]+={0,2}$/.test(l));

describe('#commandInput', () => {
  const runner = useRunnerEnv();

  it('has a command for each row of docs/commands.md', () => {
    expect(Object.keys(COMMANDS).sort()).toEqual(
      ['inspect', 'key-generate', 'refresh', 'revoke', 'rotate-key', 'sign', 'signer-add', 'signer-remove', 'verify'].sort(),
    );
  });

  it.each(Object.keys(COMMANDS))('picks %s', (name) => {
    runner.setInputs({ command: name });
    expect(commandInput()).toBe(COMMANDS[name]);
  });

  it('signs when command is empty, as run by hand', () => {
    runner.setInputs({ command: '' });
    expect(commandInput()).toBe(COMMANDS.sign);
  });

  it.each(['Sign', 'toString', 'push'])('refuses %j, listing the commands', (name) => {
    runner.setInputs({ command: name });
    expect(thrown(commandInput)).toMatchObject({ input: 'command', message: expect.stringContaining('sign, inspect, verify') });
  });
});

describe('#failureMessage', () => {
  const names = { references: 'tags', 'signer-public-keys': 'signer-public-key', passphrase: 'signer-key-passphrase' };

  it.each([
    ['an input error', new InputError('references', 'no image reference given'), 'tags: no image reference given'],
    ['a key error', new KeyError('passphrase', 'too short'), 'signer-key-passphrase: too short'],
    ['an indexed input', new InputError('signer-public-keys[1]', 'not a key'), 'signer-public-key[1]: not a key'],
    ['an input the action names alike', new InputError('signer-name', 'bad name'), 'signer-name: bad name'],
    ['another error', new DctError('NOT_FOUND', 'references: not found'), 'references: not found'],
    ['a non-error', 'references: thrown string', 'references: thrown string'],
  ])('names the action input of %s', (_, err, expected) => {
    expect(failureMessage(err, names)).toBe(expected);
  });
});

describe('#run', () => {
  const runner = useRunnerEnv();

  it('masks every secret input before refusing a wrong command', async () => {
    runner.setInputs({ command: 'nope', 'repository-key': KEY, 'new-repository-key-passphrase': 'hunter22', password: 'pw-secret' });
    await run();
    expect(runner.stdout.masks()).toEqual(expect.arrayContaining([...KEY_LINES, 'hunter22', 'pw-secret']));
    const maskAt = runner.stdout.lines.findIndex((l) => l.startsWith('::add-mask::'));
    const errorAt = runner.stdout.lines.findIndex((l) => l.startsWith('::error::'));
    expect(maskAt).toBeLessThan(errorAt);
    expect(runner.stdout.errors()).toEqual([expect.stringContaining('command: "nope" is not a command')]);
    expect(process.exitCode).toBe(1);
  });

  it('fails with one error naming the action input, with no output set', async () => {
    runner.setInputs({ command: 'inspect', tags: '' });
    await run();
    expect(runner.stdout.errors()).toEqual(['tags: no image reference given; list registry/repository[:tag] references']);
    expect(runner.stdout.outputs()).toEqual({});
  });
});
