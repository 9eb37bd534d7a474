// The core's debug lines on the agent's log: task-lib's debug, shown with
// system.debug, and text from a server in them runs no agent command.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { taskLogger } from '../../src/azure/logger.ts';

describe('taskLogger', () => {
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

    it('writes one task.debug command, with a forged command neutralized', () => {
      taskLogger.debug('GET https://r.example/v2/a ##vso[task.setvariable variable=X]evil\n##vso[task.complete result=Failed]: 200 in 3 ms');
      const text = written.join('');
      expect(text.match(/##vso\[/g)).toHaveLength(1);
      expect(text).toMatch(/^##vso\[task\.debug\]GET https:\/\/r\.example\/v2\/a ##_vso\[task\.setvariable/);
    });
  });
});
