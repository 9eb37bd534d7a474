// node:util parseArgs with the CLI's own wording for what it refuses: node's
// messages are long and talk about positionals; ours name the flag and the fix.
// Two things parseArgs would get wrong are settled first: PEM text after a
// flag is its value, though it starts with dashes, and a boolean flag given
// both ways (--push --no-push) is a conflict, not "the last one wins".

import { parseArgs } from 'node:util';
import type { FlagSpec } from './flags.ts';
import { UsageError } from './usage-error.ts';

export type FlagValues = Readonly<Record<string, string | boolean | string[] | undefined>>;

export interface ParsedFlags {
  readonly values: FlagValues;
  readonly positionals: readonly string[];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest known flag, if a typo is likely. */
function suggest(flag: string, flags: readonly FlagSpec[]): string | undefined {
  const name = flag.replace(/^-+/, '');
  let best: { name: string; d: number } | undefined;
  for (const f of flags) {
    const d = distance(name, f.name);
    if (!best || d < best.d) best = { name: f.name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(name.length / 4)) ? `--${best.name}` : undefined;
}

/** PEM text (a key, a certificate) starts with dashes, but is never a flag. */
const PEM_START = '-----BEGIN';

/** `--flag PEM` as `--flag=PEM`, for every flag that takes a value: parseArgs takes a value that starts with a dash for a flag. */
function joinPemValues(args: readonly string[], flags: readonly FlagSpec[]): string[] {
  const takesValue = new Set(flags.filter((f) => f.type === 'string').flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]));
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      joined.push(...args.slice(i));
      break;
    }
    const next = args[i + 1];
    if (takesValue.has(arg) && next?.startsWith(PEM_START)) {
      joined.push(arg.startsWith('--') ? `${arg}=${next}` : `${arg}${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

interface OptionToken {
  readonly kind: string;
  readonly name?: string;
  readonly rawName?: string;
}

/** A boolean flag given both ways (`--push --no-push`) is a usage error naming both. */
function checkBothWays(tokens: readonly OptionToken[], command: string): void {
  const ways = new Map<string, Set<string>>();
  for (const t of tokens) {
    if (t.kind !== 'option' || !t.name || !t.rawName?.startsWith('--')) continue;
    ways.set(t.name, (ways.get(t.name) ?? new Set()).add(t.rawName === `--no-${t.name}` ? `--no-${t.name}` : `--${t.name}`));
  }
  for (const [name, given] of ways) {
    if (given.size > 1) throw new UsageError(`--${name}`, `given with --no-${name}; give one of --${name} and --no-${name}`, { command });
  }
}

export function parseFlags(args: readonly string[], flags: readonly FlagSpec[], command: string): ParsedFlags {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const f of flags) {
    if (f.negationOf) continue;
    options[f.name] = { type: f.type, ...(f.short ? { short: f.short } : {}), ...(f.multiple ? { multiple: true } : {}) };
  }
  try {
    const { values, positionals, tokens } = parseArgs({
      args: joinPemValues(args, flags),
      options,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
      tokens: true,
    });
    checkBothWays(tokens, command);
    return { values: values as FlagValues, positionals };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const { code, message } = err as { code?: string; message: string };
    // Node quotes the flag (never its value) first in every message.
    const flag = /'(-[^' ]*)/.exec(message)?.[1] ?? 'option';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const hint = suggest(flag, flags);
      throw new UsageError(flag, `unknown option${hint ? `; did you mean ${hint}?` : ''}`, { command, cause: err });
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (message.includes('does not take an argument')) {
        throw new UsageError(flag, 'takes no value', { command, cause: err });
      }
      if (message.includes('ambiguous')) {
        throw new UsageError(flag, `needs a value; if the value starts with a dash, write ${flag}=VALUE`, { command, cause: err });
      }
      throw new UsageError(flag, 'needs a value', { command, cause: err });
    }
    throw new UsageError('arguments', message, { command, cause: err });
  }
}
