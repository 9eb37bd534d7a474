// `npm run bench -- --scale`: how dct-sign's core copes with many tags and
// with big repositories, against the notary CLI in the same run.
//
// Every contender is a whole new process, timed from spawn to exit, its peak
// RSS read by /usr/bin/time (%M). Scenarios, contenders alternating run by
// run on the stack's open notary-server (loopback, no added delay, unless
// --rtt puts it behind the latency proxy):
//
// - 100 tags in one run: the core signs 100 new tags in one publish
//   (bench/sign-many.ts, bundled); notary runs `addhash` 100 times and one
//   `publish`, its TUF cache emptied first (notary's batch).
// - 9,400 tags in one run: the core only (notary's batch would take minutes).
// - Add one tag to a 10,000-tag repository (built once, untimed, by the
//   core): the core signs one tag; notary runs `addhash --publish`, its TUF
//   cache emptied first. Both add to the same repository.
//
//   npm run bench -- --scale [--runs N (5)] [--big N (10000)] [--many N (9400)] [--batch N (100)]
//                            [--rtt MS (0)] [--node PATH] [--out FILE] [--keep]
//
// --rtt puts notary-server behind bench/proxy-thread.ts's latency proxy, so
// every timed contender talks to it through MS ms of round trip (0: loopback);
// setting up the repositories stays direct, untimed.
// --node runs the core's processes on another node (e.g. /usr/bin/node, 20);
// --keep leaves the job files, the bundle and the repositories' keys in place.
//
// Each sample also gets serverMs: the `http.response.duration` of the POSTs
// to its repository that notary-server logged during the sample. Both sides
// wait for that handling (on a 10,000-tag repository, verifying and storing
// two ~1 MB delegations), so it bounds the plain ratio from below; the last
// column compares the time each side spends outside it. Go's duration runs
// from reading the request's headers, so with --rtt it includes receiving
// the body too.
// Nothing here asserts on time: it measures and prints.

import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import type { TargetSpec } from '../src/trust/changes.ts';
import { ServerLog } from './server-log.ts';
import type { SignManyJob } from './sign-many.ts';
import { startProxyThread, type ProxyThread } from './proxy-thread.ts';
import { createPeerContext, docker, generateSignerKey, type PeerContext, removePeerContext, uniqueRepository } from '../test/support/peers.ts';
import { readStackInfo, startStack, type Stack, type StackInfo, type StackVariant } from '../test/support/stack.ts';

const exec = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const SIGNER = 'signer';
const ROLES = `targets/releases,targets/${SIGNER}`;

const { values: args } = parseArgs({
  options: {
    scale: { type: 'boolean', default: true },
    runs: { type: 'string', default: '5' },
    big: { type: 'string', default: '10000' },
    many: { type: 'string', default: '9400' },
    batch: { type: 'string', default: '100' },
    rtt: { type: 'string', default: '0' },
    node: { type: 'string', default: process.execPath },
    out: { type: 'string', default: join(here, 'results', 'scale.json') },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs);
const bigSize = Number(args.big);
const manySize = Number(args.many);
const batchSize = Number(args.batch);
const rttMs = Number(args.rtt);
const nodeBin = args.node;
if (!(rttMs >= 0)) {
  console.error('--rtt must be a number of ms >= 0');
  process.exit(2);
}
const log = (m: string) => console.error(`[bench] ${m}`);

interface Sample {
  readonly ms: number;
  readonly peakMb: number;
}

interface ServerSample extends Sample {
  /** Sum of notary-server's `http.response.duration` over the sample's POSTs. */
  readonly serverMs: number;
  readonly posts: number;
}

/** notary-server's POSTs to `gun` since `mark` (other repositories' traffic, e.g. a test run on the same stack, is left out). */
async function postsSince(log: ServerLog, mark: number, gun: string): Promise<{ count: number; ms: number }> {
  const uri = `/v2/${gun}/_trust/tuf/`;
  const posts = (await log.since(mark)).filter((r) => r.method === 'POST' && r.uri === uri);
  if (posts.some((p) => Number.isNaN(p.ms))) throw new Error('notary-server logged a POST without a duration');
  return { count: posts.length, ms: posts.reduce((sum, p) => sum + p.ms, 0) };
}

/** Runs a command under /usr/bin/time; its wall time (spawn to exit) and peak RSS. */
function timed(command: string, argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Sample & { stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'PEAK_KB=%M', command, ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      const peak = /PEAK_KB=(\d+)/.exec(err);
      if (code !== 0 || !peak) reject(new Error(`${command} ${argv.slice(0, 4).join(' ')} … exited ${code}\n${err}`));
      else resolve({ ms, peakMb: Number(peak[1]) / 1024, stdout: out });
    });
  });
}

/** Several processes one after another, as one sample: summed time, the largest peak. */
async function sequence(steps: readonly (() => Promise<Sample>)[]): Promise<Sample> {
  const t0 = performance.now();
  let peakMb = 0;
  for (const step of steps) peakMb = Math.max(peakMb, (await step()).peakMb);
  return { ms: performance.now() - t0, peakMb };
}

interface Prepared {
  readonly ctx: PeerContext;
  readonly gun: string;
  readonly keyFile: string;
}

const contexts: PeerContext[] = [];

/** A repository with signer "signer", made by docker as a user would. */
async function prepare(stack: StackInfo, variant: StackVariant, id: string): Promise<Prepared> {
  const ctx = await createPeerContext(stack, variant);
  contexts.push(ctx);
  const repo = uniqueRepository(variant, `scale-${id}`);
  const publicKey = await generateSignerKey(ctx, SIGNER);
  await docker(ctx, ['trust', 'signer', 'add', '--key', publicKey, SIGNER, repo.name]);
  const dir = join(ctx.dockerTrustDir, 'private');
  for (const file of await readdir(dir)) {
    if (/^role: signer$/m.test(await readFile(join(dir, file), 'utf8'))) return { ctx, gun: repo.gun, keyFile: join(dir, file) };
  }
  throw new Error(`no signer key in ${dir}`);
}

const targetsNamed = (prefix: string, n: number): TargetSpec[] =>
  Array.from({ length: n }, (_, k) => ({ name: `${prefix}-${k}`, sha256: randomBytes(32).toString('hex'), length: 500 + k }));

async function bundle(scratch: string): Promise<string> {
  const rolldown = join(here, '..', 'node_modules', '.bin', 'rolldown');
  const out = join(scratch, 'sign-many.cjs');
  if (!existsSync(rolldown)) throw new Error('rolldown is missing (npm ci)');
  await exec(rolldown, [join(here, 'sign-many.ts'), '--platform', 'node', '--format', 'cjs', '--file', out]);
  return out;
}

async function main(): Promise<void> {
  let stack: Stack | undefined;
  let info: StackInfo;
  if (process.env.DCT_STACK_JSON) info = readStackInfo(process.env.DCT_STACK_JSON);
  else {
    stack = await startStack({ log });
    info = stack.info;
  }
  const scratch = await mkdtemp(join(tmpdir(), 'dct-scale-'));
  let proxy: ProxyThread | undefined;
  try {
    const variant = info.variants.open;
    const serverLog = info.logs[`notary-server-${variant.name}`];
    if (!serverLog) throw new Error(`the stack in ${info.dir} names no notary-server-${variant.name} log`);
    const posts = new ServerLog(serverLog);
    // Set-up (docker trust signer add, the big repository) stays direct; only the timed runs go through the proxy.
    if (rttMs > 0) {
      proxy = await startProxyThread({ target: variant.notaryUrl, oneWayDelayMs: rttMs / 2 });
      log(`notary-server ${variant.notaryUrl} behind ${proxy.url}, ${rttMs} ms round trip`);
    }
    const trustUrl = proxy?.url ?? variant.notaryUrl;
    const script = await bundle(scratch);
    const nodeVersion = (await exec(nodeBin, ['--version'])).stdout.trim();
    /** The sample `run` times, with the POSTs to `p`'s repository that notary-server handled meanwhile. */
    const attributed = async (p: Prepared, run: () => Promise<Sample>): Promise<ServerSample> => {
      const mark = await posts.mark();
      const s = await run();
      const server = await postsSince(posts, mark, p.gun);
      return { ...s, serverMs: server.ms, posts: server.count };
    };
    let jobs = 0;
    const core = async (p: Prepared, targets: readonly TargetSpec[], url = trustUrl): Promise<Sample> => {
      const job: SignManyJob = { url, caPem: info.caPem, gun: p.gun, targets, keyFile: p.keyFile, passphrase: p.ctx.passphrases.repository, signerName: SIGNER };
      const file = join(scratch, `job-${jobs++}.json`);
      await writeFile(file, JSON.stringify(job));
      const env = { ...process.env };
      delete env.NODE_COMPILE_CACHE;
      const r = await timed(nodeBin, [script, file], env);
      const out = JSON.parse(r.stdout) as { published: boolean; signed: number };
      if (!out.published || out.signed !== targets.length) throw new Error(`core did not sign all ${targets.length}: ${r.stdout}`);
      return r;
    };
    const notaryArgs = (p: Prepared) => ['-s', trustUrl, '--tlscacert', info.caFile, '-d', p.ctx.dockerTrustDir];
    const notaryEnv = (p: Prepared): NodeJS.ProcessEnv => ({
      PATH: process.env.PATH,
      HOME: p.ctx.dir,
      NOTARY_DELEGATION_PASSPHRASE: p.ctx.passphrases.repository,
      NOTARY_TARGETS_PASSPHRASE: p.ctx.passphrases.repository,
      NOTARY_SNAPSHOT_PASSPHRASE: p.ctx.passphrases.repository,
    });
    const emptyTufCache = (p: Prepared) => rm(join(p.ctx.dockerTrustDir, 'tuf'), { recursive: true, force: true });
    const notaryBatch = async (p: Prepared, targets: readonly TargetSpec[]): Promise<ServerSample> => {
      await emptyTufCache(p);
      return attributed(p, () =>
        sequence([
          ...targets.map((t) => () => timed('notary', [...notaryArgs(p), 'addhash', p.gun, t.name, String(t.length), '--sha256', t.sha256, '-r', ROLES], notaryEnv(p))),
          () => timed('notary', [...notaryArgs(p), 'publish', p.gun], notaryEnv(p)),
        ]),
      );
    };
    const notaryAddOne = async (p: Prepared, t: TargetSpec): Promise<ServerSample> => {
      await emptyTufCache(p);
      return attributed(p, () => timed('notary', [...notaryArgs(p), 'addhash', p.gun, t.name, String(t.length), '--sha256', t.sha256, '-r', ROLES, '--publish'], notaryEnv(p)));
    };

    log('preparing repositories (docker trust signer add)');
    const [coreRepo, notaryRepo, bigRepo] = [await prepare(info, variant, 'core'), await prepare(info, variant, 'notary'), await prepare(info, variant, 'big')];
    // A new repository for each run of the many-tags scenario, so that each signs into an empty one.
    const manyRepos: Prepared[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) manyRepos.push(await prepare(info, variant, `many${i}`));
    log(`building the ${bigSize}-tag repository with the core (untimed)`);
    await core(bigRepo, targetsNamed('base', bigSize), variant.notaryUrl);
    const bigNotary: Prepared = bigRepo;

    const results: Record<string, { ours: ServerSample[]; peer: ServerSample[] }> = { batch: { ours: [], peer: [] }, many: { ours: [], peer: [] }, big: { ours: [], peer: [] } };
    const loadBefore = loadavg()[0]!;
    // One warm-up round (not counted), then `runs` rounds; contenders alternate, the first one swapping each round.
    for (let i = -1; i < runs; i++) {
      const keep = (k: string, side: 'ours' | 'peer', s: ServerSample): void => {
        if (i >= 0) results[k]![side].push(s);
      };
      const pairs: [() => Promise<void>, () => Promise<void>][] = [
        [
          async () => keep('batch', 'ours', await attributed(coreRepo, () => core(coreRepo, targetsNamed(`b${i + 1}`, batchSize)))),
          async () => keep('batch', 'peer', await notaryBatch(notaryRepo, targetsNamed(`b${i + 1}`, batchSize))),
        ],
        [
          async () => keep('big', 'ours', await attributed(bigRepo, () => core(bigRepo, targetsNamed(`core${i + 1}`, 1)))),
          async () => keep('big', 'peer', await notaryAddOne(bigNotary, targetsNamed(`notary${i + 1}`, 1)[0]!)),
        ],
      ];
      for (const [a, b] of pairs) {
        if (i % 2 === 0) { await a(); await b(); } else { await b(); await a(); }
      }
      if (i >= 0 && i < Math.min(runs, 3)) keep('many', 'ours', await attributed(manyRepos[i]!, () => core(manyRepos[i]!, targetsNamed(`m${i}`, manySize))));
      log(i < 0 ? 'warm-up round done' : `round ${i + 1}/${runs} done`);
    }

    const median = (xs: readonly number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const m = Math.floor(s.length / 2);
      return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
    };
    const ratio = (k: string) => {
      const r = results[k]!;
      return r.peer.length ? median(r.ours.map((s, j) => s.ms / r.peer[j]!.ms)) : undefined;
    };
    // Paired, as above, on the time each side spends outside notary-server's POST handling.
    const outsideRatio = (k: string) => {
      const r = results[k]!;
      return r.peer.length ? median(r.ours.map((s, j) => (s.ms - s.serverMs) / (r.peer[j]!.ms - r.peer[j]!.serverMs))) : undefined;
    };
    const rows: string[][] = [
      ['scenario', 'dct-sign median s', 'peak MB', 'notary median s', 'notary peak MB', 'dct-sign / notary', 'server POST ms (dct-sign)', 'server POST ms (notary)', 'dct-sign / notary outside POST'],
      ...([
        ['batch', `${batchSize} tags in one run (notary: ${batchSize} × addhash, one publish)`],
        ['many', `${manySize} tags in one run (dct-sign only)`],
        ['big', `add one tag to a ${bigSize}-tag repository (notary: addhash --publish)`],
      ] as const).map(([k, label]) => {
        const r = results[k]!;
        const peer = r.peer.length > 0;
        return [
          label,
          (median(r.ours.map((s) => s.ms)) / 1000).toFixed(2),
          median(r.ours.map((s) => s.peakMb)).toFixed(0),
          peer ? (median(r.peer.map((s) => s.ms)) / 1000).toFixed(2) : '',
          peer ? median(r.peer.map((s) => s.peakMb)).toFixed(0) : '',
          peer ? `${ratio(k)!.toFixed(2)}×` : '',
          median(r.ours.map((s) => s.serverMs)).toFixed(0),
          peer ? median(r.peer.map((s) => s.serverMs)).toFixed(0) : '',
          peer ? `${outsideRatio(k)!.toFixed(2)}×` : '',
        ];
      }),
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    const line = (r: readonly string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
    console.log(`scale: ${runs} runs each after 1 warm-up (${manySize}: ${Math.min(runs, 3)} runs); dct-sign on node ${nodeVersion}; notary-server ${rttMs > 0 ? `${rttMs} ms round trip away (latency proxy)` : 'on loopback (0 ms RTT)'}; ${cpus().length} CPUs, load ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
    console.log(line(rows[0]!));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows.slice(1)) console.log(line(r));
    console.log('server POST ms: notary-server\'s http.response.duration summed over the POSTs of a sample (median); outside POST: paired median of (time - server POST ms) per side.');
    const postCounts = Object.entries(results).flatMap(([k, r]) => [...r.ours, ...r.peer].filter((s) => s.posts !== 1).map(() => k));
    if (postCounts.length) log(`note: ${postCounts.length} samples (${[...new Set(postCounts)].join(', ')}) did not have exactly one POST logged`);
    await mkdir(dirname(args.out), { recursive: true });
    await writeFile(args.out, `${JSON.stringify({ node: nodeVersion, rttMs, runs, batchSize, manySize, bigSize, results }, null, 2)}\n`);
    log(`samples in ${args.out}`);
  } finally {
    await proxy?.close();
    if (args.keep) {
      log(`kept ${scratch} (jobs, bundle) and the peer contexts`);
      return;
    }
    await Promise.all(contexts.map((c) => removePeerContext(c).catch(() => {})));
    await rm(scratch, { recursive: true, force: true });
    await stack?.stop();
  }
}

await main();
