// Key rotation, as notary's RotateKey and docker's signer management do it.
//
// A base role's key (snapshot, timestamp, targets) is replaced in root:
// root gets version + 1, a new 10-year expiry and the root key's signature
// (the root keys themselves do not change, so the previous root's keys and
// the new root's keys are the same one key). The server re-signs snapshot
// and timestamp on every publish, so rotating their keys uploads root only;
// rotating targets uploads root and targets (re-signed with the new key)
// together, or the server would keep serving a targets file nobody trusts.
//
// The root key is replaced as notary's `key rotate GUN root` does: a new
// certificate (CN = GUN) for the new key becomes the root role's only key,
// root gets version + 1 and a new 10-year expiry, and is signed by both the
// old root key (so clients that trust the old root accept it) and the new
// one (so it is valid on its own). The old certificate stays among root's
// keys, as notary's RemoveBaseKeys keeps root certificates.
//
// A signer's key is replaced in targets/<name> and targets/releases (signed
// by the repository key) and the signer's roles are re-signed with the new
// key in the same publish: notary-server checks targets first and then each
// delegation against the new targets.

import { DctError } from '../errors.ts';
import { canonicalKeyId } from '../keys/index.ts';
import type { TufKey } from '../keys/tuf-key.ts';
import type { RootCertificate } from '../keys/root-certificate.ts';
import type { Signer } from '../keys/types.ts';
import { Metadata } from '../tuf/metadata.ts';
import { BASE_ROLES, RELEASES, ROOT, RootRole, TARGETS, type BaseRoleName } from '../tuf/role.ts';
import { Root } from '../tuf/root.ts';
import type { Targets } from '../tuf/targets.ts';
import { countValidSignatures } from '../tuf/threshold.ts';
import { expiryFrom } from '../tuf/time.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import { TARGETS_EXPIRY, type UploadFile } from './changes.ts';
import { publishChange, readRepository, type PublishOptions, type PublishResult } from './publisher.ts';
import { ROOT_EXPIRY, signerRoles, signTargets, targetsSigner } from './repository-admin.ts';
import { rebuiltIfRekeyed, warnRebuilt, type RebuiltRole } from './rekeyed-roles.ts';
import { keyIdFor, signingAs } from './signable-roles.ts';
import type { TrustServer } from './trust-server.ts';

/** The base roles whose key a repository admin can replace. */
export type RotatableRole = 'snapshot' | 'timestamp' | 'targets';
/** The roles whose keys notary-server holds and rotates itself. */
export type ServerRole = 'snapshot' | 'timestamp';

/** A trust server that can also replace the keys it holds (`POST <role>.key`, needs `*` access). */
export interface KeyRotatingServer extends TrustServer {
  rotateKey(gun: string, role: string): Promise<TufKey>;
}

function requireTrustData(repo: TrustedRepository | null, gun: string): TrustedRepository {
  if (!repo) throw new DctError('NO_TRUST_DATA', `${gun} has no trust data; there is no key to rotate`);
  return repo;
}

/** The ID under which `key` is listed among `keyids`, matching certificates by their public key. */
export function listedKeyId(key: TufKey, keyids: readonly string[], keys: ReadonlyMap<string, TufKey>): string | undefined {
  const mine = canonicalKeyId(key);
  for (const id of keyids) {
    if (id === key.id || id === mine) return id;
    const listed = keys.get(id);
    if (listed && canonicalKeyId(listed) === mine) return id;
  }
  return undefined;
}

/** The root key's signer as root lists it (its certificate's key ID), or an error saying which key is needed. */
export function rootSigner(repo: TrustedRepository, rootKey: Signer): Signer {
  const root = repo.root.signed;
  const id = keyIdFor(rootKey, root.roles.root.keyids, root.keys);
  if (!id) {
    throw new DctError(
      'NOT_SIGNER',
      `the root key ${rootKey.keyId.slice(0, 12)} is not the root key of ${repo.gun}; use the key created when ` +
        'the repository was initialized (~/.docker/trust/private, role: root)',
    );
  }
  return signingAs(rootKey, id);
}

/**
 * Root with `role`'s keys replaced by `key`, threshold 1. Keys no role lists
 * any more are dropped, except root keys, as notary's RemoveBaseKeys does.
 */
export function withBaseRoleKey(root: Root, role: RotatableRole, key: TufKey): Root {
  const roles = { ...root.roles, [role]: new RootRole({ keyids: [key.id], threshold: 1 }) } as Record<BaseRoleName, RootRole>;
  const used = new Set(BASE_ROLES.flatMap((r) => roles[r].keyids));
  const rootKeys = new Set(root.roles.root.keyids);
  const keys = new Map([...root.keys].filter(([id]) => used.has(id) || rootKeys.has(id)));
  keys.set(key.id, key);
  return new Root({ version: root.version, expires: root.expires, keys, roles, consistentSnapshot: root.consistentSnapshot });
}

/** Signs root as notary's SignRoot does: version + 1 and a new 10-year expiry. */
export async function signRoot(root: Root, signers: readonly Signer[], now: Date, version: number): Promise<UploadFile> {
  const next = new Root({
    version,
    expires: expiryFrom(now, ROOT_EXPIRY),
    keys: root.keys,
    roles: root.roles,
    consistentSnapshot: root.consistentSnapshot,
  });
  const signed = await Metadata.sign(next, signers);
  return { role: ROOT, bytes: signed.bytes };
}

/** True when `role` is signed by exactly `key` and nothing else. */
function onlyKey(root: Root, role: RotatableRole, key: TufKey): boolean {
  const ids = root.roles[role].keyids;
  return ids.length === 1 && ids[0] === key.id;
}

export interface RotationResult {
  readonly role: string;
  /** The key the role is signed with from now on. */
  readonly keyId: string;
  /** The keys the role no longer trusts. */
  readonly previousKeyIds: readonly string[];
  /** Roles re-signed (and so version-bumped) by the rotation. */
  readonly resigned: readonly string[];
}

export interface ServerKeyRotationOptions extends Omit<PublishOptions, 'delegations' | 'server'> {
  readonly server: KeyRotatingServer;
  readonly role: ServerRole;
  /** The repository's root key (the private key; it signs under its certificate's ID). */
  readonly rootKey: Signer;
}

/**
 * Has the server make a new snapshot or timestamp key and publishes root
 * listing it. The server signs its role with the new key from then on.
 */
export async function rotateServerKey(options: ServerKeyRotationOptions): Promise<PublishResult<RotationResult>> {
  const { server, gun, role } = options;
  // Check the root key before asking the server for a key nobody will use.
  const first = options.initial === undefined ? await readRepository({ ...options, delegations: [] }) : options.initial;
  rootSigner(requireTrustData(first, gun), options.rootKey);
  const newKey = await server.rotateKey(gun, role);
  return publishChange({ ...options, initial: first, delegations: [] }, async (maybeRepo, now) => {
    const repo = requireTrustData(maybeRepo, gun);
    const root = repo.root.signed;
    const previousKeyIds = root.roles[role].keyids.filter((id) => id !== newKey.id);
    const result = { role, keyId: newKey.id, previousKeyIds, resigned: [ROOT] };
    if (onlyKey(root, role, newKey)) return { files: [], result: { ...result, resigned: [] } };
    const signer = rootSigner(repo, options.rootKey);
    const file = await signRoot(withBaseRoleKey(root, role, newKey), [signer], now, root.version + 1);
    return { files: [file], result };
  });
}

export interface TargetsKeyRotationOptions extends Omit<PublishOptions, 'delegations'> {
  readonly rootKey: Signer;
  /** The new repository (targets) key; it re-signs targets. */
  readonly newTargetsKey: Signer;
}

/** Replaces the repository (targets) key: root and targets, re-signed, in one publish. */
export function rotateTargetsKey(options: TargetsKeyRotationOptions): Promise<PublishResult<RotationResult>> {
  const { gun, newTargetsKey } = options;
  const newKey = newTargetsKey.publicKey;
  return publishChange({ ...options, delegations: [] }, async (maybeRepo, now) => {
    const repo = requireTrustData(maybeRepo, gun);
    const root = repo.root.signed;
    const previousKeyIds = root.roles.targets.keyids.filter((id) => id !== newKey.id);
    const result = { role: TARGETS, keyId: newKey.id, previousKeyIds, resigned: [ROOT, TARGETS] };
    if (onlyKey(root, TARGETS, newKey)) return { files: [], result: { ...result, resigned: [] } };
    const signer = rootSigner(repo, options.rootKey);
    const rootFile = await signRoot(withBaseRoleKey(root, TARGETS, newKey), [signer], now, root.version + 1);
    const current = repo.targets.signed;
    const targetsFile = await signTargets(current, newTargetsKey, now, current.version + 1);
    return { files: [rootFile, targetsFile], result };
  });
}

export interface RootKeyRotationOptions extends Omit<PublishOptions, 'delegations'> {
  /** The current root key: its signature carries trust over to the new root. */
  readonly rootKey: Signer;
  /** The new root key's certificate (CN = GUN): root lists it, its key signs too. */
  readonly newRoot: RootCertificate;
}

/**
 * Root with the root role's keys replaced by `cert`, threshold 1. Every
 * other key stays, the old root certificates included.
 */
export function withRootCertificate(root: Root, cert: TufKey): Root {
  const roles = { ...root.roles, [ROOT]: new RootRole({ keyids: [cert.id], threshold: 1 }) } as Record<BaseRoleName, RootRole>;
  const keys = new Map(root.keys);
  keys.set(cert.id, cert);
  return new Root({ version: root.version, expires: root.expires, keys, roles, consistentSnapshot: root.consistentSnapshot });
}

/** Replaces the root key: root, signed by the old and the new root key, in one publish. */
export function rotateRootKey(options: RootKeyRotationOptions): Promise<PublishResult<RotationResult>> {
  const { gun, newRoot, pin } = options;
  // A re-read after a publish of unknown outcome may find the new root in
  // place, which a pin to the old root would refuse. The new certificate is
  // ours alone (just made, for a key we hold), so it may pass the pin too.
  const pinned = pin ? { pin: { keyIds: [...pin.keyIds, newRoot.publicKey.id] } } : {};
  return publishChange({ ...options, ...pinned, delegations: [] }, async (maybeRepo, now) => {
    const repo = requireTrustData(maybeRepo, gun);
    const root = repo.root.signed;
    const oldSigner = rootSigner(repo, options.rootKey);
    const threshold = root.roles.root.threshold;
    if (threshold > 1) {
      // One old key cannot carry trust over: clients would refuse the new root.
      throw new DctError(
        'NOT_SIGNER',
        `the root of ${gun} needs ${threshold} root key signatures; one root key cannot sign its successor`,
      );
    }
    const previousKeyIds = root.roles.root.keyids.filter((id) => id !== newRoot.publicKey.id);
    const file = await signRoot(withRootCertificate(root, newRoot.publicKey), [oldSigner, newRoot.signer], now, root.version + 1);
    return { files: [file], result: { role: ROOT, keyId: newRoot.publicKey.id, previousKeyIds, resigned: [ROOT] } };
  });
}

export interface SignerKeyRotationOptions extends Omit<PublishOptions, 'delegations'> {
  /** The repository (targets) key: it signs the new delegations. */
  readonly repositoryKey: Signer;
  readonly name: string;
  /** The keys to replace, as keys or key IDs; every key of targets/<name> when absent. */
  readonly oldKeys?: readonly (TufKey | string)[];
  /** The signer's new key: it re-signs the signer's roles. */
  readonly newKey: Signer;
}

/** The key IDs of targets/<name> that `oldKeys` name, or an error naming the one that is not there. */
function oldKeyIdsOf(
  targets: Targets,
  name: string,
  oldKeys: readonly (TufKey | string)[] | undefined,
  gun: string,
): string[] {
  const own = targets.delegation(`${TARGETS}/${name}`);
  if (!own) throw new DctError('INPUT', `there is no signer ${JSON.stringify(name)} in ${gun}`);
  if (!oldKeys) return [...own.keyids];
  return oldKeys.map((key) => {
    const id =
      typeof key === 'string'
        ? own.keyids.find((listed) => {
            const k = targets.delegationKeys.get(listed);
            return listed === key || (k !== undefined && canonicalKeyId(k) === key);
          })
        : listedKeyId(key, own.keyids, targets.delegationKeys);
    if (!id) {
      const shown = (typeof key === 'string' ? key : key.id).slice(0, 12);
      throw new DctError('INPUT', `key ${shown} is not a key of signer ${JSON.stringify(name)} in ${gun}`);
    }
    return id;
  });
}

/**
 * Targets with signer `name`'s old keys replaced by `newKey` in its own role
 * and in targets/releases. An old key another signer's role also lists
 * stays in targets/releases, since that signer still signs there with it.
 */
export function withSignerKeyReplaced(targets: Targets, name: string, oldIds: readonly string[], newKey: TufKey): Targets {
  const [releases, own] = [RELEASES, `${TARGETS}/${name}`];
  const old = new Set(oldIds);
  const sharedElsewhere = new Set(
    targets.delegations.filter((d) => d.name !== own && d.name !== releases).flatMap((d) => d.keyids),
  );
  const replace = (keyids: readonly string[], keep: (id: string) => boolean): string[] => {
    const kept = keyids.filter((id) => !old.has(id) || keep(id));
    return kept.includes(newKey.id) ? kept : [...kept, newKey.id];
  };
  const roles = new Set(signerRoles(name));
  const delegations = targets.delegations.map((d) => {
    if (!roles.has(d.name)) return d;
    return d.with({ keyids: replace(d.keyids, (id) => d.name === releases && sharedElsewhere.has(id)) });
  });
  const used = new Set(delegations.flatMap((d) => d.keyids));
  const delegationKeys = new Map([...targets.delegationKeys].filter(([id]) => used.has(id)));
  delegationKeys.set(newKey.id, newKey);
  return targets.with({ delegationKeys, delegations });
}

/**
 * Replaces a signer's key: the delegations change (repository key) and the
 * signer's roles are re-signed with the new key, all in one publish. The
 * signer's own role is always re-signed; targets/releases only when the
 * old key's signature was what kept it valid, so that tags other signers
 * signed there are not attributed to this signer.
 */
export async function rotateSignerKey(options: SignerKeyRotationOptions): Promise<PublishResult<RotationResult>> {
  const { gun, name, newKey } = options;
  const roles = signerRoles(name);
  const own = `${TARGETS}/${name}`;
  let rebuilt: RebuiltRole[] = [];
  const published = await publishChange({ ...options, delegations: roles, acceptRekeyedDelegations: true }, async (maybeRepo, now) => {
    const repo = requireTrustData(maybeRepo, gun);
    const repoSigner = targetsSigner(repo, options.repositoryKey);
    const current = repo.targets.signed;
    const oldIds = oldKeyIdsOf(current, name, options.oldKeys, gun).filter((id) => id !== newKey.publicKey.id);
    const result = { role: own, keyId: newKey.publicKey.id, previousKeyIds: oldIds };
    const ownRole = current.delegation(own)!;
    if (oldIds.length === 0 && ownRole.keyids.includes(newKey.publicKey.id)) {
      return { files: [], result: { ...result, resigned: [] } };
    }
    const next = withSignerKeyReplaced(current, name, oldIds, newKey.publicKey);
    const files: UploadFile[] = [await signTargets(next, repoSigner, now, current.version + 1)];
    const resigned: string[] = [TARGETS];
    rebuilt = [];
    for (const role of roles) {
      const loaded = await repo.delegation(role);
      const declared = next.delegation(role);
      // A role a removed signer's key kept valid is rebuilt from the remaining signers' roles.
      const fromServed = await rebuiltIfRekeyed(repo, role);
      const signed = fromServed?.current ?? loaded?.metadata?.signed;
      if (!signed || !declared) continue;
      const stillValid =
        !fromServed && countValidSignatures(loaded!.metadata!, next.delegationKeysOf(declared)) >= declared.threshold;
      if (role !== own && stillValid) continue;
      if (declared.threshold > 1) {
        throw new DctError(
          'NOT_SIGNER',
          `${role} of ${gun} needs ${declared.threshold} signatures; the new key alone cannot re-sign it`,
        );
      }
      const meta = await Metadata.sign(signed.with({ version: signed.version + 1, expires: expiryFrom(now, TARGETS_EXPIRY) }), [
        newKey,
      ]);
      files.push({ role, bytes: meta.bytes });
      resigned.push(role);
      if (fromServed) rebuilt.push(fromServed);
    }
    return { files, result: { ...result, resigned } };
  });
  warnRebuilt(options.logger, gun, rebuilt);
  return published;
}
