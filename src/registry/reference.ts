// Image references as docker parses them: `[registry/]repository[:tag][@digest]`,
// with Docker Hub's defaults (docker.io, library/). The GUN, the name trust
// data lives under, is `registry/repository`.

import { InputError } from '../errors.ts';

export const DOCKER_HUB = 'docker.io';
/** Where Docker Hub's registry API is served. */
export const DOCKER_HUB_API = 'registry-1.docker.io';

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d+)?$/;

export interface ImageReference {
  /** The registry host as the user wrote it or docker's default, e.g. `docker.io`, `myacr.azurecr.io`, `127.0.0.1:5000`. */
  readonly registry: string;
  /** The repository path inside the registry, e.g. `library/alpine`. */
  readonly repository: string;
  readonly tag: string | undefined;
  /** `sha256:<hex>` when the reference pins a digest. */
  readonly digest: string | undefined;
  /** `registry/repository`: the name trust data is kept under. */
  readonly gun: string;
  /** The reference as given, trimmed. */
  readonly original: string;
}

/** Splits off a registry host the way docker does: it must look like a host. */
function splitRegistry(name: string): [string, string] {
  const i = name.indexOf('/');
  if (i < 0) return [DOCKER_HUB, `library/${name}`];
  const first = name.slice(0, i);
  if (!first.includes('.') && !first.includes(':') && first !== 'localhost' && first.toLowerCase() === first) {
    return [DOCKER_HUB, name];
  }
  const rest = name.slice(i + 1);
  if (first === DOCKER_HUB || first === 'index.docker.io') {
    return [DOCKER_HUB, rest.includes('/') ? rest : `library/${rest}`];
  }
  return [first, rest];
}

/** Parses a reference; `input` names the user input for error messages. */
export function parseReference(text: string, input = 'tags'): ImageReference {
  const original = text.trim();
  if (original === '') throw new InputError(input, 'an image reference is empty');
  let rest = original;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) {
      throw new InputError(input, `${original}: the digest must be sha256: followed by 64 lowercase hex digits`);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) {
      throw new InputError(input, `${original}: "${tag}" is not a valid tag (letters, digits, '_', '.', '-'; at most 128)`);
    }
  }
  const [registry, repository] = splitRegistry(rest);
  if (!HOST.test(registry)) throw new InputError(input, `${original}: "${registry}" is not a valid registry host`);
  if (!repository.split('/').every((c) => PATH_COMPONENT.test(c))) {
    throw new InputError(
      input,
      `${original}: "${repository}" is not a valid repository name (lowercase letters, digits and separators)`,
    );
  }
  return { registry, repository, tag, digest, gun: `${registry}/${repository}`, original };
}

/** A reference that names a tag. */
export type TaggedReference = ImageReference & { readonly tag: string };

/** A reference that must name a tag, as signing does: trust data signs tags. */
export function parseTaggedReference(text: string, input = 'tags'): TaggedReference {
  const ref = parseReference(text, input);
  if (ref.tag === undefined) {
    throw new InputError(input, `${ref.original} has no tag: content trust signs tags, so write it as ${ref.original.split('@')[0]}:<tag>`);
  }
  return ref as TaggedReference;
}

/** The host to call for the registry API (Docker Hub's API lives elsewhere). */
export function registryApiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}

/** A repository name (`registry/repository`); trust data and its signers belong to the whole repository. */
export function parseRepository(text: string, input = 'tags'): ImageReference {
  const ref = parseReference(text, input);
  if (ref.tag !== undefined || ref.digest !== undefined) {
    const name = ref.original.split('@')[0]!.replace(/:[^:/]*$/, '');
    throw new InputError(
      input,
      `${ref.original}: give the repository without a tag or digest (${name}); signers and keys belong to the whole repository`,
    );
  }
  return ref;
}
