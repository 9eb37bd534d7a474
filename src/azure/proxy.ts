// The agent's proxy (its .proxy settings, as task-lib reads them): handed to
// the core, which then ignores HTTPS_PROXY and friends, and to docker push
// as HTTPS_PROXY/HTTP_PROXY. Its password is masked before anything uses it.

import * as tl from 'azure-pipelines-task-lib';
import type { ProxyConfig } from '../http/proxy.ts';
import { mask } from './masking.ts';

export interface AgentProxy {
  readonly proxy: ProxyConfig | undefined;
  /** What docker push gets on top of the job's environment. */
  readonly env: NodeJS.ProcessEnv;
}

export function agentProxy(): AgentProxy {
  const config = tl.getHttpProxyConfiguration();
  if (!config?.proxyUrl) return { proxy: undefined, env: {} };
  mask(config.proxyPassword);
  if (config.proxyPassword) mask(config.proxyFormattedUrl);
  const url = config.proxyFormattedUrl || config.proxyUrl;
  return {
    proxy: { url: config.proxyUrl, username: config.proxyUsername, password: config.proxyPassword, bypass: config.proxyBypassHosts },
    env: { HTTPS_PROXY: url, HTTP_PROXY: url },
  };
}
