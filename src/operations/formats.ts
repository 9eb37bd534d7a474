// The signature formats an operation signs in or a gate accepts: DCT (the
// trust server) and cosign (signatures in the registry beside the image).
// Operations reach the cosign format through CosignFormat, src/sigstore's
// functions unless a test hands in its own, so that the operations' tests
// need no network and can watch what is written when.

import type { LoadedPrivateKey } from '../keys/index.ts';
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

export const FORMATS = ['dct', 'cosign'] as const;
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
