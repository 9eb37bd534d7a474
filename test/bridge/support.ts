// Shared by the bridge's end-to-end tests (issue 18): the CLI bundle run as
// a CI job runs it, images pushed straight through the registry API, the
// registry's tags and the trust server's targets read as the oracles of
// "nothing was written", and a registry front that refuses every write with
// 403.

import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpTransport } from '../../src/http/transport.ts';
import { RegistryAuth } from '../../src/registry/auth.ts';
import { OCI_MANIFEST } from '../../src/registry/media-types.ts';
import type { Descriptor, RepositoryLocation } from '../../src/registry/oci-registry.ts';
import { RegistryClient } from '../../src/registry/registry-client.ts';
import { notary, type PeerContext } from '../support/peers.ts';
import type { StackInfo, StackVariant } from '../support/stack.ts';
import { ADMIN, type Credentials } from '../support/token-server.ts';

/** A registry client as a given user (anonymous without one), and its transport to close. */
export function registryClient(credentials?: Credentials): { registry: RegistryClient; transport: HttpTransport } {
  const transport = new HttpTransport({ retry: { attempts: 1 } });
  const auth = new RegistryAuth({ transport, ...(credentials ? { credentials } : {}) });
  return { registry: new RegistryClient({ auth }), transport };
}

/** A small OCI image with content of its own (so a digest of its own) under `tag`. */
export async function pushTestImage(registry: RegistryClient, at: RepositoryLocation, tag: string): Promise<Descriptor> {
  const layer = await registry.pushBlob(at, Buffer.from(`bridge layer ${tag} ${Math.random()}`));
  const config = await registry.pushBlob(at, Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}'));
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer }],
    }),
  );
  const { digest } = await registry.putManifest(at, tag, { bytes, mediaType: OCI_MANIFEST });
  return { mediaType: OCI_MANIFEST, digest, size: bytes.length };
}

/** Puts what `from` holds under `to` as well, byte for byte (a replay, or a second tag). */
export async function copyManifest(registry: RegistryClient, at: RepositoryLocation, from: string, to: string): Promise<void> {
  const m = await registry.manifest(at, from);
  if (!m) throw new Error(`${at.repository}:${from} has no manifest to copy`);
  await registry.putManifest(at, to, { bytes: m.bytes, mediaType: m.mediaType });
}

/** `sha256:…` → the `.sig` tag and the referrers tag-schema tag of cosign. */
export const sigTag = (digest: string) => `${digest.replace(':', '-')}.sig`;
export const referrersTag = (digest: string) => digest.replace(':', '-');

/** The registry's tags of a repository path, sorted ([] when it has none); on the token variant as the admin. */
export async function registryTags(stack: StackInfo, variant: StackVariant, path: string): Promise<string[]> {
  const headers: Record<string, string> = {};
  if (variant.auth) {
    const url = new URL(stack.tokenServer.realm);
    url.searchParams.set('service', stack.registryService);
    url.searchParams.set('scope', `repository:${path}:pull`);
    const basic = Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64');
    const res = await fetch(url, { headers: { authorization: `Basic ${basic}` } });
    if (!res.ok) throw new Error(`token for ${path}: HTTP ${res.status}`);
    const body = (await res.json()) as { token?: string; access_token?: string };
    headers.authorization = `Bearer ${body.token ?? body.access_token}`;
  }
  const res = await fetch(`${variant.registryUrl}/v2/${path}/tags/list`, { headers });
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`tags/list ${path}: HTTP ${res.status}`);
  return [...(((await res.json()) as { tags: string[] | null }).tags ?? [])].sort();
}

/** `notary list GUN` as docker's notary CLI prints it (exit code and rows): what the trust server signs. */
export async function notaryTargets(ctx: PeerContext, gun: string): Promise<{ code: number | null; stdout: string }> {
  const { code, stdout } = await notary(ctx, ['list', gun], { allowFailure: true });
  return { code, stdout };
}

/**
 * A plain-HTTP front on loopback for a registry: reads pass through, and the
 * writes `refuses` picks (by default every one: POST, PUT, PATCH, DELETE)
 * are refused with 403 DENIED, as a registry refuses an identity without
 * push rights that it let read.
 */
export interface DenyingRegistry {
  /** 127.0.0.1:PORT: the registry part of references through the front. */
  readonly host: string;
  /** The writes it refused. */
  readonly refused: string[];
  close(): Promise<void>;
}

const anyWrite = (method: string) => method !== 'GET' && method !== 'HEAD';

export async function startDenyingRegistry(
  upstream: string,
  refuses: (method: string, path: string) => boolean = anyWrite,
): Promise<DenyingRegistry> {
  const target = new URL(upstream);
  const refused: string[] = [];
  const server: Server = createServer((req, res) => {
    if (refuses(req.method ?? '', req.url ?? '')) {
      refused.push(`${req.method} ${req.url}`);
      req.resume();
      res.writeHead(403, { 'content-type': 'application/json', 'docker-distribution-api-version': 'registry/2.0' });
      res.end(JSON.stringify({ errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] }));
      return;
    }
    const forward = request(
      // The front's own Host: the registry's Location headers (blob uploads) lead back through it.
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
