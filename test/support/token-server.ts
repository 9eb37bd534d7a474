// A small implementation of Docker's registry token service for the test
// stack. Both distribution 2.8 and notary-server 0.7 accept its ES256 JWTs
// because the header's `x5c` carries a certificate that chains to the CA in
// their `rootcertbundle`. Granted actions are the requested ones the user is
// allowed, so one server serves the registry ("registry") and notary
// ("notary-server") alike. Wrong credentials get 401; no credentials get the
// anonymous grants. Every request is kept in a log that tests can read at
// GET /_requests.
import { randomUUID, sign } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** Actions a user may have on resources whose type and name match the patterns (`*` is a wildcard). */
export interface Grant {
  readonly type: string;
  readonly name: string;
  readonly actions: readonly string[];
}

export interface TokenUser extends Credentials {
  readonly grants: readonly Grant[];
}

export const ADMIN: Credentials = { username: 'admin', password: 'admin-pass' };
export const SIGNER: Credentials = { username: 'signer', password: 'signer-pass' };
export const READER: Credentials = { username: 'reader', password: 'reader-pass' };

/**
 * What a request without credentials gets: pull everywhere, like public
 * repositories on Docker Hub. The notary CLI never sends credentials for
 * read-only commands (`notary list`), so without this it could not read the
 * token variant at all.
 */
export const DEFAULT_ANONYMOUS_GRANTS: readonly Grant[] = [
  { type: 'repository', name: '*', actions: ['pull'] },
];

export const DEFAULT_USERS: readonly TokenUser[] = [
  { ...ADMIN, grants: [{ type: '*', name: '*', actions: ['pull', 'push', '*'] }] },
  { ...SIGNER, grants: [{ type: 'repository', name: '*', actions: ['pull', 'push'] }] },
  { ...READER, grants: [{ type: 'repository', name: '*', actions: ['pull'] }] },
];

export interface ResourceActions {
  readonly type: string;
  readonly name: string;
  readonly actions: readonly string[];
}

export interface TokenRequestRecord {
  readonly at: string;
  readonly method: string;
  readonly service: string | null;
  readonly scopes: readonly string[];
  /** null for an anonymous request. */
  readonly user: string | null;
  readonly status: number;
  readonly granted: readonly ResourceActions[];
  readonly grantType?: string;
}

export interface TokenServerOptions {
  readonly issuer: string;
  /** PEM private key (P-256) that signs tokens. */
  readonly signingKeyPem: string;
  /** Base64 DER certificates for the `x5c` header, leaf first. */
  readonly x5c: readonly string[];
  readonly users?: readonly TokenUser[];
  /** Grants for requests without credentials; defaults to DEFAULT_ANONYMOUS_GRANTS. */
  readonly anonymousGrants?: readonly Grant[];
  readonly host?: string;
  readonly port?: number;
  readonly ttlSeconds?: number;
  /** Each request is appended here as a JSON line. */
  readonly logFile?: string;
}

export interface TokenServer {
  readonly url: string;
  /** The realm to put in `auth.token.realm` / `auth.options.realm`. */
  readonly realm: string;
  readonly issuer: string;
  readonly requests: readonly TokenRequestRecord[];
  close(): Promise<void>;
}

class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const base64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

function globMatch(pattern: string, value: string): boolean {
  const re = pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${re}$`).test(value);
}

/**
 * Parses `type:name:actions`. Names may contain colons (a notary GUN such as
 * `127.0.0.1:5000/x` does), so the type ends at the first colon and the
 * actions start after the last.
 */
export function parseScope(scope: string): ResourceActions | null {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last <= first) return null;
  const actions = scope.slice(last + 1).split(',').filter((a) => a !== '');
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions };
}

export function grantedActions(grants: readonly Grant[], requested: ResourceActions): string[] {
  const allowed = new Set<string>();
  for (const g of grants) {
    if (globMatch(g.type, requested.type) && globMatch(g.name, requested.name)) {
      for (const a of g.actions) allowed.add(a);
    }
  }
  return requested.actions.filter((a, i, all) => allowed.has(a) && all.indexOf(a) === i);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 64 * 1024) reject(new HttpError(413, 'body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function basicCredentials(header: string | undefined): Credentials | null {
  if (header === undefined) return null;
  const m = /^Basic\s+(\S+)$/i.exec(header);
  if (m === null) throw new HttpError(401, 'unsupported authorization scheme');
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new HttpError(401, 'malformed basic credentials');
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export async function startTokenServer(opts: TokenServerOptions): Promise<TokenServer> {
  const users = opts.users ?? DEFAULT_USERS;
  const anonymousGrants = opts.anonymousGrants ?? DEFAULT_ANONYMOUS_GRANTS;
  const ttl = opts.ttlSeconds ?? 300;
  const requests: TokenRequestRecord[] = [];

  const authenticate = (creds: Credentials | null): TokenUser | null => {
    if (creds === null) return null;
    const user = users.find((u) => u.username === creds.username && u.password === creds.password);
    if (user === undefined) throw new HttpError(401, 'invalid username or password');
    return user;
  };

  const issue = (user: TokenUser | null, service: string, access: ResourceActions[]): string => {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'ES256', x5c: opts.x5c };
    const claims = {
      iss: opts.issuer,
      sub: user?.username ?? '',
      aud: service,
      exp: now + ttl,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    // JWS wants ECDSA signatures as raw r||s, not DER.
    const sig = sign('sha256', Buffer.from(input), { key: opts.signingKeyPem, dsaEncoding: 'ieee-p1363' });
    return `${input}.${base64url(sig)}`;
  };

  const record = (r: TokenRequestRecord): void => {
    requests.push(r);
    if (opts.logFile !== undefined) appendFileSync(opts.logFile, `${JSON.stringify(r)}\n`);
  };

  const handleToken = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    let service: string | null = null;
    let scopes: string[] = [];
    let grantType: string | undefined;
    let user: TokenUser | null = null;
    try {
      let creds: Credentials | null;
      if (req.method === 'POST') {
        // OAuth2 password grant, as `docker login` and the distribution
        // client send it when they ask for a refresh token.
        const form = new URLSearchParams(await readBody(req));
        service = form.get('service');
        scopes = (form.get('scope') ?? '').split(' ').filter((s) => s !== '');
        grantType = form.get('grant_type') ?? '';
        if (grantType !== 'password') throw new HttpError(400, `unsupported grant_type ${grantType}`);
        creds = { username: form.get('username') ?? '', password: form.get('password') ?? '' };
      } else {
        service = url.searchParams.get('service');
        scopes = url.searchParams.getAll('scope').flatMap((s) => s.split(' ')).filter((s) => s !== '');
        creds = basicCredentials(req.headers.authorization);
      }
      if (service === null || service === '') throw new HttpError(400, 'service is required');
      user = authenticate(creds);

      const access: ResourceActions[] = [];
      for (const scope of scopes) {
        const requested = parseScope(scope);
        if (requested === null) throw new HttpError(400, `malformed scope ${scope}`);
        const actions = grantedActions(user?.grants ?? anonymousGrants, requested);
        if (actions.length > 0) access.push({ ...requested, actions });
      }
      const token = issue(user, service, access);
      const body = {
        token,
        access_token: token,
        expires_in: ttl,
        issued_at: new Date().toISOString(),
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      record({
        at: new Date().toISOString(), method: req.method ?? '', service, scopes,
        user: user?.username ?? null, status: 200, granted: access,
        ...(grantType !== undefined ? { grantType } : {}),
      });
    } catch (err) {
      const status = err instanceof HttpError ? err.status : 500;
      const message = err instanceof Error ? err.message : String(err);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (status === 401) headers['www-authenticate'] = 'Basic realm="dct-sign test token server"';
      res.writeHead(status, headers).end(
        JSON.stringify({ errors: [{ code: status === 401 ? 'UNAUTHORIZED' : 'DENIED', message }] }),
      );
      record({
        at: new Date().toISOString(), method: req.method ?? '', service, scopes,
        user: user?.username ?? null, status, granted: [],
        ...(grantType !== undefined ? { grantType } : {}),
      });
    }
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://token.invalid');
    if (url.pathname === '/token' && (req.method === 'GET' || req.method === 'POST')) {
      void handleToken(req, res, url);
    } else if (url.pathname === '/_requests' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(requests));
    } else {
      res.writeHead(404).end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}`;

  return {
    url,
    realm: `${url}/token`,
    issuer: opts.issuer,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Reads a running token server's request log (works from any process). */
export async function fetchTokenRequests(tokenServerUrl: string): Promise<TokenRequestRecord[]> {
  const res = await fetch(`${tokenServerUrl}/_requests`);
  if (!res.ok) throw new Error(`token server log: HTTP ${res.status}`);
  return (await res.json()) as TokenRequestRecord[];
}
