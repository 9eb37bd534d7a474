// Reads a public key that signatures outside TUF are checked against
// (`cosign-public-key`): cosign's `cosign.pub`, or the `.pub` that `docker
// trust key generate` and `dct-sign key-generate` write, whose `role:`
// header is kept apart. Gives the key as plain PEM SubjectPublicKeyInfo,
// the form cosign's `.pub` has, so any verifier reads it.

import { createPublicKey, type KeyObject } from 'node:crypto';
import { KeyError } from '../errors.ts';
import { plainKeyType, unusableReason, type PlainKeyType } from './key-object.ts';
import { encodePem, readPem } from './pem.ts';

export interface PublicKeyPem {
  /** PEM SubjectPublicKeyInfo without headers, as cosign's `.pub`. */
  readonly pem: string;
  readonly keytype: PlainKeyType;
  /** The `role:` header of a docker `.pub`: the signer's name. */
  readonly role: string | undefined;
}

export interface LoadPublicKeyPemOptions {
  /** The user-facing name of the input, e.g. `cosign-public-key`. */
  readonly input: string;
}

const PASTE_HINT =
  'paste the whole .pub file (cosign.pub, or the .pub of `docker trust key generate`), including its -----BEGIN PUBLIC KEY----- and -----END PUBLIC KEY----- lines, or that file base64-encoded';

/**
 * The key in a PUBLIC KEY block's DER, when it can verify; throws KeyError
 * naming `input`, with `hint` saying what to paste instead.
 */
export function verifyingSpkiKey(der: Uint8Array, input: string, hint: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });
  } catch (cause) {
    throw new KeyError(input, `the public key could not be parsed; ${hint}`, { cause });
  }
  const problem = unusableReason(key, 'verify');
  if (problem !== undefined) throw new KeyError(input, problem);
  return key;
}

/** One public key from PEM text, the first block deciding; throws KeyError (code KEY) naming the input and the fix. */
export function loadPublicKeyPem(text: string, opts: LoadPublicKeyPemOptions): PublicKeyPem {
  const { input } = opts;
  const { blocks, corrupt } = readPem(text);
  const block = blocks[0];
  if (!block) {
    if (corrupt.length > 0) throw new KeyError(input, `the ${corrupt[0]} block is damaged (its body is not base64); ${PASTE_HINT}`);
    throw new KeyError(input, `not a PEM public key; ${PASTE_HINT}`);
  }
  if (block.type.includes('PRIVATE KEY')) {
    throw new KeyError(
      input,
      'this is a private key, but a public key is needed; give the .pub file written next to it (cosign.pub, or the .pub of `docker trust key generate`), and keep the private key secret',
    );
  }
  if (block.type.includes('CERTIFICATE')) {
    throw new KeyError(input, `a certificate is not taken here; give its public key, e.g. \`openssl x509 -pubkey -noout -in CERT\`, or the .pub file`);
  }
  if (block.type !== 'PUBLIC KEY') throw new KeyError(input, `a "${block.type}" PEM block is not a PUBLIC KEY; ${PASTE_HINT}`);
  const key = verifyingSpkiKey(block.bytes, input, PASTE_HINT);
  return {
    pem: encodePem('PUBLIC KEY', key.export({ type: 'spki', format: 'der' })),
    keytype: plainKeyType(key) as PlainKeyType,
    role: block.headers.role || undefined,
  };
}
