import { afterEach, describe, expect, it, vi } from 'vitest';
import { infoPlain } from '../../src/github/plain-text.ts';

describe('#infoPlain', () => {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  afterEach(() => {
    written.length = 0;
  });

  it('prints ordinary text as is', () => {
    infoPlain('SIGNED TAG   DIGEST\nv1           abc');
    expect(written.join('')).toBe('SIGNED TAG   DIGEST\nv1           abc\n');
  });

  it('stops command processing around text with a line that looks like a workflow command', () => {
    infoPlain('tags:\n::error::forged\n  ##[set-output name=x]y');
    const lines = written.join('').split('\n');
    const token = /^::stop-commands::(.+)$/.exec(lines[0]!)?.[1];
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.slice(1, 4)).toEqual(['tags:', '::error::forged', '  ##[set-output name=x]y']);
    expect(lines[4]).toBe(`::${token}::`);
    spy.mockClear();
  });
});
