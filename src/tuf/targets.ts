// Targets: signed tags (name → digest and manifest length) and delegations.
// Used for the top-level `targets` role and every `targets/…` delegation.

import type { JsonValue } from '../encoding/canonical-json.ts';
import { VerificationError } from '../errors.ts';
import { TufKey } from '../keys/tuf-key.ts';
import { parseCommon, SignedBase, type CommonOptions } from './base.ts';
import { FileMeta } from './file-meta.ts';
import { asOptionalObject } from './guards.ts';
import { DelegatedRole, isDelegationName, parentRole } from './role.ts';

export interface TargetsOptions extends CommonOptions {
  readonly targets: ReadonlyMap<string, FileMeta>;
  readonly delegationKeys: ReadonlyMap<string, TufKey>;
  readonly delegations: readonly DelegatedRole[];
}

export class Targets extends SignedBase {
  readonly type = 'Targets' as const;
  readonly targets: ReadonlyMap<string, FileMeta>;
  readonly delegationKeys: ReadonlyMap<string, TufKey>;
  readonly delegations: readonly DelegatedRole[];

  constructor(options: TargetsOptions) {
    super(options);
    this.targets = options.targets;
    this.delegationKeys = options.delegationKeys;
    this.delegations = options.delegations;
  }

  static empty(common: CommonOptions): Targets {
    return new Targets({ ...common, targets: new Map(), delegationKeys: new Map(), delegations: [] });
  }

  with(changes: Partial<TargetsOptions>): Targets {
    return new Targets(this.changed<TargetsOptions>(this, changes));
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
    const keys: Record<string, JsonValue> = {};
    for (const [id, key] of this.delegationKeys) keys[id] = key.toJSON();
    return {
      ...this.commonJSON(),
      delegations: { keys, roles: this.delegations.map((d) => d.toJSON()) },
      targets,
    };
  }

  static fromJSON(value: unknown, role: string): Targets {
    const { obj, common } = parseCommon(value, 'Targets', role);
    try {
      const targets = new Map<string, FileMeta>();
      for (const [name, meta] of Object.entries(asOptionalObject(obj.targets, 'targets'))) {
        targets.set(name, FileMeta.fromJSON(meta, `targets[${JSON.stringify(name)}]`));
      }
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
