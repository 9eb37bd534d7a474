// Every input of every command, once: its kind, help, description, default
// and environment. A command takes an input from here with `use`, adding
// what is its own (required, parse, when, a help line of its own). The
// order here is the order of action.yml and task.json.

import { DURATION_GRAMMAR, parseTimeout, pemTextOrFile } from '../operations/inputs.ts';
import { TRUST_SERVER_FALLBACKS, trustServerUrl } from '../operations/trust-server-url.ts';
import { parseRepository, type ImageReference } from '../registry/reference.ts';
import type { CommandInput, InputSpec, InputValues, Rule } from './spec.ts';

// docker's passphrase variables first, then the notary CLI's for the same key.
const SIGNER_PASSPHRASE = ['DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'NOTARY_DELEGATION_PASSPHRASE'];
const REPOSITORY_PASSPHRASE = ['DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE', 'NOTARY_TARGETS_PASSPHRASE'];
const ROOT_PASSPHRASE = ['DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE', 'NOTARY_ROOT_PASSPHRASE'];
const SIGNER_KEY_ENV = 'DCT_SIGNER_KEY';
// cosign's own variable for its key's passphrase.
const COSIGN_PASSPHRASE = ['COSIGN_PASSWORD'];
// Ours for the notation key's passphrase: notation itself reads only unencrypted keys.
const NOTATION_PASSPHRASE = ['DCT_NOTATION_KEY_PASSPHRASE'];

/** The signature formats `formats` lists: Docker Content Trust (Notary v1), Sigstore's cosign and the Notary Project's notation. */
export const FORMATS = ['dct', 'cosign', 'notation'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Inputs that only DCT's trust data uses: a command whose `formats` lacks
 * dct refuses them when given and ignores them from the environment (its
 * `only-with` rule, see dctOnlyRule). The trust server is among them: with
 * cosign alone none is contacted, and a URL given for nothing is a mistake
 * better said than silently dropped, as the issue says of the pin.
 */
export const DCT_ONLY_INPUTS = [
  'trust-server',
  'trust-server-ca',
  'trust-pin',
  'require-pin',
  'trust-state',
  'trust-state-forget',
  'root-key',
  'root-key-passphrase',
  'repository-key',
  'repository-key-passphrase',
] as const;

const TRUST = 'Trust server';
const LOGIN = 'Registry login (the trust server takes the same)';

/** The connection inputs as the catalogue's `trust-server`, `trust-server-ca`, `registry-ca`, `trust-pin` and `login`. */
export const INPUTS = {
  tags: {
    name: 'tags',
    kind: 'list',
    help: 'image references',
    description:
      'Image references, separated by newlines or commas. sign, verify, revoke: registry/repository:tag (revoke with all: a ' +
      'repository without a tag revokes all its tags). inspect: images, tag optional. signer-add, signer-remove: repositories ' +
      '(registry/repository). rotate-key, refresh: one repository. For sign, all tags of one repository are signed in a ' +
      'single trust update. With a login, all must be in its registry.',
    group: 'Arguments',
    operand: 'REFERENCE',
    task: { label: 'Images', rows: 3 },
  },
  login: {
    name: 'login',
    kind: 'login',
    help: "registry user and password; default: the login in docker's config.json",
    description:
      'Registry credentials, sent to the registry and its trust server (on ACR, a service principal that may push; ' +
      'every command but inspect and verify needs push rights), and used for docker push. Without them, the login in ' +
      "docker's config.json is used, as docker/login-action or docker login leave it.",
    group: LOGIN,
    task: { name: 'dockerRegistryServiceConnection', label: 'Docker registry service connection', aliases: ['containerRegistry'] },
  },
  push: {
    name: 'push',
    kind: 'boolean',
    default: true,
    help: 'docker push each REFERENCE before signing (the default)',
    negation: 'sign what the registry has; needs no docker CLI or daemon',
    description:
      'sign: push each reference with `docker push` before signing it (true), or sign what the registry already holds ' +
      '(false; no docker daemon is needed). Nothing is pushed unless every tag can be signed. Either way the digest that ' +
      'is signed is read from the registry.',
    group: 'Registry',
    task: { label: 'Push the tags first' },
  },
  formats: {
    name: 'formats',
    kind: 'list',
    choices: FORMATS,
    default: 'dct',
    value: 'FORMATS',
    help: 'dct (default), cosign, notation, or several (comma-separated or repeated)',
    description:
      'The signature formats, separated by newlines or commas, in any order: dct (Docker Content Trust, the default) and ' +
      'cosign (Sigstore: both forms `cosign sign --key` writes, the .sig tag and the bundle referrer) and notation (the ' +
      'Notary Project: the JWS signature referrer notation 1.3 writes, with notation-certificate). sign and migrate ' +
      'write each one listed; verify accepts any one of them (formats-policy any) or requires all (formats-policy all). ' +
      'Without dct no trust server is used, and trust-server, trust-pin, require-pin, trust-state and the root and ' +
      'repository keys are refused when given (ignored when they come from the environment).',
    group: 'Formats',
    task: { label: 'Signature formats', rows: 1 },
  },
  'required-signers': {
    name: 'required-signers',
    kind: 'list',
    value: 'NAMES',
    help: 'signers who must have signed (comma-separated or repeated)',
    description:
      'verify: signer names (newlines or commas), of which one (signer-policy any) or all (signer-policy all) must have ' +
      'signed each tag. Empty: any signature that content trust accepts.',
    group: 'Policy',
    task: { label: 'Required signers', rows: 2 },
  },
  'signer-policy': {
    name: 'signer-policy',
    kind: 'enum',
    choices: ['any', 'all'],
    default: 'any',
    value: 'any|all',
    help: 'any (default): one required signer suffices; all: every one',
    description: 'verify: any (one of required-signers suffices) or all (every one of them must have signed).',
    group: 'Policy',
    task: { label: 'Signer policy', options: { any: 'Any required signer', all: 'All required signers' } },
  },
  'formats-policy': {
    name: 'formats-policy',
    kind: 'enum',
    choices: ['any', 'all'],
    default: 'any',
    value: 'any|all',
    help: 'any (default): one verified format suffices; all: every one in --formats',
    description:
      'verify: any (a tag passes when one format of formats verifies; a format that could not be checked at all is a ' +
      'warning) or all (every format listed must verify).',
    group: 'Policy',
    task: { label: 'Formats policy', options: { any: 'Any listed format', all: 'All listed formats' } },
  },
  all: {
    name: 'all',
    kind: 'boolean',
    default: false,
    help: 'revoke every signed tag of a REFERENCE given without a tag',
    description:
      'revoke: confirms that a reference without a tag revokes every signed tag of its repository, as ' +
      '`docker trust revoke` asks to confirm.',
    group: 'What to revoke',
    task: { label: 'Revoke all tags' },
  },
  force: {
    name: 'force',
    kind: 'boolean',
    default: false,
    help: 'remove it even if its signature keeps the signed tags valid',
    description:
      'signer-remove: remove the signer even when its signature is what keeps targets/releases valid; its tags then no ' +
      'longer verify until another signer signs.',
    group: 'Signer',
    task: { label: 'Force' },
  },
  'dry-run': {
    name: 'dry-run',
    kind: 'boolean',
    default: false,
    help: 'print what it would do, writing nothing',
    description:
      'migrate: read the trust data and the registry and say, per tag, what would be done (migrated, already, refused, ' +
      'unsigned), writing nothing.',
    group: 'What to migrate',
    task: { label: 'Dry run' },
  },
  'key-role': {
    name: 'key-role',
    kind: 'enum',
    choices: ['snapshot', 'timestamp', 'targets', 'signer', 'root'],
    value: 'ROLE',
    help: 'snapshot, timestamp, targets, signer, root (required)',
    description:
      'rotate-key: the key to rotate: snapshot or timestamp (the server makes the new key; needs root-key), targets (needs ' +
      'root-key; the new key is new-repository-key, or generated), signer (needs repository-key, signer-name and ' +
      "signer-key, the signer's new key), or root (needs root-key, the old root key; the new key is new-root-key, or " +
      'generated; a trust-pin must then name the new root key).',
    group: 'Key to rotate',
    task: {
      label: 'Key to rotate',
      options: { snapshot: 'snapshot', timestamp: 'timestamp', targets: 'targets (repository key)', signer: 'signer', root: 'root' },
    },
  },
  'key-directory': {
    name: 'key-directory',
    kind: 'string',
    value: 'DIR',
    help: 'where the key files go; default: the current directory',
    description:
      'key-generate: where to write <signer-name>.key and <signer-name>.pub (and <signer-name>.crt with certificate). ' +
      'certificate: where to write <signer-name>.crt, unless output names the file. rotate-key: where a repository or root key ' +
      "it generates is written as <key ID>.key. Defaults to the runner's or agent's temporary directory (the CLI: the " +
      'current directory), which CI empties when the job ends: keep what you need (for example in a secret) before then. ' +
      'Existing files are never overwritten.',
    group: 'Key',
    workDirectoryDefault: true,
    task: { label: 'Key directory' },
  },
  'expiring-within': {
    name: 'expiring-within',
    kind: 'string',
    value: 'DURATION',
    help: 'only roles expiring within this: 180d, 26w, 36h (s, m, h, d, w); default: all',
    description:
      'refresh: only re-sign roles that expire within this long, so that most scheduled runs publish nothing: ' +
      `${DURATION_GRAMMAR}, as every duration input. Empty: re-sign every role the keys sign.`,
    group: 'When',
    task: { label: 'Expiring within' },
  },
  'signer-name': {
    name: 'signer-name',
    kind: 'string',
    value: 'NAME',
    help: "the signer's name; default: the key file's role: header",
    description:
      'The signer (delegation) name. sign, revoke: the name the key was added under with `docker trust signer add`; ' +
      'defaults to the `role:` header of signer-key. sign refuses a name whose role does not list the key, and signs ' +
      'only that signer\'s roles (targets/releases and targets/NAME). signer-add, signer-remove, rotate-key (key-role signer): the signer ' +
      "to change. key-generate: the key's name.",
    group: 'Signer key',
    task: { label: 'Signer name', group: 'signer' },
  },
  'signer-key': {
    name: 'signer-key',
    kind: 'key',
    help: "the signer's private key file (docker: ~/.docker/trust/private)",
    description:
      "The signer's private key: the PEM file that `docker trust key generate` or notary wrote " +
      '(`~/.docker/trust/private/<key ID>.key`), whole or base64-encoded. Keep it in a secret. Used by sign and revoke, by ' +
      "refresh (re-signs the signer's roles), and by rotate-key with key-role signer, where it is the signer's new key.",
    env: [SIGNER_KEY_ENV],
    fromDockerTrust: true,
    group: 'Signer key',
    task: { label: 'Signer key', group: 'signer' },
  },
  'signer-key-passphrase': {
    name: 'signer-key-passphrase',
    kind: 'secret',
    help: 'its passphrase (discouraged: use the environment, below)',
    description:
      'Passphrase of signer-key, the one chosen when the key was generated (docker: the repository passphrase). For ' +
      'key-generate, the passphrase (8 characters or more) that encrypts the new private key. Keep it in a secret.',
    env: SIGNER_PASSPHRASE,
    group: 'Signer key',
    task: { label: 'Signer key passphrase', group: 'signer' },
  },
  'signer-public-key': {
    name: 'signer-public-key',
    kind: 'file-or-text',
    value: 'PATH|PEM',
    multiple: true,
    help: "the signer's public key: .pub file or PEM (repeat for more keys)",
    description:
      "signer-add: the signer's public key, the .pub file of `docker trust key generate` (or the public-key output of " +
      'key-generate): PEM text or a file path. Several keys: several PEM blocks, or paths separated by newlines.',
    group: 'Signer',
    task: { label: 'Signer public key', group: 'signer', rows: 4 },
  },
  'cosign-key': {
    name: 'cosign-key',
    kind: 'key',
    help: 'a cosign private key file (cosign.key); default: the signer key',
    description:
      'A cosign private key to make the cosign signatures with: the cosign.key file of `cosign generate-key-pair` ' +
      '(ENCRYPTED SIGSTORE PRIVATE KEY, or the older ENCRYPTED COSIGN PRIVATE KEY), whole or base64-encoded. Empty: ' +
      'signer-key makes them, so there is no new secret; `cosign verify --key` takes its .pub. Keep it in a secret.',
    group: 'Cosign key',
    task: { label: 'Cosign key', group: 'signer' },
  },
  'cosign-key-passphrase': {
    name: 'cosign-key-passphrase',
    kind: 'secret',
    help: 'its passphrase (discouraged: use the environment, below)',
    description:
      'Passphrase of cosign-key, the one `cosign generate-key-pair` asked for. Empty: the empty passphrase, which cosign ' +
      'allows. Keep it in a secret.',
    env: COSIGN_PASSPHRASE,
    group: 'Cosign key',
    task: { label: 'Cosign key passphrase', group: 'signer' },
  },
  'cosign-public-key': {
    name: 'cosign-public-key',
    kind: 'file-or-text',
    value: 'PATH|PEM',
    multiple: true,
    help: 'a public key cosign signatures may be made by: cosign.pub or a .pub (repeat for more keys)',
    description:
      'verify: the public keys a cosign signature may be made by: cosign.pub, or the .pub of `docker trust key generate` ' +
      'or key-generate, as PEM text or file paths. Several keys: several PEM blocks, or paths separated by newlines. ' +
      "Empty: the repository's current DCT signers, read and verified from its trust data; required when formats lacks dct.",
    group: 'Policy',
    task: { label: 'Cosign public keys', rows: 4 },
  },
  'notation-key': {
    name: 'notation-key',
    kind: 'key',
    help: 'a private key for notation signatures (PKCS#8, encrypted or not); default: the signer key',
    description:
      'A private key to make the notation (Notary Project) signatures with: PEM PKCS#8, encrypted or not, or a key ' +
      'file docker or notary wrote, whole or base64-encoded: ECDSA P-256, P-384 or P-521, or RSA 2048, 3072 or 4096. ' +
      'Empty: signer-key, so there is no new secret. certificate: the key to make the certificate for. Keep it in a ' +
      'secret.',
    group: 'Notation key',
    task: { label: 'Notation key', group: 'signer' },
  },
  'notation-key-passphrase': {
    name: 'notation-key-passphrase',
    kind: 'secret',
    help: 'its passphrase (discouraged: use the environment, below)',
    description: 'Passphrase of notation-key when it is encrypted. Keep it in a secret.',
    env: NOTATION_PASSPHRASE,
    group: 'Notation key',
    task: { label: 'Notation key passphrase', group: 'signer' },
  },
  certificate: {
    name: 'certificate',
    kind: 'boolean',
    default: false,
    help: 'also write NAME.crt, a self-signed code-signing certificate for notation',
    description:
      'key-generate: also write <signer-name>.crt, a self-signed code-signing certificate over the new key (CA:FALSE, ' +
      'key usage digitalSignature, extended key usage codeSigning, valid for certificate-validity), for notation ' +
      'signatures: `notation cert add --type ca --store <signer-name> <signer-name>.crt` trusts it.',
    group: 'Certificate',
    task: { label: 'Also make a code-signing certificate' },
  },
  'certificate-validity': {
    name: 'certificate-validity',
    kind: 'string',
    value: 'DURATION',
    default: '365d',
    help: 'how long the certificate is valid: 365d, 52w (s, m, h, d, w); default 365d',
    description:
      `key-generate with certificate, and certificate: how long the self-signed certificate is valid from now, ${DURATION_GRAMMAR}, ` +
      'as every duration input. Default 365d. notation refuses to sign and to verify once it has expired.',
    group: 'Certificate',
    task: { label: 'Certificate validity' },
  },
  output: {
    name: 'output',
    kind: 'string',
    value: 'PATH',
    help: 'where to write the certificate; default: NAME.crt in --key-directory',
    description:
      'certificate: the path of the certificate file to write. Default: <signer-name>.crt in key-directory. An existing ' +
      'file is never overwritten.',
    group: 'Certificate',
    task: { label: 'Certificate file' },
  },
  'notation-certificate': {
    name: 'notation-certificate',
    kind: 'file-or-text',
    value: 'PATH|PEM',
    help: 'the certificate chain of the notation key, leaf first (PEM)',
    description:
      'sign and migrate with notation: the certificate chain of the key that makes the notation signatures (notation-key, ' +
      'else signer-key), leaf first, then each issuer up to the root, as PEM text or a file path. notation 1.3 takes a ' +
      'leaf with CA:FALSE, key usage digitalSignature only and no serverAuth or clientAuth extended key usage; the chain ' +
      'is checked before anything is written. `dct-sign certificate` makes a self-signed one.',
    group: 'Notation key',
    task: { label: 'Notation certificate chain', group: 'signer', rows: 4 },
  },
  'notation-trust-anchor': {
    name: 'notation-trust-anchor',
    kind: 'file-or-text',
    value: 'PATH|PEM',
    multiple: true,
    help: 'a certificate notation signatures are trusted through: a CA or a self-signed signing certificate (repeat for more)',
    description:
      'verify with notation: the certificates notation signatures must chain to, as notation\'s `ca` trust store holds ' +
      'them: CA certificates, or self-signed signing certificates, as PEM text or file paths (several: several PEM ' +
      'blocks, or paths separated by newlines). There is no revocation check: no network is reached.',
    group: 'Policy',
    task: { label: 'Notation trust anchors', rows: 4 },
  },
  'notation-identity': {
    name: 'notation-identity',
    // One a line, not a list: an identity holds commas.
    kind: 'string',
    multiple: true,
    value: 'IDENTITY',
    help: 'a trusted identity as notation writes it, x509.subject: C=…, ST=…, O=…, … (repeat for more)',
    description:
      'verify with notation: the trusted identities, one a line, as notation\'s trust policy writes them ' +
      '(`x509.subject: C=US, ST=WA, O=Example`): a signing certificate counts when its subject has every attribute ' +
      'of one of them. Required unless every notation-trust-anchor is itself a signing certificate, because a CA ' +
      'anchor would otherwise accept every certificate that CA issued.',
    group: 'Policy',
    task: { label: 'Notation trusted identities', rows: 2 },
  },
  'old-signer-key': {
    name: 'old-signer-key',
    kind: 'file-or-text',
    value: 'ID|PATH|PEM',
    help: 'the key to replace, by ID or public key; default: all of them',
    description:
      'rotate-key with key-role signer: the key to replace, as its key ID or its public key (PEM text or file path). ' +
      'Empty: every key the signer has.',
    group: 'Signer key',
    task: { label: 'Old signer key', group: 'signer' },
  },
  'root-key': {
    name: 'root-key',
    kind: 'key',
    help: 'root key file',
    description:
      'The root private key (PEM or base64 PEM). sign and signer-add: only to initialize a repository that has no trust ' +
      'data yet (sign needs repository-key and signer-name too). rotate-key: signs the new root when rotating the ' +
      'snapshot, timestamp, targets or root key (root: the old root key). Keep it in a secret.',
    group: 'Root key',
    task: { label: 'Root key', group: 'keys' },
  },
  'root-key-passphrase': {
    name: 'root-key-passphrase',
    kind: 'secret',
    help: 'its passphrase (discouraged: use the environment, below)',
    description: 'Passphrase of root-key. Keep it in a secret.',
    env: ROOT_PASSPHRASE,
    group: 'Root key',
    task: { label: 'Root key passphrase', group: 'keys' },
  },
  'repository-key': {
    name: 'repository-key',
    kind: 'key',
    help: 'repository (targets) key file (docker: role: targets)',
    description:
      'The repository (targets) private key (PEM or base64 PEM), as docker stores it. Needed by signer-add, signer-remove ' +
      'and rotate-key with key-role signer; refresh re-signs targets with it; sign uses it only to initialize a ' +
      'repository that has no trust data yet. Keep it in a secret.',
    group: 'Repository key',
    task: { label: 'Repository key', group: 'keys' },
  },
  'repository-key-passphrase': {
    name: 'repository-key-passphrase',
    kind: 'secret',
    help: 'its passphrase (discouraged: use the environment, below)',
    description: 'Passphrase of repository-key. Keep it in a secret.',
    env: REPOSITORY_PASSPHRASE,
    group: 'Repository key',
    task: { label: 'Repository key passphrase', group: 'keys' },
  },
  'new-repository-key': {
    name: 'new-repository-key',
    kind: 'key',
    help: 'the new repository key file; default: generate one',
    description:
      'rotate-key with key-role targets: the new repository private key (PEM or base64 PEM). When empty, a key is ' +
      'generated, encrypted with new-repository-key-passphrase and written into key-directory. Keep it in a secret.',
    group: 'targets: the new repository key',
    task: { label: 'New repository key', group: 'keys' },
  },
  'new-repository-key-passphrase': {
    name: 'new-repository-key-passphrase',
    kind: 'secret',
    help: "its passphrase, or the generated key's (discouraged)",
    description:
      'Passphrase of new-repository-key, or the one (8 characters or more) that encrypts the generated key. Keep it in a ' +
      'secret.',
    env: REPOSITORY_PASSPHRASE,
    group: 'targets: the new repository key',
    task: { label: 'New repository key passphrase', group: 'keys' },
  },
  'new-root-key': {
    name: 'new-root-key',
    kind: 'key',
    help: 'the new root key file; default: generate one',
    description:
      'rotate-key with key-role root: the new root private key (PEM or base64 PEM); a new root certificate is made for ' +
      'it. When empty, a key is generated, encrypted with new-root-key-passphrase and written into key-directory. Keep ' +
      'it in a secret.',
    group: 'root: the new root key',
    task: { label: 'New root key', group: 'keys' },
  },
  'new-root-key-passphrase': {
    name: 'new-root-key-passphrase',
    kind: 'secret',
    help: "its passphrase, or the generated key's (discouraged)",
    description:
      'Passphrase of new-root-key, or the one (8 characters or more) that encrypts the generated key. Keep it in a secret.',
    env: ROOT_PASSPHRASE,
    group: 'root: the new root key',
    task: { label: 'New root key passphrase', group: 'keys' },
  },
  'trust-server': {
    name: 'trust-server',
    kind: 'string',
    value: 'URL',
    help: 'notary server URL; default: see above',
    description:
      `URL of the trust (notary) server, e.g. https://notary.example.com:4443. Default: ${TRUST_SERVER_FALLBACKS}.`,
    group: TRUST,
    task: { label: 'Trust server URL', group: 'trust' },
  },
  'trust-server-ca': {
    name: 'trust-server-ca',
    kind: 'file-or-text',
    value: 'PATH|PEM',
    help: 'CA certificates of a trust server with a private CA',
    description:
      "Extra CA certificates for the trust server's host only: PEM text, or the path of a PEM file. Without it, as docker " +
      "does, the *.crt files in $DOCKER_CONFIG/tls/<host[:port]>/ (~/.docker unless set; the trust server URL's host as " +
      'written) are used, and an X.cert with X.key there is presented as a client certificate. The registry and its ' +
      'token server are checked against the system store, or registry-ca.',
    group: TRUST,
    task: { label: 'Trust server CA certificates', group: 'trust' },
  },
  'registry-ca': {
    name: 'registry-ca',
    kind: 'file-or-text',
    value: 'PATH|PEM',
    help: 'CA certificates of a registry or token server with a private CA',
    description:
      'Extra CA certificates for the registry and its token server (every host but the trust server): PEM text, or the ' +
      'path of a PEM file. Without it they are checked against the system store.',
    group: TRUST,
    task: { label: 'Registry CA certificates', group: 'trust' },
  },
  timeout: {
    name: 'timeout',
    kind: 'string',
    value: 'DURATION',
    default: '10m',
    help: 'give up after this long, retries included: 90s, 10m, 1h (s, m, h, d, w); default 10m',
    description:
      `The time limit of the whole command, ${DURATION_GRAMMAR}, as every duration input: connecting, TLS, every request and retry, credential ` +
      'helpers and docker push, which is stopped when it runs out. Requests to the registry, the token server and the trust ' +
      'server that fail for a passing reason (429, 502, 503, 504, a reset or stalled connection) are retried, up to 4 ' +
      'attempts each, until it runs out; every retry is logged as a warning. Default 10m.',
    group: TRUST,
    task: { label: 'Time limit', group: 'trust' },
  },
  'trust-pin': {
    name: 'trust-pin',
    kind: 'file-or-text',
    value: 'ID|PATH|PEM',
    help: 'accept only this root key ID (64 hex) or root certificate',
    description:
      "Pin the repository's root: its root key ID (64 hex digits) or its root certificate (PEM text or file path). Every " +
      "command fails when the trust server's root does not match. CI machines start fresh, so without a pin the root is " +
      'trusted as the trust server serves it.',
    group: TRUST,
    task: { label: 'Trust pin', group: 'trust' },
  },
  'trust-state': {
    name: 'trust-state',
    kind: 'string',
    value: 'FILE',
    help: 'keep the trusted root and role versions in FILE across runs',
    description:
      'A JSON file that keeps, per repository, the trusted root (its digest, version and root keys) and the highest ' +
      'version and digest of every role. It is read before and rewritten (atomically) after every command that reads ' +
      'trust data, so that a later run refuses a root that does not chain from the saved one, a role older than the ' +
      'version seen (rollback, freeze) and a version whose bytes changed. It holds no secret. A missing file is a first ' +
      'use; a corrupt one is an error. Keep it with a cache keyed per repository (actions/cache, Cache@2) or commit it. ' +
      'Runs sharing the file take turns through FILE.lock beside it. Commands that publish refuse a FILE they cannot ' +
      'write before pushing anything; if saving still fails after a publish, they show their result and fail. ' +
      'Default: $DCT_TRUST_STATE.',
    env: ['DCT_TRUST_STATE'],
    group: TRUST,
    task: { label: 'Trust state file', group: 'trust' },
  },
  'trust-state-forget': {
    name: 'trust-state-forget',
    kind: 'list',
    value: 'REPOSITORY',
    help: 'drop these repositories from the trust state first: their root is trusted on first use again',
    description:
      'Repositories (registry/repository, newlines or commas) whose entries are dropped from the trust-state file before ' +
      'this run, so that their root is trusted on first use again. Only for a repository that was deleted and created ' +
      'again on purpose: otherwise a trust server that answers 404 for a repository the trust state holds, or serves ' +
      'another root, is refused.',
    group: TRUST,
    task: { label: 'Repositories to drop from the trust state', group: 'trust', rows: 2 },
  },
  'require-pin': {
    name: 'require-pin',
    kind: 'boolean',
    default: false,
    help: 'fail, instead of warning, when neither --trust-pin nor --trust-state pins the root',
    description:
      'Refuse a repository whose root neither trust-pin nor a saved trust-state entry pins, in every command that reads ' +
      'trust data, instead of trusting it on first use (sign and verify warn of that).',
    group: TRUST,
    task: { label: 'Require a pinned root', group: 'trust' },
  },
} as const satisfies Record<string, InputSpec>;

export type InputId = keyof typeof INPUTS;

/** Every input of the catalogue, in its order. */
export const ALL_INPUTS: readonly InputSpec[] = Object.values(INPUTS);

/** An input of the catalogue as a command takes it. */
export function use(id: InputId, own: Partial<CommandInput> = {}): CommandInput {
  return { ...(INPUTS[id] as InputSpec), ...own };
}

/** A private key and its passphrase, in the group `group`. */
export function keyInputs(id: 'signer-key' | 'cosign-key' | 'notation-key' | 'root-key' | 'repository-key' | 'new-repository-key' | 'new-root-key', own: Partial<CommandInput> = {}): CommandInput[] {
  const passphrase = `${id}-passphrase` as InputId;
  const shared = { ...(own.group ? { group: own.group } : {}), ...(own.when ? { when: own.when } : {}) };
  return [use(id, own), use(passphrase, shared)];
}

/**
 * `tags` as image references in `form` (e.g. registry/repository:tag), each
 * parsed here once: the operations take the parsed references.
 */
export function referencesInput(help: string, form: string, parse: (value: string, input: string) => ImageReference): CommandInput {
  return use('tags', { help, required: `no image reference given; list ${form} references`, parse });
}

/** `tags` as the repositories (registry/repository, no tag) a command works on; its trust data belongs to the whole repository. */
export function repositoriesInput(help: string): CommandInput {
  return use('tags', { operand: 'REPOSITORY', help, required: 'no repository given; list registry/repository names', parse: parseRepository });
}

const KEY_ID = /^[0-9a-fA-F]{64}$/;

/** What every command that reaches a registry and its trust server takes, last. */
export function connectionInputs(): CommandInput[] {
  return [
    use('trust-server', { parse: (value, input) => trustServerUrl(value, input) }),
    use('trust-server-ca', { parse: (value, input) => pemTextOrFile(value, input) }),
    use('registry-ca', { parse: (value, input) => pemTextOrFile(value, input) }),
    use('trust-pin', {
      // A key ID needs no key module; a certificate loads it (x509, ASN.1) only now, so start-up does not pay for it.
      parse: async (value, input) => {
        if (!KEY_ID.test(value.trim())) (await import('../operations/key-inputs.ts')).parseTrustPin(value, input);
        return value;
      },
    }),
    use('trust-state'),
    use('trust-state-forget', { parse: (value, input) => parseRepository(value, input).gun }),
    // Every command that reads trust data: a pin required is required wherever a root is trusted.
    use('require-pin'),
    use('timeout', { parse: (value, input) => parseTimeout(value, input) }),
    use('login'),
  ];
}

/** The passphrase input of a key input. */
export const passphraseOf = (key: string): string => `${key}-passphrase`;

/**
 * The rule of a command that takes `formats`: the DCT-only inputs it takes
 * (DCT_ONLY_INPUTS) are refused when given without dct in `formats`, and
 * dropped when they came from the environment.
 */
export function dctOnlyRule(inputs: readonly { readonly name: string }[]): Extract<Rule, { kind: 'only-with' }> {
  const names = new Set(inputs.map((i) => i.name));
  return {
    kind: 'only-with',
    input: 'formats',
    value: 'dct',
    inputs: DCT_ONLY_INPUTS.filter((name) => names.has(name)),
    message: "{formats} does not list dct: remove {refused}, which only DCT's trust data uses, or add dct to {formats}",
  };
}

/** `formats` as the operations take it: each format once, dct first; dct alone for a command that does not take it. */
export function formatsOf(values: InputValues): Format[] {
  const listed = new Set(values.list('formats'));
  return listed.size === 0 ? ['dct'] : FORMATS.filter((f) => listed.has(f));
}
