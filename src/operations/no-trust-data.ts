// A repository without trust data, as its operation reports it. The trust
// server answers 404 for a repository it has never seen, so a typo in the
// registry host, or a registry that is down, looks the same as a new
// repository; the registry is asked once, and when it cannot be reached that
// is reported as the cause instead.

import { DctError } from '../errors.ts';
import { NetworkError } from '../http/errors.ts';
import type { ImageReference } from '../registry/reference.ts';
import type { OpenRepository, RepositoryContext } from './repository-context.ts';

/**
 * The error for `open` having no trust data (`message`, code NO_TRUST_DATA),
 * or, when its registry cannot be reached, a NETWORK error that names the
 * registry host and the network error.
 */
export async function noTrustDataError<R extends ImageReference>(
  context: RepositoryContext<R>,
  open: OpenRepository<R>,
  message: string,
): Promise<DctError> {
  const unreachable = await registryUnreachable(context, open.refs[0]!);
  if (unreachable) {
    return new DctError(
      'NETWORK',
      `registry ${open.registry} is unreachable (${unreachable.reason}); check the registry host in ${open.reference}. ` +
        `(Its trust server ${open.trustServer} has no trust data for ${open.gun} either.)`,
      { cause: unreachable },
    );
  }
  return new DctError('NO_TRUST_DATA', message);
}

// Any answer, a 404 or a refusal included, means the registry is there; only a network error says it is not.
async function registryUnreachable<R extends ImageReference>(context: RepositoryContext<R>, ref: R): Promise<NetworkError | undefined> {
  try {
    await context.resolve({ ...ref, tag: ref.tag ?? 'latest', digest: undefined });
    return undefined;
  } catch (err) {
    return err instanceof NetworkError ? err : undefined;
  }
}
