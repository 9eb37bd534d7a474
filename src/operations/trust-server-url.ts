// Which trust server serves a registry's repositories, in docker's order:
// an explicit setting, DOCKER_CONTENT_TRUST_SERVER, Docker Hub's notary,
// then the registry host itself (ACR; IBM Cloud needs its :4443 given).

import { InputError } from '../errors.ts';
import { DOCKER_HUB } from '../registry/reference.ts';

export const DOCKER_HUB_NOTARY = 'https://notary.docker.io';

export function resolveTrustServer(registry: string, explicit: string | undefined, env: NodeJS.ProcessEnv): string {
  const chosen = explicit?.trim() || env.DOCKER_CONTENT_TRUST_SERVER?.trim();
  if (chosen) {
    const url = /^[a-z]+:\/\//i.test(chosen) ? chosen : `https://${chosen}`;
    try {
      return new URL(url).href.replace(/\/+$/, '');
    } catch (err) {
      throw new InputError('trust-server', `"${chosen}" is not a URL; give e.g. https://notary.example.com:4443`, { cause: err });
    }
  }
  return registry === DOCKER_HUB ? DOCKER_HUB_NOTARY : `https://${registry}`;
}
