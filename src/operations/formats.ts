// The signature formats an operation signs in or a gate accepts: DCT (the
// trust server), and cosign and notation (signatures in the registry beside
// the image). Operations reach the registry formats through CosignFormat and
// NotationFormat, src/sigstore's and src/notation's functions unless a test
// hands in its own, so that the operations' tests
// need no network and can watch what is written when.

import type { LoadedPrivateKey } from '../keys/index.ts';
import type {
  NotationReadOptions,
  NotationSigner,
  NotationSignerOptions,
  NotationTarget,
  NotationTrustPolicy,
  NotationVerdict,
  NotationWriteOptions,
  NotationWriteOutcome,
} from '../notation/types.ts';
import type {
  CosignPublicKey,
  CosignReadOptions,
  CosignSigner,
  CosignTarget,
  CosignVerdict,
  CosignWriteOptions,
  CosignWriteOutcome,
  PreparedCosignWrite,
} from '../sigstore/types.ts';

export const FORMATS = ['dct', 'cosign', 'notation'] as const;

/** The formats written into the registry beside the image, each by its module. */
export type RegistryFormat = Exclude<Format, 'dct'>;
export type Format = (typeof FORMATS)[number];

/** `formats-policy`: any one format suffices, or every one listed must hold. */
export type FormatsPolicy = 'any' | 'all';

/** What the operations take from the cosign format (src/sigstore/index.ts). */
export interface CosignFormat {
  signerOf(key: LoadedPrivateKey): CosignSigner;
  write(target: CosignTarget, signer: CosignSigner, options: CosignWriteOptions): Promise<CosignWriteOutcome>;
  /** write's reads and checks now, its writes later; without it (a test's format) write does both. */
  prepare?(target: CosignTarget, signer: CosignSigner, options: CosignWriteOptions): Promise<PreparedCosignWrite>;
  verify(target: CosignTarget, keys: readonly CosignPublicKey[], options: CosignReadOptions): Promise<CosignVerdict>;
}

/** The cosign format: the one given (tests), else src/sigstore's, loaded only when a run needs it. */
export async function cosignFormatOf(given: CosignFormat | undefined): Promise<CosignFormat> {
  if (given) return given;
  const sigstore = await import('../sigstore/index.ts');
  return {
    signerOf: sigstore.cosignSignerOf,
    write: sigstore.writeCosignSignatures,
    prepare: sigstore.prepareCosignSignatures,
    verify: sigstore.verifyCosignSignatures,
  };
}

/** What the operations take from the notation format (src/notation/index.ts). */
export interface NotationFormat {
  signerOf(key: LoadedPrivateKey, certificatePem: string, options: NotationSignerOptions): NotationSigner;
  write(target: NotationTarget, signer: NotationSigner, options: NotationWriteOptions): Promise<NotationWriteOutcome>;
  verify(target: NotationTarget, policy: NotationTrustPolicy, options: NotationReadOptions): Promise<NotationVerdict>;
  /** Checks the trust policy input before the registry is read; throws InputError naming the input. */
  checkPolicy(policy: NotationTrustPolicy): void;
  /** The digest of a valid signature by this signer's certificate for the target, if there is one; reads only. */
  existing(target: NotationTarget, signer: NotationSigner): Promise<string | undefined>;
}

/** The notation format: the one given (tests), else src/notation's, loaded only when a run needs it. */
export async function notationFormatOf(given: NotationFormat | undefined): Promise<NotationFormat> {
  if (given) return given;
  const notation = await import('../notation/index.ts');
  return {
    signerOf: notation.notationSignerOf,
    write: notation.writeNotationSignature,
    verify: notation.verifyNotationSignatures,
    checkPolicy: (policy) => void notation.checkNotationTrustPolicy(policy),
    existing: (target, signer) => notation.existingNotationSignature(target, signer, new Date()),
  };
}

/** A registry format's verdict on one reference in verify: who signed, or why none counts (`R`: the reasons verify lists). */
export type RegistryPart<R extends string = string> =
  | { readonly ok: true; readonly signedBy: readonly string[] }
  | { readonly ok: false; readonly reason: R; readonly message: string };
