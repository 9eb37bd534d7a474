// Reading secrets so that they never reach the log unmasked. task-lib echoes
// every input and endpoint parameter it reads as a debug line, which the
// agent shows when system.debug is true; a passphrase typed into the YAML
// (rather than taken from a secret variable) would be printed before anyone
// could mask it. So secrets are read with task-lib's output discarded and are
// registered with the agent (`##vso[task.setsecret]`) right away.

import { Writable } from 'node:stream';
import * as tl from 'azure-pipelines-task-lib';
import { secretPieces } from '../keys/secret-pieces.ts';

const discard = new Writable({
  write(_chunk, _encoding, done) {
    done();
  },
});

/** What this run has registered with the agent already: each value is masked once. */
const masked = new Set<string>();

/** Starts a run: nothing registered yet (tests run the task many times in one process). */
export function startMasking(): void {
  masked.clear();
}

/** Registers every piece of `value` with the agent's masker, each piece once per run; returns `value`. */
export function mask<T extends string | undefined>(value: T): T {
  for (const piece of secretPieces(value)) {
    if (masked.has(piece)) continue;
    masked.add(piece);
    tl.setSecret(piece);
  }
  return value;
}

/** Runs a task-lib read without its debug echo, then masks what it returned. */
export function readSecret(read: () => string | undefined): string | undefined {
  tl.setStdStream(discard);
  let value: string | undefined;
  try {
    value = read();
  } finally {
    tl.setStdStream(process.stdout);
  }
  return mask(value);
}
