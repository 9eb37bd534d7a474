// Targets: signed tags (name → digest and manifest length) and delegations.
// Used for the top-level `targets` role and every `targets/…` delegation.

import { canonicalJsonWith, canonicalString, isPlain, sortedKeys, type JsonValue } from '../encoding/canonical-json.ts';
import { VerificationError } from '../errors.ts';
import { TufKey } from '../keys/tuf-key.ts';
import { parseCommon, SignedBase, type CommonOptions } from './base.ts';
import { FileMeta } from './file-meta.ts';
import { asOptionalObject } from './guards.ts';
import { DelegatedRole, isDelegationName, parentRole } from './role.ts';
import { TargetTable } from './target-table.ts';

export interface TargetsOptions extends CommonOptions {
  readonly targets: ReadonlyMap<string, FileMeta>;
  readonly delegationKeys: ReadonlyMap<string, TufKey>;
  readonly delegations: readonly DelegatedRole[];
}

/**
 * The canonical text of a targets object, as the generic encoder writes it
 * (same key order and escaping) but each entry by FileMeta#canonical, with
 * no 10,000-key object built for it.
 */
function targetsText(table: ReadonlyMap<string, FileMeta>): string {
  return `{${sortedKeys([...table.keys()]).map((name) => entryText(name, table.get(name)!)).join(',')}}`;
}

/** One `"name":{…}` entry of a targets object. */
function entryText(name: string, meta: FileMeta): string {
  return `${canonicalString(name)}:${meta.canonical()}`;
}

export class Targets extends SignedBase {
  readonly type = 'Targets' as const;
  readonly targets: TargetTable;
  readonly delegationKeys: ReadonlyMap<string, TufKey>;
  readonly delegations: readonly DelegatedRole[];
  /** The canonical text this was parsed from, and where its targets object's entries lie in it. */
  #source: { readonly text: string; readonly bodyStart: number; readonly bodyEnd: number; readonly names: readonly string[] } | undefined;
  /** The parsed role this one differs from only in targets, version and expiry. */
  #from: Targets | undefined;

  constructor(options: TargetsOptions) {
    super(options);
    this.targets = TargetTable.of(options.targets);
    this.delegationKeys = options.delegationKeys;
    this.delegations = options.delegations;
  }

  static empty(common: CommonOptions): Targets {
    return new Targets({ ...common, targets: TargetTable.EMPTY, delegationKeys: new Map(), delegations: [] });
  }

  with(changes: Partial<TargetsOptions>): Targets {
    const next = new Targets(this.changed<TargetsOptions>(this, changes));
    const sameTargets = next.targets === this.targets || next.targets.edits?.base === this.targets;
    if (this.#source && sameTargets && changes.delegations === undefined && changes.delegationKeys === undefined) {
      next.#from = this;
    }
    return next;
  }

  /**
   * The canonical text of what was parsed (Metadata.parse verifies
   * signatures over it). A sorted table of flat entries, as notary and
   * dct-sign write them, is in canonical form already, so JSON.stringify
   * (native, one flat string) writes its text; any backslash in it means a
   * string JSON.stringify escapes differently, and the generic encoder
   * writes the whole role instead.
   */
  override canonicalOfSource(source: JsonValue): string {
    const sorted = this.targets.sorted;
    const obj = source as { readonly [key: string]: JsonValue };
    if (!sorted || obj.targets !== sorted.raw) return super.canonicalOfSource(source);
    const body = JSON.stringify(sorted.raw);
    if (body.includes('\\')) return super.canonicalOfSource(source);
    const { text, at } = canonicalJsonWith(obj, 'targets', body);
    if (at < 0) return super.canonicalOfSource(source);
    this.#source = { text, bodyStart: at + 1, bodyEnd: at + body.length - 1, names: sorted.names };
    return text;
  }

  /**
   * A role edited from a parsed one is written from the parsed text: the
   * unchanged entries are copied, the changed ones encoded, and the rest of
   * the object (small) encoded as usual. It is the text canonicalJson of
   * toJSON() gives, without encoding 10,000 unchanged entries again.
   */
  override canonical(): string {
    const source = this.#from ? this.#from.#source : undefined;
    const changes = this.targets.edits?.changes ?? new Map<string, FileMeta | null>();
    const edited = [...changes.keys()];
    if (!source || !edited.every(isPlain)) {
      return canonicalJsonWith(this.#outline(), 'targets', targetsText(this.targets)).text;
    }
    const { text, bodyStart, bodyEnd, names } = source;
    // In a body of flat entries `,"<name>":{` occurs only where the entry <name> starts:
    // no string holds a quote unescaped, and inside an entry only "hashes" (always first) opens an object.
    const startOf = (i: number, from: number): number => {
      if (i === 0) return bodyStart;
      if (i === names.length) return bodyEnd + 1;
      const at = text.indexOf(`,"${names[i]}":{`, from - 1);
      if (at < 0) throw new Error(`targets text index: entry ${i} not found`);
      return at + 1;
    };
    const pieces: string[] = [];
    let next = 0;
    let nextAt = bodyStart;
    for (const name of edited.sort()) {
      let lo = next;
      let hi = names.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (names[mid]! < name) lo = mid + 1;
        else hi = mid;
      }
      const at = lo === next ? nextAt : startOf(lo, nextAt);
      if (lo > next) pieces.push(text.slice(nextAt, at - 1));
      const meta = changes.get(name);
      if (meta) pieces.push(entryText(name, meta));
      const exists = lo < names.length && names[lo] === name;
      next = exists ? lo + 1 : lo;
      nextAt = exists ? startOf(lo + 1, at) : at;
    }
    if (next < names.length) pieces.push(text.slice(nextAt, bodyEnd));
    return canonicalJsonWith(this.#outline(), 'targets', `{${pieces.join(',')}}`).text;
  }

  delegation(name: string): DelegatedRole | undefined {
    return this.delegations.find((d) => d.name === name);
  }

  /** The keys a delegation lists, by ID, as this parent declares them. */
  delegationKeysOf(role: DelegatedRole): Map<string, TufKey> {
    const out = new Map<string, TufKey>();
    for (const id of role.keyids) {
      const key = this.delegationKeys.get(id);
      if (key) out.set(id, key);
    }
    return out;
  }

  /** Go always writes `delegations` with `keys` and `roles`, empty when unused. */
  override toJSON(): JsonValue {
    const targets: Record<string, JsonValue> = {};
    for (const [name, meta] of this.targets) targets[name] = meta.toJSON();
    return { ...this.#outline(), targets };
  }

  /** Everything but the targets; `targets` is an empty object. */
  #outline(): Record<string, JsonValue> {
    const keys: Record<string, JsonValue> = {};
    for (const [id, key] of this.delegationKeys) keys[id] = key.toJSON();
    return { ...this.commonJSON(), delegations: { keys, roles: this.delegations.map((d) => d.toJSON()) }, targets: {} };
  }

  static fromJSON(value: unknown, role: string): Targets {
    const { obj, common } = parseCommon(value, 'Targets', role);
    try {
      const targets = TargetTable.fromJSON(asOptionalObject(obj.targets, 'targets'));
      const delegations = asOptionalObject(obj.delegations, 'delegations');
      const delegationKeys = new Map<string, TufKey>();
      for (const [id, key] of Object.entries(asOptionalObject(delegations.keys, 'delegations.keys'))) {
        delegationKeys.set(id, TufKey.fromJSON(key));
      }
      const rolesIn = delegations.roles ?? [];
      if (!Array.isArray(rolesIn)) throw new TypeError('delegations.roles is not a list');
      const roles = rolesIn.map((r, i) => DelegatedRole.fromJSON(r, `delegations.roles[${i}]`));
      // As notary's isValidTargetsStructure: only roles directly below this one, so a role cannot
      // list itself, an ancestor, root or anything outside targets/ and a walk cannot loop.
      for (const d of roles) {
        if (!isDelegationName(d.name) || parentRole(d.name) !== role) {
          throw new TypeError(`delegation "${d.name}" is not a role directly below ${role}`);
        }
      }
      return new Targets({ ...common, targets, delegationKeys, delegations: roles });
    } catch (err) {
      throw new VerificationError(role, `malformed targets: ${(err as Error).message}`, { cause: err });
    }
  }
}
