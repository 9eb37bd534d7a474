// Supervision of the stack's server processes: each runs in its own process
// group with its output in a log file, dies with us (parent-death signal via
// setpriv), and a failed start reports the tail of its log.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, closeSync, openSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface ManagedProcess {
  readonly name: string;
  readonly logFile: string;
  readonly exited: Promise<void>;
  readonly running: boolean;
}

interface Child extends ManagedProcess {
  readonly proc: ChildProcess;
  exitStatus: string | null;
}

export interface SupervisorOptions {
  /** Working dir of the servers and home of their log files. */
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
}

export async function commandExists(bin: string): Promise<boolean> {
  try {
    await exec('sh', ['-c', 'command -v "$1"', 'sh', bin]);
    return true;
  } catch {
    return false;
  }
}

export function tailOf(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Resolves when `p` settles or after `ms`, without leaving a timer behind. */
export async function within(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** HTTP(S) GET; resolves with the status code of any answer. */
export function httpStatus(url: string, opts: { ca?: string; socketPath?: string } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(
      target,
      {
        method: 'GET',
        timeout: 2000,
        ...(opts.ca !== undefined ? { ca: opts.ca } : {}),
        ...(opts.socketPath !== undefined ? { socketPath: opts.socketPath } : {}),
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

export class Supervisor {
  readonly #dir: string;
  readonly #env: NodeJS.ProcessEnv;
  readonly #children: Child[] = [];
  readonly #pdeathsig: boolean;

  private constructor(opts: SupervisorOptions, pdeathsig: boolean) {
    this.#dir = opts.dir;
    this.#env = opts.env;
    this.#pdeathsig = pdeathsig;
  }

  static async create(opts: SupervisorOptions): Promise<Supervisor> {
    return new Supervisor(opts, await commandExists('setpriv'));
  }

  get logs(): Record<string, string> {
    return Object.fromEntries(this.#children.map((c) => [c.name, c.logFile]));
  }

  find(name: string): ManagedProcess | undefined {
    return this.#children.find((c) => c.name === name);
  }

  spawn(name: string, cmd: string, args: readonly string[]): ManagedProcess {
    const logFile = join(this.#dir, `${name}.log`);
    const fd = openSync(logFile, 'a');
    // The kernel sends SIGTERM to the server when we die, even by SIGKILL.
    const [file, argv] = this.#pdeathsig
      ? ['setpriv', ['--pdeathsig', 'SIGTERM', '--', cmd, ...args]]
      : [cmd, [...args]];
    const proc = spawn(file, argv, {
      cwd: this.#dir,
      env: this.#env,
      detached: true, // own process group, so stop() reaches whatever it forks
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    let resolveExit: () => void = () => {};
    const child: Child = {
      name,
      logFile,
      proc,
      exitStatus: null,
      exited: new Promise<void>((r) => (resolveExit = r)),
      get running() {
        return this.exitStatus === null;
      },
    };
    proc.on('exit', (code, signal) => {
      child.exitStatus = signal ?? `code ${code}`;
      resolveExit();
    });
    proc.on('error', (err) => {
      child.exitStatus = `spawn error: ${err.message}`;
      appendFileSync(logFile, `spawn failed: ${err.message}\n`);
      resolveExit();
    });
    this.#children.push(child);
    return child;
  }

  /** Polls `ready` until it returns true; fails early, with the log tail, if the process exits. */
  async waitFor(
    m: ManagedProcess,
    what: string,
    ready: () => Promise<boolean>,
    timeoutMs: number,
  ): Promise<void> {
    const child = this.#child(m);
    const deadline = Date.now() + timeoutMs;
    let lastError = '';
    while (Date.now() < deadline) {
      if (!child.running) {
        throw new Error(
          `${child.name} exited (${child.exitStatus}) before ${what} answered; ${child.logFile}:\n${tailOf(child.logFile)}`,
        );
      }
      try {
        if (await ready()) return;
      } catch (err) {
        lastError = err instanceof Error ? err.message : String(err);
      }
      await sleep(100);
    }
    throw new Error(
      `${child.name}: ${what} did not answer within ${timeoutMs} ms (${lastError}); ${child.logFile}:\n${tailOf(child.logFile)}`,
    );
  }

  /** SIGTERM to one process group, SIGKILL after `graceMs`. */
  async stop(m: ManagedProcess, graceMs = 10_000): Promise<void> {
    const child = this.#child(m);
    this.#signal(child, 'SIGTERM');
    await within(child.exited, graceMs);
    this.#signal(child, 'SIGKILL');
    await within(child.exited, 5_000);
  }

  async stopAll(graceMs = 10_000): Promise<void> {
    await Promise.all(this.#children.map((c) => this.stop(c, graceMs)));
  }

  /** Synchronous last resort, for process 'exit' handlers. */
  killAllNow(): void {
    for (const c of this.#children) this.#signal(c, 'SIGKILL');
  }

  #signal(child: Child, signal: NodeJS.Signals): void {
    if (!child.running || child.proc.pid === undefined) return;
    try {
      process.kill(-child.proc.pid, signal);
    } catch {
      // already gone
    }
  }

  #child(m: ManagedProcess): Child {
    const child = this.#children.find((c) => c === m);
    if (child === undefined) throw new Error(`${m.name} is not supervised here`);
    return child;
  }
}
