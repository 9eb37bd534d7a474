// Builds the action's bundle (dist/index.js, dist/package.json,
// dist/licenses.txt) exactly as `npm run build:tsc && npm run build:action`
// would, without touching lib/, which other builds own.
//
// ncc numbers modules by hashing their paths, and its loaders' paths,
// relative to the working directory, so a bundle made from anywhere but
// `lib/github/main.js` with ./node_modules/.bin/ncc differs from the one CI's
// freshness check makes. The build therefore runs in a
// private directory laid out like the repository: a copy of src/ and the
// tsconfigs, node_modules hard-linked, tsc to lib/, ncc from there.
//
//   node test/github/support/build-action.ts          # from the working tree (what tests run)
//   node test/github/support/build-action.ts --head   # from HEAD (what to commit: CI builds a clean checkout)
import { execFile } from 'node:child_process';
import { copyFile, cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const BUNDLE = join(ROOT, 'dist', 'index.js');
export const BUNDLE_FILES = ['index.js', 'package.json', 'licenses.txt'] as const;
const CHUNK = /^\d+\.index\.js$/;

const SOURCES = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'src'];

export interface BuildOptions {
  /** Build the committed sources of HEAD instead of the working tree. */
  readonly head?: boolean;
}

export async function buildAction(options: BuildOptions = {}): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'dct-sign-action-build-'));
  try {
    if (options.head) {
      await exec('sh', ['-c', `git archive HEAD ${SOURCES.join(' ')} | tar -x -C "$1"`, 'sh', work], { cwd: ROOT });
    } else {
      for (const file of SOURCES) await cp(join(ROOT, file), join(work, file), { recursive: true });
    }
    // Hard links: real paths inside the directory (webpack resolves symlinks), no copying of bytes.
    await exec('cp', ['-al', join(ROOT, 'node_modules'), join(work, 'node_modules')]);
    // Only the action's import graph, so that unfinished work elsewhere in src/ cannot fail the build.
    await writeFile(
      join(work, 'tsconfig.action.json'),
      JSON.stringify({ extends: './tsconfig.build.json', include: ['src/github'] }),
    );
    const opts = { cwd: work, maxBuffer: 64 * 1024 * 1024 };
    await exec(process.execPath, [join(work, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.action.json'], opts);
    await exec(
      process.execPath,
      [
        // The copy's own ncc: its loaders' paths are part of what is hashed too.
        join(work, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'),
        'build',
        'lib/github/main.js',
        '-o',
        'dist',
        '--license',
        'licenses.txt',
        '--quiet',
        '--no-cache',
      ],
      opts,
    );
    // The bundle loads its chunks (NNN.index.js) at run time: old ones go, the new ones come along.
    for (const old of await readdir(join(ROOT, 'dist'))) if (CHUNK.test(old)) await rm(join(ROOT, 'dist', old));
    const chunks = (await readdir(join(work, 'dist'))).filter((f) => CHUNK.test(f));
    for (const file of [...BUNDLE_FILES, ...chunks]) await copyFile(join(work, 'dist', file), join(ROOT, 'dist', file));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAction({ head: process.argv.includes('--head') });
}
