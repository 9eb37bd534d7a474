// The CLI's CommandRunner: node's child_process. The child's stdout and
// stderr both go to our stderr as they arrive, so a person sees docker push
// progress while stdout stays reserved for the result; both are also kept
// for the caller.

import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { DctError } from '../errors.ts';
import type { CommandResult, CommandRunner } from '../operations/command-runner.ts';

export interface ProcessRunnerOptions {
  /** Where the child's output is echoed; our stderr by default. */
  readonly echo?: (chunk: Buffer) => void;
}

export class ProcessRunner implements CommandRunner {
  readonly #echo: (chunk: Buffer) => void;

  constructor(options: ProcessRunnerOptions = {}) {
    this.#echo = options.echo ?? ((chunk) => process.stderr.write(chunk));
  }

  run(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<CommandResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      const collect = (into: Buffer[]) => (chunk: Buffer) => {
        into.push(chunk);
        this.#echo(chunk);
      };
      child.stdout.on('data', collect(stdout));
      child.stderr.on('data', collect(stderr));
      child.on('error', (err: NodeJS.ErrnoException) => {
        const message =
          err.code === 'ENOENT'
            ? `${command} was not found on PATH; install the docker CLI, or push the image yourself and pass --no-push`
            : `${command} could not be started: ${err.message}`;
        reject(new DctError('COMMAND', message, { cause: err }));
      });
      child.on('close', (code, signal) => {
        const signalNumber = signal ? (constants.signals[signal] ?? 0) : 0;
        resolve({
          exitCode: code ?? 128 + signalNumber,
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8'),
        });
      });
    });
  }
}
