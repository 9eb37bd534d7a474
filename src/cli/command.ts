// What a subcommand is, and what the dispatcher hands it. Each command is
// one file (sign-command.ts, inspect-command.ts, ...) and one entry in
// commands.ts: it parses its flags, calls one operation and prints.

import type { CommandRunner } from '../operations/command-runner.ts';
import type { FlagSpec } from './flags.ts';
import type { Operations } from './operations.ts';
import type { Redactor } from './redactor.ts';

export interface CliContext {
  /** Writers that already mask secrets. */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** stdout without masking, for a secret the user asked to see (key-generate --base64). */
  readonly stdoutUnmasked: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly readStdin: () => Promise<string>;
  readonly runner: CommandRunner;
  readonly redactor: Redactor;
  /** The operations, injectable so tests can check what a command line turns into. */
  readonly operations: Operations;
}

export interface Command {
  readonly name: string;
  /** One line for `dct-sign --help`. */
  readonly summary: string;
  help(): string;
  /** Its flags: a core input (docs/commands.md) is given by the flag of its name, or by `--<name>-file` for a key. */
  readonly flags: readonly FlagSpec[];
  /** What its arguments are called in the help (REFERENCE, REPOSITORY): they give the core's `tags`. */
  readonly operand?: string;
  /** Returns the exit code; throws DctError (or UsageError) on failure. */
  run(args: readonly string[], cli: CliContext): Promise<number>;
}
