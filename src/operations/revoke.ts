// The revoke operation: `docker trust revoke`. A tag is removed from every
// role the signer key can sign (docker's GetSignableRoles: direct children
// of targets that list the key and whose paths admit the tag, or targets
// itself when there are no delegations). A reference without a tag removes
// every tag docker's ListTargets(targets/releases, targets) finds, which
// docker asks to confirm; here `all` must be set.
//
// As docker, a tag must be found first (GetTargetByName(tag,
// targets/releases, targets)). Unlike docker, which reports success
// regardless, a revoke that would leave the tag released (still pulled with
// content trust, through a role the key cannot sign) is refused. Every
// check runs for every repository before the first update is published,
// then each repository gets one update.

import { DctError, InputError } from '../errors.ts';
import type { Signer } from '../keys/types.ts';
import type { ImageReference } from '../registry/reference.ts';
import { signerRoles } from '../trust/repository-admin.ts';
import { signableRoles } from '../trust/signable-roles.ts';
import { removeTargetsFromRepository, rolesListing } from '../trust/updates.ts';
import { TARGETS } from '../tuf/role.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import type { ConnectionOptions } from './connections.ts';
import { openRepositories, type OpenRepository, type RepositoryContext } from './repository-context.ts';
import { noTrustDataError } from './no-trust-data.ts';
import { getTargetByName, isReleasedRole, listTargets, RELEASED_ROLES } from '../trust/target-walk.ts';
import type { LoadedPrivateKey } from '../keys/index.ts';

export interface RevokeOptions extends ConnectionOptions {
  /** `tags`: `registry/repository:tag`, or `registry/repository` for every signed tag (the command layer asks `all` to confirm it). */
  readonly references: readonly ImageReference[];
  readonly signerKey: LoadedPrivateKey;
  /** The signer's name, for messages; defaults to the key's `role:` header. */
  readonly signerName?: string | undefined;
}

export interface RevokedTag {
  /** The reference as given. */
  readonly reference: string;
  readonly tag: string;
  readonly gun: string;
  /** Roles the tag was removed from. */
  readonly roles: readonly string[];
}

export interface RevokeResult {
  readonly revoked: readonly RevokedTag[];
  readonly signerKeyId: string;
}

interface Plan {
  readonly open: OpenRepository;
  readonly repo: TrustedRepository;
  /** Tags to remove, each with the reference it came from. */
  readonly tags: Map<string, string>;
}

function signerLabel(signer: Signer, name: string | undefined): string {
  return `${name ? `signer ${name} (key ${signer.keyId.slice(0, 12)})` : `key ${signer.keyId.slice(0, 12)}`}`;
}

function signerNameOf(options: RevokeOptions, role: string | undefined): string | undefined {
  const name = options.signerName?.trim() || role;
  if (!name || name === TARGETS || name === 'root') return undefined;
  try {
    signerRoles(name);
  } catch (err) {
    throw new InputError('signer-name', (err as Error).message, { cause: err });
  }
  return name;
}

/** Every check docker makes, plus that the tag stops being released; throws naming the reference. */
function checkTag(repo: TrustedRepository, signer: Signer, label: string, reference: string, tag: string): void {
  const roles = signableRoles(repo, [signer], tag).map((r) => r.name);
  if (roles.length === 0) {
    throw new DctError(
      'NOT_SIGNER',
      `${reference}: ${label} may not sign ${tag} in ${repo.gun}: it is in no delegation role (targets/releases or ` +
        'targets/<name>) whose paths admit the tag; revoke with the key of a signer of the repository',
    );
  }
  const left = getTargetByName(repo, tag, RELEASED_ROLES, (role) => roles.includes(role));
  if (left && isReleasedRole(left.role)) {
    throw new DctError(
      'NOT_SIGNER',
      `${reference}: ${tag} would stay signed in ${left.role}, which ${label} may not sign; ` +
        `revoke it with a key of ${left.role} (for targets, the repository key)`,
    );
  }
}

/** The tags the references of one repository name, each with the reference it came from. */
function tagsToRevoke(repo: TrustedRepository, refs: readonly ImageReference[]): Map<string, string> {
  const tags = new Map<string, string>();
  for (const ref of refs) {
    if (ref.tag !== undefined) {
      if (!getTargetByName(repo, ref.tag, RELEASED_ROLES)) {
        throw new DctError('NOT_FOUND', `${ref.original}: ${ref.tag} is not signed in ${ref.gun}; nothing to revoke`);
      }
      if (!tags.has(ref.tag)) tags.set(ref.tag, ref.original);
      continue;
    }
    const all = listTargets(repo, RELEASED_ROLES);
    if (all.length === 0) throw new DctError('NOT_FOUND', `${ref.original}: ${ref.gun} has no signed tags to revoke`);
    for (const t of all) if (!tags.has(t.name)) tags.set(t.name, ref.original);
  }
  return tags;
}

/** Reads one repository and checks every tag to revoke from it, before anything is published. */
async function planRevoke(context: RepositoryContext, open: OpenRepository, signer: Signer, label: string): Promise<Plan> {
  const { repo } = await context.readTree(open, { acceptRekeyedDelegations: true });
  if (!repo) {
    throw await noTrustDataError(context, open, `${open.reference}: ${open.gun} has no trust data at ${open.trustServer}; nothing to revoke`);
  }
  const tags = tagsToRevoke(repo, open.refs);
  for (const [tag, reference] of tags) {
    checkTag(repo, signer, label, reference, tag);
    // Loads each role to change now: one that expired or fails to verify fails here, before any publish.
    await rolesListing(repo, [signer], tag);
  }
  return { open, repo, tags };
}

/** One update for one repository. */
async function publishRevoke(context: RepositoryContext, plan: Plan, signer: Signer): Promise<RevokedTag[]> {
  const { open, tags } = plan;
  const names = [...tags.keys()];
  context.logger.info(`Revoking ${names.join(', ')} in ${open.gun}`);
  const published = await removeTargetsFromRepository({ ...context.publishing(open), signers: [signer], names, initial: plan.repo });
  return [...tags].map(([tag, reference]) => ({ reference, tag, gun: open.gun, roles: published.result.get(tag) ?? [] }));
}

export async function revoke(options: RevokeOptions): Promise<RevokeResult> {
  const refs = options.references;
  const key = options.signerKey;
  const signer = key.signer;
  const label = signerLabel(signer, signerNameOf(options, key.role));
  return openRepositories(options, refs, { access: 'write' }, async (context) => {
    // Every repository is read and every tag checked before the first publish.
    const plans = await Promise.all(context.repositories.map((open) => planRevoke(context, open, signer, label)));
    const revoked: RevokedTag[] = [];
    for (const plan of plans) revoked.push(...(await publishRevoke(context, plan, signer)));
    // In the order the references were given.
    const order = new Map(refs.map((r, i) => [r.original, i]));
    revoked.sort((a, b) => order.get(a.reference)! - order.get(b.reference)!);
    return { revoked, signerKeyId: signer.keyId };
  });
}
