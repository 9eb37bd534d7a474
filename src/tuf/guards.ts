// Type guards for the parse boundary: everything from the network is unknown
// until one of these has looked at it.

export function asObject(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${where} is not an object`);
  }
  return value as Record<string, unknown>;
}

export function asString(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new TypeError(`${where} is not a string`);
  return value;
}

export function asInteger(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new TypeError(`${where} is not an integer`);
  }
  return value;
}

export function asStringArray(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new TypeError(`${where} is not a list of strings`);
  }
  return value as string[];
}

/** Go decodes a JSON null into an empty map or slice; so do we. */
export function asOptionalObject(value: unknown, where: string): Record<string, unknown> {
  return value === null || value === undefined ? {} : asObject(value, where);
}
