import { constants, createPublicKey, ECDH, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it, test } from 'vitest';
import { canonicalize, type JsonValue } from '../../src/encoding/canonical-json.ts';
import { createRootCertificate } from '../../src/keys/root-certificate.ts';
import { SigningKey } from '../../src/keys/signing-key.ts';
import { TufKey } from '../../src/keys/tuf-key.ts';
import { verifiedSigner, verifySignature } from '../../src/keys/verify-signature.ts';
import { fixture, nodeKey, notaryPublicBytes } from './support.ts';

interface SignedFile {
  signed: JsonValue;
  signatures: { keyid: string; method: string; sig: string }[];
}

const root = JSON.parse(fixture('notary-root.json')) as SignedFile & { signed: { keys: Record<string, unknown> } };
const keyOf = (id: string): TufKey => TufKey.fromJSON(root.signed.keys[id]);

const DATA = Buffer.from('{"_type":"Targets","version":1}');

function tufKey(kind: 'ecdsa' | 'ed25519' | 'rsa' | 'p384' | 'rsa1024'): TufKey {
  const keytype = kind === 'p384' ? 'ecdsa' : kind === 'rsa1024' ? 'rsa' : kind;
  return new TufKey(keytype, notaryPublicBytes(nodeKey(kind)));
}

function nodeSign(key: KeyObject, method: string, data: Uint8Array = DATA): Buffer {
  switch (method) {
    case 'ecdsa':
      return sign('sha256', data, { key, dsaEncoding: 'ieee-p1363' });
    case 'ecdsa-der':
      return sign('sha256', data, key);
    case 'eddsa':
      return sign(null, data, key);
    case 'rsapss':
      return sign('sha256', data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
    case 'rsapss-salt20':
      return sign('sha256', data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 });
    case 'rsapkcs1v15':
      return sign('sha256', data, { key, padding: constants.RSA_PKCS1_PADDING });
    default:
      throw new Error(method);
  }
}

describe('#verifySignature', () => {
  describe('when given metadata notary signed', () => {
    test.each(['notary-root.json', 'notary-targets.json', 'notary-timestamp.json'])(
      'accepts every signature in %s',
      (name) => {
        const file = JSON.parse(fixture(name)) as SignedFile;
        const msg = canonicalize(file.signed);
        expect(file.signatures.length).toBeGreaterThan(0);
        for (const s of file.signatures) {
          expect(verifySignature(keyOf(s.keyid), s.method, msg, Buffer.from(s.sig, 'base64'))).toBe(true);
        }
      },
    );

    it('rejects them over changed data', () => {
      const s = root.signatures[0];
      if (!s) throw new Error('no signature');
      expect(verifySignature(keyOf(s.keyid), s.method, Buffer.from('x'), Buffer.from(s.sig, 'base64'))).toBe(false);
    });
  });

  describe('when signatures match their key and method', () => {
    const rsaCert = createRootCertificate(new SigningKey(nodeKey('rsa')), 'example.com/rsa').publicKey;
    const ecCert = createRootCertificate(new SigningKey(nodeKey('ecdsa')), 'example.com/ec').publicKey;
    test.each([
      ['ecdsa', 'ecdsa', () => tufKey('ecdsa')],
      ['ecdsa', 'ECDSA', () => tufKey('ecdsa')],
      ['p384', 'ecdsa', () => tufKey('p384')],
      ['ecdsa', 'ecdsa', () => ecCert],
      ['ed25519', 'eddsa', () => tufKey('ed25519')],
      ['rsa', 'rsapss', () => tufKey('rsa')],
      ['rsa', 'rsapkcs1v15', () => tufKey('rsa')],
      ['rsa', 'rsapss', () => rsaCert],
      ['rsa', 'rsapkcs1v15', () => rsaCert],
    ] as const)('accepts a %s signature with method %s (key %#)', (kind, method, key) => {
      const sig = nodeSign(nodeKey(kind), method.toLowerCase());
      expect(verifySignature(key(), method, DATA, sig)).toBe(true);
    });

    it('accepts the legacy pycrypto PSS method with an rsa key holding PEM', () => {
      const pem = createPublicKey(nodeKey('rsa')).export({ type: 'spki', format: 'pem' }) as string;
      const sig = nodeSign(nodeKey('rsa'), 'rsapss');
      expect(verifySignature(new TufKey('rsa', Buffer.from(pem)), 'pycrypto-pkcs#1 pss', DATA, sig)).toBe(true);
    });
  });

  describe('when notary would refuse the signature', () => {
    const ecdsaRaw = nodeSign(nodeKey('ecdsa'), 'ecdsa');
    test.each([
      ['an ASN.1 DER ecdsa signature', tufKey('ecdsa'), 'ecdsa', nodeSign(nodeKey('ecdsa'), 'ecdsa-der')],
      ['an ecdsa signature one byte short', tufKey('ecdsa'), 'ecdsa', ecdsaRaw.subarray(1)],
      ['an ecdsa signature for an ed25519 key', tufKey('ed25519'), 'ecdsa', ecdsaRaw],
      ['an ecdsa signature under method eddsa', tufKey('ecdsa'), 'eddsa', ecdsaRaw],
      ['an ed25519 signature under method ecdsa', tufKey('ed25519'), 'ecdsa', nodeSign(nodeKey('ed25519'), 'eddsa')],
      ['an ed25519 signature of the wrong length', tufKey('ed25519'), 'eddsa', nodeSign(nodeKey('ed25519'), 'eddsa').subarray(2)],
      ['an ed25519 key with the wrong length', new TufKey('ed25519', Buffer.alloc(31)), 'eddsa', Buffer.alloc(64)],
      ['a PSS signature with a 20-byte salt', tufKey('rsa'), 'rsapss', nodeSign(nodeKey('rsa'), 'rsapss-salt20')],
      ['a PKCS#1 v1.5 signature under method rsapss', tufKey('rsa'), 'rsapss', nodeSign(nodeKey('rsa'), 'rsapkcs1v15')],
      ['a PSS signature by a 1024-bit key', tufKey('rsa1024'), 'rsapss', nodeSign(nodeKey('rsa1024'), 'rsapss')],
      ['a PKCS#1 v1.5 signature by a 1024-bit key', tufKey('rsa1024'), 'rsapkcs1v15', nodeSign(nodeKey('rsa1024'), 'rsapkcs1v15')],
      ['an rsa signature for an ecdsa key', tufKey('ecdsa'), 'rsapss', nodeSign(nodeKey('rsa'), 'rsapss')],
      ['pycrypto PSS with a DER rsa key', tufKey('rsa'), 'pycrypto-pkcs#1 pss', nodeSign(nodeKey('rsa'), 'rsapss')],
      ['an unknown method', tufKey('ecdsa'), 'hmac', ecdsaRaw],
      ['an unknown key type', new TufKey('dsa', Buffer.alloc(10)), 'ecdsa', ecdsaRaw],
      ['an ecdsa key whose bytes are garbage', new TufKey('ecdsa', Buffer.from('garbage')), 'ecdsa', ecdsaRaw],
      ['an x509 key whose bytes are garbage', new TufKey('ecdsa-x509', Buffer.from('garbage')), 'ecdsa', ecdsaRaw],
      ['an empty signature', tufKey('rsa'), 'rsapss', Buffer.alloc(0)],
    ])('returns false, without throwing, for %s', (_name, key, method, sig) => {
      expect(verifySignature(key, method, DATA, sig)).toBe(false);
    });
  });
});

/** An EC key's SPKI with its point compressed: the same key, other bytes. */
function compressedEcKey(kind: 'ecdsa' | 'p384'): TufKey {
  const der = notaryPublicBytes(nodeKey(kind));
  const curve = nodeKey(kind).asymmetricKeyDetails!.namedCurve!;
  const pointBytes = kind === 'ecdsa' ? 65 : 97;
  const point = ECDH.convertKey(der.subarray(der.length - pointBytes), curve, undefined, undefined, 'compressed') as Buffer;
  // The same SEQUENCE with the BIT STRING and the outer lengths shortened by the bytes the compression saves.
  const head = Buffer.from(der.subarray(0, der.length - pointBytes));
  const saved = pointBytes - point.length;
  head[1]! -= saved;
  head[head.length - 2]! -= saved;
  return new TufKey('ecdsa', Buffer.concat([head, point]));
}

describe('#verifiedSigner', () => {
  describe('when one key signs in different encodings', () => {
    const pem = createPublicKey(nodeKey('rsa')).export({ type: 'spki', format: 'pem' }) as string;
    const rsaCert = createRootCertificate(new SigningKey(nodeKey('rsa')), 'example.com/rsa').publicKey;
    const ecCert = createRootCertificate(new SigningKey(nodeKey('ecdsa')), 'example.com/ec').publicKey;
    test.each([
      ['ecdsa', 'ecdsa', [() => tufKey('ecdsa'), () => compressedEcKey('ecdsa'), () => ecCert]],
      ['p384', 'ecdsa', [() => tufKey('p384'), () => compressedEcKey('p384')]],
      ['rsa', 'rsapss', [() => tufKey('rsa'), () => rsaCert]],
    ] as const)('names one signer for every encoding of a %s key', (kind, method, encodings) => {
      const sig = nodeSign(nodeKey(kind), method);
      const signers = encodings.map((key) => verifiedSigner(key(), method, DATA, sig));
      expect(signers[0]).toBeDefined();
      expect(new Set(signers).size).toBe(1);
      expect(new Set(encodings.map((key) => key().id)).size).toBe(encodings.length);
    });

    it('names one signer for an RSA key as DER and as PEM (the legacy pycrypto method)', () => {
      const sig = nodeSign(nodeKey('rsa'), 'rsapss');
      const der = verifiedSigner(tufKey('rsa'), 'rsapss', DATA, sig);
      expect(der).toBeDefined();
      expect(verifiedSigner(new TufKey('rsa', Buffer.from(pem)), 'pycrypto-pkcs#1 pss', DATA, sig)).toBe(der);
    });
  });

  describe('when two keys sign', () => {
    it('names two signers', () => {
      const a = verifiedSigner(tufKey('ecdsa'), 'ecdsa', DATA, nodeSign(nodeKey('ecdsa'), 'ecdsa'));
      const b = verifiedSigner(tufKey('p384'), 'ecdsa', DATA, nodeSign(nodeKey('p384'), 'ecdsa'));
      expect(a).toBeDefined();
      expect(b).toBeDefined();
      expect(a).not.toBe(b);
    });
  });

  describe('when the signature does not verify', () => {
    it('names no signer', () => {
      expect(verifiedSigner(tufKey('ecdsa'), 'ecdsa', Buffer.from('x'), nodeSign(nodeKey('ecdsa'), 'ecdsa'))).toBeUndefined();
    });
  });
});
