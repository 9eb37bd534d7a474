// dct-sign's notation format through the CLI on the real stack, judged by
// notation 1.3.2: `sign --formats dct,notation` with docker's signer key
// and the certificate `dct-sign certificate` made for it is accepted by
// `notation verify` (trusted as dct-sign printed) and by our own gate; what
// `notation sign` writes passes `verify --formats notation` with its
// certificate as the anchor, and fails with another; each bad certificate
// is refused with exit 2, naming --notation-certificate, and nothing is
// written in any format.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, test } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../../src/cli/cli.ts';
import { dockerKeyFile } from '../cli/stack-support.ts';
import { cli } from '../cli/support.ts';
import {
  createPeerContext,
  docker,
  generateSignerKey,
  makeImage,
  pushImage,
  removePeerContext,
  uniqueRepository,
  type PeerContext,
  type TestRepository,
} from '../support/peers.ts';
import {
  createSigstoreContext,
  notation,
  notationGenerateTestKey,
  notationSign,
  notationTrustPolicy,
  notationVerify,
  removeSigstoreContext,
  type SigstoreContext,
} from '../support/sigstore-peers.ts';
import { ecKey, KeyUsageFlags, makeCert, OIDS, pemOf, testPki } from './support/certificates.ts';

const stack = inject('stack');
const variant = stack.variants.open;
const DAY = 86_400_000;

describe('notation through the CLI with notation 1.3', () => {
  let admin: PeerContext;
  let alice: PeerContext;
  let ctx: SigstoreContext;
  let repo: TestRepository;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let trust: string[];
  const digests = new Map<string, string>();

  beforeAll(async () => {
    [admin, alice, ctx] = await Promise.all([createPeerContext(stack, variant), createPeerContext(stack, variant), createSigstoreContext(join(stack.dir, 'peers'))]);
    repo = uniqueRepository(variant, 'notation-cli');
    const alicePub = await generateSignerKey(alice, 'alice');
    await docker(admin, ['trust', 'signer', 'add', '--key', alicePub, 'alice', repo.name]);
    for (const tag of ['dual', 'theirs', 'bad']) {
      await makeImage(admin, repo.ref(tag));
      digests.set(tag, (await pushImage(admin, repo.ref(tag))).digest);
    }
    dir = join(alice.dir, 'notation-cli');
    await mkdir(dir, { recursive: true });
    const ca = join(dir, 'stack-ca.pem');
    await writeFile(ca, stack.caPem);
    env = { DOCKER_CONFIG: alice.dockerConfig, DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: alice.passphrases.repository };
    trust = ['--trust-server', variant.notaryUrl, '--trust-server-ca', ca];
  }, 180_000);

  afterAll(async () => {
    await Promise.all([removePeerContext(admin), removePeerContext(alice), removeSigstoreContext(ctx)]);
  });

  const byDigest = (tag: string) => `${repo.name}@${digests.get(tag)}`;

  it('signs with --formats dct,notation: notation verify accepts it as dct-sign printed, and so does our gate', async () => {
    const made = await cli(['certificate', 'alice', '--key-directory', dir], { env, real: true });
    expect(made.code, made.stderr).toBe(EXIT_OK);
    const certificate = join(dir, 'alice.crt');

    const signed = await cli(['sign', '--formats', 'dct,notation', '--no-push', '--signer-name', 'alice', '--notation-certificate', certificate, ...trust, '--json', repo.ref('dual')], {
      env,
      real: true,
    });
    expect(signed.code, signed.stderr).toBe(EXIT_OK);
    const json = JSON.parse(signed.stdout) as { signed: { formats: string[]; notation: { written: boolean } }[] };
    expect(json.signed.map((s) => [s.formats, s.notation.written])).toEqual([[['dct', 'notation'], true]]);

    await notation(ctx, ['cert', 'add', '--type', 'ca', '--store', 'alice', certificate]);
    await notationTrustPolicy(ctx, { caStores: ['alice'], trustedIdentities: ['x509.subject: C=XX, ST=none, O=dct-sign, CN=alice'] });
    expect((await notationVerify(ctx, byDigest('dual'))).stdout).toContain(`Successfully verified signature for ${byDigest('dual')}`);

    const gate = await cli(['verify', '--formats', 'dct,notation', '--formats-policy', 'all', '--notation-trust-anchor', certificate, ...trust, '--json', repo.ref('dual')], { env, real: true });
    expect(gate.code, gate.stderr).toBe(EXIT_OK);
    const verdict = JSON.parse(gate.stdout) as { verified: { formats: string[]; notationSigners: string[] }[] };
    expect(verdict.verified.map((v) => [v.formats, v.notationSigners])).toEqual([[['dct', 'notation'], ['C=XX, ST=none, O=dct-sign, CN=alice']]]);
  });

  it("passes what notation sign wrote with its certificate as the anchor, and fails it with another anchor or identity", async () => {
    const testKey = await notationGenerateTestKey(ctx, 'notation-cli-signer');
    await notationSign(ctx, testKey.name, byDigest('theirs'));
    const ok = await cli(['verify', '--formats', 'notation', '--notation-trust-anchor', testKey.certificate, repo.ref('theirs')], { real: true });
    expect(ok.code, ok.stderr).toBe(EXIT_OK);
    expect(ok.stdout).toContain(`${repo.name}@${digests.get('theirs')}`);

    const other = await cli(['verify', '--formats', 'notation', '--notation-trust-anchor', join(dir, 'alice.crt'), repo.ref('theirs')], { real: true });
    expect(other.code).toBe(EXIT_FAILED);
    expect(other.stderr).toMatch(/\(notation-invalid\): .*trust anchor/);
    const identity = await cli(
      ['verify', '--formats', 'notation', '--notation-trust-anchor', testKey.certificate, '--notation-identity', 'x509.subject: C=US, ST=WA, O=Other', repo.ref('theirs')],
      { real: true },
    );
    expect(identity.code).toBe(EXIT_FAILED);
    expect(identity.stderr).toMatch(/\(notation-invalid\)/);
    const unsigned = await cli(['verify', '--formats', 'notation', '--notation-trust-anchor', testKey.certificate, repo.ref('bad')], { real: true });
    expect(unsigned.stderr).toMatch(/\(notation-unsigned\)/);
  });

  it('migrates tags docker signed with --formats notation, then cosign,notation: notation verify accepts, and the second run adds only cosign', async () => {
    await makeImage(alice, repo.ref('docker'));
    await docker(alice, ['trust', 'sign', repo.ref('docker')]);
    const keyFile = await dockerKeyFile(alice, 'alice');
    const certificate = join(dir, 'alice.crt');
    const migrated = await cli(['migrate', '--formats', 'notation', '--signer-key-file', keyFile, '--notation-certificate', certificate, ...trust, '--json', repo.ref('docker')], {
      env,
      real: true,
    });
    expect(migrated.code, migrated.stderr).toBe(EXIT_OK);
    const json = JSON.parse(migrated.stdout) as { formats: string[]; tags: { status: string; digest: string; written: string[] }[] };
    expect(json.formats).toEqual(['notation']);
    expect(json.tags.map((t) => [t.status, t.written])).toEqual([['migrated', ['notation']]]);
    const pinned = `${repo.name}@${json.tags[0]!.digest}`;
    await notationTrustPolicy(ctx, { caStores: ['alice'], trustedIdentities: ['x509.subject: C=XX, ST=none, O=dct-sign, CN=alice'] });
    expect((await notationVerify(ctx, pinned)).stdout).toContain(`Successfully verified signature for ${pinned}`);

    const both = await cli(['migrate', '--formats', 'cosign,notation', '--signer-key-file', keyFile, '--notation-certificate', certificate, ...trust, '--json', repo.ref('docker')], {
      env,
      real: true,
    });
    expect(both.code, both.stderr).toBe(EXIT_OK);
    expect((JSON.parse(both.stdout) as typeof json).tags.map((t) => [t.status, t.written])).toEqual([['migrated', ['sig', 'bundle']]]);
  });

  describe('when the certificate is wrong', () => {
    const SUBJECT = [['C', 'XX'], ['ST', 'none'], ['O', 'dct-sign'], ['CN', 'alice']] as const;
    test.each([
      ['not for the key', () => ({ cert: pemOf(makeCert({ subject: SUBJECT, key: ecKey() })), key: undefined }), /is not for/],
      ['a CA certificate as the leaf', () => {
        const key = ecKey();
        return { cert: pemOf(makeCert({ subject: SUBJECT, key, ca: true, keyUsage: KeyUsageFlags.digitalSignature | KeyUsageFlags.keyCertSign })), key };
      }, /CA:TRUE/],
      ['a wrong key usage', () => {
        const key = ecKey();
        return { cert: pemOf(makeCert({ subject: SUBJECT, key, keyUsage: KeyUsageFlags.keyEncipherment | KeyUsageFlags.digitalSignature })), key };
      }, /keyEncipherment/],
      ['a wrong extended key usage', () => {
        const key = ecKey();
        return { cert: pemOf(makeCert({ subject: SUBJECT, key, eku: [OIDS.serverAuth] })), key };
      }, /serverAuth/],
      ['expired', () => {
        const key = ecKey();
        return { cert: pemOf(makeCert({ subject: SUBJECT, key, notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - DAY) })), key };
      }, /expired on/],
      ['a chain in the wrong order', () => {
        const pki = testPki();
        return { cert: pemOf(pki.intermediate, pki.leaf, pki.root), key: pki.leafKey };
      }, /give the leaf first/],
    ])('refuses one %s with exit 2, naming --notation-certificate, writing nothing in any format', async (name, given, message) => {
      const { cert, key } = given();
      const file = join(dir, `${name.replace(/\W+/g, '-')}.crt`);
      await writeFile(file, cert);
      const keyArgs: string[] = [];
      if (key) {
        const keyFile = `${file}.key`;
        await writeFile(keyFile, key.privateKey.export({ type: 'pkcs8', format: 'pem' }));
        keyArgs.push('--notation-key-file', keyFile);
      }
      const run = await cli(['sign', '--formats', 'dct,notation', '--no-push', '--signer-name', 'alice', '--notation-certificate', file, ...keyArgs, ...trust, repo.ref('bad')], {
        env,
        real: true,
      });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/--notation-certificate/);
      expect(run.stderr).toMatch(message);
      // Nothing in the trust data, and no notation signature.
      const gate = await cli(['verify', ...trust, repo.ref('bad')], { real: true });
      expect(gate.stderr).toMatch(/\(unsigned\)/);
      const none = await notationVerify(ctx, byDigest('bad'), { allowFailure: true });
      expect(none.stderr).toMatch(/no signature is associated/);
    });
  });
});
