// The Notary Project's names and limits, as notation 1.3 writes and reads
// them (notation-go registry/mediatype.go, internal/envelope;
// notation-core-go signature/jws/types.go).

/** The referrer's config media type, which notation 1.3 also lists as its artifactType. */
export const NOTATION_ARTIFACT_TYPE = 'application/vnd.cncf.notary.signature';
/** The JWS envelope's layer media type. */
export const JWS_MEDIA_TYPE = 'application/jose+json';
/** The COSE envelope notation can write instead (`--signature-format cose`); dct-sign does not read it. */
export const COSE_MEDIA_TYPE = 'application/cose';
/** The payload's content type (`cty`). */
export const PAYLOAD_CONTENT_TYPE = 'application/vnd.cncf.notary.payload.v1+json';

export const HEADER_SIGNING_SCHEME = 'io.cncf.notary.signingScheme';
export const HEADER_SIGNING_TIME = 'io.cncf.notary.signingTime';
export const HEADER_AUTHENTIC_SIGNING_TIME = 'io.cncf.notary.authenticSigningTime';
export const HEADER_EXPIRY = 'io.cncf.notary.expiry';
export const HEADER_SIGNING_AGENT = 'io.cncf.notary.signingAgent';
/** The protected headers notation itself understands; any other critical one must at least be present. */
export const KNOWN_HEADERS: ReadonlySet<string> = new Set([
  'alg',
  'cty',
  'crit',
  HEADER_EXPIRY,
  HEADER_SIGNING_TIME,
  HEADER_SIGNING_SCHEME,
  HEADER_AUTHENTIC_SIGNING_TIME,
]);

/** The signing scheme of a signature made with a key and its certificate chain. */
export const SIGNING_SCHEME_X509 = 'notary.x509';
/** The scheme whose signing time a signing authority vouches for; it needs an RFC 3161 timestamp, out of scope here. */
export const SIGNING_SCHEME_SIGNING_AUTHORITY = 'notary.x509.signingAuthority';

export const ANNOTATION_THUMBPRINTS = 'io.cncf.notary.x509chain.thumbprint#S256';
export const ANNOTATION_CREATED = 'org.opencontainers.image.created';

/** The trusted-identity prefix notation understands natively. */
export const IDENTITY_PREFIX = 'x509.subject';

/** Signatures read per image at most, as notation's default --max-signatures. */
export const MAX_SIGNATURES = 100;
/** Referrers read per image at most (signatures of other kinds are listed there too). */
export const MAX_REFERRERS = 200;
/** Envelope bytes read at most (notation's own cap is 10 MiB). */
export const MAX_ENVELOPE_BYTES = 10 << 20;
