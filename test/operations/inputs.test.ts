import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { createRootCertificate, generateKey } from '../../src/keys/index.ts';
import { keyIdOrPem, parseDuration, pemTextOrFile, readPublicKeyList, splitList } from '../../src/operations/inputs.ts';

describe('#splitList', () => {
  it('splits on newlines and commas and drops blanks', () => {
    expect(splitList('a:1, b:2\n\n  c:3 \n')).toEqual(['a:1', 'b:2', 'c:3']);
    expect(splitList(undefined)).toEqual([]);
  });
});

describe('#parseDuration', () => {
  const MINUTE = 60 * 1000;
  const HOUR = 60 * MINUTE;

  // One grammar for every duration input: timeout and expiring-within alike.
  it.each([
    ['90s', 1.5 * MINUTE],
    ['30m', 30 * MINUTE],
    ['6m', 6 * MINUTE],
    ['1d', 24 * HOUR],
    ['2w', 14 * 24 * HOUR],
    ['180d', 180 * 24 * HOUR],
    ['26w', 26 * 7 * 24 * HOUR],
    ['36h', 36 * HOUR],
    ['1.5d', 36 * HOUR],
    ['0d', 0],
    [' 30 D ', 30 * 24 * HOUR],
    ['', undefined],
    [undefined, undefined],
  ])('reads %j', (value, ms) => {
    expect(parseDuration(value, 'expiring-within')).toBe(ms);
  });

  it.each(['180', '1y', '6mo', '-1d', 'd', '1,5d', '1h30m', 'soon'])('refuses %j, naming the input and the units', (value) => {
    expect(() => parseDuration(value, 'expiring-within')).toThrow(
      expect.objectContaining({ input: 'expiring-within', message: expect.stringContaining('s, m (minutes), h, d or w') }) as InputError,
    );
  });
});

describe('#pemTextOrFile', () => {
  const cert = createRootCertificate(generateKey('ecdsa'), 'r.io/app').pem;

  it('takes PEM text as is', () => {
    expect(pemTextOrFile(`\n${cert}`, 'trust-server-ca')).toBe(cert.trim());
  });

  it('reads a path', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dct-inputs-')), 'ca.pem');
    writeFileSync(file, cert);
    expect(pemTextOrFile(file, 'trust-server-ca')).toBe(cert);
  });

  it('names the input when neither works', () => {
    expect(() => pemTextOrFile('/nonexistent/ca.pem', 'trust-server-ca')).toThrow(/^trust-server-ca: /);
  });

  describe('when it is given a URL with a password', () => {
    it('names it without the password', () => {
      expect(() => pemTextOrFile('https://ci:hunter22@ca.example.com/ca.pem', 'registry-ca')).toThrow(
        /^registry-ca: https:\/\/\*\*\*@ca\.example\.com\/ca\.pem cannot be read/,
      );
    });
  });
});

describe('#keyIdOrPem', () => {
  const pem = createRootCertificate(generateKey('ecdsa'), 'r.io/app').pem;

  it('takes a key ID as given, PEM text trimmed, and a PEM file read', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dct-inputs-')), 'old.pub');
    writeFileSync(file, pem);
    expect(keyIdOrPem(` ${'AB'.repeat(32)} `, 'old-signer-key')).toBe('AB'.repeat(32));
    expect(keyIdOrPem(`\n${pem}`, 'old-signer-key')).toBe(pem.trim());
    expect(keyIdOrPem(file, 'old-signer-key')).toBe(pem);
    expect(keyIdOrPem(undefined, 'old-signer-key')).toBeUndefined();
  });

  it('names the input for a path that cannot be read', () => {
    expect(() => keyIdOrPem('/nonexistent/old.pub', 'old-signer-key')).toThrow(/^old-signer-key: .*cannot be read \(ENOENT\)/);
  });
});

describe('#readPublicKeyList', () => {
  const [a, b] = [1, 2].map(() => createRootCertificate(generateKey('ecdsa'), 'r.io/app').pem.trim());
  const dir = mkdtempSync(join(tmpdir(), 'dct-public-keys-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    ['one pasted PEM', () => `\n${a}\n`, () => [a]],
    ['two pasted PEMs', () => `${a}\n${b}`, () => [a, b]],
    ['a path', () => file('a.pem', `${a}\n`), () => [a]],
    ['every key of a file that holds two', () => file('two.pem', `${a}\n${b}\n`), () => [a, b]],
    ['paths and pasted PEM, comma-separated, in the order given', () => `${file('b.pem', b)}, ${file('a2.pem', a)}\n${a}`, () => [b, a, a]],
    ['pasted PEM between paths, in the order given', () => `${file('b2.pem', b)}\n${a}\n${file('b3.pem', b)}`, () => [b, a, b]],
    ['a PEM base64-encoded on one line', () => Buffer.from(a).toString('base64'), () => [Buffer.from(a).toString('base64')]],
  ])('reads %s', (_, value, expected) => {
    expect(readPublicKeyList(value(), 'signer-public-key')).toEqual(expected());
  });

  it.each([
    ['a missing file', join(dir, 'missing.pub'), /missing\.pub cannot be read \(ENOENT\)/],
    ['a file without PEM', () => file('text.txt', 'hello\n'), /holds no PEM/],
  ])('refuses %s, naming the input', (_, value, message) => {
    const path = typeof value === 'function' ? value() : value;
    expect(() => readPublicKeyList(path, 'signer-public-key')).toThrow(
      expect.objectContaining({ input: 'signer-public-key', message: expect.stringMatching(message) }) as InputError,
    );
  });
});
