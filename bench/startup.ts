// `node bench/startup.ts`: how long after spawn the shipped CLI opens its
// first connection, against a bare `node -e` that only connects, each timed
// from spawn to the moment a local listener accepts the connection.
//
// The start-up goal: with a cold code cache (no NODE_COMPILE_CACHE),
// sign and verify are accepted at most 30 ms later than bare node. The
// listeners stand in for the trust server and the registry: they accept and
// close, so the CLI fails right after; only the first accept is timed, and
// the process is then killed. sign reads and decrypts a docker signer key
// (made once, untimed) and the CA file before it connects, as in CI.
//
//   node bench/startup.ts [--runs N (15)] [--cli LABEL=PATH]... [--node PATH]...
//
// --cli: a CLI bundle to time (default: dist/cli/index.js); give several to
// compare builds in the same rounds. --node: the node binaries to run them on
// (default: this node and /usr/bin/node when it is another version).
// Contenders take turns within each round, so machine load spreads over all.
// The machine is often shared and loaded, so each run also records how long
// the process's main thread was on a CPU by the accept (/proc/PID/schedstat):
// the work start-up does, whatever else runs. Nothing here asserts on time:
// it measures and prints medians.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    cli: { type: 'string', multiple: true },
    node: { type: 'string', multiple: true },
  },
});
const runs = Number(args.runs);
const clis = (args.cli ?? [`dist=${join(root, 'dist/cli/index.js')}`]).map((c) => {
  const at = c.indexOf('=');
  return at > 0 ? { label: c.slice(0, at), path: resolve(c.slice(at + 1)) } : { label: c, path: resolve(c) };
});
const version = (node: string) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
const nodes = args.node ?? [process.execPath, ...(existsSync('/usr/bin/node') && version('/usr/bin/node') !== process.version ? ['/usr/bin/node'] : [])];

/** A listener that records when it accepts each connection, then closes it. */
interface Listener {
  readonly server: Server;
  readonly port: number;
}

let onAccept: ((at: bigint) => void) | undefined;
async function listen(): Promise<Listener> {
  const server = createServer((socket) => {
    const at = process.hrtime.bigint();
    socket.destroy();
    onAccept?.(at);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as { port: number }).port };
}

interface Contender {
  readonly label: string;
  readonly node: string;
  readonly args: readonly string[];
}

/** What one run took until its first connection was accepted. */
interface Sample {
  /** From spawn to accept, wall clock. */
  readonly ms: number;
  /** The process's main thread on a CPU by then (/proc/PID/schedstat): the same work without the machine's load. */
  readonly cpuMs: number;
}

/** The main thread's time on a CPU so far, in ms; NaN where /proc has no schedstat. */
function mainThreadCpuMs(pid: number | undefined): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

/** Spawn to the first accepted connection; the process is killed then. */
function timeToConnect(c: Contender, env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((done, fail) => {
    let stderr = '';
    const start = process.hrtime.bigint();
    const child = spawn(c.node, c.args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let accepted: bigint | undefined;
    let cpuMs = Number.NaN;
    onAccept = (at) => {
      if (accepted !== undefined) return;
      accepted = at;
      cpuMs = mainThreadCpuMs(child.pid);
      child.kill('SIGKILL');
    };
    child.on('exit', () => {
      onAccept = undefined;
      if (accepted === undefined) fail(new Error(`${c.label} exited without connecting: ${stderr.slice(0, 500)}`));
      else done({ ms: Number(accepted - start) / 1e6, cpuMs });
    });
  });
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'dct-startup-'));
  try {
    const trust = await listen();
    const registry = await listen();
    const passphrase = 'startup-bench-passphrase';
    // A docker signer key and a CA file, as a CI job has them; made once, untimed.
    execFileSync(process.execPath, [clis[0]!.path, 'key-generate', 'signer', '--key-directory', scratch], {
      env: { ...process.env, NOTARY_DELEGATION_PASSPHRASE: passphrase },
      stdio: 'ignore',
    });
    const ca = join(scratch, 'ca.crt');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', join(scratch, 'ca.key'), '-out', ca, '-days', '2', '-subj', '/CN=startup-bench'], { stdio: 'ignore' });
    writeFileSync(join(scratch, 'config.json'), '{}');
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: scratch, DOCKER_CONFIG: scratch, NOTARY_DELEGATION_PASSPHRASE: passphrase };
    const ref = `127.0.0.1:${registry.port}/team/app:v1`;
    const server = ['--trust-server', `https://127.0.0.1:${trust.port}`, '--trust-server-ca', ca, '--registry-ca', ca];
    const contenders: Contender[] = [];
    for (const node of nodes) {
      const on = ` (node ${version(node)})`;
      contenders.push({ label: `bare node -e connect${on}`, node, args: ['-e', `require('net').connect(${trust.port}, '127.0.0.1')`] });
      for (const cli of clis) {
        const signArgs = ['sign', '--no-push', '--signer-key-file', join(scratch, 'signer.key'), '--signer-name', 'signer', ...server, ref];
        contenders.push({ label: `sign --no-push [${cli.label}]${on}`, node, args: [cli.path, ...signArgs] });
        contenders.push({ label: `verify [${cli.label}]${on}`, node, args: [cli.path, 'verify', ...server, ref] });
      }
    }
    const samples = new Map<Contender, Sample[]>(contenders.map((c) => [c, []]));
    console.error(`load ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${runs} rounds of ${contenders.length} contenders (1 warm-up round)`);
    for (let round = 0; round <= runs; round++) {
      for (const c of contenders) {
        const sample = await timeToConnect(c, env);
        // Connections the killed process had made by then are accepted late: let them drain before the next spawn.
        await new Promise((settle) => setTimeout(settle, 100));
        if (round > 0) samples.get(c)!.push(sample);
      }
    }
    console.error(`load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const medianOf = (c: Contender, what: keyof Sample) => median(samples.get(c)!.map((s) => s[what]));
    const bareOf = (node: string) => contenders.find((c) => c.node === node)!;
    const width = Math.max(...contenders.map((c) => c.label.length));
    const cells = ['median ms', 'min ms', 'max ms', '− bare', 'main-thread CPU ms', '− bare'];
    console.log(`${'contender'.padEnd(width)}  ${cells.join('  ')}`);
    const over = (c: Contender, what: keyof Sample) => {
      if (c === bareOf(c.node)) return '';
      const d = medianOf(c, what) - medianOf(bareOf(c.node), what);
      return `${d >= 0 ? '+' : ''}${d.toFixed(1)}`;
    };
    for (const c of contenders) {
      const ms = samples.get(c)!.map((s) => s.ms);
      const row = [medianOf(c, 'ms').toFixed(1), Math.min(...ms).toFixed(1), Math.max(...ms).toFixed(1), over(c, 'ms'), medianOf(c, 'cpuMs').toFixed(1), over(c, 'cpuMs')];
      console.log(`${c.label.padEnd(width)}  ${row.map((v, i) => v.padStart(cells[i]!.length)).join('  ')}`);
    }
    trust.server.close();
    registry.server.close();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
