// Unencrypted PKCS#8 in notary's own layout (tuf/utils/pkcs8.go).
//
// Notary does not write standard PKCS#8 for every key: ed25519 keys carry
// the OID 1.3.6.1.4.1.11591.15.1 and 96 raw bytes (public || seed || public)
// instead of RFC 8410's wrapped seed, ECDSA keys are version 1 with the full
// SEC1 structure inside, and RSA keys have no NULL algorithm parameter.
// Notary reads back only that layout for ed25519, so we write it exactly,
// and read both it and whatever standard PKCS#8 node understands.

import { createPrivateKey, type KeyObject } from 'node:crypto';
import { PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { OID } from './constants.ts';
import { ed25519Raw } from './key-object.ts';

const ED25519_RAW_BYTES = 32;

function toBuffer(data: OctetString | ArrayBuffer | ArrayBufferView): Buffer {
  if (data instanceof OctetString) return Buffer.from(data.buffer);
  return ArrayBuffer.isView(data)
    ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    : Buffer.from(data);
}

function nodePkcs8(key: KeyObject): PrivateKeyInfo {
  return AsnConvert.parse(key.export({ type: 'pkcs8', format: 'der' }), PrivateKeyInfo);
}

function ed25519Seed(key: KeyObject): Buffer {
  const d = key.export({ format: 'jwk' }).d;
  if (typeof d !== 'string') throw new TypeError('ed25519 key has no private value');
  return Buffer.from(d, 'base64url');
}

/** convertTUFKeyToPKCS8: the DER notary writes for a private key. */
export function encodeNotaryPkcs8(key: KeyObject): Buffer {
  let info: PrivateKeyInfo;
  switch (key.asymmetricKeyType) {
    case 'ec':
      info = nodePkcs8(key); // keeps {ecPublicKey, namedCurve}
      // Version 1, as Go's struct holds it (RFC 5958 reserves it for keys with a public part).
      info.version = 1 as PrivateKeyInfo['version'];
      info.privateKey = new OctetString(key.export({ type: 'sec1', format: 'der' }));
      break;
    case 'rsa':
      info = new PrivateKeyInfo({
        version: 0,
        privateKeyAlgorithm: new AlgorithmIdentifier({ algorithm: OID.rsaEncryption }),
        privateKey: new OctetString(key.export({ type: 'pkcs1', format: 'der' })),
      });
      break;
    case 'ed25519': {
      const pub = ed25519Raw(key);
      info = new PrivateKeyInfo({
        version: 0,
        privateKeyAlgorithm: new AlgorithmIdentifier({ algorithm: OID.notaryEd25519 }),
        privateKey: new OctetString(Buffer.concat([pub, ed25519Seed(key), pub])),
      });
      break;
    }
    default:
      throw new TypeError(`notary cannot store ${key.asymmetricKeyType} keys`);
  }
  return Buffer.from(AsnConvert.serialize(info));
}

export type Pkcs8Failure = 'malformed' | 'unsupported';

export class Pkcs8Error extends Error {
  readonly reason: Pkcs8Failure;
  constructor(reason: Pkcs8Failure, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.reason = reason;
  }
}

/** An RFC 8410 key from notary's 96-byte ed25519 private value. */
function notaryEd25519(raw: Buffer): KeyObject {
  if (raw.length !== 3 * ED25519_RAW_BYTES) {
    throw new Pkcs8Error('malformed', 'malformed ed25519 private key');
  }
  const seed = raw.subarray(ED25519_RAW_BYTES, 2 * ED25519_RAW_BYTES);
  const standard = new PrivateKeyInfo({
    version: 0,
    privateKeyAlgorithm: new AlgorithmIdentifier({ algorithm: OID.ed25519 }),
    privateKey: new OctetString(AsnConvert.serialize(new OctetString(seed))),
  });
  const key = createPrivateKey({ key: Buffer.from(AsnConvert.serialize(standard)), format: 'der', type: 'pkcs8' });
  // Go signs with the stored public half; a key whose halves disagree is corrupt.
  if (!ed25519Raw(key).equals(raw.subarray(0, ED25519_RAW_BYTES))) {
    throw new Pkcs8Error('malformed', 'ed25519 private key does not match its public key');
  }
  return key;
}

/** The notary legacy `ED25519 PRIVATE KEY` PEM body: the same 96 bytes. */
export function decodeNotaryEd25519(raw: Uint8Array): KeyObject {
  return notaryEd25519(Buffer.from(raw));
}

/**
 * A private key from PKCS#8 DER: notary's layouts and anything node reads.
 * Throws Pkcs8Error: `malformed` when the bytes are not PKCS#8 at all (for
 * decrypted data, the sign of a wrong passphrase), `unsupported` when they
 * are but the algorithm is unknown.
 */
export function decodePkcs8(der: Uint8Array): KeyObject {
  let info: PrivateKeyInfo;
  try {
    info = AsnConvert.parse(toBuffer(der), PrivateKeyInfo);
  } catch (cause) {
    throw new Pkcs8Error('malformed', 'not a PKCS#8 private key', { cause });
  }
  const algorithm = info.privateKeyAlgorithm.algorithm;
  if (algorithm === OID.notaryEd25519) return notaryEd25519(toBuffer(info.privateKey));
  try {
    return createPrivateKey({ key: toBuffer(der), format: 'der', type: 'pkcs8' });
  } catch (cause) {
    if (algorithm === OID.rsaEncryption) {
      // Notary's RSA layout omits the NULL parameter; read the PKCS#1 inside.
      try {
        return createPrivateKey({ key: toBuffer(info.privateKey), format: 'der', type: 'pkcs1' });
      } catch {
        // fall through to the error below
      }
    }
    throw new Pkcs8Error('unsupported', `unsupported private key algorithm ${algorithm}`, { cause });
  }
}

