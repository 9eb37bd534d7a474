// verify as a gate that accepts DCT or cosign signatures, over the in-memory
// trust server and registry with a fake cosign format: the keys it checks
// by, any and all, and a trust server that cannot be reached.

import { beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { NetworkError } from '../../src/http/errors.ts';
import { generateKey } from '../../src/keys/index.ts';
import { sign } from '../../src/operations/sign.ts';
import { verify } from '../../src/operations/verify.ts';
import { recordingLogger } from '../http/support/logger.ts';
import { cosignKey, FakeCosign } from './support/fake-cosign.ts';
import { InMemoryStack, loadedKey, NO_DOCKER, tagged, withSigner } from './support/in-memory.ts';

let stack: InMemoryStack;
let cosign: FakeCosign;
beforeEach(() => {
  stack = new InMemoryStack();
  cosign = new FakeCosign();
});

const common = () => ({ connect: stack.connect, env: {}, cosign });

/** alice's repository team/app with v1 in the registry, signed in `formats` with alice's key. */
async function signedIn(formats: ('dct' | 'cosign')[]) {
  const repo = await withSigner(stack, 'team/app');
  const digest = stack.registry.put(repo.ref('v1'), 'one');
  const signerKey = loadedKey(repo.alice, 'alice');
  await sign({ ...common(), push: false, runner: NO_DOCKER, formats, references: [repo.ref('v1')], signerKey });
  return { repo, digest, signerKey };
}

describe('#verify with formats', () => {
  describe('when cosign is the only format', () => {
    it('verifies by the keys given and pins the registry digest, contacting no trust server', async () => {
      const server = await stack.repository('team/app');
      const ref = tagged(`${server.builder.gun}:v1`);
      const digest = stack.registry.put(ref, 'one');
      const key = loadedKey(generateKey('ecdsa'), 'cosign', 'cosign-key');
      await sign({ ...common(), push: false, runner: NO_DOCKER, formats: ['cosign'], references: [ref], cosignKey: key });
      const result = await verify({ ...common(), formats: ['cosign'], cosignPublicKeys: [cosignKey(key, 'cosign.pub')], references: [ref] });
      expect(result.ok).toBe(true);
      expect(result.references.map((r) => [r.formats, r.pinned, r.cosignSigners])).toEqual([[['cosign'], `${server.builder.gun}@${digest}`, ['cosign.pub']]]);
      expect(server.reads).toEqual([]);
    });

    it('requires cosign-public-key, before any connection', async () => {
      const run = verify({ ...common(), formats: ['cosign'], references: [tagged('registry.test/team/app:v1')] });
      await expect(run).rejects.toBeInstanceOf(InputError);
      await expect(run).rejects.toMatchObject({ input: 'cosign-public-key' });
      expect(stack.access).toEqual([]);
    });

    it('fails an unsigned tag as cosign-unsigned, and one signed by another key as cosign-invalid', async () => {
      const { repo } = await signedIn(['cosign']);
      stack.registry.put(repo.ref('v2'), 'two');
      const other = cosignKey(loadedKey(generateKey('ecdsa'), 'other'));
      const mine = cosignKey(loadedKey(repo.alice, 'alice'));
      const unsigned = await verify({ ...common(), formats: ['cosign'], cosignPublicKeys: [mine], references: [repo.ref('v2')] });
      const wrongKey = await verify({ ...common(), formats: ['cosign'], cosignPublicKeys: [other], references: [repo.ref('v1')] });
      expect([unsigned.references[0]!.reason, wrongKey.references[0]!.reason]).toEqual(['cosign-unsigned', 'cosign-invalid']);
      expect(unsigned.references[0]!.pinned).toBeUndefined();
    });

    it('fails a tag moved since it was signed: the signature covers the old digest only', async () => {
      const { repo } = await signedIn(['cosign']);
      stack.registry.put(repo.ref('v1'), 'moved');
      const result = await verify({ ...common(), formats: ['cosign'], cosignPublicKeys: [cosignKey(loadedKey(repo.alice, 'alice'))], references: [repo.ref('v1')] });
      expect(result.references[0]!.ok).toBe(false);
      expect(result.references[0]!.reason).toBe('cosign-unsigned');
    });
  });

  describe('when the formats are dct and cosign, without cosign keys', () => {
    it("checks the cosign signatures by the repository's current signers' keys", async () => {
      const { repo, digest } = await signedIn(['dct', 'cosign']);
      const result = await verify({ ...common(), formats: ['dct', 'cosign'], formatsPolicy: 'all', references: [repo.ref('v1')] });
      expect(result.ok).toBe(true);
      expect(result.references[0]!.formats).toEqual(['dct', 'cosign']);
      expect(result.references[0]!.pinned).toBe(`${repo.gun}@${digest}`);
      expect(result.references[0]!.cosignSigners![0]).toMatch(/^(targets\/releases|signer alice) \(key [0-9a-f]{12}\)$/);
    });

    it('does not take a key that is no signer of the repository', async () => {
      const repo = await withSigner(stack, 'team/app');
      stack.registry.put(repo.ref('v1'), 'one');
      await sign({ ...common(), push: false, runner: NO_DOCKER, formats: ['dct'], references: [repo.ref('v1')], signerKey: loadedKey(repo.alice, 'alice') });
      const stranger = loadedKey(generateKey('ecdsa'), 'mallory', 'cosign-key');
      await sign({ ...common(), push: false, runner: NO_DOCKER, formats: ['cosign'], references: [repo.ref('v1')], cosignKey: stranger });
      const result = await verify({ ...common(), formats: ['dct', 'cosign'], formatsPolicy: 'all', references: [repo.ref('v1')] });
      expect(result.references[0]!.ok).toBe(false);
      expect(result.references[0]!.reason).toBe('cosign-invalid');
    });
  });

  describe('under formats-policy any and all', () => {
    it('any: a tag signed only with cosign passes; all: it fails with the DCT reason', async () => {
      const { repo, digest } = await signedIn(['cosign']);
      const keys = [cosignKey(loadedKey(repo.alice, 'alice'))];
      const any = await verify({ ...common(), formats: ['dct', 'cosign'], cosignPublicKeys: keys, references: [repo.ref('v1')] });
      const all = await verify({ ...common(), formats: ['dct', 'cosign'], formatsPolicy: 'all', cosignPublicKeys: keys, references: [repo.ref('v1')] });
      expect([any.ok, any.references[0]!.formats, any.references[0]!.pinned]).toEqual([true, ['cosign'], `${repo.gun}@${digest}`]);
      expect([all.ok, all.references[0]!.formats, all.references[0]!.reason]).toEqual([false, ['cosign'], 'unsigned']);
    });

    it('any: a tag signed only with DCT passes; with dct not among the formats it fails', async () => {
      const { repo } = await signedIn(['dct']);
      const keys = [cosignKey(loadedKey(repo.alice, 'alice'))];
      const any = await verify({ ...common(), formats: ['dct', 'cosign'], cosignPublicKeys: keys, references: [repo.ref('v1')] });
      const cosignOnly = await verify({ ...common(), formats: ['cosign'], cosignPublicKeys: keys, references: [repo.ref('v1')] });
      expect([any.ok, any.references[0]!.formats]).toEqual([true, ['dct']]);
      expect([cosignOnly.ok, cosignOnly.references[0]!.reason]).toEqual([false, 'cosign-unsigned']);
    });
  });

  describe('when the trust server cannot be reached', () => {
    async function unreachable() {
      const signed = await signedIn(['dct', 'cosign']);
      signed.repo.server.getRole = async () => {
        throw new NetworkError({ url: 'https://notary.test/v2/', method: 'GET', target: 'trust server notary.test', reason: 'connect ECONNREFUSED' });
      };
      return { ...signed, keys: [cosignKey(loadedKey(signed.repo.alice, 'alice'))] };
    }

    it('any: a tag cosign verified passes, with a warning naming the error', async () => {
      const { repo, keys } = await unreachable();
      const logger = recordingLogger();
      const result = await verify({ ...common(), logger, formats: ['dct', 'cosign'], cosignPublicKeys: keys, references: [repo.ref('v1')] });
      expect([result.ok, result.references[0]!.formats]).toEqual([true, ['cosign']]);
      expect(result.references[0]!.warnings).toEqual([expect.stringContaining('dct could not be checked (could not reach trust server notary.test: connect ECONNREFUSED)')]);
      expect(logger.warnings).toEqual(result.references[0]!.warnings);
    });

    it('any: a tag cosign did not verify fails with the error, as before', async () => {
      const { repo, keys } = await unreachable();
      stack.registry.put(repo.ref('v2'), 'two');
      const run = verify({ ...common(), formats: ['dct', 'cosign'], cosignPublicKeys: keys, references: [repo.ref('v2')] });
      await expect(run).rejects.toMatchObject({ code: 'NETWORK' });
    });

    it('all: the run fails with the error', async () => {
      const { repo, keys } = await unreachable();
      const run = verify({ ...common(), formats: ['dct', 'cosign'], formatsPolicy: 'all', cosignPublicKeys: keys, references: [repo.ref('v1')] });
      await expect(run).rejects.toMatchObject({ code: 'NETWORK' });
    });
  });
});
