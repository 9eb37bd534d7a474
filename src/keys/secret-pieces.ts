// The pieces of a secret that a CI log masker must be told about. Maskers
// match one log line at a time, so a PEM key is registered line by line:
// every line as given, each block's base64 body as one string and as the
// 64-column lines a key file has (whatever shape the CI secret squashed it
// into), and, when the key was given base64-encoded, the same pieces of the
// decoded PEM. Armor lines and `role:`/`gun:` headers are not secret and
// stay readable.

import { encodePem, readPem } from './pem.ts';

const ARMOR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/;
const HEADER = /^[A-Za-z][A-Za-z0-9_-]*\s*:\s/;
const BASE64_TOKEN = /^[A-Za-z0-9+/_-]+={0,2}$/;

function linePieces(text: string, into: Set<string>): void {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || ARMOR.test(line) || HEADER.test(line)) continue;
    into.add(line);
    // A PEM squashed onto one line (newlines turned into spaces) hides its
    // base64 among armor and header words.
    for (const token of line.split(/\s+/)) {
      if (token.length >= 16 && BASE64_TOKEN.test(token)) into.add(token);
    }
  }
}

function blockPieces(text: string, into: Set<string>): void {
  for (const block of readPem(text).blocks) {
    const body = block.bytes.toString('base64');
    into.add(body);
    for (const line of encodePem(block.type, block.bytes).split('\n')) {
      if (line !== '' && !ARMOR.test(line)) into.add(line);
    }
  }
}

/** A password or passphrase: as given, trimmed, and each of its lines trimmed; blanks dropped. */
export function passphrasePieces(value: string | undefined): string[] {
  if (!value) return [];
  const pieces = [value, value.trim(), ...value.split(/\r?\n/).map((line) => line.trim())];
  return [...new Set(pieces)].filter((piece) => piece !== '');
}

/** Everything in key text `value` to register with the agent's masker, each on one line. */
export function secretPieces(value: string | undefined): string[] {
  const text = (value ?? '').replace(/\r\n?/g, '\n').trim();
  if (text === '') return [];
  const pieces = new Set<string>();
  if (!text.includes('\n')) pieces.add(text);
  // A PEM kept in JSON or YAML sometimes carries its newlines as `\n`.
  linePieces(!text.includes('\n') && text.includes('\\n') ? text.replace(/\\n/g, '\n') : text, pieces);
  blockPieces(text, pieces);
  // The whole PEM file base64-encoded, as CI secrets usually hold keys:
  // mask the decoded file's lines too, however it was wrapped.
  const compact = text.replace(/\s+/g, '');
  if (BASE64_TOKEN.test(compact)) {
    const decoded = Buffer.from(compact, /[-_]/.test(compact) ? 'base64url' : 'base64').toString('utf8');
    if (decoded.includes('-----BEGIN ')) linePieces(decoded.replace(/\r\n?/g, '\n'), pieces);
  }
  return [...pieces];
}
