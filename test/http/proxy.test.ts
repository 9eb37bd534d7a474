import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { isLoopback, proxyRulesFromConfig, proxyRulesFromEnv, redactUrl } from '../../src/http/proxy.ts';

const through = (rules: ReturnType<typeof proxyRulesFromEnv>, url: string) => rules.proxyFor(new URL(url))?.display;

describe('#proxyRulesFromEnv', () => {
  describe('when a proxy is set for each scheme', () => {
    const rules = proxyRulesFromEnv({ HTTPS_PROXY: 'http://secure:3128', HTTP_PROXY: 'http://plain:3128' });

    it.each([
      ['https://notary.example.com', 'http://secure:3128'],
      ['http://registry.example.com', 'http://plain:3128'],
    ])('sends %s through %s', (url, proxy) => {
      expect(through(rules, url)).toBe(proxy);
    });
  });

  describe('when only HTTP_PROXY is set', () => {
    it('does not send https URLs through it, as Go does', () => {
      expect(through(proxyRulesFromEnv({ HTTP_PROXY: 'http://plain:3128' }), 'https://notary.example.com')).toBeUndefined();
    });
  });

  it.each([
    [{ HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:1' }, 'http://upper:1'],
    [{ https_proxy: 'http://lower:1' }, 'http://lower:1'],
    [{ HTTPS_PROXY: '', https_proxy: 'http://lower:1' }, 'http://lower:1'],
    [{ HTTPS_PROXY: 'proxy.corp:8080' }, 'http://proxy.corp:8080'],
    [{ HTTPS_PROXY: 'https://tls-proxy.corp:443' }, 'https://tls-proxy.corp'],
  ])('reads %o as %s', (env, proxy) => {
    expect(through(proxyRulesFromEnv(env), 'https://notary.example.com')).toBe(proxy);
  });

  describe('when the target is loopback', () => {
    it.each(['https://localhost:4443', 'https://127.0.0.1:4443', 'https://127.9.9.9', 'https://[::1]:4443'])(
      'never proxies %s',
      (url) => {
        expect(through(proxyRulesFromEnv({ HTTPS_PROXY: 'http://p:1' }), url)).toBeUndefined();
      },
    );
  });

  describe('when NO_PROXY is set', () => {
    it.each([
      ['*', 'https://anything.example.com', false],
      ['example.com', 'https://example.com', false],
      ['example.com', 'https://notary.example.com', false],
      ['.example.com', 'https://notary.example.com', false],
      ['*.example.com', 'https://notary.example.com', false],
      ['example.com', 'https://badexample.com', true],
      ['example.com:4443', 'https://example.com:4443', false],
      ['example.com:4443', 'https://example.com', true],
      ['10.0.0.0/8', 'https://10.1.2.3', false],
      ['10.0.0.0/8', 'https://11.1.2.3', true],
      ['10.1.2.3', 'https://10.1.2.3:443', false],
      ['10.1.2.3:80', 'https://10.1.2.3', true],
      ['fd00::/8', 'https://[fd12::1]', false],
      [' other.org , EXAMPLE.com ', 'https://notary.example.com', false],
      ['other.org', 'https://notary.example.com', true],
    ])('NO_PROXY=%s: %s proxied: %s', (noProxy, url, proxied) => {
      const rules = proxyRulesFromEnv({ HTTPS_PROXY: 'http://p:1', no_proxy: noProxy });
      expect(through(rules, url) !== undefined).toBe(proxied);
    });
  });

  describe('when the proxy URL carries credentials', () => {
    it('keeps them for the proxy but out of its display, and lists them as secrets', () => {
      const rules = proxyRulesFromEnv({ HTTPS_PROXY: 'http://alice:s3cret%21@p:3128' });
      const choice = rules.proxyFor(new URL('https://notary.example.com'))!;
      expect(choice.url.password).toBe('s3cret%21');
      expect(choice.display).toBe('http://***@p:3128');
      expect(rules.secrets).toEqual(expect.arrayContaining(['s3cret!']));
    });
  });

  describe('when the value is not a usable proxy', () => {
    it.each([
      [{ HTTPS_PROXY: 'socks5://p:1080' }, 'HTTPS_PROXY'],
      [{ HTTP_PROXY: 'http://p:3128/some/path' }, 'HTTP_PROXY'],
      [{ https_proxy: 'http://' }, 'https_proxy'],
    ])('refuses %o, naming %s', (env, name) => {
      expect(() => proxyRulesFromEnv(env)).toThrow(expect.objectContaining({ code: 'INPUT', input: name }));
    });

    it('does not echo the password of a refused URL', () => {
      const err = (() => {
        try {
          proxyRulesFromEnv({ HTTPS_PROXY: 'ftp://u:topsecret@p:21' });
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).not.toContain('topsecret');
    });
  });
});

describe('#proxyRulesFromConfig', () => {
  const config = { url: 'http://agent-proxy:8888', username: 'svc', password: 'pw:1', bypass: ['\\.internal\\.corp', 'notary\\.example'] };

  it('sends every non-loopback URL through it with its credentials', () => {
    const choice = proxyRulesFromConfig(config).proxyFor(new URL('https://ghcr.io/v2/'))!;
    expect(choice.display).toBe('http://***@agent-proxy:8888');
    expect(decodeURIComponent(choice.url.username)).toBe('svc');
    expect(decodeURIComponent(choice.url.password)).toBe('pw:1');
  });

  it.each(['https://registry.internal.corp/v2/', 'https://NOTARY.example.com', 'https://127.0.0.1:5000'])(
    'bypasses %s (bypass list, case-insensitive, and loopback)',
    (url) => {
      expect(proxyRulesFromConfig(config).proxyFor(new URL(url))).toBeUndefined();
    },
  );

  it('lists the password as a secret', () => {
    expect(proxyRulesFromConfig(config).secrets).toContain('pw:1');
  });

  it('refuses a bypass entry that is not a regular expression', () => {
    expect(() => proxyRulesFromConfig({ url: 'http://p:1', bypass: ['(unclosed'] })).toThrow(
      expect.objectContaining({ code: 'INPUT', input: 'proxy bypass list' }),
    );
  });
});

describe('#isLoopback', () => {
  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['notary.local', false],
    ['10.0.0.1', false],
  ])('%s: %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });
});

describe('#redactUrl', () => {
  it('hides user and password', () => {
    expect(redactUrl('http://u:p@h:1')).toBe('http://***@h:1');
    expect(redactUrl('http://h:1')).toBe('http://h:1');
  });
});
