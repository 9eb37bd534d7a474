// The message a failed task ends with. The core names inputs the way the
// GitHub action spells them (signer-name), or by what they are (references,
// name); the task's inputs are camelCase (signerName, tags). An input error's
// leading name is translated, and so are action input names in the text.

import { errorMessage, InputError } from '../errors.ts';
import { CONNECTION_INPUT } from './constants.ts';

/** Core names that are not the camelCase of a task input. */
const TASK_INPUTS: Readonly<Record<string, string>> = {
  username: CONNECTION_INPUT,
  password: CONNECTION_INPUT,
  references: 'tags',
  repositories: 'tags',
  repository: 'tags',
  role: 'keyRole',
  name: 'signerName',
  passphrase: 'signerKeyPassphrase',
  directory: 'keyDirectory',
  'signer-public-keys': 'signerPublicKey',
};

/** The action's input names (docs/commands.md), as they may appear inside a message, longest first. */
const ACTION_INPUTS = [
  'new-repository-key-passphrase',
  'repository-key-passphrase',
  'signer-key-passphrase',
  'root-key-passphrase',
  'new-repository-key',
  'signer-public-keys',
  'signer-public-key',
  'required-signers',
  'expiring-within',
  'trust-server-ca',
  'old-signer-key',
  'repository-key',
  'signer-policy',
  'key-directory',
  'trust-server',
  'signer-name',
  'signer-key',
  'trust-pin',
  'root-key',
  'key-role',
];
// Not inside a word, a path or a host name: `/tmp/signer-key.pem` stays as it is.
const ACTION_INPUT = new RegExp(`(?<![\\w./\\\\-])(${ACTION_INPUTS.join('|')})(?![\\w-]|\\.\\w)`, 'g');

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** `signer-public-keys[1]` → `signerPublicKey[1]`. */
export function taskInputName(input: string): string {
  const [, base = input, index = ''] = /^(.*?)(\[\d+\])?$/.exec(input) ?? [];
  return (TASK_INPUTS[base] ?? camelCase(base)) + index;
}

export function failureMessage(err: unknown): string {
  let message = errorMessage(err);
  if (err instanceof InputError && message.startsWith(`${err.input}: `)) {
    message = `${taskInputName(err.input)}: ${message.slice(err.input.length + 2)}`;
  }
  return message.replace(ACTION_INPUT, (name) => taskInputName(name));
}
