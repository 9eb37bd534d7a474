// The key ID a private key is stored and looked up by (utils.CanonicalKeyID).
//
// Root keys appear in root.json as x509 certificates, whose key ID hashes the
// whole certificate. The private key behind them is known by the ID of the
// certificate's public key as a plain key: `ecdsa` for an `ecdsa-x509` key,
// `rsa` for `rsa-x509` (by the x509 key's type, as notary does, not by what
// the certificate happens to hold). Every other key is its own canonical ID.

import { KeyError } from '../errors.ts';
import { certificateForKeyId, isX509KeyType } from './certificate.ts';
import { goPkix } from './key-object.ts';
import { TufKey } from './tuf-key.ts';

/** Throws a KeyError when an x509 key holds no readable certificate. */
export function canonicalKeyId(key: TufKey): string {
  if (!isX509KeyType(key.keytype)) return key.id;
  const cert = certificateForKeyId(key.public);
  if (!cert) {
    throw new KeyError('certificate', `the ${key.keytype} key ${key.id} does not contain a readable certificate`);
  }
  let der: Buffer;
  try {
    der = goPkix(cert.publicKey);
  } catch (cause) {
    throw new KeyError('certificate', `the certificate of key ${key.id} has an unsupported public key`, { cause });
  }
  return new TufKey(key.keytype === 'ecdsa-x509' ? 'ecdsa' : 'rsa', der).id;
}
