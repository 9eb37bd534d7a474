// The house rules of src/ that a reader cannot check at a glance: imports
// point down the layers and never run in a circle, and operations stay made
// of short functions. Read from the source text with TypeScript's parser.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');

/** From the bottom: a folder may import its own level's files and lower levels only. */
const LEVELS: Readonly<Record<string, number>> = {
  encoding: 0,
  keys: 1,
  http: 1,
  tuf: 2,
  registry: 2,
  notary: 3,
  sigstore: 3,
  notation: 3,
  trust: 4,
  operations: 5,
  commands: 6,
  github: 7,
  azure: 7,
  cli: 7,
};
/** src/errors.ts, logger.ts and version.ts sit below every folder. */
const TOP = -1;
const MAX_OPERATION_LINES = 60;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

function folderOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  return parts.length === 1 ? '' : parts[0]!;
}

function levelOf(folder: string): number {
  if (folder === '') return TOP;
  const level = LEVELS[folder];
  if (level === undefined) throw new Error(`src/${folder} has no layer; add it to LEVELS`);
  return level;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** Relative imports and re-exports, type-only ones included, as absolute paths. */
function importsOf(source: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const statement of source.statements) {
    const spec =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier
        ? statement.moduleSpecifier
        : undefined;
    if (spec && ts.isStringLiteral(spec) && spec.text.startsWith('.')) out.push(resolve(dirname(source.fileName), spec.text));
  }
  return out;
}

/** Imports that load code when the file loads: type-only imports and `import()` left out. */
function loadedImportsOf(source: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const spec = statement.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec)) continue;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)));
      if (onlyTypes) continue;
    } else if (statement.isTypeOnly) continue;
    out.push(spec.text.startsWith('.') ? resolve(dirname(source.fileName), spec.text) : spec.text);
  }
  return out;
}

/** Every file and package a file loads with it, before any `import()`. */
function loadedWith(entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of loadedImportsOf(parse(file))) {
      if (seen.has(next)) continue;
      seen.add(next);
      if (next.startsWith('/')) queue.push(next);
    }
  }
  return seen;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(parse(f))]));

function cycles(): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)).map((f) => relative(SRC, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

function longFunctions(file: string): string[] {
  const source = parse(file);
  const out: string[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const lines = lineOf(node.getEnd()) - lineOf(node.getStart(source)) + 1;
      if (lines > MAX_OPERATION_LINES) {
        const name = node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
        out.push(`${relative(SRC, file)}:${lineOf(node.getStart(source)) + 1} ${name} (${lines} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('src/', () => {
  describe('when a file imports another folder', () => {
    it('imports only a lower layer', () => {
      const upward = [...graph].flatMap(([file, targets]) =>
        targets
          .filter((t) => folderOf(t) !== folderOf(file) && levelOf(folderOf(t)) >= levelOf(folderOf(file)))
          .map((t) => `${relative(SRC, file)} -> ${relative(SRC, t)}`),
      );
      expect(upward).toEqual([]);
    });
  });

  it('has no import circle', () => {
    expect(cycles()).toEqual([]);
  });

  // A new process pays for every module its entry loads before it connects: the CLI loads the
  // HTTP client, x509 and trust code only with the operation that runs (each spec's import()).
  it('loads no HTTP client, x509 or trust code with the CLI entry', () => {
    const loaded = [...loadedWith(join(SRC, 'cli/main.ts'))].map((f) => (f.startsWith('/') ? relative(SRC, f) : f));
    const heavy = loaded.filter((f) => /^(undici|@peculiar|http\/transport\.ts|keys\/index\.ts|keys\/certificate\.ts|trust\/|notary\/|sigstore\/)/.test(f));
    expect(heavy).toEqual([]);
    // Most commands start no process: docker push and credential helpers load it when they run.
    expect(loaded).not.toContain('node:child_process');
  });

  it(`has no function in src/operations over ${MAX_OPERATION_LINES} lines`, () => {
    expect(files.filter((f) => folderOf(f) === 'operations').flatMap(longFunctions)).toEqual([]);
  });
});
