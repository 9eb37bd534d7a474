// x509 certificates as notary handles them: the PEM bytes it stores as an
// x509 key's public value, the two ways it finds the certificate again in
// those bytes, and the checks it makes before trusting one.

import { X509Certificate, type KeyObject } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import { MIN_RSA_BITS, SHA1_SIGNATURE_OIDS } from './constants.ts';
import { encodePem, readPem } from './pem.ts';
import { TufKey } from './tuf-key.ts';

export type X509KeyType = 'ecdsa-x509' | 'rsa-x509';

export function isX509KeyType(keytype: string): keytype is X509KeyType {
  return keytype === 'ecdsa-x509' || keytype === 'rsa-x509';
}

/** utils.CertToPEM: the certificate alone, no headers, with a final newline. */
export function certificatePem(der: Uint8Array): string {
  return encodePem('CERTIFICATE', der);
}

/**
 * utils.CertToKey: an `ecdsa-x509` or `rsa-x509` key whose public value is
 * the certificate's PEM. Undefined for any other key algorithm (notary
 * returns nil for those).
 */
export function certificateTufKey(cert: X509Certificate): TufKey | undefined {
  const keytype = cert.publicKey.asymmetricKeyType;
  const pem = Buffer.from(certificatePem(cert.raw), 'utf8');
  if (keytype === 'ec') return new TufKey('ecdsa-x509', pem);
  if (keytype === 'rsa') return new TufKey('rsa-x509', pem);
  return undefined;
}

function parse(der: Uint8Array): X509Certificate | undefined {
  try {
    return new X509Certificate(der);
  } catch {
    return undefined;
  }
}

/**
 * The certificate in an x509 key's public bytes, found as notary's
 * verifiers find it: the first PEM block, whatever its label.
 */
export function certificateForVerify(publicBytes: Uint8Array): X509Certificate | undefined {
  const first = readPem(Buffer.from(publicBytes).toString('utf8')).blocks[0];
  return first ? parse(first.bytes) : undefined;
}

/**
 * The certificate as utils.LoadCertFromPEM finds it for key IDs: the first
 * `CERTIFICATE` block without headers that parses.
 */
export function certificateForKeyId(publicBytes: Uint8Array): X509Certificate | undefined {
  for (const block of readPem(Buffer.from(publicBytes).toString('utf8')).blocks) {
    if (block.type !== 'CERTIFICATE' || Object.keys(block.headers).length > 0) continue;
    const cert = parse(block.bytes);
    if (cert) return cert;
  }
  return undefined;
}

function signatureAlgorithmOid(cert: X509Certificate): string | undefined {
  try {
    return AsnConvert.parse(cert.raw, Certificate).signatureAlgorithm.algorithm;
  } catch {
    return undefined;
  }
}

/**
 * utils.ValidateCertificate: why notary would refuse this certificate, or
 * undefined. With `now`, also checks the validity period the way notary
 * does, allowing a day of clock skew on the start.
 */
export function certificateProblem(cert: X509Certificate, now?: Date): string | undefined {
  // validFrom/validTo strings rather than the *Date getters, which Node 20 lacks.
  const notBefore = new Date(cert.validFrom).getTime();
  const notAfter = new Date(cert.validTo).getTime();
  if (notBefore > notAfter) return 'its validity period ends before it starts';
  const sigOid = signatureAlgorithmOid(cert);
  if (sigOid === undefined) return 'it could not be parsed';
  if (SHA1_SIGNATURE_OIDS.has(sigOid)) return 'it is signed with SHA-1, which notary refuses';
  const key: KeyObject = cert.publicKey;
  if (key.asymmetricKeyType === 'rsa' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) {
    return `its RSA key is shorter than ${MIN_RSA_BITS} bits`;
  }
  if (now) {
    const t = now.getTime();
    if (t + 86_400_000 < notBefore) return `it is not valid before ${new Date(notBefore).toISOString()}`;
    if (t > notAfter) return `it expired on ${new Date(notAfter).toISOString()}`;
  }
  return undefined;
}
