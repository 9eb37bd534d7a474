// JWS signatures as the Notary Project's JWS envelope makes and checks them
// (notation-core-go signature/jws, through golang-jwt): the algorithm
// follows from the key alone, as notation's KeySpec.SignatureAlgorithm does
// (EC P-256/384/521 → ES256/384/512, RSA 2048/3072/4096 → PS256/384/512);
// ECDSA signatures are raw r‖s (RFC 7518 §3.4), RSA-PSS signs with a salt
// as long as the hash and verifies with any salt length, as golang-jwt's
// PS* methods do. The private key stays in this module.

import { constants, sign, verify, type KeyObject } from 'node:crypto';
import { curveName } from './key-object.ts';
import { keyObjectOf, type SigningKey } from './signing-key.ts';

export type JwsAlgorithm = 'ES256' | 'ES384' | 'ES512' | 'PS256' | 'PS384' | 'PS512';
export const JWS_ALGORITHMS: readonly JwsAlgorithm[] = ['ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'PS512'];

export function isJwsAlgorithm(value: unknown): value is JwsAlgorithm {
  return typeof value === 'string' && (JWS_ALGORITHMS as readonly string[]).includes(value);
}

const EC_ALGORITHMS: Readonly<Record<string, JwsAlgorithm>> = {
  prime256v1: 'ES256',
  secp384r1: 'ES384',
  secp521r1: 'ES512',
};
const RSA_ALGORITHMS: Readonly<Record<number, JwsAlgorithm>> = { 2048: 'PS256', 3072: 'PS384', 4096: 'PS512' };

const HASHES: Readonly<Record<JwsAlgorithm, { readonly name: string; readonly bytes: number }>> = {
  ES256: { name: 'sha256', bytes: 32 },
  ES384: { name: 'sha384', bytes: 48 },
  ES512: { name: 'sha512', bytes: 64 },
  PS256: { name: 'sha256', bytes: 32 },
  PS384: { name: 'sha384', bytes: 48 },
  PS512: { name: 'sha512', bytes: 64 },
};

export const JWS_KEY_TYPES = 'ECDSA P-256, P-384 or P-521, or RSA 2048, 3072 or 4096 bits';

/** The algorithm notation signs with for this (public or private) key; undefined for keys notation does not take. */
export function jwsAlgorithmOf(key: KeyObject): JwsAlgorithm | undefined {
  if (key.asymmetricKeyType === 'ec') return EC_ALGORITHMS[key.asymmetricKeyDetails?.namedCurve ?? ''];
  if (key.asymmetricKeyType === 'rsa') return RSA_ALGORITHMS[key.asymmetricKeyDetails?.modulusLength ?? 0];
  return undefined;
}

/** What the key is, for messages about keys notation does not take. */
export function describeKey(key: KeyObject): string {
  if (key.asymmetricKeyType === 'ec') return `an ECDSA ${curveName(key)} key`;
  if (key.asymmetricKeyType === 'rsa') return `an RSA ${key.asymmetricKeyDetails?.modulusLength ?? '?'}-bit key`;
  return `an ${key.asymmetricKeyType ?? 'unknown'} key`;
}

/** The algorithm notation would sign with using this signing key; undefined when notation does not take the key. */
export function jwsAlgorithmOfSigningKey(key: SigningKey): JwsAlgorithm | undefined {
  return jwsAlgorithmOf(keyObjectOf(key));
}

/** Describes a signing key without revealing it. */
export function describeSigningKey(key: SigningKey): string {
  return describeKey(keyObjectOf(key));
}

/** Signs a JWS signing input (`protected.payload`) with the key's own algorithm. Throws TypeError for keys notation does not take. */
export function signJws(key: SigningKey, signingInput: Uint8Array): Promise<{ readonly algorithm: JwsAlgorithm; readonly signature: Uint8Array }> {
  const keyObject = keyObjectOf(key);
  const algorithm = jwsAlgorithmOf(keyObject);
  if (algorithm === undefined) throw new TypeError(`${describeKey(keyObject)} makes no JWS signature notation accepts`);
  const hash = HASHES[algorithm];
  const options = algorithm.startsWith('ES')
    ? { key: keyObject, dsaEncoding: 'ieee-p1363' as const }
    : { key: keyObject, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: hash.bytes };
  return new Promise((resolve, reject) => {
    sign(hash.name, signingInput, options, (err, sig) => (err ? reject(err) : resolve({ algorithm, signature: new Uint8Array(sig) })));
  });
}

/** Whether `signature` is a valid JWS signature by `publicKey` under `algorithm` (which must be the key's own). */
export function verifyJws(algorithm: JwsAlgorithm, publicKey: KeyObject, signingInput: Uint8Array, signature: Uint8Array): boolean {
  if (jwsAlgorithmOf(publicKey) !== algorithm) return false;
  const hash = HASHES[algorithm].name;
  try {
    return algorithm.startsWith('ES')
      ? verify(hash, signingInput, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)
      : verify(hash, signingInput, { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, signature);
  } catch {
    return false;
  }
}
