// Runs docker for the Action: the command line, then its output, stream into
// the step log as they come, as @actions/exec shows them (the command found
// on PATH by @actions/io, as exec finds it), with the runner's command
// processing stopped: a registry's error text must not be able to mask, fail
// or set anything on our behalf. It spawns docker itself rather than through
// @actions/exec, which cannot stop a command: a docker push that hangs must
// end at the timeout input's deadline.

import { which } from '@actions/io';
import type { CommandResult, CommandRunner } from '../operations/command-runner.ts';
import { spawnCommand } from '../operations/spawn-command.ts';
import { whileCommandsStopped } from './plain-text.ts';

export const actionsRunner: CommandRunner = {
  async run(command, args, options = {}): Promise<CommandResult> {
    const path = await which(command, true);
    return whileCommandsStopped((out) => {
      out.write(`[command]${[path, ...args].join(' ')}\n`);
      // Both streams go through the stopped log: the runner reads commands on stderr too.
      const write = (chunk: Buffer) => void out.write(chunk);
      return spawnCommand(path, args, { ...options, onStdout: write, onStderr: write });
    });
  },
};
