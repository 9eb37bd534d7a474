// How the core runs an external command (docker push). Each entrypoint hands
// in its platform's runner (@actions/exec, the task-lib tool runner, or
// node's child_process for the CLI) so that output lands in the build log
// the platform's way.

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CommandRunner {
  run(command: string, args: readonly string[], options?: { env?: NodeJS.ProcessEnv }): Promise<CommandResult>;
}
