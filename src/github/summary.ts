// The job summary: a command's summary (what was signed, verified, revoked,
// ...) as one HTML table under a heading, so that a run's page shows it.
// Writes nothing where the runner gave no summary file (e.g. run by hand).

import * as core from '@actions/core';
import type { Summary, SummaryCell } from '../commands/spec.ts';

const HEADING = 'Docker Content Trust';

/** core.summary puts cell text into HTML as is. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An empty cell: core.summary writes an empty one as an unclosed tag. */
const NONE = '—';

function cell(value: SummaryCell): string {
  if (typeof value !== 'string') return `<code>${escapeHtml(value.code)}</code>`;
  return value === '' ? NONE : escapeHtml(value);
}

export async function writeSummary(summary: Summary): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const head = summary.header.map((data) => ({ data, header: true }));
  let out = core.summary.addHeading(HEADING, 3).addRaw(escapeHtml(summary.intro), true);
  if (summary.rows.length > 0) out = out.addTable([head, ...summary.rows.map((row) => row.map(cell))]);
  for (const note of summary.notes ?? []) out = out.addRaw(`<p>${escapeHtml(note)}</p>`, true);
  await out.write();
}
