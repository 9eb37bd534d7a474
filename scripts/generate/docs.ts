// docs/commands.md, the reference of every command on every platform, from
// the specs: how names map from the action to the task and the CLI, then per
// command what it does, its inputs (with the CLI's flags as flags.ts makes
// them and the task's names as task.json has them) and its outputs.

import { camelCase, CONNECTION_INPUT, fileInputOf, taskName } from '../../src/azure/names.ts';
import { flagGroups, flagsOf, type FlagSpec } from '../../src/cli/flags.ts';
import type { AnyCommandSpec, CommandInput } from '../../src/commands/spec.ts';
import { type Catalogue, listing, markdown as md, whenOf } from './model.ts';

const WARNINGS = `Warnings from the core (for example a role that expires within six months)
become the platform's warning annotation: \`core.warning\` in the action,
\`tl.warning\` (\`##vso[task.logissue type=warning]\`) in the task, \`warning:\` on
stderr in the CLI.`;

const code = (text: string) => `\`${text}\``;

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => c || ' ').join(' | ')} |`.replace(/ {2,}\|/g, ' |');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

/** The help's paragraphs: indented ones (a table of values) as a code block, the others as text. */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => {
      const lines = p.split('\n');
      if (lines.every((l) => /^\s/.test(l))) {
        const indent = Math.min(...lines.map((l) => /^\s*/.exec(l)![0].length));
        return `\`\`\`text\n${lines.map((l) => l.slice(indent)).join('\n')}\n\`\`\``;
      }
      return md(lines.map((l) => l.trim()).join(' '));
    })
    .join('\n\n');
}

const flagText = (f: FlagSpec) => code(`--${f.name}${f.value ? ` ${f.value}` : ''}`);

/** The operand as the usage shows it: `REFERENCE...` for several, `REPOSITORY` for one. */
function operandOf(spec: AnyCommandSpec, operand: string): string {
  const shown = new RegExp(`\\b${operand}(\\.\\.\\.)?`).exec(spec.help.usage);
  return shown ? shown[0] : operand;
}

function inputRow(spec: AnyCommandSpec, input: CommandInput): string[] {
  const names = input.kind === 'login' ? 'username, password' : input.name;
  const cli = input.operand !== undefined ? `arguments: ${code(operandOf(spec, input.operand))}` : flagsOf(input).map(flagText).join(', ');
  const task = input.kind === 'login' ? code(CONNECTION_INPUT) : input.kind === 'key' ? `${code(taskName(input))}, ${code(fileInputOf(input))}` : code(taskName(input));
  const defaults = [
    ...(input.default === undefined ? [] : [code(String(input.default))]),
    ...(input.workDirectoryDefault ? ["the runner's or agent's temporary directory (CLI: the current directory)"] : []),
    ...(input.env?.length ? [`CLI: ${input.env.map((e) => code(`$${e}`)).join(', ')}`] : []),
  ];
  const when = whenOf(spec, input);
  const help = `${when ? `with ${when.input} ${when.equals}: ` : ''}${input.help}`;
  return [
    names
      .split(', ')
      .map((n) => code(n))
      .join(', '),
    md(cli, true),
    md(task, true),
    input.required ? 'yes' : '',
    md(defaults.join('; '), true),
    md(help, true),
  ];
}

function commandSection(catalogue: Catalogue, spec: AnyCommandSpec): string {
  const inputs = spec.inputs as readonly CommandInput[];
  const outputs = spec.outputs as readonly { name: string; description: string }[];
  const output = flagGroups(spec)
    .at(-1)!
    .flags.filter((f) => f.name !== 'help')
    .map((f) => `- ${flagText(f)}: ${md(f.description)}`);
  const parts = [
    `## ${spec.name}`,
    `${md(spec.summary.charAt(0).toUpperCase() + spec.summary.slice(1))}.${spec.name === catalogue.defaultCommand ? ' The default command of the action and the task.' : ''}`,
    `\`\`\`sh\ndct-sign ${spec.name} ${spec.help.usage}\n\`\`\``,
    paragraphs(spec.help.about),
    inputs.length > 0 ? table(['input', 'CLI', 'task', 'required', 'default', 'help'], inputs.map((i) => inputRow(spec, i))) : 'No inputs.',
    outputs.length > 0
      ? table(
          ['output', 'task variable', 'description'],
          outputs.map((o) => [code(o.name), code(camelCase(o.name)), md(o.description, true)]),
        )
      : 'No outputs.',
    ...(output.length > 0 ? [`The CLI's output flags:\n\n${output.join('\n')}`] : []),
  ];
  return parts.join('\n\n');
}

function intro(catalogue: Catalogue): string {
  const inputs = catalogue.inputs;
  const example = inputs.find((i) => i.name === 'signer-name') ?? inputs.find((i) => i.name.includes('-') && i.kind !== 'key' && i.kind !== 'login');
  const key = inputs.find((i) => i.kind === 'key');
  const login = inputs.find((i) => i.kind === 'login');
  const boolean = inputs.find((i) => i.kind === 'boolean' && i.default === true);
  const operands = [...new Set(catalogue.commands.flatMap((c) => (c.inputs as readonly CommandInput[]).filter((i) => i.operand !== undefined).map((i) => i.name)))];
  const output = catalogue.commands.flatMap((c) => c.outputs as readonly { name: string }[]).find((o) => o.name.includes('-'));
  const names = [
    ...(example
      ? [
          `- Action input: kebab-case, ${code(example.name)}; the ${code('command')} input picks the command (default ${code(catalogue.defaultCommand)}).`,
          `- Task input: camelCase, ${code(taskName(example))}; ${code('command')} picks the command, in a list.`,
          `- CLI flag: ${code(`--${example.name}`)}, after ${code('dct-sign COMMAND')}` +
            (operands.length > 0 ? `; the arguments give ${listing(operands.map(code), 'or')} (see each command's usage)` : '') +
            (boolean ? `; a boolean that is true by default also has ${code(`--no-${boolean.name}`)}` : '') +
            '. Some inputs fall back to environment variables in the CLI (the default column).',
        ]
      : []),
    ...(key
      ? [
          `- A private key (${code(key.name)}) is PEM text, or PEM base64-encoded, in the action and the task (${code(taskName(key))}), ` +
            `and a file as ${code(`--${key.name}-file PATH`)} in the CLI and ${code(fileInputOf(key))} in the task (a secure file's path). ` +
            `The CLI also takes the text as ${code(`--${key.name}`)}. Its passphrase is the input ${code(`${key.name}-passphrase`)}.`,
        ]
      : []),
    ...(login
      ? [
          `- The registry login is ${code('username')} and ${code('password')} in the action and the CLI ` +
            `(${code('--username')}, ${code('--password')} or ${code('--password-stdin')}), and the Docker registry service connection ` +
            `${code(taskName(login))} in the task. Without one, the login in docker's config.json is used.`,
        ]
      : []),
    ...(output ? [`- Outputs: the action's are kebab-case (${code(output.name)}), the task's output variables camelCase (${code(camelCase(output.name))}).`] : []),
  ];
  const commands = table(
    ['command', 'what it does'],
    catalogue.commands.map((c) => [`[${code(c.name)}](#${c.name})${c.name === catalogue.defaultCommand ? ' (default)' : ''}`, md(c.summary, true)]),
  );
  return `<!-- generated by npm run generate from src/commands; do not edit -->
# Commands and their inputs

The GitHub Action (action.yml), the Azure Pipelines task (task/task.json) and
the CLI (\`dct-sign COMMAND\`) have the same commands with the same inputs. This
page, action.yml, task.json and the CLI's \`--help\` are made from the command
specs in src/commands.

Each input has one name, spelt the platform's way:

${names.join('\n')}

${commands}`;
}

export function commandsMd(catalogue: Catalogue): string {
  const sections = catalogue.commands.map((c) => commandSection(catalogue, c));
  return `${[intro(catalogue), ...sections, `## Warnings\n\n${WARNINGS}`].join('\n\n')}\n`;
}
