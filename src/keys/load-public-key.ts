// Turns public key or certificate text (a signer's `.pub` from `docker trust
// key generate`, or a root certificate) into the TUF key metadata lists.
//
// As in notary's ParsePEMPublicKey, the first PEM block decides: a PUBLIC
// KEY keeps its DER bytes as they are (so its key ID is what notary
// computes), a CERTIFICATE becomes an x509 key whose public value is the
// certificate re-encoded as notary's CertToPEM writes it, after notary's
// certificate checks. Unlike notary we also read ed25519 PKIX keys, as the
// raw 32 bytes notary lists them by.

import { X509Certificate } from 'node:crypto';
import { KeyError } from '../errors.ts';
import { certificateProblem, certificateTufKey } from './certificate.ts';
import { ed25519Raw, plainKeyType, unusableReason } from './key-object.ts';
import { readPem, type PemBlock } from './pem.ts';
import { verifyingSpkiKey } from './public-key-pem.ts';
import { TufKey } from './tuf-key.ts';

export interface LoadPublicKeyOptions {
  /** The user-facing name of the input, e.g. `signer-public-key`. */
  readonly input: string;
  /** The clock certificates are checked against; defaults to now. */
  readonly now?: Date;
}

const PASTE_HINT =
  'paste the whole .pub or certificate file, including its -----BEGIN ...----- and -----END ...----- lines, or that file base64-encoded';

function firstBlock(text: string, input: string): PemBlock {
  const { blocks, corrupt } = readPem(text);
  const block = blocks[0];
  if (block) return block;
  if (corrupt.length > 0) throw new KeyError(input, `the ${corrupt[0]} block is damaged (its body is not base64); ${PASTE_HINT}`);
  throw new KeyError(input, `not a PEM public key or certificate; ${PASTE_HINT}`);
}

function fromCertificate(block: PemBlock, opts: LoadPublicKeyOptions): TufKey {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(block.bytes);
  } catch (cause) {
    throw new KeyError(opts.input, `the certificate could not be parsed; ${PASTE_HINT}`, { cause });
  }
  const problem = certificateProblem(cert, opts.now ?? new Date());
  if (problem !== undefined) throw new KeyError(opts.input, `the certificate cannot be used: ${problem}`);
  const key = certificateTufKey(cert);
  if (!key) {
    throw new KeyError(opts.input, 'notary only accepts certificates for ECDSA or RSA keys; use one of those');
  }
  const keyProblem = unusableReason(cert.publicKey, 'verify');
  if (keyProblem !== undefined) throw new KeyError(opts.input, keyProblem);
  return key;
}

function fromPublicKey(block: PemBlock, input: string): TufKey {
  const key = verifyingSpkiKey(block.bytes, input, PASTE_HINT);
  const keytype = plainKeyType(key);
  if (keytype === 'ed25519') return new TufKey('ed25519', ed25519Raw(key));
  return new TufKey(keytype as 'ecdsa' | 'rsa', block.bytes);
}

/** A public TUF key from PEM text; throws KeyError (code KEY). */
export function loadPublicKey(text: string, opts: LoadPublicKeyOptions): TufKey {
  const block = firstBlock(text, opts.input);
  switch (block.type) {
    case 'CERTIFICATE':
      return fromCertificate(block, opts);
    case 'PUBLIC KEY':
      return fromPublicKey(block, opts.input);
    default:
      if (block.type.includes('PRIVATE KEY')) {
        throw new KeyError(
          opts.input,
          'this is a private key, but a public key is needed; give the .pub file that `docker trust key generate` wrote next to it, and keep the private key secret',
        );
      }
      throw new KeyError(opts.input, `a "${block.type}" PEM block is neither a PUBLIC KEY nor a CERTIFICATE; ${PASTE_HINT}`);
  }
}
