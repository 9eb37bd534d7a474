// What a subcommand is, and what the dispatcher hands it. New commands
// (inspect, verify, revoke, signer-add, ...) are one more entry in
// commands.ts with their own file, like sign-command.ts.

import type { CommandRunner } from '../operations/command-runner.ts';
import type { SignOptions, SignResult } from '../operations/sign.ts';
import type { Redactor } from './redactor.ts';

export interface CliContext {
  /** Writers that already mask secrets. */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly readStdin: () => Promise<string>;
  readonly runner: CommandRunner;
  readonly redactor: Redactor;
  /** The operations, injectable so tests can check what a command line turns into. */
  readonly sign: (options: SignOptions) => Promise<SignResult>;
}

export interface Command {
  readonly name: string;
  /** One line for `dct-sign --help`. */
  readonly summary: string;
  help(): string;
  /** Returns the exit code; throws DctError (or UsageError) on failure. */
  run(args: readonly string[], cli: CliContext): Promise<number>;
}
