// The job summary: one table per run, so that a run's page shows what was
// signed, verified, inspected, revoked, or which signers changed. Writes
// nothing where the runner gave no summary file (e.g. run by hand).

import * as core from '@actions/core';
import type { InspectResult } from '../operations/inspect.ts';
import type { RevokeResult } from '../operations/revoke.ts';
import type { SignResult } from '../operations/sign.ts';
import type { SignerAddResult } from '../operations/signer-add.ts';
import type { SignerRemoveResult } from '../operations/signer-remove.ts';
import type { VerifyResult } from '../operations/verify.ts';

const HEADING = 'Docker Content Trust';

/** core.summary puts cell text into HTML as is. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const shortIds = (ids: readonly string[]) => ids.map((id) => id.slice(0, 12)).join(', ');

/** An empty cell: core.summary writes an empty one as an unclosed tag. */
const NONE = '—';

/** Cells are HTML already (escaped or built with code()). */
async function writeTable(intro: string, header: readonly string[], rows: readonly (readonly string[])[]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const head = header.map((data) => ({ data, header: true }));
  let summary = core.summary.addHeading(HEADING, 3).addRaw(escapeHtml(intro), true);
  if (rows.length > 0) summary = summary.addTable([head, ...rows.map((row) => row.map((cell) => cell || NONE))]);
  await summary.write();
}

export function signerOf(result: SignResult): string {
  const id = result.signerKeyId.slice(0, 12);
  return result.signerName ? `${result.signerName} (${id})` : id;
}

export async function writeSignSummary(result: SignResult): Promise<void> {
  await writeTable(
    `Signed ${plural(result.signed.length, 'tag')}.`,
    ['Reference', 'Digest', 'Roles', 'Signer', 'Trust server'],
    result.signed.map((s) => [
      code(s.reference),
      code(s.digest),
      escapeHtml(s.roles.join(', ')),
      escapeHtml(signerOf(result)),
      escapeHtml(s.trustServer),
    ]),
  );
}

export async function writeVerifySummary(result: VerifyResult): Promise<void> {
  const passed = result.references.filter((r) => r.ok).length;
  await writeTable(
    `Verified ${passed} of ${plural(result.references.length, 'reference')}.`,
    ['Reference', 'Result', 'Signers', 'Pinned reference', 'Details'],
    result.references.map((r) => [
      code(r.reference),
      r.ok ? '✅ verified' : `❌ ${escapeHtml(r.reason ?? 'failed')}`,
      escapeHtml(r.signers.join(', ')),
      r.ok && r.pinned ? code(r.pinned) : '',
      r.ok ? '' : escapeHtml(r.message),
    ]),
  );
}

export async function writeInspectSummary(result: InspectResult): Promise<void> {
  const rows = result.repositories.flatMap((repo) =>
    repo.SignedTags.map((t) => [code(repo.Name), escapeHtml(t.SignedTag), code(t.Digest), escapeHtml(t.Signers.join(', '))]),
  );
  const unsigned = result.repositories.filter((r) => r.SignedTags.length === 0).map((r) => r.Name);
  await writeTable(
    `${plural(rows.length, 'signed tag')}` + (unsigned.length > 0 ? `; no signatures for ${unsigned.join(', ')}.` : '.'),
    ['Reference', 'Signed tag', 'Digest', 'Signers'],
    rows,
  );
}

export async function writeRevokeSummary(result: RevokeResult): Promise<void> {
  await writeTable(
    `Revoked ${plural(result.revoked.length, 'tag')} with key ${result.signerKeyId.slice(0, 12)}.`,
    ['Reference', 'Tag', 'Removed from'],
    result.revoked.map((r) => [code(r.reference), escapeHtml(r.tag), escapeHtml(r.roles.join(', '))]),
  );
}

export async function writeSignerAddSummary(result: SignerAddResult): Promise<void> {
  await writeTable(
    `Signer ${result.name} with ${plural(result.keyIds.length, 'key')}: ${shortIds(result.keyIds)}.`,
    ['Repository', 'Signer', 'Change', 'Trust server'],
    result.repositories.map((r) => [
      code(r.gun),
      escapeHtml(result.name),
      r.initialized ? 'added; repository initialized' : r.changed ? 'added' : 'already a signer with these keys',
      escapeHtml(r.trustServer),
    ]),
  );
}

export async function writeSignerRemoveSummary(result: SignerRemoveResult): Promise<void> {
  await writeTable(
    `Removed signer ${result.name}.`,
    ['Repository', 'Signer', 'Keys removed', 'Note'],
    result.repositories.map((r) => [
      code(r.gun),
      escapeHtml(result.name),
      escapeHtml(shortIds(r.removedKeyIds)),
      r.releasesInvalidated ? 'targets/releases no longer verifies until another signer signs' : '',
    ]),
  );
}
