// The GitHub Action: mask every secret input, pick the command, run it.
// Every failure ends in the one catch of run(), as one error annotation.

import * as core from '@actions/core';
import { errorMessage, InputError, KeyError } from '../errors.ts';
import { COMMANDS, DEFAULT_COMMAND, type ActionCommand } from './commands/index.ts';
import { maskSecretInputs } from './secrets.ts';

export function commandInput(): ActionCommand {
  const name = core.getInput('command') || DEFAULT_COMMAND;
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new InputError('command', `"${name}" is not a command; use one of ${Object.keys(COMMANDS).join(', ')}`);
  return command;
}

/** The error's message, naming inputs as action.yml does where the core calls them otherwise. */
export function failureMessage(err: unknown, inputNames: Readonly<Record<string, string>> = {}): string {
  const message = errorMessage(err);
  if (!(err instanceof InputError || err instanceof KeyError)) return message;
  const [, base, index = ''] = /^(.*?)(\[\d+\])?$/.exec(err.input)!;
  const renamed = inputNames[base!];
  const prefix = `${err.input}: `;
  if (renamed === undefined || !message.startsWith(prefix)) return message;
  return `${renamed}${index}: ${message.slice(prefix.length)}`;
}

export async function run(): Promise<void> {
  let command: ActionCommand | undefined;
  try {
    maskSecretInputs();
    command = commandInput();
    await command.run();
  } catch (err) {
    if (err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(failureMessage(err, command?.inputNames));
  }
}
