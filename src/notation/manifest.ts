// The OCI referrer manifest that holds a notation signature, as notation
// 1.3 pushes it through oras (PackManifestVersion1_1 with the notation
// artifact type, which oras puts in config.mediaType with the `{}` config
// and no artifactType field):
//
//   {"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
//    "config":{"mediaType":"application/vnd.cncf.notary.signature","digest":…,"size":2},
//    "layers":[{"mediaType":"application/jose+json","digest":…,"size":…}],
//    "subject":{"mediaType","digest","size"},
//    "annotations":{"io.cncf.notary.x509chain.thumbprint#S256":"[\"<sha256 hex of each DER>\"]",
//                   "org.opencontainers.image.created":"<signing time>"}}

import { createHash, type X509Certificate } from 'node:crypto';
import type { Descriptor } from '../registry/oci-registry.ts';
import { OCI_MANIFEST } from '../registry/media-types.ts';
import { ANNOTATION_CREATED, ANNOTATION_THUMBPRINTS, COSE_MEDIA_TYPE, JWS_MEDIA_TYPE, NOTATION_ARTIFACT_TYPE } from './constants.ts';
import { rfc3339Seconds } from './envelope.ts';

/** The config blob: the two bytes `{}`. */
export const CONFIG_BYTES = Buffer.from('{}');

export interface SignatureManifestInput {
  readonly config: { readonly digest: string; readonly size: number };
  readonly envelope: { readonly digest: string; readonly size: number };
  readonly subject: { readonly digest: string; readonly mediaType: string; readonly size: number };
  readonly chain: readonly X509Certificate[];
  readonly signingTime: Date;
}

/** `["<hex>",…]`: the sha256 of each certificate's DER, leaf first, as notation annotates it. */
export function thumbprints(chain: readonly X509Certificate[]): string {
  return JSON.stringify(chain.map((c) => createHash('sha256').update(c.raw).digest('hex')));
}

export function signatureManifestBytes(input: SignatureManifestInput): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: NOTATION_ARTIFACT_TYPE, digest: input.config.digest, size: input.config.size },
      layers: [{ mediaType: JWS_MEDIA_TYPE, digest: input.envelope.digest, size: input.envelope.size }],
      subject: { mediaType: input.subject.mediaType, digest: input.subject.digest, size: input.subject.size },
      annotations: {
        [ANNOTATION_THUMBPRINTS]: thumbprints(input.chain),
        [ANNOTATION_CREATED]: rfc3339Seconds(input.signingTime),
      },
    }),
  );
}

/** A listed referrer read as a notation signature: its envelope layer, or why it is not one we can read. */
export type SignatureManifest =
  | { readonly kind: 'notation'; readonly envelope: Descriptor; readonly subject: string | undefined }
  | { readonly kind: 'unreadable'; readonly problem: string }
  | { readonly kind: 'other' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What a referrer manifest is: a notation signature (config media type or
 * artifactType `application/vnd.cncf.notary.signature`, as notation-go's
 * ListSignatures accepts either) with its one envelope layer, or something
 * else (a cosign bundle, an attestation), which is not ours to judge.
 */
export function readSignatureManifest(bytes: Uint8Array): SignatureManifest {
  let m: unknown;
  try {
    m = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return { kind: 'other' };
  }
  if (!isRecord(m)) return { kind: 'other' };
  const configType = isRecord(m.config) ? m.config.mediaType : undefined;
  if (configType !== NOTATION_ARTIFACT_TYPE && m.artifactType !== NOTATION_ARTIFACT_TYPE) return { kind: 'other' };
  const subject = isRecord(m.subject) && typeof m.subject.digest === 'string' ? m.subject.digest : undefined;
  const layers = Array.isArray(m.layers) ? m.layers : [];
  if (layers.length !== 1) return { kind: 'unreadable', problem: `the signature manifest has ${layers.length} layers, not one envelope` };
  const layer: unknown = layers[0];
  if (!isRecord(layer) || typeof layer.digest !== 'string' || typeof layer.size !== 'number' || typeof layer.mediaType !== 'string') {
    return { kind: 'unreadable', problem: 'the signature manifest’s layer is not a descriptor' };
  }
  if (layer.mediaType === COSE_MEDIA_TYPE) return { kind: 'unreadable', problem: 'it is a COSE envelope, which dct-sign does not read; sign with the JWS format' };
  if (layer.mediaType !== JWS_MEDIA_TYPE) return { kind: 'unreadable', problem: `its envelope type ${layer.mediaType} is not ${JWS_MEDIA_TYPE}` };
  return { kind: 'notation', envelope: { mediaType: layer.mediaType, digest: layer.digest, size: layer.size }, subject };
}
