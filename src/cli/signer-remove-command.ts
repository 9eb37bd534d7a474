// `dct-sign signer-remove`: `docker trust signer remove` with the repository
// key file.

import type { SignerRemoveOptions, SignerRemoveResult } from '../operations/signer-remove.ts';
import { commandLine, type ParseContext, references, requiredKeyInput, requiredString } from './args.ts';
import type { CliContext, Command } from './command.ts';
import { connectedEnv, connectedFlagGroups, type ParsedOperation, runOperation, withConnection } from './connected-command.ts';
import { ENV_SPECS, type FlagGroup, keyFlags, option, toggle, TRUST_SERVER_DEFAULT } from './flags.ts';
import { renderCommandHelp } from './help.ts';
import { json, plural, shortId, table } from './output.ts';

const COMMAND = 'signer-remove';

export const SIGNER_REMOVE_FLAG_GROUPS: readonly FlagGroup[] = connectedFlagGroups(
  [
    {
      title: 'Signer',
      flags: [
        option('signer-name', 'NAME', 'the signer to remove (required)'),
        toggle('force', 'remove it even if its signature keeps the signed tags valid'),
      ],
    },
    { title: 'Repository key', flags: keyFlags('repository-key', 'repository (targets) key file (docker: role: targets)') },
  ],
  { json: 'print {name, repositories} as JSON' },
);

export const SIGNER_REMOVE_FLAGS = SIGNER_REMOVE_FLAG_GROUPS.flatMap((g) => g.flags);

export function signerRemoveHelp(): string {
  return renderCommandHelp({
    name: COMMAND,
    usage: '[options] --signer-name NAME REPOSITORY...',
    about: `
Remove the signer NAME from each REPOSITORY (registry/repository, no tag), as
\`docker trust signer remove\` does: the role targets/NAME goes, and NAME's
keys leave targets/releases. The tags stay in targets/releases; if NAME's
signature is the only one that keeps it valid, they do not verify until
another signer signs again, and removing NAME needs --force, as docker asks.

${TRUST_SERVER_DEFAULT}`,
    groups: SIGNER_REMOVE_FLAG_GROUPS,
    env: connectedEnv(ENV_SPECS.repositoryPassphrase),
    examples: `
# A CI key that leaked: it can no longer sign the image.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$REPOSITORY_PASSPHRASE"
dct-sign signer-remove --signer-name ci \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key \\
    registry.example.com/team/app`,
    exitCodes: [
      [0, 'NAME is no longer a signer of any REPOSITORY'],
      [1, 'removing failed: the key or passphrase, the repository key is not the\none the repository trusts, the trust data, the registry or trust server'],
      [2, 'the command line is wrong: unknown option, missing REPOSITORY,\nsigner name or repository key; NAME is no signer; --force is needed'],
    ],
  });
}

export type ParsedSignerRemoveCommand = ParsedOperation<Omit<SignerRemoveOptions, 'logger'>>;

export async function parseSignerRemoveArgs(args: readonly string[], context: ParseContext): Promise<ParsedSignerRemoveCommand> {
  const { values, positionals, ctx } = commandLine(args, SIGNER_REMOVE_FLAGS, COMMAND, context);
  const refs = references(positionals, ctx, 'REPOSITORY');
  const name = requiredString(values, ctx, 'signer-name', 'name the signer to remove');
  const repositoryKey = requiredKeyInput(values, ctx, 'repository-key', 'give the repository (targets) key file, which signs the removal');
  return withConnection(values, ctx, { references: refs, name, repositoryKey, force: values.force === true });
}

export function formatSignerRemoveResult(result: SignerRemoveResult, asJson: boolean): string {
  if (asJson) return json(result);
  // The NOTE column only when a repository needs one.
  const notes = result.repositories.some((r) => r.releasesInvalidated);
  const rows = result.repositories.map((r) => [
    r.gun,
    r.removedKeyIds.map(shortId).join(', ') || '-',
    ...(notes ? [r.releasesInvalidated ? 'its tags do not verify until someone signs again' : ''] : []),
  ]);
  const header = ['REPOSITORY', 'KEYS REMOVED', ...(notes ? ['NOTE'] : [])];
  const count = plural(result.repositories.length, 'repository', 'repositories');
  return `Removed signer ${result.name} from ${count}\n\n${table([header, ...rows])}`;
}

export const signerRemoveCommand: Command = {
  name: COMMAND,
  summary: 'remove a signer, as docker trust signer remove',
  help: signerRemoveHelp,
  flags: SIGNER_REMOVE_FLAGS,
  operand: 'REPOSITORY',
  async run(args: readonly string[], cli: CliContext): Promise<number> {
    return runOperation(cli, await parseSignerRemoveArgs(args, cli), cli.operations.signerRemove, formatSignerRemoveResult);
  },
};
