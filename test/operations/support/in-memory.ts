// An in-memory trust server and registry for operation tests, reached
// through ConnectionOptions.connect as the real ones are through
// Connections. The trust server keeps one repository per GUN in a
// RepositoryBuilder (really signed metadata) and takes uploads as
// notary-server does: each file must parse, name a role the repository
// can hold and be newer than the stored one; then it stores them and
// writes snapshot and timestamp itself. The registry keeps manifests (by
// tag and digest) and blobs as distribution 2.8 does, optionally with the
// referrers API, and can play an identity that may only pull.

import { createHash } from 'node:crypto';
import { HttpError, DctError } from '../../../src/errors.ts';
import { NetworkError } from '../../../src/http/errors.ts';
import { sign } from '../../../src/operations/sign.ts';
import { exportEncryptedPrivateKey, generateKey, type LoadedPrivateKey, type SigningKey, type TufKey } from '../../../src/keys/index.ts';
import { loadKeyInput } from '../../../src/operations/key-inputs.ts';
import type { CommandRunner } from '../../../src/operations/command-runner.ts';
import type { TrustAccess } from '../../../src/notary/client.ts';
import type { Deadline } from '../../../src/http/transport.ts';
import {
  deadlineOf,
  trustBookOf,
  type ConnectionFactory,
  type ConnectionOptions,
  type RepositoryConnections,
  type RequestCounts,
} from '../../../src/operations/connections.ts';
import type { KeyInput } from '../../../src/operations/inputs.ts';
import { parseReference, parseTaggedReference, type ImageReference } from '../../../src/registry/reference.ts';
import type { ManifestDescriptor } from '../../../src/registry/registry-client.ts';
import type { Descriptor, ManifestContent, OciRegistry, PutManifestResult, RepositoryLocation } from '../../../src/registry/oci-registry.ts';
import type { UploadFile } from '../../../src/trust/changes.ts';
import type { KeyRotatingServer } from '../../../src/trust/rotation.ts';
import type { TrustBook } from '../../../src/trust/trust-state.ts';
import { isDelegationName, ROOT, TARGETS } from '../../../src/tuf/role.ts';
import { RepositoryBuilder } from '../../tuf/support/repository-builder.ts';
import { InMemoryTrustServer } from '../../tuf/support/trust-server.ts';

export const REGISTRY = 'registry.test';
export const TRUST_SERVER_URL = 'https://notary.test';
export const PASSPHRASE = 'test passphrase';
const MANIFEST_TYPE = 'application/vnd.oci.image.manifest.v1+json';

/** A repository's trust data as notary-server keeps it, with uploads checked before they are stored. */
export class NotaryLikeServer extends InMemoryTrustServer implements KeyRotatingServer {
  override async publish(gun: string, files: readonly UploadFile[]): Promise<void> {
    for (const file of files) checkUpload(file);
    await super.publish(gun, files);
  }

  async rotateKey(): Promise<TufKey> {
    throw new Error('the in-memory trust server does not rotate keys');
  }
}

/** notary-server's first checks: a file that does not parse, or for a role it does not keep, is a 400. */
function checkUpload(file: UploadFile): void {
  let parsed: { signed?: { _type?: unknown; version?: unknown }; signatures?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(file.bytes).toString('utf8')) as typeof parsed;
  } catch (err) {
    throw new HttpError(`${file.role}: not JSON`, { status: 400, url: TRUST_SERVER_URL, serverCode: 'MALFORMED_UPLOAD', cause: err });
  }
  const known = file.role === ROOT || file.role === TARGETS || isDelegationName(file.role);
  const signed = parsed.signed;
  if (!known || typeof signed?.version !== 'number' || !Array.isArray(parsed.signatures) || parsed.signatures.length === 0) {
    throw new HttpError(`${file.role}: not a signed role the server keeps`, { status: 400, url: TRUST_SERVER_URL, serverCode: 'MALFORMED_UPLOAD' });
  }
}

/** What an InMemoryRegistry was asked to write, in order. */
export interface RegistryWrite {
  readonly kind: 'blob' | 'manifest';
  /** `registry/repository:tag` or `registry/repository@sha256:…`. */
  readonly name: string;
}

/**
 * A registry in memory, as distribution 2.8 behaves: manifests by tag
 * (`registry/repository:tag`, in `manifests`) and by digest, blobs, and no
 * referrers API unless `referrersApi` is set (then it lists each manifest
 * whose `subject` names a digest, and confirms with subjectIndexed, as an
 * OCI 1.1 registry's OCI-Subject header does).
 */
export class InMemoryRegistry implements OciRegistry {
  readonly manifests = new Map<string, Uint8Array>();
  /** Manifests by `registry/repository@digest`, tagged or not. */
  readonly byDigest = new Map<string, Uint8Array>();
  /** Blobs by `registry/repository@digest`. */
  readonly blobs = new Map<string, Uint8Array>();
  readonly reads: string[] = [];
  /** Every blob upload and manifest put, in order; blobs the registry had are not uploaded again. */
  readonly writes: RegistryWrite[] = [];
  /** When set, every read fails with it, as a registry that cannot be reached. */
  unreachable: NetworkError | undefined;
  /** Serve the OCI 1.1 referrers API; off, as in distribution 2.8. */
  referrersApi = false;
  /** The identity may pull but not push: checkPushRights and every write fail with PUSH_DENIED. */
  readOnly = false;
  /** Called after each manifest put, e.g. to play another writer. */
  afterPut: ((location: RepositoryLocation, reference: string) => void) | undefined;

  /** Puts a manifest under a tag; returns its digest. */
  put(ref: string | ImageReference, content: string): string {
    const reference = typeof ref === 'string' ? ref : ref.original;
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST_TYPE, content }));
    this.manifests.set(reference, bytes);
    const digest = digestOf(bytes);
    const at = reference.lastIndexOf(':');
    if (at > reference.lastIndexOf('/')) this.byDigest.set(`${reference.slice(0, at)}@${digest}`, bytes);
    return digest;
  }

  async resolve(ref: ImageReference): Promise<ManifestDescriptor> {
    const key = `${ref.registry}/${ref.repository}:${ref.tag ?? ''}`;
    this.reads.push(key);
    if (this.unreachable) throw this.unreachable;
    const bytes = this.manifests.get(key);
    if (!bytes) throw new HttpError(`${ref.original} is not in the registry`, { status: 404, url: key, code: 'NOT_FOUND' });
    const digest = digestOf(bytes);
    if (ref.digest && ref.digest !== digest) {
      throw new DctError('VERIFY', `${ref.original}: the tag now points to ${digest}, not the digest in the reference`);
    }
    return { digest, size: bytes.length, mediaType: mediaTypeOf(bytes) };
  }

  async manifest(location: RepositoryLocation, reference: string): Promise<ManifestContent | undefined> {
    const key = keyOf(location, reference);
    this.reads.push(key);
    if (this.unreachable) throw this.unreachable;
    const bytes = reference.startsWith('sha256:') ? this.byDigest.get(key) : this.manifests.get(key);
    if (!bytes) return undefined;
    return { digest: digestOf(bytes), size: bytes.length, mediaType: mediaTypeOf(bytes), bytes };
  }

  async blob(location: RepositoryLocation, digest: string, maxBytes: number): Promise<Uint8Array> {
    const key = keyOf(location, digest);
    this.reads.push(key);
    if (this.unreachable) throw this.unreachable;
    const bytes = this.blobs.get(key);
    if (!bytes) throw new HttpError(`${key}: no such blob`, { status: 404, url: key, code: 'NOT_FOUND' });
    if (bytes.length > maxBytes) throw new HttpError(`${key}: more than ${maxBytes} bytes`, { status: 200, url: key });
    return bytes;
  }

  async pushBlob(location: RepositoryLocation, bytes: Uint8Array, _options?: { readonly fresh?: boolean }): Promise<{ readonly digest: string; readonly size: number }> {
    const digest = digestOf(bytes);
    const key = keyOf(location, digest);
    if (this.unreachable) throw this.unreachable;
    if (!this.blobs.has(key)) {
      this.#checkWritable(location);
      this.blobs.set(key, Uint8Array.from(bytes));
      this.writes.push({ kind: 'blob', name: key });
    }
    return { digest, size: bytes.length };
  }

  async putManifest(
    location: RepositoryLocation,
    reference: string,
    manifest: { readonly bytes: Uint8Array; readonly mediaType: string },
  ): Promise<PutManifestResult> {
    if (this.unreachable) throw this.unreachable;
    this.#checkWritable(location);
    const bytes = Uint8Array.from(manifest.bytes);
    const digest = digestOf(bytes);
    if (reference.startsWith('sha256:') && reference !== digest) {
      throw new HttpError(`${keyOf(location, reference)}: the manifest's digest is ${digest}`, { status: 400, url: reference });
    }
    const parsed = JSON.parse(Buffer.from(bytes).toString('utf8')) as { subject?: { digest?: unknown } };
    this.byDigest.set(keyOf(location, digest), bytes);
    if (!reference.startsWith('sha256:')) this.manifests.set(keyOf(location, reference), bytes);
    this.writes.push({ kind: 'manifest', name: keyOf(location, reference) });
    this.afterPut?.(location, reference);
    return { digest, subjectIndexed: this.referrersApi && typeof parsed.subject?.digest === 'string' };
  }

  async referrers(location: RepositoryLocation, digest: string): Promise<readonly Descriptor[] | undefined> {
    this.reads.push(`${keyOf(location, digest)} referrers`);
    if (this.unreachable) throw this.unreachable;
    if (!this.referrersApi) return undefined;
    const prefix = `${location.registry}/${location.repository}@`;
    const found: Descriptor[] = [];
    for (const [key, bytes] of this.byDigest) {
      if (!key.startsWith(prefix)) continue;
      const m = JSON.parse(Buffer.from(bytes).toString('utf8')) as {
        subject?: { digest?: unknown };
        artifactType?: string;
        config?: { mediaType?: string };
        annotations?: Record<string, string>;
      };
      if (m.subject?.digest !== digest) continue;
      const artifactType = m.artifactType ?? m.config?.mediaType;
      found.push({
        mediaType: mediaTypeOf(bytes),
        digest: digestOf(bytes),
        size: bytes.length,
        ...(artifactType ? { artifactType } : {}),
        ...(m.annotations ? { annotations: m.annotations } : {}),
      });
    }
    return found;
  }

  async checkPushRights(location: RepositoryLocation): Promise<void> {
    if (this.unreachable) throw this.unreachable;
    this.#checkWritable(location);
  }

  #checkWritable(location: RepositoryLocation): void {
    if (!this.readOnly) return;
    throw new HttpError(`user "reader" may not push to ${location.registry}/${location.repository} (HTTP 403): the registry granted pull only`, {
      status: 403,
      url: `${location.registry}/${location.repository}`,
      code: 'PUSH_DENIED',
    });
  }
}

function keyOf(location: RepositoryLocation, reference: string): string {
  return `${location.registry}/${location.repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
}

function mediaTypeOf(bytes: Uint8Array): string {
  try {
    const { mediaType } = JSON.parse(Buffer.from(bytes).toString('utf8')) as { mediaType?: unknown };
    return typeof mediaType === 'string' ? mediaType : MANIFEST_TYPE;
  } catch {
    return MANIFEST_TYPE;
  }
}

function digestOf(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** A trust server and registry in memory, for every repository of a test. */
export class InMemoryStack {
  readonly registry = new InMemoryRegistry();
  readonly servers = new Map<string, NotaryLikeServer>();
  /** Every access the operations asked for, in order. */
  readonly access: TrustAccess[] = [];
  closed = 0;

  /** A repository (`registry.test/<name>`), built and published by `build`, or left empty to be created. */
  async repository(name: string, build?: (b: RepositoryBuilder) => void): Promise<NotaryLikeServer> {
    const builder = new RepositoryBuilder({ gun: `${REGISTRY}/${name}`, now: new Date() });
    if (build) {
      build(builder);
      await builder.publish();
    }
    const server = new NotaryLikeServer(builder);
    this.servers.set(builder.gun, server);
    return server;
  }

  /** What ConnectionOptions.connect takes. */
  get connect(): ConnectionFactory {
    return (options: ConnectionOptions, access: TrustAccess, trust: { readonly warnOnFirstUse?: boolean }) => {
      this.access.push(access);
      const book = trustBookOf(options, trust.warnOnFirstUse ?? false);
      // As Connections: a command that publishes finds out before its first push that the state cannot be saved.
      if (access !== 'read') book.checkWritable();
      return new InMemoryConnections(this, book, deadlineOf(options));
    };
  }
}

class InMemoryConnections implements RepositoryConnections {
  readonly trust: TrustBook;
  readonly deadline: Deadline;
  readonly #stack: InMemoryStack;

  constructor(stack: InMemoryStack, trust: TrustBook, deadline: Deadline) {
    this.#stack = stack;
    this.trust = trust;
    this.deadline = deadline;
  }

  trustServerUrl(): string {
    return TRUST_SERVER_URL;
  }

  async trustServer(ref: ImageReference): Promise<KeyRotatingServer> {
    const server = this.#stack.servers.get(ref.gun);
    if (!server) throw new Error(`the test made no repository ${ref.gun}`);
    return server;
  }

  async registry(): Promise<OciRegistry> {
    return this.#stack.registry;
  }

  requests(): RequestCounts {
    return { total: 0, byMethod: {}, connections: 0 };
  }

  async close(): Promise<void> {
    this.#stack.closed += 1;
  }
}

/** A private key as the command layer loads it from a key input: with its `role:` header. */
export function loadedKey(key: SigningKey, role: string, input = 'signer-key'): LoadedPrivateKey {
  const given: KeyInput = { text: exportEncryptedPrivateKey(key, PASSPHRASE, { role }), passphrase: PASSPHRASE, input };
  return loadKeyInput(given);
}

/** References as the command layer hands them to operations. */
export const tagged = (text: string) => parseTaggedReference(text);
export const image = (text: string) => parseReference(text);

/** A repository as `docker trust signer add` leaves it: alice in targets/releases and targets/alice. */
export async function withSigner(stack: InMemoryStack, name: string, signer = 'alice') {
  const alice = generateKey('ecdsa');
  const server = await stack.repository(name, (b) => {
    b.delegate('targets/releases', { keys: [alice] });
    b.delegate(`targets/${signer}`, { keys: [alice] });
  });
  const repositoryKey = server.builder.keysOf(TARGETS)[0] as SigningKey;
  const gun = server.builder.gun;
  return { server, alice, repositoryKey, gun, name: image(gun), ref: (tag: string) => tagged(`${gun}:${tag}`) };
}

/** A new stack holding alice's repository team/app with `tags` (tag → content) put in the registry and signed by alice. */
export async function signedRepository(tags: Readonly<Record<string, string>>) {
  const stack = new InMemoryStack();
  const repo = await withSigner(stack, 'team/app');
  const digests = new Map(Object.entries(tags).map(([tag, content]) => [tag, stack.registry.put(repo.ref(tag), content)]));
  const references = Object.keys(tags).map((tag) => repo.ref(tag));
  await sign({ connect: stack.connect, env: {}, push: false, runner: NO_DOCKER, references, signerKey: loadedKey(repo.alice, 'alice') });
  return { stack, repo, digests };
}

/** Sign's runner when nothing is pushed: any call is a test failure. */
export const NO_DOCKER: CommandRunner = {
  run: async () => {
    throw new Error('docker was run');
  },
};
