// task/task.json's `groups`, `inputs` and `outputVariables`, from the specs;
// every other field is kept as the file has it, in its order. An input is
// shown (visibleRule) for the commands that take it; a key has a second,
// filePath input for a secure file; the login is the docker-registry service
// connection. Azure's visibleRule cannot mix && and ||, which decides how
// a rule is spelt.

import { camelCase, fileInputOf, taskName } from '../../src/azure/names.ts';
import type { AnyCommandSpec, InputSpec, TaskField } from '../../src/commands/spec.ts';
import { type Catalogue, markdown, outputDescription, outputUnion, sentence, taskWords, usesOf, whenOf } from './model.ts';

type Group = NonNullable<TaskField['group']>;

/** The task's input groups, in the order the form shows them. */
export const TASK_GROUPS: readonly { readonly name: Group; readonly displayName: string; readonly isExpanded: boolean }[] = [
  { name: 'signer', displayName: 'Signer', isExpanded: true },
  { name: 'keys', displayName: 'Repository keys', isExpanded: true },
  { name: 'trust', displayName: 'Trust server', isExpanded: false },
];

export interface TaskInput {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly type: string;
  readonly label: string;
  readonly defaultValue: string | boolean;
  readonly required: boolean;
  readonly groupName?: string;
  readonly visibleRule?: string;
  readonly helpMarkDown: string;
  readonly properties?: Readonly<Record<string, string>>;
  readonly options?: Readonly<Record<string, string>>;
}

/** Shown for these commands: `command = a || command = b` or `command != c && …`, whichever is shorter. */
export function commandRule(all: readonly string[], taking: readonly string[]): string | undefined {
  if (all.every((c) => taking.includes(c))) return undefined;
  const shown = taking.map((c) => `command = ${c}`).join(' || ');
  const hidden = all
    .filter((c) => !taking.includes(c))
    .map((c) => `command != ${c}`)
    .join(' && ');
  return hidden.length < shown.length ? hidden : shown;
}

function visibleRule(catalogue: Catalogue, input: InputSpec): string | undefined {
  const uses = usesOf(catalogue, input.name);
  const only = uses.length === 1 ? uses[0]! : undefined;
  const when = only ? whenOf(only.command, only.input) : undefined;
  if (only && when) {
    const other = catalogue.inputs.find((i) => i.name === when.input)!;
    return `command = ${only.command.name} && ${taskName(other)} = ${when.equals}`;
  }
  return commandRule(
    catalogue.commands.map((c) => c.name),
    uses.map((u) => u.command.name),
  );
}

/**
 * Required when every command that takes it cannot do without it (and the
 * form hides it from the others). Not for a key, which may come as its file,
 * nor where a `when` the visibleRule cannot say would make it required while
 * it does not apply.
 */
function required(catalogue: Catalogue, input: InputSpec): boolean {
  if (input.kind === 'key' || input.kind === 'login') return false;
  const uses = usesOf(catalogue, input.name);
  if (uses.length === 0 || !uses.every((u) => u.input.required !== undefined)) return false;
  return uses.length === 1 || uses.every((u) => whenOf(u.command, u.input) === undefined);
}

function typeOf(input: InputSpec): string {
  switch (input.kind) {
    case 'list':
      return 'multiLine';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return 'pickList';
    case 'login':
      return 'connectedService:dockerregistry';
    case 'string':
      // A value given once a line (notation-identity, which holds commas) needs a box of several lines.
      return input.multiple && input.task.rows !== undefined ? 'multiLine' : 'string';
    case 'file-or-text':
      // Several PEM blocks need a box of several lines.
      return input.task.rows === undefined ? 'string' : 'multiLine';
    default:
      // A secret or key stays a one-line field: a multi-line box shows what is typed into it.
      return 'string';
  }
}

/** The catalogue's description in the task's words, with what only the task has: the service connection, a key's file. */
function helpOf(input: InputSpec, words: (text: string) => string): string {
  const description = sentence(words(input.description));
  if (input.kind === 'login') return `A Docker Registry service connection, which holds the registry credentials. ${description}`;
  if (input.kind === 'key') return `${description} Give this or ${fileInputOf(input)}.`;
  return description;
}

function taskInputs(catalogue: Catalogue): TaskInput[] {
  const words = taskWords(catalogue);
  const labels = catalogue.commands.map((c: AnyCommandSpec) => {
    const summary = `${c.summary}${c.name === catalogue.defaultCommand ? ' (the default)' : ''}`;
    return `\`${c.name}\`: ${summary}`;
  });
  const command: TaskInput = {
    name: 'command',
    type: 'pickList',
    label: 'Command',
    defaultValue: catalogue.defaultCommand,
    required: true,
    helpMarkDown: `What to do: ${labels.join('; ')}. See docs/commands.md for each command's inputs and output variables.`,
    options: Object.fromEntries(catalogue.commands.map((c) => [c.name, catalogue.taskLabels[c.name]!])),
  };
  return [
    command,
    ...catalogue.inputs.flatMap((input): TaskInput[] => {
      const name = taskName(input);
      const rule = visibleRule(catalogue, input);
      const placement = {
        ...(input.task.group ? { groupName: input.task.group } : {}),
        ...(rule ? { visibleRule: rule } : {}),
      };
      const type = typeOf(input);
      const defaultValue = input.default ?? '';
      const main: TaskInput = {
        name,
        ...(input.task.aliases ? { aliases: input.task.aliases } : {}),
        type,
        label: input.task.label,
        defaultValue: input.kind === 'boolean' ? input.default === true : String(defaultValue),
        required: required(catalogue, input),
        ...placement,
        helpMarkDown: markdown(helpOf(input, words)),
        ...(type === 'multiLine' ? { properties: { resizable: 'true', ...(input.task.rows ? { rows: String(input.task.rows) } : {}) } } : {}),
        ...(type === 'pickList' ? { options: input.task.options ?? Object.fromEntries((input.choices ?? []).map((c) => [c, c])) } : {}),
      };
      if (input.kind !== 'key') return [main];
      const file: TaskInput = {
        name: fileInputOf(input),
        type: 'filePath',
        label: `${input.task.label} file`,
        defaultValue: '',
        required: false,
        ...placement,
        helpMarkDown:
          `Path of a file holding the ${input.task.label.toLowerCase()}, for example \`$(${name}.secureFilePath)\` from a ` +
          `\`DownloadSecureFile@1\` step named \`${name}\`. Give this or ${name}.`,
      };
      return [main, file];
    }),
  ];
}

function taskGroups(catalogue: Catalogue): { name: string; displayName: string; isExpanded: boolean; visibleRule?: string }[] {
  const all = catalogue.commands.map((c) => c.name);
  return TASK_GROUPS.map((group) => {
    const inputs = catalogue.inputs.filter((i) => i.task.group === group.name);
    if (inputs.length === 0) throw new Error(`task group ${group.name} has no inputs`);
    const taking = new Set(inputs.flatMap((i) => usesOf(catalogue, i.name).map((u) => u.command.name)));
    const rule = commandRule(
      all,
      all.filter((c) => taking.has(c)),
    );
    return { ...group, ...(rule ? { visibleRule: rule } : {}) };
  });
}

function outputVariables(catalogue: Catalogue): { name: string; description: string }[] {
  const words = taskWords(catalogue);
  return outputUnion(catalogue).map((o) => ({ name: camelCase(o.name), description: outputDescription(o.uses, words) }));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The whole file: `current`'s fields, with groups, inputs and outputVariables made anew. */
export function taskJson(catalogue: Catalogue, current: string): string {
  const parsed: unknown = JSON.parse(current);
  if (!isRecord(parsed)) throw new Error('task/task.json: expected a JSON object');
  const generated: Record<string, unknown> = {
    groups: taskGroups(catalogue),
    inputs: taskInputs(catalogue),
    outputVariables: outputVariables(catalogue),
  };
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) result[key] = key in generated ? generated[key] : value;
  for (const [key, value] of Object.entries(generated)) if (!(key in result)) result[key] = value;
  return `${JSON.stringify(result, null, 2)}\n`;
}
