// The README (and the Marketplace page) against the code: every `dct-sign
// <command>` in a ```sh block uses only flags that command's spec defines,
// flags that take a public key are not handed a private key file, and the
// list of verify's failure reasons is the one the code emits.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFlags } from '../../src/cli/flags.ts';
import { findCommand } from '../../src/commands/registry.ts';
import { VERIFY_FAILURES } from '../../src/operations/verify.ts';
import { shellBlocks } from './readme-blocks.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DOCS = ['README.md', 'docs/marketplace.md'] as const;

/** Flags whose value is a public key (or its ID): a `.key` file there is the private key, which they refuse. */
const PUBLIC_KEY_FLAGS = new Set(['old-signer-key', 'signer-public-key', 'cosign-public-key']);


export interface DctInvocation {
  readonly command: string;
  /** Each flag as given (without `--`), with the word after it. */
  readonly flags: readonly { readonly name: string; readonly value: string | undefined }[];
}

/** Every `dct-sign <command> …` (also after `npx`) in shell text, up to a pipe, `;`, `&&` or a comment. */
export function dctInvocations(shell: string): DctInvocation[] {
  const found: DctInvocation[] = [];
  for (const line of shell.split('\n')) {
    for (const [, rest] of line.matchAll(/(?:^|\s)dct-sign\s+([^|;&#]*)/g)) {
      const words = rest!.trim().split(/\s+/);
      const command = words[0];
      if (!command || command.startsWith('-')) continue;
      const flags = words.flatMap((word, i) => {
        if (!word.startsWith('--')) return [];
        const [name, inline] = word.slice(2).split('=', 2) as [string, string | undefined];
        const next = words[i + 1];
        return [{ name, value: inline ?? (next && !next.startsWith('-') ? next : undefined) }];
      });
      found.push({ command, flags });
    }
  }
  return found;
}

/** The backquoted words of the parenthesised list after "one reason per …". */
function listedReasons(markdown: string): string[] {
  const list = /one reason per \w+ \(([^)]*)\)/.exec(markdown.replace(/\n/g, ' '))?.[1] ?? '';
  return [...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

describe.each(DOCS)('%s', (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');

  describe('when it lists the reasons verify fails with', () => {
    it('lists every reason the code emits, and no other', () => {
      expect(listedReasons(text)).toEqual([...VERIFY_FAILURES]);
    });
  });

  describe('when a shell block runs dct-sign', () => {
    const invocations = shellBlocks(text).flatMap(dctInvocations);

    it('names commands that exist', () => {
      if (file === 'README.md') expect(invocations.length).toBeGreaterThan(10);
      for (const { command } of invocations) expect(findCommand(command), `dct-sign ${command}`).toBeDefined();
    });

    it("uses only flags the command's spec defines", () => {
      for (const { command, flags } of invocations) {
        const spec = findCommand(command);
        if (!spec) continue;
        const names = new Set(allFlags(spec).map((f) => f.name));
        for (const flag of flags) expect(names, `dct-sign ${command} --${flag.name}`).toContain(flag.name);
      }
    });

    it('gives public-key flags a public key, not a private key file', () => {
      for (const { command, flags } of invocations) {
        for (const flag of flags.filter((f) => PUBLIC_KEY_FLAGS.has(f.name))) {
          expect(flag.value, `dct-sign ${command} --${flag.name}`).not.toMatch(/\.key$/);
        }
      }
    });
  });
});

describe('#dctInvocations', () => {
  describe('when a line pipes or comments', () => {
    it('reads the flags of dct-sign only', () => {
      expect(dctInvocations('npx dct-sign verify --trust-pin "$ID" r/a:1   # note --nope\nx | dct-sign sign --push=false r | gh secret set --x')).toEqual([
        { command: 'verify', flags: [{ name: 'trust-pin', value: '"$ID"' }] },
        { command: 'sign', flags: [{ name: 'push', value: 'false' }] },
      ]);
    });
  });
});
