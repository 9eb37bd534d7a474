import { X509Certificate } from 'node:crypto';
import { describe, expect, it, test } from 'vitest';
import {
  certificateForKeyId,
  certificateForVerify,
  certificatePem,
  certificateProblem,
  certificateTufKey,
} from '../../src/keys/certificate.ts';
import { fixture } from './support.ts';

const PEM = fixture('openssl-rsa2048.crt');
const withHeader = PEM.replace('-----\n', '-----\nrole: root\n\n');

describe('#certificatePem', () => {
  it('writes the DER as Go’s pem.EncodeToMemory does, ending in a newline', () => {
    expect(certificatePem(new X509Certificate(PEM).raw)).toBe(PEM);
  });
});

describe('#certificateTufKey', () => {
  test.each([
    ['openssl-rsa2048.crt', 'rsa-x509'],
    ['openssl-sha1.crt', 'ecdsa-x509'],
    ['openssl-ed25519.crt', undefined],
  ])('makes %s a %s key', (name, keytype) => {
    expect(certificateTufKey(new X509Certificate(fixture(name)))?.keytype).toBe(keytype);
  });
});

describe('#certificateForVerify', () => {
  describe('when the first block has headers', () => {
    it('still reads it, as notary’s verifiers use pem.Decode', () => {
      expect(certificateForVerify(Buffer.from(withHeader))).toBeInstanceOf(X509Certificate);
    });
  });
});

describe('#certificateForKeyId', () => {
  describe('when the certificate block has headers', () => {
    it('skips it, as LoadCertFromPEM does', () => {
      expect(certificateForKeyId(Buffer.from(withHeader))).toBeUndefined();
      expect(certificateForKeyId(Buffer.from(`${withHeader}${PEM}`))).toBeInstanceOf(X509Certificate);
    });
  });
});

describe('#certificateProblem', () => {
  describe('when the certificate is fine', () => {
    it('returns undefined, with or without a clock', () => {
      expect(certificateProblem(new X509Certificate(PEM))).toBeUndefined();
      expect(certificateProblem(new X509Certificate(PEM), new Date())).toBeUndefined();
    });
  });

  describe('when it starts less than a day in the future', () => {
    it('allows it, as notary gives a day of leeway', () => {
      const cert = new X509Certificate(PEM);
      const justBefore = new Date(cert.validFromDate.getTime() - 23 * 3_600_000);
      expect(certificateProblem(cert, justBefore)).toBeUndefined();
    });
  });
});
