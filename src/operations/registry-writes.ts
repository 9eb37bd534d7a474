// What sign does alike for every format written into the registry beside
// the image (cosign, notation): one write per tag, all at once, where a tag
// that fails does not stop the others, and each tag's outcome in one shape,
// so that adding a format is a table entry in sign.ts, not a copy of it.

import type { TaggedReference } from '../registry/reference.ts';
import type { ManifestDescriptor } from '../registry/registry-client.ts';
import type { OciRegistry, RepositoryLocation } from '../registry/oci-registry.ts';
import type { RegistryFormat } from './formats.ts';
import type { RepositoryContext } from './repository-context.ts';

/** One tag's write in one format: what it wrote, or why it failed. */
export type TagOutcome<O> =
  | { readonly ref: TaggedReference; readonly ok: true; readonly outcome: O }
  | { readonly ref: TaggedReference; readonly ok: false; readonly error: unknown };

/** One image in the registry, as the format modules take it. */
export interface RegistryTarget {
  readonly registry: OciRegistry;
  readonly location: RepositoryLocation;
  readonly tag: string;
  readonly manifest: ManifestDescriptor;
}

/** Writes one format for every tag at once; a tag that fails does not stop the others. */
export function writeEachTag<O>(
  context: RepositoryContext<TaggedReference>,
  resolved: readonly { readonly ref: TaggedReference; readonly manifest: ManifestDescriptor }[],
  write: (target: RegistryTarget) => Promise<O>,
): Promise<TagOutcome<O>[]> {
  return Promise.all(
    resolved.map(async ({ ref, manifest }): Promise<TagOutcome<O>> => {
      try {
        const registry = await context.oci(ref);
        return { ref, ok: true, outcome: await write({ registry, location: { registry: ref.registry, repository: ref.repository }, tag: ref.tag, manifest }) };
      } catch (err) {
        return { ref, ok: false, error: err };
      }
    }),
  );
}

/** A registry format's writes for a run, as sign combines them with the others: whether a tag's write changed anything, and what the tag's entry gains. */
export interface RegistryWrites {
  readonly format: RegistryFormat;
  readonly outcomes: readonly TagOutcome<{ readonly wrote: boolean; readonly entry: object }>[];
}
