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

/***/ 4209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_FAILED, EXIT_OK, EXIT_USAGE

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./lib/operations/inputs.js
var inputs = __nccwpck_require__(9417);
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
        description: 'key-generate: where to write <signer-name>.key and <signer-name>.pub. rotate-key: where a repository or root key ' +
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
        help: 'only roles expiring within this: 180d, 26w, 36h; default: all',
        description: 'refresh: only re-sign roles that expire within this long, e.g. 180d, 26w or 36h, so that most scheduled runs ' +
            'publish nothing. Empty: re-sign every role the keys sign.',
        group: 'When',
        task: { label: 'Expiring within' },
    },
    'signer-name': {
        name: 'signer-name',
        kind: 'string',
        value: 'NAME',
        help: "the signer's name; default: the key file's role: header",
        description: 'The signer (delegation) name. sign, revoke: the name the key was added under with `docker trust signer add`; ' +
            'defaults to the `role:` header of signer-key. signer-add, signer-remove, rotate-key (key-role signer): the signer ' +
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
        description: 'URL of the trust (notary) server, e.g. https://notary.example.com:4443. Defaults to $DOCKER_CONTENT_TRUST_SERVER, ' +
            'then https://notary.docker.io for Docker Hub, then https://<registry>:4443 for IBM Cloud (*.icr.io), else the ' +
            'registry host itself (as for Azure Container Registry).',
        group: TRUST,
        task: { label: 'Trust server URL', group: 'trust' },
    },
    'trust-server-ca': {
        name: 'trust-server-ca',
        kind: 'file-or-text',
        value: 'PATH|PEM',
        help: 'CA certificates of a trust server with a private CA',
        description: "Extra CA certificates for the trust server's host only: PEM text, or the path of a PEM file. The registry and its " +
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
        help: 'give up after this long, retries included: 90s, 10m, 1h; default 10m',
        description: 'The time limit of the whole command, e.g. 90s, 10m or 1h. Requests to the registry, the token server and the trust ' +
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
            'Default: $DCT_TRUST_STATE.',
        env: ['DCT_TRUST_STATE'],
        group: TRUST,
        task: { label: 'Trust state file', group: 'trust' },
    },
    'require-pin': {
        name: 'require-pin',
        kind: 'boolean',
        default: false,
        help: 'fail, instead of warning, when neither --trust-pin nor --trust-state pins the root',
        description: 'sign, verify: refuse a repository whose root neither trust-pin nor a saved trust-state entry pins, instead of ' +
            'warning that it is trusted on first use.',
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
/** `tags` as the repositories (registry/repository, no tag) a command works on; its trust data belongs to the whole repository. */
function repositoriesInput(help) {
    return use('tags', { operand: 'REPOSITORY', help, required: 'no repository given; list registry/repository names', parse: reference/* parseRepository */.SU });
}
const KEY_ID = /^[0-9a-fA-F]{64}$/;
/** What every command that reaches a registry and its trust server takes, last. */
function connectionInputs() {
    return [
        use('trust-server', { parse: (value, input) => (0,trust_server_url/* trustServerUrl */.dn)(value, input) }),
        use('trust-server-ca', { parse: (value, input) => (0,inputs/* pemTextOrFile */.li)(value, input) }),
        use('registry-ca', { parse: (value, input) => (0,inputs/* pemTextOrFile */.li)(value, input) }),
        use('trust-pin', {
            // A key ID needs no key module; a certificate loads it (x509, ASN.1) only now, so start-up does not pay for it.
            parse: async (value, input) => {
                if (!KEY_ID.test(value.trim()))
                    (await Promise.all(/* import() */[__nccwpck_require__.e(3), __nccwpck_require__.e(935)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5935))).parseTrustPin(value, input);
                return value;
            },
        }),
        use('trust-state'),
        use('timeout', { parse: (value, input) => (0,inputs/* parseTimeout */.ZZ)(value, input) }),
        use('login'),
    ];
}
/** The passphrase input of a key input. */
const passphraseOf = (key) => `${key}-passphrase`;

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
            const signers = admin ? [`(${sort_order/* REPO_ADMIN */.jz})`] : [...row.Signers].sort(sort_order/* byteCompare */.U6);
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

;// CONCATENATED MODULE: ./lib/commands/options.js
// The options every operation that reaches a registry and its trust server
// takes, from the connection inputs (inputs.ts connectionInputs).
function connectionOptions(v, ctx) {
    const login = v.login();
    return {
        trustServer: v.string('trust-server'),
        trustServerCa: v.parsed('trust-server-ca'),
        registryCa: v.parsed('registry-ca'),
        trustPin: v.string('trust-pin'),
        // The CLI reads the variable itself; the action and the task read it here.
        trustState: v.string('trust-state') ?? ctx.env.DCT_TRUST_STATE,
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
        use('tags', {
            help: 'the images to inspect, registry/repository[:tag]',
            required: 'no image reference given; list registry/repository[:tag] references',
            parse: reference/* parseReference */.F2,
        }),
        ...connectionInputs(),
    ],
    options: (v, ctx) => ({ references: v.list('tags'), ...connectionOptions(v, ctx) }),
    operation: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3), __nccwpck_require__.e(410), __nccwpck_require__.e(935), __nccwpck_require__.e(745), __nccwpck_require__.e(446)]).then(__nccwpck_require__.bind(__nccwpck_require__, 446))).inspect,
    outputs: [
        {
            name: 'trust',
            description: 'JSON array, one object per reference, exactly as `docker trust inspect` prints it',
            value: (r) => JSON.stringify(r.repositories),
        },
    ],
    viewFlags: [{ name: 'pretty', help: "print docker trust inspect --pretty's tables instead of JSON" }],
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
// printed only when the CLI is asked to (--base64, for a CI secret).


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
is logged.`,
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
    ],
    options: (v, ctx) => ({
        name: v.string('signer-name').trim(),
        passphrase: v.string('signer-key-passphrase') ?? '',
        directory: v.string('key-directory')?.trim() || ctx.workDirectory,
    }),
    operation: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3), __nccwpck_require__.e(410), __nccwpck_require__.e(935), __nccwpck_require__.e(745), __nccwpck_require__.e(180), __nccwpck_require__.e(917)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6917))).keyGenerate,
    logs: false,
    outputs: [
        { name: 'signer-key-id', description: "the new key's ID", value: (r) => r.keyId },
        { name: 'public-key', description: 'the public key (PEM with a role: header), for signer-add or `docker trust signer add`', value: (r) => r.publicKeyPem },
        { name: 'private-key-path', description: 'path of the encrypted private key file, for a secret or `docker trust key load`', value: (r) => r.privateKeyPath },
        { name: 'public-key-path', description: 'path of the public key file', value: (r) => r.publicKeyPath },
    ],
    json: {
        help: 'print the key ID, the public key and the paths as JSON',
        value: (r, view) => ({
            name: r.name,
            signerKeyId: r.keyId,
            publicKey: r.publicKeyPem,
            privateKeyPath: r.privateKeyPath,
            publicKeyPath: r.publicKeyPath,
            ...(view.flags.has('base64') ? { privateKeyBase64: r.privateKeyBase64 } : {}),
        }),
    },
    viewFlags: [{ name: 'base64', help: 'print the private key file as one base64 line (for a CI secret)' }],
    // The user asked for the private key file: it is printed unmasked, whatever it happens to contain.
    reveals: (view) => view.flags.has('base64'),
    secrets: (r) => [r.privateKeyBase64],
    notes: (r) => `Generated the key ${r.name} (${r.keyId}):\n` +
        `  ${r.privateKeyPath}  private key, encrypted with the passphrase: keep it secret\n` +
        `  ${r.publicKeyPath}  public key, for dct-sign signer-add or docker trust signer add\n`,
    text: (r, view) => `${view.flags.has('base64') ? r.privateKeyBase64 : r.keyId}\n`,
    done: (r) => `Generated key ${r.keyId.slice(0, 12)} for signer ${r.name}`,
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
            [1, 'refreshing failed: a key or passphrase, a key that signs no role of\nthe repository, the trust data, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, not one REPOSITORY, no key,\na duration that is not a number and h, d or w'],
        ],
    },
    inputs: [
        repositoriesInput('the repository, registry/repository'),
        ...keyInputs('signer-key', { group: KEYS, help: "a signer's private key file: re-signs the roles it signs" }),
        ...keyInputs('repository-key', { group: KEYS, help: 'repository (targets) key file: re-signs targets' }),
        use('expiring-within', { parse: inputs/* parseDuration */.E9 }),
        ...connectionInputs(),
    ],
    rules: [
        { kind: 'single', input: 'tags', message: 'refresh works on one repository; give one, not {count}' },
        { kind: 'one-of', inputs: ['signer-key', 'repository-key'], message: "give {signer-key} (the signer's roles), {repository-key} (targets) or both" },
    ],
    options: (v, ctx) => ({
        reference: v.list('tags')[0],
        signerKey: v.key('signer-key'),
        repositoryKey: v.key('repository-key'),
        expiringWithinMs: v.parsed('expiring-within'),
        ...connectionOptions(v, ctx),
    }),
    operation: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3), __nccwpck_require__.e(410), __nccwpck_require__.e(935), __nccwpck_require__.e(745), __nccwpck_require__.e(146)]).then(__nccwpck_require__.bind(__nccwpck_require__, 146))).refresh,
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
            [1, 'revoking failed: a tag is not signed, the key or passphrase, the\nsigner may not revoke it, the trust data, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, missing REFERENCE or\nsigner key, a REFERENCE without a tag and no --all'],
        ],
    },
    inputs: [
        use('tags', {
            help: 'the tags to revoke, registry/repository:tag (or registry/repository with all)',
            required: 'no image reference given; list registry/repository:tag references',
            parse: reference/* parseReference */.F2,
        }),
        ...keyInputs('signer-key', { help: "a signer's private key file (docker: ~/.docker/trust/private)", required: 'no signer key; give {signer-key}' }),
        use('signer-name', { help: "the signer's name for messages; default: the key's role: header" }),
        use('all'),
        ...connectionInputs(),
    ],
    options: (v, ctx) => ({
        references: v.list('tags'),
        signerKey: v.key('signer-key'),
        signerName: v.string('signer-name'),
        all: v.boolean('all'),
        ...connectionOptions(v, ctx),
    }),
    operation: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3), __nccwpck_require__.e(410), __nccwpck_require__.e(935), __nccwpck_require__.e(745), __nccwpck_require__.e(522)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5522))).revoke,
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
            [1, 'rotating failed: a key or passphrase, a key the repository does not\ntrust, the trust data, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, not one REPOSITORY, no or\nan unknown --key-role, a key the role needs is missing, a --key-directory\nthat cannot take the generated key'],
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
        use('old-signer-key', { group: SIGNER_GROUP, when: SIGNER, parse: inputs/* keyIdOrPem */.qp }),
        ...keyInputs('repository-key', { group: SIGNER_GROUP, help: 'repository (targets) key file; signs the new key in' }),
        ...connectionInputs(),
    ],
    rules: [{ kind: 'single', input: 'tags', message: 'rotate-key works on one repository; give one, not {count}' }],
    options: (v, ctx) => {
        const role = v.string('key-role');
        return {
            reference: v.list('tags')[0],
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
    operation: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3), __nccwpck_require__.e(410), __nccwpck_require__.e(935), __nccwpck_require__.e(745), __nccwpck_require__.e(180), __nccwpck_require__.e(562)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5562))).rotateKey,
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

;// CONCATENATED MODULE: ./lib/commands/sign.js
// `sign` (the default command): push image tags and sign them in the
// repository's trust server as a delegated signer.





const FIRST = 'First signing of a repository (creates its trust data)';
/** `signed`: each reference with the digest and size signed and the roles it was signed into. */
function signedOutput(result) {
    return result.signed.map(({ reference, tag, digest, size, roles }) => ({ reference, tag, digest, size, roles }));
}
const servers = (result) => [...new Set(result.signed.map((s) => s.trustServer))].join(', ');
const signer = (result) => `key ${shortId(result.signerKeyId)}${result.signerName ? ` (signer ${result.signerName})` : ''}`;
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

The signer must already be a signer of the repository (\`docker trust signer
add\`), unless the root and repository keys are given to create its trust data.
Keys and passphrases on the command line are visible to other users of the
machine: prefer key files and the environment variables below.`,
        env: [{ name: 'DOCKER_HOST', description: 'the docker daemon that docker push uses' }],
        examples: `
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
            [1, 'pushing or signing failed: a key or passphrase, the signer\'s rights, the\ntrust data, the registry, the trust server or docker push; see the message'],
            [2, 'the command line is wrong: unknown option, missing value or REFERENCE,\na REFERENCE without a tag, options that exclude each other'],
        ],
    },
    inputs: [
        use('tags', {
            help: 'the tags to sign, registry/repository:tag',
            required: 'no image reference given; list registry/repository:tag references',
            parse: reference/* parseTaggedReference */.$R,
        }),
        ...keyInputs('signer-key', {
            required: `no signer key; give {signer-key} (docker keeps its keys in ~/.docker/trust/private/)`,
        }),
        use('signer-name'),
        use('push', { group: 'Registry' }),
        ...keyInputs('root-key', { group: FIRST, help: 'root key file; used only if the repository has no trust data' }),
        ...keyInputs('repository-key', { group: FIRST, help: 'repository (targets) key file, to add the signer with' }),
        ...connectionInputs(),
        use('require-pin'),
    ],
    rules: [
        {
            kind: 'together',
            inputs: ['root-key', 'repository-key'],
            message: 'creating trust data for a repository needs both the root key and the repository key: give {root-key} and {repository-key}, or neither',
        },
    ],
    pushes: (values) => values.boolean('push'),
    options: (v, ctx) => ({
        references: v.list('tags'),
        push: v.boolean('push'),
        signerKey: v.key('signer-key'),
        signerName: v.string('signer-name'),
        rootKey: v.key('root-key'),
        repositoryKey: v.key('repository-key'),
        ...connectionOptions(v, ctx),
        requirePin: v.boolean('require-pin'),
        runner: ctx.runner,
    }),
    operation: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3), __nccwpck_require__.e(410), __nccwpck_require__.e(935), __nccwpck_require__.e(745), __nccwpck_require__.e(246)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5246))).sign,
    outputs: [
        { name: 'digest', description: 'manifest digest (sha256:…) of the first reference in tags, as the registry reports it', value: (r) => r.signed[0]?.digest ?? '' },
        {
            name: 'signed',
            description: 'JSON array of what was signed, in the order of tags: objects with reference, tag, digest, size (manifest bytes) and roles (the delegation roles the tag was signed into)',
            value: (r) => JSON.stringify(signedOutput(r)),
        },
        { name: 'signer-key-id', description: 'the ID of signer-key, as `docker trust inspect` lists it under the signer', value: (r) => r.signerKeyId },
    ],
    json: {
        help: 'print the result as JSON: {signed, signerKeyId, signerName}',
        value: ({ signed, signerKeyId, signerName }) => ({ signed, signerKeyId, signerName: signerName ?? null }),
    },
    text: (r) => {
        const rows = [['REFERENCE', 'DIGEST', 'SIGNED IN'], ...r.signed.map((s) => [s.reference, s.digest, s.roles.join(', ')])];
        return `Signed ${plural(r.signed.length, 'tag')} with ${signer(r)} in ${servers(r)}\n\n${table(rows)}`;
    },
    summaryOf: (r) => ({
        intro: `Signed ${plural(r.signed.length, 'tag')} with ${signer(r)}.`,
        header: ['Reference', 'Digest', 'Size', 'Roles', 'Trust server'],
        rows: r.signed.map((s) => [{ code: s.reference }, { code: s.digest }, String(s.size), s.roles.join(', '), s.trustServer]),
    }),
    done: (r) => `Signed ${plural(r.signed.length, 'tag')} with key ${shortId(r.signerKeyId)}`,
});

;// CONCATENATED MODULE: ./lib/commands/signer-add.js
// `signer-add`: add a signer's public keys to repositories, as `docker trust
// signer add` does, with the repository key. The root key creates the trust
// data of a repository that has none yet.





function outcome(r) {
    if (r.initialized)
        return 'created its trust data, with the signer';
    return r.changed ? 'added' : 'unchanged: already a signer with these keys';
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
            [1, 'adding failed: a key or passphrase, the repository key is not the\none the repository trusts, no trust data and no root key, the trust\ndata, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, missing REPOSITORY,\nsigner name, public key or repository key, an invalid name'],
        ],
    },
    inputs: [
        repositoriesInput('the repositories, registry/repository'),
        use('signer-name', {
            group: 'Signer',
            help: 'the signer to add (required)',
            required: 'name the signer to add (lowercase letters, digits, - and _)',
        }),
        use('signer-public-key', {
            required: "give the signer's public key: the .pub file of dct-sign key-generate or docker trust key generate",
            parse: inputs/* readPublicKeyList */.VP,
        }),
        ...keyInputs('repository-key', { required: 'give {repository-key}, which signs the signer in' }),
        ...keyInputs('root-key', { help: 'root key file; only for a repository without trust data' }),
        ...connectionInputs(),
    ],
    options: (v, ctx) => ({
        references: v.list('tags'),
        name: v.string('signer-name').trim(),
        signerPublicKeys: (v.parsed('signer-public-key') ?? []).flat(),
        repositoryKey: v.key('repository-key'),
        rootKey: v.key('root-key'),
        ...connectionOptions(v, ctx),
    }),
    operation: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3), __nccwpck_require__.e(410), __nccwpck_require__.e(935), __nccwpck_require__.e(745), __nccwpck_require__.e(180)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6180))).signerAdd,
    outputs: [
        {
            name: 'signer-key-id',
            description: 'the key ID of each signer-public-key, one per line',
            value: (r) => r.keyIds.join('\n'),
        },
    ],
    json: { help: 'print {name, keyIds, repositories} as JSON', value: (r) => r },
    text: (r) => {
        const keys = r.keyIds.map((id) => `  ${id}\n`).join('');
        const rows = r.repositories.map((x) => [x.gun, outcome(x)]);
        return `Signer ${r.name} with ${plural(r.keyIds.length, 'key')}:\n${keys}\n${table([['REPOSITORY', 'RESULT'], ...rows])}`;
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
const signerRemoveSpec = defineCommand({
    name: 'signer-remove',
    summary: 'remove a signer, as docker trust signer remove',
    help: {
        usage: '[options] --signer-name NAME REPOSITORY...',
        about: `
Remove the signer NAME from each REPOSITORY (registry/repository, no tag), as
\`docker trust signer remove\` does: the role targets/NAME goes, and NAME's
keys leave targets/releases. The tags stay in targets/releases; if NAME's
signature is the only one that keeps it valid, they do not verify until
another signer signs again, and removing NAME needs --force, as docker asks.`,
        examples: `
# A CI key that leaked: it can no longer sign the image.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$REPOSITORY_PASSPHRASE"
dct-sign signer-remove --signer-name ci \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key \\
    registry.example.com/team/app`,
        exitCodes: [
            [0, 'NAME is no longer a signer of any REPOSITORY'],
            [1, 'removing failed: the key or passphrase, the repository key is not the\none the repository trusts, the trust data, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, missing REPOSITORY,\nsigner name or repository key; NAME is no signer; --force is needed'],
        ],
    },
    inputs: [
        repositoriesInput('the repositories, registry/repository'),
        use('signer-name', { group: 'Signer', help: 'the signer to remove (required)', required: 'name the signer to remove' }),
        use('force'),
        ...keyInputs('repository-key', { required: 'give {repository-key}, which signs the removal' }),
        ...connectionInputs(),
    ],
    options: (v, ctx) => ({
        references: v.list('tags'),
        name: v.string('signer-name').trim(),
        repositoryKey: v.key('repository-key'),
        force: v.boolean('force'),
        ...connectionOptions(v, ctx),
    }),
    operation: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3), __nccwpck_require__.e(410), __nccwpck_require__.e(935), __nccwpck_require__.e(745), __nccwpck_require__.e(180), __nccwpck_require__.e(315)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3315))).signerRemove,
    outputs: [],
    json: { help: 'print {name, repositories} as JSON', value: (r) => r },
    text: (r) => {
        // The NOTE column only when a repository needs one.
        const notes = r.repositories.some((x) => x.releasesInvalidated);
        const rows = r.repositories.map((x) => [
            x.gun,
            x.removedKeyIds.map(shortId).join(', ') || '-',
            ...(notes ? [x.releasesInvalidated ? INVALIDATED : ''] : []),
        ]);
        const header = ['REPOSITORY', 'KEYS REMOVED', ...(notes ? ['NOTE'] : [])];
        return `Removed signer ${r.name} from ${plural(r.repositories.length, 'repository', 'repositories')}\n\n${table([header, ...rows])}`;
    },
    summaryOf: (r) => ({
        intro: `Removed signer ${r.name}.`,
        header: ['Repository', 'Keys removed', 'Note'],
        rows: r.repositories.map((x) => [{ code: x.gun }, x.removedKeyIds.map(shortId).join(', '), x.releasesInvalidated ? INVALIDATED : '']),
    }),
    done: (r) => `Signer ${r.name} removed from ${plural(r.repositories.length, 'repository', 'repositories')}`,
});

;// CONCATENATED MODULE: ./lib/commands/verify.js
// `verify`: the gate before a deploy. Are these tags signed (by the required
// signers), and does the registry still serve what was signed? The outputs
// pin the tags that passed to their digests, for later steps to deploy by;
// then the command fails with one line per failing reference.





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
    return r.signers.length > 0 ? r.signers.join(', ') : '(Repo Admin)';
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
no-trust-data or invalid-trust-data. Verifying needs no key.`,
        examples: `
# Deploy only what the release signer signed, by digest.
dct-sign verify --required-signers release registry.example.com/team/app:1.4.2

# The pinned references alone, for the next step of a pipeline.
dct-sign verify --json registry.example.com/team/app:1.4.2 | jq -r '.references[]'`,
        exitCodes: [
            [0, 'every REFERENCE is signed as required and served as signed'],
            [1, 'a REFERENCE failed verification (see its line on stderr), or the\nregistry or trust server failed or refused the login'],
            [2, 'the command line is wrong: unknown option, missing REFERENCE,\na --signer-policy other than any or all'],
        ],
    },
    inputs: [
        use('tags', {
            help: 'the tags to verify, registry/repository:tag',
            required: 'no image reference given; list registry/repository:tag references',
            parse: reference/* parseReference */.F2,
        }),
        use('required-signers'),
        use('signer-policy'),
        ...connectionInputs(),
        use('require-pin'),
    ],
    options: (v, ctx) => ({
        references: v.list('tags'),
        requiredSigners: v.list('required-signers'),
        signerPolicy: v.string('signer-policy') === 'all' ? 'all' : 'any',
        ...connectionOptions(v, ctx),
        requirePin: v.boolean('require-pin'),
    }),
    operation: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3), __nccwpck_require__.e(410), __nccwpck_require__.e(935), __nccwpck_require__.e(745), __nccwpck_require__.e(185)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3185))).verify,
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
                'digest-changed, expired, untrusted-root, no-trust-data or invalid-trust-data), signers, signedDigest, ' +
                'registryDigest, pinned and message',
            value: (r) => JSON.stringify(verifiedEntries(r)),
        },
    ],
    json: {
        help: 'print {ok, references, verified} as JSON',
        value: (r) => ({ ok: r.ok, references: pinnedReferences(r), verified: verifiedEntries(r) }),
    },
    text: (r) => {
        const rows = r.references.map((x) => [x.reference, x.ok ? 'ok' : (x.reason ?? 'failed'), signedBy(x), x.ok ? (x.pinned ?? '-') : '-']);
        return table([['REFERENCE', 'RESULT', 'SIGNED BY', 'PINNED'], ...rows]);
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
    rotateKeySpec,
    refreshSpec,
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
    'rotate-key': 'Rotate a repository key',
    refresh: 'Refresh expiring trust data',
};
/** What the action and the task run when `command` is empty. */
const DEFAULT_COMMAND = 'sign';
const COMMAND_NAMES = COMMANDS.map((c) => c.name);
function findCommand(name) {
    return COMMANDS.find((c) => c.name === name);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./lib/commands/docker-login.js
// A throwaway docker config for `docker push`, logged in with the run's
// login, as Docker@2 and docker/login-action do. It lives in the run's temp
// directory only while the command runs: removed in a finally, and when the
// run is interrupted (SIGINT, SIGTERM) or exits early, where no finally runs.




/** The `auths` key docker looks up for a registry host. */
function authsKey(registry) {
    return registry === reference/* DOCKER_HUB */.Xb ? 'https://index.docker.io/v1/' : registry;
}
/** Writes `<dir>/config.json` under `parent` and returns the dir (for DOCKER_CONFIG); `mask` registers the auth string. */
async function writeDockerConfig(login, registry, parent, mask) {
    const auth = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    mask(auth);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, 'dct-sign-docker-'));
    const config = { auths: { [authsKey(registry)]: { auth } } };
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
    return dir;
}
async function removeDockerConfig(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true });
}
const SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * Removes `dir` if the process is interrupted or exits before the finally
 * that removes it runs: the config holds the registry password, and a
 * cancelled pipeline must not leave it on a shared agent. Returns the
 * function that stops watching.
 */
function removeOnInterrupt(dir) {
    const remove = () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    const onSignal = (signal) => {
        remove();
        stop();
        // Nobody else handles it: die of the signal, as without this handler.
        if (process.listenerCount(signal) === 0)
            process.kill(process.pid, signal);
    };
    const stop = () => {
        for (const signal of SIGNALS)
            process.off(signal, onSignal);
        process.off('exit', remove);
    };
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
    process.on('exit', remove);
    return stop;
}

;// CONCATENATED MODULE: ./lib/commands/run.js
// Running a command the same way on every platform, once values.ts has read
// its inputs: log docker push in when it pushes with a login, load its
// operation (only now: a run loads the one command it runs) and run it. What
// the adapters do with the result is theirs.


/** The one registry of a login: its own, else that of the references (the core refuses a login for several). */
function loginRegistry(login, values) {
    if (login.registry)
        return login.registry;
    const first = values.list('tags')[0];
    return first === undefined ? undefined : (0,reference/* parseReference */.F2)(first).registry;
}
/** The core's info lines as debug lines, for a command whose result repeats them. */
function quieter(logger) {
    return { ...logger, info: (message) => logger.debug(message) };
}
/** Runs the operation with the inputs `readInputs` read. */
async function execute(spec, values, context, operation) {
    const login = values.login();
    const registry = login && spec.pushes?.(values) ? loginRegistry(login, values) : undefined;
    const dockerConfig = login && registry ? await writeDockerConfig(login, registry, context.tempDirectory, (s) => context.maskSecret(s)) : undefined;
    const stopWatching = dockerConfig ? removeOnInterrupt(dockerConfig) : undefined;
    try {
        const ctx = {
            ...context,
            ...(spec.infoAsDebug ? { logger: quieter(context.logger) } : {}),
            ...(dockerConfig ? { env: { ...context.env, DOCKER_CONFIG: dockerConfig } } : {}),
        };
        const options = spec.options(values, ctx);
        const run = (operation ?? (await spec.operation()));
        return await run(options);
    }
    finally {
        stopWatching?.();
        if (dockerConfig)
            await removeDockerConfig(dockerConfig);
    }
}

// EXTERNAL MODULE: ./lib/errors.js
var errors = __nccwpck_require__(452);
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
        case 'list':
            return reader.list(input);
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
    }
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
    const parsed = new Map();
    for (const input of inputs) {
        if (!applies(input, raw))
            continue;
        const value = raw.get(input.name);
        if (input.required && isMissing(value))
            throw inputError(input.name, input.required, reader);
        if (input.choices && typeof value === 'string' && !input.choices.includes(value.trim())) {
            throw new errors/* InputError */.dz(input.name, `"${value.trim()}" is not one of ${input.choices.join(', ')}`);
        }
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

;// CONCATENATED MODULE: ./lib/version.js
// Generated from package.json by `npm run generate`; do not edit.
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./lib/cli/exit-codes.js
// dct-sign's exit codes: 0 done, 1 the operation failed (or, for verify, a
// reference failed verification), 2 the command line cannot be run as written.
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

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
        ...(spec.json ? [toggle('json', spec.json.help)] : []),
        ...(spec.logs === false ? [] : [toggle('verbose', 'also print debug messages on stderr')]),
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

/** Where the trust server comes from, for every command that reaches one. */
const TRUST_SERVER_DEFAULT = `The trust server is --trust-server, else DOCKER_CONTENT_TRUST_SERVER, else
https://notary.docker.io for Docker Hub, else the registry host itself (ACR).`;
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
function parseFlags(args, flags, command) {
    const options = {};
    for (const f of flags) {
        if (f.negationOf)
            continue;
        options[f.name] = { type: f.type, ...(f.short ? { short: f.short } : {}), ...(f.multiple ? { multiple: true } : {}) };
    }
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: [...args],
            options,
            allowPositionals: true,
            allowNegative: true,
            strict: true,
        });
        return { values: values, positionals };
    }
    catch (err) {
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./lib/cli/process-runner.js
// The CLI's CommandRunner: node's child_process. The child's stdout and
// stderr both go to our stderr as they arrive, so a person sees docker push
// progress while stdout stays reserved for the result; both are also kept
// for the caller.



class ProcessRunner {
    #echo;
    constructor(options = {}) {
        this.#echo = options.echo ?? ((chunk) => process.stderr.write(chunk));
    }
    run(command, args, options = {}) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
            const stdout = [];
            const stderr = [];
            const collect = (into) => (chunk) => {
                into.push(chunk);
                this.#echo(chunk);
            };
            child.stdout.on('data', collect(stdout));
            child.stderr.on('data', collect(stderr));
            child.on('error', (err) => {
                const message = err.code === 'ENOENT'
                    ? `${command} was not found on PATH; install the docker CLI, or push the image yourself and pass --no-push`
                    : `${command} could not be started: ${err.message}`;
                reject(new errors/* DctError */.sY('COMMAND', message, { cause: err }));
            });
            child.on('close', (code, signal) => {
                const signalNumber = signal ? (external_node_os_.constants.signals[signal] ?? 0) : 0;
                resolve({
                    exitCode: code ?? 128 + signalNumber,
                    stdout: Buffer.concat(stdout).toString('utf8'),
                    stderr: Buffer.concat(stderr).toString('utf8'),
                });
            });
        });
    }
}

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
        return items.flatMap((item) => (0,inputs/* splitList */.ry)(item));
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
        const signer = this.#flag('signer-name')?.trim();
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
function stderrLogger(options) {
    const { write } = options;
    return {
        debug(message) {
            if (options.verbose)
                write(`debug: ${message}\n`);
        },
        info(message) {
            write(`${message}\n`);
        },
        warning(message) {
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
/** A core message's "the root-key and repository-key inputs": where it has to name inputs in its text. */
const INPUTS_PHRASE = new RegExp(`\\bthe ((?:${NAME})(?: and (?:${NAME}))*) inputs?\\b`, 'g');
/** A core message with the inputs its text names given as the command's flags, where it has them all. */
function inFlagWords(message, spec) {
    return message.replace(INPUTS_PHRASE, (phrase, names) => {
        const flags = names.split(' and ').map((name) => flagOfInput(name, spec));
        return flags.every((f) => f !== undefined) ? flags.join(' and ') : phrase;
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
        return { message: inFlagWords(message, spec), exitCode: EXIT_FAILED };
    }
    if (err instanceof errors/* DctError */.sY)
        return { message: inFlagWords(err.message, spec), exitCode: EXIT_FAILED };
    return { message: `unexpected failure: ${(0,errors/* errorMessage */.gJ)(err)}`, exitCode: EXIT_FAILED };
}
/** Parses, reads and runs one command; returns the exit code. */
async function runSpec(spec, args, io, out, redactor, state) {
    const { values, positionals } = parseFlags(args, allFlags(spec), spec.name);
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
    const operand = operandOf(spec);
    if (!operand && positionals.length > 0) {
        const flag = spec.inputs.find((i) => i.required)?.name;
        throw new UsageError(positionals[0], `${spec.name} takes no arguments${flag ? `; give --${flag}` : ''}`, { command: spec.name });
    }
    const reader = new CliReader({ values, positionals, env: io.env, readStdin: io.readStdin, redactor, command: spec.name }, spec.inputs);
    const inputs = await readInputs(spec, reader);
    state.reading = false;
    const cwd = process.cwd();
    const result = await execute(spec, inputs, {
        logger: stderrLogger({ write: out.stderr, verbose: values.verbose === true }),
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
    write(spec.json && values.json === true ? json(spec.json.value(result, view)) : spec.text(result, view));
    const failures = spec.failures?.(result) ?? [];
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
        if (first === '-h' || first === '--help' || (first === 'help' && rest[0] === undefined)) {
            out.stdout(topLevelHelp(COMMANDS));
            return EXIT_OK;
        }
        if (first === '-V' || first === '--version') {
            out.stdout(`${VERSION}\n`);
            return EXIT_OK;
        }
        if (first === 'help') {
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
        if (failure.exitCode === EXIT_USAGE) {
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
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4209);
// The dct-sign command line: `dct-sign COMMAND [options] ...`.
// Everything happens in runCli; this file only connects it to the process.

async function readStdin() {
    const chunks = [];
    for await (const chunk of process.stdin)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    readStdin,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eN: () => (/* binding */ KeyError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
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

/***/ 9417:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   VP: () => (/* binding */ readPublicKeyList),
/* harmony export */   ZZ: () => (/* binding */ parseTimeout),
/* harmony export */   li: () => (/* binding */ pemTextOrFile),
/* harmony export */   qp: () => (/* binding */ keyIdOrPem),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(452);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `${trimmed} cannot be read (${code}); give PEM text or the path of a PEM file`, { cause: err });
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
/** A number and one of `units`, in milliseconds; empty means none. */
function durationIn(units, examples, value, input) {
    const text = value?.trim();
    if (!text)
        return undefined;
    const match = new RegExp(`^(\\d+(?:\\.\\d+)?)\\s*([${units}])$`, 'i').exec(text);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `give a duration such as ${examples}, not "${text}"`);
    return Number(match[1]) * UNITS_MS[match[2].toLowerCase()];
}
/** `expiring-within`: a number and a unit (h, d or w), e.g. 180d, in milliseconds; empty means none. */
function parseDuration(value, input) {
    return durationIn('hdw', '180d, 26w or 36h', value, input);
}
/** `timeout`: a number and a unit (s, m or h), e.g. 10m, in milliseconds, more than zero. */
function parseTimeout(value, input) {
    const ms = durationIn('smh', '90s, 10m or 1h', value, input);
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

/***/ 781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U6: () => (/* binding */ byteCompare),
/* harmony export */   jz: () => (/* binding */ REPO_ADMIN),
/* harmony export */   p0: () => (/* binding */ naturalCompare)
/* harmony export */ });
/* unused harmony export naturalLess */
// docker's orders for what trust inspect lists: natural order for tags and
// signers (fvbommel/sortorder, as docker uses it), Go's bytewise order for
// key IDs and digests, and the name of a tag no signer signed.
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


/***/ }),

/***/ 1286:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ resolveTrustServer),
/* harmony export */   dn: () => (/* binding */ trustServerUrl)
/* harmony export */ });
/* unused harmony export DOCKER_HUB_NOTARY */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(452);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9758);
// Which trust server serves a registry's repositories, in docker's order:
// an explicit setting, DOCKER_CONTENT_TRUST_SERVER, Docker Hub's notary,
// then the registry host itself (ACR), on port 4443 for IBM Cloud's
// registries, whose trust server listens there.


const DOCKER_HUB_NOTARY = 'https://notary.docker.io';
/** IBM Cloud Container Registry hosts (icr.io and the older bluemix.net), without a port. */
const IBM_CLOUD = /^(?:[a-z0-9-]+\.)*(?:icr\.io|bluemix\.net)$/;
/** A trust server as given (`notary.example.com:4443` means https), as a URL without a trailing slash. */
function trustServerUrl(value, input = 'trust-server') {
    const url = /^[a-z]+:\/\//i.test(value) ? value : `https://${value}`;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `"${value}" is not a URL; give e.g. https://notary.example.com:4443`, { cause: err });
    }
    if (parsed.username || parsed.password) {
        // Never echo it: the URL carries a password, and it would land in outputs and summaries.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'the URL must not carry a user or password; give credentials as username and password');
    }
    return parsed.href.replace(/\/+$/, '');
}
function resolveTrustServer(registry, explicit, env) {
    const chosen = explicit?.trim() || env.DOCKER_CONTENT_TRUST_SERVER?.trim();
    if (chosen)
        return trustServerUrl(chosen);
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
