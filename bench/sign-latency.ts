// `npm run bench`: how long signing ONE tag takes when the trust server is a
// realistic distance away, for dct-sign's core and for the peers a CI job
// could use instead: the notary CLI and `docker trust sign`.
//
// It starts the test stack (or reuses a running one: DCT_STACK_JSON), puts the
// latency proxy in front of the open variant's notary-server, prepares one
// repository with a docker-made signer per contender, then signs a new tag N
// times per contender, contenders interleaved round by round. Each run starts
// cold, as a fresh CI run does: a new Session for the core, empty TUF caches
// for the peers. Requests are counted from notary-server's own log (the proxy
// only sees TLS), connections by the proxy.
//
//   npm run bench -- [--rtt MS] [--runs N] [--warmup N] [--out FILE]
//
// Nothing here asserts on time: it measures and prints.

import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir } from 'node:os';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { coreSign, type CoreSignJob, type CoreSignResult } from './core-sign.ts';
import { startProxyThread, type ProxyThread } from './proxy-thread.ts';
import { ServerLog } from './server-log.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  notary,
  type PeerContext,
  pushImage,
  removePeerContext,
  type TestRepository,
  uniqueRepository,
} from '../test/support/peers.ts';
import { DOCKER_CLI, readStackInfo, startStack, type Stack, type StackInfo, type StackVariant } from '../test/support/stack.ts';

const exec = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const SIGNER = 'signer';
const CLI_BUNDLE = join(here, '..', 'dist', 'cli', 'index.js');

// ---------------------------------------------------------------- options

// `--scale`: the many-tags and big-repository scenarios instead (bench/scale.ts).
if (process.argv.includes('--scale')) {
  await import('./scale.ts');
  process.exit(0);
}

const { values: args } = parseArgs({
  options: {
    rtt: { type: 'string', default: '50' },
    runs: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
    out: { type: 'string', default: join(here, 'results', 'latest.json') },
    // The node that runs the new-process rows (e.g. /usr/bin/node for Node 20); in-process rows use this one.
    node: { type: 'string', default: process.execPath },
    // Another CLI bundle (e.g. an older build's dist/cli/index.js) timed as an extra row, paired with the rest.
    'cli-before': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('usage: npm run bench -- [--rtt MS (50)] [--runs N (7)] [--warmup N (1)] [--node PATH] [--cli-before BUNDLE] [--out FILE]');
  process.exit(0);
}
const rttMs = Number(args.rtt);
const nodeBin = args.node!;
const runs = Number(args.runs);
const warmup = Number(args.warmup);
if (!(rttMs >= 0) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
  console.error('--rtt must be >= 0, --runs >= 1, --warmup >= 0');
  process.exit(2);
}

const log = (m: string) => console.error(`[bench] ${m}`);

// ---------------------------------------------------------------- notary-server's request log

// ---------------------------------------------------------------- contenders

interface RunSample {
  readonly ms: number;
  readonly gets: number;
  readonly posts: number;
  /** Connections the proxy accepted during the run. */
  readonly connections: number;
  /** Of those, how many carried a request (distinct client ports in notary-server's log). */
  readonly connectionsUsed: number;
  readonly requests: readonly string[];
  /** What the core's own Session counted, for the core contenders. */
  readonly core?: CoreSignResult & { readonly startupMs?: number };
  /** For docker: whether it pushed the image through the daemon first. */
  readonly pushedThroughDaemon?: boolean;
}

type RunExtra = Pick<RunSample, 'core' | 'pushedThroughDaemon'>;

interface Contender {
  readonly id: string;
  readonly label: string;
  readonly note: string;
  readonly command: string;
  prepare(): Promise<void>;
  /** Untimed set-up before run `i` (e.g. emptying a TUF cache). */
  before(i: number): Promise<void>;
  /** The timed part; returns what the core counted, if it is the core. */
  run(i: number): Promise<RunExtra>;
}

interface Pushed {
  readonly tag: string;
  readonly sha256: string;
  readonly size: number;
}

interface Prepared {
  readonly ctx: PeerContext;
  readonly repo: TestRepository;
  readonly tags: Pushed[];
  /** docker's encrypted key file for the signer. */
  readonly keyFile: string;
}

const totalRuns = warmup + runs;
const tagName = (i: number) => `run-${i}`;

/** Every peer context made, removed at the end. */
const contexts: PeerContext[] = [];

/**
 * A repository created by docker with signer "signer" (docker trust key
 * generate + signer add, through the proxy), and one pushed tag per run, all
 * of one small image, pushed straight to the registry.
 */
async function prepareRepository(stack: StackInfo, variant: StackVariant, id: string): Promise<Prepared> {
  const ctx = await createPeerContext(stack, variant);
  contexts.push(ctx);
  const repo = uniqueRepository(variant, `bench-${id}`);
  const publicKey = await generateSignerKey(ctx, SIGNER);
  await docker(ctx, ['trust', 'signer', 'add', '--key', publicKey, SIGNER, repo.name]);
  await makeImage(ctx, repo.ref('base'));
  const tags: Pushed[] = [];
  for (let i = 0; i < totalRuns; i++) {
    const ref = repo.ref(tagName(i));
    await docker(ctx, ['tag', repo.ref('base'), ref]);
    const pushed = await pushImage(ctx, ref);
    tags.push({ tag: tagName(i), sha256: pushed.digest.slice('sha256:'.length), size: pushed.size });
  }
  return { ctx, repo, tags, keyFile: await signerKeyFile(ctx) };
}

async function signerKeyFile(ctx: PeerContext): Promise<string> {
  const dir = join(ctx.dockerTrustDir, 'private');
  for (const file of await readdir(dir)) {
    const pem = await readFile(join(dir, file), 'utf8');
    if (new RegExp(`^role: ${SIGNER}$`, 'm').test(pem)) return join(dir, file);
  }
  throw new Error(`no docker key for ${SIGNER} in ${dir}`);
}

function coreJob(stack: StackInfo, proxy: ProxyThread, p: Prepared, i: number, caBundle = true): CoreSignJob {
  const t = p.tags[i]!;
  return {
    url: proxy.url,
    caPem: caBundle ? stack.caPem : '',
    gun: p.repo.gun,
    tag: t.tag,
    sha256: t.sha256,
    length: t.size,
    keyFile: p.keyFile,
    passphrase: p.ctx.passphrases.repository,
    signerName: SIGNER,
  };
}

/** Bundles sign-once.ts into one file as the shipped entrypoints are; null if rolldown is missing. */
async function bundleSignOnce(dir: string): Promise<string | null> {
  const rolldown = join(here, '..', 'node_modules', '.bin', 'rolldown');
  if (!existsSync(rolldown)) return null;
  const out = join(dir, 'sign-once.cjs');
  try {
    await exec(rolldown, [join(here, 'sign-once.ts'), '--platform', 'node', '--format', 'cjs', '--file', out]);
    return out;
  } catch (err) {
    log(`bundling sign-once.ts failed, running it from source: ${(err as Error).message.split('\n')[0]}`);
    return null;
  }
}

function runNode(script: string, job: CoreSignJob): Promise<CoreSignResult & { startupMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(args.node!, [script, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`sign-once exited ${code}\n${err}`));
      else resolve(JSON.parse(out) as CoreSignResult & { startupMs: number });
    });
  });
}

/** `dct-sign sign --no-push` from the shipped CLI bundle, as a CI step runs it. */
function runCli(stack: StackInfo, proxy: ProxyThread, p: Prepared, i: number, bundle = CLI_BUNDLE): Promise<void> {
  const args = [
    bundle, 'sign', '--no-push', '--signer-key-file', p.keyFile, '--signer-name', SIGNER,
    '--trust-server', proxy.url, '--trust-server-ca', stack.caFile, '--registry-ca', stack.caFile,
    p.repo.ref(p.tags[i]!.tag),
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_CONFIG: p.ctx.dockerConfig, HOME: p.ctx.dir, NOTARY_DELEGATION_PASSPHRASE: p.ctx.passphrases.repository };
  // Cold, as a CI runner's first step: no V8 compile cache.
  delete env.NODE_COMPILE_CACHE;
  delete env.DCT_TRUST_STATE;
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let err = '';
    child.stdout.resume();
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`dct-sign sign exited ${code}\n${err}`))));
  });
}

/** `docker trust sign`; says whether docker pushed through the daemon, and warns when that is not what was expected. */
async function dockerSign(p: Prepared, i: number, expectPush: boolean): Promise<RunExtra> {
  const ref = p.repo.ref(p.tags[i]!.tag);
  const { stdout, stderr } = await docker(p.ctx, ['trust', 'sign', ref]);
  const pushed = /Signing and pushing trust data for local image/.test(stdout + stderr);
  if (pushed !== expectPush) log(`note: docker trust sign ${ref} ${pushed ? 'pushed' : 'did not push'} the image`);
  return { pushedThroughDaemon: pushed };
}

function contenders(stack: StackInfo, variant: StackVariant, proxy: ProxyThread, scratch: string): Contender[] {
  let core: Prepared;
  let coreDefaultStore: Prepared;
  let coreProcess: Prepared;
  let coreCli: Prepared;
  let coreCliBefore: Prepared;
  let notaryRepo: Prepared;
  let dockerNew: Prepared;
  let dockerResign: Prepared;
  let signOnce = join(here, 'sign-once.ts');

  const emptyTufCache = (dir: string) => rm(join(dir, 'tuf'), { recursive: true, force: true });

  return [
    {
      id: 'dct-sign',
      label: 'dct-sign core',
      note: 'in-process signTargetsInRepository, new Session per run, key file read + decrypted in the timing',
      command: 'signTargetsInRepository({ server: new Session().trustServer(url), signers: [docker key], signerName, targets: [tag] })',
      prepare: async () => {
        core = await prepareRepository(stack, variant, 'core');
      },
      before: async () => {},
      run: async (i) => ({ core: await coreSign(coreJob(stack, proxy, core, i)) }),
    },
    {
      id: 'dct-sign-default-ca',
      label: "dct-sign core, CA in node's store",
      note: "as above but no CA bundle: the stack's CA is added to node's default store, as a public CA is for notary.docker.io",
      command: 'signTargetsInRepository({ server: new Session({ no caBundle }).trustServer(url), ... })',
      prepare: async () => {
        coreDefaultStore = await prepareRepository(stack, variant, 'default-ca');
      },
      before: async () => {},
      run: async (i) => ({ core: await coreSign(coreJob(stack, proxy, coreDefaultStore, i, false)) }),
    },
    {
      id: 'dct-sign-process',
      label: 'dct-sign core, new node process',
      note: 'the same sign in a new node process running a single-file bundle (as the action/CLI ship): adds node start-up and bundle load',
      command: 'node sign-once.cjs <job>',
      prepare: async () => {
        const bundled = await bundleSignOnce(scratch);
        if (bundled) signOnce = bundled;
        coreProcess = await prepareRepository(stack, variant, 'process');
      },
      before: async () => {},
      run: async (i) => ({ core: await runNode(signOnce, coreJob(stack, proxy, coreProcess, i)) }),
    },
    {
      id: 'dct-sign-cli',
      label: 'dct-sign sign --no-push (CLI)',
      note: 'the shipped CLI bundle (dist/cli/index.js) in a new node process, no V8 code cache: reads the digest from the (undelayed) registry, then signs',
      command: 'node dist/cli/index.js sign --no-push --signer-key-file <key> --trust-server <proxy> --trust-server-ca ca.crt --registry-ca ca.crt <ref>',
      prepare: async () => {
        if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run npm run build first`);
        coreCli = await prepareRepository(stack, variant, 'cli');
      },
      before: async () => {},
      run: async (i) => {
        await runCli(stack, proxy, coreCli, i);
        return {};
      },
    },
    ...(args['cli-before']
      ? [
          {
            id: 'dct-sign-cli-before',
            label: 'dct-sign sign --no-push (CLI, before)',
            note: `as the CLI row, with the bundle ${args['cli-before']}`,
            command: `node ${args['cli-before']} sign --no-push ...`,
            prepare: async () => {
              coreCliBefore = await prepareRepository(stack, variant, 'cli-before');
            },
            before: async () => {},
            run: async (i: number) => {
              await runCli(stack, proxy, coreCliBefore, i, args['cli-before']);
              return {};
            },
          },
        ]
      : []),
    {
      id: 'notary',
      label: 'notary addhash --publish',
      note: "notary CLI with docker's trust dir (-d <DOCKER_CONFIG>/trust: the signer key; TUF cache emptied before each run)",
      command: `notary -s <proxy> --tlscacert ca.crt -d <DOCKER_CONFIG>/trust addhash <gun> <tag> <size> --sha256 <hex> -r targets/releases,targets/${SIGNER} --publish`,
      prepare: async () => {
        const p = await prepareRepository(stack, variant, 'notary');
        // `notary key import` refuses an encrypted key without notary's `path`
        // header, which docker's files lack; docker's trust dir is a notary
        // trust dir, so point the CLI at it.
        notaryRepo = { ...p, ctx: { ...p.ctx, notaryDir: p.ctx.dockerTrustDir } };
      },
      before: () => emptyTufCache(notaryRepo.ctx.notaryDir),
      run: async (i) => {
        const t = notaryRepo.tags[i]!;
        await notary(notaryRepo.ctx, [
          'addhash', notaryRepo.repo.gun, t.tag, String(t.size), '--sha256', t.sha256,
          '-r', `targets/releases,targets/${SIGNER}`, '--publish',
        ]);
        return {};
      },
    },
    {
      id: 'docker',
      label: 'docker trust sign (new tag)',
      note: 'tag pushed but not yet signed: docker re-pushes it through the daemon (registry not delayed) then publishes; TUF cache emptied before each run',
      command: 'docker trust sign <registry>/<repo>:<tag>',
      prepare: async () => {
        dockerNew = await prepareRepository(stack, variant, 'docker');
      },
      before: () => emptyTufCache(dockerNew.ctx.dockerTrustDir),
      run: async (i) => {
        return dockerSign(dockerNew, i, true);
      },
    },
    {
      id: 'docker-resign',
      label: 'docker trust sign (signed tag)',
      note: 'tag already signed (by the core, untimed): no push, only the trust-server part; TUF cache emptied before each run',
      command: 'docker trust sign <registry>/<repo>:<tag>   # tag already signed',
      prepare: async () => {
        dockerResign = await prepareRepository(stack, variant, 'resign');
        for (let i = 0; i < totalRuns; i++) await coreSign(coreJob(stack, proxy, dockerResign, i));
      },
      before: () => emptyTufCache(dockerResign.ctx.dockerTrustDir),
      run: async (i) => {
        return dockerSign(dockerResign, i, false);
      },
    },
  ];
}

// ---------------------------------------------------------------- statistics and output

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const min = (xs: readonly number[]) => Math.min(...xs);
const max = (xs: readonly number[]) => Math.max(...xs);
const range = (xs: readonly number[]) => (min(xs) === max(xs) ? String(min(xs)) : `${min(xs)}-${max(xs)}`);

function table(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r, ri) => {
      const line = r.map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ');
      return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

async function versions(info: StackInfo): Promise<Record<string, string>> {
  const v = async (file: string, a: string[]) => {
    try {
      const { stdout } = await exec(file, a, { env: { ...process.env, DOCKER_HOST: info.dockerHost } });
      return stdout.replace(/\s+/g, ' ').trim();
    } catch {
      return 'unknown';
    }
  };
  const undici = await readFile(join(here, '..', 'node_modules', 'undici', 'package.json'), 'utf8')
    .then((t) => String((JSON.parse(t) as { version?: unknown }).version))
    .catch(() => 'unknown');
  return {
    node: process.version,
    undici,
    notary: await v('notary', ['version']),
    docker: await v(DOCKER_CLI, ['version', '--format', 'client {{.Client.Version}}, server {{.Server.Version}}']),
  };
}

/** "GET /v2/<gun>/_trust/tuf/snapshot.<sha256>.json 200" -> "GET snapshot.<hash>"; the status only when not 200. */
function compactRequest(r: string): string {
  const [method, uri, status] = r.split(' ');
  const file = uri!
    .replace(/^\/v2\/.*?\/_trust\/tuf\//, '')
    .replace(/\.[0-9a-f]{64}\.json$/, '.<hash>')
    .replace(/\.json$/, '');
  const what = uri === '/v2/' ? ' /v2/' : file ? ` ${file}` : '';
  return `${method}${what}${status === '200' ? '' : ` ${status}`}`;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  let stack: Stack | undefined;
  let info: StackInfo;
  const reuse = process.env.DCT_STACK_JSON;
  if (reuse) {
    info = readStackInfo(reuse);
    log(`reusing the stack in ${info.dir}`);
  } else {
    stack = await startStack({ log });
    info = stack.info;
  }
  const scratch = await mkdtemp(join(tmpdir(), 'dct-bench-'));
  let proxy: ProxyThread | undefined;
  const stop = async () => {
    await proxy?.close();
    await Promise.all(contexts.map((c) => removePeerContext(c).catch(() => {})));
    await rm(scratch, { recursive: true, force: true });
    await stack?.stop();
  };
  process.once('SIGINT', () => {
    log('interrupted; stopping the stack');
    void stop().finally(() => process.exit(130));
  });

  try {
    const open = info.variants.open;
    proxy = await startProxyThread({ target: open.notaryUrl, oneWayDelayMs: rttMs / 2 });
    // For the contender without a CA bundle: trust the stack's CA as a public one.
    setDefaultCACertificates([...getCACertificates('default'), info.caPem]);
    const variant: StackVariant = { ...open, notaryUrl: proxy.url };
    const serverLog = new ServerLog(info.logs['notary-server-open']!);
    log(`notary-server ${open.notaryUrl} behind ${proxy.url}, ${rttMs} ms round trip`);

    // Read before anything runs: the in-process contenders use the undici loaded now.
    const versionsAtStart = await versions(info);
    const all = contenders(info, variant, proxy, scratch);
    for (const c of all) {
      const t = performance.now();
      await c.prepare();
      log(`prepared ${c.label} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    }

    const loadBefore = loadavg()[0]!;
    const samples = new Map<string, RunSample[]>(all.map((c) => [c.id, []]));
    for (let i = 0; i < totalRuns; i++) {
      const kind = i < warmup ? 'warm-up' : `run ${i - warmup + 1}/${runs}`;
      for (const c of all) {
        await c.before(i);
        const mark = await serverLog.mark();
        const connectionsBefore = await proxy.connections();
        const t0 = performance.now();
        const extra = await c.run(i);
        const ms = performance.now() - t0;
        const connections = (await proxy.connections()) - connectionsBefore;
        const requests = await serverLog.since(mark);
        const sample: RunSample = {
          ms,
          gets: requests.filter((r) => r.method === 'GET').length,
          posts: requests.filter((r) => r.method === 'POST').length,
          connections,
          connectionsUsed: new Set(requests.map((r) => r.remote)).size,
          requests: requests.map((r) => `${r.method} ${r.uri} ${r.status}`),
          ...extra,
        };
        if (i >= warmup) samples.get(c.id)!.push(sample);
        log(`${kind.padEnd(9)} ${c.label.padEnd(32)} ${ms.toFixed(0).padStart(6)} ms  ${sample.gets} GET ${sample.posts} POST ${connections} conn`);
      }
    }

    // ------------------------------------------------------------ report
    const load = { before: loadBefore, after: loadavg()[0]! };
    const summary = all.map((c) => {
      const s = samples.get(c.id)!;
      const times = s.map((x) => x.ms);
      return {
        id: c.id,
        label: c.label,
        note: c.note,
        command: c.command,
        medianMs: median(times),
        minMs: min(times),
        maxMs: max(times),
        gets: range(s.map((x) => x.gets)),
        posts: range(s.map((x) => x.posts)),
        connections: range(s.map((x) => x.connections)),
        connectionsUsed: range(s.map((x) => x.connectionsUsed)),
        samples: s,
      };
    });
    const base = summary.find((s) => s.id === 'dct-sign')!;
    const notaryRow = summary.find((s) => s.id === 'notary')!;
    // Paired: contenders ran round by round, so run i of each saw the same load.
    const perNotary = (s: (typeof summary)[number]) => median(s.samples.map((x, i) => x.ms / notaryRow.samples[i]!.ms));
    const floorMs = 4 * rttMs;
    const rows = [
      ['contender', 'median ms', 'min ms', 'GETs', 'POSTs', 'connections', '× dct-sign', '× notary (paired)', 'median RTTs'],
      ...summary.map((s) => [
        s.label,
        s.medianMs.toFixed(0),
        s.minMs.toFixed(0),
        s.gets,
        s.posts,
        s.connections,
        (s.medianMs / base.medianMs).toFixed(2),
        perNotary(s).toFixed(2),
        rttMs > 0 ? (s.medianMs / rttMs).toFixed(1) : '-',
      ]),
      ['theoretical floor (TCP + TLS 1.3 + GET wave + POST)', floorMs.toFixed(0), '', '', '', '', (floorMs / base.medianMs).toFixed(2), (floorMs / notaryRow.medianMs).toFixed(2), '4.0'],
    ];
    const coreSamples = base.samples.map((x) => x.core!);
    const processSamples = summary.find((s) => s.id === 'dct-sign-process')!.samples.map((x) => x.core!);
    const patterns = summary.map((s) => {
      const last = s.samples.at(-1)!;
      return `  ${s.label}: ${last.requests.map(compactRequest).join(', ')}  [${last.connections} connections, ${last.connectionsUsed} carrying requests]`;
    });
    const lines = [
      '',
      `Signing one tag (new-process rows on ${nodeBin}), notary-server ${rttMs} ms round trip away (${rttMs / 2} ms each way), ${runs} runs each after ${warmup} warm-up, ${cpus().length} CPUs, load ${load.before.toFixed(1)} -> ${load.after.toFixed(1)}, undici ${versionsAtStart.undici}`,
      '',
      table(rows, new Set([1, 2, 3, 4, 5, 6, 7, 8])),
      '',
      'GETs/POSTs: requests notary-server logged during a run (registry traffic not included); connections: TCP connections the proxy accepted.',
      `dct-sign core, per its own Session: ${range(coreSamples.map((c) => c.byMethod.GET ?? 0))} GET, ${range(coreSamples.map((c) => c.byMethod.POST ?? 0))} POST, ${range(coreSamples.map((c) => c.connections))} connections; median key load ${median(coreSamples.map((c) => c.keyLoadMs)).toFixed(1)} ms, publish ${median(coreSamples.map((c) => c.publishMs)).toFixed(0)} ms.`,
      `dct-sign in a new process: median node start-up + bundle load ${median(processSamples.map((c) => c.startupMs ?? 0)).toFixed(0)} ms, then the sign ${median(processSamples.map((c) => c.totalMs)).toFixed(0)} ms.`,
      '',
      'Requests of the last run, in the order notary-server answered them:',
      ...patterns,
      '',
    ];
    const versionsAtEnd = await versions(info);
    if (versionsAtEnd.undici !== versionsAtStart.undici) {
      lines.push(`WARNING: node_modules/undici changed during the run (${versionsAtStart.undici} -> ${versionsAtEnd.undici}); run again.`, '');
    }
    console.log(lines.join('\n'));

    const result = {
      date: new Date().toISOString(),
      command: `npm run bench -- --rtt ${rttMs} --runs ${runs} --warmup ${warmup}`,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', kernel: release(), loadAverage1m: load },
      versions: versionsAtStart,
      rttMs,
      oneWayDelayMs: rttMs / 2,
      runs,
      warmup,
      floorMs,
      nodeForProcesses: nodeBin,
      contenders: summary.map((s) => ({ ...s, ratioToDctSign: s.medianMs / base.medianMs, pairedRatioToNotary: perNotary(s) })),
    };
    await mkdir(dirname(args.out!), { recursive: true });
    await writeFile(args.out!, `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${args.out}`);
  } finally {
    await stop();
  }
}

await main();
