// The shape of the task's commands (task.json's `command` input). Each one
// reads its inputs, calls one operation, sets its output variables, uploads
// a summary where one helps, and returns the message the task succeeds with;
// anything that fails throws, to the entry's one catch.

import type { TaskInputs } from './inputs.ts';

export interface CommandContext {
  /** Agent.TempDirectory (or the OS's): docker config, summaries, the default key directory. */
  readonly temp: string;
}

export type TaskCommand = (inputs: TaskInputs, context: CommandContext) => Promise<string>;
