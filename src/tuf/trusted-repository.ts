// A verified view of one repository's trust data: the TUF client for
// notary's flavour.
//
// Round trips are the cost in CI, so every file we expect to need is
// requested in one parallel wave. Nothing is trusted in download order,
// though: verification runs strictly root → timestamp → snapshot → targets →
// delegations, each file checked against the hash and length its parent
// recorded, and a file that changed between requests (someone published in
// between) is fetched again by its checksum name.

import { VerificationError } from '../errors.ts';
import type { TufKey } from '../keys/tuf-key.ts';
import type { SignedBase } from './base.ts';
import type { FileMeta } from './file-meta.ts';
import { Metadata } from './metadata.ts';
import {
  DelegatedRole,
  isDelegationName,
  parentRole,
  pathAllowed,
  restrictPaths,
  ROOT,
  SNAPSHOT,
  TARGETS,
  TIMESTAMP,
} from './role.ts';
import { Root } from './root.ts';
import { verifyRoot, type RootPin } from './root-trust.ts';
import { Snapshot, Timestamp } from './snapshot.ts';
import { Targets } from './targets.ts';
import { verifyNoRollback, verifyNotExpired, verifyThreshold } from './threshold.ts';

/** notary.MaxTimestampSize. */
export const MAX_TIMESTAMP_BYTES = 1 << 20;
/** The cap for files whose length we do not know yet (notary's is 100 MiB). */
export const MAX_METADATA_BYTES = 16 << 20;

/** Fetches one metadata file; null when the server has none. */
export interface MetadataFetcher {
  fetch(role: string, options: { maxBytes: number; checksum?: string; version?: number }): Promise<Uint8Array | null>;
}

/** What an earlier run trusted, for rollback protection and root rotation. */
export interface TrustState {
  readonly versions: Readonly<Record<string, number>>;
  readonly root?: Uint8Array;
}

export interface LoadOptions {
  readonly gun: string;
  readonly fetcher: MetadataFetcher;
  readonly now?: Date;
  readonly pin?: RootPin;
  readonly previous?: TrustState;
  /**
   * Delegations to load. Names listed are requested in the first wave;
   * `'all'` loads every delegation the snapshot lists.
   */
  readonly delegations?: readonly string[] | 'all';
  /**
   * Accept a delegation whose file has expired (it is still checked in every
   * other way), for a publish that is about to re-sign it with a new expiry.
   */
  readonly allowExpiredDelegations?: boolean;
}

/** A delegation with the keys, threshold and paths its parent grants it. */
export interface EffectiveRole {
  readonly name: string;
  readonly keys: ReadonlyMap<string, TufKey>;
  readonly threshold: number;
  readonly paths: readonly string[];
  /** The verified file, or undefined when nothing was published for the role yet. */
  readonly metadata: Metadata<Targets> | undefined;
  /** Its targets, less any outside its paths (notary ignores those). */
  readonly targets: ReadonlyMap<string, FileMeta>;
  /** True when the file has expired (only with `allowExpiredDelegations`). */
  readonly expired: boolean;
}

export class TrustedRepository {
  readonly gun: string;
  readonly root: Metadata<Root>;
  readonly timestamp: Metadata<Timestamp>;
  readonly snapshot: Metadata<Snapshot>;
  readonly targets: Metadata<Targets>;
  readonly #loader: DelegationLoader;
  readonly #previous: TrustState | undefined;

  constructor(options: {
    gun: string;
    root: Metadata<Root>;
    timestamp: Metadata<Timestamp>;
    snapshot: Metadata<Snapshot>;
    targets: Metadata<Targets>;
    loader: DelegationLoader;
    previous?: TrustState | undefined;
  }) {
    this.gun = options.gun;
    this.root = options.root;
    this.timestamp = options.timestamp;
    this.snapshot = options.snapshot;
    this.targets = options.targets;
    this.#loader = options.loader;
    this.#previous = options.previous;
  }

  /** Delegations loaded so far, by name, each verified against its parent. */
  get delegations(): ReadonlyMap<string, EffectiveRole> {
    return this.#loader.loaded;
  }

  /**
   * A delegation, verified through its parents; loaded on first use if the
   * first wave did not bring it. Undefined when no parent delegates it.
   */
  delegation(name: string): Promise<EffectiveRole | undefined> {
    return this.#loader.load(name);
  }

  /** The state to remember for the next run's rollback checks. */
  get state(): TrustState {
    // Versions of roles not read this run still bound the next run.
    const versions: Record<string, number> = {
      ...this.#previous?.versions,
      [ROOT]: this.root.signed.version,
      [TIMESTAMP]: this.timestamp.signed.version,
      [SNAPSHOT]: this.snapshot.signed.version,
      [TARGETS]: this.targets.signed.version,
    };
    for (const [name, role] of this.delegations) if (role.metadata) versions[name] = role.metadata.signed.version;
    return { versions, root: this.root.bytes };
  }
}

type Parse<T extends SignedBase> = (signed: unknown, role: string) => T;

function parseTargets(signed: unknown, role: string): Targets {
  return Targets.fromJSON(signed, role);
}

/** Loads and verifies a repository; null when it has no trust data at all. */
export async function loadTrustedRepository(options: LoadOptions): Promise<TrustedRepository | null> {
  const { gun, fetcher, pin, previous } = options;
  const now = options.now ?? new Date();
  const wanted = options.delegations ?? [];
  const expected = wanted === 'all' ? [] : wanted;

  // One wave of requests, in parallel.
  const get = (role: string, maxBytes: number) => fetcher.fetch(role, { maxBytes });
  const [rootBytes, timestampBytes, snapshotBytes, targetsBytes, ...delegationBytes] = await Promise.all([
    get(ROOT, MAX_METADATA_BYTES),
    get(TIMESTAMP, MAX_TIMESTAMP_BYTES),
    get(SNAPSHOT, MAX_METADATA_BYTES),
    get(TARGETS, MAX_METADATA_BYTES),
    ...expected.map((name) => get(name, MAX_METADATA_BYTES)),
  ]);
  if (rootBytes === null) return null;
  const prefetched = new Map<string, Uint8Array>();
  expected.forEach((name, i) => {
    const bytes = delegationBytes[i];
    if (bytes) prefetched.set(name, bytes);
  });

  // Root.
  const root = await trustRoot(rootBytes, { gun, now, fetcher, ...(pin ? { pin } : {}), ...(previous ? { previous } : {}) });

  // Timestamp.
  if (timestampBytes === null) throw new VerificationError(TIMESTAMP, `the trust server has root but no timestamp for ${gun}`);
  const timestamp = Metadata.parse(timestampBytes, TIMESTAMP, (s, r) => Timestamp.fromJSON(s, r));
  verifyThreshold(timestamp, root.signed.roleKeys(TIMESTAMP), root.signed.roles.timestamp.threshold, TIMESTAMP);
  verifyNoRollback(timestamp, TIMESTAMP, previous?.versions[TIMESTAMP]);
  verifyNotExpired(timestamp, TIMESTAMP, now);

  // Snapshot, then every file it lists, each against its recorded hash.
  const snapshot = await checkedFile(SNAPSHOT, timestamp.signed.meta.get(SNAPSHOT), snapshotBytes, fetcher, (s, r) =>
    Snapshot.fromJSON(s, r),
  );
  verifyThreshold(snapshot, root.signed.roleKeys(SNAPSHOT), root.signed.roles.snapshot.threshold, SNAPSHOT);
  verifyNoRollback(snapshot, SNAPSHOT, previous?.versions[SNAPSHOT]);
  verifyNotExpired(snapshot, SNAPSHOT, now);
  // notary requires the snapshot to list root, and the root we trust to be that one.
  const rootMeta = snapshot.signed.meta.get(ROOT);
  if (!rootMeta) throw new VerificationError(SNAPSHOT, 'does not list root');
  rootMeta.verify(root.bytes, ROOT);

  const targets = await checkedFile(TARGETS, snapshot.signed.meta.get(TARGETS), targetsBytes, fetcher, parseTargets);
  verifyThreshold(targets, root.signed.roleKeys(TARGETS), root.signed.roles.targets.threshold, TARGETS);
  verifyNoRollback(targets, TARGETS, previous?.versions[TARGETS]);
  verifyNotExpired(targets, TARGETS, now);

  // Delegations: every one we were asked for, parents first.
  const loader = new DelegationLoader({
    fetcher,
    snapshot: snapshot.signed,
    targets,
    prefetched,
    now,
    previous,
    allowExpired: options.allowExpiredDelegations ?? false,
  });
  const names =
    wanted === 'all' ? [...snapshot.signed.meta.keys()].filter(isDelegationName) : expected;
  if (wanted === 'all') {
    // Everything the snapshot lists, by checksum, in one more wave.
    await Promise.all(names.map((n) => loader.prefetch(n)));
  }
  await Promise.all(names.map((n) => loader.load(n)));
  if (wanted === 'all') {
    // Delegations declared but never published have no snapshot entry.
    const walk = async (parent: Targets): Promise<void> => {
      await Promise.all(
        parent.delegations.map(async (d) => {
          const role = await loader.load(d.name);
          if (role?.metadata) await walk(role.metadata.signed);
        }),
      );
    };
    await walk(targets.signed);
  }
  return new TrustedRepository({ gun, root, timestamp, snapshot, targets, loader, previous });
}

async function trustRoot(
  latestBytes: Uint8Array,
  options: { gun: string; now: Date; fetcher: MetadataFetcher; pin?: RootPin; previous?: TrustState },
): Promise<Metadata<Root>> {
  const { gun, now, fetcher, pin, previous } = options;
  const parseRoot = (b: Uint8Array) => Metadata.parse(b, ROOT, (s, r) => Root.fromJSON(s, r));
  const latest = parseRoot(latestBytes);
  verifyNoRollback(latest, ROOT, previous?.versions[ROOT]);
  const pinOption = pin ? { pin } : {};
  if (!previous?.root) {
    // First contact: trust on first use, or the pin.
    verifyRoot(latest, { gun, now, ...pinOption });
    return latest;
  }
  let trusted = parseRoot(previous.root);
  if (latest.signed.version < trusted.signed.version) {
    throw new VerificationError(
      ROOT,
      `version ${latest.signed.version} is older than the trusted version ${trusted.signed.version}`,
      { code: 'ROLLBACK' },
    );
  }
  // Walk the rotation: each root must be signed by the one before it.
  for (let v = trusted.signed.version + 1; v < latest.signed.version; v++) {
    const bytes = await fetcher.fetch(ROOT, { maxBytes: MAX_METADATA_BYTES, version: v });
    if (bytes === null) throw new VerificationError(ROOT, `version ${v} is missing from the rotation chain`);
    const next = parseRoot(bytes);
    if (next.signed.version !== v) throw new VerificationError(ROOT, `${v}.root.json holds version ${next.signed.version}`);
    verifyRoot(next, { gun, now, previous: trusted, allowExpired: true, ...pinOption });
    trusted = next;
  }
  if (Buffer.compare(latest.bytes, trusted.bytes) !== 0) {
    verifyRoot(latest, { gun, now, previous: trusted, ...pinOption });
  } else {
    verifyRoot(latest, { gun, now, ...pinOption });
  }
  return latest;
}

/**
 * Checks downloaded bytes against the FileMeta a parent recorded. If they do
 * not match (the file changed after the parent was read) or were not
 * downloaded, fetches the exact version by its checksum name.
 */
async function checkedFile<T extends SignedBase>(
  role: string,
  meta: FileMeta | undefined,
  bytes: Uint8Array | null,
  fetcher: MetadataFetcher,
  parse: Parse<T>,
): Promise<Metadata<T>> {
  if (!meta) throw new VerificationError(role, 'is not listed by its parent role');
  // Each download is hashed once: bytes that match need no second check.
  if (!bytes || !matches(meta, bytes, role)) {
    const checksum = meta.sha256Hex;
    if (!checksum) throw new VerificationError(role, 'its parent records no sha256 to fetch it by');
    const content = await fetcher.fetch(role, { maxBytes: Math.min(meta.length, MAX_METADATA_BYTES), checksum });
    if (content === null) throw new VerificationError(role, `the trust server has no file with checksum ${checksum}`);
    meta.verify(content, role);
    return Metadata.parse(content, role, parse);
  }
  return Metadata.parse(bytes, role, parse);
}

function matches(meta: FileMeta, bytes: Uint8Array, role: string): boolean {
  try {
    meta.verify(bytes, role);
    return true;
  } catch {
    return false;
  }
}

class DelegationLoader {
  readonly loaded = new Map<string, EffectiveRole>();
  readonly #pending = new Map<string, Promise<EffectiveRole | undefined>>();
  readonly #fetcher: MetadataFetcher;
  readonly #snapshot: Snapshot;
  readonly #targets: Metadata<Targets>;
  readonly #prefetched: Map<string, Uint8Array>;
  readonly #now: Date;
  readonly #previous: TrustState | undefined;
  readonly #allowExpired: boolean;

  constructor(options: {
    allowExpired: boolean;
    fetcher: MetadataFetcher;
    snapshot: Snapshot;
    targets: Metadata<Targets>;
    prefetched: Map<string, Uint8Array>;
    now: Date;
    previous: TrustState | undefined;
  }) {
    this.#fetcher = options.fetcher;
    this.#snapshot = options.snapshot;
    this.#targets = options.targets;
    this.#prefetched = options.prefetched;
    this.#now = options.now;
    this.#previous = options.previous;
    this.#allowExpired = options.allowExpired;
  }

  /** Downloads a delegation by the checksum the snapshot lists, without verifying yet. */
  async prefetch(name: string): Promise<void> {
    const meta = this.#snapshot.meta.get(name);
    const checksum = meta?.sha256Hex;
    if (!meta || !checksum || this.#prefetched.has(name)) return;
    const bytes = await this.#fetcher.fetch(name, { maxBytes: Math.min(meta.length, MAX_METADATA_BYTES), checksum });
    if (bytes) this.#prefetched.set(name, bytes);
  }

  load(name: string): Promise<EffectiveRole | undefined> {
    let pending = this.#pending.get(name);
    if (!pending) {
      pending = this.#load(name);
      this.#pending.set(name, pending);
    }
    return pending;
  }

  async #load(name: string): Promise<EffectiveRole | undefined> {
    const parentName = parentRole(name);
    let parent: Targets;
    let parentPaths: readonly string[] | undefined;
    if (parentName === TARGETS) {
      parent = this.#targets.signed;
    } else {
      const p = await this.load(parentName);
      if (!p?.metadata) return undefined;
      parent = p.metadata.signed;
      parentPaths = p.paths;
    }
    const declared: DelegatedRole | undefined = parent.delegation(name);
    if (!declared) return undefined;
    const keys = parent.delegationKeysOf(declared);
    const paths = parentPaths ? restrictPaths(parentPaths, declared.paths) : declared.paths;
    const base = { name, keys, threshold: declared.threshold, paths };

    const meta = this.#snapshot.meta.get(name);
    if (!meta) {
      const role: EffectiveRole = { ...base, metadata: undefined, targets: new Map(), expired: false };
      this.loaded.set(name, role);
      return role;
    }
    const metadata = await checkedFile(name, meta, this.#prefetched.get(name) ?? null, this.#fetcher, parseTargets);
    verifyThreshold(metadata, keys, declared.threshold, name);
    verifyNoRollback(metadata, name, this.#previous?.versions[name]);
    const expired = metadata.signed.isExpired(this.#now);
    if (!this.#allowExpired) verifyNotExpired(metadata, name, this.#now);
    const targets = new Map([...metadata.signed.targets].filter(([path]) => pathAllowed(path, paths)));
    const role: EffectiveRole = { ...base, metadata, targets, expired };
    this.loaded.set(name, role);
    return role;
  }
}
