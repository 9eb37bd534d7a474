// Shared helpers for the CLI's unit tests: runCli in memory, with fake
// operations (by command name) that record the options a command line turned
// into and return a canned result (test/commands/results.ts).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/cli.ts';
import type { RotateKeyResult } from '../../src/operations/rotate-key.ts';
import type { SignInputOptions as SignOptions } from '../../src/commands/sign.ts';
import {
  INSPECT_RESULT,
  KEY_GENERATE_RESULT,
  PASSED,
  REFRESH_RESULT,
  REVOKE_RESULT,
  rotateKeyResult,
  SIGNER_ADD_RESULT,
  SIGNER_REMOVE_RESULT,
  signResult,
  verifyResult,
} from '../commands/results.ts';

export * from '../commands/results.ts';

/**
 * A docker config directory without a trust store, so that no test reads the
 * signer keys of whoever runs it (the CLI looks a signer's key up in
 * $DOCKER_CONFIG/trust/private).
 */
export const EMPTY_DOCKER_CONFIG = mkdtempSync(join(tmpdir(), 'dct-cli-docker-config-'));
/** What every run's environment holds unless a test says otherwise. */
export const BASE_ENV: NodeJS.ProcessEnv = { DOCKER_CONFIG: EMPTY_DOCKER_CONFIG };

/** The old name of signResult, which test/cli/docker-trust-store.test.ts uses. */
export const fakeResult = signResult;

/** A canned result for each command, from the options it was called with. */
const CANNED: Readonly<Record<string, (options: never) => unknown>> = {
  sign: (o: SignOptions) => signResult(o),
  inspect: () => INSPECT_RESULT,
  verify: () => verifyResult([PASSED]),
  revoke: () => REVOKE_RESULT,
  'signer-add': () => SIGNER_ADD_RESULT,
  'signer-remove': () => SIGNER_REMOVE_RESULT,
  'key-generate': () => KEY_GENERATE_RESULT,
  'rotate-key': (o: { role: RotateKeyResult['role'] }) => rotateKeyResult(o.role),
  refresh: () => REFRESH_RESULT,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each fake takes its operation's options
export type FakeOperation = (options: any) => Promise<unknown>;

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What the command's operation was called with; undefined when it was not called. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- asserted field by field
  readonly options: any;
  /** Whether the command read stdin. */
  readonly stdinRead: boolean;
}

export interface CliRunOptions {
  /** Added to BASE_ENV. */
  readonly env?: NodeJS.ProcessEnv;
  readonly stdin?: string;
  /** The command's operation; by default a fake that returns the canned result. */
  readonly operation?: FakeOperation;
  /** Run the real operation. */
  readonly real?: boolean;
}

/** Runs `dct-sign ARGV` in memory; the runner fails the test if a command is spawned. */
export async function cli(argv: readonly string[], opts: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let options: unknown;
  let stdinRead = false;
  const command = argv[0] ?? '';
  const operation = opts.operation ?? (CANNED[command] as FakeOperation | undefined) ?? (() => Promise.reject(new Error(`no fake for ${command}`)));
  const operations = opts.real
    ? {}
    : {
        [command]: (o: unknown) => {
          options = o;
          return operation(o);
        },
      };
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: { ...BASE_ENV, ...opts.env },
    readStdin: async () => {
      stdinRead = true;
      return opts.stdin ?? '';
    },
    runner: {
      run: () => Promise.reject(new Error('the runner must not be called in these tests')),
    },
    operations,
  });
  return { code, stdout, stderr, options, stdinRead };
}

/** Lines of a table as cells split on two or more spaces. */
export function tableRows(text: string): string[][] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(/ {2,}/));
}
