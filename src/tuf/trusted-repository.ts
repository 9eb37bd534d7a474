// A verified view of one repository's trust data: the TUF client for
// notary's flavour.
//
// Round trips are the cost in CI, so every file we expect to need is
// requested in one parallel wave. Nothing is trusted in download order,
// though: verification runs strictly root → timestamp → snapshot → targets →
// delegations, each file checked against the hash and length its parent
// recorded, and a file that changed between requests (someone published in
// between) is fetched again by its checksum name.

import { createHash } from 'node:crypto';
import { VerificationError } from '../errors.ts';
import type { TufKey } from '../keys/tuf-key.ts';
import type { SignedBase } from './base.ts';
import type { FileMeta } from './file-meta.ts';
import {
  grantOf,
  parentChangedGrant,
  unsignedRoleError,
  withheldRoleError,
  type CurrentParent,
  type DelegationGrant,
  type KnownDelegation,
} from './known-delegations.ts';
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
import { rootMatchesPin, verifyRoot, type RootPin, type TrustedRoot } from './root-trust.ts';
import { parentChangedKeys } from './rekeyed-role.ts';
import { Snapshot, Timestamp } from './snapshot.ts';
import { Targets } from './targets.ts';
import { verifyNotExpired, verifyThreshold } from './threshold.ts';

/** notary.MaxTimestampSize. */
export const MAX_TIMESTAMP_BYTES = 1 << 20;
/** The cap for files whose length we do not know yet (notary's is 100 MiB). */
export const MAX_METADATA_BYTES = 16 << 20;
/** The most delegations one read visits: a hostile tree must not grow without end. */
export const MAX_DELEGATIONS = 1000;
/** The most delegation bytes one read downloads, for the same reason. */
export const MAX_DELEGATION_BYTES = 64 << 20;

/** Fetches one metadata file; null when the server has none. */
export interface MetadataFetcher {
  fetch(role: string, options: { maxBytes: number; checksum?: string; version?: number }): Promise<Uint8Array | null>;
}

/** What an earlier run trusted, for rollback protection and root rotation. */
export interface TrustState {
  /** The highest version seen of each role. */
  readonly versions: Readonly<Record<string, number>>;
  /** The sha256 (hex) of each role's file at that version: the same version must not change. */
  readonly digests?: Readonly<Record<string, string>>;
  /** The trusted root; a new one must chain from it. */
  readonly root?: TrustedRoot;
  /** Per delegation, the keys and threshold its parent granted it when its file was last verified. */
  readonly grants?: Readonly<Record<string, DelegationGrant>>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The part of a verified root that a later root must chain from. */
export function trustedRootOf(root: Metadata<Root>): TrustedRoot {
  return {
    version: root.signed.version,
    sha256: sha256Hex(root.bytes),
    threshold: root.signed.roles.root.threshold,
    keys: root.signed.roleKeys(ROOT),
  };
}

/** Parses root bytes already trusted (a test's or a state's) into what a later root must chain from. */
export function trustedRootOfBytes(bytes: Uint8Array): TrustedRoot {
  return trustedRootOf(Metadata.parse(bytes, ROOT, (s, r) => Root.fromJSON(s, r)));
}

/**
 * Refuses a role older than the version trusted before (rollback; for the
 * timestamp, a freeze), or the same version with other bytes.
 */
function verifyAgainstPrevious(metadata: Metadata<SignedBase>, role: string, previous: TrustState | undefined): void {
  const version = metadata.signed.version;
  const trusted = previous?.versions[role];
  if (trusted === undefined) return;
  if (version < trusted) {
    const why = role === TIMESTAMP ? ': the trust server serves an older state than was seen before (a freeze or replay)' : '';
    throw new VerificationError(role, `version ${version} is older than the trusted version ${trusted}${why}`, {
      code: 'ROLLBACK',
    });
  }
  const digest = previous?.digests?.[role];
  if (version === trusted && digest !== undefined && sha256Hex(metadata.bytes) !== digest) {
    throw new VerificationError(
      role,
      `version ${version} differs from the version ${version} trusted before (sha256 ${digest.slice(0, 12)}…): a version must never change`,
      { code: 'ROLLBACK' },
    );
  }
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
  /**
   * Accept a delegation that fails its threshold only because its parent
   * changed its keys (see parentChangedKeys) as `rekeyed`, for a publish
   * that re-signs it; it is otherwise refused.
   */
  readonly acceptRekeyedDelegations?: boolean;
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
  /**
   * The file as served when its parent changed the role's keys after it was
   * signed (only with `acceptRekeyedDelegations`). It does not verify, so
   * `metadata` is undefined and `targets` empty; it is kept for its version
   * and to name the tags it held.
   */
  readonly rekeyed?: Metadata<Targets>;
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
    const versions: Record<string, number> = { ...this.#previous?.versions };
    const digests: Record<string, string> = { ...this.#previous?.digests };
    const files: [string, Metadata<SignedBase>][] = [
      [ROOT, this.root],
      [TIMESTAMP, this.timestamp],
      [SNAPSHOT, this.snapshot],
      [TARGETS, this.targets],
    ];
    const grants: Record<string, DelegationGrant> = { ...this.#previous?.grants };
    for (const [name, role] of this.delegations) {
      if (!role.metadata) continue;
      files.push([name, role.metadata]);
      grants[name] = grantOf(role.keys, role.threshold);
    }
    for (const [name, metadata] of files) {
      versions[name] = metadata.signed.version;
      digests[name] = sha256Hex(metadata.bytes);
    }
    for (const name of this.#undelegated(Object.keys(versions))) {
      delete versions[name];
      delete digests[name];
      delete grants[name];
    }
    return { versions, digests, root: trustedRootOf(this.root), grants };
  }

  /**
   * Known delegations whose parent, read this run, no longer delegates them
   * (or whose ancestor was dropped): a role created again under the name
   * later starts afresh.
   */
  #undelegated(names: readonly string[]): Set<string> {
    const dropped = new Set<string>();
    // Parents sort before their children.
    for (const name of names.filter(isDelegationName).sort()) {
      const parentName = parentRole(name);
      const parent = parentName === TARGETS ? this.targets.signed : this.delegations.get(parentName)?.metadata?.signed;
      if (dropped.has(parentName) || (parent && !parent.delegation(name))) dropped.add(name);
    }
    return dropped;
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
  verifyAgainstPrevious(timestamp, TIMESTAMP, previous);
  verifyNotExpired(timestamp, TIMESTAMP, now);

  // Snapshot, then every file it lists, each against its recorded hash.
  const snapshot = await checkedFile(SNAPSHOT, timestamp.signed.meta.get(SNAPSHOT), snapshotBytes, fetcher, (s, r) =>
    Snapshot.fromJSON(s, r),
  );
  verifyThreshold(snapshot, root.signed.roleKeys(SNAPSHOT), root.signed.roles.snapshot.threshold, SNAPSHOT);
  verifyAgainstPrevious(snapshot, SNAPSHOT, previous);
  verifyNotExpired(snapshot, SNAPSHOT, now);
  // notary requires the snapshot to list root, and the root we trust to be that one.
  const rootMeta = snapshot.signed.meta.get(ROOT);
  if (!rootMeta) throw new VerificationError(SNAPSHOT, 'does not list root');
  rootMeta.verify(root.bytes, ROOT);

  const targets = await checkedFile(TARGETS, snapshot.signed.meta.get(TARGETS), targetsBytes, fetcher, parseTargets);
  verifyThreshold(targets, root.signed.roleKeys(TARGETS), root.signed.roles.targets.threshold, TARGETS);
  verifyAgainstPrevious(targets, TARGETS, previous);
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
    acceptRekeyed: options.acceptRekeyedDelegations ?? false,
  });
  const names =
    wanted === 'all' ? [...snapshot.signed.meta.keys()].filter(isDelegationName) : expected;
  if (wanted === 'all') {
    // Refused before any download when the snapshot alone is over the limits.
    loader.reserve(names);
    // Everything the snapshot lists, by checksum, in one more wave.
    await Promise.all(names.map((n) => loader.prefetch(n)));
  }
  await Promise.all(names.map((n) => loader.load(n)));
  if (wanted === 'all') {
    // Delegations declared but never published have no snapshot entry. Level
    // by level, each role once: parse-time checks make every child a direct
    // one, and the loader's limits bound the tree.
    const visited = new Set<string>([TARGETS]);
    let level: Targets[] = [targets.signed];
    while (level.length > 0) {
      const children = level.flatMap((parent) => parent.delegations.map((d) => d.name)).filter((n) => !visited.has(n));
      children.forEach((n) => visited.add(n));
      const loaded = await Promise.all([...new Set(children)].map((n) => loader.load(n)));
      level = loaded.flatMap((role) => (role?.metadata ? [role.metadata.signed] : []));
    }
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
  verifyAgainstPrevious(latest, ROOT, previous);
  if (pin && !rootMatchesPin(latest.signed, pin)) await refuseRotatedPin(latest, pin, gun, fetcher);
  const pinOption = pin ? { pin } : {};
  const saved = previous?.root;
  if (!saved) {
    // First contact: trust on first use, or the pin.
    verifyRoot(latest, { gun, now, ...pinOption });
    return latest;
  }
  if (latest.signed.version < saved.version) {
    throw new VerificationError(
      ROOT,
      `version ${latest.signed.version} is older than the trusted version ${saved.version}`,
      { code: 'ROLLBACK' },
    );
  }
  if (latest.signed.version === saved.version) {
    // Another root under the trusted one's version does not chain from it, however well it is signed.
    if (sha256Hex(latest.bytes) !== saved.sha256) {
      throw new VerificationError(
        ROOT,
        `version ${saved.version} is not the root of that version trusted before: a root must chain from the trusted one`,
        { check: 'root' },
      );
    }
    verifyRoot(latest, { gun, now, ...pinOption });
    return latest;
  }
  // Walk the rotation: each root must be signed by the one before it and by its own keys. The pin
  // names the root to trust now, not the ones before it: a root rotation moves the pin, and the
  // roots in between still have the old key.
  let trusted: TrustedRoot | Metadata<Root> = saved;
  for (let v = saved.version + 1; v < latest.signed.version; v++) {
    const bytes = await fetcher.fetch(ROOT, { maxBytes: MAX_METADATA_BYTES, version: v });
    if (bytes === null) throw new VerificationError(ROOT, `version ${v} is missing from the rotation chain`);
    const next = parseRoot(bytes);
    if (next.signed.version !== v) throw new VerificationError(ROOT, `${v}.root.json holds version ${next.signed.version}`);
    verifyRoot(next, { gun, now, previous: trusted, allowExpired: true });
    trusted = next;
  }
  verifyRoot(latest, { gun, now, previous: trusted, ...pinOption });
  return latest;
}

/** How many earlier roots refuseRotatedPin looks at. */
const PIN_HISTORY = 16;

/**
 * A pin that names no key of the latest root, but the key of an earlier one:
 * the root was rotated since, so say so and name the new root key ID. Only a
 * hint: the earlier roots are not verified here, and the pin still refuses
 * the latest root. Without such an earlier root this returns, and verifyRoot
 * refuses the pin as usual.
 */
async function refuseRotatedPin(latest: Metadata<Root>, pin: RootPin, gun: string, fetcher: MetadataFetcher): Promise<void> {
  const newest = latest.signed.version;
  for (let v = newest - 1; v >= Math.max(1, newest - PIN_HISTORY); v--) {
    let older: Metadata<Root>;
    try {
      const bytes = await fetcher.fetch(ROOT, { maxBytes: MAX_METADATA_BYTES, version: v });
      if (bytes === null) return;
      older = Metadata.parse(bytes, ROOT, (s, r) => Root.fromJSON(s, r));
    } catch {
      return;
    }
    if (!rootMatchesPin(older.signed, pin)) continue;
    const ids = latest.signed.roles.root.keyids.join(', ');
    throw new VerificationError(
      ROOT,
      `the pinned root key (trust-pin) is the root key of version ${v}, but the root of ${gun} was rotated since ` +
        `(now version ${newest}, root key ${ids}). Check the new root key ID with the repository's owner, then ` +
        'update trust-pin to it',
      { check: 'root' },
    );
  }
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
  readonly #acceptRekeyed: boolean;
  #bytes = 0;

  constructor(options: {
    allowExpired: boolean;
    acceptRekeyed: boolean;
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
    this.#acceptRekeyed = options.acceptRekeyed;
  }

  /**
   * Refuses a set of delegations (those a snapshot lists) that is over the
   * count limit, or whose listed lengths add up to more than the byte limit.
   */
  reserve(names: readonly string[]): void {
    if (names.length > MAX_DELEGATIONS) throw tooManyDelegations(names.length);
    const listed = names.reduce((sum, n) => sum + (this.#snapshot.meta.get(n)?.length ?? 0), 0);
    if (listed > MAX_DELEGATION_BYTES) throw tooManyBytes(`the snapshot lists ${listed} bytes of delegations`);
  }

  /** Downloads a delegation by the checksum the snapshot lists, without verifying yet. */
  async prefetch(name: string): Promise<void> {
    const meta = this.#snapshot.meta.get(name);
    const checksum = meta?.sha256Hex;
    if (!meta || !checksum || this.#prefetched.has(name)) return;
    const bytes = await this.#fetch(name, { maxBytes: Math.min(meta.length, MAX_METADATA_BYTES), checksum });
    if (bytes) this.#prefetched.set(name, bytes);
  }

  // Every delegation download counts against MAX_DELEGATION_BYTES, before it is made.
  readonly #budget: MetadataFetcher = {
    fetch: (role, options) => this.#fetch(role, options),
  };

  async #fetch(role: string, options: { maxBytes: number; checksum?: string }): Promise<Uint8Array | null> {
    if (this.#bytes + options.maxBytes > MAX_DELEGATION_BYTES) {
      throw tooManyBytes(`${role} would take the delegations downloaded past that`);
    }
    this.#bytes += options.maxBytes;
    const bytes = await this.#fetcher.fetch(role, options);
    // Reserve the most it could be, then keep what it was.
    this.#bytes -= options.maxBytes - (bytes?.length ?? 0);
    return bytes;
  }

  load(name: string): Promise<EffectiveRole | undefined> {
    let pending = this.#pending.get(name);
    if (!pending) {
      // root, snapshot, timestamp or anything outside targets/ is never a delegation.
      if (!isDelegationName(name)) {
        return Promise.reject(new VerificationError(name, 'is not a delegation name: delegations are roles under targets/'));
      }
      if (this.#pending.size >= MAX_DELEGATIONS) return Promise.reject(tooManyDelegations(this.#pending.size + 1));
      pending = this.#load(name);
      this.#pending.set(name, pending);
    }
    return pending;
  }

  /** What the previous state knows of a delegation; undefined for one never verified. */
  #known(name: string, parentName: string): KnownDelegation | undefined {
    const version = this.#previous?.versions[name];
    if (version === undefined) return undefined;
    return { name, version, grant: this.#previous?.grants?.[name], parentVersion: this.#previous?.versions[parentName] };
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

    const current: CurrentParent = { name: parentName, version: parent.version, grant: grantOf(keys, declared.threshold) };
    const known = this.#known(name, parentName);
    const meta = this.#snapshot.meta.get(name);
    if (!meta) {
      // notary treats it as never published; a role seen before must not vanish unless its parent changed it.
      if (known && !parentChangedGrant(known, current)) throw withheldRoleError(known, current);
      const role: EffectiveRole = { ...base, metadata: undefined, targets: new Map(), expired: false };
      this.loaded.set(name, role);
      return role;
    }
    const metadata = await checkedFile(name, meta, this.#prefetched.get(name) ?? null, this.#budget, parseTargets);
    // A role whose parent re-keyed it (signer-remove) may be re-signed, never trusted for its content; a role
    // the trust state knows only when its recorded keys signed it and the parent changed its grant since.
    const rekeyed =
      this.#acceptRekeyed &&
      parentChangedKeys(metadata, keys, declared.threshold, known?.grant?.keyids) &&
      (!known || parentChangedGrant(known, current));
    if (rekeyed) {
      // Not trusted for its content, but never older than what was seen before.
      verifyAgainstPrevious(metadata, name, this.#previous);
      const role: EffectiveRole = { ...base, metadata: undefined, targets: new Map(), expired: false, rekeyed: metadata };
      this.loaded.set(name, role);
      return role;
    }
    try {
      verifyThreshold(metadata, keys, declared.threshold, name);
    } catch (err) {
      // A role seen before may fail its threshold only when its parent changed its keys (signer-remove).
      if (known && err instanceof VerificationError && !parentChangedGrant(known, current)) throw unsignedRoleError(known, current, err);
      throw err;
    }
    verifyAgainstPrevious(metadata, name, this.#previous);
    const expired = metadata.signed.isExpired(this.#now);
    if (!this.#allowExpired) verifyNotExpired(metadata, name, this.#now);
    // A "" path admits every target, as it is for docker's roles: no copy of a 10,000-tag table.
    const all = metadata.signed.targets;
    const targets = paths.includes('') ? all : new Map([...all].filter(([path]) => pathAllowed(path, paths)));
    const role: EffectiveRole = { ...base, metadata, targets, expired };
    this.loaded.set(name, role);
    return role;
  }
}

function tooManyDelegations(count: number): VerificationError {
  return new VerificationError(
    TARGETS,
    `the delegation tree has more than ${MAX_DELEGATIONS} delegations (at least ${count}); refusing to read further`,
  );
}

function tooManyBytes(why: string): VerificationError {
  return new VerificationError(
    TARGETS,
    `the delegation tree is larger than ${MAX_DELEGATION_BYTES / (1 << 20)} MiB (${why}); refusing to read further`,
  );
}
