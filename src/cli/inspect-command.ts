// `dct-sign inspect`: `docker trust inspect` without docker. Prints the
// same JSON docker prints, or with --pretty the same text.

import { formatInspectPretty, type InspectOptions, type InspectResult } from '../operations/inspect.ts';
import { commandLine, type ParseContext, references } from './args.ts';
import type { CliContext, Command } from './command.ts';
import { connectedEnv, connectedFlagGroups, runOperation, withConnection } from './connected-command.ts';
import { type FlagGroup, toggle, TRUST_SERVER_DEFAULT } from './flags.ts';
import { renderCommandHelp } from './help.ts';
import { dockerJson } from './output.ts';

const COMMAND = 'inspect';

export const INSPECT_FLAG_GROUPS: readonly FlagGroup[] = connectedFlagGroups([], {
  more: [toggle('pretty', "print docker trust inspect --pretty's tables instead of JSON")],
});

export const INSPECT_FLAGS = INSPECT_FLAG_GROUPS.flatMap((g) => g.flags);

export function inspectHelp(): string {
  return renderCommandHelp({
    name: COMMAND,
    usage: '[options] REFERENCE...',
    about: `
Show what \`docker trust inspect\` shows for each REFERENCE, from trust data
that dct-sign has verified: the signed tags with their digests and signers,
the signers and their keys, and the repository's root and repository keys.
The output is docker's JSON, byte for byte, or with --pretty docker's tables.

A REFERENCE is registry/repository, for every signed tag, or
registry/repository:tag, for one. Reading needs no key.

${TRUST_SERVER_DEFAULT}`,
    groups: INSPECT_FLAG_GROUPS,
    env: connectedEnv(),
    examples: `
# Who signed the tags of an image, as people read it.
dct-sign inspect --pretty registry.example.com/team/app

# The signers of one tag, for a script.
dct-sign inspect registry.example.com/team/app:1.4.2 | jq -r '.[0].SignedTags[].Signers[]'`,
    exitCodes: [
      [0, 'the trust data of every REFERENCE was read and printed'],
      [1, 'a repository has no trust data, its trust data failed verification,\nor the registry or trust server failed or refused the login'],
      [2, 'the command line is wrong: unknown option, missing REFERENCE'],
    ],
  });
}

export interface ParsedInspectCommand {
  readonly pretty: boolean;
  readonly verbose: boolean;
  readonly options: Omit<InspectOptions, 'logger'>;
}

export async function parseInspectArgs(args: readonly string[], context: ParseContext): Promise<ParsedInspectCommand> {
  const { values, positionals, ctx } = commandLine(args, INSPECT_FLAGS, COMMAND, context);
  const refs = references(positionals, ctx, 'REFERENCE');
  const { verbose, options } = await withConnection(values, ctx, { references: refs });
  return { pretty: values.pretty === true, verbose, options };
}

export function formatInspectResult(result: InspectResult, pretty: boolean): string {
  return pretty ? formatInspectPretty(result) : dockerJson(result.repositories);
}

export const inspectCommand: Command = {
  name: COMMAND,
  summary: 'show signed tags, signers and keys, as docker trust inspect',
  help: inspectHelp,
  flags: INSPECT_FLAGS,
  operand: 'REFERENCE',
  async run(args: readonly string[], cli: CliContext): Promise<number> {
    const parsed = await parseInspectArgs(args, cli);
    return runOperation(cli, { ...parsed, json: false }, cli.operations.inspect, (result) => formatInspectResult(result, parsed.pretty));
  },
};
