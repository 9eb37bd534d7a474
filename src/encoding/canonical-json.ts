// JSON encoders that reproduce Go byte for byte.
//
// Notary signs the canonical form of docker/go's `canonical/json` package:
// object keys sorted by byte order, no insignificant whitespace, integers
// only, and only `"` and `\` escaped inside strings. Envelopes, on the other
// hand, are written by Go's ordinary json.Marshal, which compacts embedded
// raw JSON and escapes <, >, &, U+2028 and U+2029. notary-server rebuilds the
// snapshot from its own re-serialization of what it is sent, so anything we
// upload has to be identical to Go's output or every client rejects it.

export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

const encoder = new TextEncoder();

/** Compares two strings by their UTF-8 bytes, as Go's sort of strings does. */
export function compareBytewise(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Keys in UTF-8 byte order, sorted in place. Without surrogates, UTF-16 code
 * unit order (the default sort) is code point order, which is UTF-8 byte
 * order; a targets role with 10,000 tags would otherwise cost 2 buffers per
 * comparison.
 */
export function sortedKeys(keys: string[]): string[] {
  return keys.some((k) => SURROGATE.test(k)) ? keys.sort(compareBytewise) : keys.sort();
}

function assertWellFormed(s: string): void {
  if (!s.isWellFormed()) {
    throw new TypeError('canonical JSON: string contains a lone surrogate');
  }
}

/** Nothing to escape and no surrogate to check: the common case, written as it is. */
const PLAIN = /^[^"\\\ud800-\udfff]*$/;

/**
 * True for a string canonical JSON writes as it is, between quotes, and
 * whose default (UTF-16) order is its canonical (UTF-8 byte) order.
 */
export function isPlain(s: string): boolean {
  return PLAIN.test(s);
}

/** A string in docker/go canonical form: only `"` and `\` are escaped. */
export function canonicalString(s: string): string {
  if (PLAIN.test(s)) return `"${s}"`;
  assertWellFormed(s);
  return `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

const GO_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** A string as Go's json.Marshal writes it (HTML-safe, control characters escaped). */
export function goString(s: string): string {
  assertWellFormed(s);
  // eslint-disable-next-line no-control-regex
  const escaped = s.replace(/["\\\u0000-\u001f<>&\u2028\u2029]/g, (c) => {
    const known = GO_ESCAPES[c];
    if (known) return known;
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

// One pass, appending to one string (V8 keeps it as a rope until it is used):
// no array of pieces per object or list, so a 900 KB role makes little garbage.
function encode(value: JsonValue, str: (s: string) => string = canonicalString): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) {
        throw new TypeError(`canonical JSON: ${value} is not an integer`);
      }
      return String(value);
    case 'string':
      return str(value);
    case 'object': {
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + encode(value[i] as JsonValue, str);
        return `${out}]`;
      }
      return encodeObject(value as { readonly [key: string]: JsonValue }, str);
    }
    default:
      throw new TypeError(`canonical JSON: cannot encode a ${typeof value}`);
  }
}

/**
 * An object's canonical text. With `member`, the value of that member (when
 * it is an object) is left out of the text and its offset reported instead.
 */
function encodeObject(
  obj: { readonly [key: string]: JsonValue },
  str: (s: string) => string,
  member?: { readonly key: string; at: number },
): string {
  const keys = Object.keys(obj);
  // One test per key: a plain key has no surrogate (so the default sort is
  // byte order) and needs no escaping (so it is written as it is).
  let plain = str === canonicalString;
  for (let i = 0; plain && i < keys.length; i++) plain = PLAIN.test(keys[i]!);
  if (plain) keys.sort();
  else sortedKeys(keys);
  let out = '{';
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = obj[k];
    if (v === undefined) continue;
    out += (first ? '"' : ',"') + (plain ? `${k}"` : str(k).slice(1)) + ':';
    if (member && k === member.key && typeof v === 'object' && v !== null && !Array.isArray(v)) member.at = out.length;
    else out += encode(v, str);
    first = false;
  }
  return `${out}}`;
}

/**
 * canonicalJson of an object whose object member `member` is given as its
 * canonical text, made elsewhere (a big member can be written faster than
 * the generic encoder writes it; see Targets#canonicalOfSource). Gives the
 * text and the offset where the member's text starts; at is -1, and the
 * member left out, when `value` has no such object member.
 */
export function canonicalJsonWith(
  value: { readonly [key: string]: JsonValue },
  member: string,
  memberText: string,
): { text: string; at: number } {
  const spot = { key: member, at: -1 };
  const outline = encodeObject(value, canonicalString, spot);
  if (spot.at < 0) return { text: outline, at: -1 };
  return { text: outline.slice(0, spot.at) + memberText + outline.slice(spot.at), at: spot.at };
}

/** docker/go canonical JSON, as a string. */
export function canonicalJson(value: JsonValue): string {
  return encode(value);
}

/** docker/go canonical JSON: what notary signs and hashes key IDs over. */
export function canonicalize(value: JsonValue): Uint8Array {
  return encoder.encode(encode(value));
}

const HTML_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * canonicalForEnvelope of a value from its canonical text, without encoding
 * it again: outside strings canonical text holds none of the characters Go
 * escapes, so escaping them all at once gives the same text. (A value with
 * both a lone surrogate and a control character has no canonical text, so
 * it fails before this, on the surrogate.)
 */
export function envelopeForm(canonical: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(canonical)) {
    throw new TypeError('canonical JSON: control characters cannot be published');
  }
  return canonical.replace(/[<>&\u2028\u2029]/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * The canonical form as it appears inside a json.Marshal'd envelope: Go
 * compacts an embedded json.RawMessage with HTML escaping, so the same
 * sorted, whitespace-free text but with <, >, &, U+2028 and U+2029 escaped.
 * Control characters are left raw by the canonical encoder, which Go's
 * compactor then refuses, so they are refused here too.
 */
export function canonicalForEnvelope(value: JsonValue): string {
  return encode(value, (s) => {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f]/.test(s)) {
      throw new TypeError('canonical JSON: control characters cannot be published');
    }
    return goString(s);
  });
}
