// A complete Notary repository in memory, really signed with the core's own
// models and Metadata.sign, and served the way notary-server serves it:
// <role>.json for the current file, <role>.<sha256>.json for any version by
// checksum, <version>.<role>.json by version. Tests change one thing at a
// time (a key, a threshold, an expiry, a version, a signature) and publish
// again; snapshot and timestamp are regenerated on every publish, as the
// server does, with sha256 + sha512 FileMeta of the bytes it serves.

import { createHash } from 'node:crypto';
import { createRootCertificate, generateKey, type Signer, type SigningKey, type TufKey } from '../../../src/keys/index.ts';
import type { SignedBase } from '../../../src/tuf/base.ts';
import { FileMeta } from '../../../src/tuf/file-meta.ts';
import { Metadata } from '../../../src/tuf/metadata.ts';
import {
  BASE_ROLES,
  DelegatedRole,
  parentRole,
  ROOT,
  RootRole,
  SNAPSHOT,
  TARGETS,
  TIMESTAMP,
  type BaseRoleName,
} from '../../../src/tuf/role.ts';
import { Root } from '../../../src/tuf/root.ts';
import { Snapshot, Timestamp } from '../../../src/tuf/snapshot.ts';
import { Targets } from '../../../src/tuf/targets.ts';
import { DAY, expiryFrom, YEAR } from '../../../src/tuf/time.ts';
import {
  loadTrustedRepository,
  type LoadOptions,
  type MetadataFetcher,
  type TrustedRepository,
} from '../../../src/tuf/trusted-repository.ts';

export const GUN = 'example.com/org/app';
/** The builder's clock: certificates start here and every expiry counts from it. */
export const NOW = new Date('2027-03-01T12:00:00Z');

/** notary's default expiries (notary.NotaryRootExpiry etc.). */
export const EXPIRY = {
  [ROOT]: 10 * YEAR,
  [TARGETS]: 3 * YEAR,
  [SNAPSHOT]: 3 * YEAR,
  [TIMESTAMP]: 14 * DAY,
} as const;

export interface RootKeyOptions {
  /** The certificate's CN; the GUN by default. */
  readonly cn?: string;
  /** Start of the certificate's validity; the builder's `now` by default. */
  readonly validFrom?: Date;
  /** Validity in years of 365 days; 10 by default. */
  readonly years?: number;
  /** false: list the plain ECDSA key instead of a certificate wrapping it. */
  readonly x509?: boolean;
}

export interface BuilderOptions {
  readonly gun?: string;
  readonly now?: Date;
  readonly root?: RootKeyOptions;
  /** Keys per base role (certificates for root); 1 each by default. */
  readonly keys?: Partial<Record<BaseRoleName, number>>;
  /** Thresholds per base role; 1 each by default. */
  readonly thresholds?: Partial<Record<BaseRoleName, number>>;
}

export interface DelegationOptions {
  /** The delegation's keys; one new ECDSA key (as docker makes) by default. */
  readonly keys?: readonly Signer[];
  readonly threshold?: number;
  /** Path prefixes; [''] (everything) by default. */
  readonly paths?: readonly string[];
  /** false: declare the role in its parent but never publish a file for it. */
  readonly published?: boolean;
  /** The role that declares it; its parent by name by default (others are not valid parents). */
  readonly declaredIn?: string;
}

export interface RotateOptions extends RootKeyOptions {
  /** Also sign the new root with the current root keys, as notary does; true by default. */
  readonly signWithPrevious?: boolean;
  /** Keep the current root keys in the new root; false by default. */
  readonly keepPrevious?: boolean;
}

/** A root key: the private key and the signer that signs under the key root lists. */
export interface RootKey {
  readonly key: SigningKey;
  readonly signer: Signer;
}

/** The FileMeta a target gets for some content, as docker writes it (sha256 only). */
export function targetMeta(content: string): FileMeta {
  return FileMeta.of(Buffer.from(content), ['sha256']);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The path notary-server serves a request under, without the `/v2/<gun>/_trust/tuf/` prefix. */
export function metadataPath(role: string, options: { checksum?: string; version?: number } = {}): string {
  if (options.checksum !== undefined) return `${role}.${options.checksum}.json`;
  if (options.version !== undefined) return `${options.version}.${role}.json`;
  return `${role}.json`;
}

/** Every file a repository ever published, by the names notary-server knows them by. */
export class MetadataStore {
  /** What <role>.json serves now. */
  readonly current = new Map<string, Uint8Array>();
  readonly #files = new Map<string, Uint8Array>();

  put(role: string, version: number, bytes: Uint8Array): void {
    this.current.set(role, bytes);
    this.#files.set(metadataPath(role, { checksum: sha256Hex(bytes) }), bytes);
    this.#files.set(metadataPath(role, { version }), bytes);
  }

  /** The bytes served under a path, or undefined (a 404). */
  get(path: string): Uint8Array | undefined {
    const current = /^(.+)\.json$/.exec(path);
    return this.#files.get(path) ?? (current ? this.current.get(current[1]!) : undefined);
  }

  /** One published version of a role. */
  version(role: string, version: number): Uint8Array {
    const bytes = this.#files.get(metadataPath(role, { version }));
    if (!bytes) throw new Error(`${role} version ${version} was never published`);
    return bytes;
  }
}

export interface FetchRequest {
  readonly path: string;
  readonly role: string;
  readonly maxBytes: number;
  readonly checksum?: string;
  readonly version?: number;
  /** How many answers had been returned when this request was made: equal numbers are one parallel wave. */
  readonly answered: number;
}

/**
 * A MetadataFetcher over a store that records every request. `overrides`
 * replaces what a path serves (null: not found), to stage a file that
 * changed between two requests or a server that lies.
 */
export class RecordingFetcher implements MetadataFetcher {
  readonly requests: FetchRequest[] = [];
  readonly overrides = new Map<string, Uint8Array | null>();
  readonly #store: MetadataStore;
  #answered = 0;

  constructor(store: MetadataStore) {
    this.#store = store;
  }

  async fetch(role: string, options: { maxBytes: number; checksum?: string; version?: number }): Promise<Uint8Array | null> {
    const path = metadataPath(role, options);
    this.requests.push({ path, role, ...options, answered: this.#answered });
    // Answer on a later turn, as the network would, so parallel requests overlap.
    await new Promise((resolve) => setImmediate(resolve));
    this.#answered++;
    const bytes = this.overrides.has(path) ? this.overrides.get(path)! : (this.#store.get(path) ?? null);
    if (bytes && bytes.length > options.maxBytes) {
      throw new Error(`${path} is ${bytes.length} bytes, over the ${options.maxBytes} asked for`);
    }
    return bytes;
  }

  get paths(): string[] {
    return this.requests.map((r) => r.path);
  }

  /** The paths requested in each wave, in order, each sorted. */
  get waves(): string[][] {
    const byAnswered = new Map<number, string[]>();
    for (const r of this.requests) byAnswered.set(r.answered, [...(byAnswered.get(r.answered) ?? []), r.path]);
    return [...byAnswered.entries()].sort(([a], [b]) => a - b).map(([, paths]) => paths.sort());
  }
}

function rootKey(key: SigningKey, gun: string, now: Date, options: RootKeyOptions): RootKey {
  if (options.x509 === false) return { key, signer: key };
  const cert = createRootCertificate(key, options.cn ?? gun, {
    now: options.validFrom ?? now,
    years: options.years ?? 10,
  });
  return { key, signer: cert.signer };
}

function rebuiltRoot(root: Root, changes: Partial<{ version: number; expires: Date; keys: ReadonlyMap<string, TufKey>; roles: Readonly<Record<BaseRoleName, RootRole>> }>): Root {
  return new Root({
    version: changes.version ?? root.version,
    expires: changes.expires ?? root.expires,
    ...(changes.expires === undefined ? { expiresText: root.expiresText } : {}),
    keys: changes.keys ?? root.keys,
    roles: changes.roles ?? root.roles,
    consistentSnapshot: root.consistentSnapshot,
  });
}

function isBaseRole(role: string): role is BaseRoleName {
  return (BASE_ROLES as readonly string[]).includes(role);
}

export class RepositoryBuilder {
  readonly gun: string;
  readonly now: Date;
  readonly store = new MetadataStore();
  /** Every private key the builder made or was given, by the key ID it signs under. */
  readonly #signers = new Map<string, Signer>();
  readonly #rootKeys: RootKey[] = [];
  #root: Root;
  /** targets and every delegation declared so far. */
  readonly #targets = new Map<string, Targets>();
  readonly #published = new Map<string, Metadata<SignedBase>>();
  readonly #dirty = new Set<string>();
  readonly #signWith = new Map<string, readonly Signer[]>();
  readonly #nextRootSigners: Signer[] = [];
  readonly #versions = new Map<string, number>();
  readonly #expires = new Map<string, Date>();
  readonly #omitted = new Set<string>();

  constructor(options: BuilderOptions = {}) {
    this.gun = options.gun ?? GUN;
    this.now = options.now ?? NOW;
    const keys = new Map<string, TufKey>();
    const roles = {} as Record<BaseRoleName, RootRole>;
    for (const role of BASE_ROLES) {
      const ids: string[] = [];
      for (let i = 0; i < (options.keys?.[role] ?? 1); i++) {
        const signer = role === ROOT ? this.#newRootKey(options.root ?? {}) : this.#newKey(role);
        keys.set(signer.keyId, signer.publicKey);
        ids.push(signer.keyId);
      }
      roles[role] = new RootRole({ keyids: ids, threshold: options.thresholds?.[role] ?? 1 });
    }
    this.#root = new Root({
      version: 1,
      expires: expiryFrom(this.now, EXPIRY[ROOT]),
      keys,
      roles,
      consistentSnapshot: false,
    });
    this.#targets.set(TARGETS, Targets.empty({ version: 1, expires: expiryFrom(this.now, EXPIRY[TARGETS]) }));
    this.#dirty.add(ROOT).add(TARGETS);
  }

  /** A repository with targets in targets, targets/releases, targets/alice, targets/a and targets/a/b. */
  static async standard(options: BuilderOptions = {}): Promise<RepositoryBuilder> {
    const b = new RepositoryBuilder(options);
    b.addTarget(TARGETS, 'latest', 'manifest latest');
    b.delegate('targets/releases');
    b.addTarget('targets/releases', 'v1', 'manifest v1');
    b.delegate('targets/alice');
    b.addTarget('targets/alice', 'v1', 'manifest v1');
    b.addTarget('targets/alice', 'alice-only', 'manifest alice');
    b.delegate('targets/a', { paths: ['a/'] });
    b.addTarget('targets/a', 'a/1', 'manifest a/1');
    b.delegate('targets/a/b', { paths: ['a/b/'] });
    b.addTarget('targets/a/b', 'a/b/1', 'manifest a/b/1');
    await b.publish();
    return b;
  }

  #newKey(role: string): Signer {
    // notary-server's snapshot and timestamp keys are ed25519; docker's repository keys are ECDSA.
    const key = generateKey(role === SNAPSHOT || role === TIMESTAMP ? 'ed25519' : 'ecdsa');
    this.#signers.set(key.keyId, key);
    return key;
  }

  #newRootKey(options: RootKeyOptions): Signer {
    const k = rootKey(generateKey('ecdsa'), this.gun, this.now, options);
    this.#rootKeys.push(k);
    this.#signers.set(k.signer.keyId, k.signer);
    return k.signer;
  }

  /** Root's current model. */
  get root(): Root {
    return this.#root;
  }

  /** The root keys made so far, oldest first, including rotated-out ones. */
  get rootKeys(): readonly RootKey[] {
    return this.#rootKeys;
  }

  /** A targets role's current model. */
  targets(role: string): Targets {
    const t = this.#targets.get(role);
    if (!t) throw new Error(`${role} was not declared`);
    return t;
  }

  /** The last published file of a role. */
  published(role: string): Metadata<SignedBase> {
    const m = this.#published.get(role);
    if (!m) throw new Error(`${role} was not published`);
    return m;
  }

  /** The private keys the builder holds for a role's key IDs. */
  keysOf(role: string): Signer[] {
    const ids = isBaseRole(role) ? this.#root.roles[role].keyids : this.#declarationAnywhere(role).keyids;
    return ids.map((id) => this.#signers.get(id)).filter((s): s is Signer => s !== undefined);
  }

  /** The declaration by its parent, or by any role for one declared elsewhere on purpose. */
  #declarationAnywhere(name: string): DelegatedRole {
    for (const t of this.#targets.values()) {
      const d = t.delegation(name);
      if (d) return d;
    }
    throw new Error(`${name} is not declared`);
  }

  #setTargets(role: string, targets: Targets): void {
    this.#targets.set(role, targets);
    this.#dirty.add(role);
  }

  #setDeclaration(name: string, change: (d: DelegatedRole) => DelegatedRole): void {
    const parent = this.targets(parentRole(name));
    this.#setTargets(
      parentRole(name),
      parent.with({ delegations: parent.delegations.map((d) => (d.name === name ? change(d) : d)) }),
    );
  }

  /** Declares a delegation in its parent (created if new) and, unless told not to, publishes it. */
  delegate(name: string, options: DelegationOptions = {}): Signer[] {
    const parentName = options.declaredIn ?? parentRole(name);
    const parent = this.targets(parentName);
    const keys = options.keys ? [...options.keys] : [this.#newKey(name)];
    for (const k of keys) this.#signers.set(k.keyId, k);
    const delegationKeys = new Map(parent.delegationKeys);
    for (const k of keys) delegationKeys.set(k.keyId, k.publicKey);
    const declared = new DelegatedRole({
      name,
      keyids: keys.map((k) => k.keyId),
      threshold: options.threshold ?? 1,
      paths: options.paths ?? [''],
    });
    const delegations = [...parent.delegations.filter((d) => d.name !== name), declared];
    this.#setTargets(parentName, parent.with({ delegationKeys, delegations }));
    if (!this.#targets.has(name)) {
      this.#targets.set(name, Targets.empty({ version: 1, expires: expiryFrom(this.now, EXPIRY[TARGETS]) }));
    }
    if (options.published !== false) this.#dirty.add(name);
    return keys;
  }

  /** Removes a delegation from its parent and its file from the snapshot, as signer-remove of a whole role does. */
  undelegate(name: string): this {
    const parentName = parentRole(name);
    const parent = this.targets(parentName);
    this.#setTargets(parentName, parent.with({ delegations: parent.delegations.filter((d) => d.name !== name) }));
    this.#dirty.delete(name);
    return this.omitFromSnapshot(name);
  }

  addTarget(role: string, name: string, content: string | FileMeta): this {
    const t = this.targets(role);
    const targets = new Map(t.targets);
    targets.set(name, typeof content === 'string' ? targetMeta(content) : content);
    this.#setTargets(role, t.with({ targets }));
    return this;
  }

  removeTarget(role: string, name: string): this {
    const t = this.targets(role);
    const targets = new Map(t.targets);
    targets.delete(name);
    this.#setTargets(role, t.with({ targets }));
    return this;
  }

  /** Adds a key to a role (a certificate for root, an entry in the parent for a delegation). */
  addKey(role: string, signer?: Signer, rootOptions: RootKeyOptions = {}): Signer {
    if (!isBaseRole(role)) {
      const key = signer ?? this.#newKey(role);
      this.#signers.set(key.keyId, key);
      const parent = this.targets(parentRole(role));
      const delegationKeys = new Map(parent.delegationKeys).set(key.keyId, key.publicKey);
      this.#setTargets(parentRole(role), parent.with({ delegationKeys }));
      this.#setDeclaration(role, (d) => d.with({ keyids: [...d.keyids, key.keyId] }));
      return key;
    }
    const key = signer ?? (role === ROOT ? this.#newRootKey(rootOptions) : this.#newKey(role));
    this.#signers.set(key.keyId, key);
    const r = this.#root.roles[role];
    this.#root = rebuiltRoot(this.#root, {
      keys: new Map(this.#root.keys).set(key.keyId, key.publicKey),
      roles: { ...this.#root.roles, [role]: new RootRole({ keyids: [...r.keyids, key.keyId], threshold: r.threshold }) },
    });
    this.#dirty.add(ROOT);
    return key;
  }

  setThreshold(role: string, threshold: number): this {
    if (isBaseRole(role)) {
      const r = this.#root.roles[role];
      this.#root = rebuiltRoot(this.#root, {
        roles: { ...this.#root.roles, [role]: new RootRole({ keyids: r.keyids, threshold }) },
      });
      this.#dirty.add(ROOT);
    } else {
      this.#setDeclaration(role, (d) => d.with({ threshold }));
    }
    return this;
  }

  setPaths(role: string, paths: readonly string[]): this {
    this.#setDeclaration(role, (d) => d.with({ paths }));
    return this;
  }

  /** The expiry of the role's next file. */
  setExpires(role: string, expires: Date): this {
    if (role === ROOT) {
      this.#root = rebuiltRoot(this.#root, { expires });
      this.#dirty.add(ROOT);
    } else if (role === SNAPSHOT || role === TIMESTAMP) {
      this.#expires.set(role, expires);
    } else {
      this.#setTargets(role, this.targets(role).with({ expires }));
    }
    return this;
  }

  /** The version of the role's next file (instead of the last one + 1). */
  setVersion(role: string, version: number): this {
    this.#versions.set(role, version);
    if (role !== SNAPSHOT && role !== TIMESTAMP) this.#dirty.add(role);
    return this;
  }

  /** The keys that sign the role from now on, instead of every key held for it. */
  signWith(role: string, signers: readonly Signer[] | undefined): this {
    if (signers) this.#signWith.set(role, signers);
    else this.#signWith.delete(role);
    if (role !== SNAPSHOT && role !== TIMESTAMP) this.#dirty.add(role);
    return this;
  }

  /** Leaves a role out of the snapshot (or, for snapshot, out of the timestamp). */
  omitFromSnapshot(role: string): this {
    this.#omitted.add(role);
    return this;
  }

  /**
   * Replaces the root key with a new certificate: the next root version
   * lists it and is signed by it and (unless told otherwise) by the old keys.
   */
  rotateRoot(options: RotateOptions = {}): Signer {
    const previous = this.keysOf(ROOT);
    const key = this.#newRootKey(options);
    const keys = new Map(this.#root.keys);
    if (!options.keepPrevious) for (const p of previous) keys.delete(p.keyId);
    keys.set(key.keyId, key.publicKey);
    const keyids = [...(options.keepPrevious ? previous.map((p) => p.keyId) : []), key.keyId];
    this.#root = rebuiltRoot(this.#root, {
      keys,
      roles: { ...this.#root.roles, [ROOT]: new RootRole({ keyids, threshold: this.#root.roles.root.threshold }) },
    });
    this.#nextRootSigners.splice(0, Infinity, ...(options.signWithPrevious === false ? [] : previous), key);
    this.#dirty.add(ROOT);
    return key;
  }

  /** Takes files as a client uploaded them, signed by someone else; publish() then serves them. */
  ingest(files: readonly { role: string; bytes: Uint8Array }[]): this {
    for (const { role, bytes } of files) {
      if (role === ROOT) {
        const m = Metadata.parse(bytes, role, (s, r) => Root.fromJSON(s, r));
        this.#root = m.signed;
        this.#accept(role, m);
      } else {
        const m = Metadata.parse(bytes, role, (s, r) => Targets.fromJSON(s, r));
        this.#targets.set(role, m.signed);
        this.#accept(role, m);
      }
    }
    return this;
  }

  #accept(role: string, metadata: Metadata<SignedBase>): void {
    this.#published.set(role, metadata);
    this.#dirty.delete(role);
    this.store.put(role, metadata.signed.version, metadata.bytes);
  }

  #nextVersion(role: string, current: number): number {
    const explicit = this.#versions.get(role);
    this.#versions.delete(role);
    if (explicit !== undefined) return explicit;
    const last = this.#published.get(role);
    return last ? last.signed.version + 1 : current;
  }

  async #sign<T extends SignedBase>(role: string, signed: T, defaults: readonly Signer[]): Promise<Metadata<T>> {
    const signers = this.#signWith.get(role) ?? defaults;
    const metadata = await Metadata.sign(signed, signers);
    this.#accept(role, metadata);
    return metadata;
  }

  /**
   * Signs every role changed since the last publish, then a new snapshot and
   * timestamp, and serves them all. Returns the files as <role>.json serves them.
   */
  async publish(): Promise<Map<string, Uint8Array>> {
    if (this.#dirty.has(ROOT)) {
      this.#root = rebuiltRoot(this.#root, { version: this.#nextVersion(ROOT, this.#root.version) });
      const signers = this.#nextRootSigners.length > 0 ? [...this.#nextRootSigners] : this.keysOf(ROOT);
      this.#nextRootSigners.length = 0;
      await this.#sign(ROOT, this.#root, signers);
    }
    // Parents before children only for readability: no file records another's hash here.
    for (const name of [...this.#targets.keys()].sort()) {
      if (!this.#dirty.has(name)) continue;
      const t = this.targets(name).with({ version: this.#nextVersion(name, this.targets(name).version) });
      this.#targets.set(name, t);
      await this.#sign(name, t, this.keysOf(name));
    }

    const meta = new Map<string, FileMeta>();
    for (const [role, m] of this.#published) {
      if (role === SNAPSHOT || role === TIMESTAMP || this.#omitted.has(role)) continue;
      meta.set(role, FileMeta.of(m.bytes));
    }
    const snapshot = new Snapshot({
      version: this.#nextVersion(SNAPSHOT, 1),
      expires: this.#expires.get(SNAPSHOT) ?? expiryFrom(this.now, EXPIRY[SNAPSHOT]),
      meta,
    });
    const snapshotFile = await this.#sign(SNAPSHOT, snapshot, this.keysOf(SNAPSHOT));
    const timestamp = new Timestamp({
      version: this.#nextVersion(TIMESTAMP, 1),
      expires: this.#expires.get(TIMESTAMP) ?? expiryFrom(this.now, EXPIRY[TIMESTAMP]),
      meta: this.#omitted.has(SNAPSHOT) ? new Map() : new Map([[SNAPSHOT, FileMeta.of(snapshotFile.bytes)]]),
    });
    await this.#sign(TIMESTAMP, timestamp, this.keysOf(TIMESTAMP));
    return new Map(this.store.current);
  }

  /** A new recording fetcher over what the builder published. */
  fetcher(): RecordingFetcher {
    return new RecordingFetcher(this.store);
  }

  /** Loads the published repository with the core's client, at the builder's `now` by default. */
  async load(
    options: Partial<LoadOptions> = {},
    fetcher: RecordingFetcher = this.fetcher(),
  ): Promise<{ repo: TrustedRepository; fetcher: RecordingFetcher }> {
    const repo = await loadTrustedRepository({ gun: this.gun, fetcher, now: this.now, ...options });
    if (!repo) throw new Error('the builder published nothing');
    return { repo, fetcher };
  }
}
