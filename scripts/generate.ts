// `npm run generate`: writes action.yml's inputs and outputs, task.json's
// inputs, groups and output variables, docs/commands.md and src/version.ts
// from the command specs (src/commands) and package.json.
// `npm run generate -- --check` (`npm run generate:check`, in CI) writes
// nothing and fails, naming the files, when a committed one differs.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate, staleFiles, type ReadFile } from './generate/index.ts';
import { CATALOGUE, CatalogueError } from './generate/model.ts';

const ROOT = join(import.meta.dirname, '..');
const read: ReadFile = (path) => (existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path), 'utf8') : undefined);

function main(args: readonly string[]): number {
  const unknown = args.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    console.error(`error: unknown argument ${unknown.join(' ')}; usage: node scripts/generate.ts [--check]`);
    return 2;
  }
  const check = args.includes('--check');
  let files;
  try {
    files = generate(CATALOGUE, read);
  } catch (err) {
    console.error(`error: ${err instanceof CatalogueError || err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const stale = staleFiles(files, read);
  if (check) {
    if (stale.length === 0) {
      console.log(`generated files are in step with src/commands: ${[...files.keys()].join(', ')}`);
      return 0;
    }
    console.error(`error: these files differ from what src/commands generates; run 'npm run generate' and commit them:`);
    for (const path of stale) console.error(`  ${path}`);
    return 1;
  }
  for (const path of stale) writeFileSync(join(ROOT, path), files.get(path)!);
  console.log(stale.length === 0 ? 'generated files were up to date' : `wrote ${stale.join(', ')}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
