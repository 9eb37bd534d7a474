// The sign operation on flaky links: the fault-injecting proxy sits in front
// of the token variant's real notary-server, its real registry and the token
// server, and each case signs a fresh tag through all three while one kind of
// fault strikes. Transient faults must be survived, with the tag listed by
// the notary CLI with the registry's digest; lasting ones must fail within
// the deadline with a clear error and leave the trust data as it was.
//
// The table of outcomes (fault, result, retries, requests, seconds) is
// printed at the end; nothing here asserts on time.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DctError } from '../../src/errors.ts';
import { createRootCertificate, exportEncryptedPrivateKey, generateKey, type SigningKey } from '../../src/keys/index.ts';
import type { CommandRunner } from '../../src/operations/command-runner.ts';
import { sign } from './support/as-given.ts';
import { initializeRepository } from '../../src/trust/updates.ts';
import { recordingLogger } from '../http/support/logger.ts';
import { coreSession } from '../support/core.ts';
import { type Fault, type FaultProxy, startFaultProxy } from '../support/fault-proxy.ts';
import { createPeerContext, makeImage, notary, type PeerContext, pushImage, removePeerContext } from '../support/peers.ts';
import { SIGNER } from '../support/token-server.ts';
import { randomBytes } from 'node:crypto';

const stack = inject('stack');
const variant = stack.variants.token;
const PASSPHRASE = 'fault-signer-passphrase';

const noDocker: CommandRunner = { run: () => Promise.reject(new Error('docker must not be run')) };

interface Row {
  readonly fault: string;
  readonly outcome: string;
  readonly retries: number;
  readonly republished: number;
  readonly requests: number;
  readonly injected: number;
  readonly seconds: number;
}

describe('#sign', () => {
  let ctx: PeerContext;
  let proxies: { token: FaultProxy; notary: FaultProxy; registry: FaultProxy };
  let signerKey: SigningKey;
  let path: string;
  let gun: string;
  const rows: Row[] = [];
  const sessions: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    const [certPem, keyPem] = await Promise.all(
      ['server.crt', 'server.key'].map((f) => readFile(join(stack.dir, f), 'utf8')),
    );
    const tls = { certPem: certPem!, keyPem: keyPem! };
    const token = await startFaultProxy({ upstream: stack.tokenServer.url, ...tls });
    const realm = { from: stack.tokenServer.realm, to: `${token.origin}/token` };
    proxies = {
      token,
      notary: await startFaultProxy({ upstream: variant.notaryUrl, upstreamCa: stack.caPem, realm, ...tls }),
      registry: await startFaultProxy({ upstream: variant.registryUrl, realm, ...tls }),
    };
    ctx = await createPeerContext(stack, variant, { user: SIGNER });
    // The repository is named by the registry proxy, so the GUN the core signs is what the tests read.
    path = `faults/${randomBytes(5).toString('hex')}`;
    gun = `${proxies.registry.host}/${path}`;
    signerKey = generateKey('ecdsa');
    const session = coreSession(stack, SIGNER);
    sessions.push(session);
    await initializeRepository({
      server: session.trustServer(variant.notaryUrl),
      gun,
      rootSigner: createRootCertificate(generateKey('ecdsa'), gun).signer,
      repositorySigner: generateKey('ecdsa'),
      signer: { name: 'ci', keys: [signerKey.publicKey] },
    });
  });

  afterAll(async () => {
    await Promise.all([
      ...Object.values(proxies ?? {}).map((p) => p.close()),
      ...sessions.map((s) => s.close()),
      ctx ? removePeerContext(ctx) : undefined,
    ]);
    if (rows.length > 0) {
      const lines = [
        '| fault | outcome | retries logged | re-publishes | requests | faults injected | seconds |',
        '|---|---|---|---|---|---|---|',
        ...rows.map(
          (r) =>
            `| ${r.fault} | ${r.outcome} | ${r.retries} | ${r.republished} | ${r.requests} | ${r.injected} | ${r.seconds.toFixed(1)} |`,
        ),
      ];
      console.log(`fault table (sign of one tag through token server, registry and trust server):\n${lines.join('\n')}`);
    }
  });

  function setFault(fault: Fault): void {
    for (const p of Object.values(proxies)) p.setFault(fault);
  }

  const injected = (since: readonly number[]) =>
    Object.values(proxies).reduce((n, p, i) => n + p.events.slice(since[i]).filter((e) => e.action !== 'forwarded').length, 0);
  const seen = (since: readonly number[]) =>
    Object.values(proxies).reduce((n, p, i) => n + p.events.length - since[i]!, 0);

  /** Pushes a fresh image as `tag` to the real registry; the core reads it back through the proxy. */
  async function pushed(tag: string) {
    const ref = `${variant.registryHost}/${path}:${tag}`;
    await makeImage(ctx, ref);
    return pushImage(ctx, ref);
  }

  async function signThroughFaults(fault: Fault, tag: string, limits: { timeoutMs: number; stallTimeoutMs: number }) {
    setFault(fault);
    const logger = recordingLogger();
    const marks = Object.values(proxies).map((p) => p.events.length);
    const started = performance.now();
    const outcome = await sign({
      references: [`${gun}:${tag}`],
      push: false,
      runner: noDocker,
      signerKey: { text: exportEncryptedPrivateKey(signerKey, PASSPHRASE, { role: 'ci' }), passphrase: PASSPHRASE, input: 'signer-key' },
      trustServer: proxies.notary.origin,
      trustServerCa: stack.caPem,
      // The registry and token proxies speak TLS with the stack's CA too; trust-server-ca covers the trust server only.
      registryCa: stack.caPem,
      username: SIGNER.username,
      password: SIGNER.password,
      env: {},
      logger,
      ...limits,
    }).then(
      (result) => ({ result, error: undefined }),
      (error: unknown) => ({ result: undefined, error }),
    );
    const seconds = (performance.now() - started) / 1000;
    setFault('none');
    for (const p of Object.values(proxies)) p.dropConnections();
    const retries = logger.warnings.filter((w) => /; retrying in /.test(w)).length;
    const republished = logger.warnings.filter((w) => /publishing it again/.test(w)).length;
    const row = {
      fault,
      retries,
      republished,
      requests: seen(marks),
      injected: injected(marks),
      seconds,
    };
    return { ...outcome, logger, row };
  }

  async function listed(tag: string): Promise<string | undefined> {
    const { stdout } = await notary(ctx, ['list', gun], { allowFailure: true });
    return new RegExp(`^${tag}\\s+([0-9a-f]{64})\\s`, 'm').exec(stdout)?.[1];
  }

  describe.each<[Fault, string]>([
    ['none', 'fault-free'],
    ['503-once', '503 once per path'],
    ['reset', 'a reset instead of each first answer'],
    ['truncate', 'each first body cut short'],
    ['stall', 'each first request stalled'],
    ['503-post', '503 on the publish'],
    ['reset-after-post', 'a reset after the publish was applied'],
    ['drop-post', 'a reset after the publish was received, not applied'],
    ['stall-post', 'no answer to the publish'],
  ])('when the fault is %s (%s)', (fault) => {
    it('signs the tag with the registry’s digest', async () => {
      const tag = `t-${fault}`;
      const image = await pushed(tag);

      const { result, error, logger, row } = await signThroughFaults(fault, tag, { timeoutMs: 120_000, stallTimeoutMs: 1_500 });

      rows.push({ ...row, outcome: error ? `FAILED: ${(error as Error).message}` : 'signed' });
      expect(error).toBeUndefined();
      expect(result?.signed).toEqual([expect.objectContaining({ tag, digest: image.digest })]);
      expect(await listed(tag)).toBe(image.digest.slice('sha256:'.length));
      if (fault === 'none') {
        // Nothing pins the root here: the first-use warning is the only one.
        expect(logger.warnings.filter((w) => !/is trusted on first use/.test(w))).toEqual([]);
        expect(row.injected).toBe(0);
      } else {
        expect(row.injected).toBeGreaterThan(0);
        expect(logger.warnings.length).toBeGreaterThan(0);
      }
    });
  });

  describe.each<[Fault, { timeoutMs: number; stallTimeoutMs: number }, RegExp]>([
    [
      '503-always',
      { timeoutMs: 60_000, stallTimeoutMs: 5_000 },
      /^trust server https:\/\/127\.0\.0\.1:\d+ failed to read \S+ of .* \(HTTP 503: UNAVAILABLE: .*; gave up after 4 attempts\)$/,
    ],
    [
      '503-always-post',
      { timeoutMs: 60_000, stallTimeoutMs: 5_000 },
      /^trust server https:\/\/127\.0\.0\.1:\d+ failed to publish trust data for .* \(HTTP 503: UNAVAILABLE: .*; gave up after 4 attempts\)$/,
    ],
    [
      'stall',
      { timeoutMs: 3_000, stallTimeoutMs: 30_000 },
      /^could not reach trust server https:\/\/127\.0\.0\.1:\d+: timed out after 3 s \(the timeout input\) while waiting for the answer$/,
    ],
  ])('when the fault lasts (%s)', (fault, limits, message) => {
    it('fails within the deadline with a clear error, leaving the trust data unchanged', async () => {
      const tag = `t-lasting-${fault}`;
      await pushed(tag);
      const before = (await notary(ctx, ['list', gun], { allowFailure: true })).stdout;

      const { error, row } = await signThroughFaults(fault, tag, limits);

      rows.push({ ...row, fault: limits.timeoutMs < 10_000 ? `${fault} (timeout ${limits.timeoutMs / 1000} s)` : fault, outcome: `failed: ${(error as Error | undefined)?.message}` });
      expect(error).toBeInstanceOf(DctError);
      expect((error as DctError).message).toMatch(message);
      expect((error as DctError).message).not.toContain(SIGNER.password);
      expect((await notary(ctx, ['list', gun], { allowFailure: true })).stdout).toBe(before);
      expect(await listed(tag)).toBeUndefined();
    });
  });
});
