// The input names the core's errors use are the catalogue's: each input
// once, a login as username and password.

import { describe, expect, it } from 'vitest';
import { INPUT_NAMES, inputNamePattern } from '../../src/commands/input-names.ts';
import { ALL_INPUTS } from '../../src/commands/inputs.ts';

describe('INPUT_NAMES', () => {
  it('names every input the core can name, as it always has', () => {
    expect([...INPUT_NAMES].sort()).toEqual(
      [
        'tags', 'push', 'signer-key', 'signer-key-passphrase', 'signer-name', 'root-key', 'root-key-passphrase', 'repository-key',
        'repository-key-passphrase', 'required-signers', 'signer-policy', 'all', 'signer-public-key', 'force', 'key-directory',
        'key-role', 'new-repository-key', 'new-repository-key-passphrase', 'new-root-key', 'new-root-key-passphrase', 'old-signer-key',
        'expiring-within', 'dry-run', 'trust-server', 'trust-server-ca', 'registry-ca', 'trust-pin', 'trust-state', 'trust-state-forget', 'require-pin', 'timeout',
        'username', 'password', 'formats', 'formats-policy', 'cosign-key', 'cosign-key-passphrase', 'cosign-public-key',
        'notation-key', 'notation-key-passphrase', 'certificate', 'certificate-validity', 'output',
        'notation-certificate', 'notation-trust-anchor', 'notation-identity',
      ].sort(),
    );
  });

  it('has each catalogue input once, the login as username and password', () => {
    expect(new Set(INPUT_NAMES).size).toBe(INPUT_NAMES.length);
    for (const input of ALL_INPUTS) {
      if (input.kind === 'login') expect(INPUT_NAMES).toEqual(expect.arrayContaining(['username', 'password']));
      else expect(INPUT_NAMES).toContain(input.name);
    }
  });
});

describe('#inputNamePattern', () => {
  const rename = (text: string) => text.replace(inputNamePattern(INPUT_NAMES), (name) => `<${name}>`);

  it('finds input names standing as words, longest first', () => {
    expect(rename('give the root-key and root-key-passphrase, or check trust-pin.')).toBe(
      'give the <root-key> and <root-key-passphrase>, or check <trust-pin>.',
    );
  });

  it.each(['/keys/signer-key.pem', 'signer-key.pem', 'example.com/root-key:1', 'the root-keys'])('leaves %j alone', (text) => {
    expect(rename(text)).toBe(text);
  });
});
