// Password-based encryption of PKCS#8 (PBES2, RFC 8018) as notary uses it.
//
// Notary writes PBKDF2 with no PRF field (so HMAC-SHA1), 2048 iterations, an
// 8-byte salt and AES-256-CBC, and when reading it ignores any PRF field and
// always derives with SHA-1. Node's own encrypted export names
// hmacWithSHA256, which notary then decrypts with the wrong key, so we build
// the structure ourselves; only PBKDF2 and AES come from node:crypto. When
// reading we honour the PRF and AES key sizes, so keys encrypted by openssl
// load too. Anything else (PBES1, scrypt) is left to node.

import { createCipheriv, createDecipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import { EncryptedData, EncryptedPrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { AsnConvert, AsnProp, AsnPropTypes, AsnType, AsnTypeTypes, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import {
  AES_IV_BYTES,
  NOTARY_PBKDF2_ITERATIONS,
  NOTARY_SALT_BYTES,
  OID,
  PBES2_CIPHERS,
  PBKDF2_PRFS,
} from './constants.ts';

/**
 * A bound on attacker-chosen work: far above any real key file (notary and
 * openssl write 2048). Checked before any PBKDF2 runs, ours or OpenSSL's.
 */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

// The two parameter structures have no class in @peculiar's packages; they
// are declared here by calling the schema decorators as plain functions.

/** PBKDF2-params ::= SEQUENCE { salt OCTET STRING, iterationCount INTEGER, keyLength INTEGER OPTIONAL, prf AlgorithmIdentifier DEFAULT hmacWithSHA1 } */
class Pbkdf2Params {
  salt = new OctetString();
  iterationCount = 0;
  keyLength?: number;
  prf?: AlgorithmIdentifier;
}
AsnType({ type: AsnTypeTypes.Sequence })(Pbkdf2Params);
AsnProp({ type: AsnPropTypes.OctetString })(Pbkdf2Params.prototype, 'salt');
AsnProp({ type: AsnPropTypes.Integer })(Pbkdf2Params.prototype, 'iterationCount');
AsnProp({ type: AsnPropTypes.Integer, optional: true })(Pbkdf2Params.prototype, 'keyLength');
AsnProp({ type: AlgorithmIdentifier, optional: true })(Pbkdf2Params.prototype, 'prf');

/** PBES2-params ::= SEQUENCE { keyDerivationFunc AlgorithmIdentifier, encryptionScheme AlgorithmIdentifier } */
class Pbes2Params {
  keyDerivationFunc = new AlgorithmIdentifier();
  encryptionScheme = new AlgorithmIdentifier();
}
AsnType({ type: AsnTypeTypes.Sequence })(Pbes2Params);
AsnProp({ type: AlgorithmIdentifier })(Pbes2Params.prototype, 'keyDerivationFunc');
AsnProp({ type: AlgorithmIdentifier })(Pbes2Params.prototype, 'encryptionScheme');

/** `limit`: the iteration count is above MAX_PBKDF2_ITERATIONS; such a key must not be handed to OpenSSL either. */
export type Pbes2Failure = 'malformed' | 'unsupported' | 'passphrase' | 'limit';

export class Pbes2Error extends Error {
  readonly reason: Pbes2Failure;
  constructor(reason: Pbes2Failure, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.reason = reason;
  }
}

function buf(data: OctetString | ArrayBuffer | ArrayBufferView): Buffer {
  if (data instanceof OctetString) return Buffer.from(data.buffer);
  return ArrayBuffer.isView(data)
    ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    : Buffer.from(data);
}

/** EncryptedPrivateKeyInfo DER exactly as notary's convertTUFKeyToPKCS8Encrypted writes it. */
export function encryptPkcs8(pkcs8: Uint8Array, passphrase: string): Buffer {
  const salt = randomBytes(NOTARY_SALT_BYTES);
  const iv = randomBytes(AES_IV_BYTES);
  const key = pbkdf2Sync(passphrase, salt, NOTARY_PBKDF2_ITERATIONS, 32, 'sha1');
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  const encrypted = Buffer.concat([cipher.update(pkcs8), cipher.final()]);

  const kdf = new Pbkdf2Params();
  kdf.salt = new OctetString(salt);
  kdf.iterationCount = NOTARY_PBKDF2_ITERATIONS;
  const params = new Pbes2Params();
  params.keyDerivationFunc = new AlgorithmIdentifier({ algorithm: OID.pbkdf2, parameters: AsnConvert.serialize(kdf) });
  params.encryptionScheme = new AlgorithmIdentifier({
    algorithm: OID.aes256Cbc,
    parameters: AsnConvert.serialize(new OctetString(iv)),
  });
  const info = new EncryptedPrivateKeyInfo({
    encryptionAlgorithm: new AlgorithmIdentifier({ algorithm: OID.pbes2, parameters: AsnConvert.serialize(params) }),
    encryptedData: new EncryptedData(encrypted),
  });
  return Buffer.from(AsnConvert.serialize(info));
}

interface Pbes2Plan {
  salt: Buffer;
  iterations: number;
  prf: string;
  cipher: string;
  keyBytes: number;
  iv: Buffer;
  data: Buffer;
}

function plan(der: Uint8Array): Pbes2Plan {
  let info: EncryptedPrivateKeyInfo;
  try {
    info = AsnConvert.parse(buf(der), EncryptedPrivateKeyInfo);
  } catch (cause) {
    throw new Pbes2Error('malformed', 'not an encrypted PKCS#8 private key', { cause });
  }
  const alg = info.encryptionAlgorithm;
  if (alg.algorithm !== OID.pbes2 || !alg.parameters) {
    throw new Pbes2Error('unsupported', `encryption scheme ${alg.algorithm} is not PBES2`);
  }
  let params: Pbes2Params;
  let kdf: Pbkdf2Params;
  let iv: OctetString;
  try {
    params = AsnConvert.parse(alg.parameters, Pbes2Params);
    if (params.keyDerivationFunc.algorithm !== OID.pbkdf2 || !params.keyDerivationFunc.parameters) {
      throw new Pbes2Error('unsupported', 'key derivation is not PBKDF2');
    }
    kdf = AsnConvert.parse(params.keyDerivationFunc.parameters, Pbkdf2Params);
    // Before the cipher and PRF checks: an unsupported one would send the key to OpenSSL, count and all.
    checkIterations(kdf.iterationCount);
    if (!params.encryptionScheme.parameters) throw new Pbes2Error('malformed', 'cipher has no IV');
    iv = AsnConvert.parse(params.encryptionScheme.parameters, OctetString);
  } catch (cause) {
    if (cause instanceof Pbes2Error) throw cause;
    throw new Pbes2Error('malformed', 'malformed PBES2 parameters', { cause });
  }
  const cipher = PBES2_CIPHERS[params.encryptionScheme.algorithm];
  const prf = PBKDF2_PRFS[kdf.prf?.algorithm ?? OID.hmacWithSHA1];
  if (!cipher || !prf) throw new Pbes2Error('unsupported', 'unsupported PBES2 cipher or PRF');
  if (kdf.keyLength !== undefined && kdf.keyLength !== cipher.keyBytes) {
    throw new Pbes2Error('malformed', 'PBKDF2 key length does not match the cipher');
  }
  const ivBytes = buf(iv);
  if (ivBytes.length !== AES_IV_BYTES) throw new Pbes2Error('malformed', 'AES-CBC IV must be 16 bytes');
  return {
    salt: buf(kdf.salt),
    iterations: Number(kdf.iterationCount),
    prf,
    cipher: cipher.name,
    keyBytes: cipher.keyBytes,
    iv: ivBytes,
    data: buf(info.encryptedData),
  };
}

// @peculiar's INTEGER is a number up to 3 bytes and a decimal string beyond.
function checkIterations(count: number | string): void {
  const n = Number(count);
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new Pbes2Error('malformed', `invalid PBKDF2 iteration count ${String(count)}`);
  }
  if (n > MAX_PBKDF2_ITERATIONS) {
    throw new Pbes2Error('limit', `the PBKDF2 iteration count ${n} is above the limit of ${MAX_PBKDF2_ITERATIONS}`);
  }
}

/**
 * The PKCS#8 DER inside a PBES2 EncryptedPrivateKeyInfo. Throws Pbes2Error:
 * `passphrase` when the padding comes out wrong (a wrong passphrase, since
 * notary always pads), `limit` for an iteration count above
 * MAX_PBKDF2_ITERATIONS, `unsupported` for schemes other than PBES2 with
 * PBKDF2 and AES-CBC, `malformed` for broken structures.
 */
export function decryptPkcs8(der: Uint8Array, passphrase: string): Buffer {
  const p = plan(der);
  const key = pbkdf2Sync(passphrase, p.salt, p.iterations, p.keyBytes, p.prf);
  try {
    const decipher = createDecipheriv(p.cipher, key, p.iv);
    return Buffer.concat([decipher.update(p.data), decipher.final()]);
  } catch (cause) {
    throw new Pbes2Error('passphrase', 'the passphrase does not decrypt the key', { cause });
  }
}
