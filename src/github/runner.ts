// Runs docker through @actions/exec, which finds the command on PATH the
// runner's way and streams its output live into the step log, with the
// runner's command processing stopped: a registry's error text must not be
// able to mask, fail or set anything on our behalf.

import { getExecOutput } from '@actions/exec';
import type { CommandResult, CommandRunner } from '../operations/command-runner.ts';
import { whileCommandsStopped } from './plain-text.ts';

/** exec wants every variable to be a string; unset ones are dropped. */
function definedEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined) out[name] = value;
  return out;
}

export const actionsRunner: CommandRunner = {
  async run(command, args, options = {}): Promise<CommandResult> {
    const { exitCode, stdout, stderr } = await whileCommandsStopped((outStream) =>
      getExecOutput(command, [...args], {
        ignoreReturnCode: true,
        // exec writes the child's stderr there too, unless failOnStdErr.
        outStream,
        ...(options.env ? { env: definedEnv(options.env) } : {}),
      }),
    );
    return { exitCode, stdout, stderr };
  },
};
