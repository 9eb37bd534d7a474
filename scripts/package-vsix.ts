// `npm run package:vsix`: the Azure DevOps extension as one .vsix,
// build/<extension id>-<version>.vsix, made by tfx-cli from vss-extension.json
// and the committed task/ (task.json and the task/dist bundle). The id,
// publisher and version are read from the manifest, the one place they are
// set; it refuses to package when the manifest's or task.json's version has
// drifted from package.json's. Works offline: tfx only zips files here.
//
//   node scripts/package-vsix.ts [--output-dir DIR]   (default build/)

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, formatVersion, packageVersion, versionFiles, versionMismatches } from './version.ts';

export interface ExtensionIdentity {
  readonly id: string;
  readonly publisher: string;
  readonly version: string;
}

export function extensionIdentity(): ExtensionIdentity {
  const { extensionJson } = versionFiles();
  const parsed: unknown = JSON.parse(readFileSync(extensionJson, 'utf8'));
  const m = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
  const { id, publisher, version } = m;
  if (typeof id !== 'string' || typeof publisher !== 'string' || typeof version !== 'string') {
    throw new Error(`${extensionJson}: id, publisher and version must be strings`);
  }
  return { id, publisher, version };
}

/** Builds the .vsix; returns its path. */
export function packageVsix(outputDir = join(ROOT, 'build')): string {
  const mismatches = versionMismatches();
  if (mismatches.length > 0) {
    const list = mismatches.map((m) => `${m.file} has ${m.found}`).join('; ');
    throw new Error(`versions differ from package.json's ${formatVersion(packageVersion())} (${list}); run 'npm run version:sync'`);
  }
  const { id, version } = extensionIdentity();
  mkdirSync(outputDir, { recursive: true });
  const output = join(outputDir, `${id}-${version}.vsix`);
  const tfx = join(ROOT, 'node_modules', '.bin', 'tfx');
  execFileSync(
    tfx,
    ['extension', 'create', '--no-prompt', '--no-color', '--root', ROOT, '--manifest-globs', 'vss-extension.json', '--output-path', output],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return output;
}

if (import.meta.main) {
  try {
    const { values } = parseArgs({ options: { 'output-dir': { type: 'string' } } });
    const dir = values['output-dir'];
    console.log(packageVsix(dir === undefined ? undefined : resolve(dir)));
  } catch (err) {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
