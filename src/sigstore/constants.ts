// The names and limits of cosign's two forms, as cosign 2.5/3.1 and
// containers/image write and read them.

/** The `.sig` form's layer: a simple-signing payload. */
export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** The layer annotation holding the base64 signature over the layer's bytes. */
export const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
/** `critical.type` of every cosign simple-signing payload. */
export const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The same bundle version in the media type's older spelling, which sigstore readers also take. */
export const BUNDLE_MEDIA_TYPE_ALT = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const IN_TOTO_STATEMENT = 'https://in-toto.io/Statement/v1';
/** The predicate cosign 3 signs an image with; attestations carry others and are not signatures. */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';

export const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
export const OCI_EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/** The OCI empty descriptor's blob, `{}`. */
export const OCI_EMPTY_BYTES = new TextEncoder().encode('{}');

export const ANNOTATION_CREATED = 'org.opencontainers.image.created';
export const ANNOTATION_BUNDLE_CONTENT = 'dev.sigstore.bundle.content';
export const ANNOTATION_BUNDLE_PREDICATE = 'dev.sigstore.bundle.predicateType';

// What a registry may make us read, so a hostile one cannot exhaust memory:
// payloads are a few hundred bytes and bundles a few KB (with a certificate
// chain, tens of KB).
export const MAX_PAYLOAD_BYTES = 64 << 10;
export const MAX_BUNDLE_BYTES = 1 << 20;
/** Signatures read from one `.sig` manifest, and referrers read for one digest. */
export const MAX_SIGNATURES = 128;
export const MAX_REFERRERS = 128;
/** Read-modify-write rounds against other writers of the same `.sig` tag. */
export const MAX_WRITE_ATTEMPTS = 6;
