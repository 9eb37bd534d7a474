// sign in more than one format over the in-memory trust server and registry:
// every format's checks before the first write, the cosign writes beside
// the trust server's publish, and what a tag has when one format fails.

import { beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { generateKey } from '../../src/keys/index.ts';
import type { CommandRunner } from '../../src/operations/command-runner.ts';
import { sign } from '../../src/operations/sign.ts';
import { verify } from '../../src/operations/verify.ts';
import { conflictError } from '../tuf/support/trust-server.ts';
import { FakeCosign, sigTag } from './support/fake-cosign.ts';
import { InMemoryStack, loadedKey, NO_DOCKER, tagged, withSigner } from './support/in-memory.ts';

let stack: InMemoryStack;
let cosign: FakeCosign;
beforeEach(() => {
  stack = new InMemoryStack();
  cosign = new FakeCosign();
});

const common = () => ({ connect: stack.connect, env: {}, push: false, runner: NO_DOCKER, cosign });

/** Resolves when `started` resolves, or fails after `ms`: what waits on the other side of a race that never starts. */
function within<T>(started: Promise<T>, what: string, ms = 2000): Promise<T> {
  return Promise.race([started, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not start within ${ms} ms`)), ms))]);
}

describe('#sign with formats', () => {
  describe('when the formats are dct and cosign', () => {
    it('publishes to the trust server and writes the cosign signatures, and lists both formats per tag', async () => {
      const repo = await withSigner(stack, 'team/app');
      const digest = stack.registry.put(repo.ref('v1'), 'one');
      const result = await sign({ ...common(), formats: ['dct', 'cosign'], references: [repo.ref('v1')], signerKey: loadedKey(repo.alice, 'alice') });
      expect(result.signed.map((s) => [s.reference, s.formats, s.roles, s.cosign])).toEqual([
        [repo.ref('v1').original, ['dct', 'cosign'], ['targets/releases', 'targets/alice'], { written: ['sig', 'bundle'], already: [] }],
      ]);
      expect(result.formats).toEqual(['dct', 'cosign']);
      expect(result.failedFormats).toBeUndefined();
      expect(repo.server.publishes).toHaveLength(1);
      expect(stack.registry.writes.map((w) => w.name)).toEqual([`${repo.gun}:${sigTag(digest)}`]);
    });

    it('makes the cosign signatures with the signer key unless a cosign key is given', async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      stack.registry.put(repo.ref('v2'), 'two');
      const signerKey = loadedKey(repo.alice, 'alice');
      const cosignKey = loadedKey(generateKey('ecdsa'), 'cosign', 'cosign-key');
      await sign({ ...common(), formats: ['dct', 'cosign'], references: [repo.ref('v1')], signerKey });
      await sign({ ...common(), formats: ['dct', 'cosign'], references: [repo.ref('v2')], signerKey, cosignKey });
      expect(cosign.writes.map((w) => w.pem)).toEqual([cosign.signerOf(signerKey).publicKeyPem, cosign.signerOf(cosignKey).publicKeyPem]);
    });

    it('runs the cosign writes while the trust server publishes, not after', async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      let publishStarted!: () => void;
      let writeStarted!: () => void;
      const publishing = new Promise<void>((resolve) => (publishStarted = resolve));
      const writing = new Promise<void>((resolve) => (writeStarted = resolve));
      // Each side waits for the other to have started: done one after the other, the first never ends.
      repo.server.beforePublish = async () => {
        publishStarted();
        await within(writing, 'the cosign write');
      };
      cosign.beforeWrite = async () => {
        writeStarted();
        await within(publishing, "the trust server's publish");
      };
      const result = await sign({ ...common(), formats: ['dct', 'cosign'], references: [repo.ref('v1')], signerKey: loadedKey(repo.alice, 'alice') });
      expect(result.signed[0]!.formats).toEqual(['dct', 'cosign']);
    });
  });

  describe('when the identity may not push', () => {
    it('refuses before pushing, publishing or writing anything in any format', async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      stack.registry.readOnly = true;
      const pushed: string[] = [];
      const runner: CommandRunner = {
        run: async (_command, args) => {
          pushed.push(args.join(' '));
          return { exitCode: 0, stdout: '', stderr: '' };
        },
      };
      const run = sign({ ...common(), push: true, runner, formats: ['dct', 'cosign'], references: [repo.ref('v1')], signerKey: loadedKey(repo.alice, 'alice') });
      await expect(run).rejects.toMatchObject({ code: 'PUSH_DENIED' });
      expect(pushed).toEqual([]);
      expect(repo.server.publishes).toEqual([]);
      expect(stack.registry.writes).toEqual([]);
      expect(cosign.writes).toEqual([]);
    });
  });

  describe('when the formats are cosign alone', () => {
    it('contacts no trust server and does not check the signer against trust data', async () => {
      const server = await stack.repository('team/app');
      const ref = `${server.builder.gun}:v1`;
      const digest = stack.registry.put(ref, 'one');
      const stranger = loadedKey(generateKey('ecdsa'), 'nobody');
      const result = await sign({ ...common(), formats: ['cosign'], references: [tagged(ref)], signerKey: stranger, signerName: 'nobody' });
      expect(result.signed.map((s) => [s.reference, s.digest, s.formats, s.roles, s.trustServer])).toEqual([[ref, digest, ['cosign'], [], undefined]]);
      expect(server.reads).toEqual([]);
      expect(server.publishes).toEqual([]);
      expect(server.keyRequests).toEqual([]);
    });

    it('takes a cosign key without a signer key', async () => {
      const server = await stack.repository('team/app');
      stack.registry.put(`${server.builder.gun}:v1`, 'one');
      const cosignKey = loadedKey(generateKey('ecdsa'), 'cosign', 'cosign-key');
      const result = await sign({ ...common(), formats: ['cosign'], references: [tagged(`${server.builder.gun}:v1`)], cosignKey });
      expect(result.signerKeyId).toBe(cosignKey.signer.keyId);
      expect(cosign.writes).toHaveLength(1);
    });

    it('refuses to run without any key, naming signer-key, before any connection', async () => {
      const run = sign({ ...common(), formats: ['cosign'], references: [tagged('registry.test/team/app:v1')] });
      await expect(run).rejects.toBeInstanceOf(InputError);
      await expect(run).rejects.toMatchObject({ input: 'signer-key' });
      expect(stack.access).toEqual([]);
    });

    it('writes for the tags that were pushed and names those that were not', async () => {
      const server = await stack.repository('team/app');
      const digest = stack.registry.put(`${server.builder.gun}:v1`, 'one');
      const runner: CommandRunner = {
        run: async (_command, args) =>
          args.at(-1)!.endsWith(':v1')
            ? { exitCode: 0, stdout: `v1: digest: ${digest} size: 3\n`, stderr: '' }
            : { exitCode: 1, stdout: '', stderr: 'denied: requested access to the resource is denied' },
      };
      const cosignKey = loadedKey(generateKey('ecdsa'), 'cosign', 'cosign-key');
      const refs = [tagged(`${server.builder.gun}:v1`), tagged(`${server.builder.gun}:v2`)];
      const result = await sign({ ...common(), push: true, runner, formats: ['cosign'], references: refs, cosignKey });
      expect(result.signed.map((s) => [s.tag, s.formats])).toEqual([['v1', ['cosign']]]);
      expect(result.notPushed!.map((f) => f.reference)).toEqual([`${server.builder.gun}:v2`]);
      expect(cosign.writes.map((w) => w.reference)).toEqual([`${server.builder.gun}:v1`]);
    });

    it('says the tag is already signed when both forms held it', async () => {
      const server = await stack.repository('team/app');
      stack.registry.put(`${server.builder.gun}:v1`, 'one');
      const cosignKey = loadedKey(generateKey('ecdsa'), 'cosign', 'cosign-key');
      await sign({ ...common(), formats: ['cosign'], references: [tagged(`${server.builder.gun}:v1`)], cosignKey });
      const again = await sign({ ...common(), formats: ['cosign'], references: [tagged(`${server.builder.gun}:v1`)], cosignKey });
      expect(again.published).toBe(false);
      expect(again.signed.map((s) => [s.alreadySigned, s.cosign])).toEqual([[true, { written: [], already: ['sig', 'bundle'] }]]);
    });
  });

  describe('when one format fails after the other succeeded', () => {
    it('cosign failing: the tag has dct only, and the result names the failure', async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      stack.registry.put(repo.ref('v2'), 'two');
      cosign.failing.add(repo.ref('v2').original);
      const result = await sign({ ...common(), formats: ['dct', 'cosign'], references: [repo.ref('v1'), repo.ref('v2')], signerKey: loadedKey(repo.alice, 'alice') });
      expect(result.signed.map((s) => [s.tag, s.formats])).toEqual([['v1', ['dct', 'cosign']], ['v2', ['dct']]]);
      expect(result.failedFormats).toEqual([{ format: 'cosign', references: [repo.ref('v2').original], message: 'the registry refused the write' }]);
      expect(repo.server.publishes).toHaveLength(1);
    });

    it('dct failing: the tags have cosign only, and the result names the failure', async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      // Refused on every attempt, as a trust server that keeps answering 400 VERSION.
      repo.server.beforePublish = async () => {
        throw conflictError(400, 'INVALID');
      };
      const result = await sign({ ...common(), formats: ['dct', 'cosign'], references: [repo.ref('v1')], signerKey: loadedKey(repo.alice, 'alice') });
      expect(result.signed.map((s) => [s.tag, s.formats])).toEqual([['v1', ['cosign']]]);
      expect(result.failedFormats!.map((f) => [f.format, f.references])).toEqual([['dct', [repo.ref('v1').original]]]);
      expect(result.failedFormats![0]!.message).toMatch(/refused/);
    });

    it('throws when every format failed', async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      cosign.failing.add(repo.ref('v1').original);
      repo.server.beforePublish = async () => {
        throw conflictError(400, 'INVALID');
      };
      const run = sign({ ...common(), formats: ['dct', 'cosign'], references: [repo.ref('v1')], signerKey: loadedKey(repo.alice, 'alice') });
      await expect(run).rejects.toMatchObject({ status: 400 });
    });
  });
});

describe('#sign and #verify with the sigstore module itself', () => {
  it('writes both forms that verify accepts by the signer key, and not by another', async () => {
    const repo = await withSigner(stack, 'team/app');
    const digest = stack.registry.put(repo.ref('v1'), 'one');
    const signerKey = loadedKey(repo.alice, 'alice');
    const base = { connect: stack.connect, env: {} };
    const signed = await sign({ ...base, push: false, runner: NO_DOCKER, formats: ['dct', 'cosign'], references: [repo.ref('v1')], signerKey });
    expect(signed.signed[0]!.cosign).toEqual({ written: ['sig', 'bundle'], already: [] });
    expect(stack.registry.writes.map((w) => w.name)).toContain(`${repo.gun}:${sigTag(digest)}`);
    const bySigners = await verify({ ...base, formats: ['cosign', 'dct'], formatsPolicy: 'all', references: [repo.ref('v1')] });
    expect(bySigners.references.map((r) => [r.ok, r.formats])).toEqual([[true, ['cosign', 'dct']]]);
    const other = loadedKey(generateKey('ecdsa'), 'other');
    const byOther = await verify({ ...base, formats: ['cosign'], cosignPublicKeys: [{ source: 'other.pub', pem: new FakeCosign().signerOf(other).publicKeyPem }], references: [repo.ref('v1')] });
    expect([byOther.ok, byOther.references[0]!.reason]).toEqual([false, 'cosign-invalid']);
  });
});
