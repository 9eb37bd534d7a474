// The self-signed certificate that wraps a repository's root key, made as
// notary's cryptoservice.GenerateCertificate makes it when a repository is
// initialized: CN = GUN as subject and issuer, a random 128-bit serial,
// valid from now for 10 × 365 days, key usage digitalSignature +
// keyEncipherment (critical), extended key usage codeSigning, basic
// constraints CA:false (critical), signed with SHA-256.
//
// Root metadata lists the certificate as an `ecdsa-x509` (or `rsa-x509`)
// key, and notary's signed.Sign tags root signatures with that key's ID,
// not the canonical ID of the key inside: the signer returned here does too.

import { X509Certificate } from 'node:crypto';
import { KeyUsageFlags, Name } from '@peculiar/asn1-x509';
import { KeyError } from '../errors.ts';
import { canonicalKeyId } from './canonical-key-id.ts';
import { certificatePem, certificateTufKey, isX509KeyType } from './certificate.ts';
import { DAYS_PER_YEAR, OID } from './constants.ts';
import { certificateStart, DAY_MS, nameAttribute, selfSignedLeafDer } from './self-signed-certificate.ts';
import { keyObjectOf, type SigningKey } from './signing-key.ts';
import type { TufKey } from './tuf-key.ts';
import type { SignatureMethod, Signer } from './types.ts';

export interface RootCertificateOptions {
  /** Validity in notary years of 365 days; notary uses 10. */
  readonly years?: number;
  /** The start of validity; defaults to now. */
  readonly now?: Date;
}

export interface RootCertificate {
  /** The certificate as notary stores it (CertToPEM). */
  readonly pem: string;
  /** The `ecdsa-x509` / `rsa-x509` key to list in root.json. */
  readonly publicKey: TufKey;
  /** Signs with the root key under the certificate key's ID. */
  readonly signer: Signer;
}

class CertificateSigner implements Signer {
  readonly publicKey: TufKey;
  readonly keyId: string;
  readonly method: SignatureMethod;
  readonly #key: SigningKey;

  constructor(key: SigningKey, cert: TufKey) {
    this.#key = key;
    this.publicKey = cert;
    this.keyId = cert.id;
    this.method = key.method;
  }

  sign(data: Uint8Array): Promise<Uint8Array> {
    return this.#key.sign(data);
  }
}

/**
 * A signer that signs with `key` under an existing certificate key from
 * root.json. Throws KeyError when the certificate is not for that key.
 */
export function certificateSigner(key: SigningKey, cert: TufKey): Signer {
  if (!isX509KeyType(cert.keytype) || canonicalKeyId(cert) !== key.keyId) {
    throw new KeyError('root-key', `the certificate key ${cert.id} does not belong to the root key ${key.keyId}`);
  }
  return new CertificateSigner(key, cert);
}

/** Throws KeyError for ed25519 keys, for which notary cannot make certificates either. */
export function createRootCertificate(key: SigningKey, gun: string, opts: RootCertificateOptions = {}): RootCertificate {
  const privateKey = keyObjectOf(key);
  if (privateKey.asymmetricKeyType !== 'ec' && privateKey.asymmetricKeyType !== 'rsa') {
    throw new KeyError('root-key', 'root keys must be ECDSA or RSA keys, which can be wrapped in a certificate');
  }
  const notBefore = certificateStart(opts.now);
  const notAfter = new Date(notBefore.getTime() + (opts.years ?? 10) * DAYS_PER_YEAR * DAY_MS);
  const der = selfSignedLeafDer(privateKey, {
    name: new Name([nameAttribute(OID.commonName, gun)]),
    notBefore,
    notAfter,
    keyUsage: KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment,
  });

  const publicKey = certificateTufKey(new X509Certificate(der));
  if (!publicKey) throw new TypeError('certificate key type');
  return { pem: certificatePem(der), publicKey, signer: new CertificateSigner(key, publicKey) };
}
