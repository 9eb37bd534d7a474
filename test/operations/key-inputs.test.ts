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

  it('says what a pin may be when it is neither: a 64-hex root key ID or a root certificate', () => {
    expect(() => parseTrustPin('no-such-file.pem')).toThrow(
      /^trust-pin: no-such-file\.pem cannot be read \(ENOENT\); give the root key ID \(64 hex digits, as `dct-sign inspect` shows it\), or the root certificate as PEM text or a PEM file$/,
    );
  });

  it('says how many hex digits a short key ID has', () => {
    expect(() => parseTrustPin('abcdef012345')).toThrow(/abcdef012345 is not a root key ID: it has 12 hex digits, not 64/);
  });
});
