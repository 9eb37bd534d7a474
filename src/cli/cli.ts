// The CLI's dispatcher and its one catch: picks the subcommand, turns any
// error into `dct-sign: error: <message>` on stderr and an exit code
// (2 for a wrong command line, 1 for a failed operation), and masks secrets
// in everything written.

import { DctError, InputError, KeyError, errorMessage } from '../errors.ts';
import type { CommandRunner } from '../operations/command-runner.ts';
import { INPUT_NAMES } from '../operations/input-names.ts';
import type { CliContext, Command } from './command.ts';
import { COMMANDS, findCommand } from './commands.ts';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './exit-codes.ts';
import { topLevelHelp } from './help.ts';
import { OPERATIONS, type Operations } from './operations.ts';
import { ProcessRunner } from './process-runner.ts';
import { Redactor } from './redactor.ts';
import { UsageError } from './usage-error.ts';

export { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './exit-codes.ts';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly readStdin: () => Promise<string>;
  readonly runner?: CommandRunner;
  /** Fakes for some operations, in tests. */
  readonly operations?: Partial<Operations>;
}

/**
 * The flag (or argument) that gives a core input, if the command line has
 * one: the core names inputs as docs/commands.md does, and the flags have
 * those names; a key's first flag is `--<name>-file`, and `tags` are the
 * command's arguments.
 */
function flagOfInput(input: string, command: Command | undefined): string | undefined {
  const name = input.replace(/\[\d+\]$/, '');
  if (name === 'tags') return command?.operand;
  const flags = new Set(command?.flags.map((f) => f.name));
  if (flags.has(`${name}-file`)) return `--${name}-file`;
  return flags.has(name) ? `--${name}` : undefined;
}

const NAME = [...INPUT_NAMES].sort((a, b) => b.length - a.length).join('|');
/** A core message's "the root-key and repository-key inputs": where it has to name inputs in its text. */
const INPUTS_PHRASE = new RegExp(`\\bthe ((?:${NAME})(?: and (?:${NAME}))*) inputs?\\b`, 'g');

/** A core message with the inputs its text names given as the command's flags, where it has them all. */
function inFlagWords(message: string, command: Command | undefined): string {
  return message.replace(INPUTS_PHRASE, (phrase, names: string) => {
    const flags = names.split(' and ').map((name) => flagOfInput(name, command));
    return flags.every((f) => f !== undefined) ? flags.join(' and ') : phrase;
  });
}

interface Failure {
  readonly message: string;
  readonly exitCode: number;
  readonly command?: string | undefined;
}

function describeFailure(err: unknown, command: Command | undefined): Failure {
  if (err instanceof UsageError) return { message: err.message, exitCode: EXIT_USAGE, command: err.command };
  if (err instanceof InputError) {
    const flag = flagOfInput(err.input, command);
    if (flag !== undefined) {
      const message = inFlagWords(err.message.slice(err.input.length + 2), command);
      return { message: `${flag}: ${message}`, exitCode: EXIT_USAGE, command: command?.name };
    }
    // A flag named by the CLI itself (e.g. --trust-server-ca), or not a flag at all (docker config).
    const exitCode = err.input.startsWith('--') ? EXIT_USAGE : EXIT_FAILED;
    return { message: inFlagWords(err.message, command), exitCode, command: command?.name };
  }
  if (err instanceof KeyError) {
    // A key the core names by its input (signer-public-key[1]); keys the CLI read are named by their flag already.
    const flag = flagOfInput(err.input, command);
    const message = flag !== undefined ? `${flag}: ${err.message.slice(err.input.length + 2)}` : err.message;
    return { message: inFlagWords(message, command), exitCode: EXIT_FAILED };
  }
  if (err instanceof DctError) return { message: inFlagWords(err.message, command), exitCode: EXIT_FAILED };
  return { message: `unexpected failure: ${errorMessage(err)}`, exitCode: EXIT_FAILED };
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const redactor = new Redactor();
  const cli: CliContext = {
    stdout: (text) => io.stdout(redactor.redact(text)),
    stderr: (text) => io.stderr(redactor.redact(text)),
    stdoutUnmasked: (text) => io.stdout(text),
    env: io.env,
    readStdin: io.readStdin,
    runner: io.runner ?? new ProcessRunner(),
    redactor,
    operations: { ...OPERATIONS, ...io.operations },
  };
  const [first, ...rest] = argv;
  let current: Command | undefined;
  try {
    if (first === undefined) {
      cli.stderr(topLevelHelp(COMMANDS));
      return EXIT_USAGE;
    }
    if (first === '-h' || first === '--help') {
      cli.stdout(topLevelHelp(COMMANDS));
      return EXIT_OK;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic === undefined) {
        cli.stdout(topLevelHelp(COMMANDS));
        return EXIT_OK;
      }
      const command = findCommand(topic);
      if (!command) throw new UsageError(topic, `unknown command; the commands are: ${COMMANDS.map((c) => c.name).join(', ')}`);
      cli.stdout(command.help());
      return EXIT_OK;
    }
    const command = findCommand(first);
    if (!command) {
      const what = first.startsWith('-') ? 'give a command first' : 'unknown command';
      throw new UsageError(first, `${what}; the commands are: ${COMMANDS.map((c) => c.name).join(', ')}`);
    }
    current = command;
    // Help wins over everything else on the line, even flags that would not parse.
    const beforeDashes = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (beforeDashes.includes('-h') || beforeDashes.includes('--help')) {
      cli.stdout(command.help());
      return EXIT_OK;
    }
    return await command.run(rest, cli);
  } catch (err) {
    const failure = describeFailure(err, current);
    cli.stderr(`dct-sign: error: ${failure.message}\n`);
    if (failure.exitCode === EXIT_USAGE) {
      const helpCommand = failure.command ? `dct-sign ${failure.command} --help` : 'dct-sign --help';
      cli.stderr(`Run \`${helpCommand}\` for usage.\n`);
    }
    // Not a DctError: a bug, whose stack is worth reporting.
    if (!(err instanceof DctError) && err instanceof Error && err.stack) cli.stderr(`${err.stack}\n`);
    return failure.exitCode;
  }
}
