// A TCP connection opened early (the CLI opens one to the trust server while
// the operation loads) is the one the transport's first TLS connection to
// that host uses, so its handshake is not paid twice.

import { once } from 'node:events';
import { createSecureServer } from 'node:http2';
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preconnect, takePreconnected } from '../../src/http/preconnect.ts';
import { HttpTransport } from '../../src/http/transport.ts';
import { makeTestTls, type TestTls } from './support/tls.ts';

let tls: TestTls;
const closing: (() => Promise<void>)[] = [];

beforeAll(async () => {
  tls = await makeTestTls();
});

afterEach(async () => {
  await Promise.all(closing.splice(0).map((close) => close()));
});

/** An HTTPS server that counts the TCP connections it accepts. */
async function countingServer(): Promise<{ origin: string; accepted: Socket[]; server: Server }> {
  const server = createServer({ cert: tls.certPem, key: tls.keyPem }, (_req, res) => res.end('ok'));
  const accepted: Socket[] = [];
  server.on('connection', (socket: Socket) => accepted.push(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  closing.push(async () => {
    server.closeAllConnections();
    server.close();
  });
  return { origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, accepted, server };
}

describe('preconnect', () => {
  it('hands its connection to the transport, which does its TLS handshake on it', async () => {
    const { origin, accepted, server } = await countingServer();
    preconnect(new URL(origin));
    await once(server, 'connection');
    const transport = new HttpTransport({ caBundle: tls.caPem });
    closing.push(() => transport.close());

    const res = await transport.request({ method: 'GET', url: `${origin}/v2/` });

    expect(res.status).toBe(200);
    expect(accepted).toHaveLength(1);
  });

  it('hands over a connection that is still connecting', async () => {
    const { origin, accepted } = await countingServer();
    const transport = new HttpTransport({ caBundle: tls.caPem });
    closing.push(() => transport.close());

    preconnect(new URL(origin));
    const res = await transport.request({ method: 'GET', url: `${origin}/v2/` });

    expect(res.status).toBe(200);
    expect(accepted).toHaveLength(1);
  });

  it('is used once: a second connection to the host is a new one', async () => {
    const { origin, accepted } = await countingServer();
    preconnect(new URL(origin));
    const transport = new HttpTransport({ caBundle: tls.caPem, allowH2: false });
    closing.push(() => transport.close());

    const both = await Promise.all([transport.request({ method: 'GET', url: `${origin}/a` }), transport.request({ method: 'GET', url: `${origin}/b` })]);

    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(accepted).toHaveLength(2);
  });

  it('hands one connection to each new connection the transport opens to the host', async () => {
    const { origin, accepted } = await countingServer();
    preconnect(new URL(origin), 3);
    const transport = new HttpTransport({ caBundle: tls.caPem, allowH2: false });
    closing.push(() => transport.close());

    const all = await Promise.all(['a', 'b', 'c'].map((p) => transport.request({ method: 'GET', url: `${origin}/${p}` })));

    expect(all.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(accepted).toHaveLength(3);
  });

  it('closes the others once the host answers in HTTP/2, which needs one connection', async () => {
    const server = createSecureServer({ cert: tls.certPem, key: tls.keyPem }, (_req, res) => res.end('ok'));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    closing.push(async () => {
      server.close();
    });
    const origin = new URL(`https://127.0.0.1:${(server.address() as AddressInfo).port}`);
    preconnect(origin, 3);
    const transport = new HttpTransport({ caBundle: tls.caPem });
    closing.push(() => transport.close());

    const res = await transport.request({ method: 'GET', url: `${origin.origin}/v2/` });

    expect(res.status).toBe(200);
    expect(takePreconnected(origin.host)).toBeUndefined();
  });
});
