// The CLI's CommandRunner: node's child_process. The child's stdout and
// stderr both go to our stderr as they arrive, so a person sees docker push
// progress while stdout stays reserved for the result; both are also kept
// for the caller. node:child_process is loaded on the first run: most
// commands never start one, and loading it costs a new process milliseconds
// before its first connection.

import { DctError } from '../errors.ts';
import type { CommandResult, CommandRunner, RunOptions } from '../operations/command-runner.ts';

export interface ProcessRunnerOptions {
  /** Where the child's output is echoed; our stderr by default. */
  readonly echo?: (chunk: Buffer) => void;
}

export class ProcessRunner implements CommandRunner {
  readonly #echo: (chunk: Buffer) => void;

  constructor(options: ProcessRunnerOptions = {}) {
    this.#echo = options.echo ?? ((chunk) => process.stderr.write(chunk));
  }

  async run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const { spawnCommand } = await import('../operations/spawn-command.ts');
    try {
      return await spawnCommand(command, args, { ...options, onStdout: this.#echo, onStderr: this.#echo });
    } catch (err) {
      if (options.signal?.aborted && err === options.signal.reason) throw err;
      const message =
        (err as NodeJS.ErrnoException).code === 'ENOENT'
          ? `${command} was not found on PATH; install the docker CLI, or push the image yourself and pass --no-push`
          : `${command} could not be started: ${(err as Error).message}`;
      throw new DctError('COMMAND', message, { cause: err });
    }
  }
}
