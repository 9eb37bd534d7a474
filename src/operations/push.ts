// docker push for every tag of a sign, before anything is signed. Every tag
// is pushed even when an earlier push failed, so that the caller can sign
// each tag that was pushed and name the rest: a tag pushed and left unsigned
// would be refused by every client that enforces content trust.
//
// Each push ends at the command's deadline (the timeout input): docker push
// is stopped and the sign fails, like a request that runs out of time.

import { DctError } from '../errors.ts';
import { formatMs } from '../http/format-ms.ts';
import type { Deadline } from '../http/transport.ts';
import { phase, type Logger } from '../logger.ts';
import type { ImageReference } from '../registry/reference.ts';
import type { CommandRunner } from './command-runner.ts';

export interface PushOptions {
  readonly runner: CommandRunner;
  /** The docker CLI; `docker` on PATH unless given. */
  readonly docker?: string | undefined;
  readonly env: NodeJS.ProcessEnv;
  readonly deadline: Deadline;
  readonly logger: Logger;
}

/** A tag whose docker push failed. */
export interface FailedPush {
  readonly reference: string;
  readonly exitCode: number;
  /** docker's last line of error output; empty if it printed none. */
  readonly error: string;
}

export interface PushOutcome {
  /** Each pushed reference with the digest docker reported, or undefined when it reported none. */
  readonly pushed: ReadonlyMap<string, string | undefined>;
  /** In the order given. */
  readonly failed: readonly FailedPush[];
}

/** The line `docker push` ends with: `<tag>: digest: sha256:… size: N`. */
const PUSHED_DIGEST = /digest: (sha256:[0-9a-f]{64}) size: \d+/;

/** Pushes every reference; fails outright only at the deadline or when no push succeeded. */
export async function pushAll(refs: readonly ImageReference[], options: PushOptions): Promise<PushOutcome> {
  // With DOCKER_CONTENT_TRUST set, docker ≤ 28 would try to sign with its own keys.
  const env = { ...options.env };
  delete env.DOCKER_CONTENT_TRUST;
  const pushed = new Map<string, string | undefined>();
  const failed: FailedPush[] = [];
  for (const ref of refs) {
    options.logger.info(`Pushing ${ref.original}`);
    const result = await phase(options.logger, `pushing ${ref.original}`, () => pushOne(ref.original, env, options));
    if (result.exitCode !== 0) {
      failed.push({ reference: ref.original, exitCode: result.exitCode, error: lastLine(result.stderr) });
      continue;
    }
    const reported = PUSHED_DIGEST.exec(result.stdout)?.[1];
    pushed.set(ref.original, reported);
    // Without the pushed digest a tag moved by someone else after our push would be signed unnoticed.
    if (!reported) {
      options.logger.warning(
        `docker push ${ref.original} printed no "digest: sha256:… size: …" line, so the check that the registry ` +
          'serves what was just pushed is skipped; the digest the registry serves now is signed',
      );
    }
  }
  if (pushed.size === 0) throw new DctError('COMMAND', `${failed.map(describeFailedPush).join('; ')}; nothing was signed`);
  return { pushed, failed };
}

/** "docker push r/a:1 failed (exit code 1): denied: requested access to the resource is denied". */
export function describeFailedPush(failure: FailedPush): string {
  return `docker push ${failure.reference} failed (exit code ${failure.exitCode})${failure.error ? `: ${failure.error}` : ''}`;
}

async function pushOne(reference: string, env: NodeJS.ProcessEnv, options: PushOptions) {
  const { deadline } = options;
  const timedOut = new DctError(
    'COMMAND',
    `timed out after ${formatMs(deadline.limitMs)} (the timeout input) while running docker push ${reference}, ` +
      'which was stopped; nothing was signed',
  );
  if (Date.now() >= deadline.at) throw timedOut;
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(timedOut), deadline.at - Date.now());
  try {
    return await options.runner.run(options.docker ?? 'docker', ['push', reference], { env, signal: stop.signal });
  } finally {
    clearTimeout(timer);
  }
}

/** docker's error is its last line: "denied: requested access to the resource is denied". */
function lastLine(output: string): string {
  const line = output.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '').at(-1) ?? '';
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
