// Shared helpers for the CLI tests: running runCli in memory with fake
// operations that record what they were called with, and the committed
// docker key fixture.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/cli.ts';
import type { ParseContext } from '../../src/cli/args.ts';
import type { Operations } from '../../src/cli/operations.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
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
  /** What each operation was called with, by name. */
  readonly calls: Readonly<Partial<Record<keyof Operations, unknown>>>;
}

export interface CliRunOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly stdin?: string;
  readonly sign?: (options: SignOptions) => Promise<SignResult>;
  /** Fakes for the other operations; any operation not given fails the test if called. */
  readonly operations?: Partial<Operations>;
}

function notExpected(name: string) {
  return () => Promise.reject(new Error(`the ${name} operation must not be called in this test`));
}

export async function cli(argv: readonly string[], opts: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const calls: Partial<Record<keyof Operations, unknown>> = {};
  const names: (keyof Operations)[] = ['inspect', 'verify', 'revoke', 'signerAdd', 'signerRemove', 'keyGenerate', 'rotateKey', 'refresh'];
  const operations: Record<string, (options: never) => Promise<unknown>> = {};
  for (const name of names) {
    const fake = (opts.operations?.[name] ?? notExpected(name)) as (o: unknown) => Promise<unknown>;
    operations[name] = (o: unknown) => {
      calls[name] = o;
      return fake(o);
    };
  }
  operations.sign = (o: SignOptions) => {
    calls.sign = o;
    return (opts.sign ?? opts.operations?.sign ?? (async (x: SignOptions) => fakeResult(x)))(o);
  };
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
    operations: operations as unknown as Partial<Operations>,
  });
  return { code, stdout, stderr, options: calls.sign as SignOptions | undefined, calls };
}

export const REPO = 'registry.example.com/team/app';
export const REF = `${REPO}:1.0`;
export const ALICE_PUB_FILE = join(import.meta.dirname, '..', 'keys', 'fixtures', 'docker-alice.pub');
export const ALICE_PUB = readFileSync(ALICE_PUB_FILE, 'utf8');

/** What a command's parser gets: the environment and stdin. */
export function parseContext(env: NodeJS.ProcessEnv = {}, stdin = ''): ParseContext {
  return { env, readStdin: async () => stdin };
}

/** The UsageError a parse throws; fails the test if it throws none or another. */
export async function usageErrorOf(parse: () => unknown): Promise<UsageError> {
  try {
    await parse();
  } catch (err) {
    if (err instanceof UsageError) return err;
    throw err;
  }
  throw new Error('expected a UsageError');
}

/** Lines of a table as cells split on two or more spaces. */
export function tableRows(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(/ {2,}/));
}
