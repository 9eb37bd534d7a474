import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../src/errors.ts';
import { NetworkError } from '../../src/http/errors.ts';
import { HttpTransport } from '../../src/http/transport.ts';
import { RegistryAuth, type RegistryCredentials, RepositoryScope } from '../../src/registry/auth.ts';
import { TestServer } from '../http/support/server.ts';
import { FakeTokenAuth, type FakeTokenAuthOptions } from '../http/support/token-auth.ts';

const REPO = 'team/app';
const PASSWORD = 's3cret-pa55';

// A registry-like resource: GET needs pull, POST needs pull+push, DELETE needs *.
const NEEDS: Record<string, string[]> = { GET: ['pull'], HEAD: ['pull'], POST: ['pull', 'push'], DELETE: ['*'] };

let resource: TestServer;
let realm: TestServer;
let tokens: FakeTokenAuth;
let transport: HttpTransport;

async function setUp(options: FakeTokenAuthOptions = {}): Promise<void> {
  tokens = new FakeTokenAuth({ users: { alice: PASSWORD }, ...options });
  realm = await TestServer.start('http');
  realm.handler = (req) => tokens.issue(req);
  tokens.realm = `${realm.origin}/token`;
  resource = await TestServer.start('http');
  resource.handler = (req) => tokens.check(req, REPO, NEEDS[req.method]!) ?? { body: { ok: req.path } };
}

function makeAuth(credentials?: RegistryCredentials, now?: () => number, mask?: (secret: string) => void): RegistryAuth {
  return new RegistryAuth({
    transport,
    ...(credentials ? { credentials } : {}),
    ...(now ? { now } : {}),
    ...(mask ? { mask } : {}),
  });
}

beforeEach(() => {
  transport = new HttpTransport({ stallTimeoutMs: 5_000, retry: { baseDelayMs: 1 } });
});

afterEach(async () => {
  await transport.close();
  await Promise.all([resource?.close(), realm?.close()]);
});

const pull = RepositoryScope.pull(REPO);
const pullPush = RepositoryScope.pullPush(REPO);
const all = RepositoryScope.all(REPO);

describe('RepositoryScope', () => {
  it.each([
    [pull, 'repository:team/app:pull'],
    [pullPush, 'repository:team/app:pull,push'],
    [all, 'repository:team/app:*'],
  ])('writes %o as %s', (scope, text) => {
    expect(scope.toString()).toBe(text);
  });

  it.each([
    [pullPush, pull, true],
    [all, pullPush, true],
    [pull, pullPush, false],
    [pullPush, all, false],
    [pullPush, RepositoryScope.pull('other/app'), false],
  ])('%s covers %s: %s', (a, b, expected) => {
    expect(a.covers(b)).toBe(expected);
  });
});

describe('RegistryAuth', () => {
  describe('#send', () => {
    describe('when the server sends a Bearer challenge', () => {
      beforeEach(() => setUp());

      it('gets a token for the scope with Basic credentials and retries once', async () => {
        const auth = makeAuth({ username: 'alice', password: PASSWORD });

        const res = await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull });

        expect(res.status).toBe(200);
        const [tokenReq] = realm.requests;
        expect(tokenReq!.url.searchParams.get('service')).toBe('test-service');
        expect(tokenReq!.url.searchParams.getAll('scope')).toEqual(['repository:team/app:pull']);
        expect(tokenReq!.url.searchParams.get('account')).toBe('alice');
        expect(tokenReq!.headers.authorization).toBe(`Basic ${Buffer.from(`alice:${PASSWORD}`).toString('base64')}`);
        expect(resource.requests.map((r) => r.headers.authorization)).toEqual([undefined, 'Bearer tok-1']);
        expect(transport.stats().requests).toBe(3);
      });

      it('asks anonymously when there are no credentials', async () => {
        const auth = makeAuth();

        const res = await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull });

        expect(res.status).toBe(200);
        expect(realm.requests[0]!.headers.authorization).toBeUndefined();
        expect(realm.requests[0]!.url.searchParams.has('account')).toBe(false);
        expect(tokens.issued).toEqual([{ user: undefined, scopes: ['repository:team/app:pull'], via: 'anonymous' }]);
      });

      it('sends the cached token up front on later calls: one token request per scope', async () => {
        const auth = makeAuth({ username: 'alice', password: PASSWORD });

        for (let i = 0; i < 4; i++) {
          const res = await auth.send({ method: 'GET', url: `${resource.origin}/v2/x/${i}`, scope: pull });
          expect(res.status).toBe(200);
        }

        const stats = transport.stats();
        expect(stats.byPath['/token']).toBe(1);
        // One challenge, then every call goes through first time.
        expect(resource.requests.filter((r) => r.headers.authorization === undefined)).toHaveLength(1);
        expect(stats.byOrigin[resource.origin]).toBe(5);
      });

      it('fetches a new token for a wider scope, without another challenge', async () => {
        const auth = makeAuth({ username: 'alice', password: PASSWORD });
        await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull });

        const res = await auth.send({ method: 'POST', url: `${resource.origin}/v2/x`, scope: pullPush, body: '{}' });

        expect(res.status).toBe(200);
        expect(tokens.issued.map((t) => t.scopes)).toEqual([['repository:team/app:pull'], ['repository:team/app:pull,push']]);
        expect(resource.requests.map((r) => `${r.method} ${r.headers.authorization}`)).toEqual([
          'GET undefined',
          'GET Bearer tok-1',
          'POST Bearer tok-2',
        ]);
      });

      it('reuses a wider token for a narrower scope', async () => {
        const auth = makeAuth({ username: 'alice', password: PASSWORD });
        await auth.send({ method: 'DELETE', url: `${resource.origin}/v2/x`, scope: all });

        await auth.send({ method: 'POST', url: `${resource.origin}/v2/x`, scope: pullPush, body: '' });
        await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull });

        expect(transport.stats().byPath['/token']).toBe(1);
      });

      it('shares one token request among parallel calls', async () => {
        const auth = makeAuth({ username: 'alice', password: PASSWORD });
        await auth.send({ method: 'GET', url: `${resource.origin}/v2/warm`, scope: pull });

        await Promise.all(
          [1, 2, 3].map((i) => auth.send({ method: 'POST', url: `${resource.origin}/v2/${i}`, scope: pullPush, body: '' })),
        );

        expect(tokens.issued).toHaveLength(2);
      });

      it('replaces a token the server no longer accepts, once', async () => {
        const auth = makeAuth({ username: 'alice', password: PASSWORD });
        await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull });
        tokens.revokeAll();

        const res = await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull });

        expect(res.status).toBe(200);
        expect(tokens.issued).toHaveLength(2);
        expect(resource.requests.map((r) => r.headers.authorization)).toEqual([
          undefined,
          'Bearer tok-1',
          'Bearer tok-1',
          'Bearer tok-2',
        ]);
      });

      it('returns the 401 when a fresh token is still not enough, without looping', async () => {
        // Anonymous callers only get pull; push stays refused.
        const auth = makeAuth();

        const res = await auth.send({ method: 'POST', url: `${resource.origin}/v2/x`, scope: pullPush, body: '' });

        expect(res.status).toBe(401);
        expect(resource.requests).toHaveLength(2);
        expect(tokens.issued).toHaveLength(1);
      });

      it('fetches a new token once the cached one expires', async () => {
        let now = 1_000_000;
        const auth = makeAuth({ username: 'alice', password: PASSWORD }, () => now);
        await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull });

        now += 299_000;
        await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull });
        expect(tokens.issued).toHaveLength(2); // within the safety margin of expires_in=300

        now += 60_000;
        await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull });
        expect(tokens.issued).toHaveLength(2);
      });

      it('refuses wrong credentials with UNAUTHORIZED naming the user and the server, not the password', async () => {
        const auth = makeAuth({ username: 'alice', password: 'wrong-password' });

        const err = await auth
          .send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull })
          .catch((e: unknown) => e);

        expect(err).toBeInstanceOf(HttpError);
        expect(err).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
        const message = (err as Error).message;
        expect(message).toContain('user "alice"');
        expect(message).toContain(realm.origin);
        expect(message).toContain('repository:team/app:pull');
        expect(message).toContain('incorrect username or password');
        expect(message).not.toContain('wrong-password');
      });
    });

    describe('when the challenge names a plain-http realm on a host that is not loopback', () => {
      beforeEach(async () => {
        await setUp();
        tokens.realm = 'http://tokens.example.com/token';
      });

      it('refuses it with UNAUTHORIZED, sending the password nowhere', async () => {
        const auth = makeAuth({ username: 'alice', password: PASSWORD });
        const sent = vi.spyOn(transport, 'request');

        const err = await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull }).catch((e: unknown) => e);

        expect(err).toBeInstanceOf(HttpError);
        expect(err).toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringMatching(/token realm http:\/\/tokens\.example\.com, which is not https/) });
        expect(sent.mock.calls.map(([req]) => new URL(req.url).host)).toEqual([new URL(resource.origin).host]);
      });
    });

    describe('when a token server hands out tokens', () => {
      beforeEach(() => setUp());

      it('masks each token before it is sent anywhere', async () => {
        const masked: string[] = [];
        const auth = makeAuth({ username: 'alice', password: PASSWORD }, undefined, (s) => masked.push(s));
        let maskedWhenSent: string[] | undefined;
        resource.handler = (req) => {
          if (req.headers.authorization?.startsWith('Bearer ')) maskedWhenSent ??= [...masked];
          return tokens.check(req, REPO, NEEDS[req.method]!) ?? { body: { ok: req.path } };
        };

        await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull });
        await auth.send({ method: 'POST', url: `${resource.origin}/v2/x`, scope: pullPush, body: '' });

        expect(maskedWhenSent).toEqual(['tok-1']);
        expect(masked).toEqual(['tok-1', 'tok-2']);
      });
    });

    describe('when a token server takes an identity token', () => {
      beforeEach(() => setUp({ refreshTokens: { 'refresh-abc': 'alice' } }));

      it('masks the identity token it is given, and a refresh token a token server returns', async () => {
        const masked: string[] = [];
        realm.handler = (req) => {
          const answer = tokens.issue(req);
          return { ...answer, body: { ...(answer.body as object), refresh_token: 'refresh-new' } };
        };
        const auth = makeAuth({ username: 'alice', identityToken: 'refresh-abc' }, undefined, (s) => masked.push(s));

        await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull });

        expect(masked).toEqual(['refresh-abc', 'tok-1', 'refresh-new']);
      });
    });

    describe('when the token server answers with access_token', () => {
      beforeEach(() => setUp({ accessTokenField: true }));

      it('uses it as the token', async () => {
        const auth = makeAuth();

        const res = await auth.send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull });

        expect(res.status).toBe(200);
      });
    });

    describe('when the credentials are an identity token', () => {
      beforeEach(() => setUp({ refreshTokens: { 'refresh-abc': 'alice' } }));

      it('POSTs a refresh_token grant to the realm', async () => {
        const auth = makeAuth({ username: 'alice', identityToken: 'refresh-abc' });

        const res = await auth.send({ method: 'POST', url: `${resource.origin}/v2/x`, scope: pullPush, body: '' });

        expect(res.status).toBe(200);
        const tokenReq = realm.requests[0]!;
        expect(tokenReq.method).toBe('POST');
        expect(tokenReq.headers['content-type']).toBe('application/x-www-form-urlencoded');
        expect(Object.fromEntries(new URLSearchParams(tokenReq.body.toString()))).toEqual({
          grant_type: 'refresh_token',
          refresh_token: 'refresh-abc',
          service: 'test-service',
          scope: 'repository:team/app:pull,push',
          client_id: 'docker',
        });
        expect(tokens.issued[0]).toMatchObject({ user: 'alice', via: 'refresh_token' });
      });

      it('refuses a bad identity token with UNAUTHORIZED, without the token', async () => {
        const auth = makeAuth({ username: 'alice', identityToken: 'refresh-stale' });

        const err = await auth
          .send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull })
          .catch((e: unknown) => e);

        expect(err).toMatchObject({ code: 'UNAUTHORIZED', status: 400 });
        expect((err as Error).message).toContain('identity token of user "alice"');
        expect((err as Error).message).not.toContain('refresh-stale');
      });
    });

    describe('when the server sends a Basic challenge', () => {
      beforeEach(async () => {
        resource = await TestServer.start('http');
        realm = await TestServer.start('http');
        const expected = `Basic ${Buffer.from(`alice:${PASSWORD}`).toString('base64')}`;
        resource.handler = (req) =>
          req.headers.authorization === expected
            ? { body: 'ok' }
            : { status: 401, headers: { 'www-authenticate': 'Basic realm="registry"' } };
      });

      it('sends the credentials on the retry and up front afterwards', async () => {
        const auth = makeAuth({ username: 'alice', password: PASSWORD });

        await auth.send({ method: 'GET', url: `${resource.origin}/v2/a`, scope: pull });
        const res = await auth.send({ method: 'GET', url: `${resource.origin}/v2/b`, scope: pull });

        expect(res.status).toBe(200);
        expect(resource.requests.map((r) => r.headers.authorization?.split(' ')[0])).toEqual([
          undefined,
          'Basic',
          'Basic',
        ]);
      });

      it('returns the 401 when there are no credentials', async () => {
        const res = await makeAuth().send({ method: 'GET', url: `${resource.origin}/v2/a`, scope: pull });

        expect(res.status).toBe(401);
        expect(resource.requests).toHaveLength(1);
      });

      it('returns the 401 when the credentials are refused, without retrying again', async () => {
        const auth = makeAuth({ username: 'alice', password: 'nope' });

        const res = await auth.send({ method: 'GET', url: `${resource.origin}/v2/a`, scope: pull });

        expect(res.status).toBe(401);
        expect(resource.requests).toHaveLength(2);
      });
    });

    describe('when the server asks for nothing', () => {
      beforeEach(async () => {
        resource = await TestServer.start('http');
        realm = await TestServer.start('http');
        resource.handler = () => ({ body: 'open' });
      });

      it('sends no Authorization header', async () => {
        const res = await makeAuth({ username: 'alice', password: PASSWORD }).send({
          method: 'GET',
          url: `${resource.origin}/v2/a`,
          scope: pull,
        });

        expect(res.status).toBe(200);
        expect(resource.requests[0]!.headers.authorization).toBeUndefined();
      });
    });

    describe('when the token server is down', () => {
      beforeEach(() => setUp());

      it('throws a NETWORK error naming the token server', async () => {
        await realm.close();
        const auth = makeAuth();

        const err = await auth
          .send({ method: 'GET', url: `${resource.origin}/v2/x`, scope: pull })
          .catch((e: unknown) => e);

        expect(err).toBeInstanceOf(NetworkError);
        expect((err as Error).message).toMatch(new RegExp(`^could not reach token server ${realm.origin}: `));
      });
    });
  });

  describe('#identity', () => {
    it.each([
      [{ username: 'alice', password: 'x' }, 'user "alice"'],
      [undefined, 'anonymous'],
    ])('describes %o as %s', (credentials, expected) => {
      expect(makeAuth(credentials).identity).toBe(expected);
    });
  });
});
