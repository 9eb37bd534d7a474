// execute: a docker login for a command that pushes, the operation loaded
// and run with the spec's options, and info lines as debug for the commands
// whose result repeats them.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { execute, runCommand } from '../../src/commands/run.ts';
import { signSpec } from '../../src/commands/sign.ts';
import { defineCommand, type InputValues, type Login, type RunContext } from '../../src/commands/spec.ts';
import { DctError, StateNotSavedError } from '../../src/errors.ts';
import type { Logger } from '../../src/logger.ts';
import { parseReference } from '../../src/registry/reference.ts';

function values(tags: string[], login?: Login): InputValues {
  return {
    string: () => undefined,
    list: (name) => (name === 'tags' ? [...tags] : []),
    boolean: () => false,
    key: () => undefined,
    login: () => login,
    // As readInputs leaves them: the references parsed once.
    parsed: <T>(name: string) => (name === 'tags' ? tags.map((t) => parseReference(t)) : undefined) as T,
  };
}

interface Seen {
  env?: NodeJS.ProcessEnv;
  config?: unknown;
  mode?: number;
  logger?: Logger;
}

/** A spec whose options are the run's context, and whose operation looks at the docker config it got. */
function spec(own: { pushes?: boolean; infoAsDebug?: boolean; fail?: boolean } = {}) {
  return defineCommand<RunContext, Seen>({
    name: 'test',
    summary: 'test',
    help: { usage: '', about: '', examples: '', exitCodes: [] },
    inputs: [],
    ...(own.pushes === undefined ? {} : { pushes: () => own.pushes! }),
    ...(own.infoAsDebug ? { infoAsDebug: true } : {}),
    options: (_, ctx) => ctx,
    operation: async () => async (ctx) => {
      const dir = ctx.env.DOCKER_CONFIG;
      const seen: Seen = { env: ctx.env, logger: ctx.logger };
      if (dir && existsSync(join(dir, 'config.json'))) {
        seen.config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
        seen.mode = statSync(join(dir, 'config.json')).mode & 0o777;
      }
      if (own.fail) throw Object.assign(new Error('push failed'), { seen });
      return seen;
    },
    outputs: [],
    json: { help: 'JSON', value: (r) => r },
    text: () => '',
    done: () => '',
  });
}

function context(masked: string[], lines: string[] = []): RunContext {
  return {
    logger: {
      debug: (m) => lines.push(`debug ${m}`),
      info: (m) => lines.push(`info ${m}`),
      warning: (m) => lines.push(`warning ${m}`),
    },
    runner: { run: () => Promise.reject(new Error('no runner')) },
    env: { DOCKER_CONFIG: '/home/me/.docker', OTHER: 'kept' },
    workDirectory: '/work',
    tempDirectory: mkdtempSync(join(tmpdir(), 'dct-run-test-')),
    maskKey: () => {},
    maskSecret: (s) => masked.push(s ?? ''),
  };
}

const LOGIN: Login = { username: 'ci', password: 'registry-pass' };
const AUTH = Buffer.from('ci:registry-pass').toString('base64');

describe('#execute', () => {
  describe('when the command pushes with a login', () => {
    test.each([
      ['the registry of the first reference', ['registry.example.com/app:1'], LOGIN, 'registry.example.com'],
      ["the login's own registry", ['registry.example.com/app:1'], { ...LOGIN, registry: 'myacr.azurecr.io' }, 'myacr.azurecr.io'],
      ["Docker Hub, under docker's key for it", ['library/app:1'], LOGIN, 'https://index.docker.io/v1/'],
    ])('hands the operation a docker config in the temp directory, logged in to %s', async (_, tags, login, key) => {
      const masked: string[] = [];
      const ctx = context(masked);
      const seen = (await execute(spec({ pushes: true }), values(tags, login), ctx)) as Seen;
      const dir = seen.env!.DOCKER_CONFIG!;
      expect(dir.startsWith(join(ctx.tempDirectory, 'dct-sign-docker-'))).toBe(true);
      expect(seen.env!.OTHER).toBe('kept');
      expect(seen.config).toEqual({ auths: { [key]: { auth: AUTH } } });
      expect(seen.mode).toBe(0o600);
      expect(masked).toEqual([AUTH]);
    });

    it('removes the docker config when the operation is done', async () => {
      const ctx = context([]);
      await execute(spec({ pushes: true }), values(['registry.example.com/app:1'], LOGIN), ctx);
      expect(readdirSync(ctx.tempDirectory)).toEqual([]);
    });

    it('removes it when the operation throws, too', async () => {
      const ctx = context([]);
      const err = (await execute(spec({ pushes: true, fail: true }), values(['registry.example.com/app:1'], LOGIN), ctx).catch((e: unknown) => e)) as {
        seen: Seen;
      };
      expect(err.seen.config).toEqual({ auths: { 'registry.example.com': { auth: AUTH } } });
      expect(readdirSync(ctx.tempDirectory)).toEqual([]);
    });
  });

  describe('when the command does not push with a login', () => {
    test.each([
      ['a login but no push', { pushes: false }, LOGIN],
      ['a push but no login', { pushes: true }, undefined],
      ['a command that never pushes', {}, LOGIN],
    ])('leaves the environment as it is with %s', async (_, own, login) => {
      const masked: string[] = [];
      const ctx = context(masked);
      const seen = (await execute(spec(own), values(['registry.example.com/app:1'], login), ctx)) as Seen;
      expect(seen.env).toEqual(ctx.env);
      expect(masked).toEqual([]);
      expect(readdirSync(ctx.tempDirectory)).toEqual([]);
    });
  });

  describe("when the spec's result repeats the core's info lines", () => {
    test.each([
      [true, ['debug a verdict', 'warning careful', 'debug a detail']],
      [false, ['info a verdict', 'warning careful', 'debug a detail']],
    ])('with infoAsDebug %s logs %j', async (infoAsDebug, expected) => {
      const lines: string[] = [];
      const seen = (await execute(spec({ infoAsDebug }), values([]), context([], lines))) as Seen;
      seen.logger!.info('a verdict');
      seen.logger!.warning('careful');
      seen.logger!.debug('a detail');
      expect(lines).toEqual(expected);
    });
  });

  describe('when the environment holds secrets', () => {
    const SECRETS = {
      DCT_SIGNER_KEY: 'key',
      DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE: 'pp',
      NOTARY_DELEGATION_PASSPHRASE: 'pp',
      NOTARY_TARGETS_PASSPHRASE: 'pp',
      DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE: 'pp',
      NOTARY_ROOT_PASSPHRASE: 'pp',
      'INPUT_SIGNER-KEY': 'key',
      INPUT_PASSWORD: 'pw',
      ENDPOINT_AUTH_PARAMETER_ID_PASSWORD: 'pw',
    };
    const withSecrets = (ctx: RunContext): RunContext => ({
      ...ctx,
      env: { ...ctx.env, ...SECRETS },
      secretVariables: { names: ['INPUT_SIGNER-KEY', 'INPUT_PASSWORD'], prefixes: ['ENDPOINT_AUTH_'] },
    });

    it('hands the operation an environment without them, and the docker config', async () => {
      const ctx = withSecrets(context([]));
      const seen = (await execute(spec({ pushes: true }), values(['registry.example.com/app:1'], LOGIN), ctx)) as Seen;
      expect(Object.keys(seen.env!).sort()).toEqual(['DOCKER_CONFIG', 'OTHER']);
      expect(seen.env!.DOCKER_CONFIG!.startsWith(join(ctx.tempDirectory, 'dct-sign-docker-'))).toBe(true);
    });

    it("gives none of them to sign's docker push and credential helpers", async () => {
      const ctx = withSecrets(context([]));
      let options: { env?: NodeJS.ProcessEnv } | undefined;
      await execute(signSpec, values(['registry.example.com/app:1']), ctx, async (given: never) => {
        options = given;
        return undefined;
      });
      // sign pushes with options.env, and credential helpers run with it (connectionOptions).
      expect(options!.env).toEqual({ DOCKER_CONFIG: '/home/me/.docker', OTHER: 'kept' });
    });
  });

  describe('when an operation is handed in', () => {
    it("runs it with the spec's options instead of the spec's operation", async () => {
      const ctx = context([]);
      let got: unknown;
      const result = await execute(spec(), values([]), ctx, async (options: never) => {
        got = options;
        return 'fake';
      });
      expect(result).toBe('fake');
      expect(got).toMatchObject({ workDirectory: '/work', env: ctx.env });
    });
  });
});

describe('#runCommand', () => {
  /** A spec whose result is the operation's, and whose failures are the result's `failed` lines. */
  const counting = defineCommand<RunContext, { failed: string[] }>({
    name: 'test',
    summary: 'test',
    help: { usage: '', about: '', examples: '', exitCodes: [] },
    inputs: [],
    options: (_, ctx) => ctx,
    operation: async () => async () => ({ failed: [] }),
    outputs: [],
    json: { help: 'JSON', value: (r) => r },
    text: () => '',
    done: () => '',
    failures: (r) => r.failed,
  });

  describe('when the operation succeeds', () => {
    test.each([
      ['no failure', [], []],
      ['failures of its own (verify)', ['app:v1 is not signed'], ['app:v1 is not signed']],
    ])('gives its result with %s', async (_, failed, failures) => {
      const outcome = await runCommand(counting, values([]), context([]), async () => ({ failed }));
      expect(outcome).toEqual({ result: { failed }, failures });
    });
  });

  describe('when the operation published but could not save the trust state', () => {
    it('gives the result the error carries, with the error as a failure after its own', async () => {
      const result = { failed: ['app:v2 is not signed'] };
      const err = new StateNotSavedError('trust-state: what this run published is live, but not saved', result);
      const outcome = await runCommand(counting, values([]), context([]), async () => {
        throw err;
      });
      expect(outcome.result).toBe(result);
      expect(outcome.failures).toEqual(['app:v2 is not signed', err.message]);
    });
  });

  describe('when the operation fails otherwise', () => {
    it('throws its error', async () => {
      const err = new DctError('HTTP', 'the trust server said no');
      await expect(
        runCommand(counting, values([]), context([]), async () => {
          throw err;
        }),
      ).rejects.toBe(err);
    });
  });
});

describe('#execute interrupted mid-push', () => {
  // A child process runs a pushing command whose fake docker push never ends, then gets the signal.
  test.each(['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const)('removes the temporary docker config on %s', async (signal) => {
    const temp = mkdtempSync(join(tmpdir(), 'dct-run-signal-'));
    // Through a shell that turns core dumps off (SIGQUIT dumps core) and then becomes the child.
    const script = join(import.meta.dirname, 'support', 'push-until-killed.ts');
    const child = spawn('sh', ['-c', 'ulimit -c 0; exec "$0" "$@"', process.execPath, script, temp], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const pushing = new Promise<string>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const dir = /DOCKER_CONFIG=(\S+)\n/.exec(out)?.[1];
        if (dir) resolve(dir);
      });
    });
    const exited = once(child, 'exit');

    const dir = await pushing;
    expect(existsSync(join(dir, 'config.json'))).toBe(true);
    child.kill(signal);
    const [code, killedBy] = (await exited) as [number | null, NodeJS.Signals | null];

    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(temp)).toEqual([]);
    // It still dies of the signal, as it would without the clean-up.
    expect({ code, killedBy }).toEqual({ code: null, killedBy: signal });
    rmSync(temp, { recursive: true, force: true });
  });
});
