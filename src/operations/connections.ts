// What every operation that reaches a registry or trust server shares: the
// connection options, one Session per registry with its credentials, and
// each repository's trust server. Registry credentials come from the options
// or from docker's config file (its credential helpers included). All
// sessions of one operation share its deadline (the `timeout` input) and
// proxy rules: the explicit proxy if given, else the environment's.

import { InputError } from '../errors.ts';
import { proxyRulesFromConfig, proxyRulesFromEnv, type ProxyConfig, type ProxyRules } from '../http/proxy.ts';
import { formatMs, type Deadline, type RetryPolicy } from '../http/transport.ts';
import type { Logger } from '../logger.ts';
import type { TrustAccess } from '../notary/client.ts';
import type { RegistryCredentials } from '../registry/auth.ts';
import { DEFAULT_HELPER_TIMEOUT_MS } from '../registry/credential-helper.ts';
import { credentialsFromDockerConfig, isIdentityToken } from '../registry/credentials.ts';
import { registryApiHost, type ImageReference } from '../registry/reference.ts';
import type { OciRegistry } from '../registry/oci-registry.ts';
import type { KeyRotatingServer } from '../trust/rotation.ts';
import { TrustBook } from '../trust/trust-state.ts';
import type { RootPin } from '../tuf/root-trust.ts';
import { parseTrustPin } from './key-inputs.ts';
import { passphrasePieces } from '../keys/secret-pieces.ts';
import { readDockerTlsDir, type DockerTlsDir } from '../registry/docker-tls-dir.ts';
import { Session, type SessionOptions } from './session.ts';
import { resolveTrustServer, trustServerAsGiven } from './trust-server-url.ts';

/** Requests made to registries and trust servers, for logs, tests and benchmarks. */
export interface RequestCounts {
  readonly total: number;
  readonly byMethod: Readonly<Record<string, number>>;
  readonly connections: number;
}

/**
 * How an operation reaches a repository's trust server and registry, and the
 * run's trust state. Connections is the real one; tests hand in one over an
 * in-memory trust server and registry (ConnectionOptions.connect).
 */
export interface RepositoryConnections {
  /** The run's trust state; pass it to every read and publish, save it when the command succeeded. */
  readonly trust: TrustBook;
  /** The command's deadline (the timeout input), for what runs besides requests: docker push. */
  readonly deadline: Deadline;
  /** The trust server URL for a reference's registry. */
  trustServerUrl(ref: ImageReference): string;
  trustServer(ref: ImageReference): Promise<KeyRotatingServer>;
  /** The reference's registry: reads, and the signature formats' writes. */
  registry(ref: ImageReference): Promise<OciRegistry>;
  requests(): RequestCounts;
  close(): Promise<void>;
}

/** Opens an operation's connections; `warnOnFirstUse` as for Connections. */
export type ConnectionFactory = (
  options: ConnectionOptions,
  access: TrustAccess,
  trust: { readonly warnOnFirstUse?: boolean },
) => RepositoryConnections;

/** The options every read or revoke operation takes besides its own. */
export interface ConnectionOptions {
  readonly trustServer?: string | undefined;
  /** PEM text of extra CA certificates for the trust server's host only. */
  readonly trustServerCa?: string | undefined;
  /** PEM text of extra CA certificates for the registry and token hosts; the system store alone unless given. */
  readonly registryCa?: string | undefined;
  /** A root key ID or root certificate the repository's root must match. */
  readonly trustPin?: string | undefined;
  /**
   * The trust state file (`trust-state`): read before and written after the
   * command, so that a later run refuses a root that does not chain from the
   * saved one, rollbacks and changed versions. Missing: a first use.
   */
  readonly trustState?: string | undefined;
  /** Repositories (GUNs) dropped from the trust state before the run (`trust-state-forget`). */
  readonly trustStateForget?: readonly string[] | undefined;
  /** Refuse a root that neither trust-pin nor trust-state pins, instead of trusting it on first use (`require-pin`). */
  readonly requirePin?: boolean | undefined;
  /** Registry credentials; docker's config file is read when absent. */
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  /** Where DOCKER_CONFIG, DOCKER_CONTENT_TRUST_SERVER, PATH (for credential helpers) and HTTPS_PROXY/HTTP_PROXY/NO_PROXY are read. */
  readonly env?: NodeJS.ProcessEnv;
  readonly logger?: Logger;
  /**
   * The whole operation's time limit in ms (the `timeout` input, CLI
   * --timeout): requests and their retries stop at it. 10 minutes unless given.
   */
  readonly timeoutMs?: number | undefined;
  /** How long one request may go without a byte before it is abandoned (and retried where safe); 30 s unless given. */
  readonly stallTimeoutMs?: number | undefined;
  /**
   * A proxy for every request, e.g. the Azure agent's (tl.getHttpProxyConfiguration).
   * When given, HTTPS_PROXY, HTTP_PROXY and NO_PROXY in `env` are ignored.
   */
  readonly proxy?: ProxyConfig | undefined;
  /**
   * Registers a secret the core read itself (a credential helper's password
   * or identity token, a password in docker's config, a proxy password) with
   * the platform's log masker. Called with each piece, before the secret is used.
   */
  readonly mask?: ((secret: string) => void) | undefined;
  /** Overrides the transport's retry policy (tests). */
  readonly retry?: RetryPolicy | undefined;
  /** Opens the trust server and registry connections; Connections unless given (tests). */
  readonly connect?: ConnectionFactory | undefined;
}

/** The `timeout` input's default: 10 minutes. */
export const DEFAULT_TIMEOUT_MS = 10 * 60_000;

function maskerOf(options: ConnectionOptions): (secret: string | undefined) => void {
  return (secret) => {
    if (!options.mask) return;
    for (const piece of passphrasePieces(secret)) options.mask(piece);
  };
}

/** The operation's deadline, from now. */
export function deadlineOf(options: ConnectionOptions, now = Date.now()): Deadline {
  const limitMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(limitMs) || limitMs <= 0) {
    throw new InputError('timeout', `${String(limitMs)} ms is not a time limit; give a positive duration, e.g. 10m`);
  }
  return { at: now + limitMs, limitMs };
}

/** The proxy rules for the operation: the explicit proxy, else the environment's. */
export function proxyRulesOf(options: ConnectionOptions): ProxyRules {
  const rules = options.proxy?.url ? proxyRulesFromConfig(options.proxy) : proxyRulesFromEnv(options.env ?? process.env);
  const mask = maskerOf(options);
  for (const secret of rules.secrets) mask(secret);
  return rules;
}

export function trustPinOf(options: ConnectionOptions): RootPin | undefined {
  return options.trustPin?.trim() ? parseTrustPin(options.trustPin) : undefined;
}

/** The run's trust state, from the trust-state file if one is given. */
export function trustBookOf(options: ConnectionOptions, warnOnFirstUse: boolean): TrustBook {
  return new TrustBook({
    path: options.trustState,
    pinned: Boolean(options.trustPin?.trim()),
    warnOnFirstUse,
    requirePin: options.requirePin ?? false,
    forget: options.trustStateForget,
    logger: options.logger,
  });
}

/** Checks username/password now, so that a half-given pair fails before any request. */
export function checkCredentialInputs(options: ConnectionOptions, refs: readonly ImageReference[]): void {
  if ((options.username || options.password) && !(options.username && options.password)) {
    throw new InputError(options.username ? 'password' : 'username', 'give both username and password, or neither');
  }
  // Explicit credentials belong to one registry; they must never be offered to another.
  const registries = new Set(refs.map((r) => r.registry));
  if (options.username && registries.size > 1) {
    throw new InputError(
      'tags',
      `username and password are for one registry, but the references name ${[...registries].join(', ')}; ` +
        'run once per registry, or log in with docker login and leave username and password empty',
    );
  }
}

async function credentialsFor(
  options: ConnectionOptions,
  registry: string,
  deadline: Deadline,
): Promise<RegistryCredentials | undefined> {
  if (options.username && options.password) return { username: options.username, password: options.password };
  const left = deadline.at - Date.now();
  const found = await credentialsFromDockerConfig(registry, {
    env: options.env ?? process.env,
    mask: maskerOf(options),
    helperTimeoutMs: Math.max(1, Math.min(DEFAULT_HELPER_TIMEOUT_MS, left)),
    // When the deadline comes first, the helper's time out is the command's.
    ...(left <= DEFAULT_HELPER_TIMEOUT_MS ? { helperTimeoutNote: `timed out after ${formatMs(deadline.limitMs)} (the timeout input)` } : {}),
  });
  if (!found) return undefined;
  return isIdentityToken(found)
    ? { username: found.username, identityToken: found.identityToken }
    : { username: found.username, password: found.password };
}

type SessionTls = Pick<SessionOptions, 'caBundle' | 'caBundles' | 'clientCertificates' | 'tlsHints' | 'tlsHint'>;

/**
 * What a certificate error of the trust server adds: the CAs it was checked
 * against and the input to change. The "the … input" phrase is the one each
 * entrypoint spells its own way (--trust-server-ca, trustServerCa).
 */
function trustServerTlsHint(given: boolean, docker: DockerTlsDir | undefined): string {
  if (given) return "it was checked against the system store and the trust-server-ca input; check that the trust-server-ca input holds the CA that signed the trust server's certificate";
  if (docker?.caPem) {
    return `it was checked against the system store and the CA certificates (*.crt) in docker's ${docker.dir}; fix those, or give the trust server's CA certificate as the trust-server-ca input`;
  }
  return "it was checked against the system store alone; give the trust server's CA certificate as the trust-server-ca input";
}

/** As trustServerTlsHint, for the registry and token servers. */
function registryTlsHint(given: boolean): string {
  return given
    ? "it was checked against the system store and the registry-ca input; check that the registry-ca input holds the CA that signed this server's certificate"
    : "it was checked against the system store alone; give the registry's (or token server's) CA certificate as the registry-ca input";
}

/** One session per registry, opened on first use and closed together. */
export class Connections implements RepositoryConnections {
  readonly #options: ConnectionOptions;
  readonly #access: TrustAccess;
  readonly #sessions = new Map<string, Promise<Session>>();
  readonly #opened: Session[] = [];
  readonly #deadline: Deadline;
  readonly #proxy: ProxyRules;
  /** The run's trust state; pass it to every read and publish, save it when the command succeeded. */
  readonly trust: TrustBook;

  /**
   * Checks the timeout and proxy settings and reads the trust state file (and,
   * unless `access` is read, checks that it can be written), so that bad ones
   * fail before any request. `warnOnFirstUse` (sign, verify):
   * warn of a root trusted on first use, or refuse it with `requirePin`.
   */
  constructor(options: ConnectionOptions, access: TrustAccess, trust: { warnOnFirstUse?: boolean } = {}) {
    this.#options = options;
    this.#access = access;
    this.#deadline = deadlineOf(options);
    this.#proxy = proxyRulesOf(options);
    this.trust = trustBookOf(options, trust.warnOnFirstUse ?? false);
    // A command that publishes must not find out after its publish that the state cannot be saved.
    if (access !== 'read') this.trust.checkWritable();
  }

  get deadline(): Deadline {
    return this.#deadline;
  }

  session(registry: string): Promise<Session> {
    let session = this.#sessions.get(registry);
    if (!session) {
      const options = this.#options;
      session = credentialsFor(options, registry, this.#deadline).then((credentials) => {
        const opened = new Session({
          access: this.#access,
          deadline: this.#deadline,
          proxy: this.#proxy,
          ...this.#tls(registry),
          ...(credentials ? { credentials } : {}),
          ...(options.stallTimeoutMs ? { stallTimeoutMs: options.stallTimeoutMs } : {}),
          ...(options.retry ? { retry: options.retry } : {}),
          ...(options.logger ? { logger: options.logger } : {}),
          ...(options.mask ? { mask: options.mask } : {}),
        });
        this.#opened.push(opened);
        return opened;
      });
      this.#sessions.set(registry, session);
    }
    return session;
  }

  /**
   * trust-server-ca vouches for the trust server's host alone; registry-ca
   * for every other host (the registry, token servers). A private CA given
   * for the trust server must not let it, or whoever holds that CA, stand in
   * for the registry or a token server.
   */
  #tls(registry: string): SessionTls {
    const { trustServerCa, registryCa } = this.#options;
    const env = this.#options.env ?? process.env;
    const host = new URL(resolveTrustServer(registry, this.#options.trustServer, env)).host;
    // docker's tls directory for the trust server: its CAs below trust-server-ca, its client certificate always.
    const docker = readDockerTlsDir(trustServerAsGiven(registry, this.#options.trustServer, env), env);
    const given = Boolean(trustServerCa?.trim());
    const serverCa = given ? trustServerCa : docker?.caPem;
    // One host may be both the registry and the trust server (ACR): then it trusts both bundles.
    const sameHost = host.toLowerCase() === registryApiHost(registry).toLowerCase();
    const trustBundle = [serverCa, sameHost ? registryCa : undefined].filter((pem) => pem?.trim()).join('\n');
    if (docker?.client) this.#options.logger?.debug(`presenting the client certificate ${docker.client.file} to ${host}`);
    // An empty bundle is the system store alone.
    return {
      ...(registryCa?.trim() ? { caBundle: registryCa } : {}),
      caBundles: { [host]: trustBundle },
      ...(docker?.client ? { clientCertificates: { [host]: { cert: docker.client.cert, key: docker.client.key } } } : {}),
      tlsHints: { [host]: trustServerTlsHint(given, docker) },
      tlsHint: registryTlsHint(Boolean(registryCa?.trim())),
    };
  }

  /** The trust server URL for a reference's registry. */
  trustServerUrl(ref: ImageReference): string {
    return resolveTrustServer(ref.registry, this.#options.trustServer, this.#options.env ?? process.env);
  }

  async trustServer(ref: ImageReference): Promise<KeyRotatingServer> {
    return (await this.session(ref.registry)).trustServer(this.trustServerUrl(ref));
  }

  async registry(ref: ImageReference): Promise<OciRegistry> {
    return (await this.session(ref.registry)).registry;
  }

  /** The requests of every session opened so far. */
  requests(): RequestCounts {
    const byMethod: Record<string, number> = {};
    let total = 0;
    let connections = 0;
    for (const session of this.#opened) {
      const stats = session.stats();
      total += stats.requests;
      connections += stats.connections;
      for (const [method, n] of Object.entries(stats.byMethod)) byMethod[method] = (byMethod[method] ?? 0) + n;
    }
    return { total, byMethod, connections };
  }

  async close(): Promise<void> {
    const sessions = await Promise.allSettled(this.#sessions.values());
    await Promise.all(sessions.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
  }
}

/** The operation's connections: the injected ones (tests), else Connections. */
export function connect(
  options: ConnectionOptions,
  access: TrustAccess,
  trust: { readonly warnOnFirstUse?: boolean } = {},
): RepositoryConnections {
  return options.connect ? options.connect(options, access, trust) : new Connections(options, access, trust);
}
