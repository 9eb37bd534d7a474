// Reading a repository's whole targets tree the way notary's client does
// (tufclient.downloadTargets): root, timestamp, snapshot and targets must
// verify, but a delegation that has expired or lacks valid signatures is
// skipped, with everything below it, and the rest of the tree is still
// used. Otherwise one signer who stopped signing three years ago (its role
// expired) would make every tag of the repository unverifiable, where
// docker still pulls and inspects. Any other failure (a hash mismatch, a
// rollback, a malformed file) fails the read, as in notary.
//
// Each level of the tree is fetched in one parallel wave; for docker's
// usual layout (targets/releases and targets/<signer>) that is one wave
// after the base roles, as with `delegations: 'all'`.

import { VerificationError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { readRepository, type ReadOptions } from '../trust/publisher.ts';
import { parentRole, TARGETS } from '../tuf/role.ts';
import type { Targets } from '../tuf/targets.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';

/** A delegation left out of the tree, and why. */
export interface SkippedRole {
  readonly role: string;
  readonly error: VerificationError;
}

export interface TrustTree {
  /** Null when the repository has no trust data. */
  readonly repo: TrustedRepository | null;
  readonly skipped: readonly SkippedRole[];
}

/** notary's signed.ErrExpired and signed.ErrRoleThreshold: the failures it skips a delegation for. */
export function isSkippedFailure(err: unknown): err is VerificationError {
  return err instanceof VerificationError && (err.check === 'expiry' || err.check === 'threshold');
}

/** The delegations a role declares that notary would descend into. */
function childrenOf(signed: Targets, name: string): string[] {
  return signed.delegations
    .filter((d) => parentRole(d.name) === name && d.keyids.every((id) => signed.delegationKeys.has(id)))
    .map((d) => d.name);
}

/** Reads and verifies every reachable delegation; see the file header for what is skipped. */
export async function readTrustTree(options: Omit<ReadOptions, 'delegations'> & { logger?: Logger | undefined }): Promise<TrustTree> {
  const { logger, ...read } = options;
  const repo = await readRepository({ ...read, delegations: [] });
  if (!repo) return { repo: null, skipped: [] };
  const skipped: SkippedRole[] = [];
  const seen = new Set<string>();
  let level = childrenOf(repo.targets.signed, TARGETS);
  while (level.length > 0) {
    level = level.filter((n) => !seen.has(n));
    level.forEach((n) => seen.add(n));
    const settled = await Promise.allSettled(level.map((name) => repo.delegation(name)));
    const next: string[] = [];
    settled.forEach((outcome, i) => {
      const name = level[i]!;
      if (outcome.status === 'fulfilled') {
        const signed = outcome.value?.metadata?.signed;
        if (signed) next.push(...childrenOf(signed, name));
        return;
      }
      if (!isSkippedFailure(outcome.reason)) throw outcome.reason;
      skipped.push({ role: name, error: outcome.reason });
      logger?.warning(`${repo.gun}: ignoring ${name} and the roles below it, as notary does: ${outcome.reason.message}`);
    });
    level = next;
  }
  return { repo, skipped };
}
