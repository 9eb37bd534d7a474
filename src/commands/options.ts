// The options every operation that reaches a registry and its trust server
// takes, from the connection inputs (inputs.ts connectionInputs).

import type { ConnectionOptions } from '../operations/connections.ts';
import type { KeyInput } from '../operations/inputs.ts';
import type { LoadedPrivateKey, SigningKeyUse } from '../keys/index.ts';
import type { ImageReference } from '../registry/reference.ts';
import { formatsOf } from './inputs.ts';
import type { InputValues, RunContext } from './spec.ts';

/** The references `tags` holds, as its input's parse gave them: references are parsed once, when read. */
export function referencesOf<R extends ImageReference = ImageReference>(v: InputValues): R[] {
  return v.parsed<R[]>('tags') ?? [];
}

/** Loads a key input (for notation signatures only with `jws`); errors name the input and the fix. */
export type KeyLoader = (key: KeyInput, use?: SigningKeyUse) => LoadedPrivateKey;

/**
 * An operation that takes loaded keys, behind options that carry key inputs:
 * the key module (x509, ASN.1) is loaded only when the command runs, and
 * each key is loaded and checked before the operation starts.
 */
export function withLoadedKeys<C, O, R>(
  operation: () => Promise<(options: O) => Promise<R>>,
  load: (options: C, loadKey: KeyLoader) => O,
): () => Promise<(options: C) => Promise<R>> {
  return async () => {
    const [run, { loadKeyInput }] = await Promise.all([operation(), import('../operations/key-inputs.ts')]);
    return (options) => run(load(options, loadKeyInput));
  };
}

export function connectionOptions(v: InputValues, ctx: RunContext): ConnectionOptions & { readonly logger: RunContext['logger'] } {
  const login = v.login();
  return {
    trustServer: v.string('trust-server'),
    trustServerCa: v.parsed<string>('trust-server-ca'),
    registryCa: v.parsed<string>('registry-ca'),
    trustPin: v.string('trust-pin'),
    // The CLI reads the variable itself; the action and the task read it here. Without dct it is ignored (dctOnlyRule).
    trustState: v.string('trust-state') ?? (formatsOf(v).includes('dct') ? ctx.env.DCT_TRUST_STATE : undefined),
    trustStateForget: v.parsed<string[]>('trust-state-forget'),
    requirePin: v.boolean('require-pin'),
    username: login?.username,
    password: login?.password,
    env: ctx.env,
    logger: ctx.logger,
    timeoutMs: v.parsed<number>('timeout'),
    proxy: ctx.proxy,
    mask: ctx.maskSecret,
  };
}
