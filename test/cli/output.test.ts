import { describe, expect, it } from 'vitest';
import { dockerJson, table } from '../../src/cli/output.ts';

describe('#dockerJson', () => {
  it("indents with four spaces, ends with a newline and escapes as Go's encoder does", () => {
    expect(dockerJson([{ Name: 'a<b>&c', Keys: [] }])).toBe('[\n    {\n        "Name": "a\\u003cb\\u003e\\u0026c",\n        "Keys": []\n    }\n]\n');
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
