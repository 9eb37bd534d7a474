// The Notary Project (notation) format as the operations see them, shaped as
// the cosign formats are (src/sigstore/types.ts). src/notation/ implements
// the functions below; operations and commands call them through
// src/notation/index.ts:
//
//   notationSignerOf(key: LoadedPrivateKey | SigningKey, certificatePem: string, options?: NotationSignerOptions): NotationSigner
//     Checks the chain against the key before anything is signed; throws
//     KeyError naming `notation-certificate` (or the key's input) and the fix.
//   writeNotationSignature(target: NotationTarget, signer: NotationSigner, options?: NotationWriteOptions): Promise<NotationWriteOutcome>
//     Writes one JWS signature as notation 1.3 does, as a referrer (and in
//     the sha256-<hex> tag index where the registry has no referrers API);
//     left as it is when a valid signature by the same certificate for that
//     digest is there already.
//   verifyNotationSignatures(target: NotationTarget, policy: NotationTrustPolicy, options?: NotationReadOptions): Promise<NotationVerdict>
//     Throws InputError naming notation-trust-anchor / notation-identity for
//     bad policy input, before reading the registry.
//
// Certificates (checks, the self-signed leaf) live in src/keys.

import type { X509Certificate } from 'node:crypto';
import type { JwsAlgorithm, SigningKey } from '../keys/index.ts';
import type { Logger } from '../logger.ts';
import type { OciRegistry, RepositoryLocation } from '../registry/oci-registry.ts';
import type { ManifestDescriptor } from '../registry/registry-client.ts';

/** A private key with the certificate chain that notation signatures carry. */
export interface NotationSigner {
  readonly key: SigningKey;
  /** Leaf first, as checked by notationSignerOf. */
  readonly chain: readonly X509Certificate[];
  readonly algorithm: JwsAlgorithm;
  /** The leaf's subject, for messages. */
  readonly subject: string;
  /** When the first certificate in the chain expires: signing after it fails, and refresh/sign warn before. */
  readonly notAfter: Date;
}

export interface NotationSignerOptions {
  /** The input that gave the chain; `notation-certificate` unless given. */
  readonly certificateInput?: string;
  /** The input that gave the key; `notation-key` unless given (the signer key: `signer-key`). */
  readonly keyInput?: string;
  /** When the chain must be valid; now unless given. */
  readonly now?: Date;
}

/** A certificate that notation signatures are trusted through. */
export interface NotationTrustAnchor {
  /** Where it came from, for messages: a file name or `notation-trust-anchor #2`. */
  readonly source: string;
  /** PEM; a file may hold several certificates, each an anchor. */
  readonly pem: string;
}

export interface NotationTrustPolicy {
  readonly trustAnchors: readonly NotationTrustAnchor[];
  /**
   * Trusted identities as notation's trust policy writes them,
   * `x509.subject: C=US, ST=WA, O=Example`. Required unless every anchor is
   * itself a leaf (a CA anchor would accept every certificate it issued).
   */
  readonly identities: readonly string[];
}

/** One image digest in one repository (the tag only names it in messages). */
export interface NotationTarget {
  readonly registry: OciRegistry;
  readonly location: RepositoryLocation;
  readonly tag: string | undefined;
  /** The manifest as the registry serves it now. */
  readonly manifest: ManifestDescriptor;
}

export interface NotationWriteOptions {
  readonly logger?: Logger | undefined;
  /** The signing time (second precision, as notation truncates it); now unless given. */
  readonly now?: () => Date;
}

export interface NotationWriteOutcome {
  /** True when this call wrote a signature; false when a valid one by the same certificate was there. */
  readonly written: boolean;
  /** The referrer manifest's digest: the one written, or the one already there. */
  readonly signature: string;
  /** Where the written referrer is listed; undefined when nothing was written. */
  readonly listedBy: 'referrers-api' | 'tag-index' | undefined;
}

export interface NotationReadOptions {
  readonly logger?: Logger | undefined;
  /** The verification time certificates must be valid at; now unless given. */
  readonly now?: () => Date;
}

export type NotationVerdict =
  | {
      readonly ok: true;
      /** The referrer manifests that held a valid signature. */
      readonly signatures: readonly string[];
      /** The leaf subjects that signed. */
      readonly signedBy: readonly string[];
    }
  | {
      readonly ok: false;
      /** notation-unsigned: no notation signature; notation-invalid: signatures, none valid for the anchors, identities and digest. */
      readonly reason: 'notation-unsigned' | 'notation-invalid';
      /** Names the failed check, e.g. "signature sha256:…: the certificate chain leads to no trust anchor". */
      readonly message: string;
    };
