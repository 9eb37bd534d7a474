// Changes to a verified repository, each turned into the signed files to
// upload. Pure apart from signing: a change can be re-applied to fresh trust
// data when a concurrent publish wins the race.

import { DctError } from '../errors.ts';
import type { Signer } from '../keys/types.ts';
import { FileMeta } from '../tuf/file-meta.ts';
import { Metadata } from '../tuf/metadata.ts';
import { TARGETS } from '../tuf/role.ts';
import type { TargetEdits } from '../tuf/target-table.ts';
import { Targets } from '../tuf/targets.ts';
import { expiryFrom, YEAR } from '../tuf/time.ts';
import type { TrustedRepository } from '../tuf/trusted-repository.ts';
import { rebuiltRole, type RebuiltRole } from './rekeyed-roles.ts';
import { signableRolesOf, type SignableRole } from './signable-roles.ts';

/** notary.NotaryTargetsExpiry, for targets and delegations alike. */
export const TARGETS_EXPIRY = 3 * YEAR;

export interface UploadFile {
  readonly role: string;
  readonly bytes: Uint8Array;
}

/** A tag to sign: the manifest's sha256 digest and its length in bytes. */
export interface TargetSpec {
  readonly name: string;
  /** Hex sha256 of the manifest (the part after `sha256:`). */
  readonly sha256: string;
  readonly length: number;
}

export interface ChangeResult {
  readonly files: readonly UploadFile[];
  /** For each target name, the roles it was written into or removed from. */
  readonly roles: ReadonlyMap<string, readonly string[]>;
  /** Roles re-signed because their parent re-keyed them, with the tags they lost (see rekeyed-roles.ts). */
  readonly rebuilt: readonly RebuiltRole[];
  /** addTargets: the targets every role already listed with the same digest and length, so none was changed for them. */
  readonly unchanged?: ReadonlySet<string>;
}

/** One change to one target of a role's table; true when it changed something. */
type Edit = (targets: TargetEdits, name: string) => boolean;

/**
 * The current content of a targets role (an empty one when not yet
 * published; rebuilt when its parent re-keyed it), and whether its file has
 * expired and so needs re-signing.
 */
async function currentTargets(
  repo: TrustedRepository,
  role: string,
  now: Date,
): Promise<{ current: Targets; expired: boolean; rebuilt?: RebuiltRole }> {
  if (role === TARGETS) return { current: repo.targets.signed, expired: false };
  const loaded = await repo.delegation(role);
  if (loaded?.rekeyed) {
    const rebuilt = await rebuiltRole(repo, { ...loaded, rekeyed: loaded.rekeyed });
    return { current: rebuilt.current, expired: true, rebuilt };
  }
  return {
    current: loaded?.metadata?.signed ?? Targets.empty({ version: 0, expires: now }),
    expired: loaded?.expired ?? false,
  };
}

/** Applies the edit to each role's names and signs each role that changed, bumping version and expiry. */
async function editRoles(
  repo: TrustedRepository,
  edits: ReadonlyMap<string, { signer: Signer; names: string[] }>,
  edit: Edit,
  now: Date,
): Promise<{ files: UploadFile[]; rebuilt: RebuiltRole[] }> {
  const files: UploadFile[] = [];
  const rebuilt: RebuiltRole[] = [];
  for (const [role, { signer, names }] of edits) {
    const { current, expired, rebuilt: fromServed } = await currentTargets(repo, role, now);
    if (fromServed) rebuilt.push(fromServed);
    const targets = current.targets.edit();
    let changed = expired;
    for (const name of names) changed = edit(targets, name) || changed;
    if (!changed) continue;
    const next = current.with({ targets: targets.table(), version: current.version + 1, expires: expiryFrom(now, TARGETS_EXPIRY) });
    const signed = await Metadata.sign(next, [signer]);
    files.push({ role, bytes: signed.bytes });
  }
  return { files, rebuilt };
}

function notSignerError(repo: TrustedRepository, signers: readonly Signer[], target: string): DctError {
  const ids = signers.map((s) => s.keyId.slice(0, 12)).join(', ');
  return new DctError(
    'NOT_SIGNER',
    `key ${ids} may not sign ${target} in ${repo.gun}: it is in no delegation role (targets/releases or ` +
      'targets/<name>) whose paths admit the tag. Add it once with `dct-sign signer-add` (or `docker trust signer add`).',
  );
}

function plan(
  repo: TrustedRepository,
  signers: readonly Signer[],
  names: readonly string[],
  only?: readonly string[],
): { edits: Map<string, { signer: Signer; names: string[] }>; roles: Map<string, string[]> } {
  const edits = new Map<string, { signer: Signer; names: string[] }>();
  const roles = new Map<string, string[]>();
  const signableFor = signableRolesOf(repo, signers);
  for (const name of names) {
    const signable: SignableRole[] = signableFor(name).filter((r) => !only || only.includes(r.name));
    if (signable.length === 0) throw notSignerError(repo, signers, name);
    roles.set(name, signable.map((r) => r.name));
    for (const role of signable) {
      const entry = edits.get(role.name) ?? { signer: role.signer, names: [] };
      entry.names.push(name);
      edits.set(role.name, entry);
    }
  }
  return { edits, roles };
}

/** Adds or replaces targets in every role the signers can sign (of `only`, when given). */
export async function addTargets(
  repo: TrustedRepository,
  signers: readonly Signer[],
  specs: readonly TargetSpec[],
  now: Date,
  only?: readonly string[],
): Promise<ChangeResult> {
  // One FileMeta per tag, shared by every role it goes into.
  const metas = new Map(specs.map((s) => [s.name, { spec: s, meta: new FileMeta({ length: s.length, hashes: { sha256: Buffer.from(s.sha256, 'hex') } }) }]));
  const { edits, roles } = plan(repo, signers, [...metas.keys()], only);
  const changed = new Set<string>();
  const add: Edit = (targets, name) => {
    const { spec, meta } = metas.get(name)!;
    const old = targets.get(name);
    if (old && old.length === meta.length && old.sha256Hex === spec.sha256 && Object.keys(old.hashes).length === 1) {
      return false;
    }
    targets.set(name, meta);
    changed.add(name);
    return true;
  };
  const edited = await editRoles(repo, edits, add, now);
  return { ...edited, roles, unchanged: new Set([...metas.keys()].filter((name) => !changed.has(name))) };
}

/** Removes targets from every role the signers can sign, as `docker trust revoke` does. */
export async function removeTargets(
  repo: TrustedRepository,
  signers: readonly Signer[],
  names: readonly string[],
  now: Date,
): Promise<ChangeResult> {
  const { edits, roles } = plan(repo, signers, names);
  return { ...(await editRoles(repo, edits, (targets, name) => targets.delete(name), now)), roles };
}
