import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type JsonValue } from '../../src/encoding/canonical-json.ts';
import { VerificationError } from '../../src/errors.ts';
import { FileMeta } from '../../src/tuf/file-meta.ts';
import { Targets } from '../../src/tuf/targets.ts';

// A small seeded generator, so that a failure names the seed that shows it.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Names that take every path: plain tags, ones that sort before and after, array-index names
// (V8 lists them first), a quote, a backslash, a surrogate pair, a control character, "hashes".
const ODD_NAMES = ['10', '9', '0', 'a"b', 'a\\b', '\u{1F600}x', '\uFF61', 'tab\t', 'hashes', 'length', '', 'z', 'A', 'v1.0', ':{', ',"x":{'];

function nameFor(next: () => number, i: number): string {
  const r = next();
  if (r < 0.15) return ODD_NAMES[Math.floor(next() * ODD_NAMES.length)]!;
  return `tag-${Math.floor(next() * 1000)}-${i}`;
}

function digest(next: () => number): string {
  return createHash('sha256').update(String(next())).digest('base64');
}

/** An entry as the server would serve it: mostly what notary writes, sometimes not. */
function entry(next: () => number): JsonValue {
  const r = next();
  const hashes: Record<string, JsonValue> = { sha256: digest(next) };
  if (r < 0.05) return { hashes, length: 7, custom: { b: 1, a: [1, 'x'] } };
  if (r < 0.08) return { length: 7, hashes };
  if (r < 0.1) return { hashes: { sha512: createHash('sha512').update('x').digest('base64'), sha256: digest(next) }, length: 3 };
  if (r < 0.12) return { hashes: { sha256: 'AB==' }, length: 1 };
  if (r < 0.14) return { hashes, length: 1, extra: true };
  return { hashes, length: Math.floor(next() * 100_000) };
}

function role(next: () => number, size: number, sorted: boolean): { [key: string]: JsonValue } {
  const targets: Record<string, JsonValue> = {};
  const names = Array.from({ length: size }, (_, i) => nameFor(next, i));
  for (const name of sorted ? [...names].sort() : names) targets[name] = entry(next);
  return {
    _type: 'Targets',
    delegations: { keys: {}, roles: [] },
    expires: '2030-01-01T00:00:00Z',
    targets,
    version: 3,
  };
}

/** What Metadata.parse does with the signed part of a download: parse it again from JSON text. */
function parsed(source: JsonValue): { targets: Targets; text: string; source: JsonValue } {
  const again = JSON.parse(JSON.stringify(source)) as JsonValue;
  const targets = Targets.fromJSON(again, 'targets/releases');
  return { targets, text: targets.canonicalOfSource(again), source: again };
}

describe('Targets#canonicalOfSource', () => {
  it.each(Array.from({ length: 40 }, (_, seed) => seed))('is canonicalJson of what was parsed (seed %i)', (seed) => {
    const next = random(seed);
    for (const sorted of [true, false]) {
      const { text, source } = parsed(role(next, 1 + Math.floor(next() * 60), sorted));
      expect(text).toBe(canonicalJson(source));
    }
  });

  it.each(ODD_NAMES.map((n) => [JSON.stringify(n), n]))('is canonicalJson of a sorted role of flat entries with the name %s', (_label, odd) => {
    const next = random(5);
    const names = [...Array.from({ length: 20 }, (_, i) => `t-${i}`), odd].sort();
    const targets = Object.fromEntries(names.map((n, i) => [n, { hashes: { sha256: digest(next) }, length: i }]));
    const { targets: parsedTargets, text, source } = parsed({ ...role(next, 0, true), targets });
    expect(text).toBe(canonicalJson(source));
    const edits = parsedTargets.targets.edit();
    edits.set('t-10x', new FileMeta({ length: 1, hashes: { sha256: Buffer.alloc(32, 1) } }));
    edits.delete('t-3');
    const edited = parsedTargets.with({ targets: edits.table(), version: 4 });
    expect(edited.canonical()).toBe(canonicalJson(edited.toJSON()));
  });

  it.each([
    ['custom data', { custom: { b: 1, a: 2 }, hashes: { sha256: 'AA==' }, length: 1 }],
    ['length before hashes', { length: 1, hashes: { sha256: 'AA==' } }],
    ['hashes out of order', { hashes: { sha512: 'AA==', sha256: 'AA==' }, length: 1 }],
    ['base64 with bits past the data', { hashes: { sha256: 'AB==' }, length: 1 }],
    ['base64 without padding', { hashes: { sha256: 'AA' }, length: 1 }],
    ['an unknown field', { hashes: { sha256: 'AA==' }, length: 1, x: 1 }],
    ['a null custom', { custom: null, hashes: { sha256: 'AA==' }, length: 1 }],
  ])('re-signs an edited role as toJSON() writes it when one entry has %s', (_label, odd) => {
    const next = random(6);
    const targets: Record<string, JsonValue> = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`t-${String(i).padStart(2, '0')}`, { hashes: { sha256: digest(next) }, length: i }]));
    targets['t-07'] = odd as JsonValue;
    const { targets: parsedTargets, text, source } = parsed({ ...role(next, 0, true), targets });
    expect(text).toBe(canonicalJson(source));
    const edits = parsedTargets.targets.edit();
    edits.set('t-10x', new FileMeta({ length: 1, hashes: { sha256: Buffer.alloc(32, 1) } }));
    const edited = parsedTargets.with({ targets: edits.table(), version: 4 });
    expect(edited.canonical()).toBe(canonicalJson(edited.toJSON()));
  });

  it('is canonicalJson of a role as notary writes it (sorted, flat entries)', () => {
    const next = random(99);
    const targets: Record<string, JsonValue> = {};
    for (let i = 0; i < 500; i++) targets[`t-${String(i).padStart(4, '0')}`] = { hashes: { sha256: digest(next) }, length: i };
    const { text, source } = parsed({ ...role(next, 0, true), targets });
    expect(text).toBe(canonicalJson(source));
  });
});

describe('Targets#canonical', () => {
  describe('when a parsed role is edited', () => {
    it.each(Array.from({ length: 60 }, (_, seed) => seed))('writes what canonicalJson of toJSON() writes (seed %i)', (seed) => {
      const next = random(1000 + seed);
      const { targets } = parsed(role(next, Math.floor(next() * 80), next() < 0.7));
      const edits = targets.targets.edit();
      const names = [...targets.targets.keys()];
      const count = Math.floor(next() * 6);
      for (let i = 0; i < count; i++) {
        const r = next();
        if (r < 0.3 && names.length > 0) edits.delete(names[Math.floor(next() * names.length)]!);
        else if (r < 0.6 && names.length > 0) edits.set(names[Math.floor(next() * names.length)]!, new FileMeta({ length: i, hashes: { sha256: Buffer.alloc(32, i) } }));
        else edits.set(nameFor(next, 5000 + i), new FileMeta({ length: i, hashes: { sha256: Buffer.alloc(32, i + 1) } }));
      }
      const next1 = targets.with({ targets: edits.table(), version: 4, expires: new Date('2031-02-03T04:05:06Z') });
      expect(next1.canonical()).toBe(canonicalJson(next1.toJSON()));
      const refreshed = targets.with({ version: 5, expires: new Date('2032-01-01T00:00:00Z') });
      expect(refreshed.canonical()).toBe(canonicalJson(refreshed.toJSON()));
    });

    it('adds a tag between, before and after the others, and replaces and removes one', () => {
      const source: JsonValue = {
        ...role(random(1), 0, true),
        targets: Object.fromEntries(['b', 'd', 'f'].map((n, i) => [n, { hashes: { sha256: Buffer.alloc(32, i).toString('base64') }, length: i }])),
      };
      const { targets } = parsed(source);
      const meta = new FileMeta({ length: 9, hashes: { sha256: Buffer.alloc(32, 9) } });
      for (const change of [['a'], ['c'], ['g'], ['a', 'c', 'e', 'g'], ['d']] as const) {
        const edits = targets.targets.edit();
        for (const name of change) edits.set(name, meta);
        edits.delete('f');
        const next = targets.with({ targets: edits.table(), version: 4 });
        expect(next.canonical()).toBe(canonicalJson(next.toJSON()));
        expect([...next.targets.keys()].sort()).toEqual([...new Set(['b', 'd', ...change])].sort());
      }
    });
  });
});

describe('Targets#canonical', () => {
  describe('when a role is built, not parsed', () => {
    it('writes what canonicalJson of toJSON() writes, whatever the names', () => {
      const next = random(11);
      const targets = new Map<string, FileMeta>();
      for (const name of [...ODD_NAMES, ...Array.from({ length: 30 }, (_, i) => nameFor(next, i))]) {
        targets.set(name, new FileMeta({ length: Math.floor(next() * 1000), hashes: { sha256: Buffer.alloc(32, name.length) } }));
      }
      const role = Targets.empty({ version: 1, expires: new Date('2030-01-01T00:00:00Z') }).with({ targets });
      expect(role.canonical()).toBe(canonicalJson(role.toJSON()));
    });
  });
});

describe('FileMeta#canonical', () => {
  it.each([
    ['sha256 only', new FileMeta({ length: 3, hashes: { sha256: Buffer.alloc(32, 1) } })],
    ['two hashes, given out of order', new FileMeta({ length: 3, hashes: { sha512: Buffer.alloc(64, 2), sha256: Buffer.alloc(32, 1) } })],
    ['custom data', new FileMeta({ length: 3, hashes: { sha256: Buffer.alloc(32) }, custom: { z: 1, a: 'x' } })],
    ['an odd algorithm name', new FileMeta({ length: 3, hashes: { 'a"b': Buffer.alloc(2), é: Buffer.alloc(1) } })],
    ['no hashes', new FileMeta({ length: 0, hashes: {} })],
  ])('is canonicalJson of toJSON() (%s)', (_label, meta) => {
    expect(meta.canonical()).toBe(canonicalJson(meta.toJSON()));
  });

  it('refuses a length that is not an integer, as canonicalJson does', () => {
    expect(() => new FileMeta({ length: 1.5, hashes: {} }).canonical()).toThrow(TypeError);
  });
});

describe('FileMeta.check', () => {
  it('calls base64 flat exactly when Buffer writes it back the same', () => {
    const next = random(8);
    for (let n = 0; n < 70; n++) {
      const good = Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256))).toString('base64');
      for (const text of [good, good.replace(/=+$/, ''), `${good.slice(0, -2)}B=`, `${good}=`, good.replace(/[+/]/, '-'), ` ${good}`]) {
        const flat = FileMeta.check({ hashes: { sha256: text }, length: 1 }, 'x');
        expect(flat, JSON.stringify(text)).toBe(Buffer.from(text, 'base64').toString('base64') === text);
      }
    }
  });
});

describe('TargetTable', () => {
  it('lists, finds and counts a parsed table as the Map it replaces would', () => {
    const next = random(7);
    const source = role(next, 50, false);
    const { targets } = parsed(source);
    const raw = (JSON.parse(JSON.stringify(source)) as { targets: Record<string, JsonValue> }).targets;
    const map = new Map(Object.entries(raw).map(([n, m]) => [n, FileMeta.fromJSON(m, n)]));
    expect([...targets.targets.keys()]).toEqual([...map.keys()]);
    expect(targets.targets.size).toBe(map.size);
    for (const [name, meta] of map) expect(targets.targets.get(name)?.toJSON()).toEqual(meta.toJSON());
    expect(targets.targets.get('constructor')).toBeUndefined();
    expect(targets.targets.has('__proto__')).toBe(false);
  });

  it('keeps a Map copy’s order through sets and deletes', () => {
    const { targets } = parsed({ ...role(random(3), 0, true), targets: { a: entry(random(1)), b: entry(random(2)), c: entry(random(3)) } as JsonValue });
    const edits = targets.targets.edit();
    const meta = new FileMeta({ length: 1, hashes: { sha256: Buffer.alloc(32) } });
    edits.set('z', meta);
    edits.set('b', meta);
    expect(edits.delete('a')).toBe(true);
    expect(edits.delete('a')).toBe(false);
    edits.set('a', meta);
    const table = edits.table();
    const map = new Map(targets.targets);
    map.set('z', meta);
    map.set('b', meta);
    map.delete('a');
    map.set('a', meta);
    expect([...table.keys()]).toEqual([...map.keys()]);
    expect(table.get('b')).toBe(meta);
    expect(table.has('a')).toBe(true);
    expect(table.size).toBe(4);
  });

  it('refuses a malformed entry when the role is parsed, naming it', () => {
    const bad = { ...role(random(4), 3, true), targets: { ok: { hashes: { sha256: 'AA==' }, length: 1 }, bad: { hashes: { sha256: 5 }, length: 1 } } };
    expect(() => Targets.fromJSON(bad, 'targets/releases')).toThrow(VerificationError);
    expect(() => Targets.fromJSON(bad, 'targets/releases')).toThrow('targets["bad"].hashes.sha256 is not a string');
  });
});
