export const id = 196;
export const ids = [196,935];
export const modules = {

/***/ 9223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ parseErrorBody),
/* harmony export */   u: () => (/* binding */ summarizeErrorBody)
/* harmony export */ });
// Reads the error body that registries, token servers and notary-server send
// back, so that messages can quote the server. All of them use docker
// distribution's errcode envelope, {"errors":[{"code","message","detail"}]};
// token servers may instead answer OAuth-style {"error","error_description"}
// or Docker Hub's {"details"}. Anything else yields nothing.
function parseErrorBody(body) {
    let parsed;
    try {
        parsed = JSON.parse(new TextDecoder().decode(body));
    }
    catch {
        return [];
    }
    if (typeof parsed !== 'object' || parsed === null)
        return [];
    const record = parsed;
    if (Array.isArray(record.errors)) {
        return record.errors
            .filter((e) => typeof e === 'object' && e !== null)
            .map((e) => ({ code: str(e.code), message: str(e.message), detail: e.detail }));
    }
    if (typeof record.error === 'string') {
        return [{ code: record.error, message: str(record.error_description), detail: undefined }];
    }
    if (typeof record.details === 'string') {
        return [{ code: undefined, message: record.details, detail: undefined }];
    }
    return [];
}
/** One line for a person: "CODE: message (detail)" for the first error, or undefined. */
function summarizeErrorBody(body) {
    const [first] = parseErrorBody(body);
    if (first === undefined)
        return undefined;
    const parts = [first.code, first.message].filter((p) => !!p);
    let text = parts.join(': ');
    const detail = describeDetail(first.detail);
    if (detail)
        text += text ? ` (${detail})` : detail;
    return text || undefined;
}
function describeDetail(detail) {
    if (detail === undefined || detail === null)
        return undefined;
    if (typeof detail === 'string')
        return detail;
    // notary's validation errors: {"Name":"ErrBadRoot","Error":{"Msg":"…"}}
    if (typeof detail === 'object' && !Array.isArray(detail)) {
        const d = detail;
        const inner = d.Error;
        if (typeof inner === 'object' && inner !== null && typeof inner.Msg === 'string') {
            const msg = inner.Msg;
            return typeof d.Name === 'string' ? `${d.Name}: ${msg}` : msg;
        }
        if (Object.keys(d).length === 0)
            return undefined;
    }
    const text = JSON.stringify(detail);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}


/***/ }),

/***/ 9729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ NetworkError),
/* harmony export */   b: () => (/* binding */ ResponseTooLargeError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
// Errors raised by the HTTP transport itself, before any server semantics
// apply. Callers that know what the request was for (a trust server, a
// registry) catch these at their seam and re-phrase them.

/** The server could not be reached, the TLS handshake failed, the connection broke, or time ran out. */
class NetworkError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY {
    url;
    method;
    /** The bare reason ("no answer for 30 s; gave up after 4 attempts"), for callers that re-phrase. */
    reason;
    timedOut;
    /** Tries made, the first included. */
    attempts;
    /**
     * The request was sent whole and then the connection broke or no answer
     * came: the server may or may not have applied it. Only for requests that
     * are not idempotent (a publish); the caller must find out before retrying.
     */
    outcomeUnknown;
    /** The proxy the request went through, without credentials. */
    proxy;
    /** How far the last try got, when it timed out at the deadline. */
    phase;
    /** `target` names what was unreachable ("trust server https://…"); the URL by default. */
    constructor(details, options = {}) {
        const unknown = details.outcomeUnknown ? '; the request had been sent, so whether it was applied is unknown' : '';
        super('NETWORK', `could not reach ${details.target ?? details.url}: ${details.reason}${unknown}`, options);
        this.url = details.url;
        this.method = details.method;
        this.reason = details.reason;
        this.timedOut = details.timedOut ?? false;
        this.attempts = details.attempts ?? 1;
        this.outcomeUnknown = details.outcomeUnknown ?? false;
        this.proxy = details.proxy;
        this.phase = details.phase;
    }
}
/** A successful response's body was longer than the caller allowed. */
class ResponseTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ {
    limit;
    constructor(details) {
        super(details.message ?? `response from ${details.url} exceeds the limit of ${details.limit} bytes`, {
            status: details.status,
            url: details.url,
        });
        this.limit = details.limit;
    }
}


/***/ }),

/***/ 6929:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G5: () => (/* binding */ HttpTransport),
  pr: () => (/* binding */ attemptsNote),
  _V: () => (/* reexport */ format_ms/* formatMs */._),
  Z: () => (/* binding */ headerValue),
  UE: () => (/* binding */ headerValues)
});

// UNUSED EXPORTS: DEFAULT_ATTEMPTS, DEFAULT_MAX_BYTES, DEFAULT_STALL_TIMEOUT_MS, ERROR_BODY_LIMIT

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./node_modules/undici/lib/api/index.js
var api = __webpack_require__(6615);
// EXTERNAL MODULE: ./node_modules/undici/lib/core/connect.js
var connect = __webpack_require__(9136);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/agent.js
var agent = __webpack_require__(7405);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/dispatcher.js
var dispatcher = __webpack_require__(883);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/pool.js
var pool = __webpack_require__(628);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/proxy-agent.js
var proxy_agent = __webpack_require__(6672);
;// CONCATENATED MODULE: ./lib/http/undici-parts.js
// The three undici dispatchers the transport uses (and its connector), loaded from their own
// files. undici's index also loads fetch, WebSocket, EventSource, cookies,
// the mock agents and the cache stores, none of which dct-sign uses; in a new
// process they cost tens of milliseconds of start-up. The classes are the
// ones undici's index exports (it re-exports these same files), and the
// api helpers are put on Dispatcher.prototype exactly as the index does
// (ProxyAgent itself calls client.connect()), so behaviour is unchanged.
// undici 7 has no "exports" map, so these paths are published files.






// undici/index.js: Object.assign(Dispatcher.prototype, api)
Object.assign(dispatcher.prototype, api);
const buildConnector = connect;
const Agent = agent;
const Pool = pool;
const ProxyAgent = proxy_agent;

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/logger.js
var logger = __webpack_require__(8747);
// EXTERNAL MODULE: ./lib/http/errors.js
var http_errors = __webpack_require__(9729);
// EXTERNAL MODULE: ./lib/http/format-ms.js
var format_ms = __webpack_require__(7978);
// EXTERNAL MODULE: ./lib/http/preconnect.js
var preconnect = __webpack_require__(6075);
// EXTERNAL MODULE: ./lib/http/proxy.js
var proxy = __webpack_require__(768);
// EXTERNAL MODULE: ./lib/http/redact-url.js
var redact_url = __webpack_require__(983);
;// CONCATENATED MODULE: ./lib/http/transport.js
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










const DEFAULT_STALL_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 32 << 20;
const DEFAULT_ATTEMPTS = 4;
/** Error bodies are only read for their message, so they are cut short rather than refused. */
const ERROR_BODY_LIMIT = 64 << 10;
const IDEMPOTENT = new Set(['GET', 'HEAD']);
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
const secureContexts = new Map();
function secureContextFor(caBundle, client) {
    const key = tlsKey(caBundle, client);
    let context = secureContexts.get(key);
    if (!context) {
        context = (0,external_node_tls_.createSecureContext)({
            ...(caBundle.trim() === '' ? {} : { ca: withDefaultCAs(caBundle) }),
            ...(client ? { cert: client.cert, key: client.key } : {}),
        });
        secureContexts.set(key, context);
    }
    return context;
}
function tlsKey(caBundle, client) {
    return client ? `${caBundle}\n\0client\n${client.cert}` : caBundle;
}
function tlsChoice(caBundle, client, hint) {
    const ca = caBundle ?? '';
    const hinted = hint === undefined ? {} : { hint };
    if (ca.trim() === '' && !client)
        return { ...SYSTEM_TLS, ...hinted };
    return { key: tlsKey(ca, client), tls: { secureContext: secureContextFor(ca, client) }, ...hinted };
}
class AttemptFailed extends Error {
    failure;
    constructor(failure) {
        super(failure.reason);
        this.failure = failure;
    }
}
const SYSTEM_TLS = { key: '', tls: {} };
class HttpTransport {
    /** One agent per TLS choice, so that each host's connections trust only its own CAs. */
    #direct = new Map();
    #proxied = new Map();
    #agentOptions;
    #defaultTls;
    #hostTls;
    #stallTimeoutMs;
    #maxBytes;
    #userAgent;
    #proxy;
    #deadline;
    #logger;
    #attempts;
    #baseDelayMs;
    #maxDelayMs;
    #retryAfterCapMs;
    /** Aborted by close(): the caller is gone, so requests still retrying stop. */
    #closing = new AbortController();
    /** undici requests given up on while still connecting; close() must not wait for them. */
    #abandoned = 0;
    /** Direct sockets still in their TCP connect or TLS handshake, which close() ends. */
    #connecting = new Set();
    #requests = 0;
    #connections = 0;
    #retries = 0;
    #byMethod = new Map();
    #byPath = new Map();
    #byOrigin = new Map();
    constructor(options = {}) {
        this.#stallTimeoutMs = options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS;
        this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
        this.#userAgent = options.userAgent ?? 'dct-sign';
        this.#proxy = options.proxy ?? proxy/* NO_PROXY_RULES */.PH;
        this.#deadline = options.deadline;
        this.#logger = options.logger ?? logger/* silentLogger */.q;
        this.#attempts = Math.max(1, options.retry?.attempts ?? DEFAULT_ATTEMPTS);
        this.#baseDelayMs = options.retry?.baseDelayMs ?? 500;
        this.#maxDelayMs = options.retry?.maxDelayMs ?? 8_000;
        this.#retryAfterCapMs = options.retry?.retryAfterCapMs ?? 30_000;
        this.#defaultTls = tlsChoice(options.caBundle, undefined, options.tlsHint);
        const hosts = new Set([...Object.keys(options.caBundles ?? {}), ...Object.keys(options.clientCertificates ?? {}), ...Object.keys(options.tlsHints ?? {})].map((host) => host.toLowerCase()));
        const of = (map, host) => Object.entries(map ?? {}).find(([h]) => h.toLowerCase() === host)?.[1];
        this.#hostTls = new Map([...hosts].map((host) => {
            // A host named only for its client certificate or hint keeps the default CAs.
            const ca = of(options.caBundles, host) ?? options.caBundle;
            return [host, tlsChoice(ca, of(options.clientCertificates, host), of(options.tlsHints, host) ?? options.tlsHint)];
        }));
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
    #tlsFor(url) {
        return this.#hostTls.get(url.host.toLowerCase()) ?? this.#defaultTls;
    }
    #directFor(choice) {
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
    #connector(choice) {
        const connect = buildConnector({ allowH2: this.#agentOptions.allowH2 ?? true, timeout: this.#stallTimeoutMs, ...choice.tls });
        return (opts, callback) => {
            let socket;
            let settled = false;
            // A TCP connection the CLI opened while it loaded (preconnect.ts) saves its handshake.
            const early = opts.protocol === 'https:' && !opts.httpSocket && opts.host ? (0,preconnect/* takePreconnected */.SF)(opts.host) : undefined;
            socket = connect(early ? { ...opts, httpSocket: early } : opts, (...args) => {
                settled = true;
                if (socket)
                    this.#connecting.delete(socket);
                // HTTP/2 carries every request on this one connection: the other early ones are not needed.
                const [err, connected] = args;
                if (!err && opts.host && connected?.alpnProtocol === 'h2')
                    (0,preconnect/* dropPreconnected */.El)(opts.host);
                callback(...args);
            });
            if (!settled)
                this.#connecting.add(socket);
        };
    }
    /** Sends one request, retrying what is safe, and reads the whole body. Throws only for transport failures. */
    async request(req) {
        const url = typeof req.url === 'string' ? new URL(req.url) : req.url;
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new TypeError(`unsupported URL scheme: ${url.href}`);
        }
        const idempotent = req.idempotent ?? IDEMPOTENT.has(req.method);
        const target = req.target ?? url.href;
        const proxy = this.#proxy.proxyFor(url);
        const via = proxy ? ` through proxy ${proxy.display} (${proxy.source})` : '';
        for (let attempt = 1;; attempt++) {
            this.#checkDeadline(req, url, target, via, attempt - 1);
            if (this.#closing.signal.aborted) {
                throw new http_errors/* NetworkError */.D({ url: url.href, method: req.method, reason: 'the connections were closed', target, attempts: attempt - 1 });
            }
            let wait;
            let reason;
            const started = performance.now();
            try {
                const res = await this.#attempt(req, url, proxy);
                this.#logTry(req, url, via, `${res.status}`, started);
                if (!RETRY_STATUSES.has(res.status))
                    return { ...res, attempts: attempt };
                reason = `${target}${via} answered ${res.status}`;
                wait = this.#retryAfter(res) ?? this.#backoff(attempt);
                if (attempt >= this.#attempts || !this.#fits(wait))
                    return { ...res, attempts: attempt };
            }
            catch (err) {
                if (!(err instanceof AttemptFailed)) {
                    this.#logTry(req, url, via, err instanceof http_errors/* ResponseTooLargeError */.b ? 'failed (body too large)' : 'failed', started);
                    throw err;
                }
                const f = err.failure;
                this.#logTry(req, url, via, `failed (${f.reason})`, started);
                const retryable = f.transient && !f.deadline && (idempotent || !f.bodySent);
                wait = this.#backoff(attempt);
                if (!retryable || attempt >= this.#attempts || !this.#fits(wait)) {
                    const outcomeUnknown = f.transient && !idempotent && f.bodySent;
                    throw new http_errors/* NetworkError */.D({
                        url: url.href,
                        method: req.method,
                        reason: `${f.reason}${attemptsNote(attempt)}`,
                        timedOut: f.timedOut,
                        target: `${target}${via}`,
                        attempts: attempt,
                        outcomeUnknown,
                        ...(f.phase ? { phase: f.phase } : {}),
                        ...(proxy ? { proxy: proxy.display } : {}),
                    }, { cause: f.cause });
                }
                reason = `${target}${via}: ${f.reason}`;
            }
            this.#retries += 1;
            this.#logger.warning(`${reason}; retrying in ${formatSeconds(wait)} (${attempt + 1}/${this.#attempts})`);
            await sleep(wait, req.signal ? AbortSignal.any([req.signal, this.#closing.signal]) : this.#closing.signal);
        }
    }
    /** The debug line of one try: "GET https://host/v2/…/root.json: 200 in 12 ms". */
    #logTry(req, url, via, outcome, started) {
        const ms = Math.round(performance.now() - started);
        this.#logger.debug(`${req.method} ${(0,redact_url/* requestUrlForLog */.A)(url)}${via}: ${outcome} in ${ms} ms`);
    }
    #checkDeadline(req, url, target, via, done) {
        if (this.#deadline === undefined || Date.now() < this.#deadline.at)
            return;
        throw new http_errors/* NetworkError */.D({
            url: url.href,
            method: req.method,
            reason: `${deadlineReason(this.#deadline, done === 0 ? 'before the request was sent' : 'before trying again')}${attemptsNote(done)}`,
            timedOut: true,
            target: `${target}${via}`,
            attempts: done,
        });
    }
    /** Whether waiting `ms` still leaves time for another try before the deadline. */
    #fits(ms) {
        return this.#deadline === undefined || Date.now() + ms < this.#deadline.at;
    }
    #backoff(attempt) {
        const ceiling = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** (attempt - 1));
        return Math.round(Math.random() * ceiling);
    }
    #retryAfter(res) {
        const value = headerValue(res.headers, 'retry-after')?.trim();
        if (!value)
            return undefined;
        let ms;
        if (/^\d+$/.test(value))
            ms = Number(value) * 1000;
        else {
            const date = Date.parse(value);
            if (Number.isNaN(date))
                return undefined;
            ms = Math.max(0, date - Date.now());
        }
        return Math.min(ms, this.#retryAfterCapMs);
    }
    #dispatcherFor(proxy, url) {
        const target = this.#tlsFor(url);
        if (!proxy)
            return this.#directFor(target);
        // The proxy's own TLS trusts the default bundle; the tunnelled host's, its own.
        const key = `${proxy.url.href}\n${target.key}`;
        let agent = this.#proxied.get(key);
        if (!agent) {
            const countConnections = (origin, opts) => {
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
    async #attempt(req, url, proxy) {
        this.#count(req.method, url);
        const stallMs = req.stallTimeoutMs ?? this.#stallTimeoutMs;
        const maxBytes = req.maxBytes ?? this.#maxBytes;
        const controller = new AbortController();
        let why;
        let stall;
        const arm = () => {
            clearTimeout(stall);
            stall = setTimeout(() => {
                why ??= 'stall';
                controller.abort();
            }, stallMs);
        };
        arm();
        const deadline = this.#deadline === undefined
            ? undefined
            : setTimeout(() => {
                why ??= 'deadline';
                controller.abort();
            }, Math.max(0, this.#deadline.at - Date.now()));
        const signal = AbortSignal.any([controller.signal, this.#closing.signal, ...(req.signal ? [req.signal] : [])]);
        let bodySent = false;
        let phase = 'connecting';
        let answered = false;
        let received = 0;
        let declared;
        const fail = (cause) => {
            if (why === 'deadline') {
                const reason = deadlineReason(this.#deadline, phaseWords(phase, url));
                return new AttemptFailed({ transient: false, deadline: true, timedOut: true, bodySent, phase, cause, reason });
            }
            if (why === 'stall') {
                const reason = answered
                    ? `the body stalled: no bytes for ${(0,format_ms/* formatMs */._)(stallMs)}`
                    : phase === 'connecting'
                        ? 'connecting timed out'
                        : `no answer for ${(0,format_ms/* formatMs */._)(stallMs)}`;
                return new AttemptFailed({ transient: true, deadline: false, timedOut: true, bodySent, cause, reason });
            }
            if (this.#closing.signal.aborted) {
                return new AttemptFailed({ transient: false, deadline: false, timedOut: false, bodySent, cause, reason: 'the connections were closed' });
            }
            return new AttemptFailed(classify(cause, { answered, received, declared, bodySent, proxy, tlsHint: this.#tlsFor(url).hint }));
        };
        try {
            let res;
            try {
                const dispatcher = withProgress(this.#dispatcherFor(proxy, url), (reached) => {
                    phase = reached;
                    if (reached === 'waiting')
                        bodySent = true;
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
            }
            catch (err) {
                throw fail(err);
            }
            answered = true;
            arm();
            const ok = res.statusCode >= 200 && res.statusCode < 300;
            const limit = ok ? maxBytes : Math.min(maxBytes, ERROR_BODY_LIMIT);
            const length = res.headers['content-length'];
            declared = typeof length === 'string' && /^\d+$/.test(length) ? Number(length) : undefined;
            let body;
            try {
                body = await readBody(res.body, declared, limit, ok, (n) => {
                    received += n;
                    arm();
                });
            }
            catch (err) {
                if (err === TOO_LARGE) {
                    throw new http_errors/* ResponseTooLargeError */.b({ url: url.href, status: res.statusCode, limit });
                }
                throw fail(err);
            }
            const expectsBody = req.method !== 'HEAD' && res.statusCode !== 204 && res.statusCode !== 304;
            if (expectsBody && declared !== undefined && body.length < Math.min(declared, limit)) {
                throw fail(Object.assign(new Error('body shorter than its Content-Length'), { code: 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' }));
            }
            return { url: url.href, status: res.statusCode, headers: res.headers, body };
        }
        finally {
            clearTimeout(stall);
            clearTimeout(deadline);
        }
    }
    #count(method, url) {
        this.#requests += 1;
        bump(this.#byMethod, method);
        bump(this.#byPath, url.pathname);
        bump(this.#byOrigin, url.origin);
    }
    stats() {
        return {
            requests: this.#requests,
            byMethod: Object.fromEntries(this.#byMethod),
            byPath: Object.fromEntries(this.#byPath),
            byOrigin: Object.fromEntries(this.#byOrigin),
            connections: this.#connections,
            retries: this.#retries,
        };
    }
    resetStats() {
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
    async close() {
        this.#closing.abort();
        for (const socket of this.#connecting)
            socket.destroy(new Error('the connections were closed'));
        // A request abandoned while connecting would hold a graceful close until its connect timeout.
        const agents = [...this.#direct.values(), ...this.#proxied.values()];
        await Promise.all(agents.map((a) => (this.#abandoned > 0 ? a.destroy() : a.close())));
    }
}
/** All values of a response header, in order; one string per header line. */
function headerValues(headers, name) {
    const value = headers[name.toLowerCase()];
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** The first value of a response header. */
function headerValue(headers, name) {
    return headerValues(headers, name)[0];
}
/** "; gave up after 4 attempts" for a response or error that took retries; "" otherwise. */
function attemptsNote(attempts) {
    return attempts > 1 ? `; gave up after ${attempts} attempts` : '';
}
/** The handler events that move a request on to its next phase. */
const PHASE_AFTER = {
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
function withProgress(dispatcher, onPhase) {
    const dispatch = (opts, handler) => dispatcher.dispatch(opts, new Proxy(handler, {
        get(target, key) {
            const next = typeof key === 'string' ? PHASE_AFTER[key] : undefined;
            if (next !== undefined) {
                const own = Reflect.get(target, key);
                return (...args) => {
                    onPhase(next);
                    return own?.apply(target, args);
                };
            }
            const value = Reflect.get(target, key);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    }));
    return Object.create(dispatcher, { dispatch: { value: dispatch } });
}
function classify(err, state) {
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
    const tunnel = /Proxy response \((\d+)\)/.exec((0,errors/* errorMessage */.gJ)(err));
    if (tunnel && state.proxy) {
        const status = Number(tunnel[1]);
        // 407 is the standard answer; tinyproxy answers a refused CONNECT with 401.
        const hint = status === 407 || status === 401 ? ': the proxy refused to go on without valid credentials; check its username and password' : '';
        return { ...base, transient: RETRY_STATUSES.has(status), reason: `the proxy refused the tunnel (HTTP ${status})${hint}` };
    }
    if (/Proxy Authentication Required/.test((0,errors/* errorMessage */.gJ)(err))) {
        return {
            ...base,
            transient: false,
            reason: 'the proxy refused the request (HTTP 407): the proxy refused to go on without valid credentials; check its username and password',
        };
    }
    return { ...base, transient: false, reason: describe(err, state.tlsHint) };
}
const TOO_LARGE = Symbol('too large');
async function readBody(body, declaredLength, limit, refuseOversize, onChunk) {
    // Refuse before reading when the server announces an oversized body.
    if (refuseOversize && declaredLength !== undefined && declaredLength > limit) {
        discard(body);
        throw TOO_LARGE;
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        onChunk(chunk.length);
        if (size + chunk.length > limit) {
            if (refuseOversize)
                throw TOO_LARGE; // leaving the loop destroys the body
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
function discard(body) {
    body.on('error', () => { });
    body.destroy();
}
/**
 * The request, or its signal's abort, whichever comes first. undici honours
 * an abort only once connected, so a TCP connect or TLS handshake that hangs
 * would otherwise run on to the connect timeout, past the deadline.
 */
function untilAborted(request, signal, onAbandoned) {
    return new Promise((resolve, reject) => {
        const onAbort = () => {
            onAbandoned();
            reject(signal.reason);
        };
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
        request.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
}
function sleep(ms, signal) {
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
function withDefaultCAs(pem) {
    // `ca` replaces Node's trust store, so keep the defaults (including
    // NODE_EXTRA_CA_CERTS and --use-system-ca) next to the caller's bundle:
    // the token realm of a self-hosted trust server is often a public host.
    const defaults = typeof external_node_tls_.getCACertificates === 'function' ? (0,external_node_tls_.getCACertificates)('default') : [...external_node_tls_.rootCertificates];
    return [...defaults, pem];
}
function bump(map, key) {
    map.set(key, (map.get(key) ?? 0) + 1);
}
function errorCode(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const code = err.code;
    return typeof code === 'string' ? code : undefined;
}
/** The codes of an error and of its causes, outermost first. */
function errorCodes(err) {
    const codes = [];
    for (let e = err, depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
        const code = errorCode(e);
        if (code !== undefined)
            codes.push(code);
        e = e.cause;
    }
    return codes;
}
function formatSeconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** "timed out after 2 s (the timeout input) while connecting to https://host:4443". */
function deadlineReason(deadline, when) {
    return `timed out after ${(0,format_ms/* formatMs */._)(deadline.limitMs)} (the timeout input) ${when}`;
}
function phaseWords(phase, url) {
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
function describe(err, tlsHint) {
    const code = errorCode(err);
    if (code !== undefined && TLS_TRUST_CODES.has(code)) {
        return `the server's TLS certificate is not trusted (${code}); ${tlsHint ?? 'pass its CA certificate as a CA bundle'}`;
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return `the server's TLS certificate does not match its host name (${(0,errors/* errorMessage */.gJ)(err)})`;
    }
    // undici wraps the system error; the innermost message says the most.
    const cause = err?.cause;
    if (cause instanceof Error && !(err instanceof Error && err.message.includes(cause.message))) {
        return `${(0,errors/* errorMessage */.gJ)(err)}: ${cause.message}`;
    }
    return (0,errors/* errorMessage */.gJ)(err);
}


/***/ }),

/***/ 2249:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lf: () => (/* binding */ TrustServerClient),
  oP: () => (/* binding */ isConflictResponse)
});

// UNUSED EXPORTS: TrustServerError

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/http/error-body.js
var error_body = __webpack_require__(9223);
// EXTERNAL MODULE: ./lib/http/errors.js
var http_errors = __webpack_require__(9729);
// EXTERNAL MODULE: ./lib/http/redact-url.js
var redact_url = __webpack_require__(983);
// EXTERNAL MODULE: ./lib/http/transport.js + 1 modules
var transport = __webpack_require__(6929);
// EXTERNAL MODULE: ./lib/keys/tuf-key.js
var tuf_key = __webpack_require__(9025);
// EXTERNAL MODULE: ./lib/registry/auth.js + 1 modules
var auth = __webpack_require__(5894);
// EXTERNAL MODULE: ./lib/registry/registry-client.js + 1 modules
var registry_client = __webpack_require__(3709);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/notary/multipart.js
// The multipart/form-data body of a notary publish, laid out byte for byte as
// Go's mime/multipart writer does in notary's NewMultiPartMetaRequest: one
// part per role, all under the form field "files", the role name (without
// ".json") as the filename, Content-Type application/octet-stream.
// notary-server reads the role from the filename and trims a ".json" suffix.

const UPLOAD_FIELD = 'files';
function buildMultipartBody(files, boundary = randomBoundary()) {
    const chunks = [];
    files.forEach((file, i) => {
        // Go writes the delimiter's leading CRLF only between parts.
        const head = `${i === 0 ? '' : '\r\n'}--${boundary}\r\n` +
            `Content-Disposition: form-data; name="${UPLOAD_FIELD}"; filename="${escapeQuotes(file.role)}"\r\n` +
            'Content-Type: application/octet-stream\r\n\r\n';
        chunks.push(Buffer.from(head, 'utf8'), file.bytes);
    });
    chunks.push(Buffer.from(`${files.length === 0 ? '' : '\r\n'}--${boundary}--\r\n`, 'utf8'));
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        body: view(Buffer.concat(chunks)),
    };
}
/** A Uint8Array over a Buffer's bytes, not a copy of them (an upload can be megabytes). */
function view(b) {
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
// Go's multipart.Writer uses 30 random bytes in hex.
function randomBoundary() {
    return (0,external_node_crypto_.randomBytes)(30).toString('hex');
}
// As Go's escapeQuotes in mime/multipart.
function escapeQuotes(s) {
    return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

;// CONCATENATED MODULE: ./lib/notary/client.js
// The wire client for one notary-server (a Docker Content Trust server).
//
// It speaks notary's HTTP API as notary's own HTTPStore does and returns raw
// bytes: verifying them is the TUF layer's job. Server errors are turned into
// sentences that name the GUN and the operation; the HttpError keeps the
// status and notary's error code (VERSION, UPDATING, …) for callers that
// branch on them, such as the publisher retrying a lost race.
//
// URL forms (server/server.go; GUNs and delegation roles contain "/" and are
// not escaped, exactly as notary builds them):
//   GET    <base>/v2/<gun>/_trust/tuf/<role>.json               current
//   GET    <base>/v2/<gun>/_trust/tuf/<role>.<sha256-hex>.json  by checksum
//   GET    <base>/v2/<gun>/_trust/tuf/<version>.<role>.json     by version
//   GET    <base>/v2/<gun>/_trust/tuf/<timestamp|snapshot>.key  server key (push+pull)
//   POST   <base>/v2/<gun>/_trust/tuf/<timestamp|snapshot>.key  rotate it (*)
//   POST   <base>/v2/<gun>/_trust/tuf/                          publish, multipart (push+pull)
//   DELETE <base>/v2/<gun>/_trust/tuf/                          delete all (*)









/** A trust server error; `serverCode` is notary's code, `serverErrors` the whole list. */
class TrustServerError extends errors/* HttpError */.j$ {
    gun;
    serverErrors;
    constructor(message, details) {
        const serverCode = details.serverErrors[0]?.code;
        super(message, {
            status: details.status,
            url: details.url,
            ...(serverCode === undefined ? {} : { serverCode }),
            ...(details.code === undefined ? {} : { code: details.code }),
        });
        this.gun = details.gun;
        this.serverErrors = details.serverErrors;
    }
    /** notary-server refused an update because another one landed first; re-read and retry. */
    get isConflict() {
        return isConflictResponse(this.status, this.serverCode);
    }
}
/**
 * notary's answers to a publish that raced another: 400 VERSION when the
 * storage layer finds the version taken (memory, MySQL), 500 UPDATING for
 * other storage failures such as PostgreSQL's unique-key violation.
 */
function isConflictResponse(status, serverCode) {
    return (status === 400 && serverCode === 'VERSION') || (status === 500 && serverCode === 'UPDATING') || status === 409;
}
const ROLE = /^(root|snapshot|timestamp|targets(\/[-a-z0-9_]+)*)$/;
const SERVER_KEY_ROLES = new Set(['timestamp', 'snapshot']);
const CHECKSUM = /^([0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$/;
// notary's MaxKeySize.
const MAX_KEY_BYTES = 256 << 10;
class TrustServerClient {
    url;
    #auth;
    #access;
    #stallTimeoutMs;
    constructor(options) {
        let base;
        try {
            base = new URL(options.url);
        }
        catch (err) {
            throw new errors/* InputError */.dz('trust-server', `"${(0,redact_url/* redactUrl */.B)(options.url)}" is not a URL`, { cause: err });
        }
        if (base.username || base.password) {
            // Never echo it: the URL carries a password.
            throw new errors/* InputError */.dz('trust-server', 'the URL must not carry a user or password; give credentials as username and password');
        }
        if (base.protocol !== 'https:' && base.protocol !== 'http:') {
            throw new errors/* InputError */.dz('trust-server', `"${(0,redact_url/* redactUrl */.B)(options.url)}" must be an https:// URL`);
        }
        // Credentials and tokens would cross the network in the clear; docker allows http only on loopback too.
        if (base.protocol === 'http:' && !(0,registry_client/* isLoopbackHost */.cW)(base.host)) {
            throw new errors/* InputError */.dz('trust-server', `"${(0,redact_url/* redactUrl */.B)(options.url)}" must be an https:// URL (plain http is only for loopback)`);
        }
        base.search = '';
        base.hash = '';
        this.url = base.href.replace(/\/+$/, '');
        this.#auth = options.auth;
        this.#access = options.access ?? 'read';
        this.#stallTimeoutMs = options.stallTimeoutMs;
    }
    /** One metadata file, current or by checksum or version; null when the server has none. */
    async getRole(gun, role, options) {
        if (!ROLE.test(role))
            throw new TypeError(`not a TUF role name: "${role}"`);
        const { checksum, version, maxBytes } = options;
        if (checksum !== undefined && version !== undefined) {
            throw new TypeError('ask for a role by checksum or by version, not both');
        }
        let file = `${role}.json`;
        if (checksum !== undefined) {
            if (!CHECKSUM.test(checksum))
                throw new TypeError(`not a hex checksum: "${checksum}"`);
            file = `${role}.${checksum.toLowerCase()}.json`;
        }
        else if (version !== undefined) {
            if (!Number.isSafeInteger(version) || version < 0)
                throw new TypeError(`not a version: ${version}`);
            file = `${version}.${role}.json`;
        }
        const label = checksum ? `${role} (sha256 ${checksum.slice(0, 12)}…)` : version ? `${role} version ${version}` : role;
        const res = await this.#send({
            method: 'GET',
            gun,
            file,
            need: 'read',
            what: `read ${label} of ${gun}`,
            verb: 'read',
            maxBytes,
        });
        if (res.status === 404)
            return null;
        if (res.status !== 200)
            throw this.#failure(res, gun, `read ${label} of ${gun}`, 'read');
        return res.body;
    }
    /** The public key the server signs a role with, created on first request. Needs push access. */
    async getKey(gun, role) {
        return this.#parseKey(await this.getKeyDocument(gun, role), gun, role);
    }
    /** As getKey, but the server's JSON and bytes as they came. */
    async getKeyDocument(gun, role) {
        return this.#keyCall('GET', gun, role);
    }
    /** Makes the server replace its key for a role and returns the new public key. Needs `*` access. */
    async rotateKey(gun, role) {
        return this.#parseKey(await this.#keyCall('POST', gun, role), gun, role);
    }
    /** Uploads several roles as one atomic update (multipart, as notary's SetMulti). */
    async publish(gun, files) {
        if (files.length === 0)
            throw new TypeError('nothing to publish');
        for (const f of files) {
            if (!ROLE.test(f.role))
                throw new TypeError(`not a TUF role name: "${f.role}"`);
        }
        const multipart = buildMultipartBody(files);
        const what = `publish trust data for ${gun}`;
        const res = await this.#send({
            method: 'POST',
            gun,
            file: '',
            need: 'write',
            what,
            verb: 'push',
            headers: { 'content-type': multipart.contentType },
            body: multipart.body,
        });
        if (res.status !== 200)
            throw this.#failure(res, gun, what, 'push', files);
    }
    /** Deletes all trust data of a GUN on the server. Needs `*` access. */
    async deleteAll(gun) {
        const what = `delete trust data for ${gun}`;
        const res = await this.#send({ method: 'DELETE', gun, file: '', need: 'admin', what, verb: 'delete' });
        if (res.status !== 200)
            throw this.#failure(res, gun, what, 'delete');
    }
    async #keyCall(method, gun, role) {
        if (!SERVER_KEY_ROLES.has(role)) {
            throw new TypeError(`the server only manages timestamp and snapshot keys, not "${role}"`);
        }
        const what = `${method === 'GET' ? 'get' : 'rotate'} the server's ${role} key for ${gun}`;
        const res = await this.#send({
            method,
            gun,
            file: `${role}.key`,
            need: method === 'GET' ? 'write' : 'admin',
            what,
            verb: method === 'GET' ? 'push' : 'delete',
            maxBytes: MAX_KEY_BYTES,
        });
        if (res.status !== 200)
            throw this.#failure(res, gun, what, method === 'GET' ? 'push' : 'delete');
        let json;
        try {
            json = JSON.parse(new TextDecoder().decode(res.body));
        }
        catch {
            throw new TrustServerError(`trust server ${this.url} sent a ${role} key for ${gun} that is not JSON`, {
                gun,
                status: res.status,
                url: res.url,
                serverErrors: [],
            });
        }
        return { json, bytes: res.body };
    }
    #parseKey(doc, gun, role) {
        try {
            return tuf_key/* TufKey */.r.fromJSON(doc.json);
        }
        catch (err) {
            throw new errors/* HttpError */.j$(`trust server ${this.url} sent an unusable ${role} key for ${gun}: ${err.message}`, {
                status: 200,
                url: this.#fileUrl(gun, `${role}.key`),
                cause: err,
            });
        }
    }
    #fileUrl(gun, file) {
        return `${this.url}/v2/${gun}/_trust/tuf/${file}`;
    }
    async #send(call) {
        checkGun(call.gun);
        const url = this.#fileUrl(call.gun, call.file);
        const scope = scopeFor(call.gun, widest(call.need, this.#access));
        try {
            return await this.#auth.send({
                method: call.method,
                url,
                scope,
                target: `trust server ${this.url}`,
                ...(call.headers ? { headers: call.headers } : {}),
                ...(call.body ? { body: call.body } : {}),
                ...(call.maxBytes === undefined ? {} : { maxBytes: call.maxBytes }),
                ...(this.#stallTimeoutMs === undefined ? {} : { stallTimeoutMs: this.#stallTimeoutMs }),
            });
        }
        catch (err) {
            if (err instanceof http_errors/* ResponseTooLargeError */.b) {
                throw new http_errors/* ResponseTooLargeError */.b({
                    url: err.url,
                    status: err.status,
                    limit: err.limit,
                    message: `trust server ${this.url} sent more than ${err.limit} bytes trying to ${call.what}`,
                });
            }
            throw err;
        }
    }
    /** A 400 that is the answer of a TLS port to our plain-http request: http:// given, and Go's sentence or no notary error. */
    #plainHttpToTls(res, serverErrors) {
        if (!this.url.startsWith('http:'))
            return false;
        const said = new TextDecoder().decode(res.body.subarray(0, 512)).toLowerCase();
        return said.includes(GO_PLAIN_HTTP_TO_TLS) || serverErrors.length === 0;
    }
    #failure(res, gun, what, verb, files) {
        const serverErrors = (0,error_body/* parseErrorBody */.k)(res.body);
        const said = (0,error_body/* summarizeErrorBody */.u)(res.body);
        const status = `HTTP ${res.status}${said ? `: ${said}` : ''}${(0,transport/* attemptsNote */.pr)(res.attempts)}`;
        const details = { gun, status: res.status, url: res.url, serverErrors };
        const code = serverErrors[0]?.code;
        if (res.status === 401 || res.status === 403) {
            return new TrustServerError(`not authorized to ${verb} trust data for ${gun} as ${this.#auth.identity} at trust server ${this.url} (${status})`, { ...details, code: 'UNAUTHORIZED' });
        }
        if (isConflictResponse(res.status, code)) {
            return new TrustServerError(`trust server ${this.url} refused to ${what}: another update was published meanwhile (${status})`, details);
        }
        if (res.status === 400 && this.#plainHttpToTls(res, serverErrors)) {
            const https = this.url.replace(/^http:/, 'https:');
            return new TrustServerError(`trust server ${this.url} refused to ${what} (${status}): it speaks https on this port, and a plain-http ` +
                `request gets 400 there; give ${https} as the trust-server input`, details);
        }
        if (res.status === 404) {
            return new TrustServerError(`trust server ${this.url} could not ${what}: not found (${status})`, {
                ...details,
                code: 'NOT_FOUND',
            });
        }
        let hint = '';
        const detail = serverErrors[0]?.detail;
        if (code === 'INVALID_ROLE' && typeof detail === 'string' && files?.some((f) => f.role.endsWith(`/${detail}`))) {
            // Go 1.17+ strips directories from multipart filenames (notary issue #1630).
            hint = '; this notary-server cuts delegation names short (built with Go 1.17+ without the fix for notary issue #1630)';
        }
        const reason = res.status >= 500 ? 'failed' : 'rejected the request';
        return new TrustServerError(`trust server ${this.url} ${reason} to ${what} (${status})${hint}`, details);
    }
}
// Go's TLS server answers a plain-http request with a bare 400 and this sentence; notary's own 400s carry an error list.
const GO_PLAIN_HTTP_TO_TLS = 'client sent an http request to an https server';
function checkGun(gun) {
    // notary's route takes any GUN without "*"; refuse what would change the URL's meaning.
    if (gun === '' || gun.startsWith('/') || gun.endsWith('/') || /[\s*?#%]/.test(gun) || gun.split('/').includes('..')) {
        throw new errors/* InputError */.dz('gun', `"${gun}" is not a valid repository name`);
    }
}
const RANK = { read: 0, write: 1, admin: 2 };
function widest(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
function scopeFor(gun, access) {
    if (access === 'admin')
        return auth/* RepositoryScope */.D.all(gun);
    return access === 'write' ? auth/* RepositoryScope */.D.pullPush(gun) : auth/* RepositoryScope */.D.pull(gun);
}


/***/ }),

/***/ 5935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadCosignKeyInput: () => (/* binding */ loadCosignKeyInput),
/* harmony export */   loadCosignPublicKeys: () => (/* binding */ loadCosignPublicKeys),
/* harmony export */   loadKeyInput: () => (/* binding */ loadKeyInput),
/* harmony export */   parseTrustPin: () => (/* binding */ parseTrustPin)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2520);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9417);
// Input helpers that load keys and certificates: a private key input and the
// trust pin. Apart from inputs.ts because they import the key module (x509,
// ASN.1), which only an operation, or a pin given as a certificate, needs.



/** A private key input; `use: 'jws'` for a key that makes notation signatures only (notation-key), which may be P-384 or P-521. */
function loadKeyInput(key, use) {
    return (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPrivateKey */ .PM)(key.text, {
        input: key.input,
        ...(use ? { use } : {}),
        ...(key.passphrase ? { passphrase: key.passphrase } : {}),
        ...(key.passphraseInput ? { passphraseInput: key.passphraseInput } : {}),
    });
}
/** The root certificate a pin that is no key ID gives; an error that says what a pin may be. */
function pinPem(value, input) {
    try {
        return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .pemTextOrFile */ .li)(value, input);
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
            throw err;
        const accepts = 'give the root key ID (64 hex digits, as `dct-sign inspect` shows it), or the root certificate as PEM text or a PEM file';
        if (/^[0-9a-fA-F]+$/.test(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${value} is not a root key ID: it has ${value.length} hex digits, not 64; ${accepts}`, { cause: err });
        }
        const reason = err.message.slice(input.length + 2).replace(/; give PEM text or the path of a PEM file$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${reason}; ${accepts}`, { cause: err });
    }
}
/** `trust-pin`: a root key ID (64 hex digits) or a root certificate (PEM text or file). */
function parseTrustPin(value, input = 'trust-pin') {
    const trimmed = value.trim();
    if (/^[0-9a-fA-F]{64}$/.test(trimmed))
        return { keyIds: [trimmed.toLowerCase()] };
    const pem = pinPem(trimmed, input);
    const key = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPublicKey */ .fg)(pem, { input });
    if (!key.keytype.endsWith('-x509')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'give the root key ID (64 hex digits) or the root certificate, not a bare public key');
    }
    return { keyIds: [key.id, (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalKeyId */ .F2)(key)] };
}
/** `cosign-key`: cosign's encrypted key (or any private key loadPrivateKey reads), with its passphrase. */
function loadCosignKeyInput(key) {
    return (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCosignPrivateKey */ .of)(key.text, {
        input: key.input,
        ...(key.passphrase ? { passphrase: key.passphrase } : {}),
        ...(key.passphraseInput ? { passphraseInput: key.passphraseInput } : {}),
    });
}
/** `cosign-public-key`: each PEM as cosign's `.pub` holds it, named by its place for messages. */
function loadCosignPublicKeys(pems, input = 'cosign-public-key') {
    return pems.map((text, i) => ({ source: pems.length > 1 ? `${input} #${i + 1}` : input, pem: (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPublicKeyPem */ .t1)(text, { input }).pem }));
}


/***/ }),

/***/ 1196:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IH: () => (/* binding */ byRepository),
  uK: () => (/* binding */ eachInTurn),
  zb: () => (/* binding */ openRepositories)
});

// UNUSED EXPORTS: RepositoryContext, afterPartialSuccess

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/logger.js
var lib_logger = __webpack_require__(8747);
// EXTERNAL MODULE: ./lib/trust/publisher.js
var publisher = __webpack_require__(7554);
// EXTERNAL MODULE: ./lib/http/proxy.js
var proxy = __webpack_require__(768);
// EXTERNAL MODULE: ./lib/http/transport.js + 1 modules
var transport = __webpack_require__(6929);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/registry/credential-helper.js
// Runs a docker credential helper as the docker CLI does
// (docker-credential-helpers' client.Get): `docker-credential-<name> get`
// with the server URL on stdin, JSON {"ServerURL","Username","Secret"} on
// stdout. A helper that has no login for the server exits non-zero printing
// "credentials not found in native keychain", which means anonymous.
//
// The helper's output carries the secret, so it is never quoted whole: a
// failure quotes at most the first line of an output that looks like an
// error message, and output that is not JSON is not shown at all.


/** docker-credential-helpers' errCredentialsNotFoundMessage, compared after trimming as the client does. */
const CREDENTIALS_NOT_FOUND = 'credentials not found in native keychain';
/** What the helper prints as the username when the secret is an identity token (docker/cli's tokenUsername). */
const TOKEN_USERNAME = '<token>';
const DEFAULT_HELPER_TIMEOUT_MS = 60_000;
const MAX_OUTPUT_BYTES = 1 << 20;
function run(file, input, env, timeoutMs) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        let size = 0;
        let timedOut = false;
        const collect = (into) => (chunk) => {
            size += chunk.length;
            if (size > MAX_OUTPUT_BYTES)
                child.kill('SIGKILL');
            else
                into.push(chunk);
        };
        child.stdout.on('data', collect(out));
        child.stderr.on('data', collect(err));
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
            // Something the helper started may hold its output open; stop listening now.
            child.stdout.destroy();
            child.stderr.destroy();
            resolve({ code: null, stdout: '', stderr: '', timedOut });
        }, timeoutMs);
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({
                code,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                timedOut,
            });
        });
        child.stdin.on('error', () => { }); // a helper may exit without reading stdin
        child.stdin.end(input);
    });
}
/** The first line of a helper's error output, unless it could be carrying the secret. */
function quotable(output) {
    const line = output.trim().split(/\r?\n/)[0]?.trim() ?? '';
    if (line === '' || /[{}]|secret/i.test(line))
        return undefined;
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
/** The helper's login for the server; undefined when it has none (anonymous). */
async function getHelperCredentials(req) {
    const program = `docker-credential-${req.name}`;
    const timeoutMs = req.timeoutMs ?? DEFAULT_HELPER_TIMEOUT_MS;
    let result;
    try {
        result = await run(program, req.serverUrl, req.env, timeoutMs);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT') {
            throw new errors/* InputError */.dz('docker config', `${req.source} names the credential helper "${req.name}", but ${program} is not on PATH; ` +
                `install it, or remove the entry and log in with docker login`, { cause: err });
        }
        throw new errors/* DctError */.sY('COMMAND', `credential helper ${program} (${req.source}) could not be run: ${err.message}`, {
            cause: err,
        });
    }
    if (result.timedOut) {
        const what = `credential helper ${program} (${req.source})`;
        throw new errors/* DctError */.sY('COMMAND', req.timeoutNote
            ? `${req.timeoutNote} while running ${what} for ${req.serverUrl}, which was stopped`
            : `${what} did not answer within ${Math.round(timeoutMs / 1000)} s for ${req.serverUrl}`);
    }
    if (result.code !== 0) {
        if (result.stdout.trim() === CREDENTIALS_NOT_FOUND || result.stderr.trim() === CREDENTIALS_NOT_FOUND)
            return undefined;
        const said = quotable(result.stdout) ?? quotable(result.stderr);
        throw new errors/* DctError */.sY('COMMAND', `credential helper ${program} (${req.source}) failed to get the login for ${req.serverUrl} ` +
            `(exit code ${result.code ?? 'none, killed'})${said ? `: ${said}` : ''}; fix the helper, or log in again with docker login`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        parsed = undefined;
    }
    const record = typeof parsed === 'object' && parsed !== null ? parsed : undefined;
    const username = record?.Username;
    const secret = record?.Secret;
    if (record === undefined || typeof secret !== 'string' || (username !== undefined && typeof username !== 'string')) {
        throw new errors/* DctError */.sY('COMMAND', `credential helper ${program} (${req.source}) printed something that is not its JSON answer ` +
            `{"Username","Secret"} for ${req.serverUrl} (not shown: it may hold the secret); check the helper`);
    }
    const user = typeof username === 'string' ? username : '';
    if (user === '' && secret === '')
        return undefined;
    if (user === TOKEN_USERNAME)
        return { username: '', secret, identityToken: true };
    return { username: user, secret, identityToken: false };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
;// CONCATENATED MODULE: ./lib/registry/credentials.js
// Registry credentials from docker's config file, resolved as the docker CLI
// resolves them (cli/config/configfile): a credential helper named for the
// registry in `credHelpers`, else the `credsStore` helper, else the `auths`
// entries that docker/login-action and Azure's Docker@2 login write (a base64
// `auth` of user:password, separate `username`/`password`, or an
// `identitytoken`). A helper that has no login for the registry means
// anonymous, as in docker: `auths` is not consulted then.
//
// Every secret is handed to `mask` the moment it is read, before anything
// can print it.






function isIdentityToken(c) {
    return 'identityToken' in c;
}
/** docker's key for Docker Hub in config files and credential helpers (registry.IndexServer). */
const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
const HUB_KEYS = [DOCKER_HUB_CONFIG_KEY, 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
/** docker's config.json path: $DOCKER_CONFIG/config.json, else ~/.docker/config.json. */
function dockerConfigPath(env = process.env) {
    return (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json');
}
/** The host part of an `auths` key, which may be a URL. */
function keyHost(key) {
    return key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
}
/** Credentials for `registry` from parsed config JSON; undefined when none match. */
function credentialsFromConfig(config, registry, path = 'config.json') {
    if (typeof config !== 'object' || config === null)
        return undefined;
    const auths = config.auths;
    if (typeof auths !== 'object' || auths === null)
        return undefined;
    const wanted = registry === reference/* DOCKER_HUB */.Xb ? new Set(HUB_KEYS) : new Set([registry.toLowerCase()]);
    for (const [key, entry] of Object.entries(auths)) {
        if (!wanted.has(key) && !wanted.has(keyHost(key)))
            continue;
        if (typeof entry !== 'object' || entry === null)
            continue;
        const e = entry;
        let username = typeof e.username === 'string' ? e.username : '';
        let password = typeof e.password === 'string' ? e.password : '';
        if (typeof e.auth === 'string' && e.auth !== '') {
            const decoded = Buffer.from(e.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new errors/* InputError */.dz('docker config', `${path}: the auth entry for ${key} is not base64 of user:password; log in again`);
            }
            username = decoded.slice(0, colon);
            password = decoded.slice(colon + 1);
        }
        if (typeof e.identitytoken === 'string' && e.identitytoken !== '') {
            return { username, identityToken: e.identitytoken };
        }
        if (username !== '' || password !== '')
            return { username, password };
    }
    return undefined;
}
/** The key docker looks a registry up by in credHelpers, and sends to a helper. */
function configKey(registry) {
    return registry === reference/* DOCKER_HUB */.Xb ? DOCKER_HUB_CONFIG_KEY : registry;
}
/** Which credential helper docker would ask for `registry`, and where the config names it. */
function helperFor(config, registry) {
    if (typeof config !== 'object' || config === null)
        return undefined;
    const { credHelpers, credsStore } = config;
    const key = configKey(registry).toLowerCase();
    if (typeof credHelpers === 'object' && credHelpers !== null) {
        for (const [host, name] of Object.entries(credHelpers)) {
            if (host.toLowerCase() === key && typeof name === 'string' && name !== '') {
                return { name, field: `credHelpers["${host}"]` };
            }
        }
    }
    if (typeof credsStore === 'string' && credsStore !== '')
        return { name: credsStore, field: 'credsStore' };
    return undefined;
}
function masked(credential, mask) {
    if (credential && mask) {
        const secret = isIdentityToken(credential) ? credential.identityToken : credential.password;
        if (secret !== '')
            mask(secret);
    }
    return credential;
}
/** Reads docker's config file and resolves `registry`'s login; a missing file means no credentials. */
async function credentialsFromDockerConfig(registry, options = {}) {
    const env = options.env ?? process.env;
    const path = dockerConfigPath(env);
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new errors/* InputError */.dz('docker config', `${path} cannot be read: ${err.message}`, { cause: err });
    }
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz('docker config', `${path} is not valid JSON; run docker login again`, { cause: err });
    }
    const helper = helperFor(config, registry);
    if (helper === undefined)
        return masked(credentialsFromConfig(config, registry, path), options.mask);
    const found = await getHelperCredentials({
        name: helper.name,
        serverUrl: configKey(registry),
        source: `${helper.field} in ${path}`,
        env,
        ...(options.helperTimeoutMs === undefined ? {} : { timeoutMs: options.helperTimeoutMs }),
        ...(options.helperTimeoutNote === undefined ? {} : { timeoutNote: options.helperTimeoutNote }),
    });
    if (found === undefined)
        return undefined;
    options.mask?.(found.secret);
    return found.identityToken
        ? { username: found.username, identityToken: found.secret }
        : { username: found.username, password: found.secret };
}

// EXTERNAL MODULE: ./lib/trust/trust-state.js + 1 modules
var trust_state = __webpack_require__(5498);
// EXTERNAL MODULE: ./lib/operations/key-inputs.js
var key_inputs = __webpack_require__(5935);
// EXTERNAL MODULE: ./lib/keys/secret-pieces.js
var secret_pieces = __webpack_require__(240);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/registry/docker-tls-dir.js
// docker's per-server TLS directory: $DOCKER_CONFIG/tls/<host[:port]>/
// (DOCKER_CONFIG defaults to ~/.docker), read as docker's trust code reads it
// for the trust server (docker/cli cli/trust/trust.go certificateDirectory,
// then ReadCertsDirectory): the directory is named by the trust server URL's
// host exactly as written, with its port when one is written and without one
// when not (no default port is added or removed); every `*.crt` in it is a CA
// certificate, added to the system store; each `X.cert` with its `X.key` is a
// client certificate. A `.cert` without its `.key`, or a `.key` without its
// `.cert`, is an error, as in docker. A missing directory is no error.




/** The host of a URL as written, port included when written: Go's url.Parse(u).Host, which docker names the directory by. */
function hostAsWritten(url) {
    const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url) ?? /^([^/?#]*)/.exec(url);
    const authority = match?.[1] ?? '';
    return authority.slice(authority.lastIndexOf('@') + 1);
}
/** The tls directory for a trust server URL as given. */
function dockerTlsDirPath(serverUrl, env) {
    return (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'tls', hostAsWritten(serverUrl));
}
/** Reads the tls directory for `serverUrl`; undefined when it does not exist or holds none of docker's files. */
function readDockerTlsDir(serverUrl, env) {
    const host = hostAsWritten(serverUrl);
    if (host === '' || host.includes('/') || host === '.' || host === '..')
        return undefined;
    const dir = dockerTlsDirPath(serverUrl, env);
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir).sort();
    }
    catch (err) {
        if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
            return undefined;
        throw new errors/* DctError */.sY('INPUT', `cannot read docker's TLS directory ${dir}: ${err.message}`, { cause: err });
    }
    const read = (name) => {
        try {
            return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, name), 'utf8');
        }
        catch (err) {
            throw new errors/* DctError */.sY('INPUT', `cannot read ${(0,external_node_path_.join)(dir, name)}: ${err.message}`, { cause: err });
        }
    };
    const has = new Set(names);
    const cas = [];
    let client;
    for (const name of names) {
        if (name.endsWith('.crt'))
            cas.push(read(name));
        if (name.endsWith('.cert')) {
            const keyName = `${name.slice(0, -'.cert'.length)}.key`;
            if (!has.has(keyName)) {
                throw new errors/* DctError */.sY('INPUT', `${dir}: missing key ${keyName} for client certificate ${name}; CA certificates must use the extension .crt`);
            }
            client ??= { cert: read(name), key: read(keyName), file: (0,external_node_path_.join)(dir, name) };
        }
        if (name.endsWith('.key') && !has.has(`${name.slice(0, -'.key'.length)}.cert`)) {
            throw new errors/* DctError */.sY('INPUT', `${dir}: missing client certificate ${name.slice(0, -'.key'.length)}.cert for key ${name}`);
        }
    }
    if (cas.length === 0 && !client)
        return undefined;
    return { dir, caPem: cas.length > 0 ? cas.join('\n') : undefined, client };
}

// EXTERNAL MODULE: ./lib/registry/auth.js + 1 modules
var auth = __webpack_require__(5894);
// EXTERNAL MODULE: ./lib/registry/registry-client.js + 1 modules
var registry_client = __webpack_require__(3709);
// EXTERNAL MODULE: ./lib/notary/client.js + 1 modules
var notary_client = __webpack_require__(2249);
;// CONCATENATED MODULE: ./lib/operations/session.js
// One run's connections: a pooled transport, the registry auth shared by
// registry and trust-server calls, and the clients built on them. Everything
// an operation does goes through one session so that connections and tokens
// are reused, requests can be counted, and every request keeps to the same
// proxy rules, retry policy and deadline.




class Session {
    transport;
    auth;
    registry;
    #access;
    #trust = new Map();
    constructor(options = {}) {
        this.transport = new transport/* HttpTransport */.G5({
            ...(options.caBundle ? { caBundle: options.caBundle } : {}),
            ...(options.caBundles ? { caBundles: options.caBundles } : {}),
            ...(options.clientCertificates ? { clientCertificates: options.clientCertificates } : {}),
            ...(options.tlsHints ? { tlsHints: options.tlsHints } : {}),
            ...(options.tlsHint ? { tlsHint: options.tlsHint } : {}),
            ...(options.stallTimeoutMs ? { stallTimeoutMs: options.stallTimeoutMs } : {}),
            ...(options.proxy ? { proxy: options.proxy } : {}),
            ...(options.deadline ? { deadline: options.deadline } : {}),
            ...(options.retry ? { retry: options.retry } : {}),
            ...(options.logger ? { logger: options.logger } : {}),
        });
        this.auth = new auth/* RegistryAuth */.g({
            transport: this.transport,
            ...(options.credentials ? { credentials: options.credentials } : {}),
            ...(options.mask ? { mask: options.mask } : {}),
        });
        this.registry = new registry_client/* RegistryClient */.bP({ auth: this.auth });
        this.#access = options.access ?? 'read';
    }
    /** The client for one trust server URL, created once per session. */
    trustServer(url) {
        let client = this.#trust.get(url);
        if (!client) {
            client = new notary_client/* TrustServerClient */.Lf({ url, auth: this.auth, access: this.#access });
            this.#trust.set(url, client);
        }
        return client;
    }
    stats() {
        return this.transport.stats();
    }
    close() {
        return this.transport.close();
    }
}

// EXTERNAL MODULE: ./lib/operations/trust-server-url.js
var trust_server_url = __webpack_require__(1286);
;// CONCATENATED MODULE: ./lib/operations/connections.js
// What every operation that reaches a registry or trust server shares: the
// connection options, one Session per registry with its credentials, and
// each repository's trust server. Registry credentials come from the options
// or from docker's config file (its credential helpers included). All
// sessions of one operation share its deadline (the `timeout` input) and
// proxy rules: the explicit proxy if given, else the environment's.












/** The `timeout` input's default: 10 minutes. */
const DEFAULT_TIMEOUT_MS = 10 * 60_000;
function maskerOf(options) {
    return (secret) => {
        if (!options.mask)
            return;
        for (const piece of (0,secret_pieces/* passphrasePieces */.m)(secret))
            options.mask(piece);
    };
}
/** The operation's deadline, from now. */
function deadlineOf(options, now = Date.now()) {
    const limitMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!Number.isFinite(limitMs) || limitMs <= 0) {
        throw new errors/* InputError */.dz('timeout', `${String(limitMs)} ms is not a time limit; give a positive duration, e.g. 10m`);
    }
    return { at: now + limitMs, limitMs };
}
/** The proxy rules for the operation: the explicit proxy, else the environment's. */
function proxyRulesOf(options) {
    const rules = options.proxy?.url ? (0,proxy/* proxyRulesFromConfig */.gV)(options.proxy) : (0,proxy/* proxyRulesFromEnv */.TD)(options.env ?? process.env);
    const mask = maskerOf(options);
    for (const secret of rules.secrets)
        mask(secret);
    return rules;
}
function trustPinOf(options) {
    return options.trustPin?.trim() ? (0,key_inputs.parseTrustPin)(options.trustPin) : undefined;
}
/** The run's trust state, from the trust-state file if one is given. */
function trustBookOf(options, warnOnFirstUse) {
    return new trust_state/* TrustBook */.SQ({
        path: options.trustState,
        pinned: Boolean(options.trustPin?.trim()),
        warnOnFirstUse,
        requirePin: options.requirePin ?? false,
        forget: options.trustStateForget,
        logger: options.logger,
    });
}
/** Checks username/password now, so that a half-given pair fails before any request. */
function checkCredentialInputs(options, refs) {
    if ((options.username || options.password) && !(options.username && options.password)) {
        throw new errors/* InputError */.dz(options.username ? 'password' : 'username', 'give both username and password, or neither');
    }
    // Explicit credentials belong to one registry; they must never be offered to another.
    const registries = new Set(refs.map((r) => r.registry));
    if (options.username && registries.size > 1) {
        throw new errors/* InputError */.dz('tags', `username and password are for one registry, but the references name ${[...registries].join(', ')}; ` +
            'run once per registry, or log in with docker login and leave username and password empty');
    }
}
async function credentialsFor(options, registry, deadline) {
    if (options.username && options.password)
        return { username: options.username, password: options.password };
    const left = deadline.at - Date.now();
    const found = await credentialsFromDockerConfig(registry, {
        env: options.env ?? process.env,
        mask: maskerOf(options),
        helperTimeoutMs: Math.max(1, Math.min(DEFAULT_HELPER_TIMEOUT_MS, left)),
        // When the deadline comes first, the helper's time out is the command's.
        ...(left <= DEFAULT_HELPER_TIMEOUT_MS ? { helperTimeoutNote: `timed out after ${(0,transport/* formatMs */._V)(deadline.limitMs)} (the timeout input)` } : {}),
    });
    if (!found)
        return undefined;
    return isIdentityToken(found)
        ? { username: found.username, identityToken: found.identityToken }
        : { username: found.username, password: found.password };
}
/**
 * What a certificate error of the trust server adds: the CAs it was checked
 * against and the input to change. The "the … input" phrase is the one each
 * entrypoint spells its own way (--trust-server-ca, trustServerCa).
 */
function trustServerTlsHint(given, docker) {
    if (given)
        return "it was checked against the system store and the trust-server-ca input; check that the trust-server-ca input holds the CA that signed the trust server's certificate";
    if (docker?.caPem) {
        return `it was checked against the system store and the CA certificates (*.crt) in docker's ${docker.dir}; fix those, or give the trust server's CA certificate as the trust-server-ca input`;
    }
    return "it was checked against the system store alone; give the trust server's CA certificate as the trust-server-ca input";
}
/** As trustServerTlsHint, for the registry and token servers. */
function registryTlsHint(given) {
    return given
        ? "it was checked against the system store and the registry-ca input; check that the registry-ca input holds the CA that signed this server's certificate"
        : "it was checked against the system store alone; give the registry's (or token server's) CA certificate as the registry-ca input";
}
/** One session per registry, opened on first use and closed together. */
class Connections {
    #options;
    #access;
    #sessions = new Map();
    #opened = [];
    #deadline;
    #proxy;
    /** The run's trust state; pass it to every read and publish, save it when the command succeeded. */
    trust;
    /**
     * Checks the timeout and proxy settings and reads the trust state file (and,
     * unless `access` is read, checks that it can be written), so that bad ones
     * fail before any request. `warnOnFirstUse` (sign, verify):
     * warn of a root trusted on first use, or refuse it with `requirePin`.
     */
    constructor(options, access, trust = {}) {
        this.#options = options;
        this.#access = access;
        this.#deadline = deadlineOf(options);
        this.#proxy = proxyRulesOf(options);
        this.trust = trustBookOf(options, trust.warnOnFirstUse ?? false);
        // A command that publishes must not find out after its publish that the state cannot be saved.
        if (access !== 'read')
            this.trust.checkWritable();
    }
    get deadline() {
        return this.#deadline;
    }
    session(registry) {
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
    #tls(registry) {
        const { trustServerCa, registryCa } = this.#options;
        const env = this.#options.env ?? process.env;
        const host = new URL((0,trust_server_url/* resolveTrustServer */._)(registry, this.#options.trustServer, env)).host;
        // docker's tls directory for the trust server: its CAs below trust-server-ca, its client certificate always.
        const docker = readDockerTlsDir((0,trust_server_url/* trustServerAsGiven */.ru)(registry, this.#options.trustServer, env), env);
        const given = Boolean(trustServerCa?.trim());
        const serverCa = given ? trustServerCa : docker?.caPem;
        // One host may be both the registry and the trust server (ACR): then it trusts both bundles.
        const sameHost = host.toLowerCase() === (0,reference/* registryApiHost */.Mb)(registry).toLowerCase();
        const trustBundle = [serverCa, sameHost ? registryCa : undefined].filter((pem) => pem?.trim()).join('\n');
        if (docker?.client)
            this.#options.logger?.debug(`presenting the client certificate ${docker.client.file} to ${host}`);
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
    trustServerUrl(ref) {
        return (0,trust_server_url/* resolveTrustServer */._)(ref.registry, this.#options.trustServer, this.#options.env ?? process.env);
    }
    async trustServer(ref) {
        return (await this.session(ref.registry)).trustServer(this.trustServerUrl(ref));
    }
    async registry(ref) {
        return (await this.session(ref.registry)).registry;
    }
    /** The requests of every session opened so far. */
    requests() {
        const byMethod = {};
        let total = 0;
        let connections = 0;
        for (const session of this.#opened) {
            const stats = session.stats();
            total += stats.requests;
            connections += stats.connections;
            for (const [method, n] of Object.entries(stats.byMethod))
                byMethod[method] = (byMethod[method] ?? 0) + n;
        }
        return { total, byMethod, connections };
    }
    async close() {
        const sessions = await Promise.allSettled(this.#sessions.values());
        await Promise.all(sessions.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
    }
}
/** The operation's connections: the injected ones (tests), else Connections. */
function connect(options, access, trust = {}) {
    return options.connect ? options.connect(options, access, trust) : new Connections(options, access, trust);
}

// EXTERNAL MODULE: ./lib/tuf/role.js
var role = __webpack_require__(1239);
;// CONCATENATED MODULE: ./lib/operations/inspect-read.js
// Reading a repository's whole targets tree the way notary's client does
// (tufclient.downloadTargets): root, timestamp, snapshot and targets must
// verify, but a delegation that has expired or lacks valid signatures is
// skipped, with everything below it, and the rest of the tree is still
// used. Otherwise one signer who stopped signing three years ago (its role
// expired) would make every tag of the repository unverifiable, where
// docker still pulls and inspects. Any other failure (a hash mismatch, a
// rollback, a malformed file) fails the read, as in notary.
//
// Each level of the tree is fetched in one parallel wave; for docker's
// usual layout (targets/releases and targets/<signer>) that is one wave
// after the base roles, as with `delegations: 'all'`.



/** notary's signed.ErrExpired and signed.ErrRoleThreshold: the failures it skips a delegation for. */
function isSkippedFailure(err) {
    return err instanceof errors/* VerificationError */.mk && (err.check === 'expiry' || err.check === 'threshold');
}
/** The delegations a role declares that notary would descend into. */
function childrenOf(signed, name) {
    return signed.delegations
        .filter((d) => (0,role/* parentRole */.rt)(d.name) === name && d.keyids.every((id) => signed.delegationKeys.has(id)))
        .map((d) => d.name);
}
/** Reads and verifies every reachable delegation; see the file header for what is skipped. */
async function readTrustTree(options) {
    const { logger, ...read } = options;
    const repo = await (0,publisher/* readRepository */.Nu)({ ...read, delegations: [] });
    if (!repo)
        return { repo: null, skipped: [] };
    const skipped = [];
    const seen = new Set();
    let level = childrenOf(repo.targets.signed, role/* TARGETS */.dW);
    while (level.length > 0) {
        level = level.filter((n) => !seen.has(n));
        level.forEach((n) => seen.add(n));
        const settled = await Promise.allSettled(level.map((name) => repo.delegation(name)));
        const next = [];
        settled.forEach((outcome, i) => {
            const name = level[i];
            if (outcome.status === 'fulfilled') {
                const signed = outcome.value?.metadata?.signed;
                if (signed)
                    next.push(...childrenOf(signed, name));
                return;
            }
            if (!isSkippedFailure(outcome.reason))
                throw outcome.reason;
            skipped.push({ role: name, error: outcome.reason });
            logger?.warning(`${repo.gun}: ignoring ${name} and the roles below it, as notary does: ${outcome.reason.message}`);
        });
        level = next;
    }
    return { repo, skipped };
}

;// CONCATENATED MODULE: ./lib/operations/repository-context.js
// The one way an operation opens repositories. Given parsed references, it
// checks the credential inputs, opens one connection per registry (through
// RepositoryConnections, so tests can hand in an in-memory trust server and
// registry), reads every role through the run's trust state, hands the
// trust/updates functions what they need to publish, and saves the trust
// state when the work succeeded. The same repository given twice is opened once.





/** The repositories of one operation, with their trust state, reads and publishes. */
class RepositoryContext {
    repositories;
    pin;
    logger;
    #connections;
    constructor(repositories, pin, logger, connections) {
        this.repositories = repositories;
        this.pin = pin;
        this.logger = logger;
        this.#connections = connections;
    }
    /** The run's trust state: every read and publish goes through it. */
    get trustState() {
        return this.#connections.trust;
    }
    /** Reads and verifies a repository's trust data (base roles and `delegations`); null when it has none. */
    read(repo, choices = {}) {
        const { now, ...rest } = choices;
        return (0,lib_logger/* phase */.O)(this.logger, `reading trust data for ${repo.gun}`, () => (0,publisher/* readRepository */.Nu)({ ...this.#reading(repo), delegations: [], ...rest, ...(now ? { now: () => now } : {}) }));
    }
    /** Reads the whole targets tree as notary does, skipping expired or unsigned delegations. */
    readTree(repo, choices = {}) {
        const { now, ...rest } = choices;
        return (0,lib_logger/* phase */.O)(this.logger, `reading trust data for ${repo.gun}`, () => readTrustTree({ ...this.#reading(repo), ...rest, logger: this.logger, ...(now ? { now: () => now } : {}) }));
    }
    /** What trust/updates and trust/rotation take to publish to `repo`. */
    publishing(repo) {
        return { server: repo.server, gun: repo.gun, trustState: this.trustState, logger: this.logger, ...(this.pin ? { pin: this.pin } : {}) };
    }
    /** The manifest the registry serves for a reference now. */
    async resolve(ref) {
        return (0,lib_logger/* phase */.O)(this.logger, `resolving the digest of ${ref.original}`, async () => (await this.#connections.registry(ref)).resolve(ref));
    }
    /** The registry of a reference, for what the bridge formats read and write there. */
    oci(ref) {
        return this.#connections.registry(ref);
    }
    /** The command's deadline (the timeout input). */
    get deadline() {
        return this.#connections.deadline;
    }
    /** Requests made so far to registries and trust servers. */
    requests() {
        return this.#connections.requests();
    }
    #reading(repo) {
        return { server: repo.server, gun: repo.gun, trustState: this.trustState, ...(this.pin ? { pin: this.pin } : {}) };
    }
}
/** The references of each repository, in the order first given. */
function byRepository(refs) {
    const groups = new Map();
    for (const ref of refs)
        groups.set(ref.gun, [...(groups.get(ref.gun) ?? []), ref]);
    return groups;
}
async function openEach(connections, refs) {
    const groups = [...byRepository(refs).values()];
    const urls = groups.map((group) => connections.trustServerUrl(group[0]));
    return Promise.all(groups.map(async (group, i) => {
        const first = group[0];
        const server = await connections.trustServer(first);
        return { reference: first.original, gun: first.gun, registry: first.registry, trustServer: urls[i], server, refs: group };
    }));
}
/**
 * Opens the repositories of `refs` (checked and parsed by the command layer),
 * runs `work`, saves the trust state when it succeeded (TrustBook.saveWith:
 * a save failing after a publish still shows the result) and closes the
 * connections.
 */
async function openRepositories(options, refs, how, work) {
    if (refs.length === 0)
        throw new errors/* InputError */.dz('tags', 'nothing to work on: give at least one reference');
    checkCredentialInputs(options, refs);
    const pin = trustPinOf(options);
    const connections = connect(options, how.access, { warnOnFirstUse: how.warnOnFirstUse ?? false });
    try {
        const repositories = await openEach(connections, refs);
        const logger = options.logger ?? lib_logger/* silentLogger */.q;
        const result = await work(new RepositoryContext(repositories, pin, logger, connections));
        const { trust } = connections;
        return await (trust.path ? (0,lib_logger/* phase */.O)(logger, `saving the trust state to ${trust.path}`, () => trust.saveWith(result)) : trust.saveWith(result));
    }
    finally {
        await connections.close();
    }
}
/**
 * An error from publishing to one repository after others were already
 * changed: same code, with the changed repositories named so that a rerun
 * is understood (the operations are idempotent, so rerunning is safe).
 */
function afterPartialSuccess(err, done) {
    if (done.length === 0 || !(err instanceof errors/* DctError */.sY))
        return err;
    return new errors/* PartiallyPublishedError */.ho(err.code, `${(0,errors/* errorMessage */.gJ)(err)} (already changed: ${done.join(', ')}; rerunning is safe)`, [...done], {
        cause: err,
    });
}
/** Publishes to each repository in turn, so that a failure names those already changed. */
async function eachInTurn(plans, gunOf, publish, changed = () => true) {
    const results = [];
    const done = [];
    for (const plan of plans) {
        try {
            const result = await publish(plan);
            results.push(result);
            if (changed(result))
                done.push(gunOf(plan));
        }
        catch (err) {
            throw afterPartialSuccess(err, done);
        }
    }
    return results;
}


/***/ }),

/***/ 5894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ RegistryAuth),
  D: () => (/* binding */ RepositoryScope)
});

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/http/error-body.js
var error_body = __webpack_require__(9223);
// EXTERNAL MODULE: ./lib/http/proxy.js
var proxy = __webpack_require__(768);
// EXTERNAL MODULE: ./lib/http/transport.js + 1 modules
var transport = __webpack_require__(6929);
;// CONCATENATED MODULE: ./lib/registry/challenge.js
// Parses WWW-Authenticate headers (RFC 7235) into challenges. Registries and
// notary-server send `Bearer realm="…",service="…",scope="…"`, where scope
// may hold commas ("pull,push") and spaces (several scopes), so values are
// read as quoted strings, not split on commas. A header line may also carry
// several challenges ("Basic realm=x, Bearer realm=y").
const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
class Reader {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    get done() {
        return this.pos >= this.text.length;
    }
    peek() {
        return this.text[this.pos] ?? '';
    }
    skip(chars) {
        while (!this.done && chars.includes(this.peek()))
            this.pos += 1;
    }
    token() {
        const start = this.pos;
        while (!this.done && TCHAR.test(this.peek()))
            this.pos += 1;
        return this.text.slice(start, this.pos);
    }
    /** A quoted-string with backslash escapes, or undefined if unterminated. */
    quoted() {
        let out = '';
        for (this.pos += 1; !this.done; this.pos += 1) {
            const c = this.peek();
            if (c === '"') {
                this.pos += 1;
                return out;
            }
            if (c === '\\')
                this.pos += 1;
            out += this.text[this.pos] ?? '';
        }
        return undefined;
    }
}
/** Every challenge in the given header lines, in order. Malformed tails are dropped. */
function parseChallenges(headerLines) {
    const challenges = [];
    for (const line of headerLines)
        challenges.push(...parseLine(line));
    return challenges;
}
function parseLine(line) {
    const r = new Reader(line);
    const out = [];
    for (;;) {
        r.skip(' \t,');
        const scheme = r.token();
        if (scheme === '')
            return out;
        const params = {};
        out.push({ scheme: scheme.toLowerCase(), params });
        r.skip(' \t');
        for (;;) {
            const start = r.pos;
            const name = r.token();
            r.skip(' \t');
            if (name === '' || r.peek() !== '=') {
                // Not a parameter: the next challenge's scheme (or a token68 we ignore).
                r.pos = start;
                if (name === '')
                    r.pos += 1;
                break;
            }
            r.pos += 1;
            r.skip(' \t');
            const value = r.peek() === '"' ? r.quoted() : r.token();
            if (value === undefined)
                return out;
            params[name.toLowerCase()] = value;
            r.skip(' \t');
            if (r.peek() !== ',')
                break;
            r.skip(' \t,');
        }
    }
}

;// CONCATENATED MODULE: ./lib/registry/auth.js
// Docker registry authentication, as the docker CLI does it, shared by
// registry and trust-server calls.
//
// A call names the scope it needs. On a 401 the server's challenge says how
// to authenticate: Bearer (fetch a token from the realm for that scope, with
// Basic credentials or anonymously, or with an identity/refresh token by
// OAuth POST) or Basic (send the credentials). The call is then retried once.
//
// What a challenge taught us is remembered per origin, and tokens are cached
// per (realm, service, scope), so later calls send credentials up front: each
// origin costs at most one challenge round trip per run, and each scope one
// token request. A cached token for a wider scope serves narrower calls.





/** `repository:<name>:<actions>`, the only resource type dct-sign asks for. */
class RepositoryScope {
    repository;
    actions;
    constructor(repository, actions) {
        this.repository = repository;
        this.actions = actions;
    }
    static pull(repository) {
        return new RepositoryScope(repository, ['pull']);
    }
    /** The docker CLI's order for read-write trust operations. */
    static pullPush(repository) {
        return new RepositoryScope(repository, ['pull', 'push']);
    }
    /** notary-server's `*`, needed to delete trust data or rotate server keys. */
    static all(repository) {
        return new RepositoryScope(repository, ['*']);
    }
    /** Whether a token granted for this scope also serves `other`. */
    covers(other) {
        if (other.repository !== this.repository)
            return false;
        if (this.actions.includes('*'))
            return true;
        return other.actions.every((a) => this.actions.includes(a));
    }
    toString() {
        return `repository:${this.repository}:${this.actions.join(',')}`;
    }
}
// docker/distribution treats shorter lifetimes as this long.
const MIN_TOKEN_LIFETIME_S = 60;
// Renew a little early so a token does not expire between send and receipt.
const EXPIRY_MARGIN_MS = 5_000;
const TOKEN_RESPONSE_LIMIT = 1 << 20;
class RegistryAuth {
    #transport;
    #credentials;
    #clientId;
    #now;
    #mask;
    #origins = new Map();
    #tokens = new Map();
    #inflight = new Map();
    constructor(options) {
        this.#transport = options.transport;
        this.#credentials = options.credentials ?? {};
        this.#clientId = options.clientId ?? 'docker';
        this.#now = options.now ?? Date.now;
        this.#mask = options.mask ?? (() => { });
        if (this.#credentials.identityToken)
            this.#mask(this.#credentials.identityToken);
    }
    /** Who we authenticate as, for messages: `user "alice"` or `anonymous`. Never a secret. */
    get identity() {
        const { username } = this.#credentials;
        return username ? `user "${username}"` : 'anonymous';
    }
    get username() {
        return this.#credentials.username || undefined;
    }
    /**
     * Sends the request with whatever authorization this origin is known to
     * need, answers one challenge if the server sends one, and returns the
     * final response. A 401 or 403 that survives is returned for the caller to
     * phrase; a token server refusing the credentials throws UNAUTHORIZED.
     */
    async send(req) {
        const url = new URL(req.url);
        const known = this.#origins.get(url.origin);
        const first = known ? await this.#authorize(known, req.scope, url) : undefined;
        const res = await this.#transport.request(withAuthorization(req, url, first));
        if (res.status !== 401)
            return res;
        const challenge = pickChallenge(parseChallenges((0,transport/* headerValues */.UE)(res.headers, 'www-authenticate')));
        if (challenge === undefined)
            return res;
        const changed = known === undefined || !sameAuth(known, challenge);
        this.#origins.set(url.origin, challenge);
        if (first?.fresh && !changed)
            return res;
        if (first?.cached)
            this.#forget(known, first.cached);
        const second = await this.#authorize(challenge, req.scope, url);
        if (second === undefined)
            return res;
        return this.#transport.request(withAuthorization(req, url, second));
    }
    /**
     * The actions on `scope.repository` that the cached bearer token for
     * `url`'s origin grants, read from its JWT `access` claim (docker's token
     * spec; ACR and Docker Hub issue such tokens). Undefined when no token is
     * cached for the scope, or it is opaque, or it lists no `access` claim: then
     * only asking the registry tells. The claim is only read, not verified: the
     * registry enforces it, and we use it to refuse early.
     */
    grantedActions(url, scope) {
        const auth = this.#origins.get(new URL(url).origin);
        if (auth?.kind !== 'bearer')
            return undefined;
        const now = this.#now();
        const cached = this.#tokens.get(tokenKey(auth))?.find((t) => t.expiresAt > now && t.scope.covers(scope));
        return cached === undefined ? undefined : jwtRepositoryActions(cached.token, scope.repository);
    }
    async #authorize(auth, scope, url) {
        if (auth.kind === 'basic') {
            const header = this.#basicHeader(url);
            return header === undefined ? undefined : { header, fresh: true };
        }
        const key = tokenKey(auth);
        const now = this.#now();
        const cached = this.#tokens
            .get(key)
            ?.find((t) => t.expiresAt - EXPIRY_MARGIN_MS > now && t.scope.covers(scope));
        if (cached)
            return { header: `Bearer ${cached.token}`, fresh: false, cached };
        const flightKey = `${key}\n${scope}`;
        let flight = this.#inflight.get(flightKey);
        if (flight === undefined) {
            flight = this.#fetchToken(auth, scope, url).finally(() => this.#inflight.delete(flightKey));
            this.#inflight.set(flightKey, flight);
        }
        const token = await flight;
        const list = (this.#tokens.get(key) ?? []).filter((t) => t.expiresAt > now && !token.scope.covers(t.scope));
        list.push(token);
        this.#tokens.set(key, list);
        return { header: `Bearer ${token.token}`, fresh: true, cached: token };
    }
    #forget(auth, token) {
        if (auth?.kind !== 'bearer')
            return;
        const key = tokenKey(auth);
        const list = this.#tokens.get(key)?.filter((t) => t !== token);
        if (list)
            this.#tokens.set(key, list);
    }
    /** Basic credentials for `url`, never for plain http to a host that is not loopback: the password would cross the network in clear. */
    #basicHeader(url) {
        const { username, password } = this.#credentials;
        if (!username || !password || !isSecureOrigin(url))
            return undefined;
        return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    async #fetchToken(auth, scope, resourceUrl) {
        let realm;
        try {
            realm = new URL(auth.realm, resourceUrl);
        }
        catch (err) {
            throw new errors/* HttpError */.j$(`${resourceUrl.origin} sent an invalid token realm "${auth.realm}"`, {
                status: 401,
                url: resourceUrl.href,
                cause: err,
            });
        }
        // Like the trust server: the realm gets our password or identity token, and hands out tokens.
        if (!isSecureOrigin(realm)) {
            throw new errors/* HttpError */.j$(`${resourceUrl.origin} sent the token realm ${realm.origin}, which is not https; ` +
                'a token server must use https (plain http only on a loopback host), so no credentials were sent to it', { status: 401, url: resourceUrl.href, code: 'UNAUTHORIZED' });
        }
        const { identityToken } = this.#credentials;
        const req = identityToken
            ? this.#refreshRequest(realm, auth.service, scope, identityToken)
            : this.#getRequest(realm, auth.service, scope);
        const res = await this.#transport.request(req);
        if (res.status < 200 || res.status >= 300)
            throw this.#tokenRefusal(res, realm, scope, identityToken !== undefined);
        const token = parseTokenResponse(res.body, this.#mask);
        if (token === undefined) {
            throw new errors/* HttpError */.j$(`token server ${realm.origin} returned no token for ${scope}`, {
                status: res.status,
                url: realm.href,
            });
        }
        const lifetime = Math.max(token.expiresIn ?? 0, MIN_TOKEN_LIFETIME_S);
        return { scope, token: token.token, expiresAt: this.#now() + lifetime * 1000 };
    }
    // GET <realm>?service=…&scope=…, with Basic credentials when we have both parts.
    #getRequest(realm, service, scope) {
        const url = new URL(realm);
        if (service !== undefined && service !== '')
            url.searchParams.append('service', service);
        url.searchParams.append('scope', scope.toString());
        const headers = {};
        const basic = this.#basicHeader(realm);
        if (basic !== undefined) {
            url.searchParams.append('account', this.#credentials.username);
            headers.authorization = basic;
        }
        return { method: 'GET', url, headers, maxBytes: TOKEN_RESPONSE_LIMIT, target: `token server ${realm.origin}` };
    }
    // The docker token spec's OAuth2 refresh-token grant.
    #refreshRequest(realm, service, scope, refreshToken) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
            service: service ?? '',
            scope: scope.toString(),
            client_id: this.#clientId,
        });
        return {
            method: 'POST',
            url: realm,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
            maxBytes: TOKEN_RESPONSE_LIMIT,
            target: `token server ${realm.origin}`,
            // Asking for a token changes nothing on the server, so it is as safe to repeat as a GET.
            idempotent: true,
        };
    }
    #tokenRefusal(res, realm, scope, withIdentityToken) {
        const said = (0,error_body/* summarizeErrorBody */.u)(res.body);
        const suffix = `${said ? `: ${said}` : ''} (HTTP ${res.status}${(0,transport/* attemptsNote */.pr)(res.attempts)})`;
        // OAuth servers answer a bad refresh token with 400 invalid_grant.
        const refused = res.status === 401 || res.status === 403 || (withIdentityToken && res.status === 400);
        if (!refused) {
            return new errors/* HttpError */.j$(`token server ${realm.origin} failed to issue a token for ${scope}${suffix}`, {
                status: res.status,
                url: realm.href,
            });
        }
        const who = withIdentityToken
            ? `the identity token${this.username ? ` of user "${this.username}"` : ''}`
            : this.username
                ? `the credentials of user "${this.username}"`
                : 'anonymous access';
        return new errors/* HttpError */.j$(`token server ${realm.origin} refused ${who} for ${scope}${suffix}`, {
            status: res.status,
            url: realm.href,
            code: 'UNAUTHORIZED',
        });
    }
}
function withAuthorization(req, url, auth) {
    const { scope: _scope, ...rest } = req;
    if (auth === undefined)
        return { ...rest, url };
    return { ...rest, url, headers: { ...req.headers, authorization: auth.header } };
}
function pickChallenge(challenges) {
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    if (bearer)
        return { kind: 'bearer', realm: bearer.params.realm, service: bearer.params.service };
    if (challenges.some((c) => c.scheme === 'basic'))
        return { kind: 'basic' };
    return undefined;
}
function sameAuth(a, b) {
    if (a.kind === 'basic' || b.kind === 'basic')
        return a.kind === b.kind;
    return a.realm === b.realm && a.service === b.service;
}
function tokenKey(auth) {
    return `${auth.realm}\n${auth.service ?? ''}`;
}
/** https, or plain http to a loopback host (docker's default insecure registries). */
function isSecureOrigin(url) {
    return url.protocol === 'https:' || (url.protocol === 'http:' && (0,proxy/* isLoopback */.U9)(url.hostname));
}
/** The token, masked before anything else sees it (as is a new refresh token). */
function parseTokenResponse(body, mask) {
    let parsed;
    try {
        parsed = JSON.parse(new TextDecoder().decode(body));
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null)
        return undefined;
    const { token, access_token: accessToken, refresh_token: refreshToken, expires_in: expiresIn } = parsed;
    for (const secret of [token, accessToken, refreshToken])
        if (typeof secret === 'string' && secret !== '')
            mask(secret);
    // `access_token` and `token` mean the same; distribution prefers access_token.
    const value = typeof accessToken === 'string' && accessToken !== '' ? accessToken : token;
    if (typeof value !== 'string' || value === '')
        return undefined;
    return { token: value, expiresIn: typeof expiresIn === 'number' ? expiresIn : undefined };
}
/** The actions a JWT's `access` claim grants on a repository; undefined when the token is no JWT with that claim. */
function jwtRepositoryActions(token, repository) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return undefined;
    let claims;
    try {
        claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof claims !== 'object' || claims === null)
        return undefined;
    const access = claims.access;
    if (!Array.isArray(access))
        return undefined;
    const actions = new Set();
    for (const entry of access) {
        if (typeof entry !== 'object' || entry === null)
            continue;
        const { type, name, actions: granted } = entry;
        if (type !== 'repository' || name !== repository || !Array.isArray(granted))
            continue;
        for (const a of granted)
            if (typeof a === 'string')
                actions.add(a);
    }
    return [...actions];
}


/***/ }),

/***/ 113:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RU: () => (/* binding */ toDescriptor),
/* harmony export */   dw: () => (/* binding */ parseJsonObject),
/* harmony export */   md: () => (/* binding */ parseDescriptors),
/* harmony export */   zD: () => (/* binding */ isStringRecord)
/* harmony export */ });
// Reads the descriptor list of an image index (a referrers API answer, a
// `sha256-<hex>` tag index) from bytes off the network: entries are checked
// one by one, and one that is not a descriptor is left out, not trusted.
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
/** The parsed JSON object, or undefined when the bytes are not one. */
function parseJsonObject(bytes) {
    try {
        const parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The `manifests` of an image index, or undefined when the bytes are no
 * index. `mediaType`: the type the index must declare, if it declares one.
 */
function parseDescriptors(bytes, mediaType) {
    const index = parseJsonObject(bytes);
    if (index === undefined || !Array.isArray(index.manifests))
        return undefined;
    if (index.mediaType !== undefined && index.mediaType !== mediaType)
        return undefined;
    return index.manifests.flatMap((entry) => {
        const d = toDescriptor(entry);
        return d === undefined ? [] : [d];
    });
}
function toDescriptor(entry) {
    if (typeof entry !== 'object' || entry === null)
        return undefined;
    const { mediaType, digest, size, artifactType, annotations, platform } = entry;
    if (typeof mediaType !== 'string' || typeof digest !== 'string' || !DIGEST.test(digest))
        return undefined;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        return undefined;
    return {
        mediaType,
        digest,
        size,
        ...(typeof artifactType === 'string' ? { artifactType } : {}),
        ...(isStringRecord(annotations) ? { annotations } : {}),
        ...(typeof platform === 'object' && platform !== null && !Array.isArray(platform) ? { platform: platform } : {}),
    };
}
function isStringRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ OCI_INDEX),
/* harmony export */   EG: () => (/* binding */ OCI_MANIFEST),
/* harmony export */   RO: () => (/* binding */ READ_MANIFEST_TYPES),
/* harmony export */   Vv: () => (/* binding */ DOCKER_MANIFEST),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   _P: () => (/* binding */ MANIFEST_TYPES),
/* harmony export */   m6: () => (/* binding */ DOCKER_MANIFEST_LIST)
/* harmony export */ });
/* unused harmony exports OCI_ARTIFACT_MANIFEST, OCI_EMPTY */
// Manifest media types a registry may serve for a tag. Multi-arch images
// (manifest lists, OCI indexes) are signed by the index digest.
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST, OCI_MANIFEST, DOCKER_MANIFEST];
/** The registry's limit on a manifest body (distribution's is 4 MiB). */
const MAX_MANIFEST_BYTES = 4 << 20;
/** OCI 1.1-rc's artifact manifest: some registries still serve referrers written in it. */
const OCI_ARTIFACT_MANIFEST = 'application/vnd.oci.artifact.manifest.v1+json';
/** What a manifest read accepts: images and indexes, and signature artifacts as registries store them. */
const READ_MANIFEST_TYPES = [...MANIFEST_TYPES, OCI_ARTIFACT_MANIFEST];
/** OCI's empty descriptor's media type, the config of artifacts that have none. */
const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';


/***/ }),

/***/ 3709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  cW: () => (/* binding */ isLoopbackHost)
});

// UNUSED EXPORTS: PUSH_RIGHTS_FIX, REQUESTS_PER_HOST

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/http/error-body.js
var error_body = __webpack_require__(9223);
// EXTERNAL MODULE: ./lib/http/errors.js
var http_errors = __webpack_require__(9729);
// EXTERNAL MODULE: ./lib/http/transport.js + 1 modules
var transport = __webpack_require__(6929);
// EXTERNAL MODULE: ./lib/registry/auth.js + 1 modules
var auth = __webpack_require__(5894);
// EXTERNAL MODULE: ./lib/registry/media-types.js
var media_types = __webpack_require__(7103);
// EXTERNAL MODULE: ./lib/registry/descriptors.js
var descriptors = __webpack_require__(113);
;// CONCATENATED MODULE: ./lib/registry/host-gate.js
// How many requests a registry client has in flight per host. The first
// request to a host goes alone: it finds out whether the host speaks TLS
// (a loopback registry may not) and what authentication it asks for, so the
// rest start with the right scheme and a token instead of each paying for a
// failed TLS attempt or a 401 of its own. After it, at most `limit` requests
// run at once and the others wait their turn, so a sign of thousands of tags
// holds a few requests at a time, not thousands.
class HostGate {
    #limit;
    #hosts = new Map();
    constructor(limit) {
        this.#limit = Math.max(1, limit);
    }
    async run(host, work) {
        let state = this.#hosts.get(host);
        if (state === undefined) {
            let learned;
            state = { learned: new Promise((settle) => (learned = settle)), active: 1, waiting: [] };
            this.#hosts.set(host, state);
            try {
                return await work();
            }
            finally {
                learned();
                this.#release(state);
            }
        }
        await state.learned;
        if (state.active < this.#limit)
            state.active += 1;
        else
            await new Promise((turn) => state.waiting.push(turn));
        try {
            return await work();
        }
        finally {
            this.#release(state);
        }
    }
    // A finished request hands its place to the next one waiting.
    #release(state) {
        const next = state.waiting.shift();
        if (next)
            next();
        else
            state.active -= 1;
    }
}

// EXTERNAL MODULE: ./lib/registry/reference.js
var registry_reference = __webpack_require__(9758);
;// CONCATENATED MODULE: ./lib/registry/registry-client.js
// Reads what a registry serves for a tag: the manifest's digest and size,
// computed from the exact bytes served, never from docker's printed output.
// For the signature formats it also reads and writes manifests and blobs,
// reads the OCI 1.1 referrers API, and finds out whether the identity may
// push (OciRegistry). Every digest is checked against the bytes.










/** docker's default insecure registries: loopback, where plain HTTP is allowed. */
function isLoopbackHost(host) {
    const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}
// Why an https try may fall back to http: nothing listens for TLS there
// (refused, reset), or a plain-http server answered the TLS hello. A
// certificate error or a timeout never does: a server that speaks TLS with
// an untrusted certificate is not to be talked to in clear instead.
const NO_TLS_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ERR_SSL_WRONG_VERSION_NUMBER']);
function speaksNoTls(err) {
    if (err.timedOut)
        return false;
    for (let e = err.cause, depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
        const code = e.code;
        if (typeof code === 'string' && NO_TLS_CODES.has(code))
            return true;
        e = e.cause;
    }
    return false;
}
// A redirect the registry sends for a blob (a storage backend's signed URL);
// distribution 2.8 with filesystem storage serves blobs itself.
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;
const MAX_REFERRER_PAGES = 10;
/** Requests in flight per registry host: the transport's connections per origin, so none waits inside the pool. */
const REQUESTS_PER_HOST = 8;
const sha256 = (bytes) => `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
class RegistryClient {
    #auth;
    /** Hosts found to speak plain HTTP. */
    #plainHttp = new Set();
    #gate = new HostGate(REQUESTS_PER_HOST);
    constructor(options) {
        this.#auth = options.auth;
    }
    /**
     * Like docker with its default insecure registries: HTTPS first, and for a
     * loopback registry that does not speak TLS, plain HTTP.
     */
    async #send(host, path, scope, headers) {
        return this.#request(host, path, { method: 'GET', scope, headers, maxBytes: media_types/* MAX_MANIFEST_BYTES */.ZJ });
    }
    #request(host, path, req) {
        return this.#gate.run(host, () => this.#requestOnce(host, path, req));
    }
    async #requestOnce(host, path, req) {
        const send = (scheme) => this.#requestUrl(`${scheme}://${host}${path}`, req);
        if (this.#plainHttp.has(host))
            return send('http');
        // Only a loopback host may fall back; any other is https. The host gate sends a host's first request alone,
        // so the requests after it know the scheme instead of each opening a TLS connection that is then refused.
        if (!isLoopbackHost(host))
            return send('https');
        try {
            return await send('https');
        }
        catch (err) {
            // A write resent here reaches nothing that could apply it: a TLS port answers plain http with 400.
            if (!(err instanceof http_errors/* NetworkError */.D) || !speaksNoTls(err))
                throw err;
            this.#plainHttp.add(host);
            return send('http');
        }
    }
    #requestUrl(url, req) {
        const host = new URL(url).host;
        return this.#auth.send({
            method: req.method,
            url,
            headers: req.headers ?? {},
            scope: req.scope,
            ...(req.body ? { body: req.body } : {}),
            maxBytes: req.maxBytes ?? media_types/* MAX_MANIFEST_BYTES */.ZJ,
            ...(req.idempotent !== undefined ? { idempotent: req.idempotent } : {}),
            target: `registry ${host}`,
        });
    }
    /** The manifest a reference's tag (or digest) resolves to now. */
    async resolve(ref) {
        const host = (0,registry_reference/* registryApiHost */.Mb)(ref.registry);
        const id = ref.tag ?? ref.digest;
        if (!id)
            throw new errors/* DctError */.sY('INPUT', `${ref.original}: names neither a tag nor a digest`);
        const res = await this.#send(host, `/v2/${ref.repository}/manifests/${id}`, auth/* RepositoryScope */.D.pull(ref.repository), {
            accept: media_types/* MANIFEST_TYPES */._P.join(', '),
        });
        if (res.status === 404) {
            throw new errors/* HttpError */.j$(`${ref.original} is not in the registry: push it first, or leave push on`, {
                status: 404,
                url: res.url,
                code: 'NOT_FOUND',
            });
        }
        if (res.status === 401 || res.status === 403) {
            throw new errors/* HttpError */.j$(`${this.#auth.identity} may not read ${ref.registry}/${ref.repository} (HTTP ${res.status})`, {
                status: res.status,
                url: res.url,
                code: 'UNAUTHORIZED',
            });
        }
        if (res.status !== 200) {
            const detail = (0,error_body/* summarizeErrorBody */.u)(res.body);
            throw new errors/* HttpError */.j$(`reading the manifest of ${ref.original} failed: HTTP ${res.status}${detail ? `: ${detail}` : ''}${(0,transport/* attemptsNote */.pr)(res.attempts)}`, { status: res.status, url: res.url });
        }
        const digest = sha256(res.body);
        const served = (0,transport/* headerValue */.Z)(res.headers, 'docker-content-digest');
        if (served && served.startsWith('sha256:') && served !== digest) {
            throw new errors/* DctError */.sY('VERIFY', `${ref.original}: the registry's digest ${served} does not match its manifest bytes`);
        }
        if (ref.digest && ref.digest !== digest) {
            throw new errors/* DctError */.sY('VERIFY', `${ref.original}: the tag now points to ${digest}, not the digest in the reference`);
        }
        const mediaType = (0,transport/* headerValue */.Z)(res.headers, 'content-type')?.split(';')[0]?.trim() ?? mediaTypeOf(res.body);
        return { digest, size: res.body.length, mediaType };
    }
    async manifest(location, reference) {
        const named = `${nameOf(location)}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
        const res = await this.#request((0,registry_reference/* registryApiHost */.Mb)(location.registry), `/v2/${location.repository}/manifests/${reference}`, {
            method: 'GET',
            scope: auth/* RepositoryScope */.D.pull(location.repository),
            headers: { accept: media_types/* READ_MANIFEST_TYPES */.RO.join(', ') },
        });
        if (res.status === 404)
            return undefined;
        this.#checkRead(res, location, `reading the manifest ${named}`);
        const digest = sha256(res.body);
        const served = (0,transport/* headerValue */.Z)(res.headers, 'docker-content-digest');
        if (served && served.startsWith('sha256:') && served !== digest) {
            throw new errors/* DctError */.sY('VERIFY', `${named}: the registry's digest ${served} does not match its manifest bytes`);
        }
        if (reference.startsWith('sha256:') && reference !== digest) {
            throw new errors/* DctError */.sY('VERIFY', `${named}: the registry served a manifest whose digest is ${digest}`);
        }
        const mediaType = (0,transport/* headerValue */.Z)(res.headers, 'content-type')?.split(';')[0]?.trim() || mediaTypeOf(res.body);
        return { digest, size: res.body.length, mediaType, bytes: res.body };
    }
    async blob(location, digest, maxBytes) {
        checkSha256(digest, `blob of ${nameOf(location)}`);
        const scope = auth/* RepositoryScope */.D.pull(location.repository);
        let res = await this.#request((0,registry_reference/* registryApiHost */.Mb)(location.registry), `/v2/${location.repository}/blobs/${digest}`, {
            method: 'GET',
            scope,
            maxBytes,
        });
        // HttpTransport does not follow redirects: a storage backend's URL is
        // followed here, with credentials only for an origin that asked for them.
        for (let hops = 0; REDIRECTS.has(res.status) && hops < MAX_REDIRECTS; hops++) {
            const target = (0,transport/* headerValue */.Z)(res.headers, 'location');
            if (!target)
                break;
            res = await this.#requestUrl(new URL(target, res.url).href, { method: 'GET', scope, maxBytes });
        }
        this.#checkRead(res, location, `reading the blob ${digest} of ${nameOf(location)}`);
        if (sha256(res.body) !== digest) {
            throw new errors/* DctError */.sY('VERIFY', `${nameOf(location)}: the blob ${digest} the registry served has another digest`);
        }
        return res.body;
    }
    async pushBlob(location, bytes, options = {}) {
        const digest = sha256(bytes);
        const host = (0,registry_reference/* registryApiHost */.Mb)(location.registry);
        const scope = auth/* RepositoryScope */.D.pullPush(location.repository);
        const has = async () => {
            const head = await this.#request(host, `/v2/${location.repository}/blobs/${digest}`, { method: 'HEAD', scope });
            if (head.status === 200)
                return true;
            if (head.status === 404)
                return false;
            throw this.#writeFailure(head, location, `checking for the blob ${digest}`);
        };
        // A fresh blob is uploaded without the HEAD: a round trip that could only save an upload that never happens.
        if (!options.fresh && (await has()))
            return { digest, size: bytes.length };
        try {
            await this.#upload(host, location, scope, bytes, digest);
        }
        catch (err) {
            // The PUT went out and the answer was lost: the blob is there or not, and the registry says which.
            if (!(err instanceof http_errors/* NetworkError */.D) || !err.outcomeUnknown || !(await has()))
                throw err;
        }
        return { digest, size: bytes.length };
    }
    #startUpload(host, location, scope) {
        return this.#request(host, `/v2/${location.repository}/blobs/uploads/`, {
            method: 'POST',
            scope,
            headers: { 'content-length': '0' },
            // Safe to resend: a start whose answer was lost leaves only an empty
            // upload session, which publishes nothing and which the registry expires.
            idempotent: true,
        });
    }
    /** POST starts an upload; one monolithic PUT to its Location, with ?digest=, completes it. */
    async #upload(host, location, scope, bytes, digest) {
        const started = await this.#startUpload(host, location, scope);
        if (started.status !== 202)
            throw this.#writeFailure(started, location, 'starting a blob upload');
        const target = uploadUrl(started, digest);
        // Not idempotent: once the upload is complete its session is gone, so a
        // resent PUT would fail; pushBlob asks the registry instead (HEAD).
        const put = await this.#requestUrl(target, {
            method: 'PUT',
            scope,
            headers: { 'content-type': 'application/octet-stream' },
            body: bytes,
        });
        if (put.status !== 201 && put.status !== 204 && put.status !== 200) {
            throw this.#writeFailure(put, location, `uploading the blob ${digest}`);
        }
    }
    async putManifest(location, reference, manifest) {
        const digest = sha256(manifest.bytes);
        const byDigest = reference.startsWith('sha256:');
        if (byDigest && reference !== digest) {
            throw new errors/* DctError */.sY('INPUT', `a manifest put under ${reference} has the digest ${digest}`);
        }
        const res = await this.#request((0,registry_reference/* registryApiHost */.Mb)(location.registry), `/v2/${location.repository}/manifests/${reference}`, {
            method: 'PUT',
            scope: auth/* RepositoryScope */.D.pullPush(location.repository),
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
            // Under its own digest a manifest is content-addressed: sending it again
            // writes the same thing. Under a tag, a resend could undo another
            // writer's change, so the tag's writer re-reads instead (updateManifestTag).
            idempotent: byDigest,
        });
        if (res.status !== 201 && res.status !== 200 && res.status !== 202 && res.status !== 204) {
            throw this.#writeFailure(res, location, `writing the manifest ${nameOf(location)}${byDigest ? '@' : ':'}${reference}`);
        }
        const served = (0,transport/* headerValue */.Z)(res.headers, 'docker-content-digest');
        if (served && served.startsWith('sha256:') && served !== digest) {
            throw new errors/* DctError */.sY('VERIFY', `${nameOf(location)}: the registry stored the manifest ${digest} as ${served}`);
        }
        return { digest, subjectIndexed: (0,transport/* headerValue */.Z)(res.headers, 'oci-subject') !== undefined };
    }
    async referrers(location, digest) {
        checkSha256(digest, `referrers of ${nameOf(location)}`);
        const host = (0,registry_reference/* registryApiHost */.Mb)(location.registry);
        let res = await this.#request(host, `/v2/${location.repository}/referrers/${digest}`, {
            method: 'GET',
            scope: auth/* RepositoryScope */.D.pull(location.repository),
            headers: { accept: media_types/* OCI_INDEX */.$p },
        });
        const found = [];
        for (let page = 1;; page++) {
            // distribution 2.8 and other registries without the API answer 404 (or something that is no index).
            if (res.status === 404)
                return page === 1 ? undefined : found;
            this.#checkRead(res, location, `reading the referrers of ${nameOf(location)}@${digest}`);
            const list = (0,descriptors/* parseDescriptors */.md)(res.body, media_types/* OCI_INDEX */.$p);
            if (list === undefined)
                return page === 1 ? undefined : found;
            found.push(...list);
            const next = nextPage((0,transport/* headerValue */.Z)(res.headers, 'link'), res.url);
            if (next === undefined || page >= MAX_REFERRER_PAGES)
                return found;
            res = await this.#requestUrl(next, { method: 'GET', scope: auth/* RepositoryScope */.D.pull(location.repository), headers: { accept: media_types/* OCI_INDEX */.$p } });
        }
    }
    async checkPushRights(location) {
        const host = (0,registry_reference/* registryApiHost */.Mb)(location.registry);
        const scope = auth/* RepositoryScope */.D.pullPush(location.repository);
        // /v2/ is where a registry challenges; answering it gets (and caches) the pull,push token the writes will use.
        const ping = await this.#request(host, '/v2/', { method: 'GET', scope });
        const granted = this.#auth.grantedActions(ping.url, scope);
        if (granted !== undefined) {
            if (granted.includes('push') || granted.includes('*'))
                return;
            const what = granted.length === 0 ? 'no access at all' : `${granted.join(',')} only`;
            throw this.#pushDenied(location, undefined, ping.url, `the registry's token grants ${what}`);
        }
        // Nothing to read the grant from: start an upload, which needs push, and cancel it.
        const started = await this.#startUpload(host, location, scope);
        if (started.status !== 202)
            throw this.#writeFailure(started, location, 'starting a blob upload to check push rights');
        const cancel = (0,transport/* headerValue */.Z)(started.headers, 'location');
        if (cancel) {
            // Cancelling twice is harmless: the second finds no upload.
            await this.#requestUrl(new URL(cancel, started.url).href, { method: 'DELETE', scope, idempotent: true }).catch(() => undefined);
        }
    }
    #checkRead(res, location, what) {
        if (res.status === 401 || res.status === 403) {
            throw new errors/* HttpError */.j$(`${this.#auth.identity} may not read ${nameOf(location)} (HTTP ${res.status})`, {
                status: res.status,
                url: res.url,
                code: 'UNAUTHORIZED',
            });
        }
        if (res.status !== 200) {
            const detail = (0,error_body/* summarizeErrorBody */.u)(res.body);
            throw new errors/* HttpError */.j$(`${what} failed: HTTP ${res.status}${detail ? `: ${detail}` : ''}${(0,transport/* attemptsNote */.pr)(res.attempts)}`, {
                status: res.status,
                url: res.url,
            });
        }
    }
    /** A write's refusal: 401 or 403 is a missing push right, anything else the registry's error. */
    #writeFailure(res, location, what) {
        const detail = (0,error_body/* summarizeErrorBody */.u)(res.body);
        if (res.status === 401 || res.status === 403) {
            return this.#pushDenied(location, res.status, res.url, detail ? `the registry said: ${detail}` : `${what} was refused`);
        }
        return new errors/* HttpError */.j$(`${what} in ${nameOf(location)} failed: HTTP ${res.status}${detail ? `: ${detail}` : ''}${(0,transport/* attemptsNote */.pr)(res.attempts)}`, {
            status: res.status,
            url: res.url,
        });
    }
    /** `status` undefined: refused from the token's grant, before asking the registry (reported as 403). */
    #pushDenied(location, status, url, why) {
        const http = status === undefined ? '' : ` (HTTP ${status})`;
        return new errors/* HttpError */.j$(`${this.#auth.identity} may not push to ${nameOf(location)}${http}: ${why}; ${PUSH_RIGHTS_FIX}`, {
            status: status ?? 403,
            url,
            code: 'PUSH_DENIED',
        });
    }
}
/** How to get push rights, by the login inputs and the common registries' roles. */
const PUSH_RIGHTS_FIX = 'give a login with push rights (username and password, or docker login; the service connection in Azure Pipelines) — ' +
    'ACR: the AcrPush or Contributor role; Docker Hub: an access token with Read & Write; GHCR: packages: write';
function nameOf(location) {
    return `${location.registry}/${location.repository}`;
}
function checkSha256(digest, what) {
    if (!/^sha256:[0-9a-f]{64}$/.test(digest))
        throw new errors/* DctError */.sY('INPUT', `${what}: ${digest} is not a sha256 digest`);
}
/** The upload's Location (relative or absolute, maybe with a query of its own) with `digest=` added. */
function uploadUrl(res, digest) {
    const location = (0,transport/* headerValue */.Z)(res.headers, 'location');
    if (!location) {
        throw new errors/* HttpError */.j$(`the registry started a blob upload but sent no Location to upload to`, { status: res.status, url: res.url });
    }
    const url = new URL(location, res.url);
    url.searchParams.set('digest', digest);
    return url.href;
}
/** RFC 8288 `Link: <url>; rel="next"`, the referrers API's next page. */
function nextPage(link, base) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (m && /\brel="?next"?/.test(m[2]))
            return new URL(m[1], base).href;
    }
    return undefined;
}
function mediaTypeOf(body) {
    try {
        const parsed = JSON.parse(Buffer.from(body).toString('utf8'));
        return typeof parsed.mediaType === 'string' ? parsed.mediaType : 'application/octet-stream';
    }
    catch {
        return 'application/octet-stream';
    }
}


/***/ }),

/***/ 7554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nu: () => (/* binding */ readRepository),
/* harmony export */   YD: () => (/* binding */ publishChange)
/* harmony export */ });
/* unused harmony exports isConflict, isOutcomeUnknown, holdsUpload */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9729);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8747);
/* harmony import */ var _notary_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2249);
/* harmony import */ var _tuf_trusted_repository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5558);
/* harmony import */ var _trust_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5498);
// Read, verify, change, publish: with optimistic concurrency.
//
// notary-server refuses an update built on stale trust data (another signer
// published in between). Then we re-read, re-verify and re-apply the same
// change to the new state, so a concurrent signer's work is never lost, with
// a bounded number of retries and jittered backoff.
//
// A publish whose outcome is unknown (the connection broke after the update
// was sent, or no answer came in time) is never simply sent again. The trust
// data is re-read: if it holds exactly the files we uploaded, the publish
// went through. If not, the change is rebuilt on what was just read and
// published again. Versions come from the state read, so an earlier upload
// that lands late and a rebuilt one cannot both be applied: the server takes
// one version of a role once.






/** Reads and verifies a repository's trust data; null when it has none. */
async function readRepository(options) {
    const { server, gun, trustState } = options;
    const previous = options.previous ?? trustState?.previous(gun);
    const repo = await (0,_tuf_trusted_repository_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTrustedRepository */ .wb)({
        gun,
        fetcher: { fetch: (role, o) => server.getRole(gun, role, o) },
        now: options.now?.() ?? new Date(),
        ...(options.pin ? { pin: options.pin } : {}),
        ...(previous ? { previous } : {}),
        ...(options.delegations ? { delegations: options.delegations } : {}),
        ...(options.allowExpiredDelegations ? { allowExpiredDelegations: true } : {}),
        ...(options.acceptRekeyedDelegations ? { acceptRekeyedDelegations: true } : {}),
    });
    // A repository the state knows cannot vanish: that would let the server have it initialized afresh.
    if (!repo && previous?.root)
        throw (0,_trust_state_js__WEBPACK_IMPORTED_MODULE_5__/* .forgottenRepositoryError */ .fr)(gun, previous.root, trustState?.path);
    if (repo)
        trustState?.verified(gun, repo);
    return repo;
}
/** notary-server's answers to an update that raced another one. */
function isConflict(err) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && (0,_notary_client_js__WEBPACK_IMPORTED_MODULE_3__/* .isConflictResponse */ .oP)(err.status, err.serverCode);
}
/** The publish was sent whole but no answer says whether it was applied. */
function isOutcomeUnknown(err) {
    return err instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .D && err.outcomeUnknown;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The bytes the server now serves for `role`, from verified trust data. */
async function servedBytes(repo, role) {
    switch (role) {
        case 'root':
            return repo.root.bytes;
        case 'timestamp':
            return repo.timestamp.bytes;
        case 'snapshot':
            return repo.snapshot.bytes;
        case 'targets':
            return repo.targets.bytes;
        default:
            return (await repo.delegation(role))?.metadata?.bytes;
    }
}
/** Whether the verified trust data holds exactly the files of an upload. */
async function holdsUpload(repo, files) {
    if (!repo)
        return false;
    for (const file of files) {
        const served = await servedBytes(repo, file.role);
        if (!served || !Buffer.from(served).equals(Buffer.from(file.bytes)))
            return false;
    }
    return true;
}
/**
 * Applies `change` to freshly verified trust data and posts the files it
 * returns, retrying on conflicts. `change` gets null for a repository with
 * no trust data yet.
 */
async function publishChange(options, change) {
    const { server, gun, retries = 16, backoffMs = 50, logger = _logger_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .q, uncertainAttempts = 4 } = options;
    let previous = options.previous ?? options.initial?.state ?? options.trustState?.previous(gun);
    let uncertain = 0;
    // Trust data read after a publish of unknown outcome; the next attempt builds on it.
    let reread;
    for (let attempt = 0;; attempt++) {
        const now = options.now?.() ?? new Date();
        let repo;
        if (reread !== undefined)
            repo = reread;
        else if (attempt === 0 && options.initial !== undefined)
            repo = options.initial;
        else
            repo = await readRepository({ ...options, now: () => now, ...(previous ? { previous } : {}) });
        reread = undefined;
        // A retry must not accept older data, or another root, than what was verified before.
        if (repo)
            previous = repo.state;
        const planned = await change(repo, now);
        // After an upload of unknown outcome, finding the change in place means it landed.
        if (planned.files.length === 0)
            return { result: planned.result, published: uncertain > 0, attempts: attempt + 1 };
        try {
            await (0,_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .phase */ .O)(logger, `publishing ${planned.files.map((f) => f.role).join(', ')} to ${gun}`, () => server.publish(gun, planned.files));
            options.trustState?.published(gun, planned.files);
            return { result: planned.result, published: true, attempts: attempt + 1 };
        }
        catch (err) {
            if (isOutcomeUnknown(err)) {
                uncertain += 1;
                logger.warning(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}; re-reading the trust data of ${gun} to see whether the update landed`);
                try {
                    reread = await readRepository({ ...options, ...(previous ? { previous } : {}) });
                }
                catch (readErr) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY(readErr instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY ? readErr.code : 'NETWORK', `${gun}: a publish was sent but whether it was applied is unknown, and re-reading the trust data ` +
                        `to find out failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(readErr)}; run the command again to finish it`, { cause: readErr });
                }
                if (await holdsUpload(reread, planned.files)) {
                    options.trustState?.published(gun, planned.files);
                    logger.info(`${gun}: the update had landed; nothing to publish again`);
                    return { result: planned.result, published: true, attempts: attempt + 1 };
                }
                if (uncertain >= uncertainAttempts) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NETWORK', `${gun}: gave up after ${uncertain} publishes whose outcome was unknown; none of them landed ` +
                        `(last: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)})`, { cause: err });
                }
                logger.warning(`${gun}: the update had not landed; publishing it again, rebuilt on the trust data just read (${uncertain + 1}/${uncertainAttempts})`);
                continue;
            }
            if (!isConflict(err))
                throw err;
            if (attempt >= retries) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('CONFLICT', `${gun}: another publish kept winning the race; gave up after ${attempt + 1} attempts`, { cause: err });
            }
            const wait = backoffMs * (1 + Math.random()) * 2 ** Math.min(attempt, 4);
            logger.debug(`${gun}: concurrent update (${err.serverCode}); retrying in ${Math.round(wait)} ms`);
            await sleep(wait);
        }
    }
}


/***/ }),

/***/ 5498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SQ: () => (/* binding */ TrustBook),
  fr: () => (/* binding */ forgottenRepositoryError)
});

// UNUSED EXPORTS: TRUST_STATE_FORGET_INPUT, TRUST_STATE_FORMAT, TRUST_STATE_INPUT, checkTrustStateWritable, mergeRepositoryState, readTrustStateFile, repositoryStateFromJSON, repositoryStateToJSON, trustStateFromJSON, trustStateToJSON, writeTrustStateFile

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/keys/tuf-key.js
var tuf_key = __webpack_require__(9025);
// EXTERNAL MODULE: ./lib/logger.js
var lib_logger = __webpack_require__(8747);
// EXTERNAL MODULE: ./lib/tuf/guards.js
var guards = __webpack_require__(1485);
// EXTERNAL MODULE: ./lib/tuf/metadata.js
var metadata = __webpack_require__(5758);
// EXTERNAL MODULE: ./lib/tuf/role.js
var role = __webpack_require__(1239);
// EXTERNAL MODULE: ./lib/tuf/targets.js + 1 modules
var targets = __webpack_require__(7837);
// EXTERNAL MODULE: ./lib/tuf/root.js
var tuf_root = __webpack_require__(7567);
// EXTERNAL MODULE: ./lib/tuf/known-delegations.js
var known_delegations = __webpack_require__(5370);
// EXTERNAL MODULE: ./lib/tuf/trusted-repository.js + 2 modules
var trusted_repository = __webpack_require__(5558);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./lib/trust/file-lock.js
// A lock beside a file, so that two runs rewriting one file (the trust state)
// take turns instead of losing each other's changes: `<file>.lock`, created
// with O_EXCL, holding the owner's pid, host and a token. A waiter polls until
// the lock is gone, for a bounded time. A lock whose owner is gone (a pid no
// longer running on this host) or that is older than STALE_LOCK_MS (an owner
// on another host, or one that died before writing its pid) is stale and is
// taken over; the lock is held for one read and one write, a few
// milliseconds, so anything that old is left by a run that died.





/** How long a waiter waits for the lock before giving up. */
const LOCK_WAIT_MS = 30_000;
/** A lock older than this, whose owner cannot be asked, is stale. */
const STALE_LOCK_MS = 10_000;
const POLL_MS = 25;
/** Why the lock could not be taken: the caller names the file and the fix. */
class FileLockError extends Error {
    lockPath;
    constructor(lockPath, message, options = {}) {
        super(message, options);
        this.name = 'FileLockError';
        this.lockPath = lockPath;
    }
}
function ownerOf(text) {
    const [pid, host, token] = text.split('\n');
    const n = Number(pid);
    return { pid: Number.isSafeInteger(n) && n > 0 ? n : undefined, host: host || undefined, token: token || undefined };
}
function running(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        // EPERM: it runs, as another user.
        return err.code === 'EPERM';
    }
}
/** Whether the lock at `lockPath` (as `stat` saw it) was left by a run that is gone. */
async function isStale(lockPath, mtimeMs) {
    const owner = ownerOf(await (0,promises_.readFile)(lockPath, 'utf8').catch(() => ''));
    if (owner.pid !== undefined && owner.host === (0,external_node_os_.hostname)())
        return !running(owner.pid);
    return Date.now() - mtimeMs > STALE_LOCK_MS;
}
/**
 * Removes the stale lock `stat` saw, and nothing else: moved aside first, so
 * that a lock another waiter created meanwhile is put back, not deleted.
 * False when another waiter moved it first.
 */
async function removeStale(lockPath, ino) {
    const aside = `${lockPath}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.stale`;
    try {
        await (0,promises_.rename)(lockPath, aside);
    }
    catch {
        return false;
    }
    const moved = await (0,promises_.stat)(aside).catch(() => undefined);
    if (moved?.ino !== ino)
        await (0,promises_.link)(aside, lockPath).catch(() => undefined);
    await (0,promises_.rm)(aside, { force: true });
    return moved?.ino === ino;
}
/** Creates the lock, or returns false when another run holds it. */
async function tryCreate(lockPath, content) {
    let handle;
    try {
        handle = await (0,promises_.open)(lockPath, 'wx', 0o644);
    }
    catch (err) {
        if (err.code === 'EEXIST')
            return false;
        throw new FileLockError(lockPath, `cannot create the lock file ${lockPath} (${(0,errors/* errorMessage */.gJ)(err)})`, { cause: err });
    }
    try {
        await handle.writeFile(content);
    }
    catch (err) {
        await handle.close().catch(() => undefined);
        await (0,promises_.rm)(lockPath, { force: true });
        throw new FileLockError(lockPath, `cannot write the lock file ${lockPath} (${(0,errors/* errorMessage */.gJ)(err)})`, { cause: err });
    }
    await handle.close();
    return true;
}
async function acquire(lockPath, options) {
    const token = (0,external_node_crypto_.randomBytes)(12).toString('hex');
    const content = `${process.pid}\n${(0,external_node_os_.hostname)()}\n${token}\n`;
    const waitMs = options.waitMs ?? LOCK_WAIT_MS;
    const until = Date.now() + waitMs;
    // Bounded in count as well as in time: each turn either sleeps or removed a stale lock.
    const attempts = Math.ceil(waitMs / POLL_MS) + 10;
    let waiting = false;
    for (let attempt = 0; attempt < attempts; attempt++) {
        if (await tryCreate(lockPath, content))
            return token;
        const seen = await (0,promises_.stat)(lockPath).catch(() => undefined);
        // Released meanwhile, or left by a run that is gone: try again at once.
        if (!seen)
            continue;
        if ((await isStale(lockPath, seen.mtimeMs)) && (await removeStale(lockPath, seen.ino)))
            continue;
        if (Date.now() >= until)
            break;
        if (!waiting)
            options.onWait?.(lockPath);
        waiting = true;
        await (0,external_node_timers_promises_.setTimeout)(POLL_MS + Math.floor(Math.random() * POLL_MS));
    }
    throw new FileLockError(lockPath, `another run held the lock ${lockPath} for more than ${Math.round(waitMs / 1000)} s; ` +
        'if no other run is writing the file, delete the lock file');
}
/** Removes the lock if it is still ours (a run that took it over as stale owns it now). */
async function release(lockPath, token) {
    const owner = ownerOf(await (0,promises_.readFile)(lockPath, 'utf8').catch(() => ''));
    if (owner.token === token)
        await (0,promises_.rm)(lockPath, { force: true });
}
/** Runs `work` holding the lock `<path>.lock`; the directory must exist. */
async function withFileLock(path, work, options = {}) {
    const lockPath = `${path}.lock`;
    const token = await acquire(lockPath, options);
    try {
        return await work();
    }
    finally {
        await release(lockPath, token);
    }
}

;// CONCATENATED MODULE: ./lib/trust/trust-state.js
// The trust state file (the `trust-state` input): what earlier runs trusted,
// per repository, so that a later run on a fresh CI machine can refuse a
// root that does not chain from the saved one, a role older than the version
// seen before (rollback; for the timestamp, a freeze), and the same version
// with other bytes. It holds public data only: versions, sha256 digests and
// the root role's public keys.
//
// A missing file is a first use. A file that cannot be read or parsed is an
// error naming it, never silently ignored: ignoring it would quietly turn the
// protection off. The file is rewritten atomically (a temporary file in the
// same directory, then a rename) holding a lock beside it (file-lock.ts),
// re-reading and merging it first so that what other runs saved is kept.















/** The input that names the file, for error messages. */
const TRUST_STATE_INPUT = 'trust-state';
/** The input that drops repositories from the file, for a repository deleted and created again on purpose. */
const TRUST_STATE_FORGET_INPUT = 'trust-state-forget';
/** The format's version, the file's first field. */
const TRUST_STATE_FORMAT = 1;
const SHA256 = /^[0-9a-f]{64}$/;
/** The JSON of one repository's state; roles without a known digest are left out. */
function repositoryStateToJSON(state) {
    const root = state.root;
    if (!root)
        return undefined;
    const keys = {};
    for (const [id, key] of [...root.keys].sort(([a], [b]) => a.localeCompare(b))) {
        keys[id] = { keytype: key.keytype, public: key.public.toString('base64') };
    }
    const roles = {};
    for (const name of Object.keys(state.versions).sort()) {
        const sha256 = state.digests?.[name];
        const grant = state.grants?.[name];
        if (sha256 === undefined)
            continue;
        roles[name] = { version: state.versions[name], sha256, ...(grant ? { keyids: [...grant.keyids], threshold: grant.threshold } : {}) };
    }
    return { root: { version: root.version, sha256: root.sha256, threshold: root.threshold, keys }, roles };
}
function asVersion(value, where) {
    const n = (0,guards/* asInteger */.JU)(value, where);
    if (n < 1)
        throw new TypeError(`${where} is not a version (1 or more)`);
    return n;
}
function asSha256(value, where) {
    const text = (0,guards/* asString */.oJ)(value, where);
    if (!SHA256.test(text))
        throw new TypeError(`${where} is not a sha256 digest (64 lowercase hex digits)`);
    return text;
}
function rootFromJSON(value, where) {
    const obj = (0,guards/* asObject */.eB)(value, where);
    const version = asVersion(obj.version, `${where}.version`);
    const sha256 = asSha256(obj.sha256, `${where}.sha256`);
    const keys = new Map();
    for (const [id, raw] of Object.entries((0,guards/* asObject */.eB)(obj.keys, `${where}.keys`))) {
        const k = (0,guards/* asObject */.eB)(raw, `${where}.keys.${id}`);
        const key = new tuf_key/* TufKey */.r((0,guards/* asString */.oJ)(k.keytype, `${where}.keys.${id}.keytype`), Buffer.from((0,guards/* asString */.oJ)(k.public, `${where}.keys.${id}.public`), 'base64'));
        // A key filed under another ID would let a hand edit pass for the saved root.
        if (key.id !== id)
            throw new TypeError(`${where}.keys.${id} is a key with ID ${key.id}`);
        keys.set(id, key);
    }
    if (keys.size === 0)
        throw new TypeError(`${where}.keys lists no key`);
    const threshold = (0,guards/* asInteger */.JU)(obj.threshold, `${where}.threshold`);
    if (threshold < 1)
        throw new TypeError(`${where}.threshold is not 1 or more`);
    return { version, sha256, threshold, keys };
}
/** One repository's state from its JSON; throws a TypeError naming the field. */
function repositoryStateFromJSON(value, where) {
    const obj = (0,guards/* asObject */.eB)(value, where);
    const root = rootFromJSON(obj.root, `${where}.root`);
    const versions = {};
    const digests = {};
    const grants = {};
    for (const [name, raw] of Object.entries((0,guards/* asObject */.eB)(obj.roles, `${where}.roles`))) {
        const role = (0,guards/* asObject */.eB)(raw, `${where}.roles.${name}`);
        versions[name] = asVersion(role.version, `${where}.roles.${name}.version`);
        digests[name] = asSha256(role.sha256, `${where}.roles.${name}.sha256`);
        const grant = grantFromJSON(role, `${where}.roles.${name}`);
        if (grant)
            grants[name] = grant;
    }
    // The root's entry among the roles is the saved root itself.
    versions[role/* ROOT */.Dl] = Math.max(versions[role/* ROOT */.Dl] ?? 0, root.version);
    if (versions[role/* ROOT */.Dl] === root.version)
        digests[role/* ROOT */.Dl] = root.sha256;
    return { versions, digests, root, grants };
}
/** A delegation's recorded keys and threshold: both or neither. */
function grantFromJSON(role, where) {
    if (role.keyids === undefined && role.threshold === undefined)
        return undefined;
    if (!Array.isArray(role.keyids))
        throw new TypeError(`${where}.keyids is not a list of key IDs`);
    const keyids = role.keyids.map((id, i) => asSha256(id, `${where}.keyids[${i}]`));
    const threshold = (0,guards/* asInteger */.JU)(role.threshold, `${where}.threshold`);
    if (threshold < 1)
        throw new TypeError(`${where}.threshold is not 1 or more`);
    return { keyids: [...new Set(keyids)].sort(), threshold };
}
/** The file's repositories; throws a TypeError naming what is wrong. */
function trustStateFromJSON(value) {
    const obj = (0,guards/* asObject */.eB)(value, 'the file');
    if (obj.dctTrustState !== TRUST_STATE_FORMAT) {
        throw new TypeError(`dctTrustState is ${JSON.stringify(obj.dctTrustState)}, not ${TRUST_STATE_FORMAT}`);
    }
    const out = new Map();
    for (const [gun, repo] of Object.entries((0,guards/* asObject */.eB)(obj.repositories, 'repositories'))) {
        out.set(gun, repositoryStateFromJSON(repo, `repositories["${gun}"]`));
    }
    return out;
}
/** The file's text: stable key order, so that a committed file diffs by what changed. */
function trustStateToJSON(states) {
    const repositories = {};
    for (const gun of [...states.keys()].sort()) {
        const json = repositoryStateToJSON(states.get(gun));
        if (json)
            repositories[gun] = json;
    }
    const file = { dctTrustState: TRUST_STATE_FORMAT, repositories };
    return `${JSON.stringify(file, null, 2)}\n`;
}
function fileError(path, message, cause) {
    return new errors/* InputError */.dz(TRUST_STATE_INPUT, `${path}: ${message}. Restore the file or fix it; deleting it trusts each repository's root on first use again`, { cause });
}
function writeError(path, cause) {
    return new errors/* InputError */.dz(TRUST_STATE_INPUT, `${path}: cannot write the trust state file (${(0,errors/* errorMessage */.gJ)(cause)}); give a path in a directory this run can write`, { cause });
}
/**
 * Creates `dir` and its missing parents, one level at a time: node's
 * recursive mkdir never returns where mkdir answers ENOENT for a parent
 * that exists (under /proc).
 */
function makeDirectory(dir) {
    const missing = [];
    for (let d = dir; !(0,external_node_fs_.existsSync)(d) && (0,external_node_path_.dirname)(d) !== d; d = (0,external_node_path_.dirname)(d))
        missing.unshift(d);
    for (const d of missing) {
        try {
            (0,external_node_fs_.mkdirSync)(d);
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
    }
}
/**
 * Throws an InputError naming the file unless it can be written: its
 * directory exists or can be created, and a file can be created in it (a
 * probe, removed at once). The file itself is not touched.
 */
function checkTrustStateWritable(path) {
    const probe = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        makeDirectory((0,external_node_path_.dirname)(path));
        (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(probe, 'wx', 0o644));
    }
    catch (err) {
        throw writeError(path, err);
    }
    (0,external_node_fs_.rmSync)(probe, { force: true });
}
/** A file a later dct-sign wrote in a newer format: only an upgrade reads it; fixing or deleting it would lose trust. */
function checkNotNewer(path, json) {
    const format = json?.dctTrustState;
    if (typeof format === 'number' && format > TRUST_STATE_FORMAT) {
        throw new errors/* InputError */.dz(TRUST_STATE_INPUT, `${path}: written by a newer dct-sign (trust state format ${format}; this version reads ${TRUST_STATE_FORMAT}); upgrade dct-sign`);
    }
}
/** Reads the file: an empty map when it does not exist (a first use); an InputError naming it otherwise. */
function readTrustStateFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return new Map();
        throw fileError(path, `cannot read the trust state file (${(0,errors/* errorMessage */.gJ)(err)})`, err);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        throw fileError(path, `the trust state file is not JSON (${(0,errors/* errorMessage */.gJ)(err)})`, err);
    }
    checkNotNewer(path, json);
    try {
        return trustStateFromJSON(json);
    }
    catch (err) {
        throw fileError(path, `not a trust state file: ${(0,errors/* errorMessage */.gJ)(err)}`, err);
    }
}
/** Whether two states of a repository would be saved alike. */
function sameState(a, b) {
    return JSON.stringify(a && repositoryStateToJSON(a)) === JSON.stringify(b && repositoryStateToJSON(b));
}
/** Sets or removes `role`'s entry in `to` as `from` has it. */
function copyEntry(to, from, role) {
    const value = from?.[role];
    if (value === undefined)
        delete to[role];
    else
        to[role] = value;
}
/**
 * This run's state of a repository merged with the file's: this run's when
 * no other run changed the repository since this one read the file; else,
 * role by role, the entry (version, digest, grant) with the higher version
 * (this run's at the same version), and the root with the higher version, so
 * that neither run rolls the other back.
 */
function mergeRepositoryState(file, base, ours) {
    if (!file || sameState(file, base))
        return ours;
    const versions = { ...file.versions };
    const digests = { ...file.digests };
    const grants = { ...file.grants };
    for (const [role, version] of Object.entries(ours.versions)) {
        if (version < (versions[role] ?? 0))
            continue;
        versions[role] = version;
        copyEntry(digests, ours.digests, role);
        copyEntry(grants, ours.grants, role);
    }
    const root = file.root && (!ours.root || file.root.version > ours.root.version) ? file.root : ours.root;
    return { ...file, ...ours, versions, digests, grants, ...(root ? { root } : {}) };
}
/**
 * Writes `updates` into the file, keeping what other runs saved: holding
 * `<file>.lock`, re-read, merge, write a temporary file beside it and rename
 * it over the old one, so a reader never sees half a file and two writers
 * never lose each other's entries.
 */
async function writeTrustStateFile(path, updates, options = {}) {
    try {
        // A cache restored for the first time has no directory yet.
        makeDirectory((0,external_node_path_.dirname)(path));
    }
    catch (err) {
        throw writeError(path, err);
    }
    const onWait = (lock) => (options.logger ?? lib_logger/* silentLogger */.q).info(`${path}: another run is writing the trust state file (${lock}); waiting for it`);
    try {
        await withFileLock(path, () => replaceTrustStateFile(path, updates, options), {
            onWait,
            ...(options.lockWaitMs !== undefined ? { waitMs: options.lockWaitMs } : {}),
        });
    }
    catch (err) {
        if (err instanceof FileLockError)
            throw new errors/* InputError */.dz(TRUST_STATE_INPUT, `${path}: cannot write the trust state file: ${err.message}`, { cause: err });
        throw err;
    }
}
/** Re-reads, merges and renames; called holding the lock. */
async function replaceTrustStateFile(path, updates, options) {
    const states = readTrustStateFile(path);
    for (const gun of options.forget ?? [])
        states.delete(gun);
    for (const [gun, state] of updates)
        states.set(gun, mergeRepositoryState(states.get(gun), options.base?.get(gun), state));
    await options.beforeRename?.();
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temporary, trustStateToJSON(states), { mode: 0o644, flush: true });
        await (0,promises_.rename)(temporary, path);
    }
    catch (err) {
        // The original error is the one to report.
        await (0,promises_.rm)(temporary, { force: true }).catch(() => undefined);
        throw writeError(path, err);
    }
}
/** The keys and threshold each uploaded targets file grants its delegations, which we built ourselves. */
function grantsIn(files) {
    const out = new Map();
    for (const file of files) {
        if (file.role !== role/* TARGETS */.dW && !(0,role/* isDelegationName */.mm)(file.role))
            continue;
        const signed = metadata/* Metadata */.O.parse(file.bytes, file.role, (s, r) => targets/* Targets */.H.fromJSON(s, r)).signed;
        for (const d of signed.delegations)
            out.set(d.name, (0,known_delegations/* grantOf */.od)(signed.delegationKeysOf(d), d.threshold));
    }
    return out;
}
/** The error for a repository the trust server has no root for, though the trust state holds its root. */
function forgottenRepositoryError(gun, root, path) {
    const where = path ? `the trust state ${path}` : 'the trust state';
    return new errors/* VerificationError */.mk(role/* ROOT */.Dl, `the trust server has no trust data for ${gun} (404 for root), but ${where} holds its root (version ${root.version}): ` +
        'a server that lost or withholds the repository must not make this run start it afresh. If the repository was ' +
        `deleted and created again on purpose, run once with ${TRUST_STATE_FORGET_INPUT} ${gun} (CLI --${TRUST_STATE_FORGET_INPUT} ${gun}) ` +
        'to drop its entry, so that its new root is trusted on first use', { code: 'ROLLBACK' });
}
/** The version field of an uploaded file, which we built ourselves. */
function versionOf(file) {
    try {
        const envelope = (0,guards/* asObject */.eB)(JSON.parse(Buffer.from(file.bytes).toString('utf8')), 'metadata');
        return asVersion((0,guards/* asObject */.eB)(envelope.signed, 'signed').version, 'signed.version');
    }
    catch (err) {
        throw new errors/* DctError */.sY('VERIFY', `${file.role}: cannot read the version of the uploaded file: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
    }
}
/**
 * One run's view of the trust state: what the file held, updated with every
 * verification and publish of this run, saved at its end.
 */
class TrustBook {
    path;
    #saved;
    /**
     * What this run verified or published, read when asked: delegations a
     * verified repository loads after it was recorded count too.
     */
    #current = new Map();
    #forgotten = new Set();
    #warned = new Set();
    #options;
    #published = false;
    /** Reads the file now, so that a bad one fails before any request. */
    constructor(options) {
        this.#options = options;
        this.path = options.path?.trim() ? options.path : undefined;
        this.#saved = this.path ? readTrustStateFile(this.path) : new Map();
        this.#forget(options.forget ?? []);
    }
    /** Drops the entries trust-state-forget names, saying so: never a silent reset. */
    #forget(guns) {
        if (guns.length === 0)
            return;
        if (!this.path) {
            throw new errors/* InputError */.dz(TRUST_STATE_FORGET_INPUT, `there is no trust state to drop ${guns.join(', ')} from; give trust-state too`);
        }
        const logger = this.#options.logger ?? lib_logger/* silentLogger */.q;
        for (const gun of guns) {
            if (this.#saved.delete(gun)) {
                this.#forgotten.add(gun);
                logger.warning(`${gun}: dropped from the trust state ${this.path} (${TRUST_STATE_FORGET_INPUT}); its root is trusted on first use again`);
            }
            else {
                logger.warning(`${gun}: not in the trust state ${this.path}; ${TRUST_STATE_FORGET_INPUT} has nothing to drop for it`);
            }
        }
    }
    /** What the next read of `gun` must not fall behind. */
    previous(gun) {
        return this.#current.get(gun)?.() ?? this.#saved.get(gun);
    }
    /**
     * Records verified trust data. A root that nothing pinned (no trust-pin, no
     * saved state for the repository) is trusted on first use: sign and verify
     * warn of it, and every command refuses it with require-pin.
     */
    verified(gun, repo) {
        const { pinned, warnOnFirstUse = false, requirePin = false } = this.#options;
        // A root this run already holds (verified before, or published when it created the repository) is no first use.
        if ((warnOnFirstUse || requirePin) && !pinned && !this.previous(gun)?.root && !this.#warned.has(gun)) {
            const keep = this.path
                ? `trust-state keeps it in ${this.path} from now on, so later runs refuse another root`
                : 'or give trust-state (a file kept across runs) so that later runs refuse another root';
            const message = `${gun}: the root (version ${repo.root.signed.version}) is trusted on first use: neither trust-pin nor trust-state pins it. ` +
                `Give trust-pin (its root key ID or certificate), ${keep}`;
            if (requirePin)
                throw new errors/* VerificationError */.mk(role/* ROOT */.Dl, `${message}; require-pin refuses a root pinned by neither`, { check: 'root' });
            this.#warned.add(gun);
            (this.#options.logger ?? lib_logger/* silentLogger */.q).warning(message);
        }
        this.#current.set(gun, () => repo.state);
    }
    /** Records files the trust server accepted, so that a later run refuses anything older. */
    published(gun, files) {
        // A repository created by this run starts from the root it published.
        const before = this.previous(gun) ?? { versions: {} };
        const versions = { ...before.versions };
        const digests = { ...before.digests };
        const grants = { ...before.grants };
        const granted = grantsIn(files);
        let root = before.root;
        for (const file of files) {
            const version = versionOf(file);
            if (version < (versions[file.role] ?? 0))
                continue;
            versions[file.role] = version;
            digests[file.role] = (0,trusted_repository/* sha256Hex */.fg)(file.bytes);
            const grant = granted.get(file.role);
            if (grant)
                grants[file.role] = grant;
            if (file.role === role/* ROOT */.Dl)
                root = (0,trusted_repository/* trustedRootOf */.N)(metadata/* Metadata */.O.parse(file.bytes, role/* ROOT */.Dl, (s, r) => tuf_root/* Root */.b.fromJSON(s, r)));
        }
        if (root) {
            const state = { versions, digests, root, grants };
            this.#current.set(gun, () => state);
        }
        this.#published = true;
    }
    /** Throws an InputError naming the file unless it can be written; for commands that publish, before they do. */
    checkWritable() {
        if (this.path)
            checkTrustStateWritable(this.path);
    }
    /** Writes what this run verified into the file; nothing when there is no file or nothing was verified. */
    async save() {
        if (!this.path || (this.#current.size === 0 && this.#forgotten.size === 0))
            return;
        const states = new Map([...this.#current].map(([gun, state]) => [gun, state()]));
        await writeTrustStateFile(this.path, states, { base: this.#saved, forget: this.#forgotten, logger: this.#options.logger });
    }
    /**
     * Saves (save), then gives back `result`. When saving fails after this run
     * published, what it published is live: the error, a StateNotSavedError,
     * says so and carries `result`, so that the command still shows it.
     */
    async saveWith(result) {
        try {
            await this.save();
        }
        catch (err) {
            if (!this.#published)
                throw err;
            // The write error's own cause: the message names the file once.
            const why = (0,errors/* errorMessage */.gJ)(err instanceof errors/* InputError */.dz && err.cause !== undefined ? err.cause : err);
            throw new errors/* StateNotSavedError */.cX(`${TRUST_STATE_INPUT}: what this run published is live on the trust server (its signatures are in place), ` +
                `but the trust state was not saved to ${this.path} (${why}). ` +
                'Fix that before the next run, which checks against the state saved before this one', result, { cause: err });
        }
        return result;
    }
}


/***/ }),

/***/ 7070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SignedBase),
/* harmony export */   d: () => (/* binding */ parseCommon)
/* harmony export */ });
/* harmony import */ var _encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5936);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1485);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4106);
// The fields every signed role shares: `_type`, `expires` and `version`.




class SignedBase {
    version;
    expires;
    expiresText;
    constructor(options) {
        this.version = options.version;
        this.expires = options.expires;
        this.expiresText = options.expiresText ?? (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatGoTime */ .Z0)(options.expires);
    }
    /** Options for a copy with `changes`; a new `expires` gets a new text. */
    changed(current, changes) {
        const expiresText = changes.expires === undefined ? this.expiresText : undefined;
        return { ...current, ...changes, expiresText };
    }
    isExpired(now) {
        return this.expires.getTime() <= now.getTime();
    }
    commonJSON() {
        return { _type: this.type, expires: this.expiresText, version: this.version };
    }
    /** The canonical text of this role: what its signatures cover. */
    canonical() {
        return (0,_encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(this.toJSON());
    }
    /** The canonical text of `source`, the JSON this role was parsed from (Metadata.parse). */
    canonicalOfSource(source) {
        return (0,_encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(source);
    }
}
/** Reads and checks the common fields; `role` names the role in errors. */
function parseCommon(value, type, role) {
    let obj;
    try {
        obj = (0,_guards_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(value, 'signed');
        const actual = (0,_guards_js__WEBPACK_IMPORTED_MODULE_3__/* .asString */ .oJ)(obj._type, '_type');
        if (actual !== type)
            throw new TypeError(`_type is ${JSON.stringify(actual)}, expected ${type}`);
        const version = (0,_guards_js__WEBPACK_IMPORTED_MODULE_3__/* .asInteger */ .JU)(obj.version, 'version');
        const expires = (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .parseGoTime */ .bi)(obj.expires, role);
        return { obj, common: { version, expires, expiresText: obj.expires } };
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(role, `malformed metadata: ${err.message}`, { cause: err });
    }
}


/***/ }),

/***/ 7923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ FileMeta)
/* harmony export */ });
/* unused harmony export METADATA_HASHES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5936);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1485);
// FileMeta: the length and hashes that a snapshot, timestamp or targets file
// records for another file. Hashes are base64 in Notary (not hex as in TUF).




/** The hash algorithms notary computes for metadata files. */
const METADATA_HASHES = ['sha256', 'sha512'];
class FileMeta {
    length;
    /** Algorithm name to raw digest. */
    hashes;
    /** Opaque `custom` data, kept as it came. */
    custom;
    constructor(options) {
        this.length = options.length;
        this.hashes = options.hashes;
        this.custom = options.custom;
    }
    /** FileMeta of bytes we hold, with the given hash algorithms. */
    static of(bytes, algorithms = METADATA_HASHES) {
        const hashes = {};
        for (const alg of algorithms)
            hashes[alg] = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg).update(bytes).digest();
        return new FileMeta({ length: bytes.length, hashes });
    }
    /** The sha256 as hex, the name notary-server serves a file by. */
    get sha256Hex() {
        return this.hashes.sha256?.toString('hex');
    }
    /**
     * Checks bytes against this FileMeta: exact length and every known hash.
     * At least one of sha256/sha512 must be present, as notary requires.
     */
    verify(bytes, role) {
        if (bytes.length !== this.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk(role, `length ${bytes.length} does not match the expected ${this.length}`, {
                check: 'hash',
            });
        }
        let checked = 0;
        for (const alg of METADATA_HASHES) {
            const expected = this.hashes[alg];
            if (!expected)
                continue;
            const actual = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg).update(bytes).digest();
            if (actual.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(actual, expected)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk(role, `${alg} hash does not match the expected one`, { check: 'hash' });
            }
            checked++;
        }
        if (checked === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .VerificationError */ .mk(role, 'no sha256 or sha512 hash to check it against', { check: 'hash' });
        }
    }
    /**
     * canonicalJson(this.toJSON()), written directly when there is no custom
     * data: a role signing 9,400 new tags writes 9,400 of these.
     */
    canonical() {
        const algs = Object.keys(this.hashes);
        if (this.custom !== undefined || !Number.isSafeInteger(this.length) || !algs.every((a) => SIMPLE_KEY.test(a))) {
            return (0,_encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(this.toJSON());
        }
        algs.sort();
        let out = '{"hashes":{';
        for (let i = 0; i < algs.length; i++)
            out += `${i > 0 ? ',' : ''}"${algs[i]}":"${this.hashes[algs[i]].toString('base64')}"`;
        return `${out}},"length":${this.length}}`;
    }
    toJSON() {
        const hashes = {};
        for (const [alg, digest] of Object.entries(this.hashes))
            hashes[alg] = digest.toString('base64');
        return this.custom === undefined
            ? { hashes, length: this.length }
            : { custom: this.custom, hashes, length: this.length };
    }
    /**
     * The checks fromJSON makes, without building anything. True when the
     * value is exactly what toJSON writes for a FileMeta without custom data,
     * with its keys in canonical order: then JSON.stringify of it is its
     * canonical text whenever that text holds no backslash (see
     * Targets#canonicalOfSource).
     */
    static check(value, where) {
        const obj = (0,_guards_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(value, where);
        const hashesIn = (0,_guards_js__WEBPACK_IMPORTED_MODULE_3__/* .asObject */ .eB)(obj.hashes, `${where}.hashes`);
        let flat = true;
        let previous = '';
        for (const alg in hashesIn) {
            const digest = hashesIn[alg];
            if (typeof digest !== 'string')
                throw new TypeError(`${where}.hashes.${alg} is not a string`);
            if (flat)
                flat = alg > previous && SIMPLE_KEY.test(alg) && digest.length % 4 === 0 && CANONICAL_BASE64.test(digest);
            previous = alg;
        }
        (0,_guards_js__WEBPACK_IMPORTED_MODULE_3__/* .asInteger */ .JU)(obj.length, `${where}.length`);
        let i = 0;
        for (const key in obj) {
            if (key !== FLAT_KEYS[i])
                flat = false;
            i++;
        }
        return flat && i === FLAT_KEYS.length;
    }
    static fromJSON(value, where) {
        FileMeta.check(value, where);
        const obj = value;
        const hashesIn = obj.hashes;
        const hashes = {};
        for (const [alg, digest] of Object.entries(hashesIn))
            hashes[alg] = Buffer.from(digest, 'base64');
        const custom = obj.custom === null ? undefined : obj.custom;
        return new FileMeta({ length: obj.length, hashes, ...(custom === undefined ? {} : { custom }) });
    }
}
/** The keys of a FileMeta without custom data, in canonical order. */
const FLAT_KEYS = ['hashes', 'length'];
/** Printable ASCII but quote and backslash: a key whose order and text JSON.stringify and canonical JSON agree on. */
const SIMPLE_KEY = /^[ !#-[\]-~]+$/;
/**
 * Base64 as Buffer#toString('base64') writes it, for a text whose length is
 * a multiple of 4: padded, and no bits set past the data. (Without the
 * length check this would admit unpadded text; it is the faster of the
 * equivalent patterns.)
 */
const CANONICAL_BASE64 = /^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$/;


/***/ }),

/***/ 5370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ parentChangedGrant),
/* harmony export */   cr: () => (/* binding */ unsignedRoleError),
/* harmony export */   od: () => (/* binding */ grantOf),
/* harmony export */   uW: () => (/* binding */ withheldRoleError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
// What a run may conclude about a delegation an earlier run verified (the
// trust state knows its version) when the trust server no longer serves it
// as it did: missing from the snapshot, or without a valid threshold of
// signatures.
//
// The trust server holds the snapshot and timestamp keys, so it can leave a
// role out of the snapshot, or serve it with bad signatures, at will; the
// tag would then resolve from a lower role. notary skips such a role; for a
// role seen before we refuse instead, unless its parent (signed by keys the
// server does not hold) changed the role in a newer valid version:
// - the parent no longer delegates it (handled by the loader: such a role
//   is simply not there);
// - the parent removed one of its keys or raised its threshold, as
//   signer-remove does, so the old file may no longer verify and no new one
//   was signed yet (adding a key cannot break it, so it excuses nothing).

function grantOf(keys, threshold) {
    return { keyids: [...new Set(keys.keys())].sort(), threshold };
}
/**
 * Whether the parent changed the role's keys or threshold since the role was
 * verified in a way that can leave its file without a valid threshold: it
 * removed a key or raised the threshold. Adding a key (signer-add) cannot, so
 * it excuses nothing. Without a recorded grant (an older state file), only a
 * parent newer than the one recorded can have changed it.
 */
function parentChangedGrant(known, parent) {
    const recorded = known.grant;
    if (!recorded)
        return known.parentVersion !== undefined && parent.version > known.parentVersion;
    const now = new Set(parent.grant.keyids);
    return parent.grant.threshold > recorded.threshold || recorded.keyids.some((id) => !now.has(id));
}
const forgetHint = 'If the role was removed and created again on purpose with the same keys, drop the repository from the trust state ' +
    'with trust-state-forget';
/** A known role the snapshot leaves out while its parent still delegates it unchanged. */
function withheldRoleError(known, parent) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(known.name, `is missing from the snapshot, but version ${known.version} was verified before and ${parent.name} (version ` +
        `${parent.version}) still delegates it with the same keys: the trust server withholds it, and the tags would ` +
        `resolve from another role. ${forgetHint}`, { code: 'ROLLBACK' });
}
/** A known role that fails its threshold while its parent still grants it the same keys. */
function unsignedRoleError(known, parent, cause) {
    const reason = cause.message.startsWith(`${known.name}: `) ? cause.message.slice(known.name.length + 2) : cause.message;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(known.name, `${reason}, but version ${known.version} was verified before and ${parent.name} (version ${parent.version}) ` +
        'still grants it the same keys and threshold: refusing it rather than skipping it, or the tags would resolve ' +
        'from another role', { code: 'ROLLBACK', cause });
}


/***/ }),

/***/ 5758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ Metadata)
/* harmony export */ });
/* unused harmony export serializeEnvelope */
/* harmony import */ var _encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5936);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1485);
// The signed envelope: `{"signed": …, "signatures": […]}`.
//
// Parsing keeps the canonical bytes that signatures cover (notary signs the
// canonical form of whatever was decoded, unknown fields included) and the
// raw bytes that hashes cover. Serializing reproduces Go's json.Marshal of
// notary's data.Signed byte for byte, which is what notary-server hashes
// into the snapshot after re-serializing an upload.



const decoder = new TextDecoder('utf-8', { fatal: true });
class Metadata {
    signed;
    signatures;
    /** The bytes signatures cover: canonical JSON of `signed` as it was received or built. */
    signedBytes;
    /** The envelope's bytes, exactly as downloaded or as they will be uploaded. */
    bytes;
    constructor(signed, signatures, signedBytes, bytes) {
        this.signed = signed;
        this.signatures = signatures;
        this.signedBytes = signedBytes;
        this.bytes = bytes;
    }
    /** Parses downloaded bytes; `parse` builds the typed model from `signed`. */
    static parse(bytes, role, parse) {
        let envelope;
        let signatures;
        try {
            envelope = (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(JSON.parse(decoder.decode(bytes)), 'metadata');
            const sigs = envelope.signatures ?? [];
            if (!Array.isArray(sigs))
                throw new TypeError('signatures is not a list');
            signatures = sigs.map((s, i) => {
                const obj = (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(s, `signatures[${i}]`);
                return {
                    keyid: (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(obj.keyid, `signatures[${i}].keyid`),
                    method: (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(obj.method, `signatures[${i}].method`),
                    sig: Buffer.from((0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(obj.sig, `signatures[${i}].sig`), 'base64'),
                };
            });
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(role, `not valid metadata: ${err.message}`, { cause: err });
        }
        const signed = parse(envelope.signed, role);
        let signedBytes;
        try {
            signedBytes = encoder.encode(signed.canonicalOfSource(envelope.signed));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(role, `cannot canonicalize: ${err.message}`, { cause: err });
        }
        return new Metadata(signed, signatures, signedBytes, bytes);
    }
    /** Signs a model with each signer, giving the bytes notary-server will store unchanged. */
    static async sign(signed, signers) {
        // Encoded once: the signed bytes and the envelope both come from this text.
        const canonical = signed.canonical();
        const signedBytes = encoder.encode(canonical);
        const signatures = [];
        for (const signer of signers) {
            signatures.push({ keyid: signer.keyId, method: signer.method, sig: Buffer.from(await signer.sign(signedBytes)) });
        }
        if (ENVELOPE_CHANGES.test(canonical))
            return new Metadata(signed, signatures, signedBytes, envelopeOf(canonical, signatures));
        // Go embeds this text as it is: the envelope is the signed bytes between a head and a tail, and
        // the signed bytes are kept as a view of it, not as a second copy of a role that can be a megabyte.
        const tail = encoder.encode(`,"signatures":[${signaturesJSON(signatures)}]}`);
        const bytes = new Uint8Array(HEAD.length + signedBytes.length + tail.length);
        bytes.set(HEAD, 0);
        bytes.set(signedBytes, HEAD.length);
        bytes.set(tail, HEAD.length + signedBytes.length);
        return new Metadata(signed, signatures, bytes.subarray(HEAD.length, HEAD.length + signedBytes.length), bytes);
    }
}
const encoder = new TextEncoder();
/** What Go's envelope would escape in a canonical text, or refuse in it. */
// eslint-disable-next-line no-control-regex
const ENVELOPE_CHANGES = /[<>&\u2028\u2029\u0000-\u001f]/;
const HEAD = encoder.encode('{"signed":');
function signaturesJSON(signatures) {
    return signatures
        .map((s) => `{"keyid":${(0,_encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF)(s.keyid)},"method":${(0,_encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF)(s.method)},"sig":"${s.sig.toString('base64')}"}`)
        .join(',');
}
/** The envelope around `signed` given as its canonical text. */
function envelopeOf(canonical, signatures) {
    return encoder.encode(`{"signed":${(0,_encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .envelopeForm */ .LG)(canonical)},"signatures":[${signaturesJSON(signatures)}]}`);
}
/** Go's json.Marshal(data.Signed{…}): field order signed, signatures; keyid, method, sig. */
function serializeEnvelope(signed, signatures) {
    return envelopeOf(canonicalJson(signed), signatures);
}


/***/ }),

/***/ 9408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ verifyRoot),
/* harmony export */   jt: () => (/* binding */ validRootKeys),
/* harmony export */   jz: () => (/* binding */ rootMatchesPin)
/* harmony export */ });
/* unused harmony export cnMatchesGun */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _keys_certificate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9555);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2520);
/* harmony import */ var _role_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1239);
/* harmony import */ var _threshold_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9320);
// Deciding whether a root can be trusted, as notary's trustpinning does:
// only root keys that are x509 certificates whose CN matches the GUN and that
// are within their validity period count; a pin narrows them further; a new
// root must be signed both by the previous root's keys and by its own.






const X509_TYPES = new Set(['ecdsa-x509', 'rsa-x509']);
/** notary's MatchCNToGun: exact, or a `*`-suffixed prefix. */
function cnMatchesGun(cn, gun) {
    if (cn.endsWith('*'))
        return gun.startsWith(cn.replace(/\*+$/, ''));
    return cn === gun;
}
function commonName(cert) {
    for (const line of cert.subject.split('\n')) {
        if (line.startsWith('CN='))
            return line.slice(3);
    }
    return undefined;
}
/**
 * The root role's keys that are usable leaf certificates for `gun`.
 * With `checkExpiry` false (a previous, already trusted root) expired
 * certificates still count, as in notary.
 */
function validRootKeys(root, gun, now, checkExpiry) {
    return usableRootKeys(root.roleKeys(_role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl), gun, now, checkExpiry);
}
/** Of a root role's keys, those that are usable leaf certificates for `gun`. */
function usableRootKeys(keys, gun, now, checkExpiry) {
    const out = new Map();
    for (const [id, key] of keys) {
        if (!X509_TYPES.has(key.keytype))
            continue;
        let cert;
        try {
            cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(key.public);
        }
        catch {
            continue;
        }
        if (cert.ca)
            continue;
        const cn = commonName(cert);
        if (cn === undefined || !cnMatchesGun(cn, gun))
            continue;
        if ((0,_keys_certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateProblem */ .VP)(cert, checkExpiry ? now : undefined) !== undefined)
            continue;
        out.set(id, key);
    }
    return out;
}
/** Whether any key of the root role is the pinned one, by its ID or its canonical (public key) ID. */
function rootMatchesPin(root, pin) {
    const pinned = new Set(pin.keyIds.map((k) => k.toLowerCase()));
    return [...root.roleKeys(_role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl)].some(([id, key]) => {
        if (pinned.has(id))
            return true;
        try {
            return pinned.has((0,_keys_index_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalKeyId */ .F2)(key));
        }
        catch {
            return false;
        }
    });
}
/** Verifies one root. Throws a VerificationError naming the reason. */
function verifyRoot(root, check) {
    const { gun, now, previous, pin, allowExpired = false } = check;
    let keys = validRootKeys(root.signed, gun, now, !allowExpired);
    if (keys.size === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(_role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl, `no valid root certificate for ${gun}: each must be an x509 certificate with CN ${gun} within its validity period`, { check: 'root' });
    }
    if (previous) {
        const before = 'signed' in previous
            ? { version: previous.signed.version, threshold: previous.signed.roles.root.threshold, keys: previous.signed.roleKeys(_role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl) }
            : previous;
        const prevKeys = usableRootKeys(before.keys, gun, now, false);
        try {
            (0,_threshold_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyThreshold */ .VH)(root, prevKeys, before.threshold, _role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(_role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl, `version ${root.signed.version} is not signed by the keys of trusted version ${before.version}`, { cause: err, check: 'root' });
        }
    }
    if (pin) {
        const pinned = new Set(pin.keyIds.map((k) => k.toLowerCase()));
        keys = new Map([...keys].filter(([id, key]) => pinned.has(id) || pinned.has((0,_keys_index_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalKeyId */ .F2)(key))));
        if (keys.size === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(_role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl, `no root key of ${gun} matches the pinned root key (trust-pin)`, {
                check: 'root',
            });
        }
    }
    (0,_threshold_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyThreshold */ .VH)(root, keys, root.signed.roles.root.threshold, _role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl);
    if (!allowExpired)
        (0,_threshold_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyNotExpired */ .mV)(root, _role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl, now);
}


/***/ }),

/***/ 7567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ Root)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _keys_tuf_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9025);
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7070);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1485);
/* harmony import */ var _role_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1239);
// Root: the repository's keys and which of them may sign each base role.





class Root extends _base_js__WEBPACK_IMPORTED_MODULE_2__/* .SignedBase */ .A {
    type = 'Root';
    keys;
    roles;
    consistentSnapshot;
    constructor(options) {
        super(options);
        this.keys = options.keys;
        this.roles = options.roles;
        this.consistentSnapshot = options.consistentSnapshot;
    }
    /** The keys listed for a base role, by ID. Key IDs with no key are skipped. */
    roleKeys(role) {
        const out = new Map();
        for (const id of this.roles[role].keyids) {
            const key = this.keys.get(id);
            if (key)
                out.set(id, key);
        }
        return out;
    }
    toJSON() {
        const keys = {};
        for (const [id, key] of this.keys)
            keys[id] = key.toJSON();
        const roles = {};
        for (const name of _role_js__WEBPACK_IMPORTED_MODULE_3__/* .BASE_ROLES */ .k)
            roles[name] = this.roles[name].toJSON();
        return { ...this.commonJSON(), consistent_snapshot: this.consistentSnapshot, keys, roles };
    }
    static fromJSON(value, role = 'root') {
        const { obj, common } = (0,_base_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommon */ .d)(value, 'Root', role);
        try {
            const keys = new Map();
            for (const [id, key] of Object.entries((0,_guards_js__WEBPACK_IMPORTED_MODULE_4__/* .asObject */ .eB)(obj.keys, 'keys')))
                keys.set(id, _keys_tuf_key_js__WEBPACK_IMPORTED_MODULE_1__/* .TufKey */ .r.fromJSON(key));
            const rolesIn = (0,_guards_js__WEBPACK_IMPORTED_MODULE_4__/* .asObject */ .eB)(obj.roles, 'roles');
            const roles = {};
            for (const name of _role_js__WEBPACK_IMPORTED_MODULE_3__/* .BASE_ROLES */ .k)
                roles[name] = _role_js__WEBPACK_IMPORTED_MODULE_3__/* .RootRole */ .PJ.fromJSON(rolesIn[name], `roles.${name}`);
            return new Root({ ...common, keys, roles, consistentSnapshot: obj.consistent_snapshot === true });
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `malformed root: ${err.message}`, { cause: err });
        }
    }
}


/***/ }),

/***/ 7837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ Targets)
});

// EXTERNAL MODULE: ./lib/encoding/canonical-json.js
var canonical_json = __webpack_require__(5936);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/keys/tuf-key.js
var tuf_key = __webpack_require__(9025);
// EXTERNAL MODULE: ./lib/tuf/base.js
var base = __webpack_require__(7070);
// EXTERNAL MODULE: ./lib/tuf/file-meta.js
var file_meta = __webpack_require__(7923);
// EXTERNAL MODULE: ./lib/tuf/guards.js
var guards = __webpack_require__(1485);
// EXTERNAL MODULE: ./lib/tuf/role.js
var tuf_role = __webpack_require__(1239);
;// CONCATENATED MODULE: ./lib/tuf/target-table.js
// The targets of one role: name → FileMeta, as a read-only map.
//
// A downloaded delegation can list 10,000 tags, and signing one more needs
// only one of them. So a parsed table keeps the entries as JSON.parse gave
// them, checked as FileMeta.fromJSON checks them, and builds a FileMeta
// only for the names asked for. An edit is an overlay on the table it
// started from, which lets the signed text be written by copying the
// unchanged entries (see Targets#canonical).


class TargetTable {
    #source;
    /**
     * A parsed table whose names are in canonical order and whose entries
     * are all flat (FileMeta.check): JSON.stringify writes its canonical text
     * whenever that text holds no backslash.
     */
    sorted;
    /** FileMetas built so far (parsed), or the whole map once needed (edited). */
    #built;
    /** An edited table's last change per name: a FileMeta, or null when deleted. */
    #final;
    constructor(source, sorted = false) {
        this.#source = source;
        this.sorted = sorted && source.kind === 'parsed' ? { raw: source.raw, names: source.names } : undefined;
    }
    static EMPTY = new TargetTable({ kind: 'map', map: new Map() });
    static of(map) {
        return map instanceof TargetTable ? map : new TargetTable({ kind: 'map', map });
    }
    /** A role's `targets` object as parsed: every entry checked now, each FileMeta built when asked for. */
    static fromJSON(raw) {
        const names = Object.keys(raw);
        let sorted = true;
        for (let i = 0; i < names.length; i++) {
            const name = names[i];
            if (!checked(raw[name], name))
                sorted = false;
            if (sorted)
                sorted = (i === 0 || name > names[i - 1]) && (0,canonical_json/* isPlain */.$i)(name);
        }
        return new TargetTable({ kind: 'parsed', raw, names }, sorted);
    }
    /** The table this one was edited from, and each edited name's final state. */
    get edits() {
        if (this.#source.kind !== 'edited')
            return undefined;
        return { base: this.#source.base, changes: this.#changes() };
    }
    /** Starts an overlay of edits on this table; `table()` gives the result. */
    edit() {
        const log = [];
        const current = new Map();
        return {
            get: (name) => {
                const changed = current.get(name);
                return changed === undefined ? this.get(name) : (changed ?? undefined);
            },
            set: (name, meta) => {
                log.push([name, meta]);
                current.set(name, meta);
            },
            delete: (name) => {
                const had = current.has(name) ? current.get(name) !== null : this.has(name);
                if (had) {
                    log.push([name, null]);
                    current.set(name, null);
                }
                return had;
            },
            table: () => (log.length === 0 ? this : new TargetTable({ kind: 'edited', base: this, log: [...log] }, false)),
        };
    }
    get size() {
        const s = this.#source;
        if (s.kind === 'map')
            return s.map.size;
        if (s.kind === 'parsed')
            return s.names.length;
        return this.#all().size;
    }
    has(name) {
        const s = this.#source;
        if (s.kind === 'map')
            return s.map.has(name);
        if (s.kind === 'parsed')
            return Object.hasOwn(s.raw, name);
        const changed = this.#changes().get(name);
        return changed === undefined ? s.base.has(name) : changed !== null;
    }
    get(name) {
        const s = this.#source;
        if (s.kind === 'map')
            return s.map.get(name);
        if (s.kind === 'parsed') {
            if (!Object.hasOwn(s.raw, name))
                return undefined;
            this.#built ??= new Map();
            let meta = this.#built.get(name);
            if (!meta) {
                meta = file_meta/* FileMeta */.o.fromJSON(s.raw[name], where(name));
                this.#built.set(name, meta);
            }
            return meta;
        }
        const changed = this.#changes().get(name);
        return changed === undefined ? s.base.get(name) : (changed ?? undefined);
    }
    *entries() {
        const s = this.#source;
        if (s.kind === 'map')
            yield* s.map.entries();
        else if (s.kind === 'parsed')
            for (const name of s.names)
                yield [name, this.get(name)];
        else
            yield* this.#all().entries();
    }
    *keys() {
        for (const [name] of this.entries())
            yield name;
    }
    *values() {
        for (const [, meta] of this.entries())
            yield meta;
    }
    forEach(callback, thisArg) {
        for (const [name, meta] of this.entries())
            callback.call(thisArg, meta, name, this);
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    #changes() {
        if (this.#final)
            return this.#final;
        const final = new Map();
        if (this.#source.kind === 'edited')
            for (const [name, meta] of this.#source.log)
                final.set(name, meta);
        return (this.#final = final);
    }
    /** An edited table as a Map, in the order a Map copy with the same sets and deletes would have. */
    #all() {
        if (this.#built)
            return this.#built;
        const s = this.#source;
        const map = new Map(s.base);
        for (const [name, meta] of s.log) {
            if (meta)
                map.set(name, meta);
            else
                map.delete(name);
        }
        return (this.#built = map);
    }
}
/** FileMeta.check, naming the target in the error only when there is one (10,000 names cost). */
function checked(value, name) {
    try {
        return file_meta/* FileMeta */.o.check(value, 'target');
    }
    catch {
        return file_meta/* FileMeta */.o.check(value, where(name));
    }
}
function where(name) {
    return `targets[${JSON.stringify(name)}]`;
}

;// CONCATENATED MODULE: ./lib/tuf/targets.js
// Targets: signed tags (name → digest and manifest length) and delegations.
// Used for the top-level `targets` role and every `targets/…` delegation.








/**
 * The canonical text of a targets object, as the generic encoder writes it
 * (same key order and escaping) but each entry by FileMeta#canonical, with
 * no 10,000-key object built for it.
 */
function targetsText(table) {
    return `{${(0,canonical_json/* sortedKeys */.Mf)([...table.keys()]).map((name) => entryText(name, table.get(name))).join(',')}}`;
}
/** One `"name":{…}` entry of a targets object. */
function entryText(name, meta) {
    return `${(0,canonical_json/* canonicalString */.Ml)(name)}:${meta.canonical()}`;
}
class Targets extends base/* SignedBase */.A {
    type = 'Targets';
    targets;
    delegationKeys;
    delegations;
    /** The canonical text this was parsed from, and where its targets object's entries lie in it. */
    #source;
    /** The parsed role this one differs from only in targets, version and expiry. */
    #from;
    constructor(options) {
        super(options);
        this.targets = TargetTable.of(options.targets);
        this.delegationKeys = options.delegationKeys;
        this.delegations = options.delegations;
    }
    static empty(common) {
        return new Targets({ ...common, targets: TargetTable.EMPTY, delegationKeys: new Map(), delegations: [] });
    }
    with(changes) {
        const next = new Targets(this.changed(this, changes));
        const sameTargets = next.targets === this.targets || next.targets.edits?.base === this.targets;
        if (this.#source && sameTargets && changes.delegations === undefined && changes.delegationKeys === undefined) {
            next.#from = this;
        }
        return next;
    }
    /**
     * The canonical text of what was parsed (Metadata.parse verifies
     * signatures over it). A sorted table of flat entries, as notary and
     * dct-sign write them, is in canonical form already, so JSON.stringify
     * (native, one flat string) writes its text; any backslash in it means a
     * string JSON.stringify escapes differently, and the generic encoder
     * writes the whole role instead.
     */
    canonicalOfSource(source) {
        const sorted = this.targets.sorted;
        const obj = source;
        if (!sorted || obj.targets !== sorted.raw)
            return super.canonicalOfSource(source);
        const body = JSON.stringify(sorted.raw);
        if (body.includes('\\'))
            return super.canonicalOfSource(source);
        const { text, at } = (0,canonical_json/* canonicalJsonWith */.x$)(obj, 'targets', body);
        if (at < 0)
            return super.canonicalOfSource(source);
        this.#source = { text, bodyStart: at + 1, bodyEnd: at + body.length - 1, names: sorted.names };
        return text;
    }
    /**
     * A role edited from a parsed one is written from the parsed text: the
     * unchanged entries are copied, the changed ones encoded, and the rest of
     * the object (small) encoded as usual. It is the text canonicalJson of
     * toJSON() gives, without encoding 10,000 unchanged entries again.
     */
    canonical() {
        const source = this.#from ? this.#from.#source : undefined;
        const changes = this.targets.edits?.changes ?? new Map();
        const edited = [...changes.keys()];
        if (!source || !edited.every(canonical_json/* isPlain */.$i)) {
            return (0,canonical_json/* canonicalJsonWith */.x$)(this.#outline(), 'targets', targetsText(this.targets)).text;
        }
        const { text, bodyStart, bodyEnd, names } = source;
        // In a body of flat entries `,"<name>":{` occurs only where the entry <name> starts:
        // no string holds a quote unescaped, and inside an entry only "hashes" (always first) opens an object.
        const startOf = (i, from) => {
            if (i === 0)
                return bodyStart;
            if (i === names.length)
                return bodyEnd + 1;
            const at = text.indexOf(`,"${names[i]}":{`, from - 1);
            if (at < 0)
                throw new Error(`targets text index: entry ${i} not found`);
            return at + 1;
        };
        const pieces = [];
        let next = 0;
        let nextAt = bodyStart;
        for (const name of edited.sort()) {
            let lo = next;
            let hi = names.length;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (names[mid] < name)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            const at = lo === next ? nextAt : startOf(lo, nextAt);
            if (lo > next)
                pieces.push(text.slice(nextAt, at - 1));
            const meta = changes.get(name);
            if (meta)
                pieces.push(entryText(name, meta));
            const exists = lo < names.length && names[lo] === name;
            next = exists ? lo + 1 : lo;
            nextAt = exists ? startOf(lo + 1, at) : at;
        }
        if (next < names.length)
            pieces.push(text.slice(nextAt, bodyEnd));
        return (0,canonical_json/* canonicalJsonWith */.x$)(this.#outline(), 'targets', `{${pieces.join(',')}}`).text;
    }
    delegation(name) {
        return this.delegations.find((d) => d.name === name);
    }
    /** The keys a delegation lists, by ID, as this parent declares them. */
    delegationKeysOf(role) {
        const out = new Map();
        for (const id of role.keyids) {
            const key = this.delegationKeys.get(id);
            if (key)
                out.set(id, key);
        }
        return out;
    }
    /** Go always writes `delegations` with `keys` and `roles`, empty when unused. */
    toJSON() {
        const targets = {};
        for (const [name, meta] of this.targets)
            targets[name] = meta.toJSON();
        return { ...this.#outline(), targets };
    }
    /** Everything but the targets; `targets` is an empty object. */
    #outline() {
        const keys = {};
        for (const [id, key] of this.delegationKeys)
            keys[id] = key.toJSON();
        return { ...this.commonJSON(), delegations: { keys, roles: this.delegations.map((d) => d.toJSON()) }, targets: {} };
    }
    static fromJSON(value, role) {
        const { obj, common } = (0,base/* parseCommon */.d)(value, 'Targets', role);
        try {
            const targets = TargetTable.fromJSON((0,guards/* asOptionalObject */.uP)(obj.targets, 'targets'));
            const delegations = (0,guards/* asOptionalObject */.uP)(obj.delegations, 'delegations');
            const delegationKeys = new Map();
            for (const [id, key] of Object.entries((0,guards/* asOptionalObject */.uP)(delegations.keys, 'delegations.keys'))) {
                delegationKeys.set(id, tuf_key/* TufKey */.r.fromJSON(key));
            }
            const rolesIn = delegations.roles ?? [];
            if (!Array.isArray(rolesIn))
                throw new TypeError('delegations.roles is not a list');
            const roles = rolesIn.map((r, i) => tuf_role/* DelegatedRole */.iP.fromJSON(r, `delegations.roles[${i}]`));
            // As notary's isValidTargetsStructure: only roles directly below this one, so a role cannot
            // list itself, an ancestor, root or anything outside targets/ and a walk cannot loop.
            for (const d of roles) {
                if (!(0,tuf_role/* isDelegationName */.mm)(d.name) || (0,tuf_role/* parentRole */.rt)(d.name) !== role) {
                    throw new TypeError(`delegation "${d.name}" is not a role directly below ${role}`);
                }
            }
            return new Targets({ ...common, targets, delegationKeys, delegations: roles });
        }
        catch (err) {
            throw new errors/* VerificationError */.mk(role, `malformed targets: ${err.message}`, { cause: err });
        }
    }
}


/***/ }),

/***/ 9320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VH: () => (/* binding */ verifyThreshold),
/* harmony export */   lk: () => (/* binding */ countValidSignatures),
/* harmony export */   mV: () => (/* binding */ verifyNotExpired)
/* harmony export */ });
/* unused harmony export verifyNoRollback */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2520);
// Threshold counting, the one place that decides whether a role's file is
// signed by enough of the keys its parent trusts.


/**
 * Counts distinct keys in `keys` with a valid signature on `metadata`. Keys
 * are told apart by the public key a signature verified with, not by their
 * ID: one key listed both as `ecdsa` and as `ecdsa-x509`, with a compressed
 * and an uncompressed point, or as RSA DER and PEM has two IDs but is one
 * signer, and counting it twice would let one stolen key meet a threshold of 2.
 */
function countValidSignatures(metadata, keys) {
    const valid = new Set();
    for (const sig of metadata.signatures) {
        const key = keys.get(sig.keyid);
        // notary refuses a key listed under an ID that is not its own.
        if (!key || key.id !== sig.keyid)
            continue;
        const signer = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .verifiedSigner */ .dr)(key, sig.method, metadata.signedBytes, sig.sig);
        if (signer !== undefined)
            valid.add(signer);
    }
    return valid.size;
}
/** Throws unless `threshold` of `keys` signed `metadata`. */
function verifyThreshold(metadata, keys, threshold, role) {
    if (!Number.isSafeInteger(threshold) || threshold < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `invalid threshold ${threshold}`, { check: 'threshold' });
    }
    const valid = countValidSignatures(metadata, keys);
    if (valid < threshold) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, valid === 0
            ? 'no valid signature from a trusted key'
            : `only ${valid} valid signature(s), ${threshold} required`, { check: 'threshold' });
    }
}
/** Throws when `metadata` has expired at `now`. */
function verifyNotExpired(metadata, role, now) {
    if (metadata.signed.isExpired(now)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `expired at ${metadata.signed.expires.toISOString()}`, { code: 'EXPIRED' });
    }
}
/** Throws when `metadata` is older than a version we already trusted. */
function verifyNoRollback(metadata, role, trustedVersion) {
    if (trustedVersion !== undefined && metadata.signed.version < trustedVersion) {
        throw new VerificationError(role, `version ${metadata.signed.version} is older than the trusted version ${trustedVersion}`, { code: 'ROLLBACK' });
    }
}


/***/ }),

/***/ 4106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ expiryFrom),
/* harmony export */   UX: () => (/* binding */ YEAR),
/* harmony export */   Z0: () => (/* binding */ formatGoTime),
/* harmony export */   bi: () => (/* binding */ parseGoTime)
/* harmony export */ });
/* unused harmony exports SECOND, DAY */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
// Times as Go writes and reads them in Notary metadata.
//
// Go's time.Time marshals as RFC 3339 with nanoseconds and no trailing zeros
// (RFC3339Nano), so a whole-second UTC time is "2006-01-02T15:04:05Z" with no
// ".000". We always write whole-second UTC times; we read any offset and any
// fraction that Go may have written (docker writes local times with offsets).

const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;
/** notary.Year: 365 days, not a calendar year. */
const YEAR = 365 * DAY;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;
/** Parses a Go RFC 3339 time; throws a VerificationError naming the role. */
function parseGoTime(value, role) {
    const m = typeof value === 'string' ? RFC3339.exec(value) : null;
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `expires is not an RFC 3339 time: ${JSON.stringify(value)}`);
    const [, y, mo, d, h, mi, s, frac = '', zone] = m;
    let ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Number(frac.padEnd(3, '0').slice(0, 3)));
    if (zone !== 'Z') {
        const sign = zone.startsWith('-') ? -1 : 1;
        const [oh, om] = zone.slice(1).split(':').map(Number);
        ms -= sign * (oh * 60 + om) * 60 * SECOND;
    }
    if (Number.isNaN(ms))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `expires is not a valid time: ${String(value)}`);
    return new Date(ms);
}
/** Formats a time as Go's json.Marshal does for a whole-second UTC time. */
function formatGoTime(date) {
    const whole = new Date(Math.floor(date.getTime() / SECOND) * SECOND);
    return whole.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** A whole-second expiry `durationMs` after `now`. */
function expiryFrom(now, durationMs) {
    return new Date(Math.floor((now.getTime() + durationMs) / SECOND) * SECOND);
}


/***/ }),

/***/ 5558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wb: () => (/* binding */ loadTrustedRepository),
  fg: () => (/* binding */ sha256Hex),
  N: () => (/* binding */ trustedRootOf)
});

// UNUSED EXPORTS: MAX_DELEGATIONS, MAX_DELEGATION_BYTES, MAX_METADATA_BYTES, MAX_TIMESTAMP_BYTES, TrustedRepository, trustedRootOfBytes

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/tuf/known-delegations.js
var known_delegations = __webpack_require__(5370);
// EXTERNAL MODULE: ./lib/tuf/metadata.js
var metadata = __webpack_require__(5758);
// EXTERNAL MODULE: ./lib/tuf/role.js
var tuf_role = __webpack_require__(1239);
// EXTERNAL MODULE: ./lib/tuf/root.js
var root = __webpack_require__(7567);
// EXTERNAL MODULE: ./lib/tuf/root-trust.js
var root_trust = __webpack_require__(9408);
// EXTERNAL MODULE: ./lib/tuf/threshold.js
var tuf_threshold = __webpack_require__(9320);
;// CONCATENATED MODULE: ./lib/tuf/rekeyed-role.js
// A delegation whose parent changed its keys after it was signed: docker's
// `signer remove` takes a signer's key out of targets/releases, and the
// releases file that signer signed then no longer meets its threshold. The
// file is otherwise as it was (listed in the snapshot, hash and version
// checked), so a remaining signer may re-sign it; it is never trusted for
// its content, which the re-signer rebuilds from roles that do verify.

/**
 * True when `metadata` fails `threshold` over `keys` (the keys its parent
 * lists for the role now) and carries a signature by a key that `keys` no
 * longer lists: the parent changed the role's keys after the file was
 * signed. When the role's keys in an earlier trusted parent are known
 * (`previousKeyIds`), every such signature must be by one of them.
 */
function parentChangedKeys(metadata, keys, threshold, previousKeyIds) {
    if (!Number.isSafeInteger(threshold) || threshold < 1)
        return false;
    if ((0,tuf_threshold/* countValidSignatures */.lk)(metadata, keys) >= threshold)
        return false;
    const gone = metadata.signatures.map((s) => s.keyid).filter((id) => !keys.has(id));
    if (gone.length === 0)
        return false;
    return previousKeyIds === undefined || gone.every((id) => previousKeyIds.includes(id));
}

// EXTERNAL MODULE: ./lib/tuf/base.js
var base = __webpack_require__(7070);
// EXTERNAL MODULE: ./lib/tuf/file-meta.js
var file_meta = __webpack_require__(7923);
// EXTERNAL MODULE: ./lib/tuf/guards.js
var guards = __webpack_require__(1485);
;// CONCATENATED MODULE: ./lib/tuf/snapshot.js
// Snapshot and Timestamp: both map role names to FileMeta.




class MetaRole extends base/* SignedBase */.A {
    meta;
    constructor(options) {
        super(options);
        this.meta = options.meta;
    }
    toJSON() {
        const meta = {};
        for (const [name, fm] of this.meta)
            meta[name] = fm.toJSON();
        return { ...this.commonJSON(), meta };
    }
}
function parseMeta(value, type, role) {
    const { obj, common } = (0,base/* parseCommon */.d)(value, type, role);
    try {
        const meta = new Map();
        for (const [name, fm] of Object.entries((0,guards/* asOptionalObject */.uP)(obj.meta, 'meta'))) {
            meta.set(name, file_meta/* FileMeta */.o.fromJSON(fm, `meta[${JSON.stringify(name)}]`));
        }
        return { ...common, meta };
    }
    catch (err) {
        throw new errors/* VerificationError */.mk(role, `malformed ${role}: ${err.message}`, { cause: err });
    }
}
class Snapshot extends MetaRole {
    type = 'Snapshot';
    static fromJSON(value, role = 'snapshot') {
        return new Snapshot(parseMeta(value, 'Snapshot', role));
    }
}
class Timestamp extends MetaRole {
    type = 'Timestamp';
    static fromJSON(value, role = 'timestamp') {
        return new Timestamp(parseMeta(value, 'Timestamp', role));
    }
}

// EXTERNAL MODULE: ./lib/tuf/targets.js + 1 modules
var targets = __webpack_require__(7837);
;// CONCATENATED MODULE: ./lib/tuf/trusted-repository.js
// A verified view of one repository's trust data: the TUF client for
// notary's flavour.
//
// Round trips are the cost in CI, so every file we expect to need is
// requested in one parallel wave. Nothing is trusted in download order,
// though: verification runs strictly root → timestamp → snapshot → targets →
// delegations, each file checked against the hash and length its parent
// recorded, and a file that changed between requests (someone published in
// between) is fetched again by its checksum name.











/** notary.MaxTimestampSize. */
const MAX_TIMESTAMP_BYTES = 1 << 20;
/** The cap for files whose length we do not know yet (notary's is 100 MiB). */
const MAX_METADATA_BYTES = 16 << 20;
/** The most delegations one read visits: a hostile tree must not grow without end. */
const MAX_DELEGATIONS = 1000;
/** The most delegation bytes one read downloads, for the same reason. */
const MAX_DELEGATION_BYTES = 64 << 20;
function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/** The part of a verified root that a later root must chain from. */
function trustedRootOf(root) {
    return {
        version: root.signed.version,
        sha256: sha256Hex(root.bytes),
        threshold: root.signed.roles.root.threshold,
        keys: root.signed.roleKeys(tuf_role/* ROOT */.Dl),
    };
}
/** Parses root bytes already trusted (a test's or a state's) into what a later root must chain from. */
function trustedRootOfBytes(bytes) {
    return trustedRootOf(Metadata.parse(bytes, ROOT, (s, r) => Root.fromJSON(s, r)));
}
/**
 * Refuses a role older than the version trusted before (rollback; for the
 * timestamp, a freeze), or the same version with other bytes.
 */
function verifyAgainstPrevious(metadata, role, previous) {
    const version = metadata.signed.version;
    const trusted = previous?.versions[role];
    if (trusted === undefined)
        return;
    if (version < trusted) {
        const why = role === tuf_role/* TIMESTAMP */.ht ? ': the trust server serves an older state than was seen before (a freeze or replay)' : '';
        throw new errors/* VerificationError */.mk(role, `version ${version} is older than the trusted version ${trusted}${why}`, {
            code: 'ROLLBACK',
        });
    }
    const digest = previous?.digests?.[role];
    if (version === trusted && digest !== undefined && sha256Hex(metadata.bytes) !== digest) {
        throw new errors/* VerificationError */.mk(role, `version ${version} differs from the version ${version} trusted before (sha256 ${digest.slice(0, 12)}…): a version must never change`, { code: 'ROLLBACK' });
    }
}
class TrustedRepository {
    gun;
    root;
    timestamp;
    snapshot;
    targets;
    #loader;
    #previous;
    constructor(options) {
        this.gun = options.gun;
        this.root = options.root;
        this.timestamp = options.timestamp;
        this.snapshot = options.snapshot;
        this.targets = options.targets;
        this.#loader = options.loader;
        this.#previous = options.previous;
    }
    /** Delegations loaded so far, by name, each verified against its parent. */
    get delegations() {
        return this.#loader.loaded;
    }
    /**
     * A delegation, verified through its parents; loaded on first use if the
     * first wave did not bring it. Undefined when no parent delegates it.
     */
    delegation(name) {
        return this.#loader.load(name);
    }
    /** The state to remember for the next run's rollback checks. */
    get state() {
        // Versions of roles not read this run still bound the next run.
        const versions = { ...this.#previous?.versions };
        const digests = { ...this.#previous?.digests };
        const files = [
            [tuf_role/* ROOT */.Dl, this.root],
            [tuf_role/* TIMESTAMP */.ht, this.timestamp],
            [tuf_role/* SNAPSHOT */.xO, this.snapshot],
            [tuf_role/* TARGETS */.dW, this.targets],
        ];
        const grants = { ...this.#previous?.grants };
        for (const [name, role] of this.delegations) {
            if (!role.metadata)
                continue;
            files.push([name, role.metadata]);
            grants[name] = (0,known_delegations/* grantOf */.od)(role.keys, role.threshold);
        }
        for (const [name, metadata] of files) {
            versions[name] = metadata.signed.version;
            digests[name] = sha256Hex(metadata.bytes);
        }
        for (const name of this.#undelegated(Object.keys(versions))) {
            delete versions[name];
            delete digests[name];
            delete grants[name];
        }
        return { versions, digests, root: trustedRootOf(this.root), grants };
    }
    /**
     * Known delegations whose parent, read this run, no longer delegates them
     * (or whose ancestor was dropped): a role created again under the name
     * later starts afresh.
     */
    #undelegated(names) {
        const dropped = new Set();
        // Parents sort before their children.
        for (const name of names.filter(tuf_role/* isDelegationName */.mm).sort()) {
            const parentName = (0,tuf_role/* parentRole */.rt)(name);
            const parent = parentName === tuf_role/* TARGETS */.dW ? this.targets.signed : this.delegations.get(parentName)?.metadata?.signed;
            if (dropped.has(parentName) || (parent && !parent.delegation(name)))
                dropped.add(name);
        }
        return dropped;
    }
}
function parseTargets(signed, role) {
    return targets/* Targets */.H.fromJSON(signed, role);
}
/** Loads and verifies a repository; null when it has no trust data at all. */
async function loadTrustedRepository(options) {
    const { gun, fetcher, pin, previous } = options;
    const now = options.now ?? new Date();
    const wanted = options.delegations ?? [];
    const expected = wanted === 'all' ? [] : wanted;
    // One wave of requests, in parallel.
    const get = (role, maxBytes) => fetcher.fetch(role, { maxBytes });
    const [rootBytes, timestampBytes, snapshotBytes, targetsBytes, ...delegationBytes] = await Promise.all([
        get(tuf_role/* ROOT */.Dl, MAX_METADATA_BYTES),
        get(tuf_role/* TIMESTAMP */.ht, MAX_TIMESTAMP_BYTES),
        get(tuf_role/* SNAPSHOT */.xO, MAX_METADATA_BYTES),
        get(tuf_role/* TARGETS */.dW, MAX_METADATA_BYTES),
        ...expected.map((name) => get(name, MAX_METADATA_BYTES)),
    ]);
    if (rootBytes === null)
        return null;
    const prefetched = new Map();
    expected.forEach((name, i) => {
        const bytes = delegationBytes[i];
        if (bytes)
            prefetched.set(name, bytes);
    });
    // Root.
    const root = await trustRoot(rootBytes, { gun, now, fetcher, ...(pin ? { pin } : {}), ...(previous ? { previous } : {}) });
    // Timestamp.
    if (timestampBytes === null)
        throw new errors/* VerificationError */.mk(tuf_role/* TIMESTAMP */.ht, `the trust server has root but no timestamp for ${gun}`);
    const timestamp = metadata/* Metadata */.O.parse(timestampBytes, tuf_role/* TIMESTAMP */.ht, (s, r) => Timestamp.fromJSON(s, r));
    (0,tuf_threshold/* verifyThreshold */.VH)(timestamp, root.signed.roleKeys(tuf_role/* TIMESTAMP */.ht), root.signed.roles.timestamp.threshold, tuf_role/* TIMESTAMP */.ht);
    verifyAgainstPrevious(timestamp, tuf_role/* TIMESTAMP */.ht, previous);
    (0,tuf_threshold/* verifyNotExpired */.mV)(timestamp, tuf_role/* TIMESTAMP */.ht, now);
    // Snapshot, then every file it lists, each against its recorded hash.
    const snapshot = await checkedFile(tuf_role/* SNAPSHOT */.xO, timestamp.signed.meta.get(tuf_role/* SNAPSHOT */.xO), snapshotBytes, fetcher, (s, r) => Snapshot.fromJSON(s, r));
    (0,tuf_threshold/* verifyThreshold */.VH)(snapshot, root.signed.roleKeys(tuf_role/* SNAPSHOT */.xO), root.signed.roles.snapshot.threshold, tuf_role/* SNAPSHOT */.xO);
    verifyAgainstPrevious(snapshot, tuf_role/* SNAPSHOT */.xO, previous);
    (0,tuf_threshold/* verifyNotExpired */.mV)(snapshot, tuf_role/* SNAPSHOT */.xO, now);
    // notary requires the snapshot to list root, and the root we trust to be that one.
    const rootMeta = snapshot.signed.meta.get(tuf_role/* ROOT */.Dl);
    if (!rootMeta)
        throw new errors/* VerificationError */.mk(tuf_role/* SNAPSHOT */.xO, 'does not list root');
    rootMeta.verify(root.bytes, tuf_role/* ROOT */.Dl);
    const targets = await checkedFile(tuf_role/* TARGETS */.dW, snapshot.signed.meta.get(tuf_role/* TARGETS */.dW), targetsBytes, fetcher, parseTargets);
    (0,tuf_threshold/* verifyThreshold */.VH)(targets, root.signed.roleKeys(tuf_role/* TARGETS */.dW), root.signed.roles.targets.threshold, tuf_role/* TARGETS */.dW);
    verifyAgainstPrevious(targets, tuf_role/* TARGETS */.dW, previous);
    (0,tuf_threshold/* verifyNotExpired */.mV)(targets, tuf_role/* TARGETS */.dW, now);
    // Delegations: every one we were asked for, parents first.
    const loader = new DelegationLoader({
        fetcher,
        snapshot: snapshot.signed,
        targets,
        prefetched,
        now,
        previous,
        allowExpired: options.allowExpiredDelegations ?? false,
        acceptRekeyed: options.acceptRekeyedDelegations ?? false,
    });
    const names = wanted === 'all' ? [...snapshot.signed.meta.keys()].filter(tuf_role/* isDelegationName */.mm) : expected;
    if (wanted === 'all') {
        // Refused before any download when the snapshot alone is over the limits.
        loader.reserve(names);
        // Everything the snapshot lists, by checksum, in one more wave.
        await Promise.all(names.map((n) => loader.prefetch(n)));
    }
    await Promise.all(names.map((n) => loader.load(n)));
    if (wanted === 'all') {
        // Delegations declared but never published have no snapshot entry. Level
        // by level, each role once: parse-time checks make every child a direct
        // one, and the loader's limits bound the tree.
        const visited = new Set([tuf_role/* TARGETS */.dW]);
        let level = [targets.signed];
        while (level.length > 0) {
            const children = level.flatMap((parent) => parent.delegations.map((d) => d.name)).filter((n) => !visited.has(n));
            children.forEach((n) => visited.add(n));
            const loaded = await Promise.all([...new Set(children)].map((n) => loader.load(n)));
            level = loaded.flatMap((role) => (role?.metadata ? [role.metadata.signed] : []));
        }
    }
    return new TrustedRepository({ gun, root, timestamp, snapshot, targets, loader, previous });
}
async function trustRoot(latestBytes, options) {
    const { gun, now, fetcher, pin, previous } = options;
    const parseRoot = (b) => metadata/* Metadata */.O.parse(b, tuf_role/* ROOT */.Dl, (s, r) => root/* Root */.b.fromJSON(s, r));
    const latest = parseRoot(latestBytes);
    verifyAgainstPrevious(latest, tuf_role/* ROOT */.Dl, previous);
    if (pin && !(0,root_trust/* rootMatchesPin */.jz)(latest.signed, pin))
        await refuseRotatedPin(latest, pin, gun, fetcher);
    const pinOption = pin ? { pin } : {};
    const saved = previous?.root;
    if (!saved) {
        // First contact: trust on first use, or the pin.
        (0,root_trust/* verifyRoot */.Gs)(latest, { gun, now, ...pinOption });
        return latest;
    }
    if (latest.signed.version < saved.version) {
        throw new errors/* VerificationError */.mk(tuf_role/* ROOT */.Dl, `version ${latest.signed.version} is older than the trusted version ${saved.version}`, { code: 'ROLLBACK' });
    }
    if (latest.signed.version === saved.version) {
        // Another root under the trusted one's version does not chain from it, however well it is signed.
        if (sha256Hex(latest.bytes) !== saved.sha256) {
            throw new errors/* VerificationError */.mk(tuf_role/* ROOT */.Dl, `version ${saved.version} is not the root of that version trusted before: a root must chain from the trusted one`, { check: 'root' });
        }
        (0,root_trust/* verifyRoot */.Gs)(latest, { gun, now, ...pinOption });
        return latest;
    }
    // Walk the rotation: each root must be signed by the one before it and by its own keys. The pin
    // names the root to trust now, not the ones before it: a root rotation moves the pin, and the
    // roots in between still have the old key.
    let trusted = saved;
    for (let v = saved.version + 1; v < latest.signed.version; v++) {
        const bytes = await fetcher.fetch(tuf_role/* ROOT */.Dl, { maxBytes: MAX_METADATA_BYTES, version: v });
        if (bytes === null)
            throw new errors/* VerificationError */.mk(tuf_role/* ROOT */.Dl, `version ${v} is missing from the rotation chain`);
        const next = parseRoot(bytes);
        if (next.signed.version !== v)
            throw new errors/* VerificationError */.mk(tuf_role/* ROOT */.Dl, `${v}.root.json holds version ${next.signed.version}`);
        (0,root_trust/* verifyRoot */.Gs)(next, { gun, now, previous: trusted, allowExpired: true });
        trusted = next;
    }
    (0,root_trust/* verifyRoot */.Gs)(latest, { gun, now, previous: trusted, ...pinOption });
    return latest;
}
/** How many earlier roots refuseRotatedPin looks at. */
const PIN_HISTORY = 16;
/**
 * A pin that names no key of the latest root, but the key of an earlier one:
 * the root was rotated since, so say so and name the new root key ID. Only a
 * hint: the earlier roots are not verified here, and the pin still refuses
 * the latest root. Without such an earlier root this returns, and verifyRoot
 * refuses the pin as usual.
 */
async function refuseRotatedPin(latest, pin, gun, fetcher) {
    const newest = latest.signed.version;
    for (let v = newest - 1; v >= Math.max(1, newest - PIN_HISTORY); v--) {
        let older;
        try {
            const bytes = await fetcher.fetch(tuf_role/* ROOT */.Dl, { maxBytes: MAX_METADATA_BYTES, version: v });
            if (bytes === null)
                return;
            older = metadata/* Metadata */.O.parse(bytes, tuf_role/* ROOT */.Dl, (s, r) => root/* Root */.b.fromJSON(s, r));
        }
        catch {
            return;
        }
        if (!(0,root_trust/* rootMatchesPin */.jz)(older.signed, pin))
            continue;
        const ids = latest.signed.roles.root.keyids.join(', ');
        throw new errors/* VerificationError */.mk(tuf_role/* ROOT */.Dl, `the pinned root key (trust-pin) is the root key of version ${v}, but the root of ${gun} was rotated since ` +
            `(now version ${newest}, root key ${ids}). Check the new root key ID with the repository's owner, then ` +
            'update trust-pin to it', { check: 'root' });
    }
}
/**
 * Checks downloaded bytes against the FileMeta a parent recorded. If they do
 * not match (the file changed after the parent was read) or were not
 * downloaded, fetches the exact version by its checksum name.
 */
async function checkedFile(role, meta, bytes, fetcher, parse) {
    if (!meta)
        throw new errors/* VerificationError */.mk(role, 'is not listed by its parent role');
    // Each download is hashed once: bytes that match need no second check.
    if (!bytes || !matches(meta, bytes, role)) {
        const checksum = meta.sha256Hex;
        if (!checksum)
            throw new errors/* VerificationError */.mk(role, 'its parent records no sha256 to fetch it by');
        const content = await fetcher.fetch(role, { maxBytes: Math.min(meta.length, MAX_METADATA_BYTES), checksum });
        if (content === null)
            throw new errors/* VerificationError */.mk(role, `the trust server has no file with checksum ${checksum}`);
        meta.verify(content, role);
        return metadata/* Metadata */.O.parse(content, role, parse);
    }
    return metadata/* Metadata */.O.parse(bytes, role, parse);
}
function matches(meta, bytes, role) {
    try {
        meta.verify(bytes, role);
        return true;
    }
    catch {
        return false;
    }
}
class DelegationLoader {
    loaded = new Map();
    #pending = new Map();
    #fetcher;
    #snapshot;
    #targets;
    #prefetched;
    #now;
    #previous;
    #allowExpired;
    #acceptRekeyed;
    #bytes = 0;
    constructor(options) {
        this.#fetcher = options.fetcher;
        this.#snapshot = options.snapshot;
        this.#targets = options.targets;
        this.#prefetched = options.prefetched;
        this.#now = options.now;
        this.#previous = options.previous;
        this.#allowExpired = options.allowExpired;
        this.#acceptRekeyed = options.acceptRekeyed;
    }
    /**
     * Refuses a set of delegations (those a snapshot lists) that is over the
     * count limit, or whose listed lengths add up to more than the byte limit.
     */
    reserve(names) {
        if (names.length > MAX_DELEGATIONS)
            throw tooManyDelegations(names.length);
        const listed = names.reduce((sum, n) => sum + (this.#snapshot.meta.get(n)?.length ?? 0), 0);
        if (listed > MAX_DELEGATION_BYTES)
            throw tooManyBytes(`the snapshot lists ${listed} bytes of delegations`);
    }
    /** Downloads a delegation by the checksum the snapshot lists, without verifying yet. */
    async prefetch(name) {
        const meta = this.#snapshot.meta.get(name);
        const checksum = meta?.sha256Hex;
        if (!meta || !checksum || this.#prefetched.has(name))
            return;
        const bytes = await this.#fetch(name, { maxBytes: Math.min(meta.length, MAX_METADATA_BYTES), checksum });
        if (bytes)
            this.#prefetched.set(name, bytes);
    }
    // Every delegation download counts against MAX_DELEGATION_BYTES, before it is made.
    #budget = {
        fetch: (role, options) => this.#fetch(role, options),
    };
    async #fetch(role, options) {
        if (this.#bytes + options.maxBytes > MAX_DELEGATION_BYTES) {
            throw tooManyBytes(`${role} would take the delegations downloaded past that`);
        }
        this.#bytes += options.maxBytes;
        const bytes = await this.#fetcher.fetch(role, options);
        // Reserve the most it could be, then keep what it was.
        this.#bytes -= options.maxBytes - (bytes?.length ?? 0);
        return bytes;
    }
    load(name) {
        let pending = this.#pending.get(name);
        if (!pending) {
            // root, snapshot, timestamp or anything outside targets/ is never a delegation.
            if (!(0,tuf_role/* isDelegationName */.mm)(name)) {
                return Promise.reject(new errors/* VerificationError */.mk(name, 'is not a delegation name: delegations are roles under targets/'));
            }
            if (this.#pending.size >= MAX_DELEGATIONS)
                return Promise.reject(tooManyDelegations(this.#pending.size + 1));
            pending = this.#load(name);
            this.#pending.set(name, pending);
        }
        return pending;
    }
    /** What the previous state knows of a delegation; undefined for one never verified. */
    #known(name, parentName) {
        const version = this.#previous?.versions[name];
        if (version === undefined)
            return undefined;
        return { name, version, grant: this.#previous?.grants?.[name], parentVersion: this.#previous?.versions[parentName] };
    }
    async #load(name) {
        const parentName = (0,tuf_role/* parentRole */.rt)(name);
        let parent;
        let parentPaths;
        if (parentName === tuf_role/* TARGETS */.dW) {
            parent = this.#targets.signed;
        }
        else {
            const p = await this.load(parentName);
            if (!p?.metadata)
                return undefined;
            parent = p.metadata.signed;
            parentPaths = p.paths;
        }
        const declared = parent.delegation(name);
        if (!declared)
            return undefined;
        const keys = parent.delegationKeysOf(declared);
        const paths = parentPaths ? (0,tuf_role/* restrictPaths */.T4)(parentPaths, declared.paths) : declared.paths;
        const base = { name, keys, threshold: declared.threshold, paths };
        const current = { name: parentName, version: parent.version, grant: (0,known_delegations/* grantOf */.od)(keys, declared.threshold) };
        const known = this.#known(name, parentName);
        const meta = this.#snapshot.meta.get(name);
        if (!meta) {
            // notary treats it as never published; a role seen before must not vanish unless its parent changed it.
            if (known && !(0,known_delegations/* parentChangedGrant */.Lk)(known, current))
                throw (0,known_delegations/* withheldRoleError */.uW)(known, current);
            const role = { ...base, metadata: undefined, targets: new Map(), expired: false };
            this.loaded.set(name, role);
            return role;
        }
        const metadata = await checkedFile(name, meta, this.#prefetched.get(name) ?? null, this.#budget, parseTargets);
        // A role whose parent re-keyed it (signer-remove) may be re-signed, never trusted for its content; a role
        // the trust state knows only when its recorded keys signed it and the parent changed its grant since.
        const rekeyed = this.#acceptRekeyed &&
            parentChangedKeys(metadata, keys, declared.threshold, known?.grant?.keyids) &&
            (!known || (0,known_delegations/* parentChangedGrant */.Lk)(known, current));
        if (rekeyed) {
            // Not trusted for its content, but never older than what was seen before.
            verifyAgainstPrevious(metadata, name, this.#previous);
            const role = { ...base, metadata: undefined, targets: new Map(), expired: false, rekeyed: metadata };
            this.loaded.set(name, role);
            return role;
        }
        try {
            (0,tuf_threshold/* verifyThreshold */.VH)(metadata, keys, declared.threshold, name);
        }
        catch (err) {
            // A role seen before may fail its threshold only when its parent changed its keys (signer-remove).
            if (known && err instanceof errors/* VerificationError */.mk && !(0,known_delegations/* parentChangedGrant */.Lk)(known, current))
                throw (0,known_delegations/* unsignedRoleError */.cr)(known, current, err);
            throw err;
        }
        verifyAgainstPrevious(metadata, name, this.#previous);
        const expired = metadata.signed.isExpired(this.#now);
        if (!this.#allowExpired)
            (0,tuf_threshold/* verifyNotExpired */.mV)(metadata, name, this.#now);
        // A "" path admits every target, as it is for docker's roles: no copy of a 10,000-tag table.
        const all = metadata.signed.targets;
        const targets = paths.includes('') ? all : new Map([...all].filter(([path]) => (0,tuf_role/* pathAllowed */.EG)(path, paths)));
        const role = { ...base, metadata, targets, expired };
        this.loaded.set(name, role);
        return role;
    }
}
function tooManyDelegations(count) {
    return new errors/* VerificationError */.mk(tuf_role/* TARGETS */.dW, `the delegation tree has more than ${MAX_DELEGATIONS} delegations (at least ${count}); refusing to read further`);
}
function tooManyBytes(why) {
    return new errors/* VerificationError */.mk(tuf_role/* TARGETS */.dW, `the delegation tree is larger than ${MAX_DELEGATION_BYTES / (1 << 20)} MiB (${why}); refusing to read further`);
}


/***/ })

};
