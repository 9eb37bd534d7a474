// A throwaway docker config for `docker push`, logged in with the service
// connection's credentials, as Docker@2 does. It lives in the agent's temp
// directory only while the sign runs and is removed in a finally.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCKER_HUB } from '../registry/reference.ts';
import type { RegistryConnection } from './endpoint.ts';
import { mask } from './masking.ts';

/** The `auths` key docker looks up for a registry host. */
function authsKey(registry: string): string {
  return registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry;
}

/** Writes `<dir>/config.json` under `parent` and returns the dir (for DOCKER_CONFIG). */
export async function writeDockerConfig(connection: RegistryConnection, parent: string): Promise<string> {
  const auth = mask(Buffer.from(`${connection.username}:${connection.password}`).toString('base64'));
  const dir = await mkdtemp(join(parent, 'dct-sign-docker-'));
  const config = { auths: { [authsKey(connection.registry)]: { auth } } };
  await writeFile(join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  return dir;
}

export async function removeDockerConfig(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
