// What the generated files are made of: the commands (src/commands/registry.ts)
// and the input catalogue (src/commands/inputs.ts), with the questions every
// generated file asks of them (which commands take an input, when the task
// shows it) and the checks that hold before anything is written.

import { taskInputName } from '../../src/azure/failure-message.ts';
import { taskName } from '../../src/azure/names.ts';
import { inputNamePattern } from '../../src/commands/input-names.ts';
import { ALL_INPUTS, passphraseOf } from '../../src/commands/inputs.ts';
import { COMMANDS, DEFAULT_COMMAND, TASK_LABELS } from '../../src/commands/registry.ts';
import type { AnyCommandSpec, CommandInput, InputSpec } from '../../src/commands/spec.ts';

export interface Catalogue {
  readonly commands: readonly AnyCommandSpec[];
  readonly inputs: readonly InputSpec[];
  readonly defaultCommand: string;
  /** The task's label of each command. */
  readonly taskLabels: Readonly<Record<string, string>>;
}

export const CATALOGUE: Catalogue = { commands: COMMANDS, inputs: ALL_INPUTS, defaultCommand: DEFAULT_COMMAND, taskLabels: TASK_LABELS };

/** The catalogue does not describe a consistent set of files; each problem is a line. */
export class CatalogueError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`the command specs cannot be generated from:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogueError';
    this.problems = problems;
  }
}

/** One command taking one input. */
export interface Use {
  readonly command: AnyCommandSpec;
  readonly input: CommandInput;
}

export type When = NonNullable<CommandInput['when']>;

export function usesOf(catalogue: Catalogue, name: string): Use[] {
  return catalogue.commands.flatMap((command) =>
    (command.inputs as readonly CommandInput[]).filter((i) => i.name === name).map((input) => ({ command, input })),
  );
}

/**
 * When the command reads the input: its own `when`, or for a key's
 * passphrase, the key's (keyInputs gives the `when` to the key only, and a
 * passphrase is no use without its key).
 */
export function whenOf(command: AnyCommandSpec, input: CommandInput): When | undefined {
  if (input.when) return input.when;
  const inputs = command.inputs as readonly CommandInput[];
  const key = inputs.find((i) => i.kind === 'key' && passphraseOf(i.name) === input.name);
  return key?.when;
}

/** `a, b and c`. */
export function listing(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** The names errors and descriptions give inputs: a login is `username` and `password`. */
export function inputNames(catalogue: Catalogue): string[] {
  return catalogue.inputs.flatMap((i) => (i.kind === 'login' ? ['username', 'password'] : [i.name]));
}

/** Text in the task's words: input names in kebab-case become the task's (as failure-message.ts translates errors). */
export function taskWords(catalogue: Catalogue): (text: string) => string {
  const renamed = inputNames(catalogue).filter((name) => taskInputName(name) !== name);
  if (renamed.length === 0) return (text) => text;
  const pattern = inputNamePattern(renamed);
  return (text) => text.replace(pattern, (name) => taskInputName(name));
}

/** Every output of every command once, by name, in the order they first appear, with the commands that set it. */
export function outputUnion(catalogue: Catalogue): { name: string; uses: { command: string; description: string }[] }[] {
  const outputs = new Map<string, { command: string; description: string }[]>();
  for (const command of catalogue.commands) {
    for (const output of command.outputs as readonly { name: string; description: string }[]) {
      const uses = outputs.get(output.name) ?? [];
      uses.push({ command: command.name, description: output.description });
      outputs.set(output.name, uses);
    }
  }
  return [...outputs].map(([name, uses]) => ({ name, uses }));
}

/** `sign: the digest. signer-add: the key IDs.`: what each command sets the output to. */
export function outputDescription(uses: readonly { command: string; description: string }[], words: (text: string) => string = (t) => t): string {
  return uses.map((u) => `${u.command}: ${sentence(words(u.description))}`).join(' ');
}

/** Markdown text outside code spans: `<key ID>` is no HTML tag, `*` no emphasis; in a table `|` is no cell border. */
export function markdown(text: string, cell = false): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => {
      const inCode = i % 2 === 1;
      const escaped = inCode ? part : part.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('*', '\\*');
      return cell ? escaped.replaceAll('|', '\\|') : escaped;
    })
    .join('');
}

/** Ends the text with a full stop unless it has one. */
export const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Everything that has to hold for the files to be made; throws CatalogueError with every problem found. */
export function checkCatalogue(catalogue: Catalogue): void {
  const problems: string[] = [];
  const byName = new Map<string, InputSpec>();
  for (const input of catalogue.inputs) {
    if (byName.has(input.name)) problems.push(`input ${input.name} is in the catalogue twice`);
    byName.set(input.name, input);
  }
  const commandNames = catalogue.commands.map((c) => c.name);
  if (new Set(commandNames).size !== commandNames.length) problems.push(`a command name is used twice: ${commandNames.join(', ')}`);
  if (!commandNames.includes(catalogue.defaultCommand)) problems.push(`the default command ${catalogue.defaultCommand} is no command`);
  for (const name of commandNames) if (!catalogue.taskLabels[name]) problems.push(`command ${name} has no task label (TASK_LABELS)`);
  for (const name of Object.keys(catalogue.taskLabels)) if (!commandNames.includes(name)) problems.push(`TASK_LABELS has ${name}, which is no command`);

  const logins = catalogue.inputs.filter((i) => i.kind === 'login');
  if (logins.length > 1) problems.push(`more than one login input: ${logins.map((i) => i.name).join(', ')}`);
  for (const input of catalogue.inputs) {
    if (usesOf(catalogue, input.name).length === 0) problems.push(`input ${input.name} is taken by no command`);
    if (taskInputName(input.name) !== taskName(input)) {
      problems.push(`input ${input.name}: its task name ${taskName(input)} is not the one errors give it (${taskInputName(input.name)})`);
    }
    if (input.kind === 'enum') {
      if (!input.choices?.length) problems.push(`enum input ${input.name} has no choices`);
      const options = Object.keys(input.task.options ?? {});
      if (input.task.options && options.join() !== (input.choices ?? []).join()) {
        problems.push(`enum input ${input.name}: task.options (${options.join(', ')}) are not its choices (${(input.choices ?? []).join(', ')})`);
      }
      if (typeof input.default === 'string' && !input.choices?.includes(input.default)) problems.push(`enum input ${input.name}: default ${input.default} is no choice`);
    }
    if (input.kind === 'boolean' && input.default !== undefined && typeof input.default !== 'boolean') {
      problems.push(`boolean input ${input.name} has the default ${JSON.stringify(input.default)}`);
    }
    if (input.kind === 'key' && !byName.has(passphraseOf(input.name))) problems.push(`key input ${input.name} has no ${passphraseOf(input.name)}`);
    if (/\n| {2}|^\s|\s$/.test(input.description)) problems.push(`input ${input.name}: its description must be one line without doubled spaces`);
  }

  for (const command of catalogue.commands) {
    const inputs = command.inputs as readonly CommandInput[];
    const seen = new Set<string>();
    for (const input of inputs) {
      const where = `${command.name}'s input ${input.name}`;
      if (seen.has(input.name)) problems.push(`${where} is there twice`);
      seen.add(input.name);
      const spec = byName.get(input.name);
      if (!spec) {
        problems.push(`${where} is not in the catalogue`);
        continue;
      }
      if (spec.kind !== input.kind) problems.push(`${where} is a ${input.kind}, the catalogue's a ${spec.kind}`);
      if (input.when) {
        const other = inputs.find((i) => i.name === input.when!.input);
        if (!other) problems.push(`${where} depends on ${input.when.input}, which ${command.name} does not take`);
        else if (other.kind !== 'enum' || !other.choices?.includes(input.when.equals)) {
          problems.push(`${where} depends on ${input.when.input} = ${input.when.equals}, which is not one of its choices`);
        }
      }
    }
    const outputs = (command.outputs as readonly { name: string; description: string }[]).map((o) => o.name);
    if (new Set(outputs).size !== outputs.length) problems.push(`${command.name} has an output twice: ${outputs.join(', ')}`);
    for (const output of command.outputs as readonly { name: string; description: string }[]) {
      if (/\n| {2}/.test(output.description)) problems.push(`${command.name}'s output ${output.name}: its description must be one line`);
    }
  }
  if (problems.length > 0) throw new CatalogueError(problems);
}
