// The Action's CommandRunner: exit codes come back instead of
// throwing, output is collected and streamed to the step log.

import { describe, expect, it } from 'vitest';
import { DctError } from '../../src/errors.ts';
import { actionsRunner } from '../../src/github/runner.ts';
import { allGone, hangingCommand } from '../operations/support/hanging-command.ts';
import { useRunnerEnv } from './support/runner-env.ts';

describe('#run', () => {
  const runner = useRunnerEnv();

  it('returns the exit code, stdout and stderr of a failing command', async () => {
    const result = await actionsRunner.run('sh', ['-c', 'echo out; echo err >&2; exit 3']);
    expect(result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: 'err\n' });
  });

  it('streams the command line and its output to the log', async () => {
    await actionsRunner.run('sh', ['-c', 'echo streamed']);
    expect(runner.stdout.lines).toEqual(expect.arrayContaining([expect.stringMatching(/^\[command\]\S*sh -c/), 'streamed']));
  });

  it('passes the given environment, leaving out unset variables', async () => {
    const result = await actionsRunner.run('sh', ['-c', 'echo "$A-${B-unset}"'], {
      env: { PATH: process.env.PATH, A: 'set', B: undefined },
    });
    expect(result.stdout).toBe('set-unset\n');
  });

  describe('when its signal aborts (the deadline)', () => {
    it('kills the command and what it started, and rejects with the reason at once', async () => {
      const hanging = await hangingCommand();
      const deadline = new AbortController();
      const reason = new DctError('COMMAND', 'timed out after 1 s (the timeout input) while running docker push');
      const running = actionsRunner.run(hanging.command, hanging.args, { signal: deadline.signal }).catch((e: unknown) => e);
      const pids = await hanging.started();
      deadline.abort(reason);

      expect(await running).toBe(reason);
      expect(await allGone([pids.command, pids.helper])).toBe(true);
    });
  });
});
