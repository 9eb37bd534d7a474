// Registry credentials from docker's config file, as docker/login-action and
// Azure's Docker@2 login write it: `auths` entries with a base64 `auth`
// (user:password), separate `username`/`password`, or an `identitytoken`.

import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import { DOCKER_HUB } from './reference.ts';

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** An OAuth2 refresh token that docker calls an identity token. */
export interface IdentityToken {
  readonly username: string;
  readonly identityToken: string;
}

export type RegistryCredential = Credentials | IdentityToken;

export function isIdentityToken(c: RegistryCredential): c is IdentityToken {
  return 'identityToken' in c;
}

const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];

/** docker's config.json path: $DOCKER_CONFIG/config.json, else ~/.docker/config.json. */
export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json');
}

/** The host part of an `auths` key, which may be a URL. */
function keyHost(key: string): string {
  return key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
}

/** Credentials for `registry` from parsed config JSON; undefined when none match. */
export function credentialsFromConfig(config: unknown, registry: string, path = 'config.json'): RegistryCredential | undefined {
  if (typeof config !== 'object' || config === null) return undefined;
  const auths = (config as Record<string, unknown>).auths;
  if (typeof auths !== 'object' || auths === null) return undefined;
  const wanted = registry === DOCKER_HUB ? new Set(HUB_KEYS) : new Set([registry.toLowerCase()]);
  for (const [key, entry] of Object.entries(auths as Record<string, unknown>)) {
    if (!wanted.has(key) && !wanted.has(keyHost(key))) continue;
    if (typeof entry !== 'object' || entry === null) continue;
    const e = entry as Record<string, unknown>;
    let username = typeof e.username === 'string' ? e.username : '';
    let password = typeof e.password === 'string' ? e.password : '';
    if (typeof e.auth === 'string' && e.auth !== '') {
      const decoded = Buffer.from(e.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) {
        throw new InputError('docker config', `${path}: the auth entry for ${key} is not base64 of user:password; log in again`);
      }
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
    if (typeof e.identitytoken === 'string' && e.identitytoken !== '') {
      return { username, identityToken: e.identitytoken };
    }
    if (username !== '' || password !== '') return { username, password };
  }
  return undefined;
}

/** Reads docker's config file; a missing file means no credentials. */
export async function credentialsFromDockerConfig(
  registry: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RegistryCredential | undefined> {
  const path = dockerConfigPath(env);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError('docker config', `${path} cannot be read: ${(err as Error).message}`, { cause: err });
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (err) {
    throw new InputError('docker config', `${path} is not valid JSON; run docker login again`, { cause: err });
  }
  return credentialsFromConfig(config, registry, path);
}
