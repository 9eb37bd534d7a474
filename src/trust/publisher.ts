// Read, verify, change, publish: with optimistic concurrency.
//
// notary-server refuses an update built on stale trust data (another signer
// published in between). Then we re-read, re-verify and re-apply the same
// change to the new state, so a concurrent signer's work is never lost, with
// a bounded number of retries and jittered backoff.

import { DctError, HttpError } from '../errors.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { isConflictResponse } from '../notary/client.ts';
import type { RootPin } from '../tuf/root-trust.ts';
import { loadTrustedRepository, type TrustedRepository, type TrustState } from '../tuf/trusted-repository.ts';
import type { UploadFile } from './changes.ts';
import type { TrustServer } from './trust-server.ts';

export interface ReadOptions {
  readonly server: TrustServer;
  readonly gun: string;
  readonly pin?: RootPin;
  readonly previous?: TrustState;
  /** Delegations to fetch in the first wave, or 'all'. */
  readonly delegations?: readonly string[] | 'all';
  readonly now?: () => Date;
  /** See LoadOptions.allowExpiredDelegations. */
  readonly allowExpiredDelegations?: boolean;
}

export interface PublishOptions extends ReadOptions {
  /** Trust data already read and verified for this change; saves the first read. */
  readonly initial?: TrustedRepository | null;
  /** Attempts after the first when the server reports a conflict. */
  readonly retries?: number;
  readonly logger?: Logger;
  /** Backoff base in ms; the wait is random in [base, 2·base·2^attempt). */
  readonly backoffMs?: number;
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
export function readRepository(options: ReadOptions): Promise<TrustedRepository | null> {
  const { server, gun } = options;
  return loadTrustedRepository({
    gun,
    fetcher: { fetch: (role, o) => server.getRole(gun, role, o) },
    now: options.now?.() ?? new Date(),
    ...(options.pin ? { pin: options.pin } : {}),
    ...(options.previous ? { previous: options.previous } : {}),
    ...(options.delegations ? { delegations: options.delegations } : {}),
    ...(options.allowExpiredDelegations ? { allowExpiredDelegations: true } : {}),
  });
}

/** notary-server's answers to an update that raced another one. */
export function isConflict(err: unknown): boolean {
  return err instanceof HttpError && isConflictResponse(err.status, err.serverCode);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applies `change` to freshly verified trust data and posts the files it
 * returns, retrying on conflicts. `change` gets null for a repository with
 * no trust data yet.
 */
export async function publishChange<R>(
  options: PublishOptions,
  change: (repo: TrustedRepository | null, now: Date) => Promise<PlannedChange<R>>,
): Promise<PublishResult<R>> {
  const { server, gun, retries = 16, backoffMs = 50, logger = silentLogger } = options;
  let previous: TrustState | undefined = options.previous ?? options.initial?.state;
  for (let attempt = 0; ; attempt++) {
    const now = options.now?.() ?? new Date();
    const repo =
      attempt === 0 && options.initial !== undefined
        ? options.initial
        : await readRepository({ ...options, now: () => now, ...(previous ? { previous } : {}) });
    // A retry must not accept older data, or another root, than what was verified before.
    if (repo) previous = repo.state;
    const planned = await change(repo, now);
    if (planned.files.length === 0) return { result: planned.result, published: false, attempts: attempt + 1 };
    try {
      await server.publish(gun, planned.files);
      return { result: planned.result, published: true, attempts: attempt + 1 };
    } catch (err) {
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
