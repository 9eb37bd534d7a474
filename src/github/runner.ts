// Runs docker for the Action: the command line, then its output, stream into
// the step log as they come, as @actions/exec shows them. It spawns docker
// itself rather than through @actions/exec, which cannot stop a command: a
// docker push that hangs must end at the timeout input's deadline.

import { DctError } from '../errors.ts';
import type { CommandResult, CommandRunner } from '../operations/command-runner.ts';
import { spawnCommand } from '../operations/spawn-command.ts';

export const actionsRunner: CommandRunner = {
  async run(command, args, options = {}): Promise<CommandResult> {
    process.stdout.write(`[command]${[command, ...args].join(' ')}\n`);
    try {
      return await spawnCommand(command, args, {
        ...options,
        onStdout: (chunk) => process.stdout.write(chunk),
        onStderr: (chunk) => process.stderr.write(chunk),
      });
    } catch (err) {
      if (options.signal?.aborted && err === options.signal.reason) throw err;
      const message =
        (err as NodeJS.ErrnoException).code === 'ENOENT'
          ? `${command} was not found on PATH; install the docker CLI, or push the image yourself and set push to false`
          : `${command} could not be started: ${(err as Error).message}`;
      throw new DctError('COMMAND', message, { cause: err });
    }
  },
};
