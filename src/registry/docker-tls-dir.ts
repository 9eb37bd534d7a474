// docker's per-server TLS directory: $DOCKER_CONFIG/tls/<host[:port]>/
// (DOCKER_CONFIG defaults to ~/.docker), read as docker's trust code reads it
// for the trust server (docker/cli cli/trust/trust.go certificateDirectory,
// then ReadCertsDirectory): the directory is named by the trust server URL's
// host exactly as written, with its port when one is written and without one
// when not (no default port is added or removed); every `*.crt` in it is a CA
// certificate, added to the system store; each `X.cert` with its `X.key` is a
// client certificate. A `.cert` without its `.key`, or a `.key` without its
// `.cert`, is an error, as in docker. A missing directory is no error.

import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DctError } from '../errors.ts';

export interface DockerTlsDir {
  /** The directory read. */
  readonly dir: string;
  /** Its `*.crt` files, concatenated; undefined when there are none. */
  readonly caPem: string | undefined;
  /** Its first `X.cert`/`X.key` pair by name (docker's os.ReadDir order). */
  readonly client: { readonly cert: string; readonly key: string; readonly file: string } | undefined;
}

/** The host of a URL as written, port included when written: Go's url.Parse(u).Host, which docker names the directory by. */
export function hostAsWritten(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url) ?? /^([^/?#]*)/.exec(url);
  const authority = match?.[1] ?? '';
  return authority.slice(authority.lastIndexOf('@') + 1);
}

/** The tls directory for a trust server URL as given. */
export function dockerTlsDirPath(serverUrl: string, env: NodeJS.ProcessEnv): string {
  return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'tls', hostAsWritten(serverUrl));
}

/** Reads the tls directory for `serverUrl`; undefined when it does not exist or holds none of docker's files. */
export function readDockerTlsDir(serverUrl: string, env: NodeJS.ProcessEnv): DockerTlsDir | undefined {
  const host = hostAsWritten(serverUrl);
  if (host === '' || host.includes('/') || host === '.' || host === '..') return undefined;
  const dir = dockerTlsDirPath(serverUrl, env);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT' || (err as { code?: unknown }).code === 'ENOTDIR') return undefined;
    throw new DctError('INPUT', `cannot read docker's TLS directory ${dir}: ${(err as Error).message}`, { cause: err });
  }
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch (err) {
      throw new DctError('INPUT', `cannot read ${join(dir, name)}: ${(err as Error).message}`, { cause: err });
    }
  };
  const has = new Set(names);
  const cas: string[] = [];
  let client: DockerTlsDir['client'];
  for (const name of names) {
    if (name.endsWith('.crt')) cas.push(read(name));
    if (name.endsWith('.cert')) {
      const keyName = `${name.slice(0, -'.cert'.length)}.key`;
      if (!has.has(keyName)) {
        throw new DctError('INPUT', `${dir}: missing key ${keyName} for client certificate ${name}; CA certificates must use the extension .crt`);
      }
      client ??= { cert: read(name), key: read(keyName), file: join(dir, name) };
    }
    if (name.endsWith('.key') && !has.has(`${name.slice(0, -'.key'.length)}.cert`)) {
      throw new DctError('INPUT', `${dir}: missing client certificate ${name.slice(0, -'.key'.length)}.cert for key ${name}`);
    }
  }
  if (cas.length === 0 && !client) return undefined;
  return { dir, caPem: cas.length > 0 ? cas.join('\n') : undefined, client };
}
