// One core sign in a new node process, as a CI step runs it: sign-latency.ts
// bundles this file into one .cjs (as the shipped action and CLI are bundled)
// and times the process from spawn to exit. The job comes as JSON in argv[2];
// the result goes to stdout as JSON, with the time from process start to the
// first line of this module (node start-up and loading the bundle).
// No top-level await: it is bundled as CommonJS, so that named imports of
// node built-ins that Node 20 lacks load as undefined (as in ncc's bundles).

import { performance } from 'node:perf_hooks';
import { coreSign, type CoreSignJob } from './core-sign.ts';

const loadedMs = performance.now();

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '') as CoreSignJob;
  const result = await coreSign(job);
  process.stdout.write(`${JSON.stringify({ ...result, startupMs: loadedMs })}\n`);
}

void main();
