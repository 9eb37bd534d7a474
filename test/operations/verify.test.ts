// verify over the in-memory trust server and registry: each verdict, and
// the trust state saved at the end.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sign } from '../../src/operations/sign.ts';
import { verify } from '../../src/operations/verify.ts';
import type { TaggedReference } from '../../src/registry/reference.ts';
import { InMemoryStack, tagged, REGISTRY, signedRepository, withSigner } from './support/in-memory.ts';

let stack: InMemoryStack;
let repo: Awaited<ReturnType<typeof withSigner>>;
let digest: string;
beforeEach(async () => {
  let digests: Map<string, string>;
  ({ stack, repo, digests } = await signedRepository({ v1: 'one' }));
  digest = digests.get('v1')!;
});

const verifyOf = (references: TaggedReference[], more = {}) => verify({ connect: stack.connect, env: {}, references, ...more });

describe('#verify', () => {
  describe('when the tag is signed and served as signed', () => {
    it('passes it, pinned to the signed digest, with its signers', async () => {
      const result = await verifyOf([repo.ref('v1')]);
      expect(result.ok).toBe(true);
      expect(result.references[0]).toMatchObject({ ok: true, signedDigest: digest, registryDigest: digest, signers: ['alice'], pinned: `${repo.gun}@${digest}` });
      expect(stack.access.at(-1)).toBe('read');
    });

    it('saves the trust state it read', async () => {
      const state = join(mkdtempSync(join(tmpdir(), 'verify-')), 'state.json');
      await verifyOf([repo.ref('v1')], { trustState: state });
      expect(readFileSync(state, 'utf8')).toContain(repo.gun);
    });
  });

  describe('when the registry serves other content', () => {
    it('fails the tag as digest-changed', async () => {
      stack.registry.put(repo.ref('v1'), 'moved');
      const result = await verifyOf([repo.ref('v1')]);
      expect(result.references[0]).toMatchObject({ ok: false, reason: 'digest-changed', signedDigest: digest });
    });
  });

  describe('when the tag is not signed', () => {
    it('fails it as unsigned', async () => {
      const result = await verifyOf([repo.ref('v2')]);
      expect(result.references[0]).toMatchObject({ ok: false, reason: 'unsigned' });
    });
  });

  describe('when a required signer did not sign', () => {
    it('fails it as wrong-signer', async () => {
      const result = await verifyOf([repo.ref('v1')], { requiredSigners: ['bob'] });
      expect(result.references[0]).toMatchObject({ ok: false, reason: 'wrong-signer' });
    });
  });

  describe('when the repository has no trust data', () => {
    it('fails every tag in it as no-trust-data and still judges the others', async () => {
      await stack.repository('team/empty');
      const result = await verifyOf([tagged(`${REGISTRY}/team/empty:v1`), repo.ref('v1')]);
      expect(result.references.map((r) => r.reason ?? 'ok')).toEqual(['no-trust-data', 'ok']);
      expect(result.ok).toBe(false);
    });
  });

  describe('when the root is not the pinned one', () => {
    it('fails the tag as untrusted-root', async () => {
      const result = await verifyOf([repo.ref('v1')], { trustPin: 'ab'.repeat(32) });
      expect(result.references[0]).toMatchObject({ ok: false, reason: 'untrusted-root' });
    });
  });
});
