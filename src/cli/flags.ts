// What a flag is, and the flags several commands share (trust server,
// registry login, keys, output). Each command's flag table is made of these
// and its own; parseArgs options and the help text are both made from the
// table, so a flag cannot exist without its help line. Names are the GitHub
// action's input names (docs/commands.md).

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

export interface EnvSpec {
  readonly name: string;
  readonly description: string;
}

export const option = (name: string, value: string, description: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({
  name,
  type: 'string',
  value,
  description,
  ...extra,
});

export const toggle = (name: string, description: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({
  name,
  type: 'boolean',
  description,
  ...extra,
});

export const PASSPHRASE_HELP = 'its passphrase (discouraged: use the environment, below)';

/** The private keys a command can take, each as `--X-file`, `--X` and `--X-passphrase`. */
export type KeyFlag = 'signer-key' | 'root-key' | 'repository-key' | 'new-repository-key';

/** `--X-file PATH`, `--X TEXT` and `--X-passphrase TEXT` for one key. */
export function keyFlags(base: KeyFlag, file: string, text = 'the key as PEM or base64 text (discouraged: visible to ps)'): FlagSpec[] {
  return [option(`${base}-file`, 'PATH', file), option(base, 'TEXT', text), option(`${base}-passphrase`, 'TEXT', PASSPHRASE_HELP)];
}

export const TRUST_SERVER_GROUP: FlagGroup = {
  title: 'Trust server',
  flags: [
    option('trust-server', 'URL', 'notary server URL; default: see above'),
    option('trust-server-ca', 'PATH|PEM', 'CA certificates of a trust server with a private CA'),
    option('trust-pin', 'ID|PATH|PEM', 'accept only this root key ID (64 hex) or root certificate'),
  ],
};

export const LOGIN_FLAGS: readonly FlagSpec[] = [
  option('username', 'NAME', "registry user; default: the login in docker's config.json"),
  option('password', 'TEXT', 'its password or token (discouraged: use --password-stdin)'),
  toggle('password-stdin', 'read the password from stdin, like docker login'),
];

export const REGISTRY_GROUP: FlagGroup = { title: 'Registry login (the trust server takes the same)', flags: LOGIN_FLAGS };

export const VERBOSE = toggle('verbose', 'also print debug messages on stderr');
export const HELP = toggle('help', 'show this help', { short: 'h' });

export interface OutputFlags {
  /** What `--json` prints; no `--json` without it. */
  readonly json?: string;
  /** The command's own output flags, first. */
  readonly more?: readonly FlagSpec[];
  /** `--verbose`, for commands whose operation logs (default true). */
  readonly verbose?: boolean;
}

/** The Output group: the command's own flags, `--json`, `--verbose`, `--help`. */
export function outputGroup(options: OutputFlags): FlagGroup {
  const json = options.json ? [toggle('json', options.json)] : [];
  return { title: 'Output', flags: [...(options.more ?? []), ...json, ...(options.verbose === false ? [] : [VERBOSE]), HELP] };
}

export const ENV_SPECS = {
  signerKey: { name: 'DCT_SIGNER_KEY', description: 'signer key (PEM or base64) when no signer key flag is given' },
  repositoryPassphrase: {
    name: 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE',
    description: 'passphrase of the signer and the repository key',
  },
  rootPassphrase: { name: 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE', description: 'passphrase of the root key' },
  server: { name: 'DOCKER_CONTENT_TRUST_SERVER', description: 'trust server URL when --trust-server is not given' },
  config: { name: 'DOCKER_CONFIG', description: "docker's config dir, with the registry logins" },
} as const satisfies Record<string, EnvSpec>;

/** Where the trust server comes from, for every command that reaches one. */
export const TRUST_SERVER_DEFAULT = `The trust server is --trust-server, else DOCKER_CONTENT_TRUST_SERVER, else
https://notary.docker.io for Docker Hub, else the registry host itself (ACR).`;
