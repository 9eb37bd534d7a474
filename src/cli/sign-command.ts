// `dct-sign sign`: turns the command line and the environment into
// SignOptions, runs the sign operation and prints its result. Flags win over
// the environment; secrets are handed to the redactor as soon as they are read.

import type { SignOptions, SignResult } from '../operations/sign.ts';
import { parseTaggedReference } from '../registry/reference.ts';
import { commandLine, connectionArgs, ENV, keyInput, type ParseContext, str, usageError } from './args.ts';
import type { CliContext, Command } from './command.ts';
import { EXIT_OK } from './exit-codes.ts';
import { table } from './output.ts';
import { SIGN_FLAGS } from './sign-flags.ts';
import { SIGN_SUMMARY, signHelp } from './sign-help.ts';
import { stderrLogger } from './stderr-logger.ts';

const COMMAND = 'sign';

export { ENV };

/** Everything of SignOptions the command line decides. */
export type SignCliOptions = Omit<SignOptions, 'runner' | 'logger'>;

export type ParsedSignCommand =
  | { readonly help: true }
  | { readonly help: false; readonly json: boolean; readonly verbose: boolean; readonly options: SignCliOptions };

export type SignArgsContext = ParseContext;

export async function parseSignArgs(args: readonly string[], context: SignArgsContext): Promise<ParsedSignCommand> {
  const { values, positionals, ctx } = commandLine(args, SIGN_FLAGS, COMMAND, context);
  if (values.help === true) return { help: true };

  if (positionals.length === 0) {
    throw usageError(ctx, 'REFERENCE', 'no image reference given; list registry/repository:tag references');
  }
  for (const ref of positionals) {
    try {
      parseTaggedReference(ref, 'REFERENCE');
    } catch (err) {
      throw usageError(ctx, 'REFERENCE', (err as Error).message.replace(/^REFERENCE: /, ''), err);
    }
  }
  const signerKey = keyInput(values, ctx, 'signer-key', { envKey: ENV.signerKey });
  const rootKey = keyInput(values, ctx, 'root-key');
  const repositoryKey = keyInput(values, ctx, 'repository-key');
  const connection = await connectionArgs(values, ctx);

  if (!signerKey) {
    throw usageError(
      ctx,
      '--signer-key-file',
      `no signer key; give --signer-key-file PATH or set ${ENV.signerKey} (docker keeps its keys in ~/.docker/trust/private/)`,
    );
  }
  if (Boolean(rootKey) !== Boolean(repositoryKey)) {
    const missing = rootKey ? '--repository-key-file' : '--root-key-file';
    throw usageError(ctx, missing, 'creating trust data for a repository needs both the root key and the repository key');
  }

  const options: SignCliOptions = {
    references: positionals,
    push: values.push !== false,
    signerKey,
    signerName: str(values, 'signer-name'),
    ...connection,
    rootKey,
    repositoryKey,
  };
  return { help: false, json: values.json === true, verbose: values.verbose === true, options };
}

export function formatSignResult(result: SignResult, json: boolean): string {
  if (json) {
    const { signed, signerKeyId, signerName } = result;
    return `${JSON.stringify({ signed, signerKeyId, signerName: signerName ?? null }, null, 2)}\n`;
  }
  const who = `key ${result.signerKeyId.slice(0, 12)}${result.signerName ? ` (signer ${result.signerName})` : ''}`;
  const count = `${result.signed.length} tag${result.signed.length === 1 ? '' : 's'}`;
  const rows = [['REFERENCE', 'DIGEST', 'SIGNED IN'], ...result.signed.map((s) => [s.reference, s.digest, s.roles.join(', ')])];
  const servers = [...new Set(result.signed.map((s) => s.trustServer))].join(', ');
  return `Signed ${count} with ${who} in ${servers}\n\n${table(rows)}`;
}

export const signCommand: Command = {
  name: COMMAND,
  summary: SIGN_SUMMARY,
  help: signHelp,
  flags: SIGN_FLAGS,
  operand: 'REFERENCE',
  async run(args: readonly string[], cli: CliContext): Promise<number> {
    const parsed = await parseSignArgs(args, { env: cli.env, readStdin: cli.readStdin, redactor: cli.redactor });
    if (parsed.help) {
      cli.stdout(signHelp());
      return EXIT_OK;
    }
    const result = await cli.operations.sign({
      ...parsed.options,
      runner: cli.runner,
      logger: stderrLogger({ write: cli.stderr, verbose: parsed.verbose }),
    });
    cli.stdout(formatSignResult(result, parsed.json));
    return EXIT_OK;
  },
};
