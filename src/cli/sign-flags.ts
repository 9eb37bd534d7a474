// The flags of `dct-sign sign`, once: parseArgs options and the help text
// are both made from this table, so a flag cannot exist without its help
// line. Names are the GitHub action's input names.

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
}

export interface FlagGroup {
  readonly title: string;
  readonly flags: readonly FlagSpec[];
}

const option = (name: string, value: string, description: string): FlagSpec => ({ name, type: 'string', value, description });
const toggle = (name: string, description: string, extra: Partial<FlagSpec> = {}): FlagSpec => ({
  name,
  type: 'boolean',
  description,
  ...extra,
});

const PASSPHRASE_HELP = 'its passphrase (discouraged: use the environment, below)';

export const SIGN_FLAG_GROUPS: readonly FlagGroup[] = [
  {
    title: 'Signer key',
    flags: [
      option('signer-key-file', 'PATH', "the signer's private key file (docker: ~/.docker/trust/private)"),
      option('signer-key', 'TEXT', 'the key as PEM or base64 text (discouraged: visible to ps)'),
      option('signer-key-passphrase', 'TEXT', PASSPHRASE_HELP),
      option('signer-name', 'NAME', "the signer's name; default: the key file's role: header"),
    ],
  },
  {
    title: 'Trust server',
    flags: [
      option('trust-server', 'URL', 'notary server URL; default: see above'),
      option('trust-server-ca', 'PATH|PEM', 'CA certificates of a trust server with a private CA'),
      option('trust-pin', 'ID|PATH|PEM', 'accept only this root key ID (64 hex) or root certificate'),
    ],
  },
  {
    title: 'Registry',
    flags: [
      toggle('push', 'docker push each REFERENCE before signing (the default)'),
      toggle('no-push', 'sign what the registry has; needs no docker CLI or daemon', { negationOf: 'push' }),
      option('username', 'NAME', "registry user; default: the login in docker's config.json"),
      option('password', 'TEXT', 'its password or token (discouraged: use --password-stdin)'),
      toggle('password-stdin', 'read the password from stdin, like docker login'),
    ],
  },
  {
    title: 'First signing of a repository (creates its trust data)',
    flags: [
      option('root-key-file', 'PATH', 'root key file; used only if the repository has no trust data'),
      option('root-key', 'TEXT', 'the root key as PEM or base64 text (discouraged)'),
      option('root-key-passphrase', 'TEXT', PASSPHRASE_HELP),
      option('repository-key-file', 'PATH', 'repository (targets) key file, to add the signer with'),
      option('repository-key', 'TEXT', 'the repository key as PEM or base64 text (discouraged)'),
      option('repository-key-passphrase', 'TEXT', PASSPHRASE_HELP),
    ],
  },
  {
    title: 'Output',
    flags: [
      toggle('json', 'print the result as JSON: {signed, signerKeyId, signerName}'),
      toggle('verbose', 'also print debug messages on stderr'),
      toggle('help', 'show this help', { short: 'h' }),
    ],
  },
];

export const SIGN_FLAGS: readonly FlagSpec[] = SIGN_FLAG_GROUPS.flatMap((g) => g.flags);

export interface EnvSpec {
  readonly name: string;
  readonly description: string;
}

export const SIGN_ENV: readonly EnvSpec[] = [
  { name: 'DCT_SIGNER_KEY', description: 'signer key (PEM or base64) when no key flag is given' },
  { name: 'DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', description: 'passphrase of the signer and the repository key' },
  { name: 'DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE', description: 'passphrase of the root key' },
  { name: 'DOCKER_CONTENT_TRUST_SERVER', description: 'trust server URL when --trust-server is not given' },
  { name: 'DOCKER_CONFIG', description: "docker's config dir, with the registry logins" },
  { name: 'DOCKER_HOST', description: 'the docker daemon that docker push uses' },
];
