// Keys made here, used by the real notary client against the real server:
// notary must accept our root key and certificate for `init`, sign root under
// the certificate's key ID, and a fresh client must trust the result.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { canonicalize, type JsonValue } from '../../src/encoding/canonical-json.ts';
import { canonicalKeyId } from '../../src/keys/canonical-key-id.ts';
import { exportEncryptedPrivateKey } from '../../src/keys/export-private-key.ts';
import { generateKey } from '../../src/keys/generate-key.ts';
import { createRootCertificate } from '../../src/keys/root-certificate.ts';
import { TufKey } from '../../src/keys/tuf-key.ts';
import { verifySignature } from '../../src/keys/verify-signature.ts';

const stack = inject('stack');
const server = stack.variants.open;
const tmp = mkdtempSync(join(tmpdir(), 'dct-keys-stack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function notary(dir: string, args: string[]): string {
  return execFileSync('notary', ['-d', dir, '-s', server.notaryUrl, '--tlscacert', stack.caFile, ...args], {
    env: {
      PATH: process.env.PATH,
      HOME: tmp,
      NOTARY_ROOT_PASSPHRASE: 'root-pass',
      NOTARY_TARGETS_PASSPHRASE: 'targets-pass',
      NOTARY_SNAPSHOT_PASSPHRASE: 'snapshot-pass',
    },
    input: '',
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    timeout: 60_000,
  });
}

describe('#createRootCertificate', () => {
  describe('when notary initializes a repository with our root key and certificate', () => {
    const gun = `${server.registryHost}/keys/root-${Date.now()}`;
    const key = generateKey('ecdsa');
    const cert = createRootCertificate(key, gun);
    type RootFile = {
      signed: { keys: Record<string, unknown>; roles: { root: { keyids: string[] } } };
      signatures: { keyid: string; method: string; sig: string }[];
    };
    let root: RootFile;

    beforeAll(() => {
      const keyFile = join(tmp, 'root.key');
      const certFile = join(tmp, 'root.crt');
      writeFileSync(keyFile, exportEncryptedPrivateKey(key, 'root-pass', { role: 'root' }), { mode: 0o600 });
      writeFileSync(certFile, cert.pem);
      const dir = join(tmp, 'publisher');
      notary(dir, ['init', gun, '--rootkey', keyFile, '--rootcert', certFile, '-p']);
      root = JSON.parse(readFileSync(join(dir, 'tuf', gun, 'metadata', 'root.json'), 'utf8')) as RootFile;
    });

    it('lists our certificate as the root key and signs under its ID', () => {
      expect(root.signed.roles.root.keyids).toEqual([cert.publicKey.id]);
      expect(TufKey.fromJSON(root.signed.keys[cert.publicKey.id]).public.equals(cert.publicKey.public)).toBe(true);
      expect(root.signatures.map((s) => s.keyid)).toEqual([cert.signer.keyId]);
      expect(canonicalKeyId(cert.publicKey)).toBe(key.keyId);
    });

    it('makes a root signature that verifySignature accepts', () => {
      const [sig] = root.signatures;
      if (!sig) throw new Error('no signature');
      const msg = canonicalize(root.signed as unknown as JsonValue);
      expect(verifySignature(cert.publicKey, sig.method, msg, Buffer.from(sig.sig, 'base64'))).toBe(true);
    });

    it('is trusted by a fresh notary client', () => {
      expect(notary(join(tmp, 'reader'), ['list', gun])).toContain('No targets');
    });
  });
});
