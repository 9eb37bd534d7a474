// Expiry care: which of the roles a run touches expire soon. Roles nobody
// signs into for years (targets, a signer's role, root) expire silently,
// and then every pull with content trust fails. Snapshot and timestamp are
// re-signed by the server, so they are not ours to watch.
//
// Root is also only as good as its certificate: notary refuses a root
// certificate past its validity (10 years from creation) even when the root
// file itself has not expired, and only a root key rotation renews it.

import { X509Certificate } from 'node:crypto';
import { ROOT, SNAPSHOT, TARGETS, TIMESTAMP } from '../tuf/role.ts';
import { validRootKeys } from '../tuf/root-trust.ts';
import { YEAR } from '../tuf/time.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';

/** Warn this long before a role expires: half a notary year. */
export const EXPIRY_WARNING_WINDOW = YEAR / 2;

export interface ExpiryWarning {
  readonly role: string;
  readonly expires: Date;
  /** What expires: the role's metadata, or (root) its certificate. */
  readonly kind: 'metadata' | 'certificate';
  /** A sentence for the log, with the fix. */
  readonly message: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function describe(gun: string, role: string, expires: Date, kind: ExpiryWarning['kind'], now: Date): string {
  const days = Math.max(0, Math.floor((expires.getTime() - now.getTime()) / DAY_MS));
  const when = `on ${expires.toISOString().slice(0, 10)} (in ${days} day${days === 1 ? '' : 's'})`;
  if (kind === 'certificate') {
    return `${gun}: the root certificate expires ${when}; rotate the root key before then or pulls with content trust fail`;
  }
  const fix =
    role === ROOT
      ? 'have an admin re-sign root with the root key'
      : role === TARGETS
        ? 'refresh it with the repository key (dct-sign refresh)'
        : "refresh it with a signer's key (dct-sign refresh), or sign a tag";
  return `${gun}: ${role} expires ${when}; ${fix}, or pulls with content trust fail`;
}

/** The earliest end of validity among the root's usable certificates. */
function rootCertificateExpiry(repo: TrustedRepository, now: Date): Date | undefined {
  let earliest: Date | undefined;
  for (const key of validRootKeys(repo.root.signed, repo.gun, now, false).values()) {
    const validTo = new Date(new X509Certificate(key.public).validTo);
    if (!earliest || validTo < earliest) earliest = validTo;
  }
  return earliest;
}

/**
 * Warnings for the roles in `roles` (root, targets, delegations) that expire
 * within `within` of `now`, soonest first. Roles not published are skipped.
 */
export async function expiryWarnings(
  repo: TrustedRepository,
  roles: readonly string[],
  now: Date = new Date(),
  within: number = EXPIRY_WARNING_WINDOW,
): Promise<ExpiryWarning[]> {
  const limit = now.getTime() + within;
  const found: { role: string; expires: Date; kind: ExpiryWarning['kind'] }[] = [];
  for (const role of new Set(roles)) {
    if (role === SNAPSHOT || role === TIMESTAMP) continue;
    if (role === ROOT) {
      found.push({ role, expires: repo.root.signed.expires, kind: 'metadata' });
      const cert = rootCertificateExpiry(repo, now);
      if (cert) found.push({ role, expires: cert, kind: 'certificate' });
    } else if (role === TARGETS) {
      found.push({ role, expires: repo.targets.signed.expires, kind: 'metadata' });
    } else {
      const loaded = await repo.delegation(role);
      if (loaded?.metadata) found.push({ role, expires: loaded.metadata.signed.expires, kind: 'metadata' });
    }
  }
  return found
    .filter((f) => f.expires.getTime() <= limit)
    .sort((a, b) => a.expires.getTime() - b.expires.getTime())
    .map((f) => ({ ...f, message: describe(repo.gun, f.role, f.expires, f.kind, now) }));
}
