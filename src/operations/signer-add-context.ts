// What the repository admin operations share (signer add and remove, key
// rotation, refresh): repository references, registry credentials, the
// trust pin, and one session per registry that is closed when the work is
// done. (Named for the first operation that needed it; it serves them all.)

import { DctError, errorMessage, InputError } from '../errors.ts';
import { silentLogger, type Logger } from '../logger.ts';
import type { TrustAccess, TrustServerClient } from '../notary/client.ts';
import type { RegistryCredentials } from '../registry/auth.ts';
import { credentialsFromDockerConfig, isIdentityToken } from '../registry/credentials.ts';
import { parseReference, type ImageReference } from '../registry/reference.ts';
import type { RootPin } from '../tuf/root-trust.ts';
import { parseTrustPin } from './inputs.ts';
import { Session } from './session.ts';
import { resolveTrustServer } from './trust-server-url.ts';

/** How to reach and trust a repository's trust server; every admin operation takes these. */
export interface AdminOptions {
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

/** One repository an admin operation works on. */
export interface AdminRepository {
  /** The reference as given. */
  readonly reference: string;
  readonly gun: string;
  readonly registry: string;
  /** The trust server's URL. */
  readonly trustServer: string;
  readonly server: TrustServerClient;
}

export interface AdminContext {
  readonly repositories: readonly AdminRepository[];
  readonly pin: RootPin | undefined;
  readonly logger: Logger;
}

/** A repository name (`registry/repository`); trust data and its signers belong to the whole repository. */
export function parseRepository(text: string, input: string): ImageReference {
  const ref = parseReference(text, input);
  if (ref.tag !== undefined || ref.digest !== undefined) {
    const name = ref.original.split('@')[0]!.replace(/:[^:/]*$/, '');
    throw new InputError(
      input,
      `${ref.original}: give the repository without a tag or digest (${name}); signers and keys belong to the whole repository`,
    );
  }
  return ref;
}

async function credentialsFor(options: AdminOptions, registry: string): Promise<RegistryCredentials | undefined> {
  if (options.username || options.password) {
    if (!options.username || !options.password) {
      throw new InputError(options.username ? 'password' : 'username', 'give both username and password, or neither');
    }
    return { username: options.username, password: options.password };
  }
  const found = await credentialsFromDockerConfig(registry, options.env ?? process.env);
  if (!found) return undefined;
  return isIdentityToken(found)
    ? { username: found.username, identityToken: found.identityToken }
    : { username: found.username, password: found.password };
}

/**
 * Parses the references (checking them all before any network call), opens
 * one session per registry asking for `access`, runs `work` and closes the
 * sessions. The same repository given twice is worked on once.
 */
export async function withRepositories<T>(
  options: AdminOptions,
  references: readonly string[],
  input: string,
  access: TrustAccess,
  work: (context: AdminContext) => Promise<T>,
): Promise<T> {
  const env = options.env ?? process.env;
  if (references.length === 0) throw new InputError(input, 'no repository given; list registry/repository names');
  const refs = references.map((r) => parseRepository(r, input));
  const pin = options.trustPin?.trim() ? parseTrustPin(options.trustPin) : undefined;
  const unique = [...new Map(refs.map((r) => [r.gun, r])).values()];
  const trustServers = new Map(unique.map((r) => [r.gun, resolveTrustServer(r.registry, options.trustServer, env)]));
  const sessions = new Map<string, Session>();
  try {
    for (const registry of new Set(unique.map((r) => r.registry))) {
      const credentials = await credentialsFor(options, registry);
      sessions.set(
        registry,
        new Session({
          access,
          ...(options.trustServerCa ? { caBundle: options.trustServerCa } : {}),
          ...(credentials ? { credentials } : {}),
          ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        }),
      );
    }
    const repositories = unique.map((ref) => {
      const trustServer = trustServers.get(ref.gun)!;
      return {
        reference: ref.original,
        gun: ref.gun,
        registry: ref.registry,
        trustServer,
        server: sessions.get(ref.registry)!.trustServer(trustServer),
      };
    });
    return await work({ repositories, pin, logger: options.logger ?? silentLogger });
  } finally {
    await Promise.all([...sessions.values()].map((s) => s.close()));
  }
}

/**
 * An error from publishing to one repository after others were already
 * changed: same code, with the changed repositories named so that a rerun
 * is understood (the operations are idempotent, so rerunning is safe).
 */
export function afterPartialSuccess(err: unknown, done: readonly string[]): unknown {
  if (done.length === 0 || !(err instanceof DctError)) return err;
  return new DctError(err.code, `${errorMessage(err)} (already changed: ${done.join(', ')}; rerunning is safe)`, { cause: err });
}
