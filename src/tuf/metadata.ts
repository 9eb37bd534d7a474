// The signed envelope: `{"signed": …, "signatures": […]}`.
//
// Parsing keeps the canonical bytes that signatures cover (notary signs the
// canonical form of whatever was decoded, unknown fields included) and the
// raw bytes that hashes cover. Serializing reproduces Go's json.Marshal of
// notary's data.Signed byte for byte, which is what notary-server hashes
// into the snapshot after re-serializing an upload.

import { canonicalJson, canonicalize, envelopeForm, goString, type JsonValue } from '../encoding/canonical-json.ts';
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
    // Go's envelope embeds the text as it is unless it holds something Go escapes: then the
    // signed bytes are encoded straight into the envelope, and are a view of it.
    const inPlace = !ENVELOPE_CHANGES.test(canonical);
    const frame = inPlace ? envelopeFrame(canonical) : undefined;
    const signedBytes = frame ? frame.signed : encoder.encode(canonical);
    const signatures: Signature[] = [];
    for (const signer of signers) {
      signatures.push({ keyid: signer.keyId, method: signer.method, sig: Buffer.from(await signer.sign(signedBytes)) });
    }
    const bytes = frame ? frame.close(signatures) : envelopeOf(canonical, signatures);
    return new Metadata(signed, signatures, frame ? bytes.subarray(HEAD.length, HEAD.length + signedBytes.length) : signedBytes, bytes);
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

/**
 * The envelope's start with a text Go embeds unchanged, encoded once into a
 * buffer with room for the signatures; `signed` is the encoded text.
 */
function envelopeFrame(canonical: string): { signed: Uint8Array; close(signatures: readonly Signature[]): Uint8Array } {
  const length = Buffer.byteLength(canonical, 'utf8');
  // Room for the signatures of any signer set we make; close() copies once more if they need more.
  const room = 512;
  let out = new Uint8Array(HEAD.length + length + room);
  out.set(HEAD, 0);
  encoder.encodeInto(canonical, out.subarray(HEAD.length, HEAD.length + length));
  return {
    signed: out.subarray(HEAD.length, HEAD.length + length),
    close(signatures) {
      const tail = encoder.encode(`,"signatures":[${signaturesJSON(signatures)}]}`);
      const end = HEAD.length + length;
      if (tail.length > room) {
        const bigger = new Uint8Array(end + tail.length);
        bigger.set(out.subarray(0, end), 0);
        out = bigger;
      }
      out.set(tail, end);
      return out.subarray(0, end + tail.length);
    },
  };
}

/** Go's json.Marshal(data.Signed{…}): field order signed, signatures; keyid, method, sig. */
export function serializeEnvelope(signed: JsonValue, signatures: readonly Signature[]): Uint8Array {
  return envelopeOf(canonicalJson(signed), signatures);
}
