// Trusted identities as notation's trust policy writes them,
// `x509.subject: C=US, ST=WA, O=Example, CN=ci`, and the match notation
// makes (notation-go verifier.verifyX509TrustedIdentities and
// internal/pkix): the DN is read as RFC 4514 (S is ST), must name C, ST and
// O, may not repeat an attribute or use multi-valued RDNs or `=#` values,
// and matches a leaf whose subject has every one of its attributes with
// the same value.

import { InputError } from '../errors.ts';
import { IDENTITY_PREFIX } from './constants.ts';

export type DistinguishedName = Readonly<Record<string, string>>;

export const MANDATORY_ATTRIBUTES = ['C', 'ST', 'O'] as const;

/** Splits on unescaped, unquoted separators; returns the raw pieces. */
function split(text: string, separators: string): string[] | undefined {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\\') {
      if (i + 1 >= text.length) return undefined;
      current += ch + (text[i + 1] as string);
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
      current += ch;
    } else if (!quoted && separators.includes(ch)) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (quoted) return undefined;
  out.push(current);
  return out;
}

/** An attribute value with RFC 4514 escapes (`\,` and `\2C`) and quotes undone. */
function unescape(raw: string): string | undefined {
  let v = raw.trim();
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) v = v.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < v.length; i++) {
    const ch = v[i] as string;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const hex = v.slice(i + 1, i + 3);
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (i + 1 < v.length) {
      bytes.push(...Buffer.from(v[i + 1] as string, 'utf8'));
      i++;
    } else {
      return undefined;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A trusted identity's DN; throws InputError naming `input` and the fix. */
export function parseIdentity(identity: string, input = 'notation-identity'): DistinguishedName {
  const at = identity.indexOf(':');
  const prefix = at < 0 ? '' : identity.slice(0, at).trim();
  const value = at < 0 ? '' : identity.slice(at + 1).trim();
  const example = `write it as notation does, e.g. "${IDENTITY_PREFIX}: C=US, ST=WA, O=Example, CN=ci"`;
  if (identity.trim() === '*') throw new InputError(input, `"*" would trust any certificate the anchors issued; name the signer, ${example}`);
  if (prefix !== IDENTITY_PREFIX || value === '') throw new InputError(input, `"${identity}" is not an x509.subject identity; ${example}`);
  if (value.includes('=#')) throw new InputError(input, `"${identity}": notation does not take "=#" values in identities; ${example}`);
  const rdns = split(value, ',');
  if (rdns === undefined) throw new InputError(input, `"${identity}" is not a distinguished name (RFC 4514); ${example}`);
  const out: Record<string, string> = {};
  for (const rdn of rdns) {
    const parts = split(rdn, '+');
    if (parts === undefined || parts.length !== 1) {
      throw new InputError(input, `"${identity}" has a multi-valued RDN, which notation does not take; ${example}`);
    }
    const eq = rdn.indexOf('=');
    let type = eq < 0 ? '' : rdn.slice(0, eq).trim();
    const attr = eq < 0 ? undefined : unescape(rdn.slice(eq + 1));
    if (type === '' || attr === undefined) throw new InputError(input, `"${identity}" is not a distinguished name (RFC 4514); ${example}`);
    if (type === 'S') type = 'ST';
    if (type in out) throw new InputError(input, `"${identity}" names ${type} more than once; ${example}`);
    out[type] = attr;
  }
  const missing = MANDATORY_ATTRIBUTES.filter((k) => !out[k]);
  if (missing.length > 0) {
    throw new InputError(input, `"${identity}" lacks ${missing.join(', ')}; notation requires C, ST (or S) and O in an identity, ${example}`);
  }
  return out;
}

/** Whether every attribute of `trusted` is in `subject` with the same value (notation's IsSubsetDN). */
export function identityMatches(trusted: DistinguishedName, subject: DistinguishedName): boolean {
  return Object.entries(trusted).every(([k, v]) => subject[k] === v);
}

/** An identity as messages show it. */
export function formatIdentity(dn: DistinguishedName): string {
  return `${IDENTITY_PREFIX}: ${Object.entries(dn).map(([k, v]) => `${k}=${v}`).join(', ')}`;
}
