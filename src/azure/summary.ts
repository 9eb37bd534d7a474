// The run's summary tab. A command's markdown is written as a file in the
// agent's temp directory for `##vso[task.uploadsummary]`; the agent reads it
// after the task, so the file stays (the agent empties its temp directory
// after the job).

import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tl from 'azure-pipelines-task-lib';

/** Text for a markdown table cell: pipes escaped, on one line. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** `code` in a table cell. */
export function code(text: string): string {
  return `\`${cell(text)}\``;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** Writes `markdown` under `parent` and has the agent attach it to the run. */
export async function uploadSummary(markdown: string, parent: string): Promise<void> {
  const dir = await mkdtemp(join(parent, 'dct-sign-summary-'));
  // The agent titles the summary section after the file name.
  const file = join(dir, 'Docker Content Trust.md');
  await writeFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  tl.uploadSummary(file);
}
