// Shared helpers for the CLI tests: running runCli in memory with a fake
// sign operation, and the committed docker key fixture.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/cli.ts';
import type { SignOptions, SignResult } from '../../src/operations/sign.ts';

export const ALICE_KEY_FILE = join(import.meta.dirname, '..', 'keys', 'fixtures', 'docker-alice.key');
export const ALICE_KEY = readFileSync(ALICE_KEY_FILE, 'utf8');
export const ALICE_PASSPHRASE = 'fixture-passphrase';
export const ALICE_KEY_ID = 'ac5ce34fd279c5ef4466f95f040e1383fd33cfbcfe1d21affeadce31bb18500b';

export const DIGEST = `sha256:${'ab'.repeat(32)}`;

export function fakeResult(options: SignOptions): SignResult {
  return {
    signed: options.references.map((reference) => ({
      reference,
      tag: reference.slice(reference.lastIndexOf(':') + 1),
      digest: DIGEST,
      size: 523,
      roles: ['targets/alice', 'targets/releases'],
      gun: reference.slice(0, reference.lastIndexOf(':')),
      trustServer: 'https://notary.example.com',
    })),
    signerKeyId: ALICE_KEY_ID,
    signerName: 'alice',
    requests: { total: 5, byMethod: { GET: 4, POST: 1 }, connections: 2 },
  } as SignResult;
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What the sign operation was called with, if it was. */
  readonly options: SignOptions | undefined;
}

export interface CliRunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly stdin?: string;
  readonly sign?: (options: SignOptions) => Promise<SignResult>;
}

export async function cli(argv: readonly string[], opts: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let options: SignOptions | undefined;
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: opts.env ?? {},
    readStdin: async () => opts.stdin ?? '',
    runner: {
      run: () => {
        throw new Error('the runner must not be called in these tests');
      },
    },
    sign: async (o) => {
      options = o;
      return (opts.sign ?? (async (x) => fakeResult(x)))(o);
    },
  });
  return { code, stdout, stderr, options };
}
