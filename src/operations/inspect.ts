// The inspect operation: what `docker trust inspect` shows for each image
// reference, from verified trust data, with docker's rules:
//
// - Signed tags are the (tag, sha256) pairs listed by `targets` or
//   `targets/releases` ("released"); a tag only in other delegations is not
//   shown. A row's signers are the other roles listing the same pair, named
//   without `targets/`, in walk order; a row with none shows "Repo Admin".
//   Rows are in natural order of the tag. With a tag, only roles whose paths
//   admit it are walked; without one (or with a digest) every target is.
// - Signers are the delegations every visited role declares, except
//   targets/releases, each with its canonical key IDs (x509 keys by their
//   public key), sorted by name in descending byte order.
// - Administrative keys are root's and targets' key IDs exactly as root.json
//   lists them (the root certificate's ID, not the canonical one): "Root",
//   then "Repository".
// - Go's `omitempty`: a signer without keys has no `Keys` field.
// - As notary, a delegation that expired or lacks signatures is left out
//   (with a warning), not fatal.

import { DctError } from '../errors.ts';
import type { ImageReference } from '../registry/reference.ts';
import { ROOT, TARGETS, RELEASES } from '../tuf/role.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import type { ConnectionOptions } from './connections.ts';
import { openRepositories, type OpenRepository, type RepositoryContext } from './repository-context.ts';
import { byteCompare, naturalCompare, REPO_ADMIN } from './sort-order.ts';
import { allTargetsByName, delegationRoles, isReleasedRole, signerNameOfRole, targetSha256 } from '../trust/target-walk.ts';


export interface InspectOptions extends ConnectionOptions {
  /** `tags`: image names, each with or without a tag: `registry/repository[:tag]`. */
  readonly references: readonly ImageReference[];
  /** The time expiry is checked against (default: now). */
  readonly now?: Date;
}

/** One key, as docker's trustKey. */
export interface TrustKeyInfo {
  readonly ID: string;
}

/** A signer or administrative role and its keys, as docker's trustSigner. */
export interface TrustSignerInfo {
  readonly Name: string;
  /** Absent when the role has no keys (Go's omitempty). */
  readonly Keys?: readonly TrustKeyInfo[];
}

export interface AdministrativeKeys extends TrustSignerInfo {
  readonly Name: 'Root' | 'Repository';
}

/** One signed tag, as docker's trustTagRow. */
export interface SignedTagRow {
  readonly SignedTag: string;
  /** Hex sha256 of the manifest, without `sha256:`. */
  readonly Digest: string;
  readonly Signers: readonly string[];
}

/** One reference's trust information, field for field docker's JSON. */
export interface RepositoryTrust {
  /** The reference as given. */
  readonly Name: string;
  readonly SignedTags: readonly SignedTagRow[];
  readonly Signers: readonly TrustSignerInfo[];
  readonly AdministrativeKeys: readonly AdministrativeKeys[];
}

export interface InspectResult {
  /** In the order the references were given. */
  readonly repositories: readonly RepositoryTrust[];
}

function keys(ids: readonly string[]): { Keys?: TrustKeyInfo[] } {
  return ids.length > 0 ? { Keys: ids.map((ID) => ({ ID })) } : {};
}

/** docker's matchReleasedSignatures over GetAllTargetMetadataByName(tag). */
export function signedTagRows(repo: TrustedRepository, tag: string | undefined): SignedTagRow[] {
  const found = allTargetsByName(repo, tag ?? '');
  const rows = new Map<string, { tag: string; digest: string; signers: string[] }>();
  const key = (name: string, digest: string) => JSON.stringify([name, digest]);
  for (const t of found) {
    if (!isReleasedRole(t.role)) continue;
    const digest = targetSha256(t.meta);
    rows.set(key(t.name, digest), { tag: t.name, digest, signers: [] });
  }
  for (const t of found) {
    const row = rows.get(key(t.name, targetSha256(t.meta)));
    if (row && !isReleasedRole(t.role)) row.signers.push(signerNameOfRole(t.role));
  }
  // docker's sort is not stable; rows for one tag with two digests are put in digest order here.
  return [...rows.values()]
    .sort((a, b) => naturalCompare(a.tag, b.tag) || byteCompare(a.digest, b.digest))
    .map((r) => ({ SignedTag: r.tag, Digest: r.digest, Signers: r.signers.length > 0 ? r.signers : [REPO_ADMIN] }));
}

/** docker's getDelegationRoleToKeyMap, as its sorted signer list. */
export function signerList(repo: TrustedRepository): TrustSignerInfo[] {
  const byName = new Map<string, readonly string[]>();
  for (const role of delegationRoles(repo) ?? []) {
    if (role.name === RELEASES || role.name === TARGETS || role.name === ROOT) continue;
    byName.set(signerNameOfRole(role.name), role.keyIds);
  }
  return [...byName]
    .sort(([a], [b]) => byteCompare(b, a))
    .map(([Name, ids]) => ({ Name, ...keys(ids) }));
}

export function administrativeKeys(repo: TrustedRepository): AdministrativeKeys[] {
  const roles = repo.root.signed.roles;
  return [
    { Name: 'Root', ...keys(roles.root.keyids) },
    { Name: 'Repository', ...keys(roles.targets.keyids) },
  ];
}

/** One reference's row set from its repository's trust data. */
export function repositoryTrust(name: string, repo: TrustedRepository, tag: string | undefined): RepositoryTrust {
  return {
    Name: name,
    SignedTags: signedTagRows(repo, tag),
    Signers: signerList(repo),
    AdministrativeKeys: administrativeKeys(repo),
  };
}

/** One repository's verified trust tree; a repository without trust data is an error here. */
async function readInspected(context: RepositoryContext, open: OpenRepository, now: Date | undefined): Promise<TrustedRepository> {
  const { repo } = await context.readTree(open, { now });
  if (!repo) {
    throw new DctError(
      'NO_TRUST_DATA',
      `no signatures or cannot access ${open.reference}: ${open.gun} has no trust data at ${open.trustServer}`,
    );
  }
  return repo;
}

export async function inspect(options: InspectOptions): Promise<InspectResult> {
  const refs = options.references;
  return openRepositories(options, refs, { access: 'read' }, async (context) => {
    const repos = new Map<string, TrustedRepository>();
    await Promise.all(context.repositories.map(async (open) => repos.set(open.gun, await readInspected(context, open, options.now))));
    // docker ignores the tag of a reference that also pins a digest, and shows every tag.
    const repositories = refs.map((ref) =>
      repositoryTrust(ref.original, repos.get(ref.gun)!, ref.digest ? undefined : ref.tag),
    );
    return { repositories };
  });
}
