// The inputs of docs/commands.md, by the names the core's errors give them
// (InputError.input, KeyError.input, and the rare message that has to name
// one). The action's inputs and the CLI's flags have these names; the task
// spells them in camelCase. Entrypoints translate from this one list.

/** What every command takes to reach a registry and its trust server. */
export const CONNECTION_INPUTS = ['trust-server', 'trust-server-ca', 'trust-pin', 'username', 'password'] as const;

/** Every input of every command (besides `command` itself). */
export const INPUT_NAMES = [
  'tags',
  'push',
  'signer-key',
  'signer-key-passphrase',
  'signer-name',
  'root-key',
  'root-key-passphrase',
  'repository-key',
  'repository-key-passphrase',
  'required-signers',
  'signer-policy',
  'all',
  'signer-public-key',
  'force',
  'key-directory',
  'key-role',
  'new-repository-key',
  'new-repository-key-passphrase',
  'old-signer-key',
  'expiring-within',
  ...CONNECTION_INPUTS,
] as const;

export type InputName = (typeof INPUT_NAMES)[number];

/**
 * A regular expression for the input names that appear in `text` as words of
 * their own: not inside a longer name, a path or a host (`/keys/signer-key.pem`
 * and `example.com/root-key:1` are left alone). Longest names first.
 */
export function inputNamePattern(names: readonly string[]): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\w./\\\\-])(${sorted.join('|')})(?![\\w-]|\\.\\w)`, 'g');
}
