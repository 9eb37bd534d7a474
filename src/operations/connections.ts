// What inspect, verify and revoke share: the connection options every
// operation takes, one Session per registry with its credentials, and each
// repository's trust server. Registry credentials come from the options or
// from docker's config file, as for sign.

import { InputError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { TrustAccess } from '../notary/client.ts';
import type { RegistryCredentials } from '../registry/auth.ts';
import { credentialsFromDockerConfig, isIdentityToken } from '../registry/credentials.ts';
import type { ImageReference } from '../registry/reference.ts';
import type { TrustServer } from '../trust/trust-server.ts';
import type { RootPin } from '../tuf/root-trust.ts';
import { parseTrustPin } from './inputs.ts';
import { Session } from './session.ts';
import { resolveTrustServer } from './trust-server-url.ts';

/** The options every read or revoke operation takes besides its own. */
export interface ConnectionOptions {
  readonly trustServer?: string | undefined;
  /** PEM text of extra CA certificates. */
  readonly trustServerCa?: string | undefined;
  /** A root key ID or root certificate the repository's root must match. */
  readonly trustPin?: string | undefined;
  /** Registry credentials; docker's config file is read when absent. */
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
  readonly logger?: Logger;
  readonly timeoutMs?: number;
}

export function trustPinOf(options: ConnectionOptions): RootPin | undefined {
  return options.trustPin?.trim() ? parseTrustPin(options.trustPin) : undefined;
}

/** Checks username/password now, so that a half-given pair fails before any request. */
export function checkCredentialInputs(options: ConnectionOptions, refs: readonly ImageReference[]): void {
  if ((options.username || options.password) && !(options.username && options.password)) {
    throw new InputError(options.username ? 'password' : 'username', 'give both username and password, or neither');
  }
  // Explicit credentials belong to one registry; they must never be offered to another.
  const registries = new Set(refs.map((r) => r.registry));
  if (options.username && registries.size > 1) {
    throw new InputError(
      'tags',
      `username and password are for one registry, but the references name ${[...registries].join(', ')}; ` +
        'run once per registry, or log in with docker login and leave username and password empty',
    );
  }
}

async function credentialsFor(options: ConnectionOptions, registry: string): Promise<RegistryCredentials | undefined> {
  if (options.username && options.password) return { username: options.username, password: options.password };
  const found = await credentialsFromDockerConfig(registry, options.env ?? process.env);
  if (!found) return undefined;
  return isIdentityToken(found)
    ? { username: found.username, identityToken: found.identityToken }
    : { username: found.username, password: found.password };
}

/** One session per registry, opened on first use and closed together. */
export class Connections {
  readonly #options: ConnectionOptions;
  readonly #access: TrustAccess;
  readonly #sessions = new Map<string, Promise<Session>>();

  constructor(options: ConnectionOptions, access: TrustAccess) {
    this.#options = options;
    this.#access = access;
  }

  session(registry: string): Promise<Session> {
    let session = this.#sessions.get(registry);
    if (!session) {
      session = credentialsFor(this.#options, registry).then(
        (credentials) =>
          new Session({
            access: this.#access,
            ...(this.#options.trustServerCa ? { caBundle: this.#options.trustServerCa } : {}),
            ...(credentials ? { credentials } : {}),
            ...(this.#options.timeoutMs ? { timeoutMs: this.#options.timeoutMs } : {}),
          }),
      );
      this.#sessions.set(registry, session);
    }
    return session;
  }

  /** The trust server URL for a reference's registry. */
  trustServerUrl(ref: ImageReference): string {
    return resolveTrustServer(ref.registry, this.#options.trustServer, this.#options.env ?? process.env);
  }

  async trustServer(ref: ImageReference): Promise<TrustServer> {
    return (await this.session(ref.registry)).trustServer(this.trustServerUrl(ref));
  }

  async close(): Promise<void> {
    const sessions = await Promise.allSettled(this.#sessions.values());
    await Promise.all(sessions.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
  }
}

/** The references of each repository, in the order first given. */
export function byRepository<R extends ImageReference>(refs: readonly R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const ref of refs) groups.set(ref.gun, [...(groups.get(ref.gun) ?? []), ref]);
  return groups;
}
