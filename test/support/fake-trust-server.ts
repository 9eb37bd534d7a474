// A hostile trust server for what a real notary-server cannot be made to do:
// it serves metadata recorded from the real stack, with whatever change a
// test makes, and records every request so tests can assert nothing was
// posted. Files are found by role name, by checksum name and by version.

import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TrustServerClient } from '../../src/notary/client.ts';

export type RoleFiles = Map<string, Uint8Array>;

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
}

/** Downloads the current files of a repository from a real trust server. */
export async function recordRoles(client: TrustServerClient, gun: string, roles: readonly string[]): Promise<RoleFiles> {
  const files: RoleFiles = new Map();
  await Promise.all(
    roles.map(async (role) => {
      const bytes = await client.getRole(gun, role, { maxBytes: 16 << 20 });
      if (bytes) files.set(role, bytes);
    }),
  );
  return files;
}

export class FakeTrustServer {
  readonly requests: RecordedRequest[] = [];
  readonly url: string;
  readonly #server: Server;
  readonly #gun: string;
  /** Served as <role>.json. */
  files: RoleFiles;
  /** Also found by checksum or version, never as <role>.json. */
  readonly history: Uint8Array[] = [];

  private constructor(server: Server, gun: string, files: RoleFiles) {
    this.#server = server;
    this.#gun = gun;
    this.files = files;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  static async start(gun: string, files: RoleFiles): Promise<FakeTrustServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeTrustServer(server, gun, files);
    server.on('request', (req, res) => {
      const path = req.url ?? '';
      fake.requests.push({ method: req.method ?? '', path });
      req.resume();
      const body = req.method === 'GET' ? fake.#lookup(path) : undefined;
      if (req.method !== 'GET') {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"errors":[{"code":"UNKNOWN","message":"the fake server accepts no updates"}]}');
      } else if (body) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
        res.end(body);
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"errors":[{"code":"METADATA_NOT_FOUND","message":"not found"}]}');
      }
    });
    return fake;
  }

  get posts(): number {
    return this.requests.filter((r) => r.method !== 'GET').length;
  }

  #lookup(path: string): Uint8Array | undefined {
    const prefix = `/v2/${this.#gun}/_trust/tuf/`;
    if (!path.startsWith(prefix) || !path.endsWith('.json')) return undefined;
    const name = path.slice(prefix.length, -'.json'.length);
    const direct = this.files.get(name);
    if (direct) return direct;
    const all = [...this.files.values(), ...this.history];
    const byChecksum = /^(.+)\.([0-9a-f]{64})$/.exec(name);
    if (byChecksum) {
      return all.find((b) => createHash('sha256').update(b).digest('hex') === byChecksum[2]);
    }
    const byVersion = /^(\d+)\.(.+)$/.exec(name);
    if (byVersion) {
      return all.find((b) => {
        const signed = (JSON.parse(Buffer.from(b).toString()) as { signed: { _type: string; version: number } }).signed;
        return signed._type.toLowerCase() === byVersion[2] && signed.version === Number(byVersion[1]);
      });
    }
    return undefined;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
