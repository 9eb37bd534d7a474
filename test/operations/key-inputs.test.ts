import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { createRootCertificate, generateKey } from '../../src/keys/index.ts';
import { parseTrustPin } from '../../src/operations/key-inputs.ts';

describe('#parseTrustPin', () => {
  it('takes a key ID', () => {
    expect(parseTrustPin('A'.repeat(64)).keyIds).toEqual(['a'.repeat(64)]);
  });

  it('takes a root certificate, pinning both its key IDs', () => {
    const root = createRootCertificate(generateKey('ecdsa'), 'r.io/app');
    const pin = parseTrustPin(root.pem);
    expect(pin.keyIds).toContain(root.publicKey.id);
    expect(pin.keyIds).toHaveLength(2);
  });

  it('refuses anything else, naming the input', () => {
    expect(() => parseTrustPin('abc')).toThrow(InputError);
  });
});
