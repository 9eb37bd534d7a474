// Root certificates that createRootCertificate would never make (SHA-1
// signed, CA, any validity window), for the checks notary makes before it
// trusts a root key. Built with the same ASN.1 classes as the core's
// certificate code; the private key signs under the certificate's key ID.

import { randomBytes, sign, X509Certificate } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  BasicConstraints,
  Certificate,
  Extension,
  Extensions,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import { certificateTufKey } from '../../../src/keys/certificate.ts';
import { certificateSigner, type Signer, type SigningKey } from '../../../src/keys/index.ts';
import { goPkix } from '../../../src/keys/key-object.ts';
import { keyObjectOf } from '../../../src/keys/signing-key.ts';

const SIGNATURE_OIDS = {
  ec: { sha1: '1.2.840.10045.4.1', sha256: '1.2.840.10045.4.3.2' },
  rsa: { sha1: '1.2.840.113549.1.1.5', sha256: '1.2.840.113549.1.1.11' },
} as const;

export interface CertificateOptions {
  readonly cn: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly hash?: 'sha1' | 'sha256';
  /** Marks it a CA (basicConstraints cA:true), which notary never takes as a root key. */
  readonly ca?: boolean;
}

/** A self-signed certificate for an ECDSA or RSA key, and a signer under its key ID. */
export function selfSignedCertificate(key: SigningKey, options: CertificateOptions): Signer {
  const privateKey = keyObjectOf(key);
  const type = privateKey.asymmetricKeyType === 'ec' ? 'ec' : 'rsa';
  const hash = options.hash ?? 'sha256';
  const algorithm = new AlgorithmIdentifier({
    algorithm: SIGNATURE_OIDS[type][hash],
    ...(type === 'rsa' ? { parameters: null } : {}),
  });
  const name = new Name([
    new RelativeDistinguishedName([
      new AttributeTypeAndValue({ type: '2.5.4.3', value: new AttributeValue({ utf8String: options.cn }) }),
    ]),
  ]);
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: new Uint8Array([0x01, ...randomBytes(8)]).buffer,
    signature: algorithm,
    issuer: name,
    validity: new Validity({ notBefore: options.notBefore, notAfter: options.notAfter }),
    subject: name,
    subjectPublicKeyInfo: AsnConvert.parse(goPkix(privateKey), SubjectPublicKeyInfo),
    extensions: new Extensions([
      new Extension({
        extnID: '2.5.29.19',
        critical: true,
        extnValue: new OctetString(AsnConvert.serialize(new BasicConstraints({ cA: options.ca ?? false }))),
      }),
    ]),
  });
  const tbsDer = Buffer.from(AsnConvert.serialize(tbs));
  const signature = sign(hash, tbsDer, privateKey);
  const der = AsnConvert.serialize(
    new Certificate({ tbsCertificate: tbs, signatureAlgorithm: algorithm, signatureValue: new Uint8Array(signature).buffer }),
  );
  const publicKey = certificateTufKey(new X509Certificate(Buffer.from(der)));
  if (!publicKey) throw new TypeError('not an ECDSA or RSA key');
  return certificateSigner(key, publicKey);
}
