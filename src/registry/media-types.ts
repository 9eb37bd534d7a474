// Manifest media types a registry may serve for a tag. Multi-arch images
// (manifest lists, OCI indexes) are signed by the index digest.

export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

export const MANIFEST_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST, OCI_MANIFEST, DOCKER_MANIFEST] as const;

/** The registry's limit on a manifest body (distribution's is 4 MiB). */
export const MAX_MANIFEST_BYTES = 4 << 20;
