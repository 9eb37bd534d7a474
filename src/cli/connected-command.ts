// What the commands that reach a registry and its trust server share: their
// flags end with the trust server, registry login and output groups, their
// help lists the variables that choose the server and the login, the
// connection flags are read last, and each runs one operation with the
// core's progress on stderr, then prints its result.

import type { Logger } from '../logger.ts';
import { connectionArgs, type ArgsContext, type ConnectionArgs } from './args.ts';
import type { CliContext } from './command.ts';
import { EXIT_OK } from './exit-codes.ts';
import { ENV_SPECS, type EnvSpec, type FlagGroup, type OutputFlags, outputGroup, REGISTRY_GROUP, TRUST_SERVER_GROUP } from './flags.ts';
import type { FlagValues } from './parse-flags.ts';
import { stderrLogger } from './stderr-logger.ts';

/** The command's own flag groups, then trust server, registry login and output. */
export function connectedFlagGroups(own: readonly FlagGroup[], output: OutputFlags): FlagGroup[] {
  return [...own, TRUST_SERVER_GROUP, REGISTRY_GROUP, outputGroup(output)];
}

/** The command's own variables, then those that choose the trust server and the login. */
export function connectedEnv(...own: readonly EnvSpec[]): EnvSpec[] {
  return [...own, ENV_SPECS.server, ENV_SPECS.config];
}

/** A command line turned into an operation's options (without its logger) and how to print the result. */
export interface ParsedOperation<O> {
  readonly json: boolean;
  readonly verbose: boolean;
  readonly options: O;
}

/** The command's options with the connection flags, read last (a --password-stdin read comes after every other check). */
export async function withConnection<O extends object>(
  values: FlagValues,
  ctx: ArgsContext,
  options: O,
): Promise<ParsedOperation<O & ConnectionArgs>> {
  const connection = await connectionArgs(values, ctx);
  return { json: values.json === true, verbose: values.verbose === true, options: { ...options, ...connection } };
}

/** The core's progress on stderr, debug lines only with --verbose. */
export function operationLogger(cli: CliContext, parsed: ParsedOperation<unknown>): Logger {
  return stderrLogger({ write: cli.stderr, verbose: parsed.verbose });
}

/** Runs the operation with the core's progress on stderr and prints its result on stdout. */
export async function runOperation<O, R>(
  cli: CliContext,
  parsed: ParsedOperation<O>,
  operation: (options: O & { readonly logger: Logger }) => Promise<R>,
  format: (result: R, json: boolean) => string,
): Promise<number> {
  const result = await operation({ ...parsed.options, logger: operationLogger(cli, parsed) });
  cli.stdout(format(result, parsed.json));
  return EXIT_OK;
}
