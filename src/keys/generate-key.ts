// New keys, as notary's utils.GenerateKey makes them: ECDSA on P-256 or
// ed25519. (Notary only imports RSA keys, never generates them.)

import { generateKeyPairSync } from 'node:crypto';
import { SigningKey } from './signing-key.ts';

export type GeneratedKeyType = 'ecdsa' | 'ed25519';

export function generateKey(type: GeneratedKeyType): SigningKey {
  const { privateKey } =
    type === 'ecdsa' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('ed25519');
  return new SigningKey(privateKey);
}
