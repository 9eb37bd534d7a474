// The job summary: one table row per signed reference, so that a run's page
// shows what was signed, into which roles, by whom and where.

import * as core from '@actions/core';
import type { SignResult } from '../operations/sign.ts';

/** core.summary puts cell text into HTML as is. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

export function signerOf(result: SignResult): string {
  const id = result.signerKeyId.slice(0, 12);
  return result.signerName ? `${result.signerName} (${id})` : id;
}

/** Writes the summary; does nothing where the runner gave no summary file (e.g. run by hand). */
export async function writeSummary(result: SignResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const header = ['Reference', 'Digest', 'Roles', 'Signer', 'Trust server'].map((data) => ({ data, header: true }));
  const rows = result.signed.map((s) => [
    code(s.reference),
    code(s.digest),
    escapeHtml(s.roles.join(', ')),
    escapeHtml(signerOf(result)),
    escapeHtml(s.trustServer),
  ]);
  await core.summary
    .addHeading('Docker Content Trust', 3)
    .addRaw(`Signed ${result.signed.length} tag${result.signed.length === 1 ? '' : 's'}.`, true)
    .addTable([header, ...rows])
    .write();
}
