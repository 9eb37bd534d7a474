// A command's flags, made from its spec: each input becomes the flags of its
// kind (a key `--X-file`, `--X`; a login `--username`, `--password`,
// `--password-stdin`; a boolean that defaults to true also `--no-X`), in the
// spec's help groups, then the output group. The operand input is the
// command's arguments. parseArgs options and the help come from this table,
// so a flag cannot exist without its help line.

import type { AnyCommandSpec, CommandInput } from '../commands/spec.ts';

export interface FlagSpec {
  readonly name: string;
  readonly type: 'string' | 'boolean';
  /** Placeholder shown in help, e.g. PATH. */
  readonly value?: string;
  readonly short?: string;
  /** One line. */
  readonly description: string;
  /** `--no-push` is parseArgs' negation of `--push`, listed for the help only. */
  readonly negationOf?: string;
  /** The flag may be given more than once; its values are collected. */
  readonly multiple?: boolean;
}

export interface FlagGroup {
  readonly title: string;
  readonly flags: readonly FlagSpec[];
}

const option = (name: string, value: string, description: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({
  name,
  type: 'string',
  value,
  description,
  ...extra,
});

const toggle = (name: string, description: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({
  name,
  type: 'boolean',
  description,
  ...extra,
});

const HELP_FLAG = toggle('help', 'show this help', { short: 'h' });

/** The flags that give one input. */
export function flagsOf(input: CommandInput): FlagSpec[] {
  const { name, help } = input;
  switch (input.kind) {
    case 'key':
      return [option(`${name}-file`, 'PATH', help), option(name, 'TEXT', 'the key as PEM or base64 text (discouraged: visible to ps)')];
    case 'login':
      return [
        option('username', 'NAME', "registry user; default: the login in docker's config.json"),
        option('password', 'TEXT', 'its password or token (discouraged: use --password-stdin)'),
        toggle('password-stdin', 'read the password from stdin, like docker login'),
      ];
    case 'boolean':
      return input.negation ? [toggle(name, help), toggle(`no-${name}`, input.negation, { negationOf: name })] : [toggle(name, help)];
    case 'list':
      return [option(name, input.value ?? 'VALUES', help, { multiple: true })];
    case 'secret':
      return [option(name, 'TEXT', help)];
    default:
      return [option(name, input.value ?? 'VALUE', help, input.multiple ? { multiple: true } : {})];
  }
}

/** The input the command's arguments give, if any. */
export function operandOf(spec: AnyCommandSpec): CommandInput | undefined {
  return spec.inputs.find((i: CommandInput) => i.operand !== undefined);
}

/** The command's flags in help order: its inputs' groups, then Output. */
export function flagGroups(spec: AnyCommandSpec): FlagGroup[] {
  const groups = new Map<string, FlagSpec[]>();
  for (const input of spec.inputs as readonly CommandInput[]) {
    // A list operand is the arguments only; a one-value operand keeps its flag too.
    if (input.operand !== undefined && input.kind === 'list') continue;
    const flags = groups.get(input.group) ?? [];
    flags.push(...flagsOf(input));
    groups.set(input.group, flags);
  }
  const output = [
    ...(spec.viewFlags ?? []).map((f) => toggle(f.name, f.help)),
    toggle('json', spec.json.help),
    ...(spec.logs === false
      ? []
      : [
          toggle('verbose', 'also print debug lines on stderr: each request, retry and phase, with its time'),
          toggle('quiet', 'print only the result and errors: no progress lines, no warnings', { short: 'q' }),
        ]),
    HELP_FLAG,
  ];
  return [...[...groups].map(([title, flags]) => ({ title, flags })), { title: 'Output', flags: output }];
}

export function allFlags(spec: AnyCommandSpec): FlagSpec[] {
  return flagGroups(spec).flatMap((g) => g.flags);
}
