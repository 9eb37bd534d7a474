// Writes a public key file like the <name>.pub of `docker trust key
// generate`: the key's metadata bytes as a PUBLIC KEY block with a `role:`
// header, in Go's PEM layout. Certificate keys are written as the
// certificate itself, without headers, since notary skips certificate
// blocks that carry any. Ed25519 keys, which notary lists as 32 raw bytes,
// are wrapped in PKIX so that the file is standard (loadPublicKey reads it
// back; notary itself only reads ECDSA and RSA public key files).

import { ed25519FromRaw } from './key-object.ts';
import { encodePem } from './pem.ts';
import type { TufKey } from './tuf-key.ts';

export interface ExportPublicKeyOptions {
  readonly role?: string;
}

export function exportPublicKeyPem(key: TufKey | { readonly publicKey: TufKey }, opts: ExportPublicKeyOptions = {}): string {
  const pub = 'publicKey' in key ? key.publicKey : key;
  if (pub.keytype === 'ecdsa-x509' || pub.keytype === 'rsa-x509') return pub.public.toString('utf8');
  const headers: Record<string, string> = opts.role ? { role: opts.role } : {};
  const der =
    pub.keytype === 'ed25519' ? ed25519FromRaw(pub.public).export({ type: 'spki', format: 'der' }) : pub.public;
  return encodePem('PUBLIC KEY', der, headers);
}
