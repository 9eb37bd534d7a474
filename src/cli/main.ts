#!/usr/bin/env node
// The dct-sign command line: `dct-sign COMMAND [options] ...`.
// Everything happens in runCli; this file only connects it to the process.

import { preconnect } from '../http/preconnect.ts';
import { runCli } from './cli.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  readStdin,
  preconnect,
});
