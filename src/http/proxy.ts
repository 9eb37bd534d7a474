// Which proxy, if any, a request goes through. Two sources: the standard
// environment variables, read as Go's ProxyFromEnvironment (which docker
// uses) and curl read them, or one explicit proxy handed in by an entrypoint
// (the Azure agent's proxy, with its own credentials and bypass list), which
// then replaces the environment's. Loopback is never proxied either way.
//
// Environment rules: an https URL goes through HTTPS_PROXY (https_proxy), an
// http URL through HTTP_PROXY (http_proxy); the upper-case name wins, as in
// Go; an empty value is unset; a value without a scheme means http://.
// NO_PROXY (no_proxy) is a comma-separated list of `*`, IP addresses, CIDR
// ranges and host names, each optionally with a port; a host name matches
// itself and its subdomains, with or without a leading "." or "*.".

import { isIP } from 'node:net';
import { InputError } from '../errors.ts';
import { redactUrl } from './redact-url.ts';

export { redactUrl } from './redact-url.ts';

/** An explicit proxy, as the Azure agent configures one (tl.getHttpProxyConfiguration). */
export interface ProxyConfig {
  /** http://host:port or https://host:port. */
  readonly url: string;
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  /**
   * Hosts that bypass the proxy: regular expressions matched case-insensitively
   * against the request URL, as the agent's bypass list is matched by task-lib.
   */
  readonly bypass?: readonly string[] | undefined;
}

/** The proxy one request goes through. */
export interface ProxyChoice {
  /** With credentials, for the proxy agent only. */
  readonly url: URL;
  /** Without credentials: safe for messages. */
  readonly display: string;
  /** Where the setting came from, for messages: "HTTPS_PROXY", "the agent's proxy". */
  readonly source: string;
}

/** Decides, per URL, whether to go through a proxy. */
export interface ProxyRules {
  proxyFor(url: URL): ProxyChoice | undefined;
  /** Every proxy password or credentialed URL, so that entrypoints can mask them. */
  readonly secrets: readonly string[];
}

export const NO_PROXY_RULES: ProxyRules = { proxyFor: () => undefined, secrets: [] };

/** Loopback names and addresses, never proxied (as Go and curl). */
export function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) {
    if (h === '::1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    return mapped !== null && mapped[1]!.startsWith('127.');
  }
  return false;
}

function parseProxyUrl(value: string, source: string): URL {
  const text = value.trim();
  let url: URL | undefined;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    url = undefined;
  }
  if (url === undefined || url.hostname === '') {
    throw new InputError(source, `"${redactUrl(text)}" is not a proxy URL; give http://host:port`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(source, `${url.protocol.slice(0, -1)} proxies are not supported (${redactUrl(url)}); give an http:// or https:// proxy`);
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new InputError(source, `"${redactUrl(url)}" must be a proxy's address only (http://host:port), without a path`);
  }
  return url;
}

function defaultPort(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

function envValue(env: NodeJS.ProcessEnv, upper: string): { name: string; value: string } | undefined {
  for (const name of [upper, upper.toLowerCase()]) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') return { name, value };
  }
  return undefined;
}

type Matcher = (host: string, port: string, ip: boolean) => boolean;

function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function ipv6ToBigInt(ip: string): bigint {
  let text = ip;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = ipv4ToInt(v4[1]!);
    text = `${text.slice(0, -v4[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].reduce((n, part) => (n << 16n) + BigInt(parseInt(part || '0', 16)), 0n);
}

function cidrMatcher(entry: string): Matcher | undefined {
  const m = /^(.+)\/(\d{1,3})$/.exec(entry);
  if (!m) return undefined;
  const base = m[1]!;
  const bits = Number(m[2]);
  const family = isIP(base);
  if (family === 0 || bits > (family === 4 ? 32 : 128)) return undefined;
  if (family === 4) {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    const net = (ipv4ToInt(base) & mask) >>> 0;
    return (host, _port, ip) => ip && isIP(host) === 4 && ((ipv4ToInt(host) & mask) >>> 0) === net;
  }
  const mask = bits === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - bits)) - 1n);
  const net = ipv6ToBigInt(base) & mask;
  return (host, _port, ip) => ip && isIP(host) === 6 && (ipv6ToBigInt(host) & mask) === net;
}

function noProxyMatchers(value: string): Matcher[] {
  const matchers: Matcher[] = [];
  for (const raw of value.split(',')) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return [() => true];
    const cidr = cidrMatcher(entry);
    if (cidr) {
      matchers.push(cidr);
      continue;
    }
    // host, host:port, [v6], [v6]:port, bare v6
    let host = entry;
    let port = '';
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    const withPort = /^([^:]+):(\d+)$/.exec(entry);
    if (bracketed) {
      host = bracketed[1]!;
      port = bracketed[2] ?? '';
    } else if (withPort) {
      host = withPort[1]!;
      port = withPort[2]!;
    }
    const portOk = (p: string) => port === '' || port === p;
    if (isIP(host) !== 0) {
      const wanted = isIP(host) === 6 ? ipv6ToBigInt(host) : undefined;
      matchers.push(
        (h, p, ip) => ip && portOk(p) && (wanted === undefined ? h === host : isIP(h) === 6 && ipv6ToBigInt(h) === wanted),
      );
      continue;
    }
    const domain = host.replace(/^\*?\./, '');
    if (domain === '') continue;
    matchers.push((h, p, ip) => !ip && portOk(p) && (h === domain || h.endsWith(`.${domain}`)));
  }
  return matchers;
}

/** The proxy rules of an environment: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case). */
export function proxyRulesFromEnv(env: NodeJS.ProcessEnv): ProxyRules {
  const https = envValue(env, 'HTTPS_PROXY');
  const http = envValue(env, 'HTTP_PROXY');
  if (!https && !http) return NO_PROXY_RULES;
  const proxies = {
    'https:': https && { url: parseProxyUrl(https.value, https.name), source: https.name },
    'http:': http && { url: parseProxyUrl(http.value, http.name), source: http.name },
  };
  const noProxy = envValue(env, 'NO_PROXY');
  const matchers = noProxy ? noProxyMatchers(noProxy.value) : [];
  const secrets = [https, http].flatMap((p) => (p && p.value.includes('@') ? [p.value.trim()] : []));
  for (const p of [proxies['https:'], proxies['http:']]) if (p?.url.password) secrets.push(decodeURIComponent(p.url.password));
  return {
    secrets,
    proxyFor(url) {
      const proxy = url.protocol === 'https:' ? proxies['https:'] : url.protocol === 'http:' ? proxies['http:'] : undefined;
      if (!proxy) return undefined;
      const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
      if (isLoopback(host)) return undefined;
      const ip = isIP(host) !== 0;
      if (matchers.some((m) => m(host, defaultPort(url), ip))) return undefined;
      return { url: proxy.url, display: redactUrl(proxy.url), source: proxy.source };
    },
  };
}

/** The rules for one explicit proxy, e.g. the Azure agent's; `input` names it in errors. */
export function proxyRulesFromConfig(config: ProxyConfig, input = 'proxy'): ProxyRules {
  const url = parseProxyUrl(config.url, input);
  if (config.username) {
    url.username = encodeURIComponent(config.username);
    url.password = encodeURIComponent(config.password ?? '');
  }
  const bypass = (config.bypass ?? [])
    .filter((pattern) => pattern.trim() !== '')
    .map((pattern) => {
      try {
        return new RegExp(pattern, 'i');
      } catch (err) {
        throw new InputError(`${input} bypass list`, `"${pattern}" is not a regular expression: ${(err as Error).message}`, {
          cause: err,
        });
      }
    });
  const secrets = [config.password, url.password ? decodeURIComponent(url.password) : undefined].filter(
    (s): s is string => !!s,
  );
  const display = redactUrl(url);
  return {
    secrets: [...new Set(secrets)],
    proxyFor(target) {
      if (target.protocol !== 'https:' && target.protocol !== 'http:') return undefined;
      if (isLoopback(target.hostname)) return undefined;
      if (bypass.some((re) => re.test(target.href))) return undefined;
      return { url, display, source: `the ${input}` };
    },
  };
}
