// A notation signer: a private key with its certificate chain, checked as
// notation 1.3 checks it before signing, so that bad input fails before
// anything is written and says what to fix.

import { X509Certificate } from 'node:crypto';
import {
  certificateSubject,
  checkSigningChain,
  jwsAlgorithmOfSigningKey,
  readCertificates,
  type LoadedPrivateKey,
  type SigningKey,
} from '../keys/index.ts';
import type { NotationSigner, NotationSignerOptions } from './types.ts';

/** Throws KeyError naming the certificate or key input and the fix. */
export function notationSignerOf(
  key: LoadedPrivateKey | SigningKey,
  certificatePem: string,
  options: NotationSignerOptions = {},
): NotationSigner {
  const signingKey = 'signer' in key ? key.signer : key;
  const input = options.certificateInput ?? 'notation-certificate';
  const chain = readCertificates(certificatePem, input);
  checkSigningChain(chain, signingKey, { input, keyInput: options.keyInput ?? 'notation-key', now: options.now ?? new Date() });
  const algorithm = jwsAlgorithmOfSigningKey(signingKey);
  if (algorithm === undefined) throw new TypeError('checkSigningChain passed a key notation does not take');
  const leaf = chain[0] as X509Certificate;
  const notAfter = new Date(Math.min(...chain.map((c) => new Date(c.validTo).getTime())));
  return { key: signingKey, chain, algorithm, subject: certificateSubject(leaf), notAfter };
}
