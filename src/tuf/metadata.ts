// The signed envelope: `{"signed": …, "signatures": […]}`.
//
// Parsing keeps the canonical bytes that signatures cover (notary signs the
// canonical form of whatever was decoded, unknown fields included) and the
// raw bytes that hashes cover. Serializing reproduces Go's json.Marshal of
// notary's data.Signed byte for byte, which is what notary-server hashes
// into the snapshot after re-serializing an upload.

import { canonicalJson, envelopeForm, goString, type JsonValue } from '../encoding/canonical-json.ts';
import { VerificationError } from '../errors.ts';
import type { Signer } from '../keys/types.ts';
import type { SignedBase } from './base.ts';
import { asObject, asString } from './guards.ts';

export interface Signature {
  readonly keyid: string;
  readonly method: string;
  readonly sig: Buffer;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export class Metadata<T extends SignedBase> {
  readonly signed: T;
  readonly signatures: readonly Signature[];
  /** The bytes signatures cover: canonical JSON of `signed` as it was received or built. */
  readonly signedBytes: Uint8Array;
  /** The envelope's bytes, exactly as downloaded or as they will be uploaded. */
  readonly bytes: Uint8Array;

  private constructor(signed: T, signatures: readonly Signature[], signedBytes: Uint8Array, bytes: Uint8Array) {
    this.signed = signed;
    this.signatures = signatures;
    this.signedBytes = signedBytes;
    this.bytes = bytes;
  }

  /** Parses downloaded bytes; `parse` builds the typed model from `signed`. */
  static parse<T extends SignedBase>(
    bytes: Uint8Array,
    role: string,
    parse: (signed: unknown, role: string) => T,
  ): Metadata<T> {
    let envelope: Record<string, unknown>;
    let signatures: Signature[];
    try {
      envelope = asObject(JSON.parse(decoder.decode(bytes)), 'metadata');
      const sigs = envelope.signatures ?? [];
      if (!Array.isArray(sigs)) throw new TypeError('signatures is not a list');
      signatures = sigs.map((s, i) => {
        const obj = asObject(s, `signatures[${i}]`);
        return {
          keyid: asString(obj.keyid, `signatures[${i}].keyid`),
          method: asString(obj.method, `signatures[${i}].method`),
          sig: Buffer.from(asString(obj.sig, `signatures[${i}].sig`), 'base64'),
        };
      });
    } catch (err) {
      throw new VerificationError(role, `not valid metadata: ${(err as Error).message}`, { cause: err });
    }
    const signed = parse(envelope.signed, role);
    let signedBytes: Uint8Array;
    try {
      signedBytes = encoder.encode(signed.canonicalOfSource(envelope.signed as JsonValue));
    } catch (err) {
      throw new VerificationError(role, `cannot canonicalize: ${(err as Error).message}`, { cause: err });
    }
    return new Metadata(signed, signatures, signedBytes, bytes);
  }

  /** Signs a model with each signer, giving the bytes notary-server will store unchanged. */
  static async sign<T extends SignedBase>(signed: T, signers: readonly Signer[]): Promise<Metadata<T>> {
    // Encoded once: the signed bytes and the envelope both come from this text.
    const canonical = signed.canonical();
    const signedBytes = encoder.encode(canonical);
    const signatures: Signature[] = [];
    for (const signer of signers) {
      signatures.push({ keyid: signer.keyId, method: signer.method, sig: Buffer.from(await signer.sign(signedBytes)) });
    }
    if (ENVELOPE_CHANGES.test(canonical)) return new Metadata(signed, signatures, signedBytes, envelopeOf(canonical, signatures));
    // Go embeds this text as it is: the envelope is the signed bytes between a head and a tail, and
    // the signed bytes are kept as a view of it, not as a second copy of a role that can be a megabyte.
    const tail = encoder.encode(`,"signatures":[${signaturesJSON(signatures)}]}`);
    const bytes = new Uint8Array(HEAD.length + signedBytes.length + tail.length);
    bytes.set(HEAD, 0);
    bytes.set(signedBytes, HEAD.length);
    bytes.set(tail, HEAD.length + signedBytes.length);
    return new Metadata(signed, signatures, bytes.subarray(HEAD.length, HEAD.length + signedBytes.length), bytes);
  }
}

const encoder = new TextEncoder();

/** What Go's envelope would escape in a canonical text, or refuse in it. */
// eslint-disable-next-line no-control-regex
const ENVELOPE_CHANGES = /[<>&\u2028\u2029\u0000-\u001f]/;

const HEAD = encoder.encode('{"signed":');

function signaturesJSON(signatures: readonly Signature[]): string {
  return signatures
    .map((s) => `{"keyid":${goString(s.keyid)},"method":${goString(s.method)},"sig":"${s.sig.toString('base64')}"}`)
    .join(',');
}

/** The envelope around `signed` given as its canonical text. */
function envelopeOf(canonical: string, signatures: readonly Signature[]): Uint8Array {
  return encoder.encode(`{"signed":${envelopeForm(canonical)},"signatures":[${signaturesJSON(signatures)}]}`);
}

/** Go's json.Marshal(data.Signed{…}): field order signed, signatures; keyid, method, sig. */
export function serializeEnvelope(signed: JsonValue, signatures: readonly Signature[]): Uint8Array {
  return envelopeOf(canonicalJson(signed), signatures);
}
