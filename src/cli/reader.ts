// Reading a command's inputs from the command line and the environment:
// flags win over the variables an input falls back to; a key comes from
// `--X-file`, `--X` or its variable, with its passphrase from
// `--X-passphrase` or docker's variable, or, for a signer, from docker's
// trust store by its name; the operand input is the arguments; a password
// may come from stdin. Every secret goes to the redactor as it is read.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { CommandInput, Login } from '../commands/spec.ts';
import type { InputReader } from '../commands/values.ts';
import { dockerTrustKeyDirectory, dockerTrustKeys } from '../keys/docker-trust-store.ts';
import { splitList, type KeyInput } from '../operations/inputs.ts';
import type { FlagValues } from './parse-flags.ts';
import type { Redactor } from './redactor.ts';
import { UsageError } from './usage-error.ts';

export interface CliInputs {
  readonly values: FlagValues;
  readonly positionals: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly readStdin: () => Promise<string>;
  readonly redactor: Redactor;
  /** For the help that usage errors point at. */
  readonly command: string;
}

function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v === '' ? undefined : v;
}

export class CliReader implements InputReader {
  readonly #in: CliInputs;
  /** Inputs the command takes, so that a message can name how to give each. */
  readonly #inputs: ReadonlyMap<string, CommandInput>;

  constructor(inputs: CliInputs, spec: readonly CommandInput[]) {
    this.#in = inputs;
    this.#inputs = new Map(spec.map((i) => [i.name, i]));
  }

  #usage(input: string, message: string, cause?: unknown): UsageError {
    return new UsageError(input, message, { command: this.#in.command, ...(cause !== undefined ? { cause } : {}) });
  }

  #flag(name: string): string | undefined {
    const v = this.#in.values[name];
    return typeof v === 'string' ? v : Array.isArray(v) ? v.join('\n') : undefined;
  }

  /** The flag, else the first of the input's variables that is set. */
  #withEnv(input: CommandInput): string | undefined {
    return this.#flag(input.name) ?? (input.env ?? []).map((n) => envValue(this.#in.env, n)).find((v) => v !== undefined);
  }

  text(input: CommandInput): string | undefined {
    if (input.operand !== undefined && this.#flag(input.name) !== undefined && this.#in.positionals.length > 0) {
      throw this.#usage(`--${input.name}`, `give ${input.operand} or --${input.name}, not both`);
    }
    const value = this.#withEnv(input) ?? (input.operand !== undefined ? this.#operand(input) : undefined);
    return value?.trim() === '' ? undefined : value;
  }

  /** A one-value operand (key-generate NAME), which the flag of the same name may give instead. */
  #operand(input: CommandInput): string | undefined {
    const [first, ...more] = this.#in.positionals;
    if (more.length > 0) throw this.#usage(more[0]!, `give one ${input.operand}, not ${more.length + 1}`);
    return first;
  }

  list(input: CommandInput): string[] {
    if (input.operand !== undefined) return [...this.#in.positionals];
    const v = this.#in.values[input.name];
    const items = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    return items.flatMap((item) => splitList(item));
  }

  boolean(input: CommandInput): boolean | undefined {
    const v = this.#in.values[input.name];
    return typeof v === 'boolean' ? v : undefined;
  }

  secret(input: CommandInput): string | undefined {
    const value = this.#withEnv(input);
    this.#in.redactor.add(value);
    return value;
  }

  #readKeyFile(path: string, flag: string): string {
    if (path.trim() === '') throw this.#usage(flag, 'needs the path of a key file');
    try {
      return readFileSync(path, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
      throw this.#usage(flag, `${path} cannot be read (${code}); give the path of a private key file`, err);
    }
  }

  key(input: CommandInput, passphrase: CommandInput | undefined): KeyInput | undefined {
    const base = input.name;
    const file = this.#flag(`${base}-file`);
    const inline = this.#flag(base);
    const pass = passphrase ? this.secret(passphrase) : undefined;
    this.#in.redactor.addKey(inline);
    if (file !== undefined && inline !== undefined) throw this.#usage(`--${base}`, `give --${base}-file or --${base}, not both`);
    let text: string | undefined;
    let name: string;
    if (file !== undefined) {
      text = this.#readKeyFile(file, `--${base}-file`);
      name = `--${base}-file ${file}`;
    } else if (inline !== undefined) {
      text = inline;
      name = `--${base}`;
    } else {
      const variable = (input.env ?? []).find((n) => envValue(this.#in.env, n) !== undefined);
      text = variable ? envValue(this.#in.env, variable) : undefined;
      name = variable ?? `--${base}`;
      const stored = text === undefined && input.fromDockerTrust ? this.#storedKey(input) : undefined;
      if (stored) [text, name] = [this.#readKeyFile(stored, `--${base}-file`), stored];
    }
    this.#in.redactor.addKey(text);
    if (text === undefined) return undefined;
    if (text.trim() === '') throw this.#usage(name, 'the key is empty');
    const passFlag = passphrase && this.#flag(passphrase.name) !== undefined;
    const passEnv = passphrase?.env?.[0];
    return {
      text,
      input: name,
      passphraseInput: passFlag || !passEnv ? `--${base}-passphrase` : `--${base}-passphrase or ${passEnv}`,
      ...(pass !== undefined ? { passphrase: pass } : {}),
    };
  }

  /**
   * As docker does: the one key of docker's trust store whose role is the
   * signer name given. None or several is an error that lists what is there.
   */
  #storedKey(input: CommandInput): string | undefined {
    // The flag, or the command's NAME (certificate NAME) where signer-name is its operand.
    const nameInput = this.#inputs.get('signer-name');
    const signer = (nameInput?.operand !== undefined ? this.text(nameInput) : this.#flag('signer-name'))?.trim();
    if (!signer) return undefined;
    const directory = dockerTrustKeyDirectory(this.#in.env);
    const keys = dockerTrustKeys(directory);
    if (keys.length === 0) return undefined;
    const mine = keys.filter((k) => k.role === signer);
    if (mine.length === 1) return mine[0]!.path;
    const found = keys.map((k) => `${basename(k.path)} (${k.role ?? 'no role'})`).join(', ');
    const what = mine.length === 0 ? `no key for signer ${signer}` : `${mine.length} keys for signer ${signer}`;
    throw this.#usage(`--${input.name}-file`, `${directory} holds ${what}: ${found}; give the key with --${input.name}-file PATH`);
  }

  async login(): Promise<Login | undefined> {
    let password = this.#flag('password');
    if (this.#in.values['password-stdin'] === true) {
      if (password !== undefined) throw this.#usage('--password-stdin', 'give --password or --password-stdin, not both');
      // docker login's --password-stdin: the whole input, without the trailing newline.
      password = (await this.#in.readStdin()).replace(/\r?\n$/, '');
      if (password === '') throw this.#usage('--password-stdin', 'stdin was empty; pipe the password in');
    }
    this.#in.redactor.add(password);
    const username = this.#flag('username');
    if ((username === undefined) !== (password === undefined)) {
      const missing = username === undefined ? '--username' : '--password or --password-stdin';
      throw this.#usage(missing, 'give --username together with --password or --password-stdin');
    }
    return username !== undefined && password !== undefined ? { username, password } : undefined;
  }

  /** A value no flag gave: a variable's, or (a signer key) docker's trust store's. */
  fromEnvironment(input: CommandInput): boolean {
    if (input.kind === 'key') return this.#flag(`${input.name}-file`) === undefined && this.#flag(input.name) === undefined;
    return this.#flag(input.name) === undefined && (input.env ?? []).some((n) => envValue(this.#in.env, n) !== undefined);
  }

  name(input: string): string {
    const spec = this.#inputs.get(input);
    if (spec?.operand) return spec.operand;
    if (spec?.kind === 'login') return '--username and --password';
    const env = spec?.env?.[0];
    const flag = spec?.kind === 'key' ? `--${input}-file PATH` : `--${input}`;
    return env && (spec?.kind === 'key' || spec?.kind === 'secret') ? `${flag} or set ${env}` : flag;
  }
}
