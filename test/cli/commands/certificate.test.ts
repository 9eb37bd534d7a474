// `dct-sign certificate` and `key-generate --certificate` through the CLI
// with the real operations: the key found in docker's trust store by NAME,
// a notation key file in its place, NAME.crt or --output written, the
// notation lines printed; bad input refused with exit 2, naming the flag,
// and nothing written.

import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../../src/cli/cli.ts';
import { loadPrivateKey } from '../../../src/keys/index.ts';
import { notationSignerOf } from '../../../src/notation/index.ts';
import { keyGenerate } from '../../../src/operations/key-generate.ts';
import { cli } from '../support.ts';

const PASSPHRASE = 'certificate-passphrase';
const ENV = { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: PASSPHRASE };
const newDir = () => mkdtempSync(join(tmpdir(), 'dct-cli-cert-'));
const IDENTITY = 'x509.subject: C=XX, ST=none, O=dct-sign, CN=ci';

/** A docker config whose trust store holds signer ci's key, as `docker trust key load` leaves it. */
async function dockerConfigWithSigner(): Promise<{ config: string; keyFile: string }> {
  const config = newDir();
  const store = join(config, 'trust', 'private');
  mkdirSync(store, { recursive: true });
  const made = await keyGenerate({ name: 'ci', passphrase: PASSPHRASE, directory: newDir() });
  const keyFile = join(store, `${made.keyId}.key`);
  writeFileSync(keyFile, readFileSync(made.privateKeyPath, 'utf8'), { mode: 0o600 });
  return { config, keyFile };
}

describe('#runCli', () => {
  describe('when certificate runs the real operation', () => {
    it("certifies docker's key for signer NAME, writes NAME.crt and prints how notation trusts it", async () => {
      const { config, keyFile } = await dockerConfigWithSigner();
      const dir = newDir();
      const run = await cli(['certificate', 'ci', '--key-directory', dir], { env: { ...ENV, DOCKER_CONFIG: config }, real: true });

      expect(run.code).toBe(EXIT_OK);
      const path = join(dir, 'ci.crt');
      expect(run.stdout).toContain(`  notation cert add --type ca --store ci ${path}\n`);
      expect(run.stdout).toContain(`  "trustedIdentities": [${JSON.stringify(IDENTITY)}]\n`);
      expect(run.stderr).toBe(`Wrote the certificate ${path} for signer-key (subject C=XX, ST=none, O=dct-sign, CN=ci)\n`);
      const key = loadPrivateKey(readFileSync(keyFile, 'utf8'), { input: 'ci', passphrase: PASSPHRASE });
      expect(notationSignerOf(key, readFileSync(path, 'utf8'), { keyInput: 'signer-key' }).subject).toBe('C=XX, ST=none, O=dct-sign, CN=ci');
    });

    it('certifies --notation-key-file in place of a signer key, for --certificate-validity, into --output', async () => {
      const dir = newDir();
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-521' });
      const keyFile = join(dir, 'notation.key');
      writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
      const out = join(dir, 'signing.pem');
      const run = await cli(['certificate', '--notation-key-file', keyFile, '--certificate-validity', '30d', '--output', out, '--json', 'release'], { real: true });

      expect(run.code).toBe(EXIT_OK);
      const json = JSON.parse(run.stdout) as Record<string, string>;
      expect(json).toMatchObject({ name: 'release', certificatePath: out, identity: 'x509.subject: C=XX, ST=none, O=dct-sign, CN=release' });
      const cert = new X509Certificate(readFileSync(out));
      const days = (new Date(cert.validTo).getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29.9);
      expect(days).toBeLessThanOrEqual(30);
    });

    test.each([
      ['no key at all', () => ['ci'], {}, /no key to make the certificate for: give --signer-key-file PATH or set DCT_SIGNER_KEY, or --notation-key-file PATH/],
      ['a wrong passphrase', (d: string) => ['ci', '--signer-key-file', join(d, 'ci.key')], { DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'wrong passphrase' }, /--signer-key-file .*ci\.key: .*passphrase/],
      ['a duration without a unit', (d: string) => ['ci', '--signer-key-file', join(d, 'ci.key'), '--certificate-validity', '365'], ENV, /--certificate-validity: give a number and s, m \(minutes\), h, d or w/],
      ['an existing file', (d: string) => ['ci', '--signer-key-file', join(d, 'ci.key'), '--output', join(d, 'ci.pub')], ENV, /--output: .*ci\.pub already exists/],
      ['a public key as the notation key', (d: string) => ['ci', '--notation-key-file', join(d, 'ci.pub')], ENV, /--notation-key-file .*ci\.pub: this is .*a private key is needed/],
    ])('refuses %s with exit 2, naming the flag, and writes nothing', async (_, args, env, message) => {
      const dir = newDir();
      await keyGenerate({ name: 'ci', passphrase: PASSPHRASE, directory: dir });
      const run = await cli(['certificate', '--key-directory', dir, ...args(dir)], { env, real: true });
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(readdirSync(dir).sort()).toEqual(['ci.key', 'ci.pub']);
    });
  });

  describe('when key-generate is asked for a certificate', () => {
    it('writes NAME.crt beside the key, keeps the key ID on stdout and prints how notation trusts it on stderr', async () => {
      const dir = newDir();
      const run = await cli(['key-generate', 'ci', '--certificate', '--certificate-validity', '52w', '--key-directory', dir], { env: ENV, real: true });

      expect(run.code).toBe(EXIT_OK);
      expect(run.stdout).toMatch(/^[0-9a-f]{64}\n$/);
      expect(run.stderr).toContain(`  notation cert add --type ca --store ci ${join(dir, 'ci.crt')}\n`);
      expect(run.stderr).toContain(JSON.stringify(IDENTITY));
      const key = loadPrivateKey(readFileSync(join(dir, 'ci.key'), 'utf8'), { input: 'ci.key', passphrase: PASSPHRASE });
      expect(notationSignerOf(key, readFileSync(join(dir, 'ci.crt'), 'utf8')).algorithm).toBe('ES256');
    });

    it('writes no certificate without --certificate', async () => {
      const dir = newDir();
      await cli(['key-generate', 'ci', '--key-directory', dir], { env: ENV, real: true });
      expect(readdirSync(dir).sort()).toEqual(['ci.key', 'ci.pub']);
    });
  });
});
