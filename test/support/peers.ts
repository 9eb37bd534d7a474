// Drives the real peers (docker CLI + stack dockerd, notary CLI) against one
// variant of the test stack. Each PeerContext has its own DOCKER_CONFIG
// (credentials, trust keys, notary TLS CA), notary trust dir and HOME, so
// tests never share keys or logins unless they copy them on purpose.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCKER_CLI, type StackInfo, type StackVariant, type VariantName } from './stack.ts';
import type { Credentials } from './token-server.ts';

export interface PeerContext {
  readonly stack: StackInfo;
  readonly variant: StackVariant;
  /** Scratch dir of this context (also HOME for the peers). */
  readonly dir: string;
  readonly dockerConfig: string;
  /** docker keeps trust keys here: <dockerConfig>/trust/private/<keyid>.key */
  readonly dockerTrustDir: string;
  /** Trust dir of the notary CLI (`-d`). */
  readonly notaryDir: string;
  readonly passphrases: { readonly root: string; readonly repository: string };
  /** Who the notary CLI authenticates as (NOTARY_AUTH); docker uses its own login. */
  readonly user: Credentials | undefined;
}

export interface PeerContextOptions {
  /** Log docker in to the variant's registry and use these for the notary CLI. */
  readonly user?: Credentials;
  readonly passphrases?: { readonly root: string; readonly repository: string };
}

export interface RunOptions {
  /** Added to (or, with undefined, removed from) the command's environment. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly input?: string | Buffer;
  /** Return a failed result instead of throwing. */
  readonly allowFailure?: boolean;
  readonly timeoutMs?: number;
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  /** Exit code; null when killed by a signal (e.g. the timeout). */
  readonly code: number | null;
}

export class PeerCommandError extends Error {
  readonly result: RunResult;
  constructor(command: string, result: RunResult) {
    super(`${command} exited ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
    this.name = 'PeerCommandError';
    this.result = result;
  }
}

export interface TestRepository {
  /** Path inside the registry, e.g. test/3f9a1c2b7d. */
  readonly path: string;
  /** Full image name, e.g. 127.0.0.1:PORT/test/3f9a1c2b7d; also the notary GUN. */
  readonly name: string;
  readonly gun: string;
  /** `${name}:${tag}` */
  ref(tag: string): string;
}

/** A fresh repository name in a variant's registry. */
export function uniqueRepository(variant: StackVariant, prefix = 'test'): TestRepository {
  const path = `${prefix}/${randomBytes(6).toString('hex')}`;
  const name = `${variant.registryHost}/${path}`;
  return { path, name, gun: name, ref: (tag) => `${name}:${tag}` };
}

export async function createPeerContext(
  stack: StackInfo,
  variant: VariantName | StackVariant,
  opts: PeerContextOptions = {},
): Promise<PeerContext> {
  const v = typeof variant === 'string' ? stack.variants[variant] : variant;
  const parent = join(stack.dir, 'peers');
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, `${v.name}-`));
  const dockerConfig = join(dir, 'docker');
  const notaryDir = join(dir, 'notary');
  // docker trust reads CA certs for the trust server from <config>/tls/<host:port>/*.crt.
  const tlsDir = join(dockerConfig, 'tls', new URL(v.notaryUrl).host);
  await mkdir(tlsDir, { recursive: true });
  await mkdir(notaryDir, { recursive: true });
  await writeFile(join(tlsDir, 'ca.crt'), stack.caPem);
  // An empty config makes docker pick the platform's credential store (pass, where
  // docker-credential-pass is installed); an entry keeps its logins in this file.
  await writeFile(join(dockerConfig, 'config.json'), `${JSON.stringify({ auths: { 'dct-sign.invalid': {} } })}\n`);
  const ctx: PeerContext = {
    stack,
    variant: v,
    dir,
    dockerConfig,
    dockerTrustDir: join(dockerConfig, 'trust'),
    notaryDir,
    passphrases: opts.passphrases ?? { root: 'root-passphrase-1', repository: 'repo-passphrase-1' },
    user: opts.user,
  };
  if (opts.user !== undefined) await dockerLogin(ctx, opts.user);
  return ctx;
}

export async function removePeerContext(ctx: PeerContext): Promise<void> {
  await rm(ctx.dir, { recursive: true, force: true });
}

function baseEnv(ctx: PeerContext, extra: RunOptions['env']): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(DOCKER_|NOTARY_)/.test(k)) continue;
    env[k] = v;
  }
  env.HOME = ctx.dir;
  for (const [k, v] of Object.entries(extra ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Runs `file` with exactly `env`; rejects with PeerCommandError on a non-zero exit unless allowFailure. */
export function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv, opts: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 150_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const result = {
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code,
      };
      if (code !== 0 && opts.allowFailure !== true) {
        reject(new PeerCommandError(`${file} ${args.join(' ')}`, result));
      } else {
        resolve(result);
      }
    });
    child.stdin.on('error', () => {}); // the command may exit without reading stdin
    child.stdin.end(opts.input ?? '');
  });
}

/** Runs the docker CLI (DOCKER_CLI: the first with `docker trust`) against the stack's dockerd with this context's config and trust server. */
export function docker(ctx: PeerContext, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const env = baseEnv(ctx, {
    DOCKER_HOST: ctx.stack.dockerHost,
    DOCKER_CONFIG: ctx.dockerConfig,
    DOCKER_CONTENT_TRUST_SERVER: ctx.variant.notaryUrl,
    DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: ctx.passphrases.root,
    DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: ctx.passphrases.repository,
    DOCKER_CLI_HINTS: 'false',
    ...opts.env,
  });
  return run(DOCKER_CLI, args, env, opts);
}

/** `docker login` to the variant's registry; docker trust then sends the same credentials to notary. */
export async function dockerLogin(ctx: PeerContext, user: Credentials): Promise<void> {
  await docker(ctx, ['login', ctx.variant.registryHost, '--username', user.username, '--password-stdin'], {
    input: user.password,
  });
}

/** Runs the notary CLI against the variant's notary-server with this context's trust dir. */
export function notary(ctx: PeerContext, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const user = ctx.user;
  const env = baseEnv(ctx, {
    NOTARY_ROOT_PASSPHRASE: ctx.passphrases.root,
    NOTARY_TARGETS_PASSPHRASE: ctx.passphrases.repository,
    NOTARY_SNAPSHOT_PASSPHRASE: ctx.passphrases.repository,
    NOTARY_DELEGATION_PASSPHRASE: ctx.passphrases.repository,
    ...(user !== undefined
      ? { NOTARY_AUTH: Buffer.from(`${user.username}:${user.password}`).toString('base64') }
      : {}),
    ...opts.env,
  });
  const global = ['-s', ctx.variant.notaryUrl, '--tlscacert', ctx.stack.caFile, '-d', ctx.notaryDir];
  return run('notary', [...global, ...args], env, opts);
}

/** A one-file uncompressed tar, enough for `docker import`. */
function tarOf(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  const octal = (n: number, width: number): string => `${n.toString(8).padStart(width - 1, '0')}\0`;
  header.write(name, 0, 100, 'utf8');
  header.write(octal(0o644, 8), 100);
  header.write(octal(0, 8), 108);
  header.write(octal(0, 8), 116);
  header.write(octal(content.length, 12), 124);
  header.write(octal(Math.floor(Date.now() / 1000), 12), 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const pad = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([header, content, pad, Buffer.alloc(1024)]);
}

export interface LocalImage {
  readonly ref: string;
  /** Image ID (sha256:…) in the stack's dockerd. */
  readonly id: string;
}

/** Creates a tiny image with unique content (so every call has new digests) and tags it `ref`. */
export async function makeImage(ctx: PeerContext, ref: string): Promise<LocalImage> {
  const content = Buffer.from(`dct-sign test image ${ref} ${randomBytes(16).toString('hex')}\n`);
  const { stdout } = await docker(ctx, ['import', '-', ref], { input: tarOf('dct-sign-test.txt', content) });
  return { ref, id: stdout.trim() };
}

export interface PushedImage {
  readonly ref: string;
  /** Manifest digest the registry reported. */
  readonly digest: string;
  readonly size: number;
}

/** Plain `docker push` (content trust off). */
export async function pushImage(ctx: PeerContext, ref: string, opts: RunOptions = {}): Promise<PushedImage> {
  const { stdout } = await docker(ctx, ['push', ref], {
    ...opts,
    env: { DOCKER_CONTENT_TRUST: undefined, ...opts.env },
  });
  const m = /digest: (sha256:[0-9a-f]{64}) size: (\d+)/.exec(stdout);
  if (m === null) throw new Error(`no digest in docker push output:\n${stdout}`);
  return { ref, digest: m[1]!, size: Number(m[2]) };
}

/** `docker trust key generate NAME` into this context's trust store; returns the public key file. */
export async function generateSignerKey(ctx: PeerContext, name: string): Promise<string> {
  const keysDir = join(ctx.dir, 'public-keys');
  await mkdir(keysDir, { recursive: true });
  await docker(ctx, ['trust', 'key', 'generate', name, '--dir', keysDir]);
  return join(keysDir, `${name}.pub`);
}

/** Parsed `docker trust inspect` output (one entry per reference). */
export async function trustInspect(ctx: PeerContext, ref: string): Promise<unknown[]> {
  const { stdout } = await docker(ctx, ['trust', 'inspect', ref]);
  return JSON.parse(stdout) as unknown[];
}

/** Copies docker's private trust keys from one context to another, e.g. to act as another user with them. */
export async function copyTrustKeys(from: PeerContext, to: PeerContext): Promise<void> {
  await cp(join(from.dockerTrustDir, 'private'), join(to.dockerTrustDir, 'private'), { recursive: true });
}
