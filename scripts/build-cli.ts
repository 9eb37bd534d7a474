// Builds the CLI bundle without touching lib/ (other builds use it): tsc
// compiles main.ts and what it imports into a stage dir in the OS temp dir,
// laid out like the repository (lib/ next to node_modules/), and ncc bundles
// it from there. ncc numbers modules by their path from where it runs, so the
// result is byte for byte what `npm run build:tsc && npm run build:cli`
// writes, and a dist freshness check agrees with it. (A stage inside the
// repository does not give the same bytes.)
//
// Used by the demo (when dist/cli is missing), the CLI's stack tests (into a
// private dir) and by hand: `node scripts/build-cli.ts [--commit REV] [OUT_DIR]`
// (default dist/cli). With --commit the sources are that commit's, not the
// work tree's: the bundle to commit must not hold anyone's unfinished work.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';

const exec = promisify(execFile);

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const DIST_CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');

const TSC = join('node_modules', 'typescript', 'bin', 'tsc');
const NCC = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

export interface BuildCliOptions {
  /** Where index.js goes; dist/cli by default. */
  readonly outDir?: string;
  /** Build from this commit's src/ instead of the work tree's. */
  readonly commit?: string;
  readonly log?: (message: string) => void;
}

async function run(args: readonly string[], cwd: string): Promise<void> {
  try {
    await exec(process.execPath, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const { stdout, stderr } = err as { stdout?: string; stderr?: string };
    throw new Error(`${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`, {
      cause: err,
    });
  }
}

/** Returns the path of the built index.js. */
export async function buildCli(options: BuildCliOptions = {}): Promise<string> {
  const outDir = resolve(options.outDir ?? join(REPO_ROOT, 'dist', 'cli'));
  const log = options.log ?? (() => {});
  // A stage of our own: parallel builds (tests, a person) must not share output.
  const stage = await mkdtemp(join(tmpdir(), 'dct-sign-cli-build-'));
  try {
    // Hard links (a copy across file systems), not a symlink: webpack would
    // resolve a symlink and number the modules differently.
    const modules = join(REPO_ROOT, 'node_modules');
    await exec('cp', ['-al', modules, join(stage, 'node_modules')]).catch(async () => {
      await rm(join(stage, 'node_modules'), { recursive: true, force: true });
      await cp(modules, join(stage, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    });
    await copyFile(join(REPO_ROOT, 'package.json'), join(stage, 'package.json'));
    let source = REPO_ROOT;
    if (options.commit !== undefined) {
      source = join(stage, 'source');
      await mkdir(source);
      log(`taking src/ from ${options.commit}`);
      const archive = join(stage, 'source.tar');
      await exec('git', ['-C', REPO_ROOT, 'archive', '-o', archive, options.commit, 'src', 'tsconfig.json', 'tsconfig.build.json']);
      await exec('tar', ['-xf', archive, '-C', source]);
    }
    // Only main.ts and its imports, so unfinished work elsewhere in src/ cannot break this build.
    const tsconfig = join(stage, 'tsconfig.cli.json');
    await writeFile(
      tsconfig,
      JSON.stringify({
        extends: join(source, 'tsconfig.build.json'),
        compilerOptions: { rootDir: join(source, 'src'), outDir: 'lib' },
        include: [],
        files: [join(source, 'src', 'cli', 'main.ts')],
      }),
    );
    log('compiling src/cli and its imports with tsc');
    await run([TSC, '-p', tsconfig], stage);
    log(`bundling with ncc into ${relative(REPO_ROOT, outDir) || '.'}`);
    await run([NCC, 'build', 'lib/cli/main.js', '-o', outDir, '--quiet'], stage);
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
  const index = join(outDir, 'index.js');
  if (!existsSync(index)) throw new Error(`ncc wrote no ${index}`);
  return index;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { commit: { type: 'string' } }, allowPositionals: true });
  const index = await buildCli({
    ...(positionals[0] ? { outDir: positionals[0] } : {}),
    ...(values.commit ? { commit: values.commit } : {}),
    log: (m) => console.error(`[build-cli] ${m}`),
  });
  console.error(`[build-cli] built ${relative(process.cwd(), index)}`);
}
