// `node bench/resolve-many.ts`: reading many tags' digests from a registry,
// as sign does for its references, against a bare client that sends the
// same manifest HEADs over the same number of pooled connections.
//
// A local docker-registry (distribution, plain http on loopback, no delay)
// is filled with one manifest under N tags (untimed). Each contender is a new
// node process that reads all N and prints its time and peak RSS:
//
// - bare: undici's Pool with CONNECTIONS connections, N HEADs with the
//   manifest Accept header, all queued at once.
// - core: a dct-sign Session (the CLI's transport, auth and registry client),
//   `registry.resolve(ref)` for every reference at once, as sign's
//   resolveDigests does. --src DIR runs another checkout's src/ (one kept
//   inside this repository, so that it finds node_modules), for a paired
//   before/after.
//
//   node bench/resolve-many.ts [--tags N (9400)] [--runs N (3)] [--src LABEL=DIR]...
//
// Contenders take turns run by run. Nothing here asserts on time.

import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { Pool } from 'undici';

const here = dirname(fileURLToPath(import.meta.url));
const CONNECTIONS = 8;
const MANIFEST_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';
const ACCEPT = [MANIFEST_TYPE, 'application/vnd.docker.distribution.manifest.list.v2+json', 'application/vnd.oci.image.manifest.v1+json', 'application/vnd.oci.image.index.v1+json'].join(', ');

interface Result {
  readonly ms: number;
  readonly peakMb: number;
  readonly digests: number;
  readonly requests?: number;
  readonly connections?: number;
}

/** In a child: read every tag's digest and print a Result. */
async function child(kind: string, origin: string, repository: string, tags: number, src: string): Promise<void> {
  const started = performance.now();
  let out: Omit<Result, 'ms' | 'peakMb'>;
  if (kind === 'bare') {
    const pool = new Pool(origin, { connections: CONNECTIONS });
    const digests = await Promise.all(
      Array.from({ length: tags }, async (_, i) => {
        const res = await pool.request({ method: 'HEAD', path: `/v2/${repository}/manifests/t${i}`, headers: { accept: ACCEPT } });
        await res.body.dump();
        return res.headers['docker-content-digest'];
      }),
    );
    await pool.close();
    out = { digests: new Set(digests).size === 1 && digests[0] ? tags : 0 };
  } else {
    const { Session } = await import(join(src, 'src/operations/session.ts'));
    const { parseTaggedReference } = await import(join(src, 'src/registry/reference.ts'));
    const session = new Session({ access: 'write' });
    const host = new URL(origin).host;
    const refs = Array.from({ length: tags }, (_, i) => parseTaggedReference(`${host}/${repository}:t${i}`, 'tags'));
    const manifests = await Promise.all(refs.map((ref: unknown) => session.registry.resolve(ref)));
    const stats = session.stats();
    await session.close();
    out = { digests: new Set(manifests.map((m: { digest: string }) => m.digest)).size === 1 ? tags : 0, requests: stats.requests, connections: stats.connections };
  }
  const ms = performance.now() - started;
  if (process.env.RESOLVE_MANY_MEMORY) console.error(JSON.stringify(process.memoryUsage()));
  console.log(JSON.stringify({ ...out, ms, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

const exec = promisify(execFile);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** A registry filled with one manifest under `tags` tags. */
async function startRegistry(dir: string, repository: string, tags: number): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const config = join(dir, 'registry.yml');
  writeFileSync(
    config,
    JSON.stringify({
      version: 0.1,
      log: { level: 'error', accesslog: { disabled: true } },
      storage: { filesystem: { rootdirectory: join(dir, 'storage') }, cache: { blobdescriptor: 'inmemory' } },
      http: { addr: `127.0.0.1:${port}`, secret: randomBytes(8).toString('hex') },
    }),
  );
  const registry = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}/v2/`)).ok) break;
    } catch {
      if (i > 100) throw new Error('the registry did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const pool = new Pool(origin, { connections: 16 });
  const blob = async (bytes: Buffer) => {
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const start = await pool.request({ method: 'POST', path: `/v2/${repository}/blobs/uploads/` });
    await start.body.dump();
    const location = new URL(String(start.headers.location), origin);
    location.searchParams.set('digest', digest);
    const put = await pool.request({ method: 'PUT', path: `${location.pathname}${location.search}`, body: bytes, headers: { 'content-type': 'application/octet-stream' } });
    await put.body.dump();
    if (put.statusCode !== 201) throw new Error(`blob upload: ${put.statusCode}`);
    return { digest, size: bytes.length };
  };
  const configBlob = await blob(Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}'));
  const layer = await blob(randomBytes(64));
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: MANIFEST_TYPE,
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', ...configBlob },
    layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', ...layer }],
  });
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let i = next++; i < tags; i = next++) {
        const res = await pool.request({ method: 'PUT', path: `/v2/${repository}/manifests/t${i}`, body: manifest, headers: { 'content-type': MANIFEST_TYPE } });
        await res.body.dump();
        if (res.statusCode !== 201) throw new Error(`manifest put: ${res.statusCode}`);
      }
    }),
  );
  await pool.close();
  return { origin, stop: () => registry.kill() };
}

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: { tags: { type: 'string', default: '9400' }, runs: { type: 'string', default: '3' }, src: { type: 'string', multiple: true } },
  });
  const tags = Number(args.tags);
  const runs = Number(args.runs);
  const sources = (args.src ?? [`current=${resolve(here, '..')}`]).map((s) => {
    const at = s.indexOf('=');
    return { label: s.slice(0, at), dir: resolve(s.slice(at + 1)) };
  });
  const dir = mkdtempSync(join(tmpdir(), 'dct-resolve-many-'));
  const repository = 'team/many';
  try {
    console.error(`filling a registry with ${tags} tags (untimed)`);
    const registry = await startRegistry(dir, repository, tags);
    const contenders = [{ label: `bare HEADs, ${CONNECTIONS} pooled connections`, kind: 'bare', src: '' }, ...sources.map((s) => ({ label: `dct-sign resolve [${s.label}]`, kind: 'core', src: s.dir }))];
    const results = new Map<string, Result[]>(contenders.map((c) => [c.label, []]));
    console.error(`load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    for (let run = 0; run < runs; run++) {
      for (const c of contenders) {
        const { stdout, stderr } = await exec(process.execPath, [fileURLToPath(import.meta.url), '--child', c.kind, registry.origin, repository, String(tags), c.src], { maxBuffer: 1 << 20 });
        if (stderr) process.stderr.write(`${c.label}: ${stderr}`);
        const r = JSON.parse(stdout) as Result;
        if (r.digests !== tags) throw new Error(`${c.label} read ${r.digests} of ${tags} digests`);
        results.get(c.label)!.push(r);
      }
    }
    console.error(`load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    registry.stop();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const bare = median(results.get(contenders[0]!.label)!.map((r) => r.ms));
    console.log(`${tags} tags, ${runs} runs, node ${process.version}`);
    for (const c of contenders) {
      const rs = results.get(c.label)!;
      const ms = median(rs.map((r) => r.ms));
      const extra = rs[0]!.requests !== undefined ? `  requests ${rs[0]!.requests}, connections ${rs[0]!.connections}` : '';
      console.log(`${c.label.padEnd(40)} median ${ms.toFixed(0).padStart(6)} ms (${rs.map((r) => r.ms.toFixed(0)).join(', ')})  ×bare ${(ms / bare).toFixed(2)}  peak ${median(rs.map((r) => r.peakMb)).toFixed(0)} MB${extra}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, process.argv[5]!, Number(process.argv[6]), process.argv[7]!);
else await main();
