import { createPrivateKey, generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { describe, expect, it, test } from 'vitest';
import { exportEncryptedPrivateKey } from '../../src/keys/export-private-key.ts';
import { loadPrivateKey } from '../../src/keys/load-private-key.ts';
import { MAX_PBKDF2_ITERATIONS } from '../../src/keys/pbes2.ts';
import { encodePem } from '../../src/keys/pem.ts';
import { SigningKey } from '../../src/keys/signing-key.ts';
import { verifySignature } from '../../src/keys/verify-signature.ts';
import {
  expectNoSecrets,
  fixture,
  FIXTURE_KEYS,
  handKeyId,
  keyErrorOf,
  nodeKey,
  notaryPublicBytes,
  pbes2WithIterations,
  type NodeKeyType,
} from './support.ts';

const PASS = 'correct horse battery staple';
const INPUT = { input: 'signer-key', passphraseInput: 'signer-key-passphrase' };

type Format =
  | 'PKCS#8'
  | 'SEC1'
  | 'PKCS#1'
  | 'encrypted PKCS#8 (node, hmacWithSHA256)'
  | 'encrypted PKCS#8 (notary layout)'
  | 'legacy DEK-Info encryption';

function render(key: KeyObject, format: Format): { text: string; passphrase?: string } {
  switch (format) {
    case 'PKCS#8':
      return { text: key.export({ type: 'pkcs8', format: 'pem' }) as string };
    case 'SEC1':
      return { text: key.export({ type: 'sec1', format: 'pem' }) as string };
    case 'PKCS#1':
      return { text: key.export({ type: 'pkcs1', format: 'pem' }) as string };
    case 'encrypted PKCS#8 (node, hmacWithSHA256)':
      return {
        text: key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: PASS }) as string,
        passphrase: PASS,
      };
    case 'encrypted PKCS#8 (notary layout)':
      return { text: exportEncryptedPrivateKey(new SigningKey(key), PASS, { role: 'targets/ci' }), passphrase: PASS };
    case 'legacy DEK-Info encryption': {
      const type = key.asymmetricKeyType === 'ec' ? 'sec1' : 'pkcs1';
      return {
        text: key.export({ type, format: 'pem', cipher: 'aes-128-cbc', passphrase: PASS }) as string,
        passphrase: PASS,
      };
    }
  }
}

const MATRIX: [NodeKeyType, Format][] = [
  ['ecdsa', 'PKCS#8'],
  ['ecdsa', 'SEC1'],
  ['ecdsa', 'encrypted PKCS#8 (node, hmacWithSHA256)'],
  ['ecdsa', 'encrypted PKCS#8 (notary layout)'],
  ['ecdsa', 'legacy DEK-Info encryption'],
  ['ed25519', 'PKCS#8'],
  ['ed25519', 'encrypted PKCS#8 (node, hmacWithSHA256)'],
  ['ed25519', 'encrypted PKCS#8 (notary layout)'],
  ['rsa', 'PKCS#8'],
  ['rsa', 'PKCS#1'],
  ['rsa', 'encrypted PKCS#8 (node, hmacWithSHA256)'],
  ['rsa', 'encrypted PKCS#8 (notary layout)'],
  ['rsa', 'legacy DEK-Info encryption'],
];

const SHAPES: [string, (text: string) => string][] = [
  ['as written', (t) => t],
  ['with CRLF line endings', (t) => t.replace(/\n/g, '\r\n')],
  ['indented with stray blank lines', (t) => `\n  ${t.split('\n').join('\n  ')}\n\n`],
  ['base64-encoded on one line', (t) => Buffer.from(t).toString('base64')],
  ['with newlines collapsed to spaces', (t) => ` ${t.replace(/\n/g, ' ')} `],
];

const EXPECTED = {
  ecdsa: { keytype: 'ecdsa', method: 'ecdsa' },
  ed25519: { keytype: 'ed25519', method: 'eddsa' },
  rsa: { keytype: 'rsa', method: 'rsapss' },
} as const;

describe('#loadPrivateKey', () => {
  describe.each(MATRIX)('when given a %s key as %s', (kind, format) => {
    const key = nodeKey(kind);
    const { text, passphrase } = render(key, format);

    test.each(SHAPES)('loads it %s, with notary’s key ID', (_shape, shape) => {
      const loaded = loadPrivateKey(shape(text), { ...INPUT, passphrase });
      expect(loaded.signer.publicKey.keytype).toBe(EXPECTED[kind].keytype);
      expect(loaded.signer.method).toBe(EXPECTED[kind].method);
      expect(loaded.signer.keyId).toBe(handKeyId(EXPECTED[kind].keytype, notaryPublicBytes(key)));
      expect(loaded.signer.publicKey.public.equals(notaryPublicBytes(key))).toBe(true);
    });

    it('returns a signer whose signatures verify', async () => {
      const { signer } = loadPrivateKey(text, { ...INPUT, passphrase });
      const data = Buffer.from('{"signed":true}');
      const sig = await signer.sign(data);
      expect(verifySignature(signer.publicKey, signer.method, data, sig)).toBe(true);
    });
  });

  describe('when given key files written by notary and docker', () => {
    test.each(Object.entries(FIXTURE_KEYS))('loads %s with the ID notary gave it and its headers', (_name, f) => {
      const loaded = loadPrivateKey(fixture(f.file), { ...INPUT, passphrase: f.passphrase });
      expect(loaded.signer.keyId).toBe(f.id);
      expect(loaded.signer.publicKey.keytype).toBe(f.keytype);
      expect(loaded.role).toBe(f.role);
      expect(loaded.gun).toBe(f.gun);
    });

    it('loads the docker key base64-encoded, as it would be stored in a GitHub secret', () => {
      const f = FIXTURE_KEYS.dockerAlice;
      const text = Buffer.from(fixture(f.file)).toString('base64');
      expect(loadPrivateKey(text, { ...INPUT, passphrase: f.passphrase }).signer.keyId).toBe(f.id);
    });

    it('signs so that node verifies with the public key docker wrote', async () => {
      const f = FIXTURE_KEYS.dockerAlice;
      const { signer } = loadPrivateKey(fixture(f.file), { ...INPUT, passphrase: f.passphrase });
      const data = Buffer.from('payload');
      const sig = await signer.sign(data);
      const pub = fixture('docker-alice.pub').replace(/^role:.*\n\n/m, '');
      expect(verify('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, sig)).toBe(true);
    });
  });

  describe('when openssl encrypted the key with a scheme other than PBES2', () => {
    test.each(['openssl-scrypt.key', 'openssl-pbes1.key'])('loads %s through node', (name) => {
      const text = fixture(name);
      const expected = handKeyId('ecdsa', notaryPublicBytes(createPrivateKey({ key: text, passphrase: 'openssl-pass' })));
      expect(loadPrivateKey(text, { ...INPUT, passphrase: 'openssl-pass' }).signer.keyId).toBe(expected);
    });

    test.each(['openssl-scrypt.key', 'openssl-pbes1.key'])('reports a wrong passphrase for %s', (name) => {
      const err = keyErrorOf(() => loadPrivateKey(fixture(name), { ...INPUT, passphrase: 'nope' }));
      expect(err.code).toBe('PASSPHRASE');
    });
  });

  describe('when the key is not encrypted but a passphrase is given', () => {
    it('ignores the passphrase', () => {
      const text = nodeKey('ecdsa').export({ type: 'pkcs8', format: 'pem' }) as string;
      expect(loadPrivateKey(text, { ...INPUT, passphrase: PASS }).signer.publicKey.keytype).toBe('ecdsa');
    });
  });

  describe('when the key cannot be used', () => {
    const notaryText = fixture(FIXTURE_KEYS.notaryTargets.file);
    const nodeEncrypted = render(nodeKey('ecdsa'), 'encrypted PKCS#8 (node, hmacWithSHA256)').text;
    const dekInfo = render(nodeKey('rsa'), 'legacy DEK-Info encryption').text;
    const pkcs8 = (kind: Parameters<typeof nodeKey>[0]): string =>
      nodeKey(kind).export({ type: 'pkcs8', format: 'pem' }) as string;

    const CASES: {
      name: string;
      text: string;
      passphrase?: string;
      code: 'KEY' | 'PASSPHRASE';
      says: RegExp;
    }[] = [
      { name: 'a notary key without a passphrase', text: notaryText, code: 'PASSPHRASE', says: /encrypted.*set signer-key-passphrase/ },
      { name: 'a DEK-Info key without a passphrase', text: dekInfo, code: 'PASSPHRASE', says: /encrypted.*set signer-key-passphrase/ },
      { name: 'a notary key with the wrong passphrase', text: notaryText, passphrase: 'wrong-pass', code: 'PASSPHRASE', says: /could not be decrypted with signer-key-passphrase/ },
      { name: 'a node key with the wrong passphrase', text: nodeEncrypted, passphrase: 'wrong-pass', code: 'PASSPHRASE', says: /could not be decrypted/ },
      { name: 'a DEK-Info key with the wrong passphrase', text: dekInfo, passphrase: 'wrong-pass', code: 'PASSPHRASE', says: /could not be decrypted/ },
      { name: 'garbage', text: 'this is not a key', code: 'KEY', says: /not a PEM private key; paste the whole key file/ },
      { name: 'an empty string', text: '', code: 'KEY', says: /not a PEM private key/ },
      { name: 'a damaged PEM body', text: '-----BEGIN PRIVATE KEY-----\nMII*&^%\n-----END PRIVATE KEY-----', code: 'KEY', says: /damaged/ },
      { name: 'a truncated key', text: pkcs8('ecdsa').replace(/\n[^\n]+\n-----END/, '\n-----END'), code: 'KEY', says: /could not be read/ },
      { name: 'a public key', text: fixture('docker-alice.pub'), code: 'KEY', says: /this is a public key, but a private key is needed/ },
      { name: 'a certificate', text: fixture('openssl-rsa2048.crt'), code: 'KEY', says: /this is a certificate, but a private key is needed/ },
      { name: 'a P-384 key', text: pkcs8('p384'), code: 'KEY', says: /must use curve P-256, this one uses P-384/ },
      { name: 'a secp256k1 key', text: pkcs8('secp256k1'), code: 'KEY', says: /must use curve P-256, this one uses secp256k1/ },
      { name: 'a 1024-bit RSA key', text: pkcs8('rsa1024'), code: 'KEY', says: /at least 2048 bits, this one has 1024/ },
      { name: 'an X25519 key', text: pkcs8('x25519'), code: 'KEY', says: /x25519 keys are not supported/ },
      { name: 'two private keys', text: `${pkcs8('ecdsa')}${pkcs8('ed25519')}`, code: 'KEY', says: /contains 2 private keys/ },
      { name: 'an OpenSSH key', text: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----', code: 'KEY', says: /OpenSSH private keys are not supported/ },
    ];

    test.each(CASES)('rejects $name with code $code, naming the input and the fix', ({ text, passphrase, code, says }) => {
      const err = keyErrorOf(() => loadPrivateKey(text, { ...INPUT, passphrase }));
      expect(err.code).toBe(code);
      expect(err.input).toBe('signer-key');
      expect(err.message).toMatch(/^signer-key: /);
      expect(err.message).toMatch(says);
      expectNoSecrets(err.message, text, passphrase);
      expectNoSecrets(String(err.cause ?? ''), text, passphrase);
    });

    it('names a default passphrase input when none is given', () => {
      const err = keyErrorOf(() => loadPrivateKey(notaryText, { input: 'root-key' }));
      expect(err.message).toContain('the passphrase for root-key');
    });
  });
});

describe('#loadPrivateKey with a hostile PBES2 iteration count', () => {
  describe('when the count is above the limit', () => {
    // Before the cap was checked first, such a key went on to OpenSSL, which ran every iteration.
    it('refuses the key naming the input, without handing it to OpenSSL', () => {
      const text = encodePem('ENCRYPTED PRIVATE KEY', pbes2WithIterations(MAX_PBKDF2_ITERATIONS + 1));
      const err = keyErrorOf(() => loadPrivateKey(text, { ...INPUT, passphrase: PASS }));
      expect(err.code).toBe('KEY');
      expect(err.message).toMatch(/^signer-key: the PBKDF2 iteration count 10000001 is above the limit/);
    });
  });
});

describe('#loadPrivateKey for notation (use: jws)', () => {
  const pkcs8 = (key: KeyObject): string => key.export({ type: 'pkcs8', format: 'pem' }).toString();

  it('loads an ECDSA P-384 key for notation, which it refuses for notary', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    expect(loadPrivateKey(pkcs8(privateKey), { input: 'notation-key', use: 'jws' }).signer).toBeInstanceOf(SigningKey);
    expect(() => loadPrivateKey(pkcs8(privateKey), { input: 'signer-key' })).toThrow(/^signer-key: ECDSA keys must use curve P-256/);
  });

  it('refuses an ed25519 key for notation, naming the input and the key types notation takes', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    expect(() => loadPrivateKey(pkcs8(privateKey), { input: 'notation-key', use: 'jws' })).toThrow(
      /^notation-key: this is an ed25519 key; notation signs with ECDSA P-256, P-384 or P-521, or RSA 2048, 3072 or 4096 bits/,
    );
  });
});
