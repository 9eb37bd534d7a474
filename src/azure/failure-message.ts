// The message a failed task ends with. The core names inputs as
// docs/commands.md does, in kebab-case (signer-name); the task's inputs are
// their camelCase (signerName), and the service connection stands for the
// username and password. An input error's leading name is translated, and so
// are input names in the text.

import { errorMessage, InputError } from '../errors.ts';
import { INPUT_NAMES, inputNamePattern } from '../commands/input-names.ts';
import { camelCase, CONNECTION_INPUT } from './names.ts';

/** Inputs the task has under another name than the camelCase of the core's. */
const TASK_INPUTS: Readonly<Record<string, string>> = {
  username: CONNECTION_INPUT,
  password: CONNECTION_INPUT,
  login: CONNECTION_INPUT,
};

/** Names that camelCase changes; the others read the same in the task. */
const KEBAB_INPUT = inputNamePattern(INPUT_NAMES.filter((name) => name.includes('-')));

/** `signer-public-key[1]` → `signerPublicKey[1]`. */
export function taskInputName(input: string): string {
  const [, base = input, index = ''] = /^(.*?)(\[\d+\])?$/.exec(input) ?? [];
  return (TASK_INPUTS[base] ?? camelCase(base)) + index;
}

export function failureMessage(err: unknown): string {
  let message = errorMessage(err);
  if (err instanceof InputError && message.startsWith(`${err.input}: `)) {
    message = `${taskInputName(err.input)}: ${message.slice(err.input.length + 2)}`;
  }
  return message.replace(KEBAB_INPUT, (name) => taskInputName(name));
}
