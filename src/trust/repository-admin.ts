// Administrative changes: creating a repository's trust data and managing
// its signers, with docker's semantics (`docker trust signer add/remove`).

import { DctError } from '../errors.ts';
import type { TufKey } from '../keys/tuf-key.ts';
import type { Signer } from '../keys/types.ts';
import { Metadata } from '../tuf/metadata.ts';
import { DelegatedRole, isDelegationName, RELEASES, ROOT, RootRole, SNAPSHOT, TARGETS, TIMESTAMP } from '../tuf/role.ts';
import { Root } from '../tuf/root.ts';
import { Targets } from '../tuf/targets.ts';
import { expiryFrom, YEAR } from '../tuf/time.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import { TARGETS_EXPIRY, type UploadFile } from './changes.ts';
import { keyIdFor, signingAs } from './signable-roles.ts';
import type { TrustServer } from './trust-server.ts';

/** docker's rule for signer names. */
const SIGNER_NAME = /^[a-z0-9][a-z0-9_-]*$/;

/** notary.NotaryRootExpiry. */
export const ROOT_EXPIRY = 10 * YEAR;

/** The roles docker adds a signer to: targets/<name> and targets/releases. */
export function signerRoles(name: string): string[] {
  const own = `${TARGETS}/${name}`;
  if (!SIGNER_NAME.test(name) || !isDelegationName(own)) {
    throw new DctError(
      'INPUT',
      `signer name ${JSON.stringify(name)} is not valid: start with a lowercase letter or digit, then use ` +
        "lowercase letters, digits, '-' and '_' only",
    );
  }
  return own === RELEASES ? [RELEASES] : [RELEASES, own];
}

/** Adds `keys` to each role (creating it with threshold 1 and paths [""]). */
export function withSigner(targets: Targets, name: string, keys: readonly TufKey[]): Targets {
  const delegationKeys = new Map(targets.delegationKeys);
  for (const key of keys) delegationKeys.set(key.id, key);
  const ids = [...new Set(keys.map((k) => k.id))];
  const delegations = [...targets.delegations];
  for (const role of signerRoles(name)) {
    const i = delegations.findIndex((d) => d.name === role);
    if (i < 0) {
      delegations.push(new DelegatedRole({ name: role, keyids: ids, threshold: 1, paths: [''] }));
    } else {
      const d = delegations[i]!;
      const keyids = [...d.keyids, ...ids.filter((id) => !d.keyids.includes(id))];
      const paths = d.paths.includes('') ? d.paths : [...d.paths, ''];
      delegations[i] = d.with({ keyids, paths });
    }
  }
  return targets.with({ delegationKeys, delegations });
}

/**
 * Removes signer `name`: its own role goes, and its keys leave
 * targets/releases. Keys no role lists any more are dropped.
 */
export function withoutSigner(targets: Targets, name: string): Targets {
  const own = `${TARGETS}/${name}`;
  if (own === RELEASES) {
    throw new DctError('INPUT', '"releases" is reserved and cannot be removed; remove the signers in it by name');
  }
  signerRoles(name);
  const role = targets.delegation(own);
  if (!role) throw new DctError('INPUT', `there is no signer ${JSON.stringify(name)} (no role ${own})`);
  const gone = new Set(role.keyids);
  const delegations = targets.delegations
    .filter((d) => d.name !== own)
    .map((d) => (d.name === RELEASES ? d.with({ keyids: d.keyids.filter((id) => !gone.has(id)) }) : d));
  const used = new Set(delegations.flatMap((d) => d.keyids));
  const delegationKeys = new Map([...targets.delegationKeys].filter(([id]) => used.has(id)));
  return targets.with({ delegationKeys, delegations });
}

/** The repository key's signer as root lists it, or an error saying what key is needed. */
export function targetsSigner(repo: TrustedRepository, repositoryKey: Signer): Signer {
  const id = keyIdFor(repositoryKey, repo.root.signed.roles.targets.keyids, repo.root.signed.keys);
  if (!id) {
    throw new DctError(
      'NOT_SIGNER',
      `the repository key ${repositoryKey.keyId.slice(0, 12)} is not the targets key of ${repo.gun}; ` +
        'use the key `docker trust signer add` created for this repository (~/.docker/trust/private, role: targets)',
    );
  }
  return signingAs(repositoryKey, id);
}

/** Re-signs `targets` with the repository key, bumping version and expiry. */
export async function signTargets(next: Targets, signer: Signer, now: Date, version: number): Promise<UploadFile> {
  const signed = await Metadata.sign(next.with({ version, expires: expiryFrom(now, TARGETS_EXPIRY) }), [signer]);
  return { role: TARGETS, bytes: signed.bytes };
}

export interface InitOptions {
  readonly server: TrustServer;
  readonly gun: string;
  /** Signs root; its public key is a self-signed x509 certificate with CN = GUN. */
  readonly rootSigner: Signer;
  /** The repository (targets) key. */
  readonly targetsSigner: Signer;
  /** A first signer to add, as `docker trust signer add` does on a new repository. */
  readonly signer?: { readonly name: string; readonly keys: readonly TufKey[] };
  readonly now: Date;
}

/**
 * The files that create a repository: root (signed by the root key) and
 * targets (signed by the repository key). Snapshot and timestamp keys are
 * the server's, so the server writes those two roles.
 */
export async function initialFiles(options: InitOptions): Promise<UploadFile[]> {
  const { server, gun, rootSigner, targetsSigner: repoSigner, now } = options;
  // One after the other: notary-server's local signing service (trust_service
  // "local") creates keys in a map without a lock, and two concurrent key
  // requests crash the whole server ("concurrent map writes").
  const timestampKey = await server.getKey(gun, TIMESTAMP);
  const snapshotKey = await server.getKey(gun, SNAPSHOT);
  const rootKey = rootSigner.publicKey;
  const targetsKey = repoSigner.publicKey;
  const keys = new Map<string, TufKey>([
    [rootKey.id, rootKey],
    [targetsKey.id, targetsKey],
    [snapshotKey.id, snapshotKey],
    [timestampKey.id, timestampKey],
  ]);
  const role = (key: TufKey) => new RootRole({ keyids: [key.id], threshold: 1 });
  const root = new Root({
    version: 1,
    expires: expiryFrom(now, ROOT_EXPIRY),
    keys,
    roles: { [ROOT]: role(rootKey), [TARGETS]: role(targetsKey), [SNAPSHOT]: role(snapshotKey), [TIMESTAMP]: role(timestampKey) },
    consistentSnapshot: false,
  });
  let targets = Targets.empty({ version: 1, expires: expiryFrom(now, TARGETS_EXPIRY) });
  if (options.signer) targets = withSigner(targets, options.signer.name, options.signer.keys);
  const [rootMeta, targetsMeta] = await Promise.all([
    Metadata.sign(root, [signingAs(rootSigner, rootKey.id)]),
    Metadata.sign(targets, [signingAs(repoSigner, targetsKey.id)]),
  ]);
  return [
    { role: ROOT, bytes: rootMeta.bytes },
    { role: TARGETS, bytes: targetsMeta.bytes },
  ];
}
