// The fields every signed role shares: `_type`, `expires` and `version`.

import { canonicalJson, type JsonValue } from '../encoding/canonical-json.ts';
import { VerificationError } from '../errors.ts';
import { asInteger, asObject, asString } from './guards.ts';
import { formatGoTime, parseGoTime } from './time.ts';

export type RoleType = 'Root' | 'Targets' | 'Snapshot' | 'Timestamp';

export interface CommonOptions {
  readonly version: number;
  readonly expires: Date;
  /**
   * `expires` exactly as Go wrote it (nanoseconds, offset), kept so that a
   * file we did not re-sign serializes to the same bytes. Dropped whenever
   * `expires` changes.
   */
  readonly expiresText?: string | undefined;
}

export abstract class SignedBase {
  abstract readonly type: RoleType;
  readonly version: number;
  readonly expires: Date;
  readonly expiresText: string;

  constructor(options: CommonOptions) {
    this.version = options.version;
    this.expires = options.expires;
    this.expiresText = options.expiresText ?? formatGoTime(options.expires);
  }

  /** Options for a copy with `changes`; a new `expires` gets a new text. */
  protected changed<T extends CommonOptions>(current: T, changes: Partial<T>): T {
    const expiresText = changes.expires === undefined ? this.expiresText : undefined;
    return { ...current, ...changes, expiresText };
  }

  isExpired(now: Date): boolean {
    return this.expires.getTime() <= now.getTime();
  }

  protected commonJSON(): Record<string, JsonValue> {
    return { _type: this.type, expires: this.expiresText, version: this.version };
  }

  abstract toJSON(): JsonValue;

  /** The canonical text of this role: what its signatures cover. */
  canonical(): string {
    return canonicalJson(this.toJSON());
  }

  /** The canonical text of `source`, the JSON this role was parsed from (Metadata.parse). */
  canonicalOfSource(source: JsonValue): string {
    return canonicalJson(source);
  }
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
    const expires = parseGoTime(obj.expires, role);
    return { obj, common: { version, expires, expiresText: obj.expires as string } };
  } catch (err) {
    if (err instanceof VerificationError) throw err;
    throw new VerificationError(role, `malformed metadata: ${(err as Error).message}`, { cause: err });
  }
}
