// Writes a private key file that notary and docker read back: encrypted
// PKCS#8 in notary's layout (see pkcs8.ts and pbes2.ts) under the `role:` and
// `gun:` headers its key store writes, in Go's PEM layout.
//
// Like notary's GenericKeyStore.AddKey, the `gun:` header is kept only for
// the targets, snapshot and timestamp roles: root keys and delegation keys
// (any other role, e.g. a docker signer name) are not bound to a repository.

import { KeyError } from '../errors.ts';
import { encryptPkcs8 } from './pbes2.ts';
import { encodePem } from './pem.ts';
import { encodeNotaryPkcs8 } from './pkcs8.ts';
import { keyObjectOf, type SigningKey } from './signing-key.ts';

export interface ExportPrivateKeyOptions {
  /** `root`, `targets`, `snapshot`, `timestamp`, `targets/<name>` or a signer name. */
  readonly role: string;
  readonly gun?: string;
}

const GUN_ROLES = new Set(['targets', 'snapshot', 'timestamp']);

export function exportEncryptedPrivateKey(key: SigningKey, passphrase: string, opts: ExportPrivateKeyOptions): string {
  if (passphrase === '') {
    throw new KeyError('passphrase', 'an empty passphrase would leave the key unencrypted; choose a passphrase', {
      code: 'PASSPHRASE',
    });
  }
  const headers: Record<string, string> = {};
  if (opts.role !== '') headers.role = opts.role;
  if (opts.gun && GUN_ROLES.has(opts.role)) headers.gun = opts.gun;
  const der = encryptPkcs8(encodeNotaryPkcs8(keyObjectOf(key)), passphrase);
  return encodePem('ENCRYPTED PRIVATE KEY', der, headers);
}
