#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 4585:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_FAILED, EXIT_OK, EXIT_USAGE

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./lib/operations/inputs.js
var operations_inputs = __nccwpck_require__(9417);
// EXTERNAL MODULE: ./lib/operations/trust-server-url.js
var trust_server_url = __nccwpck_require__(1286);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __nccwpck_require__(9758);
;// CONCATENATED MODULE: ./lib/commands/inputs.js
// Every input of every command, once: its kind, help, description, default
// and environment. A command takes an input from here with `use`, adding
// what is its own (required, parse, when, a help line of its own). The
// order here is the order of action.yml and task.json.



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
const FORMATS = ['dct', 'cosign', 'notation'];
/**
 * Inputs that only DCT's trust data uses: a command whose `formats` lacks
 * dct refuses them when given and ignores them from the environment (its
 * `only-with` rule, see dctOnlyRule). The trust server is among them: with
 * cosign alone none is contacted, and a URL given for nothing is a mistake
 * better said than silently dropped, as the issue says of the pin.
 */
const DCT_ONLY_INPUTS = [
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
];
const TRUST = 'Trust server';
const LOGIN = 'Registry login (the trust server takes the same)';
/** The connection inputs as the catalogue's `trust-server`, `trust-server-ca`, `registry-ca`, `trust-pin` and `login`. */
const INPUTS = {
    tags: {
        name: 'tags',
        kind: 'list',
        help: 'image references',
        description: 'Image references, separated by newlines or commas. sign, verify, revoke: registry/repository:tag (revoke with all: a ' +
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
        description: 'Registry credentials, sent to the registry and its trust server (on ACR, a service principal that may push; ' +
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
        description: 'sign: push each reference with `docker push` before signing it (true), or sign what the registry already holds ' +
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
        description: 'The signature formats, separated by newlines or commas, in any order: dct (Docker Content Trust, the default) and ' +
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
        description: 'verify: signer names (newlines or commas), of which one (signer-policy any) or all (signer-policy all) must have ' +
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
        description: 'verify: any (a tag passes when one format of formats verifies; a format that could not be checked at all is a ' +
            'warning) or all (every format listed must verify).',
        group: 'Policy',
        task: { label: 'Formats policy', options: { any: 'Any listed format', all: 'All listed formats' } },
    },
    all: {
        name: 'all',
        kind: 'boolean',
        default: false,
        help: 'revoke every signed tag of a REFERENCE given without a tag',
        description: 'revoke: confirms that a reference without a tag revokes every signed tag of its repository, as ' +
            '`docker trust revoke` asks to confirm.',
        group: 'What to revoke',
        task: { label: 'Revoke all tags' },
    },
    force: {
        name: 'force',
        kind: 'boolean',
        default: false,
        help: 'remove it even if its signature keeps the signed tags valid',
        description: 'signer-remove: remove the signer even when its signature is what keeps targets/releases valid; its tags then no ' +
            'longer verify until another signer signs.',
        group: 'Signer',
        task: { label: 'Force' },
    },
    'dry-run': {
        name: 'dry-run',
        kind: 'boolean',
        default: false,
        help: 'print what it would do, writing nothing',
        description: 'migrate: read the trust data and the registry and say, per tag, what would be done (migrated, already, refused, ' +
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
        description: 'rotate-key: the key to rotate: snapshot or timestamp (the server makes the new key; needs root-key), targets (needs ' +
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
        description: 'key-generate: where to write <signer-name>.key and <signer-name>.pub (and <signer-name>.crt with certificate). ' +
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
        description: 'refresh: only re-sign roles that expire within this long, so that most scheduled runs publish nothing: ' +
            `${operations_inputs/* DURATION_GRAMMAR */.dl}, as every duration input. Empty: re-sign every role the keys sign.`,
        group: 'When',
        task: { label: 'Expiring within' },
    },
    'signer-name': {
        name: 'signer-name',
        kind: 'string',
        value: 'NAME',
        help: "the signer's name; default: the key file's role: header",
        description: 'The signer (delegation) name. sign, revoke: the name the key was added under with `docker trust signer add`; ' +
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
        description: "The signer's private key: the PEM file that `docker trust key generate` or notary wrote " +
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
        description: 'Passphrase of signer-key, the one chosen when the key was generated (docker: the repository passphrase). For ' +
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
        description: "signer-add: the signer's public key, the .pub file of `docker trust key generate` (or the public-key output of " +
            'key-generate): PEM text or a file path. Several keys: several PEM blocks, or paths separated by newlines.',
        group: 'Signer',
        task: { label: 'Signer public key', group: 'signer', rows: 4 },
    },
    'cosign-key': {
        name: 'cosign-key',
        kind: 'key',
        help: 'a cosign private key file (cosign.key); default: the signer key',
        description: 'A cosign private key to make the cosign signatures with: the cosign.key file of `cosign generate-key-pair` ' +
            '(ENCRYPTED SIGSTORE PRIVATE KEY, or the older ENCRYPTED COSIGN PRIVATE KEY), whole or base64-encoded. Empty: ' +
            'signer-key makes them, so there is no new secret; `cosign verify --key` takes its .pub. Keep it in a secret.',
        group: 'Cosign key',
        task: { label: 'Cosign key', group: 'signer' },
    },
    'cosign-key-passphrase': {
        name: 'cosign-key-passphrase',
        kind: 'secret',
        help: 'its passphrase (discouraged: use the environment, below)',
        description: 'Passphrase of cosign-key, the one `cosign generate-key-pair` asked for. Empty: the empty passphrase, which cosign ' +
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
        description: 'verify: the public keys a cosign signature may be made by: cosign.pub, or the .pub of `docker trust key generate` ' +
            'or key-generate, as PEM text or file paths. Several keys: several PEM blocks, or paths separated by newlines. ' +
            "Empty: the repository's current DCT signers, read and verified from its trust data; required when formats lacks dct.",
        group: 'Policy',
        task: { label: 'Cosign public keys', rows: 4 },
    },
    'notation-key': {
        name: 'notation-key',
        kind: 'key',
        help: 'a private key for notation signatures (PKCS#8, encrypted or not); default: the signer key',
        description: 'A private key to make the notation (Notary Project) signatures with: PEM PKCS#8, encrypted or not, or a key ' +
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
        description: 'key-generate: also write <signer-name>.crt, a self-signed code-signing certificate over the new key (CA:FALSE, ' +
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
        description: `key-generate with certificate, and certificate: how long the self-signed certificate is valid from now, ${operations_inputs/* DURATION_GRAMMAR */.dl}, ` +
            'as every duration input. Default 365d. notation refuses to sign and to verify once it has expired.',
        group: 'Certificate',
        task: { label: 'Certificate validity' },
    },
    output: {
        name: 'output',
        kind: 'string',
        value: 'PATH',
        help: 'where to write the certificate; default: NAME.crt in --key-directory',
        description: 'certificate: the path of the certificate file to write. Default: <signer-name>.crt in key-directory. An existing ' +
            'file is never overwritten.',
        group: 'Certificate',
        task: { label: 'Certificate file' },
    },
    'notation-certificate': {
        name: 'notation-certificate',
        kind: 'file-or-text',
        value: 'PATH|PEM',
        help: 'the certificate chain of the notation key, leaf first (PEM)',
        description: 'sign and migrate with notation: the certificate chain of the key that makes the notation signatures (notation-key, ' +
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
        description: 'verify with notation: the certificates notation signatures must chain to, as notation\'s `ca` trust store holds ' +
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
        description: 'verify with notation: the trusted identities, one a line, as notation\'s trust policy writes them ' +
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
        description: 'rotate-key with key-role signer: the key to replace, as its key ID or its public key (PEM text or file path). ' +
            'Empty: every key the signer has.',
        group: 'Signer key',
        task: { label: 'Old signer key', group: 'signer' },
    },
    'root-key': {
        name: 'root-key',
        kind: 'key',
        help: 'root key file',
        description: 'The root private key (PEM or base64 PEM). sign and signer-add: only to initialize a repository that has no trust ' +
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
        description: 'The repository (targets) private key (PEM or base64 PEM), as docker stores it. Needed by signer-add, signer-remove ' +
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
        description: 'rotate-key with key-role targets: the new repository private key (PEM or base64 PEM). When empty, a key is ' +
            'generated, encrypted with new-repository-key-passphrase and written into key-directory. Keep it in a secret.',
        group: 'targets: the new repository key',
        task: { label: 'New repository key', group: 'keys' },
    },
    'new-repository-key-passphrase': {
        name: 'new-repository-key-passphrase',
        kind: 'secret',
        help: "its passphrase, or the generated key's (discouraged)",
        description: 'Passphrase of new-repository-key, or the one (8 characters or more) that encrypts the generated key. Keep it in a ' +
            'secret.',
        env: REPOSITORY_PASSPHRASE,
        group: 'targets: the new repository key',
        task: { label: 'New repository key passphrase', group: 'keys' },
    },
    'new-root-key': {
        name: 'new-root-key',
        kind: 'key',
        help: 'the new root key file; default: generate one',
        description: 'rotate-key with key-role root: the new root private key (PEM or base64 PEM); a new root certificate is made for ' +
            'it. When empty, a key is generated, encrypted with new-root-key-passphrase and written into key-directory. Keep ' +
            'it in a secret.',
        group: 'root: the new root key',
        task: { label: 'New root key', group: 'keys' },
    },
    'new-root-key-passphrase': {
        name: 'new-root-key-passphrase',
        kind: 'secret',
        help: "its passphrase, or the generated key's (discouraged)",
        description: 'Passphrase of new-root-key, or the one (8 characters or more) that encrypts the generated key. Keep it in a secret.',
        env: ROOT_PASSPHRASE,
        group: 'root: the new root key',
        task: { label: 'New root key passphrase', group: 'keys' },
    },
    'trust-server': {
        name: 'trust-server',
        kind: 'string',
        value: 'URL',
        help: 'notary server URL; default: see above',
        description: `URL of the trust (notary) server, e.g. https://notary.example.com:4443. Default: ${trust_server_url/* TRUST_SERVER_FALLBACKS */.Pt}.`,
        group: TRUST,
        task: { label: 'Trust server URL', group: 'trust' },
    },
    'trust-server-ca': {
        name: 'trust-server-ca',
        kind: 'file-or-text',
        value: 'PATH|PEM',
        help: 'CA certificates of a trust server with a private CA',
        description: "Extra CA certificates for the trust server's host only: PEM text, or the path of a PEM file. Without it, as docker " +
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
        description: 'Extra CA certificates for the registry and its token server (every host but the trust server): PEM text, or the ' +
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
        description: `The time limit of the whole command, ${operations_inputs/* DURATION_GRAMMAR */.dl}, as every duration input: connecting, TLS, every request and retry, credential ` +
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
        description: "Pin the repository's root: its root key ID (64 hex digits) or its root certificate (PEM text or file path). Every " +
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
        description: 'A JSON file that keeps, per repository, the trusted root (its digest, version and root keys) and the highest ' +
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
        description: 'Repositories (registry/repository, newlines or commas) whose entries are dropped from the trust-state file before ' +
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
        description: 'Refuse a repository whose root neither trust-pin nor a saved trust-state entry pins, in every command that reads ' +
            'trust data, instead of trusting it on first use (sign and verify warn of that).',
        group: TRUST,
        task: { label: 'Require a pinned root', group: 'trust' },
    },
};
/** Every input of the catalogue, in its order. */
const ALL_INPUTS = Object.values(INPUTS);
/** An input of the catalogue as a command takes it. */
function use(id, own = {}) {
    return { ...INPUTS[id], ...own };
}
/** A private key and its passphrase, in the group `group`. */
function keyInputs(id, own = {}) {
    const passphrase = `${id}-passphrase`;
    const shared = { ...(own.group ? { group: own.group } : {}), ...(own.when ? { when: own.when } : {}) };
    return [use(id, own), use(passphrase, shared)];
}
/**
 * `tags` as image references in `form` (e.g. registry/repository:tag), each
 * parsed here once: the operations take the parsed references.
 */
function referencesInput(help, form, parse) {
    return use('tags', { help, required: `no image reference given; list ${form} references`, parse });
}
/** `tags` as the repositories (registry/repository, no tag) a command works on; its trust data belongs to the whole repository. */
function repositoriesInput(help) {
    return use('tags', { operand: 'REPOSITORY', help, required: 'no repository given; list registry/repository names', parse: reference/* parseRepository */.SU });
}
const KEY_ID = /^[0-9a-fA-F]{64}$/;
/** What every command that reaches a registry and its trust server takes, last. */
function connectionInputs() {
    return [
        use('trust-server', { parse: (value, input) => (0,trust_server_url/* trustServerUrl */.dn)(value, input) }),
        use('trust-server-ca', { parse: (value, input) => (0,operations_inputs/* pemTextOrFile */.li)(value, input) }),
        use('registry-ca', { parse: (value, input) => (0,operations_inputs/* pemTextOrFile */.li)(value, input) }),
        use('trust-pin', {
            // A key ID needs no key module; a certificate loads it (x509, ASN.1) only now, so start-up does not pay for it.
            parse: async (value, input) => {
                if (!KEY_ID.test(value.trim()))
                    (await Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(520), __nccwpck_require__.e(935)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5935))).parseTrustPin(value, input);
                return value;
            },
        }),
        use('trust-state'),
        use('trust-state-forget', { parse: (value, input) => (0,reference/* parseRepository */.SU)(value, input).gun }),
        // Every command that reads trust data: a pin required is required wherever a root is trusted.
        use('require-pin'),
        use('timeout', { parse: (value, input) => (0,operations_inputs/* parseTimeout */.ZZ)(value, input) }),
        use('login'),
    ];
}
/** The passphrase input of a key input. */
const passphraseOf = (key) => `${key}-passphrase`;
/**
 * The rule of a command that takes `formats`: the DCT-only inputs it takes
 * (DCT_ONLY_INPUTS) are refused when given without dct in `formats`, and
 * dropped when they came from the environment.
 */
function dctOnlyRule(inputs) {
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
function formatsOf(values) {
    const listed = new Set(values.list('formats'));
    return listed.size === 0 ? ['dct'] : FORMATS.filter((f) => listed.has(f));
}

;// CONCATENATED MODULE: ./lib/commands/input-names.js
// The inputs by the names the core's errors give them (InputError.input,
// KeyError.input, and the rare message that has to name one), from the
// catalogue: the action's inputs and the CLI's flags have these names, the
// task spells them in camelCase; a login is `username` and `password`.
// Entrypoints translate from this one list.

/** Every input of every command (besides `command` itself). */
const INPUT_NAMES = ALL_INPUTS.flatMap((i) => (i.kind === 'login' ? ['username', 'password'] : [i.name]));
/**
 * A regular expression for the input names that appear in `text` as words of
 * their own: not inside a longer name, a path or a host (`/keys/signer-key.pem`
 * and `example.com/root-key:1` are left alone). Longest names first.
 */
function inputNamePattern(names) {
    const sorted = [...names].sort((a, b) => b.length - a.length);
    return new RegExp(`(?<![\\w./\\\\-])(${sorted.join('|')})(?![\\w-]|\\.\\w)`, 'g');
}

;// CONCATENATED MODULE: ./lib/commands/options.js
// The options every operation that reaches a registry and its trust server
// takes, from the connection inputs (inputs.ts connectionInputs).

/** The references `tags` holds, as its input's parse gave them: references are parsed once, when read. */
function referencesOf(v) {
    return v.parsed('tags') ?? [];
}
/**
 * An operation that takes loaded keys, behind options that carry key inputs:
 * the key module (x509, ASN.1) is loaded only when the command runs, and
 * each key is loaded and checked before the operation starts.
 */
function withLoadedKeys(operation, load) {
    return async () => {
        const [run, { loadKeyInput }] = await Promise.all([operation(), Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(520), __nccwpck_require__.e(935)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5935))]);
        return (options) => run(load(options, loadKeyInput));
    };
}
function connectionOptions(v, ctx) {
    const login = v.login();
    return {
        trustServer: v.string('trust-server'),
        trustServerCa: v.parsed('trust-server-ca'),
        registryCa: v.parsed('registry-ca'),
        trustPin: v.string('trust-pin'),
        // The CLI reads the variable itself; the action and the task read it here. Without dct it is ignored (dctOnlyRule).
        trustState: v.string('trust-state') ?? (formatsOf(v).includes('dct') ? ctx.env.DCT_TRUST_STATE : undefined),
        trustStateForget: v.parsed('trust-state-forget'),
        requirePin: v.boolean('require-pin'),
        username: login?.username,
        password: login?.password,
        env: ctx.env,
        logger: ctx.logger,
        timeoutMs: v.parsed('timeout'),
        proxy: ctx.proxy,
        mask: ctx.maskSecret,
    };
}

;// CONCATENATED MODULE: ./lib/commands/spec.js
// What a command is, written once: its inputs (name, kind, default, the
// environment it falls back to, help), its rules, how its inputs become the
// operation's options, its outputs and what its summary shows. The GitHub
// action, the Azure task and the CLI are adapters that read inputs and write
// results their platform's way from this one description; action.yml,
// task.json, docs/commands.md and the CLI's --help are made from it.
/** Declares a spec with its option and result types inferred. */
function defineCommand(spec) {
    return spec;
}

;// CONCATENATED MODULE: ./lib/commands/certificate.js
// `certificate`: a self-signed code-signing certificate for an existing key
// (docker's signer key, or a notation key), for notation signatures without
// a CA. Prints how notation trusts it: the `notation cert add` line and the
// trusted identity for its trust policy.




/** A path as a shell line takes it: quoted when it holds anything but plain characters. */
function shellWord(text) {
    return /^[A-Za-z0-9_./:=@+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/** How notation trusts the certificate: the store to add it to, and the identity for the trust policy. */
function notationTrustLines(file) {
    return (`Trust it in notation with a ca trust store (trustStores: ["ca:${file.store}"]) and this trusted identity:\n` +
        `  notation cert add --type ca --store ${shellWord(file.store)} ${shellWord(file.path)}\n` +
        `  "trustedIdentities": [${JSON.stringify(file.identity)}]\n` +
        `It expires on ${file.notAfter.toISOString()}; notation refuses it after that.\n`);
}
const KEY = 'Key (one of)';
const certificateSpec = defineCommand({
    name: 'certificate',
    summary: 'make a self-signed code-signing certificate for a key, for notation',
    help: {
        usage: '[options] [NAME]',
        about: `
Make a self-signed code-signing certificate over an existing key, for
Notary Project (notation) signatures without a CA: a leaf with CA:FALSE, key
usage digitalSignature and extended key usage codeSigning, valid for
--certificate-validity (default one year), written to NAME.crt in
--key-directory or to --output. The key is the signer key (by default the
one docker keeps for signer NAME in ~/.docker/trust/private), or
--notation-key-file. NAME defaults to the key file's role: header.

The subject is C=XX, ST=none, O=dct-sign, CN=NAME: notation's trusted
identities must name C, ST and O, and XX is ISO 3166's code for no
country. Prints the \`notation cert add\` line that trusts it and the trusted
identity for notation's trust policy. It names no CRL or OCSP address, so nothing can revoke it: to stop trusting
it, delete it from the trust store (\`notation cert delete\`). An existing
file is never overwritten.`,
        examples: `
# A certificate for the key docker keeps for signer ci, then trusted by notation.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
dct-sign certificate ci
notation cert add --type ca --store ci ci.crt

# For a key kept in a CI secret, valid for two years.
dct-sign certificate --signer-key-file ci.key --certificate-validity 730d --output ci.crt ci`,
        exitCodes: [
            [0, 'the certificate was written'],
            [1, 'an unexpected failure; see the message'],
            [2, 'the command line is wrong: no key, a key file that is missing or not\na key, its passphrase is wrong, a key notation does not sign with, no\nNAME, the file exists, a duration that is not a number and s, m, h, d or w'],
        ],
    },
    inputs: [
        use('signer-name', {
            operand: 'NAME',
            group: 'Certificate',
            help: "the certificate's name (CN, NAME.crt, the trust store); default: the key's role: header",
        }),
        ...keyInputs('signer-key', { group: KEY, help: "a signer's private key file (docker: ~/.docker/trust/private)" }),
        ...keyInputs('notation-key', { group: KEY, help: 'a private key file (PKCS#8, encrypted or not), instead of the signer key' }),
        use('certificate-validity', { parse: operations_inputs/* parseDuration */.E9 }),
        use('key-directory', { help: 'where NAME.crt goes; default: the current directory' }),
        use('output'),
    ],
    rules: [
        { kind: 'one-of', inputs: ['signer-key', 'notation-key'], message: 'no key to make the certificate for: give {signer-key}, or {notation-key}' },
    ],
    options: (v, ctx) => ({
        name: v.string('signer-name')?.trim() || undefined,
        signerKey: v.key('signer-key'),
        notationKey: v.key('notation-key'),
        validityMs: v.parsed('certificate-validity'),
        directory: v.string('key-directory')?.trim() || ctx.workDirectory,
        output: v.string('output')?.trim() || undefined,
    }),
    operation: withLoadedKeys(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(520), __nccwpck_require__.e(469)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8469))).certificate, ({ signerKey, notationKey, ...rest }, load) => ({
        ...rest,
        // notation-key wins, as for sign; the signer key is then not read.
        ...(notationKey ? { notationKey: load(notationKey, 'jws') } : { signerKey: signerKey ? load(signerKey) : undefined }),
    })),
    logs: false,
    outputs: [
        { name: 'certificate-path', description: 'path of the certificate file written', value: (r) => r.path },
        { name: 'certificate', description: 'the certificate (PEM), for notation cert add or notation-certificate', value: (r) => r.pem },
        {
            name: 'notation-identity',
            description: "the trusted identity for notation's trust policy (trustedIdentities), x509.subject: …",
            value: (r) => r.identity,
        },
    ],
    json: {
        help: 'print the path, the certificate, its subject, identity and expiry as JSON',
        value: (r) => ({
            name: r.name,
            certificatePath: r.path,
            certificate: r.pem,
            subject: r.subject,
            identity: r.identity,
            notAfter: r.notAfter.toISOString(),
        }),
    },
    notes: (r) => `Wrote the certificate ${r.path} for ${r.keyInput} (subject ${r.subject})\n`,
    text: (r) => notationTrustLines(r),
    done: (r) => `Made the certificate ${r.name}.crt (${r.subject}), valid until ${r.notAfter.toISOString().slice(0, 10)}`,
});

;// CONCATENATED MODULE: ./lib/commands/format.js
// How results are printed: aligned tables for people, JSON for scripts.
/** Columns two spaces apart; no line ends in spaces. */
function table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => `${r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()}\n`).join('');
}
function json(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/** Go's json.Marshal escapes these, and docker's output is Go's. */
const GO_ESCAPES = {
    '<': '\\u003c',
    '>': '\\u003e',
    '&': '\\u0026',
    '\u2028': '\\u2028',
    '\u2029': '\\u2029',
};
/** JSON as docker's inspect commands print it: json.Indent with four spaces, then a newline. */
function dockerJson(value) {
    return `${JSON.stringify(value, null, 4).replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c])}\n`;
}
const plural = (n, word, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
/** Key IDs as docker's tables show them. */
const shortId = (id) => id.slice(0, 12);

// EXTERNAL MODULE: ./lib/operations/sort-order.js
var sort_order = __nccwpck_require__(781);
;// CONCATENATED MODULE: ./lib/commands/inspect-pretty.js
// `docker trust inspect --pretty` as text, from inspect's result, with
// docker's layout: its tabwriter settings (minimum width 10, padding 3),
// natural sort order for tags and signers, signer keys cut to 12 characters
// and administrative keys sorted on one tab-separated line per role.

/** docker's formatter table: every cell but the last padded to its column's width. */
function inspect_pretty_table(rows) {
    const widths = [];
    for (const row of rows) {
        row.slice(0, -1).forEach((cell, i) => {
            widths[i] = Math.max(widths[i] ?? 10, [...cell].length + 3);
        });
    }
    return rows
        .map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i], ' ') : cell)).join(''))
        .map((line) => `${line}\n`)
        .join('');
}
/** formatter.TruncateID. */
function truncateId(id) {
    const colon = id.indexOf(':');
    return (colon >= 0 ? id.slice(colon + 1) : id).slice(0, 12);
}
function formatRepository(repo) {
    const remote = repo.Name;
    let out = '';
    if (repo.SignedTags.length > 0) {
        out += `\nSignatures for ${remote}\n\n`;
        const rows = repo.SignedTags.map((row) => {
            const admin = row.Signers.length === 1 && row.Signers[0] === sort_order/* REPO_ADMIN */.jz;
            const signers = admin ? [`(${sort_order/* REPO_ADMIN */.jz})`] : [...row.Signers].sort(sort_order/* roleCompare */.OO);
            return [row.SignedTag, row.Digest, signers.join(', ')];
        });
        out += inspect_pretty_table([['SIGNED TAG', 'DIGEST', 'SIGNERS'], ...rows]);
    }
    else {
        out += `\nNo signatures for ${remote}\n\n`;
    }
    if (repo.Signers.length > 0) {
        out += `\nList of signers and their keys for ${remote}\n\n`;
        const signers = [...repo.Signers].sort((a, b) => (0,sort_order/* naturalCompare */.p0)(a.Name, b.Name));
        const rows = signers.map((s) => [
            s.Name,
            (s.Keys ?? [])
                .map((k) => k.ID)
                .sort(sort_order/* byteCompare */.U6)
                .map(truncateId)
                .join(', '),
        ]);
        out += inspect_pretty_table([['SIGNER', 'KEYS'], ...rows]);
    }
    out += `\nAdministrative keys for ${remote}\n\n`;
    // docker sorts the roles by TUF name, descending: targets before root.
    const label = { Repository: 'Repository Key', Root: 'Root Key' };
    for (const name of ['Repository', 'Root']) {
        const role = repo.AdministrativeKeys.find((r) => r.Name === name);
        if (!role)
            continue;
        const ids = (role.Keys ?? []).map((k) => k.ID).sort(sort_order/* byteCompare */.U6);
        out += `  ${label[name]}:\t${ids.join(', ')}\n`;
    }
    return out;
}
/** The text `docker trust inspect --pretty` prints for the same references. */
function formatInspectPretty(result) {
    return result.repositories.map(formatRepository).join('\n\n');
}

;// CONCATENATED MODULE: ./lib/commands/inspect.js
// `inspect`: what `docker trust inspect` shows, from verified trust data:
// docker's JSON, or its --pretty text.






const inspectSpec = defineCommand({
    name: 'inspect',
    summary: 'show signed tags, signers and keys, as docker trust inspect',
    help: {
        usage: '[options] REFERENCE...',
        about: `
Show what \`docker trust inspect\` shows for each REFERENCE, from trust data
that dct-sign has verified: the signed tags with their digests and signers,
the signers and their keys, and the repository's root and repository keys.
The output is docker's JSON, byte for byte, or with --pretty docker's tables.

A REFERENCE is registry/repository, for every signed tag, or
registry/repository:tag, for one. Reading needs no key.`,
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
    },
    inputs: [
        referencesInput('the images to inspect, registry/repository[:tag]', 'registry/repository[:tag]', reference/* parseReference */.F2),
        ...connectionInputs(),
    ],
    options: (v, ctx) => ({ references: referencesOf(v), ...connectionOptions(v, ctx) }),
    operation: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(410), __nccwpck_require__.e(520), __nccwpck_require__.e(196), __nccwpck_require__.e(446)]).then(__nccwpck_require__.bind(__nccwpck_require__, 446))).inspect,
    outputs: [
        {
            name: 'trust',
            description: 'JSON array, one object per reference, exactly as `docker trust inspect` prints it',
            value: (r) => JSON.stringify(r.repositories),
        },
    ],
    // JSON is the default; --json says so, for scripts that give it to every command.
    json: { help: "print docker trust inspect's JSON (the default)", value: (r) => r.repositories, format: dockerJson },
    viewFlags: [{ name: 'pretty', help: "print docker trust inspect --pretty's tables instead of JSON", notWithJson: true }],
    text: (r, view) => (view.log || view.flags.has('pretty') ? formatInspectPretty(r) : dockerJson(r.repositories)),
    summaryOf: (r) => {
        const unsigned = r.repositories.filter((repo) => repo.SignedTags.length === 0).map((repo) => repo.Name);
        const rows = r.repositories.flatMap((repo) => repo.SignedTags.map((t) => [{ code: repo.Name }, t.SignedTag, { code: t.Digest }, t.Signers.join(', ')]));
        return {
            intro: `${plural(rows.length, 'signed tag')}${unsigned.length > 0 ? `; no signatures for ${unsigned.join(', ')}` : ''}.`,
            header: ['Reference', 'Signed tag', 'Digest', 'Signers'],
            rows,
        };
    },
    done: (r) => `Inspected ${plural(r.repositories.length, 'image')}`,
});

;// CONCATENATED MODULE: ./lib/commands/key-generate.js
// `key-generate`: a signer key pair, as `docker trust key generate NAME`
// makes one: NAME.key (encrypted with the passphrase) and NAME.pub, written
// into key-directory. The private key is masked for the rest of the job and
// printed only when the CLI is asked to (--base64, for a CI secret). With
// certificate, NAME.crt too: a self-signed code-signing certificate for
// notation signatures.




const keyGenerateSpec = defineCommand({
    name: 'key-generate',
    summary: 'make a signer key pair, as docker trust key generate',
    help: {
        usage: '[options] NAME',
        about: `
Make a signer key pair as \`docker trust key generate NAME\` does: an ECDSA
P-256 key, with NAME.pub for \`dct-sign signer-add\` or \`docker trust signer
add\`, and NAME.key, the private key encrypted with the passphrase, which
\`docker trust key load\` and \`notary key import\` accept too. NAME may also
be given as --signer-name NAME. Existing files are never overwritten. Prints
the key ID; the files are named on stderr.

With --base64 the private key file is printed instead, base64-encoded on one
line, to paste into a CI secret (DCT_SIGNER_KEY of \`dct-sign sign\`). It is
encrypted, but treat it as the secret it is: do not run this where the output
is logged.

With --certificate, NAME.crt too: a self-signed code-signing certificate
over the new key for Notary Project (notation) signatures, valid for
--certificate-validity (see \`dct-sign certificate --help\`). The lines that
make notation trust it are printed on stderr.`,
        examples: `
# A key for CI, stored straight into a GitHub secret, then added as a signer.
read -rs DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE; export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE
dct-sign key-generate --key-directory keys --base64 ci | gh secret set DCT_SIGNER_KEY
dct-sign signer-add --signer-name ci --signer-public-key keys/ci.pub \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key registry.example.com/team/app`,
        exitCodes: [
            [0, 'NAME.key and NAME.pub were written'],
            [1, 'an unexpected failure; see the message'],
            [2, 'the command line is wrong: unknown option, missing or invalid NAME, no\nor a short passphrase, NAME.key or NAME.pub exists, the directory does\nnot exist or cannot be written'],
        ],
    },
    inputs: [
        use('signer-name', {
            operand: 'NAME',
            group: 'Key',
            help: "the key's name, and the signer name to add it as (required)",
            required: 'name the key after its signer, e.g. ci: the files are <name>.key and <name>.pub',
        }),
        use('signer-key-passphrase', {
            group: 'Key',
            help: 'encrypts NAME.key (discouraged: use the environment, below)',
            required: 'give {signer-key-passphrase}, the passphrase that encrypts the private key',
        }),
        use('key-directory', { help: 'where NAME.key and NAME.pub go; default: the current directory' }),
        use('certificate'),
        use('certificate-validity', { parse: operations_inputs/* parseDuration */.E9 }),
    ],
    options: (v, ctx) => ({
        name: v.string('signer-name').trim(),
        passphrase: v.string('signer-key-passphrase') ?? '',
        directory: v.string('key-directory')?.trim() || ctx.workDirectory,
        ...(v.boolean('certificate') ? { certificate: { validityMs: v.parsed('certificate-validity') } } : {}),
    }),
    operation: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(410), __nccwpck_require__.e(520), __nccwpck_require__.e(196), __nccwpck_require__.e(696), __nccwpck_require__.e(917)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6917))).keyGenerate,
    logs: false,
    outputs: [
        { name: 'signer-key-id', description: "the new key's ID", value: (r) => r.keyId },
        { name: 'public-key', description: 'the public key (PEM with a role: header), for signer-add or `docker trust signer add`', value: (r) => r.publicKeyPem },
        { name: 'private-key-path', description: 'path of the encrypted private key file, for a secret or `docker trust key load`', value: (r) => r.privateKeyPath },
        { name: 'public-key-path', description: 'path of the public key file', value: (r) => r.publicKeyPath },
        { name: 'certificate-path', description: 'with certificate: path of the certificate file; empty otherwise', value: (r) => r.certificate?.path ?? '' },
        {
            name: 'notation-identity',
            description: "with certificate: the trusted identity for notation's trust policy, x509.subject: …; empty otherwise",
            value: (r) => r.certificate?.identity ?? '',
        },
    ],
    json: {
        help: 'print the key ID, the public key and the paths as JSON',
        value: (r, view) => ({
            name: r.name,
            signerKeyId: r.keyId,
            publicKey: r.publicKeyPem,
            privateKeyPath: r.privateKeyPath,
            publicKeyPath: r.publicKeyPath,
            ...(r.certificate
                ? { certificatePath: r.certificate.path, certificate: r.certificate.pem, identity: r.certificate.identity, notAfter: r.certificate.notAfter.toISOString() }
                : {}),
            ...(view.flags.has('base64') ? { privateKeyBase64: r.privateKeyBase64 } : {}),
        }),
    },
    viewFlags: [{ name: 'base64', help: 'print the private key file as one base64 line (for a CI secret)' }],
    // The user asked for the private key file: it is printed unmasked, whatever it happens to contain.
    reveals: (view) => view.flags.has('base64'),
    secrets: (r) => [r.privateKeyBase64],
    notes: (r) => `Generated the key ${r.name} (${r.keyId}):\n` +
        `  ${r.privateKeyPath}  private key, encrypted with the passphrase: keep it secret\n` +
        `  ${r.publicKeyPath}  public key, for dct-sign signer-add or docker trust signer add\n` +
        (r.certificate ? `  ${r.certificate.path}  certificate (${r.certificate.subject}), for notation\n${notationTrustLines(r.certificate)}` : ''),
    text: (r, view) => `${view.flags.has('base64') ? r.privateKeyBase64 : r.keyId}\n`,
    done: (r) => `Generated key ${r.keyId.slice(0, 12)} for signer ${r.name}`,
});

;// CONCATENATED MODULE: ./lib/commands/migrate.js
// `migrate`: give tags signed with DCT cosign or notation signatures (or
// both) for the same digest, after checking the DCT signature and that the registry still
// serves what was signed, so that gates can move to cosign or notation
// without a day of unsigned images.






/** One tag as the `migrated` output (and --json) has it. */
function migratedEntries(result) {
    return result.tags.map(({ reference, tag, digest, registryDigest, status, written, message }) => ({
        reference,
        tag,
        digest: digest ?? null,
        registryDigest: registryDigest ?? null,
        status,
        written,
        message,
    }));
}
const count = (r, status) => r.tags.filter((t) => t.status === status).length;
function headline(r) {
    const migrated = count(r, 'migrated');
    const verb = r.dryRun ? `Would migrate ${plural(migrated, 'tag')}` : `Migrated ${plural(migrated, 'tag')}`;
    const rest = ['already', 'refused', 'unsigned'].filter((s) => count(r, s) > 0).map((s) => `${count(r, s)} ${s}`);
    const tail = r.dryRun ? '; dry run, nothing written' : '';
    return `${verb} to ${r.formats.join(' and ')} with key ${shortId(r.keyId)}${rest.length > 0 ? ` (${rest.join(', ')})` : ''}${tail}`;
}
/** The tag alone when every tag is of one repository; else the whole reference. */
function tagColumn(r) {
    const one = new Set(r.tags.map((t) => t.gun)).size <= 1;
    return (t) => (one ? t.tag : t.reference);
}
const migrateSpec = defineCommand({
    name: 'migrate',
    summary: 'give tags signed with DCT cosign or notation signatures for the same digest',
    help: {
        usage: '[options] REPOSITORY[:TAG]...',
        about: `
Read and verify the trust data of each REPOSITORY as verify does (pins, trust
state), and for every signed tag, or each TAG given, whose digest in the
registry is still the one DCT signed, write the cosign signatures for that
digest and tag: cosign 2's .sig and cosign 3's bundle, both. A tag the
registry now serves with another digest is refused and listed: it is not
signed again. A tag that already has cosign signatures in both forms by the
same key for that digest is left as it is.

With --formats notation (or cosign,notation) each tag gets the notation
signature notation 1.3 writes, with the signer key or --notation-key-file and
--notation-certificate, checked before anything is written; a tag that
already has one by that certificate is left as it is.

The cosign signatures are made with the signer key (cosign verify --key
accepts its .pub), or with --cosign-key. Writing needs push rights on the
registry, checked before anything is written. Prints a table TAG DIGEST
STATUS, the status one of migrated, already, refused or unsigned; --dry-run
prints what it would do and writes nothing.`,
        examples: `
# Every signed tag of a repository, with the signer key that signs it in DCT.
dct-sign migrate --formats cosign --signer-key-file ci.key registry.example.com/team/app

# First see what would happen, then migrate two tags with a cosign key.
dct-sign migrate --formats cosign --dry-run registry.example.com/team/app:1.4.2 registry.example.com/team/app:1.4.1
COSIGN_PASSWORD="$COSIGN_PASSWORD" dct-sign migrate --formats cosign --cosign-key-file cosign.key \\
    registry.example.com/team/app:1.4.2 registry.example.com/team/app:1.4.1

# To the Notary Project (ACR) and Sigstore at once, with the signer key and its certificate.
dct-sign migrate --formats cosign,notation --signer-key-file ci.key --notation-certificate ci.crt myregistry.azurecr.io/app`,
        exitCodes: [
            [0, 'every tag was migrated, already had cosign signatures or is not signed\nwith DCT (with --dry-run: would be)'],
            [1, 'a tag was refused because the registry serves another digest than DCT\nsigned (the table lists it), the trust data failed verification, or\nthe registry or trust server failed or refused the push'],
            [2, 'the command line is wrong: unknown option, missing REPOSITORY, no key,\nformats other than cosign and notation, a key that the format does not take,\na notation certificate notation would refuse'],
        ],
    },
    inputs: [
        {
            ...referencesInput('the repositories (every signed tag) or tags to migrate, registry/repository[:tag]', 'registry/repository[:tag]', reference/* parseReference */.F2),
            operand: 'REPOSITORY',
        },
        use('formats', { help: 'the formats to migrate to: cosign, notation or both (required; dct, the source, may be listed too)' }),
        use('dry-run'),
        ...keyInputs('signer-key', { help: 'the DCT signer key, which makes the cosign signatures unless a cosign key is given' }),
        ...keyInputs('cosign-key', { help: 'a cosign private key file (cosign.key) for the cosign signatures; default: the signer key' }),
        use('notation-certificate', { parse: (value, input) => (0,operations_inputs/* pemTextOrFile */.li)(value, input) }),
        ...keyInputs('notation-key', { help: 'a private key file for the notation signatures (PKCS#8, encrypted or not); default: the signer key' }),
        ...connectionInputs(),
    ],
    rules: [
        {
            kind: 'one-of',
            inputs: ['signer-key', 'cosign-key', 'notation-key'],
            message: 'no key to make the signatures with; give {signer-key} (docker keeps its keys in ~/.docker/trust/private/), {cosign-key} or {notation-key}',
        },
    ],
    options: (v, ctx) => ({
        references: referencesOf(v),
        formats: formatsOf(v),
        dryRun: v.boolean('dry-run'),
        signerKey: v.key('signer-key'),
        cosignKey: v.key('cosign-key'),
        notationKey: v.key('notation-key'),
        notationCertificate: v.parsed('notation-certificate'),
        ...connectionOptions(v, ctx),
    }),
    operation: async () => {
        // The key module is loaded only when the command runs; each key is loaded before the operation starts.
        const [{ migrate }, { loadKeyInput, loadCosignKeyInput }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(410), __nccwpck_require__.e(520), __nccwpck_require__.e(196), __nccwpck_require__.e(599)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9599)), Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(520), __nccwpck_require__.e(935)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5935))]);
        return ({ signerKey, cosignKey, notationKey, ...rest }) => migrate({
            ...rest,
            ...(signerKey ? { signerKey: loadKeyInput(signerKey) } : {}),
            ...(cosignKey ? { cosignKey: loadCosignKeyInput(cosignKey) } : {}),
            ...(notationKey ? { notationKey: loadKeyInput(notationKey, 'jws') } : {}),
        });
    },
    outputs: [
        {
            name: 'migrated',
            description: 'JSON array, one object per tag: reference, tag, digest (signed with DCT), registryDigest, status (migrated, already, ' +
                'refused or unsigned), written (what was written: the cosign forms sig and bundle, notation) and message',
            value: (r) => JSON.stringify(migratedEntries(r)),
        },
    ],
    json: {
        help: 'print {ok, dryRun, formats, keyId, tags} as JSON; ok is false when a tag was refused',
        value: (r) => ({ ok: r.ok, dryRun: r.dryRun, formats: r.formats, keyId: r.keyId, tags: migratedEntries(r) }),
    },
    text: (r) => {
        const tag = tagColumn(r);
        const rows = r.tags.map((t) => [tag(t), t.digest ?? '-', t.status]);
        return `${headline(r)}\n\n${table([['TAG', 'DIGEST', 'STATUS'], ...rows])}`;
    },
    failures: (r) => r.tags.filter((t) => t.status === 'refused').map((t) => t.message),
    summaryOf: (r) => ({
        intro: `${headline(r)}.`,
        header: ['Reference', 'Digest', 'Status', 'Details'],
        rows: r.tags.map((t) => [{ code: t.reference }, t.digest ? { code: t.digest } : '-', t.status, t.message]),
    }),
    done: (r) => headline(r),
});

;// CONCATENATED MODULE: ./lib/commands/refresh.js
// `refresh`: re-sign a repository's roles before they expire, from a
// schedule: targets with the repository key, a signer's roles with its key.
// With expiring-within (e.g. 180d) only roles expiring that soon are
// re-signed, so most scheduled runs publish nothing.





const KEYS = 'Keys (one or both)';
/** `refreshed`: each re-signed role with its new version, and its new and former expiry as ISO dates. */
function refreshedOutput(result) {
    return result.refreshed.map((r) => ({
        role: r.role,
        version: r.version,
        expires: r.expires.toISOString(),
        previousExpires: r.previousExpires.toISOString(),
    }));
}
const refreshSpec = defineCommand({
    name: 'refresh',
    summary: 're-sign trust data before it expires, from a schedule',
    help: {
        usage: '[options] REPOSITORY',
        about: `
Re-sign the trust data of REPOSITORY (registry/repository, no tag) with its
content unchanged and a new expiry three years out, as notary's witness does:
targets with the repository key, and the roles a signer signs with its key.
Trust data nobody signs into for years expires, and then every pull with
content trust fails; run this from a schedule. With --expiring-within only
roles that would expire within that time are re-signed, so most runs publish
nothing.`,
        examples: `
# Weekly: re-sign whatever the CI signer signs that expires within six months.
export DCT_SIGNER_KEY="$SIGNER_KEY_BASE64"
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
dct-sign refresh --expiring-within 180d registry.example.com/team/app`,
        exitCodes: [
            [0, 'every role that needed it was re-signed (perhaps none)'],
            [1, 'refreshing failed: a key that signs no role of the repository, the\ntrust data, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, not one REPOSITORY, no key,\na key file that is missing or not a key or its passphrase is wrong,\na duration that is not a number and h, d or w'],
        ],
    },
    inputs: [
        repositoriesInput('the repository, registry/repository'),
        ...keyInputs('signer-key', { group: KEYS, help: "a signer's private key file: re-signs the roles it signs" }),
        ...keyInputs('repository-key', { group: KEYS, help: 'repository (targets) key file: re-signs targets' }),
        use('expiring-within', { parse: operations_inputs/* parseDuration */.E9 }),
        ...connectionInputs(),
    ],
    rules: [
        { kind: 'single', input: 'tags', message: 'refresh works on one repository; give one, not {count}' },
        { kind: 'one-of', inputs: ['signer-key', 'repository-key'], message: "give {signer-key} (the signer's roles), {repository-key} (targets) or both" },
    ],
    // The core logs each role it re-signs; the table below says the same, so once is enough.
    infoAsDebug: true,
    options: (v, ctx) => ({
        reference: referencesOf(v)[0],
        signerKey: v.key('signer-key'),
        repositoryKey: v.key('repository-key'),
        expiringWithinMs: v.parsed('expiring-within'),
        ...connectionOptions(v, ctx),
    }),
    operation: withLoadedKeys(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(410), __nccwpck_require__.e(520), __nccwpck_require__.e(196), __nccwpck_require__.e(146)]).then(__nccwpck_require__.bind(__nccwpck_require__, 146))).refresh, ({ signerKey, repositoryKey, ...rest }, load) => ({
        ...rest,
        signerKey: signerKey ? load(signerKey) : undefined,
        repositoryKey: repositoryKey ? load(repositoryKey) : undefined,
    })),
    outputs: [
        {
            name: 'refreshed',
            description: 'JSON array of the roles re-signed: objects with role, version, expires and previousExpires (ISO 8601); empty when ' +
                'nothing needed refreshing',
            value: (r) => JSON.stringify(refreshedOutput(r)),
        },
    ],
    json: {
        help: 'print {gun, trustServer, published, refreshed} as JSON',
        value: (r) => ({ gun: r.gun, trustServer: r.trustServer, published: r.published, refreshed: refreshedOutput(r) }),
    },
    text: (r) => {
        if (!r.published)
            return `Nothing in ${r.gun} needed re-signing\n`;
        const rows = refreshedOutput(r).map((x) => [x.role, String(x.version), x.expires, x.previousExpires]);
        return `Re-signed ${plural(rows.length, 'role')} of ${r.gun}\n\n${table([['ROLE', 'VERSION', 'EXPIRES', 'PREVIOUS EXPIRY'], ...rows])}`;
    },
    summaryOf: (r) => ({
        intro: r.refreshed.length === 0 ? `Nothing in ${r.gun} needed refreshing.` : `Refreshed ${plural(r.refreshed.length, 'role')} of ${r.gun}.`,
        header: ['Role', 'Version', 'Expires', 'Was to expire'],
        rows: refreshedOutput(r).map((x) => [{ code: x.role }, String(x.version), x.expires, x.previousExpires]),
    }),
    done: (r) => (r.published ? `Refreshed ${plural(r.refreshed.length, 'role')} of ${r.gun}` : `Nothing in ${r.gun} needed refreshing`),
});

// EXTERNAL MODULE: ./lib/errors.js
var errors = __nccwpck_require__(452);
;// CONCATENATED MODULE: ./lib/commands/references.js
// How commands other than sign read their image references, beyond the
// parser's syntax: verify pulls `latest` when no tag is given, as docker
// pull does; revoke removes tags, so a digest names nothing to revoke.


/** verify: a tag, `latest` when none is given; a digest alone names no signed tag. */
function parseVerifyReference(text, input = 'tags') {
    const ref = (0,reference/* parseReference */.F2)(text, input);
    if (ref.tag === undefined && ref.digest !== undefined) {
        throw new errors/* InputError */.dz(input, `${ref.original} names a digest but no tag: content trust signs tags, so give registry/repository:tag`);
    }
    return { ...ref, tag: ref.tag ?? 'latest' };
}
/** revoke: a reference without a tag revokes every signed tag of its repository, so `all` must confirm it. */
function checkAllConfirmed(refs, all) {
    const untagged = refs.find((ref) => ref.tag === undefined);
    if (untagged && !all) {
        throw new errors/* InputError */.dz('all', `${untagged.original} names no tag: give registry/repository:tag, or confirm that every signed tag of ${untagged.gun} is to be revoked`);
    }
    return refs;
}
/** revoke: a tag, or a repository for all its tags; never a digest. */
function parseRevokeReference(text, input = 'tags') {
    const ref = (0,reference/* parseReference */.F2)(text, input);
    if (ref.digest !== undefined) {
        throw new errors/* InputError */.dz(input, `${ref.original}: a digest reference cannot be revoked; give registry/repository:tag`);
    }
    return ref;
}

;// CONCATENATED MODULE: ./lib/commands/revoke.js
// `revoke`: remove signed tags from the trust data, as `docker trust revoke`
// does, with a signer's key. A repository without a tag revokes all its
// tags, and only with `all` set.





/** `revoked`: each tag with the roles it was removed from. */
function revokedOutput(result) {
    return result.revoked.map(({ reference, tag, gun, roles }) => ({ reference, tag, gun, roles }));
}
const revokeSpec = defineCommand({
    name: 'revoke',
    summary: 'remove the signatures of tags, as docker trust revoke',
    help: {
        usage: '[options] REFERENCE...',
        about: `
Remove the signature of each REFERENCE (registry/repository:tag) from the
trust data, as \`docker trust revoke\` does, so that content trust no longer
accepts the tag; the image itself stays in the registry. A REFERENCE without
a tag (registry/repository) revokes every signed tag of the repository, and
needs --all to say so.

The tag is removed from every role the signer key may sign. A revoke that
would leave the tag signed through a role the key cannot sign is refused, and
every REFERENCE is checked before anything is published.`,
        examples: `
# Withdraw a release that must not be deployed.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
dct-sign revoke --signer-key-file ci.key registry.example.com/team/app:1.4.2

# Every signed tag of a repository.
dct-sign revoke --all --signer-key-file ci.key registry.example.com/team/app`,
        exitCodes: [
            [0, 'every REFERENCE was revoked'],
            [1, 'revoking failed: a tag is not signed, the signer may not revoke it,\nthe trust data, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, missing REFERENCE or\nsigner key, a key file that is missing or not a key or its passphrase\nis wrong, a REFERENCE without a tag and no --all'],
        ],
    },
    inputs: [
        referencesInput('the tags to revoke, registry/repository:tag (or registry/repository with all)', 'registry/repository:tag', parseRevokeReference),
        ...keyInputs('signer-key', { help: "a signer's private key file (docker: ~/.docker/trust/private)", required: 'no signer key; give {signer-key}' }),
        use('signer-name', { help: "the signer's name for messages; default: the key's role: header" }),
        use('all'),
        ...connectionInputs(),
    ],
    options: (v, ctx) => ({
        references: checkAllConfirmed(referencesOf(v), v.boolean('all')),
        signerKey: v.key('signer-key'),
        signerName: v.string('signer-name'),
        all: v.boolean('all'),
        ...connectionOptions(v, ctx),
    }),
    operation: withLoadedKeys(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(410), __nccwpck_require__.e(520), __nccwpck_require__.e(196), __nccwpck_require__.e(696), __nccwpck_require__.e(522)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5522))).revoke, ({ signerKey, all: _confirmed, ...rest }, load) => ({ ...rest, signerKey: load(signerKey) })),
    outputs: [
        {
            name: 'revoked',
            description: 'JSON array of the revoked tags: objects with reference, tag, gun and roles (the roles it was removed from)',
            value: (r) => JSON.stringify(revokedOutput(r)),
        },
    ],
    json: { help: 'print {revoked, signerKeyId} as JSON', value: (r) => ({ revoked: revokedOutput(r), signerKeyId: r.signerKeyId }) },
    text: (r) => {
        const rows = r.revoked.map((x) => [x.gun, x.tag, x.roles.join(', ')]);
        return `Revoked ${plural(r.revoked.length, 'tag')} with key ${shortId(r.signerKeyId)}\n\n${table([['REPOSITORY', 'TAG', 'REMOVED FROM'], ...rows])}`;
    },
    summaryOf: (r) => ({
        intro: `Revoked ${plural(r.revoked.length, 'tag')} with key ${shortId(r.signerKeyId)}.`,
        header: ['Reference', 'Tag', 'Removed from'],
        rows: r.revoked.map((x) => [{ code: x.reference }, { code: x.tag }, x.roles.join(', ')]),
    }),
    done: (r) => `Revoked ${plural(r.revoked.length, 'tag')}`,
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./lib/commands/rotate-key.js
// `rotate-key`: replace one of a repository's keys. snapshot or timestamp:
// the server makes the new key, the root key lists it. targets: a new
// repository key, given or generated into key-directory (written, encrypted,
// before the rotation is published: it is the only copy), signed in by the
// root key. signer: the signer's new key replaces its old one, signed in by
// the repository key. root: a new root key (given, or generated as for
// targets) in a new certificate, signed in by the old root key and itself.






const SIGNER = { input: 'key-role', equals: 'signer' };
const SIGNER_GROUP = "signer: the signer's new key";
const ROOT_ROLE = { input: 'key-role', equals: 'root' };
const rotateKeySpec = defineCommand({
    name: 'rotate-key',
    summary: 'replace a snapshot, timestamp, targets, signer or root key',
    help: {
        usage: '[options] --key-role ROLE REPOSITORY',
        about: `
Replace one key of REPOSITORY (registry/repository, no tag), without a
workstation, so clients that trust the repository keep trusting it: each
change is signed by a key the current trust data names.

  snapshot, timestamp  the trust server makes a new key; the root key signs
                       it into root
  targets              a new repository key (--new-repository-key-file, or one
                       generated into --key-directory, encrypted with
                       --new-repository-key-passphrase); the root key signs it
  signer               the signer's new key (--signer-key-file) replaces its
                       old one in targets/NAME and targets/releases; the
                       repository key signs it in
  root                 a new root key (--new-root-key-file, or one generated
                       into --key-directory, encrypted with
                       --new-root-key-passphrase) in a new root certificate;
                       the old root key (--root-key-file) and the new one
                       sign the new root

Prints the key the role is signed with from now on. A generated key is the
only copy: the directory is checked before anything else, and the key is
written before the rotation is published.

After a root rotation a --trust-pin must name the new root: the root key ID
printed (the certificate's ID) or the new certificate (--json prints it). A
pin to the old root key fails from then on, even where the old root is cached.`,
        examples: `
# A new repository key, generated into ~/.docker/trust/private for docker.
export DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE="$ROOT_PASSPHRASE"
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$NEW_REPOSITORY_PASSPHRASE"
dct-sign rotate-key --key-role targets --root-key-file root.key \\
    --key-directory ~/.docker/trust/private registry.example.com/team/app

# The CI signer's key, after dct-sign key-generate --signer-name ci made a new one.
dct-sign rotate-key --key-role signer --signer-name ci --signer-key-file ci.key \\
    --repository-key-file repository.key registry.example.com/team/app

# A new root key, generated into ~/.docker/trust/private; then update trust-pin.
export DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE="$ROOT_PASSPHRASE"
dct-sign rotate-key --key-role root --root-key-file old-root.key \\
    --key-directory ~/.docker/trust/private registry.example.com/team/app`,
        exitCodes: [
            [0, 'the role is signed with the new key (or already was)'],
            [1, 'rotating failed: a key the repository does not trust, the trust\ndata, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, not one REPOSITORY, no or\nan unknown --key-role, a key the role needs is missing, a key file that\nis missing or not a key or its passphrase is wrong, a --key-directory\nthat cannot take the generated key'],
        ],
    },
    inputs: [
        repositoriesInput('the repository, registry/repository'),
        use('key-role', { required: 'choose the key to rotate: snapshot, timestamp, targets, signer, root' }),
        ...keyInputs('root-key', {
            group: 'Root key (snapshot, timestamp, targets, root)',
            help: 'root key file; signs the new root (root: the old root key)',
        }),
        ...keyInputs('new-repository-key', { when: { input: 'key-role', equals: 'targets' } }),
        ...keyInputs('new-root-key', { when: ROOT_ROLE }),
        use('key-directory', { group: 'targets, root: the new key', help: 'where a generated key goes, as <key ID>.key; default: .' }),
        use('signer-name', { group: SIGNER_GROUP, help: 'the signer whose key to rotate', when: SIGNER, required: 'name the signer whose key to rotate' }),
        ...keyInputs('signer-key', {
            group: SIGNER_GROUP,
            help: "the signer's new private key file",
            env: [],
            when: SIGNER,
            required: "give the signer's new private key: {signer-key}",
        }),
        use('old-signer-key', { group: SIGNER_GROUP, when: SIGNER, parse: operations_inputs/* keyIdOrPem */.qp }),
        ...keyInputs('repository-key', { group: SIGNER_GROUP, help: 'repository (targets) key file; signs the new key in' }),
        ...connectionInputs(),
    ],
    rules: [{ kind: 'single', input: 'tags', message: 'rotate-key works on one repository; give one, not {count}' }],
    options: (v, ctx) => {
        const role = v.string('key-role');
        return {
            reference: referencesOf(v)[0],
            role,
            rootKey: v.key('root-key'),
            repositoryKey: v.key('repository-key'),
            newRepositoryKey: v.key('new-repository-key'),
            newRepositoryKeyPassphrase: v.string('new-repository-key-passphrase'),
            newRootKey: v.key('new-root-key'),
            newRootKeyPassphrase: v.string('new-root-key-passphrase'),
            keyDirectory: (0,external_node_path_.resolve)(v.string('key-directory')?.trim() || ctx.workDirectory),
            signer: role === 'signer'
                ? { name: v.string('signer-name').trim(), newKey: v.key('signer-key'), oldKey: v.parsed('old-signer-key') }
                : undefined,
            ...connectionOptions(v, ctx),
        };
    },
    operation: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(410), __nccwpck_require__.e(520), __nccwpck_require__.e(196), __nccwpck_require__.e(696), __nccwpck_require__.e(562)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5562))).rotateKey,
    outputs: [{ name: 'key-id', description: 'ID of the key the rotated role is signed with from now on', value: (r) => r.keyId }],
    json: {
        help: 'print the result as JSON',
        value: (r) => {
            const { gun, trustServer, role, keyId, previousKeyIds, resigned } = r;
            const privateKeyPath = (r.generatedRepositoryKey ?? r.generatedRootKey)?.path ?? null;
            return {
                gun,
                trustServer,
                role,
                keyId,
                previousKeyIds,
                resigned,
                privateKeyPath,
                ...(r.rootCertificate ? { rootCertificate: r.rootCertificate } : {}),
            };
        },
    },
    secrets: (r) => [r.generatedRepositoryKey?.base64, r.generatedRootKey?.base64],
    text: (r) => {
        const lines = [`The ${r.role} key of ${r.gun} is ${r.keyId}`];
        if (r.previousKeyIds.length > 0)
            lines.push(`  replaces  ${r.previousKeyIds.map(shortId).join(', ')}`);
        lines.push(`  re-signed ${r.resigned.length > 0 ? r.resigned.join(', ') : 'nothing (the key was already in place)'}`);
        const path = (r.generatedRepositoryKey ?? r.generatedRootKey)?.path;
        if (path)
            lines.push(`  new key   ${path} (encrypted; the only copy: keep it)`);
        if (r.role === 'root')
            lines.push(`  trust-pin must now be ${r.keyId} (or the new root certificate)`);
        return `${lines.join('\n')}\n`;
    },
    summaryOf: (r) => {
        const generated = r.generatedRepositoryKey ?? r.generatedRootKey;
        const path = generated?.path;
        const what = r.generatedRootKey ? 'root' : 'repository';
        const pin = r.role === 'root' ? [`Pins must move: set trust-pin to the new root key ID ${r.keyId}, or to the new root certificate.`] : [];
        return {
            intro: r.resigned.length > 0
                ? `Rotated the ${r.role} key of ${r.gun}.`
                : `The ${r.role} key of ${r.gun} was already ${shortId(r.keyId)}; nothing changed.`,
            header: ['Key', 'Previous keys', 'Re-signed'],
            rows: [[{ code: r.keyId }, r.previousKeyIds.map(shortId).join(', '), r.resigned.join(', ')]],
            notes: [...(path ? [`The new ${what} key is in ${path}, encrypted; keep it safe, it is the only copy.`] : []), ...pin],
        };
    },
    done: (r) => `The ${r.role} key of ${r.gun} is ${shortId(r.keyId)}`,
});

// EXTERNAL MODULE: ./lib/operations/push.js
var push = __nccwpck_require__(9372);
;// CONCATENATED MODULE: ./lib/commands/sign.js
// `sign` (the default command): push image tags and sign them in the
// repository's trust server as a delegated signer, and in the registry with
// cosign and notation signatures.







const FIRST = 'First signing of a repository (creates its trust data)';
const sign_INPUTS = [
    referencesInput('the tags to sign, registry/repository:tag', 'registry/repository:tag', reference/* parseTaggedReference */.$R),
    use('formats'),
    // Required unless cosign-key makes the cosign signatures: the one-of rule below, and the operation for dct.
    ...keyInputs('signer-key'),
    use('signer-name', {
        help: "the signer to sign as (its role must list the signer key); default: the key file's role: header",
    }),
    ...keyInputs('cosign-key', { help: 'a cosign private key file (cosign.key) for the cosign signatures; default: the signer key' }),
    // Required with notation: the operation says so, naming the format.
    use('notation-certificate', { parse: (value, input) => (0,operations_inputs/* pemTextOrFile */.li)(value, input) }),
    ...keyInputs('notation-key', { help: 'a private key file for the notation signatures (PKCS#8, encrypted or not); default: the signer key' }),
    use('push', { group: 'Registry' }),
    ...keyInputs('root-key', { group: FIRST, help: 'root key file; used only if the repository has no trust data' }),
    ...keyInputs('repository-key', { group: FIRST, help: 'repository (targets) key file, to add the signer with' }),
    ...connectionInputs(),
];
/** `signed`: each reference with the digest and size signed, the roles it is signed into, whether it already was, and its formats. */
function signedOutput(result) {
    return result.signed.map(({ reference, tag, digest, size, roles, alreadySigned, formats }) => ({ reference, tag, digest, size, roles, alreadySigned, formats }));
}
/** Where the signatures went: the trust servers, and the registry for cosign and notation. */
function servers(result) {
    const places = result.signed.flatMap((s) => (s.trustServer ? [s.trustServer] : []));
    const registry = result.formats.filter((f) => f !== 'dct');
    if (registry.length > 0)
        places.push(`the registry (${registry.join(', ')})`);
    return [...new Set(places)].join(', ');
}
/** Whether the run asked for more than DCT: then the formats are shown per tag. */
const multiFormat = (r) => r.formats.length !== 1 || r.formats[0] !== 'dct';
const formatsCell = (s) => (s.formats.length > 0 ? s.formats.join(', ') : 'none');
const signer = (result) => `key ${shortId(result.signerKeyId)}${result.signerName ? ` (signer ${result.signerName})` : ''}`;
const ALREADY = 'already signed; nothing published';
/** The roles a tag was signed into, or that it already was, with this digest, and nothing was published for it; with the cosign forms. */
function signedIn(s) {
    if (s.alreadySigned)
        return ALREADY;
    const cosign = s.cosign ? [`cosign ${[...s.cosign.written, ...s.cosign.already].map((f) => (f === 'sig' ? '.sig' : f)).join(' + ')}`] : [];
    const notation = s.notation ? ['notation'] : [];
    return [...(s.roles.length > 0 ? [s.roles.join(', ')] : []), ...cosign, ...notation].join('; ') || '-';
}
/** A format that failed after another succeeded, with what the tags have now. */
function formatFailureLine(f, r) {
    const have = r.signed.filter((s) => f.references.includes(s.reference)).map((s) => `${s.reference}: ${formatsCell(s)}`);
    return `${f.format} signing failed for ${f.references.join(', ')}: ${f.message} (signed now in ${have.join('; ')})`;
}
/**
 * What was signed, and what already was: a tag already signed with the same
 * digest is not signed again, so nothing is published for it.
 */
function sign_headline(r, where) {
    const already = r.signed.filter((s) => s.alreadySigned).length;
    const fresh = r.signed.length - already;
    if (already === 0)
        return `Signed ${plural(fresh, 'tag')} with ${signer(r)}${where}`;
    if (fresh === 0)
        return `${plural(already, 'tag')} already signed with ${signer(r)}${where}${r.published ? '' : '; nothing published'}`;
    return `Signed ${plural(fresh, 'tag')} with ${signer(r)}${where}; ${plural(already, 'tag')} already signed, nothing published for ${already === 1 ? 'it' : 'them'}`;
}
const signSpec = defineCommand({
    name: 'sign',
    summary: 'push image tags and sign them in the trust server',
    help: {
        usage: '[options] REFERENCE...',
        about: `
Push each REFERENCE with docker, read its digest from the registry and sign
the tag in the repository's trust server, as \`docker trust sign\` would. Each
REFERENCE is registry/repository:tag; all tags of one repository are signed
in one update. Keys, passphrases, the signer's rights and the trust data are
all checked before the first push, so a bad input pushes and publishes nothing.
When the push of some tags fails, the tags that were pushed are still signed
and the others are named, so that no pushed tag is left unsigned.

The signer must already be a signer of the repository (\`dct-sign
signer-add\`, or \`docker trust signer add\`), unless the root and repository keys are given to create its trust data.
Keys and passphrases on the command line are visible to other users of the
machine: prefer key files and the environment variables below.

--formats lists the formats to sign in: dct (the default), cosign, or both.
cosign writes both forms \`cosign sign --key\` writes (cosign 2's .sig tag and
cosign 3's bundle referrer) into the registry, with the signer key (\`cosign
verify --key\` takes its .pub) or --cosign-key. Push rights on the registry are
checked with everything else before the first write, and the registry writes
run while the trust server publishes. If one format fails after another
succeeded, the table shows which formats each tag has and the run fails. With
cosign alone no trust server is contacted and the signer name is not checked.

notation writes the JWS signature notation 1.3 writes, as an OCI referrer
(listed in the sha256-<hex> tag index where the registry has no referrers
API), with the signer key or --notation-key-file and its certificate chain,
--notation-certificate (\`dct-sign certificate\` makes a self-signed one). The
chain is checked as notation checks it (the leaf is for the key, not a CA,
key usage digitalSignature, no serverAuth or clientAuth, valid now, in
order) before anything is written, and a certificate that expires within
six months is warned of.`,
        env: [{ name: 'DOCKER_HOST', description: 'the docker daemon that docker push uses' }],
        examples: `
# Dual-sign during the move to Sigstore: DCT and cosign signatures, one key.
dct-sign sign --formats dct,cosign --signer-key-file "$SIGNER_KEY_FILE" registry.example.com/team/app:1.4.2

# DCT and notation (for ACR's move to the Notary Project), one key and its certificate.
dct-sign sign --formats dct,notation --signer-key-file "$SIGNER_KEY_FILE" --notation-certificate ci.crt registry.example.com/team/app:1.4.2

# cosign only, with a cosign key (no trust server); its passphrase from COSIGN_PASSWORD.
dct-sign sign --formats cosign --cosign-key-file cosign.key --no-push registry.example.com/team/app:1.4.2

# Any CI: key file from the CI's secret store, passphrase in the environment,
# registry login as docker keeps it.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
docker login registry.example.com -u ci --password-stdin <<<"$REGISTRY_TOKEN"
dct-sign sign --signer-key-file "$SIGNER_KEY_FILE" \\
    registry.example.com/team/app:1.4.2 registry.example.com/team/app:latest

# Azure Container Registry, image already pushed by the build, signing as a
# service principal with the AcrImageSigner role (ACR serves trust data
# itself, so no --trust-server); the key comes base64-encoded from a secret.
export DCT_SIGNER_KEY="$ACR_SIGNER_KEY_BASE64"
echo "$SP_PASSWORD" | dct-sign sign --no-push --username "$SP_APP_ID" --password-stdin \\
    myregistry.azurecr.io/myimage:v1

# Self-hosted notary with its own CA, trusting only the pinned root key.
dct-sign sign --trust-server https://notary.internal:4443 \\
    --trust-server-ca /etc/ssl/certs/internal-ca.pem \\
    --trust-pin 5d3b4c7e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4 \\
    --signer-key-file ci.key registry.internal:5000/platform/api:2.0.1`,
        exitCodes: [
            [0, 'every REFERENCE was pushed (unless --no-push) and signed'],
            [1, 'pushing or signing failed: the signer\'s rights, the trust data, the\nregistry, the trust server or docker push; see the message.\nAlso when some tags were signed but others could not be pushed, and\nwhen one format failed after another succeeded'],
            [2, 'the command line is wrong: unknown option, missing value or REFERENCE,\na REFERENCE without a tag, options that exclude each other, a key file\nthat is missing or not a key or its passphrase is wrong'],
        ],
    },
    inputs: sign_INPUTS,
    rules: [
        {
            kind: 'one-of',
            inputs: ['signer-key', 'cosign-key', 'notation-key'],
            message: 'no signer key; give {signer-key} (docker keeps its keys in ~/.docker/trust/private/)',
        },
        dctOnlyRule(sign_INPUTS),
        {
            kind: 'together',
            inputs: ['root-key', 'repository-key'],
            message: 'creating trust data for a repository needs both the root key and the repository key: give {root-key} and {repository-key}, or neither',
        },
    ],
    pushes: (values) => values.boolean('push'),
    options: (v, ctx) => ({
        references: referencesOf(v),
        formats: formatsOf(v),
        push: v.boolean('push'),
        signerKey: v.key('signer-key'),
        cosignKey: v.key('cosign-key'),
        notationKey: v.key('notation-key'),
        notationCertificate: v.parsed('notation-certificate'),
        signerName: v.string('signer-name'),
        rootKey: v.key('root-key'),
        repositoryKey: v.key('repository-key'),
        ...connectionOptions(v, ctx),
        runner: ctx.runner,
    }),
    // The rule above keeps the root and repository keys together: both or neither reach the operation.
    operation: async () => {
        // The key module (x509, ASN.1, scrypt) is loaded only when the command runs; each key is loaded before the operation starts.
        const [{ sign: run }, { loadKeyInput: load, loadCosignKeyInput }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(410), __nccwpck_require__.e(520), __nccwpck_require__.e(196), __nccwpck_require__.e(696), __nccwpck_require__.e(433)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9433)),
            Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(520), __nccwpck_require__.e(935)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5935)),
        ]);
        return ({ signerKey, rootKey, repositoryKey, cosignKey, notationKey, ...rest }) => run({
            ...rest,
            ...(signerKey ? { signerKey: load(signerKey) } : {}),
            ...(cosignKey ? { cosignKey: loadCosignKeyInput(cosignKey) } : {}),
            ...(notationKey ? { notationKey: load(notationKey, 'jws') } : {}),
            ...(rootKey && repositoryKey ? { bootstrap: { rootKey: load(rootKey), repositoryKey: load(repositoryKey) } } : {}),
        });
    },
    outputs: [
        { name: 'digest', description: 'manifest digest (sha256:…) of the first reference in tags, as the registry reports it', value: (r) => r.signed[0]?.digest ?? '' },
        {
            name: 'signed',
            description: 'JSON array of what was signed, in the order of tags: objects with reference, tag, digest, size (manifest bytes), roles (the ' +
                'delegation roles the tag is signed into), alreadySigned (true when those roles already listed this digest, so nothing was ' +
                'published for the tag) and formats (the formats the tag is now signed in: dct, cosign, notation)',
            value: (r) => JSON.stringify(signedOutput(r)),
        },
        { name: 'signer-key-id', description: 'the ID of signer-key, as `docker trust inspect` lists it under the signer', value: (r) => r.signerKeyId },
    ],
    json: {
        help: 'print the result as JSON: {signed, published, formats, failedFormats, signerKeyId, signerName}; published is false when every ' +
            'tag was already signed; each signed entry lists the formats it is signed in; failedFormats only when a format failed',
        value: ({ signed, published, formats, failedFormats, signerKeyId, signerName }) => ({
            signed,
            published,
            formats,
            ...(failedFormats ? { failedFormats } : {}),
            signerKeyId,
            signerName: signerName ?? null,
        }),
    },
    text: (r) => {
        const rows = multiFormat(r)
            ? [['REFERENCE', 'DIGEST', 'FORMATS', 'SIGNED IN'], ...r.signed.map((s) => [s.reference, s.digest, formatsCell(s), signedIn(s)])]
            : [['REFERENCE', 'DIGEST', 'SIGNED IN'], ...r.signed.map((s) => [s.reference, s.digest, signedIn(s)])];
        return `${sign_headline(r, ` in ${servers(r)}`)}\n\n${table(rows)}`;
    },
    failures: (r) => [
        ...(r.notPushed ?? []).map((f) => `${(0,push/* describeFailedPush */.Z)(f)}; it was not signed`),
        ...(r.failedFormats ?? []).map((f) => formatFailureLine(f, r)),
    ],
    summaryOf: (r) => ({
        intro: `${sign_headline(r, '')}.`,
        header: ['Reference', 'Digest', 'Size', ...(multiFormat(r) ? ['Formats'] : []), 'Roles', 'Trust server'],
        rows: r.signed.map((s) => [
            { code: s.reference },
            { code: s.digest },
            String(s.size),
            ...(multiFormat(r) ? [formatsCell(s)] : []),
            signedIn(s),
            s.trustServer ?? '-',
        ]),
    }),
    done: (r) => sign_headline({ ...r, signerName: undefined }, ''),
});

// EXTERNAL MODULE: ./lib/operations/signer-name.js
var signer_name = __nccwpck_require__(1492);
;// CONCATENATED MODULE: ./lib/commands/signer-add.js
// `signer-add`: add a signer's public keys to repositories, as `docker trust
// signer add` does, with the repository key. The root key creates the trust
// data of a repository that has none yet.






function outcome(r) {
    if (r.initialized)
        return 'created its trust data, with the signer';
    return r.changed ? 'added' : 'unchanged: already a signer with these keys';
}
/** The repositories whose trust data was created, with their new root key IDs. */
function rootKeyIds(r) {
    return r.repositories.flatMap((x) => (x.rootKeyId ? [{ gun: x.gun, rootKeyId: x.rootKeyId }] : []));
}
/** New trust data is trusted on first use by whoever reads it next; its root key ID pins it instead. */
function pinHint(r, log) {
    const created = rootKeyIds(r);
    if (created.length === 0)
        return '';
    const rows = created.map((x) => [x.gun, x.rootKeyId]);
    const input = log ? 'the trust-pin input' : '--trust-pin';
    return `\nPin the new root in later runs: give its root key ID as ${input}.\n\n${table([['REPOSITORY', 'ROOT KEY ID'], ...rows])}`;
}
const signerAddSpec = defineCommand({
    name: 'signer-add',
    summary: 'add a signer, as docker trust signer add',
    help: {
        usage: '[options] --signer-name NAME --signer-public-key PATH REPOSITORY...',
        about: `
Make NAME a signer of each REPOSITORY (registry/repository, no tag), as
\`docker trust signer add\` does: its public keys go into the roles
targets/NAME and targets/releases, signed with the repository key. Adding a
signer that already has these keys changes nothing.

A repository without trust data is created on the way when the root key is
given too. Every REPOSITORY is checked before anything is published.`,
        examples: `
# Let the CI key (from dct-sign key-generate --signer-name ci) sign an image.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$REPOSITORY_PASSPHRASE"
dct-sign signer-add --signer-name ci --signer-public-key ci.pub \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key \\
    registry.example.com/team/app`,
        exitCodes: [
            [0, 'NAME is a signer of every REPOSITORY with these keys'],
            [1, 'adding failed: the repository key is not the one the repository\ntrusts, no trust data and no root key, the trust data, the registry or\ntrust server'],
            [2, 'the command line is wrong: unknown option, missing REPOSITORY,\nsigner name, public key or repository key, an invalid name, a key file\nthat is missing or not a key or its passphrase is wrong'],
        ],
    },
    inputs: [
        repositoriesInput('the repositories, registry/repository'),
        use('signer-name', {
            group: 'Signer',
            help: 'the signer to add (required)',
            required: 'name the signer to add (lowercase letters, digits, - and _)',
            parse: (value, input) => (0,signer_name/* validateSignerName */._F)(value.trim(), input),
        }),
        use('signer-public-key', {
            required: "give the signer's public key: the .pub file of dct-sign key-generate or docker trust key generate",
            parse: operations_inputs/* readPublicKeyList */.VP,
        }),
        ...keyInputs('repository-key', { required: 'give {repository-key}, which signs the signer in' }),
        ...keyInputs('root-key', { help: 'root key file; only for a repository without trust data' }),
        ...connectionInputs(),
    ],
    options: (v, ctx) => ({
        references: referencesOf(v),
        name: v.string('signer-name').trim(),
        signerPublicKeys: (v.parsed('signer-public-key') ?? []).flat(),
        repositoryKey: v.key('repository-key'),
        rootKey: v.key('root-key'),
        ...connectionOptions(v, ctx),
    }),
    operation: withLoadedKeys(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(410), __nccwpck_require__.e(520), __nccwpck_require__.e(196), __nccwpck_require__.e(696), __nccwpck_require__.e(180)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6180))).signerAdd, ({ repositoryKey, rootKey, ...rest }, load) => ({
        ...rest,
        repositoryKey: load(repositoryKey),
        rootKey: rootKey ? load(rootKey) : undefined,
    })),
    outputs: [
        {
            name: 'signer-key-id',
            description: 'the key ID of each signer-public-key, one per line',
            value: (r) => r.keyIds.join('\n'),
        },
        {
            name: 'root-key-id',
            description: 'the root key ID of each repository whose trust data it created, one per line in the order of tags (empty when it created ' +
                'none): give it as trust-pin to later runs',
            value: (r) => rootKeyIds(r).map((x) => x.rootKeyId).join('\n'),
        },
    ],
    json: { help: 'print {name, keyIds, repositories} as JSON; a repository it created has its rootKeyId', value: (r) => r },
    text: (r, view) => {
        const keys = r.keyIds.map((id) => `  ${id}\n`).join('');
        const rows = r.repositories.map((x) => [x.gun, outcome(x)]);
        return `Signer ${r.name} with ${plural(r.keyIds.length, 'key')}:\n${keys}\n${table([['REPOSITORY', 'RESULT'], ...rows])}${pinHint(r, view.log)}`;
    },
    summaryOf: (r) => ({
        intro: `Signer ${r.name} with ${plural(r.keyIds.length, 'key')}: ${r.keyIds.map(shortId).join(', ')}.`,
        header: ['Repository', 'Change', 'Trust server'],
        rows: r.repositories.map((x) => [{ code: x.gun }, outcome(x), x.trustServer]),
    }),
    done: (r) => `Signer ${r.name} added to ${plural(r.repositories.filter((x) => x.changed).length, 'repository', 'repositories')}`,
});

;// CONCATENATED MODULE: ./lib/commands/signer-remove.js
// `signer-remove`: remove a signer from repositories, as `docker trust signer
// remove` does, with the repository key. Removing the signer whose signature
// keeps targets/releases valid needs `force`.





const INVALIDATED = 'its tags do not verify until someone signs again';
/** The note for a repository whose targets/releases the removal invalidates, naming the tags the next sign drops. */
function noteOf(x) {
    if (!x.releasesInvalidated)
        return '';
    const dropped = x.droppedAtNextSign;
    return dropped.length > 0 ? `${INVALIDATED}; that drops ${dropped.join(', ')}` : INVALIDATED;
}
const signerRemoveSpec = defineCommand({
    name: 'signer-remove',
    summary: 'remove a signer, as docker trust signer remove',
    help: {
        usage: '[options] --signer-name NAME REPOSITORY...',
        about: `
Remove the signer NAME from each REPOSITORY (registry/repository, no tag), as
\`docker trust signer remove\` does: the role targets/NAME goes, and NAME's
keys leave targets/releases. If NAME's signature is the only one that keeps
targets/releases valid, removing NAME needs --force, as docker asks: its tags
do not verify until a remaining signer signs, refreshes or revokes, which
re-signs targets/releases with the tags the remaining signers' own roles
vouch for. The tags only NAME vouched for drop then; they are named before
anything is removed.`,
        examples: `
# A CI key that leaked: it can no longer sign the image.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$REPOSITORY_PASSPHRASE"
dct-sign signer-remove --signer-name ci \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key \\
    registry.example.com/team/app`,
        exitCodes: [
            [0, 'NAME is no longer a signer of any REPOSITORY'],
            [1, 'removing failed: the repository key is not the one the repository\ntrusts, the trust data, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, missing REPOSITORY,\nsigner name or repository key; a key file that is missing or not a key\nor its passphrase is wrong; NAME is no signer; --force is needed'],
        ],
    },
    inputs: [
        repositoriesInput('the repositories, registry/repository'),
        use('signer-name', {
            group: 'Signer',
            help: 'the signer to remove (required)',
            required: 'name the signer to remove',
            parse: (value, input) => (0,signer_name/* validateRemovableSignerName */.HB)(value.trim(), input),
        }),
        use('force'),
        ...keyInputs('repository-key', { required: 'give {repository-key}, which signs the removal' }),
        ...connectionInputs(),
    ],
    options: (v, ctx) => ({
        references: referencesOf(v),
        name: v.string('signer-name').trim(),
        repositoryKey: v.key('repository-key'),
        force: v.boolean('force'),
        ...connectionOptions(v, ctx),
    }),
    operation: withLoadedKeys(async () => (await Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(410), __nccwpck_require__.e(520), __nccwpck_require__.e(196), __nccwpck_require__.e(696), __nccwpck_require__.e(315)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3315))).signerRemove, ({ repositoryKey, ...rest }, load) => ({ ...rest, repositoryKey: load(repositoryKey) })),
    outputs: [],
    json: { help: 'print {name, repositories} as JSON', value: (r) => r },
    text: (r) => {
        // The NOTE column only when a repository needs one.
        const notes = r.repositories.some((x) => x.releasesInvalidated);
        const rows = r.repositories.map((x) => [
            x.gun,
            x.removedKeyIds.map(shortId).join(', ') || '-',
            ...(notes ? [noteOf(x)] : []),
        ]);
        const header = ['REPOSITORY', 'KEYS REMOVED', ...(notes ? ['NOTE'] : [])];
        return `Removed signer ${r.name} from ${plural(r.repositories.length, 'repository', 'repositories')}\n\n${table([header, ...rows])}`;
    },
    summaryOf: (r) => ({
        intro: `Removed signer ${r.name}.`,
        header: ['Repository', 'Keys removed', 'Note'],
        rows: r.repositories.map((x) => [{ code: x.gun }, x.removedKeyIds.map(shortId).join(', '), noteOf(x)]),
    }),
    done: (r) => `Signer ${r.name} removed from ${plural(r.repositories.length, 'repository', 'repositories')}`,
});

;// CONCATENATED MODULE: ./lib/commands/verify.js
// `verify`: the gate before a deploy. Are these tags signed (by the required
// signers), and does the registry still serve what was signed? The outputs
// pin the tags that passed to their digests, for later steps to deploy by;
// then the command fails with one line per failing reference.






const verify_INPUTS = [
    referencesInput('the tags to verify, registry/repository:tag', 'registry/repository:tag', parseVerifyReference),
    use('required-signers'),
    use('signer-policy'),
    use('formats'),
    use('formats-policy'),
    use('cosign-public-key', { parse: operations_inputs/* readPublicKeyList */.VP }),
    // Each PEM block an anchor; the operation says when none is given with notation.
    use('notation-trust-anchor', { parse: operations_inputs/* readPublicKeyList */.VP }),
    use('notation-identity'),
    ...connectionInputs(),
];
/** `registry/repository@sha256:…` of each reference that passed: a later step must never deploy an unverified digest. */
function pinnedReferences(result) {
    return result.references.flatMap((r) => (r.ok && r.pinned ? [r.pinned] : []));
}
function verifiedEntries(result) {
    return result.references.map((r) => ({
        reference: r.reference,
        tag: r.tag,
        ok: r.ok,
        ...(r.reason ? { reason: r.reason } : {}),
        signers: r.signers,
        signedDigest: r.signedDigest ?? null,
        registryDigest: r.registryDigest ?? null,
        pinned: r.ok ? (r.pinned ?? null) : null,
        message: r.message,
        formats: r.formats,
        ...(r.cosignSigners ? { cosignSigners: r.cosignSigners } : {}),
        ...(r.notationSigners ? { notationSigners: r.notationSigners } : {}),
        ...(r.warnings ? { warnings: r.warnings } : {}),
    }));
}
/** One line per failing reference: the reference, the reason, and the core's message without the reference again. */
function failureLines(result) {
    return result.references
        .filter((r) => !r.ok)
        .map((r) => {
        const prefix = `${r.reference}: `;
        const message = r.message.startsWith(prefix) ? r.message.slice(prefix.length) : r.message;
        return `${r.reference} (${r.reason ?? 'failed'}): ${message}`;
    });
}
function signedBy(r) {
    if (r.signedDigest === undefined)
        return '-';
    if (r.signers.length === 0 && !r.formats.includes('dct')) {
        const registry = [...(r.cosignSigners ?? []), ...(r.notationSigners ?? [])];
        if (registry.length > 0)
            return registry.join('; ');
    }
    return r.signers.length > 0 ? r.signers.join(', ') : '(Repo Admin)';
}
/** Whether any reference was checked in more than DCT: then the formats verified are shown per reference. */
const verify_multiFormat = (r) => r.references.some((x) => x.formats.some((f) => f !== 'dct') || /^(cosign|notation)-/.test(x.reason ?? ''));
const verify_formatsCell = (x) => (x.formats.length > 0 ? x.formats.join(', ') : 'none');
/** `notation-trust-anchor`: each PEM block an anchor, named by its place for messages. */
function anchorsOf(given) {
    const pems = given.flat();
    return pems.map((pem, i) => ({ source: pems.length > 1 ? `notation-trust-anchor #${i + 1}` : 'notation-trust-anchor', pem }));
}
const verifySpec = defineCommand({
    name: 'verify',
    summary: 'check tags are signed and served as signed; print them pinned',
    help: {
        usage: '[options] REFERENCE...',
        about: `
Check that each REFERENCE (registry/repository:tag; without a tag, latest) is
signed, by the required signers if any are named, and that the registry still
serves the digest that was signed: what a pull with content trust checked
before docker stopped enforcing it. For each one that passes, print the
reference pinned to the signed digest (registry/repository@sha256:...), which
is what to pull or deploy.

The table goes to stdout; each failure is also a line on stderr with its
reason: unsigned, wrong-signer, digest-changed, expired, untrusted-root,
no-trust-data, invalid-trust-data, cosign-unsigned, cosign-invalid,
notation-unsigned or notation-invalid. Verifying needs no key.

With --formats cosign (or dct,cosign) cosign signatures count too: cosign 2's
.sig and cosign 3's bundle, checked by dct-sign itself. Any one format
verified is enough; --formats-policy all needs every one. Without
--cosign-public-key the keys are the repository's current signers' keys, read
and verified from its trust data, so a dual-signing repository needs no new
input. Under any, a trust server that cannot be reached does not fail a
reference another format verified: it is a warning.

With --formats notation, notation signatures (the Notary Project) count: the
chain must lead to a --notation-trust-anchor (a CA, or a self-signed signing
certificate, as notation's ca trust store holds them), the leaf's key usage
and extended key usage must be right, every certificate valid now (the
signing time is only the signer's claim), and the subject must match a
--notation-identity (x509.subject: C=…, ST=…, O=…), which is required unless
every anchor is itself a signing certificate. There is no revocation check:
no network beyond the registry is reached.`,
        examples: `
# Deploy only what the release signer signed, by digest.
dct-sign verify --required-signers release registry.example.com/team/app:1.4.2

# During the move to Sigstore: DCT or cosign, the cosign signatures checked
# against the repository's own signers' keys.
dct-sign verify --formats dct,cosign registry.example.com/team/app:1.4.2

# After it: cosign alone, with the cosign public key (no trust server).
dct-sign verify --formats cosign --cosign-public-key cosign.pub registry.example.com/team/app:1.4.2

# The Notary Project gate (ACR): notation signatures through a CA, for one identity.
dct-sign verify --formats notation --notation-trust-anchor ca.crt \\
    --notation-identity 'x509.subject: C=US, ST=WA, O=Example, CN=ci' myregistry.azurecr.io/myimage:v1

# The pinned references alone, for the next step of a pipeline.
dct-sign verify --json registry.example.com/team/app:1.4.2 | jq -r '.references[]'`,
        exitCodes: [
            [0, 'every REFERENCE is signed as required and served as signed'],
            [1, 'a REFERENCE failed verification (see its line on stderr), or the\nregistry or trust server failed or refused the login'],
            [2, 'the command line is wrong: unknown option, missing REFERENCE,\na --signer-policy other than any or all, --formats without dct and\nwithout --cosign-public-key, or with an input only DCT uses'],
        ],
    },
    inputs: verify_INPUTS,
    rules: [dctOnlyRule(verify_INPUTS)],
    options: (v, ctx) => ({
        references: referencesOf(v),
        requiredSigners: v.list('required-signers'),
        signerPolicy: v.string('signer-policy') === 'all' ? 'all' : 'any',
        formats: formatsOf(v),
        formatsPolicy: v.string('formats-policy') === 'all' ? 'all' : 'any',
        cosignPublicKeys: (v.parsed('cosign-public-key') ?? []).flat(),
        notationTrustAnchors: anchorsOf(v.parsed('notation-trust-anchor') ?? []),
        notationIdentities: (v.string('notation-identity') ?? '').split(/\r?\n/).map((i) => i.trim()).filter((i) => i !== ''),
        ...connectionOptions(v, ctx),
    }),
    operation: async () => {
        // The key module is loaded only when keys were given.
        const { verify } = await Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(410), __nccwpck_require__.e(520), __nccwpck_require__.e(196), __nccwpck_require__.e(682)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9682));
        return async ({ cosignPublicKeys, ...rest }) => {
            const keys = cosignPublicKeys && cosignPublicKeys.length > 0 ? (await Promise.all(/* import() */[__nccwpck_require__.e(201), __nccwpck_require__.e(520), __nccwpck_require__.e(935)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5935))).loadCosignPublicKeys(cosignPublicKeys) : [];
            return verify({ ...rest, cosignPublicKeys: keys });
        };
    },
    infoAsDebug: true,
    outputs: [
        {
            name: 'references',
            description: 'the digest-pinned reference (registry/repository@sha256:…) of each verified tag, one per line in the order of tags: ' +
                'what a content-trust pull fetches. Failing tags are left out.',
            value: (r) => pinnedReferences(r).join('\n'),
        },
        {
            name: 'verified',
            description: 'JSON array in the order of tags: objects with reference, tag, ok, reason (when not ok: unsigned, wrong-signer, ' +
                'digest-changed, expired, untrusted-root, no-trust-data, invalid-trust-data, cosign-unsigned, cosign-invalid, ' +
                'notation-unsigned or notation-invalid), signers, signedDigest, registryDigest, pinned, message, formats (the ' +
                'formats that verified), and cosignSigners, notationSigners and warnings when there are any',
            value: (r) => JSON.stringify(verifiedEntries(r)),
        },
    ],
    json: {
        help: 'print {ok, references, verified} as JSON',
        value: (r) => ({ ok: r.ok, references: pinnedReferences(r), verified: verifiedEntries(r) }),
    },
    text: (r) => {
        const many = verify_multiFormat(r);
        const rows = r.references.map((x) => [
            x.reference,
            x.ok ? 'ok' : (x.reason ?? 'failed'),
            ...(many ? [verify_formatsCell(x)] : []),
            signedBy(x),
            x.ok ? (x.pinned ?? '-') : '-',
        ]);
        return table([['REFERENCE', 'RESULT', ...(many ? ['FORMATS'] : []), 'SIGNED BY', 'PINNED'], ...rows]);
    },
    summaryOf: (r) => ({
        intro: `Verified ${r.references.filter((x) => x.ok).length} of ${plural(r.references.length, 'reference')}.`,
        header: ['Reference', 'Result', 'Signers', 'Pinned reference', 'Details'],
        rows: r.references.map((x) => [
            { code: x.reference },
            x.ok ? '✅ verified' : `❌ ${x.reason ?? 'failed'}`,
            x.signers.join(', '),
            x.ok && x.pinned ? { code: x.pinned } : '',
            x.ok ? '' : x.message,
        ]),
    }),
    failures: failureLines,
    done: (r) => `Verified ${plural(r.references.length, 'reference')}`,
});

;// CONCATENATED MODULE: ./lib/commands/registry.js
// The commands, once, in the order every list of them shows (help,
// action.yml, task.json, docs/commands.md). A spec is light; its operation
// is loaded only when it runs.











const COMMANDS = [
    signSpec,
    inspectSpec,
    verifySpec,
    revokeSpec,
    signerAddSpec,
    signerRemoveSpec,
    keyGenerateSpec,
    certificateSpec,
    rotateKeySpec,
    refreshSpec,
    migrateSpec,
];
/** The label of each command in the task's `command` pickList (task.json). */
const TASK_LABELS = {
    sign: 'Sign image tags',
    inspect: 'Inspect trust data',
    verify: 'Verify signed tags',
    revoke: 'Revoke signed tags',
    'signer-add': 'Add a signer to repositories',
    'signer-remove': 'Remove a signer from repositories',
    'key-generate': 'Generate a signer key',
    certificate: 'Make a code-signing certificate for notation',
    'rotate-key': 'Rotate a repository key',
    refresh: 'Refresh expiring trust data',
    migrate: 'Migrate signed tags to cosign',
};
/** What the action and the task run when `command` is empty. */
const DEFAULT_COMMAND = 'sign';
const COMMAND_NAMES = COMMANDS.map((c) => c.name);
function findCommand(name) {
    return COMMANDS.find((c) => c.name === name);
}

;// CONCATENATED MODULE: ./lib/commands/secret-env.js
// The environment a run hands its operation, and with it every child it
// starts (docker push, docker-credential-*): the caller's, without the
// variables that hold a secret. Which those are is written once, in the
// catalogue: each secret input's environment fallbacks (DCT_SIGNER_KEY, the
// passphrase variables); each platform adds the variables it gives its
// secret inputs in (the action's INPUT_SIGNER-KEY, the task's ENDPOINT_AUTH_*).
// No operation reads a secret from the environment: the adapters read them.

/** A key, a passphrase or password, or a login (whose password is secret). */
function isSecretInput(input) {
    return input.kind === 'key' || input.kind === 'secret' || input.kind === 'login';
}
/** The environment fallbacks of every secret input of every command. */
const SECRET_ENV_NAMES = [...new Set(ALL_INPUTS.filter(isSecretInput).flatMap((i) => i.env ?? []))];
/** `env` without the catalogue's secret variables and the platform's `platform` ones. */
function withoutSecrets(env, platform = { names: [] }) {
    const names = new Set([...SECRET_ENV_NAMES, ...platform.names].map((n) => n.toUpperCase()));
    const prefixes = (platform.prefixes ?? []).map((p) => p.toUpperCase());
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        // Names compared case-blind: Windows' environment is, and a lower-case copy is the same secret.
        const upper = name.toUpperCase();
        if (names.has(upper) || prefixes.some((p) => upper.startsWith(p)))
            continue;
        out[name] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/commands/run.js
// Running a command the same way on every platform, once values.ts has read
// its inputs: log docker push in when it pushes with a login, take the
// secrets out of the environment the operation and its children get, load its
// operation (only now: a run loads the one command it runs), run it and say
// how it ended (runCommand). How the adapters show the result is theirs.


/** The one registry of a login: its own, else that of the references (the core refuses a login for several). */
function loginRegistry(login, values) {
    if (login.registry)
        return login.registry;
    return values.parsed('tags')?.[0]?.registry;
}
/** The core's info lines as debug lines, for a command whose result repeats them. */
function quieter(logger) {
    return { ...logger, info: (message) => logger.debug(message) };
}
/** Runs the operation with the inputs `readInputs` read. */
async function execute(spec, values, context, operation) {
    const login = values.login();
    const registry = login && spec.pushes?.(values) ? loginRegistry(login, values) : undefined;
    // Loaded only for a push with a login: a new process that does not push starts sooner without it.
    const dockerLogin = login && registry ? await __nccwpck_require__.e(/* import() */ 500).then(__nccwpck_require__.bind(__nccwpck_require__, 1500)) : undefined;
    const dockerConfig = login && registry && dockerLogin ? await dockerLogin.writeDockerConfig(login, registry, context.tempDirectory, (s) => context.maskSecret(s)) : undefined;
    const stopWatching = dockerConfig ? dockerLogin?.removeOnInterrupt(dockerConfig) : undefined;
    try {
        // docker push and credential helpers inherit it: no secret variable goes with it.
        const env = withoutSecrets(context.env, context.secretVariables);
        const ctx = {
            ...context,
            ...(spec.infoAsDebug ? { logger: quieter(context.logger) } : {}),
            env: dockerConfig ? { ...env, DOCKER_CONFIG: dockerConfig } : env,
        };
        const options = spec.options(values, ctx);
        const run = (operation ?? (await spec.operation()));
        return await run(options);
    }
    finally {
        stopWatching?.();
        if (dockerConfig)
            await dockerLogin?.removeDockerConfig(dockerConfig);
    }
}
/**
 * Runs the command (execute) and says how it ended, alike on every
 * platform: its result with the failures its spec finds in it (verify), or,
 * when the operation published but could not save the trust state
 * (StateNotSavedError), the result it carries with that error as a failure,
 * so that it is shown as on success and the run still fails.
 */
async function runCommand(spec, values, context, operation) {
    let result;
    const failures = [];
    try {
        result = await execute(spec, values, context, operation);
    }
    catch (err) {
        if (!(err instanceof errors/* StateNotSavedError */.cX))
            throw err;
        result = err.result;
        failures.push(err.message);
    }
    return { result, failures: [...(spec.failures?.(result) ?? []), ...failures] };
}

;// CONCATENATED MODULE: ./lib/commands/values.js
// Reading a command's inputs through a platform's reader, the same way for
// every platform: secrets first (masked by the reader as it reads them),
// then each input with its default, its choices and its parse, then the
// command's rules, the login last. Errors are InputErrors that name the
// input in kebab-case; each platform spells the name its way.



/** `{signer-key}` in a message, in the platform's words. */
function inWords(message, name) {
    return message.replace(/\{([a-z-]+)\}/g, (_, input) => name(input));
}
function inputError(input, message, reader) {
    return new errors/* InputError */.dz(input, inWords(message, (n) => reader.name(n)));
}
/** Whether an input applies, given what its `when` input holds. */
function applies(input, raw) {
    if (!input.when)
        return true;
    const other = raw.get(input.when.input);
    return typeof other === 'string' && other.trim() === input.when.equals;
}
function readOne(input, spec, reader) {
    switch (input.kind) {
        case 'list': {
            const items = reader.list(input);
            return items.length === 0 && typeof input.default === 'string' ? (0,operations_inputs/* splitList */.ry)(input.default) : items;
        }
        case 'boolean':
            return reader.boolean(input) ?? (input.default === true);
        case 'secret':
            return reader.secret(input);
        case 'key':
            return reader.key(input, spec.inputs.find((i) => i.name === passphraseOf(input.name)));
        case 'login':
            return undefined;
        default: {
            const value = reader.text(input);
            return value ?? (typeof input.default === 'string' ? input.default : undefined);
        }
    }
}
function isMissing(value) {
    return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
function given(value) {
    return !isMissing(value) && value !== false;
}
function checkRule(rule, raw, reader) {
    switch (rule.kind) {
        case 'together': {
            const [a, b] = rule.inputs;
            if (given(raw.get(a)) !== given(raw.get(b)))
                throw inputError(given(raw.get(a)) ? b : a, rule.message, reader);
            return;
        }
        case 'one-of':
            if (!rule.inputs.some((name) => given(raw.get(name))))
                throw inputError(rule.inputs[0], rule.message, reader);
            return;
        case 'single': {
            const items = raw.get(rule.input);
            if (Array.isArray(items) && items.length > 1)
                throw inputError(rule.input, rule.message.replace('{count}', String(items.length)), reader);
            return;
        }
        case 'only-with':
            // Checked before parsing (applyOnlyWith).
            return;
    }
}
/** An enum's value, or each item of a list, must be one of the input's choices. */
function checkChoices(input, value) {
    if (!input.choices)
        return;
    const items = typeof value === 'string' ? [value.trim()] : Array.isArray(value) ? value : [];
    for (const item of items) {
        if (!input.choices.includes(item))
            throw new errors/* InputError */.dz(input.name, `"${item}" is not one of ${input.choices.join(', ')}`);
    }
}
/** `the a input`, `the a, b and c inputs`: the phrase each platform turns into its own names (the CLI's flags, the task's camelCase). */
function inputsPhrase(names) {
    const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
    return `the ${listed} input${names.length > 1 ? 's' : ''}`;
}
/**
 * An `only-with` rule: without its value in the list, the inputs given are
 * refused, and those the environment gave are dropped (as not given).
 */
function applyOnlyWith(rule, inputs, raw, reader) {
    const control = inputs.find((i) => i.name === rule.input);
    // A misspelt format is named as such, not as a reason to refuse the others.
    if (control)
        checkChoices(control, raw.get(rule.input));
    const held = raw.get(rule.input);
    const listed = Array.isArray(held) ? held : typeof held === 'string' ? (0,operations_inputs/* splitList */.ry)(held) : [];
    if (listed.includes(rule.value))
        return;
    const refused = [];
    for (const name of rule.inputs) {
        const input = inputs.find((i) => i.name === name);
        if (!input || !given(raw.get(name)))
            continue;
        if (reader.fromEnvironment?.(input))
            raw.set(name, input.kind === 'boolean' ? false : undefined);
        else
            refused.push(name);
    }
    if (refused.length > 0)
        throw inputError(refused[0], rule.message.replace('{refused}', inputsPhrase(refused)), reader);
}
/** With a login for one registry, every reference must be in it: its credentials go nowhere else. */
function checkLoginRegistry(login, parsed, reader) {
    if (!login?.registry)
        return;
    for (const [name, value] of parsed) {
        if (!Array.isArray(value))
            continue;
        for (const ref of value) {
            const r = ref;
            if (typeof r?.registry !== 'string' || r.registry.toLowerCase() === login.registry)
                continue;
            throw inputError(name, `${r.original} is in ${r.registry}, but {login} is for ${login.registry}; its credentials are only sent there, ` +
                'so run once for each registry', reader);
        }
    }
}
class Values {
    #raw;
    #parsed;
    #login;
    constructor(raw, parsed, login) {
        this.#raw = raw;
        this.#parsed = parsed;
        this.#login = login;
    }
    string(name) {
        const v = this.#raw.get(name);
        return typeof v === 'string' && v.trim() !== '' ? v : undefined;
    }
    list(name) {
        const v = this.#raw.get(name);
        return Array.isArray(v) ? [...v] : [];
    }
    boolean(name) {
        return this.#raw.get(name) === true;
    }
    key(name) {
        const v = this.#raw.get(name);
        return typeof v === 'object' && v !== null && !Array.isArray(v) && 'text' in v ? v : undefined;
    }
    login() {
        return this.#login;
    }
    parsed(name) {
        return this.#parsed.get(name);
    }
}
/** Reads, checks and parses every input `spec` takes. */
async function readInputs(spec, reader) {
    const inputs = spec.inputs;
    const raw = new Map();
    const always = inputs.filter((i) => !i.when);
    // Secrets first: whatever fails later, they are masked by then.
    for (const input of always)
        if (input.kind === 'secret' || input.kind === 'key')
            raw.set(input.name, readOne(input, spec, reader));
    for (const input of always)
        if (!raw.has(input.name))
            raw.set(input.name, readOne(input, spec, reader));
    // An input that applies only with another's value is not read otherwise: a bad value there cannot fail the run.
    for (const input of inputs)
        if (input.when)
            raw.set(input.name, applies(input, raw) ? readOne(input, spec, reader) : undefined);
    for (const rule of spec.rules ?? [])
        if (rule.kind === 'only-with')
            applyOnlyWith(rule, inputs, raw, reader);
    const parsed = new Map();
    for (const input of inputs) {
        if (!applies(input, raw))
            continue;
        const value = raw.get(input.name);
        if (input.required && isMissing(value))
            throw inputError(input.name, input.required, reader);
        checkChoices(input, value);
        if (typeof value === 'string')
            raw.set(input.name, input.kind === 'enum' ? value.trim() : value);
        if (!input.parse || isMissing(value))
            continue;
        const parse = input.parse;
        if (!Array.isArray(value))
            parsed.set(input.name, await parse(value, input.name));
        else {
            // One item after another, so the first bad item is the one named.
            const items = [];
            for (const item of value)
                items.push(await parse(item, input.name));
            parsed.set(input.name, items);
        }
    }
    for (const rule of spec.rules ?? [])
        checkRule(rule, raw, reader);
    const loginInput = inputs.find((i) => i.kind === 'login');
    const login = loginInput ? await reader.login(loginInput) : undefined;
    checkLoginRegistry(login, parsed, reader);
    return new Values(raw, parsed, login);
}

// EXTERNAL MODULE: ./lib/version.js
var version = __nccwpck_require__(3411);
;// CONCATENATED MODULE: ./lib/cli/exit-codes.js
// dct-sign's exit codes: 0 done, 1 the operation failed (or, for verify, a
// reference failed verification), 2 the command line cannot be run as written.
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

// EXTERNAL MODULE: ./lib/http/proxy.js
var http_proxy = __nccwpck_require__(768);
;// CONCATENATED MODULE: ./lib/cli/early-connections.js
// The trust servers a command will ask first, known as soon as its command
// line is read: the CLI opens their TCP connections then (http/preconnect.ts),
// while the operation, the key and the TLS context are still loading.



/**
 * Early connections per trust server: a sign's first wave asks root,
 * timestamp, snapshot, targets and the signer's two delegations at once, and
 * over HTTP/1.1 (notary-server offers no HTTP/2) each takes its own
 * connection; the wave waits for its slowest GET, so each must have its
 * handshake behind it. Those a read does not use are closed after a few
 * seconds; an HTTP/2 server needs one, and the transport closes the rest as
 * soon as it answers in HTTP/2.
 */
const TRUST_READ_CONNECTIONS = 6;
/**
 * The trust server URLs of the command's references, where opening them early
 * helps: not for a command that runs docker push first (the connection would
 * sit idle for the push), nor when only cosign signatures are asked for (no
 * trust server is contacted), nor for a server reached through a proxy (the
 * connection goes to the proxy, which the transport opens itself).
 */
function earlyConnections(spec, values, env) {
    if (!spec.inputs.some((i) => i.name === 'trust-server'))
        return [];
    if (spec.pushes?.(values))
        return [];
    // With cosign alone no trust server is contacted.
    if (!formatsOf(values).includes('dct'))
        return [];
    const refs = values.parsed('tags') ?? [];
    try {
        const proxy = (0,http_proxy/* proxyRulesFromEnv */.TD)(env);
        const registries = new Set(refs.map((r) => r.registry));
        const urls = [...new Set([...registries].map((registry) => (0,trust_server_url/* resolveTrustServer */._)(registry, values.string('trust-server'), env)))].map((u) => new URL(u));
        return urls.filter((url) => !proxy.proxyFor(url));
    }
    catch {
        // A bad proxy or trust server setting: the operation names it; nothing is opened early.
        return [];
    }
}

;// CONCATENATED MODULE: ./lib/cli/flags.js
// A command's flags, made from its spec: each input becomes the flags of its
// kind (a key `--X-file`, `--X`; a login `--username`, `--password`,
// `--password-stdin`; a boolean that defaults to true also `--no-X`), in the
// spec's help groups, then the output group. The operand input is the
// command's arguments. parseArgs options and the help come from this table,
// so a flag cannot exist without its help line.
const flags_option = (name, value, description, extra = {}) => ({
    name,
    type: 'string',
    value,
    description,
    ...extra,
});
const toggle = (name, description, extra = {}) => ({
    name,
    type: 'boolean',
    description,
    ...extra,
});
const HELP_FLAG = toggle('help', 'show this help', { short: 'h' });
/** The flags that give one input. */
function flagsOf(input) {
    const { name, help } = input;
    switch (input.kind) {
        case 'key':
            return [flags_option(`${name}-file`, 'PATH', help), flags_option(name, 'TEXT', 'the key as PEM or base64 text (discouraged: visible to ps)')];
        case 'login':
            return [
                flags_option('username', 'NAME', "registry user; default: the login in docker's config.json"),
                flags_option('password', 'TEXT', 'its password or token (discouraged: use --password-stdin)'),
                toggle('password-stdin', 'read the password from stdin, like docker login'),
            ];
        case 'boolean':
            return input.negation ? [toggle(name, help), toggle(`no-${name}`, input.negation, { negationOf: name })] : [toggle(name, help)];
        case 'list':
            return [flags_option(name, input.value ?? 'VALUES', help, { multiple: true })];
        case 'secret':
            return [flags_option(name, 'TEXT', help)];
        default:
            return [flags_option(name, input.value ?? 'VALUE', help, input.multiple ? { multiple: true } : {})];
    }
}
/** The input the command's arguments give, if any. */
function operandOf(spec) {
    return spec.inputs.find((i) => i.operand !== undefined);
}
/** The command's flags in help order: its inputs' groups, then Output. */
function flagGroups(spec) {
    const groups = new Map();
    for (const input of spec.inputs) {
        // A list operand is the arguments only; a one-value operand keeps its flag too.
        if (input.operand !== undefined && input.kind === 'list')
            continue;
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
function allFlags(spec) {
    return flagGroups(spec).flatMap((g) => g.flags);
}

;// CONCATENATED MODULE: ./lib/cli/help.js
// The help texts, made from the specs. `dct-sign --help` lists the commands;
// each command's help is usage, what it does, every flag on one line, the
// environment, examples and exit codes, enough for a person to use the
// command without the README.


/** Words on lines of at most `width` characters. */
function wrap(text, width = 78) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        if (line !== '' && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    return [...lines, line].join('\n');
}
/** Where the trust server comes from, for every command that reaches one: the order the code follows, from beside it. */
const TRUST_SERVER_DEFAULT = wrap(`The trust server is --trust-server, else ${trust_server_url/* TRUST_SERVER_FALLBACKS */.Pt}.`);
/** What the commands that reach a registry read from the environment besides their inputs. */
const CONNECTION_ENV = [
    { name: 'DOCKER_CONTENT_TRUST_SERVER', description: 'trust server URL when --trust-server is not given' },
    { name: 'DOCKER_CONFIG', description: "docker's config dir, with the registry logins" },
];
function flagLabel(f) {
    const long = `--${f.name}${f.value ? ` ${f.value}` : ''}`;
    return f.short ? `-${f.short}, ${long}` : long;
}
function columns(rows) {
    const width = Math.max(...rows.map(([left]) => left.length)) + 2;
    return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}
function renderFlagGroups(groups) {
    const width = Math.max(...groups.flatMap((g) => g.flags.map((f) => flagLabel(f).length))) + 2;
    return groups
        .map((g) => [`${g.title}:`, ...g.flags.map((f) => `  ${flagLabel(f).padEnd(width)}${f.description}`)].join('\n'))
        .join('\n\n');
}
/** Each variable an input falls back to, with the flags it stands for. */
function environment(spec) {
    const inputs = new Map();
    for (const input of spec.inputs) {
        for (const name of input.env ?? [])
            inputs.set(name, [...(inputs.get(name) ?? []), `--${input.name}`]);
    }
    const own = [...inputs].map(([name, flags]) => ({ name, description: `${flags.join(', ')} when not given` }));
    const connected = spec.inputs.some((i) => i.kind === 'login') ? CONNECTION_ENV : [];
    return [...own, ...connected, ...(spec.help.env ?? [])];
}
function topLevelHelp(commands) {
    return `Usage: dct-sign <command> [options]

Sign container image tags with Docker Content Trust (Notary v1) from CI,
without docker trust, notary or a docker daemon for the signing itself.

Commands:
${columns([...commands.map((c) => [c.name, c.summary]), ['help', 'show the help of a command: dct-sign help <command>']]).join('\n')}

Run \`dct-sign <command> --help\` for a command's options, \`dct-sign --version\` for the version.
`;
}
const indent = (text) => text
    .split('\n')
    .map((line) => (line === '' ? '' : `  ${line}`))
    .join('\n');
function commandHelp(spec) {
    const connected = spec.inputs.some((i) => i.kind === 'login');
    const env = environment(spec);
    return `Usage: dct-sign ${spec.name} ${spec.help.usage}

${spec.help.about.trim()}${connected ? `\n\n${TRUST_SERVER_DEFAULT}` : ''}

${renderFlagGroups(flagGroups(spec))}
${env.length > 0 ? `\nEnvironment:\n${columns(env.map((v) => [v.name, v.description])).join('\n')}\n` : ''}
Examples:
${indent(spec.help.examples.trim())}

Exit codes:
${spec.help.exitCodes.map(([code, text]) => `  ${code}  ${text.split('\n').join('\n     ')}`).join('\n')}
`;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./lib/cli/usage-error.js
// A command line that cannot be run as written: an unknown command or flag, a
// missing value or reference, flags that exclude each other. The CLI exits
// with 2 for these, and 1 for everything that goes wrong while signing.

class UsageError extends errors/* InputError */.dz {
    /** The command whose help to point at, e.g. `sign`; undefined for the top level. */
    command;
    constructor(input, message, options = {}) {
        super(input, message, { cause: options.cause });
        this.command = options.command;
    }
}

;// CONCATENATED MODULE: ./lib/cli/parse-flags.js
// node:util parseArgs with the CLI's own wording for what it refuses: node's
// messages are long and talk about positionals; ours name the flag and the fix.
// Two things parseArgs would get wrong are settled first: PEM text after a
// flag is its value, though it starts with dashes, and a boolean flag given
// both ways (--push --no-push) is a conflict, not "the last one wins".


function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** The closest known flag, if a typo is likely. */
function suggest(flag, flags) {
    const name = flag.replace(/^-+/, '');
    let best;
    for (const f of flags) {
        const d = distance(name, f.name);
        if (!best || d < best.d)
            best = { name: f.name, d };
    }
    return best && best.d <= Math.max(2, Math.floor(name.length / 4)) ? `--${best.name}` : undefined;
}
/** PEM text (a key, a certificate) starts with dashes, but is never a flag. */
const PEM_START = '-----BEGIN';
/** `--flag PEM` as `--flag=PEM`, for every flag that takes a value: parseArgs takes a value that starts with a dash for a flag. */
function joinPemValues(args, flags) {
    const takesValue = new Set(flags.filter((f) => f.type === 'string').flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]));
    const joined = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            joined.push(...args.slice(i));
            break;
        }
        const next = args[i + 1];
        if (takesValue.has(arg) && next?.startsWith(PEM_START)) {
            joined.push(arg.startsWith('--') ? `${arg}=${next}` : `${arg}${next}`);
            i++;
        }
        else
            joined.push(arg);
    }
    return joined;
}
/** A boolean flag given both ways (`--push --no-push`) is a usage error naming both. */
function checkBothWays(tokens, command) {
    const ways = new Map();
    for (const t of tokens) {
        if (t.kind !== 'option' || !t.name || !t.rawName?.startsWith('--'))
            continue;
        ways.set(t.name, (ways.get(t.name) ?? new Set()).add(t.rawName === `--no-${t.name}` ? `--no-${t.name}` : `--${t.name}`));
    }
    for (const [name, given] of ways) {
        if (given.size > 1)
            throw new UsageError(`--${name}`, `given with --no-${name}; give one of --${name} and --no-${name}`, { command });
    }
}
function parseFlags(args, flags, command) {
    const options = {};
    for (const f of flags) {
        if (f.negationOf)
            continue;
        options[f.name] = { type: f.type, ...(f.short ? { short: f.short } : {}), ...(f.multiple ? { multiple: true } : {}) };
    }
    try {
        const { values, positionals, tokens } = (0,external_node_util_.parseArgs)({
            args: joinPemValues(args, flags),
            options,
            allowPositionals: true,
            allowNegative: true,
            strict: true,
            tokens: true,
        });
        checkBothWays(tokens, command);
        return { values: values, positionals };
    }
    catch (err) {
        if (err instanceof UsageError)
            throw err;
        const { code, message } = err;
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

;// CONCATENATED MODULE: ./lib/cli/process-runner.js
// The CLI's CommandRunner: node's child_process. The child's stdout and
// stderr both go to our stderr as they arrive, so a person sees docker push
// progress while stdout stays reserved for the result; both are also kept
// for the caller. node:child_process is loaded on the first run: most
// commands never start one, and loading it costs a new process milliseconds
// before its first connection.

class ProcessRunner {
    #echo;
    constructor(options = {}) {
        this.#echo = options.echo ?? ((chunk) => process.stderr.write(chunk));
    }
    async run(command, args, options = {}) {
        const { spawnCommand } = await __nccwpck_require__.e(/* import() */ 641).then(__nccwpck_require__.bind(__nccwpck_require__, 641));
        try {
            return await spawnCommand(command, args, { ...options, onStdout: this.#echo, onStderr: this.#echo });
        }
        catch (err) {
            if (options.signal?.aborted && err === options.signal.reason)
                throw err;
            const message = err.code === 'ENOENT'
                ? `${command} was not found on PATH; install the docker CLI, or push the image yourself and pass --no-push`
                : `${command} could not be started: ${err.message}`;
            throw new errors/* DctError */.sY('COMMAND', message, { cause: err });
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./lib/keys/pem.js
var pem = __nccwpck_require__(7110);
;// CONCATENATED MODULE: ./lib/keys/docker-trust-store.js
// The private keys docker keeps for content trust: $DOCKER_CONFIG/trust/private
// (else ~/.docker/trust/private), one `<key ID>.key` PEM file each, named by
// its `role:` header (a signer's name, root or targets), as `docker trust key
// generate` and `docker trust key load` leave them.




function dockerTrustKeyDirectory(env) {
    return (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'trust', 'private');
}
/** The key files in the directory, sorted by name; none when it does not exist. */
function dockerTrustKeys(directory) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(directory).filter((n) => n.endsWith('.key')).sort();
    }
    catch {
        return [];
    }
    return names.map((name) => {
        const path = (0,external_node_path_.join)(directory, name);
        let role;
        try {
            role = (0,pem/* readPem */.J)((0,external_node_fs_.readFileSync)(path, 'utf8')).blocks[0]?.headers.role;
        }
        catch {
            role = undefined;
        }
        return { path, role };
    });
}

;// CONCATENATED MODULE: ./lib/cli/reader.js
// Reading a command's inputs from the command line and the environment:
// flags win over the variables an input falls back to; a key comes from
// `--X-file`, `--X` or its variable, with its passphrase from
// `--X-passphrase` or docker's variable, or, for a signer, from docker's
// trust store by its name; the operand input is the arguments; a password
// may come from stdin. Every secret goes to the redactor as it is read.





function envValue(env, name) {
    const v = env[name];
    return v === undefined || v === '' ? undefined : v;
}
class CliReader {
    #in;
    /** Inputs the command takes, so that a message can name how to give each. */
    #inputs;
    constructor(inputs, spec) {
        this.#in = inputs;
        this.#inputs = new Map(spec.map((i) => [i.name, i]));
    }
    #usage(input, message, cause) {
        return new UsageError(input, message, { command: this.#in.command, ...(cause !== undefined ? { cause } : {}) });
    }
    #flag(name) {
        const v = this.#in.values[name];
        return typeof v === 'string' ? v : Array.isArray(v) ? v.join('\n') : undefined;
    }
    /** The flag, else the first of the input's variables that is set. */
    #withEnv(input) {
        return this.#flag(input.name) ?? (input.env ?? []).map((n) => envValue(this.#in.env, n)).find((v) => v !== undefined);
    }
    text(input) {
        if (input.operand !== undefined && this.#flag(input.name) !== undefined && this.#in.positionals.length > 0) {
            throw this.#usage(`--${input.name}`, `give ${input.operand} or --${input.name}, not both`);
        }
        const value = this.#withEnv(input) ?? (input.operand !== undefined ? this.#operand(input) : undefined);
        return value?.trim() === '' ? undefined : value;
    }
    /** A one-value operand (key-generate NAME), which the flag of the same name may give instead. */
    #operand(input) {
        const [first, ...more] = this.#in.positionals;
        if (more.length > 0)
            throw this.#usage(more[0], `give one ${input.operand}, not ${more.length + 1}`);
        return first;
    }
    list(input) {
        if (input.operand !== undefined)
            return [...this.#in.positionals];
        const v = this.#in.values[input.name];
        const items = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
        return items.flatMap((item) => (0,operations_inputs/* splitList */.ry)(item));
    }
    boolean(input) {
        const v = this.#in.values[input.name];
        return typeof v === 'boolean' ? v : undefined;
    }
    secret(input) {
        const value = this.#withEnv(input);
        this.#in.redactor.add(value);
        return value;
    }
    #readKeyFile(path, flag) {
        if (path.trim() === '')
            throw this.#usage(flag, 'needs the path of a key file');
        try {
            return (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (err) {
            const code = err.code ?? 'unreadable';
            throw this.#usage(flag, `${path} cannot be read (${code}); give the path of a private key file`, err);
        }
    }
    key(input, passphrase) {
        const base = input.name;
        const file = this.#flag(`${base}-file`);
        const inline = this.#flag(base);
        const pass = passphrase ? this.secret(passphrase) : undefined;
        this.#in.redactor.addKey(inline);
        if (file !== undefined && inline !== undefined)
            throw this.#usage(`--${base}`, `give --${base}-file or --${base}, not both`);
        let text;
        let name;
        if (file !== undefined) {
            text = this.#readKeyFile(file, `--${base}-file`);
            name = `--${base}-file ${file}`;
        }
        else if (inline !== undefined) {
            text = inline;
            name = `--${base}`;
        }
        else {
            const variable = (input.env ?? []).find((n) => envValue(this.#in.env, n) !== undefined);
            text = variable ? envValue(this.#in.env, variable) : undefined;
            name = variable ?? `--${base}`;
            const stored = text === undefined && input.fromDockerTrust ? this.#storedKey(input) : undefined;
            if (stored)
                [text, name] = [this.#readKeyFile(stored, `--${base}-file`), stored];
        }
        this.#in.redactor.addKey(text);
        if (text === undefined)
            return undefined;
        if (text.trim() === '')
            throw this.#usage(name, 'the key is empty');
        const passFlag = passphrase && this.#flag(passphrase.name) !== undefined;
        const passEnv = passphrase?.env?.[0];
        return {
            text,
            input: name,
            passphraseInput: passFlag || !passEnv ? `--${base}-passphrase` : `--${base}-passphrase or ${passEnv}`,
            ...(pass !== undefined ? { passphrase: pass } : {}),
        };
    }
    /**
     * As docker does: the one key of docker's trust store whose role is the
     * signer name given. None or several is an error that lists what is there.
     */
    #storedKey(input) {
        // The flag, or the command's NAME (certificate NAME) where signer-name is its operand.
        const nameInput = this.#inputs.get('signer-name');
        const signer = (nameInput?.operand !== undefined ? this.text(nameInput) : this.#flag('signer-name'))?.trim();
        if (!signer)
            return undefined;
        const directory = dockerTrustKeyDirectory(this.#in.env);
        const keys = dockerTrustKeys(directory);
        if (keys.length === 0)
            return undefined;
        const mine = keys.filter((k) => k.role === signer);
        if (mine.length === 1)
            return mine[0].path;
        const found = keys.map((k) => `${(0,external_node_path_.basename)(k.path)} (${k.role ?? 'no role'})`).join(', ');
        const what = mine.length === 0 ? `no key for signer ${signer}` : `${mine.length} keys for signer ${signer}`;
        throw this.#usage(`--${input.name}-file`, `${directory} holds ${what}: ${found}; give the key with --${input.name}-file PATH`);
    }
    async login() {
        let password = this.#flag('password');
        if (this.#in.values['password-stdin'] === true) {
            if (password !== undefined)
                throw this.#usage('--password-stdin', 'give --password or --password-stdin, not both');
            // docker login's --password-stdin: the whole input, without the trailing newline.
            password = (await this.#in.readStdin()).replace(/\r?\n$/, '');
            if (password === '')
                throw this.#usage('--password-stdin', 'stdin was empty; pipe the password in');
        }
        this.#in.redactor.add(password);
        const username = this.#flag('username');
        if ((username === undefined) !== (password === undefined)) {
            const missing = username === undefined ? '--username' : '--password or --password-stdin';
            throw this.#usage(missing, 'give --username together with --password or --password-stdin');
        }
        return username !== undefined && password !== undefined ? { username, password } : undefined;
    }
    /** A value no flag gave: a variable's, or (a signer key) docker's trust store's. */
    fromEnvironment(input) {
        if (input.kind === 'key')
            return this.#flag(`${input.name}-file`) === undefined && this.#flag(input.name) === undefined;
        return this.#flag(input.name) === undefined && (input.env ?? []).some((n) => envValue(this.#in.env, n) !== undefined);
    }
    name(input) {
        const spec = this.#inputs.get(input);
        if (spec?.operand)
            return spec.operand;
        if (spec?.kind === 'login')
            return '--username and --password';
        const env = spec?.env?.[0];
        const flag = spec?.kind === 'key' ? `--${input}-file PATH` : `--${input}`;
        return env && (spec?.kind === 'key' || spec?.kind === 'secret') ? `${flag} or set ${env}` : flag;
    }
}

// EXTERNAL MODULE: ./lib/keys/secret-pieces.js
var secret_pieces = __nccwpck_require__(240);
;// CONCATENATED MODULE: ./lib/cli/redactor.js
// Masks secrets in everything the CLI writes, like core.setSecret does on
// GitHub. The core never puts key material or passphrases in its messages;
// this is the second line of defence for anything that echoes a value back.
// Keys are masked piece by piece as every entrypoint registers them
// (secretPieces), so a key line shows up masked in whatever shape it is in.

const MASK = '***';
/** Shorter values would mask ordinary words; notary wants longer passphrases anyway. */
const MIN_SECRET_LENGTH = 4;
class Redactor {
    #secrets = new Set();
    /** A passphrase, password or token: as given, trimmed, and each of its lines. */
    add(secret) {
        for (const piece of (0,secret_pieces/* passphrasePieces */.m)(secret))
            this.#add(piece);
    }
    /** Key text as the user gave it: PEM, PEM with mangled newlines, or base64 of PEM. */
    addKey(text) {
        for (const piece of (0,secret_pieces/* secretPieces */.o)(text))
            this.#add(piece);
    }
    #add(value) {
        if (value.length >= MIN_SECRET_LENGTH)
            this.#secrets.add(value);
    }
    redact(text) {
        let out = text;
        // Longest first, so a line is masked whole before any part of it.
        for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
            if (out.includes(secret))
                out = out.split(secret).join(MASK);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./lib/cli/stderr-logger.js
// The core's progress on stderr, so that stdout carries only the result
// (a table, or JSON with --json) and can be piped. Warnings are `warning: …`
// lines, as docs/commands.md has them for the CLI.
//
// How much is written is the command line's choice (outputLevel):
// - --verbose adds `debug: …` lines: each request, retry and phase, with its time;
// - --quiet leaves errors and the result only: no progress and no warnings,
//   as the issue that asked for it put it. A script that must not go on past
//   a warning it would not see makes it an error instead (require-pin for a
//   root trusted on first use); the exit code still says whether it failed.

/** The level --quiet and --verbose ask for; both at once is a wrong command line. */
function outputLevel(values, command) {
    const quiet = values.quiet === true;
    const verbose = values.verbose === true;
    if (quiet && verbose) {
        throw new UsageError('--quiet', 'cannot be given with --verbose; give one of them', { command });
    }
    return quiet ? 'quiet' : verbose ? 'verbose' : 'normal';
}
function stderrLogger(options) {
    const { write } = options;
    const level = options.level ?? 'normal';
    return {
        debug(message) {
            if (level === 'verbose')
                write(`debug: ${message}\n`);
        },
        info(message) {
            if (level !== 'quiet')
                write(`${message}\n`);
        },
        warning(message) {
            if (level !== 'quiet')
                write(`warning: ${message}\n`);
        },
    };
}

;// CONCATENATED MODULE: ./lib/cli/cli.js
// The CLI's dispatcher and its one catch: picks the command's spec, parses
// its flags, reads its inputs (a wrong command line exits with 2), runs it
// and prints the result: text on stdout, or --json; progress and warnings on
// stderr. Any error becomes `dct-sign: error: <message>` on stderr and an
// exit code (2 for a wrong command line, 1 for a failed operation); secrets
// are masked in everything written.




















/**
 * The flag (or argument) that gives an input, if the command has one: the
 * core names inputs by the spec's names; a key's first flag is
 * `--<name>-file`, a login's `--username`, and the operand input is the
 * command's arguments.
 */
function flagOfInput(input, spec) {
    const name = input.replace(/\[\d+\]$/, '');
    const operand = spec && operandOf(spec);
    if (operand && name === operand.name && operand.kind === 'list')
        return operand.operand;
    const flags = new Set(spec ? allFlags(spec).map((f) => f.name) : []);
    if (flags.has(`${name}-file`))
        return `--${name}-file`;
    return flags.has(name) ? `--${name}` : undefined;
}
const NAME = [...INPUT_NAMES].sort((a, b) => b.length - a.length).join('|');
/** A core message's "the root-key and repository-key inputs" (or "the a, b and c inputs"): where it has to name inputs in its text. */
const INPUTS_PHRASE = new RegExp(`\\bthe ((?:${NAME})(?:(?:, | and )(?:${NAME}))*) inputs?\\b`, 'g');
/** A core message with the inputs its text names given as the command's flags, where it has them all. */
function inFlagWords(message, spec) {
    return message.replace(INPUTS_PHRASE, (phrase, names) => {
        const parts = names.split(/(, | and )/);
        const flags = parts.map((part, i) => (i % 2 === 1 ? part : flagOfInput(part, spec)));
        return flags.every((f) => f !== undefined) ? flags.join('') : phrase;
    });
}
function describeFailure(err, spec, reading) {
    if (err instanceof UsageError)
        return { message: err.message, exitCode: EXIT_USAGE, command: err.command };
    if (err instanceof errors/* InputError */.dz) {
        const flag = flagOfInput(err.input, spec);
        // A wrong input found while reading the command line is a wrong command line.
        const usage = reading || flag !== undefined || err.input.startsWith('--');
        const exitCode = usage ? EXIT_USAGE : EXIT_FAILED;
        if (flag !== undefined) {
            const message = inFlagWords(err.message.slice(err.input.length + 2), spec);
            return { message: `${flag}: ${message}`, exitCode, command: spec?.name };
        }
        // Not a flag at all (docker config), or a flag named by the CLI itself.
        return { message: inFlagWords(err.message, spec), exitCode, command: spec?.name };
    }
    if (err instanceof errors/* KeyError */.eN) {
        // A key the core names by its input (signer-public-key[1]); keys the CLI read are named by their flag already.
        const flag = flagOfInput(err.input, spec);
        const message = flag !== undefined ? `${flag}: ${err.message.slice(err.input.length + 2)}` : err.message;
        // A key file or passphrase given on the command line that does not work is an input error, as a missing key
        // file is: exit 2, nothing done. A key read from trust data (a certificate) is the trust data's fault: exit 1.
        const given = flag !== undefined || err.input.startsWith('--');
        return { message: inFlagWords(message, spec), exitCode: given ? EXIT_USAGE : EXIT_FAILED, helpHint: false };
    }
    if (err instanceof errors/* DctError */.sY)
        return { message: inFlagWords(err.message, spec), exitCode: EXIT_FAILED };
    return { message: `unexpected failure: ${(0,errors/* errorMessage */.gJ)(err)}`, exitCode: EXIT_FAILED };
}
/** Parses, reads and runs one command; returns the exit code. */
async function runSpec(spec, args, io, out, redactor, state) {
    const { values, positionals } = parseFlags(args, allFlags(spec), spec.name);
    const level = outputLevel(values, spec.name);
    // Every secret on the command line is masked before anything is read, used or not.
    for (const input of spec.inputs) {
        const value = values[input.name];
        if (typeof value !== 'string')
            continue;
        if (input.kind === 'key')
            redactor.addKey(value);
        if (input.kind === 'secret')
            redactor.add(value);
    }
    if (typeof values.password === 'string')
        redactor.add(values.password);
    const textOnly = (spec.viewFlags ?? []).find((f) => f.notWithJson && values[f.name] === true);
    if (textOnly && values.json === true) {
        throw new UsageError(`--${textOnly.name}`, `prints text, and --json prints JSON; give one of --${textOnly.name} and --json`, { command: spec.name });
    }
    const operand = operandOf(spec);
    if (!operand && positionals.length > 0) {
        const flag = spec.inputs.find((i) => i.required)?.name;
        throw new UsageError(positionals[0], `${spec.name} takes no arguments${flag ? `; give --${flag}` : ''}`, { command: spec.name });
    }
    const reader = new CliReader({ values, positionals, env: io.env, readStdin: io.readStdin, redactor, command: spec.name }, spec.inputs);
    const inputs = await readInputs(spec, reader);
    state.reading = false;
    // The command line is good: the first servers' handshakes can run while the operation loads.
    const early = io.preconnect ? earlyConnections(spec, inputs, io.env) : [];
    for (const url of early)
        io.preconnect(url, TRUST_READ_CONNECTIONS);
    // One turn of the event loop sends the connections on their way before the operation's code loads, which node 24 does without yielding.
    if (early.length > 0)
        await new Promise((turn) => setImmediate(turn));
    const cwd = process.cwd();
    const { result, failures } = await runCommand(spec, inputs, {
        logger: stderrLogger({ write: out.stderr, level }),
        runner: io.runner ?? new ProcessRunner(),
        env: io.env,
        workDirectory: cwd,
        tempDirectory: (0,external_node_os_.tmpdir)(),
        maskKey: (text) => redactor.addKey(text),
        maskSecret: (text) => redactor.add(text),
    }, io.operations?.[spec.name]);
    const view = { log: false, flags: new Set((spec.viewFlags ?? []).filter((f) => values[f.name] === true).map((f) => f.name)) };
    const write = spec.reveals?.(view) ? out.stdoutUnmasked : out.stdout;
    if (spec.notes)
        out.stderr(spec.notes(result));
    write(values.json === true ? (spec.json.format ?? json)(spec.json.value(result, view)) : spec.text(result, view));
    for (const line of failures)
        out.stderr(`dct-sign: error: ${line}\n`);
    return failures.length > 0 ? EXIT_FAILED : EXIT_OK;
}
function unknownCommand(name) {
    const what = name.startsWith('-') ? 'give a command first' : 'unknown command';
    return new UsageError(name, `${what}; the commands are: ${COMMAND_NAMES.join(', ')}`);
}
async function runCli(argv, io) {
    const redactor = new Redactor();
    const out = {
        stdout: (text) => io.stdout(redactor.redact(text)),
        stderr: (text) => io.stderr(redactor.redact(text)),
        stdoutUnmasked: (text) => io.stdout(text),
    };
    // Every secret the environment holds for any command is masked before anything runs.
    for (const input of ALL_INPUTS) {
        for (const name of input.env ?? [])
            (input.kind === 'key' ? redactor.addKey : redactor.add).call(redactor, io.env[name] || undefined);
    }
    const [first, ...rest] = argv;
    let spec;
    const state = { reading: true };
    try {
        if (first === undefined) {
            out.stderr(topLevelHelp(COMMANDS));
            return EXIT_USAGE;
        }
        // `help sign`, `--help sign` and `-h sign` all ask for sign's help.
        const asksHelp = first === 'help' || first === '-h' || first === '--help';
        if (asksHelp && (rest[0] === undefined || (first !== 'help' && rest[0].startsWith('-')))) {
            out.stdout(topLevelHelp(COMMANDS));
            return EXIT_OK;
        }
        if (first === '-V' || first === '--version') {
            out.stdout(`${version/* VERSION */.x}\n`);
            return EXIT_OK;
        }
        if (asksHelp) {
            const topic = findCommand(rest[0]);
            if (!topic)
                throw new UsageError(rest[0], `unknown command; the commands are: ${COMMAND_NAMES.join(', ')}`);
            out.stdout(commandHelp(topic));
            return EXIT_OK;
        }
        spec = findCommand(first);
        if (!spec)
            throw unknownCommand(first);
        // Help wins over everything else on the line, even flags that would not parse.
        const beforeDashes = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
        if (beforeDashes.includes('-h') || beforeDashes.includes('--help')) {
            out.stdout(commandHelp(spec));
            return EXIT_OK;
        }
        return await runSpec(spec, rest, io, out, redactor, state);
    }
    catch (err) {
        const failure = describeFailure(err, spec, state.reading && spec !== undefined);
        out.stderr(`dct-sign: error: ${failure.message}\n`);
        if (failure.exitCode === EXIT_USAGE && failure.helpHint !== false) {
            const helpCommand = failure.command ? `dct-sign ${failure.command} --help` : 'dct-sign --help';
            out.stderr(`Run \`${helpCommand}\` for usage.\n`);
        }
        // Not a DctError: a bug, whose stack is worth reporting.
        if (!(err instanceof errors/* DctError */.sY) && err instanceof Error && err.stack)
            out.stderr(`${err.stack}\n`);
        return failure.exitCode;
    }
}


/***/ }),

/***/ 1273:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _http_preconnect_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6075);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4585);
// The dct-sign command line: `dct-sign COMMAND [options] ...`.
// Everything happens in runCli; this file only connects it to the process.


async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .ak)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    readStdin,
    preconnect: _http_preconnect_js__WEBPACK_IMPORTED_MODULE_0__/* .preconnect */ .kZ,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cX: () => (/* binding */ StateNotSavedError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eN: () => (/* binding */ KeyError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   ho: () => (/* binding */ PartiallyPublishedError),
/* harmony export */   j$: () => (/* binding */ HttpError),
/* harmony export */   mk: () => (/* binding */ VerificationError),
/* harmony export */   sY: () => (/* binding */ DctError)
/* harmony export */ });
// One error base for the whole core. Each error carries a typed code so that
// tests and entrypoints can branch on it, and a cause for the underlying error.
class DctError extends Error {
    code;
    cause;
    constructor(code, message, options = {}) {
        super(message);
        this.name = new.target.name;
        this.code = code;
        this.cause = options.cause;
    }
}
/** A user input is wrong. The message names the input and says how to fix it. */
class InputError extends DctError {
    input;
    constructor(input, message, options = {}) {
        super('INPUT', `${input}: ${message}`, options);
        this.input = input;
    }
}
/**
 * The operation is done and what it published is live on the trust server,
 * but the trust state file was not saved. Carries the operation's result:
 * the command shows it as on success, then fails (exit code 1, not 2).
 */
class StateNotSavedError extends DctError {
    result;
    constructor(message, result, options = {}) {
        super('STATE_NOT_SAVED', message, options);
        this.result = result;
    }
}
/**
 * Publishing to one repository failed after others were already changed
 * (`changed`, by name). Same code as the error it wraps; the operations are
 * idempotent, so rerunning is safe.
 */
class PartiallyPublishedError extends DctError {
    changed;
    constructor(code, message, changed, options = {}) {
        super(code, message, options);
        this.changed = changed;
    }
}
/** A key could not be parsed or used. Never carries key material in the message. */
class KeyError extends DctError {
    input;
    constructor(input, message, options = {}) {
        super(options.code ?? 'KEY', `${input}: ${message}`, options);
        this.input = input;
    }
}
/** Trust data failed a check. The message names the role and the reason. */
class VerificationError extends DctError {
    role;
    check;
    constructor(role, message, options = {}) {
        super(options.code ?? 'VERIFY', `${role}: ${message}`, options);
        this.role = role;
        this.check =
            options.check ?? (options.code === 'EXPIRED' ? 'expiry' : options.code === 'ROLLBACK' ? 'rollback' : 'format');
    }
}
/** A request to a trust server or registry failed. */
class HttpError extends DctError {
    status;
    serverCode;
    url;
    constructor(message, details) {
        super(details.code ?? 'HTTP', message, { cause: details.cause });
        this.status = details.status;
        this.url = details.url;
        this.serverCode = details.serverCode;
    }
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 7978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ formatMs)
/* harmony export */ });
// A duration as the messages print it: "800 ms", "2.5 s", "10 min". Its own
// module, so that code which only words a timeout (the command layer, via
// operations/push.ts) does not load the HTTP client at start-up.
function formatMs(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 120_000)
        return `${Number((ms / 1000).toFixed(1))} s`;
    return `${Number((ms / 60_000).toFixed(1))} min`;
}


/***/ }),

/***/ 6075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   El: () => (/* binding */ dropPreconnected),
/* harmony export */   SF: () => (/* binding */ takePreconnected),
/* harmony export */   kZ: () => (/* binding */ preconnect)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
// TCP connections opened early, while the rest of a new process loads: the
// CLI knows which trust server a command will ask first as soon as its
// command line is read, but the HTTP client, the key and the TLS context take
// tens of milliseconds more to be ready. A connection opened then has its
// handshake behind it by the time the transport wants it, which saves one
// round trip to a far server. Each new TLS connection the transport opens to
// that host takes one of them (undici's `httpSocket`); those not taken in
// time are closed, and so are the rest once the host answers in HTTP/2, which
// needs one connection only. Only the TCP handshake is done early: TLS, its
// CAs and client certificates stay the transport's, so what is trusted does
// not change.

/** How long an early connection waits to be taken before it is closed. */
const UNUSED_MS = 5_000;
const waiting = new Map();
/** `host:port` of an https URL, as undici's connector names it (default port left out). */
function keyOf(host) {
    return host.toLowerCase();
}
/**
 * Starts `count` TCP connections to an https URL's host, for the transport to
 * take. Errors are swallowed: the transport then connects as it always does,
 * and reports whatever goes wrong then.
 */
function preconnect(url, count = 1) {
    if (url.protocol !== 'https:')
        return;
    const key = keyOf(url.host);
    if (waiting.has(key))
        return;
    const list = [];
    waiting.set(key, list);
    for (let i = 0; i < count; i++) {
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 443) });
        // Neither the socket nor its timer keeps a process alive that has nothing else to do.
        socket.unref();
        const drop = () => {
            const at = list.findIndex((w) => w.socket === socket);
            if (at >= 0)
                list.splice(at, 1);
            socket.destroy();
        };
        socket.on('error', drop).on('end', drop).on('close', drop);
        list.push({ socket, drop, timer: setTimeout(drop, UNUSED_MS).unref() });
    }
}
/** An early connection to `host` (`name:port`, default port left out), each once: still open, or still connecting. */
function takePreconnected(host) {
    const list = waiting.get(keyOf(host));
    for (let entry = list?.shift(); entry !== undefined; entry = list?.shift()) {
        const { socket, drop, timer } = entry;
        clearTimeout(timer);
        socket.off('error', drop).off('end', drop).off('close', drop);
        if (socket.destroyed || socket.readableEnded) {
            socket.destroy();
            continue;
        }
        socket.ref();
        return socket;
    }
    return undefined;
}
/** Closes the early connections to `host` not taken yet: it answered in HTTP/2, over one connection. */
function dropPreconnected(host) {
    for (const { drop } of [...(waiting.get(keyOf(host)) ?? [])])
        drop();
}


/***/ }),

/***/ 768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PH: () => (/* binding */ NO_PROXY_RULES),
/* harmony export */   TD: () => (/* binding */ proxyRulesFromEnv),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   gV: () => (/* binding */ proxyRulesFromConfig)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(452);
/* harmony import */ var _redact_url_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(983);
// Which proxy, if any, a request goes through. Two sources: the standard
// environment variables, read as Go's ProxyFromEnvironment (which docker
// uses) and curl read them, or one explicit proxy handed in by an entrypoint
// (the Azure agent's proxy, with its own credentials and bypass list), which
// then replaces the environment's. Loopback is never proxied either way.
//
// Environment rules: an https URL goes through HTTPS_PROXY (https_proxy), an
// http URL through HTTP_PROXY (http_proxy); the upper-case name wins, as in
// Go; an empty value is unset; a value without a scheme means http://.
// NO_PROXY (no_proxy) is a comma-separated list of `*`, IP addresses, CIDR
// ranges and host names, each optionally with a port; a host name matches
// itself and its subdomains, with or without a leading "." or "*.".




const NO_PROXY_RULES = { proxyFor: () => undefined, secrets: [] };
/** Loopback names and addresses, never proxied (as Go and curl). */
function isLoopback(hostname) {
    const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    if (h === 'localhost')
        return true;
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(h) === 4)
        return h.startsWith('127.');
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(h) === 6) {
        if (h === '::1')
            return true;
        const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
        return mapped !== null && mapped[1].startsWith('127.');
    }
    return false;
}
function parseProxyUrl(value, source) {
    const text = value.trim();
    let url;
    try {
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
    }
    catch {
        url = undefined;
    }
    if (url === undefined || url.hostname === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, `"${(0,_redact_url_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(text)}" is not a proxy URL; give http://host:port`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, `${url.protocol.slice(0, -1)} proxies are not supported (${(0,_redact_url_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(url)}); give an http:// or https:// proxy`);
    }
    if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(source, `"${(0,_redact_url_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(url)}" must be a proxy's address only (http://host:port), without a path`);
    }
    return url;
}
function defaultPort(url) {
    return url.port || (url.protocol === 'https:' ? '443' : '80');
}
function envValue(env, upper) {
    for (const name of [upper, upper.toLowerCase()]) {
        const value = env[name];
        if (value !== undefined && value.trim() !== '')
            return { name, value };
    }
    return undefined;
}
function ipv4ToInt(ip) {
    return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}
function ipv6ToBigInt(ip) {
    let text = ip;
    const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
    if (v4) {
        const n = ipv4ToInt(v4[1]);
        text = `${text.slice(0, -v4[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
    }
    const [head, tail] = text.split('::');
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
    return [...left, ...fill, ...right].reduce((n, part) => (n << 16n) + BigInt(parseInt(part || '0', 16)), 0n);
}
function cidrMatcher(entry) {
    const m = /^(.+)\/(\d{1,3})$/.exec(entry);
    if (!m)
        return undefined;
    const base = m[1];
    const bits = Number(m[2]);
    const family = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(base);
    if (family === 0 || bits > (family === 4 ? 32 : 128))
        return undefined;
    if (family === 4) {
        const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
        const net = (ipv4ToInt(base) & mask) >>> 0;
        return (host, _port, ip) => ip && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 4 && ((ipv4ToInt(host) & mask) >>> 0) === net;
    }
    const mask = bits === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - bits)) - 1n);
    const net = ipv6ToBigInt(base) & mask;
    return (host, _port, ip) => ip && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 6 && (ipv6ToBigInt(host) & mask) === net;
}
function noProxyMatchers(value) {
    const matchers = [];
    for (const raw of value.split(',')) {
        const entry = raw.trim().toLowerCase();
        if (entry === '')
            continue;
        if (entry === '*')
            return [() => true];
        const cidr = cidrMatcher(entry);
        if (cidr) {
            matchers.push(cidr);
            continue;
        }
        // host, host:port, [v6], [v6]:port, bare v6
        let host = entry;
        let port = '';
        const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
        const withPort = /^([^:]+):(\d+)$/.exec(entry);
        if (bracketed) {
            host = bracketed[1];
            port = bracketed[2] ?? '';
        }
        else if (withPort) {
            host = withPort[1];
            port = withPort[2];
        }
        const portOk = (p) => port === '' || port === p;
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 0) {
            const wanted = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) === 6 ? ipv6ToBigInt(host) : undefined;
            matchers.push((h, p, ip) => ip && portOk(p) && (wanted === undefined ? h === host : (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(h) === 6 && ipv6ToBigInt(h) === wanted));
            continue;
        }
        const domain = host.replace(/^\*?\./, '');
        if (domain === '')
            continue;
        matchers.push((h, p, ip) => !ip && portOk(p) && (h === domain || h.endsWith(`.${domain}`)));
    }
    return matchers;
}
/** The proxy rules of an environment: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case). */
function proxyRulesFromEnv(env) {
    const https = envValue(env, 'HTTPS_PROXY');
    const http = envValue(env, 'HTTP_PROXY');
    if (!https && !http)
        return NO_PROXY_RULES;
    const proxies = {
        'https:': https && { url: parseProxyUrl(https.value, https.name), source: https.name },
        'http:': http && { url: parseProxyUrl(http.value, http.name), source: http.name },
    };
    const noProxy = envValue(env, 'NO_PROXY');
    const matchers = noProxy ? noProxyMatchers(noProxy.value) : [];
    const secrets = [https, http].flatMap((p) => (p && p.value.includes('@') ? [p.value.trim()] : []));
    for (const p of [proxies['https:'], proxies['http:']])
        if (p?.url.password)
            secrets.push(decodeURIComponent(p.url.password));
    return {
        secrets,
        proxyFor(url) {
            const proxy = url.protocol === 'https:' ? proxies['https:'] : url.protocol === 'http:' ? proxies['http:'] : undefined;
            if (!proxy)
                return undefined;
            const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
            if (isLoopback(host))
                return undefined;
            const ip = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 0;
            if (matchers.some((m) => m(host, defaultPort(url), ip)))
                return undefined;
            return { url: proxy.url, display: (0,_redact_url_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(proxy.url), source: proxy.source };
        },
    };
}
/** The rules for one explicit proxy, e.g. the Azure agent's; `input` names it in errors. */
function proxyRulesFromConfig(config, input = 'proxy') {
    const url = parseProxyUrl(config.url, input);
    if (config.username) {
        url.username = encodeURIComponent(config.username);
        url.password = encodeURIComponent(config.password ?? '');
    }
    const bypass = (config.bypass ?? [])
        .filter((pattern) => pattern.trim() !== '')
        .map((pattern) => {
        try {
            return new RegExp(pattern, 'i');
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${input} bypass list`, `"${pattern}" is not a regular expression: ${err.message}`, {
                cause: err,
            });
        }
    });
    const secrets = [config.password, url.password ? decodeURIComponent(url.password) : undefined].filter((s) => !!s);
    const display = (0,_redact_url_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(url);
    return {
        secrets: [...new Set(secrets)],
        proxyFor(target) {
            if (target.protocol !== 'https:' && target.protocol !== 'http:')
                return undefined;
            if (isLoopback(target.hostname))
                return undefined;
            if (bypass.some((re) => re.test(target.href)))
                return undefined;
            return { url, display, source: `the ${input}` };
        },
    };
}


/***/ }),

/***/ 983:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ requestUrlForLog),
/* harmony export */   B: () => (/* binding */ redactUrl)
/* harmony export */ });
// URLs as messages and logs may show them: never with their user and
// password. A URL that does not parse is redacted as text, since the value
// the user gave (`https://user:pw@host:99999`) still holds the password.
/** Everything from the start (after any scheme) to the last `@`: the userinfo, in text that is no URL. */
const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)?[^]*@/i;
/** A URL with any user and password replaced by `***`; text that is no URL loses everything up to its last `@`. */
function redactUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return String(url).replace(USERINFO, '$1***@');
    }
    // `user:pw@host` parses, as scheme `user:` and path `pw@host`.
    if (u.host === '')
        return u.href.replace(USERINFO, '$1***@');
    if (u.username || u.password) {
        u.username = '***';
        u.password = '';
    }
    return u.href.replace(/\/$/, '');
}
/**
 * A request's URL as a debug line shows it: scheme, host and path only. The
 * userinfo goes, and so does the query, which may carry a token or the
 * signature of a signed URL; `?…` says there was one.
 */
function requestUrlForLog(url) {
    return `${url.origin}${url.pathname}${url.search ? '?…' : ''}`;
}


/***/ }),

/***/ 7110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readPem),
/* harmony export */   T: () => (/* binding */ encodePem)
/* harmony export */ });
// Reading PEM the way users paste it, and writing it the way Go does.
//
// Keys reach us through CI secrets, which mangle text: CRLF line endings,
// indentation, newlines collapsed into spaces or written as a literal `\n`,
// or the whole file base64-encoded into one line. The reader undoes all of
// that and returns each block with its headers (`role:`, `gun:`, `DEK-Info:`)
// separated from the DER, so that node never sees notary's headers. The
// writer reproduces Go's pem.EncodeToMemory byte for byte, because notary
// hashes certificate PEM into key IDs and docker compares key files.
const BLOCK = /-----BEGIN ([A-Z0-9][A-Z0-9 ]*?)-----([\s\S]*?)-----END \1-----/g;
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_-]*)\s*:\s*(.*)$/;
const HEADER_TOKEN = /^([A-Za-z][A-Za-z0-9_-]*):(.*)$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64_ANY = /^[A-Za-z0-9+/_-]+={0,2}$/;
function normalize(text) {
    let t = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    // A PEM stored in JSON or YAML sometimes keeps its newlines as `\n`.
    if (!t.includes('\n') && t.includes('\\n'))
        t = t.replace(/\\n/g, '\n');
    return t;
}
function decodeBase64(data) {
    if (data.length === 0 || !BASE64.test(data) || data.length % 4 === 1)
        return undefined;
    return Buffer.from(data, 'base64');
}
/** A body whose newlines survived: header lines first, then base64 lines. */
function parseLines(lines) {
    const headers = {};
    let data = '';
    for (const line of lines) {
        const m = data === '' ? HEADER_LINE.exec(line) : null;
        if (m)
            headers[m[1]] = m[2].trim();
        else
            data += line.replace(/\s+/g, '');
    }
    return { headers, data };
}
/** A body squashed onto one line: `role: x gun: y MIIB... ...`. */
function parseTokens(tokens) {
    const headers = {};
    let data = '';
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const m = data === '' ? HEADER_TOKEN.exec(token) : null;
        if (!m) {
            data += token;
            continue;
        }
        if (m[2] !== '')
            headers[m[1]] = m[2];
        else
            headers[m[1]] = tokens[++i] ?? '';
    }
    return { headers, data };
}
function readBlocks(text) {
    const blocks = [];
    const corrupt = [];
    for (const match of text.matchAll(BLOCK)) {
        const type = match[1];
        const body = match[2];
        const lines = body
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== '');
        const { headers, data } = lines.length === 1 ? parseTokens(lines[0].split(/\s+/)) : parseLines(lines);
        const bytes = decodeBase64(data);
        if (bytes)
            blocks.push({ type, headers, bytes });
        else
            corrupt.push(type);
    }
    return { blocks, corrupt };
}
/**
 * Every PEM block in `text`. When the text holds no PEM but is itself base64
 * of a PEM file (as people store keys in CI secrets), that PEM is read.
 */
function readPem(text) {
    const normalized = normalize(text);
    const direct = readBlocks(normalized);
    if (direct.blocks.length > 0 || direct.corrupt.length > 0)
        return direct;
    const compact = normalized.replace(/\s+/g, '');
    if (!BASE64_ANY.test(compact))
        return direct;
    const decoded = Buffer.from(compact, compact.includes('-') || compact.includes('_') ? 'base64url' : 'base64');
    const inner = decoded.toString('utf8');
    if (!inner.includes('-----BEGIN '))
        return direct;
    return readBlocks(normalize(inner));
}
/** Go's pem.EncodeToMemory: sorted headers (Proc-Type first), 64-column base64. */
function encodePem(type, bytes, headers = {}) {
    const names = Object.keys(headers)
        .filter((k) => k !== 'Proc-Type')
        .sort();
    if ('Proc-Type' in headers)
        names.unshift('Proc-Type');
    let out = `-----BEGIN ${type}-----\n`;
    for (const name of names)
        out += `${name}: ${headers[name]}\n`;
    if (names.length > 0)
        out += '\n';
    const b64 = Buffer.from(bytes).toString('base64');
    for (let i = 0; i < b64.length; i += 64)
        out += `${b64.slice(i, i + 64)}\n`;
    return `${out}-----END ${type}-----\n`;
}


/***/ }),

/***/ 240:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ passphrasePieces),
/* harmony export */   o: () => (/* binding */ secretPieces)
/* harmony export */ });
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7110);
// The pieces of a secret that a CI log masker must be told about. Maskers
// match one log line at a time, so a PEM key is registered line by line:
// every line as given, each block's base64 body as one string and as the
// 64-column lines a key file has (whatever shape the CI secret squashed it
// into), and, when the key was given base64-encoded, the same pieces of the
// decoded PEM. Armor lines and `role:`/`gun:` headers are not secret and
// stay readable.

const ARMOR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/;
const HEADER = /^[A-Za-z][A-Za-z0-9_-]*\s*:\s/;
const BASE64_TOKEN = /^[A-Za-z0-9+/_-]+={0,2}$/;
function linePieces(text, into) {
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '' || ARMOR.test(line) || HEADER.test(line))
            continue;
        into.add(line);
        // A PEM squashed onto one line (newlines turned into spaces) hides its
        // base64 among armor and header words.
        for (const token of line.split(/\s+/)) {
            if (token.length >= 16 && BASE64_TOKEN.test(token))
                into.add(token);
        }
    }
}
function blockPieces(text, into) {
    for (const block of (0,_pem_js__WEBPACK_IMPORTED_MODULE_0__/* .readPem */ .J)(text).blocks) {
        const body = block.bytes.toString('base64');
        into.add(body);
        for (const line of (0,_pem_js__WEBPACK_IMPORTED_MODULE_0__/* .encodePem */ .T)(block.type, block.bytes).split('\n')) {
            if (line !== '' && !ARMOR.test(line))
                into.add(line);
        }
    }
}
/** A password or passphrase: as given, trimmed, and each of its lines trimmed; blanks dropped. */
function passphrasePieces(value) {
    if (!value)
        return [];
    const pieces = [value, value.trim(), ...value.split(/\r?\n/).map((line) => line.trim())];
    return [...new Set(pieces)].filter((piece) => piece !== '');
}
/** Everything in key text `value` to register with the agent's masker, each on one line. */
function secretPieces(value) {
    const text = (value ?? '').replace(/\r\n?/g, '\n').trim();
    if (text === '')
        return [];
    const pieces = new Set();
    if (!text.includes('\n'))
        pieces.add(text);
    // A PEM kept in JSON or YAML sometimes carries its newlines as `\n`.
    linePieces(!text.includes('\n') && text.includes('\\n') ? text.replace(/\\n/g, '\n') : text, pieces);
    blockPieces(text, pieces);
    // The whole PEM file base64-encoded, as CI secrets usually hold keys:
    // mask the decoded file's lines too, however it was wrapped.
    const compact = text.replace(/\s+/g, '');
    if (BASE64_TOKEN.test(compact)) {
        const decoded = Buffer.from(compact, /[-_]/.test(compact) ? 'base64url' : 'base64').toString('utf8');
        if (decoded.includes('-----BEGIN '))
            linePieces(decoded.replace(/\r\n?/g, '\n'), pieces);
    }
    return [...pieces];
}


/***/ }),

/***/ 8747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ phase),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
// The logger the core writes progress to. Entrypoints adapt it to their
// platform (core.info, tl.debug, stderr); tests pass a silent or recording one.
const silentLogger = { debug() { }, info() { }, warning() { } };
/**
 * Runs one phase of a command (reading a repository's trust data, a push,
 * a publish) and writes one debug line when it ends, with how long it took:
 * "reading trust data for r/a: done in 120 ms", or "…: failed after 120 ms".
 */
async function phase(logger, what, work) {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    let result;
    try {
        result = await work();
    }
    catch (err) {
        logger.debug(`${what}: failed after ${ms()} ms`);
        throw err;
    }
    logger.debug(`${what}: done in ${ms()} ms`);
    return result;
}


/***/ }),

/***/ 9417:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   VP: () => (/* binding */ readPublicKeyList),
/* harmony export */   ZZ: () => (/* binding */ parseTimeout),
/* harmony export */   dl: () => (/* binding */ DURATION_GRAMMAR),
/* harmony export */   li: () => (/* binding */ pemTextOrFile),
/* harmony export */   qp: () => (/* binding */ keyIdOrPem),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(452);
/* harmony import */ var _http_redact_url_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(983);
// Input helpers every entrypoint shares: PEM given as text or as a file
// path, lists and durations. Errors name the input and the fix; `input` is
// the name the entrypoint's user knows. Nothing here loads a key or parses a
// certificate: the command specs import this file, and a CLI's start-up must
// not pay for x509 and ASN.1 (those helpers are in key-inputs.ts).



/** PEM text as given, or read from a path. */
function pemTextOrFile(value, input) {
    const trimmed = value.trim();
    if (trimmed.includes('-----BEGIN'))
        return trimmed;
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(trimmed, 'utf8');
        if (!text.includes('-----BEGIN'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${trimmed} holds no PEM text`);
        return text;
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            throw err;
        const code = err.code ?? 'unreadable';
        // A URL given where a file belongs may carry a password.
        const shown = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? (0,_http_redact_url_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(trimmed) : trimmed;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${shown} cannot be read (${code}); give PEM text or the path of a PEM file`, { cause: err });
    }
}
/** `old-signer-key`: a key ID (64 hex digits) as given, else a public key or certificate as PEM text or a PEM file's path. */
function keyIdOrPem(value, input) {
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    return /^[0-9a-fA-F]{64}$/.test(trimmed) ? trimmed : pemTextOrFile(trimmed, input);
}
const PEM_BLOCK = /-----BEGIN ([A-Z0-9][A-Z0-9 ]*?)-----[\s\S]*?-----END \1-----/g;
const BASE64 = /^[A-Za-z0-9+/_-]{40,}={0,2}$/;
/** A PEM file base64-encoded on one line, as a CI variable may hold it; the key reader decodes it. */
function isBase64Pem(item) {
    return BASE64.test(item) && Buffer.from(item, /[-_]/.test(item) ? 'base64url' : 'base64').toString('utf8').includes('-----BEGIN ');
}
function pemBlocks(text) {
    return [...text.matchAll(PEM_BLOCK)].map((m) => m[0]);
}
/**
 * `signer-public-key`: public keys or certificates, several to an input, in
 * the order given. A PEM block pasted in is a key; each other item (newline-
 * or comma-separated) is a path, whose file's PEM blocks are keys (a .pub
 * with two keys gives two), or a PEM base64-encoded on one line, which goes
 * as it is. Text that is no whole block goes as it is too, for the key reader
 * to say what is wrong with it.
 */
function readPublicKeyList(value, input) {
    const keys = [];
    const items = (text) => splitList(text).flatMap((item) => {
        if (item.includes('-----') || isBase64Pem(item))
            return [item];
        const file = pemTextOrFile(item, input);
        const blocks = pemBlocks(file);
        return blocks.length > 0 ? blocks : [file];
    });
    let rest = 0;
    for (const match of value.matchAll(PEM_BLOCK)) {
        keys.push(...items(value.slice(rest, match.index)), match[0]);
        rest = match.index + match[0].length;
    }
    return [...keys, ...items(value.slice(rest))];
}
const SECOND_MS = 1000;
const HOUR_MS = 60 * 60 * SECOND_MS;
const UNITS_MS = { s: SECOND_MS, m: 60 * SECOND_MS, h: HOUR_MS, d: 24 * HOUR_MS, w: 7 * 24 * HOUR_MS };
/** The one grammar of every duration input: a number and a unit, as in the help and docs. */
const DURATION_GRAMMAR = 'a number and s, m (minutes), h, d or w, e.g. 90s, 10m, 36h, 180d, 26w';
/**
 * Every duration input (`timeout`, `expiring-within`): a number and one of
 * s, m (minutes, as Go's durations), h, d or w, e.g. 90s, 10m, 180d, in
 * milliseconds; empty means none.
 */
function parseDuration(value, input) {
    const text = value?.trim();
    if (!text)
        return undefined;
    const match = /^(\d+(?:\.\d+)?)\s*([smhdw])$/i.exec(text);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `give ${DURATION_GRAMMAR}, not "${text}"`);
    return Number(match[1]) * UNITS_MS[match[2].toLowerCase()];
}
/** `timeout`: a duration (parseDuration) of more than zero. */
function parseTimeout(value, input) {
    const ms = parseDuration(value, input);
    if (ms === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, 'give a time limit of more than zero, e.g. 10m');
    return ms;
}
/** Splits a list input: newlines or commas, blanks dropped. */
function splitList(value) {
    return (value ?? '')
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}


/***/ }),

/***/ 9372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ describeFailedPush),
/* harmony export */   i: () => (/* binding */ pushAll)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(452);
/* harmony import */ var _http_format_ms_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7978);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8747);
// docker push for every tag of a sign, before anything is signed. Every tag
// is pushed even when an earlier push failed, so that the caller can sign
// each tag that was pushed and name the rest: a tag pushed and left unsigned
// would be refused by every client that enforces content trust.
//
// Each push ends at the command's deadline (the timeout input): docker push
// is stopped and the sign fails, like a request that runs out of time.



/** The line `docker push` ends with: `<tag>: digest: sha256:… size: N`. */
const PUSHED_DIGEST = /digest: (sha256:[0-9a-f]{64}) size: \d+/;
/** Pushes every reference; fails outright only at the deadline or when no push succeeded. */
async function pushAll(refs, options) {
    // With DOCKER_CONTENT_TRUST set, docker ≤ 28 would try to sign with its own keys.
    const env = { ...options.env };
    delete env.DOCKER_CONTENT_TRUST;
    const pushed = new Map();
    const failed = [];
    for (const ref of refs) {
        options.logger.info(`Pushing ${ref.original}`);
        const result = await (0,_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .phase */ .O)(options.logger, `pushing ${ref.original}`, () => pushOne(ref.original, env, options));
        if (result.exitCode !== 0) {
            failed.push({ reference: ref.original, exitCode: result.exitCode, error: lastLine(result.stderr) });
            continue;
        }
        const reported = PUSHED_DIGEST.exec(result.stdout)?.[1];
        pushed.set(ref.original, reported);
        // Without the pushed digest a tag moved by someone else after our push would be signed unnoticed.
        if (!reported) {
            options.logger.warning(`docker push ${ref.original} printed no "digest: sha256:… size: …" line, so the check that the registry ` +
                'serves what was just pushed is skipped; the digest the registry serves now is signed');
        }
    }
    if (pushed.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('COMMAND', `${failed.map(describeFailedPush).join('; ')}; nothing was signed`);
    return { pushed, failed };
}
/** "docker push r/a:1 failed (exit code 1): denied: requested access to the resource is denied". */
function describeFailedPush(failure) {
    return `docker push ${failure.reference} failed (exit code ${failure.exitCode})${failure.error ? `: ${failure.error}` : ''}`;
}
async function pushOne(reference, env, options) {
    const { deadline } = options;
    const timedOut = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('COMMAND', `timed out after ${(0,_http_format_ms_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMs */ ._)(deadline.limitMs)} (the timeout input) while running docker push ${reference}, ` +
        'which was stopped; nothing was signed');
    if (Date.now() >= deadline.at)
        throw timedOut;
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(timedOut), deadline.at - Date.now());
    try {
        return await options.runner.run(options.docker ?? 'docker', ['push', reference], { env, signal: stop.signal });
    }
    finally {
        clearTimeout(timer);
    }
}
/** docker's error is its last line: "denied: requested access to the resource is denied". */
function lastLine(output) {
    const line = output.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '').at(-1) ?? '';
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}


/***/ }),

/***/ 1492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ validateRemovableSignerName),
/* harmony export */   XY: () => (/* binding */ MAX_SIGNER_NAME_LENGTH),
/* harmony export */   _F: () => (/* binding */ validateSignerName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(452);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1239);
// Signer names as docker checks them. Apart from the operations because the
// command layer checks a name when it reads it, before any key is loaded,
// and a CLI's start-up must not pay for the key module.


/** docker's validSignerName (and key names of `docker trust key generate`). */
const SIGNER_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** notary refuses role names of 256 bytes or more, and targets/<name> is the role. */
const MAX_SIGNER_NAME_LENGTH = 255 - `${_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW}/`.length;
/** Checks a signer name as docker does; `releases` is docker's shared role and cannot be a signer. */
function validateSignerName(name, input = 'signer-name') {
    if (!SIGNER_NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${JSON.stringify(name)} is not a valid signer name: it must start with a lowercase letter or digit and ` +
            "contain only lowercase letters, digits, '-' and '_'");
    }
    if (name.length > MAX_SIGNER_NAME_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${JSON.stringify(name.slice(0, 20))}… is too long; use at most ${MAX_SIGNER_NAME_LENGTH} characters`);
    }
    if (name === 'releases') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'releases is a reserved name (the role every signer shares); use a different signer name');
    }
    return name;
}
/** signer-remove: `releases` is no signer, so it cannot be removed; any other name as docker checks it. */
function validateRemovableSignerName(name, input = 'signer-name') {
    if (name === 'releases') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'releases is a reserved name (the role every signer shares) and cannot be removed');
    }
    return validateSignerName(name, input);
}


/***/ }),

/***/ 781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OO: () => (/* binding */ roleCompare),
/* harmony export */   U6: () => (/* binding */ byteCompare),
/* harmony export */   jz: () => (/* binding */ REPO_ADMIN),
/* harmony export */   p0: () => (/* binding */ naturalCompare)
/* harmony export */ });
/* unused harmony export naturalLess */
// docker's orders for what trust inspect lists: natural order for tags and
// signers (fvbommel/sortorder, as docker uses it), Go's bytewise order for
// key IDs and digests, and the name of a tag no signer signed. And the one
// order every command prints roles and a tag's signers in (roleCompare).
/** docker's name for a tag signed only into targets or targets/releases. */
const REPO_ADMIN = 'Repo Admin';
const isDigit = (c) => c >= 0x30 && c <= 0x39;
/**
 * fvbommel/sortorder.NaturalLess: digit runs compare as numbers (fewer
 * leading zeros first on a tie), everything else bytewise.
 */
function naturalLess(a, b) {
    const s1 = Buffer.from(a);
    const s2 = Buffer.from(b);
    let i = 0;
    let j = 0;
    while (i < s1.length && j < s2.length) {
        const c1 = s1[i];
        const c2 = s2[j];
        const d1 = isDigit(c1);
        const d2 = isDigit(c2);
        if (d1 !== d2)
            return d1;
        if (!d1) {
            if (c1 !== c2)
                return c1 < c2;
            i++;
            j++;
            continue;
        }
        while (i < s1.length && s1[i] === 0x30)
            i++;
        while (j < s2.length && s2[j] === 0x30)
            j++;
        const n1 = i;
        const n2 = j;
        while (i < s1.length && isDigit(s1[i]))
            i++;
        while (j < s2.length && isDigit(s2[j]))
            j++;
        if (i - n1 !== j - n2)
            return i - n1 < j - n2;
        const r1 = s1.subarray(n1, i).toString('latin1');
        const r2 = s2.subarray(n2, j).toString('latin1');
        if (r1 !== r2)
            return r1 < r2;
        if (n1 !== n2)
            return n1 < n2;
    }
    return s1.length < s2.length;
}
function naturalCompare(a, b) {
    if (naturalLess(a, b))
        return -1;
    return naturalLess(b, a) ? 1 : 0;
}
/** Go's bytewise string order. */
function byteCompare(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
/** targets, then targets/releases, then every other role. */
function roleRank(role) {
    if (role === 'targets')
        return 0;
    return role === 'targets/releases' ? 1 : 2;
}
/**
 * The one order roles and a tag's signers are printed in, by every command
 * (sign's SIGNED IN and `roles`, verify's signers, inspect --pretty's
 * SIGNERS): targets, targets/releases, then the delegations in Go's bytewise
 * order, as `docker trust inspect --pretty` lists a tag's signers
 * (sort.Strings). Works on role names (`targets/ci`) and signer names (`ci`).
 */
function roleCompare(a, b) {
    return roleRank(a) - roleRank(b) || byteCompare(a, b);
}


/***/ }),

/***/ 1286:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pt: () => (/* binding */ TRUST_SERVER_FALLBACKS),
/* harmony export */   _: () => (/* binding */ resolveTrustServer),
/* harmony export */   dn: () => (/* binding */ trustServerUrl),
/* harmony export */   ru: () => (/* binding */ trustServerAsGiven)
/* harmony export */ });
/* unused harmony export DOCKER_HUB_NOTARY */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(452);
/* harmony import */ var _http_redact_url_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(983);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9758);
// Which trust server serves a registry's repositories, in docker's order:
// an explicit setting, DOCKER_CONTENT_TRUST_SERVER, Docker Hub's notary,
// then the registry host itself (ACR), on port 4443 for IBM Cloud's
// registries, whose trust server listens there.



const DOCKER_HUB_NOTARY = 'https://notary.docker.io';
/**
 * resolveTrustServer's order after the explicit setting, in words: the one
 * place the CLI's help and the trust-server input's description take it from.
 */
const TRUST_SERVER_FALLBACKS = `$DOCKER_CONTENT_TRUST_SERVER, else ${DOCKER_HUB_NOTARY} for Docker Hub, else https://REGISTRY:4443 for ` +
    'IBM Cloud (*.icr.io, *.bluemix.net), whose trust server listens there, else the registry host itself (ACR)';
/** IBM Cloud Container Registry hosts (icr.io and the older bluemix.net), without a port. */
const IBM_CLOUD = /^(?:[a-z0-9-]+\.)*(?:icr\.io|bluemix\.net)$/;
/** The variable the trust server comes from when no input gives it, as docker reads it. */
const TRUST_SERVER_ENV = 'DOCKER_CONTENT_TRUST_SERVER';
/**
 * A trust server as given (`notary.example.com:4443` means https), as a URL
 * without a trailing slash. `from` names the environment variable it came
 * from, so that an error sends the user to the right place.
 */
function trustServerUrl(value, input = 'trust-server', from) {
    const url = /^[a-z]+:\/\//i.test(value) ? value : `https://${value}`;
    const source = from ? ` (from ${from})` : '';
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${(0,_http_redact_url_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .B)(value)}"${source} is not a URL; give e.g. https://notary.example.com:4443`, { cause: err });
    }
    if (parsed.username || parsed.password) {
        // Never echo it: the URL carries a password, and it would land in outputs and summaries.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `the URL${source} must not carry a user or password; give credentials as username and password`);
    }
    return parsed.href.replace(/\/+$/, '');
}
function resolveTrustServer(registry, explicit, env) {
    const given = explicit?.trim();
    if (given)
        return trustServerUrl(given);
    const fromEnv = env[TRUST_SERVER_ENV]?.trim();
    if (fromEnv)
        return trustServerUrl(fromEnv, 'trust-server', TRUST_SERVER_ENV);
    return defaultTrustServer(registry);
}
/**
 * The trust server as the user wrote it (trust-server, else
 * DOCKER_CONTENT_TRUST_SERVER), else the default URL: docker names its tls
 * directory by this host as written, a default port kept (`:443`).
 */
function trustServerAsGiven(registry, explicit, env) {
    return explicit?.trim() || env[TRUST_SERVER_ENV]?.trim() || defaultTrustServer(registry);
}
function defaultTrustServer(registry) {
    if (registry === _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .DOCKER_HUB */ .Xb)
        return DOCKER_HUB_NOTARY;
    if (IBM_CLOUD.test(registry))
        return `https://${registry}:4443`;
    return `https://${registry}`;
}


/***/ }),

/***/ 9758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ parseTaggedReference),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB)
/* harmony export */ });
/* unused harmony export DOCKER_HUB_API */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(452);
// Image references as docker parses them: `[registry/]repository[:tag][@digest]`,
// with Docker Hub's defaults (docker.io, library/). The GUN, the name trust
// data lives under, is `registry/repository`.

const DOCKER_HUB = 'docker.io';
/** Where Docker Hub's registry API is served. */
const DOCKER_HUB_API = 'registry-1.docker.io';
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d+)?$/;
/** Splits off a registry host the way docker does: it must look like a host. */
function splitRegistry(name) {
    const i = name.indexOf('/');
    if (i < 0)
        return [DOCKER_HUB, `library/${name}`];
    const first = name.slice(0, i);
    if (!first.includes('.') && !first.includes(':') && first !== 'localhost' && first.toLowerCase() === first) {
        return [DOCKER_HUB, name];
    }
    const rest = name.slice(i + 1);
    if (first === DOCKER_HUB || first === 'index.docker.io') {
        return [DOCKER_HUB, rest.includes('/') ? rest : `library/${rest}`];
    }
    return [first, rest];
}
/** Parses a reference; `input` names the user input for error messages. */
function parseReference(text, input = 'tags') {
    const original = text.trim();
    if (original === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'an image reference is empty');
    let rest = original;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${original}: the digest must be sha256: followed by 64 lowercase hex digits`);
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${original}: "${tag}" is not a valid tag (letters, digits, '_', '.', '-'; at most 128)`);
        }
    }
    const [registry, repository] = splitRegistry(rest);
    if (!HOST.test(registry))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${original}: "${registry}" is not a valid registry host`);
    if (!repository.split('/').every((c) => PATH_COMPONENT.test(c))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${original}: "${repository}" is not a valid repository name (lowercase letters, digits and separators)`);
    }
    return { registry, repository, tag, digest, gun: `${registry}/${repository}`, original };
}
/** A reference that must name a tag, as signing does: trust data signs tags. */
function parseTaggedReference(text, input = 'tags') {
    const ref = parseReference(text, input);
    if (ref.tag === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${ref.original} has no tag: content trust signs tags, so write it as ${ref.original.split('@')[0]}:<tag>`);
    }
    return ref;
}
/** The host to call for the registry API (Docker Hub's API lives elsewhere). */
function registryApiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
/** A repository name (`registry/repository`); trust data and its signers belong to the whole repository. */
function parseRepository(text, input = 'tags') {
    const ref = parseReference(text, input);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        const name = ref.original.split('@')[0].replace(/:[^:/]*$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${ref.original}: give the repository without a tag or digest (${name}); signers and keys belong to the whole repository`);
    }
    return ref;
}


/***/ }),

/***/ 1485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ asStringArray),
/* harmony export */   JU: () => (/* binding */ asInteger),
/* harmony export */   eB: () => (/* binding */ asObject),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   uP: () => (/* binding */ asOptionalObject)
/* harmony export */ });
// Type guards for the parse boundary: everything from the network is unknown
// until one of these has looked at it.
function asObject(value, where) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new TypeError(`${where} is not an object`);
    }
    return value;
}
function asString(value, where) {
    if (typeof value !== 'string')
        throw new TypeError(`${where} is not a string`);
    return value;
}
function asInteger(value, where) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        throw new TypeError(`${where} is not an integer`);
    }
    return value;
}
function asStringArray(value, where) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        throw new TypeError(`${where} is not a list of strings`);
    }
    return value;
}
/** Go decodes a JSON null into an empty map or slice; so do we. */
function asOptionalObject(value, where) {
    return value === null || value === undefined ? {} : asObject(value, where);
}


/***/ }),

/***/ 1239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ ROOT),
/* harmony export */   EG: () => (/* binding */ pathAllowed),
/* harmony export */   PJ: () => (/* binding */ RootRole),
/* harmony export */   T4: () => (/* binding */ restrictPaths),
/* harmony export */   dW: () => (/* binding */ TARGETS),
/* harmony export */   ht: () => (/* binding */ TIMESTAMP),
/* harmony export */   iP: () => (/* binding */ DelegatedRole),
/* harmony export */   k: () => (/* binding */ BASE_ROLES),
/* harmony export */   mm: () => (/* binding */ isDelegationName),
/* harmony export */   pH: () => (/* binding */ RELEASES),
/* harmony export */   rt: () => (/* binding */ parentRole),
/* harmony export */   xO: () => (/* binding */ SNAPSHOT)
/* harmony export */ });
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1485);
// Role names and delegated roles, with notary's naming and path rules.

const ROOT = 'root';
const TARGETS = 'targets';
const SNAPSHOT = 'snapshot';
const TIMESTAMP = 'timestamp';
const BASE_ROLES = [ROOT, TARGETS, SNAPSHOT, TIMESTAMP];
/** docker's shared delegation that every signer is also added to. */
const RELEASES = 'targets/releases';
const DELEGATION_CHARS = /^[-a-z0-9_/]+$/;
/** Go's path.Clean(p) === p for the paths notary accepts as role names. */
function isCleanPath(p) {
    return !p.endsWith('/') && !p.includes('//') && !p.split('/').some((s) => s === '.' || s === '..');
}
/** notary's data.IsDelegation: `targets/…`, lowercase, clean, under 256 bytes. */
function isDelegationName(name) {
    return (name.startsWith(`${TARGETS}/`) &&
        name.length > TARGETS.length + 1 &&
        DELEGATION_CHARS.test(name) &&
        Buffer.byteLength(name) < 256 &&
        isCleanPath(name));
}
/** Go's path.Dir for a clean role name. */
function parentRole(name) {
    const i = name.lastIndexOf('/');
    return i < 0 ? '.' : name.slice(0, i);
}
/** True when `path` starts with one of `permitted`, notary's path rule. */
function pathAllowed(path, permitted) {
    return permitted.some((p) => path.startsWith(p));
}
/** notary's RestrictDelegationPathPrefixes: keep child paths that lie under a parent path. */
function restrictPaths(parent, child) {
    return child.filter((p) => parent.some((pp) => p.startsWith(pp)));
}
/** A base role's entry in root: key IDs and threshold. */
class RootRole {
    keyids;
    threshold;
    constructor(options) {
        this.keyids = options.keyids;
        this.threshold = options.threshold;
    }
    toJSON() {
        return { keyids: [...this.keyids], threshold: this.threshold };
    }
    static fromJSON(value, where) {
        const obj = (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(value, where);
        return new RootRole({
            keyids: (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asStringArray */ .Dx)(obj.keyids, `${where}.keyids`),
            threshold: (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asInteger */ .JU)(obj.threshold, `${where}.threshold`),
        });
    }
}
/** A delegation in a targets file's `delegations.roles` list. */
class DelegatedRole {
    name;
    keyids;
    threshold;
    paths;
    constructor(options) {
        this.name = options.name;
        this.keyids = options.keyids;
        this.threshold = options.threshold;
        this.paths = options.paths;
    }
    with(changes) {
        return new DelegatedRole({ ...this, ...changes, name: this.name });
    }
    /** Go's struct has `paths,omitempty`: an empty list is left out entirely. */
    toJSON() {
        const out = {
            keyids: [...this.keyids],
            name: this.name,
            threshold: this.threshold,
        };
        if (this.paths.length > 0)
            out.paths = [...this.paths];
        return out;
    }
    static fromJSON(value, where) {
        const obj = (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(value, where);
        const name = (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(obj.name, `${where}.name`);
        return new DelegatedRole({
            name,
            keyids: (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asStringArray */ .Dx)(obj.keyids, `${where}.keyids`),
            threshold: (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asInteger */ .JU)(obj.threshold, `${where}.threshold`),
            paths: obj.paths === undefined || obj.paths === null ? [] : (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asStringArray */ .Dx)(obj.paths, `${where}.paths`),
        });
    }
}


/***/ }),

/***/ 3411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Generated from package.json by `npm run generate`; do not edit.
const VERSION = '0.1.0';


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1273);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
