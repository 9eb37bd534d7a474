import { createPublicKey, ECDH, generateKeyPairSync } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { SubjectPublicKeyInfo } from '@peculiar/asn1-x509';
import { describe, expect, it, test } from 'vitest';
import { VerificationError } from '../../src/errors.ts';
import { generateKey, SigningKey, TufKey, type Signer } from '../../src/keys/index.ts';
import { createRootCertificate } from '../../src/keys/root-certificate.ts';
import { Metadata, serializeEnvelope } from '../../src/tuf/metadata.ts';
import { Targets } from '../../src/tuf/targets.ts';
import { DAY } from '../../src/tuf/time.ts';
import {
  countValidSignatures,
  verifyNoRollback,
  verifyNotExpired,
  verifyThreshold,
} from '../../src/tuf/threshold.ts';
import { NOW } from './support/repository-builder.ts';

const ROLE = 'targets/releases';
const keys = [generateKey('ecdsa'), generateKey('ed25519'), generateKey('ecdsa')] as const;
const listed = (...signers: Signer[]) => new Map<string, TufKey>(signers.map((s) => [s.keyId, s.publicKey]));

function signed(signers: readonly Signer[], version = 3, expires = new Date(NOW.getTime() + DAY)) {
  return Metadata.sign(Targets.empty({ version, expires }), signers);
}

/** The same file with one signature's last byte flipped. */
function tampered(metadata: Metadata<Targets>, index: number): Metadata<Targets> {
  const signatures = metadata.signatures.map((s, i) => {
    if (i !== index) return s;
    const sig = Buffer.from(s.sig);
    sig[sig.length - 1]! ^= 0x01;
    return { ...s, sig };
  });
  const bytes = serializeEnvelope(metadata.signed.toJSON(), signatures);
  return Metadata.parse(bytes, ROLE, (s, r) => Targets.fromJSON(s, r));
}

/** A signer that signs with `signer`'s key but labels its signatures `keyId`. */
const labelled = (signer: Signer, keyId: string): Signer => ({ ...signer, keyId, sign: (d) => signer.sign(d) });

describe('#countValidSignatures', () => {
  it('counts each listed key with a valid signature once', async () => {
    const m = await signed([keys[0], keys[1], keys[0]]);
    expect(countValidSignatures(m, listed(...keys))).toBe(2);
  });

  it('skips signatures that do not verify', async () => {
    const m = tampered(await signed([keys[0], keys[1]]), 0);
    expect(countValidSignatures(m, listed(...keys))).toBe(1);
  });

  it('skips signatures by keys not listed', async () => {
    expect(countValidSignatures(await signed([keys[0], keys[1]]), listed(keys[1]))).toBe(1);
  });

  it('skips a signature whose method does not fit the key', async () => {
    const mislabelled: Signer = { ...labelled(keys[0], keys[0].keyId), method: 'eddsa' };
    const m = await Metadata.sign(Targets.empty({ version: 1, expires: NOW }), [mislabelled]);
    expect(countValidSignatures(m, listed(keys[0]))).toBe(0);
  });

  it('counts a later valid signature by a key whose first signature was bad', async () => {
    const m = tampered(await signed([keys[0], keys[0]]), 0);
    expect(countValidSignatures(m, listed(keys[0]))).toBe(1);
  });
});

describe('#verifyThreshold', () => {
  describe('when enough listed keys signed', () => {
    it('accepts the file', async () => {
      const m = tampered(await signed([keys[0], keys[2], keys[1]]), 2);
      expect(() => verifyThreshold(m, listed(...keys), 2, ROLE)).not.toThrow();
    });
  });

  describe('when too few listed keys signed', () => {
    it('refuses it naming the role and the counts', async () => {
      const m = await signed([keys[0], keys[0]]);
      expect(() => verifyThreshold(m, listed(...keys), 2, ROLE)).toThrow(VerificationError);
      expect(() => verifyThreshold(m, listed(...keys), 2, ROLE)).toThrow(
        `${ROLE}: only 1 valid signature(s), 2 required`,
      );
    });

    it('says so when no signature is valid at all', async () => {
      const m = await signed([]);
      expect(() => verifyThreshold(m, listed(...keys), 1, ROLE)).toThrow(/no valid signature from a trusted key/);
    });
  });

  describe('when the threshold itself is invalid', () => {
    test.each([0, -1, 1.5, Number.NaN])('refuses threshold %s even with every key signing', async (threshold) => {
      const m = await signed([...keys]);
      expect(() => verifyThreshold(m, listed(...keys), threshold, ROLE)).toThrow(/invalid threshold/);
    });
  });

  describe('when a parent lists one key under two key IDs', () => {
    // BUG (src/tuf/threshold.ts, countValidSignatures): notary's VerifySignatures
    // refuses a signature whose keyid is not the ID of the key it is checked with
    // (`key.ID() != sig.KeyID` → ErrInvalidKeyID). Here the ID is only a map label,
    // so one private key listed under its own ID and under a made-up one meets a
    // threshold of 2 alone. Fix: skip (or refuse) `sig` when `key.id !== sig.keyid`.
    it('does not let one key meet a threshold of 2', async () => {
      const alias = 'f'.repeat(64);
      const m = await signed([keys[0], labelled(keys[0], alias)]);
      const doubled = new Map<string, TufKey>([
        [keys[0].keyId, keys[0].publicKey],
        [alias, keys[0].publicKey],
      ]);
      expect(() => verifyThreshold(m, doubled, 2, ROLE)).toThrow(VerificationError);
    });
  });

  describe('when a parent lists one key both as ecdsa and as ecdsa-x509', () => {
    it('counts it once, so it alone does not meet a threshold of 2', async () => {
      const cert = createRootCertificate(keys[0], 'example.com/app', { now: NOW });
      const m = await signed([keys[0], cert.signer]);
      const both = new Map<string, TufKey>([
        [keys[0].keyId, keys[0].publicKey],
        [cert.publicKey.id, cert.publicKey],
      ]);
      expect(countValidSignatures(m, both)).toBe(1);
      expect(() => verifyThreshold(m, both, 2, ROLE)).toThrow(VerificationError);
    });
  });
});

/** `key`'s public key as SPKI DER with the compressed EC point, which node (and OpenSSL) read as well. */
function compressed(key: TufKey): TufKey {
  const spki = AsnConvert.parse(key.public, SubjectPublicKeyInfo);
  const curve = createPublicKey({ key: key.public, format: 'der', type: 'spki' }).asymmetricKeyDetails!.namedCurve!;
  spki.subjectPublicKey = new Uint8Array(ECDH.convertKey(Buffer.from(spki.subjectPublicKey), curve, undefined, undefined, 'compressed') as Buffer).buffer;
  return new TufKey('ecdsa', Buffer.from(AsnConvert.serialize(spki)));
}

/** `key`'s public key as the PEM text an `rsa` key of the legacy pycrypto method holds. */
function asPem(key: TufKey): TufKey {
  const pem = createPublicKey({ key: key.public, format: 'der', type: 'spki' }).export({ type: 'spki', format: 'pem' });
  return new TufKey('rsa', Buffer.from(pem));
}

/** `metadata` with one more signature: the same bytes as signature `index`, under `keyid` and `method`. */
function countersigned(metadata: Metadata<Targets>, index: number, keyid: string, method: string): Metadata<Targets> {
  const signatures = [...metadata.signatures, { ...metadata.signatures[index]!, keyid, method }];
  return Metadata.parse(serializeEnvelope(metadata.signed.toJSON(), signatures), ROLE, (s, r) => Targets.fromJSON(s, r));
}

describe('#verifyThreshold', () => {
  describe('when a parent lists one key in two encodings', () => {
    const ec = keys[0];
    const rsa = new SigningKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);

    describe('when an EC key is listed both with its uncompressed and its compressed point', () => {
      const other = compressed(ec.publicKey);
      const both = new Map<string, TufKey>([
        [ec.keyId, ec.publicKey],
        [other.id, other],
      ]);

      it("lists two key IDs that each verify the key's signature", async () => {
        expect(other.id).not.toBe(ec.keyId);
        const m = countersigned(await signed([ec]), 0, other.id, 'ecdsa');
        expect(countValidSignatures(m, new Map([[other.id, other]]))).toBe(1);
      });

      it('counts the key once, so that it alone does not meet a threshold of 2', async () => {
        const m = countersigned(await signed([ec]), 0, other.id, 'ecdsa');
        expect(countValidSignatures(m, both)).toBe(1);
        expect(() => verifyThreshold(m, both, 2, ROLE)).toThrow(VerificationError);
      });

      it('counts it once when it signed twice, once under each ID', async () => {
        const m = await signed([ec, labelled(ec, other.id)]);
        expect(() => verifyThreshold(m, both, 2, ROLE)).toThrow(`${ROLE}: only 1 valid signature(s), 2 required`);
      });
    });

    describe('when an RSA key is listed both as DER and as PEM', () => {
      const pem = asPem(rsa.publicKey);
      const both = new Map<string, TufKey>([
        [rsa.keyId, rsa.publicKey],
        [pem.id, pem],
      ]);

      it('counts the key once, so that it alone does not meet a threshold of 2', async () => {
        const m = countersigned(await signed([rsa]), 0, pem.id, 'pycrypto-pkcs#1 pss');
        expect(countValidSignatures(m, new Map([[pem.id, pem]]))).toBe(1);
        expect(countValidSignatures(m, both)).toBe(1);
        expect(() => verifyThreshold(m, both, 2, ROLE)).toThrow(VerificationError);
      });
    });

    describe('when two distinct keys signed', () => {
      it('still counts two', async () => {
        const m = countersigned(await signed([ec, rsa]), 1, asPem(rsa.publicKey).id, 'pycrypto-pkcs#1 pss');
        const listedKeys = new Map<string, TufKey>([
          [ec.keyId, ec.publicKey],
          [asPem(rsa.publicKey).id, asPem(rsa.publicKey)],
        ]);
        expect(() => verifyThreshold(m, listedKeys, 2, ROLE)).not.toThrow();
      });
    });
  });
});

describe('#verifyNotExpired', () => {
  test.each([
    ['a second before expiry', -1000, false],
    ['at expiry', 0, true],
    ['after expiry', 1000, true],
  ])('%s: expired %s', async (_, offset, expired) => {
    const m = await signed([keys[0]], 1, NOW);
    const check = () => verifyNotExpired(m, ROLE, new Date(NOW.getTime() + offset));
    if (expired) expect(check).toThrow(expect.objectContaining({ code: 'EXPIRED', role: ROLE }));
    else expect(check).not.toThrow();
  });
});

describe('#verifyNoRollback', () => {
  test.each([
    [undefined, false],
    [2, false],
    [3, false],
    [4, true],
  ])('version 3 against trusted %s: rollback %s', async (trusted, rollback) => {
    const m = await signed([keys[0]], 3);
    const check = () => verifyNoRollback(m, ROLE, trusted);
    if (rollback) expect(check).toThrow(expect.objectContaining({ code: 'ROLLBACK', role: ROLE }));
    else expect(check).not.toThrow();
  });
});
