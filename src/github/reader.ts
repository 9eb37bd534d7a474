// Reading a command's inputs the action's way: core.getInput with
// action.yml's names; passphrases and passwords as given (spaces may be part
// of them). Every secret input of every command is masked by maskSecretInputs
// before anything is read.

import * as core from '@actions/core';
import { ALL_INPUTS } from '../commands/inputs.ts';
import { isSecretInput } from '../commands/secret-env.ts';
import { passphrasePieces, secretPieces } from '../keys/secret-pieces.ts';
import type { CommandInput, Login, SecretVariables } from '../commands/spec.ts';
import type { InputReader } from '../commands/values.ts';
import { InputError } from '../errors.ts';
import { splitList, type KeyInput } from '../operations/inputs.ts';
import { whenCommandsRun } from './plain-text.ts';

const BOOLEANS = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'];

/** What this run has registered with the runner already: each value is masked once. */
const masked = new Set<string>();

/** Starts a run: nothing registered yet (tests run the action many times in one process). */
export function startMasking(): void {
  masked.clear();
}

/** Registers a secret with the runner, once it runs commands again if a child's output has them stopped. */
function setSecret(piece: string): void {
  if (masked.has(piece)) return;
  masked.add(piece);
  whenCommandsRun(() => core.setSecret(piece));
}

/** A password or passphrase: the value, its trimmed form and each of its lines. */
export function maskSecret(value: string | undefined): void {
  for (const piece of passphrasePieces(value)) setSecret(piece);
}

/** Key text in any shape CI gives it (PEM, mangled PEM, base64 of PEM), or a key this run made. */
export function maskKey(text: string | undefined): void {
  for (const piece of secretPieces(text)) setSecret(piece);
}

const secretInput = (name: string) => core.getInput(name, { trimWhitespace: false });

/** Masks every secret input the action has, of any command; inputs not given are skipped. */
export function maskSecretInputs(): void {
  for (const input of ALL_INPUTS) {
    if (input.kind === 'key') maskKey(core.getInput(input.name));
    if (input.kind === 'secret') maskSecret(secretInput(input.name));
    if (input.kind === 'login') maskSecret(secretInput('password'));
  }
}

/** core.getInput's variable for an input: INPUT_ and the name with spaces as _, upper-cased (INPUT_SIGNER-KEY). */
const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** The variables the runner gives every secret input of every command in; children get none of them. */
export function secretInputVariables(): SecretVariables {
  const names = ALL_INPUTS.filter(isSecretInput).map((input) => (input.kind === 'login' ? 'password' : input.name));
  return { names: names.map(inputVariable) };
}

export const actionReader: InputReader = {
  text: (input) => core.getInput(input.name) || undefined,
  list: (input) => splitList(core.getInput(input.name)),
  boolean(input) {
    const value = core.getInput(input.name);
    if (value === '') return undefined;
    if (!BOOLEANS.includes(value)) throw new InputError(input.name, `give true or false, not "${value}"`);
    return core.getBooleanInput(input.name);
  },
  secret(input) {
    const value = secretInput(input.name);
    maskSecret(value);
    return value || undefined;
  },
  key(input: CommandInput, passphrase: CommandInput | undefined): KeyInput | undefined {
    const text = core.getInput(input.name);
    if (text === '') return undefined;
    maskKey(text);
    const pass = passphrase ? secretInput(passphrase.name) : '';
    return { text, input: input.name, passphrase: pass, passphraseInput: passphrase?.name };
  },
  async login(): Promise<Login | undefined> {
    const username = core.getInput('username') || undefined;
    const password = secretInput('password') || undefined;
    maskSecret(password);
    if ((username === undefined) !== (password === undefined)) {
      throw new InputError(username ? 'password' : 'username', 'give both username and password, or neither');
    }
    return username && password ? { username, password } : undefined;
  },
  name: (input) => (input === 'login' ? 'username and password' : input),
};
