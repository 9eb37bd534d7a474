// The targets of one role: name → FileMeta, as a read-only map.
//
// A downloaded delegation can list 10,000 tags, and signing one more needs
// only one of them. So a parsed table keeps the entries as JSON.parse gave
// them, checked as FileMeta.fromJSON checks them, and builds a FileMeta
// only for the names asked for. An edit is an overlay on the table it
// started from, which lets the signed text be written by copying the
// unchanged entries (see Targets#canonical).

import { isPlain } from '../encoding/canonical-json.ts';
import { FileMeta } from './file-meta.ts';

/** The edits a change makes to a role's targets, with Map's meaning for each. */
export interface TargetEdits {
  get(name: string): FileMeta | undefined;
  set(name: string, meta: FileMeta): void;
  delete(name: string): boolean;
}

type Source =
  | { readonly kind: 'map'; readonly map: ReadonlyMap<string, FileMeta> }
  | { readonly kind: 'parsed'; readonly raw: Readonly<Record<string, unknown>>; readonly names: readonly string[] }
  | { readonly kind: 'edited'; readonly base: TargetTable; readonly log: readonly (readonly [string, FileMeta | null])[] };

export class TargetTable implements ReadonlyMap<string, FileMeta> {
  readonly #source: Source;
  /**
   * A parsed table whose names are in canonical order and whose entries
   * are all flat (FileMeta.check): JSON.stringify writes its canonical text
   * whenever that text holds no backslash.
   */
  readonly sorted: { readonly raw: Readonly<Record<string, unknown>>; readonly names: readonly string[] } | undefined;
  /** FileMetas built so far (parsed), or the whole map once needed (edited). */
  #built: Map<string, FileMeta> | undefined;
  /** An edited table's last change per name: a FileMeta, or null when deleted. */
  #final: Map<string, FileMeta | null> | undefined;

  private constructor(source: Source, sorted = false) {
    this.#source = source;
    this.sorted = sorted && source.kind === 'parsed' ? { raw: source.raw, names: source.names } : undefined;
  }

  static readonly EMPTY = new TargetTable({ kind: 'map', map: new Map() });

  static of(map: ReadonlyMap<string, FileMeta>): TargetTable {
    return map instanceof TargetTable ? map : new TargetTable({ kind: 'map', map });
  }

  /** A role's `targets` object as parsed: every entry checked now, each FileMeta built when asked for. */
  static fromJSON(raw: Readonly<Record<string, unknown>>): TargetTable {
    const names = Object.keys(raw);
    let sorted = true;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (!checked(raw[name], name)) sorted = false;
      if (sorted) sorted = (i === 0 || name > names[i - 1]!) && isPlain(name);
    }
    return new TargetTable({ kind: 'parsed', raw, names }, sorted);
  }

  /** The table this one was edited from, and each edited name's final state. */
  get edits(): { readonly base: TargetTable; readonly changes: ReadonlyMap<string, FileMeta | null> } | undefined {
    if (this.#source.kind !== 'edited') return undefined;
    return { base: this.#source.base, changes: this.#changes() };
  }

  /** Starts an overlay of edits on this table; `table()` gives the result. */
  edit(): TargetEdits & { table(): TargetTable } {
    const log: [string, FileMeta | null][] = [];
    const current = new Map<string, FileMeta | null>();
    return {
      get: (name) => {
        const changed = current.get(name);
        return changed === undefined ? this.get(name) : (changed ?? undefined);
      },
      set: (name, meta) => {
        log.push([name, meta]);
        current.set(name, meta);
      },
      delete: (name) => {
        const had = current.has(name) ? current.get(name) !== null : this.has(name);
        if (had) {
          log.push([name, null]);
          current.set(name, null);
        }
        return had;
      },
      table: () => (log.length === 0 ? this : new TargetTable({ kind: 'edited', base: this, log: [...log] }, false)),
    };
  }

  get size(): number {
    const s = this.#source;
    if (s.kind === 'map') return s.map.size;
    if (s.kind === 'parsed') return s.names.length;
    return this.#all().size;
  }

  has(name: string): boolean {
    const s = this.#source;
    if (s.kind === 'map') return s.map.has(name);
    if (s.kind === 'parsed') return Object.hasOwn(s.raw, name);
    const changed = this.#changes().get(name);
    return changed === undefined ? s.base.has(name) : changed !== null;
  }

  get(name: string): FileMeta | undefined {
    const s = this.#source;
    if (s.kind === 'map') return s.map.get(name);
    if (s.kind === 'parsed') {
      if (!Object.hasOwn(s.raw, name)) return undefined;
      this.#built ??= new Map();
      let meta = this.#built.get(name);
      if (!meta) {
        meta = FileMeta.fromJSON(s.raw[name], where(name));
        this.#built.set(name, meta);
      }
      return meta;
    }
    const changed = this.#changes().get(name);
    return changed === undefined ? s.base.get(name) : (changed ?? undefined);
  }

  *entries(): MapIterator<[string, FileMeta]> {
    const s = this.#source;
    if (s.kind === 'map') yield* s.map.entries();
    else if (s.kind === 'parsed') for (const name of s.names) yield [name, this.get(name)!];
    else yield* this.#all().entries();
  }

  *keys(): MapIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): MapIterator<FileMeta> {
    for (const [, meta] of this.entries()) yield meta;
  }

  forEach(callback: (value: FileMeta, key: string, map: ReadonlyMap<string, FileMeta>) => void, thisArg?: unknown): void {
    for (const [name, meta] of this.entries()) callback.call(thisArg, meta, name, this);
  }

  [Symbol.iterator](): MapIterator<[string, FileMeta]> {
    return this.entries();
  }

  #changes(): Map<string, FileMeta | null> {
    if (this.#final) return this.#final;
    const final = new Map<string, FileMeta | null>();
    if (this.#source.kind === 'edited') for (const [name, meta] of this.#source.log) final.set(name, meta);
    return (this.#final = final);
  }

  /** An edited table as a Map, in the order a Map copy with the same sets and deletes would have. */
  #all(): Map<string, FileMeta> {
    if (this.#built) return this.#built;
    const s = this.#source as Extract<Source, { kind: 'edited' }>;
    const map = new Map(s.base);
    for (const [name, meta] of s.log) {
      if (meta) map.set(name, meta);
      else map.delete(name);
    }
    return (this.#built = map);
  }
}

/** FileMeta.check, naming the target in the error only when there is one (10,000 names cost). */
function checked(value: unknown, name: string): boolean {
  try {
    return FileMeta.check(value, 'target');
  } catch {
    return FileMeta.check(value, where(name));
  }
}

function where(name: string): string {
  return `targets[${JSON.stringify(name)}]`;
}
