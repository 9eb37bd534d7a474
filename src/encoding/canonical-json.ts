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

function assertWellFormed(s: string): void {
  if (!s.isWellFormed()) {
    throw new TypeError('canonical JSON: string contains a lone surrogate');
  }
}

/** A string in docker/go canonical form: only `"` and `\` are escaped. */
function canonicalString(s: string): string {
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

function encode(value: JsonValue, str: (s: string) => string): string {
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
        return `[${value.map((v: JsonValue) => encode(v, str)).join(',')}]`;
      }
      const obj = value as { readonly [key: string]: JsonValue };
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort(compareBytewise);
      return `{${keys.map((k) => `${str(k)}:${encode(obj[k] as JsonValue, str)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonical JSON: cannot encode a ${typeof value}`);
  }
}

/** docker/go canonical JSON, as a string. */
export function canonicalJson(value: JsonValue): string {
  return encode(value, canonicalString);
}

/** docker/go canonical JSON: what notary signs and hashes key IDs over. */
export function canonicalize(value: JsonValue): Uint8Array {
  return encoder.encode(encode(value, canonicalString));
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
