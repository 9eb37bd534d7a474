// The certificates `dct-sign certificate` and `key-generate --certificate`
// make, used with the real notation 1.3.2 exactly as dct-sign prints: the
// `notation cert add` line run as printed and the printed identity in a
// strict trust policy. For docker's own signer key (`docker trust key
// generate`): notation signs with that key and the certificate and
// `notation verify` accepts, our signature with them is accepted too, and
// we accept notation's with the certificate as the anchor.

import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadPrivateKey } from '../../src/keys/index.ts';
import { keyObjectOf } from '../../src/keys/signing-key.ts';
import { notationSignerOf, verifyNotationSignatures, writeNotationSignature, type NotationTarget } from '../../src/notation/index.ts';
import { Session } from '../../src/operations/session.ts';
import { OCI_MANIFEST } from '../../src/registry/media-types.ts';
import type { RepositoryLocation } from '../../src/registry/oci-registry.ts';
import { cli } from '../cli/support.ts';
import { dockerKeyFile } from '../cli/stack-support.ts';
import { createPeerContext, generateSignerKey, removePeerContext, uniqueRepository, type PeerContext } from '../support/peers.ts';
import {
  createSigstoreContext,
  notation,
  notationSign,
  notationTrustPolicy,
  notationVerify,
  removeSigstoreContext,
  type SigstoreContext,
} from '../support/sigstore-peers.ts';

const stack = inject('stack');
const open = stack.variants.open;

/** What dct-sign printed for notation: the `notation cert add` arguments and the trusted identity. */
function printedForNotation(text: string): { readonly certAdd: string[]; readonly identity: string } {
  const add = /^ {2}notation (cert add --type ca --store \S+ \S+)$/m.exec(text);
  const identity = /^ {2}"trustedIdentities": \[("[^"]+")\]$/m.exec(text);
  if (!add || !identity) throw new Error(`dct-sign printed no notation lines:\n${text}`);
  return { certAdd: add[1]!.split(' '), identity: JSON.parse(identity[1]!) as string };
}

describe('certificates for notation 1.3', () => {
  let peers: PeerContext;
  let ctx: SigstoreContext;
  let session: Session;

  beforeAll(async () => {
    peers = await createPeerContext(stack, open);
    ctx = await createSigstoreContext(join(stack.dir, 'peers'));
    session = new Session({ access: 'write', retry: { attempts: 1 } });
  });
  afterAll(async () => {
    await session.close();
    await removeSigstoreContext(ctx);
    await removePeerContext(peers);
  });

  /** A small OCI image of its own under `tag`, as the registry serves it. */
  async function image(at: RepositoryLocation, tag: string): Promise<NotationTarget> {
    const client = session.registry;
    const layer = await client.pushBlob(at, Buffer.from(`layer ${Math.random()}`));
    const config = await client.pushBlob(at, Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}'));
    const bytes = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer }],
      }),
    );
    await client.putManifest(at, tag, { bytes, mediaType: OCI_MANIFEST });
    const m = (await client.manifest(at, tag))!;
    return { registry: client, location: at, tag, manifest: { digest: m.digest, size: m.size, mediaType: m.mediaType } };
  }
  const byDigest = (t: NotationTarget) => `${t.location.registry}/${t.location.repository}@${t.manifest.digest}`;

  it("certifies docker's signer key: notation signs with it and verifies ours and its own, and we accept notation's", async () => {
    await generateSignerKey(peers, 'dockersigner');
    const dir = join(peers.dir, 'certificates');
    await mkdir(dir, { recursive: true });
    // The CLI finds docker's key for signer NAME in docker's trust store, as sign does.
    const env = { DOCKER_CONFIG: peers.dockerConfig, DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: peers.passphrases.repository };
    const made = await cli(['certificate', 'dockersigner', '--key-directory', dir], { env, real: true });
    expect(made.code).toBe(0);
    const printed = printedForNotation(made.stdout);
    expect(printed.identity).toBe('x509.subject: C=XX, ST=none, O=dct-sign, CN=dockersigner');

    // As printed: the certificate in a ca store, the identity in a strict policy.
    await notation(ctx, printed.certAdd);
    await notationTrustPolicy(ctx, { caStores: ['dockersigner'], trustedIdentities: [printed.identity] });

    const keyFile = await dockerKeyFile(peers, 'dockersigner');
    const key = loadPrivateKey(await readFile(keyFile, 'utf8'), { input: keyFile, passphrase: peers.passphrases.repository });
    const certificatePem = await readFile(join(dir, 'dockersigner.crt'), 'utf8');
    const at: RepositoryLocation = { registry: open.registryHost, repository: uniqueRepository(open, 'notation-cert').path };
    const [ours, theirs] = [await image(at, 'ours'), await image(at, 'theirs')];

    // Ours, with docker's key and the certificate: notation verify accepts.
    await writeNotationSignature(ours, notationSignerOf(key, certificatePem, { keyInput: 'signer-key' }));
    const verified = await notationVerify(ctx, byDigest(ours));
    expect(verified.stdout).toContain(`Successfully verified signature for ${byDigest(ours)}`);

    // notation itself signs with docker's key (decrypted, as notation reads only plain keys) and the certificate.
    const plainKey = join(ctx.dir, 'dockersigner.key');
    await writeFile(plainKey, keyObjectOf(key.signer).export({ type: 'pkcs8', format: 'pem' }).toString(), { mode: 0o600 });
    const keysFile = join(ctx.notationConfig, 'signingkeys.json');
    const keys = JSON.parse(await readFile(keysFile, 'utf8').catch(() => '{"keys":[]}')) as { keys: unknown[] };
    keys.keys.push({ name: 'dockersigner', keyPath: plainKey, certPath: join(dir, 'dockersigner.crt') });
    await writeFile(keysFile, JSON.stringify(keys));
    await notationSign(ctx, 'dockersigner', byDigest(theirs));
    expect((await notationVerify(ctx, byDigest(theirs))).code).toBe(0);

    // And we accept notation's, the certificate being its own anchor, with or without the printed identity.
    const anchor = { source: 'dockersigner.crt', pem: certificatePem };
    expect(await verifyNotationSignatures(theirs, { trustAnchors: [anchor], identities: [] })).toMatchObject({ ok: true });
    expect(await verifyNotationSignatures(theirs, { trustAnchors: [anchor], identities: [printed.identity] })).toMatchObject({
      ok: true,
      signedBy: ['C=XX, ST=none, O=dct-sign, CN=dockersigner'],
    });
  });

  it('key-generate --certificate: notation verify accepts our signature with the new key, trusted as printed', async () => {
    const dir = await mkdtemp(join(ctx.dir, 'keygen-'));
    const passphrase = 'keygen cert passphrase';
    const made = await cli(['key-generate', 'newsigner', '--certificate', '--key-directory', dir], {
      env: { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: passphrase },
      real: true,
    });
    expect(made.code).toBe(0);
    const printed = printedForNotation(made.stderr);
    await notation(ctx, printed.certAdd);
    await notationTrustPolicy(ctx, { caStores: ['newsigner'], trustedIdentities: [printed.identity] });

    const key = loadPrivateKey(await readFile(join(dir, 'newsigner.key'), 'utf8'), { input: 'newsigner.key', passphrase });
    const target = await image({ registry: open.registryHost, repository: uniqueRepository(open, 'notation-keygen').path }, 'v1');
    await writeNotationSignature(target, notationSignerOf(key, await readFile(join(dir, 'newsigner.crt'), 'utf8')));
    expect((await notationVerify(ctx, byDigest(target))).stdout).toContain('Successfully verified signature');

    // Another identity is refused, so the printed one is what matched.
    await notationTrustPolicy(ctx, { caStores: ['newsigner'], trustedIdentities: ['x509.subject: C=XX, ST=none, O=dct-sign, CN=other'] });
    expect((await notationVerify(ctx, byDigest(target), { allowFailure: true })).code).not.toBe(0);
  });
});
