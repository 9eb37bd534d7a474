// TrustServerClient against the real notary-server of the test stack, on the
// open and the token-auth variant: the URL forms, the server keys, the
// multipart upload, notary's real error codes, and the round trips spent.
// Trust data is made by the notary CLI, so nothing here depends on our TUF code.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HttpTransport } from '../../src/http/transport.ts';
import { type TrustAccess, TrustServerClient, TrustServerError } from '../../src/notary/client.ts';
import { RegistryAuth, type RegistryCredentials } from '../../src/registry/auth.ts';
import { createPeerContext, notary, type PeerContext, removePeerContext, uniqueRepository } from '../support/peers.ts';
import { ADMIN, fetchTokenRequests, READER, SIGNER } from '../support/token-server.ts';

const stack = inject('stack');
const MAX = 1 << 20;

interface Timestamp {
  signed: { version: number; meta: Record<string, { hashes: { sha256: string } }> };
}

describe.each(['open', 'token'] as const)('TrustServerClient against notary-server, %s variant', (name) => {
  const variant = stack.variants[name];
  const repo = uniqueRepository(variant, 'client');
  const transports: HttpTransport[] = [];
  let peer: PeerContext;

  function client(credentials?: RegistryCredentials, access?: TrustAccess): { client: TrustServerClient; transport: HttpTransport } {
    const transport = new HttpTransport({ caBundle: stack.caPem, stallTimeoutMs: 20_000 });
    transports.push(transport);
    const auth = new RegistryAuth({ transport, ...(credentials ? { credentials } : {}) });
    return { client: new TrustServerClient({ url: variant.notaryUrl, auth, ...(access ? { access } : {}) }), transport };
  }

  beforeAll(async () => {
    peer = await createPeerContext(stack, variant, variant.auth ? { user: SIGNER } : {});
    // A repository with root, targets, a client-signed snapshot and a server timestamp, at version 2.
    await notary(peer, ['init', repo.gun, '-p']);
    const file = join(peer.dir, 'payload');
    await writeFile(file, 'payload');
    await notary(peer, ['add', repo.gun, 'v1', file, '-p']);
  });

  afterAll(async () => {
    await Promise.all(transports.map((t) => t.close()));
    await removePeerContext(peer);
  });

  it('reads every role by name, by checksum and by version', async () => {
    const { client: c } = client(variant.auth ? SIGNER : undefined);

    const [root, timestampBytes] = await Promise.all([
      c.getRole(repo.gun, 'root', { maxBytes: MAX }),
      c.getRole(repo.gun, 'timestamp', { maxBytes: MAX }),
    ]);
    expect(root).not.toBeNull();
    const timestamp = JSON.parse(Buffer.from(timestampBytes!).toString()) as Timestamp;
    const snapshotSha = Buffer.from(timestamp.signed.meta.snapshot!.hashes.sha256, 'base64').toString('hex');

    const [bySum, rootV1, current] = await Promise.all([
      c.getRole(repo.gun, 'snapshot', { maxBytes: MAX, checksum: snapshotSha }),
      c.getRole(repo.gun, 'root', { maxBytes: MAX, version: 1 }),
      c.getRole(repo.gun, 'snapshot', { maxBytes: MAX }),
    ]);
    expect(Buffer.from(bySum!)).toEqual(Buffer.from(current!));
    expect(Buffer.from(rootV1!)).toEqual(Buffer.from(root!));
  });

  it('returns null for roles and GUNs the server does not have', async () => {
    const { client: c } = client(variant.auth ? SIGNER : undefined);

    expect(await c.getRole(repo.gun, 'targets/releases', { maxBytes: MAX })).toBeNull();
    expect(await c.getRole(`${repo.gun}-none`, 'root', { maxBytes: MAX })).toBeNull();
    expect(await c.getRole(repo.gun, 'root', { maxBytes: MAX, version: 99 })).toBeNull();
  });

  it('gets the same server-managed timestamp key twice', async () => {
    const { client: c } = client(variant.auth ? SIGNER : undefined);

    const [a, b, snapshotKey] = await Promise.all([
      c.getKey(repo.gun, 'timestamp'),
      c.getKey(repo.gun, 'timestamp'),
      c.getKeyDocument(`${repo.gun}-keys`, 'snapshot'),
    ]);

    expect(a.id).toBe(b.id);
    expect(snapshotKey.json).toMatchObject({ keyval: { private: null } });
  });

  it('reports a lost race as a conflict: re-publishing current versions gets 400 VERSION', async () => {
    const { client: c } = client(variant.auth ? SIGNER : undefined);
    const [targets, snapshot] = await Promise.all([
      c.getRole(repo.gun, 'targets', { maxBytes: MAX }),
      c.getRole(repo.gun, 'snapshot', { maxBytes: MAX }),
    ]);

    const err = await c
      .publish(repo.gun, [
        { role: 'targets', bytes: targets! },
        { role: 'snapshot', bytes: snapshot! },
      ])
      .catch((e: unknown) => e);

    expect(err).toBeInstanceOf(TrustServerError);
    expect(err).toMatchObject({ status: 400, serverCode: 'VERSION', isConflict: true });
    expect((err as Error).message).toContain(`publish trust data for ${repo.gun}`);
  });

  it('explains a rejected upload with notary’s validation detail', async () => {
    const { client: c } = client(variant.auth ? SIGNER : undefined);

    const err = await c
      .publish(`${repo.gun}-bad`, [{ role: 'root', bytes: Buffer.from('{"signed":{},"signatures":[]}') }])
      .catch((e: unknown) => e);

    expect(err).toBeInstanceOf(TrustServerError);
    expect(err).toMatchObject({ status: 400, serverCode: 'INVALID_UPDATE', isConflict: false });
  });

  it('accepts a delegation role name in the multipart filename', async () => {
    // Debian's notary-server keeps "targets/releases" (upstream Go ≥ 1.17 would cut it to "releases").
    const { client: c } = client(variant.auth ? SIGNER : undefined);

    const err = await c
      .publish(`${repo.gun}-bad`, [{ role: 'targets/releases', bytes: Buffer.from('not json') }])
      .catch((e: unknown) => e);

    expect(err).toMatchObject({ status: 400, serverCode: 'MALFORMED_JSON' });
  });

  it('keeps one connection per origin for a run of calls', async () => {
    const { client: c, transport } = client(variant.auth ? SIGNER : undefined, 'write');

    for (const role of ['root', 'timestamp', 'snapshot', 'targets']) await c.getRole(repo.gun, role, { maxBytes: MAX });
    await c.getKey(repo.gun, 'timestamp');

    const stats = transport.stats();
    expect(stats.byOrigin[variant.notaryUrl]).toBe(variant.auth ? 6 : 5);
    // notary-server and the token server each on one kept-alive connection.
    expect(stats.connections).toBe(variant.auth ? 2 : 1);
  });

  describe.runIf(variant.auth)('with token auth', () => {
    it('spends one token request on reads, key and publish of one signing run', async () => {
      const { client: c, transport } = client(SIGNER, 'write');
      const before = (await fetchTokenRequests(stack.tokenServer.url)).length;

      await Promise.all(['root', 'timestamp'].map((role) => c.getRole(repo.gun, role, { maxBytes: MAX })));
      await c.getKey(repo.gun, 'snapshot');
      await c.getRole(repo.gun, 'snapshot', { maxBytes: MAX });

      const asked = (await fetchTokenRequests(stack.tokenServer.url)).slice(before);
      expect(asked.filter((r) => r.user === SIGNER.username)).toHaveLength(1);
      expect(asked[0]).toMatchObject({ service: stack.notaryService, scopes: [`repository:${repo.gun}:pull,push`] });
      expect(transport.stats().byPath[new URL(stack.tokenServer.realm).pathname]).toBe(1);
    });

    it('reads anonymously', async () => {
      const { client: c } = client();

      expect(await c.getRole(repo.gun, 'root', { maxBytes: MAX })).not.toBeNull();
    });

    it('refuses a pull-only user the push scope of getKey and publish, naming the user', async () => {
      const { client: c } = client(READER);

      const err = await c.getKey(repo.gun, 'timestamp').catch((e: unknown) => e);

      expect(err).toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
      expect((err as Error).message).toContain(`not authorized to push trust data for ${repo.gun} as user "${READER.username}"`);
      expect((err as Error).message).not.toContain(READER.password);
    });

    it('refuses wrong credentials at the token server', async () => {
      const { client: c } = client({ username: SIGNER.username, password: 'wrong' });

      const err = await c.getRole(repo.gun, 'root', { maxBytes: MAX }).catch((e: unknown) => e);

      expect(err).toMatchObject({ code: 'UNAUTHORIZED' });
      expect((err as Error).message).toContain(`user "${SIGNER.username}"`);
      expect((err as Error).message).not.toContain('wrong');
    });

    it('lets only a * user delete trust data', async () => {
      const { client: signer } = client(SIGNER);
      await expect(signer.deleteAll(`${repo.gun}-keys`)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });

      const { client: admin } = client(ADMIN);
      await admin.deleteAll(`${repo.gun}-keys`);
    });
  });

  describe.runIf(!variant.auth)('without auth', () => {
    it('deletes trust data', async () => {
      const { client: c } = client();
      const gun = `${repo.gun}-keys`;
      await c.getKey(gun, 'timestamp');

      await c.deleteAll(gun);
    });
  });
});
