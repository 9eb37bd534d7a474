// Read, verify, change, publish: with optimistic concurrency.
//
// notary-server refuses an update built on stale trust data (another signer
// published in between). Then we re-read, re-verify and re-apply the same
// change to the new state, so a concurrent signer's work is never lost, with
// a bounded number of retries and jittered backoff.
//
// A publish whose outcome is unknown (the connection broke after the update
// was sent, or no answer came in time) is never simply sent again. The trust
// data is re-read: if it holds exactly the files we uploaded, the publish
// went through. If not, the change is rebuilt on what was just read and
// published again. Versions come from the state read, so an earlier upload
// that lands late and a rebuilt one cannot both be applied: the server takes
// one version of a role once.

import { DctError, errorMessage, HttpError } from '../errors.ts';
import { NetworkError } from '../http/errors.ts';
import { phase, silentLogger, type Logger } from '../logger.ts';
import { isConflictResponse } from '../notary/client.ts';
import type { RootPin } from '../tuf/root-trust.ts';
import { loadTrustedRepository, type TrustedRepository, type TrustState } from '../tuf/trusted-repository.ts';
import type { UploadFile } from './changes.ts';
import type { TrustServer } from './trust-server.ts';
import { forgottenRepositoryError, type TrustBook } from './trust-state.ts';

export interface ReadOptions {
  readonly server: TrustServer;
  readonly gun: string;
  readonly pin?: RootPin;
  readonly previous?: TrustState;
  /**
   * The run's trust state: the previous state when `previous` is not given,
   * and what records each verification and publish.
   */
  readonly trustState?: TrustBook | undefined;
  /** Delegations to fetch in the first wave, or 'all'. */
  readonly delegations?: readonly string[] | 'all';
  readonly now?: () => Date;
  /** See LoadOptions.allowExpiredDelegations. */
  readonly allowExpiredDelegations?: boolean;
  /** See LoadOptions.acceptRekeyedDelegations. */
  readonly acceptRekeyedDelegations?: boolean;
}

export interface PublishOptions extends ReadOptions {
  /** Trust data already read and verified for this change; saves the first read. */
  readonly initial?: TrustedRepository | null;
  /** Attempts after the first when the server reports a conflict. */
  readonly retries?: number;
  readonly logger?: Logger;
  /** Backoff base in ms; the wait is random in [base, 2·base·2^attempt). */
  readonly backoffMs?: number;
  /** Publishes in all, the first included, when each one's outcome is unknown; 4 unless given. */
  readonly uncertainAttempts?: number;
}

export interface PlannedChange<R> {
  readonly files: readonly UploadFile[];
  readonly result: R;
}

export interface PublishResult<R> {
  readonly result: R;
  /** False when the change was already in place and nothing was posted. */
  readonly published: boolean;
  readonly attempts: number;
}

/** Reads and verifies a repository's trust data; null when it has none. */
export async function readRepository(options: ReadOptions): Promise<TrustedRepository | null> {
  const { server, gun, trustState } = options;
  const previous = options.previous ?? trustState?.previous(gun);
  const repo = await loadTrustedRepository({
    gun,
    fetcher: { fetch: (role, o) => server.getRole(gun, role, o) },
    now: options.now?.() ?? new Date(),
    ...(options.pin ? { pin: options.pin } : {}),
    ...(previous ? { previous } : {}),
    ...(options.delegations ? { delegations: options.delegations } : {}),
    ...(options.allowExpiredDelegations ? { allowExpiredDelegations: true } : {}),
    ...(options.acceptRekeyedDelegations ? { acceptRekeyedDelegations: true } : {}),
  });
  // A repository the state knows cannot vanish: that would let the server have it initialized afresh.
  if (!repo && previous?.root) throw forgottenRepositoryError(gun, previous.root, trustState?.path);
  if (repo) trustState?.verified(gun, repo);
  return repo;
}

/** notary-server's answers to an update that raced another one. */
export function isConflict(err: unknown): boolean {
  return err instanceof HttpError && isConflictResponse(err.status, err.serverCode);
}

/** The publish was sent whole but no answer says whether it was applied. */
export function isOutcomeUnknown(err: unknown): err is NetworkError {
  return err instanceof NetworkError && err.outcomeUnknown;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The bytes the server now serves for `role`, from verified trust data. */
async function servedBytes(repo: TrustedRepository, role: string): Promise<Uint8Array | undefined> {
  switch (role) {
    case 'root':
      return repo.root.bytes;
    case 'timestamp':
      return repo.timestamp.bytes;
    case 'snapshot':
      return repo.snapshot.bytes;
    case 'targets':
      return repo.targets.bytes;
    default:
      return (await repo.delegation(role))?.metadata?.bytes;
  }
}

/** Whether the verified trust data holds exactly the files of an upload. */
export async function holdsUpload(repo: TrustedRepository | null, files: readonly UploadFile[]): Promise<boolean> {
  if (!repo) return false;
  for (const file of files) {
    const served = await servedBytes(repo, file.role);
    if (!served || !Buffer.from(served).equals(Buffer.from(file.bytes))) return false;
  }
  return true;
}

/**
 * Applies `change` to freshly verified trust data and posts the files it
 * returns, retrying on conflicts. `change` gets null for a repository with
 * no trust data yet.
 */
export async function publishChange<R>(
  options: PublishOptions,
  change: (repo: TrustedRepository | null, now: Date) => Promise<PlannedChange<R>>,
): Promise<PublishResult<R>> {
  const { server, gun, retries = 16, backoffMs = 50, logger = silentLogger, uncertainAttempts = 4 } = options;
  let previous: TrustState | undefined = options.previous ?? options.initial?.state ?? options.trustState?.previous(gun);
  let uncertain = 0;
  // Trust data read after a publish of unknown outcome; the next attempt builds on it.
  let reread: TrustedRepository | null | undefined;
  for (let attempt = 0; ; attempt++) {
    const now = options.now?.() ?? new Date();
    let repo: TrustedRepository | null;
    if (reread !== undefined) repo = reread;
    else if (attempt === 0 && options.initial !== undefined) repo = options.initial;
    else repo = await readRepository({ ...options, now: () => now, ...(previous ? { previous } : {}) });
    reread = undefined;
    // A retry must not accept older data, or another root, than what was verified before.
    if (repo) previous = repo.state;
    const planned = await change(repo, now);
    // After an upload of unknown outcome, finding the change in place means it landed.
    if (planned.files.length === 0) return { result: planned.result, published: uncertain > 0, attempts: attempt + 1 };
    try {
      await phase(logger, `publishing ${planned.files.map((f) => f.role).join(', ')} to ${gun}`, () => server.publish(gun, planned.files));
      options.trustState?.published(gun, planned.files);
      return { result: planned.result, published: true, attempts: attempt + 1 };
    } catch (err) {
      if (isOutcomeUnknown(err)) {
        uncertain += 1;
        logger.warning(`${errorMessage(err)}; re-reading the trust data of ${gun} to see whether the update landed`);
        try {
          reread = await readRepository({ ...options, ...(previous ? { previous } : {}) });
        } catch (readErr) {
          throw new DctError(
            readErr instanceof DctError ? readErr.code : 'NETWORK',
            `${gun}: a publish was sent but whether it was applied is unknown, and re-reading the trust data ` +
              `to find out failed: ${errorMessage(readErr)}; run the command again to finish it`,
            { cause: readErr },
          );
        }
        if (await holdsUpload(reread, planned.files)) {
          options.trustState?.published(gun, planned.files);
          logger.info(`${gun}: the update had landed; nothing to publish again`);
          return { result: planned.result, published: true, attempts: attempt + 1 };
        }
        if (uncertain >= uncertainAttempts) {
          throw new DctError(
            'NETWORK',
            `${gun}: gave up after ${uncertain} publishes whose outcome was unknown; none of them landed ` +
              `(last: ${errorMessage(err)})`,
            { cause: err },
          );
        }
        logger.warning(
          `${gun}: the update had not landed; publishing it again, rebuilt on the trust data just read (${uncertain + 1}/${uncertainAttempts})`,
        );
        continue;
      }
      if (!isConflict(err)) throw err;
      if (attempt >= retries) {
        throw new DctError(
          'CONFLICT',
          `${gun}: another publish kept winning the race; gave up after ${attempt + 1} attempts`,
          { cause: err },
        );
      }
      const wait = backoffMs * (1 + Math.random()) * 2 ** Math.min(attempt, 4);
      logger.debug(`${gun}: concurrent update (${(err as HttpError).serverCode}); retrying in ${Math.round(wait)} ms`);
      await sleep(wait);
    }
  }
}
