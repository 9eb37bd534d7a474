// Drives the Sigstore and Notary Project peers of the bridge tests (issues 18
// and 19): cosign 2.5, cosign 3.1, skopeo 1.18 and notation 1.3, unpacked from
// Debian trixie and forky by scripts/fetch-peers.sh (run here when the cache
// lacks them, so no test is skipped for want of a peer). Each SigstoreContext
// is its own HOME, docker config, containers config and notation config, so
// no peer reads or writes the user's keys, logins, policies or trust stores.
import { execFile } from 'node:child_process';
import { readFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { run, type RunOptions, type RunResult } from './peers.ts';
import type { Credentials } from './token-server.ts';

const exec = promisify(execFile);

const FETCH_SCRIPT = fileURLToPath(new URL('../../scripts/fetch-peers.sh', import.meta.url));

export interface SigstorePeerBinaries {
  /** The cache dir (DCT_SIGN_PEERS_DIR, default ${XDG_CACHE_HOME:-~/.cache}/dct-sign-peers). */
  readonly dir: string;
  readonly cosign2: string;
  readonly cosign3: string;
  /** A wrapper that runs trixie's skopeo through trixie's loader and libraries. */
  readonly skopeo: string;
  readonly notation: string;
  /** Debian package versions by `package/suite`, e.g. `cosign/forky` → `3.1.1-2` (the binaries say `devel`). */
  readonly versions: Readonly<Record<string, string>>;
}

export function sigstorePeersDir(): string {
  const set = process.env.DCT_SIGN_PEERS_DIR;
  if (set !== undefined && set !== '') return set;
  const cache = process.env.XDG_CACHE_HOME;
  return join(cache !== undefined && cache !== '' ? cache : join(homedir(), '.cache'), 'dct-sign-peers');
}

let fetched: Promise<SigstorePeerBinaries> | undefined;

/**
 * The peers' paths, fetching them first when the cache lacks them (about 15 s
 * once per machine; the script returns at once when all is there).
 */
export function sigstorePeers(): Promise<SigstorePeerBinaries> {
  fetched ??= (async () => {
    const dir = sigstorePeersDir();
    try {
      await exec('bash', [FETCH_SCRIPT], {
        env: { ...process.env, DCT_SIGN_PEERS_DIR: dir },
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new Error(`${FETCH_SCRIPT} failed: ${e.message}\n${e.stderr ?? ''}`);
    }
    const versions: Record<string, string> = {};
    for (const line of (await readFile(join(dir, 'versions'), 'utf8')).split('\n')) {
      const [name, version] = line.trim().split(/\s+/);
      if (name !== undefined && version !== undefined) versions[name] = version;
    }
    const bin = join(dir, 'bin');
    return {
      dir,
      cosign2: join(bin, 'cosign2'),
      cosign3: join(bin, 'cosign3'),
      skopeo: join(bin, 'skopeo'),
      notation: join(bin, 'notation'),
      versions,
    };
  })();
  fetched.catch(() => (fetched = undefined));
  return fetched;
}

export interface SigstoreContext {
  readonly peers: SigstorePeerBinaries;
  /** Scratch dir; also HOME of the peers. */
  readonly dir: string;
  /** DOCKER_CONFIG: where cosign, skopeo and notation look for registry logins. */
  readonly dockerConfig: string;
  /** skopeo's --registries.d: reads and writes sigstore attachments (the `.sig` tags). */
  readonly registriesD: string;
  /** NOTATION_CONFIG: notation's keys, certificates, trust stores and trust policy. */
  readonly notationConfig: string;
}

/** A fresh context under `parent` (e.g. the stack's dir, so it goes with the stack). */
export async function createSigstoreContext(parent: string = tmpdir()): Promise<SigstoreContext> {
  const peers = await sigstorePeers();
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, 'sigstore-'));
  const ctx: SigstoreContext = {
    peers,
    dir,
    dockerConfig: join(dir, '.docker'),
    registriesD: join(dir, 'registries.d'),
    notationConfig: join(dir, '.config', 'notation'),
  };
  for (const d of [ctx.dockerConfig, ctx.registriesD, ctx.notationConfig, join(dir, 'run')]) {
    await mkdir(d, { recursive: true, mode: 0o700 });
  }
  await writeFile(join(ctx.dockerConfig, 'config.json'), `${JSON.stringify({ auths: {} })}\n`);
  // skopeo reads and writes cosign's `.sig` tags only with this.
  await writeFile(join(ctx.registriesD, 'default.yaml'), 'default-docker:\n  use-sigstore-attachments: true\n');
  return ctx;
}

/**
 * Logs every peer in to `registryHost` (e.g. the token variant's): an `auths`
 * entry in the context's docker config, which cosign, skopeo and notation all
 * read.
 */
export async function registryLogin(ctx: SigstoreContext, registryHost: string, user: Credentials): Promise<void> {
  const file = join(ctx.dockerConfig, 'config.json');
  const config = JSON.parse(await readFile(file, 'utf8')) as { auths: Record<string, { auth: string }> };
  config.auths[registryHost] = { auth: Buffer.from(`${user.username}:${user.password}`).toString('base64') };
  await writeFile(file, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
}

export async function removeSigstoreContext(ctx: SigstoreContext): Promise<void> {
  await rm(ctx.dir, { recursive: true, force: true });
}

/** The peers' environment: the caller's, minus anything that would point them at the user's config. */
function peerEnv(ctx: SigstoreContext, extra: RunOptions['env']): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(DOCKER_|COSIGN_|SIGSTORE_|TUF_|NOTATION_|CONTAINERS_|REGISTRY_AUTH_FILE$|XDG_)/.test(k)) continue;
    env[k] = v;
  }
  Object.assign(env, {
    HOME: ctx.dir,
    DOCKER_CONFIG: ctx.dockerConfig,
    XDG_CONFIG_HOME: join(ctx.dir, '.config'),
    XDG_CACHE_HOME: join(ctx.dir, '.cache'),
    XDG_DATA_HOME: join(ctx.dir, '.local', 'share'),
    // containers/image looks for auth.json here before DOCKER_CONFIG.
    XDG_RUNTIME_DIR: join(ctx.dir, 'run'),
    NOTATION_CONFIG: ctx.notationConfig,
    NOTATION_CACHE: join(ctx.dir, '.cache', 'notation'),
    NOTATION_LIBEXEC: join(ctx.dir, '.local', 'lib', 'notation'),
    // cosign's TUF cache of the public Sigstore root; never needed with --key, kept out of ~ anyway.
    TUF_ROOT: join(ctx.dir, '.sigstore', 'root'),
  });
  for (const [k, v] of Object.entries(extra ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

// --- cosign ----------------------------------------------------------------

export type CosignVersion = 2 | 3;

/** Runs cosign 2.5 or 3.1 as is. */
export function cosign(ctx: SigstoreContext, version: CosignVersion, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  return run(version === 2 ? ctx.peers.cosign2 : ctx.peers.cosign3, args, peerEnv(ctx, opts.env), opts);
}

export interface CosignKeyPair {
  /** `ENCRYPTED SIGSTORE PRIVATE KEY` PEM file (scrypt + secretbox). */
  readonly privateKey: string;
  readonly publicKey: string;
  readonly password: string;
}

/** `cosign generate-key-pair` into the context dir, as NAME.key and NAME.pub. */
export async function cosignGenerateKeyPair(
  ctx: SigstoreContext,
  version: CosignVersion,
  name: string,
  password = `cosign-pass-${name}`,
): Promise<CosignKeyPair> {
  const prefix = join(ctx.dir, name);
  await cosign(ctx, version, ['generate-key-pair', '--output-key-prefix', prefix], { env: { COSIGN_PASSWORD: password } });
  return { privateKey: `${prefix}.key`, publicKey: `${prefix}.pub`, password };
}

export interface CosignSignOptions extends RunOptions {
  /**
   * cosign 3 only: `bundle` (its default) writes a Sigstore bundle v0.3 as a
   * referrer, here in the `sha256-<hex>` tag index (no referrers API on
   * distribution 2.8); `sig` (`--new-bundle-format=false`) writes the `.sig`
   * form, the only one cosign 2 writes.
   */
  readonly form?: 'sig' | 'bundle';
}

/**
 * `cosign sign --key` without any transparency log, on a plain-http registry.
 * cosign 3.1 prints deprecation warnings for the hidden flags it needs here
 * (`--tlog-upload`, `--new-bundle-format`): that stderr is not a failure.
 */
export function cosignSign(
  ctx: SigstoreContext,
  version: CosignVersion,
  key: CosignKeyPair,
  ref: string,
  opts: CosignSignOptions = {},
): Promise<RunResult> {
  const args = ['sign', '--key', key.privateKey, '--tlog-upload=false', '--allow-http-registry', '--yes'];
  if (version === 3) {
    args.push('--use-signing-config=false');
    if (opts.form === 'sig') args.push('--new-bundle-format=false');
  } else if (opts.form === 'bundle') {
    throw new Error('cosign 2 writes only the .sig form');
  }
  return cosign(ctx, version, [...args, ref], { ...opts, env: { COSIGN_PASSWORD: key.password, ...opts.env } });
}

/** `cosign verify --key PUB` without the transparency log; reads both forms on cosign 3, `.sig` on cosign 2. */
export function cosignVerify(
  ctx: SigstoreContext,
  version: CosignVersion,
  publicKey: string,
  ref: string,
  opts: RunOptions = {},
): Promise<RunResult> {
  return cosign(ctx, version, ['verify', '--key', publicKey, '--insecure-ignore-tlog=true', '--allow-http-registry', ref], opts);
}

// --- skopeo ----------------------------------------------------------------

/**
 * Runs skopeo 1.18 with this context's registries.d and `policy` (a
 * policy.json path; default accepts anything, for copies that only sign).
 */
export async function skopeo(
  ctx: SigstoreContext,
  args: readonly string[],
  opts: RunOptions & { readonly policy?: string } = {},
): Promise<RunResult> {
  const policy = opts.policy ?? (await skopeoAcceptAnythingPolicy(ctx));
  return run(ctx.peers.skopeo, ['--policy', policy, '--registries.d', ctx.registriesD, ...args], peerEnv(ctx, opts.env), opts);
}

async function skopeoAcceptAnythingPolicy(ctx: SigstoreContext): Promise<string> {
  const file = join(ctx.dir, 'policy-accept-anything.json');
  await writeFile(file, `${JSON.stringify({ default: [{ type: 'insecureAcceptAnything' }] })}\n`);
  return file;
}

/**
 * containers/image's signedIdentity. Its default, `matchRepoDigestOrExact`,
 * never accepts a repository-only identity (reference.IsNameOnly), which is
 * what cosign 2.5 and 3.1 write; `matchRepository` accepts it.
 */
export type SkopeoIdentity = 'matchRepoDigestOrExact' | 'matchRepository' | 'matchExact';

export interface SkopeoPolicyOptions {
  /** A registry host (`127.0.0.1:PORT`) or `host/repo`: the images that must carry a signature. */
  readonly scope: string;
  readonly publicKey: string;
  readonly identity?: SkopeoIdentity;
}

/** Writes a policy.json that rejects everything except `scope` signed by `publicKey` (sigstoreSigned). */
export async function writeSkopeoPolicy(ctx: SigstoreContext, name: string, opts: SkopeoPolicyOptions): Promise<string> {
  const policy = {
    default: [{ type: 'reject' }],
    transports: {
      docker: {
        [opts.scope]: [
          {
            type: 'sigstoreSigned',
            keyPath: opts.publicKey,
            signedIdentity: { type: opts.identity ?? 'matchRepoDigestOrExact' },
          },
        ],
      },
    },
  };
  const file = join(ctx.dir, `policy-${name}.json`);
  await writeFile(file, `${JSON.stringify(policy, null, 2)}\n`);
  return file;
}

/**
 * `skopeo copy --sign-by-sigstore-private-key`: copies `src` to `dest` (both
 * docker references on a plain-http registry), digests unchanged, and signs
 * the copy with a cosign key, with the identity `dest` (registry/repo:tag).
 * With `all`, an index and each of its platform manifests are signed.
 */
export async function skopeoCopySigned(
  ctx: SigstoreContext,
  key: CosignKeyPair,
  src: string,
  dest: string,
  opts: RunOptions & { readonly all?: boolean } = {},
): Promise<RunResult> {
  const passphraseFile = join(ctx.dir, `passphrase-${Math.random().toString(36).slice(2)}`);
  await writeFile(passphraseFile, key.password, { mode: 0o600 });
  try {
    return await skopeo(
      ctx,
      [
        // Without --preserve-digests skopeo gzips uncompressed layers on the way,
        // so the copy (and what it signs) gets other digests than `src`.
        'copy', '--quiet', '--preserve-digests', '--src-tls-verify=false', '--dest-tls-verify=false',
        ...(opts.all === true ? ['--all'] : []),
        '--sign-by-sigstore-private-key', key.privateKey, '--sign-passphrase-file', passphraseFile,
        `docker://${src}`, `docker://${dest}`,
      ],
      opts,
    );
  } finally {
    await rm(passphraseFile, { force: true });
  }
}

/** Pulls `ref` into a scratch dir under `policy`: exit 0 when the policy accepts its signatures. */
export async function skopeoVerify(ctx: SigstoreContext, policy: string, ref: string, opts: RunOptions = {}): Promise<RunResult> {
  const out = await mkdtemp(join(ctx.dir, 'pull-'));
  try {
    return await skopeo(ctx, ['copy', '--quiet', '--src-tls-verify=false', `docker://${ref}`, `dir:${out}`], { ...opts, policy });
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

// --- notation --------------------------------------------------------------

/** Runs notation 1.3 with this context's config dir. */
export function notation(ctx: SigstoreContext, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  return run(ctx.peers.notation, args, peerEnv(ctx, opts.env), opts);
}

export interface NotationTrustPolicyOptions {
  /** Trust store names of type `ca` (the `--store` of `notation cert add`). */
  readonly caStores: readonly string[];
  /** `x509.subject: …` entries, or `*` (the default). */
  readonly trustedIdentities?: readonly string[];
  /** Registry scopes (`host/repo`), or `*` (the default). */
  readonly registryScopes?: readonly string[];
}

/** Imports a strict trust policy (`notation policy import`), replacing any other. */
export async function notationTrustPolicy(ctx: SigstoreContext, opts: NotationTrustPolicyOptions): Promise<void> {
  const policy = {
    version: '1.0',
    trustPolicies: [
      {
        name: 'dct-sign-tests',
        registryScopes: opts.registryScopes ?? ['*'],
        signatureVerification: { level: 'strict' },
        trustStores: opts.caStores.map((s) => `ca:${s}`),
        trustedIdentities: opts.trustedIdentities ?? ['*'],
      },
    ],
  };
  const file = join(ctx.dir, 'notation-trust-policy.json');
  await writeFile(file, `${JSON.stringify(policy, null, 2)}\n`);
  await notation(ctx, ['policy', 'import', '--force', file]);
}

export interface NotationTestKey {
  readonly name: string;
  readonly privateKey: string;
  readonly certificate: string;
}

/**
 * `notation cert generate-test NAME`: an RSA 2048 key and a self-signed
 * certificate (valid one day), added to the `ca` store NAME. With `isDefault`
 * it becomes notation's default signing key.
 */
export async function notationGenerateTestKey(ctx: SigstoreContext, name: string, isDefault = false): Promise<NotationTestKey> {
  await notation(ctx, ['cert', 'generate-test', ...(isDefault ? ['--default'] : []), name]);
  const dir = join(ctx.notationConfig, 'localkeys');
  return { name, privateKey: join(dir, `${name}.key`), certificate: join(dir, `${name}.crt`) };
}

/**
 * `notation sign` over plain http. notation 1.3 pushes the signature as a
 * referrer and, as distribution 2.8 has no referrers API, lists it in the
 * `sha256-<hex>` tag index (`--force-referrers-tag` defaults to true). A user
 * without delete rights gets a warning on stderr ("Removal of outdated
 * referrers index from remote registry failed"), not a failure.
 */
export function notationSign(ctx: SigstoreContext, key: string, ref: string, opts: RunOptions = {}): Promise<RunResult> {
  return notation(ctx, ['sign', '--insecure-registry', '--key', key, ref], opts);
}

/** `notation verify` over plain http, against the imported trust policy. */
export function notationVerify(ctx: SigstoreContext, ref: string, opts: RunOptions = {}): Promise<RunResult> {
  return notation(ctx, ['verify', '--insecure-registry', ref], opts);
}
