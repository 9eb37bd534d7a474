// RegistryClient's OciRegistry side against a scripted registry on loopback:
// blob uploads, manifest puts, the OCI 1.1 referrers API (which the stack's
// distribution 2.8 does not have), and push rights.

import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { DctError, HttpError } from '../../src/errors.ts';
import { HttpTransport } from '../../src/http/transport.ts';
import { RegistryAuth, type RegistryCredentials } from '../../src/registry/auth.ts';
import { OCI_INDEX, OCI_MANIFEST } from '../../src/registry/media-types.ts';
import type { RepositoryLocation } from '../../src/registry/oci-registry.ts';
import { RegistryClient } from '../../src/registry/registry-client.ts';
import { TestServer, type Handler, type RecordedRequest, type Reply } from '../http/support/server.ts';

const sha256 = (b: Uint8Array | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const CI: RegistryCredentials = { username: 'ci', password: 'ci-pass' };

let transport: HttpTransport | undefined;
let server: TestServer | undefined;

afterEach(async () => {
  await transport?.close();
  await server?.close();
  transport = undefined;
  server = undefined;
});

/** A registry on loopback answering with `handler`, and a client of it. */
async function fake(handler: Handler, options: { credentials?: RegistryCredentials; attempts?: number } = {}) {
  server = await TestServer.start('http');
  server.handler = handler;
  transport = new HttpTransport({ stallTimeoutMs: 5_000, retry: { attempts: options.attempts ?? 1, baseDelayMs: 1 } });
  const auth = new RegistryAuth({ transport, ...(options.credentials ? { credentials: options.credentials } : {}) });
  const location: RepositoryLocation = { registry: new URL(server.origin).host, repository: 'team/app' };
  return { registry: new RegistryClient({ auth }), location, server, transport };
}

const methods = (s: TestServer) => s.requests.map((r) => `${r.method} ${r.url.pathname}${r.url.search}`);

/** A JWT as docker's token spec has it; the signature is not checked by clients. */
function jwt(access: unknown): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'ES256', typ: 'JWT' })}.${part({ sub: 'ci', access })}.c2ln`;
}

/** A registry behind a token server at /token that hands out `token`; `then` answers authorized requests. */
function tokenRegistry(token: string, then: Handler): Handler {
  return (req) => {
    if (req.url.pathname === '/token') return { body: { token } };
    if (req.headers.authorization !== `Bearer ${token}`) {
      return {
        status: 401,
        headers: { 'www-authenticate': `Bearer realm="${server!.origin}/token",service="registry"` },
        body: { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] },
      };
    }
    return then(req);
  };
}

describe('RegistryClient', () => {
  describe('#pushBlob', () => {
    const bytes = Buffer.from('layer bytes');
    const digest = sha256(bytes);

    describe('when the registry has the blob', () => {
      it('uploads nothing', async () => {
        const { registry, location, server } = await fake(() => ({ status: 200 }));

        expect(await registry.pushBlob(location, bytes)).toEqual({ digest, size: bytes.length });
        expect(methods(server)).toEqual([`HEAD /v2/team/app/blobs/${digest}`]);
      });
    });

    describe('when the blob is fresh', () => {
      it('uploads it without asking first whether the registry has it', async () => {
        const { registry, location, server } = await fake((req): Reply => {
          if (req.method === 'HEAD') return { status: 404 };
          if (req.method === 'POST') return { status: 202, headers: { location: '/v2/team/app/blobs/uploads/u1' } };
          return { status: 201 };
        });

        expect(await registry.pushBlob(location, bytes, { fresh: true })).toEqual({ digest, size: bytes.length });
        expect(methods(server).map((m) => m.split(' ')[0])).toEqual(['POST', 'PUT']);
      });
    });

    describe.each([
      ['relative, with a query of its own', '/v2/team/app/blobs/uploads/u1?_state=abc', '/v2/team/app/blobs/uploads/u1'],
      ['absolute', 'ORIGIN/elsewhere/u2', '/elsewhere/u2'],
    ])('when the upload Location is %s', (_, location, path) => {
      it('completes the upload with one PUT to it, with ?digest=', async () => {
        const uploads: RecordedRequest[] = [];
        const { registry, location: repo, server } = await fake((req): Reply => {
          if (req.method === 'HEAD') return { status: 404 };
          if (req.method === 'POST') return { status: 202, headers: { location: location.replace('ORIGIN', server!.origin) } };
          uploads.push(req);
          return { status: 201 };
        });

        await registry.pushBlob(repo, bytes);

        expect(methods(server).map((m) => m.split(' ')[0])).toEqual(['HEAD', 'POST', 'PUT']);
        expect(uploads[0]?.path).toBe(path);
        expect(uploads[0]?.url.searchParams.get('digest')).toBe(digest);
        if (location.includes('_state')) expect(uploads[0]?.url.searchParams.get('_state')).toBe('abc');
        expect(uploads[0]?.body).toEqual(bytes);
      });
    });

    describe('when the answer to starting the upload is lost', () => {
      it('starts another: an unused upload session publishes nothing', async () => {
        let starts = 0;
        const { registry, location, server } = await fake(
          (req): Reply => {
            if (req.method === 'HEAD') return { status: 404 };
            if (req.method === 'POST') return starts++ === 0 ? { hangUp: true } : { status: 202, headers: { location: '/v2/team/app/blobs/uploads/u2' } };
            return { status: 201 };
          },
          { attempts: 4 },
        );

        await registry.pushBlob(location, bytes);

        expect(methods(server).map((m) => m.split(' ')[0])).toEqual(['HEAD', 'POST', 'POST', 'PUT']);
      });
    });

    describe('when the answer to the PUT is lost', () => {
      it('does not send it again but asks the registry whether the blob arrived', async () => {
        let stored = false;
        const { registry, location, server } = await fake(
          (req): Reply => {
            if (req.method === 'HEAD') return { status: stored ? 200 : 404 };
            if (req.method === 'POST') return { status: 202, headers: { location: '/v2/team/app/blobs/uploads/u1' } };
            stored = true;
            return { hangUp: true };
          },
          { attempts: 4 },
        );

        await registry.pushBlob(location, bytes);

        expect(methods(server).map((m) => m.split(' ')[0])).toEqual(['HEAD', 'POST', 'PUT', 'HEAD']);
      });
    });
  });

  describe('#putManifest', () => {
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, subject: { digest: sha256('x') } }));

    describe.each([
      ['answers with an OCI-Subject header', { 'oci-subject': sha256('x') }, true],
      ['answers without one, as distribution 2.8', {}, false],
    ])('when the registry %s', (_, headers: Record<string, string>, indexed) => {
      it(`says subjectIndexed ${indexed}`, async () => {
        const { registry, location, server } = await fake(() => ({ status: 201, headers: { ...headers, 'docker-content-digest': sha256(bytes) } }));

        const put = await registry.putManifest(location, sha256(bytes), { bytes, mediaType: OCI_MANIFEST });

        expect(put).toEqual({ digest: sha256(bytes), subjectIndexed: indexed });
        expect(server.requests[0]?.headers['content-type']).toBe(OCI_MANIFEST);
        expect(server.requests[0]?.body).toEqual(bytes);
      });
    });

    describe('when the registry reports another digest', () => {
      it('fails', async () => {
        const { registry, location } = await fake(() => ({ status: 201, headers: { 'docker-content-digest': sha256('other') } }));

        await expect(registry.putManifest(location, 'v1', { bytes, mediaType: OCI_MANIFEST })).rejects.toMatchObject({ code: 'VERIFY' });
      });
    });

    describe('when the registry refuses with 403', () => {
      it('says who may not push where, quotes the registry and names the fix', async () => {
        const { registry, location } = await fake(
          () => ({ status: 403, body: { errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] } }),
          { credentials: CI },
        );

        const err = await registry.putManifest(location, 'v1', { bytes, mediaType: OCI_MANIFEST }).catch((e: unknown) => e);

        expect(err).toBeInstanceOf(HttpError);
        expect(err).toMatchObject({ code: 'PUSH_DENIED', status: 403 });
        const message = (err as Error).message;
        expect(message).toContain(`user "ci" may not push to ${location.registry}/team/app (HTTP 403)`);
        expect(message).toContain('requested access to the resource is denied');
        expect(message).toContain('username and password');
        expect(message).toContain('AcrPush');
        expect(message).not.toContain('ci-pass');
      });
    });
  });

  describe('#referrers', () => {
    const subject = sha256('image');
    const entry = (n: number) => ({ mediaType: OCI_MANIFEST, digest: sha256(`r${n}`), size: n, artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json' });

    describe('when the registry serves the referrers API', () => {
      it('returns its list, every page of it', async () => {
        const { registry, location, server } = await fake((req): Reply => {
          if (req.url.searchParams.get('page') === '2') {
            return { headers: { 'content-type': OCI_INDEX }, body: { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [entry(2)] } };
          }
          return {
            headers: { 'content-type': OCI_INDEX, link: `</v2/team/app/referrers/${subject}?page=2>; rel="next"` },
            body: { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [entry(1), { not: 'a descriptor' }] },
          };
        });

        const list = await registry.referrers(location, subject);

        expect(list).toEqual([entry(1), entry(2)]);
        expect(server.requests[0]?.path).toBe(`/v2/team/app/referrers/${subject}`);
        expect(server.requests[0]?.headers.accept).toBe(OCI_INDEX);
      });
    });

    describe.each([
      ['answers 404, as distribution 2.8', { status: 404, body: '404 page not found\n' }],
      ['answers with something that is no index', { status: 200, headers: { 'content-type': 'text/html' }, body: '<html></html>' }],
    ])('when the registry %s', (_, reply: Reply) => {
      it('says there is no referrers API', async () => {
        const { registry, location } = await fake(() => reply);

        expect(await registry.referrers(location, subject)).toBeUndefined();
      });
    });
  });

  describe('#manifest', () => {
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST }));

    it('returns the bytes with their digest and media type, and undefined for 404', async () => {
      const { registry, location, server } = await fake((req) =>
        req.path.endsWith('/v1') ? { headers: { 'content-type': OCI_MANIFEST }, body: bytes } : { status: 404 },
      );

      const found = await registry.manifest(location, 'v1');
      expect(found).toMatchObject({ digest: sha256(bytes), size: bytes.length, mediaType: OCI_MANIFEST });
      expect(Buffer.from(found!.bytes)).toEqual(bytes);
      expect(await registry.manifest(location, 'v2')).toBeUndefined();
      expect(server.requests[0]?.headers.accept).toContain(OCI_INDEX);
    });

    it('refuses bytes that are not those of the digest asked for', async () => {
      const { registry, location } = await fake(() => ({ headers: { 'content-type': OCI_MANIFEST }, body: bytes }));

      await expect(registry.manifest(location, sha256('other'))).rejects.toBeInstanceOf(DctError);
    });
  });

  describe('#blob', () => {
    const bytes = Buffer.from('config');

    it('follows the registry to its storage backend and checks the digest', async () => {
      const { registry, location, server } = await fake((req) =>
        req.path.startsWith('/v2/') ? { status: 307, headers: { location: '/storage/object?sig=s' } } : { body: bytes },
      );

      expect(Buffer.from(await registry.blob(location, sha256(bytes), 100))).toEqual(bytes);
      expect(methods(server)).toEqual([`GET /v2/team/app/blobs/${sha256(bytes)}`, 'GET /storage/object?sig=s']);
    });

    it('refuses bytes of another digest', async () => {
      const { registry, location } = await fake(() => ({ body: 'tampered' }));

      await expect(registry.blob(location, sha256(bytes), 100)).rejects.toMatchObject({ code: 'VERIFY' });
    });
  });

  describe('#checkPushRights', () => {
    describe('when the token lists pull only', () => {
      it('refuses before any write, naming what was granted', async () => {
        const token = jwt([{ type: 'repository', name: 'team/app', actions: ['pull'] }]);
        const { registry, location, server } = await fake(tokenRegistry(token, () => ({ status: 200 })), { credentials: CI });

        const err = await registry.checkPushRights(location).catch((e: unknown) => e);

        expect(err).toMatchObject({ code: 'PUSH_DENIED' });
        expect((err as Error).message).toContain(`user "ci" may not push to ${location.registry}/team/app: the registry's token grants pull only`);
        expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
        expect(server.requestsTo('/token')[0]?.url.searchParams.get('scope')).toBe('repository:team/app:pull,push');
      });
    });

    describe('when the token lists push', () => {
      it('accepts without starting an upload', async () => {
        const token = jwt([{ type: 'repository', name: 'team/app', actions: ['pull', 'push'] }]);
        const { registry, location, server } = await fake(tokenRegistry(token, () => ({ status: 200 })), { credentials: CI });

        await registry.checkPushRights(location);

        expect(server.requests.filter((r) => r.method === 'POST')).toEqual([]);
      });
    });

    describe('when the token is opaque', () => {
      it('starts an upload and cancels it', async () => {
        const { registry, location, server } = await fake(
          tokenRegistry('opaque-token', (req) =>
            req.method === 'POST' ? { status: 202, headers: { location: '/v2/team/app/blobs/uploads/u9?_state=s' } } : { status: 204 },
          ),
          { credentials: CI },
        );

        await registry.checkPushRights(location);

        expect(methods(server).filter((m) => !m.startsWith('GET'))).toEqual([
          'POST /v2/team/app/blobs/uploads/',
          'DELETE /v2/team/app/blobs/uploads/u9?_state=s',
        ]);
      });

      it('refuses when starting the upload is forbidden', async () => {
        const { registry, location } = await fake(
          tokenRegistry('opaque-token', (req) =>
            req.method === 'POST' ? { status: 403, body: { errors: [{ code: 'DENIED', message: 'write access denied' }] } } : { status: 200 },
          ),
          { credentials: CI },
        );

        const err = await registry.checkPushRights(location).catch((e: unknown) => e);

        expect(err).toMatchObject({ code: 'PUSH_DENIED', status: 403 });
        expect((err as Error).message).toMatch(/^user "ci" may not push to 127\.0\.0\.1:\d+\/team\/app \(HTTP 403\): the registry said: .*write access denied/);
      });
    });
  });
});
