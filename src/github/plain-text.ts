// Text we print that may carry strings from a registry or trust server (tag
// names, error bodies), and the output of the commands we run (docker push,
// whose registry's error text is not ours). The runner treats a line starting
// with `::` or `##[` as a workflow command, and a line ends at `\n` or at a
// lone `\r`, so such text is printed with command processing stopped around
// it, as GitHub's docs advise for untrusted output.

import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import * as core from '@actions/core';

/** A line, after any of `\r`, `\n` or `\r\n`, that starts (after blanks) like a command. */
const COMMAND_LIKE = /(^|[\r\n])\s*(::|##\[)/;

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

/** Whether the last thing written to stdout ended its line, so that a command written next starts one. */
let atLineStart = true;

/** Where a child's output goes: our stdout, remembering whether the child's last line was left open. */
const childStdout = new Writable({
  write(chunk: Buffer | string, _encoding, done) {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('latin1');
    if (text.length > 0) atLineStart = /[\r\n]$/.test(text);
    process.stdout.write(chunk);
    done();
  },
});

/** The token that resumes command processing, how many children still print under it, and commands held back meanwhile. */
let stopped: { readonly token: string; users: number; readonly held: (() => void)[] } | undefined;

/**
 * Issues a workflow command of ours (`::add-mask::` from core.setSecret) now,
 * or right after command processing resumes: while it is stopped, the runner
 * would show the command instead of running it.
 */
export function whenCommandsRun(command: () => void): void {
  if (stopped) stopped.held.push(command);
  else command();
}

/**
 * Runs `work` (a child whose output streams as it comes, unseen before) with
 * the runner's command processing stopped, handing it the stream to write
 * that output to. Children running at once share one stop.
 */
export async function whileCommandsStopped<T>(work: (stdout: Writable) => Promise<T>): Promise<T> {
  if (stopped) stopped.users++;
  else {
    stopped = { token: randomUUID(), users: 1, held: [] };
    core.info(`::stop-commands::${stopped.token}`);
  }
  try {
    return await work(childStdout);
  } finally {
    if (--stopped.users === 0) {
      // The token resumes only at the start of a line.
      if (!atLineStart) process.stdout.write('\n');
      atLineStart = true;
      core.info(`::${stopped.token}::`);
      const { held } = stopped;
      stopped = undefined;
      for (const command of held) command();
    }
  }
}
