// The options every operation that reaches a registry and its trust server
// takes, from the connection inputs (inputs.ts connectionInputs).

import type { ConnectionOptions } from '../operations/connections.ts';
import type { InputValues, RunContext } from './spec.ts';

export function connectionOptions(v: InputValues, ctx: RunContext): ConnectionOptions & { readonly logger: RunContext['logger'] } {
  const login = v.login();
  return {
    trustServer: v.string('trust-server'),
    trustServerCa: v.parsed<string>('trust-server-ca'),
    registryCa: v.parsed<string>('registry-ca'),
    trustPin: v.string('trust-pin'),
    // The CLI reads the variable itself; the action and the task read it here.
    trustState: v.string('trust-state') ?? ctx.env.DCT_TRUST_STATE,
    trustStateForget: v.parsed<string[]>('trust-state-forget'),
    username: login?.username,
    password: login?.password,
    env: ctx.env,
    logger: ctx.logger,
    timeoutMs: v.parsed<number>('timeout'),
    proxy: ctx.proxy,
    mask: ctx.maskSecret,
  };
}
