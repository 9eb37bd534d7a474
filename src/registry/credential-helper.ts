// Runs a docker credential helper as the docker CLI does
// (docker-credential-helpers' client.Get): `docker-credential-<name> get`
// with the server URL on stdin, JSON {"ServerURL","Username","Secret"} on
// stdout. A helper that has no login for the server exits non-zero printing
// "credentials not found in native keychain", which means anonymous.
//
// The helper's output carries the secret, so it is never quoted whole: a
// failure quotes at most the first line of an output that looks like an
// error message, and output that is not JSON is not shown at all.

import { spawn } from 'node:child_process';
import { DctError, InputError } from '../errors.ts';

/** docker-credential-helpers' errCredentialsNotFoundMessage, compared after trimming as the client does. */
export const CREDENTIALS_NOT_FOUND = 'credentials not found in native keychain';
/** What the helper prints as the username when the secret is an identity token (docker/cli's tokenUsername). */
export const TOKEN_USERNAME = '<token>';

export const DEFAULT_HELPER_TIMEOUT_MS = 60_000;
const MAX_OUTPUT_BYTES = 1 << 20;

export interface HelperRequest {
  /** The suffix after docker-credential-, as the config file names it. */
  readonly name: string;
  /** What docker sends on stdin: the registry host, or https://index.docker.io/v1/ for Docker Hub. */
  readonly serverUrl: string;
  /** Where the helper was named, for messages: `credHelpers["r.io"] in /home/u/.docker/config.json`. */
  readonly source: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
  /** Why timeoutMs is what it is, when the command's deadline set it: "timed out after 2 s (the timeout input)". */
  readonly timeoutNote?: string;
}

export interface HelperCredentials {
  readonly username: string;
  readonly secret: string;
  /** The secret is an identity (refresh) token, not a password. */
  readonly identityToken: boolean;
}

interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

function run(file: string, input: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) child.kill('SIGKILL');
      else into.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
      // Something the helper started may hold its output open; stop listening now.
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({ code: null, stdout: '', stderr: '', timedOut });
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
      });
    });
    child.stdin.on('error', () => {}); // a helper may exit without reading stdin
    child.stdin.end(input);
  });
}

/** The first line of a helper's error output, unless it could be carrying the secret. */
function quotable(output: string): string | undefined {
  const line = output.trim().split(/\r?\n/)[0]?.trim() ?? '';
  if (line === '' || /[{}]|secret/i.test(line)) return undefined;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** The helper's login for the server; undefined when it has none (anonymous). */
export async function getHelperCredentials(req: HelperRequest): Promise<HelperCredentials | undefined> {
  const program = `docker-credential-${req.name}`;
  const timeoutMs = req.timeoutMs ?? DEFAULT_HELPER_TIMEOUT_MS;
  let result: RunResult;
  try {
    result = await run(program, req.serverUrl, req.env, timeoutMs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new InputError(
        'docker config',
        `${req.source} names the credential helper "${req.name}", but ${program} is not on PATH; ` +
          `install it, or remove the entry and log in with docker login`,
        { cause: err },
      );
    }
    throw new DctError('COMMAND', `credential helper ${program} (${req.source}) could not be run: ${(err as Error).message}`, {
      cause: err,
    });
  }
  if (result.timedOut) {
    const what = `credential helper ${program} (${req.source})`;
    throw new DctError(
      'COMMAND',
      req.timeoutNote
        ? `${req.timeoutNote} while running ${what} for ${req.serverUrl}, which was stopped`
        : `${what} did not answer within ${Math.round(timeoutMs / 1000)} s for ${req.serverUrl}`,
    );
  }
  if (result.code !== 0) {
    if (result.stdout.trim() === CREDENTIALS_NOT_FOUND || result.stderr.trim() === CREDENTIALS_NOT_FOUND) return undefined;
    const said = quotable(result.stdout) ?? quotable(result.stderr);
    throw new DctError(
      'COMMAND',
      `credential helper ${program} (${req.source}) failed to get the login for ${req.serverUrl} ` +
        `(exit code ${result.code ?? 'none, killed'})${said ? `: ${said}` : ''}; fix the helper, or log in again with docker login`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    parsed = undefined;
  }
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  const username = record?.Username;
  const secret = record?.Secret;
  if (record === undefined || typeof secret !== 'string' || (username !== undefined && typeof username !== 'string')) {
    throw new DctError(
      'COMMAND',
      `credential helper ${program} (${req.source}) printed something that is not its JSON answer ` +
        `{"Username","Secret"} for ${req.serverUrl} (not shown: it may hold the secret); check the helper`,
    );
  }
  const user = typeof username === 'string' ? username : '';
  if (user === '' && secret === '') return undefined;
  if (user === TOKEN_USERNAME) return { username: '', secret, identityToken: true };
  return { username: user, secret, identityToken: false };
}
