// Wiring the core to a stack variant, and reading what docker left in a
// peer context, for tests that cross-check the core against the peers.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPrivateKey, type LoadedPrivateKey } from '../../src/keys/index.ts';
import { Session } from '../../src/operations/session.ts';
import type { PeerContext } from './peers.ts';
import type { StackInfo, StackVariant } from './stack.ts';
import type { Credentials } from './token-server.ts';

/** A core session trusting the stack's CA, as `user` on the token variant. */
export function coreSession(stack: StackInfo, user?: Credentials): Session {
  return new Session({
    caBundle: stack.caPem,
    access: 'write',
    ...(user ? { credentials: { username: user.username, password: user.password } } : {}),
  });
}

/** The PEM text of the key docker stored for `role` (a signer name, `targets` or `root`). */
export async function dockerKeyPem(ctx: PeerContext, role: string, gun?: string): Promise<string> {
  const dir = join(ctx.dockerTrustDir, 'private');
  for (const file of await readdir(dir)) {
    const pem = await readFile(join(dir, file), 'utf8');
    if (!new RegExp(`^role: ${role}$`, 'm').test(pem)) continue;
    if (gun !== undefined && !pem.includes(`gun: ${gun}`)) continue;
    return pem;
  }
  throw new Error(`no docker key with role ${role} in ${dir}`);
}

/** docker's key for `role`, loaded by the core with the context's passphrase. */
export async function dockerKey(ctx: PeerContext, role: string, gun?: string): Promise<LoadedPrivateKey> {
  const passphrase = role === 'root' ? ctx.passphrases.root : ctx.passphrases.repository;
  return loadPrivateKey(await dockerKeyPem(ctx, role, gun), { input: `docker key ${role}`, passphrase });
}

export type { StackVariant };
