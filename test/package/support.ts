// Helpers for the packaging tests: run npm and the packed programs as a user
// would, from the repository root, without the npm_* variables of an
// enclosing `npm test` (they would point npm at this repository's config).

import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment without npm's lifecycle and config variables. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
}

/** Runs a program to its end; a non-zero exit is a result, not an exception. */
export function run(file: string, args: readonly string[], cwd = ROOT): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') {
        reject(err);
        return;
      }
      resolve({ code: typeof err?.code === 'number' ? err.code : 0, stdout, stderr });
    });
  });
}

/** Like run, but a non-zero exit throws with everything the program printed. */
export async function runOk(file: string, args: readonly string[], cwd = ROOT): Promise<string> {
  const r = await run(file, args, cwd);
  if (r.code !== 0) throw new Error(`${file} ${args.join(' ')} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `dct-sign-${prefix}-`));
}

export interface PackageJson {
  readonly name: string;
  readonly version: string;
}

export async function packageJson(): Promise<PackageJson> {
  const parsed: unknown = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('package.json is not an object');
  const { name, version } = parsed as Record<string, unknown>;
  if (typeof name !== 'string' || typeof version !== 'string') throw new Error('package.json lacks name or version');
  return { name, version };
}
