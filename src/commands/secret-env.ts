// The environment a run hands its operation, and with it every child it
// starts (docker push, docker-credential-*): the caller's, without the
// variables that hold a secret. Which those are is written once, in the
// catalogue: each secret input's environment fallbacks (DCT_SIGNER_KEY, the
// passphrase variables); each platform adds the variables it gives its
// secret inputs in (the action's INPUT_SIGNER-KEY, the task's ENDPOINT_AUTH_*).
// No operation reads a secret from the environment: the adapters read them.

import { ALL_INPUTS } from './inputs.ts';
import type { InputSpec, SecretVariables } from './spec.ts';

/** A key, a passphrase or password, or a login (whose password is secret). */
export function isSecretInput(input: Pick<InputSpec, 'kind'>): boolean {
  return input.kind === 'key' || input.kind === 'secret' || input.kind === 'login';
}

/** The environment fallbacks of every secret input of every command. */
export const SECRET_ENV_NAMES: readonly string[] = [...new Set(ALL_INPUTS.filter(isSecretInput).flatMap((i) => i.env ?? []))];

/** `env` without the catalogue's secret variables and the platform's `platform` ones. */
export function withoutSecrets(env: NodeJS.ProcessEnv, platform: SecretVariables = { names: [] }): NodeJS.ProcessEnv {
  const names = new Set([...SECRET_ENV_NAMES, ...platform.names].map((n) => n.toUpperCase()));
  const prefixes = (platform.prefixes ?? []).map((p) => p.toUpperCase());
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    // Names compared case-blind: Windows' environment is, and a lower-case copy is the same secret.
    const upper = name.toUpperCase();
    if (names.has(upper) || prefixes.some((p) => upper.startsWith(p))) continue;
    out[name] = value;
  }
  return out;
}
