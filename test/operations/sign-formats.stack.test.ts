// sign and verify in more than one format on the real stack, judged by the
// real peers: a tag dual-signed by dct-sign with the signer key docker made
// is accepted by `docker trust inspect`'s data (our DCT verify) and by
// `cosign verify --key` (3.1 and 2.5) with the docker .pub; a tag cosign 3.1
// signed with its own key passes our gate under --formats cosign with
// cosign.pub, and not with another key.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadKeyInput } from '../../src/operations/key-inputs.ts';
import { sign } from '../../src/operations/sign.ts';
import { verify } from '../../src/operations/verify.ts';
import { loadPublicKeyPem } from '../../src/keys/index.ts';
import { parseTaggedReference } from '../../src/registry/reference.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  type PeerContext,
  pushImage,
  removePeerContext,
  type TestRepository,
  uniqueRepository,
} from '../support/peers.ts';
import {
  cosignGenerateKeyPair,
  cosignSign,
  cosignVerify,
  createSigstoreContext,
  removeSigstoreContext,
  type CosignKeyPair,
  type SigstoreContext,
} from '../support/sigstore-peers.ts';
import { NO_DOCKER } from './support/in-memory.ts';

const stack = inject('stack');
const variant = stack.variants.open;
const common = { trustServer: variant.notaryUrl, trustServerCa: stack.caPem, env: {} };

describe('#sign and #verify with formats against docker and cosign', () => {
  let admin: PeerContext;
  let alice: PeerContext;
  let sigstore: SigstoreContext;
  let repo: TestRepository;
  let alicePub: string;
  let cosignPair: CosignKeyPair;

  async function aliceKey() {
    const dir = join(alice.dockerTrustDir, 'private');
    const [file] = (await readdir(dir)).filter((f) => f.endsWith('.key'));
    return loadKeyInput({ text: await readFile(join(dir, file!), 'utf8'), passphrase: alice.passphrases.repository, input: 'signer-key' });
  }

  const publicKey = async (path: string, source: string) => ({ source, pem: loadPublicKeyPem(await readFile(path, 'utf8'), { input: source }).pem });

  beforeAll(async () => {
    [admin, alice, sigstore] = await Promise.all([createPeerContext(stack, variant), createPeerContext(stack, variant), createSigstoreContext(stack.dir)]);
    repo = uniqueRepository(variant, 'formats');
    alicePub = await generateSignerKey(alice, 'alice');
    await docker(admin, ['trust', 'signer', 'add', '--key', alicePub, 'alice', repo.name]);
    for (const tag of ['dual', 'cosign3']) {
      await makeImage(admin, repo.ref(tag));
      await pushImage(admin, repo.ref(tag));
    }
    cosignPair = await cosignGenerateKeyPair(sigstore, 3, 'release');
    await cosignSign(sigstore, 3, cosignPair, repo.ref('cosign3'));
  }, 180_000);

  afterAll(async () => {
    await Promise.all([removePeerContext(admin), removePeerContext(alice), removeSigstoreContext(sigstore)]);
  });

  it('dual-signs with the docker signer key: our DCT gate and cosign 3.1 and 2.5 with the docker .pub accept it', async () => {
    const result = await sign({
      ...common,
      push: false,
      runner: NO_DOCKER,
      formats: ['dct', 'cosign'],
      references: [parseTaggedReference(repo.ref('dual'))],
      signerKey: await aliceKey(),
    });
    expect(result.signed.map((s) => [s.tag, s.formats, s.cosign?.written])).toEqual([['dual', ['dct', 'cosign'], ['sig', 'bundle']]]);
    expect(result.failedFormats).toBeUndefined();
    for (const version of [3, 2] as const) {
      const verified = await cosignVerify(sigstore, version, alicePub, repo.ref('dual'), { allowFailure: true });
      expect(verified.code, `cosign ${version}: ${verified.stderr}`).toBe(0);
    }
    const gate = await verify({ ...common, formats: ['dct', 'cosign'], formatsPolicy: 'all', references: [parseTaggedReference(repo.ref('dual'))] });
    expect(gate.references.map((r) => [r.ok, r.formats, r.signers])).toEqual([[true, ['dct', 'cosign'], ['alice']]]);
  }, 120_000);

  it("passes a tag cosign 3.1 signed under --formats cosign with cosign.pub, and refuses it with another key or under all", async () => {
    const ref = parseTaggedReference(repo.ref('cosign3'));
    const release = [await publicKey(cosignPair.publicKey, 'cosign.pub')];
    const byCosign = await verify({ env: {}, formats: ['cosign'], cosignPublicKeys: release, references: [ref] });
    expect(byCosign.references.map((r) => [r.ok, r.formats, r.cosignSigners])).toEqual([[true, ['cosign'], ['cosign.pub']]]);
    const other = await verify({ env: {}, formats: ['cosign'], cosignPublicKeys: [await publicKey(alicePub, 'alice.pub')], references: [ref] });
    expect([other.references[0]!.ok, other.references[0]!.reason]).toEqual([false, 'cosign-invalid']);
    const all = await verify({ ...common, formats: ['dct', 'cosign'], formatsPolicy: 'all', cosignPublicKeys: release, references: [ref] });
    expect([all.references[0]!.ok, all.references[0]!.reason, all.references[0]!.formats]).toEqual([false, 'unsigned', ['cosign']]);
  }, 120_000);
});
