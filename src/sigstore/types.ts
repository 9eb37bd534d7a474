// The Sigstore (cosign) formats as the operations see them. src/sigstore/
// implements the functions below; operations and commands call them
// through src/sigstore/index.ts:
//
//   cosignSignerOf(key: LoadedPrivateKey): CosignSigner
//     The DCT signer key as a cosign signer; throws InputError naming the
//     input when the key type is one cosign does not take.
//   writeCosignSignatures(target: CosignTarget, signer: CosignSigner, options: CosignWriteOptions): Promise<CosignWriteOutcome>
//     Writes both forms for the target's digest (and, for a multi-arch
//     index, for each platform manifest too); a form already holding a valid
//     signature by the same key for that digest is left as it is.
//   prepareCosignSignatures(target, signer, options): Promise<PreparedCosignWrite>
//     writeCosignSignatures's reads and checks, done now; its writes wait
//     for write(), so that sign can check every tag before any format writes.
//   verifyCosignSignatures(target: CosignTarget, keys: readonly CosignPublicKey[], options: CosignReadOptions): Promise<CosignVerdict>
//
// Key loading (cosign's encrypted key, public keys) lives in src/keys.

import type { Logger } from '../logger.ts';
import type { LoadedPrivateKey } from '../keys/index.ts';
import type { OciRegistry, RepositoryLocation } from '../registry/oci-registry.ts';
import type { ManifestDescriptor } from '../registry/registry-client.ts';

/** The two forms `cosign sign --key` writes: cosign 2's `.sig` tag and cosign 3's bundle referrer. */
export type CosignForm = 'sig' | 'bundle';
export const COSIGN_FORMS: readonly CosignForm[] = ['sig', 'bundle'];

/** A private key that makes cosign signatures: the DCT signer key, or a cosign key. */
export interface CosignSigner {
  readonly key: LoadedPrivateKey;
  /** The public key as cosign's `.pub` holds it (PEM SubjectPublicKeyInfo). */
  readonly publicKeyPem: string;
}

/** A public key that cosign signatures are checked against. */
export interface CosignPublicKey {
  /** Where it came from, for messages: a file name, `cosign-public-key #2`, or `signer ci (key 1a2b3c4d5e6f)`. */
  readonly source: string;
  /** PEM SubjectPublicKeyInfo. */
  readonly pem: string;
}

/** One image digest in one repository, with the tag it was signed or is checked as. */
export interface CosignTarget {
  readonly registry: OciRegistry;
  readonly location: RepositoryLocation;
  /** The tag the `.sig` payload's identity names (`registry/repo:tag`); undefined for a digest alone. */
  readonly tag: string | undefined;
  /** The manifest as the registry serves it now. */
  readonly manifest: ManifestDescriptor;
}

export interface CosignWriteOptions {
  readonly logger?: Logger | undefined;
  /** When the signatures are dated (`org.opencontainers.image.created`, bundle statement); now unless given. */
  readonly now?: () => Date;
}

export interface CosignWriteOutcome {
  /** Forms written by this call. */
  readonly written: readonly CosignForm[];
  /** Forms that already held a valid signature by this key for the digest, left as they were. */
  readonly already: readonly CosignForm[];
}

/** A write whose reads and checks are done (prepareCosignSignatures): what is left only writes. */
export interface PreparedCosignWrite {
  write(): Promise<CosignWriteOutcome>;
}

export interface CosignReadOptions {
  readonly logger?: Logger | undefined;
}

export type CosignVerdict =
  | {
      readonly ok: true;
      /** The forms that held a valid signature by one of the keys. */
      readonly forms: readonly CosignForm[];
      /** The sources of the keys that signed. */
      readonly signedBy: readonly string[];
    }
  | {
      readonly ok: false;
      /** cosign-unsigned: no signature in either form; cosign-invalid: signatures, none valid for the keys, digest and identity. */
      readonly reason: 'cosign-unsigned' | 'cosign-invalid';
      /** Names the failed check, e.g. "the .sig payload names app:1.1, not app:1.2". */
      readonly message: string;
    };
