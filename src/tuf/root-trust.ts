// Deciding whether a root can be trusted, as notary's trustpinning does:
// only root keys that are x509 certificates whose CN matches the GUN and that
// are within their validity period count; a pin narrows them further; a new
// root must be signed both by the previous root's keys and by its own.

import { X509Certificate } from 'node:crypto';
import { VerificationError } from '../errors.ts';
import { certificateProblem } from '../keys/certificate.ts';
import { canonicalKeyId } from '../keys/index.ts';
import type { TufKey } from '../keys/tuf-key.ts';
import type { Metadata } from './metadata.ts';
import { ROOT } from './role.ts';
import type { Root } from './root.ts';
import { verifyNotExpired, verifyThreshold } from './threshold.ts';

/** Root key IDs (x509 or canonical) that the repository's root must be signed with. */
export interface RootPin {
  readonly keyIds: readonly string[];
}

const X509_TYPES = new Set(['ecdsa-x509', 'rsa-x509']);

/** notary's MatchCNToGun: exact, or a `*`-suffixed prefix. */
export function cnMatchesGun(cn: string, gun: string): boolean {
  if (cn.endsWith('*')) return gun.startsWith(cn.replace(/\*+$/, ''));
  return cn === gun;
}

function commonName(cert: X509Certificate): string | undefined {
  for (const line of cert.subject.split('\n')) {
    if (line.startsWith('CN=')) return line.slice(3);
  }
  return undefined;
}

/**
 * The root role's keys that are usable leaf certificates for `gun`.
 * With `checkExpiry` false (a previous, already trusted root) expired
 * certificates still count, as in notary.
 */
export function validRootKeys(root: Root, gun: string, now: Date, checkExpiry: boolean): Map<string, TufKey> {
  return usableRootKeys(root.roleKeys(ROOT), gun, now, checkExpiry);
}

/** Of a root role's keys, those that are usable leaf certificates for `gun`. */
function usableRootKeys(keys: ReadonlyMap<string, TufKey>, gun: string, now: Date, checkExpiry: boolean): Map<string, TufKey> {
  const out = new Map<string, TufKey>();
  for (const [id, key] of keys) {
    if (!X509_TYPES.has(key.keytype)) continue;
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(key.public);
    } catch {
      continue;
    }
    if (cert.ca) continue;
    const cn = commonName(cert);
    if (cn === undefined || !cnMatchesGun(cn, gun)) continue;
    if (certificateProblem(cert, checkExpiry ? now : undefined) !== undefined) continue;
    out.set(id, key);
  }
  return out;
}

/** What a root trusted before (in this run or a saved trust state) passes on to the next: its root role. */
export interface TrustedRoot {
  readonly version: number;
  /** sha256 (hex) of the root file. */
  readonly sha256: string;
  readonly threshold: number;
  /** The root role's keys, by ID. */
  readonly keys: ReadonlyMap<string, TufKey>;
}

export interface RootCheck {
  readonly gun: string;
  readonly now: Date;
  /** The root trusted before this one, when walking a rotation. */
  readonly previous?: Metadata<Root> | TrustedRoot;
  readonly pin?: RootPin;
  /** Intermediate roots of a rotation walk may have expired since. */
  readonly allowExpired?: boolean;
}

/** Whether any key of the root role is the pinned one, by its ID or its canonical (public key) ID. */
export function rootMatchesPin(root: Root, pin: RootPin): boolean {
  const pinned = new Set(pin.keyIds.map((k) => k.toLowerCase()));
  return [...root.roleKeys(ROOT)].some(([id, key]) => {
    if (pinned.has(id)) return true;
    try {
      return pinned.has(canonicalKeyId(key));
    } catch {
      return false;
    }
  });
}

/** Verifies one root. Throws a VerificationError naming the reason. */
export function verifyRoot(root: Metadata<Root>, check: RootCheck): void {
  const { gun, now, previous, pin, allowExpired = false } = check;
  let keys = validRootKeys(root.signed, gun, now, !allowExpired);
  if (keys.size === 0) {
    throw new VerificationError(
      ROOT,
      `no valid root certificate for ${gun}: each must be an x509 certificate with CN ${gun} within its validity period`,
      { check: 'root' },
    );
  }
  if (previous) {
    const before =
      'signed' in previous
        ? { version: previous.signed.version, threshold: previous.signed.roles.root.threshold, keys: previous.signed.roleKeys(ROOT) }
        : previous;
    const prevKeys = usableRootKeys(before.keys, gun, now, false);
    try {
      verifyThreshold(root, prevKeys, before.threshold, ROOT);
    } catch (err) {
      throw new VerificationError(
        ROOT,
        `version ${root.signed.version} is not signed by the keys of trusted version ${before.version}`,
        { cause: err, check: 'root' },
      );
    }
  }
  if (pin) {
    const pinned = new Set(pin.keyIds.map((k) => k.toLowerCase()));
    keys = new Map([...keys].filter(([id, key]) => pinned.has(id) || pinned.has(canonicalKeyId(key))));
    if (keys.size === 0) {
      throw new VerificationError(ROOT, `no root key of ${gun} matches the pinned root key (trust-pin)`, {
        check: 'root',
      });
    }
  }
  verifyThreshold(root, keys, root.signed.roles.root.threshold, ROOT);
  if (!allowExpired) verifyNotExpired(root, ROOT, now);
}
