// `revoke`: remove signed tags from the trust data, as `docker trust revoke`
// does, with a signer's key. A repository without a tag revokes all its
// tags, and only with `all` set.

import type { KeyInput } from '../operations/inputs.ts';
import type { RevokeOptions, RevokeResult } from '../operations/revoke.ts';
import { plural, shortId, table } from './format.ts';
import { connectionInputs, keyInputs, referencesInput, use } from './inputs.ts';
import { connectionOptions, referencesOf, withLoadedKeys } from './options.ts';
import { checkAllConfirmed, parseRevokeReference } from './references.ts';
import { defineCommand } from './spec.ts';

/** revoke's options with the signer key as given; it is loaded when the command runs. */
export type RevokeInputOptions = Omit<RevokeOptions, 'signerKey'> & { readonly signerKey: KeyInput; readonly all: boolean };

/** `revoked`: each tag with the roles it was removed from. */
export function revokedOutput(result: RevokeResult) {
  return result.revoked.map(({ reference, tag, gun, roles }) => ({ reference, tag, gun, roles }));
}

export const revokeSpec = defineCommand({
  name: 'revoke',
  summary: 'remove the signatures of tags, as docker trust revoke',
  help: {
    usage: '[options] REFERENCE...',
    about: `
Remove the signature of each REFERENCE (registry/repository:tag) from the
trust data, as \`docker trust revoke\` does, so that content trust no longer
accepts the tag; the image itself stays in the registry. A REFERENCE without
a tag (registry/repository) revokes every signed tag of the repository, and
needs --all to say so.

The tag is removed from every role the signer key may sign. A revoke that
would leave the tag signed through a role the key cannot sign is refused, and
every REFERENCE is checked before anything is published.`,
    examples: `
# Withdraw a release that must not be deployed.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
dct-sign revoke --signer-key-file ci.key registry.example.com/team/app:1.4.2

# Every signed tag of a repository.
dct-sign revoke --all --signer-key-file ci.key registry.example.com/team/app`,
    exitCodes: [
      [0, 'every REFERENCE was revoked'],
      [1, 'revoking failed: a tag is not signed, the signer may not revoke it,\nthe trust data, the registry or trust server'],
      [2, 'the command line is wrong: unknown option, missing REFERENCE or\nsigner key, a key file that is missing or not a key or its passphrase\nis wrong, a REFERENCE without a tag and no --all'],
    ],
  },
  inputs: [
    referencesInput(
      'the tags to revoke, registry/repository:tag (or registry/repository with all)',
      'registry/repository:tag',
      parseRevokeReference,
    ),
    ...keyInputs('signer-key', { help: "a signer's private key file (docker: ~/.docker/trust/private)", required: 'no signer key; give {signer-key}' }),
    use('signer-name', { help: "the signer's name for messages; default: the key's role: header" }),
    use('all'),
    ...connectionInputs(),
  ],
  options: (v, ctx): RevokeInputOptions => ({
    references: checkAllConfirmed(referencesOf(v), v.boolean('all')),
    signerKey: v.key('signer-key')!,
    signerName: v.string('signer-name'),
    all: v.boolean('all'),
    ...connectionOptions(v, ctx),
  }),
  operation: withLoadedKeys(
    async () => (await import('../operations/revoke.ts')).revoke,
    ({ signerKey, all: _confirmed, ...rest }: RevokeInputOptions, load): RevokeOptions => ({ ...rest, signerKey: load(signerKey) }),
  ),
  outputs: [
    {
      name: 'revoked',
      description: 'JSON array of the revoked tags: objects with reference, tag, gun and roles (the roles it was removed from)',
      value: (r: RevokeResult) => JSON.stringify(revokedOutput(r)),
    },
  ],
  json: { help: 'print {revoked, signerKeyId} as JSON', value: (r) => ({ revoked: revokedOutput(r), signerKeyId: r.signerKeyId }) },
  text: (r) => {
    const rows = r.revoked.map((x) => [x.gun, x.tag, x.roles.join(', ')]);
    return `Revoked ${plural(r.revoked.length, 'tag')} with key ${shortId(r.signerKeyId)}\n\n${table([['REPOSITORY', 'TAG', 'REMOVED FROM'], ...rows])}`;
  },
  summaryOf: (r) => ({
    intro: `Revoked ${plural(r.revoked.length, 'tag')} with key ${shortId(r.signerKeyId)}.`,
    header: ['Reference', 'Tag', 'Removed from'],
    rows: r.revoked.map((x) => [{ code: x.reference }, { code: x.tag }, x.roles.join(', ')]),
  }),
  done: (r) => `Revoked ${plural(r.revoked.length, 'tag')}`,
});
