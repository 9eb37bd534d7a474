// Input helpers that load keys and certificates: a private key input and the
// trust pin. Apart from inputs.ts because they import the key module (x509,
// ASN.1), which only an operation, or a pin given as a certificate, needs.

import { InputError } from '../errors.ts';
import { canonicalKeyId, loadCosignPrivateKey, loadPrivateKey, loadPublicKey, loadPublicKeyPem, type LoadedPrivateKey, type SigningKeyUse } from '../keys/index.ts';
import type { RootPin } from '../tuf/root-trust.ts';
import { pemTextOrFile, type KeyInput } from './inputs.ts';

/** A private key input; `use: 'jws'` for a key that makes notation signatures only (notation-key), which may be P-384 or P-521. */
export function loadKeyInput(key: KeyInput, use?: SigningKeyUse): LoadedPrivateKey {
  return loadPrivateKey(key.text, {
    input: key.input,
    ...(use ? { use } : {}),
    ...(key.passphrase ? { passphrase: key.passphrase } : {}),
    ...(key.passphraseInput ? { passphraseInput: key.passphraseInput } : {}),
  });
}

/** The root certificate a pin that is no key ID gives; an error that says what a pin may be. */
function pinPem(value: string, input: string): string {
  try {
    return pemTextOrFile(value, input);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const accepts = 'give the root key ID (64 hex digits, as `dct-sign inspect` shows it), or the root certificate as PEM text or a PEM file';
    if (/^[0-9a-fA-F]+$/.test(value)) {
      throw new InputError(input, `${value} is not a root key ID: it has ${value.length} hex digits, not 64; ${accepts}`, { cause: err });
    }
    const reason = err.message.slice(input.length + 2).replace(/; give PEM text or the path of a PEM file$/, '');
    throw new InputError(input, `${reason}; ${accepts}`, { cause: err });
  }
}

/** `trust-pin`: a root key ID (64 hex digits) or a root certificate (PEM text or file). */
export function parseTrustPin(value: string, input = 'trust-pin'): RootPin {
  const trimmed = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return { keyIds: [trimmed.toLowerCase()] };
  const pem = pinPem(trimmed, input);
  const key = loadPublicKey(pem, { input });
  if (!key.keytype.endsWith('-x509')) {
    throw new InputError(input, 'give the root key ID (64 hex digits) or the root certificate, not a bare public key');
  }
  return { keyIds: [key.id, canonicalKeyId(key)] };
}

/** `cosign-key`: cosign's encrypted key (or any private key loadPrivateKey reads), with its passphrase. */
export function loadCosignKeyInput(key: KeyInput): LoadedPrivateKey {
  return loadCosignPrivateKey(key.text, {
    input: key.input,
    ...(key.passphrase ? { passphrase: key.passphrase } : {}),
    ...(key.passphraseInput ? { passphraseInput: key.passphraseInput } : {}),
  });
}

/** `cosign-public-key`: each PEM as cosign's `.pub` holds it, named by its place for messages. */
export function loadCosignPublicKeys(pems: readonly string[], input = 'cosign-public-key'): { source: string; pem: string }[] {
  return pems.map((text, i) => ({ source: pems.length > 1 ? `${input} #${i + 1}` : input, pem: loadPublicKeyPem(text, { input }).pem }));
}
