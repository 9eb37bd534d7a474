// Re-signing a delegation its parent re-keyed (see tuf/rekeyed-role.ts):
// after `signer-remove --force ci`, targets/releases was signed by ci and no
// longer verifies. A remaining signer re-signs it, never trusting the old
// file's content: the new content is what a remaining signer's own role
// (docker's targets/<name>) still vouches for, at a version above the one
// served. Tags only the removed signer vouched for drop, and are named.

import { VerificationError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { FileMeta } from '../tuf/file-meta.ts';
import type { Metadata } from '../tuf/metadata.ts';
import { parentRole, pathAllowed, RELEASES, TARGETS } from '../tuf/role.ts';
import { Targets } from '../tuf/targets.ts';
import type { EffectiveRole, TrustedRepository } from '../tuf/trusted-repository.ts';

/** A re-keyed role's new content, and what it loses against the file served. */
export interface RebuiltRole {
  readonly role: string;
  /** The new content, at the served file's version (the re-signer adds one). */
  readonly current: Targets;
  /** Tags the served file held that no remaining signer vouches for: they drop. */
  readonly dropped: readonly string[];
  /** Tags that stay, with the digest a remaining signer vouched for instead of the served one. */
  readonly changed: readonly string[];
}

/** The failures a role is left out for, as notary leaves it out: it vouches for nothing. */
function isUnverified(err: unknown): boolean {
  return err instanceof VerificationError && (err.check === 'threshold' || err.check === 'expiry');
}

/**
 * The targets the signers' own roles vouch for: direct children of targets
 * other than targets/releases and `excluded`, that verify and have not
 * expired. The first role in delegation order wins a name, as in notary's walk.
 */
export async function vouchedTargets(repo: TrustedRepository, excluded: readonly string[] = []): Promise<Map<string, FileMeta>> {
  const names = repo.targets.signed.delegations
    .map((d) => d.name)
    .filter((n) => parentRole(n) === TARGETS && n !== RELEASES && !excluded.includes(n));
  const loaded = await Promise.all(names.map((n) => repo.delegation(n).catch((err: unknown) => (isUnverified(err) ? undefined : Promise.reject(err)))));
  const vouched = new Map<string, FileMeta>();
  for (const role of loaded) {
    if (!role?.metadata || role.expired) continue;
    for (const [name, meta] of role.targets) if (!vouched.has(name)) vouched.set(name, meta);
  }
  return vouched;
}

function sameTarget(a: FileMeta, b: FileMeta): boolean {
  return a.length === b.length && a.sha256Hex !== undefined && a.sha256Hex === b.sha256Hex;
}

/** Tags of `served` that `next` drops, and those it keeps with another digest. */
export function lostTargets(
  served: ReadonlyMap<string, FileMeta>,
  next: ReadonlyMap<string, FileMeta>,
): { dropped: string[]; changed: string[] } {
  const dropped: string[] = [];
  const changed: string[] = [];
  for (const [name, meta] of served) {
    const kept = next.get(name);
    if (!kept) dropped.push(name);
    else if (!sameTarget(kept, meta)) changed.push(name);
  }
  return { dropped: dropped.sort(), changed: changed.sort() };
}

/** A re-keyed role rebuilt from the remaining signers' own roles. */
export async function rebuiltRole(repo: TrustedRepository, role: EffectiveRole & { rekeyed: Metadata<Targets> }): Promise<RebuiltRole> {
  const served = role.rekeyed.signed;
  const vouched = await vouchedTargets(repo, [role.name]);
  const targets = new Map([...vouched].filter(([name]) => pathAllowed(name, role.paths)));
  const current = Targets.empty({ version: served.version, expires: served.expires }).with({ targets });
  return { role: role.name, current, ...lostTargets(served.targets, targets) };
}

/** The rebuilt content of `name` when its parent re-keyed it; undefined for a role that verifies. */
export async function rebuiltIfRekeyed(repo: TrustedRepository, name: string): Promise<RebuiltRole | undefined> {
  const role = await repo.delegation(name);
  return role?.rekeyed ? rebuiltRole(repo, { ...role, rekeyed: role.rekeyed }) : undefined;
}

/** What a re-sign of re-keyed roles tells the user: which tags dropped or changed digest. */
export function rebuiltWarnings(gun: string, rebuilt: readonly RebuiltRole[]): string[] {
  const out: string[] = [];
  for (const r of rebuilt) {
    let text = `${gun}: ${r.role} no longer verified since a signer was removed; re-signed with the tags the remaining signers vouch for`;
    if (r.dropped.length > 0) text += `. Dropped, as only a removed signer vouched for them: ${r.dropped.join(', ')}`;
    if (r.changed.length > 0) text += `. Now at the digest a remaining signer signed: ${r.changed.join(', ')}`;
    out.push(text);
  }
  return out;
}

/** Logs rebuiltWarnings. */
export function warnRebuilt(logger: Logger | undefined, gun: string, rebuilt: readonly RebuiltRole[]): void {
  for (const w of rebuiltWarnings(gun, rebuilt)) logger?.warning(w);
}
