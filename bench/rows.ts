// What the rows of `npm run bench` share: the contender shape, the
// repositories they sign in, and the shipped CLI run as a CI step runs it.
//
// Every repository is named by the proxied registry address (the registry
// 50 ms away), so each reference, notary GUN and `.sig` identity names that
// address; its tags are pushed untimed straight to the registry behind the
// proxy, which holds the same storage.

import { execFile, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { CoreSignResult } from './core-sign.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  type PeerContext,
  pushImage,
  type TestRepository,
  uniqueRepository,
} from '../test/support/peers.ts';
import type { StackInfo, StackVariant } from '../test/support/stack.ts';
import type { Credentials } from '../test/support/token-server.ts';

const exec = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
export const SIGNER = 'signer';
export const CLI_BUNDLE = join(here, '..', 'dist', 'cli', 'index.js');

export type RunExtra = {
  /** What the core's own Session counted, for the core contenders. */
  readonly core?: CoreSignResult & { readonly startupMs?: number };
  /** For docker: whether it pushed the image through the daemon first. */
  readonly pushedThroughDaemon?: boolean;
};

export interface Contender {
  readonly id: string;
  readonly label: string;
  readonly note: string;
  readonly command: string;
  prepare(): Promise<void>;
  /** Untimed set-up before run `i` (e.g. emptying a TUF cache, a fresh HOME). */
  before(i: number): Promise<void>;
  /** The timed part; returns what the core counted, if it is the core. */
  run(i: number): Promise<RunExtra>;
  /** Untimed clean-up after run `i`. */
  after?(i: number): Promise<void>;
}

export interface Pushed {
  readonly tag: string;
  readonly sha256: string;
  readonly size: number;
}

export interface Prepared {
  readonly ctx: PeerContext;
  readonly repo: TestRepository;
  readonly tags: Pushed[];
  /** docker's encrypted key file for the signer; '' without trust data. */
  readonly keyFile: string;
}

export const tagName = (i: number) => `run-${i}`;

export interface BenchEnv {
  readonly stack: StackInfo;
  /** The open variant with the proxied trust server and registry addresses. */
  readonly variant: StackVariant;
  /** The registry's own address (no delay), for untimed pushes. */
  readonly directRegistryHost: string;
  readonly totalRuns: number;
  /** Every peer context made, removed at the end. */
  readonly contexts: PeerContext[];
  readonly log: (m: string) => void;
  /** The login every contender uses where the variant wants one (the token variant). */
  readonly user?: Credentials;
}

/**
 * A repository with one pushed tag per run, each a small image of its own. With
 * `trust`, docker also creates its trust data with signer "signer" (docker
 * trust key generate + signer add, through the proxy).
 */
export async function prepareRepository(env: BenchEnv, id: string, opts: { trust?: boolean } = {}): Promise<Prepared> {
  // With a user, docker logs in to the proxied registry address; the untimed pushes need the direct one too.
  const ctx = await createPeerContext(env.stack, env.variant, env.user ? { user: env.user } : {});
  env.contexts.push(ctx);
  if (env.user) {
    await docker(ctx, ['login', env.directRegistryHost, '--username', env.user.username, '--password-stdin'], { input: env.user.password });
  }
  const repo = uniqueRepository(env.variant, `bench-${id}`);
  const direct = (ref: string) => `${env.directRegistryHost}${ref.slice(env.variant.registryHost.length)}`;
  let keyFile = '';
  if (opts.trust ?? true) {
    const publicKey = await generateSignerKey(ctx, SIGNER);
    await docker(ctx, ['trust', 'signer', 'add', '--key', publicKey, SIGNER, repo.name]);
    keyFile = await signerKeyFile(ctx);
  }
  const tags: Pushed[] = [];
  for (let i = 0; i < env.totalRuns; i++) {
    const ref = repo.ref(tagName(i));
    // An image of its own per tag, as each CI run builds one: a cosign
    // signature is per digest, so shared digests would pile signatures up.
    // Tagged under the proxied name too: `docker trust sign` pushes that one itself.
    await makeImage(ctx, ref);
    await docker(ctx, ['tag', ref, direct(ref)]);
    const pushed = await pushImage(ctx, direct(ref));
    tags.push({ tag: tagName(i), sha256: pushed.digest.slice('sha256:'.length), size: pushed.size });
  }
  return { ctx, repo, tags, keyFile };
}

async function signerKeyFile(ctx: PeerContext): Promise<string> {
  const dir = join(ctx.dockerTrustDir, 'private');
  for (const file of await readdir(dir)) {
    const pem = await readFile(join(dir, file), 'utf8');
    if (new RegExp(`^role: ${SIGNER}$`, 'm').test(pem)) return join(dir, file);
  }
  throw new Error(`no docker key for ${SIGNER} in ${dir}`);
}

/** The shipped CLI bundle in a new `node` process, cold (no V8 compile cache); rejects on a non-zero exit. */
export function runCli(node: string, args: readonly string[], env: NodeJS.ProcessEnv, bundle = CLI_BUNDLE): Promise<void> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  // Cold, as a CI runner's first step: no V8 compile cache.
  delete childEnv.NODE_COMPILE_CACHE;
  delete childEnv.DCT_TRUST_STATE;
  for (const k of ['COSIGN_PASSWORD', 'COSIGN_KEY', 'DCT_SIGNER_KEY'] as const) if (env[k] === undefined) delete childEnv[k];
  return new Promise((resolve, reject) => {
    const child = spawn(node, [bundle, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
    let err = '';
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`dct-sign ${args[0]} exited ${code}\n${err}\n${out}`.trimEnd())),
    );
  });
}

/** "v24.21.0" → "24". */
export async function nodeMajor(node: string): Promise<string> {
  const { stdout } = await exec(node, ['--version']);
  return stdout.trim().replace(/^v/, '').split('.')[0]!;
}

/** Which of the bridge's flags the built CLI knows (they land with issue 18). */
export interface CliFeatures {
  /** sign --formats and verify --formats */
  readonly formats: boolean;
  /** sign --cosign-key */
  readonly cosignKey: boolean;
  /** verify --cosign-public-key */
  readonly cosignPublicKey: boolean;
}

export async function cliFeatures(node: string, bundle = CLI_BUNDLE): Promise<CliFeatures> {
  const help = async (command: string) => (await exec(node, [bundle, command, '--help'])).stdout;
  const sign = await help('sign');
  const verify = await help('verify');
  return {
    formats: /--formats\b/.test(sign) && /--formats\b/.test(verify),
    cosignKey: /--cosign-key\b/.test(sign),
    cosignPublicKey: /--cosign-public-key\b/.test(verify),
  };
}
