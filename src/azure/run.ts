// The task's work: mask the secrets, then run the command task.json's
// `command` input names (sign by default). Returns the message the task
// completes with.

import { tmpdir } from 'node:os';
import * as tl from 'azure-pipelines-task-lib';
import { InputError } from '../errors.ts';
import type { TaskCommand } from './command.ts';
import { runInspect } from './commands/inspect.ts';
import { runKeyGenerate } from './commands/key-generate.ts';
import { runRefresh } from './commands/refresh.ts';
import { runRevoke } from './commands/revoke.ts';
import { runRotateKey } from './commands/rotate-key.ts';
import { runSignerAdd } from './commands/signer-add.ts';
import { runSignerRemove } from './commands/signer-remove.ts';
import { runSign } from './commands/sign.ts';
import { runVerify } from './commands/verify.ts';
import { TaskInputs } from './inputs.ts';

/** In the order of docs/commands.md and of task.json's pickList. */
export const COMMANDS: Readonly<Record<string, TaskCommand>> = {
  sign: runSign,
  inspect: runInspect,
  verify: runVerify,
  revoke: runRevoke,
  'signer-add': runSignerAdd,
  'signer-remove': runSignerRemove,
  'key-generate': runKeyGenerate,
  'rotate-key': runRotateKey,
  refresh: runRefresh,
};

export function readCommand(inputs: TaskInputs): TaskCommand {
  const name = inputs.string('command') ?? 'sign';
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new InputError('command', `unknown command "${name}"; choose one of ${Object.keys(COMMANDS).join(', ')}`);
  return command;
}

export async function run(): Promise<string> {
  const inputs = TaskInputs.read();
  const command = readCommand(inputs);
  return command(inputs, { temp: tl.getVariable('Agent.TempDirectory') || tmpdir() });
}
