// The Sigstore (cosign) formats: what the operations call (see types.ts).

export { cosignSignerOf } from './signer.ts';
export { verifyCosignSignatures } from './verify.ts';
export { prepareCosignSignatures, writeCosignSignatures } from './write.ts';
export * from './types.ts';
