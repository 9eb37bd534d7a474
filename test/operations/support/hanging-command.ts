// A command that hangs, for the tests that stop one at the deadline: a node
// script that starts a child of its own (as docker push starts a credential
// helper), writes both process IDs to a file and then waits forever.

import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

const SCRIPT = `
const { spawn } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const helper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' });
writeFileSync(process.argv[1], process.pid + ' ' + helper.pid);
setInterval(() => {}, 60000);
`;

export interface HangingCommand {
  readonly command: string;
  readonly args: readonly string[];
  /** The two process IDs, once the command has started its child. */
  started(): Promise<{ command: number; helper: number }>;
}

/** Call inside a test: whatever it started is stopped when the test ends, even when it timed out. */
export async function hangingCommand(): Promise<HangingCommand> {
  const dir = await mkdtemp(join(tmpdir(), 'dct-hang-'));
  const pidFile = join(dir, 'pids');
  const cleanup = () => rm(dir, { recursive: true, force: true });
  const pids = (): number[] => (existsSync(pidFile) ? readFileSync(pidFile, 'utf8').split(' ').filter(Boolean).map(Number) : []);
  onTestFinished(async () => {
    killAll(pids());
    await cleanup();
  });
  return {
    command: process.execPath,
    args: ['-e', SCRIPT, pidFile],
    async started() {
      while (!existsSync(pidFile) || readFileSync(pidFile, 'utf8') === '') await new Promise((r) => setTimeout(r, 20));
      const [command, helper] = (await readFile(pidFile, 'utf8')).split(' ').map(Number);
      return { command: command!, helper: helper! };
    },
  };
}

/** Whether a process is still running (a zombie waiting to be reaped counts as gone). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // The state follows the command name in parentheses: "123 (node) Z …".
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return !existsSync('/proc/self');
  }
}

/** Waits until none of the processes runs any more; false if some still did after `ms`. */
export async function allGone(pids: readonly number[], ms = 5_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!pids.some(isRunning)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** Stops what a failed test left behind. */
export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
}
