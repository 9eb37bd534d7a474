// Turning parsed flags and the environment into operation inputs, the same
// way for every command: keys from `--X-file`, `--X` or the environment with
// their passphrases as docker reads them, registry logins, the trust server.
// Flags win over the environment; every secret is handed to the redactor as
// soon as it is read, and before anything can fail.

import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from '../operations/connections.ts';
import { InputError } from '../errors.ts';
import { parseDuration, pemTextOrFile, type KeyInput } from '../operations/inputs.ts';
import type { FlagSpec, KeyFlag } from './flags.ts';
import { type FlagValues, parseFlags } from './parse-flags.ts';
import type { Redactor } from './redactor.ts';
import { UsageError } from './usage-error.ts';

export const ENV = {
  signerKey: 'DCT_SIGNER_KEY',
  repositoryPassphrase: 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE',
  rootPassphrase: 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE',
} as const;

/** docker's passphrase variable for each key: root has its own, every other key takes the repository's. */
export const PASSPHRASE_ENV: Readonly<Record<KeyFlag, string>> = {
  'signer-key': ENV.repositoryPassphrase,
  'root-key': ENV.rootPassphrase,
  'repository-key': ENV.repositoryPassphrase,
  'new-repository-key': ENV.repositoryPassphrase,
};

const KEY_FLAGS = Object.keys(PASSPHRASE_ENV) as KeyFlag[];

export interface ArgsContext {
  readonly env: NodeJS.ProcessEnv;
  readonly readStdin: () => Promise<string>;
  readonly redactor?: Redactor | undefined;
  /** The command, for the help its usage errors point at. */
  readonly command: string;
}

/** What a command's parser needs besides the command line. */
export type ParseContext = Omit<ArgsContext, 'command'>;

export interface CommandLine {
  readonly values: FlagValues;
  readonly positionals: readonly string[];
  readonly ctx: ArgsContext;
}

/** Parses a command's flags and masks every secret among them before anything else can fail. */
export function commandLine(args: readonly string[], flags: readonly FlagSpec[], command: string, context: ParseContext): CommandLine {
  const ctx: ArgsContext = { ...context, command };
  const { values, positionals } = parseFlags(args, flags, command);
  maskSecrets(values, ctx);
  return { values, positionals, ctx };
}

/** The connection inputs every command that reaches a server takes. */
export type ConnectionArgs = Pick<ConnectionOptions, 'trustServer' | 'trustServerCa' | 'trustPin' | 'username' | 'password' | 'env'>;

export function usageError(ctx: ArgsContext, input: string, message: string, cause?: unknown): UsageError {
  return new UsageError(input, message, { command: ctx.command, ...(cause !== undefined ? { cause } : {}) });
}

/** Runs a shared input reader of the core; what it refuses is a wrong command line (exit 2). */
export function asUsage<T>(ctx: ArgsContext, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (!(err instanceof InputError) || err instanceof UsageError) throw err;
    throw usageError(ctx, err.input, err.message.slice(err.input.length + 2), err);
  }
}

export function str(values: FlagValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A flag given any number of times. */
export function strings(values: FlagValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

export function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v === '' ? undefined : v;
}

/** Masks every secret the command line and the environment hold, before anything is checked. */
export function maskSecrets(values: FlagValues, ctx: ArgsContext): void {
  const redactor = ctx.redactor;
  if (!redactor) return;
  for (const base of KEY_FLAGS) {
    redactor.addKey(str(values, base));
    redactor.add(str(values, `${base}-passphrase`));
  }
  redactor.add(str(values, 'password'));
  redactor.addKey(envValue(ctx.env, ENV.signerKey));
  for (const name of [ENV.repositoryPassphrase, ENV.rootPassphrase]) redactor.add(envValue(ctx.env, name));
}

function readKeyFile(ctx: ArgsContext, path: string, flag: string): string {
  if (path.trim() === '') throw usageError(ctx, flag, 'needs the path of a key file');
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    throw usageError(ctx, flag, `${path} cannot be read (${code}); give the path of a private key file`, err);
  }
}

export interface KeySource {
  /** A variable holding the key itself when no flag gives it (DCT_SIGNER_KEY). */
  readonly envKey?: string;
}

/** A key from `--X-file`, `--X` or an environment variable, and its passphrase from `--X-passphrase` or docker's variable. */
export function keyInput(values: FlagValues, ctx: ArgsContext, base: KeyFlag, source: KeySource = {}): KeyInput | undefined {
  const file = str(values, `${base}-file`);
  const inline = str(values, base);
  if (file !== undefined && inline !== undefined) {
    throw usageError(ctx, `--${base}`, `give --${base}-file or --${base}, not both`);
  }
  let text: string | undefined;
  let input: string;
  if (file !== undefined) {
    text = readKeyFile(ctx, file, `--${base}-file`);
    input = `--${base}-file ${file}`;
  } else if (inline !== undefined) {
    text = inline;
    input = `--${base}`;
  } else {
    text = source.envKey ? envValue(ctx.env, source.envKey) : undefined;
    input = source.envKey ?? `--${base}`;
  }
  const envPassphrase = PASSPHRASE_ENV[base];
  const flagPassphrase = str(values, `${base}-passphrase`);
  const passphrase = flagPassphrase ?? envValue(ctx.env, envPassphrase);
  ctx.redactor?.addKey(text);
  ctx.redactor?.add(passphrase);
  if (text === undefined) return undefined;
  if (text.trim() === '') throw usageError(ctx, input, 'the key is empty');
  return {
    text,
    input,
    passphraseInput: flagPassphrase !== undefined ? `--${base}-passphrase` : `--${base}-passphrase or ${envPassphrase}`,
    ...(passphrase !== undefined ? { passphrase } : {}),
  };
}

/** A key the command cannot do without; `fix` says how to give it. */
export function requiredKeyInput(values: FlagValues, ctx: ArgsContext, base: KeyFlag, fix: string, source: KeySource = {}): KeyInput {
  const key = keyInput(values, ctx, base, source);
  if (!key) throw usageError(ctx, `--${base}-file`, fix);
  return key;
}

/** A flag the command cannot do without. */
export function requiredString(values: FlagValues, ctx: ArgsContext, name: string, fix: string): string {
  const value = str(values, name)?.trim();
  if (!value) throw usageError(ctx, `--${name}`, fix);
  return value;
}

/** docker login's --password-stdin: the whole input, without the trailing newline. */
function stdinPassword(raw: string): string {
  return raw.replace(/\r?\n$/, '');
}

/** Registry login and trust server flags; DOCKER_CONTENT_TRUST_SERVER and DOCKER_CONFIG reach the core through env. */
export async function connectionArgs(values: FlagValues, ctx: ArgsContext): Promise<ConnectionArgs> {
  let password = str(values, 'password');
  if (values['password-stdin'] === true) {
    if (password !== undefined) throw usageError(ctx, '--password-stdin', 'give --password or --password-stdin, not both');
    password = stdinPassword(await ctx.readStdin());
    if (password === '') throw usageError(ctx, '--password-stdin', 'stdin was empty; pipe the password in');
  }
  ctx.redactor?.add(password);
  const username = str(values, 'username');
  if ((username === undefined) !== (password === undefined)) {
    const missing = username === undefined ? '--username' : '--password or --password-stdin';
    throw usageError(ctx, missing, 'give --username together with --password or --password-stdin');
  }
  const trustServerCa = str(values, 'trust-server-ca');
  return {
    trustServer: str(values, 'trust-server'),
    trustServerCa: trustServerCa === undefined ? undefined : pemTextOrFile(trustServerCa, '--trust-server-ca'),
    trustPin: str(values, 'trust-pin'),
    username,
    password,
    env: ctx.env,
  };
}

/** The positional arguments, at least one. */
export function references(positionals: readonly string[], ctx: ArgsContext, what: 'REFERENCE' | 'REPOSITORY'): string[] {
  if (positionals.length === 0) {
    const fix =
      what === 'REFERENCE'
        ? 'no image reference given; list registry/repository[:tag] references'
        : 'no repository given; list registry/repository names';
    throw usageError(ctx, what, fix);
  }
  return [...positionals];
}

/** The one repository a command works on. */
export function oneRepository(positionals: readonly string[], ctx: ArgsContext): string {
  const [first, ...more] = references(positionals, ctx, 'REPOSITORY');
  if (more.length > 0) {
    throw usageError(ctx, 'REPOSITORY', `${ctx.command} works on one repository; give one, not ${more.length + 1}`);
  }
  return first!;
}

/** A duration flag as every entrypoint reads it: a number and a unit (h, d or w), e.g. 180d; empty means none. */
export function durationMs(values: FlagValues, ctx: ArgsContext, name: string): number | undefined {
  return asUsage(ctx, () => parseDuration(str(values, name), `--${name}`));
}

/** One of `choices`, or `fallback` when the flag is not given. */
export function choice<T extends string>(values: FlagValues, ctx: ArgsContext, name: string, choices: readonly T[], fallback?: T): T | undefined {
  const value = str(values, name)?.trim();
  if (!value) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw usageError(ctx, `--${name}`, `"${value}" is not one of ${choices.join(', ')}`);
  }
  return value as T;
}

/** Commands that take no positional arguments say so, naming the flag to use instead. */
export function noArguments(positionals: readonly string[], ctx: ArgsContext, instead: string): void {
  if (positionals.length > 0) {
    throw usageError(ctx, positionals[0]!, `${ctx.command} takes no arguments; ${instead}`);
  }
}
