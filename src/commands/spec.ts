// What a command is, written once: its inputs (name, kind, default, the
// environment it falls back to, help), its rules, how its inputs become the
// operation's options, its outputs and what its summary shows. The GitHub
// action, the Azure task and the CLI are adapters that read inputs and write
// results their platform's way from this one description; action.yml,
// task.json, docs/commands.md and the CLI's --help are made from it.

import type { ProxyConfig } from '../http/proxy.ts';
import type { Logger } from '../logger.ts';
import type { CommandRunner } from '../operations/command-runner.ts';
import type { KeyInput } from '../operations/inputs.ts';

/**
 * How an input is given, which decides how each platform reads it:
 * - string, enum: one value (enum: one of `choices`);
 * - list: several values, one a line or comma-separated (CLI: repeated or comma-separated);
 * - boolean: true or false (CLI: `--name` / `--no-name`);
 * - secret: a passphrase or password, masked the moment it is read;
 * - key: a private key, masked, as text or a file (CLI `--X-file`, task `XFile`), with its `X-passphrase`;
 * - file-or-text: PEM text or the path of a file that holds it;
 * - login: registry credentials (action and CLI: username and password; task: the service connection).
 */
export type InputKind = 'string' | 'list' | 'boolean' | 'enum' | 'secret' | 'key' | 'file-or-text' | 'login';

/** How the task's form shows an input. */
export interface TaskField {
  /** The task's name for the input, when it is not the camelCase of the input's. */
  readonly name?: string;
  readonly label: string;
  /** The task's input group (task.json `groups`). */
  readonly group?: 'signer' | 'keys' | 'trust';
  /** Rows of a multi-line text box. */
  readonly rows?: number;
  /** Other names the task accepts for the input. */
  readonly aliases?: readonly string[];
  /** Labels of an enum's choices. */
  readonly options?: Readonly<Record<string, string>>;
}

/** An input as the catalogue (inputs.ts) has it: the same for every command that takes it. */
export interface InputSpec {
  /** kebab-case: the action's input, the CLI's flag; the task's is its camelCase. */
  readonly name: string;
  readonly kind: InputKind;
  /** One line, for the CLI's help and docs/commands.md. */
  readonly help: string;
  /** The whole story, for action.yml and task.json (other inputs named in kebab-case). */
  readonly description: string;
  /** The CLI's help for `--no-<name>`, for a boolean that defaults to true. */
  readonly negation?: string;
  /** The CLI takes the flag more than once; the values are one a line. */
  readonly multiple?: boolean;
  /** What the help shows as the value, e.g. PATH. */
  readonly value?: string;
  readonly default?: string | boolean;
  /** Environment variables the CLI reads when the flag is not given, first wins. */
  readonly env?: readonly string[];
  readonly choices?: readonly string[];
  /** The CLI's help group. */
  readonly group: string;
  /** The CLI looks for the key in docker's trust store by the signer name, when none is given. */
  readonly fromDockerTrust?: boolean;
  /** The CLI takes this input as its arguments, shown as REFERENCE or REPOSITORY. */
  readonly operand?: string;
  /** Where the platform's work directory is the default (key files): the runner's or agent's temp directory, the CLI's working directory. */
  readonly workDirectoryDefault?: boolean;
  readonly task: TaskField;
}

/** An input as one command takes it. */
export interface CommandInput extends InputSpec {
  /** The fix, when the command cannot do without the input. */
  readonly required?: string;
  /** Checks a value and gives what the options take; errors name the input. Async where it needs a module loaded only then. */
  readonly parse?: (value: string, input: string) => unknown;
  /** Shown (task.json visibleRule) and read only when another input has one of these values. */
  readonly when?: { readonly input: string; readonly equals: string };
}

/** A rule between inputs; `message` names them as `{name}`, each platform spells them its way. */
export type Rule =
  /** Both or neither. */
  | { readonly kind: 'together'; readonly inputs: readonly [string, string]; readonly message: string }
  /** At least one. */
  | { readonly kind: 'one-of'; readonly inputs: readonly string[]; readonly message: string }
  /** The operand names one repository. */
  | { readonly kind: 'single'; readonly input: string; readonly message: string }
  /**
   * `inputs` apply only while the list `input` holds `value` (formats holds
   * dct). Otherwise each of them given is refused, all named in one error
   * (`{refused}` in `message`: "the trust-pin and trust-state inputs"), and each the environment gave is ignored.
   * Checked before any input is parsed, so an ignored value cannot fail.
   */
  | {
      readonly kind: 'only-with';
      readonly input: string;
      readonly value: string;
      readonly inputs: readonly string[];
      readonly message: string;
    };

/** A value read by an adapter: see InputKind. */
export type InputValue = string | readonly string[] | boolean | KeyInput | Login | undefined;

export interface Login {
  readonly username: string;
  readonly password: string;
  /** The one registry the login is for (the task's service connection names it). */
  readonly registry?: string;
}

/** The inputs of one run, by kebab-case name, after the rules held. */
export interface InputValues {
  string(name: string): string | undefined;
  list(name: string): string[];
  boolean(name: string): boolean;
  key(name: string): KeyInput | undefined;
  login(): Login | undefined;
  /** What an input's `parse` gave. */
  parsed<T>(name: string): T | undefined;
}

/** Variables of the environment that hold secrets: by exact name, and by prefix. */
export interface SecretVariables {
  readonly names: readonly string[];
  readonly prefixes?: readonly string[];
}

/** What an adapter hands every command. */
export interface RunContext {
  readonly logger: Logger;
  readonly runner: CommandRunner;
  /** The run's environment; the operation, and every child it starts, get it without secrets (secret-env.ts). */
  readonly env: NodeJS.ProcessEnv;
  /** The variables the platform gives secret inputs in (the action's INPUT_PASSWORD), on top of the catalogue's. */
  readonly secretVariables?: SecretVariables;
  /** Where key files go by default (workDirectoryDefault). */
  readonly workDirectory: string;
  /** Where files that live only for the run go (docker's login for a push). */
  readonly tempDirectory: string;
  /** Registers a key this run made, piece by piece, with the platform's masker. */
  readonly maskKey: (text: string | undefined) => void;
  /** Registers a password or token this run made or read. */
  readonly maskSecret: (text: string | undefined) => void;
  /** The platform's proxy (the Azure agent's), which wins over HTTPS_PROXY, HTTP_PROXY and NO_PROXY. */
  readonly proxy?: ProxyConfig | undefined;
}

export interface OutputSpec<R> {
  /** kebab-case: the action's output; the task's variable is its camelCase. */
  readonly name: string;
  readonly description: string;
  readonly value: (result: R) => string;
}

/** A summary cell: text, or text set as code. */
export type SummaryCell = string | { readonly code: string };

/** What the job or build summary shows; each platform renders it (HTML, markdown). */
export interface Summary {
  readonly intro: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly SummaryCell[])[];
  readonly notes?: readonly string[];
}

/** A flag that only changes how the CLI prints the result. */
export interface ViewFlag {
  readonly name: string;
  readonly help: string;
  /** The flag picks a text that --json does not print (inspect --pretty): both together are a usage error. */
  readonly notWithJson?: boolean;
}

/** How a result is shown: `view` holds the CLI's view flags; the action and the task show it with `log` set. */
export interface View {
  readonly log: boolean;
  readonly flags: ReadonlySet<string>;
}

export interface CommandHelp {
  /** After `dct-sign NAME`, e.g. `[options] REFERENCE...`. */
  readonly usage: string;
  /** What the command does, for --help and docs/commands.md. */
  readonly about: string;
  /** Commented CLI command lines. */
  readonly examples: string;
  readonly exitCodes: readonly (readonly [number, string])[];
  /** Variables the help lists besides those of the inputs. */
  readonly env?: readonly { readonly name: string; readonly description: string }[];
}

export interface CommandSpec<O = never, R = never> {
  readonly name: string;
  /** One line, for `dct-sign --help`. */
  readonly summary: string;
  readonly help: CommandHelp;
  readonly inputs: readonly CommandInput[];
  readonly rules?: readonly Rule[];
  /** The operation's options from the inputs. */
  options(values: InputValues, context: RunContext): O;
  /** The operation, loaded when the command runs. */
  operation(): Promise<(options: O) => Promise<R>>;
  /** Whether this run calls `docker push`, which then gets the login too. */
  readonly pushes?: (values: InputValues) => boolean;
  /** The core's info lines repeat what the result shows: they become debug lines. */
  readonly infoAsDebug?: boolean;
  readonly outputs: readonly OutputSpec<R>[];
  /** Text for people: the CLI's stdout, the action's and task's log. */
  text(result: R, view: View): string;
  /** Lines the CLI writes on stderr and the others log before the text (files written, say). */
  readonly notes?: (result: R) => string;
  /** The CLI's --json, which every command has: scripts add it without knowing which command prints JSON already. */
  readonly json: {
    readonly help: string;
    readonly value: (result: R, view: View) => unknown;
    /** How the value is printed; default: JSON two spaces deep. */
    readonly format?: (value: unknown) => string;
  };
  /** The CLI's view flags. */
  readonly viewFlags?: readonly ViewFlag[];
  /** Whether the view shows a secret the user asked for (key-generate --base64): it is printed unmasked. */
  readonly reveals?: (view: View) => boolean;
  /** Secrets in the result, masked wherever the platform can mask. */
  readonly secrets?: (result: R) => readonly (string | undefined)[];
  readonly summaryOf?: (result: R) => Summary;
  /** The task's closing message. */
  readonly done: (result: R) => string;
  /** A result that is a failure (verify): one line each; outputs and summary are written first. */
  readonly failures?: (result: R) => readonly string[];
  /** The CLI's --verbose and --quiet; false for a command that logs nothing. */
  readonly logs?: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds specs of every option and result type
export type AnyCommandSpec = CommandSpec<any, any>;

/** Declares a spec with its option and result types inferred. */
export function defineCommand<O, R>(spec: CommandSpec<O, R>): CommandSpec<O, R> {
  return spec;
}
