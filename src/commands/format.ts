// How results are printed: aligned tables for people, JSON for scripts.

/** Columns two spaces apart; no line ends in spaces. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `${r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()}\n`).join('');
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Go's json.Marshal escapes these, and docker's output is Go's. */
const GO_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** JSON as docker's inspect commands print it: json.Indent with four spaces, then a newline. */
export function dockerJson(value: unknown): string {
  return `${JSON.stringify(value, null, 4).replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c]!)}\n`;
}

export const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** Key IDs as docker's tables show them. */
export const shortId = (id: string) => id.slice(0, 12);
