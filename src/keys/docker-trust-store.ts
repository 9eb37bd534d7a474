// The private keys docker keeps for content trust: $DOCKER_CONFIG/trust/private
// (else ~/.docker/trust/private), one `<key ID>.key` PEM file each, named by
// its `role:` header (a signer's name, root or targets), as `docker trust key
// generate` and `docker trust key load` leave them.

import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readPem } from './pem.ts';

export interface StoredKey {
  readonly path: string;
  /** The `role:` header; undefined for a file without one. */
  readonly role: string | undefined;
}

export function dockerTrustKeyDirectory(env: NodeJS.ProcessEnv): string {
  return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'trust', 'private');
}

/** The key files in the directory, sorted by name; none when it does not exist. */
export function dockerTrustKeys(directory: string): StoredKey[] {
  let names: string[];
  try {
    names = readdirSync(directory).filter((n) => n.endsWith('.key')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const path = join(directory, name);
    let role: string | undefined;
    try {
      role = readPem(readFileSync(path, 'utf8')).blocks[0]?.headers.role;
    } catch {
      role = undefined;
    }
    return { path, role };
  });
}
