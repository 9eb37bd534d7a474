// Text we print that may carry strings from a registry or trust server (tag
// names, error bodies). The runner treats a line starting with `::` or `##[`
// as a workflow command, so such text is printed with command processing
// stopped around it, as GitHub's docs advise for untrusted output.

import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';

const COMMAND_LIKE = /(^|\n)\s*(::|##\[)/;

export function infoPlain(text: string): void {
  if (!COMMAND_LIKE.test(text)) {
    core.info(text);
    return;
  }
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(text);
  core.info(`::${token}::`);
}
