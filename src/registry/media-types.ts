// Manifest media types a registry may serve for a tag. Multi-arch images
// (manifest lists, OCI indexes) are signed by the index digest.

export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

export const MANIFEST_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST, OCI_MANIFEST, DOCKER_MANIFEST] as const;

/** The registry's limit on a manifest body (distribution's is 4 MiB). */
export const MAX_MANIFEST_BYTES = 4 << 20;

/** OCI 1.1-rc's artifact manifest: some registries still serve referrers written in it. */
export const OCI_ARTIFACT_MANIFEST = 'application/vnd.oci.artifact.manifest.v1+json';
/** What a manifest read accepts: images and indexes, and signature artifacts as registries store them. */
export const READ_MANIFEST_TYPES = [...MANIFEST_TYPES, OCI_ARTIFACT_MANIFEST] as const;
/** OCI's empty descriptor's media type, the config of artifacts that have none. */
export const OCI_EMPTY = 'application/vnd.oci.empty.v1+json';
