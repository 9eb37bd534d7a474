// The core's list of input names is docs/commands.md's: every input of the
// table and the connection inputs every command takes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONNECTION_INPUTS, INPUT_NAMES, inputNamePattern } from '../../src/operations/input-names.ts';

const DOC = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'commands.md'), 'utf8');

/** The inputs column of the table: `x`(+passphrase) names x and x-passphrase; other parentheses hold values. */
function documentedInputs(): Set<string> {
  const names = new Set<string>();
  for (const line of DOC.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (!/^`[a-z-]+`/.test(cells[1] ?? '') || cells.length < 6) continue;
    const text = cells[3]!.replace(/`([a-z-]+)`\(\+passphrase\)/g, '`$1`, `$1-passphrase`').replace(/\([^)]*\)/g, '');
    for (const [, name] of text.matchAll(/`([a-z][a-z-]*)`/g)) names.add(name!);
  }
  // rotate-key: "for `signer`:" names a key role, not an input.
  names.delete('signer');
  return names;
}

describe('INPUT_NAMES', () => {
  it('lists every input of docs/commands.md, and only those', () => {
    expect(new Set(INPUT_NAMES)).toEqual(new Set([...documentedInputs(), ...CONNECTION_INPUTS]));
  });

  it('has the connection inputs the docs name for every command', () => {
    const paragraph = DOC.slice(DOC.indexOf('Every command also takes'), DOC.indexOf('| command |'));
    for (const name of CONNECTION_INPUTS) expect(paragraph).toContain(`\`${name}\``);
  });
});

describe('#inputNamePattern', () => {
  const rename = (text: string) => text.replace(inputNamePattern(INPUT_NAMES), (name) => `<${name}>`);

  it('finds input names standing as words, longest first', () => {
    expect(rename('give the root-key and root-key-passphrase, or check trust-pin.')).toBe(
      'give the <root-key> and <root-key-passphrase>, or check <trust-pin>.',
    );
  });

  it.each(['/keys/signer-key.pem', 'signer-key.pem', 'example.com/root-key:1', 'the root-keys'])('leaves %j alone', (text) => {
    expect(rename(text)).toBe(text);
  });
});
