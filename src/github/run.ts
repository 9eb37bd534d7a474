// The GitHub Action: mask every secret input, pick the command, run it.
// Every failure ends in the one catch of run(), as one error annotation.

import * as core from '@actions/core';
import { errorMessage, InputError } from '../errors.ts';
import { COMMANDS, DEFAULT_COMMAND, type ActionCommand } from './commands/index.ts';
import { maskSecretInputs } from './secrets.ts';

export function commandInput(): ActionCommand {
  const name = core.getInput('command') || DEFAULT_COMMAND;
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new InputError('command', `"${name}" is not a command; use one of ${Object.keys(COMMANDS).join(', ')}`);
  return command;
}

export async function run(): Promise<void> {
  try {
    maskSecretInputs();
    await commandInput().run();
  } catch (err) {
    if (err instanceof Error && err.stack) core.debug(err.stack);
    // The core names inputs as action.yml does: its message is the action's.
    core.setFailed(errorMessage(err));
  }
}
