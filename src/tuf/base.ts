// The fields every signed role shares: `_type`, `expires` and `version`.

import type { JsonValue } from '../encoding/canonical-json.ts';
import { VerificationError } from '../errors.ts';
import { asInteger, asObject, asString } from './guards.ts';
import { formatGoTime, parseGoTime } from './time.ts';

export type RoleType = 'Root' | 'Targets' | 'Snapshot' | 'Timestamp';

export interface CommonOptions {
  readonly version: number;
  readonly expires: Date;
}

export abstract class SignedBase {
  abstract readonly type: RoleType;
  readonly version: number;
  readonly expires: Date;

  constructor(options: CommonOptions) {
    this.version = options.version;
    this.expires = options.expires;
  }

  isExpired(now: Date): boolean {
    return this.expires.getTime() <= now.getTime();
  }

  protected commonJSON(): Record<string, JsonValue> {
    return { _type: this.type, expires: formatGoTime(this.expires), version: this.version };
  }

  abstract toJSON(): JsonValue;
}

/** Reads and checks the common fields; `role` names the role in errors. */
export function parseCommon(
  value: unknown,
  type: RoleType,
  role: string,
): { obj: Record<string, unknown>; common: CommonOptions } {
  let obj: Record<string, unknown>;
  try {
    obj = asObject(value, 'signed');
    const actual = asString(obj._type, '_type');
    if (actual !== type) throw new TypeError(`_type is ${JSON.stringify(actual)}, expected ${type}`);
    const version = asInteger(obj.version, 'version');
    return { obj, common: { version, expires: parseGoTime(obj.expires, role) } };
  } catch (err) {
    if (err instanceof VerificationError) throw err;
    throw new VerificationError(role, `malformed metadata: ${(err as Error).message}`, { cause: err });
  }
}
