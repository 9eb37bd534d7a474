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

import { HttpError } from '../errors.ts';
import { summarizeErrorBody } from '../http/error-body.ts';
import { isLoopback } from '../http/proxy.ts';
import {
  attemptsNote,
  headerValues,
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
} from '../http/transport.ts';
import { type AuthChallenge, parseChallenges } from './challenge.ts';

export type ScopeAction = 'pull' | 'push' | '*';

/** `repository:<name>:<actions>`, the only resource type dct-sign asks for. */
export class RepositoryScope {
  readonly repository: string;
  readonly actions: readonly ScopeAction[];

  constructor(repository: string, actions: readonly ScopeAction[]) {
    this.repository = repository;
    this.actions = actions;
  }

  static pull(repository: string): RepositoryScope {
    return new RepositoryScope(repository, ['pull']);
  }

  /** The docker CLI's order for read-write trust operations. */
  static pullPush(repository: string): RepositoryScope {
    return new RepositoryScope(repository, ['pull', 'push']);
  }

  /** notary-server's `*`, needed to delete trust data or rotate server keys. */
  static all(repository: string): RepositoryScope {
    return new RepositoryScope(repository, ['*']);
  }

  /** Whether a token granted for this scope also serves `other`. */
  covers(other: RepositoryScope): boolean {
    if (other.repository !== this.repository) return false;
    if (this.actions.includes('*')) return true;
    return other.actions.every((a) => this.actions.includes(a));
  }

  toString(): string {
    return `repository:${this.repository}:${this.actions.join(',')}`;
  }
}

export interface RegistryCredentials {
  readonly username?: string;
  readonly password?: string;
  /** docker config's `identitytoken`: an OAuth refresh token for the token server. */
  readonly identityToken?: string;
}

export interface RegistryAuthOptions {
  readonly transport: HttpTransport;
  /** The registry's credentials; they also authenticate at its trust server. Anonymous if absent. */
  readonly credentials?: RegistryCredentials;
  /** OAuth client_id; the docker CLI sends "docker". */
  readonly clientId?: string;
  /** Milliseconds since the epoch; injectable so tests control token expiry. */
  readonly now?: () => number;
  /**
   * Registers a secret with the platform's log masker: every bearer token
   * (and refresh token) a token server hands out, the moment it arrives, and
   * the identity token we were given.
   */
  readonly mask?: ((secret: string) => void) | undefined;
}

export interface AuthorizedRequest extends HttpRequest {
  readonly scope: RepositoryScope;
}

type OriginAuth =
  | { readonly kind: 'bearer'; readonly realm: string; readonly service: string | undefined }
  | { readonly kind: 'basic' };

interface CachedToken {
  readonly scope: RepositoryScope;
  readonly token: string;
  readonly expiresAt: number;
}

interface Authorization {
  readonly header: string;
  /** Obtained during this call, so a refusal will not change on retry. */
  readonly fresh: boolean;
  readonly cached?: CachedToken;
}

// docker/distribution treats shorter lifetimes as this long.
const MIN_TOKEN_LIFETIME_S = 60;
// Renew a little early so a token does not expire between send and receipt.
const EXPIRY_MARGIN_MS = 5_000;
const TOKEN_RESPONSE_LIMIT = 1 << 20;

export class RegistryAuth {
  readonly #transport: HttpTransport;
  readonly #credentials: RegistryCredentials;
  readonly #clientId: string;
  readonly #now: () => number;
  readonly #mask: (secret: string) => void;
  readonly #origins = new Map<string, OriginAuth>();
  readonly #tokens = new Map<string, CachedToken[]>();
  readonly #inflight = new Map<string, Promise<CachedToken>>();

  constructor(options: RegistryAuthOptions) {
    this.#transport = options.transport;
    this.#credentials = options.credentials ?? {};
    this.#clientId = options.clientId ?? 'docker';
    this.#now = options.now ?? Date.now;
    this.#mask = options.mask ?? (() => {});
    if (this.#credentials.identityToken) this.#mask(this.#credentials.identityToken);
  }

  /** Who we authenticate as, for messages: `user "alice"` or `anonymous`. Never a secret. */
  get identity(): string {
    const { username } = this.#credentials;
    return username ? `user "${username}"` : 'anonymous';
  }

  get username(): string | undefined {
    return this.#credentials.username || undefined;
  }

  /**
   * Sends the request with whatever authorization this origin is known to
   * need, answers one challenge if the server sends one, and returns the
   * final response. A 401 or 403 that survives is returned for the caller to
   * phrase; a token server refusing the credentials throws UNAUTHORIZED.
   */
  async send(req: AuthorizedRequest): Promise<HttpResponse> {
    const url = new URL(req.url);
    const known = this.#origins.get(url.origin);
    const first = known ? await this.#authorize(known, req.scope, url) : undefined;
    const res = await this.#transport.request(withAuthorization(req, url, first));
    if (res.status !== 401) return res;

    const challenge = pickChallenge(parseChallenges(headerValues(res.headers, 'www-authenticate')));
    if (challenge === undefined) return res;
    const changed = known === undefined || !sameAuth(known, challenge);
    this.#origins.set(url.origin, challenge);
    if (first?.fresh && !changed) return res;
    if (first?.cached) this.#forget(known, first.cached);

    const second = await this.#authorize(challenge, req.scope, url);
    if (second === undefined) return res;
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
  grantedActions(url: string | URL, scope: RepositoryScope): readonly string[] | undefined {
    const auth = this.#origins.get(new URL(url).origin);
    if (auth?.kind !== 'bearer') return undefined;
    const now = this.#now();
    const cached = this.#tokens.get(tokenKey(auth))?.find((t) => t.expiresAt > now && t.scope.covers(scope));
    return cached === undefined ? undefined : jwtRepositoryActions(cached.token, scope.repository);
  }

  async #authorize(auth: OriginAuth, scope: RepositoryScope, url: URL): Promise<Authorization | undefined> {
    if (auth.kind === 'basic') {
      const header = this.#basicHeader(url);
      return header === undefined ? undefined : { header, fresh: true };
    }
    const key = tokenKey(auth);
    const now = this.#now();
    const cached = this.#tokens
      .get(key)
      ?.find((t) => t.expiresAt - EXPIRY_MARGIN_MS > now && t.scope.covers(scope));
    if (cached) return { header: `Bearer ${cached.token}`, fresh: false, cached };

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

  #forget(auth: OriginAuth | undefined, token: CachedToken): void {
    if (auth?.kind !== 'bearer') return;
    const key = tokenKey(auth);
    const list = this.#tokens.get(key)?.filter((t) => t !== token);
    if (list) this.#tokens.set(key, list);
  }

  /** Basic credentials for `url`, never for plain http to a host that is not loopback: the password would cross the network in clear. */
  #basicHeader(url: URL): string | undefined {
    const { username, password } = this.#credentials;
    if (!username || !password || !isSecureOrigin(url)) return undefined;
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }

  async #fetchToken(
    auth: Extract<OriginAuth, { kind: 'bearer' }>,
    scope: RepositoryScope,
    resourceUrl: URL,
  ): Promise<CachedToken> {
    let realm: URL;
    try {
      realm = new URL(auth.realm, resourceUrl);
    } catch (err) {
      throw new HttpError(`${resourceUrl.origin} sent an invalid token realm "${auth.realm}"`, {
        status: 401,
        url: resourceUrl.href,
        cause: err,
      });
    }
    // Like the trust server: the realm gets our password or identity token, and hands out tokens.
    if (!isSecureOrigin(realm)) {
      throw new HttpError(
        `${resourceUrl.origin} sent the token realm ${realm.origin}, which is not https; ` +
          'a token server must use https (plain http only on a loopback host), so no credentials were sent to it',
        { status: 401, url: resourceUrl.href, code: 'UNAUTHORIZED' },
      );
    }
    const { identityToken } = this.#credentials;
    const req = identityToken
      ? this.#refreshRequest(realm, auth.service, scope, identityToken)
      : this.#getRequest(realm, auth.service, scope);

    const res = await this.#transport.request(req);
    if (res.status < 200 || res.status >= 300) throw this.#tokenRefusal(res, realm, scope, identityToken !== undefined);

    const token = parseTokenResponse(res.body, this.#mask);
    if (token === undefined) {
      throw new HttpError(`token server ${realm.origin} returned no token for ${scope}`, {
        status: res.status,
        url: realm.href,
      });
    }
    const lifetime = Math.max(token.expiresIn ?? 0, MIN_TOKEN_LIFETIME_S);
    return { scope, token: token.token, expiresAt: this.#now() + lifetime * 1000 };
  }

  // GET <realm>?service=…&scope=…, with Basic credentials when we have both parts.
  #getRequest(realm: URL, service: string | undefined, scope: RepositoryScope): HttpRequest {
    const url = new URL(realm);
    if (service !== undefined && service !== '') url.searchParams.append('service', service);
    url.searchParams.append('scope', scope.toString());
    const headers: Record<string, string> = {};
    const basic = this.#basicHeader(realm);
    if (basic !== undefined) {
      url.searchParams.append('account', this.#credentials.username!);
      headers.authorization = basic;
    }
    return { method: 'GET', url, headers, maxBytes: TOKEN_RESPONSE_LIMIT, target: `token server ${realm.origin}` };
  }

  // The docker token spec's OAuth2 refresh-token grant.
  #refreshRequest(realm: URL, service: string | undefined, scope: RepositoryScope, refreshToken: string): HttpRequest {
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

  #tokenRefusal(res: HttpResponse, realm: URL, scope: RepositoryScope, withIdentityToken: boolean): HttpError {
    const said = summarizeErrorBody(res.body);
    const suffix = `${said ? `: ${said}` : ''} (HTTP ${res.status}${attemptsNote(res.attempts)})`;
    // OAuth servers answer a bad refresh token with 400 invalid_grant.
    const refused = res.status === 401 || res.status === 403 || (withIdentityToken && res.status === 400);
    if (!refused) {
      return new HttpError(`token server ${realm.origin} failed to issue a token for ${scope}${suffix}`, {
        status: res.status,
        url: realm.href,
      });
    }
    const who = withIdentityToken
      ? `the identity token${this.username ? ` of user "${this.username}"` : ''}`
      : this.username
        ? `the credentials of user "${this.username}"`
        : 'anonymous access';
    return new HttpError(`token server ${realm.origin} refused ${who} for ${scope}${suffix}`, {
      status: res.status,
      url: realm.href,
      code: 'UNAUTHORIZED',
    });
  }
}

function withAuthorization(req: AuthorizedRequest, url: URL, auth: Authorization | undefined): HttpRequest {
  const { scope: _scope, ...rest } = req;
  if (auth === undefined) return { ...rest, url };
  return { ...rest, url, headers: { ...req.headers, authorization: auth.header } };
}

function pickChallenge(challenges: AuthChallenge[]): OriginAuth | undefined {
  const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
  if (bearer) return { kind: 'bearer', realm: bearer.params.realm!, service: bearer.params.service };
  if (challenges.some((c) => c.scheme === 'basic')) return { kind: 'basic' };
  return undefined;
}

function sameAuth(a: OriginAuth, b: OriginAuth): boolean {
  if (a.kind === 'basic' || b.kind === 'basic') return a.kind === b.kind;
  return a.realm === b.realm && a.service === b.service;
}

function tokenKey(auth: Extract<OriginAuth, { kind: 'bearer' }>): string {
  return `${auth.realm}\n${auth.service ?? ''}`;
}

/** https, or plain http to a loopback host (docker's default insecure registries). */
function isSecureOrigin(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
}

/** The token, masked before anything else sees it (as is a new refresh token). */
function parseTokenResponse(
  body: Uint8Array,
  mask: (secret: string) => void,
): { token: string; expiresIn: number | undefined } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { token, access_token: accessToken, refresh_token: refreshToken, expires_in: expiresIn } = parsed as Record<string, unknown>;
  for (const secret of [token, accessToken, refreshToken]) if (typeof secret === 'string' && secret !== '') mask(secret);
  // `access_token` and `token` mean the same; distribution prefers access_token.
  const value = typeof accessToken === 'string' && accessToken !== '' ? accessToken : token;
  if (typeof value !== 'string' || value === '') return undefined;
  return { token: value, expiresIn: typeof expiresIn === 'number' ? expiresIn : undefined };
}

/** The actions a JWT's `access` claim grants on a repository; undefined when the token is no JWT with that claim. */
function jwtRepositoryActions(token: string, repository: string): readonly string[] | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || claims === null) return undefined;
  const access = (claims as { access?: unknown }).access;
  if (!Array.isArray(access)) return undefined;
  const actions = new Set<string>();
  for (const entry of access) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { type, name, actions: granted } = entry as Record<string, unknown>;
    if (type !== 'repository' || name !== repository || !Array.isArray(granted)) continue;
    for (const a of granted) if (typeof a === 'string') actions.add(a);
  }
  return [...actions];
}
