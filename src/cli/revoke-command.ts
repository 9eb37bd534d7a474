// `dct-sign revoke`: `docker trust revoke` with a signer's key file, so that
// a tag signed by mistake (or a whole repository's tags) stops being trusted.

import { revokedOutput } from '../operations/output-json.ts';
import type { RevokeOptions, RevokeResult } from '../operations/revoke.ts';
import { commandLine, ENV, type ParseContext, references, requiredKeyInput, str } from './args.ts';
import type { CliContext, Command } from './command.ts';
import { connectedEnv, connectedFlagGroups, type ParsedOperation, runOperation, withConnection } from './connected-command.ts';
import { ENV_SPECS, type FlagGroup, keyFlags, option, toggle, TRUST_SERVER_DEFAULT } from './flags.ts';
import { renderCommandHelp } from './help.ts';
import { json, plural, shortId, table } from './output.ts';

const COMMAND = 'revoke';

export const REVOKE_FLAG_GROUPS: readonly FlagGroup[] = connectedFlagGroups(
  [
    {
      title: 'Signer key',
      flags: [
        ...keyFlags('signer-key', "a signer's private key file (docker: ~/.docker/trust/private)"),
        option('signer-name', 'NAME', "the signer's name for messages; default: the key's role: header"),
      ],
    },
    {
      title: 'What to revoke',
      flags: [toggle('all', 'revoke every signed tag of a REFERENCE given without a tag')],
    },
  ],
  { json: 'print {revoked, signerKeyId} as JSON' },
);

export const REVOKE_FLAGS = REVOKE_FLAG_GROUPS.flatMap((g) => g.flags);

export function revokeHelp(): string {
  return renderCommandHelp({
    name: COMMAND,
    usage: '[options] REFERENCE...',
    about: `
Remove the signature of each REFERENCE (registry/repository:tag) from the
trust data, as \`docker trust revoke\` does, so that content trust no longer
accepts the tag; the image itself stays in the registry. A REFERENCE without
a tag (registry/repository) revokes every signed tag of the repository, and
needs --all to say so.

The tag is removed from every role the signer key may sign. A revoke that
would leave the tag signed through a role the key cannot sign is refused, and
every REFERENCE is checked before anything is published.

${TRUST_SERVER_DEFAULT}`,
    groups: REVOKE_FLAG_GROUPS,
    env: connectedEnv(ENV_SPECS.signerKey, ENV_SPECS.repositoryPassphrase),
    examples: `
# Withdraw a release that must not be deployed.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
dct-sign revoke --signer-key-file ci.key registry.example.com/team/app:1.4.2

# Every signed tag of a repository.
dct-sign revoke --all --signer-key-file ci.key registry.example.com/team/app`,
    exitCodes: [
      [0, 'every REFERENCE was revoked'],
      [1, 'revoking failed: a tag is not signed, the key or passphrase, the\nsigner may not revoke it, the trust data, the registry or trust server'],
      [2, 'the command line is wrong: unknown option, missing REFERENCE or\nsigner key, a REFERENCE without a tag and no --all'],
    ],
  });
}

export type ParsedRevokeCommand = ParsedOperation<Omit<RevokeOptions, 'logger'>>;

export async function parseRevokeArgs(args: readonly string[], context: ParseContext): Promise<ParsedRevokeCommand> {
  const { values, positionals, ctx } = commandLine(args, REVOKE_FLAGS, COMMAND, context);
  const refs = references(positionals, ctx, 'REFERENCE');
  const signerKey = requiredKeyInput(
    values,
    ctx,
    'signer-key',
    `no signer key; give --signer-key-file PATH or set ${ENV.signerKey}`,
    { envKey: ENV.signerKey },
  );
  return withConnection(values, ctx, { references: refs, signerKey, signerName: str(values, 'signer-name'), all: values.all === true });
}

export function formatRevokeResult(result: RevokeResult, asJson: boolean): string {
  if (asJson) {
    return json({ revoked: revokedOutput(result), signerKeyId: result.signerKeyId });
  }
  const rows = result.revoked.map((r) => [r.gun, r.tag, r.roles.join(', ')]);
  return `Revoked ${plural(result.revoked.length, 'tag')} with key ${shortId(result.signerKeyId)}\n\n${table([['REPOSITORY', 'TAG', 'REMOVED FROM'], ...rows])}`;
}

export const revokeCommand: Command = {
  name: COMMAND,
  summary: 'remove the signatures of tags, as docker trust revoke',
  help: revokeHelp,
  flags: REVOKE_FLAGS,
  operand: 'REFERENCE',
  async run(args: readonly string[], cli: CliContext): Promise<number> {
    return runOperation(cli, await parseRevokeArgs(args, cli), cli.operations.revoke, formatRevokeResult);
  },
};
