// What verify's registry formats (cosign, notation) check against: the
// digest the registry serves for a reference now, and the one the reference
// pins if it does. Both formats check the same image, the same way.

import type { ImageTarget } from '../registry/oci-registry.ts';
import type { TaggedReference } from '../registry/reference.ts';
import type { RepositoryContext } from './repository-context.ts';

/** What the registry serves for the reference now; a format's signatures must cover it. */
export interface Served {
  readonly digest?: string | undefined;
  readonly size?: number | undefined;
  readonly mediaType?: string | undefined;
  /** Why nothing is served, when nothing is. */
  readonly missing: string;
}

export interface DigestChanged {
  readonly ok: false;
  readonly reason: 'digest-changed';
  readonly message: string;
}

/** The image a format's signatures are checked on, or why there is none: nothing served, or not the pinned digest. */
export async function servedTarget(context: RepositoryContext, ref: TaggedReference, served: Served): Promise<ImageTarget | DigestChanged> {
  if (!served.digest) return { ok: false, reason: 'digest-changed', message: `${ref.original}: ${served.missing}` };
  if (ref.digest !== undefined && ref.digest !== served.digest) {
    return { ok: false, reason: 'digest-changed', message: `${ref.original}: the registry serves ${served.digest}, not the digest in the reference` };
  }
  const registry = await context.oci(ref);
  const manifest = { digest: served.digest, size: served.size ?? 0, mediaType: served.mediaType ?? '' };
  return { registry, location: { registry: ref.registry, repository: ref.repository }, tag: ref.tag, manifest };
}
