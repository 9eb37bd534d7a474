// Numbers and object identifiers the keys module shares, each as notary uses
// it (tuf/utils/pkcs8.go, tuf/signed/verifiers.go, tuf/data/keys.go).

/** notary.MinRSABitSize: notary refuses to verify with smaller RSA keys. */
export const MIN_RSA_BITS = 2048;

/** rsa.PSSSaltLengthEqualsHash for SHA-256, which notary signs and verifies with. */
export const RSA_PSS_SALT_LENGTH = 32;

/** Encrypted PKCS#8 as notary writes it: PBKDF2-SHA1, 2048 rounds, 8-byte salt, AES-256-CBC. */
export const NOTARY_PBKDF2_ITERATIONS = 2048;
export const NOTARY_SALT_BYTES = 8;
export const AES_IV_BYTES = 16;

/** notary.Year: the root certificate lasts 10 of these (365 days, not calendar years). */
export const DAYS_PER_YEAR = 365;

export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecPublicKey: '1.2.840.10045.2.1',
  /** The ed25519 OID notary writes into PKCS#8 (not RFC 8410's 1.3.101.112). */
  notaryEd25519: '1.3.6.1.4.1.11591.15.1',
  ed25519: '1.3.101.112',
  prime256v1: '1.2.840.10045.3.1.7',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSHA1: '1.2.840.113549.2.7',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
  commonName: '2.5.4.3',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  basicConstraints: '2.5.29.19',
  codeSigning: '1.3.6.1.5.5.7.3.3',
} as const;

/** PBKDF2 pseudo-random functions we can read, by OID (absent means SHA-1). */
export const PBKDF2_PRFS: Readonly<Record<string, string>> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
};

/** PBES2 ciphers we can read, by OID, with their key sizes. */
export const PBES2_CIPHERS: Readonly<Record<string, { name: string; keyBytes: number }>> = {
  '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyBytes: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyBytes: 24 },
  '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyBytes: 32 },
};

/** Certificate signature algorithms Go's x509 rejects for notary (ValidateCertificate). */
export const SHA1_SIGNATURE_OIDS: ReadonlySet<string> = new Set([
  '1.2.840.113549.1.1.5', // sha1WithRSAEncryption
  '1.2.840.10040.4.3', // dsaWithSHA1
  '1.2.840.10045.4.1', // ecdsa-with-SHA1
]);
