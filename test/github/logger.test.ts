// The core's debug lines on the Actions log: core.debug, shown with step
// debugging on, and text from a server in them runs no workflow command.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { actionsLogger } from '../../src/github/logger.ts';
import { executedCommands } from './support/runner-env.ts';

describe('actionsLogger', () => {
  describe('#debug', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    afterEach(() => {
      written.length = 0;
      spy.mockClear();
    });

    it('writes one ::debug:: command, in which a forged command stays text', () => {
      actionsLogger.debug('GET https://r.example/v2/a\n::error::forged\r::add-mask::x: 200 in 3 ms');
      expect(executedCommands(written.join(''))).toEqual([expect.stringMatching(/^::debug::GET https:\/\/r\.example\/v2\/a%0A::error::forged%0D::add-mask::x: 200 in 3 ms$/)]);
    });
  });
});
