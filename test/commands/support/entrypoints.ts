// One way to run a command through any of the three entrypoints' bundles,
// for the stack suite that runs every command through all three: the CLI
// (dist/cli/index.js), the GitHub Action (dist/index.js) and the Azure task
// (task/dist/index.js). Inputs are given by the command layer's kebab-case
// names (and a login as username/password) and translated per platform from
// the command's spec: the CLI's arguments and flags, the action's INPUT_*,
// the task's camelCase inputs and its service connection. What each printed
// comes back in one shape, so one assertion holds for every entrypoint.

import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { taskName } from '../../../src/azure/names.ts';
import { findCommand } from '../../../src/commands/registry.ts';
import type { AnyCommandSpec, CommandInput } from '../../../src/commands/spec.ts';
import { BUNDLE as TASK_BUNDLE } from '../../azure/build-task.ts';
import { maskedValues, visibleOutput, vsoCommands, type EndpointSpec } from '../../azure/support.ts';
import { completion, runTask, summaries, type TaskRun } from '../../azure/task-run.ts';
import { CliBundle, type CliRun } from '../../cli/stack-support.ts';
import { runAction, type ActionRun } from '../../github/support/action-run.ts';
import { BUNDLE as ACTION_BUNDLE, ROOT } from '../../github/support/build-action.ts';
import { masks, shownLog } from '../../github/support/leaks.ts';
import { unescapeCommandData } from '../../github/support/runner-env.ts';
import type { StackInfo } from '../../support/stack.ts';

export const ENTRYPOINTS = ['cli', 'action', 'task'] as const;
export type Entrypoint = (typeof ENTRYPOINTS)[number];

export const CLI_BUNDLE = join(ROOT, 'dist', 'cli', 'index.js');
const BUNDLES: Readonly<Record<Entrypoint, string>> = { cli: CLI_BUNDLE, action: ACTION_BUNDLE, task: TASK_BUNDLE };

/** A list as items, or as the one-a-line text the action and the task take. */
export type InputValue = string | boolean | readonly string[];

/** By the command layer's names (signer-key, tags, ...); a login as `username` and `password`. */
export type Inputs = Readonly<Record<string, InputValue>>;

export interface RunOptions {
  /** CLI: view flags to give (pretty, base64). */
  readonly view?: readonly string[];
  /** CLI: give --json, where the command has it, and read the outputs from it (the default). */
  readonly json?: boolean;
  /** Task: the Node.js that runs the bundle, as the Node20_1 handler does. */
  readonly node?: string;
}

export interface EntrypointRun {
  readonly entrypoint: Entrypoint;
  readonly command: string;
  /** CLI exit 0; action exit 0 with no error annotation; task completed Succeeded. */
  readonly ok: boolean;
  readonly exitCode: number | null;
  /** False where the entrypoint has no outputs for the run (the CLI without --json). */
  readonly hasOutputs: boolean;
  /** By kebab-case name: the action's step outputs, the task's output variables, the CLI's --json. */
  readonly outputs: Readonly<Record<string, string>>;
  /** Everything the process printed. */
  readonly log: string;
  /** The failure lines, without their prefix: `::error::`, the task's failure message, `dct-sign: error: `. */
  readonly errors: readonly string[];
  /** The action's job summary (HTML), the task's uploaded summary (markdown); '' for the CLI. */
  readonly summary: string;
  /** What a person sees of the run, outputs and summary included: where no secret may be. */
  readonly shown: string;
  /** What the run registered with the platform's masker; undefined for the CLI, which masks itself. */
  readonly masks: readonly string[] | undefined;
  /** The CLI's --json, parsed. */
  readonly json?: unknown;
  /** The run as the platform's own helper returned it. */
  readonly cli?: CliRun;
  readonly action?: ActionRun;
  readonly task?: TaskRun;
}

export interface DriverEnvironment {
  readonly stack: StackInfo;
  /** Scratch space: HOME, the runner's and agent's temp directories, key files. */
  readonly dir: string;
  /** http://host:port of the registry the task's service connection is for. */
  readonly registryUrl: string;
}

export interface Driver {
  readonly entrypoint: Entrypoint;
  run(command: string, inputs: Inputs, options?: RunOptions): Promise<EntrypointRun>;
  /** How the entrypoint's messages name an input: `REFERENCE`, `--signer-key-file`; `tags`; `signerKey`. */
  inputName(command: string, input: string): string;
}

/** Fails unless every bundle is at least as new as everything under src/: the suite tests the bundles `npm run build` makes. */
export async function checkBundles(): Promise<void> {
  let newest = { path: '', mtime: 0 };
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        const { mtimeMs } = await stat(path);
        if (mtimeMs > newest.mtime) newest = { path, mtime: mtimeMs };
      }
    }
  };
  await walk(join(ROOT, 'src'));
  for (const [entrypoint, bundle] of Object.entries(BUNDLES)) {
    const built = await stat(bundle).catch(() => undefined);
    if (!built) throw new Error(`the ${entrypoint} bundle ${bundle} is missing; run \`npm run build\` first`);
    if (built.mtimeMs < newest.mtime) {
      throw new Error(`the ${entrypoint} bundle ${bundle} is older than ${newest.path}; run \`npm run build\` first`);
    }
  }
}

function spec(command: string): AnyCommandSpec {
  const found = findCommand(command);
  if (!found) throw new Error(`no command ${command}`);
  return found;
}

interface Given {
  readonly input: CommandInput;
  readonly value: InputValue;
}

/** The inputs split by the spec: the command's own inputs, and the login. */
function translate(command: string, inputs: Inputs): { given: Given[]; login?: { username: string; password: string } } {
  const s = spec(command);
  const given: Given[] = [];
  for (const [name, value] of Object.entries(inputs)) {
    if (name === 'username' || name === 'password') continue;
    const input = (s.inputs as readonly CommandInput[]).find((i) => i.name === name);
    if (!input || input.kind === 'login') throw new Error(`${command} takes no input ${name}`);
    given.push({ input, value });
  }
  const { username, password } = inputs;
  if ((username === undefined) !== (password === undefined)) throw new Error('give the login as both username and password');
  if (username === undefined) return { given };
  if (!(s.inputs as readonly CommandInput[]).some((i) => i.kind === 'login')) throw new Error(`${command} takes no login`);
  return { given, login: { username: String(username), password: String(password) } };
}

const items = (value: InputValue): string[] => (Array.isArray(value) ? [...value] : [String(value)]);
/** A list one item a line, as a workflow or pipeline writes it. */
const text = (value: InputValue): string => (Array.isArray(value) ? value.join('\n') : String(value));

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const kebabCase = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The outputs a CLI --json holds: each output of the spec under its camelCase
 * name, as the other entrypoints set it: an output the spec describes as JSON
 * as its JSON, a list one item a line.
 */
function jsonOutputs(s: AnyCommandSpec, json: unknown): Record<string, string> {
  const outputs: Record<string, string> = {};
  if (typeof json !== 'object' || json === null) return outputs;
  for (const { name, description } of s.outputs as readonly { name: string; description: string }[]) {
    const value = (json as Record<string, unknown>)[camelCase(name)];
    if (value === undefined) continue;
    if (typeof value === 'string') outputs[name] = value;
    else if (!description.startsWith('JSON') && Array.isArray(value)) outputs[name] = value.join('\n');
    else outputs[name] = JSON.stringify(value);
  }
  return outputs;
}

function parseJson(stdout: string): unknown {
  try {
    return stdout.trim() === '' ? undefined : (JSON.parse(stdout) as unknown);
  } catch {
    return undefined;
  }
}

const lines = (message: string) => message.split('\n').filter((l) => l !== '');

class CliDriver implements Driver {
  readonly entrypoint = 'cli';
  readonly #bundle = new CliBundle(CLI_BUNDLE);
  readonly #env: DriverEnvironment;
  #keys = 0;

  constructor(env: DriverEnvironment) {
    this.#env = env;
  }

  /** Key text goes into a file, as --X-file wants it; --X TEXT would put the key on the command line. */
  async #keyFile(text: string): Promise<string> {
    const dir = join(this.#env.dir, 'cli-keys');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const path = join(dir, `${++this.#keys}.key`);
    await writeFile(path, text, { mode: 0o600 });
    return path;
  }

  async run(command: string, inputs: Inputs, options: RunOptions = {}): Promise<EntrypointRun> {
    const s = spec(command);
    const { given, login } = translate(command, inputs);
    const flags: string[] = [];
    const operands: string[] = [];
    for (const { input, value } of given) {
      const flag = `--${input.name}`;
      if (input.operand !== undefined) operands.push(...items(value).flatMap((v) => v.split(/[\n,]/)).filter((v) => v.trim() !== ''));
      else if (input.kind === 'boolean') flags.push(value === true || value === 'true' ? flag : `--no-${input.name}`);
      else if (input.kind === 'key') flags.push(`${flag}-file=${await this.#keyFile(text(value))}`);
      // FLAG=VALUE: a PEM starts with a dash, which parseArgs would take for a flag.
      else if (input.kind === 'list' || input.multiple) flags.push(...items(value).map((v) => `${flag}=${v}`));
      else flags.push(`${flag}=${text(value)}`);
    }
    if (login) flags.push(`--username=${login.username}`, `--password=${login.password}`);
    for (const view of options.view ?? []) flags.push(`--${view}`);
    // --json asks for the command's own JSON; a view flag that replaces it (inspect --pretty) goes without it.
    const replacesJson = (options.view ?? []).some((v) => s.viewFlags?.find((f) => f.name === v)?.notWithJson);
    const json = s.json !== undefined && options.json !== false && !replacesJson;
    if (json) flags.push('--json');
    const args = [command, ...flags, ...(operands.some((o) => o.startsWith('-')) ? ['--'] : []), ...operands];

    const home = join(this.#env.dir, 'cli-home');
    const dockerConfig = join(home, 'docker');
    await mkdir(dockerConfig, { recursive: true });
    // A CI job's shell: no docker, no login but the one given, nothing of ours in the environment.
    const run = await this.#bundle.run(args, { PATH: '/usr/bin:/bin', HOME: home, DOCKER_CONFIG: dockerConfig });
    const parsed = json ? parseJson(run.stdout) : undefined;
    return {
      entrypoint: 'cli',
      command,
      ok: run.code === 0,
      exitCode: run.code,
      hasOutputs: json,
      outputs: json ? jsonOutputs(s, parsed) : {},
      log: run.stdout + run.stderr,
      errors: run.stderr
        .split('\n')
        .filter((l) => l.startsWith('dct-sign: error: '))
        .map((l) => l.slice('dct-sign: error: '.length)),
      summary: '',
      shown: run.stdout + run.stderr,
      masks: undefined,
      ...(parsed !== undefined ? { json: parsed } : {}),
      cli: run,
    };
  }

  inputName(command: string, input: string): string {
    const found = (spec(command).inputs as readonly CommandInput[]).find((i) => i.name === input);
    if (found?.operand !== undefined) return found.operand;
    return found?.kind === 'key' ? `--${input}-file` : `--${input}`;
  }
}

class ActionDriver implements Driver {
  readonly entrypoint = 'action';
  readonly #env: DriverEnvironment;

  constructor(env: DriverEnvironment) {
    this.#env = env;
  }

  async run(command: string, inputs: Inputs): Promise<EntrypointRun> {
    const { given, login } = translate(command, inputs);
    const withInputs: Record<string, string> = { command };
    for (const { input, value } of given) withInputs[input.name] = text(value);
    if (login) Object.assign(withInputs, login);
    const home = join(this.#env.dir, 'action-home');
    const runnerTemp = join(home, 'runner-temp');
    await mkdir(join(home, 'docker'), { recursive: true });
    await mkdir(runnerTemp, { recursive: true });
    const run = await runAction({
      inputs: withInputs,
      env: { HOME: home, DOCKER_CONFIG: join(home, 'docker'), RUNNER_TEMP: runnerTemp },
    });
    const errors = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('::error::'))
      .flatMap((l) => lines(unescapeCommandData(l.slice('::error::'.length))));
    return {
      entrypoint: 'action',
      command,
      ok: run.code === 0 && errors.length === 0,
      exitCode: run.code,
      hasOutputs: true,
      outputs: run.outputs,
      log: run.stdout + run.stderr,
      errors,
      summary: run.summary,
      shown: [shownLog(run), ...Object.values(run.outputs), run.summary].join('\n'),
      masks: masks(run),
      action: run,
    };
  }

  inputName(_command: string, input: string): string {
    return input;
  }
}

class TaskDriver implements Driver {
  readonly entrypoint = 'task';
  readonly #env: DriverEnvironment;

  constructor(env: DriverEnvironment) {
    this.#env = env;
  }

  async run(command: string, inputs: Inputs, options: RunOptions = {}): Promise<EntrypointRun> {
    const { given, login } = translate(command, inputs);
    const taskInputs: Record<string, string> = { command };
    for (const { input, value } of given) taskInputs[taskName(input)] = text(value);
    const url = this.#env.registryUrl;
    const connection: EndpointSpec | undefined = login && {
      id: randomUUID(),
      url,
      scheme: 'UsernamePassword',
      parameters: { registry: url, username: login.username, password: login.password, email: '' },
      data: { registrytype: 'Others' },
    };
    const home = join(this.#env.dir, 'task-home');
    const sources = join(home, 's');
    await mkdir(sources, { recursive: true });
    const agentTemp = await mkdtemp(join(home, 'agent-temp-'));
    const run = await runTask(
      { home, agentTemp, sources, dockerHost: this.#env.stack.dockerHost, ...(connection ? { connection } : {}) },
      taskInputs,
      options.node,
    );
    const done = completion(run);
    const outputs: Record<string, string> = {};
    for (const c of vsoCommands(run.output)) {
      if (c.command === 'task.setvariable' && c.properties.isOutput === 'true') outputs[kebabCase(c.properties.variable!)] = c.data;
    }
    const summary = summaries(run).join('\n');
    return {
      entrypoint: 'task',
      command,
      ok: done?.properties.result === 'Succeeded',
      exitCode: run.code,
      hasOutputs: true,
      outputs,
      log: run.output,
      errors: done?.properties.result === 'Failed' ? lines(done.data) : [],
      summary,
      shown: [visibleOutput(run.output), summary].join('\n'),
      masks: maskedValues(run.output),
      task: run,
    };
  }

  inputName(command: string, input: string): string {
    const found = (spec(command).inputs as readonly CommandInput[]).find((i) => i.name === input);
    return found ? taskName(found) : input;
  }
}

export function createDriver(entrypoint: Entrypoint, env: DriverEnvironment): Driver {
  switch (entrypoint) {
    case 'cli':
      return new CliDriver(env);
    case 'action':
      return new ActionDriver(env);
    case 'task':
      return new TaskDriver(env);
  }
}
