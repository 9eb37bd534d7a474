// The one HTTP client under every registry, token-server and trust-server
// call. It keeps a keep-alive connection pool per origin (HTTP/2 where the
// server offers it over TLS), goes through a proxy where the proxy rules say
// so, bounds every request in size and in silence (a stall), retries what is
// safe to retry, stops at the command's deadline, and counts requests so that
// tests and benchmarks can assert round trips.
//
// Retries, for every server alike, at most `attempts` tries per request with
// exponential backoff and full jitter (Retry-After honoured, capped):
// - any method, after a 429, 502, 503 or 504 answer: the server did not apply it;
// - idempotent requests (GET, HEAD, token requests), after a connection reset
//   or closed before the answer, a body shorter than its Content-Length, or a
//   stall;
// - other requests (a publish) after such a failure only when it came before
//   the body was fully sent. After that the outcome is unknown: the error
//   says so (NetworkError.outcomeUnknown) and the caller, who knows what the
//   request meant, finds out what happened.
// Each retry is one warning line; the final error or response says how many
// attempts were made. A fault-free request is sent exactly once.
//
// Each try is one debug line: method, URL (without userinfo or query, which
// may hold a token or a signature), status or failure, and milliseconds.
//
// It knows nothing about what the bytes mean: it returns status, headers and
// body, and throws only for transport failures (NetworkError) and oversized
// bodies (ResponseTooLargeError). Status codes are the caller's business.

import { createSecureContext, getCACertificates, rootCertificates, type SecureContext } from 'node:tls';
import type { Socket } from 'node:net';
import { Agent, buildConnector, Pool, ProxyAgent, type AgentOptions, type Dispatcher } from './undici-parts.ts';
import { errorMessage } from '../errors.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { NetworkError, ResponseTooLargeError, type RequestPhase } from './errors.ts';
import { formatMs } from './format-ms.ts';
import { dropPreconnected, takePreconnected } from './preconnect.ts';
import { NO_PROXY_RULES, type ProxyChoice, type ProxyRules } from './proxy.ts';
import { requestUrlForLog } from './redact-url.ts';

export { formatMs } from './format-ms.ts';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type HttpHeaders = Readonly<Record<string, string | string[] | undefined>>;

export interface HttpRequest {
  readonly method: HttpMethod;
  readonly url: string | URL;
  readonly headers?: Readonly<Record<string, string>>;
  /** Bodies are in memory so that a request can be replayed after an auth challenge or a fault. */
  readonly body?: Uint8Array | string;
  /** Largest successful (2xx) body accepted; larger ones abort with ResponseTooLargeError. */
  readonly maxBytes?: number;
  /** How long the request may go without a byte from the server before it counts as stalled, in ms. */
  readonly stallTimeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Who is asked, for retry lines and errors: "trust server https://…". The URL by default. */
  readonly target?: string;
  /** Safe to send again whatever happened; true for GET and HEAD unless given. Token requests set it. */
  readonly idempotent?: boolean;
}

export interface HttpResponse {
  readonly url: string;
  readonly status: number;
  /** Lower-cased names; repeated headers (WWW-Authenticate) stay separate. */
  readonly headers: HttpHeaders;
  readonly body: Uint8Array;
  /** Tries it took; more than 1 when faults were retried. */
  readonly attempts: number;
}

export interface TransportStats {
  /** Requests sent, including retries after auth challenges and faults. */
  readonly requests: number;
  readonly byMethod: Readonly<Record<string, number>>;
  /** Keyed by URL path without the query, e.g. "/v2/a/b/_trust/tuf/root.json". */
  readonly byPath: Readonly<Record<string, number>>;
  readonly byOrigin: Readonly<Record<string, number>>;
  /** Connections (TCP or TLS sessions) opened; one HTTP/2 session counts once. */
  readonly connections: number;
  /** Requests sent again after a fault. */
  readonly retries: number;
}

export interface RetryPolicy {
  /** Tries per request, the first included; 4 unless given. */
  readonly attempts?: number;
  /** Backoff before try n+1 is random in [0, min(maxDelayMs, baseDelayMs·2^(n-1))); 500 ms unless given. */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** The longest Retry-After honoured; 30 s unless given. */
  readonly retryAfterCapMs?: number;
}

/** The whole command's time limit: no request or retry goes past it. */
export interface Deadline {
  /** Milliseconds since the epoch. */
  readonly at: number;
  /** The limit as the user set it, for messages ("the timeout of 10 min"). */
  readonly limitMs: number;
}

export interface HttpTransportOptions {
  /** Extra trusted CAs (PEM text, one or more certificates), added to the default ones, for every host not in `caBundles`. */
  readonly caBundle?: string;
  /**
   * Extra trusted CAs for particular hosts (URL.host, e.g. "notary.internal:4443"),
   * instead of `caBundle`; "" for the system store alone. A private CA given for
   * the trust server vouches for no other host, and the registry's for no trust server.
   */
  readonly caBundles?: Readonly<Record<string, string>>;
  /** A client certificate presented to particular hosts (URL.host), e.g. the trust server's from docker's tls directory. */
  readonly clientCertificates?: Readonly<Record<string, ClientCertificate>>;
  /**
   * What a certificate error adds for particular hosts (URL.host): which CAs
   * were used and which input to change. `tlsHint` for every other host.
   */
  readonly tlsHints?: Readonly<Record<string, string>>;
  readonly tlsHint?: string;
  /** Default stall limit: how long a request may go without a byte; 30 s unless given. */
  readonly stallTimeoutMs?: number;
  /** Default size limit for successful bodies; 32 MiB unless given. */
  readonly maxBytes?: number;
  /** Negotiate HTTP/2 over TLS when the server offers it (ALPN); true unless given. */
  readonly allowH2?: boolean;
  /** HTTP/1.1 connections per origin; 8 unless given. */
  readonly connectionsPerOrigin?: number;
  readonly userAgent?: string;
  /** Which requests go through a proxy; none unless given. */
  readonly proxy?: ProxyRules;
  readonly deadline?: Deadline;
  readonly retry?: RetryPolicy;
  /** Where retry warnings and one debug line per request go. */
  readonly logger?: Logger;
}

/** A client certificate and its private key, PEM. */
export interface ClientCertificate {
  readonly cert: string;
  readonly key: string;
}

export const DEFAULT_STALL_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 32 << 20;
export const DEFAULT_ATTEMPTS = 4;
/** Error bodies are only read for their message, so they are cut short rather than refused. */
export const ERROR_BODY_LIMIT = 64 << 10;

const IDEMPOTENT = new Set<HttpMethod>(['GET', 'HEAD']);
/** Answers that mean the server did not apply the request and may take it later. */
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
// The connection broke: reset, closed early, or the reply was cut short.
const BROKEN_CONNECTION_CODES = new Set([
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ERR_STREAM_PREMATURE_CLOSE',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'ERR_HTTP2_STREAM_ERROR',
  'ERR_HTTP2_SESSION_ERROR',
  'ERR_HTTP2_GOAWAY_SESSION',
]);
const TLS_TRUST_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
]);

/**
 * One TLS context per CA bundle, shared by every connection and transport.
 * Passing `ca` per connection made each handshake re-parse the 265 default
 * roots plus the bundle: 20–40 ms of CPU per connection of a parallel wave.
 */
const secureContexts = new Map<string, SecureContext>();

function secureContextFor(caBundle: string, client: ClientCertificate | undefined): SecureContext {
  const key = tlsKey(caBundle, client);
  let context = secureContexts.get(key);
  if (!context) {
    context = createSecureContext({
      ...(caBundle.trim() === '' ? {} : { ca: withDefaultCAs(caBundle) }),
      ...(client ? { cert: client.cert, key: client.key } : {}),
    });
    secureContexts.set(key, context);
  }
  return context;
}

function tlsKey(caBundle: string, client: ClientCertificate | undefined): string {
  return client ? `${caBundle}\n\0client\n${client.cert}` : caBundle;
}

function tlsChoice(caBundle: string | undefined, client?: ClientCertificate, hint?: string): TlsChoice {
  const ca = caBundle ?? '';
  const hinted = hint === undefined ? {} : { hint };
  if (ca.trim() === '' && !client) return { ...SYSTEM_TLS, ...hinted };
  return { key: tlsKey(ca, client), tls: { secureContext: secureContextFor(ca, client) }, ...hinted };
}

/** How one try ended, when it did not end with an answer. */
interface Failure {
  /** Safe to retry for idempotent requests (and for others when the body was not sent). */
  readonly transient: boolean;
  readonly reason: string;
  readonly bodySent: boolean;
  readonly timedOut: boolean;
  readonly deadline: boolean;
  /** Where the try was when it ended: connecting (TCP and TLS), sending, waiting for or reading the answer. */
  readonly phase?: RequestPhase;
  readonly cause: unknown;
}

class AttemptFailed extends Error {
  readonly failure: Failure;
  constructor(failure: Failure) {
    super(failure.reason);
    this.failure = failure;
  }
}

/** Which extra CAs a connection trusts: a bundle, or none beyond the system store. */
type TlsChoice = { readonly key: string; readonly tls: { secureContext?: SecureContext }; readonly hint?: string };

const SYSTEM_TLS: TlsChoice = { key: '', tls: {} };

export class HttpTransport {
  /** One agent per TLS choice, so that each host's connections trust only its own CAs. */
  readonly #direct = new Map<string, Agent>();
  readonly #proxied = new Map<string, ProxyAgent>();
  readonly #agentOptions: AgentOptions;
  readonly #defaultTls: TlsChoice;
  readonly #hostTls: ReadonlyMap<string, TlsChoice>;
  readonly #stallTimeoutMs: number;
  readonly #maxBytes: number;
  readonly #userAgent: string;
  readonly #proxy: ProxyRules;
  readonly #deadline: Deadline | undefined;
  readonly #logger: Logger;
  readonly #attempts: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #retryAfterCapMs: number;
  /** Aborted by close(): the caller is gone, so requests still retrying stop. */
  readonly #closing = new AbortController();
  /** undici requests given up on while still connecting; close() must not wait for them. */
  #abandoned = 0;
  /** Direct sockets still in their TCP connect or TLS handshake, which close() ends. */
  readonly #connecting = new Set<Socket>();
  #requests = 0;
  #connections = 0;
  #retries = 0;
  readonly #byMethod = new Map<string, number>();
  readonly #byPath = new Map<string, number>();
  readonly #byOrigin = new Map<string, number>();

  constructor(options: HttpTransportOptions = {}) {
    this.#stallTimeoutMs = options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS;
    this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.#userAgent = options.userAgent ?? 'dct-sign';
    this.#proxy = options.proxy ?? NO_PROXY_RULES;
    this.#deadline = options.deadline;
    this.#logger = options.logger ?? silentLogger;
    this.#attempts = Math.max(1, options.retry?.attempts ?? DEFAULT_ATTEMPTS);
    this.#baseDelayMs = options.retry?.baseDelayMs ?? 500;
    this.#maxDelayMs = options.retry?.maxDelayMs ?? 8_000;
    this.#retryAfterCapMs = options.retry?.retryAfterCapMs ?? 30_000;
    this.#defaultTls = tlsChoice(options.caBundle, undefined, options.tlsHint);
    const hosts = new Set(
      [...Object.keys(options.caBundles ?? {}), ...Object.keys(options.clientCertificates ?? {}), ...Object.keys(options.tlsHints ?? {})].map(
        (host) => host.toLowerCase(),
      ),
    );
    const of = <T>(map: Readonly<Record<string, T>> | undefined, host: string): T | undefined =>
      Object.entries(map ?? {}).find(([h]) => h.toLowerCase() === host)?.[1];
    this.#hostTls = new Map(
      [...hosts].map((host) => {
        // A host named only for its client certificate or hint keeps the default CAs.
        const ca = of(options.caBundles, host) ?? options.caBundle;
        return [host, tlsChoice(ca, of(options.clientCertificates, host), of(options.tlsHints, host) ?? options.tlsHint)];
      }),
    );
    this.#agentOptions = {
      allowH2: options.allowH2 ?? true,
      connections: options.connectionsPerOrigin ?? 8,
      // Longer than undici's 4 s so that a pause for signing between fetch and
      // publish does not cost a new TLS handshake; server hints still win.
      keepAliveTimeout: 10_000,
      // Our own stall timer bounds the request; these only must not fire first.
      headersTimeout: 0,
      bodyTimeout: 0,
    };
  }

  #tlsFor(url: URL): TlsChoice {
    return this.#hostTls.get(url.host.toLowerCase()) ?? this.#defaultTls;
  }

  #directFor(choice: TlsChoice): Agent {
    let agent = this.#direct.get(choice.key);
    if (!agent) {
      agent = new Agent({
        ...this.#agentOptions,
        connect: this.#connector(choice),
      });
      agent.on('connect', () => {
        this.#connections += 1;
      });
      this.#direct.set(choice.key, agent);
    }
    return agent;
  }

  /**
   * undici's own connector, with the sockets it is still connecting kept
   * track of: a connect or handshake that hangs, once its request has been
   * given up on at the deadline, would otherwise keep the process alive
   * until the connect timeout.
   */
  #connector(choice: TlsChoice): ReturnType<typeof buildConnector> {
    const connect = buildConnector({ allowH2: this.#agentOptions.allowH2 ?? true, timeout: this.#stallTimeoutMs, ...choice.tls });
    return (opts, callback) => {
      let socket: Socket | undefined;
      let settled = false;
      // A TCP connection the CLI opened while it loaded (preconnect.ts) saves its handshake.
      const early = opts.protocol === 'https:' && !opts.httpSocket && opts.host ? takePreconnected(opts.host) : undefined;
      socket = connect(early ? { ...opts, httpSocket: early } : opts, (...args) => {
        settled = true;
        if (socket) this.#connecting.delete(socket);
        // HTTP/2 carries every request on this one connection: the other early ones are not needed.
        const [err, connected] = args;
        if (!err && opts.host && (connected as { alpnProtocol?: string | false } | undefined)?.alpnProtocol === 'h2') dropPreconnected(opts.host);
        callback(...args);
      }) as unknown as Socket;
      if (!settled) this.#connecting.add(socket);
    };
  }

  /** Sends one request, retrying what is safe, and reads the whole body. Throws only for transport failures. */
  async request(req: HttpRequest): Promise<HttpResponse> {
    const url = typeof req.url === 'string' ? new URL(req.url) : req.url;
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new TypeError(`unsupported URL scheme: ${url.href}`);
    }
    const idempotent = req.idempotent ?? IDEMPOTENT.has(req.method);
    const target = req.target ?? url.href;
    const proxy = this.#proxy.proxyFor(url);
    const via = proxy ? ` through proxy ${proxy.display} (${proxy.source})` : '';
    for (let attempt = 1; ; attempt++) {
      this.#checkDeadline(req, url, target, via, attempt - 1);
      if (this.#closing.signal.aborted) {
        throw new NetworkError({ url: url.href, method: req.method, reason: 'the connections were closed', target, attempts: attempt - 1 });
      }
      let wait: number;
      let reason: string;
      const started = performance.now();
      try {
        const res = await this.#attempt(req, url, proxy);
        this.#logTry(req, url, via, `${res.status}`, started);
        if (!RETRY_STATUSES.has(res.status)) return { ...res, attempts: attempt };
        reason = `${target}${via} answered ${res.status}`;
        wait = this.#retryAfter(res) ?? this.#backoff(attempt);
        if (attempt >= this.#attempts || !this.#fits(wait)) return { ...res, attempts: attempt };
      } catch (err) {
        if (!(err instanceof AttemptFailed)) {
          this.#logTry(req, url, via, err instanceof ResponseTooLargeError ? 'failed (body too large)' : 'failed', started);
          throw err;
        }
        const f = err.failure;
        this.#logTry(req, url, via, `failed (${f.reason})`, started);
        const retryable = f.transient && !f.deadline && (idempotent || !f.bodySent);
        wait = this.#backoff(attempt);
        if (!retryable || attempt >= this.#attempts || !this.#fits(wait)) {
          const outcomeUnknown = f.transient && !idempotent && f.bodySent;
          throw new NetworkError(
            {
              url: url.href,
              method: req.method,
              reason: `${f.reason}${attemptsNote(attempt)}`,
              timedOut: f.timedOut,
              target: `${target}${via}`,
              attempts: attempt,
              outcomeUnknown,
              ...(f.phase ? { phase: f.phase } : {}),
              ...(proxy ? { proxy: proxy.display } : {}),
            },
            { cause: f.cause },
          );
        }
        reason = `${target}${via}: ${f.reason}`;
      }
      this.#retries += 1;
      this.#logger.warning(`${reason}; retrying in ${formatSeconds(wait)} (${attempt + 1}/${this.#attempts})`);
      await sleep(wait, req.signal ? AbortSignal.any([req.signal, this.#closing.signal]) : this.#closing.signal);
    }
  }

  /** The debug line of one try: "GET https://host/v2/…/root.json: 200 in 12 ms". */
  #logTry(req: HttpRequest, url: URL, via: string, outcome: string, started: number): void {
    const ms = Math.round(performance.now() - started);
    this.#logger.debug(`${req.method} ${requestUrlForLog(url)}${via}: ${outcome} in ${ms} ms`);
  }

  #checkDeadline(req: HttpRequest, url: URL, target: string, via: string, done: number): void {
    if (this.#deadline === undefined || Date.now() < this.#deadline.at) return;
    throw new NetworkError(
      {
        url: url.href,
        method: req.method,
        reason: `${deadlineReason(this.#deadline, done === 0 ? 'before the request was sent' : 'before trying again')}${attemptsNote(done)}`,
        timedOut: true,
        target: `${target}${via}`,
        attempts: done,
      },
    );
  }

  /** Whether waiting `ms` still leaves time for another try before the deadline. */
  #fits(ms: number): boolean {
    return this.#deadline === undefined || Date.now() + ms < this.#deadline.at;
  }

  #backoff(attempt: number): number {
    const ceiling = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** (attempt - 1));
    return Math.round(Math.random() * ceiling);
  }

  #retryAfter(res: Pick<HttpResponse, 'headers'>): number | undefined {
    const value = headerValue(res.headers, 'retry-after')?.trim();
    if (!value) return undefined;
    let ms: number;
    if (/^\d+$/.test(value)) ms = Number(value) * 1000;
    else {
      const date = Date.parse(value);
      if (Number.isNaN(date)) return undefined;
      ms = Math.max(0, date - Date.now());
    }
    return Math.min(ms, this.#retryAfterCapMs);
  }

  #dispatcherFor(proxy: ProxyChoice | undefined, url: URL): Dispatcher {
    const target = this.#tlsFor(url);
    if (!proxy) return this.#directFor(target);
    // The proxy's own TLS trusts the default bundle; the tunnelled host's, its own.
    const key = `${proxy.url.href}\n${target.key}`;
    let agent = this.#proxied.get(key);
    if (!agent) {
      const countConnections = (origin: string | URL, opts: object): Dispatcher => {
        const pool = new Pool(origin, opts);
        pool.on('connect', () => {
          this.#connections += 1;
        });
        return pool;
      };
      agent = new ProxyAgent({
        ...this.#agentOptions,
        uri: proxy.url.href,
        // Plain-http targets go as absolute-URI requests, as curl and Go send them.
        proxyTunnel: false,
        factory: countConnections,
        requestTls: { timeout: this.#stallTimeoutMs, ...target.tls },
        proxyTls: { timeout: this.#stallTimeoutMs, ...this.#defaultTls.tls },
      });
      this.#proxied.set(key, agent);
    }
    return agent;
  }

  async #attempt(req: HttpRequest, url: URL, proxy: ProxyChoice | undefined): Promise<Omit<HttpResponse, 'attempts'>> {
    this.#count(req.method, url);
    const stallMs = req.stallTimeoutMs ?? this.#stallTimeoutMs;
    const maxBytes = req.maxBytes ?? this.#maxBytes;
    const controller = new AbortController();
    let why: 'stall' | 'deadline' | undefined;
    let stall: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(stall);
      stall = setTimeout(() => {
        why ??= 'stall';
        controller.abort();
      }, stallMs);
    };
    arm();
    const deadline =
      this.#deadline === undefined
        ? undefined
        : setTimeout(() => {
            why ??= 'deadline';
            controller.abort();
          }, Math.max(0, this.#deadline.at - Date.now()));
    const signal = AbortSignal.any([controller.signal, this.#closing.signal, ...(req.signal ? [req.signal] : [])]);
    let bodySent = false;
    let phase: RequestPhase = 'connecting';
    let answered = false;
    let received = 0;
    let declared: number | undefined;
    const fail = (cause: unknown): AttemptFailed => {
      if (why === 'deadline') {
        const reason = deadlineReason(this.#deadline!, phaseWords(phase, url));
        return new AttemptFailed({ transient: false, deadline: true, timedOut: true, bodySent, phase, cause, reason });
      }
      if (why === 'stall') {
        const reason = answered
          ? `the body stalled: no bytes for ${formatMs(stallMs)}`
          : phase === 'connecting'
            ? 'connecting timed out'
            : `no answer for ${formatMs(stallMs)}`;
        return new AttemptFailed({ transient: true, deadline: false, timedOut: true, bodySent, cause, reason });
      }
      if (this.#closing.signal.aborted) {
        return new AttemptFailed({ transient: false, deadline: false, timedOut: false, bodySent, cause, reason: 'the connections were closed' });
      }
      return new AttemptFailed(classify(cause, { answered, received, declared, bodySent, proxy, tlsHint: this.#tlsFor(url).hint }));
    };
    try {
      let res: Dispatcher.ResponseData;
      try {
        const dispatcher = withProgress(this.#dispatcherFor(proxy, url), (reached) => {
          phase = reached;
          if (reached === 'waiting') bodySent = true;
        });
        const request = dispatcher.request({
          origin: url.origin,
          path: url.pathname + url.search,
          method: req.method,
          headers: { 'user-agent': this.#userAgent, ...req.headers },
          body: req.body,
          signal,
        });
        res = await untilAborted(request, signal, () => {
          this.#abandoned += 1;
        });
      } catch (err) {
        throw fail(err);
      }
      answered = true;
      arm();
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      const limit = ok ? maxBytes : Math.min(maxBytes, ERROR_BODY_LIMIT);
      const length = res.headers['content-length'];
      declared = typeof length === 'string' && /^\d+$/.test(length) ? Number(length) : undefined;
      let body: Uint8Array;
      try {
        body = await readBody(res.body, declared, limit, ok, (n) => {
          received += n;
          arm();
        });
      } catch (err) {
        if (err === TOO_LARGE) {
          throw new ResponseTooLargeError({ url: url.href, status: res.statusCode, limit });
        }
        throw fail(err);
      }
      const expectsBody = req.method !== 'HEAD' && res.statusCode !== 204 && res.statusCode !== 304;
      if (expectsBody && declared !== undefined && body.length < Math.min(declared, limit)) {
        throw fail(Object.assign(new Error('body shorter than its Content-Length'), { code: 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' }));
      }
      return { url: url.href, status: res.statusCode, headers: res.headers, body };
    } finally {
      clearTimeout(stall);
      clearTimeout(deadline);
    }
  }

  #count(method: string, url: URL): void {
    this.#requests += 1;
    bump(this.#byMethod, method);
    bump(this.#byPath, url.pathname);
    bump(this.#byOrigin, url.origin);
  }

  stats(): TransportStats {
    return {
      requests: this.#requests,
      byMethod: Object.fromEntries(this.#byMethod),
      byPath: Object.fromEntries(this.#byPath),
      byOrigin: Object.fromEntries(this.#byOrigin),
      connections: this.#connections,
      retries: this.#retries,
    };
  }

  resetStats(): void {
    this.#requests = 0;
    this.#connections = 0;
    this.#retries = 0;
    this.#byMethod.clear();
    this.#byPath.clear();
    this.#byOrigin.clear();
  }

  /**
   * Closes every pooled connection. Requests still in flight or waiting to
   * retry are abandoned: close comes when the work is done or has failed,
   * and a parallel request of a failed wave must not go on retrying.
   */
  async close(): Promise<void> {
    this.#closing.abort();
    for (const socket of this.#connecting) socket.destroy(new Error('the connections were closed'));
    // A request abandoned while connecting would hold a graceful close until its connect timeout.
    const agents = [...this.#direct.values(), ...this.#proxied.values()];
    await Promise.all(agents.map((a) => (this.#abandoned > 0 ? a.destroy() : a.close())));
  }
}

/** All values of a response header, in order; one string per header line. */
export function headerValues(headers: HttpHeaders, name: string): string[] {
  const value = headers[name.toLowerCase()];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first value of a response header. */
export function headerValue(headers: HttpHeaders, name: string): string | undefined {
  return headerValues(headers, name)[0];
}

/** "; gave up after 4 attempts" for a response or error that took retries; "" otherwise. */
export function attemptsNote(attempts: number): string {
  return attempts > 1 ? `; gave up after ${attempts} attempts` : '';
}

/** The handler events that move a request on to its next phase. */
const PHASE_AFTER: Readonly<Record<string, RequestPhase>> = {
  onConnect: 'sending',
  onRequestSent: 'waiting',
  onHeaders: 'reading',
};

/**
 * The dispatcher, with a handler that also reports each phase the request
 * reaches: connected, body handed to the connection (a failure before that
 * means the server cannot have applied the request), answer begun. (compose()
 * would wrap the handler in the new handler API, which does not pass
 * onRequestSent on.)
 */
function withProgress(dispatcher: Dispatcher, onPhase: (phase: RequestPhase) => void): Dispatcher {
  const dispatch = (opts: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean =>
    dispatcher.dispatch(
      opts,
      new Proxy(handler, {
        get(target, key) {
          const next = typeof key === 'string' ? PHASE_AFTER[key] : undefined;
          if (next !== undefined) {
            const own = Reflect.get(target, key) as ((...a: unknown[]) => unknown) | undefined;
            return (...args: unknown[]) => {
              onPhase(next);
              return own?.apply(target, args);
            };
          }
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }),
    );
  return Object.create(dispatcher, { dispatch: { value: dispatch } }) as Dispatcher;
}

function classify(
  err: unknown,
  state: {
    answered: boolean;
    received: number;
    declared: number | undefined;
    bodySent: boolean;
    proxy: ProxyChoice | undefined;
    tlsHint?: string | undefined;
  },
): Failure {
  const base = { deadline: false, timedOut: false, bodySent: state.bodySent, cause: err };
  const codes = errorCodes(err);
  if (codes.some((c) => BROKEN_CONNECTION_CODES.has(c))) {
    const code = codes.find((c) => /^E[A-Z]+$/.test(c)) ?? codes[0];
    if (state.answered) {
      const of = state.declared === undefined ? '' : ` of ${state.declared}`;
      return { ...base, transient: true, reason: `the body was cut short after ${state.received}${of} bytes (${code})` };
    }
    return { ...base, transient: true, reason: `the connection was closed before an answer (${code})` };
  }
  if (codes.includes('UND_ERR_CONNECT_TIMEOUT')) {
    return { ...base, timedOut: true, transient: true, reason: 'connecting timed out' };
  }
  if (codes.includes('EAI_AGAIN')) {
    return { ...base, transient: true, reason: `the name lookup failed for now (EAI_AGAIN)` };
  }
  const tunnel = /Proxy response \((\d+)\)/.exec(errorMessage(err));
  if (tunnel && state.proxy) {
    const status = Number(tunnel[1]);
    // 407 is the standard answer; tinyproxy answers a refused CONNECT with 401.
    const hint = status === 407 || status === 401 ? ': the proxy refused to go on without valid credentials; check its username and password' : '';
    return { ...base, transient: RETRY_STATUSES.has(status), reason: `the proxy refused the tunnel (HTTP ${status})${hint}` };
  }
  if (/Proxy Authentication Required/.test(errorMessage(err))) {
    return {
      ...base,
      transient: false,
      reason: 'the proxy refused the request (HTTP 407): the proxy refused to go on without valid credentials; check its username and password',
    };
  }
  return { ...base, transient: false, reason: describe(err, state.tlsHint) };
}

const TOO_LARGE = Symbol('too large');

async function readBody(
  body: Dispatcher.ResponseData['body'],
  declaredLength: number | undefined,
  limit: number,
  refuseOversize: boolean,
  onChunk: (bytes: number) => void,
): Promise<Uint8Array> {
  // Refuse before reading when the server announces an oversized body.
  if (refuseOversize && declaredLength !== undefined && declaredLength > limit) {
    discard(body);
    throw TOO_LARGE;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    onChunk(chunk.length);
    if (size + chunk.length > limit) {
      if (refuseOversize) throw TOO_LARGE; // leaving the loop destroys the body
      chunks.push(chunk.subarray(0, limit - size));
      size = limit;
      break;
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  // undici frees the connection for reuse a turn after the body ends; without
  // this pause the next request of a sequence would open a second connection.
  await new Promise((resolve) => setImmediate(resolve));
  // A view over the joined bytes, not a copy of them: a delegation can be megabytes.
  const joined = Buffer.concat(chunks, size);
  return new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength);
}

function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {});
  body.destroy();
}

/**
 * The request, or its signal's abort, whichever comes first. undici honours
 * an abort only once connected, so a TCP connect or TLS handshake that hangs
 * would otherwise run on to the connect timeout, past the deadline.
 */
function untilAborted<T>(request: Promise<T>, signal: AbortSignal, onAbandoned: () => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      onAbandoned();
      reject(signal.reason);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    request.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

function withDefaultCAs(pem: string): string[] {
  // `ca` replaces Node's trust store, so keep the defaults (including
  // NODE_EXTRA_CA_CERTS and --use-system-ca) next to the caller's bundle:
  // the token realm of a self-hosted trust server is often a public host.
  const defaults = typeof getCACertificates === 'function' ? getCACertificates('default') : [...rootCertificates];
  return [...defaults, pem];
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function errorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** The codes of an error and of its causes, outermost first. */
function errorCodes(err: unknown): string[] {
  const codes: string[] = [];
  for (let e: unknown = err, depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    const code = errorCode(e);
    if (code !== undefined) codes.push(code);
    e = (e as { cause?: unknown }).cause;
  }
  return codes;
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** "timed out after 2 s (the timeout input) while connecting to https://host:4443". */
function deadlineReason(deadline: Deadline, when: string): string {
  return `timed out after ${formatMs(deadline.limitMs)} (the timeout input) ${when}`;
}

function phaseWords(phase: RequestPhase, url: URL): string {
  switch (phase) {
    case 'connecting':
      return `while connecting to ${url.origin}`;
    case 'sending':
      return 'while sending the request';
    case 'waiting':
      return 'while waiting for the answer';
    case 'reading':
      return 'while reading the answer';
  }
}

function describe(err: unknown, tlsHint: string | undefined): string {
  const code = errorCode(err);
  if (code !== undefined && TLS_TRUST_CODES.has(code)) {
    return `the server's TLS certificate is not trusted (${code}); ${tlsHint ?? 'pass its CA certificate as a CA bundle'}`;
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return `the server's TLS certificate does not match its host name (${errorMessage(err)})`;
  }
  // undici wraps the system error; the innermost message says the most.
  const cause = (err as { cause?: unknown } | null)?.cause;
  if (cause instanceof Error && !(err instanceof Error && err.message.includes(cause.message))) {
    return `${errorMessage(err)}: ${cause.message}`;
  }
  return errorMessage(err);
}
