// Checks one signature the way notary's verifiers do (tuf/signed/verifiers.go).
//
// Each method accepts only its own key types; ECDSA signatures must be raw
// r||s of exactly twice the curve size (notary rejects ASN.1 DER); RSA keys
// and signatures under 2048 bits are refused; RSA-PSS uses SHA-256 with a
// 32-byte salt, exactly. The method is compared lower-cased, as notary's
// Signature unmarshalling does. A bad signature is `false`, never a throw.

import { constants, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { MIN_RSA_BITS, RSA_PSS_SALT_LENGTH } from './constants.ts';
import { certificateForVerify } from './certificate.ts';
import { ed25519FromRaw, publicKeyIdentity } from './key-object.ts';
import { readPem } from './pem.ts';
import type { TufKey } from './tuf-key.ts';

const ED25519_PUBLIC_BYTES = 32;
const ED25519_SIGNATURE_BYTES = 64;

/** (BitSize + 7) >> 3 for the curves Go's x509 parses. */
const EC_FIELD_BYTES: Readonly<Record<string, number>> = {
  secp224r1: 28,
  prime256v1: 32,
  secp384r1: 48,
  secp521r1: 66,
};

function pkix(bytes: Uint8Array): KeyObject | undefined {
  try {
    return createPublicKey({ key: Buffer.from(bytes), format: 'der', type: 'spki' });
  } catch {
    return undefined;
  }
}

function ecdsaKey(key: TufKey): KeyObject | undefined {
  if (key.keytype === 'ecdsa') return pkix(key.public);
  if (key.keytype === 'ecdsa-x509') return certificateForVerify(key.public)?.publicKey;
  return undefined;
}

function rsaKey(key: TufKey): KeyObject | undefined {
  if (key.keytype === 'rsa') return pkix(key.public);
  if (key.keytype === 'rsa-x509') return certificateForVerify(key.public)?.publicKey;
  return undefined;
}

/** The "pycrypto-pkcs#1 pss" verifier reads an `rsa` key whose public value is PEM. */
function pyCryptoKey(key: TufKey): KeyObject | undefined {
  if (key.keytype !== 'rsa') return undefined;
  const block = readPem(key.public.toString('utf8')).blocks[0];
  return block ? pkix(block.bytes) : undefined;
}

function verifyEcdsa(pub: KeyObject | undefined, data: Uint8Array, sig: Uint8Array): boolean {
  if (pub?.asymmetricKeyType !== 'ec') return false;
  const fieldBytes = EC_FIELD_BYTES[pub.asymmetricKeyDetails?.namedCurve ?? ''];
  if (fieldBytes === undefined || sig.length !== 2 * fieldBytes) return false;
  return verify('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, sig);
}

function usableRsa(pub: KeyObject | undefined, sig: Uint8Array): pub is KeyObject {
  if (pub?.asymmetricKeyType !== 'rsa') return false;
  if ((pub.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) return false;
  return sig.length >= MIN_RSA_BITS / 8;
}

function verifyPss(pub: KeyObject | undefined, data: Uint8Array, sig: Uint8Array): boolean {
  if (!usableRsa(pub, sig)) return false;
  return verify(
    'sha256',
    data,
    { key: pub, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: RSA_PSS_SALT_LENGTH },
    sig,
  );
}

function verifyPkcs1(pub: KeyObject | undefined, data: Uint8Array, sig: Uint8Array): boolean {
  if (!usableRsa(pub, sig)) return false;
  return verify('sha256', data, { key: pub, padding: constants.RSA_PKCS1_PADDING }, sig);
}

function verifyEd25519(pub: KeyObject | undefined, data: Uint8Array, sig: Uint8Array): boolean {
  if (pub?.asymmetricKeyType !== 'ed25519' || sig.length !== ED25519_SIGNATURE_BYTES) return false;
  return verify(null, data, pub, sig);
}

/** The node key that `method` verifies with for `key`, as notary's verifier for that method reads it. */
function verifyingKey(key: TufKey, method: string): KeyObject | undefined {
  switch (method) {
    case 'ecdsa':
      return ecdsaKey(key);
    case 'eddsa':
      return key.keytype === 'ed25519' && key.public.length === ED25519_PUBLIC_BYTES ? ed25519FromRaw(key.public) : undefined;
    case 'rsapss':
    case 'rsapkcs1v15':
      return rsaKey(key);
    case 'pycrypto-pkcs#1 pss':
      return pyCryptoKey(key);
    default:
      return undefined;
  }
}

function verifyWith(pub: KeyObject | undefined, method: string, data: Uint8Array, sig: Uint8Array): boolean {
  switch (method) {
    case 'ecdsa':
      return verifyEcdsa(pub, data, sig);
    case 'eddsa':
      return verifyEd25519(pub, data, sig);
    case 'rsapss':
    case 'pycrypto-pkcs#1 pss':
      return verifyPss(pub, data, sig);
    case 'rsapkcs1v15':
      return verifyPkcs1(pub, data, sig);
    default:
      return false;
  }
}

/** The key a valid `method` signature of `data` by `key` verified with; undefined when it is not valid. */
function verifiedKey(key: TufKey, method: string, data: Uint8Array, sig: Uint8Array): KeyObject | undefined {
  try {
    const lower = method.toLowerCase();
    const pub = verifyingKey(key, lower);
    return pub && verifyWith(pub, lower, data, sig) ? pub : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `sig` is a valid `method` signature of `data` by `key`, as notary decides. */
export function verifySignature(key: TufKey, method: string, data: Uint8Array, sig: Uint8Array): boolean {
  return verifiedKey(key, method, data, sig) !== undefined;
}

/**
 * Who made a valid `method` signature of `data` by `key`: the identity of the
 * public key it verified with (publicKeyIdentity), or undefined when it is
 * not valid. Thresholds count these, not key IDs: one key listed in two
 * encodings (a compressed and an uncompressed EC point, RSA as DER and as
 * PEM, a plain key and a certificate) is one signer.
 */
export function verifiedSigner(key: TufKey, method: string, data: Uint8Array, sig: Uint8Array): string | undefined {
  const pub = verifiedKey(key, method, data, sig);
  try {
    return pub && publicKeyIdentity(pub);
  } catch {
    return undefined;
  }
}
