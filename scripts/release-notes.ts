// Prints CHANGELOG.md's section for one version (without its heading), the
// body of that version's GitHub release. Exits 1 when the section is missing
// or empty, so a release cannot go out without its changelog entry.
//
//   node scripts/release-notes.ts [VERSION]   (default: package.json's)

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, formatVersion, packageVersion } from './version.ts';

/** The lines under `## [version]` up to the next `## [` heading or the link definitions. */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start === -1) throw new Error(`CHANGELOG.md has no section "## [${version}]"`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## [') || /^\[[^\]]+\]: /.test(l));
  const body = (end === -1 ? rest : rest.slice(0, end)).join('\n').trim();
  if (body === '') throw new Error(`CHANGELOG.md's section "## [${version}]" is empty`);
  return `${body}\n`;
}

if (import.meta.main) {
  try {
    const version = process.argv[2] ?? formatVersion(packageVersion());
    process.stdout.write(releaseNotes(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), version));
  } catch (err) {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
