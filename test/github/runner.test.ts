// The Action's CommandRunner: exit codes come back instead of
// throwing, output is collected and streamed to the step log.

import * as core from '@actions/core';
import { describe, expect, it } from 'vitest';
import { DctError } from '../../src/errors.ts';
import { maskSecret } from '../../src/github/reader.ts';
import { actionsRunner } from '../../src/github/runner.ts';
import { allGone, hangingCommand } from '../operations/support/hanging-command.ts';
import { executedCommands, useRunnerEnv } from './support/runner-env.ts';

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

describe('#run with output that holds workflow commands', () => {
  const runner = useRunnerEnv();
  // What a registry could put in an error message that docker push prints; the last line is left open.
  const FORGED = 'printf "::add-mask::ci\\n::error::forged\\nlayer\\r::set-output name=digest::x\\n##[error]old form\\n"; printf "::warning::open" >&2';

  it('lets the runner run none of them', async () => {
    await actionsRunner.run('sh', ['-c', FORGED]);
    expect(executedCommands(runner.stdout.text())).toEqual([]);
  });

  it('still streams the output and returns it', async () => {
    const result = await actionsRunner.run('sh', ['-c', FORGED]);
    expect(result.stdout).toContain('::error::forged\n');
    expect(result.stderr).toBe('::warning::open');
    expect(runner.stdout.lines).toEqual(expect.arrayContaining(['::error::forged', 'layer\r::set-output name=digest::x']));
  });

  it('resumes command processing afterwards, on a line of its own', async () => {
    await actionsRunner.run('sh', ['-c', FORGED]);
    core.error('ours');
    expect(executedCommands(runner.stdout.text())).toEqual(['::error::ours']);
  });

  it('masks a secret registered while a command runs, once commands run again', async () => {
    const running = actionsRunner.run('sh', ['-c', 'sleep 0.3; echo pushed']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    maskSecret('token-that-arrived-meanwhile');
    await running;
    expect(executedCommands(runner.stdout.text())).toEqual(['::add-mask::token-that-arrived-meanwhile']);
  });

  it('stops them once for commands that run at the same time', async () => {
    await Promise.all([actionsRunner.run('sh', ['-c', FORGED]), actionsRunner.run('sh', ['-c', 'sleep 0.2; echo ::error::late'])]);
    core.error('ours');
    expect(executedCommands(runner.stdout.text())).toEqual(['::error::ours']);
  });
});
