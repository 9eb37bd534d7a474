// The sign operation with the registry login kept in a real credential
// helper: docker-credential-pass from Debian's golang-docker-credential-helpers,
// over `pass` and a throwaway gpg key without a passphrase made here (its
// GNUPGHOME and PASSWORD_STORE_DIR in a scratch dir), against the token
// variant, where only the signer's login may push. Also a helper that is not
// installed, one that fails, and a store that has no login for the registry.

import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DctError } from '../../src/errors.ts';
import { createRootCertificate, exportEncryptedPrivateKey, generateKey, type SigningKey } from '../../src/keys/index.ts';
import type { CommandRunner } from '../../src/operations/command-runner.ts';
import { sign } from './support/as-given.ts';
import { initializeRepository } from '../../src/trust/updates.ts';
import { coreSession } from '../support/core.ts';
import { createPeerContext, makeImage, notary, type PeerContext, pushImage, removePeerContext } from '../support/peers.ts';
import { fetchTokenRequests, SIGNER } from '../support/token-server.ts';

const exec = promisify(execFile);
const stack = inject('stack');
const variant = stack.variants.token;
const PASSPHRASE = 'helper-signer-passphrase';

const noDocker: CommandRunner = { run: () => Promise.reject(new Error('docker must not be run')) };

/** Runs a command with `input` on stdin; rejects with its output on failure. */
function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv, input = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${file} ${args.join(' ')} exited ${code}: ${out}`))));
    child.stdin.end(input);
  });
}

describe('#sign', () => {
  let ctx: PeerContext;
  // Short: gpg-agent puts its socket in GNUPGHOME, and socket paths are limited.
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let signerKey: SigningKey;
  let repository: string;
  const closing: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    dir = await mkdtemp('/tmp/dct-pass-');
    const gnupg = join(dir, 'g');
    const store = join(dir, 'store');
    const bin = join(dir, 'bin');
    await mkdir(gnupg, { mode: 0o700 });
    await mkdir(bin);
    env = {
      PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: dir,
      GNUPGHOME: gnupg,
      PASSWORD_STORE_DIR: store,
      DOCKER_CONFIG: join(dir, 'docker'),
    };
    await mkdir(env.DOCKER_CONFIG!);
    await exec('gpg', ['--batch', '--pinentry-mode', 'loopback', '--passphrase', '', '--quick-gen-key', 'dct-sign test <dct-sign@test.invalid>', 'default', 'default', 'never'], { env });
    const { stdout } = await exec('gpg', ['--batch', '--list-secret-keys', '--with-colons'], { env });
    const fingerprint = /^fpr:+([0-9A-F]{40}):/m.exec(stdout)?.[1];
    if (!fingerprint) throw new Error(`no gpg key made:\n${stdout}`);
    await exec('pass', ['init', fingerprint], { env });
    // As `docker login` stores it through the helper.
    await run('docker-credential-pass', ['store'], env, JSON.stringify({ ServerURL: variant.registryHost, Username: SIGNER.username, Secret: SIGNER.password }));
    const broken = join(bin, 'docker-credential-dct-broken');
    await writeFile(broken, '#!/bin/sh\ncat >/dev/null\necho "error: the keychain is locked"\nexit 1\n');
    await chmod(broken, 0o755);

    ctx = await createPeerContext(stack, variant, { user: SIGNER });
    repository = `${variant.registryHost}/helper/${randomBytes(5).toString('hex')}`;
    signerKey = generateKey('ecdsa');
    const session = coreSession(stack, SIGNER);
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
    if (env) await exec('gpgconf', ['--kill', 'gpg-agent'], { env }).catch(() => {});
    if (ctx) await removePeerContext(ctx);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function signTag(tag: string, config: object) {
    await writeFile(join(env.DOCKER_CONFIG!, 'config.json'), JSON.stringify(config));
    const image = await pushImage(ctx, (await makeImage(ctx, `${repository}:${tag}`)).ref);
    const masked: string[] = [];
    const outcome = await sign({
      references: [`${repository}:${tag}`],
      push: false,
      runner: noDocker,
      signerKey: { text: exportEncryptedPrivateKey(signerKey, PASSPHRASE, { role: 'ci' }), passphrase: PASSPHRASE, input: 'signer-key' },
      trustServer: variant.notaryUrl,
      trustServerCa: stack.caPem,
      env,
      mask: (s) => masked.push(s),
      timeoutMs: 120_000,
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

  describe.each([
    ['credsStore', { credsStore: 'pass' }],
    ['credHelpers, ahead of credsStore', { credHelpers: { [stack.variants.token.registryHost]: 'pass' }, credsStore: 'dct-missing' }],
  ])('when docker-credential-pass keeps the login (%s)', (label, config) => {
    it('signs as the stored user and masks the password the moment it is read', async () => {
      const tag = label.startsWith('credsStore') ? 'creds-store' : 'cred-helpers';
      const since = (await fetchTokenRequests(stack.tokenServer.url)).length;

      const { result, error, image, masked } = await signTag(tag, config);

      expect(error).toBeUndefined();
      expect(result?.signed[0]?.digest).toBe(image.digest);
      expect(await listed(tag)).toBe(image.digest.slice(7));
      expect(masked).toContain(SIGNER.password);
      const tokens = (await fetchTokenRequests(stack.tokenServer.url)).slice(since);
      expect(tokens.filter((t) => t.scopes.some((s) => s.includes(repository))).map((t) => t.user)).toContain(SIGNER.username);
    });
  });

  describe('when the store has no login for the registry', () => {
    it('goes on anonymously, as docker does, and anonymous may not publish', async () => {
      const stored = JSON.stringify({ ServerURL: variant.registryHost, Username: SIGNER.username, Secret: SIGNER.password });
      await run('docker-credential-pass', ['erase'], env, variant.registryHost);
      try {
        const { error } = await signTag('no-login', { credsStore: 'pass', auths: { [variant.registryHost]: { auth: 'not consulted' } } });

        expect(error).toMatchObject({ code: 'UNAUTHORIZED' });
        expect((error as Error).message).toMatch(/not authorized to push trust data for .* as anonymous/);
        expect(await listed('no-login')).toBeUndefined();
      } finally {
        await run('docker-credential-pass', ['store'], env, stored);
      }
    });
  });

  describe('when the helper is not installed', () => {
    it('names the helper and the config, publishing nothing', async () => {
      const { error } = await signTag('missing-helper', { credsStore: 'dct-missing' });

      expect(error).toBeInstanceOf(DctError);
      expect(error).toMatchObject({ code: 'INPUT' });
      expect((error as Error).message).toMatch(/credsStore in .*config\.json names the credential helper "dct-missing", but docker-credential-dct-missing is not on PATH/);
      expect(await listed('missing-helper')).toBeUndefined();
    });
  });

  describe('when the helper fails', () => {
    it('names the helper and quotes its message, publishing nothing', async () => {
      const { error } = await signTag('broken-helper', { credHelpers: { [variant.registryHost]: 'dct-broken' } });

      expect(error).toMatchObject({ code: 'COMMAND' });
      expect((error as Error).message).toMatch(
        /credential helper docker-credential-dct-broken \(credHelpers\["[^"]+"\] in .*\) failed to get the login for [^ ]+ \(exit code 1\): error: the keychain is locked/,
      );
      expect(await listed('broken-helper')).toBeUndefined();
    });
  });
});
