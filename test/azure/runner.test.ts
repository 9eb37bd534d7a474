// The CommandRunner over task-lib's tool runner: stopped at the deadline.

import { describe, expect, it } from 'vitest';
import { TaskCommandRunner } from '../../src/azure/runner.ts';
import { DctError } from '../../src/errors.ts';
import { captureStdout } from './agent.ts';
import { allGone, hangingCommand } from '../operations/support/hanging-command.ts';

captureStdout();

describe('TaskCommandRunner', () => {
  describe('#run', () => {
    it('returns the exit code and output of a command', async () => {
      const result = await new TaskCommandRunner().run('sh', ['-c', 'echo out; echo err >&2; exit 3']);
      expect(result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
    });

    describe('when its signal aborts (the deadline)', () => {
      it('kills the command and rejects with the reason at once', async () => {
        const hanging = await hangingCommand();
        const deadline = new AbortController();
        const reason = new DctError('COMMAND', 'timed out after 1 s (the timeout input) while running docker push');
        const running = new TaskCommandRunner().run(hanging.command, hanging.args, { signal: deadline.signal }).catch((e: unknown) => e);
        const pids = await hanging.started();
        deadline.abort(reason);

        expect(await running).toBe(reason);
        // The tool runner stops its own child only; what that started is left to the agent.
        expect(await allGone([pids.command])).toBe(true);
      });
    });
  });
});
