// Debian's tinyproxy as a real forward proxy for the stack tests: its own
// config, log and port in a scratch dir, optionally with Basic proxy
// authentication. Its log (LogLevel Connect) records every request line,
// CONNECT included, which is how tests see that traffic went through it.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Tinyproxy {
  /** http://127.0.0.1:PORT, without credentials. */
  readonly url: string;
  readonly port: number;
  readonly logFile: string;
  /** The request lines logged so far, e.g. "CONNECT notary.x.test:4443 HTTP/1.1". */
  requests(): Promise<string[]>;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function startTinyproxy(
  dir: string,
  options: { readonly name: string; readonly basicAuth?: { readonly user: string; readonly password: string } },
): Promise<Tinyproxy> {
  const port = await freePort();
  const logFile = join(dir, `${options.name}.log`);
  const conf = join(dir, `${options.name}.conf`);
  await writeFile(
    conf,
    [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Timeout 60',
      `LogFile "${logFile}"`,
      'LogLevel Connect',
      'MaxClients 32',
      'Allow 127.0.0.1',
      'DisableViaHeader Yes',
      ...(options.basicAuth ? [`BasicAuth ${options.basicAuth.user} ${options.basicAuth.password}`] : []),
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('tinyproxy', ['-d', '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; !(await accepting(port)); i++) {
    if (child.exitCode !== null || i > 100) {
      child.kill('SIGKILL');
      throw new Error(`tinyproxy did not start on port ${port}: ${stderr}`);
    }
    await sleep(50);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    logFile,
    async requests() {
      const text = await readFile(logFile, 'utf8').catch(() => '');
      return [...text.matchAll(/Request \(file descriptor \d+\): (.*)$/gm)].map((m) => m[1]!.trim());
    },
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(5_000)]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
  };
}
