// The CLI's dispatcher and its one catch: picks the command's spec, parses
// its flags, reads its inputs (a wrong command line exits with 2), runs it
// and prints the result: text on stdout, or --json; progress and warnings on
// stderr. Any error becomes `dct-sign: error: <message>` on stderr and an
// exit code (2 for a wrong command line, 1 for a failed operation); secrets
// are masked in everything written.

import { tmpdir } from 'node:os';
import { INPUT_NAMES } from '../commands/input-names.ts';
import { ALL_INPUTS } from '../commands/inputs.ts';
import { COMMAND_NAMES, COMMANDS, findCommand } from '../commands/registry.ts';
import { runCommand, type Operation } from '../commands/run.ts';
import type { AnyCommandSpec, CommandInput, View } from '../commands/spec.ts';
import { readInputs } from '../commands/values.ts';
import { json } from '../commands/format.ts';
import { DctError, InputError, KeyError, errorMessage } from '../errors.ts';
import type { CommandRunner } from '../operations/command-runner.ts';
import { VERSION } from '../version.ts';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './exit-codes.ts';
import { earlyConnections, TRUST_READ_CONNECTIONS } from './early-connections.ts';
import { allFlags, operandOf } from './flags.ts';
import { commandHelp, topLevelHelp } from './help.ts';
import { parseFlags } from './parse-flags.ts';
import { ProcessRunner } from './process-runner.ts';
import { CliReader } from './reader.ts';
import { Redactor } from './redactor.ts';
import { outputLevel, stderrLogger } from './stderr-logger.ts';
import { UsageError } from './usage-error.ts';

export { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './exit-codes.ts';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly readStdin: () => Promise<string>;
  readonly runner?: CommandRunner;
  /** Opens `count` TCP connections early (http/preconnect.ts); only the process entry gives it. */
  readonly preconnect?: (url: URL, count: number) => void;
  /** Fakes for some operations, by command name, in tests. */
  readonly operations?: Readonly<Record<string, Operation>>;
}

/**
 * The flag (or argument) that gives an input, if the command has one: the
 * core names inputs by the spec's names; a key's first flag is
 * `--<name>-file`, a login's `--username`, and the operand input is the
 * command's arguments.
 */
function flagOfInput(input: string, spec: AnyCommandSpec | undefined): string | undefined {
  const name = input.replace(/\[\d+\]$/, '');
  const operand = spec && operandOf(spec);
  if (operand && name === operand.name && operand.kind === 'list') return operand.operand;
  const flags = new Set(spec ? allFlags(spec).map((f) => f.name) : []);
  if (flags.has(`${name}-file`)) return `--${name}-file`;
  return flags.has(name) ? `--${name}` : undefined;
}

const NAME = [...INPUT_NAMES].sort((a, b) => b.length - a.length).join('|');
/** A core message's "the root-key and repository-key inputs" (or "the a, b and c inputs"): where it has to name inputs in its text. */
const INPUTS_PHRASE = new RegExp(`\\bthe ((?:${NAME})(?:(?:, | and )(?:${NAME}))*) inputs?\\b`, 'g');

/** A core message with the inputs its text names given as the command's flags, where it has them all. */
function inFlagWords(message: string, spec: AnyCommandSpec | undefined): string {
  return message.replace(INPUTS_PHRASE, (phrase, names: string) => {
    const parts = names.split(/(, | and )/);
    const flags = parts.map((part, i) => (i % 2 === 1 ? part : flagOfInput(part, spec)));
    return flags.every((f) => f !== undefined) ? flags.join('') : phrase;
  });
}

interface Failure {
  readonly message: string;
  readonly exitCode: number;
  readonly command?: string | undefined;
  /** False when the message itself says what to fix, so `--help` would not help (a key file). */
  readonly helpHint?: boolean;
}

function describeFailure(err: unknown, spec: AnyCommandSpec | undefined, reading: boolean): Failure {
  if (err instanceof UsageError) return { message: err.message, exitCode: EXIT_USAGE, command: err.command };
  if (err instanceof InputError) {
    const flag = flagOfInput(err.input, spec);
    // A wrong input found while reading the command line is a wrong command line.
    const usage = reading || flag !== undefined || err.input.startsWith('--');
    const exitCode = usage ? EXIT_USAGE : EXIT_FAILED;
    if (flag !== undefined) {
      const message = inFlagWords(err.message.slice(err.input.length + 2), spec);
      return { message: `${flag}: ${message}`, exitCode, command: spec?.name };
    }
    // Not a flag at all (docker config), or a flag named by the CLI itself.
    return { message: inFlagWords(err.message, spec), exitCode, command: spec?.name };
  }
  if (err instanceof KeyError) {
    // A key the core names by its input (signer-public-key[1]); keys the CLI read are named by their flag already.
    const flag = flagOfInput(err.input, spec);
    const message = flag !== undefined ? `${flag}: ${err.message.slice(err.input.length + 2)}` : err.message;
    // A key file or passphrase given on the command line that does not work is an input error, as a missing key
    // file is: exit 2, nothing done. A key read from trust data (a certificate) is the trust data's fault: exit 1.
    const given = flag !== undefined || err.input.startsWith('--');
    return { message: inFlagWords(message, spec), exitCode: given ? EXIT_USAGE : EXIT_FAILED, helpHint: false };
  }
  if (err instanceof DctError) return { message: inFlagWords(err.message, spec), exitCode: EXIT_FAILED };
  return { message: `unexpected failure: ${errorMessage(err)}`, exitCode: EXIT_FAILED };
}

interface Writers {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdoutUnmasked: (text: string) => void;
}

/** Parses, reads and runs one command; returns the exit code. */
async function runSpec(spec: AnyCommandSpec, args: readonly string[], io: CliIo, out: Writers, redactor: Redactor, state: { reading: boolean }): Promise<number> {
  const { values, positionals } = parseFlags(args, allFlags(spec), spec.name);
  const level = outputLevel(values, spec.name);
  // Every secret on the command line is masked before anything is read, used or not.
  for (const input of spec.inputs as readonly CommandInput[]) {
    const value = values[input.name];
    if (typeof value !== 'string') continue;
    if (input.kind === 'key') redactor.addKey(value);
    if (input.kind === 'secret') redactor.add(value);
  }
  if (typeof values.password === 'string') redactor.add(values.password);
  const textOnly = (spec.viewFlags ?? []).find((f) => f.notWithJson && values[f.name] === true);
  if (textOnly && values.json === true) {
    throw new UsageError(`--${textOnly.name}`, `prints text, and --json prints JSON; give one of --${textOnly.name} and --json`, { command: spec.name });
  }
  const operand = operandOf(spec);
  if (!operand && positionals.length > 0) {
    const flag = (spec.inputs as readonly CommandInput[]).find((i) => i.required)?.name;
    throw new UsageError(positionals[0]!, `${spec.name} takes no arguments${flag ? `; give --${flag}` : ''}`, { command: spec.name });
  }
  const reader = new CliReader({ values, positionals, env: io.env, readStdin: io.readStdin, redactor, command: spec.name }, spec.inputs);
  const inputs = await readInputs(spec, reader);
  state.reading = false;
  // The command line is good: the first servers' handshakes can run while the operation loads.
  const early = io.preconnect ? earlyConnections(spec, inputs, io.env) : [];
  for (const url of early) io.preconnect!(url, TRUST_READ_CONNECTIONS);
  // One turn of the event loop sends the connections on their way before the operation's code loads, which node 24 does without yielding.
  if (early.length > 0) await new Promise((turn) => setImmediate(turn));
  const cwd = process.cwd();
  const { result, failures } = await runCommand(
    spec,
    inputs,
    {
      logger: stderrLogger({ write: out.stderr, level }),
      runner: io.runner ?? new ProcessRunner(),
      env: io.env,
      workDirectory: cwd,
      tempDirectory: tmpdir(),
      maskKey: (text) => redactor.addKey(text),
      maskSecret: (text) => redactor.add(text),
    },
    io.operations?.[spec.name],
  );
  const view: View = { log: false, flags: new Set((spec.viewFlags ?? []).filter((f) => values[f.name] === true).map((f) => f.name)) };
  const write = spec.reveals?.(view) ? out.stdoutUnmasked : out.stdout;
  if (spec.notes) out.stderr(spec.notes(result));
  write(values.json === true ? (spec.json.format ?? json)(spec.json.value(result, view)) : spec.text(result, view));
  for (const line of failures) out.stderr(`dct-sign: error: ${line}\n`);
  return failures.length > 0 ? EXIT_FAILED : EXIT_OK;
}

function unknownCommand(name: string): UsageError {
  const what = name.startsWith('-') ? 'give a command first' : 'unknown command';
  return new UsageError(name, `${what}; the commands are: ${COMMAND_NAMES.join(', ')}`);
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const redactor = new Redactor();
  const out: Writers = {
    stdout: (text) => io.stdout(redactor.redact(text)),
    stderr: (text) => io.stderr(redactor.redact(text)),
    stdoutUnmasked: (text) => io.stdout(text),
  };
  // Every secret the environment holds for any command is masked before anything runs.
  for (const input of ALL_INPUTS) {
    for (const name of input.env ?? []) (input.kind === 'key' ? redactor.addKey : redactor.add).call(redactor, io.env[name] || undefined);
  }
  const [first, ...rest] = argv;
  let spec: AnyCommandSpec | undefined;
  const state = { reading: true };
  try {
    if (first === undefined) {
      out.stderr(topLevelHelp(COMMANDS));
      return EXIT_USAGE;
    }
    // `help sign`, `--help sign` and `-h sign` all ask for sign's help.
    const asksHelp = first === 'help' || first === '-h' || first === '--help';
    if (asksHelp && (rest[0] === undefined || (first !== 'help' && rest[0].startsWith('-')))) {
      out.stdout(topLevelHelp(COMMANDS));
      return EXIT_OK;
    }
    if (first === '-V' || first === '--version') {
      out.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    if (asksHelp) {
      const topic = findCommand(rest[0]!);
      if (!topic) throw new UsageError(rest[0]!, `unknown command; the commands are: ${COMMAND_NAMES.join(', ')}`);
      out.stdout(commandHelp(topic));
      return EXIT_OK;
    }
    spec = findCommand(first);
    if (!spec) throw unknownCommand(first);
    // Help wins over everything else on the line, even flags that would not parse.
    const beforeDashes = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (beforeDashes.includes('-h') || beforeDashes.includes('--help')) {
      out.stdout(commandHelp(spec));
      return EXIT_OK;
    }
    return await runSpec(spec, rest, io, out, redactor, state);
  } catch (err) {
    const failure = describeFailure(err, spec, state.reading && spec !== undefined);
    out.stderr(`dct-sign: error: ${failure.message}\n`);
    if (failure.exitCode === EXIT_USAGE && failure.helpHint !== false) {
      const helpCommand = failure.command ? `dct-sign ${failure.command} --help` : 'dct-sign --help';
      out.stderr(`Run \`${helpCommand}\` for usage.\n`);
    }
    // Not a DctError: a bug, whose stack is worth reporting.
    if (!(err instanceof DctError) && err instanceof Error && err.stack) out.stderr(`${err.stack}\n`);
    return failure.exitCode;
  }
}
