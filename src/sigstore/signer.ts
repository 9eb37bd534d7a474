// The algorithms cosign signs and verifies with, per key type:
//   ECDSA    DER signature (not DCT's raw r||s) over SHA-256, on every
//            curve: `cosign verify --key` (2.5 and 3.1, both forms) and
//            containers/image verify with SHA-256 whatever the curve. (cosign
//            3.1 itself signs P-384/P-521 keys with SHA-384/SHA-512, and then
//            rejects its own signatures; we accept those when verifying.)
//   RSA      PKCS#1 v1.5 with SHA-256.
//   Ed25519  over the message itself.
// The private key stays in src/keys (signStandard); here only the choice.

import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { InputError } from '../errors.ts';
import { exportPublicKeyPem, signStandard, type LoadedPrivateKey, type StandardHash } from '../keys/index.ts';
import type { CosignSigner } from './types.ts';

const COSIGN_KEY_TYPES = new Set(['ecdsa', 'rsa', 'ed25519']);
const CURVE_HASH: Readonly<Record<string, StandardHash>> = {
  prime256v1: 'sha256',
  secp384r1: 'sha384',
  secp521r1: 'sha512',
};

/**
 * The DCT signer key (or a cosign key) as a cosign signer. `input` names
 * the key's input in the error for a key cosign cannot use.
 */
export function cosignSignerOf(key: LoadedPrivateKey, input = 'signer-key'): CosignSigner {
  const keytype = key.signer.publicKey.keytype;
  if (!COSIGN_KEY_TYPES.has(keytype)) {
    throw new InputError(
      input,
      `a ${keytype} key cannot make cosign signatures: cosign takes ECDSA (P-256, P-384, P-521), RSA and Ed25519 keys, and DCT takes ECDSA P-256, RSA and Ed25519 keys; give a key of one of those types`,
    );
  }
  return { key, publicKeyPem: exportPublicKeyPem(key.signer.publicKey) };
}

export function publicKeyObject(pem: string): KeyObject {
  return createPublicKey(pem);
}

/** Signs `data` (a `.sig` payload, or a DSSE PAE) so that cosign and containers/image accept it. */
export function cosignSign(signer: CosignSigner, data: Uint8Array): Promise<Uint8Array> {
  return signStandard(signer.key.signer, data, 'sha256');
}

/**
 * Whether `signature` over `data` was made by `key`. ECDSA signatures are
 * taken with SHA-256 or the curve's own hash (cosign 3.1 signs with the
 * latter); nothing else a key type allows is tried.
 */
export function cosignVerify(key: KeyObject, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    switch (key.asymmetricKeyType) {
      case 'ec': {
        const own = CURVE_HASH[key.asymmetricKeyDetails?.namedCurve ?? ''] ?? 'sha256';
        return [...new Set<StandardHash>(['sha256', own])].some((h) =>
          verify(h, data, { key, dsaEncoding: 'der' }, signature),
        );
      }
      case 'ed25519':
        return verify(null, data, key, signature);
      case 'rsa':
        return verify('sha256', data, key, signature);
      default:
        return false;
    }
  } catch {
    // A malformed signature (bad DER) is simply not a valid one.
    return false;
  }
}

/**
 * The bundle's `verificationMaterial.publicKey.hint`, as sigstore-go writes
 * it: base64 of the SHA-256 of the public key's PKIX DER.
 */
export function publicKeyHint(pem: string): string {
  const der = publicKeyObject(pem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}
