// The trust state file (the `trust-state` input): what earlier runs trusted,
// per repository, so that a later run on a fresh CI machine can refuse a
// root that does not chain from the saved one, a role older than the version
// seen before (rollback; for the timestamp, a freeze), and the same version
// with other bytes. It holds public data only: versions, sha256 digests and
// the root role's public keys.
//
// A missing file is a first use. A file that cannot be read or parsed is an
// error naming it, never silently ignored: ignoring it would quietly turn the
// protection off. The file is rewritten atomically (a temporary file in the
// same directory, then a rename) holding a lock beside it (file-lock.ts),
// re-reading and merging it first so that what other runs saved is kept.

import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DctError, errorMessage, InputError, StateNotSavedError, VerificationError } from '../errors.ts';
import { TufKey } from '../keys/tuf-key.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { asInteger, asObject, asString } from '../tuf/guards.ts';
import { Metadata } from '../tuf/metadata.ts';
import { isDelegationName, ROOT, TARGETS } from '../tuf/role.ts';
import { Targets } from '../tuf/targets.ts';
import { Root } from '../tuf/root.ts';
import type { TrustedRoot } from '../tuf/root-trust.ts';
import { grantOf, type DelegationGrant } from '../tuf/known-delegations.ts';
import { sha256Hex, trustedRootOf, type TrustedRepository, type TrustState } from '../tuf/trusted-repository.ts';
import type { UploadFile } from './changes.ts';
import { FileLockError, withFileLock } from './file-lock.ts';

/** The input that names the file, for error messages. */
export const TRUST_STATE_INPUT = 'trust-state';
/** The input that drops repositories from the file, for a repository deleted and created again on purpose. */
export const TRUST_STATE_FORGET_INPUT = 'trust-state-forget';
/** The format's version, the file's first field. */
export const TRUST_STATE_FORMAT = 1;

const SHA256 = /^[0-9a-f]{64}$/;

interface RoleJSON {
  version: number;
  sha256: string;
}

/** A delegation's entry: also the keys and threshold its parent granted it (absent in files of earlier releases). */
interface DelegationJSON extends RoleJSON {
  keyids?: string[];
  threshold?: number;
}

interface RootJSON extends RoleJSON {
  threshold: number;
  keys: Record<string, { keytype: string; public: string }>;
}

interface RepositoryJSON {
  root: RootJSON;
  roles: Record<string, DelegationJSON>;
}

interface TrustStateJSON {
  dctTrustState: number;
  repositories: Record<string, RepositoryJSON>;
}

/** The JSON of one repository's state; roles without a known digest are left out. */
export function repositoryStateToJSON(state: TrustState): RepositoryJSON | undefined {
  const root = state.root;
  if (!root) return undefined;
  const keys: RootJSON['keys'] = {};
  for (const [id, key] of [...root.keys].sort(([a], [b]) => a.localeCompare(b))) {
    keys[id] = { keytype: key.keytype, public: key.public.toString('base64') };
  }
  const roles: Record<string, DelegationJSON> = {};
  for (const name of Object.keys(state.versions).sort()) {
    const sha256 = state.digests?.[name];
    const grant = state.grants?.[name];
    if (sha256 === undefined) continue;
    roles[name] = { version: state.versions[name]!, sha256, ...(grant ? { keyids: [...grant.keyids], threshold: grant.threshold } : {}) };
  }
  return { root: { version: root.version, sha256: root.sha256, threshold: root.threshold, keys }, roles };
}

function asVersion(value: unknown, where: string): number {
  const n = asInteger(value, where);
  if (n < 1) throw new TypeError(`${where} is not a version (1 or more)`);
  return n;
}

function asSha256(value: unknown, where: string): string {
  const text = asString(value, where);
  if (!SHA256.test(text)) throw new TypeError(`${where} is not a sha256 digest (64 lowercase hex digits)`);
  return text;
}

function rootFromJSON(value: unknown, where: string): TrustedRoot {
  const obj = asObject(value, where);
  const version = asVersion(obj.version, `${where}.version`);
  const sha256 = asSha256(obj.sha256, `${where}.sha256`);
  const keys = new Map<string, TufKey>();
  for (const [id, raw] of Object.entries(asObject(obj.keys, `${where}.keys`))) {
    const k = asObject(raw, `${where}.keys.${id}`);
    const key = new TufKey(
      asString(k.keytype, `${where}.keys.${id}.keytype`),
      Buffer.from(asString(k.public, `${where}.keys.${id}.public`), 'base64'),
    );
    // A key filed under another ID would let a hand edit pass for the saved root.
    if (key.id !== id) throw new TypeError(`${where}.keys.${id} is a key with ID ${key.id}`);
    keys.set(id, key);
  }
  if (keys.size === 0) throw new TypeError(`${where}.keys lists no key`);
  const threshold = asInteger(obj.threshold, `${where}.threshold`);
  if (threshold < 1) throw new TypeError(`${where}.threshold is not 1 or more`);
  return { version, sha256, threshold, keys };
}

/** One repository's state from its JSON; throws a TypeError naming the field. */
export function repositoryStateFromJSON(value: unknown, where: string): TrustState {
  const obj = asObject(value, where);
  const root = rootFromJSON(obj.root, `${where}.root`);
  const versions: Record<string, number> = {};
  const digests: Record<string, string> = {};
  const grants: Record<string, DelegationGrant> = {};
  for (const [name, raw] of Object.entries(asObject(obj.roles, `${where}.roles`))) {
    const role = asObject(raw, `${where}.roles.${name}`);
    versions[name] = asVersion(role.version, `${where}.roles.${name}.version`);
    digests[name] = asSha256(role.sha256, `${where}.roles.${name}.sha256`);
    const grant = grantFromJSON(role, `${where}.roles.${name}`);
    if (grant) grants[name] = grant;
  }
  // The root's entry among the roles is the saved root itself.
  versions[ROOT] = Math.max(versions[ROOT] ?? 0, root.version);
  if (versions[ROOT] === root.version) digests[ROOT] = root.sha256;
  return { versions, digests, root, grants };
}

/** A delegation's recorded keys and threshold: both or neither. */
function grantFromJSON(role: Record<string, unknown>, where: string): DelegationGrant | undefined {
  if (role.keyids === undefined && role.threshold === undefined) return undefined;
  if (!Array.isArray(role.keyids)) throw new TypeError(`${where}.keyids is not a list of key IDs`);
  const keyids = role.keyids.map((id, i) => asSha256(id, `${where}.keyids[${i}]`));
  const threshold = asInteger(role.threshold, `${where}.threshold`);
  if (threshold < 1) throw new TypeError(`${where}.threshold is not 1 or more`);
  return { keyids: [...new Set(keyids)].sort(), threshold };
}

/** The file's repositories; throws a TypeError naming what is wrong. */
export function trustStateFromJSON(value: unknown): Map<string, TrustState> {
  const obj = asObject(value, 'the file');
  if (obj.dctTrustState !== TRUST_STATE_FORMAT) {
    throw new TypeError(`dctTrustState is ${JSON.stringify(obj.dctTrustState)}, not ${TRUST_STATE_FORMAT}`);
  }
  const out = new Map<string, TrustState>();
  for (const [gun, repo] of Object.entries(asObject(obj.repositories, 'repositories'))) {
    out.set(gun, repositoryStateFromJSON(repo, `repositories["${gun}"]`));
  }
  return out;
}

/** The file's text: stable key order, so that a committed file diffs by what changed. */
export function trustStateToJSON(states: ReadonlyMap<string, TrustState>): string {
  const repositories: Record<string, RepositoryJSON> = {};
  for (const gun of [...states.keys()].sort()) {
    const json = repositoryStateToJSON(states.get(gun)!);
    if (json) repositories[gun] = json;
  }
  const file: TrustStateJSON = { dctTrustState: TRUST_STATE_FORMAT, repositories };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function fileError(path: string, message: string, cause?: unknown): InputError {
  return new InputError(
    TRUST_STATE_INPUT,
    `${path}: ${message}. Restore the file or fix it; deleting it trusts each repository's root on first use again`,
    { cause },
  );
}

function writeError(path: string, cause: unknown): InputError {
  return new InputError(
    TRUST_STATE_INPUT,
    `${path}: cannot write the trust state file (${errorMessage(cause)}); give a path in a directory this run can write`,
    { cause },
  );
}

/**
 * Creates `dir` and its missing parents, one level at a time: node's
 * recursive mkdir never returns where mkdir answers ENOENT for a parent
 * that exists (under /proc).
 */
function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d) && dirname(d) !== d; d = dirname(d)) missing.unshift(d);
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/**
 * Throws an InputError naming the file unless it can be written: its
 * directory exists or can be created, and a file can be created in it (a
 * probe, removed at once). The file itself is not touched.
 */
export function checkTrustStateWritable(path: string): void {
  const probe = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    makeDirectory(dirname(path));
    closeSync(openSync(probe, 'wx', 0o644));
  } catch (err) {
    throw writeError(path, err);
  }
  rmSync(probe, { force: true });
}

/** A file a later dct-sign wrote in a newer format: only an upgrade reads it; fixing or deleting it would lose trust. */
function checkNotNewer(path: string, json: unknown): void {
  const format = (json as { dctTrustState?: unknown } | null)?.dctTrustState;
  if (typeof format === 'number' && format > TRUST_STATE_FORMAT) {
    throw new InputError(
      TRUST_STATE_INPUT,
      `${path}: written by a newer dct-sign (trust state format ${format}; this version reads ${TRUST_STATE_FORMAT}); upgrade dct-sign`,
    );
  }
}

/** Reads the file: an empty map when it does not exist (a first use); an InputError naming it otherwise. */
export function readTrustStateFile(path: string): Map<string, TrustState> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw fileError(path, `cannot read the trust state file (${errorMessage(err)})`, err);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw fileError(path, `the trust state file is not JSON (${errorMessage(err)})`, err);
  }
  checkNotNewer(path, json);
  try {
    return trustStateFromJSON(json);
  } catch (err) {
    throw fileError(path, `not a trust state file: ${errorMessage(err)}`, err);
  }
}

/** Whether two states of a repository would be saved alike. */
function sameState(a: TrustState | undefined, b: TrustState | undefined): boolean {
  return JSON.stringify(a && repositoryStateToJSON(a)) === JSON.stringify(b && repositoryStateToJSON(b));
}

/** Sets or removes `role`'s entry in `to` as `from` has it. */
function copyEntry<T>(to: Record<string, T>, from: Readonly<Record<string, T>> | undefined, role: string): void {
  const value = from?.[role];
  if (value === undefined) delete to[role];
  else to[role] = value;
}

/**
 * This run's state of a repository merged with the file's: this run's when
 * no other run changed the repository since this one read the file; else,
 * role by role, the entry (version, digest, grant) with the higher version
 * (this run's at the same version), and the root with the higher version, so
 * that neither run rolls the other back.
 */
export function mergeRepositoryState(file: TrustState | undefined, base: TrustState | undefined, ours: TrustState): TrustState {
  if (!file || sameState(file, base)) return ours;
  const versions: Record<string, number> = { ...file.versions };
  const digests: Record<string, string> = { ...file.digests };
  const grants: Record<string, DelegationGrant> = { ...file.grants };
  for (const [role, version] of Object.entries(ours.versions)) {
    if (version < (versions[role] ?? 0)) continue;
    versions[role] = version;
    copyEntry(digests, ours.digests, role);
    copyEntry(grants, ours.grants, role);
  }
  const root = file.root && (!ours.root || file.root.version > ours.root.version) ? file.root : ours.root;
  return { ...file, ...ours, versions, digests, grants, ...(root ? { root } : {}) };
}

export interface WriteTrustStateOptions {
  /** What this run read from the file at its start, to tell which repositories another run changed since. */
  readonly base?: ReadonlyMap<string, TrustState> | undefined;
  /** Repositories whose entries are dropped (trust-state-forget) before `updates` are written, never merged with them. */
  readonly forget?: ReadonlySet<string> | undefined;
  /** Says when another run holds the lock and this one waits. */
  readonly logger?: Logger | undefined;
  /** How long to wait for another run's lock; 30 s unless given (tests). */
  readonly lockWaitMs?: number | undefined;
  /** Tests only: runs after the file is read and merged, before the new one is renamed over it. */
  readonly beforeRename?: (() => Promise<void>) | undefined;
}

/**
 * Writes `updates` into the file, keeping what other runs saved: holding
 * `<file>.lock`, re-read, merge, write a temporary file beside it and rename
 * it over the old one, so a reader never sees half a file and two writers
 * never lose each other's entries.
 */
export async function writeTrustStateFile(
  path: string,
  updates: ReadonlyMap<string, TrustState>,
  options: WriteTrustStateOptions = {},
): Promise<void> {
  try {
    // A cache restored for the first time has no directory yet.
    makeDirectory(dirname(path));
  } catch (err) {
    throw writeError(path, err);
  }
  const onWait = (lock: string) =>
    (options.logger ?? silentLogger).info(`${path}: another run is writing the trust state file (${lock}); waiting for it`);
  try {
    await withFileLock(path, () => replaceTrustStateFile(path, updates, options), {
      onWait,
      ...(options.lockWaitMs !== undefined ? { waitMs: options.lockWaitMs } : {}),
    });
  } catch (err) {
    if (err instanceof FileLockError) throw new InputError(TRUST_STATE_INPUT, `${path}: cannot write the trust state file: ${err.message}`, { cause: err });
    throw err;
  }
}

/** Re-reads, merges and renames; called holding the lock. */
async function replaceTrustStateFile(
  path: string,
  updates: ReadonlyMap<string, TrustState>,
  options: WriteTrustStateOptions,
): Promise<void> {
  const states = readTrustStateFile(path);
  for (const gun of options.forget ?? []) states.delete(gun);
  for (const [gun, state] of updates) states.set(gun, mergeRepositoryState(states.get(gun), options.base?.get(gun), state));
  await options.beforeRename?.();
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, trustStateToJSON(states), { mode: 0o644, flush: true });
    await rename(temporary, path);
  } catch (err) {
    // The original error is the one to report.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw writeError(path, err);
  }
}

/** The keys and threshold each uploaded targets file grants its delegations, which we built ourselves. */
function grantsIn(files: readonly UploadFile[]): Map<string, DelegationGrant> {
  const out = new Map<string, DelegationGrant>();
  for (const file of files) {
    if (file.role !== TARGETS && !isDelegationName(file.role)) continue;
    const signed = Metadata.parse(file.bytes, file.role, (s, r) => Targets.fromJSON(s, r)).signed;
    for (const d of signed.delegations) out.set(d.name, grantOf(signed.delegationKeysOf(d), d.threshold));
  }
  return out;
}

/** The error for a repository the trust server has no root for, though the trust state holds its root. */
export function forgottenRepositoryError(gun: string, root: TrustedRoot, path: string | undefined): VerificationError {
  const where = path ? `the trust state ${path}` : 'the trust state';
  return new VerificationError(
    ROOT,
    `the trust server has no trust data for ${gun} (404 for root), but ${where} holds its root (version ${root.version}): ` +
      'a server that lost or withholds the repository must not make this run start it afresh. If the repository was ' +
      `deleted and created again on purpose, run once with ${TRUST_STATE_FORGET_INPUT} ${gun} (CLI --${TRUST_STATE_FORGET_INPUT} ${gun}) ` +
      'to drop its entry, so that its new root is trusted on first use',
    { code: 'ROLLBACK' },
  );
}

/** The version field of an uploaded file, which we built ourselves. */
function versionOf(file: UploadFile): number {
  try {
    const envelope = asObject(JSON.parse(Buffer.from(file.bytes).toString('utf8')), 'metadata');
    return asVersion(asObject(envelope.signed, 'signed').version, 'signed.version');
  } catch (err) {
    throw new DctError('VERIFY', `${file.role}: cannot read the version of the uploaded file: ${errorMessage(err)}`, { cause: err });
  }
}

export interface TrustBookOptions {
  /** The state file; without one, nothing is kept across runs. */
  readonly path?: string | undefined;
  /** True when trust-pin pins the root. */
  readonly pinned: boolean;
  /** Warn (sign, verify) when a root is trusted on first use. */
  readonly warnOnFirstUse?: boolean;
  /** Refuse a root trusted on first use, in any command (require-pin). */
  readonly requirePin?: boolean;
  /** Repositories (GUNs) whose entries are dropped before this run (trust-state-forget): their root is trusted on first use again. */
  readonly forget?: readonly string[] | undefined;
  readonly logger?: Logger | undefined;
}

/**
 * One run's view of the trust state: what the file held, updated with every
 * verification and publish of this run, saved at its end.
 */
export class TrustBook {
  readonly path: string | undefined;
  readonly #saved: Map<string, TrustState>;
  /**
   * What this run verified or published, read when asked: delegations a
   * verified repository loads after it was recorded count too.
   */
  readonly #current = new Map<string, () => TrustState>();
  readonly #forgotten = new Set<string>();
  readonly #warned = new Set<string>();
  readonly #options: TrustBookOptions;
  #published = false;

  /** Reads the file now, so that a bad one fails before any request. */
  constructor(options: TrustBookOptions) {
    this.#options = options;
    this.path = options.path?.trim() ? options.path : undefined;
    this.#saved = this.path ? readTrustStateFile(this.path) : new Map();
    this.#forget(options.forget ?? []);
  }

  /** Drops the entries trust-state-forget names, saying so: never a silent reset. */
  #forget(guns: readonly string[]): void {
    if (guns.length === 0) return;
    if (!this.path) {
      throw new InputError(TRUST_STATE_FORGET_INPUT, `there is no trust state to drop ${guns.join(', ')} from; give trust-state too`);
    }
    const logger = this.#options.logger ?? silentLogger;
    for (const gun of guns) {
      if (this.#saved.delete(gun)) {
        this.#forgotten.add(gun);
        logger.warning(`${gun}: dropped from the trust state ${this.path} (${TRUST_STATE_FORGET_INPUT}); its root is trusted on first use again`);
      } else {
        logger.warning(`${gun}: not in the trust state ${this.path}; ${TRUST_STATE_FORGET_INPUT} has nothing to drop for it`);
      }
    }
  }

  /** What the next read of `gun` must not fall behind. */
  previous(gun: string): TrustState | undefined {
    return this.#current.get(gun)?.() ?? this.#saved.get(gun);
  }

  /**
   * Records verified trust data. A root that nothing pinned (no trust-pin, no
   * saved state for the repository) is trusted on first use: sign and verify
   * warn of it, and every command refuses it with require-pin.
   */
  verified(gun: string, repo: TrustedRepository): void {
    const { pinned, warnOnFirstUse = false, requirePin = false } = this.#options;
    // A root this run already holds (verified before, or published when it created the repository) is no first use.
    if ((warnOnFirstUse || requirePin) && !pinned && !this.previous(gun)?.root && !this.#warned.has(gun)) {
      const keep = this.path
        ? `trust-state keeps it in ${this.path} from now on, so later runs refuse another root`
        : 'or give trust-state (a file kept across runs) so that later runs refuse another root';
      const message =
        `${gun}: the root (version ${repo.root.signed.version}) is trusted on first use: neither trust-pin nor trust-state pins it. ` +
        `Give trust-pin (its root key ID or certificate), ${keep}`;
      if (requirePin) throw new VerificationError(ROOT, `${message}; require-pin refuses a root pinned by neither`, { check: 'root' });
      this.#warned.add(gun);
      (this.#options.logger ?? silentLogger).warning(message);
    }
    this.#current.set(gun, () => repo.state);
  }

  /** Records files the trust server accepted, so that a later run refuses anything older. */
  published(gun: string, files: readonly UploadFile[]): void {
    // A repository created by this run starts from the root it published.
    const before: TrustState = this.previous(gun) ?? { versions: {} };
    const versions = { ...before.versions };
    const digests = { ...before.digests };
    const grants = { ...before.grants };
    const granted = grantsIn(files);
    let root = before.root;
    for (const file of files) {
      const version = versionOf(file);
      if (version < (versions[file.role] ?? 0)) continue;
      versions[file.role] = version;
      digests[file.role] = sha256Hex(file.bytes);
      const grant = granted.get(file.role);
      if (grant) grants[file.role] = grant;
      if (file.role === ROOT) root = trustedRootOf(Metadata.parse(file.bytes, ROOT, (s, r) => Root.fromJSON(s, r)));
    }
    if (root) {
      const state: TrustState = { versions, digests, root, grants };
      this.#current.set(gun, () => state);
    }
    this.#published = true;
  }

  /** Throws an InputError naming the file unless it can be written; for commands that publish, before they do. */
  checkWritable(): void {
    if (this.path) checkTrustStateWritable(this.path);
  }

  /** Writes what this run verified into the file; nothing when there is no file or nothing was verified. */
  async save(): Promise<void> {
    if (!this.path || (this.#current.size === 0 && this.#forgotten.size === 0)) return;
    const states = new Map([...this.#current].map(([gun, state]) => [gun, state()]));
    await writeTrustStateFile(this.path, states, { base: this.#saved, forget: this.#forgotten, logger: this.#options.logger });
  }

  /**
   * Saves (save), then gives back `result`. When saving fails after this run
   * published, what it published is live: the error, a StateNotSavedError,
   * says so and carries `result`, so that the command still shows it.
   */
  async saveWith<T>(result: T): Promise<T> {
    try {
      await this.save();
    } catch (err) {
      if (!this.#published) throw err;
      // The write error's own cause: the message names the file once.
      const why = errorMessage(err instanceof InputError && err.cause !== undefined ? err.cause : err);
      throw new StateNotSavedError(
        `${TRUST_STATE_INPUT}: what this run published is live on the trust server (its signatures are in place), ` +
          `but the trust state was not saved to ${this.path} (${why}). ` +
          'Fix that before the next run, which checks against the state saved before this one',
        result,
        { cause: err },
      );
    }
    return result;
  }
}
