// Input helpers that load keys and certificates: a private key input and the
// trust pin. Apart from inputs.ts because they import the key module (x509,
// ASN.1), which only an operation, or a pin given as a certificate, needs.

import { InputError } from '../errors.ts';
import { canonicalKeyId, loadPrivateKey, loadPublicKey, type LoadedPrivateKey } from '../keys/index.ts';
import type { RootPin } from '../tuf/root-trust.ts';
import { pemTextOrFile, type KeyInput } from './inputs.ts';

export function loadKeyInput(key: KeyInput): LoadedPrivateKey {
  return loadPrivateKey(key.text, {
    input: key.input,
    ...(key.passphrase ? { passphrase: key.passphrase } : {}),
    ...(key.passphraseInput ? { passphraseInput: key.passphraseInput } : {}),
  });
}

/** `trust-pin`: a root key ID (64 hex digits) or a root certificate (PEM text or file). */
export function parseTrustPin(value: string, input = 'trust-pin'): RootPin {
  const trimmed = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return { keyIds: [trimmed.toLowerCase()] };
  const pem = pemTextOrFile(trimmed, input);
  const key = loadPublicKey(pem, { input });
  if (!key.keytype.endsWith('-x509')) {
    throw new InputError(input, 'give the root key ID (64 hex digits) or the root certificate, not a bare public key');
  }
  return { keyIds: [key.id, canonicalKeyId(key)] };
}
