// The self-signed X.509 leaf both notary's root certificates and notation's
// code-signing certificates are: one name as subject and issuer, a random
// 128-bit serial as Go's big.Int writes it, extended key usage codeSigning,
// basic constraints CA:false (critical), signed with SHA-256 (ECDSA, or
// RSA PKCS#1 v1.5). The callers differ only in name, key usage and validity.

import { constants, randomBytes, sign, type KeyObject } from 'node:crypto';
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
  type KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import { OID } from './constants.ts';
import { goPkix } from './key-object.ts';

export const DAY_MS = 86_400_000;
const SERIAL_BYTES = 16;

/** Go's asn1 PrintableString alphabet; anything else is written as UTF8String. */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;

/** One attribute as its own RDN, string type chosen as Go's pkix does. */
export function nameAttribute(type: string, text: string): RelativeDistinguishedName {
  const value = new AttributeValue(PRINTABLE.test(text) ? { printableString: text } : { utf8String: text });
  return new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value })]);
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

/** `now` truncated to whole seconds, as X.509 times hold no more. */
export function certificateStart(now: Date | undefined): Date {
  return new Date(Math.floor((now ?? new Date()).getTime() / 1000) * 1000);
}

export interface SelfSignedLeaf {
  /** Subject and issuer. */
  readonly name: Name;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Key usage bits, written critical. */
  readonly keyUsage: KeyUsageFlags;
}

/** The DER of a self-signed code-signing leaf over an ECDSA or RSA private key. */
export function selfSignedLeafDer(privateKey: KeyObject, leaf: SelfSignedLeaf): Buffer {
  const isEc = privateKey.asymmetricKeyType === 'ec';
  const algorithm = isEc
    ? new AlgorithmIdentifier({ algorithm: OID.ecdsaWithSHA256 })
    : new AlgorithmIdentifier({ algorithm: OID.sha256WithRSAEncryption, parameters: null });
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: serialNumber(),
    signature: algorithm,
    issuer: leaf.name,
    validity: new Validity({ notBefore: leaf.notBefore, notAfter: leaf.notAfter }),
    subject: leaf.name,
    subjectPublicKeyInfo: AsnConvert.parse(goPkix(privateKey), SubjectPublicKeyInfo),
    extensions: new Extensions([
      extension(OID.keyUsage, true, new KeyUsage(leaf.keyUsage)),
      extension(OID.extKeyUsage, false, new ExtendedKeyUsage([OID.codeSigning])),
      extension(OID.basicConstraints, true, new BasicConstraints({ cA: false })),
    ]),
  });
  const tbsDer = Buffer.from(AsnConvert.serialize(tbs));
  const sig = isEc
    ? sign('sha256', tbsDer, privateKey)
    : sign('sha256', tbsDer, { key: privateKey, padding: constants.RSA_PKCS1_PADDING });
  return Buffer.from(
    AsnConvert.serialize(
      new Certificate({ tbsCertificate: tbs, signatureAlgorithm: algorithm, signatureValue: new Uint8Array(sig).buffer }),
    ),
  );
}
