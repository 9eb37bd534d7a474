// scripts/version.ts: package.json's version is written into task.json and
// vss-extension.json, and --check tells when they have drifted; tried on a
// copy of the three files so the repository's own stay untouched.

import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, test } from 'vitest';
import { parseVersion, syncVersions, versionMismatches } from '../../scripts/version.ts';
import { ROOT, run, tempDir } from './support.ts';

async function readJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
}

describe('#parseVersion', () => {
  test.each([
    ['0.1.0', { major: 0, minor: 1, patch: 0 }],
    ['12.34.56', { major: 12, minor: 34, patch: 56 }],
  ])('reads %s', (text, expected) => {
    expect(parseVersion(text, 'package.json')).toEqual(expected);
  });

  test.each([['1.2'], ['1.2.3-rc.1'], ['1.2.3+build'], ['01.2.3'], ['v1.2.3'], ['']])('refuses %j', (text) => {
    expect(() => parseVersion(text, 'package.json')).toThrow(/package\.json: version .* is not MAJOR\.MINOR\.PATCH/);
  });
});

describe('the version files', () => {
  let root: string;

  beforeEach(async () => {
    root = await tempDir('version');
    await mkdir(join(root, 'task'));
    await cp(join(ROOT, 'task', 'task.json'), join(root, 'task', 'task.json'));
    await cp(join(ROOT, 'vss-extension.json'), join(root, 'vss-extension.json'));
    await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'dct-sign', version: '3.4.5' }));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  describe('#versionMismatches', () => {
    it('finds nothing in the repository itself', () => {
      expect(versionMismatches()).toEqual([]);
    });

    describe('when package.json has moved on', () => {
      it('names task.json and vss-extension.json with the versions they have', async () => {
        const ours = String((await readJson(join(ROOT, 'vss-extension.json'))).version);
        expect(versionMismatches(root)).toEqual([
          { file: join(root, 'task', 'task.json'), found: ours },
          { file: join(root, 'vss-extension.json'), found: ours },
        ]);
      });
    });
  });

  describe('#syncVersions', () => {
    describe('when package.json has moved on', () => {
      it('writes its version into both files and changes nothing else', async () => {
        const taskBefore = await readJson(join(root, 'task', 'task.json'));
        const extensionBefore = await readJson(join(root, 'vss-extension.json'));
        expect(syncVersions(root)).toEqual([join(root, 'task', 'task.json'), join(root, 'vss-extension.json')]);
        expect(await readJson(join(root, 'task', 'task.json'))).toEqual({
          ...taskBefore,
          version: { Major: 3, Minor: 4, Patch: 5 },
        });
        expect(await readJson(join(root, 'vss-extension.json'))).toEqual({ ...extensionBefore, version: '3.4.5' });
        expect(versionMismatches(root)).toEqual([]);
      });
    });

    describe('when the versions agree', () => {
      it('writes nothing', async () => {
        syncVersions(root);
        expect(syncVersions(root)).toEqual([]);
      });
    });
  });

  describe('the command line', () => {
    it('--check exits 0 when the versions agree', async () => {
      syncVersions(root);
      const r = await run('npm', ['run', '--silent', 'version:check', '--', '--root', root]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    });

    it('--check exits 1 naming each file and the fix when a version differs', async () => {
      const r = await run('npm', ['run', '--silent', 'version:check', '--', '--root', root]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${join(root, 'task', 'task.json')} has version`);
      expect(r.stderr).toContain(`${join(root, 'vss-extension.json')} has version`);
      expect(r.stderr).toContain("run 'npm run version:sync'");
    });

    it('without --check writes package.json\'s version', async () => {
      const r = await run('npm', ['run', '--silent', 'version:sync', '--', '--root', root]);
      expect(r.code).toBe(0);
      expect(versionMismatches(root)).toEqual([]);
    });
  });
});
