// `dct-sign signer-add`: `docker trust signer add` with the repository key
// file, creating a repository's trust data on the way when the root key is
// given.

import type { SignerAddOptions, SignerAddRepositoryResult, SignerAddResult } from '../operations/signer-add.ts';
import { readPublicKeyList } from '../operations/inputs.ts';
import {
  asUsage,
  commandLine,
  keyInput,
  type ParseContext,
  references,
  requiredKeyInput,
  requiredString,
  strings,
  usageError,
} from './args.ts';
import type { CliContext, Command } from './command.ts';
import { connectedEnv, connectedFlagGroups, type ParsedOperation, runOperation, withConnection } from './connected-command.ts';
import { ENV_SPECS, type FlagGroup, keyFlags, option, TRUST_SERVER_DEFAULT } from './flags.ts';
import { renderCommandHelp } from './help.ts';
import { json, plural, table } from './output.ts';

const COMMAND = 'signer-add';

export const SIGNER_ADD_FLAG_GROUPS: readonly FlagGroup[] = connectedFlagGroups(
  [
    {
      title: 'Signer',
      flags: [
        option('signer-name', 'NAME', "the signer's name: a-z, 0-9, - and _ (required)"),
        option('signer-public-key', 'PATH|PEM', "its public key or certificate (.pub); repeat for more", {
          multiple: true,
        }),
      ],
    },
    { title: 'Repository key', flags: keyFlags('repository-key', 'repository (targets) key file (docker: role: targets)') },
    {
      title: 'New repository (creates its trust data)',
      flags: keyFlags('root-key', 'root key file; used only if a repository has no trust data', 'the root key as PEM or base64 text (discouraged)'),
    },
  ],
  { json: 'print {name, keyIds, repositories} as JSON' },
);

export const SIGNER_ADD_FLAGS = SIGNER_ADD_FLAG_GROUPS.flatMap((g) => g.flags);

export function signerAddHelp(): string {
  return renderCommandHelp({
    name: COMMAND,
    usage: '[options] --signer-name NAME --signer-public-key PATH REPOSITORY...',
    about: `
Make NAME a signer of each REPOSITORY (registry/repository, no tag), as
\`docker trust signer add\` does: its public keys go into the roles
targets/NAME and targets/releases, signed with the repository key. Adding a
signer that already has these keys changes nothing.

A repository without trust data is created on the way when the root key is
given too. Every REPOSITORY is checked before anything is published.

${TRUST_SERVER_DEFAULT}`,
    groups: SIGNER_ADD_FLAG_GROUPS,
    env: connectedEnv(ENV_SPECS.repositoryPassphrase, ENV_SPECS.rootPassphrase),
    examples: `
# Let the CI key (from dct-sign key-generate --signer-name ci) sign an image.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$REPOSITORY_PASSPHRASE"
dct-sign signer-add --signer-name ci --signer-public-key ci.pub \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key \\
    registry.example.com/team/app`,
    exitCodes: [
      [0, 'NAME is a signer of every REPOSITORY with these keys'],
      [1, 'adding failed: a key or passphrase, the repository key is not the\none the repository trusts, no trust data and no root key, the trust\ndata, the registry or trust server'],
      [2, 'the command line is wrong: unknown option, missing REPOSITORY,\nsigner name, public key or repository key, an invalid name'],
    ],
  });
}

export type ParsedSignerAddCommand = ParsedOperation<Omit<SignerAddOptions, 'logger'>>;

export async function parseSignerAddArgs(args: readonly string[], context: ParseContext): Promise<ParsedSignerAddCommand> {
  const { values, positionals, ctx } = commandLine(args, SIGNER_ADD_FLAGS, COMMAND, context);
  const refs = references(positionals, ctx, 'REPOSITORY');
  const name = requiredString(values, ctx, 'signer-name', 'name the signer to add (lowercase letters, digits, - and _)');
  const publicKeys = strings(values, 'signer-public-key').flatMap((v) => asUsage(ctx, () => readPublicKeyList(v, '--signer-public-key')));
  if (publicKeys.length === 0) {
    throw usageError(ctx, '--signer-public-key', "give the signer's public key: the .pub file of dct-sign key-generate or docker trust key generate");
  }
  const repositoryKey = requiredKeyInput(values, ctx, 'repository-key', 'give the repository (targets) key file, which signs the signer in');
  const rootKey = keyInput(values, ctx, 'root-key');
  return withConnection(values, ctx, { references: refs, name, signerPublicKeys: publicKeys, repositoryKey, rootKey });
}

function outcome(r: SignerAddRepositoryResult): string {
  if (r.initialized) return 'created its trust data, with the signer';
  return r.changed ? 'added' : 'unchanged: already a signer with these keys';
}

export function formatSignerAddResult(result: SignerAddResult, asJson: boolean): string {
  if (asJson) return json(result);
  const rows = result.repositories.map((r) => [r.gun, outcome(r)]);
  const keys = result.keyIds.map((id) => `  ${id}\n`).join('');
  return `Signer ${result.name} with ${plural(result.keyIds.length, 'key')}:\n${keys}\n${table([['REPOSITORY', 'RESULT'], ...rows])}`;
}

export const signerAddCommand: Command = {
  name: COMMAND,
  summary: 'add a signer, as docker trust signer add',
  help: signerAddHelp,
  flags: SIGNER_ADD_FLAGS,
  operand: 'REPOSITORY',
  async run(args: readonly string[], cli: CliContext): Promise<number> {
    return runOperation(cli, await parseSignerAddArgs(args, cli), cli.operations.signerAdd, formatSignerAddResult);
  },
};
