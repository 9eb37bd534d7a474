import { describe, expect, it, test } from 'vitest';
import {
  canonicalForEnvelope,
  canonicalJson,
  compareBytewise,
  envelopeForm,
  goString,
  type JsonValue,
} from '../../src/encoding/canonical-json.ts';

describe('#canonicalJson', () => {
  describe('when given nested objects', () => {
    it('sorts keys and drops whitespace', () => {
      expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null }, _type: 'Targets' })).toBe(
        '{"_type":"Targets","a":{"c":null,"d":[1,2]},"b":1}',
      );
    });

    it('sorts keys by UTF-8 bytes, not UTF-16 units', () => {
      // U+FF61 sorts before U+1F600 in UTF-16 but after it in UTF-8.
      const keys = ['\u{1F600}', '\uFF61'];
      expect(keys.sort(compareBytewise)).toEqual(['\uFF61', '\u{1F600}']);
      expect(canonicalJson({ '\u{1F600}': 1, '\uFF61': 2 })).toBe('{"\uFF61":2,"\u{1F600}":1}');
    });
  });

  describe('when strings need escaping', () => {
    it.each([
      ['quote and backslash', 'a"b\\c', '"a\\"b\\\\c"'],
      ['HTML characters', '<a&b>', '"<a&b>"'],
      ['control characters', 'a\nb', '"a\nb"'],
      ['non-ASCII', 'é\u2028', '"é\u2028"'],
    ])('escapes only quote and backslash (%s)', (_name, input, expected) => {
      expect(canonicalJson(input)).toBe(expected);
    });
  });

  describe('when given a non-integer', () => {
    it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (n) => {
      expect(() => canonicalJson(n)).toThrow(TypeError);
    });
  });
});

describe('#goString', () => {
  it.each([
    ['<a&b>', '"\\u003ca\\u0026b\\u003e"'],
    ['a\nb\tc\rd', '"a\\nb\\tc\\rd"'],
    ['\u0001', '"\\u0001"'],
    ['\u2028\u2029', '"\\u2028\\u2029"'],
    ['é', '"é"'],
  ])('writes %j as Go json.Marshal does', (input, expected) => {
    expect(goString(input)).toBe(expected);
  });
});

describe('#canonicalForEnvelope', () => {
  it('is canonical JSON with Go compact HTML escaping', () => {
    expect(canonicalForEnvelope({ z: '<x>', a: 'é&' })).toBe('{"a":"é\\u0026","z":"\\u003cx\\u003e"}');
  });

  it('refuses control characters that Go cannot compact', () => {
    expect(() => canonicalForEnvelope({ a: 'x\u0001' })).toThrow(TypeError);
  });
});

describe('#envelopeForm', () => {
  test.each<{ value: JsonValue }>([
    { value: { z: '<x>', a: 'é&', 'k>': ['\u2028', '\u2029', 'a"b\\c'] } },
    { value: { targets: { 'v1.0': { hashes: { sha256: 'q+/=' }, length: 1 } }, version: 2 } },
    { value: ['\u{1F600}', { '\uFF61': 1, '\u{1F600}': 2, '\uE000': 3 }] },
  ])('gives what canonicalForEnvelope gives, from the canonical text ($value)', ({ value }) => {
    expect(envelopeForm(canonicalJson(value))).toBe(canonicalForEnvelope(value));
  });

  it('refuses control characters that Go cannot compact', () => {
    expect(() => envelopeForm(canonicalJson({ a: 'x\u0001' }))).toThrow(TypeError);
  });
});
