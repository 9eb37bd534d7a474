// Runs docker for the sign operation through task-lib's tool runner, so the
// command line and its output stream into the build log as they come. Output
// is filtered for `##vso[` markers (task-lib's externalOutput filter, the same
// rewrite to `##_vso[` as plain-text.ts does for our own text): a registry's
// error text must not be able to set variables or fail the task on our behalf.

import * as tl from 'azure-pipelines-task-lib';
import type { CommandResult, CommandRunner } from '../operations/command-runner.ts';

export class TaskCommandRunner implements CommandRunner {
  async run(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<CommandResult> {
    const tool = tl.tool(tl.which(command, true)).arg([...args]);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    tool.on('stdout', (data: Buffer) => stdout.push(data));
    tool.on('stderr', (data: Buffer) => stderr.push(data));
    const exitCode = await tool.execAsync({
      ...(options.env ? { env: options.env } : {}),
      ignoreReturnCode: true,
      externalOutput: { source: 'childProcess' },
    });
    return {
      exitCode,
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
    };
  }
}
