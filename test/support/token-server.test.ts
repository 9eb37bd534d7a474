// The token server is what every token-auth stack test leans on, so its
// grammar and refusals are pinned here without starting the rest of the stack.
import { verify, X509Certificate } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCerts, type StackCerts } from './certs.ts';
import { parseScope, READER, SIGNER, startTokenServer, type TokenServer } from './token-server.ts';

function decode(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [h, c] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(h!, 'base64url').toString()) as Record<string, unknown>,
    claims: JSON.parse(Buffer.from(c!, 'base64url').toString()) as Record<string, unknown>,
  };
}

const basic = (u: { username: string; password: string }): string =>
  `Basic ${Buffer.from(`${u.username}:${u.password}`).toString('base64')}`;

describe('token server', () => {
  let dir: string;
  let certs: StackCerts;
  let server: TokenServer;
  const gun = '127.0.0.1:5000/team/app';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dct-token-test-'));
    certs = await generateCerts(dir);
    server = await startTokenServer({
      issuer: 'test-issuer',
      signingKeyPem: certs.tokenKeyPem,
      x5c: [certs.tokenCertDerBase64],
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('#parseScope', () => {
    it.each([
      ['repository:team/app:pull,push', { type: 'repository', name: 'team/app', actions: ['pull', 'push'] }],
      [`repository:${gun}:pull`, { type: 'repository', name: gun, actions: ['pull'] }],
      ['registry:catalog:*', { type: 'registry', name: 'catalog', actions: ['*'] }],
      ['nonsense', null],
    ])('parses %s', (scope, expected) => {
      expect(parseScope(scope)).toEqual(expected);
    });
  });

  describe('when a user asks with GET and Basic credentials', () => {
    it('grants the requested actions the user is allowed, in a token signed by the x5c key', async () => {
      const url = `${server.realm}?service=notary-server&scope=${encodeURIComponent(`repository:${gun}:pull,push`)}`;
      const res = await fetch(url, { headers: { authorization: basic(READER) } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { token: string; access_token: string; expires_in: number };
      expect(body.access_token).toBe(body.token);

      const { header, claims } = decode(body.token);
      expect(header).toMatchObject({ alg: 'ES256', x5c: [certs.tokenCertDerBase64] });
      expect(claims).toMatchObject({
        iss: 'test-issuer',
        sub: READER.username,
        aud: 'notary-server',
        access: [{ type: 'repository', name: gun, actions: ['pull'] }],
      });
      const [h, c, sig] = body.token.split('.');
      const { publicKey: key } = new X509Certificate(Buffer.from(certs.tokenCertDerBase64, 'base64'));
      const ok = verify('sha256', Buffer.from(`${h}.${c}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(sig!, 'base64url'));
      expect(ok).toBe(true);
    });
  });

  describe('when the credentials are wrong', () => {
    it('answers 401', async () => {
      const res = await fetch(`${server.realm}?service=registry`, {
        headers: { authorization: basic({ username: SIGNER.username, password: 'nope' }) },
      });
      expect(res.status).toBe(401);
    });
  });

  describe('when a client uses the OAuth2 password grant', () => {
    it('grants as for GET', async () => {
      const form = new URLSearchParams({
        grant_type: 'password',
        service: 'registry',
        client_id: 'test',
        username: SIGNER.username,
        password: SIGNER.password,
        scope: 'repository:team/app:push,pull',
      });
      const res = await fetch(server.realm, { method: 'POST', body: form });
      expect(res.status).toBe(200);
      const { access_token } = (await res.json()) as { access_token: string };
      expect(decode(access_token).claims.access).toEqual([
        { type: 'repository', name: 'team/app', actions: ['push', 'pull'] },
      ]);
    });
  });

  describe('when no credentials are sent', () => {
    it('grants pull only', async () => {
      const res = await fetch(`${server.realm}?service=registry&scope=repository:team/app:pull,push`);
      const { token } = (await res.json()) as { token: string };
      expect(decode(token).claims).toMatchObject({ sub: '', access: [{ actions: ['pull'] }] });
    });
  });
});
