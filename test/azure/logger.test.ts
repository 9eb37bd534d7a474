// The core's debug lines on the agent's log: task-lib's debug, shown with
// system.debug, and text from a server in them runs no agent command.

import { describe, expect, it } from 'vitest';
import { taskLogger } from '../../src/azure/logger.ts';
import { captureStdout } from './agent.ts';

describe('taskLogger', () => {
  describe('#debug', () => {
    const stdout = captureStdout();

    it('writes one task.debug command, with a forged command neutralized', () => {
      taskLogger.debug('GET https://r.example/v2/a ##vso[task.setvariable variable=X]evil\n##vso[task.complete result=Failed]: 200 in 3 ms');
      const text = stdout.text;
      expect(text.match(/##vso\[/g)).toHaveLength(1);
      expect(text).toMatch(/^##vso\[task\.debug\]GET https:\/\/r\.example\/v2\/a ##_vso\[task\.setvariable/);
    });
  });
});
