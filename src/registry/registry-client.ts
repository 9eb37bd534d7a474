// Reads what a registry serves for a tag: the manifest's digest and size,
// computed from the exact bytes served, never from docker's printed output.

import { createHash } from 'node:crypto';
import { DctError, HttpError } from '../errors.ts';
import { summarizeErrorBody } from '../http/error-body.ts';
import { NetworkError } from '../http/errors.ts';
import { attemptsNote, headerValue, type HttpResponse } from '../http/transport.ts';
import { RepositoryScope, type RegistryAuth } from './auth.ts';
import { MANIFEST_TYPES, MAX_MANIFEST_BYTES } from './media-types.ts';
import { registryApiHost, type ImageReference } from './reference.ts';

export interface ManifestDescriptor {
  /** `sha256:<hex>` of the manifest bytes. */
  readonly digest: string;
  readonly size: number;
  readonly mediaType: string;
}

/** What an operation needs from a registry: the manifest a tag (or digest) names now. */
export interface Registry {
  resolve(ref: ImageReference): Promise<ManifestDescriptor>;
}

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

export class RegistryClient implements Registry {
  readonly #auth: RegistryAuth;
  /** Hosts found to speak plain HTTP. */
  readonly #plainHttp = new Set<string>();

  constructor(options: { auth: RegistryAuth }) {
    this.#auth = options.auth;
  }

  /**
   * Like docker with its default insecure registries: HTTPS first, and for a
   * loopback registry that does not speak TLS, plain HTTP.
   */
  async #send(host: string, path: string, scope: RepositoryScope, headers: Record<string, string>): Promise<HttpResponse> {
    const send = (scheme: string) =>
      this.#auth.send({
        method: 'GET',
        url: `${scheme}://${host}${path}`,
        headers,
        scope,
        maxBytes: MAX_MANIFEST_BYTES,
        target: `registry ${host}`,
      });
    if (this.#plainHttp.has(host)) return send('http');
    try {
      return await send('https');
    } catch (err) {
      if (!(err instanceof NetworkError) || !isLoopbackHost(host) || !speaksNoTls(err)) throw err;
      this.#plainHttp.add(host);
      return send('http');
    }
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
    const digest = `sha256:${createHash('sha256').update(res.body).digest('hex')}`;
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
}

function mediaTypeOf(body: Uint8Array): string {
  try {
    const parsed = JSON.parse(Buffer.from(body).toString('utf8')) as { mediaType?: unknown };
    return typeof parsed.mediaType === 'string' ? parsed.mediaType : 'application/octet-stream';
  } catch {
    return 'application/octet-stream';
  }
}
