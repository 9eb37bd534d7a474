// Builds task/dist byte for byte as `npm run build:tsc && npm run build:task`
// would (ncc of lib/azure/main.js, run from the repository root), without
// touching the shared lib/. ncc's module IDs and comments are derived from
// paths relative to its working directory, so the build runs in a private
// mirror whose lib/ and node_modules/ (hard links, no copy) sit where the
// repository's do, with the mirror's own ncc.

import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export const ROOT = join(import.meta.dirname, '..', '..');
export const TASK_DIR = join(ROOT, 'task');
export const BUNDLE = join(TASK_DIR, 'dist', 'index.js');

async function node(args: readonly string[], cwd: string): Promise<void> {
  try {
    await exec(process.execPath, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

export async function buildTaskBundle(): Promise<void> {
  await mkdir(join(ROOT, '.build'), { recursive: true });
  const mirror = await mkdtemp(join(ROOT, '.build', 'task-'));
  try {
    await exec('cp', ['-al', join(ROOT, 'node_modules'), join(mirror, 'node_modules')]);
    await copyFile(join(ROOT, 'package.json'), join(mirror, 'package.json'));
    await node(
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(mirror, 'lib')],
      ROOT,
    );
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
