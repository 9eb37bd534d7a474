import { afterAll, beforeAll, describe, expect, it, test } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { NetworkError } from '../../src/http/errors.ts';
import {
  checkCredentialInputs,
  Connections,
  deadlineOf,
  proxyRulesOf,
  type ConnectionOptions,
} from '../../src/operations/connections.ts';
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

  async function statusOf(options: ConnectionOptions, origin: string): Promise<number | NetworkError> {
    const connections = new Connections(
      { trustServer: trust.origin, username: 'u', password: 'p', env: {}, retry: { attempts: 1 }, ...options },
      'read',
    );
    try {
      const session = await connections.session(new URL(registry.origin).host);
      return (await session.transport.request({ method: 'GET', url: `${origin}/v2/` })).status;
    } catch (err) {
      if (err instanceof NetworkError) return err;
      throw err;
    } finally {
      await connections.close();
    }
  }

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
