// Running a command the same way on every platform, once values.ts has read
// its inputs: log docker push in when it pushes with a login, take the
// secrets out of the environment the operation and its children get, load its
// operation (only now: a run loads the one command it runs), run it and say
// how it ended (runCommand). How the adapters show the result is theirs.

import { StateNotSavedError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { ImageReference } from '../registry/reference.ts';
import { withoutSecrets } from './secret-env.ts';
import type { AnyCommandSpec, InputValues, Login, RunContext } from './spec.ts';

/** The one registry of a login: its own, else that of the references (the core refuses a login for several). */
function loginRegistry(login: Login, values: InputValues): string | undefined {
  if (login.registry) return login.registry;
  return values.parsed<ImageReference[]>('tags')?.[0]?.registry;
}

/** The core's info lines as debug lines, for a command whose result repeats them. */
function quieter(logger: Logger): Logger {
  return { ...logger, info: (message) => logger.debug(message) };
}

/** An operation in place of the spec's, in tests. */
export type Operation = (options: never) => Promise<unknown>;

/** Runs the operation with the inputs `readInputs` read. */
export async function execute(spec: AnyCommandSpec, values: InputValues, context: RunContext, operation?: Operation): Promise<unknown> {
  const login = values.login();
  const registry = login && spec.pushes?.(values) ? loginRegistry(login, values) : undefined;
  // Loaded only for a push with a login: a new process that does not push starts sooner without it.
  const dockerLogin = login && registry ? await import('./docker-login.ts') : undefined;
  const dockerConfig =
    login && registry && dockerLogin ? await dockerLogin.writeDockerConfig(login, registry, context.tempDirectory, (s) => context.maskSecret(s)) : undefined;
  const stopWatching = dockerConfig ? dockerLogin?.removeOnInterrupt(dockerConfig) : undefined;
  try {
    // docker push and credential helpers inherit it: no secret variable goes with it.
    const env = withoutSecrets(context.env, context.secretVariables);
    const ctx: RunContext = {
      ...context,
      ...(spec.infoAsDebug ? { logger: quieter(context.logger) } : {}),
      env: dockerConfig ? { ...env, DOCKER_CONFIG: dockerConfig } : env,
    };
    const options = spec.options(values, ctx);
    const run = (operation ?? (await spec.operation())) as (options: unknown) => Promise<unknown>;
    return await run(options);
  } finally {
    stopWatching?.();
    if (dockerConfig) await dockerLogin?.removeDockerConfig(dockerConfig);
  }
}

/** How a command ended: the result to show, and the lines that make it a failure (exit code 1) after it is shown. */
export interface Outcome {
  readonly result: unknown;
  readonly failures: readonly string[];
}

/**
 * Runs the command (execute) and says how it ended, alike on every
 * platform: its result with the failures its spec finds in it (verify), or,
 * when the operation published but could not save the trust state
 * (StateNotSavedError), the result it carries with that error as a failure,
 * so that it is shown as on success and the run still fails.
 */
export async function runCommand(spec: AnyCommandSpec, values: InputValues, context: RunContext, operation?: Operation): Promise<Outcome> {
  let result: unknown;
  const failures: string[] = [];
  try {
    result = await execute(spec, values, context, operation);
  } catch (err) {
    if (!(err instanceof StateNotSavedError)) throw err;
    result = err.result;
    failures.push(err.message);
  }
  return { result, failures: [...(spec.failures?.(result) ?? []), ...failures] };
}
