// sign's cosign part: the key that makes the cosign signatures, the push
// rights it needs (checked before anything is written in any format), and
// the registry writes, which run while the trust server publishes.

import { InputError } from '../errors.ts';
import type { LoadedPrivateKey } from '../keys/index.ts';
import type { ImageReference, TaggedReference } from '../registry/reference.ts';
import type { ManifestDescriptor } from '../registry/registry-client.ts';
import type { CosignSigner, CosignWriteOutcome } from '../sigstore/types.ts';
import { cosignFormatOf, type CosignFormat } from './formats.ts';
import type { TagOutcome } from './registry-writes.ts';
import { byRepository, type RepositoryContext } from './repository-context.ts';

/** What sign needs to write cosign signatures: the format and the signer, ready before any request. */
export interface CosignPlan {
  readonly format: CosignFormat;
  readonly signer: CosignSigner;
}

/** The cosign key: cosign-key when given, else the signer key that makes the DCT signatures too. */
export async function cosignPlanOf(
  given: CosignFormat | undefined,
  signerKey: LoadedPrivateKey | undefined,
  cosignKey: LoadedPrivateKey | undefined,
): Promise<CosignPlan> {
  const key = cosignKey ?? signerKey;
  if (!key) throw new InputError('signer-key', 'no key to make the cosign signatures with; give signer-key or cosign-key');
  const format = await cosignFormatOf(given);
  // A key type cosign does not take is refused here, naming its input, before any request.
  return { format, signer: format.signerOf(key) };
}

/** Each repository's registry refuses an identity that may not push before anything is written in any format. */
export async function checkPushRights(context: RepositoryContext<ImageReference>, refs: readonly ImageReference[]): Promise<void> {
  await Promise.all(
    [...byRepository(refs).values()].map(async ([ref]) => {
      const registry = await context.oci(ref!);
      await registry.checkPushRights({ registry: ref!.registry, repository: ref!.repository });
    }),
  );
}

/** One tag's cosign write: what it wrote, or why it failed. */
export type CosignTagOutcome = TagOutcome<CosignWriteOutcome>;

/** One tag's cosign write with its reads and checks done: what is left only writes. */
export interface CosignTagWrite {
  readonly ref: TaggedReference;
  write(): Promise<CosignWriteOutcome>;
}

/**
 * Every tag's cosign reads and checks (a `.sig` tag holding something else
 * is refused here), before anything is written in any format: a failure
 * throws, and the trust server publishes nothing either.
 */
export async function prepareCosign(
  context: RepositoryContext<TaggedReference>,
  plan: CosignPlan,
  resolved: readonly { readonly ref: TaggedReference; readonly manifest: ManifestDescriptor }[],
): Promise<CosignTagWrite[]> {
  return Promise.all(
    resolved.map(async ({ ref, manifest }): Promise<CosignTagWrite> => {
      const registry = await context.oci(ref);
      const target = { registry, location: { registry: ref.registry, repository: ref.repository }, tag: ref.tag, manifest };
      const options = { logger: context.logger };
      if (!plan.format.prepare) return { ref, write: () => plan.format.write(target, plan.signer, options) };
      const prepared = await plan.format.prepare(target, plan.signer, options);
      return { ref, write: () => prepared.write() };
    }),
  );
}

/** Writes both cosign forms for every tag at once; a tag that fails does not stop the others. */
export async function writeCosign(writes: readonly CosignTagWrite[]): Promise<CosignTagOutcome[]> {
  return Promise.all(
    writes.map(async ({ ref, write }): Promise<CosignTagOutcome> => {
      try {
        return { ref, ok: true, outcome: await write() };
      } catch (err) {
        return { ref, ok: false, error: err };
      }
    }),
  );
}
