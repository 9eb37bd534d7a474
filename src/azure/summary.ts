// The run's summary tab: what was signed, by which key, where. Written as a
// markdown file in the agent's temp directory for `##vso[task.uploadsummary]`;
// the agent reads it after the task, so the file stays (the agent empties its
// temp directory after the job).

import { mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SignResult } from '../operations/sign.ts';

export function summaryMarkdown(result: SignResult): string {
  const signer = result.signerName ? `signer \`${result.signerName}\`, key` : 'key';
  const servers = [...new Set(result.signed.map((s) => s.trustServer))].join(', ');
  const lines = [
    `Signed ${result.signed.length} tag${result.signed.length === 1 ? '' : 's'} with ${signer} \`${result.signerKeyId}\` in ${servers}.`,
    '',
    '| Image | Digest | Size | Roles |',
    '| --- | --- | ---: | --- |',
    ...result.signed.map((s) => `| \`${s.reference}\` | \`${s.digest}\` | ${s.size} | ${s.roles.join(', ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Writes the summary under `parent`; returns the file to upload. */
export async function writeSummary(result: SignResult, parent: string): Promise<string> {
  const dir = await mkdtemp(join(parent, 'dct-sign-summary-'));
  // The agent titles the summary section after the file name.
  const file = join(dir, 'Docker Content Trust.md');
  await writeFile(file, summaryMarkdown(result));
  return file;
}
