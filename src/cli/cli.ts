// The CLI's dispatcher and its one catch: picks the subcommand, turns any
// error into `dct-sign: error: <message>` on stderr and an exit code
// (2 for a wrong command line, 1 for a failed operation), and masks secrets
// in everything written.

import { DctError, InputError, errorMessage } from '../errors.ts';
import type { CommandRunner } from '../operations/command-runner.ts';
import { sign as signOperation, type SignOptions, type SignResult } from '../operations/sign.ts';
import type { CliContext } from './command.ts';
import { COMMANDS, findCommand } from './commands.ts';
import { topLevelHelp } from './help.ts';
import { ProcessRunner } from './process-runner.ts';
import { Redactor } from './redactor.ts';
import { UsageError } from './usage-error.ts';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly readStdin: () => Promise<string>;
  readonly runner?: CommandRunner;
  readonly sign?: (options: SignOptions) => Promise<SignResult>;
}

/** The core names inputs as the GitHub action does; the CLI user knows flags. */
const FLAG_OF_INPUT: Readonly<Record<string, string>> = {
  tags: 'REFERENCE',
  'signer-name': '--signer-name',
  'trust-server': '--trust-server',
  'trust server': '--trust-server',
  'trust-pin': '--trust-pin',
  username: '--username',
  password: '--password',
  'root-key': '--root-key-file',
  'repository-key': '--repository-key-file',
};

/** Phrases of core messages written for the action's inputs, in flag words. */
const FLAG_WORDING: readonly (readonly [string, string])[] = [
  ['the root-key and repository-key inputs', '--root-key-file and --repository-key-file'],
];

function inFlagWords(message: string): string {
  return FLAG_WORDING.reduce((m, [from, to]) => m.split(from).join(to), message);
}

interface Failure {
  readonly message: string;
  readonly exitCode: number;
  readonly command?: string | undefined;
}

function describeFailure(err: unknown, command: string | undefined): Failure {
  if (err instanceof UsageError) return { message: err.message, exitCode: EXIT_USAGE, command: err.command };
  if (err instanceof InputError) {
    const flag = FLAG_OF_INPUT[err.input];
    if (flag !== undefined) {
      return { message: `${flag}: ${err.message.slice(err.input.length + 2)}`, exitCode: EXIT_USAGE, command };
    }
    // A flag named by the CLI itself (e.g. --trust-server-ca), or not a flag at all (docker config).
    return { message: err.message, exitCode: err.input.startsWith('--') ? EXIT_USAGE : EXIT_FAILED, command };
  }
  if (err instanceof DctError) return { message: inFlagWords(err.message), exitCode: EXIT_FAILED };
  return { message: `unexpected failure: ${errorMessage(err)}`, exitCode: EXIT_FAILED };
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const redactor = new Redactor();
  const cli: CliContext = {
    stdout: (text) => io.stdout(redactor.redact(text)),
    stderr: (text) => io.stderr(redactor.redact(text)),
    env: io.env,
    readStdin: io.readStdin,
    runner: io.runner ?? new ProcessRunner(),
    redactor,
    sign: io.sign ?? signOperation,
  };
  const [first, ...rest] = argv;
  let commandName: string | undefined;
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
    commandName = command.name;
    // Help wins over everything else on the line, even flags that would not parse.
    const beforeDashes = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (beforeDashes.includes('-h') || beforeDashes.includes('--help')) {
      cli.stdout(command.help());
      return EXIT_OK;
    }
    return await command.run(rest, cli);
  } catch (err) {
    const failure = describeFailure(err, commandName);
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
