import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { HttpError } from '../../src/errors.ts';
import { NetworkError, ResponseTooLargeError } from '../../src/http/errors.ts';
import { HttpTransport } from '../../src/http/transport.ts';
import { TufKey } from '../../src/keys/tuf-key.ts';
import { type TrustAccess, TrustServerClient, TrustServerError } from '../../src/notary/client.ts';
import { RegistryAuth, type RegistryCredentials } from '../../src/registry/auth.ts';
import type { TrustServer } from '../../src/trust/trust-server.ts';
import type { RecordedRequest, Reply } from '../http/support/server.ts';
import { TestServer } from '../http/support/server.ts';
import { FakeTokenAuth } from '../http/support/token-auth.ts';

const GUN = '127.0.0.1:5000/team/app';
const TUF = `/v2/${GUN}/_trust/tuf/`;
const SHA = 'ab'.repeat(32);
const KEY_JSON = { keytype: 'ecdsa', keyval: { public: Buffer.from('public key bytes').toString('base64'), private: null } };

// The actions notary-server's routes require (server/server.go).
function needs(req: RecordedRequest): string[] {
  if (req.method === 'DELETE' || (req.method === 'POST' && req.path.endsWith('.key'))) return ['*'];
  if (req.method === 'POST' || req.path.endsWith('.key')) return ['push', 'pull'];
  return ['pull'];
}

let server: TestServer;
let realm: TestServer;
let tokens: FakeTokenAuth;
let transport: HttpTransport;
/** What the fake notary answers once authorized. */
let answer: (req: RecordedRequest) => Reply;

function makeClient(options: { credentials?: RegistryCredentials; access?: TrustAccess; stallTimeoutMs?: number } = {}) {
  const auth = new RegistryAuth({
    transport,
    credentials: options.credentials ?? { username: 'alice', password: 'pw' },
  });
  return new TrustServerClient({
    url: `${server.origin}/`,
    auth,
    ...(options.access ? { access: options.access } : {}),
    ...(options.stallTimeoutMs ? { stallTimeoutMs: options.stallTimeoutMs } : {}),
  });
}

function notaryError(status: number, code: string, message: string, detail?: unknown): Reply {
  return { status, body: { errors: [{ code, message, ...(detail === undefined ? {} : { detail }) }] } };
}

beforeEach(async () => {
  transport = new HttpTransport({ stallTimeoutMs: 5_000, retry: { baseDelayMs: 1 } });
  tokens = new FakeTokenAuth({ users: { alice: 'pw' }, service: 'notary-server' });
  realm = await TestServer.start('http');
  realm.handler = (req) => tokens.issue(req);
  tokens.realm = `${realm.origin}/auth`;
  server = await TestServer.start('http');
  answer = () => ({ status: 404 });
  server.handler = (req) => tokens.check(req, GUN, needs(req)) ?? answer(req);
});

afterEach(async () => {
  await transport.close();
  await Promise.all([server.close(), realm.close()]);
});

/** Requests that reached the fake notary with a token. */
function authorized(): RecordedRequest[] {
  return server.requests.filter((r) => r.headers.authorization !== undefined);
}

describe('TrustServerClient', () => {
  it('fits the TrustServer interface the publishing functions use', () => {
    expectTypeOf<TrustServerClient>().toMatchTypeOf<TrustServer>();
  });

  describe('#getRole', () => {
    it.each([
      ['the current version', {}, `${TUF}timestamp.json`],
      ['a checksum', { checksum: SHA }, `${TUF}timestamp.${SHA}.json`],
      ['an upper-case checksum', { checksum: SHA.toUpperCase() }, `${TUF}timestamp.${SHA}.json`],
      ['a version', { version: 3 }, `${TUF}3.timestamp.json`],
    ])('asks for %s', async (_label, options, path) => {
      answer = () => ({ body: 'bytes' });

      const bytes = await makeClient().getRole(GUN, 'timestamp', { maxBytes: 1024, ...options });

      expect(Buffer.from(bytes!).toString()).toBe('bytes');
      expect(authorized().map((r) => `${r.method} ${r.url.pathname}`)).toEqual([`GET ${path}`]);
    });

    it('puts delegation roles in the path unescaped, as notary does', async () => {
      answer = () => ({ body: '{}' });

      await makeClient().getRole(GUN, 'targets/releases', { maxBytes: 1024, checksum: SHA });

      expect(authorized()[0]!.url.pathname).toBe(`${TUF}targets/releases.${SHA}.json`);
    });

    it('returns null when the server has no such file', async () => {
      answer = () => notaryError(404, 'METADATA_NOT_FOUND', 'You have requested metadata that does not exist.', {});

      expect(await makeClient().getRole(GUN, 'root', { maxBytes: 1024 })).toBeNull();
    });

    it('asks for a pull token only, unless told the operation will write', async () => {
      answer = () => ({ body: '{}' });

      await makeClient().getRole(GUN, 'root', { maxBytes: 1024 });
      await makeClient({ access: 'write' }).getRole(GUN, 'root', { maxBytes: 1024 });

      expect(tokens.issued.map((t) => t.scopes)).toEqual([
        [`repository:${GUN}:pull`],
        [`repository:${GUN}:pull,push`],
      ]);
    });

    it('runs parallel reads over the pool with one token', async () => {
      answer = (req) => ({ body: req.path });
      const client = makeClient();
      const roles = ['root', 'timestamp', 'snapshot', 'targets', 'targets/releases'];

      const bodies = await Promise.all(roles.map((role) => client.getRole(GUN, role, { maxBytes: 1024 })));

      expect(bodies.map((b) => Buffer.from(b!).toString())).toEqual(roles.map((r) => `${TUF}${r}.json`));
      expect(tokens.issued).toHaveLength(1);
    });

    it('refuses a body larger than maxBytes, naming the server', async () => {
      answer = () => ({ body: 'x'.repeat(2048) });

      const err = await makeClient()
        .getRole(GUN, 'snapshot', { maxBytes: 1024 })
        .catch((e: unknown) => e);

      expect(err).toBeInstanceOf(ResponseTooLargeError);
      expect((err as Error).message).toBe(
        `trust server ${server.origin} sent more than 1024 bytes trying to read snapshot of ${GUN}`,
      );
    });

    it.each([
      ['an unknown role', 'foo', {}],
      ['checksum and version together', 'root', { checksum: SHA, version: 2 }],
      ['a short checksum', 'root', { checksum: 'abc' }],
      ['a negative version', 'root', { version: -1 }],
    ])('refuses %s before sending', async (_label, role, options) => {
      await expect(makeClient().getRole(GUN, role, { maxBytes: 1, ...options })).rejects.toBeInstanceOf(TypeError);
      expect(server.requests).toHaveLength(0);
    });

    it.each(['', '/a', 'a/', 'a b', 'a?b', 'a#b', 'a/../b', 'a*'])('refuses the GUN "%s"', async (gun) => {
      await expect(makeClient().getRole(gun, 'root', { maxBytes: 1 })).rejects.toMatchObject({ code: 'INPUT' });
    });
  });

  describe('#getKey', () => {
    it('returns the server-managed key, asking with push and pull as notary requires', async () => {
      answer = () => ({ body: KEY_JSON });

      const key = await makeClient().getKey(GUN, 'timestamp');

      expect(key).toBeInstanceOf(TufKey);
      expect(key.keytype).toBe('ecdsa');
      expect(key.public.toString()).toBe('public key bytes');
      expect(authorized()[0]!.url.pathname).toBe(`${TUF}timestamp.key`);
      expect(tokens.issued[0]!.scopes).toEqual([`repository:${GUN}:pull,push`]);
    });

    it('returns the document as sent by getKeyDocument', async () => {
      answer = () => ({ body: JSON.stringify(KEY_JSON) });

      const doc = await makeClient().getKeyDocument(GUN, 'snapshot');

      expect(doc.json).toEqual(KEY_JSON);
      expect(Buffer.from(doc.bytes).toString()).toBe(JSON.stringify(KEY_JSON));
    });

    it('refuses roles the server does not manage', async () => {
      await expect(makeClient().getKey(GUN, 'targets')).rejects.toBeInstanceOf(TypeError);
    });

    it('reports a key it cannot read', async () => {
      answer = () => ({ body: { keytype: 'ecdsa' } });

      await expect(makeClient().getKey(GUN, 'timestamp')).rejects.toThrow(/unusable timestamp key/);
    });
  });

  describe('#rotateKey', () => {
    it('POSTs to the key URL with the * scope', async () => {
      answer = () => ({ body: KEY_JSON });

      const key = await makeClient().rotateKey(GUN, 'snapshot');

      expect(key.keytype).toBe('ecdsa');
      expect(authorized().map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${TUF}snapshot.key`]);
      expect(tokens.issued[0]!.scopes).toEqual([`repository:${GUN}:*`]);
    });
  });

  describe('#publish', () => {
    const files = [
      { role: 'targets/releases', bytes: Buffer.from('{"signed":"r"}') },
      { role: 'snapshot', bytes: Buffer.from('{"signed":"s"}') },
    ];

    it('POSTs one multipart body with a "files" part per role, named by role', async () => {
      answer = () => ({ body: '' });

      await makeClient().publish(GUN, files);

      const [req] = authorized();
      expect(req!.method).toBe('POST');
      expect(req!.path).toBe(TUF);
      expect(tokens.issued[0]!.scopes).toEqual([`repository:${GUN}:pull,push`]);
      const form = await new Response(req!.body, {
        headers: { 'content-type': req!.headers['content-type']! },
      }).formData();
      const parts = form.getAll('files') as File[];
      expect(parts.map((p) => p.name)).toEqual(['targets/releases', 'snapshot']);
      expect(await Promise.all(parts.map((p) => p.text()))).toEqual(['{"signed":"r"}', '{"signed":"s"}']);
    });

    it('reads and publishes with one token when the client is made for writing', async () => {
      answer = (req) => (req.method === 'GET' ? { body: '{}' } : { body: '' });
      const client = makeClient({ access: 'write' });

      await Promise.all(['root', 'timestamp'].map((role) => client.getRole(GUN, role, { maxBytes: 1024 })));
      await client.publish(GUN, files);

      expect(transport.stats().byPath['/auth']).toBe(1);
      expect(server.requests.filter((r) => r.headers.authorization === undefined).length).toBeLessThanOrEqual(2);
    });

    describe('when notary-server refuses', () => {
      it.each([
        ['400 VERSION', notaryError(400, 'VERSION', 'A newer version of metadata is already available.', {}), true],
        ['500 UPDATING', notaryError(500, 'UPDATING', 'An error has occurred while updating the TUF repository.'), true],
        [
          '400 INVALID_UPDATE',
          notaryError(400, 'INVALID_UPDATE', 'Update sent by the client is invalid.', {
            Name: 'ErrBadRoot',
            Error: { Msg: 'Root modifications must increment the version. Current 1, new 0' },
          }),
          false,
        ],
        ['400 MALFORMED_JSON', notaryError(400, 'MALFORMED_JSON', 'JSON sent by the client could not be parsed'), false],
        ['503 without a body', { status: 503 }, false],
      ])('maps %s to a TrustServerError (conflict: %s)', async (_label, reply, conflict) => {
        answer = () => reply;

        const err = await makeClient()
          .publish(GUN, files)
          .catch((e: unknown) => e);

        expect(err).toBeInstanceOf(TrustServerError);
        expect(err).toBeInstanceOf(HttpError);
        const e = err as TrustServerError;
        expect(e.isConflict).toBe(conflict);
        expect(e.status).toBe(reply.status);
        expect(e.gun).toBe(GUN);
        expect(e.code).toBe('HTTP');
        expect(e.message).toContain(`publish trust data for ${GUN}`);
        expect(e.message).toContain(`trust server ${server.origin}`);
        expect(e.message).toContain(`HTTP ${reply.status}`);
        const code = (reply.body as { errors?: { code: string }[] } | undefined)?.errors?.[0]?.code;
        expect(e.serverCode).toBe(code);
        if (code) expect(e.message).toContain(code);
      });

      it('quotes the validation detail', async () => {
        answer = () =>
          notaryError(400, 'INVALID_UPDATE', 'Update sent by the client is invalid.', {
            Name: 'ErrBadSnapshot',
            Error: { Msg: 'snapshot is out of date' },
          });

        await expect(makeClient().publish(GUN, files)).rejects.toThrow(
          'INVALID_UPDATE: Update sent by the client is invalid. (ErrBadSnapshot: snapshot is out of date)',
        );
      });

      it('explains a delegation name cut short by the server', async () => {
        answer = () => notaryError(400, 'INVALID_ROLE', 'The role you are attempting to operate on is invalid.', 'releases');

        await expect(makeClient().publish(GUN, files)).rejects.toThrow(/notary issue #1630/);
      });
    });

    describe('when the user may not push', () => {
      it('throws UNAUTHORIZED naming the GUN and the user, never the password', async () => {
        tokens = new FakeTokenAuth({ users: { bob: 'hunter2' }, allowed: { bob: ['pull'] }, service: 'notary-server' });
        tokens.realm = `${realm.origin}/auth`;
        const auth = new RegistryAuth({ transport, credentials: { username: 'bob', password: 'hunter2' } });
        const client = new TrustServerClient({ url: server.origin, auth });

        const err = await client.publish(GUN, files).catch((e: unknown) => e);

        expect(err).toBeInstanceOf(TrustServerError);
        expect(err).toMatchObject({ code: 'UNAUTHORIZED', status: 401, serverCode: 'UNAUTHORIZED' });
        expect((err as Error).message).toMatch(
          new RegExp(`^not authorized to push trust data for ${GUN.replace(/\./g, '\\.')} as user "bob" at trust server ${server.origin}`),
        );
        expect((err as Error).message).not.toContain('hunter2');
      });
    });

    it('refuses an empty upload', async () => {
      await expect(makeClient().publish(GUN, [])).rejects.toBeInstanceOf(TypeError);
    });
  });

  describe('#deleteAll', () => {
    it('DELETEs the GUN with the * scope', async () => {
      answer = () => ({ body: '' });

      await makeClient().deleteAll(GUN);

      expect(authorized().map((r) => `${r.method} ${r.path}`)).toEqual([`DELETE ${TUF}`]);
      expect(tokens.issued[0]!.scopes).toEqual([`repository:${GUN}:*`]);
    });

    it('says so when the server fails', async () => {
      answer = () => notaryError(500, 'UNKNOWN', 'unknown error', 'db down');

      await expect(makeClient().deleteAll(GUN)).rejects.toThrow(
        `trust server ${server.origin} failed to delete trust data for ${GUN} (HTTP 500: UNKNOWN: unknown error (db down))`,
      );
    });
  });

  describe('when the server does not answer in time', () => {
    it('throws a NETWORK error naming the trust server', async () => {
      answer = () => ({ body: '{}', delayMs: 1_000 });

      const err = await makeClient({ stallTimeoutMs: 150 })
        .getRole(GUN, 'root', { maxBytes: 1024 })
        .catch((e: unknown) => e);

      expect(err).toBeInstanceOf(NetworkError);
      expect(err).toMatchObject({ code: 'NETWORK', timedOut: true });
      expect((err as Error).message).toBe(
        `could not reach trust server ${server.origin}: no answer for 150 ms; gave up after 4 attempts`,
      );
    });
  });

  describe('when an http:// URL names a port that speaks TLS', () => {
    it('says to use https, naming the trust-server input', async () => {
      // What Go's TLS server (notary-server) sends back to a plain-http request.
      server.handler = () => ({ status: 400, body: 'Client sent an HTTP request to an HTTPS server.\n' });

      const run = makeClient().getRole(GUN, 'root', { maxBytes: 1024 });

      await expect(run).rejects.toBeInstanceOf(TrustServerError);
      await expect(run).rejects.toMatchObject({ status: 400 });
      await expect(run).rejects.toThrow(`it speaks https on this port`);
      await expect(run).rejects.toThrow(`give ${server.origin.replace('http:', 'https:')} as the trust-server input`);
    });

    it('leaves notary-server\'s own 400s as they are', async () => {
      answer = () => notaryError(400, 'MALFORMED_UPLOAD', 'bad upload');

      const run = makeClient().publish(GUN, [{ role: 'targets', bytes: new Uint8Array([1]) }]);

      await expect(run).rejects.toThrow(/rejected the request/);
      await expect(run).rejects.not.toThrow(/speaks https/);
    });
  });

  describe('when the URL is not usable', () => {
    it.each(['not a url', 'ftp://notary.example'])('refuses "%s" as an input error', (url) => {
      expect(() => new TrustServerClient({ url, auth: new RegistryAuth({ transport }) })).toThrow(
        expect.objectContaining({ code: 'INPUT' }),
      );
    });
  });
});
