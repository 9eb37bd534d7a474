// Reading the action's inputs, shared by the commands: each command parses
// its inputs once, through these helpers, into its operation's options.
// Secret inputs are masked by run() before any of this is called.

import * as core from '@actions/core';
import { InputError } from '../errors.ts';
import type { ConnectionOptions } from '../operations/connections.ts';
import { pemTextOrFile, splitList, type KeyInput } from '../operations/inputs.ts';

/** Passphrases and passwords are taken as given: spaces may be part of them. */
export function secretInput(name: string): string {
  return core.getInput(name, { trimWhitespace: false });
}

export function optionalInput(name: string): string | undefined {
  return core.getInput(name) || undefined;
}

/** An input the command cannot do without; `fix` says what to give. */
export function requiredInput(name: string, fix: string): string {
  const value = core.getInput(name);
  if (value === '') throw new InputError(name, fix);
  return value;
}

/** A list: newlines or commas, blanks dropped. */
export function listInput(name: string): string[] {
  return splitList(core.getInput(name));
}

const BOOLEANS = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'];

/** The runner always passes the default from action.yml; run by hand, an empty value means the default. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (!BOOLEANS.includes(value)) throw new InputError(name, `give true or false, not "${value}"`);
  return core.getBooleanInput(name);
}

/** One of `choices`; empty means `fallback`. */
export function choiceInput<const T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new InputError(name, `"${value}" is not one of ${choices.join(', ')}`);
  }
  return value as T;
}

/** A private key input with its `<name>-passphrase`; undefined when not given. */
export function keyInput(name: string): KeyInput | undefined {
  const text = core.getInput(name);
  if (text === '') return undefined;
  return { text, input: name, passphrase: secretInput(`${name}-passphrase`), passphraseInput: `${name}-passphrase` };
}

/** A private key input the command cannot do without. */
export function requiredKeyInput(name: string, fix: string): KeyInput {
  const key = keyInput(name);
  if (key === undefined) throw new InputError(name, fix);
  return key;
}

/** `tags` for the commands that work on one repository (`registry/repository`). */
export function repositoryInput(command: string): string {
  const [first, ...more] = listInput('tags');
  if (first === undefined) throw new InputError('tags', `give the repository (registry/repository) for ${command}`);
  if (more.length > 0) throw new InputError('tags', `${command} works on one repository; give one, not ${more.length + 1}`);
  return first;
}

/** A directory for key files: the input, else the runner's temp directory, else the working directory. */
export function keyDirectoryInput(): string {
  return optionalInput('key-directory') ?? (process.env.RUNNER_TEMP || process.cwd());
}

/** The connection inputs every command takes. */
export type ConnectionInputs = Pick<ConnectionOptions, 'trustServer' | 'trustServerCa' | 'trustPin' | 'username' | 'password'>;

/** How to reach and trust the registry and its trust server. */
export function connectionInputs(): ConnectionInputs {
  const trustServerCa = optionalInput('trust-server-ca');
  return {
    trustServer: optionalInput('trust-server'),
    trustServerCa: trustServerCa === undefined ? undefined : pemTextOrFile(trustServerCa, 'trust-server-ca'),
    trustPin: optionalInput('trust-pin'),
    username: optionalInput('username'),
    password: secretInput('password') || undefined,
  };
}
