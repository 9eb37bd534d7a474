// The latency proxy the benchmark puts in front of notary-server. Timing
// assertions here are lower bounds on the proxy's own delay (it must hold
// every chunk at least that long); nothing here times the product.

import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer as createHttpsServer, get as httpsGet } from 'node:https';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestTls } from '../http/support/tls.ts';
import { isLoopbackHost, startLatencyProxy, type LatencyProxy } from './latency-proxy.ts';

const cleanup: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function listen(server: Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanup.push(() => new Promise<void>((r) => server.close(() => r())));
  const a = server.address();
  if (a === null || typeof a === 'string') throw new Error('no port');
  return a.port;
}

/** A TCP echo server that ends its side when the client ends. */
async function echoServer(): Promise<number> {
  const sockets = new Set<Socket>();
  const server = createServer({ allowHalfOpen: true }, (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.pipe(s);
  });
  cleanup.push(() => sockets.forEach((s) => s.destroy()));
  return listen(server);
}

async function proxy(options: Parameters<typeof startLatencyProxy>[0]): Promise<LatencyProxy> {
  const p = await startLatencyProxy(options);
  cleanup.push(() => p.close());
  return p;
}

async function connectTo(port: number): Promise<Socket> {
  const s = connect({ host: '127.0.0.1', port, noDelay: true });
  cleanup.push(() => void s.destroy());
  await once(s, 'connect');
  return s;
}

/** Time from writing `data` until as many bytes came back. */
async function roundTrip(socket: Socket, data: Buffer): Promise<number> {
  const start = performance.now();
  let got = 0;
  const done = new Promise<void>((resolve) => {
    const onData = (chunk: Buffer) => {
      got += chunk.length;
      if (got >= data.length) {
        socket.off('data', onData);
        resolve();
      }
    };
    socket.on('data', onData);
  });
  socket.write(data);
  await done;
  return performance.now() - start;
}

describe('startLatencyProxy', () => {
  describe('when a client talks to an echo server through it', () => {
    it('holds each direction at least the one-way delay, plus a round trip for the handshake', async () => {
      const oneWay = 30;
      const p = await proxy({ target: `127.0.0.1:${await echoServer()}`, oneWayDelayMs: oneWay });
      const s = await connectTo(p.port);

      const first = await roundTrip(s, Buffer.from('ping'));
      const second = await roundTrip(s, Buffer.from('pong'));

      // The first bytes wait for the modelled SYN/SYN-ACK round trip.
      expect(first).toBeGreaterThanOrEqual(4 * oneWay);
      expect(second).toBeGreaterThanOrEqual(2 * oneWay);
      expect(p.connections).toBe(1);
    });

    it('adds only the one-way delays when the handshake is not modelled', async () => {
      const oneWay = 25;
      const p = await proxy({ target: `127.0.0.1:${await echoServer()}`, oneWayDelayMs: oneWay, modelHandshake: false });
      const s = await connectTo(p.port);

      expect(await roundTrip(s, Buffer.from('x'))).toBeGreaterThanOrEqual(2 * oneWay);
    });

    it('passes a large stream through unchanged and in order', async () => {
      const p = await proxy({ target: `127.0.0.1:${await echoServer()}`, oneWayDelayMs: 5, highWaterMark: 64 << 10 });
      const s = await connectTo(p.port);
      const data = randomBytes(4 << 20);
      const received: Buffer[] = [];
      s.on('data', (c: Buffer) => received.push(c));
      const ended = once(s, 'end');

      for (let i = 0; i < data.length; i += 50_000) s.write(data.subarray(i, i + 50_000));
      s.end();
      await ended;

      expect(Buffer.concat(received).equals(data)).toBe(true);
    });

    it('passes a server reset on to the client', async () => {
      const server = createServer((s) => {
        s.on('error', () => {});
        s.once('data', () => s.resetAndDestroy());
      });
      const p = await proxy({ target: `127.0.0.1:${await listen(server)}`, oneWayDelayMs: 2 });
      const s = await connectTo(p.port);
      let error: unknown;
      s.on('error', (e) => (error = e));
      // Not events.once: it would reject with the reset instead of waiting for the close.
      const closed = new Promise((resolve) => s.on('close', resolve));

      s.write('bye');
      await closed;

      expect(error).toMatchObject({ code: 'ECONNRESET' });
    });

    it('counts each accepted connection', async () => {
      const p = await proxy({ target: `127.0.0.1:${await echoServer()}`, oneWayDelayMs: 1 });
      for (let i = 0; i < 3; i++) await roundTrip(await connectTo(p.port), Buffer.from('hi'));

      expect(p.connections).toBe(3);
    });
  });

  describe('when the target speaks TLS', () => {
    it('passes the handshake through, so a certificate for 127.0.0.1 still verifies', async () => {
      const tls = await makeTestTls();
      const server = createHttpsServer({ cert: tls.certPem, key: tls.keyPem }, (_req, res) => res.end('over tls'));
      const p = await proxy({ target: `https://127.0.0.1:${await listen(server)}`, oneWayDelayMs: 2 });

      const body = await new Promise<string>((resolve, reject) => {
        httpsGet(`${p.url}/`, { ca: tls.caPem, agent: false }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve(text));
        }).on('error', reject);
      });

      expect(p.url).toBe(`https://127.0.0.1:${p.port}`);
      expect(body).toBe('over tls');
    });
  });

  describe('when the target is not on loopback', () => {
    it('refuses to start', async () => {
      await expect(startLatencyProxy({ target: '10.1.2.3:443', oneWayDelayMs: 1 })).rejects.toThrow(/loopback/);
      await expect(startLatencyProxy({ target: 'https://example.com', oneWayDelayMs: 1 })).rejects.toThrow(/loopback/);
    });
  });
});

describe('isLoopbackHost', () => {
  it('accepts 127/8, ::1 and localhost only', () => {
    for (const h of ['127.0.0.1', '127.9.8.7', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1']) {
      expect(isLoopbackHost(h)).toBe(true);
    }
    for (const h of ['10.0.0.1', '0.0.0.0', '128.0.0.1', 'example.com', 'localhost.example.com', '::']) {
      expect(isLoopbackHost(h)).toBe(false);
    }
  });
});
