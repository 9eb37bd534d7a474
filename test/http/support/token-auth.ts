// A fake docker token server and the matching resource-server check, for
// unit tests of the challenge flow. It behaves like distribution's token
// auth: the resource answers 401 with a Bearer challenge, the realm issues a
// token for the requested scope (only "pull" for anonymous callers), and the
// resource accepts a token whose grant covers the actions it needs.

import type { RecordedRequest, Reply } from './server.ts';

export interface FakeTokenAuthOptions {
  readonly service?: string;
  /** username → password accepted with Basic auth. */
  readonly users?: Readonly<Record<string, string>>;
  /** refresh token → username accepted by the OAuth POST. */
  readonly refreshTokens?: Readonly<Record<string, string>>;
  /** Answer tokens as `access_token` instead of `token`. */
  readonly accessTokenField?: boolean;
  readonly expiresIn?: number;
  /** username → the only actions that user is granted; all requested ones otherwise. */
  readonly allowed?: Readonly<Record<string, readonly string[]>>;
}

interface Grant {
  readonly user: string | undefined;
  readonly access: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface IssuedToken {
  readonly user: string | undefined;
  readonly scopes: readonly string[];
  readonly via: 'basic' | 'anonymous' | 'refresh_token';
}

export class FakeTokenAuth {
  realm = '';
  readonly service: string;
  readonly issued: IssuedToken[] = [];
  readonly #options: FakeTokenAuthOptions;
  readonly #grants = new Map<string, Grant>();
  #counter = 0;

  constructor(options: FakeTokenAuthOptions = {}) {
    this.#options = options;
    this.service = options.service ?? 'test-service';
  }

  /** Handles a request to the realm. */
  issue(req: RecordedRequest): Reply {
    let user: string | undefined;
    let scopes: string[];
    let via: IssuedToken['via'];
    if (req.method === 'POST') {
      const form = new URLSearchParams(req.body.toString());
      if (form.get('grant_type') !== 'refresh_token') return { status: 400, body: { error: 'unsupported_grant_type' } };
      user = this.#options.refreshTokens?.[form.get('refresh_token') ?? ''];
      if (user === undefined) return { status: 400, body: { error: 'invalid_grant', error_description: 'bad refresh token' } };
      scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
      via = 'refresh_token';
    } else {
      const header = req.headers.authorization;
      if (header?.startsWith('Basic ')) {
        const [name, ...rest] = Buffer.from(header.slice(6), 'base64').toString().split(':');
        if (this.#options.users?.[name!] !== rest.join(':')) {
          return { status: 401, body: { details: 'incorrect username or password' } };
        }
        user = name;
        via = 'basic';
      } else {
        via = 'anonymous';
      }
      scopes = req.url.searchParams.getAll('scope');
    }
    const access = new Map<string, Set<string>>();
    for (const scope of scopes) {
      const [type, name, actions] = splitScope(scope);
      if (type !== 'repository') continue;
      const allowed = user === undefined ? ['pull'] : (this.#options.allowed?.[user] ?? actions);
      const granted = actions.filter((a) => allowed.includes(a));
      access.set(name, new Set([...(access.get(name) ?? []), ...granted]));
    }
    const token = `tok-${++this.#counter}`;
    this.#grants.set(token, { user, access });
    this.issued.push({ user, scopes, via });
    const field = this.#options.accessTokenField ? 'access_token' : 'token';
    return { body: { [field]: token, expires_in: this.#options.expiresIn ?? 300 } };
  }

  /** For a resource: undefined when authorized, else the 401 to send. */
  check(req: RecordedRequest, repository: string, actions: readonly string[]): Reply | undefined {
    const header = req.headers.authorization;
    const grant = header?.startsWith('Bearer ') ? this.#grants.get(header.slice(7)) : undefined;
    const have = grant?.access.get(repository);
    if (have && (have.has('*') || actions.every((a) => have.has(a)))) return undefined;
    const scope = `repository:${repository}:${actions.join(',')}`;
    const error = header === undefined ? '' : `,error="${grant ? 'insufficient_scope' : 'invalid_token'}"`;
    return {
      status: 401,
      headers: {
        'www-authenticate': `Bearer realm="${this.realm}",service="${this.service}",scope="${scope}"${error}`,
      },
      body: { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required', detail: [] }] },
    };
  }

  /** Forgets every token, as a restarted token server with a new key would. */
  revokeAll(): void {
    this.#grants.clear();
  }
}

function splitScope(scope: string): [string, string, string[]] {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  return [scope.slice(0, first), scope.slice(first + 1, last), scope.slice(last + 1).split(',')];
}
