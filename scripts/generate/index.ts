// Every generated file, made in memory from the specs and the files' own
// parts that are not generated (action.yml's header and `runs`, task.json's
// fields besides its inputs, package.json's version).

import { actionYml } from './action.ts';
import { commandsMd } from './docs.ts';
import { type Catalogue, checkCatalogue } from './model.ts';
import { taskJson } from './task.ts';

/** The generated files, by path from the repository root, in the order they are written. */
export const GENERATED = ['action.yml', 'task/task.json', 'docs/commands.md', 'src/version.ts'] as const;

export type GeneratedPath = (typeof GENERATED)[number];

/** Reads a file of the repository as it is now; undefined when it does not exist. */
export type ReadFile = (path: string) => string | undefined;

function versionTs(packageJson: string): string {
  const parsed: unknown = JSON.parse(packageJson);
  const version = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).version : undefined;
  if (typeof version !== 'string' || !/^[\w.+-]+$/.test(version)) throw new Error('package.json: expected a "version" string');
  return `// Generated from package.json by \`npm run generate\`; do not edit.\nexport const VERSION = '${version}';\n`;
}

/** What each generated file should hold. Throws CatalogueError when the specs are inconsistent. */
export function generate(catalogue: Catalogue, read: ReadFile): Map<GeneratedPath, string> {
  checkCatalogue(catalogue);
  const need = (path: string) => {
    const text = read(path);
    if (text === undefined) throw new Error(`${path} is missing; it holds what is not generated`);
    return text;
  };
  return new Map<GeneratedPath, string>([
    ['action.yml', actionYml(catalogue, need('action.yml'))],
    ['task/task.json', taskJson(catalogue, need('task/task.json'))],
    ['docs/commands.md', commandsMd(catalogue)],
    ['src/version.ts', versionTs(need('package.json'))],
  ]);
}

/** The generated files whose text differs from what `read` gives. */
export function staleFiles(files: ReadonlyMap<GeneratedPath, string>, read: ReadFile): GeneratedPath[] {
  return [...files].filter(([path, text]) => read(path) !== text).map(([path]) => path);
}
