// The sign operation behind a real forward proxy: Debian's tinyproxy. The
// trust server is reached under a host alias that is not loopback by name
// (an /etc/hosts entry, with its own certificate from the stack's CA, served
// by a pass-through front for the open variant's notary-server), so proxy
// rules apply to it; the registry stays on 127.0.0.1, which is never proxied.

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DctError } from '../../src/errors.ts';
import { NetworkError } from '../../src/http/errors.ts';
import { createRootCertificate, exportEncryptedPrivateKey, generateKey, type SigningKey } from '../../src/keys/index.ts';
import type { CommandRunner } from '../../src/operations/command-runner.ts';
import type { ConnectionOptions } from '../../src/operations/connections.ts';
import { sign } from './support/as-given.ts';
import { initializeRepository } from '../../src/trust/updates.ts';
import { issueServerCertificate } from '../support/certs.ts';
import { coreSession } from '../support/core.ts';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy.ts';
import { addHostAlias } from '../support/hosts.ts';
import { createPeerContext, makeImage, notary, type PeerContext, pushImage, removePeerContext } from '../support/peers.ts';
import { freePort, startTinyproxy, type Tinyproxy } from '../support/tinyproxy.ts';

const stack = inject('stack');
const variant = stack.variants.open;
const PASSPHRASE = 'proxy-signer-passphrase';
const PROXY_USER = { user: 'ci-proxy', password: 'proxy-pa55word' };

const noDocker: CommandRunner = { run: () => Promise.reject(new Error('docker must not be run')) };

describe('#sign', () => {
  let ctx: PeerContext;
  let dir: string;
  let removeAlias: (() => Promise<void>) | undefined;
  let front: FaultProxy;
  let open: Tinyproxy;
  let guarded: Tinyproxy;
  let alias: string;
  let trustServer: string;
  let signerKey: SigningKey;
  let repository: string;
  const closing: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(stack.dir, 'proxy-'));
    const id = randomBytes(4).toString('hex');
    alias = `notary-${id}.dct-sign.test`;
    removeAlias = await addHostAlias(alias);
    const cert = await issueServerCertificate(stack.dir, `alias-${id}`, { dns: [alias] });
    front = await startFaultProxy({ upstream: variant.notaryUrl, upstreamCa: stack.caPem, ...cert });
    trustServer = `https://${alias}:${new URL(front.origin).port}`;
    open = await startTinyproxy(dir, { name: 'tinyproxy-open' });
    guarded = await startTinyproxy(dir, { name: 'tinyproxy-auth', basicAuth: PROXY_USER });
    closing.push(front, open, guarded);

    ctx = await createPeerContext(stack, variant);
    repository = `${variant.registryHost}/proxy/${id}`;
    signerKey = generateKey('ecdsa');
    const session = coreSession(stack);
    closing.push(session);
    await initializeRepository({
      server: session.trustServer(variant.notaryUrl),
      gun: repository,
      rootSigner: createRootCertificate(generateKey('ecdsa'), repository).signer,
      repositorySigner: generateKey('ecdsa'),
      signer: { name: 'ci', keys: [signerKey.publicKey] },
    });
  });

  afterAll(async () => {
    await Promise.all(closing.map((c) => c.close()));
    await removeAlias?.();
    if (ctx) await removePeerContext(ctx);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function signTag(tag: string, connection: Partial<ConnectionOptions>) {
    const image = await pushImage(ctx, (await makeImage(ctx, `${repository}:${tag}`)).ref);
    const masked: string[] = [];
    const outcome = await sign({
      references: [`${repository}:${tag}`],
      push: false,
      runner: noDocker,
      signerKey: { text: exportEncryptedPrivateKey(signerKey, PASSPHRASE, { role: 'ci' }), passphrase: PASSPHRASE, input: 'signer-key' },
      trustServer,
      trustServerCa: stack.caPem,
      env: {},
      mask: (s) => masked.push(s),
      timeoutMs: 60_000,
      ...connection,
    }).then(
      (result) => ({ result, error: undefined }),
      (error: unknown) => ({ result: undefined, error }),
    );
    return { ...outcome, image, masked };
  }

  async function listed(tag: string): Promise<string | undefined> {
    const { stdout } = await notary(ctx, ['list', repository], { allowFailure: true });
    return new RegExp(`^${tag}\\s+([0-9a-f]{64})\\s`, 'm').exec(stdout)?.[1];
  }

  const connectsTo = (lines: readonly string[], host: string) => lines.filter((l) => l.startsWith(`CONNECT ${host}`));
  const trustHost = () => new URL(trustServer).host;

  describe('when HTTPS_PROXY names the proxy', () => {
    it('reaches the trust server through a CONNECT tunnel, and the loopback registry directly', async () => {
      const before = (await open.requests()).length;

      const { result, error, image } = await signTag('via-env', { env: { HTTPS_PROXY: open.url, HTTP_PROXY: open.url } });

      expect(error).toBeUndefined();
      expect(result?.signed[0]?.digest).toBe(image.digest);
      expect(await listed('via-env')).toBe(image.digest.slice(7));
      const lines = (await open.requests()).slice(before);
      expect(connectsTo(lines, trustHost()).length).toBeGreaterThan(0);
      expect(lines.filter((l) => l.includes(variant.registryHost))).toEqual([]);
    });
  });

  describe('when NO_PROXY names the trust server', () => {
    it.each([['the host'], ['its domain']])('bypasses the proxy (%s)', async (which) => {
      const before = (await open.requests()).length;
      const noProxy = which === 'the host' ? alias : '.dct-sign.test';
      const tag = which === 'the host' ? 'no-proxy-host' : 'no-proxy-domain';

      const { error, image } = await signTag(tag, { env: { HTTPS_PROXY: open.url, NO_PROXY: `example.org,${noProxy}` } });

      expect(error).toBeUndefined();
      expect(await listed(tag)).toBe(image.digest.slice(7));
      expect((await open.requests()).slice(before)).toEqual([]);
    });
  });

  describe('when the proxy is dead', () => {
    it('fails with an error that names the proxy, publishing nothing', async () => {
      const dead = `http://127.0.0.1:${await freePort()}`;

      const { error } = await signTag('dead-proxy', { env: { HTTPS_PROXY: dead } });

      expect(error).toBeInstanceOf(NetworkError);
      expect((error as Error).message).toContain(`could not reach trust server ${trustServer} through proxy ${dead} (HTTPS_PROXY): `);
      expect((error as Error).message).toMatch(/ECONNREFUSED/);
      expect(await listed('dead-proxy')).toBeUndefined();
    });
  });

  describe('when the proxy wants credentials', () => {
    it('passes those of an explicit proxy, which replaces the environment’s, and masks the password', async () => {
      const before = (await guarded.requests()).length;

      const { error, image, masked } = await signTag('explicit-proxy', {
        env: { HTTPS_PROXY: `http://127.0.0.1:${await freePort()}` },
        proxy: { url: guarded.url, username: PROXY_USER.user, password: PROXY_USER.password, bypass: ['example\\.org'] },
      });

      expect(error).toBeUndefined();
      expect(await listed('explicit-proxy')).toBe(image.digest.slice(7));
      expect(connectsTo((await guarded.requests()).slice(before), trustHost()).length).toBeGreaterThan(0);
      expect(masked).toContain(PROXY_USER.password);
    });

    it('passes those in the HTTPS_PROXY URL', async () => {
      const url = guarded.url.replace('http://', `http://${PROXY_USER.user}:${PROXY_USER.password}@`);

      const { error, image, masked } = await signTag('env-credentials', { env: { HTTPS_PROXY: url } });

      expect(error).toBeUndefined();
      expect(await listed('env-credentials')).toBe(image.digest.slice(7));
      expect(masked).toContain(PROXY_USER.password);
    });

    it('names the proxy and says it refused, without printing the password', async () => {
      const { error } = await signTag('wrong-proxy-password', {
        proxy: { url: guarded.url, username: PROXY_USER.user, password: 'not-the-password' },
      });

      expect(error).toBeInstanceOf(DctError);
      const message = (error as Error).message;
      expect(message).toContain(`through proxy http://***@127.0.0.1:${guarded.port} (the proxy)`);
      expect(message).toMatch(/the proxy refused the tunnel \(HTTP 40[17]\): .*check its username and password/);
      expect(message).not.toContain('not-the-password');
      expect(await listed('wrong-proxy-password')).toBeUndefined();
    });
  });
});
