// Runs docker for the Action: the command line, then its output, stream into
// the step log as they come, as @actions/exec shows them (the command found
// on PATH by @actions/io, as exec finds it). It spawns docker itself rather
// than through @actions/exec, which cannot stop a command: a docker push that
// hangs must end at the timeout input's deadline.

import { which } from '@actions/io';
import type { CommandResult, CommandRunner } from '../operations/command-runner.ts';
import { spawnCommand } from '../operations/spawn-command.ts';

export const actionsRunner: CommandRunner = {
  async run(command, args, options = {}): Promise<CommandResult> {
    const path = await which(command, true);
    process.stdout.write(`[command]${[path, ...args].join(' ')}\n`);
    return spawnCommand(path, args, {
      ...options,
      onStdout: (chunk) => process.stdout.write(chunk),
      onStderr: (chunk) => process.stderr.write(chunk),
    });
  },
};
