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
import { parseReference, type ImageReference } from '../registry/reference.ts';
import { removeTargets } from '../trust/changes.ts';
import { publishChange } from '../trust/publisher.ts';
import { warnRebuilt } from '../trust/rekeyed-roles.ts';
import { signerRoles } from '../trust/repository-admin.ts';
import { signableRoles } from '../trust/signable-roles.ts';
import { TARGETS } from '../tuf/role.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import { byRepository, checkCredentialInputs, Connections, trustPinOf, type ConnectionOptions } from './connections.ts';
import { readTrustTree } from './inspect-read.ts';
import { getTargetByName, isReleasedRole, listTargets, RELEASED_ROLES } from '../trust/target-walk.ts';
import type { KeyInput } from './inputs.ts';
import { loadKeyInput } from './key-inputs.ts';

export interface RevokeOptions extends ConnectionOptions {
  /** `tags`: `registry/repository:tag`, or `registry/repository` for every tag (with `all`). */
  readonly references: readonly string[];
  readonly signerKey: KeyInput;
  /** The signer's name, for messages; defaults to the key's `role:` header. */
  readonly signerName?: string | undefined;
  /** Confirms that references without a tag revoke every signed tag of their repository. */
  readonly all?: boolean;
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
  readonly ref: ImageReference;
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

/** The roles listing `tag` among those `signer` can sign. */
async function rolesListing(repo: TrustedRepository, signer: Signer, tag: string): Promise<string[]> {
  const out: string[] = [];
  for (const role of signableRoles(repo, [signer], tag)) {
    const targets = role.name === TARGETS ? repo.targets.signed : (await repo.delegation(role.name))?.metadata?.signed;
    if (targets?.targets.has(tag)) out.push(role.name);
  }
  return out;
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

export async function revoke(options: RevokeOptions): Promise<RevokeResult> {
  const logger = options.logger;
  if (options.references.length === 0) {
    throw new InputError('tags', 'no image reference given; list registry/repository:tag references');
  }
  const refs = options.references.map((text) => {
    const ref = parseReference(text, 'tags');
    if (ref.digest !== undefined) {
      throw new InputError('tags', `${ref.original}: a digest reference cannot be revoked; give registry/repository:tag`);
    }
    if (ref.tag === undefined && options.all !== true) {
      throw new InputError(
        'all',
        `${ref.original} names no tag: give registry/repository:tag, or confirm that every signed tag of ${ref.gun} is to be revoked`,
      );
    }
    return ref;
  });
  const key = loadKeyInput(options.signerKey);
  const signer = key.signer;
  const label = signerLabel(signer, signerNameOf(options, key.role));
  checkCredentialInputs(options, refs);
  const pin = trustPinOf(options);
  const connections = new Connections(options, 'write');

  try {
    // 1. Read every repository and check every tag before publishing anything.
    const plans = await Promise.all(
      [...byRepository(refs).values()].map(async (group): Promise<Plan> => {
        const first = group[0]!;
        const { repo } = await readTrustTree({
          server: await connections.trustServer(first),
          gun: first.gun,
          logger,
          trustState: connections.trust,
          acceptRekeyedDelegations: true,
          ...(pin ? { pin } : {}),
        });
        if (!repo) {
          throw new DctError(
            'NO_TRUST_DATA',
            `${first.original}: ${first.gun} has no trust data at ${connections.trustServerUrl(first)}; nothing to revoke`,
          );
        }
        const tags = new Map<string, string>();
        for (const ref of group) {
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
        for (const [tag, reference] of tags) {
          checkTag(repo, signer, label, reference, tag);
          // Loads each role to change now: one that expired or fails to verify fails here, before any publish.
          await rolesListing(repo, signer, tag);
        }
        return { ref: first, repo, tags };
      }),
    );

    // 2. One update per repository.
    const revoked: RevokedTag[] = [];
    for (const plan of plans) {
      const { ref, tags } = plan;
      const names = [...tags.keys()];
      logger?.info(`Revoking ${names.join(', ')} in ${ref.gun}`);
      const published = await publishChange(
        {
          server: await connections.trustServer(ref),
          gun: ref.gun,
          delegations: [],
          initial: plan.repo,
          trustState: connections.trust,
          acceptRekeyedDelegations: true,
          ...(pin ? { pin } : {}),
          ...(logger ? { logger } : {}),
        },
        async (current, now) => {
          if (!current) throw new DctError('NO_TRUST_DATA', `${ref.gun} lost its trust data while revoking`);
          const removed = new Map<string, string[]>();
          for (const name of names) removed.set(name, await rolesListing(current, signer, name));
          const change = await removeTargets(current, [signer], names, now);
          return { files: change.files, result: { removed, rebuilt: change.rebuilt } };
        },
      );
      warnRebuilt(logger, ref.gun, published.result.rebuilt);
      for (const [tag, reference] of tags) {
        revoked.push({ reference, tag, gun: ref.gun, roles: published.result.removed.get(tag) ?? [] });
      }
    }
    // In the order the references were given.
    const order = new Map(refs.map((r, i) => [r.original, i]));
    revoked.sort((a, b) => order.get(a.reference)! - order.get(b.reference)!);
    return await connections.trust.saveWith({ revoked, signerKeyId: signer.keyId });
  } finally {
    await connections.close();
  }
}
