// verify's notation part: one reference's notation verdict against the
// digest the registry serves now, with the trust anchors and identities
// given. There is no revocation check: no network beyond the registry is
// reached (notation itself would ask the CRL and OCSP addresses a
// certificate names).

import type { NotationTrustAnchor } from '../notation/types.ts';
import type { TaggedReference } from '../registry/reference.ts';
import type { NotationFormat, RegistryPart } from './formats.ts';
import type { RepositoryContext } from './repository-context.ts';
import type { Served } from './verify-cosign.ts';

/** The notation format and trust policy verify checks with. */
export interface NotationCheck {
  readonly format: NotationFormat;
  readonly anchors: readonly NotationTrustAnchor[];
  readonly identities: readonly string[];
}

/** One reference's notation verdict: for the digest the registry serves now, and the one in the reference if given. */
export async function notationVerdictFor(context: RepositoryContext, ref: TaggedReference, served: Served, check: NotationCheck): Promise<RegistryPart<'digest-changed' | 'notation-unsigned' | 'notation-invalid'>> {
  if (!served.digest) return { ok: false, reason: 'digest-changed', message: `${ref.original}: ${served.missing}` };
  if (ref.digest !== undefined && ref.digest !== served.digest) {
    return { ok: false, reason: 'digest-changed', message: `${ref.original}: the registry serves ${served.digest}, not the digest in the reference` };
  }
  const registry = await context.oci(ref);
  const manifest = { digest: served.digest, size: served.size ?? 0, mediaType: served.mediaType ?? '' };
  const target = { registry, location: { registry: ref.registry, repository: ref.repository }, tag: ref.tag, manifest };
  const verdict = await check.format.verify(target, { trustAnchors: check.anchors, identities: check.identities }, { logger: context.logger });
  return verdict.ok
    ? { ok: true, signedBy: verdict.signedBy }
    : { ok: false, reason: verdict.reason, message: `${ref.original}: ${verdict.message}` };
}
