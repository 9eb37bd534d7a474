import { describe, expect, it } from 'vitest';
import { ProcessRunner } from '../../src/cli/process-runner.ts';
import { DctError } from '../../src/errors.ts';
import { allGone, hangingCommand } from '../operations/support/hanging-command.ts';

describe('ProcessRunner', () => {
  describe('#run', () => {
    it('captures stdout and stderr, echoes both, and returns the exit code', async () => {
      const echoed: string[] = [];
      const runner = new ProcessRunner({ echo: (c) => echoed.push(c.toString()) });
      const result = await runner.run(process.execPath, [
        '-e',
        'process.stdout.write("out " + process.env.MARK); process.stderr.write("err"); process.exit(3)',
      ], { env: { MARK: 'x1' } });
      expect(result).toEqual({ exitCode: 3, stdout: 'out x1', stderr: 'err' });
      expect(echoed.sort()).toEqual(['err', 'out x1']);
    });

    it('reports a command that is not installed as a COMMAND error with the fix', async () => {
      const runner = new ProcessRunner({ echo: () => {} });
      const err = await runner.run('dct-sign-no-such-command', ['push']).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DctError);
      expect(err).toMatchObject({ code: 'COMMAND', message: expect.stringMatching(/not found on PATH.*--no-push/) });
    });

    it('reports death by a signal as 128 + the signal number', async () => {
      const runner = new ProcessRunner({ echo: () => {} });
      const result = await runner.run(process.execPath, ['-e', 'process.kill(process.pid, "SIGTERM")']);
      expect(result.exitCode).toBe(128 + 15);
    });

    describe('when its signal aborts (the deadline)', () => {
      it('kills the command and what it started, and rejects with the reason at once', async () => {
        const hanging = await hangingCommand();
        const runner = new ProcessRunner({ echo: () => {} });
        const deadline = new AbortController();
        const reason = new DctError('COMMAND', 'timed out after 1 s (the timeout input) while running docker push');
        const running = runner.run(hanging.command, hanging.args, { signal: deadline.signal }).catch((e: unknown) => e);
        const pids = await hanging.started();
        deadline.abort(reason);

        expect(await running).toBe(reason);
        expect(await allGone([pids.command, pids.helper])).toBe(true);
      });
    });
  });
});
