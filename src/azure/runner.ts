// Runs docker for the sign operation through task-lib's tool runner, so the
// command line and its output stream into the build log as they come. Output
// is filtered for `##vso[` markers (task-lib's externalOutput filter, the same
// rewrite to `##_vso[` as plain-text.ts does for our own text): a registry's
// error text must not be able to set variables or fail the task on our behalf.

import * as tl from 'azure-pipelines-task-lib';
import type { CommandResult, CommandRunner, RunOptions } from '../operations/command-runner.ts';

export class TaskCommandRunner implements CommandRunner {
  async run(command: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const { signal } = options;
    if (signal?.aborted) throw signal.reason as Error;
    const tool = tl.tool(tl.which(command, true)).arg([...args]);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    tool.on('stdout', (data: Buffer) => stdout.push(data));
    tool.on('stderr', (data: Buffer) => stderr.push(data));
    const running = tool.execAsync({
      ...(options.env ? { env: options.env } : {}),
      ignoreReturnCode: true,
      externalOutput: { source: 'childProcess' },
    });
    // The tool runner can stop its child, not the child's own children.
    let onAbort = () => {};
    const stopped = new Promise<never>((_, reject) => {
      onAbort = () => {
        tool.killChildProcess('SIGKILL');
        reject(signal!.reason as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    running.catch(() => {});
    let exitCode: number;
    try {
      exitCode = await Promise.race([running, stopped]);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    return {
      exitCode,
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
    };
  }
}
