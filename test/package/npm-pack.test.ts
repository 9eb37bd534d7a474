// The npm package as a user gets it: `npm pack` of the committed CLI bundle
// ships only the bundle, README and LICENSE, has no runtime dependencies, and
// once installed offline from the tarball its `dct-sign` runs.

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { packageJson, run, runOk, tempDir, type PackageJson, type Run } from './support.ts';

const MAX_TARBALL_BYTES = 3 * 1024 * 1024;
const EXPECTED_FILES = ['LICENSE', 'README.md', 'dist/cli/index.js', 'dist/cli/package.json', 'package.json'];
/** The chunks the bundle loads a command's code from (dist/cli/NNN.index.js). */
const CHUNK = /^dist\/cli\/\d+\.index\.js$/;

interface PackResult {
  readonly filename: string;
  readonly size: number;
  readonly files: readonly { readonly path: string }[];
}

function readPackJson(stdout: string): PackResult {
  const parsed: unknown = JSON.parse(stdout);
  if (!Array.isArray(parsed) || parsed.length !== 1) throw new Error(`npm pack --json: expected one package: ${stdout}`);
  const [first] = parsed as unknown[];
  const r = first as Record<string, unknown>;
  if (typeof r.filename !== 'string' || typeof r.size !== 'number' || !Array.isArray(r.files)) {
    throw new Error(`npm pack --json: unexpected shape: ${stdout}`);
  }
  return first as PackResult;
}

describe('npm pack', () => {
  let work: string;
  let pack: PackResult;
  let bin: string;
  let pkg: PackageJson;

  beforeAll(async () => {
    pkg = await packageJson();
    work = await tempDir('npm-pack');
    pack = readPackJson(await runOk('npm', ['pack', '--json', '--pack-destination', work]));
    const prefix = join(work, 'prefix');
    // The tarball depends on nothing, so installing it needs no registry.
    await runOk('npm', ['install', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(work, pack.filename)]);
    bin = join(prefix, 'node_modules', '.bin', 'dct-sign');
  }, 120_000);

  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  describe('when packing the repository', () => {
    it('ships only the CLI bundle, README, LICENSE and package.json', () => {
      const paths = pack.files.map((f) => f.path);
      expect(paths.filter((p) => !CHUNK.test(p)).sort()).toEqual(EXPECTED_FILES);
      expect(paths.filter((p) => CHUNK.test(p)).length).toBeGreaterThan(0);
    });

    it('makes a tarball of at most 3 MB', () => {
      expect(pack.size).toBeGreaterThan(0);
      expect(pack.size).toBeLessThanOrEqual(MAX_TARBALL_BYTES);
    });

    it('names the tarball after the package version', () => {
      expect(pack.filename).toBe(`${pkg.name}-${pkg.version}.tgz`);
    });
  });

  describe('when the tarball is installed into an empty prefix', () => {
    test.each([['--version'], ['-V']])('`dct-sign %s` prints the package version', async (flag) => {
      const r: Run = await run(bin, [flag]);
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe(pkg.version);
      expect(r.code).toBe(0);
    });

    it('`dct-sign sign --help` prints the sign usage', async () => {
      const r = await run(bin, ['sign', '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: dct-sign sign/);
    });
  });
});
