// What every entrypoint reports of a verify, in docs/commands.md's shapes:
// the digest-pinned references to pull (only of what passed: a later step
// must never deploy an unverified digest), the `verified` JSON with every
// verdict, and one failure line per reference that failed, naming its reason.

import type { VerifyFailure, VerifyResult } from './verify.ts';

/** One verdict as the `verified` output (and the CLI's --json) has it. */
export interface VerifiedEntry {
  readonly reference: string;
  readonly tag: string;
  readonly ok: boolean;
  readonly reason?: VerifyFailure;
  readonly signers: readonly string[];
  readonly signedDigest: string | null;
  readonly registryDigest: string | null;
  /** Only for a reference that passed. */
  readonly pinned: string | null;
  readonly message: string;
}

/** `registry/repository@sha256:…` of each reference that passed, in the order given. */
export function pinnedReferences(result: VerifyResult): string[] {
  return result.references.flatMap((r) => (r.ok && r.pinned ? [r.pinned] : []));
}

export function verifiedEntries(result: VerifyResult): VerifiedEntry[] {
  return result.references.map((r) => ({
    reference: r.reference,
    tag: r.tag,
    ok: r.ok,
    ...(r.reason ? { reason: r.reason } : {}),
    signers: r.signers,
    signedDigest: r.signedDigest ?? null,
    registryDigest: r.registryDigest ?? null,
    pinned: r.ok ? (r.pinned ?? null) : null,
    message: r.message,
  }));
}

/** One line per failing reference: the reference, the reason, and the core's message without the reference again. */
export function failureLines(result: VerifyResult): string[] {
  return result.references
    .filter((r) => !r.ok)
    .map((r) => {
      const prefix = `${r.reference}: `;
      const message = r.message.startsWith(prefix) ? r.message.slice(prefix.length) : r.message;
      return `${r.reference} (${r.reason ?? 'failed'}): ${message}`;
    });
}
