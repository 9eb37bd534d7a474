// The keys module's public surface: parsing user key text, key IDs,
// signature checks, and generating and exporting keys, all as notary does.

export { canonicalKeyId } from './canonical-key-id.ts';
export {
  certificateSubject,
  checkSigningChain,
  codeSigningChainProblem,
  createCodeSigningCertificate,
  isLeafCertificate,
  isSelfSignedCertificate,
  readCertificates,
  subjectAttributes,
  type CodeSigningCertificateOptions,
  type SigningChainCheck,
} from './code-signing-certificate.ts';
export { exportEncryptedPrivateKey, type ExportPrivateKeyOptions } from './export-private-key.ts';
export { exportPublicKeyPem, type ExportPublicKeyOptions } from './export-public-key.ts';
export { generateKey, type GeneratedKeyType } from './generate-key.ts';
export { COSIGN_PRIVATE_KEY_TYPES, COSIGN_SCRYPT_LIMITS } from './cosign-private-key.ts';
export {
  describeKey,
  describeSigningKey,
  isJwsAlgorithm,
  jwsAlgorithmOf,
  jwsAlgorithmOfSigningKey,
  JWS_ALGORITHMS,
  JWS_KEY_TYPES,
  signJws,
  verifyJws,
  type JwsAlgorithm,
} from './jws.ts';
export { loadCosignPrivateKey, loadPrivateKey, type LoadedPrivateKey, type LoadPrivateKeyOptions } from './load-private-key.ts';
export { loadPublicKey, type LoadPublicKeyOptions } from './load-public-key.ts';
export { loadPublicKeyPem, type LoadPublicKeyPemOptions, type PublicKeyPem } from './public-key-pem.ts';
export {
  certificateSigner,
  createRootCertificate,
  type RootCertificate,
  type RootCertificateOptions,
} from './root-certificate.ts';
export { SigningKey, signStandard, type SigningKeyUse, type StandardHash } from './signing-key.ts';
export { isKeyType, KEY_TYPES, TufKey, type KeyType } from './tuf-key.ts';
export type { LoadedKey, SignatureMethod, Signer } from './types.ts';
export { verifiedSigner, verifySignature } from './verify-signature.ts';
