// dct-sign's own cosign gate: reads both forms for the registry's current
// digest and counts a signature when it passes every check in checks.ts.
// Unsigned (nothing in either form) and invalid (signatures, none of which
// passes) are told apart, and an invalid verdict names the failed checks.

import { createPublicKey } from 'node:crypto';
import { DctError, InputError } from '../errors.ts';
import { loadPublicKeyPem } from '../keys/index.ts';
import { checkBundle, checkSimpleSigning, type Check, type Expectation, type VerifierKey } from './checks.ts';
import { SIGNATURE_ANNOTATION } from './constants.ts';
import { readBundles, readPayloads, readSigLayers, type ReadSignature } from './read.ts';
import type { CosignForm, CosignPublicKey, CosignReadOptions, CosignTarget, CosignVerdict } from './types.ts';

/** At most this many failed checks are named in a verdict. */
const PROBLEMS_SHOWN = 3;

/**
 * The keys as node keys, read as the keys module reads `cosign-public-key`
 * (a cosign.pub, or docker's `.pub` with its `role:` header); a KeyError
 * names the key's source when one is not a public key.
 */
export function verifierKeys(keys: readonly CosignPublicKey[]): VerifierKey[] {
  return keys.map((k) => ({
    source: k.source,
    key: createPublicKey(loadPublicKeyPem(k.pem, { input: k.source }).pem),
  }));
}

interface FormResult {
  readonly form: CosignForm;
  readonly checks: readonly { readonly label: string; readonly check: Check }[];
}

function checked(read: readonly ReadSignature[], test: (r: Extract<ReadSignature, { bytes: Uint8Array }>) => Check) {
  return read.map((r) => ({ label: r.label, check: 'problem' in r ? ({ ok: false, problem: r.problem } as const) : test(r) }));
}

async function sigForm(target: CosignTarget, keys: readonly VerifierKey[], expect: Expectation): Promise<FormResult> {
  let layers;
  try {
    layers = await readSigLayers(target.registry, target.location, expect.digest);
  } catch (err) {
    // A `.sig` tag that holds something else is no signature, but not silence either.
    if (!(err instanceof DctError) || err.code !== 'VERIFY') throw err;
    return { form: 'sig', checks: [{ label: 'the .sig tag', check: { ok: false, problem: err.message } }] };
  }
  const read = await readPayloads(target.registry, target.location, layers);
  return {
    form: 'sig',
    checks: checked(read, (r) => checkSimpleSigning(r.bytes, r.layer.annotations?.[SIGNATURE_ANNOTATION], keys, expect)),
  };
}

async function bundleForm(target: CosignTarget, keys: readonly VerifierKey[], expect: Expectation): Promise<FormResult> {
  let read;
  try {
    read = await readBundles(target.registry, target.location, expect.digest);
  } catch (err) {
    // A tag index that holds something else lists no signature.
    if (!(err instanceof DctError) || err.code !== 'VERIFY') throw err;
    return { form: 'bundle', checks: [{ label: 'the referrers tag index', check: { ok: false, problem: err.message } }] };
  }
  return { form: 'bundle', checks: checked(read, (r) => checkBundle(r.bytes, keys, expect)) };
}

export async function verifyCosignSignatures(
  target: CosignTarget,
  keys: readonly CosignPublicKey[],
  options: CosignReadOptions = {},
): Promise<CosignVerdict> {
  if (keys.length === 0) throw new InputError('cosign-public-key', 'no public key to check cosign signatures with; give one');
  const verifiers = verifierKeys(keys);
  const expect: Expectation = { digest: target.manifest.digest, location: target.location, tag: target.tag };
  const name = `${target.location.registry}/${target.location.repository}${target.tag === undefined ? '' : `:${target.tag}`}`;
  const results = await Promise.all([sigForm(target, verifiers, expect), bundleForm(target, verifiers, expect)]);
  const forms = results.filter((r) => r.checks.some((c) => c.check.ok)).map((r) => r.form);
  if (forms.length > 0) {
    const signedBy = new Set(results.flatMap((r) => r.checks.flatMap((c) => (c.check.ok ? [c.check.signedBy] : []))));
    options.logger?.debug(`${name}: cosign signatures valid in ${forms.join(', ')}`);
    return { ok: true, forms, signedBy: [...signedBy] };
  }
  const failed = results.flatMap((r) => r.checks.map((c) => `${c.label}: ${(c.check as { problem: string }).problem}`));
  if (failed.length === 0) {
    return { ok: false, reason: 'cosign-unsigned', message: `${name} (${expect.digest}) has no cosign signature in either form` };
  }
  const shown = failed.slice(0, PROBLEMS_SHOWN).join('; ');
  const more = failed.length > PROBLEMS_SHOWN ? `; and ${failed.length - PROBLEMS_SHOWN} more` : '';
  return { ok: false, reason: 'cosign-invalid', message: `${name} (${expect.digest}) has no valid cosign signature: ${shown}${more}` };
}
