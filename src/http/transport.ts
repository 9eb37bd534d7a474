// The one HTTP client under every registry, token-server and trust-server
// call. It keeps a keep-alive connection pool per origin (HTTP/2 where the
// server offers it over TLS), bounds every request in time and size, and
// counts requests so that tests and benchmarks can assert round trips.
//
// It knows nothing about what the bytes mean: it returns status, headers and
// body, and throws only for transport failures (NetworkError) and oversized
// bodies (ResponseTooLargeError). Status codes are the caller's business.

import { createSecureContext, getCACertificates, rootCertificates, type SecureContext } from 'node:tls';
import { Agent, type Dispatcher } from 'undici';
import { errorMessage } from '../errors.ts';
import { NetworkError, ResponseTooLargeError } from './errors.ts';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type HttpHeaders = Readonly<Record<string, string | string[] | undefined>>;

export interface HttpRequest {
  readonly method: HttpMethod;
  readonly url: string | URL;
  readonly headers?: Readonly<Record<string, string>>;
  /** Bodies are in memory so that a request can be replayed after an auth challenge. */
  readonly body?: Uint8Array | string;
  /** Largest successful (2xx) body accepted; larger ones abort with ResponseTooLargeError. */
  readonly maxBytes?: number;
  /** Time for connect + headers + body, in milliseconds. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

export interface HttpResponse {
  readonly url: string;
  readonly status: number;
  /** Lower-cased names; repeated headers (WWW-Authenticate) stay separate. */
  readonly headers: HttpHeaders;
  readonly body: Uint8Array;
}

export interface TransportStats {
  /** Requests sent, including retries after auth challenges. */
  readonly requests: number;
  readonly byMethod: Readonly<Record<string, number>>;
  /** Keyed by URL path without the query, e.g. "/v2/a/b/_trust/tuf/root.json". */
  readonly byPath: Readonly<Record<string, number>>;
  readonly byOrigin: Readonly<Record<string, number>>;
  /** Connections (TCP or TLS sessions) opened; one HTTP/2 session counts once. */
  readonly connections: number;
}

export interface HttpTransportOptions {
  /** Extra trusted CAs (PEM text, one or more certificates), added to the default ones. */
  readonly caBundle?: string;
  /** Default per-request time limit; 30 s unless given. */
  readonly timeoutMs?: number;
  /** Default size limit for successful bodies; 32 MiB unless given. */
  readonly maxBytes?: number;
  /** Negotiate HTTP/2 over TLS when the server offers it (ALPN); true unless given. */
  readonly allowH2?: boolean;
  /** HTTP/1.1 connections per origin; 8 unless given. */
  readonly connectionsPerOrigin?: number;
  readonly userAgent?: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 32 << 20;
/** Error bodies are only read for their message, so they are cut short rather than refused. */
export const ERROR_BODY_LIMIT = 64 << 10;

const IDEMPOTENT = new Set<HttpMethod>(['GET', 'HEAD']);
// Errors that mean a kept-alive socket was closed under us before any reply.
const STALE_SOCKET_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);
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

function secureContextFor(caBundle: string): SecureContext {
  let context = secureContexts.get(caBundle);
  if (!context) {
    context = createSecureContext({ ca: withDefaultCAs(caBundle) });
    secureContexts.set(caBundle, context);
  }
  return context;
}

export class HttpTransport {
  readonly #agent: Agent;
  readonly #timeoutMs: number;
  readonly #maxBytes: number;
  readonly #userAgent: string;
  #requests = 0;
  #connections = 0;
  readonly #byMethod = new Map<string, number>();
  readonly #byPath = new Map<string, number>();
  readonly #byOrigin = new Map<string, number>();

  constructor(options: HttpTransportOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.#userAgent = options.userAgent ?? 'dct-sign';
    this.#agent = new Agent({
      allowH2: options.allowH2 ?? true,
      connections: options.connectionsPerOrigin ?? 8,
      // Longer than undici's 4 s so that a pause for signing between fetch and
      // publish does not cost a new TLS handshake; server hints still win.
      keepAliveTimeout: 10_000,
      // Our own timer bounds the whole request; these only must not fire first.
      headersTimeout: 0,
      bodyTimeout: 0,
      connect: {
        timeout: this.#timeoutMs,
        ...(options.caBundle === undefined ? {} : { secureContext: secureContextFor(options.caBundle) }),
      },
    });
    this.#agent.on('connect', () => {
      this.#connections += 1;
    });
  }

  /** Sends one request and reads the whole body. Throws only for transport failures. */
  async request(req: HttpRequest): Promise<HttpResponse> {
    const url = typeof req.url === 'string' ? new URL(req.url) : req.url;
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new TypeError(`unsupported URL scheme: ${url.href}`);
    }
    try {
      return await this.#attempt(req, url);
    } catch (err) {
      // A kept-alive socket the server closed while idle fails the next write;
      // replaying a GET on a fresh connection is safe and cheaper than failing.
      if (err instanceof NetworkError && IDEMPOTENT.has(req.method) && isStaleSocket(err.cause)) {
        return await this.#attempt(req, url);
      }
      throw err;
    }
  }

  async #attempt(req: HttpRequest, url: URL): Promise<HttpResponse> {
    this.#count(req.method, url);
    const timeoutMs = req.timeoutMs ?? this.#timeoutMs;
    const maxBytes = req.maxBytes ?? this.#maxBytes;
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(), timeoutMs);
    const signal = req.signal ? AbortSignal.any([timer.signal, req.signal]) : timer.signal;
    const fail = (cause: unknown): NetworkError =>
      new NetworkError(
        {
          url: url.href,
          method: req.method,
          reason: timer.signal.aborted ? `timed out after ${timeoutMs} ms` : describe(cause),
          timedOut: timer.signal.aborted,
        },
        { cause },
      );
    try {
      let res: Dispatcher.ResponseData;
      try {
        res = await this.#agent.request({
          origin: url.origin,
          path: url.pathname + url.search,
          method: req.method,
          headers: { 'user-agent': this.#userAgent, ...req.headers },
          body: req.body,
          signal,
        });
      } catch (err) {
        throw fail(err);
      }
      const ok = res.statusCode >= 200 && res.statusCode < 300;
      const limit = ok ? maxBytes : Math.min(maxBytes, ERROR_BODY_LIMIT);
      let body: Uint8Array;
      try {
        body = await readBody(res.body, res.headers['content-length'], limit, ok);
      } catch (err) {
        if (err === TOO_LARGE) {
          throw new ResponseTooLargeError({ url: url.href, status: res.statusCode, limit });
        }
        throw fail(err);
      }
      return { url: url.href, status: res.statusCode, headers: res.headers, body };
    } finally {
      clearTimeout(handle);
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
    };
  }

  resetStats(): void {
    this.#requests = 0;
    this.#connections = 0;
    this.#byMethod.clear();
    this.#byPath.clear();
    this.#byOrigin.clear();
  }

  /** Closes every pooled connection; in-flight requests finish first. */
  async close(): Promise<void> {
    await this.#agent.close();
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

const TOO_LARGE = Symbol('too large');

async function readBody(
  body: Dispatcher.ResponseData['body'],
  declaredLength: string | string[] | undefined,
  limit: number,
  refuseOversize: boolean,
): Promise<Uint8Array> {
  // Refuse before reading when the server announces an oversized body.
  if (refuseOversize && typeof declaredLength === 'string' && Number(declaredLength) > limit) {
    discard(body);
    throw TOO_LARGE;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
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
  return new Uint8Array(Buffer.concat(chunks, size));
}

function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {});
  body.destroy();
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

function isStaleSocket(err: unknown): boolean {
  const code = errorCode(err);
  return code !== undefined && STALE_SOCKET_CODES.has(code);
}

function describe(err: unknown): string {
  const code = errorCode(err);
  if (code !== undefined && TLS_TRUST_CODES.has(code)) {
    return `the server's TLS certificate is not trusted (${code}); pass its CA certificate as a CA bundle`;
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
