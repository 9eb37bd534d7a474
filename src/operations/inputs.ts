// Input helpers every entrypoint shares: PEM given as text or as a file
// path, lists and durations. Errors name the input and the fix; `input` is
// the name the entrypoint's user knows. Nothing here loads a key or parses a
// certificate: the command specs import this file, and a CLI's start-up must
// not pay for x509 and ASN.1 (those helpers are in key-inputs.ts).

import { readFileSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { redactUrl } from '../http/redact-url.ts';

/** A private key given by the user, with the names of its inputs for messages. */
export interface KeyInput {
  readonly text: string;
  readonly passphrase?: string | undefined;
  /** e.g. 'signer-key' or 'signerKey' */
  readonly input: string;
  readonly passphraseInput?: string | undefined;
}

/** PEM text as given, or read from a path. */
export function pemTextOrFile(value: string, input: string): string {
  const trimmed = value.trim();
  if (trimmed.includes('-----BEGIN')) return trimmed;
  try {
    const text = readFileSync(trimmed, 'utf8');
    if (!text.includes('-----BEGIN')) throw new InputError(input, `${trimmed} holds no PEM text`);
    return text;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    // A URL given where a file belongs may carry a password.
    const shown = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? redactUrl(trimmed) : trimmed;
    throw new InputError(input, `${shown} cannot be read (${code}); give PEM text or the path of a PEM file`, { cause: err });
  }
}

/** `old-signer-key`: a key ID (64 hex digits) as given, else a public key or certificate as PEM text or a PEM file's path. */
export function keyIdOrPem(value: string | undefined, input: string): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return /^[0-9a-fA-F]{64}$/.test(trimmed) ? trimmed : pemTextOrFile(trimmed, input);
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9][A-Z0-9 ]*?)-----[\s\S]*?-----END \1-----/g;
const BASE64 = /^[A-Za-z0-9+/_-]{40,}={0,2}$/;

/** A PEM file base64-encoded on one line, as a CI variable may hold it; the key reader decodes it. */
function isBase64Pem(item: string): boolean {
  return BASE64.test(item) && Buffer.from(item, /[-_]/.test(item) ? 'base64url' : 'base64').toString('utf8').includes('-----BEGIN ');
}

function pemBlocks(text: string): string[] {
  return [...text.matchAll(PEM_BLOCK)].map((m) => m[0]);
}

/**
 * `signer-public-key`: public keys or certificates, several to an input, in
 * the order given. A PEM block pasted in is a key; each other item (newline-
 * or comma-separated) is a path, whose file's PEM blocks are keys (a .pub
 * with two keys gives two), or a PEM base64-encoded on one line, which goes
 * as it is. Text that is no whole block goes as it is too, for the key reader
 * to say what is wrong with it.
 */
export function readPublicKeyList(value: string, input: string): string[] {
  const keys: string[] = [];
  const items = (text: string) =>
    splitList(text).flatMap((item) => {
      if (item.includes('-----') || isBase64Pem(item)) return [item];
      const file = pemTextOrFile(item, input);
      const blocks = pemBlocks(file);
      return blocks.length > 0 ? blocks : [file];
    });
  let rest = 0;
  for (const match of value.matchAll(PEM_BLOCK)) {
    keys.push(...items(value.slice(rest, match.index)), match[0]);
    rest = match.index + match[0].length;
  }
  return [...keys, ...items(value.slice(rest))];
}

const SECOND_MS = 1000;
const HOUR_MS = 60 * 60 * SECOND_MS;
const UNITS_MS: Readonly<Record<string, number>> = { s: SECOND_MS, m: 60 * SECOND_MS, h: HOUR_MS, d: 24 * HOUR_MS, w: 7 * 24 * HOUR_MS };

/** The one grammar of every duration input: a number and a unit, as in the help and docs. */
export const DURATION_GRAMMAR = 'a number and s, m (minutes), h, d or w, e.g. 90s, 10m, 36h, 180d, 26w';

/**
 * Every duration input (`timeout`, `expiring-within`): a number and one of
 * s, m (minutes, as Go's durations), h, d or w, e.g. 90s, 10m, 180d, in
 * milliseconds; empty means none.
 */
export function parseDuration(value: string | undefined, input: string): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*([smhdw])$/i.exec(text);
  if (!match) throw new InputError(input, `give ${DURATION_GRAMMAR}, not "${text}"`);
  return Number(match[1]) * UNITS_MS[match[2]!.toLowerCase()]!;
}

/** `timeout`: a duration (parseDuration) of more than zero. */
export function parseTimeout(value: string | undefined, input: string): number | undefined {
  const ms = parseDuration(value, input);
  if (ms === 0) throw new InputError(input, 'give a time limit of more than zero, e.g. 10m');
  return ms;
}

/** Splits a list input: newlines or commas, blanks dropped. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
