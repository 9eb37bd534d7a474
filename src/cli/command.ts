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
  /** Its flags, for error messages that name a core input the flag of the same name gives. */
  readonly flags: readonly FlagSpec[];
  /**
   * The core's names of inputs (as the action names them, or the
   * operation's own, e.g. `name`) and the flag or argument that gives each,
   * for error messages; the dispatcher knows the common ones.
   */
  readonly inputFlags?: Readonly<Record<string, string>>;
  /** Returns the exit code; throws DctError (or UsageError) on failure. */
  run(args: readonly string[], cli: CliContext): Promise<number>;
}
