import { createServer, type Server } from 'node:net';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NetworkError } from '../../src/http/errors.ts';
import { HttpTransport } from '../../src/http/transport.ts';
import { RegistryAuth } from '../../src/registry/auth.ts';
import { RegistryClient } from '../../src/registry/registry-client.ts';
import { parseTaggedReference } from '../../src/registry/reference.ts';
import { TestServer, type Reply } from '../http/support/server.ts';
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

    describe('when many tags are read at once', () => {
      it('tries TLS once for the host, not once per tag', async () => {
        const server = await manifestServer('http');
        const { registry, schemes } = client();
        const host = new URL(server.origin).host;

        const found = await Promise.all(Array.from({ length: 30 }, (_, i) => registry.resolve(parseTaggedReference(`${host}/app:t${i}`))));

        expect(found).toHaveLength(30);
        expect(schemes().filter((s) => s === 'https:')).toHaveLength(1);
        expect(server.requests).toHaveLength(30);
      });

      it('is challenged for credentials once for the host, not once per tag', async () => {
        const server = await manifestServer('http');
        server.handler = (req): Reply =>
          req.headers.authorization
            ? { headers: { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }, body: MANIFEST }
            : { status: 401, headers: { 'www-authenticate': 'Basic realm="registry"' } };
        transport = new HttpTransport({ stallTimeoutMs: 5_000, retry: { attempts: 1 } });
        const registry = new RegistryClient({ auth: new RegistryAuth({ transport, credentials: { username: 'ci', password: 'secret' } }) });
        const host = new URL(server.origin).host;

        await Promise.all(Array.from({ length: 30 }, (_, i) => registry.resolve(parseTaggedReference(`${host}/app:t${i}`))));

        expect(server.requests.filter((r) => !r.headers.authorization)).toHaveLength(1);
        expect(server.requests).toHaveLength(31);
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
