// The action's inputs, read once into a typed Inputs object. Every secret
// input is masked before anything else is read or parsed, so that no error
// or log line written afterwards can show it.

import * as core from '@actions/core';
import { InputError } from '../errors.ts';
import { pemTextOrFile, splitList, type KeyInput } from '../operations/inputs.ts';
import type { SignOptions } from '../operations/sign.ts';
import { maskKey, maskSecret } from './secrets.ts';

export interface Inputs {
  readonly tags: readonly string[];
  readonly push: boolean;
  readonly signerKey: KeyInput;
  readonly signerName: string | undefined;
  readonly trustServer: string | undefined;
  /** PEM text, read from the file when a path was given. */
  readonly trustServerCa: string | undefined;
  readonly trustPin: string | undefined;
  readonly username: string | undefined;
  readonly password: string | undefined;
  readonly rootKey: KeyInput | undefined;
  readonly repositoryKey: KeyInput | undefined;
}

const KEY_INPUTS = ['signer-key', 'root-key', 'repository-key'] as const;
const SECRET_INPUTS = [
  'signer-key-passphrase',
  'root-key-passphrase',
  'repository-key-passphrase',
  'password',
] as const;

/** Passphrases and passwords are taken as given: spaces may be part of them. */
function secretInput(name: string): string {
  return core.getInput(name, { trimWhitespace: false });
}

function optional(name: string): string | undefined {
  return core.getInput(name) || undefined;
}

const BOOLEANS = ['true', 'True', 'TRUE', 'false', 'False', 'FALSE'];

/** The runner always passes the default from action.yml; run by hand, an empty value means the default. */
function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name);
  if (value === '') return fallback;
  if (!BOOLEANS.includes(value)) throw new InputError(name, `give true or false, not "${value}"`);
  return core.getBooleanInput(name);
}

function keyInput(name: string, text: string): KeyInput | undefined {
  if (text.trim() === '') return undefined;
  return { text, input: name, passphrase: secretInput(`${name}-passphrase`), passphraseInput: `${name}-passphrase` };
}

export function getInputs(): Inputs {
  // 1. Mask first.
  const keys = new Map(KEY_INPUTS.map((name) => [name, core.getInput(name)]));
  for (const text of keys.values()) if (text !== '') maskKey(text);
  for (const name of SECRET_INPUTS) {
    const value = secretInput(name);
    if (value !== '') maskSecret(value);
  }

  // 2. Then parse.
  const signerKey = keyInput('signer-key', keys.get('signer-key')!);
  if (signerKey === undefined) {
    throw new InputError(
      'signer-key',
      'give the private key of the signer (the PEM file `docker trust key generate` wrote, or its base64), from a secret',
    );
  }
  const trustServerCa = optional('trust-server-ca');
  return {
    tags: splitList(core.getInput('tags')),
    push: booleanInput('push', true),
    signerKey,
    signerName: optional('signer-name'),
    trustServer: optional('trust-server'),
    trustServerCa: trustServerCa === undefined ? undefined : pemTextOrFile(trustServerCa, 'trust-server-ca'),
    trustPin: optional('trust-pin'),
    username: optional('username'),
    password: secretInput('password') || undefined,
    rootKey: keyInput('root-key', keys.get('root-key')!),
    repositoryKey: keyInput('repository-key', keys.get('repository-key')!),
  };
}

/** The sign operation's options for these inputs; the platform parts are added by main. */
export function signOptions(inputs: Inputs): Omit<SignOptions, 'runner'> {
  return {
    references: inputs.tags,
    push: inputs.push,
    signerKey: inputs.signerKey,
    signerName: inputs.signerName,
    trustServer: inputs.trustServer,
    trustServerCa: inputs.trustServerCa,
    trustPin: inputs.trustPin,
    username: inputs.username,
    password: inputs.password,
    rootKey: inputs.rootKey,
    repositoryKey: inputs.repositoryKey,
  };
}
