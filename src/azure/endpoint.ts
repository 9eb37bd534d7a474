// The docker-registry service connection: which registry it is for and the
// credentials dct-sign sends to that registry and to its trust server.
//
// A "Docker Registry" connection (Docker Hub, or Others with any registry,
// e.g. ACR with a service principal's ID and secret) has the scheme
// UsernamePassword with `registry`, `username` and `password`. One made
// through the "Azure Container Registry" option has registrytype ACR and
// `loginServer`, with `serviceprincipalid`/`serviceprincipalkey` for a
// service principal; its managed identity and workload identity federation
// variants need an Azure AD token exchange that dct-sign does not do.

import * as tl from 'azure-pipelines-task-lib';
import { InputError } from '../errors.ts';
import { DOCKER_HUB } from '../registry/reference.ts';
import { CONNECTION_INPUT } from './names.ts';
import { readSecret } from './masking.ts';

export interface RegistryConnection {
  /** The registry host as image references name it (`docker.io` for Docker Hub). */
  readonly registry: string;
  readonly username: string;
  readonly password: string;
}

const HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
const TOKEN_EXCHANGE_SCHEMES = new Set(['ManagedServiceIdentity', 'WorkloadIdentityFederation']);

/** `https://myacr.azurecr.io/`, `index.docker.io/v1/`, `https://u:p@r.io` → the host an image reference would carry. */
export function registryHost(url: string): string {
  const host = url
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    // A user and password (which may hold a `/`) are not part of the host, and must not reach a message.
    .replace(/^.*@/, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return HUB_HOSTS.has(host) ? DOCKER_HUB : host;
}

/** The connection's secrets, read (masked, unechoed) before any other input. */
export interface EndpointSecrets {
  /** A Docker Registry connection's password. */
  readonly password: string | undefined;
  /** An Azure Container Registry connection's service principal key. */
  readonly servicePrincipalKey: string | undefined;
}

export function readEndpointSecrets(id: string): EndpointSecrets {
  return {
    password: readSecret(() => tl.getEndpointAuthorizationParameter(id, 'password', true)),
    servicePrincipalKey: readSecret(() => tl.getEndpointAuthorizationParameter(id, 'serviceprincipalkey', true)),
  };
}

export function readRegistryConnection(id: string, secrets: EndpointSecrets, input = CONNECTION_INPUT): RegistryConnection {
  const scheme = tl.getEndpointAuthorizationScheme(id, true) ?? '';
  const param = (key: string) => tl.getEndpointAuthorizationParameter(id, key, true)?.trim() || undefined;
  const loginServer = param('loginServer');
  const acr = tl.getEndpointDataParameter(id, 'registrytype', true) === 'ACR' || loginServer !== undefined;

  let username: string | undefined;
  let password: string | undefined;
  let url: string | undefined;
  if (acr) {
    if (TOKEN_EXCHANGE_SCHEMES.has(scheme)) {
      throw new InputError(
        input,
        `the ${scheme} authentication of this Azure Container Registry connection is not supported; ` +
          'use a Docker Registry connection (type Others) with a service principal ID and secret that may push',
      );
    }
    password = secrets.servicePrincipalKey;
    username = param('serviceprincipalid');
    url = loginServer;
  } else {
    if (scheme !== '' && scheme !== 'UsernamePassword') {
      throw new InputError(input, `the connection's authentication scheme ${scheme} is not supported; use username and password`);
    }
    password = secrets.password;
    username = param('username');
    url = param('registry') ?? tl.getEndpointUrl(id, true);
  }
  if (!url) throw new InputError(input, 'the service connection names no registry; set its Docker Registry URL');
  if (!username || !password) {
    throw new InputError(input, 'the service connection has no username and password; edit it to add the registry credentials');
  }
  return { registry: registryHost(url), username, password };
}
