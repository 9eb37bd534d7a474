// The action's run: secrets masked first, the command picked from the
// dispatch table, and every failure one error naming the action's inputs.

import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/github/commands/index.ts';
import { commandInput, run } from '../../src/github/run.ts';
import { fixture, FIXTURE_KEYS } from '../keys/support.ts';
import { useRunnerEnv } from './support/runner-env.ts';
import { thrown } from './support/thrown.ts';

const KEY = fixture(FIXTURE_KEYS.dockerAlice.file).trim();
const PASSPHRASE = FIXTURE_KEYS.dockerAlice.passphrase;
const PUB = fixture('docker-alice.pub').trim();
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

describe('#run when the core refuses an input', () => {
  const runner = useRunnerEnv();
  const repositoryKey = { 'repository-key': KEY, 'repository-key-passphrase': PASSPHRASE };

  // The core names inputs as action.yml does; these fail before any request.
  it.each([
    ['inspect', { tags: 'r.io/app:!' }, /^tags: r\.io\/app:!: /],
    ['signer-remove', { tags: 'r.io/app:1', 'signer-name': 'ci', ...repositoryKey }, /^tags: r\.io\/app:1: give the repository without a tag/],
    ['rotate-key', { tags: 'r.io/app', 'key-role': 'root' }, /^key-role: cannot rotate "root"/],
    [
      'signer-add',
      { tags: 'r.io/app', 'signer-name': 'ci', 'signer-public-key': `${PUB}\n${KEY}`, ...repositoryKey },
      /^signer-public-key\[1\]: /,
    ],
    ['key-generate', { 'signer-name': 'ci', 'signer-key-passphrase': 'short' }, /^signer-key-passphrase: use at least 8 characters/],
  ])('%s fails naming the action input', async (command, inputs, message) => {
    runner.setInputs({ command, ...inputs });
    await run();
    expect(runner.stdout.errors()).toEqual([expect.stringMatching(message)]);
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
