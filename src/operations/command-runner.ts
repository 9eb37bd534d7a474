// How the core runs an external command (docker push). Each entrypoint hands
// in its platform's runner (node's child_process for the CLI and the Action,
// the task-lib tool runner for Azure) so that output lands in the build log
// the platform's way.

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  /**
   * The command's deadline: when it aborts, the runner kills the command (and
   * its process group, where the platform lets it) and rejects with
   * `signal.reason` at once, without waiting for the command to end.
   */
  readonly signal?: AbortSignal;
}

export interface CommandRunner {
  run(command: string, args: readonly string[], options?: RunOptions): Promise<CommandResult>;
}
