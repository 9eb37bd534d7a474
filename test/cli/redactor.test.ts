import { describe, expect, it, test } from 'vitest';
import { Redactor } from '../../src/cli/redactor.ts';
import { ALICE_KEY } from './support.ts';

const BODY = ALICE_KEY.split('\n').filter((l) => /^[A-Za-z0-9+/=]{16,}$/.test(l));

describe('Redactor', () => {
  describe('#addKey', () => {
    test.each([
      ['PEM', ALICE_KEY],
      ['PEM with literal \\n', ALICE_KEY.replace(/\n/g, '\\n')],
      ['PEM squashed onto one line', ALICE_KEY.replace(/\n/g, ' ')],
      ['base64 of the PEM', Buffer.from(ALICE_KEY).toString('base64')],
    ])('masks every line of a key given as %s, wherever it shows up', (_, text) => {
      const redactor = new Redactor();
      redactor.addKey(text);
      const out = redactor.redact(`echo: ${text}\nlines:\n${ALICE_KEY}\njoined: ${BODY.join('')}\n`);
      for (const line of BODY) expect(out).not.toContain(line);
      expect(out).not.toContain(BODY.join(''));
      expect(out).toContain('-----BEGIN ENCRYPTED PRIVATE KEY-----');
      expect(out).toContain('role: alice');
    });
  });

  describe('#add', () => {
    it('masks a passphrase as given, trimmed, and line by line', () => {
      const redactor = new Redactor();
      redactor.add('  first-line\nsecond-line ');
      expect(redactor.redact('a first-line b second-line c')).toBe('a *** b *** c');
    });

    it('leaves values too short to be secrets alone', () => {
      const redactor = new Redactor();
      redactor.add('abc');
      redactor.addKey('');
      expect(redactor.redact('abc')).toBe('abc');
    });
  });
});
