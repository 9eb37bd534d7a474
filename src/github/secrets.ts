// Masking of secret inputs. The runner masks a value only where it appears
// whole, and a multi-line value not at all once its lines are logged apart,
// so key text is masked as given, line by line and token by token, and, when
// it is base64 of a PEM file, in its decoded form too.

import * as core from '@actions/core';

/** Shorter runs of base64 carry no useful key material; masking them would blank out ordinary log text. */
const MIN_TOKEN = 8;
const BASE64_TOKEN = /^[A-Za-z0-9+/_-]+={0,2}$/;
const PEM_MARKER = /-----(BEGIN|END) [A-Z0-9 ]+-----/g;

function mask(value: string, masked: Set<string>): void {
  if (value === '' || masked.has(value)) return;
  masked.add(value);
  core.setSecret(value);
}

/** A password or passphrase: the value, its trimmed form and each of its lines. */
export function maskSecret(value: string): void {
  const masked = new Set<string>();
  mask(value, masked);
  mask(value.trim(), masked);
  for (const line of value.split(/\r?\n/)) mask(line.trim(), masked);
}

/**
 * The base64 runs of PEM text, however CI mangled it (CRLF, spaces, literal
 * `\n`), leaving out the BEGIN/END markers and header lines such as `role:`
 * and `gun:`, which are not secret and which the log should keep showing.
 */
function base64Tokens(text: string): string[] {
  const tokens: string[] = [];
  const unmarked = text.replace(/\\n/g, '\n').replace(PEM_MARKER, '\n');
  for (const line of unmarked.split(/\r?\n/)) {
    let headerValue = false;
    for (const token of line.trim().split(/\s+/)) {
      if (headerValue) {
        headerValue = false;
        continue;
      }
      if (token.includes(':')) {
        headerValue = token.endsWith(':');
        continue;
      }
      if (token.length >= MIN_TOKEN && BASE64_TOKEN.test(token)) tokens.push(token);
    }
  }
  return tokens;
}

/** The PEM text inside a base64-encoded key input, if it is one. */
function decodedPem(text: string): string | undefined {
  if (text.includes('-----BEGIN')) return undefined;
  const compact = text.replace(/\s+/g, '');
  if (!BASE64_TOKEN.test(compact)) return undefined;
  const decoded = Buffer.from(compact, /[-_]/.test(compact) ? 'base64url' : 'base64').toString('utf8');
  return decoded.includes('-----BEGIN') ? decoded : undefined;
}

/** A private key input: the whole text, each line, each base64 run, and all of that again for base64 input. */
export function maskKey(text: string): void {
  const masked = new Set<string>();
  const forms = [text];
  const decoded = decodedPem(text);
  if (decoded !== undefined) forms.push(decoded);
  for (const form of forms) {
    mask(form, masked);
    mask(form.trim(), masked);
    for (const token of base64Tokens(form)) mask(token, masked);
  }
}
