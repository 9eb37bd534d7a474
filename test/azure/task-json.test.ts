// task.json against the code and docs/commands.md: the command pickList is
// the dispatch table, every input a command reads exists and is shown for
// that command (visibleRule of the input and of its group), every input shown
// is read, the documented inputs and outputs are there, and every output
// variable a command sets is declared.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureStdout, taskInputs } from './agent.ts';
import { OUTPUTS, PARSERS, SCENARIOS } from './commands/support.ts';
import { describe, expect, it, test } from 'vitest';
import { CONNECTION_INPUT } from '../../src/azure/constants.ts';
import { SECRET_INPUTS } from '../../src/azure/inputs.ts';
import { COMMANDS } from '../../src/azure/run.ts';
import { taskInputName } from '../../src/azure/failure-message.ts';

interface TaskInput {
  readonly name: string;
  readonly type: string;
  readonly defaultValue?: string | boolean;
  readonly required?: boolean;
  readonly groupName?: string;
  readonly visibleRule?: string;
  readonly options?: Readonly<Record<string, string>>;
}

interface TaskJson {
  readonly groups: readonly { readonly name: string; readonly visibleRule?: string }[];
  readonly inputs: readonly TaskInput[];
  readonly outputVariables: readonly { readonly name: string }[];
}

const ROOT = join(import.meta.dirname, '..', '..');
const task = JSON.parse(readFileSync(join(ROOT, 'task', 'task.json'), 'utf8')) as TaskJson;
const byName = new Map(task.inputs.map((i) => [i.name, i]));
const commandNames = Object.keys(COMMANDS);
/** Inputs every command but key-generate takes (docs: "connection inputs"), with the task's own. */
const CONNECTION_INPUTS = ['trustServer', 'trustServerCa', 'trustPin', CONNECTION_INPUT];

captureStdout();

/** A visibleRule as the task editor reads it: clauses joined by && or by ||, never both. */
function evaluate(rule: string | undefined, values: Readonly<Record<string, string>>): boolean {
  if (rule === undefined) return true;
  const and = rule.includes('&&');
  if (and && rule.includes('||')) throw new Error(`${rule}: && and || cannot be mixed`);
  const results = rule.split(and ? '&&' : '||').map((clause) => {
    const m = /^\s*(\w+)\s*(=|!=)\s*(\S+)\s*$/.exec(clause);
    if (!m) throw new Error(`${rule}: cannot read "${clause}"`);
    const [, name, op, value] = m as unknown as [string, string, string, string];
    const input = byName.get(name);
    if (!input) throw new Error(`${rule}: no input ${name}`);
    if (input.options && !(value in input.options)) throw new Error(`${rule}: ${name} has no option ${value}`);
    return op === '=' ? values[name] === value : values[name] !== value;
  });
  return and ? results.every(Boolean) : results.some(Boolean);
}

/** The inputs the editor shows with these values (defaults for the rest). */
function visibleInputs(values: Readonly<Record<string, string>>): Set<string> {
  const all: Record<string, string> = {};
  for (const input of task.inputs) all[input.name] = String(input.defaultValue ?? '');
  Object.assign(all, values);
  const groups = new Map(task.groups.map((g) => [g.name, g.visibleRule]));
  return new Set(
    task.inputs
      .filter((i) => evaluate(i.groupName ? groups.get(i.groupName) : undefined, all) && evaluate(i.visibleRule, all))
      .map((i) => i.name),
  );
}

function inputsRead(command: string, inputs: Readonly<Record<string, string>>): Set<string> {
  const read = taskInputs({ command, ...inputs });
  PARSERS[command]!(read);
  return new Set(read.used);
}

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** docs/commands.md's table: each command's inputs and outputs, as task names. */
function documented(): Map<string, { inputs: string[]; outputs: string[] }> {
  const doc = readFileSync(join(ROOT, 'docs', 'commands.md'), 'utf8');
  const rows = new Map<string, { inputs: string[]; outputs: string[] }>();
  for (const line of doc.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const command = /^`([a-z-]+)`/.exec(cells[1] ?? '')?.[1];
    if (!command || cells.length < 6) continue;
    const names = (text: string, name: (doc: string) => string) => {
      // `x`(+passphrase) names x and x-passphrase; other parentheses hold values.
      const withPassphrases = text.replace(/`([a-z-]+)`\(\+passphrase\)/g, '`$1`, `$1-passphrase`');
      const outside = withPassphrases.replace(/\([^)]*\)/g, '');
      return [...outside.matchAll(/`([a-z][a-z-]*)`/g)].map((m) => name(m[1]!));
    };
    // rotate-key: "for `signer`:" names a key role, not an input.
    rows.set(command, { inputs: names(cells[3]!, taskInputName).filter((n) => n !== 'signer'), outputs: names(cells[4]!, camelCase) });
  }
  return rows;
}

describe('task.json', () => {
  describe('#command', () => {
    it('offers the commands the task dispatches on, sign by default', () => {
      const command = byName.get('command')!;
      expect(Object.keys(command.options ?? {})).toEqual(commandNames);
      expect(command.defaultValue).toBe('sign');
    });

    it('lists the commands of docs/commands.md', () => {
      expect([...documented().keys()]).toEqual(commandNames);
    });
  });

  describe('#inputs', () => {
    it('has unique names, and the secret inputs are plain strings (a multiLine box would show them)', () => {
      expect(byName.size).toBe(task.inputs.length);
      for (const name of SECRET_INPUTS) expect(byName.get(name)?.type, name).toBe('string');
    });

    test.each(SCENARIOS.map((s) => [s.name, s] as const))('%s reads only inputs shown for it', (_, scenario) => {
      const values = { command: scenario.command, ...scenario.inputs };
      const shown = visibleInputs(values);
      const read = inputsRead(scenario.command, scenario.inputs);
      for (const name of read) expect(byName.has(name), `${name} is not in task.json`).toBe(true);
      expect([...read].filter((n) => !shown.has(n))).toEqual([]);
    });

    test.each(commandNames)('%s reads every input shown for it', (command) => {
      const scenarios = SCENARIOS.filter((s) => s.command === command);
      expect(scenarios.length).toBeGreaterThan(0);
      const read = new Set(scenarios.flatMap((s) => [...inputsRead(command, s.inputs)]));
      const shown = new Set(scenarios.flatMap((s) => [...visibleInputs({ command, ...s.inputs })]));
      shown.delete('command');
      expect([...shown].filter((n) => !read.has(n))).toEqual([]);
    });

    test.each(commandNames)('%s shows the inputs docs/commands.md lists, and only those', (command) => {
      const doc = documented().get(command)!;
      const shown = new Set(SCENARIOS.filter((s) => s.command === command).flatMap((s) => [...visibleInputs({ command, ...s.inputs })]));
      for (const name of doc.inputs) expect(shown.has(name), `${name} is documented for ${command}`).toBe(true);
      const connection = command === 'key-generate' ? [] : CONNECTION_INPUTS;
      const taskOnly = ['command', 'signerKeyFile', ...connection];
      expect([...shown].filter((n) => !doc.inputs.includes(n) && !taskOnly.includes(n))).toEqual([]);
      for (const name of connection) expect(shown.has(name), name).toBe(true);
    });

    it('makes only the inputs of every shown command required', () => {
      const required = task.inputs.filter((i) => i.required).map((i) => i.name);
      expect(required).toEqual(['command', 'tags', 'keyRole']);
      expect(byName.get('tags')!.visibleRule).toBe('command != key-generate');
      expect(byName.get('keyRole')!.visibleRule).toBe('command = rotate-key');
    });
  });

  describe('#outputVariables', () => {
    const declared = task.outputVariables.map((o) => o.name);

    test.each(commandNames)('declares what %s sets, as docs/commands.md lists it', (command) => {
      const set = Object.keys(OUTPUTS[command]!);
      expect(set.filter((n) => !declared.includes(n))).toEqual([]);
      expect([...set].sort()).toEqual([...documented().get(command)!.outputs].sort());
    });

    it('declares nothing no command sets', () => {
      const set = new Set(Object.values(OUTPUTS).flatMap((o) => Object.keys(o)));
      expect(declared.filter((n) => !set.has(n))).toEqual([]);
    });
  });
});
