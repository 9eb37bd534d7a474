// The sign operation against the real stack, below the entrypoints: what the
// registry serves is what gets signed, one update per repository.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ProcessRunner } from '../../src/cli/process-runner.ts';
import { DctError } from '../../src/errors.ts';
import type { CommandRunner } from '../../src/operations/command-runner.ts';
import { sign } from './support/as-given.ts';
import { dockerKeyPem } from '../support/core.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  notary,
  type PeerContext,
  pushImage,
  removePeerContext,
  uniqueRepository,
} from '../support/peers.ts';
import { pushOciIndex } from '../support/registry-api.ts';
import { allGone, hangingCommand } from './support/hanging-command.ts';

const stack = inject('stack');
const variant = stack.variants.open;

/** push is off in these tests: a runner that must never be called. */
const noDocker: CommandRunner = {
  run: () => Promise.reject(new Error('docker must not be run')),
};

describe('#sign', () => {
  let ctx: PeerContext;
  let publicKey: string;
  beforeAll(async () => {
    ctx = await createPeerContext(stack, variant);
    publicKey = await generateSignerKey(ctx, 'ci');
  });
  afterAll(async () => {
    await removePeerContext(ctx);
  });

  async function dockerRepository(prefix: string) {
    const repo = uniqueRepository(variant, prefix);
    await docker(ctx, ['trust', 'signer', 'add', '--key', publicKey, 'ci', repo.name]);
    const signerKey = {
      text: await dockerKeyPem(ctx, 'ci'),
      passphrase: ctx.passphrases.repository,
      input: 'signer-key',
    };
    return { repo, signerKey };
  }

  const common = {
    push: false,
    runner: noDocker,
    trustServer: variant.notaryUrl,
    trustServerCa: stack.caPem,
    env: {},
  };

  describe('when the tag is a multi-arch OCI index', () => {
    it('signs the index digest', async () => {
      const { repo, signerKey } = await dockerRepository('oci-index');
      const index = await pushOciIndex(variant.registryUrl, repo.path, 'multi');

      const result = await sign({ ...common, references: [repo.ref('multi')], signerKey });

      expect(result.signed).toEqual([
        expect.objectContaining({ tag: 'multi', digest: index.digest, size: index.size }),
      ]);
      const { stdout } = await notary(ctx, ['list', repo.gun]);
      expect(stdout).toMatch(new RegExp(`^multi\\s+${index.digest.slice(7)}\\s+${index.size}\\s`, 'm'));
    });
  });

  describe('when three tags of one repository are signed', () => {
    it('publishes once', async () => {
      const { repo, signerKey } = await dockerRepository('three');
      const tags = ['a', 'b', 'c'];
      for (const tag of tags) {
        await makeImage(ctx, repo.ref(tag));
        await pushImage(ctx, repo.ref(tag));
      }

      const result = await sign({ ...common, references: tags.map((t) => repo.ref(t)), signerKey });

      expect(result.requests.byMethod.POST).toBe(1);
      expect(result.signed.map((s) => s.tag)).toEqual(tags);
      const { stdout } = await notary(ctx, ['list', repo.gun]);
      for (const s of result.signed) expect(stdout).toMatch(new RegExp(`^${s.tag}\\s+${s.digest.slice(7)}\\s+${s.size}\\s`, 'm'));
    });
  });

  describe('when the tag moves between the push and the sign', () => {
    it('refuses to sign what it did not push, publishing nothing', async () => {
      const { repo, signerKey } = await dockerRepository('moved');
      await makeImage(ctx, repo.ref('v1'));
      await pushImage(ctx, repo.ref('v1'));
      // docker reports another digest than the registry serves by the time we read it.
      const elsewhere: CommandRunner = {
        run: () => Promise.resolve({ exitCode: 0, stdout: `v1: digest: sha256:${'1'.repeat(64)} size: 527\n`, stderr: '' }),
      };

      await expect(
        sign({ ...common, push: true, runner: elsewhere, references: [repo.ref('v1')], signerKey }),
      ).rejects.toMatchObject({ code: 'VERIFY', message: expect.stringMatching(/just pushed; nothing was signed/) });
      const { stdout } = await notary(ctx, ['list', repo.gun], { allowFailure: true });
      expect(stdout).not.toMatch(/^v1\s/m);
    });
  });

  describe("when docker's push output has no digest line", () => {
    it('warns that the pushed-digest check is skipped, and signs what the registry serves', async () => {
      const { repo, signerKey } = await dockerRepository('unparsed');
      await makeImage(ctx, repo.ref('v1'));
      await pushImage(ctx, repo.ref('v1'));
      const terse: CommandRunner = { run: () => Promise.resolve({ exitCode: 0, stdout: 'Pushed\n', stderr: '' }) };
      const warnings: string[] = [];
      const logger = { info: () => {}, debug: () => {}, warning: (m: string) => warnings.push(m) };

      const result = await sign({ ...common, push: true, runner: terse, logger, references: [repo.ref('v1')], signerKey });

      expect(result.signed).toHaveLength(1);
      // The run pins no root, so the first-use warning comes too.
      expect(warnings.filter((w) => !/is trusted on first use/.test(w))).toEqual([
        expect.stringMatching(/printed no "digest: .*check that the registry serves what was just pushed is skipped/),
      ]);
    });
  });

  describe('when the push of a later tag fails', () => {
    it('signs every tag that was pushed and names the one that was not, with docker\'s error', async () => {
      const { repo, signerKey } = await dockerRepository('partial');
      const digests = new Map<string, string>();
      for (const tag of ['a', 'c']) {
        await makeImage(ctx, repo.ref(tag));
        digests.set(repo.ref(tag), (await pushImage(ctx, repo.ref(tag))).digest);
      }
      // docker push of b is refused; a and c report what the registry now holds.
      const partly: CommandRunner = {
        run: (_docker, args) => {
          const digest = digests.get(args[1]!);
          return Promise.resolve(
            digest
              ? { exitCode: 0, stdout: `digest: ${digest} size: 528\n`, stderr: '' }
              : { exitCode: 1, stdout: '', stderr: 'denied: requested access to the resource is denied\n' },
          );
        },
      };

      const result = await sign({ ...common, push: true, runner: partly, references: ['a', 'b', 'c'].map((t) => repo.ref(t)), signerKey });

      expect(result.signed.map((s) => s.tag)).toEqual(['a', 'c']);
      expect(result.notPushed).toEqual([{ reference: repo.ref('b'), exitCode: 1, error: 'denied: requested access to the resource is denied' }]);
      const { stdout } = await notary(ctx, ['list', repo.gun]);
      expect(stdout).toMatch(/^a\s/m);
      expect(stdout).toMatch(/^c\s/m);
      expect(stdout).not.toMatch(/^b\s/m);
    });
  });

  describe('when docker push hangs past the timeout', () => {
    it('stops docker push and what it started, and fails naming the timeout input, publishing nothing', async () => {
      const { repo, signerKey } = await dockerRepository('hung');
      await makeImage(ctx, repo.ref('v1'));
      await pushImage(ctx, repo.ref('v1'));
      const hanging = await hangingCommand();
      const runner = new ProcessRunner({ echo: () => {} });
      const hung: CommandRunner = { run: (_docker, _args, options) => runner.run(hanging.command, hanging.args, options) };

      const signing = sign({ ...common, push: true, runner: hung, timeoutMs: 5_000, references: [repo.ref('v1')], signerKey }).catch(
        (e: unknown) => e,
      );
      const pids = await hanging.started();
      const err = await signing;

      expect(err).toBeInstanceOf(DctError);
      expect(err).toMatchObject({ code: 'COMMAND', message: expect.stringMatching(/^timed out after 5 s \(the timeout input\) while running docker push /) });
      expect(await allGone([pids.command, pids.helper])).toBe(true);
      const { stdout } = await notary(ctx, ['list', repo.gun], { allowFailure: true });
      expect(stdout).not.toMatch(/^v1\s/m);
    }, 30_000);
  });

  describe('when a reference pins a digest', () => {
    it('refuses a digest the tag no longer points to, publishing nothing', async () => {
      const { repo, signerKey } = await dockerRepository('pinned');
      await makeImage(ctx, repo.ref('v1'));
      await pushImage(ctx, repo.ref('v1'));
      const stale = `sha256:${'0'.repeat(64)}`;

      await expect(sign({ ...common, references: [`${repo.ref('v1')}@${stale}`], signerKey })).rejects.toMatchObject({
        code: 'VERIFY',
      });
      const { stdout } = await notary(ctx, ['list', repo.gun], { allowFailure: true });
      expect(stdout).not.toMatch(/^v1\s/m);
    });
  });
});
