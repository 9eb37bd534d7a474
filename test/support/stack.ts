// The real test stack: two notary-servers and two registries (one open, one
// behind the token server), the token server itself, and a private dockerd
// with its own containerd. Everything lives in one temp dir on free loopback
// ports, so runs do not collide and nothing touches the machine's docker.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateCerts } from './certs.ts';
import { findDockerCli, PREFERRED_DOCKER_CLI, tryFindDockerCli } from './docker-cli.ts';
import { commandExists, httpStatus, Supervisor } from './processes.ts';
import {
  containerdConfig,
  dockerdArgs,
  dockerdConfig,
  NOTARY_SERVICE,
  notaryServerConfig,
  REGISTRY_SERVICE,
  registryConfig,
  type TokenAuth,
} from './server-configs.ts';
import { startTokenServer, type TokenServer } from './token-server.ts';

export { NOTARY_SERVICE, REGISTRY_SERVICE } from './server-configs.ts';

const exec = promisify(execFile);

/**
 * The docker CLI the tests drive: the first with `docker trust` of
 * /usr/local/bin/docker (docker 28), PATH's docker and /usr/bin/docker
 * (docker.io's 20.10), or DCT_TEST_DOCKER (see docker-cli.ts). When there is
 * none, ensureStackPackages says so.
 */
export const DOCKER_CLI: string = tryFindDockerCli()?.path ?? PREFERRED_DOCKER_CLI;
// tinyproxy is the real forward proxy, and docker-credential-pass (with pass
// and gpg) the real credential helper, of the network tests.
export const APT_PACKAGES = [
  'notary',
  'docker-registry',
  'docker.io',
  'tinyproxy',
  'golang-docker-credential-helpers',
  'pass',
  'gnupg',
] as const;
const REQUIRED_BINARIES = [
  'notary',
  'notary-server',
  'docker-registry',
  'dockerd',
  'containerd',
  'runc',
  'tinyproxy',
  'docker-credential-pass',
  'pass',
  'gpg',
  'gpg-agent',
];
const DIR_PREFIX = 'dct-stack-';
const TOKEN_ISSUER = 'dct-sign-test-token-issuer';

export type VariantName = 'open' | 'token';

export interface StackVariant {
  readonly name: VariantName;
  /** https://127.0.0.1:PORT */
  readonly notaryUrl: string;
  /** 127.0.0.1:PORT, the registry part of an image reference and of a notary GUN. */
  readonly registryHost: string;
  /** http://127.0.0.1:PORT */
  readonly registryUrl: string;
  /** Whether notary and the registry want a token from the token server. */
  readonly auth: boolean;
}

export interface StackInfo {
  readonly dir: string;
  readonly caFile: string;
  readonly caPem: string;
  readonly tokenServer: { readonly url: string; readonly realm: string; readonly issuer: string };
  /** `service` of notary's token challenge. */
  readonly notaryService: string;
  /** `service` of the registry's token challenge. */
  readonly registryService: string;
  /** unix:///…/docker.sock of the stack's own dockerd. */
  readonly dockerHost: string;
  readonly variants: { readonly open: StackVariant; readonly token: StackVariant };
  /** Log file of each server, by name. */
  readonly logs: Readonly<Record<string, string>>;
}

export interface Stack {
  readonly info: StackInfo;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Where to make the stack dir; defaults to the OS temp dir (or /tmp if that path is long). */
  readonly parentDir?: string;
  /** Leave the dir in place on stop, for reading logs. */
  readonly keepDir?: boolean;
  /** Progress messages. */
  readonly log?: (message: string) => void;
  /**
   * Where the token variant's servers send clients for tokens: given the
   * token server's URL, the URL to put in their realm instead (the bench puts
   * a latency proxy in front of the token server this way). Default: the
   * token server itself.
   */
  readonly tokenServerAddress?: (tokenServerUrl: string) => Promise<string>;
}

/** Installs notary, the registry, dockerd, tinyproxy and the pass credential helper from Debian when any is missing (as root). */
export async function ensureStackPackages(log: (m: string) => void = () => {}): Promise<void> {
  const missing: string[] = [];
  for (const bin of REQUIRED_BINARIES) if (!(await commandExists(bin))) missing.push(bin);
  if (missing.length > 0) {
    if (process.getuid?.() !== 0) {
      throw new Error(`missing ${missing.join(', ')}; install: apt-get install ${APT_PACKAGES.join(' ')}`);
    }
    log(`installing ${APT_PACKAGES.join(' ')} (missing ${missing.join(', ')})`);
    const opts = { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, maxBuffer: 64 * 1024 * 1024 };
    await exec('apt-get', ['update'], opts);
    await exec('apt-get', ['install', '-y', '--no-install-recommends', ...APT_PACKAGES], opts);
  }
  findDockerCli(); // throws NoDockerTrustError, naming what it tried
}

async function freePorts(count: number): Promise<number[]> {
  // Hold every listener until all ports are known, so none is handed out twice.
  const servers = await Promise.all(
    Array.from({ length: count }, () => {
      const s = createServer();
      return new Promise<typeof s>((resolve, reject) => {
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => resolve(s));
      });
    }),
  );
  const ports = servers.map((s) => {
    const a = s.address();
    if (a === null || typeof a === 'string') throw new Error('listener has no port');
    return a.port;
  });
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

/** The servers' environment: none of the variables that override their config leak in. */
function serverEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(NOTARY_|REGISTRY_|DOCKER_|CONTAINERD_)/.test(k)) env[k] = v;
  }
  env.HOME = home;
  env.PATH = `${process.env.PATH ?? ''}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;
  return env;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes stack dirs of runs that were killed outright: their servers died
 * with them (parent-death signal) but nothing could remove the dir.
 */
async function sweepStaleStacks(parent: string): Promise<void> {
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(DIR_PREFIX))) {
    const dir = join(parent, name);
    const owner = Number((await readFile(join(dir, 'owner.pid'), 'utf8').catch(() => '')).trim());
    if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) {
      await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
    }
  }
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  await ensureStackPackages(log);

  let parent = opts.parentDir ?? tmpdir();
  // Unix socket paths must stay under ~100 characters.
  if (opts.parentDir === undefined && parent.length > 40) parent = '/tmp';
  await sweepStaleStacks(parent);
  const dir = await mkdtemp(join(parent, DIR_PREFIX));
  await writeFile(join(dir, 'owner.pid'), `${process.pid}\n`);
  const home = join(dir, 'home');
  const runDir = join(dir, 'r');
  await Promise.all([home, runDir].map((d) => mkdir(d, { recursive: true })));
  log(`stack dir ${dir}`);

  const supervisor = await Supervisor.create({ dir, env: serverEnv(home) });
  let tokenServer: TokenServer | undefined;
  let stopped = false;

  // Last resort when the process exits without stop(); nothing async runs here.
  const onExit = (): void => {
    supervisor.killAllNow();
    if (!opts.keepDir) rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', onExit);

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    // dockerd first, while its containerd is still there to shut down with.
    const dockerd = supervisor.find('dockerd');
    if (dockerd !== undefined) await supervisor.stop(dockerd, 15_000);
    await supervisor.stopAll();
    await tokenServer?.close();
    process.off('exit', onExit);
    if (opts.keepDir) await rm(join(dir, 'owner.pid'), { force: true });
    else await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  };

  try {
    const [notaryOpenPort, notaryTokenPort, registryOpenPort, registryTokenPort] = await freePorts(4);
    const certs = await generateCerts(dir);
    tokenServer = await startTokenServer({
      issuer: TOKEN_ISSUER,
      signingKeyPem: certs.tokenKeyPem,
      x5c: [certs.tokenCertDerBase64],
      logFile: join(dir, 'token-server.log'),
    });
    const realm = opts.tokenServerAddress ? `${await opts.tokenServerAddress(tokenServer.url)}/token` : tokenServer.realm;
    const tokenAuth: TokenAuth = { realm, issuer: TOKEN_ISSUER, rootCertBundle: certs.caFile };

    const startNotary = async (name: VariantName, port: number): Promise<void> => {
      const file = join(dir, `notary-server-${name}.json`);
      const config = notaryServerConfig(certs, port, name === 'token' ? tokenAuth : null);
      await writeFile(file, JSON.stringify(config, null, 2));
      const p = supervisor.spawn(`notary-server-${name}`, 'notary-server', ['-config', file, '-logf', 'logfmt']);
      const health = `https://127.0.0.1:${port}/_notary_server/health`;
      await supervisor.waitFor(p, health, async () => (await httpStatus(health, { ca: certs.caPem })) === 200, 30_000);
    };

    const startRegistry = async (name: VariantName, port: number): Promise<void> => {
      const storage = join(dir, `registry-${name}`);
      await mkdir(storage);
      const file = join(dir, `registry-${name}.yml`);
      await writeFile(file, JSON.stringify(registryConfig(port, storage, name === 'token' ? tokenAuth : null), null, 2));
      const p = supervisor.spawn(`registry-${name}`, 'docker-registry', ['serve', file]);
      const v2 = `http://127.0.0.1:${port}/v2/`;
      await supervisor.waitFor(p, v2, async () => [200, 401].includes(await httpStatus(v2)), 30_000);
    };

    const dockerSocket = join(dir, 'docker.sock');
    const startDocker = async (): Promise<void> => {
      const containerdSocket = join(runDir, 'containerd.sock');
      const containerdToml = join(dir, 'containerd.toml');
      await writeFile(containerdToml, containerdConfig(dir, runDir, containerdSocket));
      const containerd = supervisor.spawn('containerd', 'containerd', ['--config', containerdToml]);
      await supervisor.waitFor(containerd, containerdSocket, async () => existsSync(containerdSocket), 30_000);

      const daemonJson = join(dir, 'daemon.json');
      await writeFile(daemonJson, `${JSON.stringify(dockerdConfig(dir))}\n`);
      const dockerd = supervisor.spawn(
        'dockerd',
        'dockerd',
        dockerdArgs({
          socket: dockerSocket,
          containerdSocket,
          dataRoot: join(dir, 'docker'),
          execRoot: join(runDir, 'd'),
          pidFile: join(dir, 'dockerd.pid'),
          configFile: daemonJson,
        }),
      );
      const ping = 'http://docker/_ping';
      await supervisor.waitFor(dockerd, ping, async () => (await httpStatus(ping, { socketPath: dockerSocket })) === 200, 60_000);
      await supervisor.waitFor(dockerd, 'docker version', async () => {
        const env = { ...serverEnv(home), DOCKER_HOST: `unix://${dockerSocket}`, DOCKER_CONFIG: join(home, '.docker') };
        await exec(DOCKER_CLI, ['version', '--format', '{{.Server.Version}}'], { env });
        return true;
      }, 30_000);
    };

    await Promise.all([
      startNotary('open', notaryOpenPort!),
      startNotary('token', notaryTokenPort!),
      startRegistry('open', registryOpenPort!),
      startRegistry('token', registryTokenPort!),
      startDocker(),
    ]);

    const variant = (name: VariantName, notaryPort: number, registryPort: number): StackVariant => ({
      name,
      notaryUrl: `https://127.0.0.1:${notaryPort}`,
      registryHost: `127.0.0.1:${registryPort}`,
      registryUrl: `http://127.0.0.1:${registryPort}`,
      auth: name === 'token',
    });
    const info: StackInfo = {
      dir,
      caFile: certs.caFile,
      caPem: certs.caPem,
      tokenServer: { url: tokenServer.url, realm, issuer: TOKEN_ISSUER },
      notaryService: NOTARY_SERVICE,
      registryService: REGISTRY_SERVICE,
      dockerHost: `unix://${dockerSocket}`,
      variants: {
        open: variant('open', notaryOpenPort!, registryOpenPort!),
        token: variant('token', notaryTokenPort!, registryTokenPort!),
      },
      logs: { 'token-server': join(dir, 'token-server.log'), ...supervisor.logs },
    };
    await writeFile(join(dir, 'stack.json'), `${JSON.stringify(info, null, 2)}\n`);
    log(`stack up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { info, stop };
  } catch (err) {
    await stop().catch(() => {});
    throw err;
  }
}

/** Reads the stack.json that a running stack (e.g. `npm run stack`) wrote. */
export function readStackInfo(file: string): StackInfo {
  const info = JSON.parse(readFileSync(file, 'utf8')) as Partial<StackInfo>;
  if (typeof info.dockerHost !== 'string' || typeof info.variants?.token?.notaryUrl !== 'string') {
    throw new Error(`${file} is not a stack.json`);
  }
  return info as StackInfo;
}
