// Which trust server serves a registry's repositories, in docker's order:
// an explicit setting, DOCKER_CONTENT_TRUST_SERVER, Docker Hub's notary,
// then the registry host itself (ACR), on port 4443 for IBM Cloud's
// registries, whose trust server listens there.

import { InputError } from '../errors.ts';
import { redactUrl } from '../http/redact-url.ts';
import { DOCKER_HUB } from '../registry/reference.ts';

export const DOCKER_HUB_NOTARY = 'https://notary.docker.io';

/**
 * resolveTrustServer's order after the explicit setting, in words: the one
 * place the CLI's help and the trust-server input's description take it from.
 */
export const TRUST_SERVER_FALLBACKS =
  `$DOCKER_CONTENT_TRUST_SERVER, else ${DOCKER_HUB_NOTARY} for Docker Hub, else https://REGISTRY:4443 for ` +
  'IBM Cloud (*.icr.io, *.bluemix.net), whose trust server listens there, else the registry host itself (ACR)';
/** IBM Cloud Container Registry hosts (icr.io and the older bluemix.net), without a port. */
const IBM_CLOUD = /^(?:[a-z0-9-]+\.)*(?:icr\.io|bluemix\.net)$/;

/** The variable the trust server comes from when no input gives it, as docker reads it. */
const TRUST_SERVER_ENV = 'DOCKER_CONTENT_TRUST_SERVER';

/**
 * A trust server as given (`notary.example.com:4443` means https), as a URL
 * without a trailing slash. `from` names the environment variable it came
 * from, so that an error sends the user to the right place.
 */
export function trustServerUrl(value: string, input = 'trust-server', from?: string): string {
  const url = /^[a-z]+:\/\//i.test(value) ? value : `https://${value}`;
  const source = from ? ` (from ${from})` : '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw new InputError(input, `"${redactUrl(value)}"${source} is not a URL; give e.g. https://notary.example.com:4443`, { cause: err });
  }
  if (parsed.username || parsed.password) {
    // Never echo it: the URL carries a password, and it would land in outputs and summaries.
    throw new InputError(input, `the URL${source} must not carry a user or password; give credentials as username and password`);
  }
  return parsed.href.replace(/\/+$/, '');
}

export function resolveTrustServer(registry: string, explicit: string | undefined, env: NodeJS.ProcessEnv): string {
  const given = explicit?.trim();
  if (given) return trustServerUrl(given);
  const fromEnv = env[TRUST_SERVER_ENV]?.trim();
  if (fromEnv) return trustServerUrl(fromEnv, 'trust-server', TRUST_SERVER_ENV);
  return defaultTrustServer(registry);
}

/**
 * The trust server as the user wrote it (trust-server, else
 * DOCKER_CONTENT_TRUST_SERVER), else the default URL: docker names its tls
 * directory by this host as written, a default port kept (`:443`).
 */
export function trustServerAsGiven(registry: string, explicit: string | undefined, env: NodeJS.ProcessEnv): string {
  return explicit?.trim() || env[TRUST_SERVER_ENV]?.trim() || defaultTrustServer(registry);
}

function defaultTrustServer(registry: string): string {
  if (registry === DOCKER_HUB) return DOCKER_HUB_NOTARY;
  if (IBM_CLOUD.test(registry)) return `https://${registry}:4443`;
  return `https://${registry}`;
}
