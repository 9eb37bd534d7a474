// URLs in messages: never with their user and password, parsed or not.

import { describe, expect, test } from 'vitest';
import { redactUrl } from '../../src/http/redact-url.ts';

describe('#redactUrl', () => {
  describe('when the URL parses', () => {
    test.each([
      ['https://user:pw@notary.example.com:4443', 'https://***@notary.example.com:4443'],
      ['http://u@h:1/', 'http://***@h:1'],
      ['https://notary.example.com/', 'https://notary.example.com'],
    ])('shows %s as %s', (url, shown) => {
      expect(redactUrl(url)).toBe(shown);
    });
  });

  describe('when the URL does not parse', () => {
    test.each([
      ['https://user:pw@host:99999', 'https://***@host:99999'],
      ['https://user:p/w@d@host:99999', 'https://***@host:99999'],
      ['user:pw@host:99999', '***@host:99999'],
      ['https://[bad', 'https://[bad'],
    ])('shows %s as %s', (url, shown) => {
      expect(redactUrl(url)).toBe(shown);
    });
  });
});
