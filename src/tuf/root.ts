// Root: the repository's keys and which of them may sign each base role.

import type { JsonValue } from '../encoding/canonical-json.ts';
import { VerificationError } from '../errors.ts';
import { TufKey } from '../keys/tuf-key.ts';
import { parseCommon, SignedBase, type CommonOptions } from './base.ts';
import { asObject } from './guards.ts';
import { BASE_ROLES, RootRole, type BaseRoleName } from './role.ts';

export interface RootOptions extends CommonOptions {
  readonly keys: ReadonlyMap<string, TufKey>;
  readonly roles: Readonly<Record<BaseRoleName, RootRole>>;
  readonly consistentSnapshot: boolean;
}

export class Root extends SignedBase {
  readonly type = 'Root' as const;
  readonly keys: ReadonlyMap<string, TufKey>;
  readonly roles: Readonly<Record<BaseRoleName, RootRole>>;
  readonly consistentSnapshot: boolean;

  constructor(options: RootOptions) {
    super(options);
    this.keys = options.keys;
    this.roles = options.roles;
    this.consistentSnapshot = options.consistentSnapshot;
  }

  /** The keys listed for a base role, by ID. Key IDs with no key are skipped. */
  roleKeys(role: BaseRoleName): Map<string, TufKey> {
    const out = new Map<string, TufKey>();
    for (const id of this.roles[role].keyids) {
      const key = this.keys.get(id);
      if (key) out.set(id, key);
    }
    return out;
  }

  override toJSON(): JsonValue {
    const keys: Record<string, JsonValue> = {};
    for (const [id, key] of this.keys) keys[id] = key.toJSON();
    const roles: Record<string, JsonValue> = {};
    for (const name of BASE_ROLES) roles[name] = this.roles[name].toJSON();
    return { ...this.commonJSON(), consistent_snapshot: this.consistentSnapshot, keys, roles };
  }

  static fromJSON(value: unknown, role = 'root'): Root {
    const { obj, common } = parseCommon(value, 'Root', role);
    try {
      const keys = new Map<string, TufKey>();
      for (const [id, key] of Object.entries(asObject(obj.keys, 'keys'))) keys.set(id, TufKey.fromJSON(key));
      const rolesIn = asObject(obj.roles, 'roles');
      const roles = {} as Record<BaseRoleName, RootRole>;
      for (const name of BASE_ROLES) roles[name] = RootRole.fromJSON(rolesIn[name], `roles.${name}`);
      return new Root({ ...common, keys, roles, consistentSnapshot: obj.consistent_snapshot === true });
    } catch (err) {
      throw new VerificationError(role, `malformed root: ${(err as Error).message}`, { cause: err });
    }
  }
}
