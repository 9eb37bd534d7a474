// Runs the bundled action (node dist/index.js) the way the Actions runner
// does: every input of action.yml as an INPUT_* variable (its default when
// the workflow gives none), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
// and the job's environment. Reads back what the step wrote.

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { BUNDLE, ROOT } from './build-action.ts';
import { inputVariable } from './runner-env.ts';

/** Input names and defaults of action.yml; a reader for its plain two-level layout, not general YAML. */
export function actionInputs(): Map<string, string> {
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const section = /^inputs:\n([\s\S]*?)^\S/m.exec(text)?.[1] ?? '';
  const inputs = new Map<string, string>();
  let current: string | undefined;
  for (const line of section.split('\n')) {
    const name = /^ {2}([a-z][a-z0-9-]*):\s*$/.exec(line);
    if (name) {
      current = name[1]!;
      inputs.set(current, '');
      continue;
    }
    const fallback = /^ {4}default:\s*'([^']*)'\s*$/.exec(line);
    if (fallback && current !== undefined) inputs.set(current, fallback[1]!);
  }
  return inputs;
}

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** What the step set with core.setOutput. */
  readonly outputs: Record<string, string>;
  /** The job summary (HTML and Markdown) the step wrote. */
  readonly summary: string;
}

/** Parses a GITHUB_OUTPUT file: `name<<delimiter` blocks, as @actions/core writes them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(block)) outputs[m[1]!] = m[3]!;
  return outputs;
}

export interface RunActionOptions {
  /** Inputs the workflow gives (`with:`); the others get action.yml's defaults. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The job's environment on top of this process's (minus runner and docker variables). */
  readonly env: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const dir = await mkdtemp(join(tmpdir(), 'dct-action-run-'));
  try {
    const outputFile = join(dir, 'output');
    const summaryFile = join(dir, 'summary');
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (!/^(INPUT_|GITHUB_|RUNNER_|DOCKER_|NOTARY_)/.test(k)) env[k] = v;
    }
    for (const [name, fallback] of actionInputs()) env[inputVariable(name)] = opts.inputs[name] ?? fallback;
    for (const name of Object.keys(opts.inputs)) {
      if (!actionInputs().has(name)) throw new Error(`action.yml has no input ${name}`);
    }
    Object.assign(env, { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_ACTIONS: 'true' }, opts.env);

    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BUNDLE], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 150_000);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
      });
    });
    return {
      ...result,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
