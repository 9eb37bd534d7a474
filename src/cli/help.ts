// The help texts, made from the specs. `dct-sign --help` lists the commands;
// each command's help is usage, what it does, every flag on one line, the
// environment, examples and exit codes, enough for a person to use the
// command without the README.

import type { AnyCommandSpec, CommandInput } from '../commands/spec.ts';
import { TRUST_SERVER_FALLBACKS } from '../operations/trust-server-url.ts';
import { type FlagGroup, type FlagSpec, flagGroups } from './flags.ts';

/** Words on lines of at most `width` characters. */
function wrap(text: string, width = 78): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

/** Where the trust server comes from, for every command that reaches one: the order the code follows, from beside it. */
const TRUST_SERVER_DEFAULT = wrap(`The trust server is --trust-server, else ${TRUST_SERVER_FALLBACKS}.`);

/** What the commands that reach a registry read from the environment besides their inputs. */
const CONNECTION_ENV = [
  { name: 'DOCKER_CONTENT_TRUST_SERVER', description: 'trust server URL when --trust-server is not given' },
  { name: 'DOCKER_CONFIG', description: "docker's config dir, with the registry logins" },
];

function flagLabel(f: FlagSpec): string {
  const long = `--${f.name}${f.value ? ` ${f.value}` : ''}`;
  return f.short ? `-${f.short}, ${long}` : long;
}

function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}

function renderFlagGroups(groups: readonly FlagGroup[]): string {
  const width = Math.max(...groups.flatMap((g) => g.flags.map((f) => flagLabel(f).length))) + 2;
  return groups
    .map((g) => [`${g.title}:`, ...g.flags.map((f) => `  ${flagLabel(f).padEnd(width)}${f.description}`)].join('\n'))
    .join('\n\n');
}

/** Each variable an input falls back to, with the flags it stands for. */
function environment(spec: AnyCommandSpec): { name: string; description: string }[] {
  const inputs = new Map<string, string[]>();
  for (const input of spec.inputs as readonly CommandInput[]) {
    for (const name of input.env ?? []) inputs.set(name, [...(inputs.get(name) ?? []), `--${input.name}`]);
  }
  const own = [...inputs].map(([name, flags]) => ({ name, description: `${flags.join(', ')} when not given` }));
  const connected = spec.inputs.some((i: CommandInput) => i.kind === 'login') ? CONNECTION_ENV : [];
  return [...own, ...connected, ...(spec.help.env ?? [])];
}

export function topLevelHelp(commands: readonly AnyCommandSpec[]): string {
  return `Usage: dct-sign <command> [options]

Sign container image tags with Docker Content Trust (Notary v1) from CI,
without docker trust, notary or a docker daemon for the signing itself.

Commands:
${columns([...commands.map((c) => [c.name, c.summary] as const), ['help', 'show the help of a command: dct-sign help <command>']]).join('\n')}

Run \`dct-sign <command> --help\` for a command's options, \`dct-sign --version\` for the version.
`;
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => (line === '' ? '' : `  ${line}`))
    .join('\n');

export function commandHelp(spec: AnyCommandSpec): string {
  const connected = spec.inputs.some((i: CommandInput) => i.kind === 'login');
  const env = environment(spec);
  return `Usage: dct-sign ${spec.name} ${spec.help.usage}

${spec.help.about.trim()}${connected ? `\n\n${TRUST_SERVER_DEFAULT}` : ''}

${renderFlagGroups(flagGroups(spec))}
${env.length > 0 ? `\nEnvironment:\n${columns(env.map((v) => [v.name, v.description] as const)).join('\n')}\n` : ''}
Examples:
${indent(spec.help.examples.trim())}

Exit codes:
${spec.help.exitCodes.map(([code, text]) => `  ${code}  ${text.split('\n').join('\n     ')}`).join('\n')}
`;
}
