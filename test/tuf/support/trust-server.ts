// An in-memory TrustServer over a RepositoryBuilder, for the trust tests:
// reads are served from what the builder published, publishes are refused
// as notary-server refuses them (400 VERSION when a role's version is not
// newer than the stored one, which is what a lost race looks like) or
// accepted, after which the server writes snapshot and timestamp itself.
// Tests can land a concurrent publish just before one is judged, or make
// the next publishes fail with any error, before or after applying them.

import { HttpError } from '../../../src/errors.ts';
import type { TufKey } from '../../../src/keys/index.ts';
import type { UploadFile } from '../../../src/trust/changes.ts';
import type { TrustServer } from '../../../src/trust/trust-server.ts';
import { metadataPath, type RepositoryBuilder } from './repository-builder.ts';

/** notary-server's answer to an update built on stale data. */
export function conflictError(status = 400, serverCode = 'VERSION'): HttpError {
  return new HttpError(`trust server refused the update (${status} ${serverCode})`, {
    status,
    url: 'https://notary.example.com/v2/example.com/org/app/_trust/tuf/',
    serverCode,
  });
}

function versionOf(bytes: Uint8Array): number {
  return (JSON.parse(Buffer.from(bytes).toString()) as { signed: { version: number } }).signed.version;
}

export class InMemoryTrustServer implements TrustServer {
  readonly builder: RepositoryBuilder;
  /** Every path read, in order. */
  readonly reads: string[] = [];
  /** Every publish attempted, accepted or not. */
  readonly publishes: (readonly UploadFile[])[] = [];
  readonly keyRequests: string[] = [];
  /** Errors the next publishes throw, in order, before anything is checked. */
  readonly failures: unknown[] = [];
  /** Errors the next publishes throw after they were applied, as an answer lost on the way back. */
  readonly lostAnswers: unknown[] = [];
  /** Runs as each publish arrives (1-based attempt), e.g. to let another publisher win the race. */
  beforePublish: ((attempt: number) => Promise<void>) | undefined;

  constructor(builder: RepositoryBuilder) {
    this.builder = builder;
  }

  async getRole(
    gun: string,
    role: string,
    options: { maxBytes: number; checksum?: string; version?: number },
  ): Promise<Uint8Array | null> {
    const path = metadataPath(role, options);
    this.reads.push(path);
    if (gun !== this.builder.gun) return null;
    return this.builder.store.get(path) ?? null;
  }

  async getKey(gun: string, role: string): Promise<TufKey> {
    this.keyRequests.push(`${gun} ${role}`);
    const key = this.builder.keysOf(role)[0];
    if (!key) throw new Error(`no ${role} key`);
    return key.publicKey;
  }

  async publish(gun: string, files: readonly UploadFile[]): Promise<void> {
    this.publishes.push(files);
    await this.beforePublish?.(this.publishes.length);
    if (this.failures.length > 0) throw this.failures.shift();
    if (gun !== this.builder.gun) throw new Error(`no repository ${gun}`);
    for (const file of files) {
      const current = this.builder.store.current.get(file.role);
      if (current && versionOf(file.bytes) <= versionOf(current)) throw conflictError();
    }
    this.builder.ingest(files);
    await this.builder.publish();
    if (this.lostAnswers.length > 0) throw this.lostAnswers.shift();
  }
}
