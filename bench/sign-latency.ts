// `npm run bench`: how long signing ONE tag takes when the trust server and
// the registry are a realistic distance away, for dct-sign's core and CLI and
// for the peers a CI job could use instead: the notary CLI, `docker trust
// sign`, and for the bridge to Sigstore (issue 18, bench/bridge.ts) cosign.
//
// It starts the test stack (or reuses a running one: DCT_STACK_JSON), puts a
// latency proxy in front of the open variant's notary-server and another in
// front of its registry, prepares one repository per contender (named by the
// proxied registry address), then signs a new tag N times per contender,
// contenders interleaved round by round. Each run starts cold, as a fresh CI
// run does: a new Session for the core, empty TUF caches and a fresh HOME for
// the peers. Requests are counted from the servers' own logs (the proxy only
// sees TLS), connections by the proxies.
//
//   npm run bench -- [--rtt MS] [--runs N] [--warmup N] [--only dct|bridge] [--variant open|token] [--node PATH]... [--out FILE]
//
// --variant token runs the same rows against the token-auth variant, with
// the token server behind a latency proxy too (so it starts its own stack).
//
// Nothing here asserts on time: it measures and prints.

import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir } from 'node:os';
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { BRIDGE_GOALS, bridgeContenders, SKIPPED_NOTE } from './bridge.ts';
import { coreSign, type CoreSignJob, type CoreSignResult } from './core-sign.ts';
import { startProxyThread, type ProxyThread } from './proxy-thread.ts';
import {
  type BenchEnv,
  CLI_BUNDLE,
  cliFeatures,
  type Contender,
  nodeMajor,
  type Prepared,
  prepareRepository,
  runCli,
  type RunExtra,
  SIGNER,
} from './rows.ts';
import { ServerLog } from './server-log.ts';
import { docker, notary, type PeerContext, removePeerContext } from '../test/support/peers.ts';
import { DOCKER_CLI, readStackInfo, startStack, type Stack, type StackInfo, type StackVariant, type VariantName } from '../test/support/stack.ts';
import { SIGNER as SIGNER_LOGIN } from '../test/support/token-server.ts';

const exec = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const SYSTEM_NODE = '/usr/bin/node';

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
    // The nodes that run the new-process rows, a row each; default this one (the `node` devDependency, 24)
    // and the system's /usr/bin/node (20) when it is another major. In-process rows use this one.
    node: { type: 'string', multiple: true },
    // Only the DCT rows (core, CLI, notary, docker) or only the bridge rows (issue 18: cosign); default both.
    only: { type: 'string' },
    // The stack variant: open (no auth) or token (registry and trust server behind the token server, also delayed).
    variant: { type: 'string', default: 'open' },
    // Another CLI bundle (e.g. an older build's dist/cli/index.js) timed as an extra row, paired with the rest.
    'cli-before': { type: 'string' },
    // The CLI bundle every CLI row runs (default dist/cli/index.js), e.g. a candidate build elsewhere.
    cli: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('usage: npm run bench -- [--rtt MS (50)] [--runs N (7)] [--warmup N (1)] [--only dct|bridge] [--variant open|token] [--node PATH]... [--cli BUNDLE] [--cli-before BUNDLE] [--out FILE]');
  process.exit(0);
}
const rttMs = Number(args.rtt);
const only = args.only ?? 'all';
if (!['all', 'dct', 'bridge'].includes(only)) {
  console.error('--only must be dct or bridge');
  process.exit(2);
}
const cliBundle = args.cli ?? CLI_BUNDLE;
const variantName = args.variant as VariantName;
if (variantName !== 'open' && variantName !== 'token') {
  console.error('--variant must be open or token');
  process.exit(2);
}
const nodePaths = args.node ?? [process.execPath, ...(existsSync(SYSTEM_NODE) ? [SYSTEM_NODE] : [])];
const nodes: { path: string; major: string }[] = [];
for (const path of nodePaths) {
  const major = await nodeMajor(path);
  if (!nodes.some((n) => n.major === major)) nodes.push({ path, major });
}
const runs = Number(args.runs);
const warmup = Number(args.warmup);
if (!(rttMs >= 0) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
  console.error('--rtt must be >= 0, --runs >= 1, --warmup >= 0');
  process.exit(2);
}

const log = (m: string) => console.error(`[bench] ${m}`);

// ---------------------------------------------------------------- notary-server's request log

// ---------------------------------------------------------------- contenders

interface Counts {
  readonly requests: number;
  /** Connections the proxy accepted during the run. */
  readonly connections: number;
  readonly byMethod: Readonly<Record<string, number>>;
}

interface RunSample extends RunExtra {
  readonly ms: number;
  readonly gets: number;
  readonly posts: number;
  /** Connections the trust server's proxy accepted during the run. */
  readonly connections: number;
  /** Of those, how many carried a request (distinct client ports in notary-server's log). */
  readonly connectionsUsed: number;
  readonly requests: readonly string[];
  /** The registry's side: requests from its access log, connections from its proxy. */
  readonly registry: Counts & { readonly log: readonly string[] };
  /** The token server's side (token variant): token requests from its log, connections from its proxy. */
  readonly token: Omit<Counts, 'byMethod'>;
}

const totalRuns = warmup + runs;

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
    ...(p.ctx.user ? { credentials: p.ctx.user } : {}),
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

function runNode(node: string, script: string, job: CoreSignJob): Promise<CoreSignResult & { startupMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [script, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
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
function runCliSign(node: string, stack: StackInfo, proxy: ProxyThread, p: Prepared, i: number, bundle = cliBundle): Promise<void> {
  const cliArgs = [
    'sign', '--no-push', '--signer-key-file', p.keyFile, '--signer-name', SIGNER,
    '--trust-server', proxy.url, '--trust-server-ca', stack.caFile, '--registry-ca', stack.caFile,
    p.repo.ref(p.tags[i]!.tag),
  ];
  return runCli(node, cliArgs, { DOCKER_CONFIG: p.ctx.dockerConfig, HOME: p.ctx.dir, NOTARY_DELEGATION_PASSPHRASE: p.ctx.passphrases.repository }, bundle);
}

/** `docker trust sign`; says whether docker pushed through the daemon, and warns when that is not what was expected. */
async function dockerSign(p: Prepared, i: number, expectPush: boolean): Promise<RunExtra> {
  const ref = p.repo.ref(p.tags[i]!.tag);
  const { stdout, stderr } = await docker(p.ctx, ['trust', 'sign', ref]);
  const pushed = /Signing and pushing trust data for local image/.test(stdout + stderr);
  if (pushed !== expectPush) log(`note: docker trust sign ${ref} ${pushed ? 'pushed' : 'did not push'} the image`);
  return { pushedThroughDaemon: pushed };
}

function contenders(env: BenchEnv, proxy: ProxyThread, scratch: string): Contender[] {
  const stack = env.stack;
  let core: Prepared;
  let coreDefaultStore: Prepared;
  const coreProcess = new Map<string, Prepared>();
  const coreCli = new Map<string, Prepared>();
  let coreCliBefore: Prepared;
  let notaryRepo: Prepared;
  let dockerNew: Prepared;
  let dockerResign: Prepared;
  let signOnce = join(here, 'sign-once.ts');
  let bundled: Promise<void> | undefined;

  const emptyTufCache = (dir: string) => rm(join(dir, 'tuf'), { recursive: true, force: true });
  // A new-process row per node; the label says which when there is more than one.
  const on = (major: string) => (nodes.length > 1 ? ` [node ${major}]` : '');

  return [
    {
      id: 'dct-sign',
      label: 'dct-sign core',
      note: 'in-process signTargetsInRepository, new Session per run, key file read + decrypted in the timing',
      command: 'signTargetsInRepository({ server: new Session().trustServer(url), signers: [docker key], signerName, targets: [tag] })',
      prepare: async () => {
        core = await prepareRepository(env, 'core');
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
        coreDefaultStore = await prepareRepository(env, 'default-ca');
      },
      before: async () => {},
      run: async (i) => ({ core: await coreSign(coreJob(stack, proxy, coreDefaultStore, i, false)) }),
    },
    ...nodes.map(
      (node): Contender => ({
        id: `dct-sign-process@${node.major}`,
        label: `dct-sign core, new node process${on(node.major)}`,
        note: 'the same sign in a new node process running a single-file bundle (as the action/CLI ship): adds node start-up and bundle load',
        command: 'node sign-once.cjs <job>',
        prepare: async () => {
          bundled ??= bundleSignOnce(scratch).then((file) => {
            if (file) signOnce = file;
          });
          await bundled;
          coreProcess.set(node.major, await prepareRepository(env, `process-${node.major}`));
        },
        before: async () => {},
        run: async (i) => ({ core: await runNode(node.path, signOnce, coreJob(stack, proxy, coreProcess.get(node.major)!, i)) }),
      }),
    ),
    ...nodes.map(
      (node): Contender => ({
        id: `dct-sign-cli@${node.major}`,
        label: `dct-sign sign --no-push (CLI)${on(node.major)}`,
        note: 'the shipped CLI bundle (dist/cli/index.js) in a new node process, no V8 code cache: reads the digest from the registry, then signs',
        command: 'node dist/cli/index.js sign --no-push --signer-key-file <key> --trust-server <proxy> --trust-server-ca ca.crt --registry-ca ca.crt <registry/repo:tag>',
        prepare: async () => {
          if (!existsSync(cliBundle)) throw new Error(`${cliBundle} is missing: run npm run build first`);
          coreCli.set(node.major, await prepareRepository(env, `cli-${node.major}`));
        },
        before: async () => {},
        run: async (i) => {
          await runCliSign(node.path, stack, proxy, coreCli.get(node.major)!, i);
          return {};
        },
      }),
    ),
    ...(args['cli-before']
      ? [
          {
            id: 'dct-sign-cli-before',
            label: 'dct-sign sign --no-push (CLI, before)',
            note: `as the CLI row, with the bundle ${args['cli-before']}`,
            command: `node ${args['cli-before']} sign --no-push ...`,
            prepare: async () => {
              coreCliBefore = await prepareRepository(env, 'cli-before');
            },
            before: async () => {},
            run: async (i: number) => {
              await runCliSign(nodes[0]!.path, stack, proxy, coreCliBefore, i, args['cli-before']);
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
        const p = await prepareRepository(env, 'notary');
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
      note: 'tag pushed but not yet signed: docker re-pushes it through the daemon (through the registry proxy) then publishes; TUF cache emptied before each run',
      command: 'docker trust sign <registry>/<repo>:<tag>',
      prepare: async () => {
        dockerNew = await prepareRepository(env, 'docker');
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
        dockerResign = await prepareRepository(env, 'resign');
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

/** A registry access-log line "GET /v2/<repo>/manifests/run-3 200" -> "GET manifests/run-3"; digests shortened. */
function compactRegistryRequest(r: string): string {
  const [method, uri, status] = r.split(' ');
  const what = uri === '/v2/' ? '/v2/' : uri!.replace(/\?.*$/, '').replace(/^\/v2\/.*?\/(manifests|blobs|tags|referrers)\//, '$1/').replace(/([0-9a-f]{8})[0-9a-f]{56}/g, '$1…');
  return `${method} ${what}${status === '200' ? '' : ` ${status}`}`;
}

const byMethod = (requests: readonly { method: string }[]) => {
  const out: Record<string, number> = {};
  for (const r of requests) out[r.method] = (out[r.method] ?? 0) + 1;
  return out;
};
const methods = (m: Readonly<Record<string, number>>) =>
  Object.entries(m)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${v} ${k}`)
    .join(' ');

/**
 * The requests for the bench's own repositories (all named bench-…) and the
 * `/v2/` pings: a reused stack may serve someone else's tests at the same
 * time, and their requests are not this run's.
 */
const ours = <T extends { uri: string }>(requests: readonly T[]): T[] =>
  requests.filter((r) => r.uri === '/v2/' || r.uri.includes('bench-'));

/** A GET whose answer does not matter, only that the server logs it. */
function sentinel(url: string, ca?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (res: { resume(): void; on(e: 'end', f: () => void): void }) => {
      res.on('end', () => resolve());
      res.resume();
    };
    const req = url.startsWith('https:') ? httpsGet(url, { ca }, done) : httpGet(url, done);
    req.on('error', reject);
  });
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  let stack: Stack | undefined;
  let info: StackInfo;
  const reuse = process.env.DCT_STACK_JSON;
  let tokenProxy: ProxyThread | undefined;
  if (reuse && variantName === 'token') {
    console.error('--variant token starts its own stack, with the token server behind the latency proxy: unset DCT_STACK_JSON');
    process.exit(2);
  }
  if (reuse) {
    info = readStackInfo(reuse);
    log(`reusing the stack in ${info.dir}`);
  } else {
    // The token variant's servers send clients to the token server through a proxy of its own.
    stack = await startStack({
      log,
      tokenServerAddress: async (url) => {
        tokenProxy = await startProxyThread({ target: url, oneWayDelayMs: rttMs / 2 });
        return tokenProxy.url;
      },
    });
    info = stack.info;
  }
  const scratch = await mkdtemp(join(tmpdir(), 'dct-bench-'));
  let proxy: ProxyThread | undefined;
  let registryProxy: ProxyThread | undefined;
  const contexts: PeerContext[] = [];
  const all: Contender[] = [];
  const stop = async () => {
    await Promise.all(all.map((c) => c.after?.(-1).catch(() => {})));
    await proxy?.close();
    await registryProxy?.close();
    await tokenProxy?.close();
    await Promise.all(contexts.map((c) => removePeerContext(c).catch(() => {})));
    await rm(scratch, { recursive: true, force: true });
    await stack?.stop();
  };
  process.once('SIGINT', () => {
    log('interrupted; stopping the stack');
    void stop().finally(() => process.exit(130));
  });

  try {
    const open = info.variants[variantName];
    proxy = await startProxyThread({ target: open.notaryUrl, oneWayDelayMs: rttMs / 2 });
    registryProxy = await startProxyThread({ target: open.registryHost, oneWayDelayMs: rttMs / 2 });
    // For the contender without a CA bundle: trust the stack's CA as a public one.
    setDefaultCACertificates([...getCACertificates('default'), info.caPem]);
    // Every reference names the proxied registry: the registry is as far away as the trust server.
    const registryHost = `127.0.0.1:${registryProxy.port}`;
    const variant: StackVariant = { ...open, notaryUrl: proxy.url, registryHost, registryUrl: `http://${registryHost}` };
    // Sentinel requests straight to each server (no proxy), whose log lines close a run's window.
    const serverLog = new ServerLog(info.logs[`notary-server-${variantName}`]!, 'notary', (id) =>
      sentinel(`${open.notaryUrl}/v2/${id}/_trust/tuf/root.json`, info.caPem),
    );
    const registryLog = new ServerLog(info.logs[`registry-${variantName}`]!, 'registry', (id) =>
      sentinel(`${open.registryUrl}/v2/${id}/manifests/latest`),
    );
    const tokenLog = new ServerLog(info.logs['token-server']!, 'token', (id) =>
      sentinel(`${info.tokenServer.url}/token?service=${id}`),
    );
    const user = open.auth ? SIGNER_LOGIN : undefined;
    log(`${variantName} variant: notary-server ${open.notaryUrl} behind ${proxy.url}, registry ${open.registryHost} behind ${registryHost}${tokenProxy && open.auth ? `, token server ${info.tokenServer.url} behind ${tokenProxy.url}` : ''}, ${rttMs} ms round trip each`);
    log(`new-process rows on ${nodes.map((n) => `node ${n.major} (${n.path})`).join(' and ')}`);

    // Read before anything runs: the in-process contenders use the undici loaded now.
    const versionsAtStart = await versions(info);
    const env: BenchEnv = { stack: info, variant, directRegistryHost: open.registryHost, totalRuns, contexts, log, ...(user ? { user } : {}) };
    let skipped: string[] = [];
    if (only !== 'bridge') all.push(...contenders(env, proxy, scratch));
    if (only !== 'dct') {
      if (!existsSync(cliBundle)) throw new Error(`${cliBundle} is missing: run npm run build first`);
      const features = await cliFeatures(nodes[0]!.path, cliBundle);
      log(`the built CLI has --formats: ${features.formats}, --cosign-key: ${features.cosignKey}, --cosign-public-key: ${features.cosignPublicKey}`);
      const bridge = bridgeContenders({ env, nodes, features, scratch, bundle: cliBundle });
      all.push(...bridge.rows);
      skipped = bridge.skipped;
    }
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
        const registryMark = await registryLog.mark();
        const tokenMark = await tokenLog.mark();
        const tokenConnectionsBefore = (await tokenProxy?.connections()) ?? 0;
        const connectionsBefore = await proxy.connections();
        const registryConnectionsBefore = await registryProxy.connections();
        const t0 = performance.now();
        const extra = await c.run(i);
        const ms = performance.now() - t0;
        const connections = (await proxy.connections()) - connectionsBefore;
        const registryConnections = (await registryProxy.connections()) - registryConnectionsBefore;
        const tokenConnections = ((await tokenProxy?.connections()) ?? 0) - tokenConnectionsBefore;
        await c.after?.(i);
        const requests = ours(await serverLog.since(mark));
        const registryRequests = ours(await registryLog.since(registryMark));
        const tokenRequests = open.auth ? ours(await tokenLog.since(tokenMark)) : [];
        const sample: RunSample = {
          ms,
          gets: requests.filter((r) => r.method === 'GET').length,
          posts: requests.filter((r) => r.method === 'POST').length,
          connections,
          connectionsUsed: new Set(requests.map((r) => r.remote)).size,
          requests: requests.map((r) => `${r.method} ${r.uri} ${r.status}`),
          registry: {
            requests: registryRequests.length,
            connections: registryConnections,
            byMethod: byMethod(registryRequests),
            log: registryRequests.map((r) => `${r.method} ${r.uri} ${r.status}`),
          },
          token: { requests: tokenRequests.length, connections: tokenConnections },
          ...extra,
        };
        if (i >= warmup) samples.get(c.id)!.push(sample);
        log(
          `${kind.padEnd(9)} ${c.label.padEnd(46)} ${ms.toFixed(0).padStart(6)} ms  trust ${sample.gets} GET ${sample.posts} POST ${connections} conn  registry ${registryRequests.length} req ${registryConnections} conn${open.auth ? `  token ${tokenRequests.length} req ${tokenConnections} conn` : ''}`,
        );
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
        registryRequests: range(s.map((x) => x.registry.requests)),
        registryConnections: range(s.map((x) => x.registry.connections)),
        tokenRequests: range(s.map((x) => x.token.requests)),
        tokenConnections: range(s.map((x) => x.token.connections)),
        samples: s,
      };
    });
    type Row = (typeof summary)[number];
    const base = summary.find((s) => s.id === 'dct-sign');
    const notaryRow = summary.find((s) => s.id === 'notary');
    // Paired: contenders ran round by round, so run i of each saw the same load.
    const paired = (s: Row, to: Row) => median(s.samples.map((x, i) => x.ms / to.samples[i]!.ms));
    const floorMs = 4 * rttMs;
    // The token columns only on the token variant.
    const tok = <T,>(...cells: T[]): T[] => (open.auth ? cells : []);
    const rows = [
      ['contender', 'median ms', 'min ms', 'GETs', 'POSTs', 'conns', 'reg reqs', 'reg conns', ...tok('token reqs', 'token conns'), '× dct-sign', '× notary (paired)', 'median RTTs'],
      ...summary.map((s) => [
        s.label,
        s.medianMs.toFixed(0),
        s.minMs.toFixed(0),
        s.gets,
        s.posts,
        s.connections,
        s.registryRequests,
        s.registryConnections,
        ...tok(s.tokenRequests, s.tokenConnections),
        base ? (s.medianMs / base.medianMs).toFixed(2) : '-',
        notaryRow ? paired(s, notaryRow).toFixed(2) : '-',
        rttMs > 0 ? (s.medianMs / rttMs).toFixed(1) : '-',
      ]),
      ...(base && notaryRow
        ? [['theoretical floor, trust server only (TCP + TLS 1.3 + GET wave + POST)', floorMs.toFixed(0), '', '', '', '', '', '', ...tok('', ''), (floorMs / base.medianMs).toFixed(2), (floorMs / notaryRow.medianMs).toFixed(2), '4.0']]
        : []),
    ];
    const patterns = summary.map((s) => {
      const last = s.samples.at(-1)!;
      const trust = last.requests.length > 0 ? `trust: ${last.requests.map(compactRequest).join(', ')}  [${last.connections} connections, ${last.connectionsUsed} carrying requests]` : 'trust: none';
      const registry = `registry: ${methods(last.registry.byMethod) || 'none'} [${last.registry.connections} connections]: ${last.registry.log.map(compactRegistryRequest).join(', ')}`;
      return `  ${s.label}:\n    ${trust}\n    ${registry}`;
    });
    const goals: string[][] = [['goal', 'node', 'row ms', 'peer ms', 'ratio (paired)', 'goal', 'met']];
    const goalResults: { goal: string; node: string; rowMs: number; peerMs: number; ratio: number; max: number }[] = [];
    for (const g of only !== 'dct' ? BRIDGE_GOALS : []) {
      for (const node of nodes) {
        const row = summary.find((s) => s.id === `${g.row}@${node.major}`);
        const peer = summary.find((s) => s.id === (g.peer.endsWith('@') ? `${g.peer}${node.major}` : g.peer));
        if (!row || !peer) {
          goals.push([g.name, node.major, '-', peer ? peer.medianMs.toFixed(0) : '-', SKIPPED_NOTE, `≤ ${g.max}×`, '-']);
          continue;
        }
        const ratio = paired(row, peer);
        goalResults.push({ goal: g.name, node: node.major, rowMs: row.medianMs, peerMs: peer.medianMs, ratio, max: g.max });
        goals.push([g.name, node.major, row.medianMs.toFixed(0), peer.medianMs.toFixed(0), `${ratio.toFixed(2)}×`, `≤ ${g.max}×`, ratio <= g.max ? 'yes' : 'NO']);
      }
    }
    const coreSamples = base?.samples.map((x) => x.core!) ?? [];
    const processRows = summary.filter((s) => s.id.startsWith('dct-sign-process@'));
    const lines = [
      '',
      `Signing one tag (${variantName} variant): notary-server${open.auth ? ', registry and token server' : ' and registry'} each ${rttMs} ms round trip away (${rttMs / 2} ms each way), ${runs} runs each after ${warmup} warm-up, ${cpus().length} CPUs, load ${load.before.toFixed(1)} -> ${load.after.toFixed(1)}, undici ${versionsAtStart.undici}, new-process rows on ${nodes.map((n) => `node ${n.major}`).join(' and ')}`,
      '',
      table(rows, new Set(rows[0]!.map((_, c) => c).slice(1))),
      '',
      'GETs/POSTs: requests notary-server logged during a run; conns: TCP connections its proxy accepted. reg reqs: requests the registry logged; reg conns: TCP connections the registry proxy accepted.' +
        (open.auth ? ' token reqs: token requests the token server logged; token conns: TCP connections its proxy accepted.' : ''),
      ...(base
        ? [`dct-sign core, per its own Session: ${range(coreSamples.map((c) => c.byMethod.GET ?? 0))} GET, ${range(coreSamples.map((c) => c.byMethod.POST ?? 0))} POST, ${range(coreSamples.map((c) => c.connections))} connections; median key load ${median(coreSamples.map((c) => c.keyLoadMs)).toFixed(1)} ms, publish ${median(coreSamples.map((c) => c.publishMs)).toFixed(0)} ms.`]
        : []),
      ...processRows.map((r) => {
        const c = r.samples.map((x) => x.core!);
        return `${r.label}: median node start-up + bundle load ${median(c.map((x) => x.startupMs ?? 0)).toFixed(0)} ms, then the sign ${median(c.map((x) => x.totalMs)).toFixed(0)} ms.`;
      }),
      ...(goals.length > 1 ? ['', "Issue 18's speed goals (each ratio the median of the per-round ratios, same run):", '', table(goals, new Set([1, 2, 3, 4]))] : []),
      ...(skipped.length > 0 ? ['', `Left out (${SKIPPED_NOTE}): ${skipped.join('; ')}.`] : []),
      '',
      'Requests of the last run, in the order the servers answered them:',
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
      command: `npm run bench -- --rtt ${rttMs} --runs ${runs} --warmup ${warmup}${only === 'all' ? '' : ` --only ${only}`}${variantName === 'open' ? '' : ` --variant ${variantName}`}`,
      variant: variantName,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', kernel: release(), loadAverage1m: load },
      versions: versionsAtStart,
      rttMs,
      oneWayDelayMs: rttMs / 2,
      delayed: ['trust server', 'registry', ...(open.auth ? ['token server'] : [])],
      runs,
      warmup,
      floorMs,
      nodes,
      skipped,
      goals: goalResults,
      contenders: summary.map((s) => ({
        ...s,
        ratioToDctSign: base ? s.medianMs / base.medianMs : null,
        pairedRatioToNotary: notaryRow ? paired(s, notaryRow) : null,
      })),
    };
    await mkdir(dirname(args.out!), { recursive: true });
    await writeFile(args.out!, `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${args.out}`);
  } finally {
    await stop();
  }
}

await main();
