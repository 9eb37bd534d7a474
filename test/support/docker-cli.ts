// Which docker CLI the stack tests, the demo and the bench drive: the first
// one that has `docker trust`. A machine image may ship docker 28 at
// /usr/local/bin/docker; a fresh Debian 12 machine has only docker.io's 20.10
// at /usr/bin/docker, whose `docker trust` works against the stack too.
// DCT_TEST_DOCKER=/path/to/docker forces one (it must have `docker trust`).
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Env var that forces the docker CLI, e.g. DCT_TEST_DOCKER=/usr/bin/docker to try docker.io's 20.10. */
export const DOCKER_CLI_ENV = 'DCT_TEST_DOCKER';
/** The CLI a machine image may ship (docker 28); tried first. */
export const PREFERRED_DOCKER_CLI = '/usr/local/bin/docker';
/** docker.io's CLI on Debian (20.10); tried last. */
export const DEBIAN_DOCKER_CLI = '/usr/bin/docker';
/** The docker major version some tests need (see `needsDocker28` in docker28.ts). */
export const MODERN_DOCKER_MAJOR = 28;

export interface DockerCli {
  readonly path: string;
  /** `docker --version`'s version, e.g. 28.2.2 or 20.10.24+dfsg1. */
  readonly version: string;
  readonly major: number;
}

export class NoDockerTrustError extends Error {
  readonly tried: readonly string[];

  constructor(tried: readonly string[], forced: boolean) {
    super(
      forced
        ? `${DOCKER_CLI_ENV}=${tried[0]} is not a docker CLI with \`docker trust\``
        : `no docker CLI with \`docker trust\` (tried ${tried.join(', ')}); install one: apt-get install docker.io`,
    );
    this.name = 'NoDockerTrustError';
    this.tried = tried;
  }
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** PATH's docker: the first executable `docker` in one of PATH's directories. */
function pathDocker(path: string | undefined): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '') continue;
    const file = join(dir, 'docker');
    if (isExecutable(file)) return file;
  }
  return undefined;
}

/** The candidates in order: /usr/local/bin/docker, PATH's docker, /usr/bin/docker (each once). */
export function dockerCliCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const all = [PREFERRED_DOCKER_CLI, pathDocker(env.PATH), DEBIAN_DOCKER_CLI];
  return [...new Set(all.filter((f): f is string => f !== undefined))];
}

/**
 * Whether `file` is a docker CLI with `docker trust`: `docker trust --help`
 * exits 0 and prints trust's own usage. 20.10 and 28 print "Usage:  docker
 * trust COMMAND"; a CLI without the command may print the top-level help and
 * exit 0 as well, so the exit code alone does not tell.
 */
export function hasDockerTrust(file: string): boolean {
  if (!isExecutable(file)) return false;
  try {
    const out = execFileSync(file, ['trust', '--help'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 15_000,
      env: { ...process.env, DOCKER_CLI_HINTS: 'false' },
    });
    return /^Usage:\s+docker trust COMMAND/m.test(out);
  } catch {
    return false;
  }
}

function versionOf(file: string): { version: string; major: number } {
  const out = execFileSync(file, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 });
  const m = /version (v?(\d+)\.[^\s,]+)/.exec(out);
  return m ? { version: m[1]!, major: Number(m[2]) } : { version: out.trim(), major: 0 };
}

const cache = new Map<string, DockerCli | NoDockerTrustError>();

/**
 * The first docker CLI with `docker trust`, or DCT_TEST_DOCKER when set. The
 * probe runs once per process and environment.
 */
export function findDockerCli(env: NodeJS.ProcessEnv = process.env): DockerCli {
  const forced = env[DOCKER_CLI_ENV];
  const candidates = forced !== undefined && forced !== '' ? [forced] : dockerCliCandidates(env);
  const key = `${forced ?? ''}\0${candidates.join('\0')}`;
  let found = cache.get(key);
  if (found === undefined) {
    const path = candidates.find(hasDockerTrust);
    found = path !== undefined ? { path, ...versionOf(path) } : new NoDockerTrustError(candidates, candidates[0] === forced);
    cache.set(key, found);
  }
  if (found instanceof Error) throw found;
  return found;
}

/** Like findDockerCli, but undefined when there is none. */
export function tryFindDockerCli(env: NodeJS.ProcessEnv = process.env): DockerCli | undefined {
  try {
    return findDockerCli(env);
  } catch (err) {
    if (err instanceof NoDockerTrustError) return undefined;
    throw err;
  }
}
