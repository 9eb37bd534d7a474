// `signer-add`: add a signer's public keys to repositories, as `docker trust
// signer add` does, with the repository key. The root key creates the trust
// data of a repository that has none yet.

import { readPublicKeyList, type KeyInput } from '../operations/inputs.ts';
import { validateSignerName } from '../operations/signer-name.ts';
import type { SignerAddOptions, SignerAddRepositoryResult, SignerAddResult } from '../operations/signer-add.ts';
import { plural, shortId, table } from './format.ts';
import { connectionInputs, keyInputs, repositoriesInput, use } from './inputs.ts';
import { connectionOptions, referencesOf, withLoadedKeys } from './options.ts';
import { defineCommand } from './spec.ts';

/** signer-add's options with its keys as given; they are loaded when the command runs. */
export type SignerAddInputOptions = Omit<SignerAddOptions, 'repositoryKey' | 'rootKey'> & {
  readonly repositoryKey: KeyInput;
  readonly rootKey: KeyInput | undefined;
};

function outcome(r: SignerAddRepositoryResult): string {
  if (r.initialized) return 'created its trust data, with the signer';
  return r.changed ? 'added' : 'unchanged: already a signer with these keys';
}

/** The repositories whose trust data was created, with their new root key IDs. */
function rootKeyIds(r: SignerAddResult): { gun: string; rootKeyId: string }[] {
  return r.repositories.flatMap((x) => (x.rootKeyId ? [{ gun: x.gun, rootKeyId: x.rootKeyId }] : []));
}

/** New trust data is trusted on first use by whoever reads it next; its root key ID pins it instead. */
function pinHint(r: SignerAddResult, log: boolean): string {
  const created = rootKeyIds(r);
  if (created.length === 0) return '';
  const rows = created.map((x) => [x.gun, x.rootKeyId]);
  const input = log ? 'the trust-pin input' : '--trust-pin';
  return `\nPin the new root in later runs: give its root key ID as ${input}.\n\n${table([['REPOSITORY', 'ROOT KEY ID'], ...rows])}`;
}

export const signerAddSpec = defineCommand({
  name: 'signer-add',
  summary: 'add a signer, as docker trust signer add',
  help: {
    usage: '[options] --signer-name NAME --signer-public-key PATH REPOSITORY...',
    about: `
Make NAME a signer of each REPOSITORY (registry/repository, no tag), as
\`docker trust signer add\` does: its public keys go into the roles
targets/NAME and targets/releases, signed with the repository key. Adding a
signer that already has these keys changes nothing.

A repository without trust data is created on the way when the root key is
given too. Every REPOSITORY is checked before anything is published.`,
    examples: `
# Let the CI key (from dct-sign key-generate --signer-name ci) sign an image.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$REPOSITORY_PASSPHRASE"
dct-sign signer-add --signer-name ci --signer-public-key ci.pub \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key \\
    registry.example.com/team/app`,
    exitCodes: [
      [0, 'NAME is a signer of every REPOSITORY with these keys'],
      [1, 'adding failed: the repository key is not the one the repository\ntrusts, no trust data and no root key, the trust data, the registry or\ntrust server'],
      [2, 'the command line is wrong: unknown option, missing REPOSITORY,\nsigner name, public key or repository key, an invalid name, a key file\nthat is missing or not a key or its passphrase is wrong'],
    ],
  },
  inputs: [
    repositoriesInput('the repositories, registry/repository'),
    use('signer-name', {
      group: 'Signer',
      help: 'the signer to add (required)',
      required: 'name the signer to add (lowercase letters, digits, - and _)',
      parse: (value, input) => validateSignerName(value.trim(), input),
    }),
    use('signer-public-key', {
      required: "give the signer's public key: the .pub file of dct-sign key-generate or docker trust key generate",
      parse: readPublicKeyList,
    }),
    ...keyInputs('repository-key', { required: 'give {repository-key}, which signs the signer in' }),
    ...keyInputs('root-key', { help: 'root key file; only for a repository without trust data' }),
    ...connectionInputs(),
  ],
  options: (v, ctx): SignerAddInputOptions => ({
    references: referencesOf(v),
    name: v.string('signer-name')!.trim(),
    signerPublicKeys: (v.parsed<string[][]>('signer-public-key') ?? []).flat(),
    repositoryKey: v.key('repository-key')!,
    rootKey: v.key('root-key'),
    ...connectionOptions(v, ctx),
  }),
  operation: withLoadedKeys(
    async () => (await import('../operations/signer-add.ts')).signerAdd,
    ({ repositoryKey, rootKey, ...rest }: SignerAddInputOptions, load): SignerAddOptions => ({
      ...rest,
      repositoryKey: load(repositoryKey),
      rootKey: rootKey ? load(rootKey) : undefined,
    }),
  ),
  outputs: [
    {
      name: 'signer-key-id',
      description: 'the key ID of each signer-public-key, one per line',
      value: (r: SignerAddResult) => r.keyIds.join('\n'),
    },
    {
      name: 'root-key-id',
      description:
        'the root key ID of each repository whose trust data it created, one per line in the order of tags (empty when it created ' +
        'none): give it as trust-pin to later runs',
      value: (r: SignerAddResult) => rootKeyIds(r).map((x) => x.rootKeyId).join('\n'),
    },
  ],
  json: { help: 'print {name, keyIds, repositories} as JSON; a repository it created has its rootKeyId', value: (r) => r },
  text: (r, view) => {
    const keys = r.keyIds.map((id) => `  ${id}\n`).join('');
    const rows = r.repositories.map((x) => [x.gun, outcome(x)]);
    return `Signer ${r.name} with ${plural(r.keyIds.length, 'key')}:\n${keys}\n${table([['REPOSITORY', 'RESULT'], ...rows])}${pinHint(r, view.log)}`;
  },
  summaryOf: (r) => ({
    intro: `Signer ${r.name} with ${plural(r.keyIds.length, 'key')}: ${r.keyIds.map(shortId).join(', ')}.`,
    header: ['Repository', 'Change', 'Trust server'],
    rows: r.repositories.map((x) => [{ code: x.gun }, outcome(x), x.trustServer]),
  }),
  done: (r) => `Signer ${r.name} added to ${plural(r.repositories.filter((x) => x.changed).length, 'repository', 'repositories')}`,
});
