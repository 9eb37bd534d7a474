// The files made from the command specs (action.yml, task/task.json,
// docs/commands.md, src/version.ts): they are what `npm run generate` makes
// now, the generator refuses specs it cannot make them from, and what it made
// works for users: task.json's form shows each command the inputs it reads
// (the input's and its group's visibleRule, as the editor evaluates them) and
// no others, requires only what every command needs, declares every output
// variable, and no input name or default a pipeline relies on has changed.

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, test } from 'vitest';
import { camelCase, CONNECTION_INPUT, fileInputOf, taskName } from '../../src/azure/names.ts';
import { ALL_INPUTS, INPUTS, use } from '../../src/commands/inputs.ts';
import { COMMANDS, DEFAULT_COMMAND, TASK_LABELS } from '../../src/commands/registry.ts';
import type { AnyCommandSpec, CommandInput, InputSpec } from '../../src/commands/spec.ts';
import { VERSION } from '../../src/version.ts';
import { generate, GENERATED, staleFiles, type ReadFile } from '../../scripts/generate/index.ts';
import { CATALOGUE, CatalogueError, type Catalogue, whenOf } from '../../scripts/generate/model.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const read: ReadFile = (path) => readFileSync(join(ROOT, path), 'utf8');

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
  readonly outputVariables: readonly { readonly name: string; readonly description: string }[];
}

const task = JSON.parse(read('task/task.json')!) as TaskJson;
const byName = new Map(task.inputs.map((i) => [i.name, i]));
const inputsOf = (spec: AnyCommandSpec) => spec.inputs as readonly CommandInput[];

/** The task inputs that give one input: a key also as its file, the login as the service connection. */
function taskNamesOf(input: InputSpec): string[] {
  if (input.kind === 'login') return [CONNECTION_INPUT];
  return input.kind === 'key' ? [taskName(input), fileInputOf(input)] : [taskName(input)];
}

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

/** Every combination of the values of the inputs that other inputs of `spec` depend on. */
function scenarios(spec: AnyCommandSpec): Record<string, string>[] {
  const inputs = inputsOf(spec);
  const depended = [...new Set(inputs.flatMap((i) => whenOf(spec, i)?.input ?? []))].map((name) => inputs.find((i) => i.name === name)!);
  let result: Record<string, string>[] = [{ command: spec.name }];
  for (const input of depended) {
    result = result.flatMap((values) => (input.choices ?? []).map((choice) => ({ ...values, [taskName(input)]: choice })));
  }
  return result;
}

function applies(spec: AnyCommandSpec, input: CommandInput, values: Readonly<Record<string, string>>): boolean {
  const when = whenOf(spec, input);
  if (!when) return true;
  return values[taskName(INPUTS[when.input as keyof typeof INPUTS])] === when.equals;
}

/** Action inputs and their defaults ('' for none), from action.yml's plain two-level layout. */
function actionSection(section: 'inputs' | 'outputs'): Map<string, string> {
  const text = read('action.yml')!;
  const body = new RegExp(`^${section}:\\n([\\s\\S]*?)^\\S`, 'm').exec(text)?.[1] ?? '';
  const entries = new Map<string, string>();
  let current: string | undefined;
  for (const line of body.split('\n')) {
    const name = /^ {2}([a-z][a-z0-9-]*):$/.exec(line);
    if (name) entries.set((current = name[1]!), '');
    const fallback = /^ {4}default: '([^']*)'$/.exec(line);
    if (fallback && current !== undefined) entries.set(current, fallback[1]!);
  }
  return entries;
}

describe('#generate', () => {
  describe('when the committed files are in step with the specs', () => {
    it('makes exactly what is committed (npm run generate -- --check passes)', () => {
      const files = generate(CATALOGUE, read);
      expect([...files.keys()]).toEqual([...GENERATED]);
      expect(staleFiles(files, read)).toEqual([]);
    });

    it('exits 0 in check mode and writes nothing', async () => {
      const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'generate.ts'), '--check']);
      expect(stdout).toContain('in step');
      expect(staleFiles(generate(CATALOGUE, read), read)).toEqual([]);
    });
  });

  describe('when a committed file differs', () => {
    it('names it', () => {
      const files = generate(CATALOGUE, read);
      const edited: ReadFile = (path) => (path === 'task/task.json' ? `${read(path)} ` : files.get(path as never));
      expect(staleFiles(files, edited)).toEqual(['task/task.json']);
    });
  });

  describe("when task.json has fields the specs do not make", () => {
    it('keeps their values and order, and makes groups, inputs and outputVariables anew', () => {
      const committed = JSON.parse(read('task/task.json')!) as Record<string, unknown>;
      const edited = { ...committed, version: { Major: 9, Minor: 8, Patch: 7 }, inputs: [], extra: 'kept' };
      const files = generate(CATALOGUE, (path) => (path === 'task/task.json' ? JSON.stringify(edited) : read(path)));
      const made = JSON.parse(files.get('task/task.json')!) as Record<string, unknown>;
      expect(Object.keys(made)).toEqual(Object.keys(edited));
      expect(made.version).toEqual({ Major: 9, Minor: 8, Patch: 7 });
      expect(made.extra).toBe('kept');
      const fromCommitted = JSON.parse(generate(CATALOGUE, read).get('task/task.json')!) as Record<string, unknown>;
      expect(made.inputs).toEqual(fromCommitted.inputs);
    });
  });

  describe('when the specs are inconsistent', () => {
    const unused: InputSpec = { ...INPUTS.force, name: 'unused-input', task: { label: 'Unused' } };
    const labels: Record<string, string> = { ...TASK_LABELS };
    delete labels.refresh;
    const [sign, ...rest] = COMMANDS;
    const badWhen = { ...sign!, inputs: [...inputsOf(sign!), use('old-signer-key', { when: { input: 'key-role', equals: 'signer' } })] };

    test.each<[string, Partial<Catalogue>, string]>([
      ['an input no command takes', { inputs: [...ALL_INPUTS, unused] }, 'input unused-input is taken by no command'],
      ['a command without a task label', { taskLabels: labels }, 'command refresh has no task label'],
      ['a when on an input the command lacks', { commands: [badWhen, ...rest] }, "sign's input old-signer-key depends on key-role, which sign does not take"],
    ])('refuses %s, naming it', (_, change, problem) => {
      const run = () => generate({ ...CATALOGUE, ...change }, read);
      expect(run).toThrow(CatalogueError);
      expect(run).toThrow(problem);
    });
  });
});

describe('task.json', () => {
  describe('#command', () => {
    it('offers the commands in the registry order, with their labels, sign by default', () => {
      const command = byName.get('command')!;
      expect(command.type).toBe('pickList');
      expect(command.options).toEqual(Object.fromEntries(COMMANDS.map((c) => [c.name, TASK_LABELS[c.name]])));
      expect(command.defaultValue).toBe(DEFAULT_COMMAND);
      expect(command.required).toBe(true);
    });
  });

  describe('#inputs', () => {
    it('has unique names, and every input the task reads', () => {
      expect(byName.size).toBe(task.inputs.length);
      for (const name of ALL_INPUTS.flatMap(taskNamesOf)) expect(byName.has(name), name).toBe(true);
    });

    it('keeps secrets in one-line string fields (a multi-line box shows what is typed)', () => {
      for (const input of ALL_INPUTS.filter((i) => i.kind === 'secret' || i.kind === 'key')) expect(byName.get(taskName(input))!.type, input.name).toBe('string');
    });

    it('has visibleRules the editor can read', () => {
      for (const rule of [...task.inputs.map((i) => i.visibleRule), ...task.groups.map((g) => g.visibleRule)]) {
        expect(() => evaluate(rule, {})).not.toThrow();
      }
      for (const input of task.inputs) if (input.groupName) expect(task.groups.map((g) => g.name)).toContain(input.groupName);
    });

    test.each(COMMANDS.map((c) => [c.name, c] as const))('shows %s every input it reads', (_, spec) => {
      for (const values of scenarios(spec)) {
        const shown = visibleInputs(values);
        const read = inputsOf(spec).filter((i) => applies(spec, i, values)).flatMap(taskNamesOf);
        expect(read.filter((n) => !shown.has(n)), JSON.stringify(values)).toEqual([]);
      }
    });

    test.each(COMMANDS.map((c) => [c.name, c] as const))('shows %s no input it does not take', (_, spec) => {
      const taken = new Set(['command', ...inputsOf(spec).flatMap(taskNamesOf)]);
      for (const values of scenarios(spec)) {
        const shown = visibleInputs(values);
        expect([...shown].filter((n) => !taken.has(n)), JSON.stringify(values)).toEqual([]);
        // An input only this command takes is hidden while its `when` does not hold.
        const own = inputsOf(spec).filter((i) => !applies(spec, i, values) && COMMANDS.every((c) => c === spec || !inputsOf(c).some((o) => o.name === i.name)));
        expect(own.flatMap(taskNamesOf).filter((n) => shown.has(n)), JSON.stringify(values)).toEqual([]);
      }
    });

    it('makes only the inputs every command that shows them needs required', () => {
      expect(task.inputs.filter((i) => i.required).map((i) => i.name)).toEqual(['command', 'tags', 'keyRole', 'signerPublicKey']);
      expect(byName.get('tags')!.visibleRule).toBe('command != key-generate && command != certificate');
      expect(byName.get('keyRole')!.visibleRule).toBe('command = rotate-key');
      expect(byName.get('signerPublicKey')!.visibleRule).toBe('command = signer-add');
    });

    it('keeps the names, types and defaults pipelines use', () => {
      const inputs = Object.fromEntries(task.inputs.map((i) => [i.name, [i.type, i.defaultValue]]));
      expect(inputs).toEqual({
        command: ['pickList', 'sign'],
        tags: ['multiLine', ''],
        dockerRegistryServiceConnection: ['connectedService:dockerregistry', ''],
        push: ['boolean', true],
        formats: ['multiLine', 'dct'],
        requiredSigners: ['multiLine', ''],
        signerPolicy: ['pickList', 'any'],
        formatsPolicy: ['pickList', 'any'],
        all: ['boolean', false],
        force: ['boolean', false],
        dryRun: ['boolean', false],
        keyRole: ['pickList', ''],
        keyDirectory: ['string', ''],
        expiringWithin: ['string', ''],
        signerName: ['string', ''],
        signerKey: ['string', ''],
        signerKeyFile: ['filePath', ''],
        signerKeyPassphrase: ['string', ''],
        signerPublicKey: ['multiLine', ''],
        cosignKey: ['string', ''],
        cosignKeyFile: ['filePath', ''],
        cosignKeyPassphrase: ['string', ''],
        cosignPublicKey: ['multiLine', ''],
        notationKey: ['string', ''],
        notationKeyFile: ['filePath', ''],
        notationKeyPassphrase: ['string', ''],
        notationCertificate: ['multiLine', ''],
        notationTrustAnchor: ['multiLine', ''],
        notationIdentity: ['multiLine', ''],
        certificate: ['boolean', false],
        certificateValidity: ['string', '365d'],
        output: ['string', ''],
        oldSignerKey: ['string', ''],
        rootKey: ['string', ''],
        rootKeyFile: ['filePath', ''],
        rootKeyPassphrase: ['string', ''],
        repositoryKey: ['string', ''],
        repositoryKeyFile: ['filePath', ''],
        repositoryKeyPassphrase: ['string', ''],
        newRepositoryKey: ['string', ''],
        newRepositoryKeyFile: ['filePath', ''],
        newRepositoryKeyPassphrase: ['string', ''],
        newRootKey: ['string', ''],
        newRootKeyFile: ['filePath', ''],
        newRootKeyPassphrase: ['string', ''],
        trustServer: ['string', ''],
        trustServerCa: ['string', ''],
        registryCa: ['string', ''],
        trustPin: ['string', ''],
        trustState: ['string', ''],
        trustStateForget: ['multiLine', ''],
        requirePin: ['boolean', false],
        timeout: ['string', '10m'],
      });
    });
  });

  describe('#outputVariables', () => {
    it('declares what the commands set, and nothing else', () => {
      const set = [...new Set(COMMANDS.flatMap((c) => (c.outputs as readonly { name: string }[]).map((o) => camelCase(o.name))))];
      expect(task.outputVariables.map((o) => o.name)).toEqual(set);
    });

    it('says which command sets each', () => {
      const signerKeyId = task.outputVariables.find((o) => o.name === 'signerKeyId')!;
      expect(signerKeyId.description).toMatch(/^sign: .* signer-add: .* key-generate: /);
    });
  });
});

describe('action.yml', () => {
  describe('#inputs', () => {
    it('keeps the names and defaults workflows use', () => {
      expect(Object.fromEntries(actionSection('inputs'))).toEqual({
        command: 'sign',
        tags: '',
        username: '',
        password: '',
        push: 'true',
        formats: 'dct',
        'required-signers': '',
        'signer-policy': 'any',
        'formats-policy': 'any',
        all: 'false',
        force: 'false',
        'dry-run': 'false',
        'key-role': '',
        'key-directory': '',
        'expiring-within': '',
        'signer-name': '',
        'signer-key': '',
        'signer-key-passphrase': '',
        'signer-public-key': '',
        'cosign-key': '',
        'cosign-key-passphrase': '',
        'cosign-public-key': '',
        'notation-key': '',
        'notation-key-passphrase': '',
        'notation-certificate': '',
        'notation-trust-anchor': '',
        'notation-identity': '',
        certificate: 'false',
        'certificate-validity': '365d',
        output: '',
        'old-signer-key': '',
        'root-key': '',
        'root-key-passphrase': '',
        'repository-key': '',
        'repository-key-passphrase': '',
        'new-repository-key': '',
        'new-repository-key-passphrase': '',
        'new-root-key': '',
        'new-root-key-passphrase': '',
        'trust-server': '',
        'trust-server-ca': '',
        'registry-ca': '',
        'trust-pin': '',
        'trust-state': '',
        'trust-state-forget': '',
        'require-pin': 'false',
        timeout: '10m',
      });
    });
  });

  describe('#outputs', () => {
    it('declares what the commands set, and nothing else', () => {
      const set = [...new Set(COMMANDS.flatMap((c) => (c.outputs as readonly { name: string }[]).map((o) => o.name)))];
      expect([...actionSection('outputs').keys()]).toEqual(set);
    });
  });

  it('runs the action bundle on node24', () => {
    expect(read('action.yml')).toMatch(/^runs:\n {2}using: 'node24'\n {2}main: 'dist\/index.js'\n$/m);
  });
});

describe('docs/commands.md', () => {
  it('has a section per command, in the registry order, then the warnings', () => {
    const headings = [...read('docs/commands.md')!.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([...COMMANDS.map((c) => c.name), 'Warnings']);
  });
});

describe('VERSION', () => {
  it("is package.json's version", () => {
    expect(VERSION).toBe((JSON.parse(read('package.json')!) as { version: string }).version);
  });
});
