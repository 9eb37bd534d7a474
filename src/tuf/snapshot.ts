// Snapshot and Timestamp: both map role names to FileMeta.

import type { JsonValue } from '../encoding/canonical-json.ts';
import { VerificationError } from '../errors.ts';
import { parseCommon, SignedBase, type CommonOptions, type RoleType } from './base.ts';
import { FileMeta } from './file-meta.ts';
import { asOptionalObject } from './guards.ts';

export interface MetaOptions extends CommonOptions {
  readonly meta: ReadonlyMap<string, FileMeta>;
}

abstract class MetaRole extends SignedBase {
  readonly meta: ReadonlyMap<string, FileMeta>;

  constructor(options: MetaOptions) {
    super(options);
    this.meta = options.meta;
  }

  override toJSON(): JsonValue {
    const meta: Record<string, JsonValue> = {};
    for (const [name, fm] of this.meta) meta[name] = fm.toJSON();
    return { ...this.commonJSON(), meta };
  }
}

function parseMeta(value: unknown, type: RoleType, role: string): MetaOptions {
  const { obj, common } = parseCommon(value, type, role);
  try {
    const meta = new Map<string, FileMeta>();
    for (const [name, fm] of Object.entries(asOptionalObject(obj.meta, 'meta'))) {
      meta.set(name, FileMeta.fromJSON(fm, `meta[${JSON.stringify(name)}]`));
    }
    return { ...common, meta };
  } catch (err) {
    throw new VerificationError(role, `malformed ${role}: ${(err as Error).message}`, { cause: err });
  }
}

export class Snapshot extends MetaRole {
  readonly type = 'Snapshot' as const;
  static fromJSON(value: unknown, role = 'snapshot'): Snapshot {
    return new Snapshot(parseMeta(value, 'Snapshot', role));
  }
}

export class Timestamp extends MetaRole {
  readonly type = 'Timestamp' as const;
  static fromJSON(value: unknown, role = 'timestamp'): Timestamp {
    return new Timestamp(parseMeta(value, 'Timestamp', role));
  }
}
