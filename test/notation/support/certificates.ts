// Certificates for the notation tests, built field by field with
// @peculiar/asn1-x509 and signed with node keys, so each test can break
// exactly one thing notation checks (CA flag, key usage, EKU, validity,
// issuer, order) and nothing else.

import { generateKeyPairSync, sign, X509Certificate, type KeyObject } from 'node:crypto';
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
import { SigningKey } from '../../../src/keys/index.ts';

export const OIDS = {
  C: '2.5.4.6',
  ST: '2.5.4.8',
  L: '2.5.4.7',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
  email: '1.2.840.113549.1.9.1',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  timeStamping: '1.3.6.1.5.5.7.3.8',
} as const;

export { KeyUsageFlags };

export type Subject = readonly (readonly [keyof typeof OIDS | string, string])[];

export interface KeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

export function ecKey(curve: 'P-256' | 'P-384' | 'P-521' = 'P-256'): KeyPair {
  return generateKeyPairSync('ec', { namedCurve: curve });
}

export function rsaKey(bits = 2048): KeyPair {
  return generateKeyPairSync('rsa', { modulusLength: bits });
}

export function signingKey(pair: KeyPair): SigningKey {
  return new SigningKey(pair.privateKey);
}

export interface CertSpec {
  readonly subject: Subject;
  /** The key the certificate is for. */
  readonly key: KeyPair;
  /** Who signs it; itself (self-signed) unless given. */
  readonly issuer?: { readonly subject: Subject; readonly key: KeyPair };
  /** Basic constraints: undefined leaves the extension out. */
  readonly ca?: boolean | undefined;
  readonly pathLen?: number;
  /** Key usage bits; null leaves the extension out. */
  readonly keyUsage?: number | null;
  readonly keyUsageCritical?: boolean;
  /** Extended key usage OIDs; null leaves the extension out. */
  readonly eku?: readonly string[] | null;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
}

function name(subject: Subject): Name {
  return new Name(
    subject.map(
      ([type, value]) =>
        new RelativeDistinguishedName([
          new AttributeTypeAndValue({ type: (OIDS as Record<string, string>)[type] ?? type, value: new AttributeValue({ utf8String: value }) }),
        ]),
    ),
  );
}

function ext(extnID: string, critical: boolean, value: object): Extension {
  return new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
}

let serial = 1;

export function makeCert(spec: CertSpec): X509Certificate {
  const issuer = spec.issuer ?? { subject: spec.subject, key: spec.key };
  const signer = issuer.key.privateKey;
  const isEc = signer.asymmetricKeyType === 'ec';
  const algorithm = isEc
    ? new AlgorithmIdentifier({ algorithm: '1.2.840.10045.4.3.2' })
    : new AlgorithmIdentifier({ algorithm: '1.2.840.113549.1.1.11', parameters: null });
  const extensions: Extension[] = [];
  const keyUsage = spec.keyUsage === undefined ? KeyUsageFlags.digitalSignature : spec.keyUsage;
  if (keyUsage !== null) extensions.push(ext('2.5.29.15', spec.keyUsageCritical ?? true, new KeyUsage(keyUsage)));
  const eku = spec.eku === undefined ? [OIDS.codeSigning] : spec.eku;
  if (eku !== null) extensions.push(ext('2.5.29.37', false, new ExtendedKeyUsage([...eku])));
  if (spec.ca !== undefined) {
    extensions.push(
      ext('2.5.29.19', true, new BasicConstraints({ cA: spec.ca, ...(spec.pathLen === undefined ? {} : { pathLenConstraint: spec.pathLen }) })),
    );
  }
  const now = Date.now();
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: new Uint8Array([serial++ & 0x7f || 1]).buffer,
    signature: algorithm,
    issuer: name(issuer.subject),
    validity: new Validity({
      notBefore: spec.notBefore ?? new Date(Math.floor((now - 3_600_000) / 1000) * 1000),
      notAfter: spec.notAfter ?? new Date(Math.floor((now + 30 * 86_400_000) / 1000) * 1000),
    }),
    subject: name(spec.subject),
    subjectPublicKeyInfo: AsnConvert.parse(spec.key.publicKey.export({ type: 'spki', format: 'der' }), SubjectPublicKeyInfo),
    extensions: new Extensions(extensions),
  });
  const sig = sign('sha256', Buffer.from(AsnConvert.serialize(tbs)), signer);
  const der = AsnConvert.serialize(new Certificate({ tbsCertificate: tbs, signatureAlgorithm: algorithm, signatureValue: new Uint8Array(sig).buffer }));
  return new X509Certificate(Buffer.from(der));
}

export function pemOf(...certs: readonly X509Certificate[]): string {
  return certs.map((c) => c.toString()).join('');
}

export const LEAF_SUBJECT: Subject = [
  ['C', 'US'],
  ['ST', 'WA'],
  ['O', 'dct-sign tests'],
  ['CN', 'ci'],
];
export const CA_SUBJECT: Subject = [
  ['C', 'US'],
  ['ST', 'WA'],
  ['O', 'dct-sign tests'],
  ['CN', 'test root'],
];
export const INTERMEDIATE_SUBJECT: Subject = [
  ['C', 'US'],
  ['ST', 'WA'],
  ['O', 'dct-sign tests'],
  ['CN', 'test intermediate'],
];

export interface TestPki {
  readonly rootKey: KeyPair;
  readonly intermediateKey: KeyPair;
  readonly leafKey: KeyPair;
  readonly root: X509Certificate;
  readonly intermediate: X509Certificate;
  readonly leaf: X509Certificate;
}

const CA_USAGE = KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign;

/** A root, an intermediate and a code-signing leaf, each valid now. */
export function testPki(leafSpec: Partial<CertSpec> = {}, leafSubject: Subject = LEAF_SUBJECT): TestPki {
  const rootKey = ecKey();
  const intermediateKey = ecKey();
  const leafKey = leafSpec.key ?? ecKey();
  const root = makeCert({ subject: CA_SUBJECT, key: rootKey, ca: true, keyUsage: CA_USAGE, eku: null });
  const intermediate = makeCert({
    subject: INTERMEDIATE_SUBJECT,
    key: intermediateKey,
    issuer: { subject: CA_SUBJECT, key: rootKey },
    ca: true,
    pathLen: 0,
    keyUsage: CA_USAGE,
    eku: null,
  });
  const leaf = makeCert({
    subject: leafSubject,
    key: leafKey,
    issuer: { subject: INTERMEDIATE_SUBJECT, key: intermediateKey },
    ca: false,
    ...leafSpec,
  });
  return { rootKey, intermediateKey, leafKey, root, intermediate, leaf };
}
