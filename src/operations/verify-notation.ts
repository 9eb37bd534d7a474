// verify's notation part: one reference's notation verdict against the
// digest the registry serves now, with the trust anchors and identities
// given. There is no revocation check: no network beyond the registry is
// reached (notation itself would ask the CRL and OCSP addresses a
// certificate names).

import type { NotationTrustAnchor } from '../notation/types.ts';
import type { TaggedReference } from '../registry/reference.ts';
import type { NotationFormat, RegistryPart } from './formats.ts';
import type { RepositoryContext } from './repository-context.ts';
import { servedTarget, type Served } from './served-target.ts';

/** The notation format and trust policy verify checks with. */
export interface NotationCheck {
  readonly format: NotationFormat;
  readonly anchors: readonly NotationTrustAnchor[];
  readonly identities: readonly string[];
}

/** One reference's notation verdict: for the digest the registry serves now, and the one in the reference if given. */
export async function notationVerdictFor(context: RepositoryContext, ref: TaggedReference, served: Served, check: NotationCheck): Promise<RegistryPart<'digest-changed' | 'notation-unsigned' | 'notation-invalid'>> {
  const target = await servedTarget(context, ref, served);
  if (!('registry' in target)) return target;
  const verdict = await check.format.verify(target, { trustAnchors: check.anchors, identities: check.identities }, { logger: context.logger });
  return verdict.ok
    ? { ok: true, signedBy: verdict.signedBy }
    : { ok: false, reason: verdict.reason, message: `${ref.original}: ${verdict.message}` };
}
