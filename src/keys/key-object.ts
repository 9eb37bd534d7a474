// What notary makes of a node KeyObject: which TUF key type it is, whether
// notary can use it, and its public bytes exactly as Go would write them.
//
// Public bytes feed key IDs, so they must match Go byte for byte: PKIX DER
// from x509.MarshalPKIXPublicKey for ECDSA and RSA (uncompressed EC points,
// RSA with a NULL parameter), and the raw 32 bytes for ed25519.

import { createPublicKey, ECDH, type KeyObject } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { MIN_RSA_BITS } from './constants.ts';
import { TufKey } from './tuf-key.ts';
import type { SignatureMethod } from './types.ts';

export type PlainKeyType = 'ecdsa' | 'rsa' | 'ed25519';

const CURVE_NAMES: Readonly<Record<string, string>> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
  secp224r1: 'P-224',
};

/** Curves Go's x509 parses in a public key; notary verifies with any of them. */
const VERIFY_CURVES = new Set(['prime256v1', 'secp384r1', 'secp521r1']);

export function curveName(key: KeyObject): string {
  const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
  return CURVE_NAMES[curve] ?? curve;
}

/** The TUF key type of a node key, if notary knows the algorithm at all. */
export function plainKeyType(key: KeyObject): PlainKeyType | undefined {
  switch (key.asymmetricKeyType) {
    case 'ec':
      return 'ecdsa';
    case 'rsa':
      return 'rsa';
    case 'ed25519':
      return 'ed25519';
    default:
      return undefined;
  }
}

export function methodFor(keytype: PlainKeyType): SignatureMethod {
  switch (keytype) {
    case 'ecdsa':
      return 'ecdsa';
    case 'rsa':
      return 'rsapss';
    case 'ed25519':
      return 'eddsa';
  }
}

/**
 * Why notary cannot use this key, or undefined when it can. Signing keys
 * must be what notary generates or imports (P-256, ed25519, RSA >= 2048);
 * public keys may use any curve Go's verifier accepts.
 */
export function unusableReason(key: KeyObject, use: 'sign' | 'verify'): string | undefined {
  const type = plainKeyType(key);
  if (type === undefined) {
    return (
      `${key.asymmetricKeyType ?? 'unknown'} keys are not supported: DCT and cosign signatures take ECDSA P-256, Ed25519 or RSA ` +
      '(2048 bits or more) keys, notation signatures ECDSA P-256, P-384, P-521 or RSA (2048, 3072 or 4096 bits); use a key of one of those types'
    );
  }
  if (type === 'ecdsa') {
    const curve = key.asymmetricKeyDetails?.namedCurve ?? '';
    const ok = use === 'sign' ? curve === 'prime256v1' : VERIFY_CURVES.has(curve);
    if (!ok) {
      return `ECDSA keys must use curve P-256, this one uses ${curveName(key)}; generate a new key with \`docker trust key generate\``;
    }
  }
  if (type === 'rsa') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_RSA_BITS) {
      return `RSA keys must have at least ${MIN_RSA_BITS} bits, this one has ${bits}; generate a larger key`;
    }
  }
  return undefined;
}

const JWS_CURVES = new Set(['prime256v1', 'secp384r1', 'secp521r1']);
const JWS_RSA_BITS = new Set([2048, 3072, 4096]);

/**
 * Why notation cannot sign with this key, or undefined when it can: its
 * KeySpec takes ECDSA P-256, P-384 and P-521 and RSA 2048, 3072 and 4096
 * (notation-core-go internal/algorithm).
 */
export function jwsUnusableReason(key: KeyObject): string | undefined {
  const ok =
    (key.asymmetricKeyType === 'ec' && JWS_CURVES.has(key.asymmetricKeyDetails?.namedCurve ?? '')) ||
    (key.asymmetricKeyType === 'rsa' && JWS_RSA_BITS.has(key.asymmetricKeyDetails?.modulusLength ?? 0));
  if (ok) return undefined;
  const what =
    key.asymmetricKeyType === 'ec'
      ? `an ECDSA ${curveName(key)} key`
      : key.asymmetricKeyType === 'rsa'
        ? `an RSA ${key.asymmetricKeyDetails?.modulusLength ?? '?'}-bit key`
        : `an ${key.asymmetricKeyType ?? 'unknown'} key`;
  return `this is ${what}; notation signs with ECDSA P-256, P-384 or P-521, or RSA 2048, 3072 or 4096 bits`;
}

/** x509.MarshalPKIXPublicKey of an ECDSA or RSA key. */
export function goPkix(key: KeyObject): Buffer {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  if (pub.asymmetricKeyType === 'ec') {
    // Round-trip through JWK so the point is uncompressed, as Go writes it.
    const jwk = pub.export({ format: 'jwk' });
    return createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'der' });
  }
  return pub.export({ type: 'spki', format: 'der' });
}

/**
 * One public key's identity, whatever encoding it came in: an EC key's curve
 * and uncompressed point (a compressed point is the same key), an RSA key's
 * modulus and exponent, an ed25519 key's 32 bytes, each as node writes it in
 * one canonical form. Two keys with the same identity are one key.
 */
export function publicKeyIdentity(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  if (pub.asymmetricKeyType === 'ec') {
    // Not JWK: node has no JWK for every curve Go verifies with (P-224).
    const curve = pub.asymmetricKeyDetails?.namedCurve ?? '';
    const spki = AsnConvert.parse(pub.export({ type: 'spki', format: 'der' }), SubjectPublicKeyInfo);
    const point = ECDH.convertKey(Buffer.from(spki.subjectPublicKey), curve, undefined, 'hex', 'uncompressed');
    return JSON.stringify(['ec', curve, point]);
  }
  const { kty, crv, x, n, e } = pub.export({ format: 'jwk' });
  return JSON.stringify([pub.asymmetricKeyType, kty, crv, x, n, e]);
}

/** The 32 raw bytes of an ed25519 public key. */
export function ed25519Raw(key: KeyObject): Buffer {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const x = pub.export({ format: 'jwk' }).x;
  if (typeof x !== 'string') throw new TypeError('ed25519 key has no public value');
  return Buffer.from(x, 'base64url');
}

/** The plain (non-certificate) TUF key for a node key of a known type. */
export function tufKeyOf(key: KeyObject): TufKey {
  const type = plainKeyType(key);
  if (type === undefined) throw new TypeError(`unsupported key type ${key.asymmetricKeyType}`);
  return new TufKey(type, type === 'ed25519' ? ed25519Raw(key) : goPkix(key));
}

/** A node public key from raw ed25519 bytes. */
export function ed25519FromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') },
    format: 'jwk',
  });
}
