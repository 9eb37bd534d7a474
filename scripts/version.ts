// One version everywhere: package.json's version is the source; the Azure
// task (task/task.json's version.Major/Minor/Patch) and the extension
// (vss-extension.json's version) follow it. The action's tag (vX.Y.Z) is
// checked against it by the release workflow.
//
//   node scripts/version.ts           # npm run version:sync: write task.json and vss-extension.json
//   node scripts/version.ts --check   # npm run version:check: exit 1 when they differ (CI)
//   ... --root DIR                    # another checkout than this one (the tests use a copy)
//
// Only the version fields change; the rest of each file is kept as is (both
// are written the way JSON.stringify(_, null, 2) writes them).

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const ROOT = join(import.meta.dirname, '..');

/** The three files that carry the version, in a checkout at root. */
export function versionFiles(root = ROOT): { packageJson: string; taskJson: string; extensionJson: string } {
  return {
    packageJson: join(root, 'package.json'),
    taskJson: join(root, 'task', 'task.json'),
    extensionJson: join(root, 'vss-extension.json'),
  };
}

export interface Semver {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

/** MAJOR.MINOR.PATCH only: neither task.json nor the Marketplace can express a pre-release. */
export function parseVersion(text: string, where: string): Semver {
  const m = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(text);
  if (!m) {
    throw new Error(`${where}: version "${text}" is not MAJOR.MINOR.PATCH (no pre-release or build suffix)`);
  }
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}

export function formatVersion(v: Semver): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}

type Json = Record<string, unknown>;

function readJson(file: string): Json {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file}: not a JSON object`);
  }
  return parsed as Json;
}

function writeJson(file: string, value: Json): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

export function packageVersion(root = ROOT): Semver {
  const { packageJson } = versionFiles(root);
  const version = readJson(packageJson).version;
  if (typeof version !== 'string') throw new Error(`${packageJson}: no version`);
  return parseVersion(version, packageJson);
}

/** task.json's version as text, or a description of what is wrong with it. */
function taskVersion(task: Json): string {
  const v = task.version;
  if (typeof v !== 'object' || v === null) return '(missing)';
  const { Major, Minor, Patch } = v as Json;
  return `${String(Major)}.${String(Minor)}.${String(Patch)}`;
}

export interface Mismatch {
  readonly file: string;
  readonly found: string;
}

/** The files whose version differs from package.json's. */
export function versionMismatches(root = ROOT): Mismatch[] {
  const want = formatVersion(packageVersion(root));
  const { taskJson, extensionJson } = versionFiles(root);
  const found: Mismatch[] = [
    { file: taskJson, found: taskVersion(readJson(taskJson)) },
    { file: extensionJson, found: String(readJson(extensionJson).version) },
  ];
  return found.filter((m) => m.found !== want);
}

/** Writes package.json's version into task.json and vss-extension.json; returns the files changed. */
export function syncVersions(root = ROOT): string[] {
  const expected = packageVersion(root);
  const { taskJson, extensionJson } = versionFiles(root);
  const changed: string[] = [];
  const task = readJson(taskJson);
  if (taskVersion(task) !== formatVersion(expected)) {
    task.version = { Major: expected.major, Minor: expected.minor, Patch: expected.patch };
    writeJson(taskJson, task);
    changed.push(taskJson);
  }
  const extension = readJson(extensionJson);
  if (extension.version !== formatVersion(expected)) {
    extension.version = formatVersion(expected);
    writeJson(extensionJson, extension);
    changed.push(extensionJson);
  }
  return changed;
}

function main(): number {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, root: { type: 'string', default: ROOT } },
  });
  const root = resolve(values.root);
  const want = formatVersion(packageVersion(root));
  if (values.check) {
    const mismatches = versionMismatches(root);
    for (const m of mismatches) {
      console.error(`error: ${m.file} has version ${m.found}, package.json has ${want}; run 'npm run version:sync'`);
    }
    if (mismatches.length === 0) console.log(`version ${want}: package.json, task/task.json, vss-extension.json agree`);
    return mismatches.length === 0 ? 0 : 1;
  }
  const changed = syncVersions(root);
  console.log(changed.length === 0 ? `version ${want}: nothing to change` : `version ${want}: wrote ${changed.join(', ')}`);
  return 0;
}

if (import.meta.main) {
  try {
    process.exitCode = main();
  } catch (err) {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
