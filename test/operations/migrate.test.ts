// migrate over the in-memory trust server and registry with a fake cosign
// format: which tags it writes for, which it refuses or leaves, the dry run,
// and that a refused push writes nothing.

import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { createCodeSigningCertificate, generateKey } from '../../src/keys/index.ts';
import { migrate, type MigrateOptions } from '../../src/operations/migrate.ts';
import { verify } from '../../src/operations/verify.ts';
import { FakeCosign, sigTag } from './support/fake-cosign.ts';
import { image, loadedKey, signedRepository, tagged } from './support/in-memory.ts';

/** alice's team/app with v1 and v2 signed with DCT, and a migrate that takes the rest of its options. */
async function setup() {
  const signed = await signedRepository({ v1: 'one', v2: 'two' });
  const cosign = new FakeCosign();
  const signerKey = loadedKey(signed.repo.alice, 'alice');
  const run = (more: Partial<MigrateOptions> = {}) =>
    migrate({ connect: signed.stack.connect, env: {}, cosign, formats: ['cosign'], signerKey, references: [signed.repo.name], ...more });
  return { ...signed, cosign, signerKey, run };
}

const rows = (result: Awaited<ReturnType<typeof migrate>>) => result.tags.map((t) => [t.tag, t.digest, t.status]);

describe('#migrate', () => {
  describe('when every signed tag is served as signed', () => {
    it('writes cosign signatures for each, with the signer key, for the signed digest and tag', async () => {
      const { run, digests, cosign, signerKey, repo, stack } = await setup();
      const result = await run();
      expect(rows(result)).toEqual([['v1', digests.get('v1'), 'migrated'], ['v2', digests.get('v2'), 'migrated']]);
      expect(result.ok).toBe(true);
      expect(result.keyId).toBe(signerKey.signer.keyId);
      expect(cosign.writes.map((w) => [w.reference, w.digest])).toEqual([
        [repo.ref('v1').original, digests.get('v1')],
        [repo.ref('v2').original, digests.get('v2')],
      ]);
      expect(stack.registry.writes.map((w) => w.name).sort()).toEqual([...digests.values()].map((d) => `${repo.gun}:${sigTag(d)}`).sort());
    });

    it('leaves tags that already hold both forms by the same key as they are', async () => {
      const { run, digests, stack } = await setup();
      await run();
      const writes = stack.registry.writes.length;
      const again = await run();
      expect(rows(again)).toEqual([['v1', digests.get('v1'), 'already'], ['v2', digests.get('v2'), 'already']]);
      expect(stack.registry.writes).toHaveLength(writes);
    });

    it('migrates again for another key: "already" means by this key', async () => {
      const { run } = await setup();
      await run();
      const other = await run({ signerKey: undefined, cosignKey: loadedKey(generateKey('ecdsa'), 'cosign', 'cosign-key') });
      expect(other.tags.map((t) => t.status)).toEqual(['migrated', 'migrated']);
    });
  });

  describe('when a tag has moved since DCT signed it', () => {
    it('refuses it and lists it, migrates the others, and the run is not ok', async () => {
      const { run, digests, stack, repo, cosign } = await setup();
      const moved = stack.registry.put(repo.ref('v2'), 'changed');
      const result = await run();
      expect(rows(result)).toEqual([['v1', digests.get('v1'), 'migrated'], ['v2', digests.get('v2'), 'refused']]);
      expect(result.tags[1]!.registryDigest).toBe(moved);
      expect(result.tags[1]!.message).toContain(`the registry serves ${moved}, but DCT signed ${digests.get('v2')}`);
      expect(result.ok).toBe(false);
      expect(cosign.writes.map((w) => w.reference)).toEqual([repo.ref('v1').original]);
    });
  });

  describe('when tags are listed', () => {
    it('looks at those only, and calls a tag DCT does not sign unsigned', async () => {
      const { run, digests, stack, repo } = await setup();
      stack.registry.put(repo.ref('v3'), 'three');
      const result = await run({ references: [image(repo.ref('v2').original), image(repo.ref('v3').original)] });
      expect(rows(result)).toEqual([['v2', digests.get('v2'), 'migrated'], ['v3', undefined, 'unsigned']]);
      expect(result.ok).toBe(true);
    });
  });

  describe('with dry-run', () => {
    it('says what it would do and writes nothing', async () => {
      const { run, digests, stack, repo, cosign } = await setup();
      await run({ references: [image(repo.ref('v1').original)] });
      const writes = stack.registry.writes.length;
      stack.registry.readOnly = true;
      const result = await run({ dryRun: true });
      expect(result.dryRun).toBe(true);
      expect(rows(result)).toEqual([['v1', digests.get('v1'), 'already'], ['v2', digests.get('v2'), 'migrated']]);
      expect(result.tags[1]!.written).toEqual(['sig', 'bundle']);
      expect(stack.registry.writes).toHaveLength(writes);
      expect(cosign.writes).toHaveLength(1);
    });
  });

  describe('when the identity may not push', () => {
    it('refuses before writing anything', async () => {
      const { run, stack, cosign } = await setup();
      stack.registry.readOnly = true;
      await expect(run()).rejects.toMatchObject({ code: 'PUSH_DENIED' });
      expect(cosign.writes).toEqual([]);
      expect(stack.registry.writes).toEqual([]);
    });
  });

  describe('when the inputs are wrong', () => {
    it.each([
      ['formats without cosign', { formats: ['dct' as const] }, 'formats'],
      ['no key', { signerKey: undefined }, 'signer-key'],
    ])('refuses %s, naming the input, before any connection', async (_what, more, input) => {
      const { run, stack } = await setup();
      const before = stack.access.length;
      const result = run(more);
      await expect(result).rejects.toBeInstanceOf(InputError);
      await expect(result).rejects.toMatchObject({ input });
      expect(stack.access).toHaveLength(before);
    });

    it('fails a repository that has no trust data', async () => {
      const { stack, cosign, signerKey } = await setup();
      await stack.repository('team/new');
      const run = migrate({ connect: stack.connect, env: {}, cosign, signerKey, references: [image('registry.test/team/new')] });
      await expect(run).rejects.toMatchObject({ code: 'NO_TRUST_DATA' });
    });
  });

  it('takes dct listed beside cosign: it is the source', async () => {
    const { run } = await setup();
    expect((await run({ formats: ['dct', 'cosign'] })).tags.map((t) => t.status)).toEqual(['migrated', 'migrated']);
  });

  it('takes references with tags as tagged() gives them too', async () => {
    const { run, repo } = await setup();
    const result = await run({ references: [tagged(repo.ref('v1').original)] });
    expect(result.tags.map((t) => t.status)).toEqual(['migrated']);
  });
});

describe('#migrate to notation, with the notation module itself', () => {
  /** setup() with our self-signed certificate over alice's key. */
  async function notationSetup() {
    const s = await setup();
    const certificate = createCodeSigningCertificate(s.signerKey.signer, { commonName: 'alice', country: 'XX', state: 'none', validityDays: 365 });
    return { ...s, certificate };
  }

  it('writes the notation signature for each tag that verify accepts by the certificate, and leaves it the second time', async () => {
    const { run, digests, certificate, stack, repo } = await notationSetup();
    const result = await run({ formats: ['notation'], notationCertificate: certificate });
    expect(result.tags.map((t) => [t.tag, t.status, t.written])).toEqual([['v1', 'migrated', ['notation']], ['v2', 'migrated', ['notation']]]);
    expect(result.formats).toEqual(['notation']);
    const gate = await verify({ connect: stack.connect, env: {}, formats: ['notation'], notationTrustAnchors: [{ source: 'alice.crt', pem: certificate }], references: [repo.ref('v1'), repo.ref('v2')] });
    expect(gate.references.map((r) => [r.ok, r.signedDigest])).toEqual([[true, digests.get('v1')], [true, digests.get('v2')]]);

    const dry = await run({ formats: ['notation'], notationCertificate: certificate, dryRun: true });
    expect(dry.tags.map((t) => t.status)).toEqual(['already', 'already']);
    const again = await run({ formats: ['notation'], notationCertificate: certificate });
    expect(again.tags.map((t) => [t.status, t.written])).toEqual([['already', []], ['already', []]]);
  });

  it('writes cosign and notation together with --formats cosign,notation; the dry run writes nothing and says both', async () => {
    const { run, certificate, stack, cosign } = await notationSetup();
    const writes = stack.registry.writes.length;
    const dry = await run({ formats: ['cosign', 'notation'], notationCertificate: certificate, dryRun: true });
    expect(dry.tags.map((t) => [t.status, t.written])).toEqual([['migrated', ['sig', 'bundle', 'notation']], ['migrated', ['sig', 'bundle', 'notation']]]);
    expect(dry.tags[0]!.message).toMatch(/would write the cosign sig and bundle and the notation signature for sha256:/);
    expect(stack.registry.writes).toHaveLength(writes);
    const result = await run({ formats: ['cosign', 'notation'], notationCertificate: certificate });
    expect(result.tags.map((t) => [t.status, t.written])).toEqual([['migrated', ['sig', 'bundle', 'notation']], ['migrated', ['sig', 'bundle', 'notation']]]);
    expect(cosign.writes).toHaveLength(2);
  });

  it('refuses a certificate that is not for the key before writing anything in any format', async () => {
    const { run, stack } = await notationSetup();
    const other = createCodeSigningCertificate(generateKey('ecdsa'), { commonName: 'other', validityDays: 365 });
    const writes = stack.registry.writes.length;
    await expect(run({ formats: ['cosign', 'notation'], notationCertificate: other })).rejects.toMatchObject({ input: 'notation-certificate' });
    await expect(run({ formats: ['notation'] })).rejects.toMatchObject({ input: 'notation-certificate' });
    expect(stack.registry.writes).toHaveLength(writes);
  });
});
