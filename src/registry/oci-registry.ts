// What the bridge formats (cosign, and later notation) need from a registry
// beyond reading a tag's digest: manifests and blobs read and written, the
// OCI 1.1 referrers API where the registry has one, and whether the identity
// may push. RegistryClient implements it over HTTP; tests use an in-memory
// one (test/operations/support/in-memory.ts).
//
// Every write needs the `pull,push` scope; reads ask for `pull`.

import type { ImageReference } from './reference.ts';

export interface ManifestDescriptor {
  /** `sha256:<hex>` of the manifest bytes. */
  readonly digest: string;
  readonly size: number;
  readonly mediaType: string;
}

/** What an operation needs from a registry: the manifest a tag (or digest) names now. */
export interface Registry {
  resolve(ref: ImageReference): Promise<ManifestDescriptor>;
}

/** A repository in a registry: where manifests and blobs are read and written. */
export interface RepositoryLocation {
  /** The registry host as the reference gives it (docker.io, 127.0.0.1:5000). */
  readonly registry: string;
  /** The repository path inside it, e.g. library/alpine. */
  readonly repository: string;
}

/** An OCI content descriptor, as manifests and indexes list them. */
export interface Descriptor {
  readonly mediaType: string;
  /** `sha256:<hex>`. */
  readonly digest: string;
  readonly size: number;
  readonly artifactType?: string;
  readonly annotations?: Readonly<Record<string, string>>;
  /** Only on an index's entries: the platform of a multi-arch image's manifest. */
  readonly platform?: Readonly<Record<string, unknown>>;
}

/** A manifest with the exact bytes served: its digest is the sha256 of `bytes`. */
export interface ManifestContent extends ManifestDescriptor {
  readonly bytes: Uint8Array;
}

export interface PutManifestResult {
  /** `sha256:<hex>` of the bytes written, as the registry confirmed it. */
  readonly digest: string;
  /**
   * The registry answered with an `OCI-Subject` header: it indexed the
   * manifest's subject, so the referrers API lists it and no tag index is needed.
   */
  readonly subjectIndexed: boolean;
}

export interface OciRegistry extends Registry {
  /** The manifest a tag or digest names now, with its bytes; undefined when the registry has none (404). */
  manifest(location: RepositoryLocation, reference: string): Promise<ManifestContent | undefined>;
  /** A blob's bytes, checked against its digest; at most `maxBytes`. */
  blob(location: RepositoryLocation, digest: string, maxBytes: number): Promise<Uint8Array>;
  /**
   * Uploads a blob unless the registry already has it; returns its digest and size. `fresh`: the bytes were
   * just made (they hold a new signature), so the registry is not asked first: it all but surely lacks
   * them, and uploading a blob it has changes nothing.
   */
  pushBlob(location: RepositoryLocation, bytes: Uint8Array, options?: { readonly fresh?: boolean }): Promise<{ readonly digest: string; readonly size: number }>;
  /** Writes a manifest under a tag, or under its digest (`sha256:…`). Its blobs must be pushed first. */
  putManifest(location: RepositoryLocation, reference: string, manifest: { readonly bytes: Uint8Array; readonly mediaType: string }): Promise<PutManifestResult>;
  /**
   * The referrers API's list for a digest (GET /v2/<name>/referrers/<digest>),
   * or undefined when the registry has no referrers API (404). The `sha256-<hex>`
   * tag index fallback is read by the caller (registry/referrers.ts).
   */
  referrers(location: RepositoryLocation, digest: string): Promise<readonly Descriptor[] | undefined>;
  /**
   * Throws an HttpError with code PUSH_DENIED, naming the identity and the
   * fix, when the identity may not push to the repository. Nothing is written.
   */
  checkPushRights(location: RepositoryLocation): Promise<void>;
}

/**
 * One image digest in one repository, as every bridge format signs and
 * checks it (CosignTarget, NotationTarget): the registry that holds it, the
 * manifest as it serves it now, and the tag it was named by.
 */
export interface ImageTarget {
  readonly registry: OciRegistry;
  readonly location: RepositoryLocation;
  /** The tag the image was named by; undefined for a digest alone. cosign's `.sig` identity names it; notation only shows it. */
  readonly tag: string | undefined;
  /** The manifest as the registry serves it now. */
  readonly manifest: ManifestDescriptor;
}
