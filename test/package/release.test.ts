// The release: CHANGELOG.md has the notes of the package version, and the
// release workflow runs only scripts that exist and attaches the two files
// `npm pack` and `npm run package:vsix` make. (The workflow itself runs only
// on GitHub; this keeps it in step with the repository.)

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it, test } from 'vitest';
import { releaseNotes } from '../../scripts/release-notes.ts';
import { ROOT } from './support.ts';

const CHANGELOG = `# Changelog

## [Unreleased]

## [1.1.0] - 2027-01-02

### Fixed

- b

## [1.0.0] - 2027-01-01

### Added

- a

[1.1.0]: https://example.com/1.1.0
`;

describe('#releaseNotes', () => {
  test.each([
    ['1.1.0', '### Fixed\n\n- b\n'],
    ['1.0.0', '### Added\n\n- a\n'],
  ])('gives the section of %s without its heading, up to the next section or the links', (version, expected) => {
    expect(releaseNotes(CHANGELOG, version)).toBe(expected);
  });

  describe('when the version has no section', () => {
    it('throws naming the heading it looked for', () => {
      expect(() => releaseNotes(CHANGELOG, '2.0.0')).toThrow('CHANGELOG.md has no section "## [2.0.0]"');
    });
  });

  describe('when the section is empty', () => {
    it('throws', () => {
      expect(() => releaseNotes('## [2.0.0]\n\n## [1.0.0]\n- a\n', '2.0.0')).toThrow(/is empty/);
    });
  });
});

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
};

describe('CHANGELOG.md', () => {
  it("has notes for package.json's version", () => {
    const notes = releaseNotes(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), pkg.version);
    expect(notes).toMatch(/^### (Added|Changed|Deprecated|Removed|Fixed|Security)$/m);
  });
});

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Readonly<Record<string, unknown>>;
}
interface Workflow {
  readonly on: { readonly push: { readonly tags: readonly string[] } };
  readonly jobs: Readonly<Record<string, { permissions?: Record<string, string>; steps: readonly Step[] }>>;
}

describe('.github/workflows/release.yml', () => {
  const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const runs = steps.map((s) => s.run ?? '').join('\n');

  it('runs on version tags only', () => {
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
  });

  it('runs the npm scripts package.json has', () => {
    const called = [...runs.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]);
    expect(called).toContain('package:vsix');
    for (const name of called) expect(Object.keys(pkg.scripts)).toContain(name);
  });

  it('runs the repository scripts that exist', () => {
    const files = [...runs.matchAll(/(?:node|bash) ((?:\.ci|scripts)\/[\w./-]+)/g)].map((m) => m[1] ?? '');
    expect(files).toEqual(expect.arrayContaining(['.ci/run', 'scripts/release-notes.ts']));
    for (const file of files) expect(existsSync(join(ROOT, file)), file).toBe(true);
  });

  it('attaches the npm tarball and the .vsix with the permission to', () => {
    const release = Object.values(workflow.jobs).find((j) =>
      j.steps.some((s) => s.uses?.startsWith('softprops/action-gh-release@') === true),
    );
    expect(release?.permissions?.contents).toBe('write');
    const step = release?.steps.find((s) => s.uses?.startsWith('softprops/action-gh-release@') === true);
    const files = String(step?.with?.files ?? '').trim().split('\n');
    expect(files).toEqual([
      'build/dct-sign-${{ steps.version.outputs.version }}.tgz',
      'build/dct-sign-${{ steps.version.outputs.version }}.vsix',
    ]);
    expect(step?.with?.fail_on_unmatched_files).toBe(true);
  });
});
