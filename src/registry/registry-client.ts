// Reads what a registry serves for a tag: the manifest's digest and size,
// computed from the exact bytes served, never from docker's printed output.
// For the signature formats it also reads and writes manifests and blobs,
// reads the OCI 1.1 referrers API, and finds out whether the identity may
// push (OciRegistry). Every digest is checked against the bytes.

import { createHash } from 'node:crypto';
import { DctError, HttpError } from '../errors.ts';
import { summarizeErrorBody } from '../http/error-body.ts';
import { NetworkError } from '../http/errors.ts';
import { attemptsNote, headerValue, type HttpMethod, type HttpResponse } from '../http/transport.ts';
import { RepositoryScope, type RegistryAuth } from './auth.ts';
import { MANIFEST_TYPES, MAX_MANIFEST_BYTES, OCI_INDEX, READ_MANIFEST_TYPES } from './media-types.ts';
import type {
  Descriptor,
  ManifestContent,
  ManifestDescriptor,
  OciRegistry,
  PutManifestResult,
  RepositoryLocation,
} from './oci-registry.ts';
import { parseDescriptors } from './descriptors.ts';
import { HostGate } from './host-gate.ts';
import { registryApiHost, type ImageReference } from './reference.ts';

// Defined beside OciRegistry (which extends them), and still importable from here.
export type { ManifestDescriptor, Registry } from './oci-registry.ts';

/** docker's default insecure registries: loopback, where plain HTTP is allowed. */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

// Why an https try may fall back to http: nothing listens for TLS there
// (refused, reset), or a plain-http server answered the TLS hello. A
// certificate error or a timeout never does: a server that speaks TLS with
// an untrusted certificate is not to be talked to in clear instead.
const NO_TLS_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ERR_SSL_WRONG_VERSION_NUMBER']);

function speaksNoTls(err: NetworkError): boolean {
  if (err.timedOut) return false;
  for (let e: unknown = err.cause, depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NO_TLS_CODES.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** A request to a registry, by path on its API host or by absolute URL (an upload's Location). */
interface RegistryRequest {
  readonly method: HttpMethod;
  readonly scope: RepositoryScope;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Uint8Array;
  readonly maxBytes?: number;
  readonly idempotent?: boolean;
}

// A redirect the registry sends for a blob (a storage backend's signed URL);
// distribution 2.8 with filesystem storage serves blobs itself.
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;
const MAX_REFERRER_PAGES = 10;

/** Requests in flight per registry host: the transport's connections per origin, so none waits inside the pool. */
export const REQUESTS_PER_HOST = 8;

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export class RegistryClient implements OciRegistry {
  readonly #auth: RegistryAuth;
  /** Hosts found to speak plain HTTP. */
  readonly #plainHttp = new Set<string>();
  readonly #gate = new HostGate(REQUESTS_PER_HOST);

  constructor(options: { auth: RegistryAuth }) {
    this.#auth = options.auth;
  }

  /**
   * Like docker with its default insecure registries: HTTPS first, and for a
   * loopback registry that does not speak TLS, plain HTTP.
   */
  async #send(host: string, path: string, scope: RepositoryScope, headers: Record<string, string>): Promise<HttpResponse> {
    return this.#request(host, path, { method: 'GET', scope, headers, maxBytes: MAX_MANIFEST_BYTES });
  }

  #request(host: string, path: string, req: RegistryRequest): Promise<HttpResponse> {
    return this.#gate.run(host, () => this.#requestOnce(host, path, req));
  }

  async #requestOnce(host: string, path: string, req: RegistryRequest): Promise<HttpResponse> {
    const send = (scheme: string) => this.#requestUrl(`${scheme}://${host}${path}`, req);
    if (this.#plainHttp.has(host)) return send('http');
    // Only a loopback host may fall back; any other is https. The host gate sends a host's first request alone,
    // so the requests after it know the scheme instead of each opening a TLS connection that is then refused.
    if (!isLoopbackHost(host)) return send('https');
    try {
      return await send('https');
    } catch (err) {
      // A write resent here reaches nothing that could apply it: a TLS port answers plain http with 400.
      if (!(err instanceof NetworkError) || !speaksNoTls(err)) throw err;
      this.#plainHttp.add(host);
      return send('http');
    }
  }

  #requestUrl(url: string, req: RegistryRequest): Promise<HttpResponse> {
    const host = new URL(url).host;
    return this.#auth.send({
      method: req.method,
      url,
      headers: req.headers ?? {},
      scope: req.scope,
      ...(req.body ? { body: req.body } : {}),
      maxBytes: req.maxBytes ?? MAX_MANIFEST_BYTES,
      ...(req.idempotent !== undefined ? { idempotent: req.idempotent } : {}),
      target: `registry ${host}`,
    });
  }

  /** The manifest a reference's tag (or digest) resolves to now. */
  async resolve(ref: ImageReference): Promise<ManifestDescriptor> {
    const host = registryApiHost(ref.registry);
    const id = ref.tag ?? ref.digest;
    if (!id) throw new DctError('INPUT', `${ref.original}: names neither a tag nor a digest`);
    const res = await this.#send(host, `/v2/${ref.repository}/manifests/${id}`, RepositoryScope.pull(ref.repository), {
      accept: MANIFEST_TYPES.join(', '),
    });
    if (res.status === 404) {
      throw new HttpError(`${ref.original} is not in the registry: push it first, or leave push on`, {
        status: 404,
        url: res.url,
        code: 'NOT_FOUND',
      });
    }
    if (res.status === 401 || res.status === 403) {
      throw new HttpError(`${this.#auth.identity} may not read ${ref.registry}/${ref.repository} (HTTP ${res.status})`, {
        status: res.status,
        url: res.url,
        code: 'UNAUTHORIZED',
      });
    }
    if (res.status !== 200) {
      const detail = summarizeErrorBody(res.body);
      throw new HttpError(
        `reading the manifest of ${ref.original} failed: HTTP ${res.status}${detail ? `: ${detail}` : ''}${attemptsNote(res.attempts)}`,
        { status: res.status, url: res.url },
      );
    }
    const digest = sha256(res.body);
    const served = headerValue(res.headers, 'docker-content-digest');
    if (served && served.startsWith('sha256:') && served !== digest) {
      throw new DctError('VERIFY', `${ref.original}: the registry's digest ${served} does not match its manifest bytes`);
    }
    if (ref.digest && ref.digest !== digest) {
      throw new DctError(
        'VERIFY',
        `${ref.original}: the tag now points to ${digest}, not the digest in the reference`,
      );
    }
    const mediaType = headerValue(res.headers, 'content-type')?.split(';')[0]?.trim() ?? mediaTypeOf(res.body);
    return { digest, size: res.body.length, mediaType };
  }

  async manifest(location: RepositoryLocation, reference: string): Promise<ManifestContent | undefined> {
    const named = `${nameOf(location)}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
    const res = await this.#request(registryApiHost(location.registry), `/v2/${location.repository}/manifests/${reference}`, {
      method: 'GET',
      scope: RepositoryScope.pull(location.repository),
      headers: { accept: READ_MANIFEST_TYPES.join(', ') },
    });
    if (res.status === 404) return undefined;
    this.#checkRead(res, location, `reading the manifest ${named}`);
    const digest = sha256(res.body);
    const served = headerValue(res.headers, 'docker-content-digest');
    if (served && served.startsWith('sha256:') && served !== digest) {
      throw new DctError('VERIFY', `${named}: the registry's digest ${served} does not match its manifest bytes`);
    }
    if (reference.startsWith('sha256:') && reference !== digest) {
      throw new DctError('VERIFY', `${named}: the registry served a manifest whose digest is ${digest}`);
    }
    const mediaType = headerValue(res.headers, 'content-type')?.split(';')[0]?.trim() || mediaTypeOf(res.body);
    return { digest, size: res.body.length, mediaType, bytes: res.body };
  }

  async blob(location: RepositoryLocation, digest: string, maxBytes: number): Promise<Uint8Array> {
    checkSha256(digest, `blob of ${nameOf(location)}`);
    const scope = RepositoryScope.pull(location.repository);
    let res = await this.#request(registryApiHost(location.registry), `/v2/${location.repository}/blobs/${digest}`, {
      method: 'GET',
      scope,
      maxBytes,
    });
    // HttpTransport does not follow redirects: a storage backend's URL is
    // followed here, with credentials only for an origin that asked for them.
    for (let hops = 0; REDIRECTS.has(res.status) && hops < MAX_REDIRECTS; hops++) {
      const target = headerValue(res.headers, 'location');
      if (!target) break;
      res = await this.#requestUrl(new URL(target, res.url).href, { method: 'GET', scope, maxBytes });
    }
    this.#checkRead(res, location, `reading the blob ${digest} of ${nameOf(location)}`);
    if (sha256(res.body) !== digest) {
      throw new DctError('VERIFY', `${nameOf(location)}: the blob ${digest} the registry served has another digest`);
    }
    return res.body;
  }

  async pushBlob(
    location: RepositoryLocation,
    bytes: Uint8Array,
    options: { readonly fresh?: boolean } = {},
  ): Promise<{ readonly digest: string; readonly size: number }> {
    const digest = sha256(bytes);
    const host = registryApiHost(location.registry);
    const scope = RepositoryScope.pullPush(location.repository);
    const has = async (): Promise<boolean> => {
      const head = await this.#request(host, `/v2/${location.repository}/blobs/${digest}`, { method: 'HEAD', scope });
      if (head.status === 200) return true;
      if (head.status === 404) return false;
      throw this.#writeFailure(head, location, `checking for the blob ${digest}`);
    };
    // A fresh blob is uploaded without the HEAD: a round trip that could only save an upload that never happens.
    if (!options.fresh && (await has())) return { digest, size: bytes.length };
    try {
      await this.#upload(host, location, scope, bytes, digest);
    } catch (err) {
      // The PUT went out and the answer was lost: the blob is there or not, and the registry says which.
      if (!(err instanceof NetworkError) || !err.outcomeUnknown || !(await has())) throw err;
    }
    return { digest, size: bytes.length };
  }

  #startUpload(host: string, location: RepositoryLocation, scope: RepositoryScope): Promise<HttpResponse> {
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
  async #upload(host: string, location: RepositoryLocation, scope: RepositoryScope, bytes: Uint8Array, digest: string): Promise<void> {
    const started = await this.#startUpload(host, location, scope);
    if (started.status !== 202) throw this.#writeFailure(started, location, 'starting a blob upload');
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

  async putManifest(
    location: RepositoryLocation,
    reference: string,
    manifest: { readonly bytes: Uint8Array; readonly mediaType: string },
  ): Promise<PutManifestResult> {
    const digest = sha256(manifest.bytes);
    const byDigest = reference.startsWith('sha256:');
    if (byDigest && reference !== digest) {
      throw new DctError('INPUT', `a manifest put under ${reference} has the digest ${digest}`);
    }
    const res = await this.#request(registryApiHost(location.registry), `/v2/${location.repository}/manifests/${reference}`, {
      method: 'PUT',
      scope: RepositoryScope.pullPush(location.repository),
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
    const served = headerValue(res.headers, 'docker-content-digest');
    if (served && served.startsWith('sha256:') && served !== digest) {
      throw new DctError('VERIFY', `${nameOf(location)}: the registry stored the manifest ${digest} as ${served}`);
    }
    return { digest, subjectIndexed: headerValue(res.headers, 'oci-subject') !== undefined };
  }

  async referrers(location: RepositoryLocation, digest: string): Promise<readonly Descriptor[] | undefined> {
    checkSha256(digest, `referrers of ${nameOf(location)}`);
    const host = registryApiHost(location.registry);
    let res = await this.#request(host, `/v2/${location.repository}/referrers/${digest}`, {
      method: 'GET',
      scope: RepositoryScope.pull(location.repository),
      headers: { accept: OCI_INDEX },
    });
    const found: Descriptor[] = [];
    for (let page = 1; ; page++) {
      // distribution 2.8 and other registries without the API answer 404 (or something that is no index).
      if (res.status === 404) return page === 1 ? undefined : found;
      this.#checkRead(res, location, `reading the referrers of ${nameOf(location)}@${digest}`);
      const list = parseDescriptors(res.body, OCI_INDEX);
      if (list === undefined) return page === 1 ? undefined : found;
      found.push(...list);
      const next = nextPage(headerValue(res.headers, 'link'), res.url);
      if (next === undefined || page >= MAX_REFERRER_PAGES) return found;
      res = await this.#requestUrl(next, { method: 'GET', scope: RepositoryScope.pull(location.repository), headers: { accept: OCI_INDEX } });
    }
  }

  async checkPushRights(location: RepositoryLocation): Promise<void> {
    const host = registryApiHost(location.registry);
    const scope = RepositoryScope.pullPush(location.repository);
    // /v2/ is where a registry challenges; answering it gets (and caches) the pull,push token the writes will use.
    const ping = await this.#request(host, '/v2/', { method: 'GET', scope });
    const granted = this.#auth.grantedActions(ping.url, scope);
    if (granted !== undefined) {
      if (granted.includes('push') || granted.includes('*')) return;
      const what = granted.length === 0 ? 'no access at all' : `${granted.join(',')} only`;
      throw this.#pushDenied(location, undefined, ping.url, `the registry's token grants ${what}`);
    }
    // Nothing to read the grant from: start an upload, which needs push, and cancel it.
    const started = await this.#startUpload(host, location, scope);
    if (started.status !== 202) throw this.#writeFailure(started, location, 'starting a blob upload to check push rights');
    const cancel = headerValue(started.headers, 'location');
    if (cancel) {
      // Cancelling twice is harmless: the second finds no upload.
      await this.#requestUrl(new URL(cancel, started.url).href, { method: 'DELETE', scope, idempotent: true }).catch(() => undefined);
    }
  }

  #checkRead(res: HttpResponse, location: RepositoryLocation, what: string): void {
    if (res.status === 401 || res.status === 403) {
      throw new HttpError(`${this.#auth.identity} may not read ${nameOf(location)} (HTTP ${res.status})`, {
        status: res.status,
        url: res.url,
        code: 'UNAUTHORIZED',
      });
    }
    if (res.status !== 200) {
      const detail = summarizeErrorBody(res.body);
      throw new HttpError(`${what} failed: HTTP ${res.status}${detail ? `: ${detail}` : ''}${attemptsNote(res.attempts)}`, {
        status: res.status,
        url: res.url,
      });
    }
  }

  /** A write's refusal: 401 or 403 is a missing push right, anything else the registry's error. */
  #writeFailure(res: HttpResponse, location: RepositoryLocation, what: string): HttpError {
    const detail = summarizeErrorBody(res.body);
    if (res.status === 401 || res.status === 403) {
      return this.#pushDenied(location, res.status, res.url, detail ? `the registry said: ${detail}` : `${what} was refused`);
    }
    return new HttpError(`${what} in ${nameOf(location)} failed: HTTP ${res.status}${detail ? `: ${detail}` : ''}${attemptsNote(res.attempts)}`, {
      status: res.status,
      url: res.url,
    });
  }

  /** `status` undefined: refused from the token's grant, before asking the registry (reported as 403). */
  #pushDenied(location: RepositoryLocation, status: number | undefined, url: string, why: string): HttpError {
    const http = status === undefined ? '' : ` (HTTP ${status})`;
    return new HttpError(`${this.#auth.identity} may not push to ${nameOf(location)}${http}: ${why}; ${PUSH_RIGHTS_FIX}`, {
      status: status ?? 403,
      url,
      code: 'PUSH_DENIED',
    });
  }
}

/** How to get push rights, by the login inputs and the common registries' roles. */
export const PUSH_RIGHTS_FIX =
  'give a login with push rights (username and password, or docker login; the service connection in Azure Pipelines) — ' +
  'ACR: the AcrPush or Contributor role; Docker Hub: an access token with Read & Write; GHCR: packages: write';

function nameOf(location: RepositoryLocation): string {
  return `${location.registry}/${location.repository}`;
}

function checkSha256(digest: string, what: string): void {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new DctError('INPUT', `${what}: ${digest} is not a sha256 digest`);
}

/** The upload's Location (relative or absolute, maybe with a query of its own) with `digest=` added. */
function uploadUrl(res: HttpResponse, digest: string): string {
  const location = headerValue(res.headers, 'location');
  if (!location) {
    throw new HttpError(`the registry started a blob upload but sent no Location to upload to`, { status: res.status, url: res.url });
  }
  const url = new URL(location, res.url);
  url.searchParams.set('digest', digest);
  return url.href;
}

/** RFC 8288 `Link: <url>; rel="next"`, the referrers API's next page. */
function nextPage(link: string | undefined, base: string): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (m && /\brel="?next"?/.test(m[2]!)) return new URL(m[1]!, base).href;
  }
  return undefined;
}

function mediaTypeOf(body: Uint8Array): string {
  try {
    const parsed = JSON.parse(Buffer.from(body).toString('utf8')) as { mediaType?: unknown };
    return typeof parsed.mediaType === 'string' ? parsed.mediaType : 'application/octet-stream';
  } catch {
    return 'application/octet-stream';
  }
}
