// The `.sig` form's manifest: an OCI image manifest under the tag
// `sha256-<hex>.sig`, one simple-signing layer per signature, and the config
// go-containerregistry writes for it (cosign's mutate.Append onto an empty
// image): the layers' diff_ids and one empty history entry per layer. A
// payload layer is stored uncompressed, so its diff_id is its digest.

import { createHash } from 'node:crypto';
import { DctError } from '../errors.ts';
import { OCI_MANIFEST, DOCKER_MANIFEST } from '../registry/media-types.ts';
import { toDescriptor } from '../registry/descriptors.ts';
import type { Descriptor } from '../registry/oci-registry.ts';
import { OCI_CONFIG_MEDIA_TYPE, SIGNATURE_ANNOTATION, SIMPLE_SIGNING_MEDIA_TYPE } from './constants.ts';

/** The tag cosign keeps a digest's `.sig` form under. */
export function sigTagOf(digest: string): string {
  return `${digest.replace(':', '-')}.sig`;
}

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function signatureLayer(payload: Uint8Array, signature: Uint8Array): Descriptor {
  return {
    mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
    size: payload.length,
    digest: sha256Digest(payload),
    annotations: { [SIGNATURE_ANNOTATION]: Buffer.from(signature).toString('base64') },
  };
}

const EPOCH = '0001-01-01T00:00:00Z';

/** The config blob for these layers, byte for byte as cosign 2.5 writes it. */
export function sigConfig(layers: readonly Descriptor[]): Uint8Array {
  const config = {
    architecture: '',
    created: EPOCH,
    history: layers.map(() => ({ created: EPOCH })),
    os: '',
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
    config: {},
  };
  return new TextEncoder().encode(JSON.stringify(config));
}

/** The manifest bytes listing `layers`, whose config blob is `config`. */
export function sigManifest(config: Uint8Array, layers: readonly Descriptor[]): Uint8Array {
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: { mediaType: OCI_CONFIG_MEDIA_TYPE, size: config.length, digest: sha256Digest(config) },
    layers: layers.map((l) => ({
      mediaType: l.mediaType,
      size: l.size,
      digest: l.digest,
      ...(l.annotations ? { annotations: l.annotations } : {}),
    })),
  };
  return new TextEncoder().encode(JSON.stringify(manifest));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The layers of what a `.sig` tag holds. Anything but an image manifest of
 * descriptors is refused with an error naming the tag: appending to it
 * would destroy what someone else keeps there.
 */
export function parseSigManifest(bytes: Uint8Array, tag: string, where: string): Descriptor[] {
  const refuse = (why: string) =>
    new DctError(
      'VERIFY',
      `${where}: the tag ${tag} holds ${why}, not cosign's signature manifest; it was not changed. Move or delete that tag (cosign keeps signatures there), then sign again`,
    );
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse('something that is not JSON');
  }
  if (!isObject(doc)) throw refuse('JSON that is not a manifest');
  const mediaType = doc.mediaType ?? OCI_MANIFEST;
  if (mediaType !== OCI_MANIFEST && mediaType !== DOCKER_MANIFEST) throw refuse(`a ${String(mediaType)}`);
  if (doc.schemaVersion !== 2 || !Array.isArray(doc.layers) || !isObject(doc.config)) throw refuse('a manifest without layers');
  const layers = doc.layers.map(toDescriptor);
  if (layers.some((l) => l === undefined)) throw refuse('a manifest with a malformed layer');
  const other = layers.find((l) => l!.mediaType !== SIMPLE_SIGNING_MEDIA_TYPE);
  if (other) throw refuse(`a manifest with a layer of type ${other.mediaType}`);
  return layers as Descriptor[];
}
