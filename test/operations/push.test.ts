// Pushing the tags of a sign: every tag is pushed even after a failed one,
// and a push still running at the deadline is stopped.

import { describe, expect, it } from 'vitest';
import { ProcessRunner } from '../../src/cli/process-runner.ts';
import { DctError } from '../../src/errors.ts';
import type { CommandResult, CommandRunner, RunOptions } from '../../src/operations/command-runner.ts';
import { pushAll } from '../../src/operations/push.ts';
import { parseReference } from '../../src/registry/reference.ts';
import { allGone, hangingCommand } from './support/hanging-command.ts';

const silent = { debug: () => {}, info: () => {}, warning: () => {} };
const refs = ['registry.example.com/app:1', 'registry.example.com/app:2', 'registry.example.com/app:3'].map((r) => parseReference(r));
const DIGEST = `sha256:${'a'.repeat(64)}`;
const later = (ms: number) => ({ at: Date.now() + ms, limitMs: ms });

/** docker push that fails for the references given, with docker's usual error lines. */
function dockerFailingFor(failing: readonly string[]): CommandRunner & { pushed: string[]; calls: RunOptions[] } {
  const pushed: string[] = [];
  const calls: RunOptions[] = [];
  return {
    pushed,
    calls,
    run: (_command, args, options = {}): Promise<CommandResult> => {
      const reference = args[1]!;
      pushed.push(reference);
      calls.push(options);
      if (failing.includes(reference)) {
        return Promise.resolve({ exitCode: 1, stdout: 'The push refers to repository [registry.example.com/app]\n', stderr: 'denied: requested access to the resource is denied\n' });
      }
      return Promise.resolve({ exitCode: 0, stdout: `${reference.split(':')[1]}: digest: ${DIGEST} size: 528\n`, stderr: '' });
    },
  };
}

describe('#pushAll', () => {
  describe('when a push in the middle fails', () => {
    it('pushes the rest, and names the failed one with its exit code and docker\'s error', async () => {
      const runner = dockerFailingFor(['registry.example.com/app:2']);

      const outcome = await pushAll(refs, { runner, env: {}, deadline: later(60_000), logger: silent });

      expect(runner.pushed).toEqual(refs.map((r) => r.original));
      expect([...outcome.pushed]).toEqual([
        ['registry.example.com/app:1', DIGEST],
        ['registry.example.com/app:3', DIGEST],
      ]);
      expect(outcome.failed).toEqual([
        { reference: 'registry.example.com/app:2', exitCode: 1, error: 'denied: requested access to the resource is denied' },
      ]);
    });
  });

  describe('when every push fails', () => {
    it('fails with a COMMAND error naming each tag and saying nothing was signed', async () => {
      const runner = dockerFailingFor(refs.map((r) => r.original));

      const err = await pushAll(refs, { runner, env: {}, deadline: later(60_000), logger: silent }).catch((e: unknown) => e);

      expect(err).toBeInstanceOf(DctError);
      expect(err).toMatchObject({ code: 'COMMAND' });
      expect((err as Error).message).toBe(
        refs.map((r) => `docker push ${r.original} failed (exit code 1): denied: requested access to the resource is denied`).join('; ') +
          '; nothing was signed',
      );
    });
  });

  it('leaves DOCKER_CONTENT_TRUST out of docker\'s environment and gives each push the deadline', async () => {
    const runner = dockerFailingFor([]);

    await pushAll(refs.slice(0, 1), { runner, env: { DOCKER_CONTENT_TRUST: '1', KEEP: 'x' }, deadline: later(60_000), logger: silent });

    expect(runner.calls[0]!.env).toEqual({ KEEP: 'x' });
    expect(runner.calls[0]!.signal).toBeInstanceOf(AbortSignal);
  });

  describe('when docker push hangs past the deadline', () => {
    it('stops it, and what it started, and fails naming the timeout input and the push', async () => {
      const hanging = await hangingCommand();
      // A docker that hangs: the real runner, running the hanging script in docker's place.
      const runner = new ProcessRunner({ echo: () => {} });
      const started = Date.now();
      const pushing = pushAll(refs.slice(0, 1), {
        runner: { run: (_docker, _args, options) => runner.run(hanging.command, hanging.args, options) },
        env: { PATH: process.env.PATH },
        deadline: later(1_000),
        logger: silent,
      }).catch((e: unknown) => e);
      const pids = await hanging.started();
      const err = await pushing;

      expect(err).toBeInstanceOf(DctError);
      expect(err).toMatchObject({ code: 'COMMAND' });
      expect((err as Error).message).toBe(
        'timed out after 1 s (the timeout input) while running docker push registry.example.com/app:1, which was stopped; nothing was signed',
      );
      expect(await allGone([pids.command, pids.helper])).toBe(true);
      // A correctness bound: on main the push ran until killed.
      expect(Date.now() - started).toBeLessThan(10_000);
    }, 20_000);
  });
});
