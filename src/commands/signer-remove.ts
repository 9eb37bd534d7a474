// `signer-remove`: remove a signer from repositories, as `docker trust signer
// remove` does, with the repository key. Removing the signer whose signature
// keeps targets/releases valid needs `force`.

import type { KeyInput } from '../operations/inputs.ts';
import { validateRemovableSignerName } from '../operations/signer-name.ts';
import type { SignerRemoveOptions, SignerRemoveRepositoryResult, SignerRemoveResult } from '../operations/signer-remove.ts';
import { plural, shortId, table } from './format.ts';
import { connectionInputs, keyInputs, repositoriesInput, use } from './inputs.ts';
import { connectionOptions, referencesOf, withLoadedKeys } from './options.ts';
import { defineCommand } from './spec.ts';

/** signer-remove's options with the repository key as given; it is loaded when the command runs. */
export type SignerRemoveInputOptions = Omit<SignerRemoveOptions, 'repositoryKey'> & { readonly repositoryKey: KeyInput };

const INVALIDATED = 'its tags do not verify until someone signs again';

/** The note for a repository whose targets/releases the removal invalidates, naming the tags the next sign drops. */
function noteOf(x: SignerRemoveRepositoryResult): string {
  if (!x.releasesInvalidated) return '';
  const dropped = x.droppedAtNextSign;
  return dropped.length > 0 ? `${INVALIDATED}; that drops ${dropped.join(', ')}` : INVALIDATED;
}

export const signerRemoveSpec = defineCommand({
  name: 'signer-remove',
  summary: 'remove a signer, as docker trust signer remove',
  help: {
    usage: '[options] --signer-name NAME REPOSITORY...',
    about: `
Remove the signer NAME from each REPOSITORY (registry/repository, no tag), as
\`docker trust signer remove\` does: the role targets/NAME goes, and NAME's
keys leave targets/releases. If NAME's signature is the only one that keeps
targets/releases valid, removing NAME needs --force, as docker asks: its tags
do not verify until a remaining signer signs, refreshes or revokes, which
re-signs targets/releases with the tags the remaining signers' own roles
vouch for. The tags only NAME vouched for drop then; they are named before
anything is removed.`,
    examples: `
# A CI key that leaked: it can no longer sign the image.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$REPOSITORY_PASSPHRASE"
dct-sign signer-remove --signer-name ci \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key \\
    registry.example.com/team/app`,
    exitCodes: [
      [0, 'NAME is no longer a signer of any REPOSITORY'],
      [1, 'removing failed: the repository key is not the one the repository\ntrusts, the trust data, the registry or trust server'],
      [2, 'the command line is wrong: unknown option, missing REPOSITORY,\nsigner name or repository key; a key file that is missing or not a key\nor its passphrase is wrong; NAME is no signer; --force is needed'],
    ],
  },
  inputs: [
    repositoriesInput('the repositories, registry/repository'),
    use('signer-name', {
      group: 'Signer',
      help: 'the signer to remove (required)',
      required: 'name the signer to remove',
      parse: (value, input) => validateRemovableSignerName(value.trim(), input),
    }),
    use('force'),
    ...keyInputs('repository-key', { required: 'give {repository-key}, which signs the removal' }),
    ...connectionInputs(),
  ],
  options: (v, ctx): SignerRemoveInputOptions => ({
    references: referencesOf(v),
    name: v.string('signer-name')!.trim(),
    repositoryKey: v.key('repository-key')!,
    force: v.boolean('force'),
    ...connectionOptions(v, ctx),
  }),
  operation: withLoadedKeys(
    async () => (await import('../operations/signer-remove.ts')).signerRemove,
    ({ repositoryKey, ...rest }: SignerRemoveInputOptions, load): SignerRemoveOptions => ({ ...rest, repositoryKey: load(repositoryKey) }),
  ),
  outputs: [],
  json: { help: 'print {name, repositories} as JSON', value: (r: SignerRemoveResult) => r },
  text: (r) => {
    // The NOTE column only when a repository needs one.
    const notes = r.repositories.some((x) => x.releasesInvalidated);
    const rows = r.repositories.map((x) => [
      x.gun,
      x.removedKeyIds.map(shortId).join(', ') || '-',
      ...(notes ? [noteOf(x)] : []),
    ]);
    const header = ['REPOSITORY', 'KEYS REMOVED', ...(notes ? ['NOTE'] : [])];
    return `Removed signer ${r.name} from ${plural(r.repositories.length, 'repository', 'repositories')}\n\n${table([header, ...rows])}`;
  },
  summaryOf: (r) => ({
    intro: `Removed signer ${r.name}.`,
    header: ['Repository', 'Keys removed', 'Note'],
    rows: r.repositories.map((x) => [{ code: x.gun }, x.removedKeyIds.map(shortId).join(', '), noteOf(x)]),
  }),
  done: (r) => `Signer ${r.name} removed from ${plural(r.repositories.length, 'repository', 'repositories')}`,
});
