// What an entrypoint registers with its log masker for each way a key can
// reach it: whatever the shape, every base64 line of the key is masked, and
// nothing registered spans lines (maskers work line by line).

import { describe, expect, it, test } from 'vitest';
import { passphrasePieces, secretPieces } from '../../src/keys/secret-pieces.ts';
import { fixture } from '../keys/support.ts';

const PEM = fixture('docker-alice.key');
/** The base64 lines of a PEM. */
const pemBodyLines = (pem: string) => pem.split(/\r?\n/).map((l) => l.trim()).filter((l) => /^[A-Za-z0-9+/]+={0,2}$/.test(l));
const BODY = pemBodyLines(PEM);
const JOINED = BODY.join('');

describe('#secretPieces', () => {
  describe('when given a key', () => {
    test.each([
      ['PEM', PEM],
      ['PEM with CRLF', PEM.replace(/\n/g, '\r\n')],
      ['PEM indented', PEM.replace(/^/gm, '    ')],
      ['PEM with literal \\n', PEM.replace(/\n/g, '\\n')],
      ['PEM squashed onto one line', PEM.replace(/\n/g, ' ')],
      ['base64 of the PEM', Buffer.from(PEM).toString('base64')],
      ['base64 of the PEM, wrapped at 76', Buffer.from(PEM).toString('base64').replace(/(.{76})/g, '$1\n')],
      ['base64url of the PEM', Buffer.from(PEM).toString('base64url')],
    ])('masks every base64 line and the joined body of a %s', (_, text) => {
      const pieces = secretPieces(text);
      for (const line of BODY) expect(pieces).toContain(line);
      expect(pieces).toContain(JOINED);
      for (const piece of pieces) expect(piece).not.toMatch(/[\r\n]/);
    });

    it('masks the base64 text itself when the key came base64-encoded', () => {
      const b64 = Buffer.from(PEM).toString('base64');
      expect(secretPieces(b64)).toContain(b64);
    });

    it('leaves armor lines and headers readable', () => {
      const pieces = secretPieces(PEM);
      expect(pieces).not.toContain('-----BEGIN ENCRYPTED PRIVATE KEY-----');
      expect(pieces).not.toContain('-----END ENCRYPTED PRIVATE KEY-----');
      expect(pieces).not.toContain('role: alice');
    });
  });

  describe('when given a passphrase or password', () => {
    it('masks it as it is', () => {
      expect(secretPieces('  correct horse battery staple ')).toEqual(['correct horse battery staple']);
    });

    it('masks each line of a multi-line value', () => {
      expect(secretPieces('first-line-secret\nsecond-line-secret')).toEqual(['first-line-secret', 'second-line-secret']);
    });
  });

  describe('when given nothing', () => {
    test.each([undefined, '', '  \n '])('returns no pieces for %j', (value) => {
      expect(secretPieces(value)).toEqual([]);
    });
  });
});

describe('#passphrasePieces', () => {
  it('gives the value as given, trimmed, and each line trimmed, once each', () => {
    expect(passphrasePieces(' pass phrase \nsecond line\r\n')).toEqual([' pass phrase \nsecond line\r\n', 'pass phrase \nsecond line', 'pass phrase', 'second line']);
    expect(passphrasePieces('hunter22')).toEqual(['hunter22']);
    expect(passphrasePieces('')).toEqual([]);
    expect(passphrasePieces(undefined)).toEqual([]);
  });
});
