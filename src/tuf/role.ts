// Role names and delegated roles, with notary's naming and path rules.

import type { JsonValue } from '../encoding/canonical-json.ts';
import { asInteger, asObject, asString, asStringArray } from './guards.ts';

export const ROOT = 'root';
export const TARGETS = 'targets';
export const SNAPSHOT = 'snapshot';
export const TIMESTAMP = 'timestamp';
export const BASE_ROLES = [ROOT, TARGETS, SNAPSHOT, TIMESTAMP] as const;
export type BaseRoleName = (typeof BASE_ROLES)[number];
/** docker's shared delegation that every signer is also added to. */
export const RELEASES = 'targets/releases';

const DELEGATION_CHARS = /^[-a-z0-9_/]+$/;

/** Go's path.Clean(p) === p for the paths notary accepts as role names. */
function isCleanPath(p: string): boolean {
  return !p.endsWith('/') && !p.includes('//') && !p.split('/').some((s) => s === '.' || s === '..');
}

/** notary's data.IsDelegation: `targets/…`, lowercase, clean, under 256 bytes. */
export function isDelegationName(name: string): boolean {
  return (
    name.startsWith(`${TARGETS}/`) &&
    name.length > TARGETS.length + 1 &&
    DELEGATION_CHARS.test(name) &&
    Buffer.byteLength(name) < 256 &&
    isCleanPath(name)
  );
}

/** Go's path.Dir for a clean role name. */
export function parentRole(name: string): string {
  const i = name.lastIndexOf('/');
  return i < 0 ? '.' : name.slice(0, i);
}

/** True when `path` starts with one of `permitted`, notary's path rule. */
export function pathAllowed(path: string, permitted: readonly string[]): boolean {
  return permitted.some((p) => path.startsWith(p));
}

/** notary's RestrictDelegationPathPrefixes: keep child paths that lie under a parent path. */
export function restrictPaths(parent: readonly string[], child: readonly string[]): string[] {
  return child.filter((p) => parent.some((pp) => p.startsWith(pp)));
}

/** A base role's entry in root: key IDs and threshold. */
export class RootRole {
  readonly keyids: readonly string[];
  readonly threshold: number;

  constructor(options: { keyids: readonly string[]; threshold: number }) {
    this.keyids = options.keyids;
    this.threshold = options.threshold;
  }

  toJSON(): JsonValue {
    return { keyids: [...this.keyids], threshold: this.threshold };
  }

  static fromJSON(value: unknown, where: string): RootRole {
    const obj = asObject(value, where);
    return new RootRole({
      keyids: asStringArray(obj.keyids, `${where}.keyids`),
      threshold: asInteger(obj.threshold, `${where}.threshold`),
    });
  }
}

/** A delegation in a targets file's `delegations.roles` list. */
export class DelegatedRole {
  readonly name: string;
  readonly keyids: readonly string[];
  readonly threshold: number;
  readonly paths: readonly string[];

  constructor(options: { name: string; keyids: readonly string[]; threshold: number; paths: readonly string[] }) {
    this.name = options.name;
    this.keyids = options.keyids;
    this.threshold = options.threshold;
    this.paths = options.paths;
  }

  with(changes: Partial<{ keyids: readonly string[]; threshold: number; paths: readonly string[] }>): DelegatedRole {
    return new DelegatedRole({ ...this, ...changes, name: this.name });
  }

  /** Go's struct has `paths,omitempty`: an empty list is left out entirely. */
  toJSON(): JsonValue {
    const out: Record<string, JsonValue> = {
      keyids: [...this.keyids],
      name: this.name,
      threshold: this.threshold,
    };
    if (this.paths.length > 0) out.paths = [...this.paths];
    return out;
  }

  static fromJSON(value: unknown, where: string): DelegatedRole {
    const obj = asObject(value, where);
    const name = asString(obj.name, `${where}.name`);
    return new DelegatedRole({
      name,
      keyids: asStringArray(obj.keyids, `${where}.keyids`),
      threshold: asInteger(obj.threshold, `${where}.threshold`),
      paths: obj.paths === undefined || obj.paths === null ? [] : asStringArray(obj.paths, `${where}.paths`),
    });
  }
}
