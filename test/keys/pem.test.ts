import { describe, expect, it, test } from 'vitest';
import { encodePem, readPem } from '../../src/keys/pem.ts';
import { fixture } from './support.ts';

const TARGETS_KEY = fixture('notary-targets.key');

function mangle(text: string, how: string): string {
  switch (how) {
    case 'CRLF line endings':
      return text.replace(/\n/g, '\r\n');
    case 'indentation and blank lines':
      return `\n\n${text
        .split('\n')
        .map((l) => `    ${l}  `)
        .join('\n')}\n\n`;
    case 'newlines collapsed to spaces':
      return text.replace(/\n+/g, ' ');
    case 'literal \\n escapes':
      return text.replace(/\n/g, '\\n');
    case 'base64 of the whole file':
      return Buffer.from(text).toString('base64');
    case 'base64 of the whole file, wrapped at 76':
      return Buffer.from(text)
        .toString('base64')
        .replace(/(.{76})/g, '$1\n');
    case 'surrounding text':
      return `here is my key:\n${text}\nthanks`;
    default:
      return text;
  }
}

describe('#readPem', () => {
  describe('when the text is a PEM file as notary writes it', () => {
    it('returns the block with its headers apart from its DER', () => {
      const { blocks, corrupt } = readPem(TARGETS_KEY);
      expect(corrupt).toEqual([]);
      expect(blocks).toHaveLength(1);
      expect(blocks[0]?.type).toBe('ENCRYPTED PRIVATE KEY');
      expect(blocks[0]?.headers).toEqual({ gun: 'example.com/test/repo', role: 'targets' });
      expect(blocks[0]?.bytes[0]).toBe(0x30);
    });
  });

  describe('when a CI secret mangled the text', () => {
    const clean = readPem(TARGETS_KEY).blocks[0];
    test.each([
      'CRLF line endings',
      'indentation and blank lines',
      'newlines collapsed to spaces',
      'literal \\n escapes',
      'base64 of the whole file',
      'base64 of the whole file, wrapped at 76',
      'surrounding text',
    ])('reads the same block from %s', (how) => {
      const { blocks } = readPem(mangle(TARGETS_KEY, how));
      expect(blocks).toHaveLength(1);
      expect(blocks[0]?.type).toBe(clean?.type);
      expect(blocks[0]?.headers).toEqual(clean?.headers);
      expect(blocks[0]?.bytes.equals(clean?.bytes as Buffer)).toBe(true);
    });
  });

  describe('when the text holds several blocks', () => {
    it('returns them in order', () => {
      const text = `${fixture('docker-alice.pub')}${fixture('openssl-rsa2048.crt')}`;
      expect(readPem(text).blocks.map((b) => b.type)).toEqual(['PUBLIC KEY', 'CERTIFICATE']);
    });
  });

  describe('when a block body is not base64', () => {
    it('reports the block as corrupt', () => {
      const result = readPem('-----BEGIN PRIVATE KEY-----\nnot*base64!\n-----END PRIVATE KEY-----\n');
      expect(result.blocks).toEqual([]);
      expect(result.corrupt).toEqual(['PRIVATE KEY']);
    });
  });

  describe('when the text is not PEM at all', () => {
    test.each(['', 'hello world', 'aGVsbG8gd29ybGQ=', '-----BEGIN PRIVATE KEY-----\nMIIB'])(
      'returns no blocks for %j',
      (text) => {
        expect(readPem(text).blocks).toEqual([]);
      },
    );
  });
});

describe('#encodePem', () => {
  describe('when given the bytes and headers of files notary and docker wrote', () => {
    test.each(['notary-targets.key', 'docker-alice.key', 'docker-alice.pub', 'notary-ed25519.key'])(
      'reproduces %s byte for byte',
      (name) => {
        const text = fixture(name);
        const block = readPem(text).blocks[0];
        if (!block) throw new Error('no block');
        expect(encodePem(block.type, block.bytes, block.headers)).toBe(text);
      },
    );
  });

  describe('when there are no headers', () => {
    it('writes no blank line', () => {
      expect(encodePem('CERTIFICATE', Buffer.from('abc'))).toBe(
        '-----BEGIN CERTIFICATE-----\nYWJj\n-----END CERTIFICATE-----\n',
      );
    });
  });

  describe('when there is a Proc-Type header', () => {
    it('writes it first, then the rest sorted, as Go does', () => {
      const text = encodePem('RSA PRIVATE KEY', Buffer.from('abc'), { 'DEK-Info': 'x', 'Proc-Type': '4,ENCRYPTED', a: 'b' });
      expect(text.split('\n').slice(1, 5)).toEqual(['Proc-Type: 4,ENCRYPTED', 'DEK-Info: x', 'a: b', '']);
    });
  });
});
