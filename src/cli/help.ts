// The help texts. `dct-sign --help` lists the commands; each command's help
// is usage, every flag on one line, the environment, examples and exit codes,
// enough for a person to use the command without the README.

import type { EnvSpec, FlagGroup, FlagSpec } from './flags.ts';

export interface CommandSummary {
  readonly name: string;
  readonly summary: string;
}

function flagLabel(f: FlagSpec): string {
  const long = `--${f.name}${f.value ? ` ${f.value}` : ''}`;
  return f.short ? `-${f.short}, ${long}` : long;
}

export function renderFlagGroups(groups: readonly FlagGroup[]): string {
  const width = Math.max(...groups.flatMap((g) => g.flags.map((f) => flagLabel(f).length))) + 2;
  return groups
    .map((g) => [`${g.title}:`, ...g.flags.map((f) => `  ${flagLabel(f).padEnd(width)}${f.description}`)].join('\n'))
    .join('\n\n');
}

export function renderEnv(vars: readonly EnvSpec[]): string {
  const width = Math.max(...vars.map((v) => v.name.length)) + 2;
  return ['Environment:', ...vars.map((v) => `  ${v.name.padEnd(width)}${v.description}`)].join('\n');
}

export function topLevelHelp(commands: readonly CommandSummary[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return `Usage: dct-sign <command> [options]

Sign container image tags with Docker Content Trust (Notary v1) from CI,
without docker trust, notary or a docker daemon for the signing itself.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}
  ${'help'.padEnd(width)}show the help of a command: dct-sign help <command>

Run \`dct-sign <command> --help\` for a command's options.
`;
}

/** What a command's help says, in the order it says it. */
export interface CommandHelp {
  readonly name: string;
  /** After `dct-sign NAME`, e.g. `[options] REFERENCE...`. */
  readonly usage: string;
  /** What the command does and what to know first, wrapped at 78 columns. */
  readonly about: string;
  readonly groups: readonly FlagGroup[];
  readonly env: readonly EnvSpec[];
  /** Commented command lines, wrapped, without indentation. */
  readonly examples: string;
  readonly exitCodes: readonly (readonly [number, string])[];
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line === '' ? '' : `  ${line}`))
    .join('\n');

export function renderCommandHelp(help: CommandHelp): string {
  return `Usage: dct-sign ${help.name} ${help.usage}

${help.about.trim()}

${renderFlagGroups(help.groups)}

${renderEnv(help.env)}

Examples:
${indent(help.examples.trim())}

Exit codes:
${help.exitCodes.map(([code, text]) => `  ${code}  ${text.split('\n').join('\n     ')}`).join('\n')}
`;
}
