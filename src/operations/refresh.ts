// Keeping a repository's trust data from expiring, from a schedule: re-sign
// targets (repository key) or a signer's roles (signer key) with their
// content unchanged, version + 1 and a new 3-year expiry, like notary's
// `witness`. With `expiringWithinMs` a scheduled run only re-signs what
// would otherwise expire soon, so most runs publish nothing.

import { InputError } from '../errors.ts';
import type { LoadedPrivateKey, Signer } from '../keys/index.ts';
import { refreshRoles, type RefreshedRole } from '../trust/refresh.ts';
import { expiryFrom } from '../tuf/time.ts';
import type { ImageReference } from '../registry/reference.ts';
import type { ConnectionOptions } from './connections.ts';
import { openRepositories } from './repository-context.ts';

export interface RefreshOptions extends ConnectionOptions {
  /** `tags`: the repository (`registry/repository`, no tag). */
  readonly reference: ImageReference;
  /** A signer's key: refreshes the delegation roles it signed. */
  readonly signerKey?: LoadedPrivateKey | undefined;
  /** The repository (targets) key: refreshes targets. */
  readonly repositoryKey?: LoadedPrivateKey | undefined;
  /** Roles to refresh (`targets`, `targets/<name>`); by default the roles these keys signed last. */
  readonly roles?: readonly string[] | undefined;
  /** Only refresh roles that expire within this many milliseconds (e.g. EXPIRY_WARNING_WINDOW). */
  readonly expiringWithinMs?: number | undefined;
}

export interface RefreshResult {
  readonly gun: string;
  readonly trustServer: string;
  readonly refreshed: readonly RefreshedRole[];
  /** False when nothing needed refreshing. */
  readonly published: boolean;
}

export async function refresh(options: RefreshOptions): Promise<RefreshResult> {
  if (!options.signerKey && !options.repositoryKey) {
    throw new InputError('signer-key', 'give the signer key (for its roles) or the repository key (for targets), or both');
  }
  const signers: Signer[] = [];
  if (options.signerKey) signers.push(options.signerKey.signer);
  if (options.repositoryKey) signers.push(options.repositoryKey.signer);
  const roles = options.roles?.map((r) => r.trim()).filter((r) => r !== '');
  const within = options.expiringWithinMs;
  if (within !== undefined && (!Number.isFinite(within) || within < 0)) {
    throw new InputError('expiring-within', 'give a duration of zero or more');
  }

  return openRepositories(options, [options.reference], { access: 'write' }, async (context) => {
    const open = context.repositories[0]!;
    const { gun, trustServer } = open;
    const published = await refreshRoles({
      ...context.publishing(open),
      signers,
      ...(roles && roles.length > 0 ? { roles } : {}),
      ...(within !== undefined ? { expiringBefore: expiryFrom(new Date(), within) } : {}),
    });
    for (const r of published.result) {
      context.logger.info(`${gun}: ${r.role} re-signed as version ${r.version}, expires ${r.expires.toISOString()}`);
    }
    if (!published.published) context.logger.info(`${gun}: nothing needed refreshing`);
    return { gun, trustServer, refreshed: published.result, published: published.published };
  });
}
