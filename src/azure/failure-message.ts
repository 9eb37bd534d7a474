// The message a failed task ends with. The core names inputs the way the
// GitHub action spells them (signer-name); the task's inputs are camelCase
// (signerName), so an input error's leading name is translated.

import { errorMessage, InputError } from '../errors.ts';

const CONNECTION_INPUTS = new Set(['username', 'password']);

function taskInputName(input: string): string {
  if (CONNECTION_INPUTS.has(input)) return 'dockerRegistryServiceConnection';
  return input.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function failureMessage(err: unknown): string {
  const message = errorMessage(err);
  if (err instanceof InputError && message.startsWith(`${err.input}: `)) {
    return `${taskInputName(err.input)}: ${message.slice(err.input.length + 2)}`;
  }
  return message;
}
