// Code-signing certificate chains as the Notary Project takes them
// (notation-core-go x509/codesigning_cert_validations.go, which notation
// 1.3 runs when it signs and when it verifies):
//   - one certificate: self-signed (its own issuer, its signature checks
//     with its own key) and a leaf;
//   - more: leaf first, each issued by the next, none but the last
//     self-signed, the last a self-signed root; every certificate after
//     the leaf a CA (basic constraints CA:TRUE within its path length, key
//     usage keyCertSign, critical);
//   - the leaf: not CA:TRUE, key usage present and critical with
//     digitalSignature and nothing else but nonRepudiation, no serverAuth,
//     clientAuth, emailProtection, timeStamping or OCSPSigning extended key
//     usage, a key notation signs with;
//   - every certificate valid at the time given.
// Also the subject as notation's trusted identities compare it, and a
// self-signed leaf for teams without a CA.

import { constants, randomBytes, sign, X509Certificate, type KeyObject } from 'node:crypto';
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
import { OID, SHA1_SIGNATURE_OIDS } from './constants.ts';
import { describeKey, jwsAlgorithmOf, JWS_KEY_TYPES } from './jws.ts';
import { goPkix, publicKeyIdentity } from './key-object.ts';
import { encodePem, readPem } from './pem.ts';
import { keyObjectOf, type SigningKey } from './signing-key.ts';

const DAY_MS = 86_400_000;

/** Extended key usages notation refuses on a signing leaf, by OID. */
const EXCLUDED_EKUS: Readonly<Record<string, string>> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
};

/** Key usage bits a signing leaf may not have, as notation names them. */
const LEAF_FORBIDDEN_USAGES: readonly [number, string][] = [
  [KeyUsageFlags.keyEncipherment, 'keyEncipherment'],
  [KeyUsageFlags.dataEncipherment, 'dataEncipherment'],
  [KeyUsageFlags.keyAgreement, 'keyAgreement'],
  [KeyUsageFlags.keyCertSign, 'keyCertSign'],
  [KeyUsageFlags.cRLSign, 'cRLSign'],
  [KeyUsageFlags.encipherOnly, 'encipherOnly'],
  [KeyUsageFlags.decipherOnly, 'decipherOnly'],
];

/** Go's pkix short names: notation reads a subject through Name.String(), which writes only these by name. */
const SUBJECT_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.6': 'C',
  '2.5.4.8': 'ST',
  '2.5.4.7': 'L',
  '2.5.4.9': 'STREET',
  '2.5.4.17': 'POSTALCODE',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.3': 'CN',
  '2.5.4.5': 'SERIALNUMBER',
};

/** What a certificate says, parsed once. */
interface Parsed {
  readonly cert: X509Certificate;
  readonly asn: Certificate;
  readonly subject: string;
  readonly subjectDer: Buffer;
  readonly issuerDer: Buffer;
  readonly keyUsage: { readonly critical: boolean; readonly bits: number } | undefined;
  readonly basic: BasicConstraints | undefined;
  readonly eku: readonly string[] | undefined;
}

function parsed(cert: X509Certificate): Parsed {
  const asn = AsnConvert.parse(cert.raw, Certificate);
  const tbs = asn.tbsCertificate;
  let keyUsage: Parsed['keyUsage'];
  let basic: BasicConstraints | undefined;
  let eku: string[] | undefined;
  for (const ext of tbs.extensions ?? []) {
    const value = ext.extnValue.buffer;
    if (ext.extnID === OID.keyUsage) keyUsage = { critical: ext.critical, bits: AsnConvert.parse(value, KeyUsage).toNumber() };
    if (ext.extnID === OID.basicConstraints) basic = AsnConvert.parse(value, BasicConstraints);
    if (ext.extnID === OID.extKeyUsage) eku = [...AsnConvert.parse(value, ExtendedKeyUsage)];
  }
  return {
    cert,
    asn,
    subject: subjectText(tbs.subject),
    subjectDer: Buffer.from(AsnConvert.serialize(tbs.subject)),
    issuerDer: Buffer.from(AsnConvert.serialize(tbs.issuer)),
    keyUsage,
    basic,
    eku,
  };
}

function subjectText(name: Name): string {
  const parts = name.map((rdn) => rdn.map((atv) => `${SUBJECT_NAMES[atv.type] ?? atv.type}=${atv.value.toString()}`).join('+'));
  return parts.length === 0 ? '(empty subject)' : parts.join(', ');
}

/** The subject as messages show it, e.g. `C=US, O=dct-sign, CN=ci`. */
export function certificateSubject(cert: X509Certificate): string {
  return parsed(cert).subject;
}

/** Whether `child`'s signature checks with `issuer`'s key and names it as issuer (Go's CheckSignatureFrom plus the name check). */
function issuedBy(child: Parsed, issuer: Parsed, requireCa: boolean): boolean {
  if (!child.issuerDer.equals(issuer.subjectDer)) return false;
  // Go refuses a parent that is not a CA, except where the certificate is checked against itself.
  if (requireCa && (issuer.basic?.cA !== true || (issuer.keyUsage !== undefined && (issuer.keyUsage.bits & KeyUsageFlags.keyCertSign) === 0))) {
    return false;
  }
  if (SHA1_SIGNATURE_OIDS.has(child.asn.signatureAlgorithm.algorithm)) return false;
  try {
    return child.cert.verify(issuer.cert.publicKey);
  } catch {
    return false;
  }
}

function validityProblem(p: Parsed, now: Date): string | undefined {
  const notBefore = new Date(p.cert.validFrom);
  const notAfter = new Date(p.cert.validTo);
  if (now.getTime() < notBefore.getTime()) return `the certificate "${p.subject}" is not valid before ${notBefore.toISOString()}`;
  if (now.getTime() > notAfter.getTime()) return `the certificate "${p.subject}" expired on ${notAfter.toISOString()}`;
  return undefined;
}

function leafProblem(p: Parsed): string | undefined {
  const who = `the signing certificate "${p.subject}"`;
  if (p.basic?.cA === true) return `${who} is a CA certificate (CA:TRUE); a signing certificate must be a leaf with CA:FALSE`;
  if (p.keyUsage === undefined) return `${who} has no key usage; it needs key usage digitalSignature (critical)`;
  if (!p.keyUsage.critical) return `${who} has a key usage that is not marked critical`;
  const bits = p.keyUsage.bits;
  if ((bits & KeyUsageFlags.digitalSignature) === 0) return `${who} lacks key usage digitalSignature`;
  const extra = LEAF_FORBIDDEN_USAGES.filter(([bit]) => (bits & bit) !== 0).map(([, name]) => name);
  if (extra.length > 0) return `${who} has key usage ${extra.join(', ')}; notation takes digitalSignature only`;
  const excluded = (p.eku ?? []).filter((oid) => oid in EXCLUDED_EKUS).map((oid) => EXCLUDED_EKUS[oid]);
  if (excluded.length > 0) return `${who} has extended key usage ${excluded.join(', ')}, which notation refuses; use one with codeSigning`;
  if (jwsAlgorithmOf(p.cert.publicKey) === undefined) {
    return `${who} holds ${describeKey(p.cert.publicKey)}; notation signs with ${JWS_KEY_TYPES}`;
  }
  return undefined;
}

function caProblem(p: Parsed, below: number): string | undefined {
  const who = `the CA certificate "${p.subject}"`;
  if (p.basic?.cA !== true) return `${who} is not a CA (basic constraints CA:TRUE missing)`;
  const pathLen = p.basic.pathLenConstraint;
  if (pathLen !== undefined && pathLen < below) return `${who} allows a path length of ${pathLen}, but ${below} CA certificates follow below it`;
  if (p.keyUsage === undefined) return `${who} has no key usage; it needs keyCertSign (critical)`;
  if (!p.keyUsage.critical) return `${who} has a key usage that is not marked critical`;
  if ((p.keyUsage.bits & KeyUsageFlags.keyCertSign) === 0) return `${who} lacks key usage keyCertSign`;
  return undefined;
}

/** Why the chain's shape is wrong (order, issuers, roots), or undefined. */
function shapeProblem(chain: readonly Parsed[]): string | undefined {
  const [leaf] = chain;
  if (leaf === undefined) return 'there is no certificate';
  if (chain.length === 1) {
    if (!issuedBy(leaf, leaf, false)) {
      return `the certificate "${leaf.subject}" is not self-signed; give its chain too, leaf first, up to a self-signed root`;
    }
    return undefined;
  }
  for (let i = 0; i < chain.length; i++) {
    const cert = chain[i] as Parsed;
    const last = i === chain.length - 1;
    const selfSigned = issuedBy(cert, cert, true);
    if (last) {
      if (!selfSigned) return `the last certificate "${cert.subject}" is not a self-signed root; end the chain with its root`;
      continue;
    }
    if (selfSigned) {
      if (i > 0) return WRONG_ORDER;
      return `the leaf certificate "${cert.subject}" is self-signed; a chain of more than one certificate must not start with a self-signed one`;
    }
    const parent = chain[i + 1] as Parsed;
    if (!issuedBy(cert, parent, true)) {
      if (chain.some((other) => other !== cert && other !== parent && issuedBy(cert, other, true))) return WRONG_ORDER;
      return `the certificate "${cert.subject}" was not issued by the next one, "${parent.subject}"; give the leaf first, then each issuer in turn`;
    }
  }
  return undefined;
}

const WRONG_ORDER = 'the certificates are in the wrong order; give the leaf first, then each issuer in turn up to the root';

/**
 * Why notation 1.3 would refuse this chain (leaf first) at `now`, or
 * undefined: its shape, the leaf's and the CAs' constraints, and, given
 * `now`, every certificate's validity then.
 */
export function codeSigningChainProblem(chain: readonly X509Certificate[], now?: Date): string | undefined {
  let all: Parsed[];
  try {
    all = chain.map(parsed);
  } catch {
    return 'a certificate in the chain could not be parsed';
  }
  const shape = shapeProblem(all);
  if (shape !== undefined) return shape;
  for (const [i, p] of all.entries()) {
    const problem = i === 0 ? leafProblem(p) : caProblem(p, i - 1);
    if (problem !== undefined) return problem;
  }
  for (const p of now === undefined ? [] : all) {
    const problem = validityProblem(p, now as Date);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** Whether the certificate is a leaf (not CA:TRUE): a trust anchor that can only ever accept itself. */
export function isLeafCertificate(cert: X509Certificate): boolean {
  return parsed(cert).basic?.cA !== true;
}

/** Whether the certificate's signature checks with its own key (Go's CheckSignature over its TBS bytes). */
export function isSelfSignedCertificate(cert: X509Certificate): boolean {
  try {
    return cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}

/**
 * The subject's attributes as notation compares trusted identities with
 * them (Name.String() read back by its DN parser), or why notation cannot
 * read it: an attribute Go does not name, a repeated attribute, or a
 * missing C, ST or O.
 */
export function subjectAttributes(cert: X509Certificate): Readonly<Record<string, string>> | string {
  const p = parsed(cert);
  const out: Record<string, string> = {};
  for (const rdn of p.asn.tbsCertificate.subject) {
    for (const atv of rdn) {
      const name = SUBJECT_NAMES[atv.type];
      if (name === undefined) return `the subject "${p.subject}" has the attribute ${atv.type}, which notation cannot match identities against`;
      if (name in out) return `the subject "${p.subject}" has ${name} more than once, which notation cannot match identities against`;
      out[name] = atv.value.toString();
    }
  }
  const missing = ['C', 'ST', 'O'].filter((k) => !out[k]);
  if (missing.length > 0) return `the subject "${p.subject}" lacks ${missing.join(', ')}, which notation requires to match identities`;
  return out;
}

/** Every CERTIFICATE block in PEM text, in order; throws KeyError naming `input` when there is none or one is damaged. */
export function readCertificates(text: string, input: string): X509Certificate[] {
  const { blocks, corrupt } = readPem(text);
  if (corrupt.length > 0) throw new KeyError(input, `the ${corrupt[0]} block is damaged (its body is not base64); paste the whole PEM file`);
  const certs = blocks.filter((b) => b.type === 'CERTIFICATE');
  if (certs.length === 0) {
    const other = blocks[0];
    const what = other === undefined ? 'no PEM block' : `a "${other.type}" block`;
    throw new KeyError(input, `holds ${what}, not a certificate; give PEM certificates (-----BEGIN CERTIFICATE-----)`);
  }
  return certs.map((b, i) => {
    try {
      return new X509Certificate(b.bytes);
    } catch (cause) {
      throw new KeyError(input, `certificate ${i + 1} could not be parsed as X.509; give PEM certificates`, { cause });
    }
  });
}

export interface SigningChainCheck {
  /** The input that gave the chain, e.g. `notation-certificate`. */
  readonly input: string;
  /** The input that gave the key, for messages, e.g. `signer-key`. */
  readonly keyInput: string;
  readonly now: Date;
}

/**
 * Checks a signing chain before anything is signed: the leaf is for `key`,
 * and notation 1.3 would take the chain at `now`. Throws KeyError naming
 * the input and the fix.
 */
export function checkSigningChain(chain: readonly X509Certificate[], key: SigningKey, check: SigningChainCheck): void {
  const keyObject = keyObjectOf(key);
  if (jwsAlgorithmOf(keyObject) === undefined) {
    throw new KeyError(check.keyInput, `is ${describeKey(keyObject)}; notation signs with ${JWS_KEY_TYPES}`);
  }
  const [leaf] = chain;
  if (leaf === undefined) throw new KeyError(check.input, 'holds no certificate; give the signing certificate, then its chain');
  const mine = publicKeyIdentity(keyObject);
  if (publicKeyIdentity(leaf.publicKey) !== mine) {
    const at = chain.findIndex((c) => publicKeyIdentity(c.publicKey) === mine);
    throw new KeyError(
      check.input,
      at > 0
        ? `the certificate for ${check.keyInput} is number ${at + 1} in the chain; give the leaf first, then each issuer in turn`
        : `the first certificate ("${certificateSubject(leaf)}") is not for ${check.keyInput}; give the certificate issued for that key, or make one with the certificate command`,
    );
  }
  const problem = codeSigningChainProblem(chain, check.now);
  if (problem !== undefined) {
    throw new KeyError(check.input, `${problem}; notation 1.3 refuses such a chain. Give a chain it takes, or make a self-signed leaf with the certificate command`);
  }
}

// --- A self-signed code-signing leaf ----------------------------------------

export interface CodeSigningCertificateOptions {
  /** CN, e.g. the signer name. */
  readonly commonName: string;
  /** O; dct-sign unless given. */
  readonly organization?: string;
  /** C and ST, which notation's `x509.subject` identities require; a self-signed leaf trusted as itself needs neither. */
  readonly country?: string;
  readonly state?: string;
  /** The input that gave the key, for messages; `key` unless given. */
  readonly keyInput?: string;
  /** How long it is valid, from `now`. */
  readonly validityDays: number;
  readonly now?: Date;
}

/** Go's asn1 PrintableString alphabet; anything else is written as UTF8String. */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;

function attribute(type: string, text: string): RelativeDistinguishedName {
  const value = new AttributeValue(PRINTABLE.test(text) ? { printableString: text } : { utf8String: text });
  return new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value })]);
}

function extension(extnID: string, critical: boolean, value: object): Extension {
  return new Extension({ extnID, critical, extnValue: new OctetString(AsnConvert.serialize(value)) });
}

/** A positive DER INTEGER body below 2^128, minimal as Go's big.Int marshals it. */
function serialNumber(): ArrayBuffer {
  let bytes = randomBytes(16);
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  bytes = bytes.subarray(start);
  if ((bytes[0] as number) & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return new Uint8Array(bytes).buffer;
}

/**
 * A self-signed leaf over `key` that notation 1.3 signs with and trusts from
 * a `ca` trust store: CA:FALSE (critical), key usage digitalSignature
 * (critical), extended key usage codeSigning, signed with SHA-256. Returns
 * the PEM. Throws KeyError for keys notation does not sign with.
 */
export function createCodeSigningCertificate(key: SigningKey, opts: CodeSigningCertificateOptions): string {
  const privateKey: KeyObject = keyObjectOf(key);
  if (jwsAlgorithmOf(privateKey) === undefined) {
    throw new KeyError(opts.keyInput ?? 'key', `is ${describeKey(privateKey)}; notation signs with ${JWS_KEY_TYPES}`);
  }
  if (!(opts.validityDays > 0)) throw new RangeError('validityDays must be positive');
  const isEc = privateKey.asymmetricKeyType === 'ec';
  const notBefore = new Date(Math.floor((opts.now ?? new Date()).getTime() / 1000) * 1000);
  const notAfter = new Date(notBefore.getTime() + Math.round(opts.validityDays * DAY_MS));
  const algorithm = isEc
    ? new AlgorithmIdentifier({ algorithm: OID.ecdsaWithSHA256 })
    : new AlgorithmIdentifier({ algorithm: OID.sha256WithRSAEncryption, parameters: null });
  const rdns: RelativeDistinguishedName[] = [];
  if (opts.country !== undefined) rdns.push(attribute('2.5.4.6', opts.country));
  if (opts.state !== undefined) rdns.push(attribute('2.5.4.8', opts.state));
  rdns.push(attribute('2.5.4.10', opts.organization ?? 'dct-sign'));
  rdns.push(attribute(OID.commonName, opts.commonName));
  const name = new Name(rdns);
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: serialNumber(),
    signature: algorithm,
    issuer: name,
    validity: new Validity({ notBefore, notAfter }),
    subject: name,
    subjectPublicKeyInfo: AsnConvert.parse(goPkix(privateKey), SubjectPublicKeyInfo),
    extensions: new Extensions([
      extension(OID.keyUsage, true, new KeyUsage(KeyUsageFlags.digitalSignature)),
      extension(OID.extKeyUsage, false, new ExtendedKeyUsage([OID.codeSigning])),
      extension(OID.basicConstraints, true, new BasicConstraints({ cA: false })),
    ]),
  });
  const tbsDer = Buffer.from(AsnConvert.serialize(tbs));
  const sig = isEc
    ? sign('sha256', tbsDer, privateKey)
    : sign('sha256', tbsDer, { key: privateKey, padding: constants.RSA_PKCS1_PADDING });
  const der = AsnConvert.serialize(new Certificate({ tbsCertificate: tbs, signatureAlgorithm: algorithm, signatureValue: new Uint8Array(sig).buffer }));
  return encodePem('CERTIFICATE', new Uint8Array(der));
}
