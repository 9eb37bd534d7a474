// `dct-sign refresh`: keep a repository's trust data from expiring, from a
// schedule. Re-signs targets (repository key) or a signer's roles (signer
// key) unchanged; with --expiring-within only what expires soon.

import { refreshedOutput } from '../operations/output-json.ts';
import type { RefreshOptions, RefreshResult } from '../operations/refresh.ts';
import { commandLine, durationMs, ENV, keyInput, oneRepository, type ParseContext, usageError } from './args.ts';
import type { CliContext, Command } from './command.ts';
import { connectedEnv, connectedFlagGroups, type ParsedOperation, runOperation, withConnection } from './connected-command.ts';
import { ENV_SPECS, type FlagGroup, keyFlags, option, TRUST_SERVER_DEFAULT } from './flags.ts';
import { renderCommandHelp } from './help.ts';
import { json, plural, table } from './output.ts';

const COMMAND = 'refresh';

export const REFRESH_FLAG_GROUPS: readonly FlagGroup[] = connectedFlagGroups(
  [
    {
      title: 'Keys (one or both)',
      flags: [
        ...keyFlags('signer-key', "a signer's private key file: re-signs the roles it signs"),
        ...keyFlags('repository-key', 'repository (targets) key file: re-signs targets', 'the repository key as PEM or base64 text (discouraged)'),
      ],
    },
    {
      title: 'When',
      flags: [option('expiring-within', 'DURATION', 'only roles expiring within this: 180d, 26w, 36h; default: all')],
    },
  ],
  { json: 'print {gun, trustServer, published, refreshed} as JSON' },
);

export const REFRESH_FLAGS = REFRESH_FLAG_GROUPS.flatMap((g) => g.flags);

export function refreshHelp(): string {
  return renderCommandHelp({
    name: COMMAND,
    usage: '[options] REPOSITORY',
    about: `
Re-sign the trust data of REPOSITORY (registry/repository, no tag) with its
content unchanged and a new expiry three years out, as notary's witness does:
targets with the repository key, and the roles a signer signs with its key.
Trust data nobody signs into for years expires, and then every pull with
content trust fails; run this from a schedule. With --expiring-within only
roles that would expire within that time are re-signed, so most runs publish
nothing.

${TRUST_SERVER_DEFAULT}`,
    groups: REFRESH_FLAG_GROUPS,
    env: connectedEnv(ENV_SPECS.signerKey, ENV_SPECS.repositoryPassphrase),
    examples: `
# Weekly: re-sign whatever the CI signer signs that expires within six months.
export DCT_SIGNER_KEY="$SIGNER_KEY_BASE64"
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
dct-sign refresh --expiring-within 180d registry.example.com/team/app`,
    exitCodes: [
      [0, 'every role that needed it was re-signed (perhaps none)'],
      [1, 'refreshing failed: a key or passphrase, a key that signs no role of\nthe repository, the trust data, the registry or trust server'],
      [2, 'the command line is wrong: unknown option, not one REPOSITORY, no key,\na duration that is not a number and h, d or w'],
    ],
  });
}

export type ParsedRefreshCommand = ParsedOperation<Omit<RefreshOptions, 'logger'>>;

export async function parseRefreshArgs(args: readonly string[], context: ParseContext): Promise<ParsedRefreshCommand> {
  const { values, positionals, ctx } = commandLine(args, REFRESH_FLAGS, COMMAND, context);
  const reference = oneRepository(positionals, ctx);
  const signerKey = keyInput(values, ctx, 'signer-key', { envKey: ENV.signerKey });
  const repositoryKey = keyInput(values, ctx, 'repository-key');
  if (!signerKey && !repositoryKey) {
    throw usageError(
      ctx,
      '--signer-key-file',
      `give --signer-key-file (the signer's roles), --repository-key-file (targets) or both; or set ${ENV.signerKey}`,
    );
  }
  const expiringWithinMs = durationMs(values, ctx, 'expiring-within');
  return withConnection(values, ctx, { reference, signerKey, repositoryKey, expiringWithinMs });
}

export function formatRefreshResult(result: RefreshResult, asJson: boolean): string {
  const refreshed = refreshedOutput(result);
  if (asJson) return json({ gun: result.gun, trustServer: result.trustServer, published: result.published, refreshed });
  if (!result.published) return `Nothing in ${result.gun} needed re-signing\n`;
  const rows = refreshed.map((r) => [r.role, String(r.version), r.expires, r.previousExpires]);
  return `Re-signed ${plural(rows.length, 'role')} of ${result.gun}\n\n${table([['ROLE', 'VERSION', 'EXPIRES', 'PREVIOUS EXPIRY'], ...rows])}`;
}

export const refreshCommand: Command = {
  name: COMMAND,
  summary: 're-sign trust data before it expires, from a schedule',
  help: refreshHelp,
  flags: REFRESH_FLAGS,
  operand: 'REPOSITORY',
  async run(args: readonly string[], cli: CliContext): Promise<number> {
    return runOperation(cli, await parseRefreshArgs(args, cli), cli.operations.refresh, formatRefreshResult);
  },
};
