import { describe, expect, it, test } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { resolveTrustServer } from '../../src/operations/trust-server-url.ts';

describe('#resolveTrustServer', () => {
  it.each([
    ['docker.io', undefined, {}, 'https://notary.docker.io'],
    ['myacr.azurecr.io', undefined, {}, 'https://myacr.azurecr.io'],
    ['us.icr.io', undefined, {}, 'https://us.icr.io:4443'],
    ['registry.ng.bluemix.net', undefined, {}, 'https://registry.ng.bluemix.net:4443'],
    ['r.io', undefined, { DOCKER_CONTENT_TRUST_SERVER: 'https://notary.r.io:4443/' }, 'https://notary.r.io:4443'],
    ['r.io', 'notary.example.com', { DOCKER_CONTENT_TRUST_SERVER: 'https://ignored' }, 'https://notary.example.com'],
  ])('%s with input %s and env %j → %s', (registry, explicit, env, expected) => {
    expect(resolveTrustServer(registry, explicit, env)).toBe(expected);
  });

  it('names the input when the URL is bad', () => {
    expect(() => resolveTrustServer('r.io', 'https://exa mple', {})).toThrow(InputError);
  });
});

describe('#trustServerUrl', () => {
  it('refuses a URL with a password without echoing it', () => {
    expect(() => resolveTrustServer('r.io', 'https://user:hunter2@notary.r.io', {})).toThrow(InputError);
    try {
      resolveTrustServer('r.io', 'https://user:hunter2@notary.r.io', {});
    } catch (err) {
      expect((err as Error).message).not.toContain('hunter2');
    }
  });
});

describe('#resolveTrustServer with a URL that does not parse', () => {
  test.each([
    ['the trust-server input', 'https://user:hunter2@notary.r.io:99999', {}],
    ['DOCKER_CONTENT_TRUST_SERVER', undefined, { DOCKER_CONTENT_TRUST_SERVER: 'https://user:hunter2@notary.r.io:99999' }],
  ])('names it from %s without its password', (_, explicit, env) => {
    let caught: unknown;
    try {
      resolveTrustServer('r.io', explicit, env);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as Error).message).toMatch(/"https:\/\/\*\*\*@notary\.r\.io:99999"( \(from DOCKER_CONTENT_TRUST_SERVER\))? is not a URL/);
    expect((caught as Error).message).not.toContain('hunter2');
  });

  it('says it came from DOCKER_CONTENT_TRUST_SERVER when no input gave it', () => {
    const env = { DOCKER_CONTENT_TRUST_SERVER: 'https://notary.r.io:99999' };
    expect(() => resolveTrustServer('r.io', undefined, env)).toThrow(/"https:\/\/notary\.r\.io:99999" \(from DOCKER_CONTENT_TRUST_SERVER\) is not a URL/);
    expect(() => resolveTrustServer('r.io', 'https://notary.r.io:99999', env)).not.toThrow(/DOCKER_CONTENT_TRUST_SERVER/);
  });
});
