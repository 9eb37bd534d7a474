// A throwaway docker config for `docker push`, logged in with the run's
// login, as Docker@2 and docker/login-action do. It lives in the run's temp
// directory only while the command runs and is removed in a finally.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCKER_HUB } from '../registry/reference.ts';
import type { Login } from './spec.ts';

/** The `auths` key docker looks up for a registry host. */
function authsKey(registry: string): string {
  return registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry;
}

/** Writes `<dir>/config.json` under `parent` and returns the dir (for DOCKER_CONFIG); `mask` registers the auth string. */
export async function writeDockerConfig(login: Login, registry: string, parent: string, mask: (secret: string) => void): Promise<string> {
  const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
  mask(auth);
  const dir = await mkdtemp(join(parent, 'dct-sign-docker-'));
  const config = { auths: { [authsKey(registry)]: { auth } } };
  await writeFile(join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  return dir;
}

export async function removeDockerConfig(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
