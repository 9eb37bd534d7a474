// parentChangedKeys: the one test of "its parent changed this role's keys
// after it was signed", which the re-sign after signer-remove relies on.

import { describe, expect, test } from 'vitest';
import { generateKey, type SigningKey } from '../../src/keys/index.ts';
import type { TufKey } from '../../src/keys/tuf-key.ts';
import { Metadata } from '../../src/tuf/metadata.ts';
import { parentChangedKeys } from '../../src/tuf/rekeyed-role.ts';
import { Targets } from '../../src/tuf/targets.ts';
import { NOW } from './support/repository-builder.ts';

const [ci, ops, stranger] = [generateKey('ecdsa'), generateKey('ecdsa'), generateKey('ecdsa')];
const keysOf = (...signers: SigningKey[]) => new Map<string, TufKey>(signers.map((s) => [s.keyId, s.publicKey]));
const file = (...signers: SigningKey[]) => Metadata.sign(Targets.empty({ version: 3, expires: NOW }), signers);

describe('#parentChangedKeys', () => {
  test.each([
    ['signed by a key still listed', [ops], [ops], 1, undefined, false],
    ['signed by a listed and a removed key, threshold met', [ci, ops], [ops], 1, undefined, false],
    ['signed only by a key no longer listed', [ci], [ops], 1, undefined, true],
    ['signed by a listed and a removed key, threshold 2', [ci, ops], [ops], 2, undefined, true],
    ['signed by nobody', [], [ops], 1, undefined, false],
    ['signed by a removed key the earlier parent listed', [ci], [ops], 1, [ci.keyId, ops.keyId], true],
    ['signed by a key the earlier parent never listed', [stranger], [ops], 1, [ci.keyId, ops.keyId], false],
    ['with an invalid threshold', [ci], [ops], 0, undefined, false],
  ] as const)('%s: %s', async (_, signedBy, listed, threshold, previous, expected) => {
    const metadata = await file(...signedBy);
    expect(parentChangedKeys(metadata, keysOf(...listed), threshold, previous)).toBe(expected);
  });
});
