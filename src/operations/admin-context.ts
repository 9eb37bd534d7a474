// What the repository admin operations share (signer add and remove, key
// rotation, refresh): repository references, registry credentials, the
// trust pin, and one session per registry that is closed when the work is
// done.

import { DctError, errorMessage, InputError } from '../errors.ts';
import { silentLogger, type Logger } from '../logger.ts';
import type { TrustAccess, TrustServerClient } from '../notary/client.ts';
import { parseRepository } from '../registry/reference.ts';
import type { TrustBook } from '../trust/trust-state.ts';
import type { RootPin } from '../tuf/root-trust.ts';
import { checkCredentialInputs, Connections, trustPinOf, type ConnectionOptions } from './connections.ts';

/** How to reach and trust a repository's trust server; every admin operation takes these. */
export type AdminOptions = ConnectionOptions;

/** One repository an admin operation works on. */
export interface AdminRepository {
  /** The reference as given. */
  readonly reference: string;
  readonly gun: string;
  readonly registry: string;
  /** The trust server's URL. */
  readonly trustServer: string;
  readonly server: TrustServerClient;
}

export interface AdminContext {
  readonly repositories: readonly AdminRepository[];
  readonly pin: RootPin | undefined;
  /** The run's trust state: pass it to every read and publish. */
  readonly trustState: TrustBook;
  readonly logger: Logger;
}

/**
 * Parses the references of `tags` (checking them all before any network
 * call), opens one session per registry asking for `access`, runs `work`,
 * saves the trust state when it succeeded (TrustBook.saveWith) and closes
 * the sessions. The same repository given twice is worked on once.
 */
export async function withRepositories<T>(
  options: AdminOptions,
  references: readonly string[],
  access: TrustAccess,
  work: (context: AdminContext) => Promise<T>,
): Promise<T> {
  if (references.length === 0) throw new InputError('tags', 'no repository given; list registry/repository names');
  const refs = references.map((r) => parseRepository(r));
  checkCredentialInputs(options, refs);
  const pin = trustPinOf(options);
  const unique = [...new Map(refs.map((r) => [r.gun, r])).values()];
  const connections = new Connections(options, access);
  try {
    const repositories = await Promise.all(
      unique.map(async (ref) => {
        const trustServer = connections.trustServerUrl(ref);
        const session = await connections.session(ref.registry);
        return { reference: ref.original, gun: ref.gun, registry: ref.registry, trustServer, server: session.trustServer(trustServer) };
      }),
    );
    const result = await work({ repositories, pin, trustState: connections.trust, logger: options.logger ?? silentLogger });
    return await connections.trust.saveWith(result);
  } finally {
    await connections.close();
  }
}

/**
 * An error from publishing to one repository after others were already
 * changed: same code, with the changed repositories named so that a rerun
 * is understood (the operations are idempotent, so rerunning is safe).
 */
export function afterPartialSuccess(err: unknown, done: readonly string[]): unknown {
  if (done.length === 0 || !(err instanceof DctError)) return err;
  return new DctError(err.code, `${errorMessage(err)} (already changed: ${done.join(', ')}; rerunning is safe)`, { cause: err });
}
