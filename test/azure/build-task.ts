// Builds task/dist byte for byte as `npm run build:tsc && npm run build:task`
// would (ncc of lib/azure/main.js, run from the repository root), without
// touching the shared lib/. ncc's module IDs and comments are derived from
// paths relative to its working directory, so the build runs in a private
// mirror laid out like the repository: the sources and tsconfigs, its own
// lib/, and node_modules/ (hard links, no copy) with the mirror's own ncc.
//
//   node test/azure/build-task.ts          # from the working tree (what the stack tests run)
//   node test/azure/build-task.ts --head   # from HEAD (what to commit: CI builds a clean checkout)

import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export const ROOT = join(import.meta.dirname, '..', '..');
export const TASK_DIR = join(ROOT, 'task');
export const BUNDLE = join(TASK_DIR, 'dist', 'index.js');

const SOURCES = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'src'];

async function node(args: readonly string[], cwd: string): Promise<void> {
  try {
    await exec(process.execPath, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

export interface BuildOptions {
  /** Build the committed sources of HEAD instead of the working tree. */
  readonly head?: boolean;
}

export async function buildTaskBundle(options: BuildOptions = {}): Promise<void> {
  await mkdir(join(ROOT, '.build'), { recursive: true });
  const mirror = await mkdtemp(join(ROOT, '.build', 'task-'));
  try {
    if (options.head) {
      await exec('sh', ['-c', `git archive HEAD ${SOURCES.join(' ')} | tar -x -C "$1"`, 'sh', mirror], { cwd: ROOT });
    } else {
      for (const file of SOURCES) await cp(join(ROOT, file), join(mirror, file), { recursive: true });
    }
    await exec('cp', ['-al', join(ROOT, 'node_modules'), join(mirror, 'node_modules')]);
    // Only the task's import graph, so that unfinished work elsewhere in src/ cannot fail the build.
    await writeFile(join(mirror, 'tsconfig.task.json'), JSON.stringify({ extends: './tsconfig.build.json', include: ['src/azure'] }));
    await node([join(mirror, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.task.json'], mirror);
    // ncc adds to its output directory without emptying it; stale chunks must go.
    await rm(join(TASK_DIR, 'dist'), { recursive: true, force: true });
    await node(
      [join(mirror, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', 'lib/azure/main.js', '-o', join(TASK_DIR, 'dist')],
      mirror,
    );
  } finally {
    await rm(mirror, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildTaskBundle({ head: process.argv.includes('--head') });
}
