import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NetworkError, ResponseTooLargeError } from '../../src/http/errors.ts';
import { proxyRulesFromEnv } from '../../src/http/proxy.ts';
import { headerValue, headerValues, HttpTransport } from '../../src/http/transport.ts';
import { recordingLogger } from './support/logger.ts';
import { silentFirstConnection } from './support/silent-first.ts';
import { SilentTcpServer, TestServer } from './support/server.ts';
import { makeTestTls, type TestTls } from './support/tls.ts';

let tls: TestTls;
/** Retries without waiting, so that fault tests stay fast. */
const FAST = { baseDelayMs: 1 };
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
        server.handler = () => ({ status: 500, body: { errors: [] } });
        const transport = track(new HttpTransport());

        const res = await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(res.status).toBe(500);
        expect(res.attempts).toBe(1);
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
      it('abandons a request that gets no byte for the stall time, with a NETWORK error naming the URL', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ body: 'late', delayMs: 2_000 });
        const transport = track(new HttpTransport({ stallTimeoutMs: 100, retry: { attempts: 1 } }));

        const err = await transport.request({ method: 'GET', url: `${server.origin}/slow` }).catch((e: unknown) => e);

        expect(err).toBeInstanceOf(NetworkError);
        expect(err).toMatchObject({ code: 'NETWORK', timedOut: true, attempts: 1 });
        expect((err as Error).message).toBe(`could not reach ${server.origin}/slow: no answer for 100 ms`);
      });

      it('lets a request override the default stall time', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ body: 'late', delayMs: 300 });
        const transport = track(new HttpTransport({ stallTimeoutMs: 50, retry: { attempts: 1 } }));

        const res = await transport.request({ method: 'GET', url: `${server.origin}/slow`, stallTimeoutMs: 5_000 });

        expect(res.status).toBe(200);
      });
    });

    describe('when the server drops a kept-alive connection', () => {
      it('replays a GET on a new connection', async () => {
        const server = track(await TestServer.start('http'));
        let n = 0;
        server.handler = () => (++n === 2 ? { hangUp: true } : { body: `answer ${n}` });
        const transport = track(new HttpTransport({ retry: FAST }));
        await transport.request({ method: 'GET', url: `${server.origin}/a` });

        const res = await transport.request({ method: 'GET', url: `${server.origin}/b` });

        expect(Buffer.from(res.body).toString()).toBe('answer 3');
        expect(res.attempts).toBe(2);
        expect(transport.stats()).toMatchObject({ requests: 3, connections: 2, retries: 1 });
      });

      it('does not replay a POST whose body was sent, and says its outcome is unknown', async () => {
        const server = track(await TestServer.start('http'));
        let n = 0;
        server.handler = () => (++n === 2 ? { hangUp: true } : { body: 'ok' });
        const transport = track(new HttpTransport({ retry: FAST }));
        await transport.request({ method: 'GET', url: `${server.origin}/a` });

        const err = await transport
          .request({ method: 'POST', url: `${server.origin}/b`, body: 'x' })
          .catch((e: unknown) => e);

        expect(err).toBeInstanceOf(NetworkError);
        expect(err).toMatchObject({ outcomeUnknown: true, attempts: 1 });
        expect((err as Error).message).toMatch(/whether it was applied is unknown/);
        expect(server.requests).toHaveLength(2);
      });
    });

    describe('when the server answers that it cannot take the request now', () => {
      it.each([429, 502, 503, 504])('retries a GET after %i, logging the server, reason and attempt', async (status) => {
        const server = track(await TestServer.start('http'));
        let n = 0;
        server.handler = () => (++n === 1 ? { status } : { body: 'ok' });
        const logger = recordingLogger();
        const transport = track(new HttpTransport({ retry: FAST, logger }));

        const res = await transport.request({ method: 'GET', url: `${server.origin}/x`, target: 'trust server T' });

        expect(res).toMatchObject({ status: 200, attempts: 2 });
        expect(logger.warnings).toEqual([expect.stringMatching(new RegExp(`^trust server T answered ${status}; retrying in \\d+\\.\\d s \\(2/4\\)$`))]);
      });

      it('retries a POST after a 503, sending the same body, because the server did not apply it', async () => {
        const server = track(await TestServer.start('http'));
        let n = 0;
        server.handler = () => (++n === 1 ? { status: 503 } : { body: 'ok' });
        const transport = track(new HttpTransport({ retry: FAST }));

        const res = await transport.request({ method: 'POST', url: `${server.origin}/p`, body: 'update' });

        expect(res).toMatchObject({ status: 200, attempts: 2 });
        expect(server.requests.map((r) => r.body.toString())).toEqual(['update', 'update']);
      });

      it('stops after 4 attempts and returns the last answer with the count', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ status: 503 });
        const logger = recordingLogger();
        const transport = track(new HttpTransport({ retry: FAST, logger }));

        const res = await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(res).toMatchObject({ status: 503, attempts: 4 });
        expect(server.requests).toHaveLength(4);
        expect(logger.warnings.map((w) => w.slice(-5))).toEqual(['(2/4)', '(3/4)', '(4/4)']);
      });

      it('waits as long as Retry-After says', async () => {
        const server = track(await TestServer.start('http'));
        let n = 0;
        server.handler = () => (++n === 1 ? { status: 503, headers: { 'retry-after': '1' } } : { body: 'ok' });
        const logger = recordingLogger();
        const transport = track(new HttpTransport({ retry: FAST, logger }));

        await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(logger.warnings[0]).toContain('retrying in 1.0 s (2/4)');
      });

      it('caps a long Retry-After', async () => {
        const server = track(await TestServer.start('http'));
        let n = 0;
        server.handler = () => (++n === 1 ? { status: 429, headers: { 'retry-after': '3600' } } : { body: 'ok' });
        const logger = recordingLogger();
        const transport = track(new HttpTransport({ retry: { ...FAST, retryAfterCapMs: 200 }, logger }));

        await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(logger.warnings[0]).toContain('retrying in 0.2 s (2/4)');
      });

      it('does not retry an answer that will not change (500)', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ status: 500 });
        const transport = track(new HttpTransport({ retry: FAST }));

        const res = await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(res).toMatchObject({ status: 500, attempts: 1 });
      });
    });

    describe('when the connection breaks', () => {
      it('retries a GET whose body was cut short of its Content-Length', async () => {
        const server = track(await TestServer.start('http'));
        let n = 0;
        server.handler = () => (++n === 1 ? { body: 'x'.repeat(1000), partial: { bytes: 10, then: 'close' } } : { body: 'whole' });
        const logger = recordingLogger();
        const transport = track(new HttpTransport({ retry: FAST, logger }));

        const res = await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(Buffer.from(res.body).toString()).toBe('whole');
        expect(logger.warnings[0]).toMatch(/the body was cut short after 10 of 1000 bytes/);
      });

      it('retries a GET whose body stalls', async () => {
        const server = track(await TestServer.start('http'));
        let n = 0;
        server.handler = () => (++n === 1 ? { body: 'x'.repeat(1000), partial: { bytes: 10, then: 'hang' } } : { body: 'whole' });
        const logger = recordingLogger();
        const transport = track(new HttpTransport({ stallTimeoutMs: 100, retry: FAST, logger }));

        const res = await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(Buffer.from(res.body).toString()).toBe('whole');
        expect(logger.warnings[0]).toMatch(/the body stalled: no bytes for 100 ms/);
      });

      it('gives up after 4 attempts, naming the server and the count', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ hangUp: true });
        const transport = track(new HttpTransport({ retry: FAST }));

        const err = await transport
          .request({ method: 'GET', url: `${server.origin}/x`, target: 'registry r.io' })
          .catch((e: unknown) => e);

        expect(err).toBeInstanceOf(NetworkError);
        expect(err).toMatchObject({ attempts: 4, outcomeUnknown: false });
        expect((err as Error).message).toMatch(/^could not reach registry r\.io: the connection was closed before an answer \(\w+\); gave up after 4 attempts$/);
        expect(server.requests).toHaveLength(4);
      });

      it('retries a POST marked idempotent, such as a token request', async () => {
        const server = track(await TestServer.start('http'));
        let n = 0;
        server.handler = () => (++n === 1 ? { hangUp: true } : { body: 'token' });
        const transport = track(new HttpTransport({ retry: FAST }));

        const res = await transport.request({ method: 'POST', url: `${server.origin}/token`, body: 'grant', idempotent: true });

        expect(res.attempts).toBe(2);
      });

      it('retries a POST that failed before its body was sent', async () => {
        const server = track(await TestServer.start('https', tls));
        server.handler = () => ({ body: 'applied' });
        // The first connection is accepted and then left silent: the TLS handshake never ends.
        const front = track(await silentFirstConnection(server.origin));
        const transport = track(new HttpTransport({ caBundle: tls.caPem, stallTimeoutMs: 200, retry: FAST }));

        const res = await transport.request({ method: 'POST', url: `${front.origin}/p`, body: 'update' });

        expect(res).toMatchObject({ status: 200, attempts: 2 });
        expect(server.requests).toHaveLength(1);
      });

      it('does not retry a POST that got no answer after its body was sent', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ body: 'late', delayMs: 1_000 });
        const transport = track(new HttpTransport({ stallTimeoutMs: 100, retry: FAST }));

        const err = await transport.request({ method: 'POST', url: `${server.origin}/p`, body: 'update' }).catch((e: unknown) => e);

        expect(err).toMatchObject({ code: 'NETWORK', outcomeUnknown: true, timedOut: true, attempts: 1 });
        expect(server.requests).toHaveLength(1);
      });

      it('does not retry a refused connection', async () => {
        const server = await TestServer.start('http');
        const url = `${server.origin}/gone`;
        await server.close();
        const transport = track(new HttpTransport({ retry: FAST }));

        const err = await transport.request({ method: 'GET', url }).catch((e: unknown) => e);

        expect(err).toMatchObject({ code: 'NETWORK', attempts: 1 });
      });
    });

    describe('when the deadline comes', () => {
      it('aborts the request in flight, naming the time limit', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ body: 'late', delayMs: 2_000 });
        const transport = track(new HttpTransport({ deadline: { at: Date.now() + 150, limitMs: 150 }, retry: FAST }));

        const err = await transport.request({ method: 'GET', url: `${server.origin}/x` }).catch((e: unknown) => e);

        expect(err).toMatchObject({ code: 'NETWORK', timedOut: true, attempts: 1 });
        expect((err as Error).message).toBe(
          `could not reach ${server.origin}/x: timed out after 150 ms (the timeout input) while waiting for the answer`,
        );
      });

      // undici honours an abort only once connected: without racing it, these ran on to the 30 s connect timeout.
      it.each([
        ['never completes the TLS handshake', 'https', 'connecting'],
        ['accepts and never answers', 'http', 'waiting'],
      ])('ends at the deadline when the server %s, naming the phase', async (_, scheme, phase) => {
        const silent = track(await SilentTcpServer.start());
        const url = `${scheme}://127.0.0.1:${silent.port}/x`;
        const transport = new HttpTransport({ deadline: { at: Date.now() + 2_000, limitMs: 2_000 }, retry: FAST });
        const started = Date.now();

        const err = await transport.request({ method: 'GET', url }).catch((e: unknown) => e);
        await transport.close();

        expect(err).toBeInstanceOf(NetworkError);
        expect(err).toMatchObject({ code: 'NETWORK', timedOut: true, phase, attempts: 1 });
        const when = phase === 'connecting' ? `while connecting to ${scheme}://127.0.0.1:${silent.port}` : 'while waiting for the answer';
        expect((err as Error).message).toBe(`could not reach ${url}: timed out after 2 s (the timeout input) ${when}`);
        // Against the 30 s stall and connect timeout: a correctness bound, not a benchmark.
        expect(Date.now() - started).toBeLessThan(15_000);
      }, 20_000);

      it('closes a connection still in its TLS handshake when the transport closes, so that nothing keeps the process alive', async () => {
        const silent = track(await SilentTcpServer.start());
        const transport = new HttpTransport({ deadline: { at: Date.now() + 500, limitMs: 500 }, retry: FAST });
        await transport.request({ method: 'GET', url: `https://127.0.0.1:${silent.port}/x` }).catch(() => {});
        expect(silent.openConnections).toBe(1);

        await transport.close();

        const until = Date.now() + 5_000;
        while (silent.openConnections > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
        expect(silent.openConnections).toBe(0);
      }, 15_000);

      it('sends nothing once it has passed', async () => {
        const server = track(await TestServer.start('http'));
        const transport = track(new HttpTransport({ deadline: { at: Date.now() - 1, limitMs: 1_000 } }));

        const err = await transport.request({ method: 'GET', url: `${server.origin}/x` }).catch((e: unknown) => e);

        expect(err).toMatchObject({ code: 'NETWORK', timedOut: true, attempts: 0 });
        expect(server.requests).toHaveLength(0);
      });

      it('does not start a wait that would end after it', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ status: 503, headers: { 'retry-after': '30' } });
        const transport = track(new HttpTransport({ deadline: { at: Date.now() + 5_000, limitMs: 5_000 } }));

        const res = await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(res).toMatchObject({ status: 503, attempts: 1 });
      });
    });

    describe('when the transport is closed while a request waits to retry', () => {
      it('abandons the request instead of retrying on', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ status: 503, headers: { 'retry-after': '30' } });
        const transport = new HttpTransport();

        const pending = transport.request({ method: 'GET', url: `${server.origin}/x` }).catch((e: unknown) => e);
        while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
        await transport.close();

        expect(await pending).toMatchObject({ code: 'NETWORK', message: expect.stringMatching(/the connections were closed/) });
        expect(server.requests).toHaveLength(1);
      });
    });

    describe('when a proxy is set', () => {
      it('names the proxy, without its password, when the proxy cannot be reached', async () => {
        const gone = await TestServer.start('http');
        const proxyUrl = gone.origin.replace('http://', 'http://user:hunter22@');
        await gone.close();
        const transport = track(
          new HttpTransport({ proxy: proxyRulesFromEnv({ HTTPS_PROXY: proxyUrl }), retry: FAST }),
        );

        const err = await transport
          .request({ method: 'GET', url: 'https://trust.example.invalid/x', target: 'trust server https://trust.example.invalid' })
          .catch((e: unknown) => e);

        expect(err).toBeInstanceOf(NetworkError);
        const message = (err as Error).message;
        expect(message).toContain(`could not reach trust server https://trust.example.invalid through proxy http://***@${gone.origin.slice(7)} (HTTPS_PROXY): `);
        expect(message).toContain('ECONNREFUSED');
        expect(message).not.toContain('hunter22');
        expect((err as NetworkError).proxy).toBe(`http://***@${gone.origin.slice(7)}`);
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
    describe('when it logs its requests', () => {
      it('writes one debug line per request: method, URL, status and milliseconds', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = (req) => (req.method === 'POST' ? { status: 201 } : { status: 404 });
        const logger = recordingLogger();
        const transport = track(new HttpTransport({ logger }));

        await transport.request({ method: 'GET', url: `${server.origin}/v2/a/_trust/tuf/root.json` });
        await transport.request({ method: 'POST', url: `${server.origin}/v2/a/_trust/tuf/`, body: 'x' });

        expect(logger.debugs).toEqual([
          expect.stringMatching(new RegExp(`^GET ${server.origin}/v2/a/_trust/tuf/root\\.json: 404 in \\d+ ms$`)),
          expect.stringMatching(new RegExp(`^POST ${server.origin}/v2/a/_trust/tuf/: 201 in \\d+ ms$`)),
        ]);
        expect(logger.warnings).toEqual([]);
      });

      it('shows neither the user and password nor the query, which may hold a token or a signature', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ body: 'ok' });
        const logger = recordingLogger();
        const transport = track(new HttpTransport({ logger }));
        const url = new URL(`${server.origin}/token?service=s&access_token=tok-3e9&X-Amz-Signature=sig-7f2`);
        url.username = 'alice';
        url.password = 'pw-5c1';

        await transport.request({ method: 'GET', url, headers: { authorization: 'Bearer bearer-9d4' } });

        expect(logger.debugs).toEqual([expect.stringMatching(new RegExp(`^GET ${server.origin}/token\\?…: 200 in \\d+ ms$`))]);
        for (const secret of ['alice', 'pw-5c1', 'tok-3e9', 'sig-7f2', 'bearer-9d4']) expect(logger.debugs.join('\n')).not.toContain(secret);
      });

      it('writes a debug line for each try and one warning line for each retry', async () => {
        const server = track(await TestServer.start('http'));
        let n = 0;
        server.handler = () => (++n === 1 ? { status: 503 } : { body: 'ok' });
        const logger = recordingLogger();
        const transport = track(new HttpTransport({ retry: FAST, logger }));

        await transport.request({ method: 'GET', url: `${server.origin}/x` });

        expect(logger.debugs).toEqual([expect.stringMatching(/^GET \S+\/x: 503 in \d+ ms$/), expect.stringMatching(/^GET \S+\/x: 200 in \d+ ms$/)]);
        expect(logger.warnings).toHaveLength(1);
      });

      it('writes a debug line for a try that failed, with the reason', async () => {
        const server = track(await TestServer.start('http'));
        server.handler = () => ({ body: 'x'.repeat(1000), partial: { bytes: 10, then: 'close' } });
        const logger = recordingLogger();
        const transport = track(new HttpTransport({ retry: { ...FAST, attempts: 1 }, logger }));

        await expect(transport.request({ method: 'GET', url: `${server.origin}/x` })).rejects.toBeInstanceOf(NetworkError);

        expect(logger.debugs).toEqual([expect.stringMatching(/^GET \S+\/x: failed \(the body was cut short after 10 of 1000 bytes \(\w+\)\) in \d+ ms$/)]);
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
        retries: 0,
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
