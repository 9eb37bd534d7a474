import { X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, test } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { NetworkError } from '../../src/http/errors.ts';
import {
  checkCredentialInputs,
  Connections,
  deadlineOf,
  proxyRulesOf,
  type ConnectionOptions,
} from '../../src/operations/connections.ts';
import { hostAsWritten } from '../../src/registry/docker-tls-dir.ts';
import { parseReference } from '../../src/registry/reference.ts';
import { TestServer } from '../http/support/server.ts';
import { makeTestTls } from '../http/support/tls.ts';

describe('#checkCredentialInputs', () => {
  const refs = (...texts: string[]) => texts.map((t) => parseReference(t));

  it('accepts username and password for references in one registry', () => {
    expect(() => checkCredentialInputs({ username: 'u', password: 'p' }, refs('r.io/a:1', 'r.io/b:2'))).not.toThrow();
  });

  it('refuses to offer them to a second registry', () => {
    expect(() => checkCredentialInputs({ username: 'u', password: 'p' }, refs('ghcr.io/o/a:1', 'docker.io/o/a:1'))).toThrow(
      InputError,
    );
  });

  it('lets docker config logins serve several registries', () => {
    expect(() => checkCredentialInputs({}, refs('ghcr.io/o/a:1', 'docker.io/o/a:1'))).not.toThrow();
  });
});

describe('#deadlineOf', () => {
  it('defaults to 10 minutes from now', () => {
    expect(deadlineOf({}, 1_000)).toEqual({ at: 1_000 + 600_000, limitMs: 600_000 });
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a timeout of %s, naming the input', (timeoutMs) => {
    expect(() => deadlineOf({ timeoutMs })).toThrow(expect.objectContaining({ code: 'INPUT', input: 'timeout' }));
  });
});

describe('#proxyRulesOf', () => {
  const target = new URL('https://notary.example.com');

  it('takes the environment’s proxy', () => {
    const rules = proxyRulesOf({ env: { HTTPS_PROXY: 'http://env-proxy:3128' } });
    expect(rules.proxyFor(target)?.display).toBe('http://env-proxy:3128');
  });

  it('lets an explicit proxy replace the environment’s, NO_PROXY included', () => {
    const rules = proxyRulesOf({
      env: { HTTPS_PROXY: 'http://env-proxy:3128', NO_PROXY: 'example.com' },
      proxy: { url: 'http://agent-proxy:8888' },
    });
    expect(rules.proxyFor(target)?.display).toBe('http://agent-proxy:8888');
  });

  it('has the proxy password masked before any request', () => {
    const masked: string[] = [];
    proxyRulesOf({ env: {}, proxy: { url: 'http://agent-proxy:8888', username: 'svc', password: 'agent-pw' }, mask: (s) => masked.push(s) });
    expect(masked).toContain('agent-pw');
  });
});

describe('Connections', () => {
  describe('when the trust state file cannot be written', () => {
    const trustState = '/proc/dct-sign/state.json';

    test.each(['write', 'admin'] as const)('refuses it for %s access, naming trust-state, before any request', (access) => {
      expect(() => new Connections({ trustState, env: {} }, access)).toThrow(
        expect.objectContaining({ code: 'INPUT', input: 'trust-state', message: expect.stringContaining(trustState) }),
      );
    });

    it('leaves it to the end for read access, which publishes nothing', async () => {
      const connections = new Connections({ trustState, env: {} }, 'read');
      await connections.close();
    });
  });
});

/**
 * The status a GET of `origin`/v2/ gets through the registry session of
 * Connections over these test servers, or the NetworkError it ends in.
 */
async function statusThrough(
  servers: { trust: TestServer; registry: TestServer },
  options: ConnectionOptions,
  origin: string,
): Promise<number | NetworkError> {
  const connections = new Connections(
    { trustServer: servers.trust.origin, username: 'u', password: 'p', env: {}, retry: { attempts: 1 }, ...options },
    'read',
  );
  try {
    const session = await connections.session(new URL(servers.registry.origin).host);
    return (await session.transport.request({ method: 'GET', url: `${origin}/v2/` })).status;
  } catch (err) {
    if (err instanceof NetworkError) return err;
    throw err;
  } finally {
    await connections.close();
  }
}

describe('Connections#session', () => {
  // Two hosts with certificates of one private CA: the trust server and the registry.
  let trust: TestServer;
  let registry: TestServer;
  let caPem: string;
  beforeAll(async () => {
    const tls = await makeTestTls();
    caPem = tls.caPem;
    trust = await TestServer.start('https', tls);
    registry = await TestServer.start('https', tls);
    for (const s of [trust, registry]) s.handler = () => ({ body: { ok: true } });
  });
  afterAll(async () => {
    await Promise.all([trust.close(), registry.close()]);
  });

  const statusOf = (options: ConnectionOptions, origin: string) => statusThrough({ trust, registry }, options, origin);

  describe('when only trust-server-ca is given', () => {
    it("trusts it for the trust server's host", async () => {
      expect(await statusOf({ trustServerCa: caPem }, trust.origin)).toBe(200);
    });

    it('does not trust it for the registry or any other host', async () => {
      const result = await statusOf({ trustServerCa: caPem }, registry.origin);
      expect(result).toBeInstanceOf(NetworkError);
      expect((result as NetworkError).message).toMatch(/TLS certificate is not trusted/);
    });
  });

  describe('when registry-ca is given', () => {
    it('trusts it for the registry', async () => {
      expect(await statusOf({ registryCa: caPem }, registry.origin)).toBe(200);
    });

    it('does not trust it for a trust server on another host, which has its own input', async () => {
      const result = await statusOf({ registryCa: caPem }, trust.origin);
      expect(result).toBeInstanceOf(NetworkError);
      expect((result as NetworkError).message).toMatch(/TLS certificate is not trusted/);
    });

    it('trusts it for a trust server on the registry host itself', async () => {
      expect(await statusOf({ registryCa: caPem, trustServer: registry.origin }, registry.origin)).toBe(200);
    });
  });
});

describe("Connections#session with docker's tls directory", () => {
  // The trust server and the registry with certificates of one private CA; another CA that signed neither.
  let trust: TestServer;
  let registry: TestServer;
  let caPem: string;
  let otherCaPem: string;
  let client: { certPem: string; keyPem: string };
  let dockerConfig: string;
  beforeAll(async () => {
    const [tls, other] = await Promise.all([makeTestTls(), makeTestTls()]);
    caPem = tls.caPem;
    otherCaPem = other.caPem;
    client = other;
    trust = await TestServer.start('https', tls);
    registry = await TestServer.start('https', tls);
    for (const s of [trust, registry]) s.handler = () => ({ body: { ok: true } });
  });
  afterAll(async () => {
    await Promise.all([trust.close(), registry.close()]);
  });
  beforeEach(async () => {
    dockerConfig = await mkdtemp(join(tmpdir(), 'dct-sign-docker-config-'));
  });
  afterEach(async () => {
    await rm(dockerConfig, { recursive: true, force: true });
  });

  /** Writes files into $DOCKER_CONFIG/tls/<host>/. */
  async function tlsDir(host: string, files: Record<string, string>): Promise<string> {
    const dir = join(dockerConfig, 'tls', host);
    await mkdir(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return dir;
  }

  const statusOf = (options: ConnectionOptions, origin: string) =>
    statusThrough({ trust, registry }, { env: { DOCKER_CONFIG: dockerConfig }, ...options }, origin);

  describe('when it holds a *.crt for the trust server host', () => {
    it('trusts it for the trust server, as docker does', async () => {
      await tlsDir(new URL(trust.origin).host, { 'ca.crt': caPem });
      expect(await statusOf({}, trust.origin)).toBe(200);
    });

    it('does not trust it for the registry', async () => {
      await tlsDir(new URL(trust.origin).host, { 'ca.crt': caPem });
      const result = await statusOf({}, registry.origin);
      expect(result).toBeInstanceOf(NetworkError);
      expect((result as NetworkError).message).toMatch(/the registry-ca input/);
    });

    it('lets trust-server-ca win over it', async () => {
      const dir = await tlsDir(new URL(trust.origin).host, { 'ca.crt': otherCaPem });
      expect(await statusOf({ trustServerCa: caPem }, trust.origin)).toBe(200);
      const result = await statusOf({}, trust.origin);
      expect(result).toBeInstanceOf(NetworkError);
      expect((result as NetworkError).message).toContain(`in docker's ${dir}`);
    });
  });

  describe('when the trust server URL is written with a port', () => {
    it('reads the directory named host:port, not the bare host', async () => {
      await tlsDir(new URL(trust.origin).hostname, { 'ca.crt': caPem });
      expect(await statusOf({}, trust.origin)).toBeInstanceOf(NetworkError);
    });
  });

  describe('when it holds a client certificate X.cert with X.key', () => {
    it('presents it to the trust server', async () => {
      const presented: string[] = [];
      const tls = await makeTestTls();
      // Asks for a client certificate and records the one it gets.
      const server = createServer({ cert: tls.certPem, key: tls.keyPem, requestCert: true, rejectUnauthorized: false });
      server.on('request', (req: IncomingMessage, res: ServerResponse) => {
        presented.push((req.socket as TLSSocket).getPeerCertificate().fingerprint256 ?? '');
        res.end('{}');
      });
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        await tlsDir(new URL(origin).host, { 'ca.crt': tls.caPem, 'client.cert': client.certPem, 'client.key': client.keyPem });
        expect(await statusOf({ trustServer: origin }, origin)).toBe(200);
        expect(presented).toEqual([new X509Certificate(client.certPem).fingerprint256]);
      } finally {
        server.closeAllConnections();
        server.close();
      }
    });

    it('refuses a .cert without its .key, as docker does', async () => {
      await tlsDir(new URL(trust.origin).host, { 'client.cert': client.certPem });
      await expect(statusOf({}, trust.origin)).rejects.toThrow(/missing key client\.key for client certificate client\.cert/);
    });
  });

  describe('when a certificate is not trusted', () => {
    it('says the trust server was checked against the system store alone, and names trust-server-ca', async () => {
      const result = await statusOf({}, trust.origin);
      expect((result as NetworkError).message).toMatch(/checked against the system store alone; give the trust server's CA certificate as the trust-server-ca input/);
    });

    it('says trust-server-ca was used when it was given', async () => {
      const result = await statusOf({ trustServerCa: otherCaPem }, trust.origin);
      expect((result as NetworkError).message).toMatch(/checked against the system store and the trust-server-ca input/);
    });

    it('says registry-ca was used for the registry when it was given', async () => {
      const result = await statusOf({ registryCa: otherCaPem }, registry.origin);
      expect((result as NetworkError).message).toMatch(/checked against the system store and the registry-ca input/);
    });
  });
});

describe('#hostAsWritten', () => {
  it.each([
    ['https://notary.example.com:4443/', 'notary.example.com:4443'],
    ['https://notary.docker.io', 'notary.docker.io'],
    // Go keeps a default port as written, and docker names the directory by it.
    ['https://notary.example.com:443', 'notary.example.com:443'],
    ['notary.example.com:4443', 'notary.example.com:4443'],
  ])('takes %s as %s', (url, host) => {
    expect(hostAsWritten(url)).toBe(host);
  });
});
