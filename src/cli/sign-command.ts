// `dct-sign sign`: turns the command line and the environment into
// SignOptions, runs the sign operation and prints its result. Flags win over
// the environment; secrets are handed to the redactor as soon as they are read.

import { readFileSync } from 'node:fs';
import type { KeyInput } from '../operations/inputs.ts';
import { pemTextOrFile } from '../operations/inputs.ts';
import type { SignOptions, SignResult } from '../operations/sign.ts';
import { parseTaggedReference } from '../registry/reference.ts';
import type { CliContext, Command } from './command.ts';
import { parseFlags } from './parse-flags.ts';
import type { Redactor } from './redactor.ts';
import { SIGN_FLAGS } from './sign-flags.ts';
import { SIGN_SUMMARY, signHelp } from './sign-help.ts';
import { stderrLogger } from './stderr-logger.ts';
import { UsageError } from './usage-error.ts';

const COMMAND = 'sign';

export const ENV = {
  signerKey: 'DCT_SIGNER_KEY',
  repositoryPassphrase: 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE',
  rootPassphrase: 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE',
} as const;

/** Everything of SignOptions the command line decides. */
export type SignCliOptions = Omit<SignOptions, 'runner' | 'logger'>;

export type ParsedSignCommand =
  | { readonly help: true }
  | { readonly help: false; readonly json: boolean; readonly verbose: boolean; readonly options: SignCliOptions };

export interface SignArgsContext {
  readonly env: NodeJS.ProcessEnv;
  readonly readStdin: () => Promise<string>;
  readonly redactor?: Redactor;
}

type Values = Readonly<Record<string, string | boolean | undefined>>;

function str(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v === '' ? undefined : v;
}

function readKeyFile(path: string, flag: string): string {
  if (path.trim() === '') throw new UsageError(flag, 'needs the path of a key file', { command: COMMAND });
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(flag, `${path} cannot be read (${code}); give the path of a private key file`, {
      command: COMMAND,
      cause: err,
    });
  }
}

/** A key from `--X-file`, `--X` or an environment variable, and its passphrase from `--X-passphrase` or the environment. */
function keyInput(
  values: Values,
  ctx: SignArgsContext,
  base: 'signer-key' | 'root-key' | 'repository-key',
  envKey: string | undefined,
  envPassphrase: string,
): KeyInput | undefined {
  const file = str(values, `${base}-file`);
  const inline = str(values, base);
  if (file !== undefined && inline !== undefined) {
    throw new UsageError(`--${base}`, `give --${base}-file or --${base}, not both`, { command: COMMAND });
  }
  let text: string | undefined;
  let input: string;
  if (file !== undefined) {
    text = readKeyFile(file, `--${base}-file`);
    input = `--${base}-file ${file}`;
  } else if (inline !== undefined) {
    text = inline;
    input = `--${base}`;
  } else {
    text = envKey ? envValue(ctx.env, envKey) : undefined;
    input = envKey ?? `--${base}`;
  }
  const flagPassphrase = str(values, `${base}-passphrase`);
  const passphrase = flagPassphrase ?? envValue(ctx.env, envPassphrase);
  ctx.redactor?.addKey(text);
  ctx.redactor?.add(passphrase);
  if (text === undefined) return undefined;
  if (text.trim() === '') throw new UsageError(input, 'the key is empty', { command: COMMAND });
  return {
    text,
    input,
    passphraseInput: flagPassphrase !== undefined ? `--${base}-passphrase` : `--${base}-passphrase or ${envPassphrase}`,
    ...(passphrase !== undefined ? { passphrase } : {}),
  };
}

/** docker login's --password-stdin: the whole input, without the trailing newline. */
function stdinPassword(raw: string): string {
  return raw.replace(/\r?\n$/, '');
}

export async function parseSignArgs(args: readonly string[], ctx: SignArgsContext): Promise<ParsedSignCommand> {
  const { values, positionals } = parseFlags(args, SIGN_FLAGS, COMMAND);
  if (values.help === true) return { help: true };
  // Mask every secret before anything can fail and be reported.
  for (const name of ['signer-key', 'root-key', 'repository-key']) ctx.redactor?.addKey(str(values, name));
  ctx.redactor?.addKey(envValue(ctx.env, ENV.signerKey));
  for (const name of ['signer-key-passphrase', 'root-key-passphrase', 'repository-key-passphrase', 'password']) {
    ctx.redactor?.add(str(values, name));
  }
  for (const name of [ENV.repositoryPassphrase, ENV.rootPassphrase]) ctx.redactor?.add(envValue(ctx.env, name));

  if (positionals.length === 0) {
    throw new UsageError('REFERENCE', 'no image reference given; list registry/repository:tag references', {
      command: COMMAND,
    });
  }
  for (const ref of positionals) {
    try {
      parseTaggedReference(ref, 'REFERENCE');
    } catch (err) {
      throw new UsageError('REFERENCE', (err as Error).message.replace(/^REFERENCE: /, ''), { command: COMMAND, cause: err });
    }
  }
  const signerKey = keyInput(values, ctx, 'signer-key', ENV.signerKey, ENV.repositoryPassphrase);
  const rootKey = keyInput(values, ctx, 'root-key', undefined, ENV.rootPassphrase);
  const repositoryKey = keyInput(values, ctx, 'repository-key', undefined, ENV.repositoryPassphrase);

  let password = str(values, 'password');
  if (values['password-stdin'] === true) {
    if (password !== undefined) {
      throw new UsageError('--password-stdin', 'give --password or --password-stdin, not both', { command: COMMAND });
    }
    password = stdinPassword(await ctx.readStdin());
    if (password === '') throw new UsageError('--password-stdin', 'stdin was empty; pipe the password in', { command: COMMAND });
  }
  ctx.redactor?.add(password);
  const username = str(values, 'username');
  if ((username === undefined) !== (password === undefined)) {
    const missing = username === undefined ? '--username' : '--password or --password-stdin';
    throw new UsageError(missing, 'give --username together with --password or --password-stdin', { command: COMMAND });
  }

  if (!signerKey) {
    throw new UsageError(
      '--signer-key-file',
      `no signer key; give --signer-key-file PATH or set ${ENV.signerKey} (docker keeps its keys in ~/.docker/trust/private/)`,
      { command: COMMAND },
    );
  }
  if (Boolean(rootKey) !== Boolean(repositoryKey)) {
    const missing = rootKey ? '--repository-key-file' : '--root-key-file';
    throw new UsageError(missing, 'creating trust data for a repository needs both the root key and the repository key', {
      command: COMMAND,
    });
  }

  const trustServerCa = str(values, 'trust-server-ca');
  const options: SignCliOptions = {
    references: positionals,
    push: values.push !== false,
    signerKey,
    signerName: str(values, 'signer-name'),
    trustServer: str(values, 'trust-server'),
    trustServerCa: trustServerCa === undefined ? undefined : pemTextOrFile(trustServerCa, '--trust-server-ca'),
    trustPin: str(values, 'trust-pin'),
    username,
    password,
    rootKey,
    repositoryKey,
    env: ctx.env,
  };
  return { help: false, json: values.json === true, verbose: values.verbose === true, options };
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
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
  return `Signed ${count} with ${who} in ${servers}\n\n${table(rows)}\n`;
}

export const signCommand: Command = {
  name: COMMAND,
  summary: SIGN_SUMMARY,
  help: signHelp,
  async run(args: readonly string[], cli: CliContext): Promise<number> {
    const parsed = await parseSignArgs(args, { env: cli.env, readStdin: cli.readStdin, redactor: cli.redactor });
    if (parsed.help) {
      cli.stdout(signHelp());
      return 0;
    }
    const result = await cli.sign({
      ...parsed.options,
      runner: cli.runner,
      logger: stderrLogger({ write: cli.stderr, verbose: parsed.verbose }),
    });
    cli.stdout(formatSignResult(result, parsed.json));
    return 0;
  },
};
