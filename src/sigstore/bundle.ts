// The Sigstore bundle v0.3 that cosign 3 writes for `sign --key`, and the
// OCI 1.1 referrer manifest that carries it (shaped exactly as cosign 3.1's:
// the empty config with the bundle's artifactType, one bundle layer, the
// bundle annotations, `subject` = the image). A key-signed bundle has no
// tlog entries and no certificate: verificationMaterial holds only the key
// hint.

import { toDescriptor } from '../registry/descriptors.ts';
import { OCI_MANIFEST } from '../registry/media-types.ts';
import type { Descriptor } from '../registry/oci-registry.ts';
import {
  ANNOTATION_BUNDLE_CONTENT,
  ANNOTATION_BUNDLE_PREDICATE,
  ANNOTATION_CREATED,
  BUNDLE_MEDIA_TYPE,
  BUNDLE_MEDIA_TYPE_ALT,
  COSIGN_SIGN_PREDICATE,
  OCI_EMPTY_BYTES,
  OCI_EMPTY_MEDIA_TYPE,
} from './constants.ts';
import type { DsseEnvelope } from './dsse.ts';
import { sha256Digest } from './sig-manifest.ts';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export function encodeBundle(envelope: DsseEnvelope, hint: string): Uint8Array {
  const bundle = {
    mediaType: BUNDLE_MEDIA_TYPE,
    verificationMaterial: { publicKey: { hint } },
    dsseEnvelope: {
      payload: b64(envelope.payload),
      payloadType: envelope.payloadType,
      signatures: envelope.signatures.map((sig) => ({ sig: b64(sig) })),
    },
  };
  return new TextEncoder().encode(JSON.stringify(bundle));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function base64Bytes(v: unknown): Uint8Array | undefined {
  if (typeof v !== 'string' || v.length % 4 === 1 || !BASE64.test(v)) return undefined;
  return new Uint8Array(Buffer.from(v, 'base64'));
}

export function isBundleMediaType(mediaType: string | undefined): boolean {
  return mediaType === BUNDLE_MEDIA_TYPE || mediaType === BUNDLE_MEDIA_TYPE_ALT;
}

/** The DSSE envelope of a v0.3 bundle; a string saying why when the bytes are not one. */
export function decodeBundle(bytes: Uint8Array): DsseEnvelope | string {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return 'the bundle is not JSON';
  }
  if (!isObject(doc)) return 'the bundle is not a JSON object';
  if (typeof doc.mediaType !== 'string' || !isBundleMediaType(doc.mediaType)) {
    return `the bundle's media type ${String(doc.mediaType)} is not ${BUNDLE_MEDIA_TYPE}`;
  }
  const env = doc.dsseEnvelope;
  if (!isObject(env)) return 'the bundle holds no DSSE envelope';
  const payload = base64Bytes(env.payload);
  if (payload === undefined || typeof env.payloadType !== 'string' || !Array.isArray(env.signatures)) {
    return 'the bundle’s DSSE envelope is malformed';
  }
  const signatures = env.signatures.flatMap((s) => {
    const sig = isObject(s) ? base64Bytes(s.sig) : undefined;
    return sig === undefined ? [] : [sig];
  });
  return { payload, payloadType: env.payloadType, signatures };
}

/** The referrer manifest for a bundle blob, `subject` the signed image. */
export function bundleReferrerManifest(bundle: Uint8Array, subject: Descriptor, created: Date): Uint8Array {
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    config: {
      mediaType: OCI_EMPTY_MEDIA_TYPE,
      size: OCI_EMPTY_BYTES.length,
      digest: sha256Digest(OCI_EMPTY_BYTES),
      artifactType: BUNDLE_MEDIA_TYPE,
    },
    layers: [{ mediaType: BUNDLE_MEDIA_TYPE, size: bundle.length, digest: sha256Digest(bundle) }],
    annotations: {
      [ANNOTATION_BUNDLE_CONTENT]: 'dsse-envelope',
      [ANNOTATION_BUNDLE_PREDICATE]: COSIGN_SIGN_PREDICATE,
      [ANNOTATION_CREATED]: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    },
    subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
    artifactType: BUNDLE_MEDIA_TYPE,
  };
  return new TextEncoder().encode(JSON.stringify(manifest));
}

export interface BundleReferrer {
  /** The bundle layer to read. */
  readonly layer: Descriptor;
  /** The digest the manifest's `subject` names. */
  readonly subject: string | undefined;
}

/**
 * A referrer manifest that carries a Sigstore bundle, recognised by its
 * bundle layer (not by the index entry, which cosign 3.1 lists as the
 * empty type); undefined for other
 * referrers (attestations of other kinds, notation signatures…).
 */
export function parseBundleReferrer(bytes: Uint8Array): BundleReferrer | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  if (!isObject(doc) || !Array.isArray(doc.layers)) return undefined;
  const layers = doc.layers.map(toDescriptor);
  const layer = layers.find((l) => isBundleMediaType(l?.mediaType));
  if (layer === undefined) return undefined;
  // Only the signing predicate is a signature; attestations share the bundle type.
  const annotations = isObject(doc.annotations) ? doc.annotations : {};
  const predicate = annotations[ANNOTATION_BUNDLE_PREDICATE];
  if (typeof predicate === 'string' && predicate !== COSIGN_SIGN_PREDICATE) return undefined;
  const subject = isObject(doc.subject) ? toDescriptor(doc.subject)?.digest : undefined;
  return { layer, subject };
}
