// The Notary Project (notation) format: what the operations call (see types.ts).

export { notationSignerOf } from './signer.ts';
export { parsePolicy as checkNotationTrustPolicy } from './verify.ts';
export { verifyNotationSignatures } from './verify.ts';
export { existingNotationSignature, SIGNING_AGENT, writeNotationSignature } from './write.ts';
export * from './types.ts';
