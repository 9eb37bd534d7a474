// The one way an operation opens repositories. Given parsed references, it
// checks the credential inputs, opens one connection per registry (through
// RepositoryConnections, so tests can hand in an in-memory trust server and
// registry), reads every role through the run's trust state, hands the
// trust/updates functions what they need to publish, and saves the trust
// state when the work succeeded. The same repository given twice is opened once.

import { DctError, errorMessage, InputError, PartiallyPublishedError } from '../errors.ts';
import { phase, silentLogger, type Logger } from '../logger.ts';
import type { Deadline } from '../http/transport.ts';
import type { TrustAccess } from '../notary/client.ts';
import type { ImageReference } from '../registry/reference.ts';
import type { ManifestDescriptor } from '../registry/registry-client.ts';
import { readRepository } from '../trust/publisher.ts';
import type { KeyRotatingServer } from '../trust/rotation.ts';
import type { TrustBook } from '../trust/trust-state.ts';
import type { RootPin } from '../tuf/root-trust.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import {
  checkCredentialInputs,
  connect,
  trustPinOf,
  type ConnectionOptions,
  type RepositoryConnections,
  type RequestCounts,
} from './connections.ts';
import { readTrustTree, type TrustTree } from './inspect-read.ts';
import type { OciRegistry } from '../registry/oci-registry.ts';

/** One repository an operation works on, and the references that named it. */
export interface OpenRepository<R extends ImageReference = ImageReference> {
  /** The first reference naming it, as given. */
  readonly reference: string;
  readonly gun: string;
  readonly registry: string;
  /** The trust server's URL. */
  readonly trustServer: string;
  readonly server: KeyRotatingServer;
  /** Every reference naming it, in the order given. */
  readonly refs: readonly R[];
}

/** How an operation opens its repositories. */
export interface OpenOptions {
  readonly access: TrustAccess;
  /** sign, verify: warn of a root trusted on first use (or refuse it with require-pin). */
  readonly warnOnFirstUse?: boolean;
}

/** What every read of one repository may add. */
export interface ReadChoices {
  /** Delegations to fetch in the first wave, or 'all'. */
  readonly delegations?: readonly string[] | 'all';
  readonly allowExpiredDelegations?: boolean;
  /** See LoadOptions.acceptRekeyedDelegations: a role whose parent re-keyed it (a removed signer) is read, to be re-signed. */
  readonly acceptRekeyedDelegations?: boolean;
  /** The time expiry is checked against (default: now). */
  readonly now?: Date | undefined;
}

/** What the trust/updates functions take to publish to one repository. */
export interface PublishTarget {
  readonly server: KeyRotatingServer;
  readonly gun: string;
  readonly trustState: TrustBook;
  readonly logger: Logger;
  readonly pin?: RootPin;
}

/** The repositories of one operation, with their trust state, reads and publishes. */
export class RepositoryContext<R extends ImageReference = ImageReference> {
  readonly repositories: readonly OpenRepository<R>[];
  readonly pin: RootPin | undefined;
  readonly logger: Logger;
  readonly #connections: RepositoryConnections;

  constructor(repositories: readonly OpenRepository<R>[], pin: RootPin | undefined, logger: Logger, connections: RepositoryConnections) {
    this.repositories = repositories;
    this.pin = pin;
    this.logger = logger;
    this.#connections = connections;
  }

  /** The run's trust state: every read and publish goes through it. */
  get trustState(): TrustBook {
    return this.#connections.trust;
  }

  /** Reads and verifies a repository's trust data (base roles and `delegations`); null when it has none. */
  read(repo: OpenRepository<R>, choices: ReadChoices = {}): Promise<TrustedRepository | null> {
    const { now, ...rest } = choices;
    return phase(this.logger, `reading trust data for ${repo.gun}`, () =>
      readRepository({ ...this.#reading(repo), delegations: [], ...rest, ...(now ? { now: () => now } : {}) }),
    );
  }

  /** Reads the whole targets tree as notary does, skipping expired or unsigned delegations. */
  readTree(repo: OpenRepository<R>, choices: Omit<ReadChoices, 'delegations' | 'allowExpiredDelegations'> = {}): Promise<TrustTree> {
    const { now, ...rest } = choices;
    return phase(this.logger, `reading trust data for ${repo.gun}`, () =>
      readTrustTree({ ...this.#reading(repo), ...rest, logger: this.logger, ...(now ? { now: () => now } : {}) }),
    );
  }

  /** What trust/updates and trust/rotation take to publish to `repo`. */
  publishing(repo: OpenRepository<R>): PublishTarget {
    return { server: repo.server, gun: repo.gun, trustState: this.trustState, logger: this.logger, ...(this.pin ? { pin: this.pin } : {}) };
  }

  /** The manifest the registry serves for a reference now. */
  async resolve(ref: ImageReference): Promise<ManifestDescriptor> {
    return phase(this.logger, `resolving the digest of ${ref.original}`, async () => (await this.#connections.registry(ref)).resolve(ref));
  }

  /** The registry of a reference, for what the bridge formats read and write there. */
  oci(ref: ImageReference): Promise<OciRegistry> {
    return this.#connections.registry(ref);
  }

  /** The command's deadline (the timeout input). */
  get deadline(): Deadline {
    return this.#connections.deadline;
  }

  /** Requests made so far to registries and trust servers. */
  requests(): RequestCounts {
    return this.#connections.requests();
  }

  #reading(repo: OpenRepository<R>) {
    return { server: repo.server, gun: repo.gun, trustState: this.trustState, ...(this.pin ? { pin: this.pin } : {}) };
  }
}

/** The references of each repository, in the order first given. */
export function byRepository<R extends ImageReference>(refs: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const ref of refs) groups.set(ref.gun, [...(groups.get(ref.gun) ?? []), ref]);
  return groups;
}

async function openEach<R extends ImageReference>(
  connections: RepositoryConnections,
  refs: readonly R[],
): Promise<OpenRepository<R>[]> {
  const groups = [...byRepository(refs).values()];
  const urls = groups.map((group) => connections.trustServerUrl(group[0]!));
  return Promise.all(
    groups.map(async (group, i) => {
      const first = group[0]!;
      const server = await connections.trustServer(first);
      return { reference: first.original, gun: first.gun, registry: first.registry, trustServer: urls[i]!, server, refs: group };
    }),
  );
}

/**
 * Opens the repositories of `refs` (checked and parsed by the command layer),
 * runs `work`, saves the trust state when it succeeded (TrustBook.saveWith:
 * a save failing after a publish still shows the result) and closes the
 * connections.
 */
export async function openRepositories<R extends ImageReference, T>(
  options: ConnectionOptions,
  refs: readonly R[],
  how: OpenOptions,
  work: (context: RepositoryContext<R>) => Promise<T>,
): Promise<T> {
  if (refs.length === 0) throw new InputError('tags', 'nothing to work on: give at least one reference');
  checkCredentialInputs(options, refs);
  const pin = trustPinOf(options);
  const connections = connect(options, how.access, { warnOnFirstUse: how.warnOnFirstUse ?? false });
  try {
    const repositories = await openEach(connections, refs);
    const logger = options.logger ?? silentLogger;
    const result = await work(new RepositoryContext(repositories, pin, logger, connections));
    const { trust } = connections;
    return await (trust.path ? phase(logger, `saving the trust state to ${trust.path}`, () => trust.saveWith(result)) : trust.saveWith(result));
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
  return new PartiallyPublishedError(err.code, `${errorMessage(err)} (already changed: ${done.join(', ')}; rerunning is safe)`, [...done], {
    cause: err,
  });
}

/** Publishes to each repository in turn, so that a failure names those already changed. */
export async function eachInTurn<P, T>(
  plans: readonly P[],
  gunOf: (plan: P) => string,
  publish: (plan: P) => Promise<T>,
  changed: (result: T) => boolean = () => true,
): Promise<T[]> {
  const results: T[] = [];
  const done: string[] = [];
  for (const plan of plans) {
    try {
      const result = await publish(plan);
      results.push(result);
      if (changed(result)) done.push(gunOf(plan));
    } catch (err) {
      throw afterPartialSuccess(err, done);
    }
  }
  return results;
}
