// DSSE (Dead Simple Signing Envelope) over an in-toto v1 statement, as
// cosign 3 signs an image: the signature covers the pre-authentication
// encoding PAE(payloadType, payload), never the bare payload.

import {
  COSIGN_SIGN_PREDICATE,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT,
} from './constants.ts';

const encoder = new TextEncoder();

/** "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in bytes as ASCII decimal. */
export function pae(payloadType: string, payload: Uint8Array): Uint8Array {
  const type = encoder.encode(payloadType);
  const head = encoder.encode(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `);
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

/**
 * The statement cosign 3.1 signs for an image, byte for byte: the subject
 * is the digest alone (no name, empty annotations), the predicate empty.
 */
export function cosignStatement(digest: string): Uint8Array {
  const hex = digest.replace(/^sha256:/, '');
  const statement = {
    _type: IN_TOTO_STATEMENT,
    subject: [{ digest: { sha256: hex }, annotations: {} }],
    predicateType: COSIGN_SIGN_PREDICATE,
    predicate: {},
  };
  return encoder.encode(JSON.stringify(statement));
}

export interface DsseEnvelope {
  readonly payload: Uint8Array;
  readonly payloadType: string;
  readonly signatures: readonly Uint8Array[];
}

export interface StatementFacts {
  readonly predicateType: string;
  /** The sha256 hex digests of the statement's subjects. */
  readonly subjects: readonly string[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a verifier needs of an in-toto statement; undefined when it is not one. */
export function statementFacts(payload: Uint8Array, payloadType: string): StatementFacts | undefined {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch {
    return undefined;
  }
  if (!isObject(doc) || doc._type !== IN_TOTO_STATEMENT || typeof doc.predicateType !== 'string') return undefined;
  if (!Array.isArray(doc.subject)) return undefined;
  const subjects = doc.subject.flatMap((s) =>
    isObject(s) && isObject(s.digest) && typeof s.digest.sha256 === 'string' ? [s.digest.sha256.toLowerCase()] : [],
  );
  return { predicateType: doc.predicateType, subjects };
}
