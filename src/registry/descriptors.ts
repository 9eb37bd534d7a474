// Reads the descriptor list of an image index (a referrers API answer, a
// `sha256-<hex>` tag index) from bytes off the network: entries are checked
// one by one, and one that is not a descriptor is left out, not trusted.

import type { Descriptor } from './oci-registry.ts';

const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/** The parsed JSON object, or undefined when the bytes are not one. */
export function parseJsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `manifests` of an image index, or undefined when the bytes are no
 * index. `mediaType`: the type the index must declare, if it declares one.
 */
export function parseDescriptors(bytes: Uint8Array, mediaType: string): Descriptor[] | undefined {
  const index = parseJsonObject(bytes);
  if (index === undefined || !Array.isArray(index.manifests)) return undefined;
  if (index.mediaType !== undefined && index.mediaType !== mediaType) return undefined;
  return index.manifests.flatMap((entry: unknown) => {
    const d = toDescriptor(entry);
    return d === undefined ? [] : [d];
  });
}

export function toDescriptor(entry: unknown): Descriptor | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { mediaType, digest, size, artifactType, annotations, platform } = entry as Record<string, unknown>;
  if (typeof mediaType !== 'string' || typeof digest !== 'string' || !DIGEST.test(digest)) return undefined;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined;
  return {
    mediaType,
    digest,
    size,
    ...(typeof artifactType === 'string' ? { artifactType } : {}),
    ...(isStringRecord(annotations) ? { annotations } : {}),
    ...(typeof platform === 'object' && platform !== null && !Array.isArray(platform) ? { platform: platform as Record<string, unknown> } : {}),
  };
}

export function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}
