// How commands other than sign read their image references, beyond the
// parser's syntax: verify pulls `latest` when no tag is given, as docker
// pull does; revoke removes tags, so a digest names nothing to revoke.

import { InputError } from '../errors.ts';
import { parseReference, type ImageReference, type TaggedReference } from '../registry/reference.ts';

/** verify: a tag, `latest` when none is given; a digest alone names no signed tag. */
export function parseVerifyReference(text: string, input = 'tags'): TaggedReference {
  const ref = parseReference(text, input);
  if (ref.tag === undefined && ref.digest !== undefined) {
    throw new InputError(
      input,
      `${ref.original} names a digest but no tag: content trust signs tags, so give registry/repository:tag`,
    );
  }
  return { ...ref, tag: ref.tag ?? 'latest' };
}

/** revoke: a reference without a tag revokes every signed tag of its repository, so `all` must confirm it. */
export function checkAllConfirmed(refs: readonly ImageReference[], all: boolean): readonly ImageReference[] {
  const untagged = refs.find((ref) => ref.tag === undefined);
  if (untagged && !all) {
    throw new InputError(
      'all',
      `${untagged.original} names no tag: give registry/repository:tag, or confirm that every signed tag of ${untagged.gun} is to be revoked`,
    );
  }
  return refs;
}

/** revoke: a tag, or a repository for all its tags; never a digest. */
export function parseRevokeReference(text: string, input = 'tags'): ImageReference {
  const ref = parseReference(text, input);
  if (ref.digest !== undefined) {
    throw new InputError(input, `${ref.original}: a digest reference cannot be revoked; give registry/repository:tag`);
  }
  return ref;
}
