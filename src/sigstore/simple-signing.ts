// cosign's simple-signing payload, the bytes a `.sig` layer holds and signs:
//   {"critical":{"identity":{"docker-reference":…},"image":{"docker-manifest-digest":…},
//    "type":"cosign container image signature"},"optional":{…}}
// Written with skopeo's key order and its identity `registry/repo:tag`;
// read as strictly as containers/image does (exactly these three critical
// fields), since a payload it refuses would fail podman's and CRI-O's gates.

import { COSIGN_SIGNATURE_TYPE } from './constants.ts';

export interface SimpleSigningPayload {
  /** `critical.identity.docker-reference`: `registry/repo`, `registry/repo:tag` or `registry/repo@digest`. */
  readonly identity: string;
  /** `critical.image.docker-manifest-digest`. */
  readonly digest: string;
}

export interface PayloadOptional {
  readonly creator: string;
  /** Unix seconds. */
  readonly timestamp: number;
}

export function encodeSimpleSigning(payload: SimpleSigningPayload, optional: PayloadOptional): Uint8Array {
  const doc = {
    critical: {
      identity: { 'docker-reference': payload.identity },
      image: { 'docker-manifest-digest': payload.digest },
      type: COSIGN_SIGNATURE_TYPE,
    },
    optional: { creator: optional.creator, timestamp: optional.timestamp },
  };
  return new TextEncoder().encode(JSON.stringify(doc));
}

/** Why bytes are not a payload containers/image would take. */
export class PayloadError extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function exactKeys(v: unknown, keys: readonly string[], what: string): Record<string, unknown> {
  if (!isObject(v)) throw new PayloadError(`${what} is not an object`);
  const extra = Object.keys(v).filter((k) => !keys.includes(k));
  if (extra.length > 0) throw new PayloadError(`${what} has unexpected fields ${extra.join(', ')}`);
  const missing = keys.filter((k) => !(k in v));
  if (missing.length > 0) throw new PayloadError(`${what} lacks ${missing.join(', ')}`);
  return v;
}

function stringField(v: Record<string, unknown>, key: string, what: string): string {
  const s = v[key];
  if (typeof s !== 'string') throw new PayloadError(`${what}.${key} is not a string`);
  return s;
}

export function decodeSimpleSigning(bytes: Uint8Array): SimpleSigningPayload {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new PayloadError('the payload is not JSON');
  }
  if (!isObject(doc)) throw new PayloadError('the payload is not a JSON object');
  const extra = Object.keys(doc).filter((k) => k !== 'critical' && k !== 'optional');
  if (extra.length > 0) throw new PayloadError(`the payload has unexpected fields ${extra.join(', ')}`);
  if (doc.optional !== undefined && doc.optional !== null && !isObject(doc.optional)) {
    throw new PayloadError('optional is not an object');
  }
  const critical = exactKeys(doc.critical, ['identity', 'image', 'type'], 'critical');
  if (critical.type !== COSIGN_SIGNATURE_TYPE) {
    throw new PayloadError(`critical.type is not "${COSIGN_SIGNATURE_TYPE}"`);
  }
  const identity = exactKeys(critical.identity, ['docker-reference'], 'critical.identity');
  const image = exactKeys(critical.image, ['docker-manifest-digest'], 'critical.image');
  return {
    identity: stringField(identity, 'docker-reference', 'critical.identity'),
    digest: stringField(image, 'docker-manifest-digest', 'critical.image'),
  };
}
