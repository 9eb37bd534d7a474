// The run's summary tab. A command's summary, as markdown, is written as a
// file in the agent's temp directory for `##vso[task.uploadsummary]`; the
// agent reads it after the task, so the file stays (the agent empties its
// temp directory after the job).

import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tl from 'azure-pipelines-task-lib';
import type { Summary, SummaryCell } from '../commands/spec.ts';

/** Text for a markdown table cell: pipes escaped, on one line. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function markdownCell(value: SummaryCell): string {
  return typeof value === 'string' ? cell(value) : `\`${cell(value.code)}\``;
}

export function summaryMarkdown(summary: Summary): string {
  const { header, rows } = summary;
  const table =
    rows.length === 0
      ? []
      : ['', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(markdownCell).join(' | ')} |`)];
  const notes = (summary.notes ?? []).flatMap((n) => ['', n]);
  return [summary.intro, ...table, ...notes].join('\n');
}

/** Writes `markdown` under `parent` and has the agent attach it to the run. */
export async function uploadSummary(markdown: string, parent: string): Promise<void> {
  const dir = await mkdtemp(join(parent, 'dct-sign-summary-'));
  // The agent titles the summary section after the file name.
  const file = join(dir, 'Docker Content Trust.md');
  await writeFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  tl.uploadSummary(file);
}
