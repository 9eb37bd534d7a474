// Registry credentials from docker's config file, resolved as the docker CLI
// resolves them (cli/config/configfile): a credential helper named for the
// registry in `credHelpers`, else the `credsStore` helper, else the `auths`
// entries that docker/login-action and Azure's Docker@2 login write (a base64
// `auth` of user:password, separate `username`/`password`, or an
// `identitytoken`). A helper that has no login for the registry means
// anonymous, as in docker: `auths` is not consulted then.
//
// Every secret is handed to `mask` the moment it is read, before anything
// can print it.

import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import { getHelperCredentials } from './credential-helper.ts';
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

/** docker's key for Docker Hub in config files and credential helpers (registry.IndexServer). */
export const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';
const HUB_KEYS = [DOCKER_HUB_CONFIG_KEY, 'index.docker.io', 'docker.io', 'registry-1.docker.io'];

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

/** The key docker looks a registry up by in credHelpers, and sends to a helper. */
export function configKey(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_CONFIG_KEY : registry;
}

/** Which credential helper docker would ask for `registry`, and where the config names it. */
export function helperFor(config: unknown, registry: string): { name: string; field: string } | undefined {
  if (typeof config !== 'object' || config === null) return undefined;
  const { credHelpers, credsStore } = config as Record<string, unknown>;
  const key = configKey(registry).toLowerCase();
  if (typeof credHelpers === 'object' && credHelpers !== null) {
    for (const [host, name] of Object.entries(credHelpers as Record<string, unknown>)) {
      if (host.toLowerCase() === key && typeof name === 'string' && name !== '') {
        return { name, field: `credHelpers["${host}"]` };
      }
    }
  }
  if (typeof credsStore === 'string' && credsStore !== '') return { name: credsStore, field: 'credsStore' };
  return undefined;
}

export interface DockerConfigOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Called with every secret (password, identity token) as soon as it is read, for the log masker. */
  readonly mask?: (secret: string) => void;
  /** Longest a credential helper may take. */
  readonly helperTimeoutMs?: number;
  /** The error's words when a helper takes that long because the command's deadline came. */
  readonly helperTimeoutNote?: string;
}

function masked<C extends RegistryCredential | undefined>(credential: C, mask: ((secret: string) => void) | undefined): C {
  if (credential && mask) {
    const secret = isIdentityToken(credential) ? credential.identityToken : credential.password;
    if (secret !== '') mask(secret);
  }
  return credential;
}

/** Reads docker's config file and resolves `registry`'s login; a missing file means no credentials. */
export async function credentialsFromDockerConfig(
  registry: string,
  options: DockerConfigOptions = {},
): Promise<RegistryCredential | undefined> {
  const env = options.env ?? process.env;
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
  const helper = helperFor(config, registry);
  if (helper === undefined) return masked(credentialsFromConfig(config, registry, path), options.mask);
  const found = await getHelperCredentials({
    name: helper.name,
    serverUrl: configKey(registry),
    source: `${helper.field} in ${path}`,
    env,
    ...(options.helperTimeoutMs === undefined ? {} : { timeoutMs: options.helperTimeoutMs }),
    ...(options.helperTimeoutNote === undefined ? {} : { timeoutNote: options.helperTimeoutNote }),
  });
  if (found === undefined) return undefined;
  options.mask?.(found.secret);
  return found.identityToken
    ? { username: found.username, identityToken: found.secret }
    : { username: found.username, password: found.secret };
}
