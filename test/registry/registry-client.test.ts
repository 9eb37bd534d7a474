import { createServer, type Server } from 'node:net';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NetworkError } from '../../src/http/errors.ts';
import { HttpTransport } from '../../src/http/transport.ts';
import { RegistryAuth } from '../../src/registry/auth.ts';
import { RegistryClient } from '../../src/registry/registry-client.ts';
import { parseTaggedReference } from '../../src/registry/reference.ts';
import { TestServer } from '../http/support/server.ts';
import { makeTestTls, type TestTls } from '../http/support/tls.ts';

const MANIFEST = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json' });

let tls: TestTls;
let transport: HttpTransport;
let servers: { close(): unknown }[] = [];

beforeAll(async () => {
  tls = await makeTestTls();
});

afterEach(async () => {
  await transport?.close();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

function client(): { registry: RegistryClient; schemes: () => string[] } {
  transport = new HttpTransport({ stallTimeoutMs: 5_000, retry: { attempts: 1 } });
  const sent = vi.spyOn(transport, 'request');
  const registry = new RegistryClient({ auth: new RegistryAuth({ transport }) });
  return { registry, schemes: () => sent.mock.calls.map(([req]) => new URL(req.url).protocol) };
}

async function manifestServer(kind: 'http' | 'https'): Promise<TestServer> {
  const server = await TestServer.start(kind, tls);
  servers.push(server);
  server.handler = () => ({ headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: MANIFEST });
  return server;
}

/** A loopback port that accepts connections and resets them at once. */
async function resettingPort(): Promise<number> {
  const server: Server = createServer((socket) => socket.resetAndDestroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ close: () => new Promise((resolve) => server.close(resolve)) });
  return (server.address() as { port: number }).port;
}

describe('RegistryClient', () => {
  describe('#resolve on a loopback registry', () => {
    describe('when the registry speaks plain http', () => {
      it('falls back to http after the TLS hello gets a plain-http answer', async () => {
        const server = await manifestServer('http');
        const { registry, schemes } = client();

        const found = await registry.resolve(parseTaggedReference(`${new URL(server.origin).host}/app:v1`));

        expect(found.size).toBe(MANIFEST.length);
        expect(schemes()).toEqual(['https:', 'http:']);
      });
    });

    describe('when several requests start before the scheme is known', () => {
      it('tries https once and sends the others over http only', async () => {
        const server = await manifestServer('http');
        const { registry, schemes } = client();
        const host = new URL(server.origin).host;

        const found = await Promise.all(['v1', 'v2', 'v3'].map((tag) => registry.resolve(parseTaggedReference(`${host}/app:${tag}`))));

        expect(found.map((f) => f.size)).toEqual([MANIFEST.length, MANIFEST.length, MANIFEST.length]);
        expect(schemes()).toEqual(['https:', 'http:', 'http:', 'http:']);
      });
    });

    describe('when the connection is reset', () => {
      it('tries plain http', async () => {
        const port = await resettingPort();
        const { registry, schemes } = client();

        await expect(registry.resolve(parseTaggedReference(`127.0.0.1:${port}/app:v1`))).rejects.toBeInstanceOf(NetworkError);

        expect(schemes()).toEqual(['https:', 'http:']);
      });
    });

    describe('when the registry presents a certificate that is not trusted', () => {
      it('fails with the TLS error and never sends the request in clear', async () => {
        const server = await manifestServer('https');
        const { registry, schemes } = client();

        const err = await registry.resolve(parseTaggedReference(`${new URL(server.origin).host}/app:v1`)).catch((e: unknown) => e);

        expect(err).toBeInstanceOf(NetworkError);
        expect((err as NetworkError).message).toMatch(/TLS certificate is not trusted/);
        expect(schemes()).toEqual(['https:']);
        expect(server.requests).toEqual([]);
      });
    });
  });
});
