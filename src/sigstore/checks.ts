// The checks one signature must pass to count, over bytes already read:
// made by one of the keys, covering the registry's current digest, and (the
// `.sig` form only) an identity naming the reference's repository and, where
// it names a tag, the reference's tag. Each failure says which check failed.

import type { KeyObject } from 'node:crypto';
import { parseReference } from '../registry/reference.ts';
import type { RepositoryLocation } from '../registry/oci-registry.ts';
import { COSIGN_SIGN_PREDICATE } from './constants.ts';
import { decodeBundle } from './bundle.ts';
import { pae, statementFacts } from './dsse.ts';
import { cosignVerify } from './signer.ts';
import { decodeSimpleSigning, PayloadError } from './simple-signing.ts';

export interface VerifierKey {
  readonly source: string;
  readonly key: KeyObject;
}

/** What a signature must cover: the registry's current digest of the reference, and its name. */
export interface Expectation {
  readonly digest: string;
  readonly location: RepositoryLocation;
  /** The tag the reference names; undefined when it is checked by digest alone. */
  readonly tag: string | undefined;
}

export type Check = { readonly ok: true; readonly signedBy: string } | { readonly ok: false; readonly problem: string };

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function signerOf(keys: readonly VerifierKey[], data: Uint8Array, signature: Uint8Array): VerifierKey | undefined {
  return keys.find((k) => cosignVerify(k.key, data, signature));
}

function otherKey(keys: readonly VerifierKey[]): string {
  return `it was signed by another key than ${keys.map((k) => k.source).join(', ')}`;
}

function otherDigest(signed: string, expect: Expectation): string {
  return `it covers ${signed}, not ${expect.digest}, the digest the registry serves now`;
}

/** Whether a `.sig` identity names the expected repository and tag (or digest). */
export function identityProblem(identity: string, expect: Expectation): string | undefined {
  let named;
  try {
    named = parseReference(identity, 'docker-reference');
  } catch {
    return `its identity ${JSON.stringify(identity)} is not an image reference`;
  }
  const wanted = parseReference(`${expect.location.registry}/${expect.location.repository}`, 'reference');
  if (named.registry !== wanted.registry || named.repository !== wanted.repository) {
    return `its identity names ${named.gun}, not ${wanted.gun}`;
  }
  if (named.tag !== undefined && expect.tag !== undefined && named.tag !== expect.tag) {
    return `its identity names ${named.gun}:${named.tag}, not ${wanted.gun}:${expect.tag}`;
  }
  if (named.digest !== undefined && named.digest !== expect.digest) {
    return `its identity names ${named.gun}@${named.digest}, not ${expect.digest}`;
  }
  return undefined;
}

/** One `.sig` layer: its payload bytes and its signature annotation. */
export function checkSimpleSigning(
  payload: Uint8Array,
  signatureB64: string | undefined,
  keys: readonly VerifierKey[],
  expect: Expectation,
): Check {
  if (signatureB64 === undefined || !BASE64.test(signatureB64)) {
    return { ok: false, problem: 'it has no base64 signature annotation' };
  }
  const key = signerOf(keys, payload, Buffer.from(signatureB64, 'base64'));
  if (key === undefined) return { ok: false, problem: otherKey(keys) };
  let fields;
  try {
    fields = decodeSimpleSigning(payload);
  } catch (err) {
    if (!(err instanceof PayloadError)) throw err;
    return { ok: false, problem: `its payload is not a cosign signature payload: ${err.message}` };
  }
  if (fields.digest !== expect.digest) return { ok: false, problem: otherDigest(fields.digest, expect) };
  const problem = identityProblem(fields.identity, expect);
  return problem === undefined ? { ok: true, signedBy: key.source } : { ok: false, problem };
}

/** One bundle's bytes. It carries no identity: the digest alone decides. */
export function checkBundle(bytes: Uint8Array, keys: readonly VerifierKey[], expect: Expectation): Check {
  const envelope = decodeBundle(bytes);
  if (typeof envelope === 'string') return { ok: false, problem: envelope };
  const signed = pae(envelope.payloadType, envelope.payload);
  const key = envelope.signatures.map((sig) => signerOf(keys, signed, sig)).find((k) => k !== undefined);
  if (key === undefined) return { ok: false, problem: otherKey(keys) };
  const facts = statementFacts(envelope.payload, envelope.payloadType);
  if (facts === undefined) return { ok: false, problem: 'its DSSE payload is not an in-toto statement' };
  if (facts.predicateType !== COSIGN_SIGN_PREDICATE) {
    return { ok: false, problem: `its statement is a ${facts.predicateType} attestation, not a cosign signature` };
  }
  const hex = expect.digest.replace(/^sha256:/, '');
  if (!facts.subjects.includes(hex)) {
    const first = facts.subjects[0];
    return { ok: false, problem: first === undefined ? 'its statement names no sha256 subject' : otherDigest(`sha256:${first}`, expect) };
  }
  return { ok: true, signedBy: key.source };
}
