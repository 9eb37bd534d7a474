// The inputs by the names the core's errors give them (InputError.input,
// KeyError.input, and the rare message that has to name one), from the
// catalogue: the action's inputs and the CLI's flags have these names, the
// task spells them in camelCase; a login is `username` and `password`.
// Entrypoints translate from this one list.

import { ALL_INPUTS } from './inputs.ts';

/** Every input of every command (besides `command` itself). */
export const INPUT_NAMES: readonly string[] = ALL_INPUTS.flatMap((i) => (i.kind === 'login' ? ['username', 'password'] : [i.name]));

/**
 * A regular expression for the input names that appear in `text` as words of
 * their own: not inside a longer name, a path or a host (`/keys/signer-key.pem`
 * and `example.com/root-key:1` are left alone). Longest names first.
 */
export function inputNamePattern(names: readonly string[]): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\w./\\\\-])(${sorted.join('|')})(?![\\w-]|\\.\\w)`, 'g');
}
