import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NetworkError, ResponseTooLargeError } from '../../src/http/errors.ts';
import { headerValue, headerValues, HttpTransport } from '../../src/http/transport.ts';
import { TestServer } from './support/server.ts';
import { makeTestTls, type TestTls } from './support/tls.ts';

let tls: TestTls;
const open: { close(): Promise<void> }[] = [];

function track<T extends { close(): Promise<void> }>(thing: T): T {
  open.push(thing);
  return thing;
}

beforeAll(async () => {
  tls = await makeTestTls();
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
});

describe('HttpTransport', () => {
  describe('#request', () => {
    describe('when the server is plain HTTP', () => {
      it('returns status, headers and body, and sends the body', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = (req) => ({
          status: 201,
          headers: { 'x-echo': req.body.toString() },
          body: 'created',
        });
        const transport = track(new HttpTransport({ userAgent: 'dct-sign/test' }));

        const res = await transport.request({ method: 'POST', url: `${server.origin}/a?b=c`, body: 'hello' });

        expect(res.status).toBe(201);
        expect(headerValue(res.headers, 'X-Echo')).toBe('hello');
        expect(Buffer.from(res.body).toString()).toBe('created');
        expect(res.url).toBe(`${server.origin}/a?b=c`);
        expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/a' });
        expect(server.requests[0]!.headers['user-agent']).toBe('dct-sign/test');
      });

      it('keeps the connection alive across requests', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ body: 'ok' });
        const transport = track(new HttpTransport());

        for (let i = 0; i < 3; i++) await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(transport.stats().connections).toBe(1);
      });

      it('returns error statuses instead of throwing', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ status: 503, body: { errors: [] } });
        const transport = track(new HttpTransport());

        const res = await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(res.status).toBe(503);
      });
    });

    describe('when the server is HTTPS with a private CA', () => {
      it('connects when the CA bundle is given', async () => {
        const server = track(await TestServer.start('https', tls));
        server.handler = () => ({ body: 'secure' });
        const transport = track(new HttpTransport({ caBundle: tls.caPem }));

        const res = await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(Buffer.from(res.body).toString()).toBe('secure');
      });

      it('refuses the server without the CA bundle, naming the URL and the fix', async () => {
        const server = track(await TestServer.start('https', tls));
        const transport = track(new HttpTransport());

        const err = await transport.request({ method: 'GET', url: `${server.origin}/x` }).catch((e: unknown) => e);

        expect(err).toBeInstanceOf(NetworkError);
        expect(err).toMatchObject({ code: 'NETWORK', url: `${server.origin}/x`, timedOut: false });
        expect((err as Error).message).toContain(`could not reach ${server.origin}/x`);
        expect((err as Error).message).toContain('CA bundle');
        expect(server.requests).toHaveLength(0);
      });
    });

    describe('when the server offers HTTP/2', () => {
      it('negotiates HTTP/2 and keeps its connections alive', async () => {
        const server = track(await TestServer.start('h2', tls));
        server.handler = (req) => ({ body: req.path });
        const transport = track(new HttpTransport({ caBundle: tls.caPem }));

        // undici 7 (kept for the Azure agent's Node 20) does not multiplex
        // parallel requests onto one h2 session; it reuses idle ones.
        const paths = ['/a', '/b', '/c', '/d', '/e'];
        const bodies = await Promise.all(
          paths.map(async (p) => {
            const res = await transport.request({ method: 'GET', url: `${server.origin}${p}` });
            return Buffer.from(res.body).toString();
          }),
        );
        const opened = transport.stats().connections;
        for (const p of paths) await transport.request({ method: 'GET', url: `${server.origin}${p}` });

        expect(bodies).toEqual(paths);
        expect(server.requests.map((r) => r.httpVersion)).toEqual([...paths, ...paths].map(() => '2.0'));
        expect(transport.stats().connections).toBe(opened);
      });

      it('speaks HTTP/1.1 when HTTP/2 is turned off', async () => {
        const server = track(await TestServer.start('h2', tls));
        server.handler = () => ({ body: 'ok' });
        const transport = track(new HttpTransport({ caBundle: tls.caPem, allowH2: false }));

        await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(server.requests[0]!.httpVersion).toBe('1.1');
      });
    });

    describe('when the server is too slow', () => {
      it('aborts after the timeout with a NETWORK error naming the URL', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ body: 'late', delayMs: 2_000 });
        const transport = track(new HttpTransport({ timeoutMs: 100 }));

        const started = Date.now();
        const err = await transport.request({ method: 'GET', url: `${server.origin}/slow` }).catch((e: unknown) => e);

        expect(Date.now() - started).toBeLessThan(1_500);
        expect(err).toBeInstanceOf(NetworkError);
        expect(err).toMatchObject({ code: 'NETWORK', timedOut: true });
        expect((err as Error).message).toBe(`could not reach ${server.origin}/slow: timed out after 100 ms`);
      });

      it('lets a request override the default timeout', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ body: 'late', delayMs: 300 });
        const transport = track(new HttpTransport({ timeoutMs: 50 }));

        const res = await transport.request({ method: 'GET', url: `${server.origin}/slow`, timeoutMs: 5_000 });

        expect(res.status).toBe(200);
      });
    });

    describe('when the server drops a kept-alive connection', () => {
      it('replays a GET once on a new connection', async () => {
        const server = track(await TestServer.start('http'));
        let n = 0;
        server.handler = () => (++n === 2 ? { hangUp: true } : { body: `answer ${n}` });
        const transport = track(new HttpTransport());
        await transport.request({ method: 'GET', url: `${server.origin}/a` });

        const res = await transport.request({ method: 'GET', url: `${server.origin}/b` });

        expect(Buffer.from(res.body).toString()).toBe('answer 3');
        expect(transport.stats()).toMatchObject({ requests: 3, connections: 2 });
      });

      it('does not replay a POST', async () => {
        const server = track(await TestServer.start('http'));
        let n = 0;
        server.handler = () => (++n === 2 ? { hangUp: true } : { body: 'ok' });
        const transport = track(new HttpTransport());
        await transport.request({ method: 'GET', url: `${server.origin}/a` });

        const err = await transport
          .request({ method: 'POST', url: `${server.origin}/b`, body: 'x' })
          .catch((e: unknown) => e);

        expect(err).toBeInstanceOf(NetworkError);
        expect(server.requests).toHaveLength(2);
      });
    });

    describe('when nothing listens', () => {
      it('throws a NETWORK error naming the URL', async () => {
        const server = await TestServer.start('http');
        const url = `${server.origin}/gone`;
        await server.close();
        const transport = track(new HttpTransport());

        const err = await transport.request({ method: 'GET', url }).catch((e: unknown) => e);

        expect(err).toBeInstanceOf(NetworkError);
        expect((err as Error).message).toMatch(new RegExp(`^could not reach ${url}: .*ECONNREFUSED`));
      });
    });

    describe('when a body exceeds maxBytes', () => {
      it.each([
        ['declared by Content-Length', true],
        ['sent chunked', false],
      ])('refuses a successful body %s', async (_label, declare) => {
        const server = track(await TestServer.start('http'));
        const big = 'x'.repeat(5_000);
        server.handler = () => ({
          body: big,
          headers: declare ? { 'content-length': String(big.length) } : ({} as Record<string, string>),
        });
        const transport = track(new HttpTransport());

        const err = await transport
          .request({ method: 'GET', url: `${server.origin}/big`, maxBytes: 1_000 })
          .catch((e: unknown) => e);

        expect(err).toBeInstanceOf(ResponseTooLargeError);
        expect(err).toMatchObject({ code: 'HTTP', status: 200, limit: 1_000 });
        expect((err as Error).message).toContain(`${server.origin}/big`);
      });

      it('accepts a body of exactly maxBytes', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ body: 'y'.repeat(1_000) });
        const transport = track(new HttpTransport());

        const res = await transport.request({ method: 'GET', url: `${server.origin}/x`, maxBytes: 1_000 });

        expect(res.body).toHaveLength(1_000);
      });

      it('cuts an error body short instead of failing', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ status: 500, body: 'e'.repeat(5_000) });
        const transport = track(new HttpTransport());

        const res = await transport.request({ method: 'GET', url: `${server.origin}/x`, maxBytes: 1_000 });

        expect(res.status).toBe(500);
        expect(res.body).toHaveLength(1_000);
      });
    });
  });

  describe('#stats', () => {
    it('counts requests by method, path and origin, and connections', async () => {
      const server = track(await TestServer.start('http'));
      server.handler = () => ({ body: 'ok' });
      const transport = track(new HttpTransport());

      await transport.request({ method: 'GET', url: `${server.origin}/a?x=1` });
      await transport.request({ method: 'GET', url: `${server.origin}/a?x=2` });
      await transport.request({ method: 'POST', url: `${server.origin}/b`, body: '' });

      expect(transport.stats()).toEqual({
        requests: 3,
        byMethod: { GET: 2, POST: 1 },
        byPath: { '/a': 2, '/b': 1 },
        byOrigin: { [server.origin]: 3 },
        connections: 1,
      });
    });

    it('starts over after resetStats', async () => {
      const server = track(await TestServer.start('http'));
      server.handler = () => ({ body: 'ok' });
      const transport = track(new HttpTransport());
      await transport.request({ method: 'GET', url: `${server.origin}/a` });

      transport.resetStats();

      expect(transport.stats()).toMatchObject({ requests: 0, byMethod: {}, connections: 0 });
    });
  });
});

describe('headerValues', () => {
  it('keeps repeated headers apart', () => {
    const headers = { 'www-authenticate': ['Basic realm="a"', 'Bearer realm="b"'], 'x-one': 'v' };

    expect(headerValues(headers, 'WWW-Authenticate')).toEqual(['Basic realm="a"', 'Bearer realm="b"']);
    expect(headerValues(headers, 'x-one')).toEqual(['v']);
    expect(headerValues(headers, 'missing')).toEqual([]);
  });
});

afterAll(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
});
