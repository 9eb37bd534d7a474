// Reading a command's inputs through a platform's reader, the same way for
// every platform: secrets first (masked by the reader as it reads them),
// then each input with its default, its choices and its parse, then the
// command's rules, the login last. Errors are InputErrors that name the
// input in kebab-case; each platform spells the name its way.

import { InputError } from '../errors.ts';
import { splitList, type KeyInput } from '../operations/inputs.ts';
import type { ImageReference } from '../registry/reference.ts';
import { passphraseOf } from './inputs.ts';
import type { AnyCommandSpec, CommandInput, InputValue, InputValues, Login, Rule } from './spec.ts';

/** How a platform reads inputs; each method reads one input of its kind. */
export interface InputReader {
  /** string, enum, file-or-text: the value, undefined when empty. */
  text(input: CommandInput): string | undefined;
  /** list: the items, blanks dropped. */
  list(input: CommandInput): string[];
  /** boolean: undefined when not given. */
  boolean(input: CommandInput): boolean | undefined;
  /** secret: masked before it is returned. */
  secret(input: CommandInput): string | undefined;
  /** key: the key (masked) with its passphrase input's value. */
  key(input: CommandInput, passphrase: CommandInput | undefined): KeyInput | undefined;
  /** login: masked; may read stdin, so it is read last. */
  login(input: CommandInput): Promise<Login | undefined>;
  /** How a message names an input (or how to give it), e.g. `--signer-key-file PATH or DCT_SIGNER_KEY`, `signerKey`. */
  name(input: string): string;
  /**
   * Whether the value read for `input` came from the environment (a
   * variable it falls back to) rather than from the input itself. Absent:
   * the platform reads no environment for inputs.
   */
  fromEnvironment?(input: CommandInput): boolean;
}

/** `{signer-key}` in a message, in the platform's words. */
export function inWords(message: string, name: (input: string) => string): string {
  return message.replace(/\{([a-z-]+)\}/g, (_, input: string) => name(input));
}

function inputError(input: string, message: string, reader: InputReader): InputError {
  return new InputError(input, inWords(message, (n) => reader.name(n)));
}

/** Whether an input applies, given what its `when` input holds. */
function applies(input: CommandInput, raw: ReadonlyMap<string, InputValue>): boolean {
  if (!input.when) return true;
  const other = raw.get(input.when.input);
  return typeof other === 'string' && other.trim() === input.when.equals;
}

function readOne(input: CommandInput, spec: AnyCommandSpec, reader: InputReader): InputValue {
  switch (input.kind) {
    case 'list': {
      const items = reader.list(input);
      return items.length === 0 && typeof input.default === 'string' ? splitList(input.default) : items;
    }
    case 'boolean':
      return reader.boolean(input) ?? (input.default === true);
    case 'secret':
      return reader.secret(input);
    case 'key':
      return reader.key(input, spec.inputs.find((i: CommandInput) => i.name === passphraseOf(input.name)));
    case 'login':
      return undefined;
    default: {
      const value = reader.text(input);
      return value ?? (typeof input.default === 'string' ? input.default : undefined);
    }
  }
}

function isMissing(value: InputValue): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function given(value: InputValue): boolean {
  return !isMissing(value) && value !== false;
}

function checkRule(rule: Rule, raw: ReadonlyMap<string, InputValue>, reader: InputReader): void {
  switch (rule.kind) {
    case 'together': {
      const [a, b] = rule.inputs;
      if (given(raw.get(a)) !== given(raw.get(b))) throw inputError(given(raw.get(a)) ? b : a, rule.message, reader);
      return;
    }
    case 'one-of':
      if (!rule.inputs.some((name) => given(raw.get(name)))) throw inputError(rule.inputs[0]!, rule.message, reader);
      return;
    case 'single': {
      const items = raw.get(rule.input);
      if (Array.isArray(items) && items.length > 1) throw inputError(rule.input, rule.message.replace('{count}', String(items.length)), reader);
      return;
    }
    case 'only-with':
      // Checked before parsing (applyOnlyWith).
      return;
  }
}

/** An enum's value, or each item of a list, must be one of the input's choices. */
function checkChoices(input: CommandInput, value: InputValue): void {
  if (!input.choices) return;
  const items = typeof value === 'string' ? [value.trim()] : Array.isArray(value) ? (value as string[]) : [];
  for (const item of items) {
    if (!input.choices.includes(item)) throw new InputError(input.name, `"${item}" is not one of ${input.choices.join(', ')}`);
  }
}

/** `the a input`, `the a, b and c inputs`: the phrase each platform turns into its own names (the CLI's flags, the task's camelCase). */
function inputsPhrase(names: readonly string[]): string {
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  return `the ${listed} input${names.length > 1 ? 's' : ''}`;
}

/**
 * An `only-with` rule: without its value in the list, the inputs given are
 * refused, and those the environment gave are dropped (as not given).
 */
function applyOnlyWith(
  rule: Extract<Rule, { kind: 'only-with' }>,
  inputs: readonly CommandInput[],
  raw: Map<string, InputValue>,
  reader: InputReader,
): void {
  const control = inputs.find((i) => i.name === rule.input);
  // A misspelt format is named as such, not as a reason to refuse the others.
  if (control) checkChoices(control, raw.get(rule.input));
  const held = raw.get(rule.input);
  const listed = Array.isArray(held) ? (held as string[]) : typeof held === 'string' ? splitList(held) : [];
  if (listed.includes(rule.value)) return;
  const refused: string[] = [];
  for (const name of rule.inputs) {
    const input = inputs.find((i) => i.name === name);
    if (!input || !given(raw.get(name))) continue;
    if (reader.fromEnvironment?.(input)) raw.set(name, input.kind === 'boolean' ? false : undefined);
    else refused.push(name);
  }
  if (refused.length > 0) throw inputError(refused[0]!, rule.message.replace('{refused}', inputsPhrase(refused)), reader);
}

/** With a login for one registry, every reference must be in it: its credentials go nowhere else. */
function checkLoginRegistry(login: Login | undefined, parsed: ReadonlyMap<string, unknown>, reader: InputReader): void {
  if (!login?.registry) return;
  for (const [name, value] of parsed) {
    if (!Array.isArray(value)) continue;
    for (const ref of value as unknown[]) {
      const r = ref as Partial<ImageReference>;
      if (typeof r?.registry !== 'string' || r.registry.toLowerCase() === login.registry) continue;
      throw inputError(
        name,
        `${r.original} is in ${r.registry}, but {login} is for ${login.registry}; its credentials are only sent there, ` +
          'so run once for each registry',
        reader,
      );
    }
  }
}

class Values implements InputValues {
  readonly #raw: ReadonlyMap<string, InputValue>;
  readonly #parsed: ReadonlyMap<string, unknown>;
  readonly #login: Login | undefined;

  constructor(raw: ReadonlyMap<string, InputValue>, parsed: ReadonlyMap<string, unknown>, login: Login | undefined) {
    this.#raw = raw;
    this.#parsed = parsed;
    this.#login = login;
  }

  string(name: string): string | undefined {
    const v = this.#raw.get(name);
    return typeof v === 'string' && v.trim() !== '' ? v : undefined;
  }

  list(name: string): string[] {
    const v = this.#raw.get(name);
    return Array.isArray(v) ? [...(v as string[])] : [];
  }

  boolean(name: string): boolean {
    return this.#raw.get(name) === true;
  }

  key(name: string): KeyInput | undefined {
    const v = this.#raw.get(name);
    return typeof v === 'object' && v !== null && !Array.isArray(v) && 'text' in v ? v : undefined;
  }

  login(): Login | undefined {
    return this.#login;
  }

  parsed<T>(name: string): T | undefined {
    return this.#parsed.get(name) as T | undefined;
  }
}

/** Reads, checks and parses every input `spec` takes. */
export async function readInputs(spec: AnyCommandSpec, reader: InputReader): Promise<InputValues> {
  const inputs: readonly CommandInput[] = spec.inputs;
  const raw = new Map<string, InputValue>();
  const always = inputs.filter((i) => !i.when);
  // Secrets first: whatever fails later, they are masked by then.
  for (const input of always) if (input.kind === 'secret' || input.kind === 'key') raw.set(input.name, readOne(input, spec, reader));
  for (const input of always) if (!raw.has(input.name)) raw.set(input.name, readOne(input, spec, reader));
  // An input that applies only with another's value is not read otherwise: a bad value there cannot fail the run.
  for (const input of inputs) if (input.when) raw.set(input.name, applies(input, raw) ? readOne(input, spec, reader) : undefined);

  for (const rule of spec.rules ?? []) if (rule.kind === 'only-with') applyOnlyWith(rule, inputs, raw, reader);

  const parsed = new Map<string, unknown>();
  for (const input of inputs) {
    if (!applies(input, raw)) continue;
    const value = raw.get(input.name);
    if (input.required && isMissing(value)) throw inputError(input.name, input.required, reader);
    checkChoices(input, value);
    if (typeof value === 'string') raw.set(input.name, input.kind === 'enum' ? value.trim() : value);
    if (!input.parse || isMissing(value)) continue;
    const parse = input.parse;
    if (!Array.isArray(value)) parsed.set(input.name, await parse(value as string, input.name));
    else {
      // One item after another, so the first bad item is the one named.
      const items: unknown[] = [];
      for (const item of value as string[]) items.push(await parse(item, input.name));
      parsed.set(input.name, items);
    }
  }
  for (const rule of spec.rules ?? []) checkRule(rule, raw, reader);

  const loginInput = inputs.find((i) => i.kind === 'login');
  const login = loginInput ? await reader.login(loginInput) : undefined;
  checkLoginRegistry(login, parsed, reader);
  return new Values(raw, parsed, login);
}
