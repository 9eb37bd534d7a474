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

import { HttpError, InputError } from '../errors.ts';
import { parseErrorBody, type ServerError, summarizeErrorBody } from '../http/error-body.ts';
import { ResponseTooLargeError } from '../http/errors.ts';
import { redactUrl } from '../http/redact-url.ts';
import { attemptsNote, type HttpMethod, type HttpResponse } from '../http/transport.ts';
import { TufKey } from '../keys/tuf-key.ts';
import { type RegistryAuth, RepositoryScope } from '../registry/auth.ts';
import { isLoopbackHost } from '../registry/registry-client.ts';
import { buildMultipartBody, type MetadataFile } from './multipart.ts';

/** The widest access an operation will need; every call asks for at least this, so one token serves all. */
export type TrustAccess = 'read' | 'write' | 'admin';

export interface TrustServerClientOptions {
  /** Base URL of the trust server, e.g. https://notary.docker.io. */
  readonly url: string;
  /** Authentication (and through it the transport), shared with registry calls. */
  readonly auth: RegistryAuth;
  /** Default 'read'. With 'write', reads already ask for pull+push so a sign costs one token. */
  readonly access?: TrustAccess;
  /** How long a request may go without a byte; the transport's default otherwise. */
  readonly stallTimeoutMs?: number;
}

export interface RoleRequest {
  /** Largest body accepted; notary-server stores what clients upload, so always bound it. */
  readonly maxBytes: number;
  /** Hex sha256 (or sha512) of the wanted file, as listed in snapshot or timestamp. */
  readonly checksum?: string;
  /** A specific version (root rotation walks versions). */
  readonly version?: number;
}

export interface KeyDocument {
  /** The key as the server sent it: {"keytype","keyval":{"public","private":null}}. */
  readonly json: unknown;
  readonly bytes: Uint8Array;
}

/** A trust server error; `serverCode` is notary's code, `serverErrors` the whole list. */
export class TrustServerError extends HttpError {
  readonly gun: string;
  readonly serverErrors: readonly ServerError[];

  constructor(
    message: string,
    details: {
      gun: string;
      status: number;
      url: string;
      serverErrors: readonly ServerError[];
      code?: 'HTTP' | 'UNAUTHORIZED' | 'NOT_FOUND';
    },
  ) {
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
  get isConflict(): boolean {
    return isConflictResponse(this.status, this.serverCode);
  }
}

/**
 * notary's answers to a publish that raced another: 400 VERSION when the
 * storage layer finds the version taken (memory, MySQL), 500 UPDATING for
 * other storage failures such as PostgreSQL's unique-key violation.
 */
export function isConflictResponse(status: number, serverCode: string | undefined): boolean {
  return (status === 400 && serverCode === 'VERSION') || (status === 500 && serverCode === 'UPDATING') || status === 409;
}

const ROLE = /^(root|snapshot|timestamp|targets(\/[-a-z0-9_]+)*)$/;
const SERVER_KEY_ROLES = new Set(['timestamp', 'snapshot']);
const CHECKSUM = /^([0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$/;
// notary's MaxKeySize.
const MAX_KEY_BYTES = 256 << 10;

type Verb = 'read' | 'push' | 'delete';

interface Call {
  readonly method: HttpMethod;
  readonly gun: string;
  /** Path under /v2/<gun>/_trust/tuf/. */
  readonly file: string;
  readonly need: TrustAccess;
  /** "read root of <gun>" — completes "could not …" and "failed to …". */
  readonly what: string;
  readonly verb: Verb;
  readonly maxBytes?: number;
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array;
}

export class TrustServerClient {
  readonly url: string;
  readonly #auth: RegistryAuth;
  readonly #access: TrustAccess;
  readonly #stallTimeoutMs: number | undefined;

  constructor(options: TrustServerClientOptions) {
    let base: URL;
    try {
      base = new URL(options.url);
    } catch (err) {
      throw new InputError('trust-server', `"${redactUrl(options.url)}" is not a URL`, { cause: err });
    }
    if (base.username || base.password) {
      // Never echo it: the URL carries a password.
      throw new InputError('trust-server', 'the URL must not carry a user or password; give credentials as username and password');
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:') {
      throw new InputError('trust-server', `"${redactUrl(options.url)}" must be an https:// URL`);
    }
    // Credentials and tokens would cross the network in the clear; docker allows http only on loopback too.
    if (base.protocol === 'http:' && !isLoopbackHost(base.host)) {
      throw new InputError('trust-server', `"${redactUrl(options.url)}" must be an https:// URL (plain http is only for loopback)`);
    }
    base.search = '';
    base.hash = '';
    this.url = base.href.replace(/\/+$/, '');
    this.#auth = options.auth;
    this.#access = options.access ?? 'read';
    this.#stallTimeoutMs = options.stallTimeoutMs;
  }

  /** One metadata file, current or by checksum or version; null when the server has none. */
  async getRole(gun: string, role: string, options: RoleRequest): Promise<Uint8Array | null> {
    if (!ROLE.test(role)) throw new TypeError(`not a TUF role name: "${role}"`);
    const { checksum, version, maxBytes } = options;
    if (checksum !== undefined && version !== undefined) {
      throw new TypeError('ask for a role by checksum or by version, not both');
    }
    let file = `${role}.json`;
    if (checksum !== undefined) {
      if (!CHECKSUM.test(checksum)) throw new TypeError(`not a hex checksum: "${checksum}"`);
      file = `${role}.${checksum.toLowerCase()}.json`;
    } else if (version !== undefined) {
      if (!Number.isSafeInteger(version) || version < 0) throw new TypeError(`not a version: ${version}`);
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
    if (res.status === 404) return null;
    if (res.status !== 200) throw this.#failure(res, gun, `read ${label} of ${gun}`, 'read');
    return res.body;
  }

  /** The public key the server signs a role with, created on first request. Needs push access. */
  async getKey(gun: string, role: string): Promise<TufKey> {
    return this.#parseKey(await this.getKeyDocument(gun, role), gun, role);
  }

  /** As getKey, but the server's JSON and bytes as they came. */
  async getKeyDocument(gun: string, role: string): Promise<KeyDocument> {
    return this.#keyCall('GET', gun, role);
  }

  /** Makes the server replace its key for a role and returns the new public key. Needs `*` access. */
  async rotateKey(gun: string, role: string): Promise<TufKey> {
    return this.#parseKey(await this.#keyCall('POST', gun, role), gun, role);
  }

  /** Uploads several roles as one atomic update (multipart, as notary's SetMulti). */
  async publish(gun: string, files: readonly MetadataFile[]): Promise<void> {
    if (files.length === 0) throw new TypeError('nothing to publish');
    for (const f of files) {
      if (!ROLE.test(f.role)) throw new TypeError(`not a TUF role name: "${f.role}"`);
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
    if (res.status !== 200) throw this.#failure(res, gun, what, 'push', files);
  }

  /** Deletes all trust data of a GUN on the server. Needs `*` access. */
  async deleteAll(gun: string): Promise<void> {
    const what = `delete trust data for ${gun}`;
    const res = await this.#send({ method: 'DELETE', gun, file: '', need: 'admin', what, verb: 'delete' });
    if (res.status !== 200) throw this.#failure(res, gun, what, 'delete');
  }

  async #keyCall(method: 'GET' | 'POST', gun: string, role: string): Promise<KeyDocument> {
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
    if (res.status !== 200) throw this.#failure(res, gun, what, method === 'GET' ? 'push' : 'delete');
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(res.body));
    } catch {
      throw new TrustServerError(`trust server ${this.url} sent a ${role} key for ${gun} that is not JSON`, {
        gun,
        status: res.status,
        url: res.url,
        serverErrors: [],
      });
    }
    return { json, bytes: res.body };
  }

  #parseKey(doc: KeyDocument, gun: string, role: string): TufKey {
    try {
      return TufKey.fromJSON(doc.json);
    } catch (err) {
      throw new HttpError(`trust server ${this.url} sent an unusable ${role} key for ${gun}: ${(err as Error).message}`, {
        status: 200,
        url: this.#fileUrl(gun, `${role}.key`),
        cause: err,
      });
    }
  }

  #fileUrl(gun: string, file: string): string {
    return `${this.url}/v2/${gun}/_trust/tuf/${file}`;
  }

  async #send(call: Call): Promise<HttpResponse> {
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
    } catch (err) {
      if (err instanceof ResponseTooLargeError) {
        throw new ResponseTooLargeError({
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
  #plainHttpToTls(res: HttpResponse, serverErrors: readonly ServerError[]): boolean {
    if (!this.url.startsWith('http:')) return false;
    const said = new TextDecoder().decode(res.body.subarray(0, 512)).toLowerCase();
    return said.includes(GO_PLAIN_HTTP_TO_TLS) || serverErrors.length === 0;
  }

  #failure(res: HttpResponse, gun: string, what: string, verb: Verb, files?: readonly MetadataFile[]): TrustServerError {
    const serverErrors = parseErrorBody(res.body);
    const said = summarizeErrorBody(res.body);
    const status = `HTTP ${res.status}${said ? `: ${said}` : ''}${attemptsNote(res.attempts)}`;
    const details = { gun, status: res.status, url: res.url, serverErrors };
    const code = serverErrors[0]?.code;

    if (res.status === 401 || res.status === 403) {
      return new TrustServerError(
        `not authorized to ${verb} trust data for ${gun} as ${this.#auth.identity} at trust server ${this.url} (${status})`,
        { ...details, code: 'UNAUTHORIZED' },
      );
    }
    if (isConflictResponse(res.status, code)) {
      return new TrustServerError(
        `trust server ${this.url} refused to ${what}: another update was published meanwhile (${status})`,
        details,
      );
    }
    if (res.status === 400 && this.#plainHttpToTls(res, serverErrors)) {
      const https = this.url.replace(/^http:/, 'https:');
      return new TrustServerError(
        `trust server ${this.url} refused to ${what} (${status}): it speaks https on this port, and a plain-http ` +
          `request gets 400 there; give ${https} as the trust-server input`,
        details,
      );
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

function checkGun(gun: string): void {
  // notary's route takes any GUN without "*"; refuse what would change the URL's meaning.
  if (gun === '' || gun.startsWith('/') || gun.endsWith('/') || /[\s*?#%]/.test(gun) || gun.split('/').includes('..')) {
    throw new InputError('gun', `"${gun}" is not a valid repository name`);
  }
}

const RANK: Record<TrustAccess, number> = { read: 0, write: 1, admin: 2 };

function widest(a: TrustAccess, b: TrustAccess): TrustAccess {
  return RANK[a] >= RANK[b] ? a : b;
}

function scopeFor(gun: string, access: TrustAccess): RepositoryScope {
  if (access === 'admin') return RepositoryScope.all(gun);
  return access === 'write' ? RepositoryScope.pullPush(gun) : RepositoryScope.pull(gun);
}
