// The Notary Project's JWS envelope (JSON serialization, flattened) as
// notation 1.3 writes it, and the checks notation makes of one before it
// trusts anything inside (notation-core-go signature/jws and
// signature/internal/base):
//
//   {"payload":B64URL({"targetArtifact":{"digest","mediaType","size"}}),
//    "protected":B64URL({"alg","crit":["io.cncf.notary.signingScheme"],"cty",
//                        "io.cncf.notary.signingScheme":"notary.x509",
//                        "io.cncf.notary.signingTime"}),
//    "header":{"x5c":[B64(DER), leaf first],"io.cncf.notary.signingAgent"},
//    "signature":B64URL(sig over "protected.payload")}
//
// Keys are written in the order Go's maps marshal them (sorted), so our
// envelope reads byte for byte like notation's.

import type { X509Certificate } from 'node:crypto';
import { X509Certificate as Certificate } from 'node:crypto';
import {
  certificateSubject,
  codeSigningChainProblem,
  isJwsAlgorithm,
  jwsAlgorithmOf,
  signJws,
  verifyJws,
  type JwsAlgorithm,
  type SigningKey,
} from '../keys/index.ts';
import {
  HEADER_AUTHENTIC_SIGNING_TIME,
  HEADER_EXPIRY,
  HEADER_SIGNING_AGENT,
  HEADER_SIGNING_SCHEME,
  HEADER_SIGNING_TIME,
  KNOWN_HEADERS,
  PAYLOAD_CONTENT_TYPE,
  SIGNING_SCHEME_SIGNING_AUTHORITY,
  SIGNING_SCHEME_X509,
} from './constants.ts';

/** What a signature covers: the image manifest's descriptor. */
export interface TargetArtifact {
  readonly digest: string;
  readonly mediaType: string;
  readonly size: number;
}

/** The payload bytes, as Go marshals notation's payload map. */
export function payloadBytes(target: TargetArtifact): Buffer {
  return Buffer.from(JSON.stringify({ targetArtifact: { digest: target.digest, mediaType: target.mediaType, size: target.size } }));
}

/** RFC 3339 in UTC at second precision, as notation writes the signing time. */
export function rfc3339Seconds(time: Date): string {
  return new Date(Math.floor(time.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export interface SignEnvelopeInput {
  readonly key: SigningKey;
  readonly chain: readonly X509Certificate[];
  readonly target: TargetArtifact;
  readonly signingTime: Date;
  readonly signingAgent: string;
}

/** Signs `target` and returns the envelope's bytes. */
export async function signEnvelope(input: SignEnvelopeInput): Promise<Buffer> {
  const leaf = input.chain[0];
  const algorithm = leaf === undefined ? undefined : jwsAlgorithmOf(leaf.publicKey);
  if (algorithm === undefined) throw new TypeError('the signing chain has no leaf notation signs with');
  const header = {
    alg: algorithm,
    crit: [HEADER_SIGNING_SCHEME],
    cty: PAYLOAD_CONTENT_TYPE,
    [HEADER_SIGNING_SCHEME]: SIGNING_SCHEME_X509,
    [HEADER_SIGNING_TIME]: rfc3339Seconds(input.signingTime),
  };
  const protectedPart = Buffer.from(JSON.stringify(header)).toString('base64url');
  const payloadPart = payloadBytes(input.target).toString('base64url');
  const signed = await signJws(input.key, Buffer.from(`${protectedPart}.${payloadPart}`, 'ascii'));
  if (signed.algorithm !== algorithm) throw new TypeError('the signing key is not the leaf certificate’s key');
  return Buffer.from(
    JSON.stringify({
      payload: payloadPart,
      protected: protectedPart,
      header: { x5c: input.chain.map((c) => c.raw.toString('base64')), [HEADER_SIGNING_AGENT]: input.signingAgent },
      signature: Buffer.from(signed.signature).toString('base64url'),
    }),
  );
}

/** An envelope whose integrity and critical headers notation would accept; nothing in it is trusted yet. */
export interface CheckedEnvelope {
  readonly algorithm: JwsAlgorithm;
  /** Leaf first, as the signer sent it. */
  readonly chain: readonly X509Certificate[];
  readonly payload: unknown;
  /** The signer's claim; never extends a certificate's validity. */
  readonly signingTime: Date;
  readonly expiry: Date | undefined;
}

/** The envelope, or the failed check: `{ problem }` names it. */
export type EnvelopeCheck = { readonly ok: true; readonly envelope: CheckedEnvelope } | { readonly ok: false; readonly problem: string };

const B64URL = /^[A-Za-z0-9_-]*$/;
const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function fail(problem: string): EnvelopeCheck {
  return { ok: false, problem };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonOf(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function timeOf(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !RFC3339.test(value)) return undefined;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? undefined : t;
}

/** The x5c chain, or why it cannot be read. */
function chainOf(x5c: unknown): X509Certificate[] | string {
  if (!Array.isArray(x5c) || x5c.length === 0) return 'the envelope carries no certificate chain (x5c)';
  const certs: X509Certificate[] = [];
  for (const [i, entry] of x5c.entries()) {
    if (typeof entry !== 'string' || !B64.test(entry)) return `x5c entry ${i + 1} is not base64`;
    try {
      certs.push(new Certificate(Buffer.from(entry, 'base64')));
    } catch {
      return `x5c entry ${i + 1} is not an X.509 certificate`;
    }
  }
  return certs;
}

/** Why notation would refuse these protected headers (signing scheme, critical headers, times), or the times they give. */
function headerProblem(header: Record<string, unknown>): string | { signingTime: Date; expiry: Date | undefined } {
  const scheme = header[HEADER_SIGNING_SCHEME];
  if (scheme === SIGNING_SCHEME_SIGNING_AUTHORITY) {
    return `the signing scheme ${SIGNING_SCHEME_SIGNING_AUTHORITY} needs a signing authority's timestamp, which dct-sign does not check`;
  }
  if (scheme !== SIGNING_SCHEME_X509) return `the signing scheme ${JSON.stringify(scheme)} is not ${SIGNING_SCHEME_X509}`;
  if (header[HEADER_AUTHENTIC_SIGNING_TIME] !== undefined) {
    return `the header ${HEADER_AUTHENTIC_SIGNING_TIME} must not be present for ${SIGNING_SCHEME_X509}`;
  }
  const crit = header.crit;
  if (!Array.isArray(crit) || crit.length === 0 || !crit.every((c) => typeof c === 'string')) return 'the "crit" header is missing';
  const expiry = header[HEADER_EXPIRY] === undefined ? undefined : timeOf(header[HEADER_EXPIRY]);
  if (header[HEADER_EXPIRY] !== undefined && expiry === undefined) return `the header ${HEADER_EXPIRY} is not an RFC 3339 time`;
  const mustBeCritical = new Set([HEADER_SIGNING_SCHEME, ...(expiry === undefined ? [] : [HEADER_EXPIRY])]);
  for (const name of crit as string[]) {
    if (mustBeCritical.delete(name)) continue;
    // A critical header notation does not know must at least be there; a known one that is absent is a lie too.
    if (!(name in header) || KNOWN_HEADERS.has(name)) return `the header "${name}" is marked critical but not present`;
  }
  if (mustBeCritical.size > 0) return `the headers ${[...mustBeCritical].join(', ')} are not marked critical`;
  const signingTime = timeOf(header[HEADER_SIGNING_TIME]);
  if (signingTime === undefined) return `the header ${HEADER_SIGNING_TIME} is missing or not an RFC 3339 time`;
  if (expiry !== undefined && expiry.getTime() <= signingTime.getTime()) return 'the expiry is not after the signing time';
  if (header.cty !== PAYLOAD_CONTENT_TYPE) return `the payload content type ${JSON.stringify(header.cty)} is not ${PAYLOAD_CONTENT_TYPE}`;
  return { signingTime, expiry };
}

/**
 * Parses an envelope and checks what notation checks before trusting any
 * of it: the JWS signature by the leaf's key, the protected headers
 * (signing scheme, critical headers, signing time, content type), the
 * algorithm against the leaf's key, and the chain's shape and constraints
 * (not yet its validity in time, nor any trust in it).
 */
export function checkEnvelope(bytes: Uint8Array): EnvelopeCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return fail('the envelope is not JSON');
  }
  if (!isRecord(parsed)) return fail('the envelope is not a JSON object');
  const { payload, protected: protectedPart, header, signature } = parsed;
  if (typeof payload !== 'string' || typeof protectedPart !== 'string' || typeof signature !== 'string' || !isRecord(header)) {
    return fail('the envelope lacks payload, protected, header or signature');
  }
  if (![payload, protectedPart, signature].every((p) => B64URL.test(p))) return fail('the envelope has a part that is not base64url');
  const chain = chainOf(header.x5c);
  if (typeof chain === 'string') return fail(chain);
  const leaf = chain[0] as X509Certificate;
  const protectedHeader = jsonOf(protectedPart);
  if (!isRecord(protectedHeader)) return fail('the protected header is not a JSON object');
  const alg = protectedHeader.alg;
  if (!isJwsAlgorithm(alg)) return fail(`the algorithm ${JSON.stringify(alg)} is not one notation signs with`);
  const keyAlgorithm = jwsAlgorithmOf(leaf.publicKey);
  if (keyAlgorithm !== alg) {
    return fail(`the algorithm ${alg} does not match the key of its certificate "${certificateSubject(leaf)}" (${keyAlgorithm ?? 'a key notation does not take'})`);
  }
  const signingInput = Buffer.from(`${protectedPart}.${payload}`, 'ascii');
  if (!verifyJws(alg, leaf.publicKey, signingInput, Buffer.from(signature, 'base64url'))) {
    return fail(`the signature does not verify with the key of its certificate "${certificateSubject(leaf)}"`);
  }
  const headers = headerProblem(protectedHeader);
  if (typeof headers === 'string') return fail(headers);
  // Validity in time is checked by the caller, at verification time.
  const shape = codeSigningChainProblem(chain);
  if (shape !== undefined) return fail(`the certificate chain is invalid: ${shape}`);
  const body = jsonOf(payload);
  if (body === undefined) return fail('the payload is not JSON');
  return { ok: true, envelope: { algorithm: alg, chain, payload: body, signingTime: headers.signingTime, expiry: headers.expiry } };
}

/** Whether the payload names exactly this target (digest, media type and size), as notation's content.Equal compares. */
export function payloadTarget(payload: unknown): TargetArtifact | undefined {
  if (!isRecord(payload) || !isRecord(payload.targetArtifact)) return undefined;
  const { digest, mediaType, size } = payload.targetArtifact;
  if (typeof digest !== 'string' || typeof mediaType !== 'string' || typeof size !== 'number') return undefined;
  return { digest, mediaType, size };
}
