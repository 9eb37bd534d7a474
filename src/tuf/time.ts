// Times as Go writes and reads them in Notary metadata.
//
// Go's time.Time marshals as RFC 3339 with nanoseconds and no trailing zeros
// (RFC3339Nano), so a whole-second UTC time is "2006-01-02T15:04:05Z" with no
// ".000". We always write whole-second UTC times; we read any offset and any
// fraction that Go may have written (docker writes local times with offsets).

import { VerificationError } from '../errors.ts';

export const SECOND = 1000;
export const DAY = 24 * 60 * 60 * SECOND;
/** notary.Year: 365 days, not a calendar year. */
export const YEAR = 365 * DAY;

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** Parses a Go RFC 3339 time; throws a VerificationError naming the role. */
export function parseGoTime(value: unknown, role: string): Date {
  const m = typeof value === 'string' ? RFC3339.exec(value) : null;
  if (!m) throw new VerificationError(role, `expires is not an RFC 3339 time: ${JSON.stringify(value)}`);
  const [, y, mo, d, h, mi, s, frac = '', zone] = m;
  let ms = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, Number(frac.padEnd(3, '0').slice(0, 3)));
  if (zone !== 'Z') {
    const sign = zone!.startsWith('-') ? -1 : 1;
    const [oh, om] = zone!.slice(1).split(':').map(Number);
    ms -= sign * (oh! * 60 + om!) * 60 * SECOND;
  }
  if (Number.isNaN(ms)) throw new VerificationError(role, `expires is not a valid time: ${String(value)}`);
  return new Date(ms);
}

/** Formats a time as Go's json.Marshal does for a whole-second UTC time. */
export function formatGoTime(date: Date): string {
  const whole = new Date(Math.floor(date.getTime() / SECOND) * SECOND);
  return whole.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A whole-second expiry `durationMs` after `now`. */
export function expiryFrom(now: Date, durationMs: number): Date {
  return new Date(Math.floor((now.getTime() + durationMs) / SECOND) * SECOND);
}
