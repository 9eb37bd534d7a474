// examples/ against what exists: every YAML file parses; every input of a
// dct-sign action step is an input of action.yml and every input of a DctSign
// task step is an input (or alias) of task/task.json; commands are ones the
// entrypoints run; outputs read from those steps are declared; and the action
// tag and task major follow the package's major version.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');

const ACTION_STEP = /^dct-sign\/dct-sign@(.+)$/;
const TASK_STEP = /^DctSign@(\d+)$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keysOf(value: unknown): string[] {
  return isObject(value) ? Object.keys(value) : [];
}

function parseYaml(file: string): unknown {
  const doc = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: true });
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('\n')}`);
  return doc.toJS() as unknown;
}

/** Every object in a parsed document, depth first. */
function* objects(value: unknown): Generator<Json> {
  if (Array.isArray(value)) {
    for (const v of value) yield* objects(v);
  } else if (isObject(value)) {
    yield value;
    for (const v of Object.values(value)) yield* objects(v);
  }
}

/** Every string in a parsed document. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isObject(value)) return Object.values(value).flatMap(strings);
  return [];
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const action = parseYaml(join(ROOT, 'action.yml'));
const actionInputs = new Set(keysOf(isObject(action) ? action.inputs : undefined));
const actionOutputs = new Set(keysOf(isObject(action) ? action.outputs : undefined));

interface TaskInput {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly options?: Readonly<Record<string, string>>;
}
interface TaskJson {
  readonly version: { readonly Major: number };
  readonly inputs: readonly TaskInput[];
  readonly outputVariables: readonly { readonly name: string }[];
}
const task = JSON.parse(readFileSync(join(ROOT, 'task', 'task.json'), 'utf8')) as TaskJson;
const taskInputs = new Set(task.inputs.flatMap((i) => [i.name, ...(i.aliases ?? [])]));
const taskOutputs = new Set(task.outputVariables.map((o) => o.name));
const commands = new Set(Object.keys(task.inputs.find((i) => i.name === 'command')?.options ?? {}));

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const major = pkg.version.split('.')[0];

const files = yamlFiles(EXAMPLES).map((f) => [relative(ROOT, f)] as const);

interface Steps {
  readonly actions: Json[];
  readonly tasks: Json[];
}

function dctSteps(doc: unknown): Steps {
  const actions: Json[] = [];
  const tasks: Json[] = [];
  for (const o of objects(doc)) {
    if (typeof o.uses === 'string' && ACTION_STEP.test(o.uses)) actions.push(o);
    if (typeof o.task === 'string' && TASK_STEP.test(o.task)) tasks.push(o);
  }
  return { actions, tasks };
}

describe('examples/', () => {
  it('holds GitHub workflows and Azure pipelines', () => {
    const all = files.map(([f]) => dctSteps(parseYaml(join(ROOT, f))));
    expect(all.some((s) => s.actions.length > 0)).toBe(true);
    expect(all.some((s) => s.tasks.length > 0)).toBe(true);
  });

  describe.each(files)('%s', (file) => {
    const path = join(ROOT, file);

    it('parses as YAML and runs dct-sign', () => {
      const steps = dctSteps(parseYaml(path));
      expect(steps.actions.length + steps.tasks.length).toBeGreaterThan(0);
    });

    describe('when a step uses the dct-sign action', () => {
      it('gives only inputs action.yml declares, and a command it runs', () => {
        for (const step of dctSteps(parseYaml(path)).actions) {
          for (const input of keysOf(step.with)) expect(actionInputs, `${file}: input ${input}`).toContain(input);
          const command = isObject(step.with) ? step.with.command : undefined;
          if (command !== undefined) expect(commands, `${file}: command`).toContain(command);
        }
      });

      it('uses the tag of the package major version', () => {
        for (const step of dctSteps(parseYaml(path)).actions) {
          expect(ACTION_STEP.exec(String(step.uses))?.[1]).toBe(`v${major}`);
        }
      });

      it('reads only outputs action.yml declares', () => {
        const doc = parseYaml(path);
        const jobs = isObject(doc) && isObject(doc.jobs) ? Object.values(doc.jobs) : [];
        for (const job of jobs) {
          const ids = new Set(dctSteps(job).actions.map((s) => s.id).filter((id) => typeof id === 'string'));
          for (const text of strings(job)) {
            for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
              if (ids.has(id)) expect(actionOutputs, `${file}: steps.${id}.outputs.${output}`).toContain(output);
            }
          }
        }
      });
    });

    describe('when a step runs the DctSign task', () => {
      it('gives only inputs (or aliases) task.json declares, and a command it runs', () => {
        for (const step of dctSteps(parseYaml(path)).tasks) {
          for (const input of keysOf(step.inputs)) expect(taskInputs, `${file}: input ${input}`).toContain(input);
          const command = isObject(step.inputs) ? step.inputs.command : undefined;
          if (command !== undefined) expect(commands, `${file}: command`).toContain(command);
        }
      });

      it('uses the task major version', () => {
        for (const step of dctSteps(parseYaml(path)).tasks) {
          expect(TASK_STEP.exec(String(step.task))?.[1]).toBe(String(task.version.Major));
        }
      });

      it('reads only output variables task.json declares', () => {
        const doc = parseYaml(path);
        const names = new Set(dctSteps(doc).tasks.map((s) => s.name).filter((n) => typeof n === 'string'));
        for (const text of strings(doc)) {
          for (const [, name, output] of text.matchAll(/\$\((\w+)\.(\w+)\)/g)) {
            if (names.has(name)) expect(taskOutputs, `${file}: $(${name}.${output})`).toContain(output);
          }
        }
      });
    });
  });
});
