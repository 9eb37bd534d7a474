// How results are printed: aligned tables, JSON, docker's JSON, counts and short key IDs.

import { describe, expect, it, test } from 'vitest';
import { dockerJson, json, plural, shortId, table } from '../../src/commands/format.ts';

describe('#dockerJson', () => {
  it("indents with four spaces, ends with a newline and escapes as Go's encoder does", () => {
    expect(dockerJson([{ Name: 'a<b>&c', Keys: [] }])).toBe('[\n    {\n        "Name": "a\\u003cb\\u003e\\u0026c",\n        "Keys": []\n    }\n]\n');
  });

  it('escapes the line and paragraph separators', () => {
    expect(dockerJson('a\u2028b\u2029c')).toBe('"a\\u2028b\\u2029c"\n');
  });
});

describe('#json', () => {
  it('indents with two spaces and ends with a newline', () => {
    expect(json({ a: [1], b: '<' })).toBe('{\n  "a": [\n    1\n  ],\n  "b": "<"\n}\n');
  });
});

describe('#table', () => {
  it('pads every column but the last to its widest cell, two spaces apart', () => {
    expect(table([['A', 'BB', 'C'], ['aaa', 'b', 'c c']])).toBe('A    BB  C\naaa  b   c c\n');
  });

  it('ends no line in spaces, even with empty cells', () => {
    expect(table([['A', 'B'], ['a', '']])).toBe('A  B\na\n');
  });
});

describe('#plural', () => {
  test.each([
    [0, 'tag', undefined, '0 tags'],
    [1, 'tag', undefined, '1 tag'],
    [2, 'tag', undefined, '2 tags'],
    [1, 'repository', 'repositories', '1 repository'],
    [3, 'repository', 'repositories', '3 repositories'],
  ])('gives %i %s as %j', (n, word, words, text) => {
    expect(plural(n, word, words)).toBe(text);
  });
});

describe('#shortId', () => {
  it('keeps the first 12 characters, as docker shows key IDs', () => {
    expect(shortId('0123456789abcdef')).toBe('0123456789ab');
  });
});
