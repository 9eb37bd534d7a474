// Input helpers every entrypoint shares: PEM given as text or as a file
// path, trust pins, key inputs, lists and durations. Errors name the input
// and the fix; `input` is the name the entrypoint's user knows.

import { readFileSync } from 'node:fs';
import { InputError } from '../errors.ts';
import { canonicalKeyId, loadPrivateKey, loadPublicKey, type LoadedPrivateKey } from '../keys/index.ts';
import type { RootPin } from '../tuf/root-trust.ts';

/** A private key given by the user, with the names of its inputs for messages. */
export interface KeyInput {
  readonly text: string;
  readonly passphrase?: string | undefined;
  /** e.g. 'signer-key' or 'signerKey' */
  readonly input: string;
  readonly passphraseInput?: string | undefined;
}

export function loadKeyInput(key: KeyInput): LoadedPrivateKey {
  return loadPrivateKey(key.text, {
    input: key.input,
    ...(key.passphrase ? { passphrase: key.passphrase } : {}),
    ...(key.passphraseInput ? { passphraseInput: key.passphraseInput } : {}),
  });
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
    throw new InputError(input, `${trimmed} cannot be read (${code}); give PEM text or the path of a PEM file`, { cause: err });
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
 * `signer-public-key`: public keys or certificates, several to an input. PEM
 * blocks pasted in come first, then what the other items (newline- or
 * comma-separated) hold: a path is read and each PEM block in the file is a
 * key (a .pub with two keys gives two), a PEM base64-encoded on one line goes
 * as it is. Text that is no whole block goes as it is too, for the key reader
 * to say what is wrong with it.
 */
export function readPublicKeyList(value: string, input: string): string[] {
  const items = splitList(value.replace(PEM_BLOCK, '\n'));
  return [
    ...pemBlocks(value),
    ...items.flatMap((item) => {
      if (item.includes('-----') || isBase64Pem(item)) return [item];
      const text = pemTextOrFile(item, input);
      const blocks = pemBlocks(text);
      return blocks.length > 0 ? blocks : [text];
    }),
  ];
}

/** `trust-pin`: a root key ID (64 hex digits) or a root certificate (PEM text or file). */
export function parseTrustPin(value: string, input = 'trust-pin'): RootPin {
  const trimmed = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return { keyIds: [trimmed.toLowerCase()] };
  const pem = pemTextOrFile(trimmed, input);
  const key = loadPublicKey(pem, { input });
  if (!key.keytype.endsWith('-x509')) {
    throw new InputError(input, 'give the root key ID (64 hex digits) or the root certificate, not a bare public key');
  }
  return { keyIds: [key.id, canonicalKeyId(key)] };
}

const HOUR_MS = 60 * 60 * 1000;
const DURATION_UNITS: Readonly<Record<string, number>> = { h: HOUR_MS, d: 24 * HOUR_MS, w: 7 * 24 * HOUR_MS };

/** `expiring-within`: a number and a unit (h, d or w), e.g. 180d, in milliseconds; empty means none. */
export function parseDuration(value: string | undefined, input: string): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*([hdw])$/i.exec(text);
  if (!match) throw new InputError(input, `give a duration such as 180d, 26w or 36h, not "${text}"`);
  return Number(match[1]) * DURATION_UNITS[match[2]!.toLowerCase()]!;
}

/** Splits a list input: newlines or commas, blanks dropped. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
