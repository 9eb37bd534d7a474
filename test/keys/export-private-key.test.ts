import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EncryptedPrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { AsnConvert } from '@peculiar/asn1-schema';
import { afterAll, describe, expect, it, test } from 'vitest';
import { exportEncryptedPrivateKey } from '../../src/keys/export-private-key.ts';
import { generateKey } from '../../src/keys/generate-key.ts';
import { loadPrivateKey } from '../../src/keys/load-private-key.ts';
import { decryptPkcs8 } from '../../src/keys/pbes2.ts';
import { readPem } from '../../src/keys/pem.ts';
import { SigningKey } from '../../src/keys/signing-key.ts';
import { tryFindDockerCli } from '../support/docker-cli.ts';
import { fixture, FIXTURE_KEYS, hasBinary, keyErrorOf, nodeKey } from './support.ts';

const PASS = 'export-pass';
const KINDS = ['ecdsa', 'ed25519', 'rsa'] as const;
const signingKey = (kind: (typeof KINDS)[number]): SigningKey =>
  kind === 'rsa' ? new SigningKey(nodeKey('rsa')) : generateKey(kind);

const tmp = mkdtempSync(join(tmpdir(), 'dct-keys-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('#exportEncryptedPrivateKey', () => {
  describe.each(KINDS)('when given a %s key', (kind) => {
    const key = signingKey(kind);
    const text = exportEncryptedPrivateKey(key, PASS, { role: 'targets/ci' });

    it('writes a file that loads back to the same key and role', () => {
      const loaded = loadPrivateKey(text, { input: 'key', passphrase: PASS });
      expect(loaded.signer.keyId).toBe(key.keyId);
      expect(loaded.role).toBe('targets/ci');
      expect(loaded.gun).toBeUndefined();
    });

    it('encrypts as notary does: PBES2, PBKDF2 without a PRF field, 2048 rounds, 8-byte salt, AES-256-CBC', () => {
      const der = readPem(text).blocks[0]?.bytes as Buffer;
      const info = AsnConvert.parse(der, EncryptedPrivateKeyInfo);
      expect(info.encryptionAlgorithm.algorithm).toBe('1.2.840.113549.1.5.13');
      // Inside: SEQUENCE { SEQUENCE { pbkdf2, SEQUENCE { OCTET STRING(8), INTEGER 2048 } }, SEQUENCE { aes256cbc, OCTET STRING(16) } }
      const params = Buffer.from(info.encryptionAlgorithm.parameters as ArrayBuffer).toString('hex');
      expect(params).toMatch(/^303c301b06092a864886f70d01050c300e0408[0-9a-f]{16}02020800301d060960864801650304012a0410[0-9a-f]{32}$/);
    });

    it('wraps the key in notary’s PKCS#8 layout', () => {
      const der = readPem(text).blocks[0]?.bytes as Buffer;
      const inner = decryptPkcs8(der, PASS);
      const prefix = { ecdsa: '020101301306072a8648ce3d0201', ed25519: '020100300b06092b06010401da470f01', rsa: '020100300b06092a864886f70d010101' }[kind];
      expect(inner.toString('hex')).toContain(prefix);
    });

    it('never writes the same bytes twice (fresh salt and IV)', () => {
      expect(exportEncryptedPrivateKey(key, PASS, { role: 'targets/ci' })).not.toBe(text);
    });
  });

  describe('when re-exporting the key docker generated', () => {
    it('produces the same inner PKCS#8 bytes notary wrote', () => {
      const f = FIXTURE_KEYS.dockerAlice;
      const original = readPem(fixture(f.file)).blocks[0]?.bytes as Buffer;
      const { signer } = loadPrivateKey(fixture(f.file), { input: 'key', passphrase: f.passphrase });
      const ours = readPem(exportEncryptedPrivateKey(signer, PASS, { role: 'alice' })).blocks[0]?.bytes as Buffer;
      expect(decryptPkcs8(ours, PASS).equals(decryptPkcs8(original, f.passphrase))).toBe(true);
    });
  });

  describe('when choosing headers', () => {
    test.each([
      ['targets', 'gun: example.com/repo\nrole: targets\n'],
      ['snapshot', 'gun: example.com/repo\nrole: snapshot\n'],
      ['root', 'role: root\n'],
      ['targets/releases', 'role: targets/releases\n'],
      ['alice', 'role: alice\n'],
    ])('writes a %s key with the headers notary’s key store writes', (role, headers) => {
      const text = exportEncryptedPrivateKey(generateKey('ecdsa'), PASS, { role, gun: 'example.com/repo' });
      expect(text.startsWith(`-----BEGIN ENCRYPTED PRIVATE KEY-----\n${headers}\n`)).toBe(true);
      expect(text.endsWith('-----END ENCRYPTED PRIVATE KEY-----\n')).toBe(true);
    });
  });

  describe('when the passphrase is empty', () => {
    it('refuses with a PASSPHRASE error', () => {
      expect(keyErrorOf(() => exportEncryptedPrivateKey(generateKey('ecdsa'), '', { role: 'root' })).code).toBe('PASSPHRASE');
    });
  });

  // The first docker CLI with `docker trust` (docker 28 or docker.io's 20.10).
  const dockerCli = tryFindDockerCli()?.path;
  describe.skipIf(dockerCli === undefined)('when `docker trust key load` reads the file', () => {
    // docker decrypts the file with notary's parser before importing it.
    const load = (file: string, passphrase: string): boolean => {
      try {
        execFileSync(dockerCli!, ['trust', 'key', 'load', file, '--name', 'ci'], {
          env: { PATH: process.env.PATH, HOME: tmp, DOCKER_CONFIG: join(tmp, 'docker'), DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: passphrase },
          input: '',
          stdio: ['pipe', 'pipe', 'pipe'],
          timeout: 30_000,
        });
        return true;
      } catch {
        return false;
      }
    };

    test.each(KINDS)('decrypts our %s key with the right passphrase only', (kind) => {
      const file = join(tmp, `docker-${kind}.key`);
      writeFileSync(file, exportEncryptedPrivateKey(signingKey(kind), PASS, { role: 'ci' }), { mode: 0o600 });
      expect(load(file, PASS)).toBe(true);
      expect(load(file, 'wrong')).toBe(false);
    });
  });

  describe.skipIf(!hasBinary('/usr/bin/notary'))('when notary uses the file from its key store', () => {
    const ROLE_ENV: Record<string, string> = { root: 'NOTARY_ROOT_PASSPHRASE', targets: 'NOTARY_TARGETS_PASSPHRASE', 'targets/ci': 'NOTARY_DELEGATION_PASSPHRASE' };

    test.each([
      ['ecdsa', 'root'],
      ['ecdsa', 'targets'],
      ['ed25519', 'targets/ci'],
      ['rsa', 'targets/ci'],
    ] as const)('decrypts our %s %s key and lists it under our key ID', (kind, role) => {
      const key = signingKey(kind);
      const dir = join(tmp, `notary-${kind}-${role.replace('/', '-')}`);
      mkdirSync(join(dir, 'private'), { recursive: true });
      const file = join(dir, 'private', `${key.keyId}.key`);
      writeFileSync(file, exportEncryptedPrivateKey(key, PASS, { role, gun: 'example.com/repo' }), { mode: 0o600 });
      const notary = (args: string[], passphrase = PASS): string =>
        execFileSync('/usr/bin/notary', ['-d', dir, ...args], {
          env: { PATH: process.env.PATH, HOME: tmp, [ROLE_ENV[role] as string]: passphrase },
          input: '',
          encoding: 'utf8',
          stdio: ['pipe', 'pipe', 'pipe'],
          timeout: 30_000,
        });
      expect(notary(['key', 'list'])).toMatch(new RegExp(`${role}\\s+${role === 'targets' ? 'example.com/repo\\s+' : ''}${key.keyId}`));
      // `key passwd` decrypts the key with notary's parser and re-encrypts it.
      expect(() => notary(['key', 'passwd', key.keyId], 'wrong')).toThrow();
      notary(['key', 'passwd', key.keyId]);
      const rewritten = readFileSync(file, 'utf8');
      expect(loadPrivateKey(rewritten, { input: 'key', passphrase: PASS }).signer.keyId).toBe(key.keyId);
    });
  });
});

