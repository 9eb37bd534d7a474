// cosign's own keys, made now by the real cosign 2.5 and 3.1: we load the
// encrypted key it writes, derive the public key it wrote beside it, and
// each side verifies what the other signed with that key. Needs only the
// peers, not the registry or trust server.

import { readFile, writeFile } from 'node:fs/promises';
import { createPublicKey, randomBytes, sign, verify } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCosignPrivateKey } from '../../src/keys/load-private-key.ts';
import { loadPublicKeyPem } from '../../src/keys/public-key-pem.ts';
import { keyObjectOf } from '../../src/keys/signing-key.ts';
import { cosign, cosignGenerateKeyPair, type CosignKeyPair, type CosignVersion, createSigstoreContext, removeSigstoreContext, type SigstoreContext } from '../support/sigstore-peers.ts';

describe.each([2, 3] as CosignVersion[])('a key made by cosign %i', (version) => {
  let ctx: SigstoreContext;
  let pair: CosignKeyPair;
  let blob: string;
  beforeAll(async () => {
    ctx = await createSigstoreContext();
    pair = await cosignGenerateKeyPair(ctx, version, 'k', `pass ${randomBytes(6).toString('hex')}`);
    blob = join(ctx.dir, 'blob');
    await writeFile(blob, `payload ${version}\n`);
  });
  afterAll(async () => {
    if (ctx) await removeSigstoreContext(ctx);
  });

  it('loads, with the public key cosign wrote beside it', async () => {
    const { signer } = loadCosignPrivateKey(await readFile(pair.privateKey, 'utf8'), { input: 'cosign-key', passphrase: pair.password });
    const pub = await readFile(pair.publicKey, 'utf8');
    expect(Buffer.from(signer.publicKey.public).equals(createPublicKey(pub).export({ type: 'spki', format: 'der' }))).toBe(true);
    expect(loadPublicKeyPem(pub, { input: 'cosign-public-key' }).pem).toBe(pub.trim() + '\n');
  });

  it('refuses a wrong passphrase, naming COSIGN_PASSWORD', async () => {
    const text = await readFile(pair.privateKey, 'utf8');
    expect(() => loadCosignPrivateKey(text, { input: 'cosign-key', passphrase: 'wrong', passphraseInput: 'COSIGN_PASSWORD' })).toThrow(
      /could not be decrypted with COSIGN_PASSWORD/,
    );
  });

  it('signs with the loaded key so that cosign verify-blob accepts it', async () => {
    const { signer } = loadCosignPrivateKey(await readFile(pair.privateKey, 'utf8'), { input: 'cosign-key', passphrase: pair.password });
    const der = sign('sha256', await readFile(blob), { key: keyObjectOf(signer), dsaEncoding: 'der' });
    const sigFile = join(ctx.dir, 'ours.sig');
    await writeFile(sigFile, der.toString('base64'));
    const run = await cosign(ctx, version, ['verify-blob', '--key', pair.publicKey, '--signature', sigFile, '--insecure-ignore-tlog=true', blob]);
    expect(run.stderr).toContain('Verified OK');
  });

  it("verifies cosign sign-blob's signature with the public key as loaded", async () => {
    // cosign 3 writes a bundle unless told otherwise (its hidden flags print deprecation warnings: not a failure).
    const legacy = version === 3 ? ['--use-signing-config=false', '--new-bundle-format=false'] : [];
    const run = await cosign(ctx, version, ['sign-blob', '--key', pair.privateKey, '--tlog-upload=false', ...legacy, '--yes', blob], {
      env: { COSIGN_PASSWORD: pair.password },
    });
    const signature = Buffer.from(run.stdout.trim().split('\n').at(-1)!, 'base64');
    const { pem } = loadPublicKeyPem(await readFile(pair.publicKey, 'utf8'), { input: 'cosign-public-key' });
    expect(verify('sha256', await readFile(blob), pem, signature)).toBe(true);
  });
});
