import { afterEach, describe, expect, it, vi } from 'vitest';
import { infoPlain } from '../../src/github/plain-text.ts';
import { executedCommands } from './support/runner-env.ts';

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

  describe('when a line starts after \\r, \\n or \\r\\n', () => {
    it.each([
      ['a lone \\r', 'tag v1\r::error::forged'],
      ['\\r\\n', 'tag v1\r\n::add-mask::forged'],
      ['\\n', 'tag v1\n  ::error::forged'],
      ['a lone \\r, old form', 'tag v1\r##[error]forged'],
    ])('lets the runner run no command after %s', (_, text) => {
      infoPlain(text);
      expect(executedCommands(written.join(''))).toEqual([]);
      expect(written.join('')).toContain(text);
    });
  });
});
