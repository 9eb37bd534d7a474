// URLs in messages: never with their user and password, parsed or not.

import { describe, expect, test } from 'vitest';
import { redactUrl, requestUrlForLog } from '../../src/http/redact-url.ts';

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

describe('#requestUrlForLog', () => {
  test.each([
    ['https://user:pw@registry.example.com/v2/a/manifests/1', 'https://registry.example.com/v2/a/manifests/1'],
    ['https://auth.example.com/token?scope=repository%3Aa%3Apull&account=alice', 'https://auth.example.com/token?…'],
    ['https://bucket.s3.example.com/blob?X-Amz-Signature=abc&X-Amz-Credential=def', 'https://bucket.s3.example.com/blob?…'],
  ])('shows %s as %s', (url, shown) => {
    expect(requestUrlForLog(new URL(url))).toBe(shown);
  });
});
