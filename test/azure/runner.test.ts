// The CommandRunner over task-lib's tool runner: exit codes come back instead
// of throwing, output is collected, what streams to the build log has its
// `##vso[` commands neutralized, as our own text has (plain-text.ts), and the
// command is stopped at the deadline.

import { describe, expect, it } from 'vitest';
import { TaskCommandRunner } from '../../src/azure/runner.ts';
import { DctError } from '../../src/errors.ts';
import { allGone, hangingCommand } from '../operations/support/hanging-command.ts';
import { captureStdout } from './agent.ts';

const stdout = captureStdout();

describe('TaskCommandRunner', () => {
  describe('#run', () => {
    it('returns the exit code and output of a command', async () => {
      const result = await new TaskCommandRunner().run('sh', ['-c', 'echo out; echo err >&2; exit 3']);
      expect(result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
    });

    describe('when the command prints agent commands', () => {
      // What a registry could put in an error message that docker push prints, on stdout and stderr.
      const FORGED = 'echo "layer ##vso[task.setvariable variable=X]evil"; echo "##vso[task.complete result=Failed]" >&2';

      it('lets none of them reach the agent', async () => {
        await new TaskCommandRunner().run('sh', ['-c', FORGED]);
        // task-lib's own debug lines (one command each, whatever their data holds) aside.
        const shown = stdout.text.split('\n').filter((line) => !line.startsWith('##vso[task.debug]'));
        expect(shown.filter((line) => line.includes('##vso['))).toEqual([]);
        expect(stdout.text).toContain('layer ##_vso[task.setvariable variable=X]evil');
        expect(stdout.text).toContain('##_vso[task.complete result=Failed]');
      });

      it('returns the output as the command printed it', async () => {
        const result = await new TaskCommandRunner().run('sh', ['-c', `${FORGED}; exit 3`]);
        expect(result).toEqual({
          exitCode: 3,
          stdout: 'layer ##vso[task.setvariable variable=X]evil\n',
          stderr: '##vso[task.complete result=Failed]\n',
        });
      });
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
