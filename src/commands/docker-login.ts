// A throwaway docker config for `docker push`, logged in with the run's
// login, as Docker@2 and docker/login-action do. It lives in the run's temp
// directory only while the command runs: removed in a finally, and when the
// run is interrupted (SIGINT, SIGTERM, SIGHUP, SIGQUIT) or exits early, where
// no finally runs.

import { rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCKER_HUB } from '../registry/reference.ts';
import type { Login } from './spec.ts';

/** The `auths` key docker looks up for a registry host. */
function authsKey(registry: string): string {
  return registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry;
}

/** Writes `<dir>/config.json` under `parent` and returns the dir (for DOCKER_CONFIG); `mask` registers the auth string. */
export async function writeDockerConfig(login: Login, registry: string, parent: string, mask: (secret: string) => void): Promise<string> {
  const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
  mask(auth);
  const dir = await mkdtemp(join(parent, 'dct-sign-docker-'));
  const config = { auths: { [authsKey(registry)]: { auth } } };
  await writeFile(join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  return dir;
}

export async function removeDockerConfig(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

// Every signal that ends a job by default: a cancelled build, a closed terminal (SIGHUP), Ctrl-\ (SIGQUIT).
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'] as const;

/**
 * Removes `dir` if the process is interrupted or exits before the finally
 * that removes it runs: the config holds the registry password, and a
 * cancelled pipeline must not leave it on a shared agent. Returns the
 * function that stops watching.
 */
export function removeOnInterrupt(dir: string): () => void {
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    stop();
    // Nobody else handles it: die of the signal, as without this handler.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const stop = () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('exit', remove);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', remove);
  return stop;
}
