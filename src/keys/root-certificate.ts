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

import { constants, randomBytes, sign, X509Certificate } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  BasicConstraints,
  Certificate,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import { KeyError } from '../errors.ts';
import { canonicalKeyId } from './canonical-key-id.ts';
import { certificatePem, certificateTufKey, isX509KeyType } from './certificate.ts';
import { DAYS_PER_YEAR, OID } from './constants.ts';
import { goPkix } from './key-object.ts';
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

const DAY_MS = 86_400_000;
const SERIAL_BYTES = 16;

/** Go's asn1 PrintableString alphabet; anything else is written as UTF8String. */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;

function commonName(gun: string): Name {
  const value = new AttributeValue(PRINTABLE.test(gun) ? { printableString: gun } : { utf8String: gun });
  return new Name([new RelativeDistinguishedName([new AttributeTypeAndValue({ type: OID.commonName, value })])]);
}

/** A positive DER INTEGER body below 2^128, minimal as Go's big.Int marshals it. */
function serialNumber(): ArrayBuffer {
  let bytes = randomBytes(SERIAL_BYTES);
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  bytes = bytes.subarray(start);
  if ((bytes[0] as number) & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return new Uint8Array(bytes).buffer;
}

function extension(extnID: string, critical: boolean, value: object): Extension {
  return new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
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
  const isEc = privateKey.asymmetricKeyType === 'ec';
  if (!isEc && privateKey.asymmetricKeyType !== 'rsa') {
    throw new KeyError('root-key', 'root keys must be ECDSA or RSA keys, which can be wrapped in a certificate');
  }
  const notBefore = new Date(Math.floor((opts.now ?? new Date()).getTime() / 1000) * 1000);
  const notAfter = new Date(notBefore.getTime() + (opts.years ?? 10) * DAYS_PER_YEAR * DAY_MS);
  const signature = isEc
    ? new AlgorithmIdentifier({ algorithm: OID.ecdsaWithSHA256 })
    : new AlgorithmIdentifier({ algorithm: OID.sha256WithRSAEncryption, parameters: null });
  const name = commonName(gun);

  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: serialNumber(),
    signature,
    issuer: name,
    validity: new Validity({ notBefore, notAfter }),
    subject: name,
    subjectPublicKeyInfo: AsnConvert.parse(goPkix(privateKey), SubjectPublicKeyInfo),
    extensions: new Extensions([
      extension(
        OID.keyUsage,
        true,
        new KeyUsage(KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment),
      ),
      extension(OID.extKeyUsage, false, new ExtendedKeyUsage([OID.codeSigning])),
      extension(OID.basicConstraints, true, new BasicConstraints({ cA: false })),
    ]),
  });
  const tbsDer = Buffer.from(AsnConvert.serialize(tbs));
  const sig = isEc
    ? sign('sha256', tbsDer, privateKey)
    : sign('sha256', tbsDer, { key: privateKey, padding: constants.RSA_PKCS1_PADDING });
  const der = Buffer.from(
    AsnConvert.serialize(
      new Certificate({ tbsCertificate: tbs, signatureAlgorithm: signature, signatureValue: new Uint8Array(sig).buffer }),
    ),
  );

  const publicKey = certificateTufKey(new X509Certificate(der));
  if (!publicKey) throw new TypeError('certificate key type');
  return { pem: certificatePem(der), publicKey, signer: new CertificateSigner(key, publicKey) };
}
