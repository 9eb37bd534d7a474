// A lock beside a file, so that two runs rewriting one file (the trust state)
// take turns instead of losing each other's changes: `<file>.lock`, created
// with O_EXCL, holding the owner's pid, host and a token. A waiter polls until
// the lock is gone, for a bounded time. A lock whose owner is gone (a pid no
// longer running on this host) or that is older than STALE_LOCK_MS (an owner
// on another host, or one that died before writing its pid) is stale and is
// taken over; the lock is held for one read and one write, a few
// milliseconds, so anything that old is left by a run that died.

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage } from '../errors.ts';

/** How long a waiter waits for the lock before giving up. */
export const LOCK_WAIT_MS = 30_000;
/** A lock older than this, whose owner cannot be asked, is stale. */
export const STALE_LOCK_MS = 10_000;
const POLL_MS = 25;

export interface FileLockOptions {
  /** Called once, when the lock is held by another run and this one starts to wait. */
  readonly onWait?: (lockPath: string) => void;
  /** Overrides LOCK_WAIT_MS (tests). */
  readonly waitMs?: number;
}

/** Why the lock could not be taken: the caller names the file and the fix. */
export class FileLockError extends Error {
  readonly lockPath: string;
  constructor(lockPath: string, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'FileLockError';
    this.lockPath = lockPath;
  }
}

interface Owner {
  readonly pid: number | undefined;
  readonly host: string | undefined;
  readonly token: string | undefined;
}

function ownerOf(text: string): Owner {
  const [pid, host, token] = text.split('\n');
  const n = Number(pid);
  return { pid: Number.isSafeInteger(n) && n > 0 ? n : undefined, host: host || undefined, token: token || undefined };
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the lock at `lockPath` (as `stat` saw it) was left by a run that is gone. */
async function isStale(lockPath: string, mtimeMs: number): Promise<boolean> {
  const owner = ownerOf(await readFile(lockPath, 'utf8').catch(() => ''));
  if (owner.pid !== undefined && owner.host === hostname()) return !running(owner.pid);
  return Date.now() - mtimeMs > STALE_LOCK_MS;
}

/**
 * Removes the stale lock `stat` saw, and nothing else: moved aside first, so
 * that a lock another waiter created meanwhile is put back, not deleted.
 * False when another waiter moved it first.
 */
async function removeStale(lockPath: string, ino: number): Promise<boolean> {
  const aside = `${lockPath}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(lockPath, aside);
  } catch {
    return false;
  }
  const moved = await stat(aside).catch(() => undefined);
  if (moved?.ino !== ino) await link(aside, lockPath).catch(() => undefined);
  await rm(aside, { force: true });
  return moved?.ino === ino;
}

/** Creates the lock, or returns false when another run holds it. */
async function tryCreate(lockPath: string, content: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockPath, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new FileLockError(lockPath, `cannot create the lock file ${lockPath} (${errorMessage(err)})`, { cause: err });
  }
  try {
    await handle.writeFile(content);
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(lockPath, { force: true });
    throw new FileLockError(lockPath, `cannot write the lock file ${lockPath} (${errorMessage(err)})`, { cause: err });
  }
  await handle.close();
  return true;
}

async function acquire(lockPath: string, options: FileLockOptions): Promise<string> {
  const token = randomBytes(12).toString('hex');
  const content = `${process.pid}\n${hostname()}\n${token}\n`;
  const waitMs = options.waitMs ?? LOCK_WAIT_MS;
  const until = Date.now() + waitMs;
  // Bounded in count as well as in time: each turn either sleeps or removed a stale lock.
  const attempts = Math.ceil(waitMs / POLL_MS) + 10;
  let waiting = false;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await tryCreate(lockPath, content)) return token;
    const seen = await stat(lockPath).catch(() => undefined);
    // Released meanwhile, or left by a run that is gone: try again at once.
    if (!seen) continue;
    if ((await isStale(lockPath, seen.mtimeMs)) && (await removeStale(lockPath, seen.ino))) continue;
    if (Date.now() >= until) break;
    if (!waiting) options.onWait?.(lockPath);
    waiting = true;
    await sleep(POLL_MS + Math.floor(Math.random() * POLL_MS));
  }
  throw new FileLockError(
    lockPath,
    `another run held the lock ${lockPath} for more than ${Math.round(waitMs / 1000)} s; ` +
      'if no other run is writing the file, delete the lock file',
  );
}

/** Removes the lock if it is still ours (a run that took it over as stale owns it now). */
async function release(lockPath: string, token: string): Promise<void> {
  const owner = ownerOf(await readFile(lockPath, 'utf8').catch(() => ''));
  if (owner.token === token) await rm(lockPath, { force: true });
}

/** Runs `work` holding the lock `<path>.lock`; the directory must exist. */
export async function withFileLock<T>(path: string, work: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const lockPath = `${path}.lock`;
  const token = await acquire(lockPath, options);
  try {
    return await work();
  } finally {
    await release(lockPath, token);
  }
}
