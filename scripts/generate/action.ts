// action.yml's `inputs` and `outputs`, from the specs. The header (name,
// description, branding) and `runs` are kept as the file has them. Inputs:
// `command`, then the catalogue's in its order, a login as `username` and
// `password`; a key is its text (the action has no file variant).

import { type Catalogue, listing, outputDescription, outputUnion } from './model.ts';

const WIDTH = 100;

/** A YAML single-quoted scalar. */
const quoted = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** `key: 'text'`, or a folded block wrapped near WIDTH columns when that line would be longer. */
function scalar(indent: number, key: string, text: string): string {
  const pad = ' '.repeat(indent);
  const line = `${pad}${key}: ${quoted(text)}`;
  if (line.length <= WIDTH) return `${line}\n`;
  const inner = `${pad}  `;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && inner.length + current.length + 1 + word.length > WIDTH) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return `${pad}${key}: >-\n${lines.map((l) => `${inner}${l}\n`).join('')}`;
}

interface ActionInput {
  readonly name: string;
  readonly description: string;
  readonly default?: string;
}

function actionInputs(catalogue: Catalogue): ActionInput[] {
  const commands = catalogue.commands.map((c) => `${c.name} (${c.summary}${c.name === catalogue.defaultCommand ? '; the default' : ''})`);
  const command: ActionInput = {
    name: 'command',
    description: `What to do: ${listing(commands, 'or')}. See docs/commands.md for each command's inputs and outputs.`,
    default: catalogue.defaultCommand,
  };
  return [
    command,
    ...catalogue.inputs.flatMap((input): ActionInput[] => {
      if (input.kind === 'login') {
        return [
          { name: 'username', description: `Registry username, with password. ${input.description}` },
          { name: 'password', description: 'Registry password or token for username. Keep it in a secret.' },
        ];
      }
      const fallback = input.default === undefined ? {} : { default: String(input.default) };
      return [{ name: input.name, description: input.description, ...fallback }];
    }),
  ];
}

function inputsSection(catalogue: Catalogue): string {
  return actionInputs(catalogue)
    .map(
      (i) =>
        `  ${i.name}:\n${scalar(4, 'description', i.description)}    required: false\n` +
        (i.default === undefined ? '' : `    default: ${quoted(i.default)}\n`),
    )
    .join('');
}

function outputsSection(catalogue: Catalogue): string {
  return outputUnion(catalogue)
    .map((o) => `  ${o.name}:\n${scalar(4, 'description', outputDescription(o.uses))}`)
    .join('');
}

/** The whole file: `current`'s header and `runs`, the inputs and outputs made anew. */
export function actionYml(catalogue: Catalogue, current: string): string {
  const inputs = /^inputs:$/m.exec(current);
  const runs = /^runs:$/m.exec(current);
  if (!inputs || !runs || runs.index < inputs.index) throw new Error('action.yml: expected top-level `inputs:` and, after it, `runs:`');
  const head = current.slice(0, inputs.index);
  const tail = current.slice(runs.index);
  return `${head}inputs:\n${inputsSection(catalogue)}\noutputs:\n${outputsSection(catalogue)}\n${tail}`;
}
