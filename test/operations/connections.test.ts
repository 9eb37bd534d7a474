import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { checkCredentialInputs, deadlineOf, proxyRulesOf } from '../../src/operations/connections.ts';
import { parseReference } from '../../src/registry/reference.ts';

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
