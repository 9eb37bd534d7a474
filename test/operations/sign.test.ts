// sign over the in-memory trust server and registry: what it publishes,
// and that everything it refuses is refused before anything is pushed or
// published.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DctError, InputError } from '../../src/errors.ts';
import { generateKey } from '../../src/keys/index.ts';
import { NetworkError } from '../../src/http/errors.ts';
import type { CommandRunner } from '../../src/operations/command-runner.ts';
import { sign } from '../../src/operations/sign.ts';
import { verify } from '../../src/operations/verify.ts';
import { recordingLogger } from '../http/support/logger.ts';
import { image, InMemoryStack, loadedKey, tagged, NO_DOCKER, REGISTRY, TRUST_SERVER_URL, withSigner } from './support/in-memory.ts';

let stack: InMemoryStack;
beforeEach(() => {
  stack = new InMemoryStack();
});

const common = () => ({ connect: stack.connect, env: {}, push: false, runner: NO_DOCKER });

describe('#sign', () => {
  describe('when the key is a signer of the repository', () => {
    it('signs each tag with the digest the registry serves, in one publish', async () => {
      const repo = await withSigner(stack, 'team/app');
      const d1 = stack.registry.put(repo.ref('v1'), 'one');
      const d2 = stack.registry.put(repo.ref('v2'), 'two');
      const result = await sign({ ...common(), references: [repo.ref('v1'), repo.ref('v2')], signerKey: loadedKey(repo.alice, 'alice') });
      expect(result.signed.map((s) => [s.reference, s.digest, s.roles, s.trustServer])).toEqual([
        [repo.ref('v1').original, d1, ['targets/releases', 'targets/alice'], TRUST_SERVER_URL],
        [repo.ref('v2').original, d2, ['targets/releases', 'targets/alice'], TRUST_SERVER_URL],
      ]);
      expect(result.signerName).toBe('alice');
      expect(repo.server.publishes).toHaveLength(1);
      expect(stack.access).toEqual(['write']);
      expect(stack.closed).toBe(1);
      const verified = await verify({ connect: stack.connect, env: {}, references: [repo.ref('v1'), repo.ref('v2')] });
      expect(verified.ok).toBe(true);
    });

    it('lists the roles it signed into in the one role order, whatever order the delegations are in', async () => {
      const key = generateKey('ecdsa');
      const server = await stack.repository('team/many', (b) => {
        for (const role of ['targets/zed', 'targets/releases', 'targets/bob']) b.delegate(role, { keys: [key] });
      });
      const ref = tagged(`${server.builder.gun}:v1`);
      stack.registry.put(ref, 'one');
      const result = await sign({ ...common(), references: [ref], signerKey: loadedKey(key, 'zed') });
      expect(result.signed[0]!.roles).toEqual(['targets/releases', 'targets/bob', 'targets/zed']);
      const verified = await verify({ connect: stack.connect, env: {}, references: [ref] });
      expect(verified.references[0]!.signers).toEqual(['bob', 'zed']);
    });

    it('pushes first and refuses a tag the registry serves differently from what was pushed', async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'moved');
      const pushed: string[] = [];
      const runner: CommandRunner = {
        run: async (_command, args) => {
          pushed.push(args.join(' '));
          return { exitCode: 0, stdout: `v1: digest: sha256:${'0'.repeat(64)} size: 1\n`, stderr: '' };
        },
      };
      const run = sign({ ...common(), push: true, runner, references: [repo.ref('v1')], signerKey: loadedKey(repo.alice, 'alice') });
      await expect(run).rejects.toMatchObject({ code: 'VERIFY' });
      expect(pushed).toEqual([`push ${repo.ref('v1').original}`]);
      expect(repo.server.publishes).toEqual([]);
    });
  });

  describe('when the tags are not pushed first', () => {
    it("reads the registry in the same wave as the trust server's GETs", async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      let registryRead!: () => void;
      const read = new Promise<boolean>((settle) => (registryRead = () => settle(true)));
      const resolve = stack.registry.resolve.bind(stack.registry);
      stack.registry.resolve = (ref) => (registryRead(), resolve(ref));
      const getRole = repo.server.getRole.bind(repo.server);
      const readDuringTrustRead: boolean[] = [];
      repo.server.getRole = async (...args) => {
        // Read one after the other, the registry waits for this answer: stop waiting then, and say so.
        readDuringTrustRead.push(await Promise.race([read, new Promise<boolean>((settle) => setTimeout(() => settle(false), 1_000))]));
        return getRole(...args);
      };

      const result = await sign({ ...common(), references: [repo.ref('v1')], signerKey: loadedKey(repo.alice, 'alice') });

      expect(result.signed).toHaveLength(1);
      expect(readDuringTrustRead[0]).toBe(true);
    });
  });

  describe('when a tag is already signed with the same digest', () => {
    it('publishes nothing and says so, per tag and for the run', async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      const signerKey = loadedKey(repo.alice, 'alice');
      await sign({ ...common(), references: [repo.ref('v1')], signerKey });
      const again = await sign({ ...common(), references: [repo.ref('v1')], signerKey });
      expect(repo.server.publishes).toHaveLength(1);
      expect(again.published).toBe(false);
      expect(again.signed.map((s) => [s.tag, s.alreadySigned])).toEqual([['v1', true]]);
    });

    it('signs the other tags and marks only that one', async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      const signerKey = loadedKey(repo.alice, 'alice');
      await sign({ ...common(), references: [repo.ref('v1')], signerKey });
      stack.registry.put(repo.ref('v2'), 'two');
      const result = await sign({ ...common(), references: [repo.ref('v1'), repo.ref('v2')], signerKey });
      expect(repo.server.publishes).toHaveLength(2);
      expect(result.published).toBe(true);
      expect(result.signed.map((s) => [s.tag, s.alreadySigned])).toEqual([['v1', true], ['v2', false]]);
    });
  });

  describe("when the signer's key was rotated and the new key file's role: header names another signer", () => {
    it('reports the delegation it signed as, not the header', async () => {
      const rotated = generateKey('ecdsa');
      const server = await stack.repository('team/app', (b) => {
        b.delegate('targets/releases', { keys: [rotated] });
        b.delegate('targets/ci', { keys: [rotated] });
      });
      const ref = tagged(`${server.builder.gun}:v1`);
      stack.registry.put(ref, 'one');
      const result = await sign({ ...common(), references: [ref], signerKey: loadedKey(rotated, 'ci-2026') });
      expect(result.signerName).toBe('ci');
      expect(result.signed[0]!.roles).toEqual(['targets/releases', 'targets/ci']);
    });
  });

  describe('when the key is no signer of the repository', () => {
    it('refuses before pushing or publishing anything', async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      const run = sign({ ...common(), push: true, references: [repo.ref('v1')], signerKey: loadedKey(generateKey('ecdsa'), 'alice') });
      await expect(run).rejects.toMatchObject({ code: 'NOT_SIGNER' });
      await expect(run).rejects.toBeInstanceOf(DctError);
      expect(repo.server.publishes).toEqual([]);
    });

    it("points to dct-sign's own signer-add first, docker's as the alternative", async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      const run = sign({ ...common(), references: [repo.ref('v1')], signerKey: loadedKey(generateKey('ecdsa'), 'alice') });
      const message = String(await run.catch((err: Error) => err.message));
      expect(message.indexOf('dct-sign signer-add')).toBeGreaterThanOrEqual(0);
      expect(message.indexOf('dct-sign signer-add')).toBeLessThan(message.indexOf('docker trust signer add'));
    });
  });

  describe('when the repository has no trust data', () => {
    it('creates it with the root and repository keys and signs', async () => {
      const server = await stack.repository('team/new');
      const ref = tagged(`${REGISTRY}/team/new:v1`);
      stack.registry.put(ref, 'one');
      const signer = generateKey('ecdsa');
      const result = await sign({
        ...common(),
        references: [ref],
        signerKey: loadedKey(signer, 'ci'),
        bootstrap: {
          rootKey: loadedKey(generateKey('ecdsa'), 'root', 'root-key'),
          repositoryKey: loadedKey(generateKey('ecdsa'), 'targets', 'repository-key'),
        },
      });
      expect(result.signed[0]!.roles).toEqual(['targets/releases', 'targets/ci']);
      expect(server.publishes.map((files) => files.map((f) => f.role))).toEqual([['root', 'targets'], ['targets/releases', 'targets/ci']]);
    });

    it('refuses without them, before publishing', async () => {
      const server = await stack.repository('team/new');
      const run = sign({ ...common(), references: [tagged(`${REGISTRY}/team/new:v1`)], signerKey: loadedKey(generateKey('ecdsa'), 'ci') });
      await expect(run).rejects.toMatchObject({ code: 'NO_TRUST_DATA' });
      expect(server.publishes).toEqual([]);
    });

    it("points to dct-sign's own signer-add first, docker's as the alternative", async () => {
      await stack.repository('team/new');
      stack.registry.put(tagged(`${REGISTRY}/team/new:v1`), 'one');
      const run = sign({ ...common(), references: [tagged(`${REGISTRY}/team/new:v1`)], signerKey: loadedKey(generateKey('ecdsa'), 'ci') });
      const message = String(await run.catch((err: Error) => err.message));
      expect(message).toContain('`dct-sign signer-add`');
      expect(message.indexOf('dct-sign signer-add')).toBeLessThan(message.indexOf('docker trust signer add'));
    });

    it('reports an unreachable registry as unreachable, naming its host and the network error', async () => {
      await stack.repository('team/new');
      stack.registry.unreachable = new NetworkError({
        url: `https://${REGISTRY}/v2/`,
        method: 'GET',
        target: `registry ${REGISTRY}`,
        reason: 'getaddrinfo ENOTFOUND registry.test',
      });
      const run = sign({ ...common(), references: [tagged(`${REGISTRY}/team/new:v1`)], signerKey: loadedKey(generateKey('ecdsa'), 'ci') });
      await expect(run).rejects.toMatchObject({ code: 'NETWORK' });
      await expect(run).rejects.toThrow(`registry ${REGISTRY} is unreachable (getaddrinfo ENOTFOUND registry.test)`);
    });
  });

  describe('when the signer name is not one', () => {
    it('refuses it as an input error, before any connection', async () => {
      const signerKey = loadedKey(generateKey('ecdsa'), 'ci');
      const run = sign({ ...common(), references: [tagged(`${REGISTRY}/team/app:v1`)], signerKey, signerName: 'Not A Name' });
      await expect(run).rejects.toBeInstanceOf(InputError);
      expect(stack.access).toEqual([]);
    });
  });

  describe('when it logs', () => {
    it('writes one debug line per phase, with its milliseconds: pushing, reading, resolving, publishing, saving', async () => {
      const repo = await withSigner(stack, 'team/app');
      const digest = stack.registry.put(repo.ref('v1'), 'one');
      const runner: CommandRunner = { run: async () => ({ exitCode: 0, stdout: `v1: digest: ${digest} size: 3\n`, stderr: '' }) };
      const trustState = join(mkdtempSync(join(tmpdir(), 'sign-phases-')), 'state.json');
      const logger = recordingLogger();

      await sign({ ...common(), push: true, runner, trustState, logger, references: [repo.ref('v1')], signerKey: loadedKey(repo.alice, 'alice') });

      const ref = repo.ref('v1').original;
      expect(logger.debugs).toEqual([
        expect.stringMatching(new RegExp(`^reading trust data for ${repo.gun}: done in \\d+ ms$`)),
        expect.stringMatching(new RegExp(`^pushing ${ref}: done in \\d+ ms$`)),
        expect.stringMatching(new RegExp(`^resolving the digest of ${ref}: done in \\d+ ms$`)),
        expect.stringMatching(new RegExp(`^publishing [a-z/, ]+ to ${repo.gun}: done in \\d+ ms$`)),
        expect.stringMatching(new RegExp(`^saving the trust state to ${trustState}: done in \\d+ ms$`)),
      ]);
    });

    it('says how long a phase ran before it failed', async () => {
      const repo = await withSigner(stack, 'team/app');
      const logger = recordingLogger();

      await expect(sign({ ...common(), logger, references: [repo.ref('gone')], signerKey: loadedKey(repo.alice, 'alice') })).rejects.toThrow();

      // Without a push the digest is read while the trust data is, so its line need not be the last.
      expect(logger.debugs).toContainEqual(expect.stringMatching(new RegExp(`^resolving the digest of ${repo.ref('gone').original}: failed after \\d+ ms$`)));
    });
  });
});
