export const id = 691;
export const ids = [691];
export const modules = {

/***/ 1691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: COMMANDS, readCommand

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/azure-pipelines-task-lib/task.js
var task = __webpack_require__(358);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/registry/reference.js
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
        throw new errors/* InputError */.dz(input, 'an image reference is empty');
    let rest = original;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest)) {
            throw new errors/* InputError */.dz(input, `${original}: the digest must be sha256: followed by 64 lowercase hex digits`);
        }
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag)) {
            throw new errors/* InputError */.dz(input, `${original}: "${tag}" is not a valid tag (letters, digits, '_', '.', '-'; at most 128)`);
        }
    }
    const [registry, repository] = splitRegistry(rest);
    if (!HOST.test(registry))
        throw new errors/* InputError */.dz(input, `${original}: "${registry}" is not a valid registry host`);
    if (!repository.split('/').every((c) => PATH_COMPONENT.test(c))) {
        throw new errors/* InputError */.dz(input, `${original}: "${repository}" is not a valid repository name (lowercase letters, digits and separators)`);
    }
    return { registry, repository, tag, digest, gun: `${registry}/${repository}`, original };
}
/** A reference that must name a tag, as signing does: trust data signs tags. */
function parseTaggedReference(text, input = 'tags') {
    const ref = parseReference(text, input);
    if (ref.tag === undefined) {
        throw new errors/* InputError */.dz(input, `${ref.original} has no tag: content trust signs tags, so write it as ${ref.original.split('@')[0]}:<tag>`);
    }
    return ref;
}
/** The host to call for the registry API (Docker Hub's API lives elsewhere). */
function registryApiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}

;// CONCATENATED MODULE: ./lib/tuf/guards.js
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

;// CONCATENATED MODULE: ./lib/tuf/role.js
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
        const obj = asObject(value, where);
        return new RootRole({
            keyids: asStringArray(obj.keyids, `${where}.keyids`),
            threshold: asInteger(obj.threshold, `${where}.threshold`),
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
        const obj = asObject(value, where);
        const name = asString(obj.name, `${where}.name`);
        return new DelegatedRole({
            name,
            keyids: asStringArray(obj.keyids, `${where}.keyids`),
            threshold: asInteger(obj.threshold, `${where}.threshold`),
            paths: obj.paths === undefined || obj.paths === null ? [] : asStringArray(obj.paths, `${where}.paths`),
        });
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/registry/credentials.js
// Registry credentials from docker's config file, as docker/login-action and
// Azure's Docker@2 login write it: `auths` entries with a base64 `auth`
// (user:password), separate `username`/`password`, or an `identitytoken`.





function isIdentityToken(c) {
    return 'identityToken' in c;
}
const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];
/** docker's config.json path: $DOCKER_CONFIG/config.json, else ~/.docker/config.json. */
function dockerConfigPath(env = process.env) {
    return (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json');
}
/** The host part of an `auths` key, which may be a URL. */
function keyHost(key) {
    return key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
}
/** Credentials for `registry` from parsed config JSON; undefined when none match. */
function credentialsFromConfig(config, registry, path = 'config.json') {
    if (typeof config !== 'object' || config === null)
        return undefined;
    const auths = config.auths;
    if (typeof auths !== 'object' || auths === null)
        return undefined;
    const wanted = registry === DOCKER_HUB ? new Set(HUB_KEYS) : new Set([registry.toLowerCase()]);
    for (const [key, entry] of Object.entries(auths)) {
        if (!wanted.has(key) && !wanted.has(keyHost(key)))
            continue;
        if (typeof entry !== 'object' || entry === null)
            continue;
        const e = entry;
        let username = typeof e.username === 'string' ? e.username : '';
        let password = typeof e.password === 'string' ? e.password : '';
        if (typeof e.auth === 'string' && e.auth !== '') {
            const decoded = Buffer.from(e.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new errors/* InputError */.dz('docker config', `${path}: the auth entry for ${key} is not base64 of user:password; log in again`);
            }
            username = decoded.slice(0, colon);
            password = decoded.slice(colon + 1);
        }
        if (typeof e.identitytoken === 'string' && e.identitytoken !== '') {
            return { username, identityToken: e.identitytoken };
        }
        if (username !== '' || password !== '')
            return { username, password };
    }
    return undefined;
}
/** Reads docker's config file; a missing file means no credentials. */
async function credentialsFromDockerConfig(registry, env = process.env) {
    const path = dockerConfigPath(env);
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new errors/* InputError */.dz('docker config', `${path} cannot be read: ${err.message}`, { cause: err });
    }
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz('docker config', `${path} is not valid JSON; run docker login again`, { cause: err });
    }
    return credentialsFromConfig(config, registry, path);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var cjs = __webpack_require__(7261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var build_cjs = __webpack_require__(3594);
;// CONCATENATED MODULE: ./lib/keys/constants.js
// Numbers and object identifiers the keys module shares, each as notary uses
// it (tuf/utils/pkcs8.go, tuf/signed/verifiers.go, tuf/data/keys.go).
/** notary.MinRSABitSize: notary refuses to verify with smaller RSA keys. */
const MIN_RSA_BITS = 2048;
/** rsa.PSSSaltLengthEqualsHash for SHA-256, which notary signs and verifies with. */
const RSA_PSS_SALT_LENGTH = 32;
/** Encrypted PKCS#8 as notary writes it: PBKDF2-SHA1, 2048 rounds, 8-byte salt, AES-256-CBC. */
const NOTARY_PBKDF2_ITERATIONS = 2048;
const NOTARY_SALT_BYTES = 8;
const AES_IV_BYTES = 16;
/** notary.Year: the root certificate lasts 10 of these (365 days, not calendar years). */
const DAYS_PER_YEAR = 365;
const OID = {
    rsaEncryption: '1.2.840.113549.1.1.1',
    ecPublicKey: '1.2.840.10045.2.1',
    /** The ed25519 OID notary writes into PKCS#8 (not RFC 8410's 1.3.101.112). */
    notaryEd25519: '1.3.6.1.4.1.11591.15.1',
    ed25519: '1.3.101.112',
    prime256v1: '1.2.840.10045.3.1.7',
    pbes2: '1.2.840.113549.1.5.13',
    pbkdf2: '1.2.840.113549.1.5.12',
    hmacWithSHA1: '1.2.840.113549.2.7',
    aes256Cbc: '2.16.840.1.101.3.4.1.42',
    ecdsaWithSHA256: '1.2.840.10045.4.3.2',
    sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
    commonName: '2.5.4.3',
    keyUsage: '2.5.29.15',
    extKeyUsage: '2.5.29.37',
    basicConstraints: '2.5.29.19',
    codeSigning: '1.3.6.1.5.5.7.3.3',
};
/** PBKDF2 pseudo-random functions we can read, by OID (absent means SHA-1). */
const PBKDF2_PRFS = {
    '1.2.840.113549.2.7': 'sha1',
    '1.2.840.113549.2.8': 'sha224',
    '1.2.840.113549.2.9': 'sha256',
    '1.2.840.113549.2.10': 'sha384',
    '1.2.840.113549.2.11': 'sha512',
};
/** PBES2 ciphers we can read, by OID, with their key sizes. */
const PBES2_CIPHERS = {
    '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyBytes: 16 },
    '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyBytes: 24 },
    '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyBytes: 32 },
};
/** Certificate signature algorithms Go's x509 rejects for notary (ValidateCertificate). */
const SHA1_SIGNATURE_OIDS = new Set([
    '1.2.840.113549.1.1.5', // sha1WithRSAEncryption
    '1.2.840.10040.4.3', // dsaWithSHA1
    '1.2.840.10045.4.1', // ecdsa-with-SHA1
]);

;// CONCATENATED MODULE: ./lib/keys/pem.js
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

;// CONCATENATED MODULE: ./lib/encoding/canonical-json.js
// JSON encoders that reproduce Go byte for byte.
//
// Notary signs the canonical form of docker/go's `canonical/json` package:
// object keys sorted by byte order, no insignificant whitespace, integers
// only, and only `"` and `\` escaped inside strings. Envelopes, on the other
// hand, are written by Go's ordinary json.Marshal, which compacts embedded
// raw JSON and escapes <, >, &, U+2028 and U+2029. notary-server rebuilds the
// snapshot from its own re-serialization of what it is sent, so anything we
// upload has to be identical to Go's output or every client rejects it.
const encoder = new TextEncoder();
/** Compares two strings by their UTF-8 bytes, as Go's sort of strings does. */
function compareBytewise(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
function assertWellFormed(s) {
    if (!s.isWellFormed()) {
        throw new TypeError('canonical JSON: string contains a lone surrogate');
    }
}
/** A string in docker/go canonical form: only `"` and `\` are escaped. */
function canonicalString(s) {
    assertWellFormed(s);
    return `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
const GO_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
};
/** A string as Go's json.Marshal writes it (HTML-safe, control characters escaped). */
function goString(s) {
    assertWellFormed(s);
    // eslint-disable-next-line no-control-regex
    const escaped = s.replace(/["\\\u0000-\u001f<>&\u2028\u2029]/g, (c) => {
        const known = GO_ESCAPES[c];
        if (known)
            return known;
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    return `"${escaped}"`;
}
function encode(value, str) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'boolean':
            return value ? 'true' : 'false';
        case 'number':
            if (!Number.isSafeInteger(value)) {
                throw new TypeError(`canonical JSON: ${value} is not an integer`);
            }
            return String(value);
        case 'string':
            return str(value);
        case 'object': {
            if (Array.isArray(value)) {
                return `[${value.map((v) => encode(v, str)).join(',')}]`;
            }
            const obj = value;
            const keys = Object.keys(obj)
                .filter((k) => obj[k] !== undefined)
                .sort(compareBytewise);
            return `{${keys.map((k) => `${str(k)}:${encode(obj[k], str)}`).join(',')}}`;
        }
        default:
            throw new TypeError(`canonical JSON: cannot encode a ${typeof value}`);
    }
}
/** docker/go canonical JSON, as a string. */
function canonicalJson(value) {
    return encode(value, canonicalString);
}
/** docker/go canonical JSON: what notary signs and hashes key IDs over. */
function canonicalize(value) {
    return encoder.encode(encode(value, canonicalString));
}
/**
 * The canonical form as it appears inside a json.Marshal'd envelope: Go
 * compacts an embedded json.RawMessage with HTML escaping, so the same
 * sorted, whitespace-free text but with <, >, &, U+2028 and U+2029 escaped.
 * Control characters are left raw by the canonical encoder, which Go's
 * compactor then refuses, so they are refused here too.
 */
function canonicalForEnvelope(value) {
    return encode(value, (s) => {
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u001f]/.test(s)) {
            throw new TypeError('canonical JSON: control characters cannot be published');
        }
        return goString(s);
    });
}

;// CONCATENATED MODULE: ./lib/keys/tuf-key.js
// A public key as it appears in Notary v1 metadata, and its key ID.
//
// The ID is the sha256 of the canonical JSON of {keytype, keyval:{private:null,
// public}}, exactly as notary's TUFKey.ID computes it. Private keys never
// enter this type.


const KEY_TYPES = (/* unused pure expression or super */ null && (['ecdsa', 'ecdsa-x509', 'ed25519', 'rsa', 'rsa-x509']));
function isKeyType(value) {
    return typeof value === 'string' && KEY_TYPES.includes(value);
}
class TufKey {
    /** Notary's `keytype`; unknown types are kept so that metadata round-trips. */
    keytype;
    /** The `keyval.public` bytes: PKIX DER, raw ed25519, or a PEM certificate. */
    public;
    #id;
    constructor(keytype, publicBytes) {
        this.keytype = keytype;
        this.public = Buffer.from(publicBytes);
    }
    get id() {
        this.#id ??= (0,external_node_crypto_.createHash)('sha256').update(canonicalize(this.toJSON())).digest('hex');
        return this.#id;
    }
    toJSON() {
        return { keytype: this.keytype, keyval: { private: null, public: this.public.toString('base64') } };
    }
    static fromJSON(value) {
        if (typeof value !== 'object' || value === null)
            throw new TypeError('key is not an object');
        const { keytype, keyval } = value;
        if (typeof keytype !== 'string')
            throw new TypeError('key has no keytype');
        if (typeof keyval !== 'object' || keyval === null)
            throw new TypeError('key has no keyval');
        const pub = keyval.public;
        if (typeof pub !== 'string')
            throw new TypeError('key has no public value');
        return new TufKey(keytype, Buffer.from(pub, 'base64'));
    }
    equals(other) {
        return this.id === other.id;
    }
}

;// CONCATENATED MODULE: ./lib/keys/certificate.js
// x509 certificates as notary handles them: the PEM bytes it stores as an
// x509 key's public value, the two ways it finds the certificate again in
// those bytes, and the checks it makes before trusting one.






function certificate_isX509KeyType(keytype) {
    return keytype === 'ecdsa-x509' || keytype === 'rsa-x509';
}
/** utils.CertToPEM: the certificate alone, no headers, with a final newline. */
function certificatePem(der) {
    return encodePem('CERTIFICATE', der);
}
/**
 * utils.CertToKey: an `ecdsa-x509` or `rsa-x509` key whose public value is
 * the certificate's PEM. Undefined for any other key algorithm (notary
 * returns nil for those).
 */
function certificateTufKey(cert) {
    const keytype = cert.publicKey.asymmetricKeyType;
    const pem = Buffer.from(certificatePem(cert.raw), 'utf8');
    if (keytype === 'ec')
        return new TufKey('ecdsa-x509', pem);
    if (keytype === 'rsa')
        return new TufKey('rsa-x509', pem);
    return undefined;
}
function parse(der) {
    try {
        return new external_node_crypto_.X509Certificate(der);
    }
    catch {
        return undefined;
    }
}
/**
 * The certificate in an x509 key's public bytes, found as notary's
 * verifiers find it: the first PEM block, whatever its label.
 */
function certificateForVerify(publicBytes) {
    const first = readPem(Buffer.from(publicBytes).toString('utf8')).blocks[0];
    return first ? parse(first.bytes) : undefined;
}
/**
 * The certificate as utils.LoadCertFromPEM finds it for key IDs: the first
 * `CERTIFICATE` block without headers that parses.
 */
function certificateForKeyId(publicBytes) {
    for (const block of readPem(Buffer.from(publicBytes).toString('utf8')).blocks) {
        if (block.type !== 'CERTIFICATE' || Object.keys(block.headers).length > 0)
            continue;
        const cert = parse(block.bytes);
        if (cert)
            return cert;
    }
    return undefined;
}
function signatureAlgorithmOid(cert) {
    try {
        return cjs.AsnConvert.parse(cert.raw, build_cjs.Certificate).signatureAlgorithm.algorithm;
    }
    catch {
        return undefined;
    }
}
/**
 * utils.ValidateCertificate: why notary would refuse this certificate, or
 * undefined. With `now`, also checks the validity period the way notary
 * does, allowing a day of clock skew on the start.
 */
function certificateProblem(cert, now) {
    // validFrom/validTo strings rather than the *Date getters, which Node 20 lacks.
    const notBefore = new Date(cert.validFrom).getTime();
    const notAfter = new Date(cert.validTo).getTime();
    if (notBefore > notAfter)
        return 'its validity period ends before it starts';
    const sigOid = signatureAlgorithmOid(cert);
    if (sigOid === undefined)
        return 'it could not be parsed';
    if (SHA1_SIGNATURE_OIDS.has(sigOid))
        return 'it is signed with SHA-1, which notary refuses';
    const key = cert.publicKey;
    if (key.asymmetricKeyType === 'rsa' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) {
        return `its RSA key is shorter than ${MIN_RSA_BITS} bits`;
    }
    if (now) {
        const t = now.getTime();
        if (t + 86_400_000 < notBefore)
            return `it is not valid before ${new Date(notBefore).toISOString()}`;
        if (t > notAfter)
            return `it expired on ${new Date(notAfter).toISOString()}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/keys/key-object.js
// What notary makes of a node KeyObject: which TUF key type it is, whether
// notary can use it, and its public bytes exactly as Go would write them.
//
// Public bytes feed key IDs, so they must match Go byte for byte: PKIX DER
// from x509.MarshalPKIXPublicKey for ECDSA and RSA (uncompressed EC points,
// RSA with a NULL parameter), and the raw 32 bytes for ed25519.



const CURVE_NAMES = {
    prime256v1: 'P-256',
    secp384r1: 'P-384',
    secp521r1: 'P-521',
    secp224r1: 'P-224',
};
/** Curves Go's x509 parses in a public key; notary verifies with any of them. */
const VERIFY_CURVES = new Set(['prime256v1', 'secp384r1', 'secp521r1']);
function curveName(key) {
    const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
    return CURVE_NAMES[curve] ?? curve;
}
/** The TUF key type of a node key, if notary knows the algorithm at all. */
function plainKeyType(key) {
    switch (key.asymmetricKeyType) {
        case 'ec':
            return 'ecdsa';
        case 'rsa':
            return 'rsa';
        case 'ed25519':
            return 'ed25519';
        default:
            return undefined;
    }
}
function methodFor(keytype) {
    switch (keytype) {
        case 'ecdsa':
            return 'ecdsa';
        case 'rsa':
            return 'rsapss';
        case 'ed25519':
            return 'eddsa';
    }
}
/**
 * Why notary cannot use this key, or undefined when it can. Signing keys
 * must be what notary generates or imports (P-256, ed25519, RSA >= 2048);
 * public keys may use any curve Go's verifier accepts.
 */
function unusableReason(key, use) {
    const type = plainKeyType(key);
    if (type === undefined) {
        return `${key.asymmetricKeyType ?? 'unknown'} keys are not supported; use an ECDSA P-256, Ed25519 or RSA (2048 bits or more) key`;
    }
    if (type === 'ecdsa') {
        const curve = key.asymmetricKeyDetails?.namedCurve ?? '';
        const ok = use === 'sign' ? curve === 'prime256v1' : VERIFY_CURVES.has(curve);
        if (!ok) {
            return `ECDSA keys must use curve P-256, this one uses ${curveName(key)}; generate a new key with \`docker trust key generate\``;
        }
    }
    if (type === 'rsa') {
        const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
        if (bits < MIN_RSA_BITS) {
            return `RSA keys must have at least ${MIN_RSA_BITS} bits, this one has ${bits}; generate a larger key`;
        }
    }
    return undefined;
}
/** x509.MarshalPKIXPublicKey of an ECDSA or RSA key. */
function goPkix(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    if (pub.asymmetricKeyType === 'ec') {
        // Round-trip through JWK so the point is uncompressed, as Go writes it.
        const jwk = pub.export({ format: 'jwk' });
        return (0,external_node_crypto_.createPublicKey)({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'der' });
    }
    return pub.export({ type: 'spki', format: 'der' });
}
/** The 32 raw bytes of an ed25519 public key. */
function ed25519Raw(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    const x = pub.export({ format: 'jwk' }).x;
    if (typeof x !== 'string')
        throw new TypeError('ed25519 key has no public value');
    return Buffer.from(x, 'base64url');
}
/** The plain (non-certificate) TUF key for a node key of a known type. */
function tufKeyOf(key) {
    const type = plainKeyType(key);
    if (type === undefined)
        throw new TypeError(`unsupported key type ${key.asymmetricKeyType}`);
    return new TufKey(type, type === 'ed25519' ? ed25519Raw(key) : goPkix(key));
}
/** A node public key from raw ed25519 bytes. */
function ed25519FromRaw(raw) {
    return (0,external_node_crypto_.createPublicKey)({
        key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') },
        format: 'jwk',
    });
}

;// CONCATENATED MODULE: ./lib/keys/canonical-key-id.js
// The key ID a private key is stored and looked up by (utils.CanonicalKeyID).
//
// Root keys appear in root.json as x509 certificates, whose key ID hashes the
// whole certificate. The private key behind them is known by the ID of the
// certificate's public key as a plain key: `ecdsa` for an `ecdsa-x509` key,
// `rsa` for `rsa-x509` (by the x509 key's type, as notary does, not by what
// the certificate happens to hold). Every other key is its own canonical ID.




/** Throws a KeyError when an x509 key holds no readable certificate. */
function canonical_key_id_canonicalKeyId(key) {
    if (!certificate_isX509KeyType(key.keytype))
        return key.id;
    const cert = certificateForKeyId(key.public);
    if (!cert) {
        throw new errors/* KeyError */.eN('certificate', `the ${key.keytype} key ${key.id} does not contain a readable certificate`);
    }
    let der;
    try {
        der = goPkix(cert.publicKey);
    }
    catch (cause) {
        throw new errors/* KeyError */.eN('certificate', `the certificate of key ${key.id} has an unsupported public key`, { cause });
    }
    return new TufKey(key.keytype === 'ecdsa-x509' ? 'ecdsa' : 'rsa', der).id;
}

// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-pkcs8/build/cjs/index.js
var asn1_pkcs8_build_cjs = __webpack_require__(5003);
;// CONCATENATED MODULE: ./lib/keys/pbes2.js
// Password-based encryption of PKCS#8 (PBES2, RFC 8018) as notary uses it.
//
// Notary writes PBKDF2 with no PRF field (so HMAC-SHA1), 2048 iterations, an
// 8-byte salt and AES-256-CBC, and when reading it ignores any PRF field and
// always derives with SHA-1. Node's own encrypted export names
// hmacWithSHA256, which notary then decrypts with the wrong key, so we build
// the structure ourselves; only PBKDF2 and AES come from node:crypto. When
// reading we honour the PRF and AES key sizes, so keys encrypted by openssl
// load too. Anything else (PBES1, scrypt) is left to node.





/** A bound on attacker-chosen work: far above any real key file. */
const MAX_ITERATIONS = 10_000_000;
// The two parameter structures have no class in @peculiar's packages; they
// are declared here by calling the schema decorators as plain functions.
/** PBKDF2-params ::= SEQUENCE { salt OCTET STRING, iterationCount INTEGER, keyLength INTEGER OPTIONAL, prf AlgorithmIdentifier DEFAULT hmacWithSHA1 } */
class Pbkdf2Params {
    salt = new cjs.OctetString();
    iterationCount = 0;
    keyLength;
    prf;
}
(0,cjs.AsnType)({ type: cjs.AsnTypeTypes.Sequence })(Pbkdf2Params);
(0,cjs.AsnProp)({ type: cjs.AsnPropTypes.OctetString })(Pbkdf2Params.prototype, 'salt');
(0,cjs.AsnProp)({ type: cjs.AsnPropTypes.Integer })(Pbkdf2Params.prototype, 'iterationCount');
(0,cjs.AsnProp)({ type: cjs.AsnPropTypes.Integer, optional: true })(Pbkdf2Params.prototype, 'keyLength');
(0,cjs.AsnProp)({ type: build_cjs.AlgorithmIdentifier, optional: true })(Pbkdf2Params.prototype, 'prf');
/** PBES2-params ::= SEQUENCE { keyDerivationFunc AlgorithmIdentifier, encryptionScheme AlgorithmIdentifier } */
class Pbes2Params {
    keyDerivationFunc = new build_cjs.AlgorithmIdentifier();
    encryptionScheme = new build_cjs.AlgorithmIdentifier();
}
(0,cjs.AsnType)({ type: cjs.AsnTypeTypes.Sequence })(Pbes2Params);
(0,cjs.AsnProp)({ type: build_cjs.AlgorithmIdentifier })(Pbes2Params.prototype, 'keyDerivationFunc');
(0,cjs.AsnProp)({ type: build_cjs.AlgorithmIdentifier })(Pbes2Params.prototype, 'encryptionScheme');
class Pbes2Error extends Error {
    reason;
    constructor(reason, message, options = {}) {
        super(message, options);
        this.reason = reason;
    }
}
function buf(data) {
    if (data instanceof cjs.OctetString)
        return Buffer.from(data.buffer);
    return ArrayBuffer.isView(data)
        ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
        : Buffer.from(data);
}
/** EncryptedPrivateKeyInfo DER exactly as notary's convertTUFKeyToPKCS8Encrypted writes it. */
function encryptPkcs8(pkcs8, passphrase) {
    const salt = (0,external_node_crypto_.randomBytes)(NOTARY_SALT_BYTES);
    const iv = (0,external_node_crypto_.randomBytes)(AES_IV_BYTES);
    const key = (0,external_node_crypto_.pbkdf2Sync)(passphrase, salt, NOTARY_PBKDF2_ITERATIONS, 32, 'sha1');
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-cbc', key, iv);
    const encrypted = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
    const kdf = new Pbkdf2Params();
    kdf.salt = new cjs.OctetString(salt);
    kdf.iterationCount = NOTARY_PBKDF2_ITERATIONS;
    const params = new Pbes2Params();
    params.keyDerivationFunc = new build_cjs.AlgorithmIdentifier({ algorithm: OID.pbkdf2, parameters: cjs.AsnConvert.serialize(kdf) });
    params.encryptionScheme = new build_cjs.AlgorithmIdentifier({
        algorithm: OID.aes256Cbc,
        parameters: cjs.AsnConvert.serialize(new cjs.OctetString(iv)),
    });
    const info = new asn1_pkcs8_build_cjs.EncryptedPrivateKeyInfo({
        encryptionAlgorithm: new build_cjs.AlgorithmIdentifier({ algorithm: OID.pbes2, parameters: cjs.AsnConvert.serialize(params) }),
        encryptedData: new asn1_pkcs8_build_cjs.EncryptedData(encrypted),
    });
    return Buffer.from(cjs.AsnConvert.serialize(info));
}
function plan(der) {
    let info;
    try {
        info = cjs.AsnConvert.parse(buf(der), asn1_pkcs8_build_cjs.EncryptedPrivateKeyInfo);
    }
    catch (cause) {
        throw new Pbes2Error('malformed', 'not an encrypted PKCS#8 private key', { cause });
    }
    const alg = info.encryptionAlgorithm;
    if (alg.algorithm !== OID.pbes2 || !alg.parameters) {
        throw new Pbes2Error('unsupported', `encryption scheme ${alg.algorithm} is not PBES2`);
    }
    let params;
    let kdf;
    let iv;
    try {
        params = cjs.AsnConvert.parse(alg.parameters, Pbes2Params);
        if (params.keyDerivationFunc.algorithm !== OID.pbkdf2 || !params.keyDerivationFunc.parameters) {
            throw new Pbes2Error('unsupported', 'key derivation is not PBKDF2');
        }
        kdf = cjs.AsnConvert.parse(params.keyDerivationFunc.parameters, Pbkdf2Params);
        if (!params.encryptionScheme.parameters)
            throw new Pbes2Error('malformed', 'cipher has no IV');
        iv = cjs.AsnConvert.parse(params.encryptionScheme.parameters, cjs.OctetString);
    }
    catch (cause) {
        if (cause instanceof Pbes2Error)
            throw cause;
        throw new Pbes2Error('malformed', 'malformed PBES2 parameters', { cause });
    }
    const cipher = PBES2_CIPHERS[params.encryptionScheme.algorithm];
    const prf = PBKDF2_PRFS[kdf.prf?.algorithm ?? OID.hmacWithSHA1];
    if (!cipher || !prf)
        throw new Pbes2Error('unsupported', 'unsupported PBES2 cipher or PRF');
    if (kdf.keyLength !== undefined && kdf.keyLength !== cipher.keyBytes) {
        throw new Pbes2Error('malformed', 'PBKDF2 key length does not match the cipher');
    }
    if (kdf.iterationCount < 1 || kdf.iterationCount > MAX_ITERATIONS) {
        throw new Pbes2Error('unsupported', `unreasonable PBKDF2 iteration count ${kdf.iterationCount}`);
    }
    const ivBytes = buf(iv);
    if (ivBytes.length !== AES_IV_BYTES)
        throw new Pbes2Error('malformed', 'AES-CBC IV must be 16 bytes');
    return {
        salt: buf(kdf.salt),
        iterations: kdf.iterationCount,
        prf,
        cipher: cipher.name,
        keyBytes: cipher.keyBytes,
        iv: ivBytes,
        data: buf(info.encryptedData),
    };
}
/**
 * The PKCS#8 DER inside a PBES2 EncryptedPrivateKeyInfo. Throws Pbes2Error:
 * `passphrase` when the padding comes out wrong (a wrong passphrase, since
 * notary always pads), `unsupported` for schemes other than PBES2 with
 * PBKDF2 and AES-CBC, `malformed` for broken structures.
 */
function decryptPkcs8(der, passphrase) {
    const p = plan(der);
    const key = (0,external_node_crypto_.pbkdf2Sync)(passphrase, p.salt, p.iterations, p.keyBytes, p.prf);
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)(p.cipher, key, p.iv);
        return Buffer.concat([decipher.update(p.data), decipher.final()]);
    }
    catch (cause) {
        throw new Pbes2Error('passphrase', 'the passphrase does not decrypt the key', { cause });
    }
}

;// CONCATENATED MODULE: ./lib/keys/pkcs8.js
// Unencrypted PKCS#8 in notary's own layout (tuf/utils/pkcs8.go).
//
// Notary does not write standard PKCS#8 for every key: ed25519 keys carry
// the OID 1.3.6.1.4.1.11591.15.1 and 96 raw bytes (public || seed || public)
// instead of RFC 8410's wrapped seed, ECDSA keys are version 1 with the full
// SEC1 structure inside, and RSA keys have no NULL algorithm parameter.
// Notary reads back only that layout for ed25519, so we write it exactly,
// and read both it and whatever standard PKCS#8 node understands.






const ED25519_RAW_BYTES = 32;
function toBuffer(data) {
    if (data instanceof cjs.OctetString)
        return Buffer.from(data.buffer);
    return ArrayBuffer.isView(data)
        ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
        : Buffer.from(data);
}
function nodePkcs8(key) {
    return cjs.AsnConvert.parse(key.export({ type: 'pkcs8', format: 'der' }), asn1_pkcs8_build_cjs.PrivateKeyInfo);
}
function ed25519Seed(key) {
    const d = key.export({ format: 'jwk' }).d;
    if (typeof d !== 'string')
        throw new TypeError('ed25519 key has no private value');
    return Buffer.from(d, 'base64url');
}
/** convertTUFKeyToPKCS8: the DER notary writes for a private key. */
function encodeNotaryPkcs8(key) {
    let info;
    switch (key.asymmetricKeyType) {
        case 'ec':
            info = nodePkcs8(key); // keeps {ecPublicKey, namedCurve}
            // Version 1, as Go's struct holds it (RFC 5958 reserves it for keys with a public part).
            info.version = 1;
            info.privateKey = new cjs.OctetString(key.export({ type: 'sec1', format: 'der' }));
            break;
        case 'rsa':
            info = new asn1_pkcs8_build_cjs.PrivateKeyInfo({
                version: 0,
                privateKeyAlgorithm: new build_cjs.AlgorithmIdentifier({ algorithm: OID.rsaEncryption }),
                privateKey: new cjs.OctetString(key.export({ type: 'pkcs1', format: 'der' })),
            });
            break;
        case 'ed25519': {
            const pub = ed25519Raw(key);
            info = new asn1_pkcs8_build_cjs.PrivateKeyInfo({
                version: 0,
                privateKeyAlgorithm: new build_cjs.AlgorithmIdentifier({ algorithm: OID.notaryEd25519 }),
                privateKey: new cjs.OctetString(Buffer.concat([pub, ed25519Seed(key), pub])),
            });
            break;
        }
        default:
            throw new TypeError(`notary cannot store ${key.asymmetricKeyType} keys`);
    }
    return Buffer.from(cjs.AsnConvert.serialize(info));
}
class Pkcs8Error extends Error {
    reason;
    constructor(reason, message, options = {}) {
        super(message, options);
        this.reason = reason;
    }
}
/** An RFC 8410 key from notary's 96-byte ed25519 private value. */
function notaryEd25519(raw) {
    if (raw.length !== 3 * ED25519_RAW_BYTES) {
        throw new Pkcs8Error('malformed', 'malformed ed25519 private key');
    }
    const seed = raw.subarray(ED25519_RAW_BYTES, 2 * ED25519_RAW_BYTES);
    const standard = new asn1_pkcs8_build_cjs.PrivateKeyInfo({
        version: 0,
        privateKeyAlgorithm: new build_cjs.AlgorithmIdentifier({ algorithm: OID.ed25519 }),
        privateKey: new cjs.OctetString(cjs.AsnConvert.serialize(new cjs.OctetString(seed))),
    });
    const key = (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(cjs.AsnConvert.serialize(standard)), format: 'der', type: 'pkcs8' });
    // Go signs with the stored public half; a key whose halves disagree is corrupt.
    if (!ed25519Raw(key).equals(raw.subarray(0, ED25519_RAW_BYTES))) {
        throw new Pkcs8Error('malformed', 'ed25519 private key does not match its public key');
    }
    return key;
}
/** The notary legacy `ED25519 PRIVATE KEY` PEM body: the same 96 bytes. */
function decodeNotaryEd25519(raw) {
    return notaryEd25519(Buffer.from(raw));
}
/**
 * A private key from PKCS#8 DER: notary's layouts and anything node reads.
 * Throws Pkcs8Error: `malformed` when the bytes are not PKCS#8 at all (for
 * decrypted data, the sign of a wrong passphrase), `unsupported` when they
 * are but the algorithm is unknown.
 */
function decodePkcs8(der) {
    let info;
    try {
        info = cjs.AsnConvert.parse(toBuffer(der), asn1_pkcs8_build_cjs.PrivateKeyInfo);
    }
    catch (cause) {
        throw new Pkcs8Error('malformed', 'not a PKCS#8 private key', { cause });
    }
    const algorithm = info.privateKeyAlgorithm.algorithm;
    if (algorithm === OID.notaryEd25519)
        return notaryEd25519(toBuffer(info.privateKey));
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: toBuffer(der), format: 'der', type: 'pkcs8' });
    }
    catch (cause) {
        if (algorithm === OID.rsaEncryption) {
            // Notary's RSA layout omits the NULL parameter; read the PKCS#1 inside.
            try {
                return (0,external_node_crypto_.createPrivateKey)({ key: toBuffer(info.privateKey), format: 'der', type: 'pkcs1' });
            }
            catch {
                // fall through to the error below
            }
        }
        throw new Pkcs8Error('unsupported', `unsupported private key algorithm ${algorithm}`, { cause });
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./lib/keys/signing-key.js
// A private key held in memory, signing exactly as notary's data.PrivateKey
// implementations do (tuf/data/keys.go):
//   ecdsa   SHA-256, raw r||s, each zero-padded to the curve size
//   eddsa   ed25519 over the message itself
//   rsapss  SHA-256, MGF1-SHA-256, 32-byte salt (PSSSaltLengthEqualsHash)
// The key material stays in a private field; only the export functions of
// this module can reach it, through `keyObjectOf`.




let reveal;
class SigningKey {
    publicKey;
    keyId;
    method;
    #key;
    static {
        reveal = (key) => key.#key;
    }
    /** Throws a TypeError for keys notary cannot sign with; loaders check first. */
    constructor(privateKey) {
        if (privateKey.type !== 'private')
            throw new TypeError('a signing key needs a private key');
        const problem = unusableReason(privateKey, 'sign');
        if (problem !== undefined)
            throw new TypeError(problem);
        const keytype = plainKeyType(privateKey);
        if (keytype === undefined)
            throw new TypeError('unsupported key type');
        this.#key = privateKey;
        this.publicKey = tufKeyOf(privateKey);
        this.keyId = this.publicKey.id;
        this.method = methodFor(keytype);
    }
    sign(data) {
        return new Promise((resolve, reject) => {
            const done = (err, sig) => (err ? reject(err) : resolve(new Uint8Array(sig)));
            switch (this.method) {
                case 'ecdsa':
                    (0,external_node_crypto_.sign)('sha256', data, { key: this.#key, dsaEncoding: 'ieee-p1363' }, done);
                    return;
                case 'eddsa':
                    (0,external_node_crypto_.sign)(null, data, this.#key, done);
                    return;
                default:
                    (0,external_node_crypto_.sign)('sha256', data, { key: this.#key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: RSA_PSS_SALT_LENGTH }, done);
            }
        });
    }
    /** Only public facts: logging a key must never print it. */
    toJSON() {
        return { keyId: this.keyId, keytype: this.publicKey.keytype, method: this.method };
    }
    [external_node_util_.inspect.custom]() {
        return `SigningKey { keyId: '${this.keyId}', keytype: '${this.publicKey.keytype}' }`;
    }
}
/** The node key behind a SigningKey. Not re-exported from the module. */
function keyObjectOf(key) {
    return reveal(key);
}

;// CONCATENATED MODULE: ./lib/keys/export-private-key.js
// Writes a private key file that notary and docker read back: encrypted
// PKCS#8 in notary's layout (see pkcs8.ts and pbes2.ts) under the `role:` and
// `gun:` headers its key store writes, in Go's PEM layout.
//
// Like notary's GenericKeyStore.AddKey, the `gun:` header is kept only for
// the targets, snapshot and timestamp roles: root keys and delegation keys
// (any other role, e.g. a docker signer name) are not bound to a repository.





const GUN_ROLES = new Set(['targets', 'snapshot', 'timestamp']);
function exportEncryptedPrivateKey(key, passphrase, opts) {
    if (passphrase === '') {
        throw new errors/* KeyError */.eN('passphrase', 'an empty passphrase would leave the key unencrypted; choose a passphrase', {
            code: 'PASSPHRASE',
        });
    }
    const headers = {};
    if (opts.role !== '')
        headers.role = opts.role;
    if (opts.gun && GUN_ROLES.has(opts.role))
        headers.gun = opts.gun;
    const der = encryptPkcs8(encodeNotaryPkcs8(keyObjectOf(key)), passphrase);
    return encodePem('ENCRYPTED PRIVATE KEY', der, headers);
}

;// CONCATENATED MODULE: ./lib/keys/export-public-key.js
// Writes a public key file like the <name>.pub of `docker trust key
// generate`: the key's metadata bytes as a PUBLIC KEY block with a `role:`
// header, in Go's PEM layout. Certificate keys are written as the
// certificate itself, without headers, since notary skips certificate
// blocks that carry any. Ed25519 keys, which notary lists as 32 raw bytes,
// are wrapped in PKIX so that the file is standard (loadPublicKey reads it
// back; notary itself only reads ECDSA and RSA public key files).


function exportPublicKeyPem(key, opts = {}) {
    const pub = 'publicKey' in key ? key.publicKey : key;
    if (pub.keytype === 'ecdsa-x509' || pub.keytype === 'rsa-x509')
        return pub.public.toString('utf8');
    const headers = opts.role ? { role: opts.role } : {};
    const der = pub.keytype === 'ed25519' ? ed25519FromRaw(pub.public).export({ type: 'spki', format: 'der' }) : pub.public;
    return encodePem('PUBLIC KEY', der, headers);
}

;// CONCATENATED MODULE: ./lib/keys/generate-key.js
// New keys, as notary's utils.GenerateKey makes them: ECDSA on P-256 or
// ed25519. (Notary only imports RSA keys, never generates them.)


function generateKey(type) {
    const { privateKey } = type === 'ecdsa' ? (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' }) : (0,external_node_crypto_.generateKeyPairSync)('ed25519');
    return new SigningKey(privateKey);
}

;// CONCATENATED MODULE: ./lib/keys/load-private-key.js
// Turns the private key text a user put in a CI secret into a signer.
//
// Accepts what notary's ParsePEMPrivateKey accepts (encrypted and plain
// PKCS#8 in notary's layout, SEC1, PKCS#1, notary's legacy ED25519 PEM,
// legacy DEK-Info encryption) plus standard PKCS#8 from openssl or node, in
// any of the shapes CI secrets turn PEM into (see pem.ts). The `role:` and
// `gun:` headers that notary and docker write are returned, never fed to
// node. Every failure is a KeyError naming the input and the fix; none
// carries key material or the passphrase.







const PRIVATE_TYPES = new Set([
    'ENCRYPTED PRIVATE KEY',
    'PRIVATE KEY',
    'EC PRIVATE KEY',
    'RSA PRIVATE KEY',
    'ED25519 PRIVATE KEY',
]);
const PUBLIC_TYPES = new Set(['PUBLIC KEY', 'RSA PUBLIC KEY', 'EC PUBLIC KEY', 'CERTIFICATE', 'TRUSTED CERTIFICATE']);
const PASTE_HINT = 'paste the whole key file, including its -----BEGIN ...----- and -----END ...----- lines, or that file base64-encoded';
function isEncrypted(block) {
    return block.type === 'ENCRYPTED PRIVATE KEY' || 'DEK-Info' in block.headers;
}
class Loader {
    #input;
    #passphrase;
    #passphraseInput;
    constructor(opts) {
        this.#input = opts.input;
        this.#passphrase = opts.passphrase === '' ? undefined : opts.passphrase;
        this.#passphraseInput = opts.passphraseInput ?? `the passphrase for ${opts.input}`;
    }
    fail(message, cause) {
        return new errors/* KeyError */.eN(this.#input, message, { cause });
    }
    wrongPassphrase(cause) {
        return new errors/* KeyError */.eN(this.#input, `the key could not be decrypted with ${this.#passphraseInput}; set it to the passphrase chosen when the key was generated`, { code: 'PASSPHRASE', cause });
    }
    pick(text) {
        const { blocks, corrupt } = readPem(text);
        const privateBlocks = blocks.filter((b) => PRIVATE_TYPES.has(b.type));
        if (privateBlocks.length > 1) {
            throw this.fail(`contains ${privateBlocks.length} private keys; give exactly one`);
        }
        const chosen = privateBlocks[0];
        if (chosen)
            return chosen;
        if (corrupt.length > 0) {
            throw this.fail(`the ${corrupt[0]} block is damaged (its body is not base64); ${PASTE_HINT}`);
        }
        const other = blocks[0];
        if (other && PUBLIC_TYPES.has(other.type)) {
            const what = other.type.includes('CERTIFICATE') ? 'a certificate' : 'a public key';
            throw this.fail(`this is ${what}, but a private key is needed; use the private key file (docker keeps them in ~/.docker/trust/private/<key ID>.key)`);
        }
        if (other?.type === 'OPENSSH PRIVATE KEY') {
            throw this.fail('OpenSSH private keys are not supported; convert it with `ssh-keygen -p -m PKCS8 -f <file>` or use a key from `docker trust key generate`');
        }
        if (other)
            throw this.fail(`a "${other.type}" PEM block is not a private key; ${PASTE_HINT}`);
        throw this.fail(`not a PEM private key; ${PASTE_HINT}`);
    }
    decode(block) {
        if (isEncrypted(block) && this.#passphrase === undefined) {
            throw new errors/* KeyError */.eN(this.#input, `the key is encrypted but no passphrase was given; set ${this.#passphraseInput}`, {
                code: 'PASSPHRASE',
            });
        }
        try {
            switch (block.type) {
                case 'ENCRYPTED PRIVATE KEY':
                    return this.decodeEncrypted(block.bytes, this.#passphrase);
                case 'PRIVATE KEY':
                    return decodePkcs8(block.bytes);
                case 'ED25519 PRIVATE KEY':
                    return decodeNotaryEd25519(block.bytes);
                default:
                    return this.decodeLegacy(block);
            }
        }
        catch (err) {
            if (err instanceof errors/* KeyError */.eN)
                throw err;
            if (err instanceof Pkcs8Error && err.reason === 'unsupported') {
                throw this.fail('the key uses an algorithm notary does not support; use an ECDSA P-256, Ed25519 or RSA key', err);
            }
            throw this.fail(`the ${block.type} could not be read; ${PASTE_HINT}`, err);
        }
    }
    decodeEncrypted(der, passphrase) {
        let plain;
        try {
            plain = decryptPkcs8(der, passphrase);
        }
        catch (err) {
            if (!(err instanceof Pbes2Error))
                throw err;
            if (err.reason === 'passphrase')
                throw this.wrongPassphrase(err);
            if (err.reason === 'malformed')
                throw err;
            return this.decodeByNode(encodePem('ENCRYPTED PRIVATE KEY', der), passphrase);
        }
        try {
            return decodePkcs8(plain);
        }
        catch (err) {
            // Garbage that happened to end in valid padding: still a wrong passphrase.
            if (err instanceof Pkcs8Error && err.reason === 'malformed')
                throw this.wrongPassphrase();
            throw err;
        }
    }
    decodeLegacy(block) {
        if ('DEK-Info' in block.headers) {
            const headers = {
                'Proc-Type': block.headers['Proc-Type'] ?? '4,ENCRYPTED',
                'DEK-Info': block.headers['DEK-Info'],
            };
            // With DEK-Info a wrong passphrase often yields garbage rather than bad
            // padding, so any failure to read the result means the passphrase.
            return this.decodeByNode(encodePem(block.type, block.bytes, headers), this.#passphrase, true);
        }
        const type = block.type === 'EC PRIVATE KEY' ? 'sec1' : 'pkcs1';
        return (0,external_node_crypto_.createPrivateKey)({ key: block.bytes, format: 'der', type });
    }
    /** Schemes we do not decrypt ourselves (PBES1, scrypt, DEK-Info) go to OpenSSL. */
    decodeByNode(pem, passphrase, anyFailureIsPassphrase = false) {
        try {
            return (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', passphrase });
        }
        catch (err) {
            const code = err.code;
            if (anyFailureIsPassphrase || code === 'ERR_OSSL_BAD_DECRYPT' || code === 'ERR_OSSL_EVP_BAD_DECRYPT') {
                throw this.wrongPassphrase(err);
            }
            throw err;
        }
    }
    check(key) {
        const problem = unusableReason(key, 'sign');
        if (problem !== undefined)
            throw this.fail(problem);
        return new SigningKey(key);
    }
}
/** A signer from private key text; throws KeyError (code KEY or PASSPHRASE). */
function loadPrivateKey(text, opts) {
    const loader = new Loader(opts);
    const block = loader.pick(text);
    const signer = loader.check(loader.decode(block));
    return { signer, role: block.headers.role || undefined, gun: block.headers.gun || undefined };
}

;// CONCATENATED MODULE: ./lib/keys/load-public-key.js
// Turns public key or certificate text (a signer's `.pub` from `docker trust
// key generate`, or a root certificate) into the TUF key metadata lists.
//
// As in notary's ParsePEMPublicKey, the first PEM block decides: a PUBLIC
// KEY keeps its DER bytes as they are (so its key ID is what notary
// computes), a CERTIFICATE becomes an x509 key whose public value is the
// certificate re-encoded as notary's CertToPEM writes it, after notary's
// certificate checks. Unlike notary we also read ed25519 PKIX keys, as the
// raw 32 bytes notary lists them by.






const load_public_key_PASTE_HINT = 'paste the whole .pub or certificate file, including its -----BEGIN ...----- and -----END ...----- lines, or that file base64-encoded';
function firstBlock(text, input) {
    const { blocks, corrupt } = readPem(text);
    const block = blocks[0];
    if (block)
        return block;
    if (corrupt.length > 0)
        throw new errors/* KeyError */.eN(input, `the ${corrupt[0]} block is damaged (its body is not base64); ${load_public_key_PASTE_HINT}`);
    throw new errors/* KeyError */.eN(input, `not a PEM public key or certificate; ${load_public_key_PASTE_HINT}`);
}
function fromCertificate(block, opts) {
    let cert;
    try {
        cert = new external_node_crypto_.X509Certificate(block.bytes);
    }
    catch (cause) {
        throw new errors/* KeyError */.eN(opts.input, `the certificate could not be parsed; ${load_public_key_PASTE_HINT}`, { cause });
    }
    const problem = certificateProblem(cert, opts.now ?? new Date());
    if (problem !== undefined)
        throw new errors/* KeyError */.eN(opts.input, `the certificate cannot be used: ${problem}`);
    const key = certificateTufKey(cert);
    if (!key) {
        throw new errors/* KeyError */.eN(opts.input, 'notary only accepts certificates for ECDSA or RSA keys; use one of those');
    }
    const keyProblem = unusableReason(cert.publicKey, 'verify');
    if (keyProblem !== undefined)
        throw new errors/* KeyError */.eN(opts.input, keyProblem);
    return key;
}
function fromPublicKey(block, input) {
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)({ key: block.bytes, format: 'der', type: 'spki' });
    }
    catch (cause) {
        throw new errors/* KeyError */.eN(input, `the public key could not be parsed; ${load_public_key_PASTE_HINT}`, { cause });
    }
    const problem = unusableReason(key, 'verify');
    if (problem !== undefined)
        throw new errors/* KeyError */.eN(input, problem);
    const keytype = plainKeyType(key);
    if (keytype === 'ed25519')
        return new TufKey('ed25519', ed25519Raw(key));
    return new TufKey(keytype, block.bytes);
}
/** A public TUF key from PEM text; throws KeyError (code KEY). */
function loadPublicKey(text, opts) {
    const block = firstBlock(text, opts.input);
    switch (block.type) {
        case 'CERTIFICATE':
            return fromCertificate(block, opts);
        case 'PUBLIC KEY':
            return fromPublicKey(block, opts.input);
        default:
            if (block.type.includes('PRIVATE KEY')) {
                throw new errors/* KeyError */.eN(opts.input, 'this is a private key, but a public key is needed; give the .pub file that `docker trust key generate` wrote next to it, and keep the private key secret');
            }
            throw new errors/* KeyError */.eN(opts.input, `a "${block.type}" PEM block is neither a PUBLIC KEY nor a CERTIFICATE; ${load_public_key_PASTE_HINT}`);
    }
}

;// CONCATENATED MODULE: ./lib/keys/root-certificate.js
// The self-signed certificate that wraps a repository's root key, made as
// notary's cryptoservice.GenerateCertificate makes it when a repository is
// initialized: CN = GUN as subject and issuer, a random 128-bit serial,
// valid from now for 10 × 365 days, key usage digitalSignature +
// keyEncipherment (critical), extended key usage codeSigning, basic
// constraints CA:false (critical), signed with SHA-256.
//
// Root metadata lists the certificate as an `ecdsa-x509` (or `rsa-x509`)
// key, and notary's signed.Sign tags root signatures with that key's ID,
// not the canonical ID of the key inside: the signer returned here does too.









const DAY_MS = 86_400_000;
const SERIAL_BYTES = 16;
/** Go's asn1 PrintableString alphabet; anything else is written as UTF8String. */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;
function commonName(gun) {
    const value = new build_cjs.AttributeValue(PRINTABLE.test(gun) ? { printableString: gun } : { utf8String: gun });
    return new build_cjs.Name([new build_cjs.RelativeDistinguishedName([new build_cjs.AttributeTypeAndValue({ type: OID.commonName, value })])]);
}
/** A positive DER INTEGER body below 2^128, minimal as Go's big.Int marshals it. */
function serialNumber() {
    let bytes = (0,external_node_crypto_.randomBytes)(SERIAL_BYTES);
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0)
        start++;
    bytes = bytes.subarray(start);
    if (bytes[0] & 0x80)
        bytes = Buffer.concat([Buffer.from([0]), bytes]);
    return new Uint8Array(bytes).buffer;
}
function extension(extnID, critical, value) {
    return new build_cjs.Extension({ extnID, critical, extnValue: new cjs.OctetString(cjs.AsnConvert.serialize(value)) });
}
class CertificateSigner {
    publicKey;
    keyId;
    method;
    #key;
    constructor(key, cert) {
        this.#key = key;
        this.publicKey = cert;
        this.keyId = cert.id;
        this.method = key.method;
    }
    sign(data) {
        return this.#key.sign(data);
    }
}
/**
 * A signer that signs with `key` under an existing certificate key from
 * root.json. Throws KeyError when the certificate is not for that key.
 */
function certificateSigner(key, cert) {
    if (!isX509KeyType(cert.keytype) || canonicalKeyId(cert) !== key.keyId) {
        throw new KeyError('root-key', `the certificate key ${cert.id} does not belong to the root key ${key.keyId}`);
    }
    return new CertificateSigner(key, cert);
}
/** Throws KeyError for ed25519 keys, for which notary cannot make certificates either. */
function createRootCertificate(key, gun, opts = {}) {
    const privateKey = keyObjectOf(key);
    const isEc = privateKey.asymmetricKeyType === 'ec';
    if (!isEc && privateKey.asymmetricKeyType !== 'rsa') {
        throw new errors/* KeyError */.eN('root-key', 'root keys must be ECDSA or RSA keys, which can be wrapped in a certificate');
    }
    const notBefore = new Date(Math.floor((opts.now ?? new Date()).getTime() / 1000) * 1000);
    const notAfter = new Date(notBefore.getTime() + (opts.years ?? 10) * DAYS_PER_YEAR * DAY_MS);
    const signature = isEc
        ? new build_cjs.AlgorithmIdentifier({ algorithm: OID.ecdsaWithSHA256 })
        : new build_cjs.AlgorithmIdentifier({ algorithm: OID.sha256WithRSAEncryption, parameters: null });
    const name = commonName(gun);
    const tbs = new build_cjs.TBSCertificate({
        version: build_cjs.Version.v3,
        serialNumber: serialNumber(),
        signature,
        issuer: name,
        validity: new build_cjs.Validity({ notBefore, notAfter }),
        subject: name,
        subjectPublicKeyInfo: cjs.AsnConvert.parse(goPkix(privateKey), build_cjs.SubjectPublicKeyInfo),
        extensions: new build_cjs.Extensions([
            extension(OID.keyUsage, true, new build_cjs.KeyUsage(build_cjs.KeyUsageFlags.digitalSignature | build_cjs.KeyUsageFlags.keyEncipherment)),
            extension(OID.extKeyUsage, false, new build_cjs.ExtendedKeyUsage([OID.codeSigning])),
            extension(OID.basicConstraints, true, new build_cjs.BasicConstraints({ cA: false })),
        ]),
    });
    const tbsDer = Buffer.from(cjs.AsnConvert.serialize(tbs));
    const sig = isEc
        ? (0,external_node_crypto_.sign)('sha256', tbsDer, privateKey)
        : (0,external_node_crypto_.sign)('sha256', tbsDer, { key: privateKey, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING });
    const der = Buffer.from(cjs.AsnConvert.serialize(new build_cjs.Certificate({ tbsCertificate: tbs, signatureAlgorithm: signature, signatureValue: new Uint8Array(sig).buffer })));
    const publicKey = certificateTufKey(new external_node_crypto_.X509Certificate(der));
    if (!publicKey)
        throw new TypeError('certificate key type');
    return { pem: certificatePem(der), publicKey, signer: new CertificateSigner(key, publicKey) };
}

;// CONCATENATED MODULE: ./lib/keys/verify-signature.js
// Checks one signature the way notary's verifiers do (tuf/signed/verifiers.go).
//
// Each method accepts only its own key types; ECDSA signatures must be raw
// r||s of exactly twice the curve size (notary rejects ASN.1 DER); RSA keys
// and signatures under 2048 bits are refused; RSA-PSS uses SHA-256 with a
// 32-byte salt, exactly. The method is compared lower-cased, as notary's
// Signature unmarshalling does. A bad signature is `false`, never a throw.





const ED25519_PUBLIC_BYTES = 32;
const ED25519_SIGNATURE_BYTES = 64;
/** (BitSize + 7) >> 3 for the curves Go's x509 parses. */
const EC_FIELD_BYTES = {
    secp224r1: 28,
    prime256v1: 32,
    secp384r1: 48,
    secp521r1: 66,
};
function pkix(bytes) {
    try {
        return (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(bytes), format: 'der', type: 'spki' });
    }
    catch {
        return undefined;
    }
}
function ecdsaKey(key) {
    if (key.keytype === 'ecdsa')
        return pkix(key.public);
    if (key.keytype === 'ecdsa-x509')
        return certificateForVerify(key.public)?.publicKey;
    return undefined;
}
function rsaKey(key) {
    if (key.keytype === 'rsa')
        return pkix(key.public);
    if (key.keytype === 'rsa-x509')
        return certificateForVerify(key.public)?.publicKey;
    return undefined;
}
/** The "pycrypto-pkcs#1 pss" verifier reads an `rsa` key whose public value is PEM. */
function pyCryptoKey(key) {
    if (key.keytype !== 'rsa')
        return undefined;
    const block = readPem(key.public.toString('utf8')).blocks[0];
    return block ? pkix(block.bytes) : undefined;
}
function verifyEcdsa(pub, data, sig) {
    if (pub?.asymmetricKeyType !== 'ec')
        return false;
    const fieldBytes = EC_FIELD_BYTES[pub.asymmetricKeyDetails?.namedCurve ?? ''];
    if (fieldBytes === undefined || sig.length !== 2 * fieldBytes)
        return false;
    return (0,external_node_crypto_.verify)('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, sig);
}
function usableRsa(pub, sig) {
    if (pub?.asymmetricKeyType !== 'rsa')
        return false;
    if ((pub.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS)
        return false;
    return sig.length >= MIN_RSA_BITS / 8;
}
function verifyPss(pub, data, sig) {
    if (!usableRsa(pub, sig))
        return false;
    return (0,external_node_crypto_.verify)('sha256', data, { key: pub, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: RSA_PSS_SALT_LENGTH }, sig);
}
function verifyPkcs1(pub, data, sig) {
    if (!usableRsa(pub, sig))
        return false;
    return (0,external_node_crypto_.verify)('sha256', data, { key: pub, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, sig);
}
function verifyEd25519(key, data, sig) {
    if (key.keytype !== 'ed25519')
        return false;
    if (key.public.length !== ED25519_PUBLIC_BYTES || sig.length !== ED25519_SIGNATURE_BYTES)
        return false;
    return (0,external_node_crypto_.verify)(null, data, ed25519FromRaw(key.public), sig);
}
/** Whether `sig` is a valid `method` signature of `data` by `key`, as notary decides. */
function verifySignature(key, method, data, sig) {
    try {
        switch (method.toLowerCase()) {
            case 'ecdsa':
                return verifyEcdsa(ecdsaKey(key), data, sig);
            case 'eddsa':
                return verifyEd25519(key, data, sig);
            case 'rsapss':
                return verifyPss(rsaKey(key), data, sig);
            case 'rsapkcs1v15':
                return verifyPkcs1(rsaKey(key), data, sig);
            case 'pycrypto-pkcs#1 pss':
                return verifyPss(pyCryptoKey(key), data, sig);
            default:
                return false;
        }
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/keys/index.js
// The keys module's public surface: parsing user key text, key IDs,
// signature checks, and generating and exporting keys, all as notary does.











;// CONCATENATED MODULE: ./lib/operations/inputs.js
// Input helpers every entrypoint shares: PEM given as text or as a file
// path, trust pins, key inputs, lists and durations. Errors name the input
// and the fix; `input` is the name the entrypoint's user knows.



function loadKeyInput(key) {
    return loadPrivateKey(key.text, {
        input: key.input,
        ...(key.passphrase ? { passphrase: key.passphrase } : {}),
        ...(key.passphraseInput ? { passphraseInput: key.passphraseInput } : {}),
    });
}
/** PEM text as given, or read from a path. */
function pemTextOrFile(value, input) {
    const trimmed = value.trim();
    if (trimmed.includes('-----BEGIN'))
        return trimmed;
    try {
        const text = (0,external_node_fs_.readFileSync)(trimmed, 'utf8');
        if (!text.includes('-----BEGIN'))
            throw new errors/* InputError */.dz(input, `${trimmed} holds no PEM text`);
        return text;
    }
    catch (err) {
        if (err instanceof errors/* InputError */.dz)
            throw err;
        const code = err.code ?? 'unreadable';
        throw new errors/* InputError */.dz(input, `${trimmed} cannot be read (${code}); give PEM text or the path of a PEM file`, { cause: err });
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
const inputs_BASE64 = /^[A-Za-z0-9+/_-]{40,}={0,2}$/;
/** A PEM file base64-encoded on one line, as a CI variable may hold it; the key reader decodes it. */
function isBase64Pem(item) {
    return inputs_BASE64.test(item) && Buffer.from(item, /[-_]/.test(item) ? 'base64url' : 'base64').toString('utf8').includes('-----BEGIN ');
}
function pemBlocks(text) {
    return [...text.matchAll(PEM_BLOCK)].map((m) => m[0]);
}
/**
 * `signer-public-key`: public keys or certificates, several to an input. PEM
 * blocks pasted in come first, then what the other items (newline- or
 * comma-separated) hold: a path is read and each PEM block in the file is a
 * key (a .pub with two keys gives two), a PEM base64-encoded on one line goes
 * as it is. Text that is no whole block goes as it is too, for the key reader
 * to say what is wrong with it.
 */
function readPublicKeyList(value, input) {
    const items = splitList(value.replace(PEM_BLOCK, '\n'));
    return [
        ...pemBlocks(value),
        ...items.flatMap((item) => {
            if (item.includes('-----') || isBase64Pem(item))
                return [item];
            const text = pemTextOrFile(item, input);
            const blocks = pemBlocks(text);
            return blocks.length > 0 ? blocks : [text];
        }),
    ];
}
/** `trust-pin`: a root key ID (64 hex digits) or a root certificate (PEM text or file). */
function parseTrustPin(value, input = 'trust-pin') {
    const trimmed = value.trim();
    if (/^[0-9a-fA-F]{64}$/.test(trimmed))
        return { keyIds: [trimmed.toLowerCase()] };
    const pem = pemTextOrFile(trimmed, input);
    const key = loadPublicKey(pem, { input });
    if (!key.keytype.endsWith('-x509')) {
        throw new errors/* InputError */.dz(input, 'give the root key ID (64 hex digits) or the root certificate, not a bare public key');
    }
    return { keyIds: [key.id, canonical_key_id_canonicalKeyId(key)] };
}
const HOUR_MS = 60 * 60 * 1000;
const DURATION_UNITS = { h: HOUR_MS, d: 24 * HOUR_MS, w: 7 * 24 * HOUR_MS };
/** `expiring-within`: a number and a unit (h, d or w), e.g. 180d, in milliseconds; empty means none. */
function parseDuration(value, input) {
    const text = value?.trim();
    if (!text)
        return undefined;
    const match = /^(\d+(?:\.\d+)?)\s*([hdw])$/i.exec(text);
    if (!match)
        throw new errors/* InputError */.dz(input, `give a duration such as 180d, 26w or 36h, not "${text}"`);
    return Number(match[1]) * DURATION_UNITS[match[2].toLowerCase()];
}
/** Splits a list input: newlines or commas, blanks dropped. */
function splitList(value) {
    return (value ?? '')
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./lib/http/errors.js
// Errors raised by the HTTP transport itself, before any server semantics
// apply. Callers that know what the request was for (a trust server, a
// registry) catch these at their seam and re-phrase them.

/** The server could not be reached, the TLS handshake failed, or it timed out. */
class NetworkError extends errors/* DctError */.sY {
    url;
    method;
    /** The bare reason ("timed out after 30000 ms"), for callers that re-phrase. */
    reason;
    timedOut;
    /** `target` names what was unreachable ("trust server https://…"); the URL by default. */
    constructor(details, options = {}) {
        super('NETWORK', `could not reach ${details.target ?? details.url}: ${details.reason}`, options);
        this.url = details.url;
        this.method = details.method;
        this.reason = details.reason;
        this.timedOut = details.timedOut ?? false;
    }
}
/** A successful response's body was longer than the caller allowed. */
class ResponseTooLargeError extends errors/* HttpError */.j$ {
    limit;
    constructor(details) {
        super(details.message ?? `response from ${details.url} exceeds the limit of ${details.limit} bytes`, {
            status: details.status,
            url: details.url,
        });
        this.limit = details.limit;
    }
}

;// CONCATENATED MODULE: ./lib/http/transport.js
// The one HTTP client under every registry, token-server and trust-server
// call. It keeps a keep-alive connection pool per origin (HTTP/2 where the
// server offers it over TLS), bounds every request in time and size, and
// counts requests so that tests and benchmarks can assert round trips.
//
// It knows nothing about what the bytes mean: it returns status, headers and
// body, and throws only for transport failures (NetworkError) and oversized
// bodies (ResponseTooLargeError). Status codes are the caller's business.




const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 32 << 20;
/** Error bodies are only read for their message, so they are cut short rather than refused. */
const ERROR_BODY_LIMIT = 64 << 10;
const IDEMPOTENT = new Set(['GET', 'HEAD']);
// Errors that mean a kept-alive socket was closed under us before any reply.
const STALE_SOCKET_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);
const TLS_TRUST_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_UNTRUSTED',
]);
/**
 * One TLS context per CA bundle, shared by every connection and transport.
 * Passing `ca` per connection made each handshake re-parse the 265 default
 * roots plus the bundle: 20–40 ms of CPU per connection of a parallel wave.
 */
const secureContexts = new Map();
function secureContextFor(caBundle) {
    let context = secureContexts.get(caBundle);
    if (!context) {
        context = (0,external_node_tls_.createSecureContext)({ ca: withDefaultCAs(caBundle) });
        secureContexts.set(caBundle, context);
    }
    return context;
}
class HttpTransport {
    #agent;
    #timeoutMs;
    #maxBytes;
    #userAgent;
    #requests = 0;
    #connections = 0;
    #byMethod = new Map();
    #byPath = new Map();
    #byOrigin = new Map();
    constructor(options = {}) {
        this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        this.#maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
        this.#userAgent = options.userAgent ?? 'dct-sign';
        this.#agent = new undici/* Agent */.g6({
            allowH2: options.allowH2 ?? true,
            connections: options.connectionsPerOrigin ?? 8,
            // Longer than undici's 4 s so that a pause for signing between fetch and
            // publish does not cost a new TLS handshake; server hints still win.
            keepAliveTimeout: 10_000,
            // Our own timer bounds the whole request; these only must not fire first.
            headersTimeout: 0,
            bodyTimeout: 0,
            connect: {
                timeout: this.#timeoutMs,
                ...(options.caBundle === undefined ? {} : { secureContext: secureContextFor(options.caBundle) }),
            },
        });
        this.#agent.on('connect', () => {
            this.#connections += 1;
        });
    }
    /** Sends one request and reads the whole body. Throws only for transport failures. */
    async request(req) {
        const url = typeof req.url === 'string' ? new URL(req.url) : req.url;
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new TypeError(`unsupported URL scheme: ${url.href}`);
        }
        try {
            return await this.#attempt(req, url);
        }
        catch (err) {
            // A kept-alive socket the server closed while idle fails the next write;
            // replaying a GET on a fresh connection is safe and cheaper than failing.
            if (err instanceof NetworkError && IDEMPOTENT.has(req.method) && isStaleSocket(err.cause)) {
                return await this.#attempt(req, url);
            }
            throw err;
        }
    }
    async #attempt(req, url) {
        this.#count(req.method, url);
        const timeoutMs = req.timeoutMs ?? this.#timeoutMs;
        const maxBytes = req.maxBytes ?? this.#maxBytes;
        const timer = new AbortController();
        const handle = setTimeout(() => timer.abort(), timeoutMs);
        const signal = req.signal ? AbortSignal.any([timer.signal, req.signal]) : timer.signal;
        const fail = (cause) => new NetworkError({
            url: url.href,
            method: req.method,
            reason: timer.signal.aborted ? `timed out after ${timeoutMs} ms` : describe(cause),
            timedOut: timer.signal.aborted,
        }, { cause });
        try {
            let res;
            try {
                res = await this.#agent.request({
                    origin: url.origin,
                    path: url.pathname + url.search,
                    method: req.method,
                    headers: { 'user-agent': this.#userAgent, ...req.headers },
                    body: req.body,
                    signal,
                });
            }
            catch (err) {
                throw fail(err);
            }
            const ok = res.statusCode >= 200 && res.statusCode < 300;
            const limit = ok ? maxBytes : Math.min(maxBytes, ERROR_BODY_LIMIT);
            let body;
            try {
                body = await readBody(res.body, res.headers['content-length'], limit, ok);
            }
            catch (err) {
                if (err === TOO_LARGE) {
                    throw new ResponseTooLargeError({ url: url.href, status: res.statusCode, limit });
                }
                throw fail(err);
            }
            return { url: url.href, status: res.statusCode, headers: res.headers, body };
        }
        finally {
            clearTimeout(handle);
        }
    }
    #count(method, url) {
        this.#requests += 1;
        bump(this.#byMethod, method);
        bump(this.#byPath, url.pathname);
        bump(this.#byOrigin, url.origin);
    }
    stats() {
        return {
            requests: this.#requests,
            byMethod: Object.fromEntries(this.#byMethod),
            byPath: Object.fromEntries(this.#byPath),
            byOrigin: Object.fromEntries(this.#byOrigin),
            connections: this.#connections,
        };
    }
    resetStats() {
        this.#requests = 0;
        this.#connections = 0;
        this.#byMethod.clear();
        this.#byPath.clear();
        this.#byOrigin.clear();
    }
    /** Closes every pooled connection; in-flight requests finish first. */
    async close() {
        await this.#agent.close();
    }
}
/** All values of a response header, in order; one string per header line. */
function headerValues(headers, name) {
    const value = headers[name.toLowerCase()];
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** The first value of a response header. */
function headerValue(headers, name) {
    return headerValues(headers, name)[0];
}
const TOO_LARGE = Symbol('too large');
async function readBody(body, declaredLength, limit, refuseOversize) {
    // Refuse before reading when the server announces an oversized body.
    if (refuseOversize && typeof declaredLength === 'string' && Number(declaredLength) > limit) {
        discard(body);
        throw TOO_LARGE;
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        if (size + chunk.length > limit) {
            if (refuseOversize)
                throw TOO_LARGE; // leaving the loop destroys the body
            chunks.push(chunk.subarray(0, limit - size));
            size = limit;
            break;
        }
        chunks.push(chunk);
        size += chunk.length;
    }
    // undici frees the connection for reuse a turn after the body ends; without
    // this pause the next request of a sequence would open a second connection.
    await new Promise((resolve) => setImmediate(resolve));
    return new Uint8Array(Buffer.concat(chunks, size));
}
function discard(body) {
    body.on('error', () => { });
    body.destroy();
}
function withDefaultCAs(pem) {
    // `ca` replaces Node's trust store, so keep the defaults (including
    // NODE_EXTRA_CA_CERTS and --use-system-ca) next to the caller's bundle:
    // the token realm of a self-hosted trust server is often a public host.
    const defaults = typeof external_node_tls_.getCACertificates === 'function' ? (0,external_node_tls_.getCACertificates)('default') : [...external_node_tls_.rootCertificates];
    return [...defaults, pem];
}
function bump(map, key) {
    map.set(key, (map.get(key) ?? 0) + 1);
}
function errorCode(err) {
    if (typeof err !== 'object' || err === null)
        return undefined;
    const code = err.code;
    return typeof code === 'string' ? code : undefined;
}
function isStaleSocket(err) {
    const code = errorCode(err);
    return code !== undefined && STALE_SOCKET_CODES.has(code);
}
function describe(err) {
    const code = errorCode(err);
    if (code !== undefined && TLS_TRUST_CODES.has(code)) {
        return `the server's TLS certificate is not trusted (${code}); pass its CA certificate as a CA bundle`;
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        return `the server's TLS certificate does not match its host name (${(0,errors/* errorMessage */.gJ)(err)})`;
    }
    // undici wraps the system error; the innermost message says the most.
    const cause = err?.cause;
    if (cause instanceof Error && !(err instanceof Error && err.message.includes(cause.message))) {
        return `${(0,errors/* errorMessage */.gJ)(err)}: ${cause.message}`;
    }
    return (0,errors/* errorMessage */.gJ)(err);
}

;// CONCATENATED MODULE: ./lib/http/error-body.js
// Reads the error body that registries, token servers and notary-server send
// back, so that messages can quote the server. All of them use docker
// distribution's errcode envelope, {"errors":[{"code","message","detail"}]};
// token servers may instead answer OAuth-style {"error","error_description"}
// or Docker Hub's {"details"}. Anything else yields nothing.
function parseErrorBody(body) {
    let parsed;
    try {
        parsed = JSON.parse(new TextDecoder().decode(body));
    }
    catch {
        return [];
    }
    if (typeof parsed !== 'object' || parsed === null)
        return [];
    const record = parsed;
    if (Array.isArray(record.errors)) {
        return record.errors
            .filter((e) => typeof e === 'object' && e !== null)
            .map((e) => ({ code: str(e.code), message: str(e.message), detail: e.detail }));
    }
    if (typeof record.error === 'string') {
        return [{ code: record.error, message: str(record.error_description), detail: undefined }];
    }
    if (typeof record.details === 'string') {
        return [{ code: undefined, message: record.details, detail: undefined }];
    }
    return [];
}
/** One line for a person: "CODE: message (detail)" for the first error, or undefined. */
function summarizeErrorBody(body) {
    const [first] = parseErrorBody(body);
    if (first === undefined)
        return undefined;
    const parts = [first.code, first.message].filter((p) => !!p);
    let text = parts.join(': ');
    const detail = describeDetail(first.detail);
    if (detail)
        text += text ? ` (${detail})` : detail;
    return text || undefined;
}
function describeDetail(detail) {
    if (detail === undefined || detail === null)
        return undefined;
    if (typeof detail === 'string')
        return detail;
    // notary's validation errors: {"Name":"ErrBadRoot","Error":{"Msg":"…"}}
    if (typeof detail === 'object' && !Array.isArray(detail)) {
        const d = detail;
        const inner = d.Error;
        if (typeof inner === 'object' && inner !== null && typeof inner.Msg === 'string') {
            const msg = inner.Msg;
            return typeof d.Name === 'string' ? `${d.Name}: ${msg}` : msg;
        }
        if (Object.keys(d).length === 0)
            return undefined;
    }
    const text = JSON.stringify(detail);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

;// CONCATENATED MODULE: ./lib/registry/challenge.js
// Parses WWW-Authenticate headers (RFC 7235) into challenges. Registries and
// notary-server send `Bearer realm="…",service="…",scope="…"`, where scope
// may hold commas ("pull,push") and spaces (several scopes), so values are
// read as quoted strings, not split on commas. A header line may also carry
// several challenges ("Basic realm=x, Bearer realm=y").
const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
class Reader {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    get done() {
        return this.pos >= this.text.length;
    }
    peek() {
        return this.text[this.pos] ?? '';
    }
    skip(chars) {
        while (!this.done && chars.includes(this.peek()))
            this.pos += 1;
    }
    token() {
        const start = this.pos;
        while (!this.done && TCHAR.test(this.peek()))
            this.pos += 1;
        return this.text.slice(start, this.pos);
    }
    /** A quoted-string with backslash escapes, or undefined if unterminated. */
    quoted() {
        let out = '';
        for (this.pos += 1; !this.done; this.pos += 1) {
            const c = this.peek();
            if (c === '"') {
                this.pos += 1;
                return out;
            }
            if (c === '\\')
                this.pos += 1;
            out += this.text[this.pos] ?? '';
        }
        return undefined;
    }
}
/** Every challenge in the given header lines, in order. Malformed tails are dropped. */
function parseChallenges(headerLines) {
    const challenges = [];
    for (const line of headerLines)
        challenges.push(...parseLine(line));
    return challenges;
}
function parseLine(line) {
    const r = new Reader(line);
    const out = [];
    for (;;) {
        r.skip(' \t,');
        const scheme = r.token();
        if (scheme === '')
            return out;
        const params = {};
        out.push({ scheme: scheme.toLowerCase(), params });
        r.skip(' \t');
        for (;;) {
            const start = r.pos;
            const name = r.token();
            r.skip(' \t');
            if (name === '' || r.peek() !== '=') {
                // Not a parameter: the next challenge's scheme (or a token68 we ignore).
                r.pos = start;
                if (name === '')
                    r.pos += 1;
                break;
            }
            r.pos += 1;
            r.skip(' \t');
            const value = r.peek() === '"' ? r.quoted() : r.token();
            if (value === undefined)
                return out;
            params[name.toLowerCase()] = value;
            r.skip(' \t');
            if (r.peek() !== ',')
                break;
            r.skip(' \t,');
        }
    }
}

;// CONCATENATED MODULE: ./lib/registry/auth.js
// Docker registry authentication, as the docker CLI does it, shared by
// registry and trust-server calls.
//
// A call names the scope it needs. On a 401 the server's challenge says how
// to authenticate: Bearer (fetch a token from the realm for that scope, with
// Basic credentials or anonymously, or with an identity/refresh token by
// OAuth POST) or Basic (send the credentials). The call is then retried once.
//
// What a challenge taught us is remembered per origin, and tokens are cached
// per (realm, service, scope), so later calls send credentials up front: each
// origin costs at most one challenge round trip per run, and each scope one
// token request. A cached token for a wider scope serves narrower calls.





/** `repository:<name>:<actions>`, the only resource type dct-sign asks for. */
class RepositoryScope {
    repository;
    actions;
    constructor(repository, actions) {
        this.repository = repository;
        this.actions = actions;
    }
    static pull(repository) {
        return new RepositoryScope(repository, ['pull']);
    }
    /** The docker CLI's order for read-write trust operations. */
    static pullPush(repository) {
        return new RepositoryScope(repository, ['pull', 'push']);
    }
    /** notary-server's `*`, needed to delete trust data or rotate server keys. */
    static all(repository) {
        return new RepositoryScope(repository, ['*']);
    }
    /** Whether a token granted for this scope also serves `other`. */
    covers(other) {
        if (other.repository !== this.repository)
            return false;
        if (this.actions.includes('*'))
            return true;
        return other.actions.every((a) => this.actions.includes(a));
    }
    toString() {
        return `repository:${this.repository}:${this.actions.join(',')}`;
    }
}
// docker/distribution treats shorter lifetimes as this long.
const MIN_TOKEN_LIFETIME_S = 60;
// Renew a little early so a token does not expire between send and receipt.
const EXPIRY_MARGIN_MS = 5_000;
const TOKEN_RESPONSE_LIMIT = 1 << 20;
class RegistryAuth {
    #transport;
    #credentials;
    #clientId;
    #now;
    #origins = new Map();
    #tokens = new Map();
    #inflight = new Map();
    constructor(options) {
        this.#transport = options.transport;
        this.#credentials = options.credentials ?? {};
        this.#clientId = options.clientId ?? 'docker';
        this.#now = options.now ?? Date.now;
    }
    /** Who we authenticate as, for messages: `user "alice"` or `anonymous`. Never a secret. */
    get identity() {
        const { username } = this.#credentials;
        return username ? `user "${username}"` : 'anonymous';
    }
    get username() {
        return this.#credentials.username || undefined;
    }
    /**
     * Sends the request with whatever authorization this origin is known to
     * need, answers one challenge if the server sends one, and returns the
     * final response. A 401 or 403 that survives is returned for the caller to
     * phrase; a token server refusing the credentials throws UNAUTHORIZED.
     */
    async send(req) {
        const url = new URL(req.url);
        const known = this.#origins.get(url.origin);
        const first = known ? await this.#authorize(known, req.scope, url) : undefined;
        const res = await this.#transport.request(withAuthorization(req, url, first));
        if (res.status !== 401)
            return res;
        const challenge = pickChallenge(parseChallenges(headerValues(res.headers, 'www-authenticate')));
        if (challenge === undefined)
            return res;
        const changed = known === undefined || !sameAuth(known, challenge);
        this.#origins.set(url.origin, challenge);
        if (first?.fresh && !changed)
            return res;
        if (first?.cached)
            this.#forget(known, first.cached);
        const second = await this.#authorize(challenge, req.scope, url);
        if (second === undefined)
            return res;
        return this.#transport.request(withAuthorization(req, url, second));
    }
    async #authorize(auth, scope, url) {
        if (auth.kind === 'basic') {
            const header = this.#basicHeader();
            return header === undefined ? undefined : { header, fresh: true };
        }
        const key = tokenKey(auth);
        const now = this.#now();
        const cached = this.#tokens
            .get(key)
            ?.find((t) => t.expiresAt - EXPIRY_MARGIN_MS > now && t.scope.covers(scope));
        if (cached)
            return { header: `Bearer ${cached.token}`, fresh: false, cached };
        const flightKey = `${key}\n${scope}`;
        let flight = this.#inflight.get(flightKey);
        if (flight === undefined) {
            flight = this.#fetchToken(auth, scope, url).finally(() => this.#inflight.delete(flightKey));
            this.#inflight.set(flightKey, flight);
        }
        const token = await flight;
        const list = (this.#tokens.get(key) ?? []).filter((t) => t.expiresAt > now && !token.scope.covers(t.scope));
        list.push(token);
        this.#tokens.set(key, list);
        return { header: `Bearer ${token.token}`, fresh: true, cached: token };
    }
    #forget(auth, token) {
        if (auth?.kind !== 'bearer')
            return;
        const key = tokenKey(auth);
        const list = this.#tokens.get(key)?.filter((t) => t !== token);
        if (list)
            this.#tokens.set(key, list);
    }
    #basicHeader() {
        const { username, password } = this.#credentials;
        if (!username || !password)
            return undefined;
        return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    async #fetchToken(auth, scope, resourceUrl) {
        let realm;
        try {
            realm = new URL(auth.realm, resourceUrl);
        }
        catch (err) {
            throw new errors/* HttpError */.j$(`${resourceUrl.origin} sent an invalid token realm "${auth.realm}"`, {
                status: 401,
                url: resourceUrl.href,
                cause: err,
            });
        }
        const { identityToken } = this.#credentials;
        const req = identityToken
            ? this.#refreshRequest(realm, auth.service, scope, identityToken)
            : this.#getRequest(realm, auth.service, scope);
        let res;
        try {
            res = await this.#transport.request(req);
        }
        catch (err) {
            if (err instanceof NetworkError) {
                throw new NetworkError({
                    url: realm.href,
                    method: req.method,
                    reason: err.reason,
                    timedOut: err.timedOut,
                    target: `token server ${realm.origin}`,
                }, { cause: err });
            }
            throw err;
        }
        if (res.status < 200 || res.status >= 300)
            throw this.#tokenRefusal(res, realm, scope, identityToken !== undefined);
        const token = parseTokenResponse(res.body);
        if (token === undefined) {
            throw new errors/* HttpError */.j$(`token server ${realm.origin} returned no token for ${scope}`, {
                status: res.status,
                url: realm.href,
            });
        }
        const lifetime = Math.max(token.expiresIn ?? 0, MIN_TOKEN_LIFETIME_S);
        return { scope, token: token.token, expiresAt: this.#now() + lifetime * 1000 };
    }
    // GET <realm>?service=…&scope=…, with Basic credentials when we have both parts.
    #getRequest(realm, service, scope) {
        const url = new URL(realm);
        if (service !== undefined && service !== '')
            url.searchParams.append('service', service);
        url.searchParams.append('scope', scope.toString());
        const headers = {};
        const basic = this.#basicHeader();
        if (basic !== undefined) {
            url.searchParams.append('account', this.#credentials.username);
            headers.authorization = basic;
        }
        return { method: 'GET', url, headers, maxBytes: TOKEN_RESPONSE_LIMIT };
    }
    // The docker token spec's OAuth2 refresh-token grant.
    #refreshRequest(realm, service, scope, refreshToken) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
            service: service ?? '',
            scope: scope.toString(),
            client_id: this.#clientId,
        });
        return {
            method: 'POST',
            url: realm,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
            maxBytes: TOKEN_RESPONSE_LIMIT,
        };
    }
    #tokenRefusal(res, realm, scope, withIdentityToken) {
        const said = summarizeErrorBody(res.body);
        const suffix = `${said ? `: ${said}` : ''} (HTTP ${res.status})`;
        // OAuth servers answer a bad refresh token with 400 invalid_grant.
        const refused = res.status === 401 || res.status === 403 || (withIdentityToken && res.status === 400);
        if (!refused) {
            return new errors/* HttpError */.j$(`token server ${realm.origin} failed to issue a token for ${scope}${suffix}`, {
                status: res.status,
                url: realm.href,
            });
        }
        const who = withIdentityToken
            ? `the identity token${this.username ? ` of user "${this.username}"` : ''}`
            : this.username
                ? `the credentials of user "${this.username}"`
                : 'anonymous access';
        return new errors/* HttpError */.j$(`token server ${realm.origin} refused ${who} for ${scope}${suffix}`, {
            status: res.status,
            url: realm.href,
            code: 'UNAUTHORIZED',
        });
    }
}
function withAuthorization(req, url, auth) {
    const { scope: _scope, ...rest } = req;
    if (auth === undefined)
        return { ...rest, url };
    return { ...rest, url, headers: { ...req.headers, authorization: auth.header } };
}
function pickChallenge(challenges) {
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    if (bearer)
        return { kind: 'bearer', realm: bearer.params.realm, service: bearer.params.service };
    if (challenges.some((c) => c.scheme === 'basic'))
        return { kind: 'basic' };
    return undefined;
}
function sameAuth(a, b) {
    if (a.kind === 'basic' || b.kind === 'basic')
        return a.kind === b.kind;
    return a.realm === b.realm && a.service === b.service;
}
function tokenKey(auth) {
    return `${auth.realm}\n${auth.service ?? ''}`;
}
function parseTokenResponse(body) {
    let parsed;
    try {
        parsed = JSON.parse(new TextDecoder().decode(body));
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null)
        return undefined;
    const { token, access_token: accessToken, expires_in: expiresIn } = parsed;
    // `access_token` and `token` mean the same; distribution prefers access_token.
    const value = typeof accessToken === 'string' && accessToken !== '' ? accessToken : token;
    if (typeof value !== 'string' || value === '')
        return undefined;
    return { token: value, expiresIn: typeof expiresIn === 'number' ? expiresIn : undefined };
}

;// CONCATENATED MODULE: ./lib/registry/media-types.js
// Manifest media types a registry may serve for a tag. Multi-arch images
// (manifest lists, OCI indexes) are signed by the index digest.
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST_TYPES = [OCI_INDEX, DOCKER_MANIFEST_LIST, OCI_MANIFEST, DOCKER_MANIFEST];
/** The registry's limit on a manifest body (distribution's is 4 MiB). */
const MAX_MANIFEST_BYTES = 4 << 20;

;// CONCATENATED MODULE: ./lib/registry/registry-client.js
// Reads what a registry serves for a tag: the manifest's digest and size,
// computed from the exact bytes served, never from docker's printed output.








/** docker's default insecure registries: loopback, where plain HTTP is allowed. */
function isLoopbackHost(host) {
    const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}
class RegistryClient {
    #auth;
    /** Hosts found to speak plain HTTP. */
    #plainHttp = new Set();
    constructor(options) {
        this.#auth = options.auth;
    }
    /**
     * Like docker with its default insecure registries: HTTPS first, and for a
     * loopback registry that does not speak TLS, plain HTTP.
     */
    async #send(host, path, scope, headers) {
        const send = (scheme) => this.#auth.send({
            method: 'GET',
            url: `${scheme}://${host}${path}`,
            headers,
            scope,
            maxBytes: MAX_MANIFEST_BYTES,
        });
        if (this.#plainHttp.has(host))
            return send('http');
        try {
            return await send('https');
        }
        catch (err) {
            if (!(err instanceof NetworkError) || err.timedOut || !isLoopbackHost(host))
                throw err;
            this.#plainHttp.add(host);
            return send('http');
        }
    }
    /** The manifest a reference's tag (or digest) resolves to now. */
    async resolve(ref) {
        const host = registryApiHost(ref.registry);
        const id = ref.tag ?? ref.digest;
        if (!id)
            throw new errors/* DctError */.sY('INPUT', `${ref.original}: names neither a tag nor a digest`);
        const res = await this.#send(host, `/v2/${ref.repository}/manifests/${id}`, RepositoryScope.pull(ref.repository), {
            accept: MANIFEST_TYPES.join(', '),
        });
        if (res.status === 404) {
            throw new errors/* HttpError */.j$(`${ref.original} is not in the registry: push it first, or leave push on`, {
                status: 404,
                url: res.url,
                code: 'NOT_FOUND',
            });
        }
        if (res.status === 401 || res.status === 403) {
            throw new errors/* HttpError */.j$(`${this.#auth.identity} may not read ${ref.registry}/${ref.repository} (HTTP ${res.status})`, {
                status: res.status,
                url: res.url,
                code: 'UNAUTHORIZED',
            });
        }
        if (res.status !== 200) {
            const detail = summarizeErrorBody(res.body);
            throw new errors/* HttpError */.j$(`reading the manifest of ${ref.original} failed: HTTP ${res.status}${detail ? `: ${detail}` : ''}`, { status: res.status, url: res.url });
        }
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(res.body).digest('hex')}`;
        const served = headerValue(res.headers, 'docker-content-digest');
        if (served && served.startsWith('sha256:') && served !== digest) {
            throw new errors/* DctError */.sY('VERIFY', `${ref.original}: the registry's digest ${served} does not match its manifest bytes`);
        }
        if (ref.digest && ref.digest !== digest) {
            throw new errors/* DctError */.sY('VERIFY', `${ref.original}: the tag now points to ${digest}, not the digest in the reference`);
        }
        const mediaType = headerValue(res.headers, 'content-type')?.split(';')[0]?.trim() ?? mediaTypeOf(res.body);
        return { digest, size: res.body.length, mediaType };
    }
}
function mediaTypeOf(body) {
    try {
        const parsed = JSON.parse(Buffer.from(body).toString('utf8'));
        return typeof parsed.mediaType === 'string' ? parsed.mediaType : 'application/octet-stream';
    }
    catch {
        return 'application/octet-stream';
    }
}

;// CONCATENATED MODULE: ./lib/notary/multipart.js
// The multipart/form-data body of a notary publish, laid out byte for byte as
// Go's mime/multipart writer does in notary's NewMultiPartMetaRequest: one
// part per role, all under the form field "files", the role name (without
// ".json") as the filename, Content-Type application/octet-stream.
// notary-server reads the role from the filename and trims a ".json" suffix.

const UPLOAD_FIELD = 'files';
function buildMultipartBody(files, boundary = randomBoundary()) {
    const chunks = [];
    files.forEach((file, i) => {
        // Go writes the delimiter's leading CRLF only between parts.
        const head = `${i === 0 ? '' : '\r\n'}--${boundary}\r\n` +
            `Content-Disposition: form-data; name="${UPLOAD_FIELD}"; filename="${escapeQuotes(file.role)}"\r\n` +
            'Content-Type: application/octet-stream\r\n\r\n';
        chunks.push(Buffer.from(head, 'utf8'), file.bytes);
    });
    chunks.push(Buffer.from(`${files.length === 0 ? '' : '\r\n'}--${boundary}--\r\n`, 'utf8'));
    return {
        contentType: `multipart/form-data; boundary=${boundary}`,
        body: new Uint8Array(Buffer.concat(chunks)),
    };
}
// Go's multipart.Writer uses 30 random bytes in hex.
function randomBoundary() {
    return (0,external_node_crypto_.randomBytes)(30).toString('hex');
}
// As Go's escapeQuotes in mime/multipart.
function escapeQuotes(s) {
    return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

;// CONCATENATED MODULE: ./lib/notary/client.js
// The wire client for one notary-server (a Docker Content Trust server).
//
// It speaks notary's HTTP API as notary's own HTTPStore does and returns raw
// bytes: verifying them is the TUF layer's job. Server errors are turned into
// sentences that name the GUN and the operation; the HttpError keeps the
// status and notary's error code (VERSION, UPDATING, …) for callers that
// branch on them, such as the publisher retrying a lost race.
//
// URL forms (server/server.go; GUNs and delegation roles contain "/" and are
// not escaped, exactly as notary builds them):
//   GET    <base>/v2/<gun>/_trust/tuf/<role>.json               current
//   GET    <base>/v2/<gun>/_trust/tuf/<role>.<sha256-hex>.json  by checksum
//   GET    <base>/v2/<gun>/_trust/tuf/<version>.<role>.json     by version
//   GET    <base>/v2/<gun>/_trust/tuf/<timestamp|snapshot>.key  server key (push+pull)
//   POST   <base>/v2/<gun>/_trust/tuf/<timestamp|snapshot>.key  rotate it (*)
//   POST   <base>/v2/<gun>/_trust/tuf/                          publish, multipart (push+pull)
//   DELETE <base>/v2/<gun>/_trust/tuf/                          delete all (*)







/** A trust server error; `serverCode` is notary's code, `serverErrors` the whole list. */
class TrustServerError extends errors/* HttpError */.j$ {
    gun;
    serverErrors;
    constructor(message, details) {
        const serverCode = details.serverErrors[0]?.code;
        super(message, {
            status: details.status,
            url: details.url,
            ...(serverCode === undefined ? {} : { serverCode }),
            ...(details.code === undefined ? {} : { code: details.code }),
        });
        this.gun = details.gun;
        this.serverErrors = details.serverErrors;
    }
    /** notary-server refused an update because another one landed first; re-read and retry. */
    get isConflict() {
        return isConflictResponse(this.status, this.serverCode);
    }
}
/**
 * notary's answers to a publish that raced another: 400 VERSION when the
 * storage layer finds the version taken (memory, MySQL), 500 UPDATING for
 * other storage failures such as PostgreSQL's unique-key violation.
 */
function isConflictResponse(status, serverCode) {
    return (status === 400 && serverCode === 'VERSION') || (status === 500 && serverCode === 'UPDATING') || status === 409;
}
const ROLE = /^(root|snapshot|timestamp|targets(\/[-a-z0-9_]+)*)$/;
const SERVER_KEY_ROLES = new Set(['timestamp', 'snapshot']);
const CHECKSUM = /^([0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128})$/;
// notary's MaxKeySize.
const MAX_KEY_BYTES = 256 << 10;
class TrustServerClient {
    url;
    #auth;
    #access;
    #timeoutMs;
    constructor(options) {
        let base;
        try {
            base = new URL(options.url);
        }
        catch (err) {
            throw new errors/* InputError */.dz('trust-server', `"${options.url}" is not a URL`, { cause: err });
        }
        if (base.username || base.password) {
            // Never echo it: the URL carries a password.
            throw new errors/* InputError */.dz('trust-server', 'the URL must not carry a user or password; give credentials as username and password');
        }
        if (base.protocol !== 'https:' && base.protocol !== 'http:') {
            throw new errors/* InputError */.dz('trust-server', `"${options.url}" must be an https:// URL`);
        }
        // Credentials and tokens would cross the network in the clear; docker allows http only on loopback too.
        if (base.protocol === 'http:' && !isLoopbackHost(base.host)) {
            throw new errors/* InputError */.dz('trust-server', `"${options.url}" must be an https:// URL (plain http is only for loopback)`);
        }
        base.search = '';
        base.hash = '';
        this.url = base.href.replace(/\/+$/, '');
        this.#auth = options.auth;
        this.#access = options.access ?? 'read';
        this.#timeoutMs = options.timeoutMs;
    }
    /** One metadata file, current or by checksum or version; null when the server has none. */
    async getRole(gun, role, options) {
        if (!ROLE.test(role))
            throw new TypeError(`not a TUF role name: "${role}"`);
        const { checksum, version, maxBytes } = options;
        if (checksum !== undefined && version !== undefined) {
            throw new TypeError('ask for a role by checksum or by version, not both');
        }
        let file = `${role}.json`;
        if (checksum !== undefined) {
            if (!CHECKSUM.test(checksum))
                throw new TypeError(`not a hex checksum: "${checksum}"`);
            file = `${role}.${checksum.toLowerCase()}.json`;
        }
        else if (version !== undefined) {
            if (!Number.isSafeInteger(version) || version < 0)
                throw new TypeError(`not a version: ${version}`);
            file = `${version}.${role}.json`;
        }
        const label = checksum ? `${role} (sha256 ${checksum.slice(0, 12)}…)` : version ? `${role} version ${version}` : role;
        const res = await this.#send({
            method: 'GET',
            gun,
            file,
            need: 'read',
            what: `read ${label} of ${gun}`,
            verb: 'read',
            maxBytes,
        });
        if (res.status === 404)
            return null;
        if (res.status !== 200)
            throw this.#failure(res, gun, `read ${label} of ${gun}`, 'read');
        return res.body;
    }
    /** The public key the server signs a role with, created on first request. Needs push access. */
    async getKey(gun, role) {
        return this.#parseKey(await this.getKeyDocument(gun, role), gun, role);
    }
    /** As getKey, but the server's JSON and bytes as they came. */
    async getKeyDocument(gun, role) {
        return this.#keyCall('GET', gun, role);
    }
    /** Makes the server replace its key for a role and returns the new public key. Needs `*` access. */
    async rotateKey(gun, role) {
        return this.#parseKey(await this.#keyCall('POST', gun, role), gun, role);
    }
    /** Uploads several roles as one atomic update (multipart, as notary's SetMulti). */
    async publish(gun, files) {
        if (files.length === 0)
            throw new TypeError('nothing to publish');
        for (const f of files) {
            if (!ROLE.test(f.role))
                throw new TypeError(`not a TUF role name: "${f.role}"`);
        }
        const multipart = buildMultipartBody(files);
        const what = `publish trust data for ${gun}`;
        const res = await this.#send({
            method: 'POST',
            gun,
            file: '',
            need: 'write',
            what,
            verb: 'push',
            headers: { 'content-type': multipart.contentType },
            body: multipart.body,
        });
        if (res.status !== 200)
            throw this.#failure(res, gun, what, 'push', files);
    }
    /** Deletes all trust data of a GUN on the server. Needs `*` access. */
    async deleteAll(gun) {
        const what = `delete trust data for ${gun}`;
        const res = await this.#send({ method: 'DELETE', gun, file: '', need: 'admin', what, verb: 'delete' });
        if (res.status !== 200)
            throw this.#failure(res, gun, what, 'delete');
    }
    async #keyCall(method, gun, role) {
        if (!SERVER_KEY_ROLES.has(role)) {
            throw new TypeError(`the server only manages timestamp and snapshot keys, not "${role}"`);
        }
        const what = `${method === 'GET' ? 'get' : 'rotate'} the server's ${role} key for ${gun}`;
        const res = await this.#send({
            method,
            gun,
            file: `${role}.key`,
            need: method === 'GET' ? 'write' : 'admin',
            what,
            verb: method === 'GET' ? 'push' : 'delete',
            maxBytes: MAX_KEY_BYTES,
        });
        if (res.status !== 200)
            throw this.#failure(res, gun, what, method === 'GET' ? 'push' : 'delete');
        let json;
        try {
            json = JSON.parse(new TextDecoder().decode(res.body));
        }
        catch {
            throw new TrustServerError(`trust server ${this.url} sent a ${role} key for ${gun} that is not JSON`, {
                gun,
                status: res.status,
                url: res.url,
                serverErrors: [],
            });
        }
        return { json, bytes: res.body };
    }
    #parseKey(doc, gun, role) {
        try {
            return TufKey.fromJSON(doc.json);
        }
        catch (err) {
            throw new errors/* HttpError */.j$(`trust server ${this.url} sent an unusable ${role} key for ${gun}: ${err.message}`, {
                status: 200,
                url: this.#fileUrl(gun, `${role}.key`),
                cause: err,
            });
        }
    }
    #fileUrl(gun, file) {
        return `${this.url}/v2/${gun}/_trust/tuf/${file}`;
    }
    async #send(call) {
        checkGun(call.gun);
        const url = this.#fileUrl(call.gun, call.file);
        const scope = scopeFor(call.gun, widest(call.need, this.#access));
        try {
            return await this.#auth.send({
                method: call.method,
                url,
                scope,
                ...(call.headers ? { headers: call.headers } : {}),
                ...(call.body ? { body: call.body } : {}),
                ...(call.maxBytes === undefined ? {} : { maxBytes: call.maxBytes }),
                ...(this.#timeoutMs === undefined ? {} : { timeoutMs: this.#timeoutMs }),
            });
        }
        catch (err) {
            if (err instanceof NetworkError && err.url === url) {
                throw new NetworkError({ url, method: call.method, reason: err.reason, timedOut: err.timedOut, target: `trust server ${this.url}` }, { cause: err });
            }
            if (err instanceof ResponseTooLargeError) {
                throw new ResponseTooLargeError({
                    url: err.url,
                    status: err.status,
                    limit: err.limit,
                    message: `trust server ${this.url} sent more than ${err.limit} bytes trying to ${call.what}`,
                });
            }
            throw err;
        }
    }
    #failure(res, gun, what, verb, files) {
        const serverErrors = parseErrorBody(res.body);
        const said = summarizeErrorBody(res.body);
        const status = `HTTP ${res.status}${said ? `: ${said}` : ''}`;
        const details = { gun, status: res.status, url: res.url, serverErrors };
        const code = serverErrors[0]?.code;
        if (res.status === 401 || res.status === 403) {
            return new TrustServerError(`not authorized to ${verb} trust data for ${gun} as ${this.#auth.identity} at trust server ${this.url} (${status})`, { ...details, code: 'UNAUTHORIZED' });
        }
        if (isConflictResponse(res.status, code)) {
            return new TrustServerError(`trust server ${this.url} refused to ${what}: another update was published meanwhile (${status})`, details);
        }
        if (res.status === 404) {
            return new TrustServerError(`trust server ${this.url} could not ${what}: not found (${status})`, {
                ...details,
                code: 'NOT_FOUND',
            });
        }
        let hint = '';
        const detail = serverErrors[0]?.detail;
        if (code === 'INVALID_ROLE' && typeof detail === 'string' && files?.some((f) => f.role.endsWith(`/${detail}`))) {
            // Go 1.17+ strips directories from multipart filenames (notary issue #1630).
            hint = '; this notary-server cuts delegation names short (built with Go 1.17+ without the fix for notary issue #1630)';
        }
        const reason = res.status >= 500 ? 'failed' : 'rejected the request';
        return new TrustServerError(`trust server ${this.url} ${reason} to ${what} (${status})${hint}`, details);
    }
}
function checkGun(gun) {
    // notary's route takes any GUN without "*"; refuse what would change the URL's meaning.
    if (gun === '' || gun.startsWith('/') || gun.endsWith('/') || /[\s*?#%]/.test(gun) || gun.split('/').includes('..')) {
        throw new errors/* InputError */.dz('gun', `"${gun}" is not a valid repository name`);
    }
}
const RANK = { read: 0, write: 1, admin: 2 };
function widest(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
function scopeFor(gun, access) {
    if (access === 'admin')
        return RepositoryScope.all(gun);
    return access === 'write' ? RepositoryScope.pullPush(gun) : RepositoryScope.pull(gun);
}

;// CONCATENATED MODULE: ./lib/operations/session.js
// One run's connections: a pooled transport, the registry auth shared by
// registry and trust-server calls, and the clients built on them. Everything
// an operation does goes through one session so that connections and tokens
// are reused and requests can be counted.




class Session {
    transport;
    auth;
    registry;
    #access;
    #timeoutMs;
    #trust = new Map();
    constructor(options = {}) {
        this.transport = new HttpTransport({
            ...(options.caBundle ? { caBundle: options.caBundle } : {}),
            ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        });
        this.auth = new RegistryAuth({
            transport: this.transport,
            ...(options.credentials ? { credentials: options.credentials } : {}),
        });
        this.registry = new RegistryClient({ auth: this.auth });
        this.#access = options.access ?? 'read';
        this.#timeoutMs = options.timeoutMs;
    }
    /** The client for one trust server URL, created once per session. */
    trustServer(url) {
        let client = this.#trust.get(url);
        if (!client) {
            client = new TrustServerClient({
                url,
                auth: this.auth,
                access: this.#access,
                ...(this.#timeoutMs ? { timeoutMs: this.#timeoutMs } : {}),
            });
            this.#trust.set(url, client);
        }
        return client;
    }
    stats() {
        return this.transport.stats();
    }
    close() {
        return this.transport.close();
    }
}

;// CONCATENATED MODULE: ./lib/operations/trust-server-url.js
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
        throw new errors/* InputError */.dz(input, `"${value}" is not a URL; give e.g. https://notary.example.com:4443`, { cause: err });
    }
    if (parsed.username || parsed.password) {
        // Never echo it: the URL carries a password, and it would land in outputs and summaries.
        throw new errors/* InputError */.dz(input, 'the URL must not carry a user or password; give credentials as username and password');
    }
    return parsed.href.replace(/\/+$/, '');
}
function resolveTrustServer(registry, explicit, env) {
    const chosen = explicit?.trim() || env.DOCKER_CONTENT_TRUST_SERVER?.trim();
    if (chosen)
        return trustServerUrl(chosen);
    if (registry === DOCKER_HUB)
        return DOCKER_HUB_NOTARY;
    if (IBM_CLOUD.test(registry))
        return `https://${registry}:4443`;
    return `https://${registry}`;
}

;// CONCATENATED MODULE: ./lib/operations/connections.js
// What inspect, verify and revoke share: the connection options every
// operation takes, one Session per registry with its credentials, and each
// repository's trust server. Registry credentials come from the options or
// from docker's config file, as for sign.





function trustPinOf(options) {
    return options.trustPin?.trim() ? parseTrustPin(options.trustPin) : undefined;
}
/** Checks username/password now, so that a half-given pair fails before any request. */
function checkCredentialInputs(options, refs) {
    if ((options.username || options.password) && !(options.username && options.password)) {
        throw new errors/* InputError */.dz(options.username ? 'password' : 'username', 'give both username and password, or neither');
    }
    // Explicit credentials belong to one registry; they must never be offered to another.
    const registries = new Set(refs.map((r) => r.registry));
    if (options.username && registries.size > 1) {
        throw new errors/* InputError */.dz('tags', `username and password are for one registry, but the references name ${[...registries].join(', ')}; ` +
            'run once per registry, or log in with docker login and leave username and password empty');
    }
}
async function credentialsFor(options, registry) {
    if (options.username && options.password)
        return { username: options.username, password: options.password };
    const found = await credentialsFromDockerConfig(registry, options.env ?? process.env);
    if (!found)
        return undefined;
    return isIdentityToken(found)
        ? { username: found.username, identityToken: found.identityToken }
        : { username: found.username, password: found.password };
}
/** One session per registry, opened on first use and closed together. */
class Connections {
    #options;
    #access;
    #sessions = new Map();
    constructor(options, access) {
        this.#options = options;
        this.#access = access;
    }
    session(registry) {
        let session = this.#sessions.get(registry);
        if (!session) {
            session = credentialsFor(this.#options, registry).then((credentials) => new Session({
                access: this.#access,
                ...(this.#options.trustServerCa ? { caBundle: this.#options.trustServerCa } : {}),
                ...(credentials ? { credentials } : {}),
                ...(this.#options.timeoutMs ? { timeoutMs: this.#options.timeoutMs } : {}),
            }));
            this.#sessions.set(registry, session);
        }
        return session;
    }
    /** The trust server URL for a reference's registry. */
    trustServerUrl(ref) {
        return resolveTrustServer(ref.registry, this.#options.trustServer, this.#options.env ?? process.env);
    }
    async trustServer(ref) {
        return (await this.session(ref.registry)).trustServer(this.trustServerUrl(ref));
    }
    async close() {
        const sessions = await Promise.allSettled(this.#sessions.values());
        await Promise.all(sessions.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
    }
}
/** The references of each repository, in the order first given. */
function byRepository(refs) {
    const groups = new Map();
    for (const ref of refs)
        groups.set(ref.gun, [...(groups.get(ref.gun) ?? []), ref]);
    return groups;
}

;// CONCATENATED MODULE: ./lib/operations/inspect-pretty.js
// `docker trust inspect --pretty` as text, from inspect's result, with
// docker's layout: its tabwriter settings (minimum width 10, padding 3),
// natural sort order for tags and signers, signer keys cut to 12 characters
// and administrative keys sorted on one tab-separated line per role.
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
/** docker's formatter table: every cell but the last padded to its column's width. */
function table(rows) {
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
            const admin = row.Signers.length === 1 && row.Signers[0] === REPO_ADMIN;
            const signers = admin ? [`(${REPO_ADMIN})`] : [...row.Signers].sort(byteCompare);
            return [row.SignedTag, row.Digest, signers.join(', ')];
        });
        out += table([['SIGNED TAG', 'DIGEST', 'SIGNERS'], ...rows]);
    }
    else {
        out += `\nNo signatures for ${remote}\n\n`;
    }
    if (repo.Signers.length > 0) {
        out += `\nList of signers and their keys for ${remote}\n\n`;
        const signers = [...repo.Signers].sort((a, b) => naturalCompare(a.Name, b.Name));
        const rows = signers.map((s) => [
            s.Name,
            (s.Keys ?? [])
                .map((k) => k.ID)
                .sort(byteCompare)
                .map(truncateId)
                .join(', '),
        ]);
        out += table([['SIGNER', 'KEYS'], ...rows]);
    }
    out += `\nAdministrative keys for ${remote}\n\n`;
    // docker sorts the roles by TUF name, descending: targets before root.
    const label = { Repository: 'Repository Key', Root: 'Root Key' };
    for (const name of ['Repository', 'Root']) {
        const role = repo.AdministrativeKeys.find((r) => r.Name === name);
        if (!role)
            continue;
        const ids = (role.Keys ?? []).map((k) => k.ID).sort(byteCompare);
        out += `  ${label[name]}:\t${ids.join(', ')}\n`;
    }
    return out;
}
/** The text `docker trust inspect --pretty` prints for the same references. */
function formatInspectPretty(result) {
    return result.repositories.map(formatRepository).join('\n\n');
}

;// CONCATENATED MODULE: ./lib/logger.js
// The logger the core writes progress to. Entrypoints adapt it to their
// platform (core.info, tl.debug, stderr); tests pass a silent or recording one.
const silentLogger = { debug() { }, info() { }, warning() { } };

;// CONCATENATED MODULE: ./lib/tuf/metadata.js
// The signed envelope: `{"signed": …, "signatures": […]}`.
//
// Parsing keeps the canonical bytes that signatures cover (notary signs the
// canonical form of whatever was decoded, unknown fields included) and the
// raw bytes that hashes cover. Serializing reproduces Go's json.Marshal of
// notary's data.Signed byte for byte, which is what notary-server hashes
// into the snapshot after re-serializing an upload.



const decoder = new TextDecoder('utf-8', { fatal: true });
class Metadata {
    signed;
    signatures;
    /** The bytes signatures cover: canonical JSON of `signed` as it was received or built. */
    signedBytes;
    /** The envelope's bytes, exactly as downloaded or as they will be uploaded. */
    bytes;
    constructor(signed, signatures, signedBytes, bytes) {
        this.signed = signed;
        this.signatures = signatures;
        this.signedBytes = signedBytes;
        this.bytes = bytes;
    }
    /** Parses downloaded bytes; `parse` builds the typed model from `signed`. */
    static parse(bytes, role, parse) {
        let envelope;
        let signatures;
        try {
            envelope = asObject(JSON.parse(decoder.decode(bytes)), 'metadata');
            const sigs = envelope.signatures ?? [];
            if (!Array.isArray(sigs))
                throw new TypeError('signatures is not a list');
            signatures = sigs.map((s, i) => {
                const obj = asObject(s, `signatures[${i}]`);
                return {
                    keyid: asString(obj.keyid, `signatures[${i}].keyid`),
                    method: asString(obj.method, `signatures[${i}].method`),
                    sig: Buffer.from(asString(obj.sig, `signatures[${i}].sig`), 'base64'),
                };
            });
        }
        catch (err) {
            throw new errors/* VerificationError */.mk(role, `not valid metadata: ${err.message}`, { cause: err });
        }
        const signed = parse(envelope.signed, role);
        let signedBytes;
        try {
            signedBytes = canonicalize(envelope.signed);
        }
        catch (err) {
            throw new errors/* VerificationError */.mk(role, `cannot canonicalize: ${err.message}`, { cause: err });
        }
        return new Metadata(signed, signatures, signedBytes, bytes);
    }
    /** Signs a model with each signer, giving the bytes notary-server will store unchanged. */
    static async sign(signed, signers) {
        const json = signed.toJSON();
        const signedBytes = canonicalize(json);
        const signatures = [];
        for (const signer of signers) {
            signatures.push({ keyid: signer.keyId, method: signer.method, sig: Buffer.from(await signer.sign(signedBytes)) });
        }
        return new Metadata(signed, signatures, signedBytes, serializeEnvelope(json, signatures));
    }
}
/** Go's json.Marshal(data.Signed{…}): field order signed, signatures; keyid, method, sig. */
function serializeEnvelope(signed, signatures) {
    const sigs = signatures
        .map((s) => `{"keyid":${goString(s.keyid)},"method":${goString(s.method)},"sig":"${s.sig.toString('base64')}"}`)
        .join(',');
    return new TextEncoder().encode(`{"signed":${canonicalForEnvelope(signed)},"signatures":[${sigs}]}`);
}

;// CONCATENATED MODULE: ./lib/tuf/time.js
// Times as Go writes and reads them in Notary metadata.
//
// Go's time.Time marshals as RFC 3339 with nanoseconds and no trailing zeros
// (RFC3339Nano), so a whole-second UTC time is "2006-01-02T15:04:05Z" with no
// ".000". We always write whole-second UTC times; we read any offset and any
// fraction that Go may have written (docker writes local times with offsets).

const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;
/** notary.Year: 365 days, not a calendar year. */
const YEAR = 365 * DAY;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;
/** Parses a Go RFC 3339 time; throws a VerificationError naming the role. */
function parseGoTime(value, role) {
    const m = typeof value === 'string' ? RFC3339.exec(value) : null;
    if (!m)
        throw new errors/* VerificationError */.mk(role, `expires is not an RFC 3339 time: ${JSON.stringify(value)}`);
    const [, y, mo, d, h, mi, s, frac = '', zone] = m;
    let ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Number(frac.padEnd(3, '0').slice(0, 3)));
    if (zone !== 'Z') {
        const sign = zone.startsWith('-') ? -1 : 1;
        const [oh, om] = zone.slice(1).split(':').map(Number);
        ms -= sign * (oh * 60 + om) * 60 * SECOND;
    }
    if (Number.isNaN(ms))
        throw new errors/* VerificationError */.mk(role, `expires is not a valid time: ${String(value)}`);
    return new Date(ms);
}
/** Formats a time as Go's json.Marshal does for a whole-second UTC time. */
function formatGoTime(date) {
    const whole = new Date(Math.floor(date.getTime() / SECOND) * SECOND);
    return whole.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** A whole-second expiry `durationMs` after `now`. */
function expiryFrom(now, durationMs) {
    return new Date(Math.floor((now.getTime() + durationMs) / SECOND) * SECOND);
}

;// CONCATENATED MODULE: ./lib/tuf/base.js
// The fields every signed role shares: `_type`, `expires` and `version`.



class SignedBase {
    version;
    expires;
    expiresText;
    constructor(options) {
        this.version = options.version;
        this.expires = options.expires;
        this.expiresText = options.expiresText ?? formatGoTime(options.expires);
    }
    /** Options for a copy with `changes`; a new `expires` gets a new text. */
    changed(current, changes) {
        const expiresText = changes.expires === undefined ? this.expiresText : undefined;
        return { ...current, ...changes, expiresText };
    }
    isExpired(now) {
        return this.expires.getTime() <= now.getTime();
    }
    commonJSON() {
        return { _type: this.type, expires: this.expiresText, version: this.version };
    }
}
/** Reads and checks the common fields; `role` names the role in errors. */
function parseCommon(value, type, role) {
    let obj;
    try {
        obj = asObject(value, 'signed');
        const actual = asString(obj._type, '_type');
        if (actual !== type)
            throw new TypeError(`_type is ${JSON.stringify(actual)}, expected ${type}`);
        const version = asInteger(obj.version, 'version');
        const expires = parseGoTime(obj.expires, role);
        return { obj, common: { version, expires, expiresText: obj.expires } };
    }
    catch (err) {
        if (err instanceof errors/* VerificationError */.mk)
            throw err;
        throw new errors/* VerificationError */.mk(role, `malformed metadata: ${err.message}`, { cause: err });
    }
}

;// CONCATENATED MODULE: ./lib/tuf/root.js
// Root: the repository's keys and which of them may sign each base role.





class Root extends SignedBase {
    type = 'Root';
    keys;
    roles;
    consistentSnapshot;
    constructor(options) {
        super(options);
        this.keys = options.keys;
        this.roles = options.roles;
        this.consistentSnapshot = options.consistentSnapshot;
    }
    /** The keys listed for a base role, by ID. Key IDs with no key are skipped. */
    roleKeys(role) {
        const out = new Map();
        for (const id of this.roles[role].keyids) {
            const key = this.keys.get(id);
            if (key)
                out.set(id, key);
        }
        return out;
    }
    toJSON() {
        const keys = {};
        for (const [id, key] of this.keys)
            keys[id] = key.toJSON();
        const roles = {};
        for (const name of BASE_ROLES)
            roles[name] = this.roles[name].toJSON();
        return { ...this.commonJSON(), consistent_snapshot: this.consistentSnapshot, keys, roles };
    }
    static fromJSON(value, role = 'root') {
        const { obj, common } = parseCommon(value, 'Root', role);
        try {
            const keys = new Map();
            for (const [id, key] of Object.entries(asObject(obj.keys, 'keys')))
                keys.set(id, TufKey.fromJSON(key));
            const rolesIn = asObject(obj.roles, 'roles');
            const roles = {};
            for (const name of BASE_ROLES)
                roles[name] = RootRole.fromJSON(rolesIn[name], `roles.${name}`);
            return new Root({ ...common, keys, roles, consistentSnapshot: obj.consistent_snapshot === true });
        }
        catch (err) {
            throw new errors/* VerificationError */.mk(role, `malformed root: ${err.message}`, { cause: err });
        }
    }
}

;// CONCATENATED MODULE: ./lib/tuf/threshold.js
// Threshold counting, the one place that decides whether a role's file is
// signed by enough of the keys its parent trusts.


/** Counts distinct keys in `keys` with a valid signature on `metadata`. */
function countValidSignatures(metadata, keys) {
    const valid = new Set();
    for (const sig of metadata.signatures) {
        const key = keys.get(sig.keyid);
        // notary refuses a key listed under an ID that is not its own.
        if (!key || key.id !== sig.keyid || valid.has(sig.keyid))
            continue;
        if (verifySignature(key, sig.method, metadata.signedBytes, sig.sig))
            valid.add(sig.keyid);
    }
    return valid.size;
}
/** Throws unless `threshold` of `keys` signed `metadata`. */
function verifyThreshold(metadata, keys, threshold, role) {
    if (!Number.isSafeInteger(threshold) || threshold < 1) {
        throw new errors/* VerificationError */.mk(role, `invalid threshold ${threshold}`, { check: 'threshold' });
    }
    const valid = countValidSignatures(metadata, keys);
    if (valid < threshold) {
        throw new errors/* VerificationError */.mk(role, valid === 0
            ? 'no valid signature from a trusted key'
            : `only ${valid} valid signature(s), ${threshold} required`, { check: 'threshold' });
    }
}
/** Throws when `metadata` has expired at `now`. */
function verifyNotExpired(metadata, role, now) {
    if (metadata.signed.isExpired(now)) {
        throw new errors/* VerificationError */.mk(role, `expired at ${metadata.signed.expires.toISOString()}`, { code: 'EXPIRED' });
    }
}
/** Throws when `metadata` is older than a version we already trusted. */
function verifyNoRollback(metadata, role, trustedVersion) {
    if (trustedVersion !== undefined && metadata.signed.version < trustedVersion) {
        throw new errors/* VerificationError */.mk(role, `version ${metadata.signed.version} is older than the trusted version ${trustedVersion}`, { code: 'ROLLBACK' });
    }
}

;// CONCATENATED MODULE: ./lib/tuf/root-trust.js
// Deciding whether a root can be trusted, as notary's trustpinning does:
// only root keys that are x509 certificates whose CN matches the GUN and that
// are within their validity period count; a pin narrows them further; a new
// root must be signed both by the previous root's keys and by its own.






const X509_TYPES = new Set(['ecdsa-x509', 'rsa-x509']);
/** notary's MatchCNToGun: exact, or a `*`-suffixed prefix. */
function cnMatchesGun(cn, gun) {
    if (cn.endsWith('*'))
        return gun.startsWith(cn.replace(/\*+$/, ''));
    return cn === gun;
}
function root_trust_commonName(cert) {
    for (const line of cert.subject.split('\n')) {
        if (line.startsWith('CN='))
            return line.slice(3);
    }
    return undefined;
}
/**
 * The root role's keys that are usable leaf certificates for `gun`.
 * With `checkExpiry` false (a previous, already trusted root) expired
 * certificates still count, as in notary.
 */
function validRootKeys(root, gun, now, checkExpiry) {
    const out = new Map();
    for (const [id, key] of root.roleKeys(ROOT)) {
        if (!X509_TYPES.has(key.keytype))
            continue;
        let cert;
        try {
            cert = new external_node_crypto_.X509Certificate(key.public);
        }
        catch {
            continue;
        }
        if (cert.ca)
            continue;
        const cn = root_trust_commonName(cert);
        if (cn === undefined || !cnMatchesGun(cn, gun))
            continue;
        if (certificateProblem(cert, checkExpiry ? now : undefined) !== undefined)
            continue;
        out.set(id, key);
    }
    return out;
}
/** Verifies one root. Throws a VerificationError naming the reason. */
function verifyRoot(root, check) {
    const { gun, now, previous, pin, allowExpired = false } = check;
    let keys = validRootKeys(root.signed, gun, now, !allowExpired);
    if (keys.size === 0) {
        throw new errors/* VerificationError */.mk(ROOT, `no valid root certificate for ${gun}: each must be an x509 certificate with CN ${gun} within its validity period`, { check: 'root' });
    }
    if (previous) {
        const prevKeys = validRootKeys(previous.signed, gun, now, false);
        try {
            verifyThreshold(root, prevKeys, previous.signed.roles.root.threshold, ROOT);
        }
        catch (err) {
            throw new errors/* VerificationError */.mk(ROOT, `version ${root.signed.version} is not signed by the keys of trusted version ${previous.signed.version}`, { cause: err, check: 'root' });
        }
    }
    if (pin) {
        const pinned = new Set(pin.keyIds.map((k) => k.toLowerCase()));
        keys = new Map([...keys].filter(([id, key]) => pinned.has(id) || pinned.has(canonical_key_id_canonicalKeyId(key))));
        if (keys.size === 0) {
            throw new errors/* VerificationError */.mk(ROOT, `no root key of ${gun} matches the pinned root key (trust-pin)`, {
                check: 'root',
            });
        }
    }
    verifyThreshold(root, keys, root.signed.roles.root.threshold, ROOT);
    if (!allowExpired)
        verifyNotExpired(root, ROOT, now);
}

;// CONCATENATED MODULE: ./lib/tuf/file-meta.js
// FileMeta: the length and hashes that a snapshot, timestamp or targets file
// records for another file. Hashes are base64 in Notary (not hex as in TUF).



/** The hash algorithms notary computes for metadata files. */
const METADATA_HASHES = ['sha256', 'sha512'];
class FileMeta {
    length;
    /** Algorithm name to raw digest. */
    hashes;
    /** Opaque `custom` data, kept as it came. */
    custom;
    constructor(options) {
        this.length = options.length;
        this.hashes = options.hashes;
        this.custom = options.custom;
    }
    /** FileMeta of bytes we hold, with the given hash algorithms. */
    static of(bytes, algorithms = METADATA_HASHES) {
        const hashes = {};
        for (const alg of algorithms)
            hashes[alg] = (0,external_node_crypto_.createHash)(alg).update(bytes).digest();
        return new FileMeta({ length: bytes.length, hashes });
    }
    /** The sha256 as hex, the name notary-server serves a file by. */
    get sha256Hex() {
        return this.hashes.sha256?.toString('hex');
    }
    /**
     * Checks bytes against this FileMeta: exact length and every known hash.
     * At least one of sha256/sha512 must be present, as notary requires.
     */
    verify(bytes, role) {
        if (bytes.length !== this.length) {
            throw new errors/* VerificationError */.mk(role, `length ${bytes.length} does not match the expected ${this.length}`, {
                check: 'hash',
            });
        }
        let checked = 0;
        for (const alg of METADATA_HASHES) {
            const expected = this.hashes[alg];
            if (!expected)
                continue;
            const actual = (0,external_node_crypto_.createHash)(alg).update(bytes).digest();
            if (actual.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(actual, expected)) {
                throw new errors/* VerificationError */.mk(role, `${alg} hash does not match the expected one`, { check: 'hash' });
            }
            checked++;
        }
        if (checked === 0) {
            throw new errors/* VerificationError */.mk(role, 'no sha256 or sha512 hash to check it against', { check: 'hash' });
        }
    }
    toJSON() {
        const hashes = {};
        for (const [alg, digest] of Object.entries(this.hashes))
            hashes[alg] = digest.toString('base64');
        return this.custom === undefined
            ? { hashes, length: this.length }
            : { custom: this.custom, hashes, length: this.length };
    }
    static fromJSON(value, where) {
        const obj = asObject(value, where);
        const hashesIn = asObject(obj.hashes, `${where}.hashes`);
        const hashes = {};
        for (const [alg, digest] of Object.entries(hashesIn)) {
            if (typeof digest !== 'string')
                throw new TypeError(`${where}.hashes.${alg} is not a string`);
            hashes[alg] = Buffer.from(digest, 'base64');
        }
        const custom = obj.custom === null ? undefined : obj.custom;
        return new FileMeta({ length: asInteger(obj.length, `${where}.length`), hashes, ...(custom === undefined ? {} : { custom }) });
    }
}

;// CONCATENATED MODULE: ./lib/tuf/snapshot.js
// Snapshot and Timestamp: both map role names to FileMeta.




class MetaRole extends SignedBase {
    meta;
    constructor(options) {
        super(options);
        this.meta = options.meta;
    }
    toJSON() {
        const meta = {};
        for (const [name, fm] of this.meta)
            meta[name] = fm.toJSON();
        return { ...this.commonJSON(), meta };
    }
}
function parseMeta(value, type, role) {
    const { obj, common } = parseCommon(value, type, role);
    try {
        const meta = new Map();
        for (const [name, fm] of Object.entries(asOptionalObject(obj.meta, 'meta'))) {
            meta.set(name, FileMeta.fromJSON(fm, `meta[${JSON.stringify(name)}]`));
        }
        return { ...common, meta };
    }
    catch (err) {
        throw new errors/* VerificationError */.mk(role, `malformed ${role}: ${err.message}`, { cause: err });
    }
}
class Snapshot extends MetaRole {
    type = 'Snapshot';
    static fromJSON(value, role = 'snapshot') {
        return new Snapshot(parseMeta(value, 'Snapshot', role));
    }
}
class Timestamp extends MetaRole {
    type = 'Timestamp';
    static fromJSON(value, role = 'timestamp') {
        return new Timestamp(parseMeta(value, 'Timestamp', role));
    }
}

;// CONCATENATED MODULE: ./lib/tuf/targets.js
// Targets: signed tags (name → digest and manifest length) and delegations.
// Used for the top-level `targets` role and every `targets/…` delegation.






class Targets extends SignedBase {
    type = 'Targets';
    targets;
    delegationKeys;
    delegations;
    constructor(options) {
        super(options);
        this.targets = options.targets;
        this.delegationKeys = options.delegationKeys;
        this.delegations = options.delegations;
    }
    static empty(common) {
        return new Targets({ ...common, targets: new Map(), delegationKeys: new Map(), delegations: [] });
    }
    with(changes) {
        return new Targets(this.changed(this, changes));
    }
    delegation(name) {
        return this.delegations.find((d) => d.name === name);
    }
    /** The keys a delegation lists, by ID, as this parent declares them. */
    delegationKeysOf(role) {
        const out = new Map();
        for (const id of role.keyids) {
            const key = this.delegationKeys.get(id);
            if (key)
                out.set(id, key);
        }
        return out;
    }
    /** Go always writes `delegations` with `keys` and `roles`, empty when unused. */
    toJSON() {
        const targets = {};
        for (const [name, meta] of this.targets)
            targets[name] = meta.toJSON();
        const keys = {};
        for (const [id, key] of this.delegationKeys)
            keys[id] = key.toJSON();
        return {
            ...this.commonJSON(),
            delegations: { keys, roles: this.delegations.map((d) => d.toJSON()) },
            targets,
        };
    }
    static fromJSON(value, role) {
        const { obj, common } = parseCommon(value, 'Targets', role);
        try {
            const targets = new Map();
            for (const [name, meta] of Object.entries(asOptionalObject(obj.targets, 'targets'))) {
                targets.set(name, FileMeta.fromJSON(meta, `targets[${JSON.stringify(name)}]`));
            }
            const delegations = asOptionalObject(obj.delegations, 'delegations');
            const delegationKeys = new Map();
            for (const [id, key] of Object.entries(asOptionalObject(delegations.keys, 'delegations.keys'))) {
                delegationKeys.set(id, TufKey.fromJSON(key));
            }
            const rolesIn = delegations.roles ?? [];
            if (!Array.isArray(rolesIn))
                throw new TypeError('delegations.roles is not a list');
            const roles = rolesIn.map((r, i) => DelegatedRole.fromJSON(r, `delegations.roles[${i}]`));
            return new Targets({ ...common, targets, delegationKeys, delegations: roles });
        }
        catch (err) {
            throw new errors/* VerificationError */.mk(role, `malformed targets: ${err.message}`, { cause: err });
        }
    }
}

;// CONCATENATED MODULE: ./lib/tuf/trusted-repository.js
// A verified view of one repository's trust data: the TUF client for
// notary's flavour.
//
// Round trips are the cost in CI, so every file we expect to need is
// requested in one parallel wave. Nothing is trusted in download order,
// though: verification runs strictly root → timestamp → snapshot → targets →
// delegations, each file checked against the hash and length its parent
// recorded, and a file that changed between requests (someone published in
// between) is fetched again by its checksum name.








/** notary.MaxTimestampSize. */
const MAX_TIMESTAMP_BYTES = 1 << 20;
/** The cap for files whose length we do not know yet (notary's is 100 MiB). */
const MAX_METADATA_BYTES = 16 << 20;
class TrustedRepository {
    gun;
    root;
    timestamp;
    snapshot;
    targets;
    #loader;
    #previous;
    constructor(options) {
        this.gun = options.gun;
        this.root = options.root;
        this.timestamp = options.timestamp;
        this.snapshot = options.snapshot;
        this.targets = options.targets;
        this.#loader = options.loader;
        this.#previous = options.previous;
    }
    /** Delegations loaded so far, by name, each verified against its parent. */
    get delegations() {
        return this.#loader.loaded;
    }
    /**
     * A delegation, verified through its parents; loaded on first use if the
     * first wave did not bring it. Undefined when no parent delegates it.
     */
    delegation(name) {
        return this.#loader.load(name);
    }
    /** The state to remember for the next run's rollback checks. */
    get state() {
        // Versions of roles not read this run still bound the next run.
        const versions = {
            ...this.#previous?.versions,
            [ROOT]: this.root.signed.version,
            [TIMESTAMP]: this.timestamp.signed.version,
            [SNAPSHOT]: this.snapshot.signed.version,
            [TARGETS]: this.targets.signed.version,
        };
        for (const [name, role] of this.delegations)
            if (role.metadata)
                versions[name] = role.metadata.signed.version;
        return { versions, root: this.root.bytes };
    }
}
function parseTargets(signed, role) {
    return Targets.fromJSON(signed, role);
}
/** Loads and verifies a repository; null when it has no trust data at all. */
async function loadTrustedRepository(options) {
    const { gun, fetcher, pin, previous } = options;
    const now = options.now ?? new Date();
    const wanted = options.delegations ?? [];
    const expected = wanted === 'all' ? [] : wanted;
    // One wave of requests, in parallel.
    const get = (role, maxBytes) => fetcher.fetch(role, { maxBytes });
    const [rootBytes, timestampBytes, snapshotBytes, targetsBytes, ...delegationBytes] = await Promise.all([
        get(ROOT, MAX_METADATA_BYTES),
        get(TIMESTAMP, MAX_TIMESTAMP_BYTES),
        get(SNAPSHOT, MAX_METADATA_BYTES),
        get(TARGETS, MAX_METADATA_BYTES),
        ...expected.map((name) => get(name, MAX_METADATA_BYTES)),
    ]);
    if (rootBytes === null)
        return null;
    const prefetched = new Map();
    expected.forEach((name, i) => {
        const bytes = delegationBytes[i];
        if (bytes)
            prefetched.set(name, bytes);
    });
    // Root.
    const root = await trustRoot(rootBytes, { gun, now, fetcher, ...(pin ? { pin } : {}), ...(previous ? { previous } : {}) });
    // Timestamp.
    if (timestampBytes === null)
        throw new errors/* VerificationError */.mk(TIMESTAMP, `the trust server has root but no timestamp for ${gun}`);
    const timestamp = Metadata.parse(timestampBytes, TIMESTAMP, (s, r) => Timestamp.fromJSON(s, r));
    verifyThreshold(timestamp, root.signed.roleKeys(TIMESTAMP), root.signed.roles.timestamp.threshold, TIMESTAMP);
    verifyNoRollback(timestamp, TIMESTAMP, previous?.versions[TIMESTAMP]);
    verifyNotExpired(timestamp, TIMESTAMP, now);
    // Snapshot, then every file it lists, each against its recorded hash.
    const snapshot = await checkedFile(SNAPSHOT, timestamp.signed.meta.get(SNAPSHOT), snapshotBytes, fetcher, (s, r) => Snapshot.fromJSON(s, r));
    verifyThreshold(snapshot, root.signed.roleKeys(SNAPSHOT), root.signed.roles.snapshot.threshold, SNAPSHOT);
    verifyNoRollback(snapshot, SNAPSHOT, previous?.versions[SNAPSHOT]);
    verifyNotExpired(snapshot, SNAPSHOT, now);
    // notary requires the snapshot to list root, and the root we trust to be that one.
    const rootMeta = snapshot.signed.meta.get(ROOT);
    if (!rootMeta)
        throw new errors/* VerificationError */.mk(SNAPSHOT, 'does not list root');
    rootMeta.verify(root.bytes, ROOT);
    const targets = await checkedFile(TARGETS, snapshot.signed.meta.get(TARGETS), targetsBytes, fetcher, parseTargets);
    verifyThreshold(targets, root.signed.roleKeys(TARGETS), root.signed.roles.targets.threshold, TARGETS);
    verifyNoRollback(targets, TARGETS, previous?.versions[TARGETS]);
    verifyNotExpired(targets, TARGETS, now);
    // Delegations: every one we were asked for, parents first.
    const loader = new DelegationLoader({
        fetcher,
        snapshot: snapshot.signed,
        targets,
        prefetched,
        now,
        previous,
        allowExpired: options.allowExpiredDelegations ?? false,
    });
    const names = wanted === 'all' ? [...snapshot.signed.meta.keys()].filter(isDelegationName) : expected;
    if (wanted === 'all') {
        // Everything the snapshot lists, by checksum, in one more wave.
        await Promise.all(names.map((n) => loader.prefetch(n)));
    }
    await Promise.all(names.map((n) => loader.load(n)));
    if (wanted === 'all') {
        // Delegations declared but never published have no snapshot entry.
        const walk = async (parent) => {
            await Promise.all(parent.delegations.map(async (d) => {
                const role = await loader.load(d.name);
                if (role?.metadata)
                    await walk(role.metadata.signed);
            }));
        };
        await walk(targets.signed);
    }
    return new TrustedRepository({ gun, root, timestamp, snapshot, targets, loader, previous });
}
async function trustRoot(latestBytes, options) {
    const { gun, now, fetcher, pin, previous } = options;
    const parseRoot = (b) => Metadata.parse(b, ROOT, (s, r) => Root.fromJSON(s, r));
    const latest = parseRoot(latestBytes);
    verifyNoRollback(latest, ROOT, previous?.versions[ROOT]);
    const pinOption = pin ? { pin } : {};
    if (!previous?.root) {
        // First contact: trust on first use, or the pin.
        verifyRoot(latest, { gun, now, ...pinOption });
        return latest;
    }
    let trusted = parseRoot(previous.root);
    if (latest.signed.version < trusted.signed.version) {
        throw new errors/* VerificationError */.mk(ROOT, `version ${latest.signed.version} is older than the trusted version ${trusted.signed.version}`, { code: 'ROLLBACK' });
    }
    // Walk the rotation: each root must be signed by the one before it.
    for (let v = trusted.signed.version + 1; v < latest.signed.version; v++) {
        const bytes = await fetcher.fetch(ROOT, { maxBytes: MAX_METADATA_BYTES, version: v });
        if (bytes === null)
            throw new errors/* VerificationError */.mk(ROOT, `version ${v} is missing from the rotation chain`);
        const next = parseRoot(bytes);
        if (next.signed.version !== v)
            throw new errors/* VerificationError */.mk(ROOT, `${v}.root.json holds version ${next.signed.version}`);
        verifyRoot(next, { gun, now, previous: trusted, allowExpired: true, ...pinOption });
        trusted = next;
    }
    if (Buffer.compare(latest.bytes, trusted.bytes) !== 0) {
        verifyRoot(latest, { gun, now, previous: trusted, ...pinOption });
    }
    else {
        verifyRoot(latest, { gun, now, ...pinOption });
    }
    return latest;
}
/**
 * Checks downloaded bytes against the FileMeta a parent recorded. If they do
 * not match (the file changed after the parent was read) or were not
 * downloaded, fetches the exact version by its checksum name.
 */
async function checkedFile(role, meta, bytes, fetcher, parse) {
    if (!meta)
        throw new errors/* VerificationError */.mk(role, 'is not listed by its parent role');
    let content = bytes;
    if (!content || !matches(meta, content, role)) {
        const checksum = meta.sha256Hex;
        if (!checksum)
            throw new errors/* VerificationError */.mk(role, 'its parent records no sha256 to fetch it by');
        content = await fetcher.fetch(role, { maxBytes: Math.min(meta.length, MAX_METADATA_BYTES), checksum });
        if (content === null)
            throw new errors/* VerificationError */.mk(role, `the trust server has no file with checksum ${checksum}`);
    }
    meta.verify(content, role);
    return Metadata.parse(content, role, parse);
}
function matches(meta, bytes, role) {
    try {
        meta.verify(bytes, role);
        return true;
    }
    catch {
        return false;
    }
}
class DelegationLoader {
    loaded = new Map();
    #pending = new Map();
    #fetcher;
    #snapshot;
    #targets;
    #prefetched;
    #now;
    #previous;
    #allowExpired;
    constructor(options) {
        this.#fetcher = options.fetcher;
        this.#snapshot = options.snapshot;
        this.#targets = options.targets;
        this.#prefetched = options.prefetched;
        this.#now = options.now;
        this.#previous = options.previous;
        this.#allowExpired = options.allowExpired;
    }
    /** Downloads a delegation by the checksum the snapshot lists, without verifying yet. */
    async prefetch(name) {
        const meta = this.#snapshot.meta.get(name);
        const checksum = meta?.sha256Hex;
        if (!meta || !checksum || this.#prefetched.has(name))
            return;
        const bytes = await this.#fetcher.fetch(name, { maxBytes: Math.min(meta.length, MAX_METADATA_BYTES), checksum });
        if (bytes)
            this.#prefetched.set(name, bytes);
    }
    load(name) {
        let pending = this.#pending.get(name);
        if (!pending) {
            pending = this.#load(name);
            this.#pending.set(name, pending);
        }
        return pending;
    }
    async #load(name) {
        const parentName = parentRole(name);
        let parent;
        let parentPaths;
        if (parentName === TARGETS) {
            parent = this.#targets.signed;
        }
        else {
            const p = await this.load(parentName);
            if (!p?.metadata)
                return undefined;
            parent = p.metadata.signed;
            parentPaths = p.paths;
        }
        const declared = parent.delegation(name);
        if (!declared)
            return undefined;
        const keys = parent.delegationKeysOf(declared);
        const paths = parentPaths ? restrictPaths(parentPaths, declared.paths) : declared.paths;
        const base = { name, keys, threshold: declared.threshold, paths };
        const meta = this.#snapshot.meta.get(name);
        if (!meta) {
            const role = { ...base, metadata: undefined, targets: new Map(), expired: false };
            this.loaded.set(name, role);
            return role;
        }
        const metadata = await checkedFile(name, meta, this.#prefetched.get(name) ?? null, this.#fetcher, parseTargets);
        verifyThreshold(metadata, keys, declared.threshold, name);
        verifyNoRollback(metadata, name, this.#previous?.versions[name]);
        const expired = metadata.signed.isExpired(this.#now);
        if (!this.#allowExpired)
            verifyNotExpired(metadata, name, this.#now);
        const targets = new Map([...metadata.signed.targets].filter(([path]) => pathAllowed(path, paths)));
        const role = { ...base, metadata, targets, expired };
        this.loaded.set(name, role);
        return role;
    }
}

;// CONCATENATED MODULE: ./lib/trust/publisher.js
// Read, verify, change, publish: with optimistic concurrency.
//
// notary-server refuses an update built on stale trust data (another signer
// published in between). Then we re-read, re-verify and re-apply the same
// change to the new state, so a concurrent signer's work is never lost, with
// a bounded number of retries and jittered backoff.




/** Reads and verifies a repository's trust data; null when it has none. */
function readRepository(options) {
    const { server, gun } = options;
    return loadTrustedRepository({
        gun,
        fetcher: { fetch: (role, o) => server.getRole(gun, role, o) },
        now: options.now?.() ?? new Date(),
        ...(options.pin ? { pin: options.pin } : {}),
        ...(options.previous ? { previous: options.previous } : {}),
        ...(options.delegations ? { delegations: options.delegations } : {}),
        ...(options.allowExpiredDelegations ? { allowExpiredDelegations: true } : {}),
    });
}
/** notary-server's answers to an update that raced another one. */
function isConflict(err) {
    return err instanceof errors/* HttpError */.j$ && isConflictResponse(err.status, err.serverCode);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Applies `change` to freshly verified trust data and posts the files it
 * returns, retrying on conflicts. `change` gets null for a repository with
 * no trust data yet.
 */
async function publisher_publishChange(options, change) {
    const { server, gun, retries = 16, backoffMs = 50, logger = silentLogger } = options;
    let previous = options.previous ?? options.initial?.state;
    for (let attempt = 0;; attempt++) {
        const now = options.now?.() ?? new Date();
        const repo = attempt === 0 && options.initial !== undefined
            ? options.initial
            : await readRepository({ ...options, now: () => now, ...(previous ? { previous } : {}) });
        // A retry must not accept older data, or another root, than what was verified before.
        if (repo)
            previous = repo.state;
        const planned = await change(repo, now);
        if (planned.files.length === 0)
            return { result: planned.result, published: false, attempts: attempt + 1 };
        try {
            await server.publish(gun, planned.files);
            return { result: planned.result, published: true, attempts: attempt + 1 };
        }
        catch (err) {
            if (!isConflict(err))
                throw err;
            if (attempt >= retries) {
                throw new errors/* DctError */.sY('CONFLICT', `${gun}: another publish kept winning the race; gave up after ${attempt + 1} attempts`, { cause: err });
            }
            const wait = backoffMs * (1 + Math.random()) * 2 ** Math.min(attempt, 4);
            logger.debug(`${gun}: concurrent update (${err.serverCode}); retrying in ${Math.round(wait)} ms`);
            await sleep(wait);
        }
    }
}

;// CONCATENATED MODULE: ./lib/operations/inspect-read.js
// Reading a repository's whole targets tree the way notary's client does
// (tufclient.downloadTargets): root, timestamp, snapshot and targets must
// verify, but a delegation that has expired or lacks valid signatures is
// skipped, with everything below it, and the rest of the tree is still
// used. Otherwise one signer who stopped signing three years ago (its role
// expired) would make every tag of the repository unverifiable, where
// docker still pulls and inspects. Any other failure (a hash mismatch, a
// rollback, a malformed file) fails the read, as in notary.
//
// Each level of the tree is fetched in one parallel wave; for docker's
// usual layout (targets/releases and targets/<signer>) that is one wave
// after the base roles, as with `delegations: 'all'`.



/** notary's signed.ErrExpired and signed.ErrRoleThreshold: the failures it skips a delegation for. */
function isSkippedFailure(err) {
    return err instanceof errors/* VerificationError */.mk && (err.check === 'expiry' || err.check === 'threshold');
}
/** The delegations a role declares that notary would descend into. */
function childrenOf(signed, name) {
    return signed.delegations
        .filter((d) => parentRole(d.name) === name && d.keyids.every((id) => signed.delegationKeys.has(id)))
        .map((d) => d.name);
}
/** Reads and verifies every reachable delegation; see the file header for what is skipped. */
async function readTrustTree(options) {
    const { logger, ...read } = options;
    const repo = await readRepository({ ...read, delegations: [] });
    if (!repo)
        return { repo: null, skipped: [] };
    const skipped = [];
    const seen = new Set();
    let level = childrenOf(repo.targets.signed, TARGETS);
    while (level.length > 0) {
        level = level.filter((n) => !seen.has(n));
        level.forEach((n) => seen.add(n));
        const settled = await Promise.allSettled(level.map((name) => repo.delegation(name)));
        const next = [];
        settled.forEach((outcome, i) => {
            const name = level[i];
            if (outcome.status === 'fulfilled') {
                const signed = outcome.value?.metadata?.signed;
                if (signed)
                    next.push(...childrenOf(signed, name));
                return;
            }
            if (!isSkippedFailure(outcome.reason))
                throw outcome.reason;
            skipped.push({ role: name, error: outcome.reason });
            logger?.warning(`${repo.gun}: ignoring ${name} and the roles below it, as notary does: ${outcome.reason.message}`);
        });
        level = next;
    }
    return { repo, skipped };
}

;// CONCATENATED MODULE: ./lib/trust/target-walk.js
// notary's walk over a repository's targets tree (tuf.Repo.WalkTargets) and
// the client reads built on it, over verified trust data: GetTargetByName,
// ListTargets, GetAllTargetMetadataByName and GetDelegationRoles. docker's
// trust inspect, content-trust pull and trust revoke are defined in terms of
// these, so inspect, verify and revoke share them to follow docker exactly.
//
// The walk is breadth first from `targets` (paths [""]), children in the
// order their parent lists them, each child's paths narrowed to its parent's
// and a child whose parent lists a key it does not define left out. Only
// roles with published metadata are visited. The repository must have been
// read with `delegations: 'all'`.


/** docker's pull and revoke order: targets/releases first, then targets. */
const RELEASED_ROLES = [RELEASES, TARGETS];
/** docker's "released" roles, whose entries a content-trust pull accepts. */
function isReleasedRole(role) {
    return role === TARGETS || role === RELEASES;
}
/** docker's notaryRoleToSigner for a delegation: its name without `targets/`. */
function signerNameOfRole(role) {
    return role.startsWith(`${TARGETS}/`) ? role.slice(TARGETS.length + 1) : role;
}
/** The hex sha256 docker shows for a target; "" when it has none. */
function targetSha256(meta) {
    return meta.sha256Hex ?? '';
}
/** data.SignedTargets.GetValidDelegations: direct children that define all their keys, paths narrowed. */
function validChildren(parent) {
    const out = [];
    for (const d of parent.signed.delegations) {
        if (!d.keyids.every((id) => parent.signed.delegationKeys.has(id)))
            continue;
        if (parentRole(d.name) !== parent.name)
            continue;
        out.push({ name: d.name, paths: restrictPaths(parent.paths, d.paths) });
    }
    return out;
}
function signedOf(repo, name) {
    if (name === TARGETS)
        return repo.targets.signed;
    return repo.delegations.get(name)?.metadata?.signed;
}
/**
 * tuf.Repo.WalkTargets as a generator: yields each visited role; breaking
 * out of the loop is the visitor's StopWalk.
 */
function* walkTargets(repo, options = {}) {
    const { targetPath = '', rolePath = '', skip = [] } = options;
    const queue = [{ name: TARGETS, paths: [''] }];
    while (queue.length > 0) {
        const next = queue.shift();
        const signed = signedOf(repo, next.name);
        if (!signed)
            continue;
        const role = { ...next, signed };
        // An ancestor of the wanted subtree: descend without visiting.
        if (rolePath.startsWith(`${role.name}/`)) {
            queue.push(...validChildren(role));
            continue;
        }
        const pathOk = targetPath === '' || pathAllowed(targetPath, role.paths);
        const inSubtree = rolePath === '' || rolePath === role.name || role.name.startsWith(`${rolePath}/`);
        if (pathOk && inSubtree && !skip.includes(role.name)) {
            yield role;
            queue.push(...validChildren(role));
        }
    }
}
/**
 * client.GetTargetByName: for each role in priority order, the first entry
 * in a breadth-first walk of its subtree, with the other listed roles
 * skipped. `hidden` pretends a role does not list the target (to ask what a
 * removal would leave).
 */
function getTargetByName(repo, name, roles = [TARGETS], hidden = () => false) {
    for (const rolePath of roles) {
        const skip = roles.filter((r) => r !== rolePath);
        for (const role of walkTargets(repo, { targetPath: name, rolePath, skip })) {
            const meta = role.signed.targets.get(name);
            if (meta && !hidden(role.name))
                return { name, role: role.name, meta };
        }
    }
    return undefined;
}
/** client.ListTargets: every target name once, from the highest-priority role that lists it. */
function listTargets(repo, roles = [TARGETS]) {
    const found = new Map();
    for (const rolePath of roles) {
        const skip = roles.filter((r) => r !== rolePath);
        for (const role of walkTargets(repo, { rolePath, skip })) {
            for (const [name, meta] of role.signed.targets) {
                if (found.has(name) || !pathAllowed(name, role.paths))
                    continue;
                found.set(name, { name, role: role.name, meta });
            }
        }
    }
    return [...found.values()];
}
/**
 * client.GetAllTargetMetadataByName: every role listing `name`, in walk
 * order. With "" every target of every role, unfiltered by paths, as notary
 * does.
 */
function allTargetsByName(repo, name) {
    const out = [];
    for (const role of walkTargets(repo, { targetPath: name })) {
        if (name === '') {
            for (const [target, meta] of role.signed.targets)
                out.push({ name: target, role: role.name, meta });
        }
        else {
            const meta = role.signed.targets.get(name);
            if (meta)
                out.push({ name, role: role.name, meta });
        }
    }
    return out;
}
/**
 * client.GetDelegationRoles: the delegations every visited role declares,
 * key IDs translated to canonical IDs (x509 keys by their public key). Like
 * notary, fails as a whole (returns undefined) when a role lists a key its
 * parent does not define.
 */
function delegationRoles(repo) {
    const out = [];
    for (const role of walkTargets(repo)) {
        for (const d of role.signed.delegations) {
            const keyIds = [];
            for (const id of d.keyids) {
                const key = role.signed.delegationKeys.get(id);
                if (!key)
                    return undefined;
                try {
                    keyIds.push(canonical_key_id_canonicalKeyId(key));
                }
                catch {
                    return undefined;
                }
            }
            out.push({ name: d.name, keyIds });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/operations/inspect.js
// The inspect operation: what `docker trust inspect` shows for each image
// reference, from verified trust data, with docker's rules:
//
// - Signed tags are the (tag, sha256) pairs listed by `targets` or
//   `targets/releases` ("released"); a tag only in other delegations is not
//   shown. A row's signers are the other roles listing the same pair, named
//   without `targets/`, in walk order; a row with none shows "Repo Admin".
//   Rows are in natural order of the tag. With a tag, only roles whose paths
//   admit it are walked; without one (or with a digest) every target is.
// - Signers are the delegations every visited role declares, except
//   targets/releases, each with its canonical key IDs (x509 keys by their
//   public key), sorted by name in descending byte order.
// - Administrative keys are root's and targets' key IDs exactly as root.json
//   lists them (the root certificate's ID, not the canonical one): "Root",
//   then "Repository".
// - Go's `omitempty`: a signer without keys has no `Keys` field.
// - As notary, a delegation that expired or lacks signatures is left out
//   (with a warning), not fatal.








function keys(ids) {
    return ids.length > 0 ? { Keys: ids.map((ID) => ({ ID })) } : {};
}
/** docker's matchReleasedSignatures over GetAllTargetMetadataByName(tag). */
function signedTagRows(repo, tag) {
    const found = allTargetsByName(repo, tag ?? '');
    const rows = new Map();
    const key = (name, digest) => JSON.stringify([name, digest]);
    for (const t of found) {
        if (!isReleasedRole(t.role))
            continue;
        const digest = targetSha256(t.meta);
        rows.set(key(t.name, digest), { tag: t.name, digest, signers: [] });
    }
    for (const t of found) {
        const row = rows.get(key(t.name, targetSha256(t.meta)));
        if (row && !isReleasedRole(t.role))
            row.signers.push(signerNameOfRole(t.role));
    }
    // docker's sort is not stable; rows for one tag with two digests are put in digest order here.
    return [...rows.values()]
        .sort((a, b) => naturalCompare(a.tag, b.tag) || byteCompare(a.digest, b.digest))
        .map((r) => ({ SignedTag: r.tag, Digest: r.digest, Signers: r.signers.length > 0 ? r.signers : [REPO_ADMIN] }));
}
/** docker's getDelegationRoleToKeyMap, as its sorted signer list. */
function signerList(repo) {
    const byName = new Map();
    for (const role of delegationRoles(repo) ?? []) {
        if (role.name === RELEASES || role.name === TARGETS || role.name === ROOT)
            continue;
        byName.set(signerNameOfRole(role.name), role.keyIds);
    }
    return [...byName]
        .sort(([a], [b]) => byteCompare(b, a))
        .map(([Name, ids]) => ({ Name, ...keys(ids) }));
}
function administrativeKeys(repo) {
    const roles = repo.root.signed.roles;
    return [
        { Name: 'Root', ...keys(roles.root.keyids) },
        { Name: 'Repository', ...keys(roles.targets.keyids) },
    ];
}
/** One reference's row set from its repository's trust data. */
function repositoryTrust(name, repo, tag) {
    return {
        Name: name,
        SignedTags: signedTagRows(repo, tag),
        Signers: signerList(repo),
        AdministrativeKeys: administrativeKeys(repo),
    };
}
async function inspect(options) {
    if (options.references.length === 0) {
        throw new errors/* InputError */.dz('tags', 'no image reference given; list registry/repository[:tag] references');
    }
    const refs = options.references.map((r) => parseReference(r, 'tags'));
    checkCredentialInputs(options, refs);
    const pin = trustPinOf(options);
    const now = options.now;
    const connections = new Connections(options, 'read');
    try {
        const repos = new Map();
        await Promise.all([...byRepository(refs).values()].map(async ([ref]) => {
            const url = connections.trustServerUrl(ref);
            const { repo } = await readTrustTree({
                server: await connections.trustServer(ref),
                gun: ref.gun,
                logger: options.logger,
                ...(pin ? { pin } : {}),
                ...(now ? { now: () => now } : {}),
            });
            if (!repo) {
                throw new errors/* DctError */.sY('NO_TRUST_DATA', `no signatures or cannot access ${ref.original}: ${ref.gun} has no trust data at ${url}`);
            }
            repos.set(ref.gun, repo);
        }));
        // docker ignores the tag of a reference that also pins a digest, and shows every tag.
        const repositories = refs.map((ref) => repositoryTrust(ref.original, repos.get(ref.gun), ref.digest ? undefined : ref.tag));
        return { repositories };
    }
    finally {
        await connections.close();
    }
}

;// CONCATENATED MODULE: ./lib/azure/outputs.js
// The task's output variables, for later steps and jobs: $(step.<name>).
// Each command maps its result to names listed in task.json's outputVariables.

function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        task.setVariable(name, value, false, true);
}

;// CONCATENATED MODULE: ./lib/azure/summary.js
// The run's summary tab. A command's markdown is written as a file in the
// agent's temp directory for `##vso[task.uploadsummary]`; the agent reads it
// after the task, so the file stays (the agent empties its temp directory
// after the job).



/** Text for a markdown table cell: pipes escaped, on one line. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** `code` in a table cell. */
function code(text) {
    return `\`${cell(text)}\``;
}
function summary_table(header, rows) {
    return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}
function plural(count, noun, nouns = `${noun}s`) {
    return `${count} ${count === 1 ? noun : nouns}`;
}
/** Writes `markdown` under `parent` and has the agent attach it to the run. */
async function uploadSummary(markdown, parent) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, 'dct-sign-summary-'));
    // The agent titles the summary section after the file name.
    const file = (0,external_node_path_.join)(dir, 'Docker Content Trust.md');
    await (0,promises_.writeFile)(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    task.uploadSummary(file);
}

;// CONCATENATED MODULE: ./lib/azure/plain-text.js
// Text we print that may carry strings from a registry or trust server (tag
// names, error bodies). The agent runs `##vso[` commands wherever they appear
// in a line, so such text is neutralized before it reaches stdout.
function plainText(text) {
    return text.replace(/##vso\[/gi, '##_vso[');
}

;// CONCATENATED MODULE: ./lib/azure/commands/inspect.js
// inspect: what `docker trust inspect` shows for images (tag optional), from
// verified trust data. The output variable `trust` is docker's JSON; the log
// and the summary show the `--pretty` text.




function readInspectInputs(inputs) {
    return {
        references: inputs.references('list the images to inspect, one per line, as registry/repository[:tag]'),
        ...inputs.connectionOptions(),
    };
}
function inspectOutputs(result) {
    return { trust: JSON.stringify(result.repositories) };
}
function inspectSummary(result) {
    return ['```text', formatInspectPretty(result).trim(), '```'].join('\n');
}
const runInspect = async (inputs, { temp }) => {
    const result = await inspect(readInspectInputs(inputs));
    console.log(plainText(formatInspectPretty(result)));
    setOutputs(inspectOutputs(result));
    await uploadSummary(inspectSummary(result), temp);
    return `Inspected ${plural(result.repositories.length, 'image')}`;
};

;// CONCATENATED MODULE: ./lib/trust/signable-roles.js
// Which roles a signer may write a target into: docker's rule. With no
// delegations, the top-level `targets` role (if the caller holds its key);
// otherwise every direct child of `targets` that lists the key and whose
// paths admit the target. `targets/releases` is one of those children.


/**
 * The key ID under which `signer` appears among `keyids`, matching x509 keys
 * by their canonical (public key) ID as notary does.
 */
function keyIdFor(signer, keyids, keys) {
    const mine = canonical_key_id_canonicalKeyId(signer.publicKey);
    for (const id of keyids) {
        if (id === signer.keyId || id === mine)
            return id;
        const key = keys.get(id);
        if (key && canonical_key_id_canonicalKeyId(key) === mine)
            return id;
    }
    return undefined;
}
/** The signer as it must sign under another key ID (an x509 delegation key). */
function signingAs(signer, keyId) {
    if (keyId === signer.keyId)
        return signer;
    return {
        publicKey: signer.publicKey,
        keyId,
        method: signer.method,
        sign: (data) => signer.sign(data),
    };
}
/** Roles `signers` can sign a target named `target` into, docker's way. */
function signableRoles(repo, signers, target) {
    const targets = repo.targets.signed;
    if (targets.delegations.length === 0) {
        const rootTargets = repo.root.signed.roles.targets.keyids;
        for (const signer of signers) {
            const id = keyIdFor(signer, rootTargets, repo.root.signed.keys);
            if (id)
                return [{ name: TARGETS, signer: signingAs(signer, id) }];
        }
        return [];
    }
    const out = [];
    for (const role of targets.delegations) {
        // docker signs only direct children of targets, and only where paths allow.
        if (parentRole(role.name) !== TARGETS || !pathAllowed(target, role.paths))
            continue;
        for (const signer of signers) {
            const id = keyIdFor(signer, role.keyids, targets.delegationKeys);
            if (id) {
                out.push({ name: role.name, signer: signingAs(signer, id) });
                break;
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/trust/changes.js
// Changes to a verified repository, each turned into the signed files to
// upload. Pure apart from signing: a change can be re-applied to fresh trust
// data when a concurrent publish wins the race.







/** notary.NotaryTargetsExpiry, for targets and delegations alike. */
const TARGETS_EXPIRY = 3 * YEAR;
/**
 * The current content of a targets role (an empty one when not yet
 * published), and whether its file has expired and so needs re-signing.
 */
async function currentTargets(repo, role, now) {
    if (role === TARGETS)
        return { current: repo.targets.signed, expired: false };
    const loaded = await repo.delegation(role);
    return {
        current: loaded?.metadata?.signed ?? Targets.empty({ version: 0, expires: now }),
        expired: loaded?.expired ?? false,
    };
}
/** Applies edits per role and signs each role that changed, bumping version and expiry. */
async function editRoles(repo, edits, now) {
    const files = [];
    for (const [role, { signer, edits: list }] of edits) {
        const { current, expired } = await currentTargets(repo, role, now);
        const targets = new Map(current.targets);
        let changed = expired;
        for (const edit of list)
            changed = edit(targets) || changed;
        if (!changed)
            continue;
        const next = current.with({ targets, version: current.version + 1, expires: expiryFrom(now, TARGETS_EXPIRY) });
        const signed = await Metadata.sign(next, [signer]);
        files.push({ role, bytes: signed.bytes });
    }
    return files;
}
function notSignerError(repo, signers, target) {
    const ids = signers.map((s) => s.keyId.slice(0, 12)).join(', ');
    return new errors/* DctError */.sY('NOT_SIGNER', `key ${ids} may not sign ${target} in ${repo.gun}: it is in no delegation role (targets/releases or ` +
        'targets/<name>) whose paths admit the tag. Add it once with `docker trust signer add` or dct-sign signer-add.');
}
function changes_plan(repo, signers, names, edit) {
    const edits = new Map();
    const roles = new Map();
    for (const name of names) {
        const signable = signableRoles(repo, signers, name);
        if (signable.length === 0)
            throw notSignerError(repo, signers, name);
        roles.set(name, signable.map((r) => r.name));
        for (const role of signable) {
            const entry = edits.get(role.name) ?? { signer: role.signer, edits: [] };
            entry.edits.push(edit(name));
            edits.set(role.name, entry);
        }
    }
    return { edits, roles };
}
/** Adds or replaces targets in every role the signers can sign. */
async function addTargets(repo, signers, specs, now) {
    const byName = new Map(specs.map((s) => [s.name, s]));
    const { edits, roles } = changes_plan(repo, signers, [...byName.keys()], (name) => (targets) => {
        const spec = byName.get(name);
        const meta = new FileMeta({ length: spec.length, hashes: { sha256: Buffer.from(spec.sha256, 'hex') } });
        const old = targets.get(name);
        if (old && old.length === meta.length && old.sha256Hex === spec.sha256 && Object.keys(old.hashes).length === 1) {
            return false;
        }
        targets.set(name, meta);
        return true;
    });
    return { files: await editRoles(repo, edits, now), roles };
}
/** Removes targets from every role the signers can sign, as `docker trust revoke` does. */
async function changes_removeTargets(repo, signers, names, now) {
    const { edits, roles } = changes_plan(repo, signers, names, (name) => (targets) => targets.delete(name));
    return { files: await editRoles(repo, edits, now), roles };
}

;// CONCATENATED MODULE: ./lib/trust/repository-admin.js
// Administrative changes: creating a repository's trust data and managing
// its signers, with docker's semantics (`docker trust signer add/remove`).








/** docker's rule for signer names. */
const SIGNER_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** notary.NotaryRootExpiry. */
const ROOT_EXPIRY = 10 * YEAR;
/** The roles docker adds a signer to: targets/<name> and targets/releases. */
function signerRoles(name) {
    const own = `${TARGETS}/${name}`;
    if (!SIGNER_NAME.test(name) || !isDelegationName(own)) {
        throw new errors/* DctError */.sY('INPUT', `signer name ${JSON.stringify(name)} is not valid: start with a lowercase letter or digit, then use ` +
            "lowercase letters, digits, '-' and '_' only");
    }
    return own === RELEASES ? [RELEASES] : [RELEASES, own];
}
/** Adds `keys` to each role (creating it with threshold 1 and paths [""]). */
function withSigner(targets, name, keys) {
    const delegationKeys = new Map(targets.delegationKeys);
    for (const key of keys)
        delegationKeys.set(key.id, key);
    const ids = [...new Set(keys.map((k) => k.id))];
    const delegations = [...targets.delegations];
    for (const role of signerRoles(name)) {
        const i = delegations.findIndex((d) => d.name === role);
        if (i < 0) {
            delegations.push(new DelegatedRole({ name: role, keyids: ids, threshold: 1, paths: [''] }));
        }
        else {
            const d = delegations[i];
            const keyids = [...d.keyids, ...ids.filter((id) => !d.keyids.includes(id))];
            const paths = d.paths.includes('') ? d.paths : [...d.paths, ''];
            delegations[i] = d.with({ keyids, paths });
        }
    }
    return targets.with({ delegationKeys, delegations });
}
/**
 * Removes signer `name`: its own role goes, and its keys leave
 * targets/releases. Keys no role lists any more are dropped.
 */
function withoutSigner(targets, name) {
    const own = `${TARGETS}/${name}`;
    if (own === RELEASES) {
        throw new errors/* DctError */.sY('INPUT', '"releases" is reserved and cannot be removed; remove the signers in it by name');
    }
    signerRoles(name);
    const role = targets.delegation(own);
    if (!role)
        throw new errors/* DctError */.sY('INPUT', `there is no signer ${JSON.stringify(name)} (no role ${own})`);
    const gone = new Set(role.keyids);
    const delegations = targets.delegations
        .filter((d) => d.name !== own)
        .map((d) => (d.name === RELEASES ? d.with({ keyids: d.keyids.filter((id) => !gone.has(id)) }) : d));
    const used = new Set(delegations.flatMap((d) => d.keyids));
    const delegationKeys = new Map([...targets.delegationKeys].filter(([id]) => used.has(id)));
    return targets.with({ delegationKeys, delegations });
}
/** The repository key's signer as root lists it, or an error saying what key is needed. */
function targetsSigner(repo, repositoryKey) {
    const id = keyIdFor(repositoryKey, repo.root.signed.roles.targets.keyids, repo.root.signed.keys);
    if (!id) {
        throw new errors/* DctError */.sY('NOT_SIGNER', `the repository key ${repositoryKey.keyId.slice(0, 12)} is not the targets key of ${repo.gun}; ` +
            'use the key `docker trust signer add` created for this repository (~/.docker/trust/private, role: targets)');
    }
    return signingAs(repositoryKey, id);
}
/** Re-signs `targets` with the repository key, bumping version and expiry. */
async function signTargets(next, signer, now, version) {
    const signed = await Metadata.sign(next.with({ version, expires: expiryFrom(now, TARGETS_EXPIRY) }), [signer]);
    return { role: TARGETS, bytes: signed.bytes };
}
/**
 * The files that create a repository: root (signed by the root key) and
 * targets (signed by the repository key). Snapshot and timestamp keys are
 * the server's, so the server writes those two roles.
 */
async function initialFiles(options) {
    const { server, gun, rootSigner, targetsSigner: repoSigner, now } = options;
    // One after the other: notary-server's local signing service (trust_service
    // "local") creates keys in a map without a lock, and two concurrent key
    // requests crash the whole server ("concurrent map writes").
    const timestampKey = await server.getKey(gun, TIMESTAMP);
    const snapshotKey = await server.getKey(gun, SNAPSHOT);
    const rootKey = rootSigner.publicKey;
    const targetsKey = repoSigner.publicKey;
    const keys = new Map([
        [rootKey.id, rootKey],
        [targetsKey.id, targetsKey],
        [snapshotKey.id, snapshotKey],
        [timestampKey.id, timestampKey],
    ]);
    const role = (key) => new RootRole({ keyids: [key.id], threshold: 1 });
    const root = new Root({
        version: 1,
        expires: expiryFrom(now, ROOT_EXPIRY),
        keys,
        roles: { [ROOT]: role(rootKey), [TARGETS]: role(targetsKey), [SNAPSHOT]: role(snapshotKey), [TIMESTAMP]: role(timestampKey) },
        consistentSnapshot: false,
    });
    let targets = Targets.empty({ version: 1, expires: expiryFrom(now, TARGETS_EXPIRY) });
    if (options.signer)
        targets = withSigner(targets, options.signer.name, options.signer.keys);
    const [rootMeta, targetsMeta] = await Promise.all([
        Metadata.sign(root, [signingAs(rootSigner, rootKey.id)]),
        Metadata.sign(targets, [signingAs(repoSigner, targetsKey.id)]),
    ]);
    return [
        { role: ROOT, bytes: rootMeta.bytes },
        { role: TARGETS, bytes: targetsMeta.bytes },
    ];
}

;// CONCATENATED MODULE: ./lib/trust/updates.js
// The publishing functions: each reads and verifies the repository, applies
// one change, and publishes it with conflict retries.





function requireTrustData(repo, gun) {
    if (!repo) {
        throw new errors/* DctError */.sY('NO_TRUST_DATA', `${gun} has no trust data yet. Either have an admin run \`docker trust signer add\` once for it, ` +
            'or give the root key and repository key so that dct-sign can initialize it.');
    }
    return repo;
}
/** The delegations a signer's sign touches, so they come in the first wave. */
function signerWave(signerName) {
    return signerName ? signerRoles(signerName) : [RELEASES];
}
/** Adds or replaces targets in every role the signers can sign, in one update. */
function signTargetsInRepository(options) {
    // The signer's roles are re-signed with a new expiry, so an expired one is no obstacle.
    const read = { ...options, delegations: signerWave(options.signerName), allowExpiredDelegations: true };
    return publisher_publishChange(read, async (repo, now) => {
        const r = await addTargets(requireTrustData(repo, options.gun), options.signers, options.targets, now);
        return { files: r.files, result: r.roles };
    });
}
/** Removes targets from every role the signers can sign. */
function removeTargetsFromRepository(options) {
    return publishChange({ ...options, delegations: signerWave(options.signerName) }, async (repo, now) => {
        const r = await removeTargets(requireTrustData(repo, options.gun), options.signers, options.names, now);
        return { files: r.files, result: r.roles };
    });
}
/** Creates a repository's trust data; fails if it already has some. */
function initializeRepository(options) {
    const { server, gun, rootSigner, repositorySigner, signer } = options;
    return publisher_publishChange({ ...options, delegations: [] }, async (repo, now) => {
        if (repo)
            throw new errors/* DctError */.sY('CONFLICT', `${gun} already has trust data; it was not initialized again`);
        const files = await initialFiles({
            server,
            gun,
            rootSigner,
            targetsSigner: repositorySigner,
            now,
            ...(signer ? { signer } : {}),
        });
        return { files, result: undefined };
    });
}
/** Adds keys as signer `name` (targets/<name> and targets/releases), as docker does. */
function addSigner(options) {
    return publisher_publishChange({ ...options, delegations: [] }, async (maybeRepo, now) => {
        const repo = requireTrustData(maybeRepo, options.gun);
        const signer = targetsSigner(repo, options.repositorySigner);
        const current = repo.targets.signed;
        const next = withSigner(current, options.name, options.keys);
        const unchanged = signerRoles(options.name).every((role) => {
            const before = current.delegation(role);
            return (before !== undefined &&
                before.paths.includes('') &&
                options.keys.every((k) => before.keyids.includes(k.id) && current.delegationKeys.has(k.id)));
        });
        if (unchanged)
            return { files: [], result: undefined };
        return { files: [await signTargets(next, signer, now, current.version + 1)], result: undefined };
    });
}
/** Removes signer `name`, as `docker trust signer remove` does. */
function removeSigner(options) {
    return publisher_publishChange({ ...options, delegations: [] }, async (maybeRepo, now) => {
        const repo = requireTrustData(maybeRepo, options.gun);
        const signer = targetsSigner(repo, options.repositorySigner);
        const current = repo.targets.signed;
        if (!current.delegation(`${TARGETS}/${options.name}`))
            return { files: [], result: undefined };
        return { files: [await signTargets(withoutSigner(current, options.name), signer, now, current.version + 1)], result: undefined };
    });
}

;// CONCATENATED MODULE: ./lib/operations/admin-context.js
// What the repository admin operations share (signer add and remove, key
// rotation, refresh): repository references, registry credentials, the
// trust pin, and one session per registry that is closed when the work is
// done.




/** A repository name (`registry/repository`); trust data and its signers belong to the whole repository. */
function parseRepository(text, input = 'tags') {
    const ref = parseReference(text, input);
    if (ref.tag !== undefined || ref.digest !== undefined) {
        const name = ref.original.split('@')[0].replace(/:[^:/]*$/, '');
        throw new errors/* InputError */.dz(input, `${ref.original}: give the repository without a tag or digest (${name}); signers and keys belong to the whole repository`);
    }
    return ref;
}
/**
 * Parses the references of `tags` (checking them all before any network
 * call), opens one session per registry asking for `access`, runs `work` and
 * closes the sessions. The same repository given twice is worked on once.
 */
async function withRepositories(options, references, access, work) {
    if (references.length === 0)
        throw new errors/* InputError */.dz('tags', 'no repository given; list registry/repository names');
    const refs = references.map((r) => parseRepository(r));
    checkCredentialInputs(options, refs);
    const pin = trustPinOf(options);
    const unique = [...new Map(refs.map((r) => [r.gun, r])).values()];
    const connections = new Connections(options, access);
    try {
        const repositories = await Promise.all(unique.map(async (ref) => {
            const trustServer = connections.trustServerUrl(ref);
            const session = await connections.session(ref.registry);
            return { reference: ref.original, gun: ref.gun, registry: ref.registry, trustServer, server: session.trustServer(trustServer) };
        }));
        return await work({ repositories, pin, logger: options.logger ?? silentLogger });
    }
    finally {
        await connections.close();
    }
}
/**
 * An error from publishing to one repository after others were already
 * changed: same code, with the changed repositories named so that a rerun
 * is understood (the operations are idempotent, so rerunning is safe).
 */
function afterPartialSuccess(err, done) {
    if (done.length === 0 || !(err instanceof errors/* DctError */.sY))
        return err;
    return new errors/* DctError */.sY(err.code, `${(0,errors/* errorMessage */.gJ)(err)} (already changed: ${done.join(', ')}; rerunning is safe)`, { cause: err });
}

;// CONCATENATED MODULE: ./lib/operations/signer-add.js
// Adding a signer to repositories, as `docker trust signer add` does: the
// signer's public keys go into targets/<name> and targets/releases, signed
// by the repository key. A repository without trust data is initialized on
// the way when the root key is given (docker would make a new root key).
//
// Everything is checked for every repository before the first publish: the
// name, the keys, that each repository has trust data or can be created,
// and that the repository key is the one each repository trusts.








/** docker's validSignerName (and key names of `docker trust key generate`). */
const signer_add_SIGNER_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** notary refuses role names of 256 bytes or more, and targets/<name> is the role. */
const MAX_SIGNER_NAME_LENGTH = 255 - `${TARGETS}/`.length;
/** Checks a signer name as docker does; `releases` is docker's shared role and cannot be a signer. */
function validateSignerName(name, input = 'signer-name') {
    if (!signer_add_SIGNER_NAME.test(name)) {
        throw new errors/* InputError */.dz(input, `${JSON.stringify(name)} is not a valid signer name: it must start with a lowercase letter or digit and ` +
            "contain only lowercase letters, digits, '-' and '_'");
    }
    if (name.length > MAX_SIGNER_NAME_LENGTH) {
        throw new errors/* InputError */.dz(input, `${JSON.stringify(name.slice(0, 20))}… is too long; use at most ${MAX_SIGNER_NAME_LENGTH} characters`);
    }
    if (name === 'releases') {
        throw new errors/* InputError */.dz(input, 'releases is a reserved name (the role every signer shares); use a different signer name');
    }
    return name;
}
/** `signer-public-key` may hold several keys; a key that fails is named by its place among them. */
function loadSignerKeys(texts) {
    if (texts.length === 0) {
        throw new errors/* InputError */.dz('signer-public-key', "give the signer's public key (the .pub file of `docker trust key generate`)");
    }
    const keys = new Map();
    texts.forEach((text, i) => {
        const key = loadPublicKey(text, { input: texts.length === 1 ? 'signer-public-key' : `signer-public-key[${i}]` });
        keys.set(key.id, key);
    });
    return [...keys.values()];
}
async function signerAdd(options) {
    const name = validateSignerName(options.name.trim());
    const keys = loadSignerKeys(options.signerPublicKeys);
    const repositoryKey = loadKeyInput(options.repositoryKey).signer;
    const rootKey = options.rootKey ? loadKeyInput(options.rootKey).signer : undefined;
    return withRepositories(options, options.references, 'write', async ({ repositories, pin, logger }) => {
        // 1. Read and check every repository before publishing anything.
        const plans = await Promise.all(repositories.map(async (target) => {
            const repo = await readRepository({ server: target.server, gun: target.gun, delegations: [], ...(pin ? { pin } : {}) });
            if (!repo && !rootKey) {
                throw new errors/* DctError */.sY('NO_TRUST_DATA', `${target.gun} has no trust data at ${target.trustServer}. Give the root-key input (with its passphrase) ` +
                    'so that dct-sign initializes it, or run `docker trust signer add` once for it.');
            }
            if (repo)
                targetsSigner(repo, repositoryKey);
            return { target, repo };
        }));
        // 2. One publish per repository.
        const results = [];
        for (const { target, repo } of plans) {
            const { gun, server } = target;
            let changed = true;
            try {
                if (!repo) {
                    logger.info(`Initializing trust data for ${gun} with signer ${name}`);
                    await initializeRepository({
                        server,
                        gun,
                        rootSigner: createRootCertificate(rootKey, gun).signer,
                        repositorySigner: repositoryKey,
                        signer: { name, keys },
                        logger,
                    });
                }
                else {
                    logger.info(`Adding signer ${name} to ${gun}`);
                    const published = await addSigner({
                        server,
                        gun,
                        repositorySigner: repositoryKey,
                        name,
                        keys,
                        initial: repo,
                        logger,
                        ...(pin ? { pin } : {}),
                    });
                    changed = published.published;
                    if (!changed)
                        logger.info(`${name} already signs ${gun} with these keys; nothing to publish`);
                }
            }
            catch (err) {
                throw afterPartialSuccess(err, results.filter((r) => r.changed).map((r) => r.gun));
            }
            results.push({ reference: target.reference, gun, trustServer: target.trustServer, initialized: !repo, changed });
        }
        return { name, keyIds: keys.map((k) => k.id), repositories: results };
    });
}

;// CONCATENATED MODULE: ./lib/operations/key-generate.js
// A signer key pair, as `docker trust key generate NAME` makes one: an ECDSA
// P-256 key, `<name>.pub` (PUBLIC KEY with a `role: <name>` header) for
// `docker trust signer add`, and `<name>.key`, the private key encrypted
// with the passphrase in notary's PKCS#8 layout, for a CI secret.
//
// docker keeps the private key in its own store instead of writing it out;
// the user asked for the file here, so it is written, owner-only, and never
// over an existing file. It carries a `path: <key ID>` header, as notary's
// key export writes: without it `docker trust key load` decrypts the key and
// then imports nothing (it hands the raw DER to a PEM reader) while saying
// it succeeded, and `notary key import` refuses it. With it, both store the
// encrypted key unchanged as <key ID>.key.







/** notary's passphrase prompt refuses shorter new passphrases. */
const MIN_PASSPHRASE_LENGTH = 8;
/** Adds notary's `path:` header, naming the file the key is stored as (its key ID without `.key`). */
function withPathHeader(pem, keyId) {
    const block = readPem(pem).blocks[0];
    return encodePem(block.type, block.bytes, { ...block.headers, path: keyId });
}
/** Creates a file that must not exist yet; a key is never written over another. */
async function writeNew(path, text, mode, input) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL, mode);
    }
    catch (err) {
        if (err.code === 'EEXIST') {
            throw new errors/* InputError */.dz(input, `${path} already exists; choose another name or directory (existing keys are never overwritten)`, {
                cause: err,
            });
        }
        throw new errors/* InputError */.dz(input, `cannot create ${path}: ${err.message}`, { cause: err });
    }
    try {
        await handle.writeFile(text);
        await handle.chmod(mode);
    }
    finally {
        await handle.close();
    }
}
async function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}
async function keyGenerate(options) {
    const name = validateSignerName(options.name.trim());
    if (options.passphrase.length < MIN_PASSPHRASE_LENGTH) {
        throw new errors/* InputError */.dz('signer-key-passphrase', `use at least ${MIN_PASSPHRASE_LENGTH} characters to encrypt the private key`);
    }
    const directory = (0,external_node_path_.resolve)(options.directory?.trim() || process.cwd());
    const info = await (0,promises_.stat)(directory).catch(() => undefined);
    if (!info?.isDirectory())
        throw new errors/* InputError */.dz('key-directory', `${directory} is not an existing directory`);
    const privateKeyPath = (0,external_node_path_.join)(directory, `${name}.key`);
    const publicKeyPath = (0,external_node_path_.join)(directory, `${name}.pub`);
    for (const path of [privateKeyPath, publicKeyPath]) {
        if (await exists(path)) {
            throw new errors/* InputError */.dz('signer-name', `${path} already exists; choose another name or directory (existing keys are never overwritten)`);
        }
    }
    const key = generateKey('ecdsa');
    const privatePem = withPathHeader(exportEncryptedPrivateKey(key, options.passphrase, { role: name }), key.keyId);
    const publicKeyPem = exportPublicKeyPem(key, { role: name });
    await writeNew(privateKeyPath, privatePem, 0o600, 'signer-name');
    try {
        await writeNew(publicKeyPath, publicKeyPem, 0o644, 'signer-name');
    }
    catch (err) {
        await (0,promises_.unlink)(privateKeyPath).catch(() => { });
        throw err;
    }
    return {
        name,
        keyId: key.keyId,
        privateKeyPath,
        publicKeyPath,
        publicKeyPem,
        privateKeyBase64: Buffer.from(privatePem, 'utf8').toString('base64'),
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./lib/operations/secret-pieces.js
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
    for (const block of readPem(text).blocks) {
        const body = block.bytes.toString('base64');
        into.add(body);
        for (const line of encodePem(block.type, block.bytes).split('\n')) {
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

;// CONCATENATED MODULE: ./lib/azure/masking.js
// Reading secrets so that they never reach the log unmasked. task-lib echoes
// every input and endpoint parameter it reads as a debug line, which the
// agent shows when system.debug is true; a passphrase typed into the YAML
// (rather than taken from a secret variable) would be printed before anyone
// could mask it. So secrets are read with task-lib's output discarded and are
// registered with the agent (`##vso[task.setsecret]`) right away.



const masking_discard = new external_node_stream_.Writable({
    write(_chunk, _encoding, done) {
        done();
    },
});
/** Registers every piece of `value` with the agent's masker; returns `value`. */
function mask(value) {
    for (const piece of secretPieces(value))
        task.setSecret(piece);
    return value;
}
/** Runs a task-lib read without its debug echo, then masks what it returned. */
function readSecret(read) {
    task.setStdStream(masking_discard);
    let value;
    try {
        value = read();
    }
    finally {
        task.setStdStream(process.stdout);
    }
    return mask(value);
}

;// CONCATENATED MODULE: ./lib/azure/commands/key-generate.js
// key-generate: a signer key pair, as `docker trust key generate` makes one,
// written to keyDirectory (the agent's temp directory unless given): the
// private key encrypted with signerKeyPassphrase, and the public key for
// signer-add. The private key is never printed, and is masked for the rest
// of the job, in case a later step prints the file.




function readKeyGenerateInputs(inputs, defaultDirectory) {
    const passphrase = inputs.secret('signerKeyPassphrase');
    if (!passphrase) {
        throw new errors/* InputError */.dz('signerKeyPassphrase', 'give the passphrase to encrypt the private key with, from a secret variable');
    }
    return {
        name: inputs.required('signerName', 'name the key after its signer, e.g. ci: the files are <name>.key and <name>.pub'),
        passphrase,
        directory: inputs.string('keyDirectory') ?? defaultDirectory,
    };
}
function keyGenerateOutputs(result) {
    return {
        signerKeyId: result.keyId,
        publicKey: result.publicKeyPem,
        privateKeyPath: result.privateKeyPath,
        publicKeyPath: result.publicKeyPath,
    };
}
const runKeyGenerate = async (inputs, { temp }) => {
    const result = await keyGenerate(readKeyGenerateInputs(inputs, temp));
    mask(result.privateKeyBase64);
    console.log(`Private key (encrypted): ${result.privateKeyPath}`);
    console.log(`Public key: ${result.publicKeyPath}\n${result.publicKeyPem.trim()}`);
    setOutputs(keyGenerateOutputs(result));
    return `Generated key ${result.keyId.slice(0, 12)} for signer ${result.name}`;
};

;// CONCATENATED MODULE: ./lib/operations/output-json.js
// The JSON outputs of docs/commands.md that more than one entrypoint writes
// (`signed`, `revoked`, `refreshed`), built once so that the action's
// outputs, the task's variables and the CLI's --json agree field for field.
// verify's are in verify-report.ts.
/** `signed`: each reference with the digest and size signed and the roles it was signed into. */
function signedOutput(result) {
    return result.signed.map(({ reference, tag, digest, size, roles }) => ({ reference, tag, digest, size, roles }));
}
/** `revoked`: each tag with the roles it was removed from. */
function revokedOutput(result) {
    return result.revoked.map(({ reference, tag, gun, roles }) => ({ reference, tag, gun, roles }));
}
/** `refreshed`: each re-signed role with its new version, and its new and former expiry as ISO dates. */
function refreshedOutput(result) {
    return result.refreshed.map((r) => ({
        role: r.role,
        version: r.version,
        expires: r.expires.toISOString(),
        previousExpires: r.previousExpires.toISOString(),
    }));
}

;// CONCATENATED MODULE: ./lib/trust/refresh.js
// Keeping trust data alive: re-signing targets or a delegation with its
// content unchanged, version + 1 and a new 3-year expiry, as notary's
// `witness` does. Run from a schedule, it keeps roles that nobody signs
// into for years from expiring (an expired role fails every pull).
//
// Which roles: the ones named, or by default the roles the given keys
// signed last (targets when the repository key is given). A shared role
// such as targets/releases that another signer signed last is left alone
// unless named, because re-signing it would attribute that signer's tags
// to this key in `docker trust inspect`.








function notRefreshable(role) {
    if (role === SNAPSHOT || role === TIMESTAMP) {
        return new errors/* DctError */.sY('INPUT', `${role} is signed by the trust server on every publish; there is nothing to refresh`);
    }
    if (role === ROOT) {
        return new errors/* DctError */.sY('INPUT', 'root cannot be refreshed here; its expiry is renewed with the root key (key rotation)');
    }
    if (role !== TARGETS && !isDelegationName(role)) {
        return new errors/* DctError */.sY('INPUT', `${JSON.stringify(role)} is not a role name; give targets or targets/<name>`);
    }
    return undefined;
}
/** The repository key among `signers`, as root lists it. */
function targetsCandidate(repo, signers) {
    const root = repo.root.signed;
    for (const s of signers) {
        const id = keyIdFor(s, root.roles.targets.keyids, root.keys);
        if (id)
            return { role: TARGETS, current: repo.targets.signed, signer: signingAs(s, id) };
    }
    return undefined;
}
/** A delegation the signers may sign; `signedLast` also asks that one of them signed its current file. */
async function delegationCandidate(repo, role, signers, explicit) {
    const loaded = await repo.delegation(role);
    if (!loaded) {
        if (!explicit)
            return undefined;
        throw new errors/* DctError */.sY('INPUT', `${repo.gun} has no role ${role}`);
    }
    if (!loaded.metadata) {
        if (!explicit)
            return undefined;
        throw new errors/* DctError */.sY('INPUT', `${role} of ${repo.gun} has never been signed; there is nothing to refresh`);
    }
    for (const s of signers) {
        const id = keyIdFor(s, [...loaded.keys.keys()], loaded.keys);
        if (!id)
            continue;
        if (!explicit && countValidSignatures(loaded.metadata, new Map([[id, loaded.keys.get(id)]])) === 0)
            continue;
        if (loaded.threshold > 1) {
            throw new errors/* DctError */.sY('NOT_SIGNER', `${role} of ${repo.gun} needs ${loaded.threshold} signatures; one key cannot refresh it`);
        }
        return { role, current: loaded.metadata.signed, signer: signingAs(s, id) };
    }
    if (!explicit)
        return undefined;
    const ids = signers.map((s) => s.keyId.slice(0, 12)).join(', ');
    throw new errors/* DctError */.sY('NOT_SIGNER', `key ${ids} may not sign ${role} of ${repo.gun}: the role does not list it`);
}
async function candidates(repo, signers, roles) {
    if (roles) {
        const out = [];
        for (const role of new Set(roles)) {
            if (role === TARGETS) {
                const c = targetsCandidate(repo, signers);
                if (!c) {
                    throw new errors/* DctError */.sY('NOT_SIGNER', `targets of ${repo.gun} can only be refreshed with the repository (targets) key`);
                }
                out.push(c);
            }
            else {
                out.push((await delegationCandidate(repo, role, signers, true)));
            }
        }
        return out;
    }
    const out = [];
    const targets = targetsCandidate(repo, signers);
    if (targets)
        out.push(targets);
    for (const name of repo.delegations.keys()) {
        const c = await delegationCandidate(repo, name, signers, false);
        if (c)
            out.push(c);
    }
    if (out.length === 0) {
        throw new errors/* DctError */.sY('NOT_SIGNER', `none of the given keys signed any role of ${repo.gun}; name the roles to refresh`);
    }
    return out;
}
/** Re-signs roles with unchanged content, one publish for all of them. */
async function refreshRoles(options) {
    const { gun, roles } = options;
    for (const role of roles ?? []) {
        const err = notRefreshable(role);
        if (err)
            throw err;
    }
    const delegations = roles ? roles.filter((r) => r !== TARGETS) : 'all';
    // Refresh is also how an expired role is brought back; such a role is still verified in every other way.
    return await publisher_publishChange({ ...options, delegations, allowExpiredDelegations: true }, async (repo, now) => {
        if (!repo)
            throw new errors/* DctError */.sY('NO_TRUST_DATA', `${gun} has no trust data; there is nothing to refresh`);
        const files = [];
        const refreshed = [];
        for (const { role, current, signer } of await candidates(repo, options.signers, roles)) {
            if (options.expiringBefore && current.expires.getTime() > options.expiringBefore.getTime())
                continue;
            const next = current.with({ version: current.version + 1, expires: expiryFrom(now, TARGETS_EXPIRY) });
            const signed = await Metadata.sign(next, [signer]);
            files.push({ role, bytes: signed.bytes });
            refreshed.push({ role, version: next.version, expires: next.expires, previousExpires: current.expires });
        }
        return { files, result: refreshed };
    });
}

;// CONCATENATED MODULE: ./lib/operations/refresh.js
// Keeping a repository's trust data from expiring, from a schedule: re-sign
// targets (repository key) or a signer's roles (signer key) with their
// content unchanged, version + 1 and a new 3-year expiry, like notary's
// `witness`. With `expiringWithinMs` a scheduled run only re-signs what
// would otherwise expire soon, so most runs publish nothing.





async function refresh(options) {
    if (!options.signerKey && !options.repositoryKey) {
        throw new errors/* InputError */.dz('signer-key', 'give the signer key (for its roles) or the repository key (for targets), or both');
    }
    const signers = [];
    if (options.signerKey)
        signers.push(loadKeyInput(options.signerKey).signer);
    if (options.repositoryKey)
        signers.push(loadKeyInput(options.repositoryKey).signer);
    const roles = options.roles?.map((r) => r.trim()).filter((r) => r !== '');
    const within = options.expiringWithinMs;
    if (within !== undefined && (!Number.isFinite(within) || within < 0)) {
        throw new errors/* InputError */.dz('expiring-within', 'give a duration of zero or more');
    }
    return withRepositories(options, [options.reference], 'write', async ({ repositories, pin, logger }) => {
        const { gun, server, trustServer } = repositories[0];
        const published = await refreshRoles({
            server,
            gun,
            signers,
            logger,
            ...(roles && roles.length > 0 ? { roles } : {}),
            ...(within !== undefined ? { expiringBefore: expiryFrom(new Date(), within) } : {}),
            ...(pin ? { pin } : {}),
        });
        for (const r of published.result) {
            logger.info(`${gun}: ${r.role} re-signed as version ${r.version}, expires ${r.expires.toISOString()}`);
        }
        if (!published.published)
            logger.info(`${gun}: nothing needed refreshing`);
        return { gun, trustServer, refreshed: published.result, published: published.published };
    });
}

;// CONCATENATED MODULE: ./lib/azure/commands/refresh.js
// refresh: re-sign a repository's roles before they expire, from a schedule:
// targets with the repository key, a signer's roles with its key. With
// expiringWithin (e.g. 180d), only roles expiring that soon are re-signed,
// so most scheduled runs publish nothing.






function readRefreshInputs(inputs) {
    const signerKey = inputs.key('signerKey');
    const repositoryKey = inputs.key('repositoryKey');
    if (!signerKey && !repositoryKey) {
        throw new errors/* InputError */.dz('signerKey', "give a signer's key (signerKey or signerKeyFile) for its roles, or repositoryKey for targets, or both");
    }
    return {
        signerKey,
        repositoryKey,
        reference: inputs.repository('name the repository to refresh, as registry/repository'),
        expiringWithinMs: parseDuration(inputs.string('expiringWithin'), 'expiringWithin'),
        ...inputs.connectionOptions(),
    };
}
function refreshOutputs(result) {
    return { refreshed: JSON.stringify(refreshedOutput(result)) };
}
function refreshSummary(result) {
    if (result.refreshed.length === 0)
        return `Nothing in \`${result.gun}\` needed refreshing.`;
    return [
        `Refreshed ${plural(result.refreshed.length, 'role')} of \`${result.gun}\`.`,
        '',
        ...summary_table(['Role', 'Version', 'Expires', 'Was to expire'], result.refreshed.map((r) => [code(r.role), String(r.version), r.expires.toISOString(), r.previousExpires.toISOString()])),
    ].join('\n');
}
const runRefresh = async (inputs, { temp }) => {
    const result = await refresh(readRefreshInputs(inputs));
    setOutputs(refreshOutputs(result));
    await uploadSummary(refreshSummary(result), temp);
    return result.published
        ? `Refreshed ${plural(result.refreshed.length, 'role')} of ${result.gun}`
        : `Nothing in ${result.gun} needed refreshing`;
};

;// CONCATENATED MODULE: ./lib/operations/revoke.js
// The revoke operation: `docker trust revoke`. A tag is removed from every
// role the signer key can sign (docker's GetSignableRoles: direct children
// of targets that list the key and whose paths admit the tag, or targets
// itself when there are no delegations). A reference without a tag removes
// every tag docker's ListTargets(targets/releases, targets) finds, which
// docker asks to confirm; here `all` must be set.
//
// As docker, a tag must be found first (GetTargetByName(tag,
// targets/releases, targets)). Unlike docker, which reports success
// regardless, a revoke that would leave the tag released (still pulled with
// content trust, through a role the key cannot sign) is refused. Every
// check runs for every repository before the first update is published,
// then each repository gets one update.











function signerLabel(signer, name) {
    return `${name ? `signer ${name} (key ${signer.keyId.slice(0, 12)})` : `key ${signer.keyId.slice(0, 12)}`}`;
}
function signerNameOf(options, role) {
    const name = options.signerName?.trim() || role;
    if (!name || name === TARGETS || name === 'root')
        return undefined;
    try {
        signerRoles(name);
    }
    catch (err) {
        throw new errors/* InputError */.dz('signer-name', err.message, { cause: err });
    }
    return name;
}
/** The roles listing `tag` among those `signer` can sign. */
async function rolesListing(repo, signer, tag) {
    const out = [];
    for (const role of signableRoles(repo, [signer], tag)) {
        const targets = role.name === TARGETS ? repo.targets.signed : (await repo.delegation(role.name))?.metadata?.signed;
        if (targets?.targets.has(tag))
            out.push(role.name);
    }
    return out;
}
/** Every check docker makes, plus that the tag stops being released; throws naming the reference. */
function checkTag(repo, signer, label, reference, tag) {
    const roles = signableRoles(repo, [signer], tag).map((r) => r.name);
    if (roles.length === 0) {
        throw new errors/* DctError */.sY('NOT_SIGNER', `${reference}: ${label} may not sign ${tag} in ${repo.gun}: it is in no delegation role (targets/releases or ` +
            'targets/<name>) whose paths admit the tag; revoke with the key of a signer of the repository');
    }
    const left = getTargetByName(repo, tag, RELEASED_ROLES, (role) => roles.includes(role));
    if (left && isReleasedRole(left.role)) {
        throw new errors/* DctError */.sY('NOT_SIGNER', `${reference}: ${tag} would stay signed in ${left.role}, which ${label} may not sign; ` +
            `revoke it with a key of ${left.role} (for targets, the repository key)`);
    }
}
async function revoke(options) {
    const logger = options.logger;
    if (options.references.length === 0) {
        throw new errors/* InputError */.dz('tags', 'no image reference given; list registry/repository:tag references');
    }
    const refs = options.references.map((text) => {
        const ref = parseReference(text, 'tags');
        if (ref.digest !== undefined) {
            throw new errors/* InputError */.dz('tags', `${ref.original}: a digest reference cannot be revoked; give registry/repository:tag`);
        }
        if (ref.tag === undefined && options.all !== true) {
            throw new errors/* InputError */.dz('all', `${ref.original} names no tag: give registry/repository:tag, or confirm that every signed tag of ${ref.gun} is to be revoked`);
        }
        return ref;
    });
    const key = loadKeyInput(options.signerKey);
    const signer = key.signer;
    const label = signerLabel(signer, signerNameOf(options, key.role));
    checkCredentialInputs(options, refs);
    const pin = trustPinOf(options);
    const connections = new Connections(options, 'write');
    try {
        // 1. Read every repository and check every tag before publishing anything.
        const plans = await Promise.all([...byRepository(refs).values()].map(async (group) => {
            const first = group[0];
            const { repo } = await readTrustTree({
                server: await connections.trustServer(first),
                gun: first.gun,
                logger,
                ...(pin ? { pin } : {}),
            });
            if (!repo) {
                throw new errors/* DctError */.sY('NO_TRUST_DATA', `${first.original}: ${first.gun} has no trust data at ${connections.trustServerUrl(first)}; nothing to revoke`);
            }
            const tags = new Map();
            for (const ref of group) {
                if (ref.tag !== undefined) {
                    if (!getTargetByName(repo, ref.tag, RELEASED_ROLES)) {
                        throw new errors/* DctError */.sY('NOT_FOUND', `${ref.original}: ${ref.tag} is not signed in ${ref.gun}; nothing to revoke`);
                    }
                    if (!tags.has(ref.tag))
                        tags.set(ref.tag, ref.original);
                    continue;
                }
                const all = listTargets(repo, RELEASED_ROLES);
                if (all.length === 0)
                    throw new errors/* DctError */.sY('NOT_FOUND', `${ref.original}: ${ref.gun} has no signed tags to revoke`);
                for (const t of all)
                    if (!tags.has(t.name))
                        tags.set(t.name, ref.original);
            }
            for (const [tag, reference] of tags) {
                checkTag(repo, signer, label, reference, tag);
                // Loads each role to change now: one that expired or fails to verify fails here, before any publish.
                await rolesListing(repo, signer, tag);
            }
            return { ref: first, repo, tags };
        }));
        // 2. One update per repository.
        const revoked = [];
        for (const plan of plans) {
            const { ref, tags } = plan;
            const names = [...tags.keys()];
            logger?.info(`Revoking ${names.join(', ')} in ${ref.gun}`);
            const published = await publisher_publishChange({
                server: await connections.trustServer(ref),
                gun: ref.gun,
                delegations: [],
                initial: plan.repo,
                ...(pin ? { pin } : {}),
                ...(logger ? { logger } : {}),
            }, async (current, now) => {
                if (!current)
                    throw new errors/* DctError */.sY('NO_TRUST_DATA', `${ref.gun} lost its trust data while revoking`);
                const removed = new Map();
                for (const name of names)
                    removed.set(name, await rolesListing(current, signer, name));
                const change = await changes_removeTargets(current, [signer], names, now);
                return { files: change.files, result: removed };
            });
            for (const [tag, reference] of tags) {
                revoked.push({ reference, tag, gun: ref.gun, roles: published.result.get(tag) ?? [] });
            }
        }
        // In the order the references were given.
        const order = new Map(refs.map((r, i) => [r.original, i]));
        revoked.sort((a, b) => order.get(a.reference) - order.get(b.reference));
        return { revoked, signerKeyId: signer.keyId };
    }
    finally {
        await connections.close();
    }
}

;// CONCATENATED MODULE: ./lib/azure/commands/revoke.js
// revoke: remove signed tags, as `docker trust revoke` does, with the
// signer's key. A repository without a tag revokes all its tags, and only
// with `all` set.




function readRevokeInputs(inputs) {
    return {
        signerKey: inputs.requiredKey('signerKey', "give the private key of a signer of the tags: signerKey (from a secret variable) or signerKeyFile (a secure file's path)"),
        signerName: inputs.string('signerName'),
        references: inputs.references('list the tags to revoke, one per line, as registry/repository:tag (or registry/repository with all)'),
        all: inputs.boolean('all', false),
        ...inputs.connectionOptions(),
    };
}
function revokeOutputs(result) {
    return { revoked: JSON.stringify(revokedOutput(result)) };
}
function revokeSummary(result) {
    return [
        `Revoked ${plural(result.revoked.length, 'tag')} with key \`${result.signerKeyId}\`.`,
        '',
        ...summary_table(['Repository', 'Tag', 'Removed from'], result.revoked.map((r) => [code(r.gun), code(r.tag), r.roles.join(', ')])),
    ].join('\n');
}
const runRevoke = async (inputs, { temp }) => {
    const result = await revoke(readRevokeInputs(inputs));
    setOutputs(revokeOutputs(result));
    await uploadSummary(revokeSummary(result), temp);
    return `Revoked ${plural(result.revoked.length, 'tag')}`;
};

;// CONCATENATED MODULE: ./lib/trust/rotation.js
// Key rotation, as notary's RotateKey and docker's signer management do it.
//
// A base role's key (snapshot, timestamp, targets) is replaced in root:
// root gets version + 1, a new 10-year expiry and the root key's signature
// (the root keys themselves do not change, so the previous root's keys and
// the new root's keys are the same one key). The server re-signs snapshot
// and timestamp on every publish, so rotating their keys uploads root only;
// rotating targets uploads root and targets (re-signed with the new key)
// together, or the server would keep serving a targets file nobody trusts.
//
// A signer's key is replaced in targets/<name> and targets/releases (signed
// by the repository key) and the signer's roles are re-signed with the new
// key in the same publish: notary-server checks targets first and then each
// delegation against the new targets.











function rotation_requireTrustData(repo, gun) {
    if (!repo)
        throw new errors/* DctError */.sY('NO_TRUST_DATA', `${gun} has no trust data; there is no key to rotate`);
    return repo;
}
/** The ID under which `key` is listed among `keyids`, matching certificates by their public key. */
function listedKeyId(key, keyids, keys) {
    const mine = canonical_key_id_canonicalKeyId(key);
    for (const id of keyids) {
        if (id === key.id || id === mine)
            return id;
        const listed = keys.get(id);
        if (listed && canonical_key_id_canonicalKeyId(listed) === mine)
            return id;
    }
    return undefined;
}
/** The root key's signer as root lists it (its certificate's key ID), or an error saying which key is needed. */
function rootSigner(repo, rootKey) {
    const root = repo.root.signed;
    const id = keyIdFor(rootKey, root.roles.root.keyids, root.keys);
    if (!id) {
        throw new errors/* DctError */.sY('NOT_SIGNER', `the root key ${rootKey.keyId.slice(0, 12)} is not the root key of ${repo.gun}; use the key created when ` +
            'the repository was initialized (~/.docker/trust/private, role: root)');
    }
    return signingAs(rootKey, id);
}
/**
 * Root with `role`'s keys replaced by `key`, threshold 1. Keys no role lists
 * any more are dropped, except root keys, as notary's RemoveBaseKeys does.
 */
function withBaseRoleKey(root, role, key) {
    const roles = { ...root.roles, [role]: new RootRole({ keyids: [key.id], threshold: 1 }) };
    const used = new Set(BASE_ROLES.flatMap((r) => roles[r].keyids));
    const rootKeys = new Set(root.roles.root.keyids);
    const keys = new Map([...root.keys].filter(([id]) => used.has(id) || rootKeys.has(id)));
    keys.set(key.id, key);
    return new Root({ version: root.version, expires: root.expires, keys, roles, consistentSnapshot: root.consistentSnapshot });
}
/** Signs root as notary's SignRoot does: version + 1 and a new 10-year expiry. */
async function signRoot(root, signers, now, version) {
    const next = new Root({
        version,
        expires: expiryFrom(now, ROOT_EXPIRY),
        keys: root.keys,
        roles: root.roles,
        consistentSnapshot: root.consistentSnapshot,
    });
    const signed = await Metadata.sign(next, signers);
    return { role: ROOT, bytes: signed.bytes };
}
/** True when `role` is signed by exactly `key` and nothing else. */
function onlyKey(root, role, key) {
    const ids = root.roles[role].keyids;
    return ids.length === 1 && ids[0] === key.id;
}
/**
 * Has the server make a new snapshot or timestamp key and publishes root
 * listing it. The server signs its role with the new key from then on.
 */
async function rotateServerKey(options) {
    const { server, gun, role } = options;
    // Check the root key before asking the server for a key nobody will use.
    const first = options.initial === undefined ? await readRepository({ ...options, delegations: [] }) : options.initial;
    rootSigner(rotation_requireTrustData(first, gun), options.rootKey);
    const newKey = await server.rotateKey(gun, role);
    return publisher_publishChange({ ...options, initial: first, delegations: [] }, async (maybeRepo, now) => {
        const repo = rotation_requireTrustData(maybeRepo, gun);
        const root = repo.root.signed;
        const previousKeyIds = root.roles[role].keyids.filter((id) => id !== newKey.id);
        const result = { role, keyId: newKey.id, previousKeyIds, resigned: [ROOT] };
        if (onlyKey(root, role, newKey))
            return { files: [], result: { ...result, resigned: [] } };
        const signer = rootSigner(repo, options.rootKey);
        const file = await signRoot(withBaseRoleKey(root, role, newKey), [signer], now, root.version + 1);
        return { files: [file], result };
    });
}
/** Replaces the repository (targets) key: root and targets, re-signed, in one publish. */
function rotateTargetsKey(options) {
    const { gun, newTargetsKey } = options;
    const newKey = newTargetsKey.publicKey;
    return publisher_publishChange({ ...options, delegations: [] }, async (maybeRepo, now) => {
        const repo = rotation_requireTrustData(maybeRepo, gun);
        const root = repo.root.signed;
        const previousKeyIds = root.roles.targets.keyids.filter((id) => id !== newKey.id);
        const result = { role: TARGETS, keyId: newKey.id, previousKeyIds, resigned: [ROOT, TARGETS] };
        if (onlyKey(root, TARGETS, newKey))
            return { files: [], result: { ...result, resigned: [] } };
        const signer = rootSigner(repo, options.rootKey);
        const rootFile = await signRoot(withBaseRoleKey(root, TARGETS, newKey), [signer], now, root.version + 1);
        const current = repo.targets.signed;
        const targetsFile = await signTargets(current, newTargetsKey, now, current.version + 1);
        return { files: [rootFile, targetsFile], result };
    });
}
/** The key IDs of targets/<name> that `oldKeys` name, or an error naming the one that is not there. */
function oldKeyIdsOf(targets, name, oldKeys, gun) {
    const own = targets.delegation(`${TARGETS}/${name}`);
    if (!own)
        throw new errors/* DctError */.sY('INPUT', `there is no signer ${JSON.stringify(name)} in ${gun}`);
    if (!oldKeys)
        return [...own.keyids];
    return oldKeys.map((key) => {
        const id = typeof key === 'string'
            ? own.keyids.find((listed) => {
                const k = targets.delegationKeys.get(listed);
                return listed === key || (k !== undefined && canonical_key_id_canonicalKeyId(k) === key);
            })
            : listedKeyId(key, own.keyids, targets.delegationKeys);
        if (!id) {
            const shown = (typeof key === 'string' ? key : key.id).slice(0, 12);
            throw new errors/* DctError */.sY('INPUT', `key ${shown} is not a key of signer ${JSON.stringify(name)} in ${gun}`);
        }
        return id;
    });
}
/**
 * Targets with signer `name`'s old keys replaced by `newKey` in its own role
 * and in targets/releases. An old key another signer's role also lists
 * stays in targets/releases, since that signer still signs there with it.
 */
function withSignerKeyReplaced(targets, name, oldIds, newKey) {
    const [releases, own] = [RELEASES, `${TARGETS}/${name}`];
    const old = new Set(oldIds);
    const sharedElsewhere = new Set(targets.delegations.filter((d) => d.name !== own && d.name !== releases).flatMap((d) => d.keyids));
    const replace = (keyids, keep) => {
        const kept = keyids.filter((id) => !old.has(id) || keep(id));
        return kept.includes(newKey.id) ? kept : [...kept, newKey.id];
    };
    const roles = new Set(signerRoles(name));
    const delegations = targets.delegations.map((d) => {
        if (!roles.has(d.name))
            return d;
        return d.with({ keyids: replace(d.keyids, (id) => d.name === releases && sharedElsewhere.has(id)) });
    });
    const used = new Set(delegations.flatMap((d) => d.keyids));
    const delegationKeys = new Map([...targets.delegationKeys].filter(([id]) => used.has(id)));
    delegationKeys.set(newKey.id, newKey);
    return targets.with({ delegationKeys, delegations });
}
/**
 * Replaces a signer's key: the delegations change (repository key) and the
 * signer's roles are re-signed with the new key, all in one publish. The
 * signer's own role is always re-signed; targets/releases only when the
 * old key's signature was what kept it valid, so that tags other signers
 * signed there are not attributed to this signer.
 */
function rotateSignerKey(options) {
    const { gun, name, newKey } = options;
    const roles = signerRoles(name);
    const own = `${TARGETS}/${name}`;
    return publisher_publishChange({ ...options, delegations: roles }, async (maybeRepo, now) => {
        const repo = rotation_requireTrustData(maybeRepo, gun);
        const repoSigner = targetsSigner(repo, options.repositoryKey);
        const current = repo.targets.signed;
        const oldIds = oldKeyIdsOf(current, name, options.oldKeys, gun).filter((id) => id !== newKey.publicKey.id);
        const result = { role: own, keyId: newKey.publicKey.id, previousKeyIds: oldIds };
        const ownRole = current.delegation(own);
        if (oldIds.length === 0 && ownRole.keyids.includes(newKey.publicKey.id)) {
            return { files: [], result: { ...result, resigned: [] } };
        }
        const next = withSignerKeyReplaced(current, name, oldIds, newKey.publicKey);
        const files = [await signTargets(next, repoSigner, now, current.version + 1)];
        const resigned = [TARGETS];
        for (const role of roles) {
            const loaded = await repo.delegation(role);
            const declared = next.delegation(role);
            if (!loaded?.metadata || !declared)
                continue;
            const stillValid = countValidSignatures(loaded.metadata, next.delegationKeysOf(declared)) >= declared.threshold;
            if (role !== own && stillValid)
                continue;
            if (declared.threshold > 1) {
                throw new errors/* DctError */.sY('NOT_SIGNER', `${role} of ${gun} needs ${declared.threshold} signatures; the new key alone cannot re-sign it`);
            }
            const signed = loaded.metadata.signed;
            const meta = await Metadata.sign(signed.with({ version: signed.version + 1, expires: expiryFrom(now, TARGETS_EXPIRY) }), [
                newKey,
            ]);
            files.push({ role, bytes: meta.bytes });
            resigned.push(role);
        }
        return { files, result: { ...result, resigned } };
    });
}

;// CONCATENATED MODULE: ./lib/operations/rotate-key.js
// Rotating one of a repository's keys without a workstation:
//   snapshot, timestamp  the server makes a new key; root (root key) lists it
//   targets              a new repository key (given, or generated, written
//                        encrypted into keyDirectory before the rotation is
//                        published, and returned); root and targets re-signed
//   signer               a signer's new key replaces its old one in
//                        targets/<name> and targets/releases (repository
//                        key); the signer's roles are re-signed with it
// Clients that trust the old root accept the new one: the root key is
// unchanged and signs it.










const ROTATABLE_ROLES = ['snapshot', 'timestamp', 'targets', 'signer'];
function required(key, input, role) {
    if (!key)
        throw new errors/* InputError */.dz(input, `rotating the ${role} key needs this key`);
    return loadKeyInput(key);
}
/** The signer's old key: a key ID, or a PEM public key or certificate. */
function oldKeyOf(text) {
    const value = text?.trim();
    if (!value)
        return undefined;
    if (/^[0-9a-fA-F]{64}$/.test(value))
        return value.toLowerCase();
    return loadPublicKey(value, { input: 'old-signer-key' });
}
/** Checks the inputs for `role` and returns what to run, before any network call. */
function rotate_key_plan(options, gun) {
    const role = options.role.trim();
    if (!ROTATABLE_ROLES.includes(role)) {
        throw new errors/* InputError */.dz('key-role', `cannot rotate ${JSON.stringify(options.role)}; choose one of ${ROTATABLE_ROLES.join(', ')}`);
    }
    if (role === 'snapshot' || role === 'timestamp') {
        const rootKey = required(options.rootKey, 'root-key', role).signer;
        return { role, run: (server, common) => rotateServerKey({ ...common, server, gun, role, rootKey }) };
    }
    if (role === 'targets') {
        const rootKey = required(options.rootKey, 'root-key', role).signer;
        let newTargetsKey;
        let generated;
        if (options.newRepositoryKey) {
            newTargetsKey = loadKeyInput(options.newRepositoryKey).signer;
        }
        else {
            const passphrase = options.newRepositoryKeyPassphrase ?? '';
            if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
                throw new errors/* InputError */.dz('new-repository-key-passphrase', `give the new repository key, or a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters to encrypt the one generated`);
            }
            const key = generateKey('ecdsa');
            const pem = exportEncryptedPrivateKey(key, passphrase, { role: 'targets', gun });
            generated = { keyId: key.keyId, pem, base64: Buffer.from(pem).toString('base64'), fileName: `${key.keyId}.key` };
            newTargetsKey = key;
        }
        return { role, generated, run: (server, common) => rotateTargetsKey({ ...common, server, gun, rootKey, newTargetsKey }) };
    }
    if (!options.signer)
        throw new errors/* InputError */.dz('signer-name', 'name the signer whose key to rotate');
    const name = validateSignerName(options.signer.name.trim());
    const repositoryKey = required(options.repositoryKey, 'repository-key', 'signer').signer;
    const newKey = loadKeyInput(options.signer.newKey).signer;
    const old = oldKeyOf(options.signer.oldKey);
    return {
        role,
        run: (server, common) => rotateSignerKey({ ...common, server, gun, repositoryKey, name, newKey, ...(old ? { oldKeys: [old] } : {}) }),
    };
}
/** A generated key that cannot be written would be lost: the directory must take it before anything else happens. */
async function checkKeyDirectory(directory) {
    const info = await (0,promises_.stat)(directory).catch(() => undefined);
    const writable = await (0,promises_.access)(directory, external_node_fs_.constants.W_OK).then(() => true, () => false);
    if (!info?.isDirectory() || !writable) {
        throw new errors/* InputError */.dz('key-directory', `${directory} is not a writable directory for the new repository key`);
    }
}
async function rotateKey(options) {
    const gun = parseRepository(options.reference).gun;
    const p = rotate_key_plan(options, gun);
    const keyDirectory = p.generated && options.keyDirectory?.trim() ? (0,external_node_path_.resolve)(options.keyDirectory.trim()) : undefined;
    if (keyDirectory)
        await checkKeyDirectory(keyDirectory);
    const trustAccess = p.role === 'snapshot' || p.role === 'timestamp' ? 'admin' : 'write';
    return withRepositories(options, [options.reference], trustAccess, async ({ repositories, pin, logger }) => {
        const { server, trustServer } = repositories[0];
        let generated = p.generated;
        if (generated && keyDirectory) {
            // Before the rotation is published: a key that cannot be written is then never in use.
            const path = (0,external_node_path_.join)(keyDirectory, generated.fileName);
            await writeNew(path, generated.pem, 0o600, 'key-directory');
            logger.info(`Wrote the new repository key to ${path}`);
            generated = { ...generated, path };
        }
        logger.info(`Rotating the ${p.role} key of ${gun}`);
        const published = await p.run(server, { logger, ...(pin ? { pin } : {}) });
        const r = published.result;
        if (!published.published)
            logger.info(`${gun}: the ${p.role} key was already ${r.keyId.slice(0, 12)}; nothing to publish`);
        return {
            gun,
            trustServer,
            role: p.role,
            keyId: r.keyId,
            previousKeyIds: r.previousKeyIds,
            resigned: r.resigned,
            ...(generated ? { generatedRepositoryKey: generated } : {}),
        };
    });
}

;// CONCATENATED MODULE: ./lib/azure/commands/rotate-key.js
// rotate-key: replace one of a repository's keys (keyRole): snapshot or
// timestamp (the server makes the new key; the root key lists it), targets
// (a new repository key, given or generated; the root key re-signs root), or
// a signer's key (the repository key; signerKey is the new key). A generated
// repository key is written, encrypted, to keyDirectory; it is never
// printed, and is masked for the rest of the job.






function isRole(role) {
    return ROTATABLE_ROLES.includes(role);
}
function readRotateKeyInputs(inputs, defaultDirectory) {
    const role = inputs.required('keyRole', `choose the key to rotate: ${ROTATABLE_ROLES.join(', ')}`);
    if (!isRole(role))
        throw new errors/* InputError */.dz('keyRole', `cannot rotate ${JSON.stringify(role)}; choose one of ${ROTATABLE_ROLES.join(', ')}`);
    const rootKey = () => inputs.requiredKey('rootKey', `rotating the ${role} key needs the root key (rootKey, rootKeyPassphrase)`);
    const common = {
        reference: inputs.repository('name the repository whose key to rotate, as registry/repository'),
        role,
        ...inputs.connectionOptions(),
    };
    switch (role) {
        case 'snapshot':
        case 'timestamp':
            return { ...common, rootKey: rootKey() };
        case 'targets': {
            const newRepositoryKey = inputs.key('newRepositoryKey');
            return {
                ...common,
                rootKey: rootKey(),
                newRepositoryKey,
                newRepositoryKeyPassphrase: inputs.secret('newRepositoryKeyPassphrase'),
                keyDirectory: newRepositoryKey ? undefined : (inputs.string('keyDirectory') ?? defaultDirectory),
            };
        }
        case 'signer':
            return {
                ...common,
                repositoryKey: inputs.requiredKey('repositoryKey', "rotating a signer's key needs the repository key (repositoryKey)"),
                signer: {
                    name: inputs.required('signerName', 'name the signer whose key to rotate'),
                    newKey: inputs.requiredKey('signerKey', "give the signer's new private key as signerKey or signerKeyFile"),
                    oldKey: keyIdOrPem(inputs.string('oldSignerKey'), 'oldSignerKey'),
                },
            };
    }
}
function rotateKeyOutputs(result) {
    return { keyId: result.keyId };
}
function rotateKeySummary(result) {
    const generated = result.generatedRepositoryKey?.path;
    return [
        result.resigned.length > 0
            ? `Rotated the ${result.role} key of \`${result.gun}\`.`
            : `The ${result.role} key of \`${result.gun}\` was already \`${result.keyId}\`; nothing changed.`,
        '',
        ...summary_table(['Key', 'Previous keys', 'Re-signed'], [[code(result.keyId), result.previousKeyIds.map(code).join(', '), result.resigned.join(', ')]]),
        ...(generated ? ['', `The new repository key is in \`${generated}\`, encrypted; keep it safe, it is the only copy.`] : []),
    ].join('\n');
}
const runRotateKey = async (inputs, { temp }) => {
    // The core writes a generated repository key to keyDirectory before it publishes the rotation.
    const result = await rotateKey(readRotateKeyInputs(inputs, temp));
    mask(result.generatedRepositoryKey?.base64);
    setOutputs(rotateKeyOutputs(result));
    await uploadSummary(rotateKeySummary(result), temp);
    return `The ${result.role} key of ${result.gun} is ${result.keyId.slice(0, 12)}`;
};

// EXTERNAL MODULE: ./lib/azure/constants.js
var constants = __webpack_require__(6078);
;// CONCATENATED MODULE: ./lib/azure/commands/signer-add.js
// signer-add: add a signer's public keys to repositories, as `docker trust
// signer add` does, with the repository key. The root key initializes a
// repository that has no trust data yet.






const INPUT = 'signerPublicKey';
function readSignerAddInputs(inputs) {
    return {
        repositoryKey: inputs.requiredKey('repositoryKey', constants/* REPOSITORY_KEY_HINT */.r),
        rootKey: inputs.key('rootKey'),
        references: inputs.references('list the repositories to add the signer to, one per line, as registry/repository', parseRepository),
        name: inputs.required('signerName', 'name the signer, e.g. ci (its role is targets/<name>)'),
        signerPublicKeys: readPublicKeyList(inputs.required(INPUT, "give the signer's public key: the .pub file of `docker trust key generate` (PEM text or path)"), INPUT),
        ...inputs.connectionOptions(),
    };
}
function signerAddOutputs(result) {
    return { signerKeyId: result.keyIds.join('\n') };
}
function signerAddSummary(result) {
    const change = (r) => r.initialized ? 'initialized with the signer' : r.changed ? 'signer added' : 'already a signer with these keys';
    return [
        `Signer \`${result.name}\` with ${plural(result.keyIds.length, 'key')} ${result.keyIds.map((id) => `\`${id}\``).join(', ')}.`,
        '',
        ...summary_table(['Repository', 'Change'], result.repositories.map((r) => [code(r.gun), change(r)])),
    ].join('\n');
}
const runSignerAdd = async (inputs, { temp }) => {
    const result = await signerAdd(readSignerAddInputs(inputs));
    setOutputs(signerAddOutputs(result));
    await uploadSummary(signerAddSummary(result), temp);
    const changed = result.repositories.filter((r) => r.changed).length;
    return `Signer ${result.name} added to ${plural(changed, 'repository', 'repositories')}`;
};

;// CONCATENATED MODULE: ./lib/operations/signer-remove.js
// Removing a signer from repositories, as `docker trust signer remove`
// does: targets/<name> goes and the signer's keys leave targets/releases,
// signed by the repository key.
//
// As docker asks before removing the signer whose signature keeps
// targets/releases valid (its tags would no longer verify until someone
// signs again), this refuses unless `force` is set. Unlike docker, a
// repository whose targets/releases was never signed is no obstacle.









/** docker's isLastSignerForReleases: would targets/releases stop verifying without these keys? */
async function releasesNeedsSigner(repo, keyIds) {
    const releases = await repo.delegation(RELEASES);
    if (!releases?.metadata)
        return false;
    const remaining = new Map([...releases.keys].filter(([id]) => !keyIds.includes(id)));
    return countValidSignatures(releases.metadata, remaining) < releases.threshold;
}
function signerNames(repo) {
    return repo.targets.signed.delegations
        .map((d) => d.name)
        .filter((n) => n.startsWith(`${TARGETS}/`) && n !== RELEASES && !n.slice(TARGETS.length + 1).includes('/'))
        .map((n) => n.slice(TARGETS.length + 1));
}
async function signerRemove(options) {
    const rawName = options.name.trim();
    if (rawName === 'releases') {
        throw new errors/* InputError */.dz('signer-name', 'releases is a reserved name (the role every signer shares) and cannot be removed');
    }
    const name = validateSignerName(rawName);
    const role = `${TARGETS}/${name}`;
    const repositoryKey = loadKeyInput(options.repositoryKey).signer;
    return withRepositories(options, options.references, 'write', async ({ repositories, pin, logger }) => {
        // 1. Read and check every repository before publishing anything.
        const plans = await Promise.all(repositories.map(async (target) => {
            const repo = await readRepository({ server: target.server, gun: target.gun, delegations: [RELEASES], ...(pin ? { pin } : {}) });
            if (!repo) {
                throw new errors/* DctError */.sY('NO_TRUST_DATA', `${target.gun} has no trust data at ${target.trustServer}, so it has no signer ${name}`);
            }
            const declared = repo.targets.signed.delegation(role);
            if (!declared) {
                const names = signerNames(repo);
                throw new errors/* InputError */.dz('signer-name', `there is no signer ${JSON.stringify(name)} in ${target.gun}; ` +
                    (names.length > 0 ? `its signers are ${names.join(', ')}` : 'it has no signers'));
            }
            targetsSigner(repo, repositoryKey);
            const last = await releasesNeedsSigner(repo, declared.keyids);
            if (last && !options.force) {
                throw new errors/* InputError */.dz('force', `${name} signed the current targets/releases of ${target.gun}; without its key the tags there no longer ` +
                    'verify (pulls with content trust fail) until another signer signs. Confirm to remove it anyway.');
            }
            return { target, repo, keyIds: [...declared.keyids], last };
        }));
        // 2. One publish per repository.
        const results = [];
        for (const { target, repo, keyIds, last } of plans) {
            const { gun, server } = target;
            logger.info(`Removing signer ${name} from ${gun}`);
            if (last) {
                logger.warning(`${gun}: targets/releases is signed by ${name} only; its tags will not verify until someone signs again`);
            }
            try {
                await removeSigner({ server, gun, repositorySigner: repositoryKey, name, initial: repo, logger, ...(pin ? { pin } : {}) });
            }
            catch (err) {
                throw afterPartialSuccess(err, results.map((r) => r.gun));
            }
            const others = repo.targets.signed.delegations.filter((d) => d.name !== role && d.name !== RELEASES);
            const stillListed = new Set(others.flatMap((d) => d.keyids));
            results.push({
                reference: target.reference,
                gun,
                trustServer: target.trustServer,
                removedKeyIds: keyIds.filter((id) => !stillListed.has(id)),
                releasesInvalidated: last,
            });
        }
        return { name, repositories: results };
    });
}

;// CONCATENATED MODULE: ./lib/azure/commands/signer-remove.js
// signer-remove: remove a signer from repositories, as `docker trust signer
// remove` does, with the repository key. Removing the signer whose signature
// keeps targets/releases valid needs `force`.




function readSignerRemoveInputs(inputs) {
    return {
        repositoryKey: inputs.requiredKey('repositoryKey', constants/* REPOSITORY_KEY_HINT */.r),
        references: inputs.references('list the repositories to remove the signer from, one per line, as registry/repository', parseRepository),
        name: inputs.required('signerName', 'name the signer to remove'),
        force: inputs.boolean('force', false),
        ...inputs.connectionOptions(),
    };
}
function signerRemoveSummary(result) {
    return [
        `Removed signer \`${result.name}\`.`,
        '',
        ...summary_table(['Repository', 'Keys removed', 'targets/releases'], result.repositories.map((r) => [
            code(r.gun),
            r.removedKeyIds.map(code).join(', '),
            r.releasesInvalidated ? '**no longer verifies** until a signer signs again' : 'valid',
        ])),
    ].join('\n');
}
const runSignerRemove = async (inputs, { temp }) => {
    const result = await signerRemove(readSignerRemoveInputs(inputs));
    await uploadSummary(signerRemoveSummary(result), temp);
    return `Signer ${result.name} removed from ${plural(result.repositories.length, 'repository', 'repositories')}`;
};

;// CONCATENATED MODULE: ./lib/operations/expiry.js
// Expiry care: which of the roles a run touches expire soon. Roles nobody
// signs into for years (targets, a signer's role, root) expire silently,
// and then every pull with content trust fails. Snapshot and timestamp are
// re-signed by the server, so they are not ours to watch.
//
// Root is also only as good as its certificate: notary refuses a root
// certificate past its validity (10 years from creation) even when the root
// file itself has not expired, and only a root key rotation renews it.




/** Warn this long before a role expires: half a notary year. */
const EXPIRY_WARNING_WINDOW = YEAR / 2;
const expiry_DAY_MS = 24 * 60 * 60 * 1000;
function expiry_describe(gun, role, expires, kind, now) {
    const days = Math.max(0, Math.floor((expires.getTime() - now.getTime()) / expiry_DAY_MS));
    const when = `on ${expires.toISOString().slice(0, 10)} (in ${days} day${days === 1 ? '' : 's'})`;
    if (kind === 'certificate') {
        return `${gun}: the root certificate expires ${when}; rotate the root key before then or pulls with content trust fail`;
    }
    const fix = role === ROOT
        ? 'have an admin re-sign root with the root key'
        : role === TARGETS
            ? 'refresh it with the repository key (dct-sign refresh)'
            : "refresh it with a signer's key (dct-sign refresh), or sign a tag";
    return `${gun}: ${role} expires ${when}; ${fix}, or pulls with content trust fail`;
}
/** The earliest end of validity among the root's usable certificates. */
function rootCertificateExpiry(repo, now) {
    let earliest;
    for (const key of validRootKeys(repo.root.signed, repo.gun, now, false).values()) {
        const validTo = new Date(new external_node_crypto_.X509Certificate(key.public).validTo);
        if (!earliest || validTo < earliest)
            earliest = validTo;
    }
    return earliest;
}
/**
 * Warnings for the roles in `roles` (root, targets, delegations) that expire
 * within `within` of `now`, soonest first. Roles not published are skipped.
 */
async function expiryWarnings(repo, roles, now = new Date(), within = EXPIRY_WARNING_WINDOW) {
    const limit = now.getTime() + within;
    const found = [];
    for (const role of new Set(roles)) {
        if (role === SNAPSHOT || role === TIMESTAMP)
            continue;
        if (role === ROOT) {
            found.push({ role, expires: repo.root.signed.expires, kind: 'metadata' });
            const cert = rootCertificateExpiry(repo, now);
            if (cert)
                found.push({ role, expires: cert, kind: 'certificate' });
        }
        else if (role === TARGETS) {
            found.push({ role, expires: repo.targets.signed.expires, kind: 'metadata' });
        }
        else {
            const loaded = await repo.delegation(role);
            if (loaded?.metadata)
                found.push({ role, expires: loaded.metadata.signed.expires, kind: 'metadata' });
        }
    }
    return found
        .filter((f) => f.expires.getTime() <= limit)
        .sort((a, b) => a.expires.getTime() - b.expires.getTime())
        .map((f) => ({ ...f, message: expiry_describe(repo.gun, f.role, f.expires, f.kind, now) }));
}

;// CONCATENATED MODULE: ./lib/operations/sign.js
// The sign operation: push image tags, read their digests from the registry,
// and sign them in the trust server, one update per repository.
//
// Everything that can be checked is checked before the first push: the
// references, the keys, that each repository has trust data (or bootstrap
// keys were given) and that the signer may sign every tag. So bad input
// fails with nothing pushed and nothing published.













function sign_signerNameOf(options, key) {
    const name = options.signerName?.trim() || key.role;
    if (!name || name === 'targets' || name === 'root')
        return undefined;
    try {
        signerRoles(name);
    }
    catch (err) {
        throw new errors/* InputError */.dz('signer-name', err.message, { cause: err });
    }
    return name;
}
/** The line `docker push` ends with: `<tag>: digest: sha256:… size: N`. */
const PUSHED_DIGEST = /digest: (sha256:[0-9a-f]{64}) size: \d+/;
function countRequests(sessions) {
    const byMethod = {};
    let total = 0;
    let connections = 0;
    for (const s of sessions) {
        const stats = s.stats();
        total += stats.requests;
        connections += stats.connections;
        for (const [method, n] of Object.entries(stats.byMethod))
            byMethod[method] = (byMethod[method] ?? 0) + n;
    }
    return { total, byMethod, connections };
}
// The phases in this order: everything that can be refused is refused before the first push.
async function sign(options) {
    const logger = options.logger ?? silentLogger;
    const inputs = readInputs(options);
    const connections = new Connections(options, 'write');
    const plans = planRepositories(inputs.refs, connections);
    const sessions = await openSessions(inputs.refs, connections);
    try {
        await loadTrustData(plans, sessions, inputs, logger);
        const pushed = (options.push ?? true) ? await pushReferences(inputs.refs, options, logger) : new Map();
        const resolved = await resolveDigests(inputs.refs, sessions, pushed);
        const signed = await publishAll(plans, sessions, resolved, inputs, logger);
        return report(signed, inputs, sessions);
    }
    finally {
        await connections.close();
    }
}
// Bad references, keys or credentials fail here, before anything touches the network.
function readInputs(options) {
    if (options.references.length === 0) {
        throw new errors/* InputError */.dz('tags', 'no image reference given; list registry/repository:tag references');
    }
    const refs = options.references.map((r) => parseTaggedReference(r, 'tags'));
    const signerKey = loadKeyInput(options.signerKey);
    const signerName = sign_signerNameOf(options, signerKey);
    if (Boolean(options.rootKey) !== Boolean(options.repositoryKey)) {
        throw new errors/* InputError */.dz(options.rootKey ? 'repository-key' : 'root-key', 'initializing a repository needs both the root key and the repository key');
    }
    const rootKey = options.rootKey ? loadKeyInput(options.rootKey) : undefined;
    const repositoryKey = options.repositoryKey ? loadKeyInput(options.repositoryKey) : undefined;
    checkCredentialInputs(options, refs);
    const pin = trustPinOf(options);
    const delegations = signerName ? signerRoles(signerName) : ['targets/releases'];
    return { refs, signer: signerKey.signer, signerName, rootKey, repositoryKey, pin, delegations };
}
// One update per repository, so tags of one repository are signed together.
function planRepositories(refs, connections) {
    const plans = new Map();
    for (const ref of refs) {
        const plan = plans.get(ref.gun) ?? {
            gun: ref.gun,
            registry: ref.registry,
            refs: [],
            trustServer: connections.trustServerUrl(ref),
            repo: null,
        };
        plan.refs.push(ref);
        plans.set(ref.gun, plan);
    }
    return plans;
}
// One session per registry, shared by its repositories' registry and trust-server calls.
async function openSessions(refs, connections) {
    const sessions = new Map();
    for (const registry of new Set(refs.map((r) => r.registry)))
        sessions.set(registry, await connections.session(registry));
    return sessions;
}
// Read and verify every repository's trust data first, so what cannot be signed is refused before pushing.
async function loadTrustData(plans, sessions, inputs, logger) {
    await Promise.all([...plans.values()].map(async (plan) => {
        const server = sessions.get(plan.registry).trustServer(plan.trustServer);
        plan.repo = await readRepository({
            server,
            gun: plan.gun,
            delegations: inputs.delegations,
            allowExpiredDelegations: true,
            ...(inputs.pin ? { pin: inputs.pin } : {}),
        });
        if (!plan.repo) {
            checkCanInitialize(plan, inputs);
            return;
        }
        checkMaySign(plan, plan.repo, inputs.signer);
        await warnOfExpiry(plan.gun, plan.repo, logger);
    }));
}
// A repository without trust data can only be signed if we were given what it takes to create it.
function checkCanInitialize(plan, inputs) {
    if (!inputs.rootKey || !inputs.repositoryKey) {
        throw new errors/* DctError */.sY('NO_TRUST_DATA', `${plan.gun} has no trust data at ${plan.trustServer}. Either have an admin run ` +
            '`docker trust signer add` once for it, or give the root-key and repository-key inputs ' +
            '(with their passphrases) so that dct-sign initializes it.');
    }
    if (!inputs.signerName) {
        throw new errors/* InputError */.dz('signer-name', `name the signer to add to the new repository ${plan.gun}`);
    }
}
// Only a listed signer's key can sign; finding that out after the push would leave tags pushed but unsigned.
function checkMaySign(plan, repo, signer) {
    for (const ref of plan.refs) {
        if (signableRoles(repo, [signer], ref.tag).length === 0) {
            throw new errors/* DctError */.sY('NOT_SIGNER', `the signer key ${signer.keyId.slice(0, 12)} may not sign ${ref.original}: it is not a signer of ` +
                `${plan.gun}. Add it once with \`docker trust signer add\`, or use the key of a listed signer.`);
        }
    }
}
// Signing renews only the signer's own roles, so say which expired ones it renews and which still need an admin.
async function warnOfExpiry(gun, repo, logger) {
    for (const [name, role] of repo.delegations) {
        if (role.expired)
            logger.warning(`${gun}: ${name} had expired; it is re-signed with a fresh expiry`);
    }
    // The signer's own roles get a fresh expiry when signed; root and targets need an admin.
    for (const warning of await expiryWarnings(repo, ['root', 'targets']))
        logger.warning(warning.message);
}
// The digest docker reports for each push is what we must sign, not whatever the tag points at later.
async function pushReferences(refs, options, logger) {
    // With DOCKER_CONTENT_TRUST set, docker ≤ 28 would try to sign with its own keys.
    const pushEnv = { ...(options.env ?? process.env) };
    delete pushEnv.DOCKER_CONTENT_TRUST;
    const pushed = new Map();
    for (const ref of refs) {
        logger.info(`Pushing ${ref.original}`);
        const result = await options.runner.run(options.docker ?? 'docker', ['push', ref.original], { env: pushEnv });
        const reported = PUSHED_DIGEST.exec(result.stdout)?.[1];
        if (reported)
            pushed.set(ref.original, reported);
        if (result.exitCode !== 0) {
            throw new errors/* DctError */.sY('COMMAND', `docker push ${ref.original} failed (exit code ${result.exitCode}); nothing was signed`);
        }
    }
    return pushed;
}
// Digests and sizes come from the registry itself; a tag moved by someone else since our push is refused.
async function resolveDigests(refs, sessions, pushed) {
    const resolved = await Promise.all(refs.map(async (ref) => ({ ref, manifest: await sessions.get(ref.registry).registry.resolve(ref) })));
    for (const { ref, manifest } of resolved) {
        const mine = pushed.get(ref.original);
        if (mine && mine !== manifest.digest) {
            throw new errors/* DctError */.sY('VERIFY', `${ref.original}: the registry now serves ${manifest.digest}, not ${mine} that was just pushed; nothing was signed`);
        }
    }
    return resolved;
}
// Repositories are published one after another so a failure can name those already signed.
async function publishAll(plans, sessions, resolved, inputs, logger) {
    const signed = [];
    const done = [];
    for (const plan of plans.values()) {
        try {
            const server = sessions.get(plan.registry).trustServer(plan.trustServer);
            if (!plan.repo)
                await initializeTrustData(plan, server, inputs, logger);
            const mine = resolved.filter((r) => r.ref.gun === plan.gun);
            signed.push(...(await publishRepository(plan, server, mine, inputs, logger)));
        }
        catch (err) {
            throw afterPartialSuccess(err, done);
        }
        done.push(plan.gun);
    }
    return signed;
}
// A new repository gets root, targets and the signer's delegation before its first tags are signed.
async function initializeTrustData(plan, server, inputs, logger) {
    logger.info(`Initializing trust data for ${plan.gun} with signer ${inputs.signerName}`);
    await initializeRepository({
        server,
        gun: plan.gun,
        rootSigner: createRootCertificate(inputs.rootKey.signer, plan.gun).signer,
        repositorySigner: inputs.repositoryKey.signer,
        signer: { name: inputs.signerName, keys: [inputs.signer.publicKey] },
        logger,
    });
}
// One signed update per repository carries all of its tags.
async function publishRepository(plan, server, mine, inputs, logger) {
    const targets = mine.map(({ ref, manifest }) => ({
        name: ref.tag,
        sha256: manifest.digest.slice('sha256:'.length),
        length: manifest.size,
    }));
    logger.info(`Signing ${targets.map((t) => t.name).join(', ')} in ${plan.gun}`);
    const published = await signTargetsInRepository({
        server,
        gun: plan.gun,
        signers: [inputs.signer],
        targets,
        logger,
        ...(inputs.signerName ? { signerName: inputs.signerName } : {}),
        ...(inputs.pin ? { pin: inputs.pin } : {}),
        ...(plan.repo ? { initial: plan.repo } : {}),
    });
    return mine.map(({ ref, manifest }) => ({
        reference: ref.original,
        tag: ref.tag,
        digest: manifest.digest,
        size: manifest.size,
        roles: published.result.get(ref.tag) ?? [],
        gun: plan.gun,
        trustServer: plan.trustServer,
    }));
}
// Callers see the results in the order they gave the references, with the requests it took.
function report(signed, inputs, sessions) {
    const order = new Map(inputs.refs.map((r, i) => [r.original, i]));
    signed.sort((a, b) => order.get(a.reference) - order.get(b.reference));
    return {
        signed,
        signerKeyId: inputs.signer.keyId,
        signerName: inputs.signerName,
        requests: countRequests([...sessions.values()]),
    };
}

;// CONCATENATED MODULE: ./lib/azure/docker-config.js
// A throwaway docker config for `docker push`, logged in with the service
// connection's credentials, as Docker@2 does. It lives in the agent's temp
// directory only while the sign runs and is removed in a finally.




/** The `auths` key docker looks up for a registry host. */
function authsKey(registry) {
    return registry === DOCKER_HUB ? 'https://index.docker.io/v1/' : registry;
}
/** Writes `<dir>/config.json` under `parent` and returns the dir (for DOCKER_CONFIG). */
async function writeDockerConfig(connection, parent) {
    const auth = mask(Buffer.from(`${connection.username}:${connection.password}`).toString('base64'));
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, 'dct-sign-docker-'));
    const config = { auths: { [authsKey(connection.registry)]: { auth } } };
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
    return dir;
}
async function removeDockerConfig(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./lib/azure/logger.js
// The core's progress, written the agent's way: info as plain log lines,
// debug as `##[debug]` (shown when system.debug is true), warnings as issues.


const taskLogger = {
    debug: (message) => task.debug(plainText(message)),
    info: (message) => console.log(plainText(message)),
    warning: (message) => task.warning(plainText(message)),
};

;// CONCATENATED MODULE: ./lib/azure/runner.js
// Runs docker for the sign operation through task-lib's tool runner, so the
// command line and its output stream into the build log as they come. Output
// is filtered for `##vso[` markers: a registry's error text must not be able
// to set variables or fail the task on our behalf.

class TaskCommandRunner {
    async run(command, args, options = {}) {
        const tool = task.tool(task.which(command, true)).arg([...args]);
        const stdout = [];
        const stderr = [];
        tool.on('stdout', (data) => stdout.push(data));
        tool.on('stderr', (data) => stderr.push(data));
        const exitCode = await tool.execAsync({
            ...(options.env ? { env: options.env } : {}),
            ignoreReturnCode: true,
            externalOutput: { source: 'childProcess' },
        });
        return {
            exitCode,
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8'),
        };
    }
}

;// CONCATENATED MODULE: ./lib/azure/commands/sign.js
// sign: push image tags and sign them as a delegated signer. The signer key
// comes from signerKey (a secret variable) or signerKeyFile (a secure file);
// rootKey and repositoryKey only initialize a repository without trust data.









function readSignInputs(inputs) {
    const signerKey = inputs.requiredKey('signerKey', "give the signer's private key: signerKey (its PEM, or the PEM base64-encoded, from a secret variable) " +
        'or signerKeyFile (a path, e.g. $(signerKey.secureFilePath) of DownloadSecureFile@1)');
    const rootKey = inputs.key('rootKey');
    const repositoryKey = inputs.key('repositoryKey');
    const references = inputs.references('list the image references to sign, one per line, as registry/repository:tag', parseTaggedReference);
    if (Boolean(rootKey) !== Boolean(repositoryKey)) {
        throw new errors/* InputError */.dz(rootKey ? 'repositoryKey' : 'rootKey', 'initializing a repository needs both rootKey and repositoryKey (with their passphrases); give both or neither');
    }
    return {
        ...inputs.connectionOptions(),
        references,
        push: inputs.boolean('push', true),
        signerKey,
        signerName: inputs.string('signerName'),
        rootKey,
        repositoryKey,
        connection: inputs.connection(),
    };
}
function signOutputs(result) {
    const signed = signedOutput(result);
    return {
        // The first tag's digest: what a single-image pipeline deploys by.
        digest: signed[0]?.digest ?? '',
        signed: JSON.stringify(signed),
        signerKeyId: result.signerKeyId,
    };
}
function signSummary(result) {
    const signer = result.signerName ? `signer \`${result.signerName}\`, key` : 'key';
    const servers = [...new Set(result.signed.map((s) => s.trustServer))].join(', ');
    return [
        `Signed ${plural(result.signed.length, 'tag')} with ${signer} \`${result.signerKeyId}\` in ${servers}.`,
        '',
        ...summary_table(['Image', 'Digest', 'Size', 'Roles'], result.signed.map((s) => [code(s.reference), code(s.digest), String(s.size), s.roles.join(', ')])),
    ].join('\n');
}
/**
 * docker's environment for the push: logged in through the service
 * connection's config. (The core drops DOCKER_CONTENT_TRUST for the push, so
 * that docker does not sign with its own keys.)
 */
function dockerEnv(dockerConfig) {
    return dockerConfig ? { ...process.env, DOCKER_CONFIG: dockerConfig } : process.env;
}
const runSign = async (taskInputs, { temp }) => {
    const { connection, ...inputs } = readSignInputs(taskInputs);
    const dockerConfig = inputs.push && connection ? await writeDockerConfig(connection, temp) : undefined;
    try {
        const result = await sign({ ...inputs, runner: new TaskCommandRunner(), env: dockerEnv(dockerConfig) });
        const { total, connections } = result.requests;
        taskLogger.debug(`${total} requests to registries and trust servers over ${connections} connections`);
        setOutputs(signOutputs(result));
        await uploadSummary(signSummary(result), temp);
        return `Signed ${plural(result.signed.length, 'tag')} with key ${result.signerKeyId.slice(0, 12)}`;
    }
    finally {
        if (dockerConfig)
            await removeDockerConfig(dockerConfig);
    }
};

;// CONCATENATED MODULE: ./lib/operations/verify.js
// The verify operation: the gate a content-trust pull used to be. Docker CLI
// v29 no longer enforces content trust, so consumers ask dct-sign whether a
// tag is signed, by whom, and whether the registry still serves what was
// signed, and get back the digest-pinned reference to pull.
//
// A tag resolves as docker's trusted pull resolves it (cli/command/image/
// trust.go): notary's GetTargetByName(tag, targets/releases, targets), i.e.
// the first entry in a breadth-first walk of the targets/releases subtree,
// else of targets and the other delegations; the entry counts only if it is
// in targets/releases or targets itself. Its signers are the other
// delegations (targets/<name>) that list the tag with the same sha256, as
// `docker trust inspect` shows them.
//
// As notary, a delegation that expired or lacks signatures is ignored, not
// fatal; when the verdict hinges on one (targets/releases, or a required
// signer's role), the reason is its failure rather than unsigned or
// wrong-signer. Each reference gets a verdict; only bad inputs and failures
// to reach a server throw.







function parseVerifyReference(text) {
    const ref = parseReference(text, 'tags');
    if (ref.tag === undefined && ref.digest !== undefined) {
        throw new errors/* InputError */.dz('tags', `${ref.original} names a digest but no tag: content trust signs tags, so give registry/repository:tag`);
    }
    return { ...ref, tag: ref.tag ?? 'latest' };
}
function requiredSignersOf(options) {
    const names = (options.requiredSigners ?? []).map((s) => s.trim().replace(/^targets\//, '')).filter((s) => s !== '');
    for (const name of names) {
        try {
            signerRoles(name);
        }
        catch (err) {
            throw new errors/* InputError */.dz('required-signers', err.message, { cause: err });
        }
        if (name === 'releases') {
            throw new errors/* InputError */.dz('required-signers', 'targets/releases is shared by all signers; name the signers themselves');
        }
    }
    return [...new Set(names)];
}
/** Maps a verification failure to its reason; anything else is not a verdict and is thrown. */
function verdictOf(err, gun) {
    if (!(err instanceof errors/* VerificationError */.mk))
        throw err;
    if (err.code === 'EXPIRED')
        return { reason: 'expired', message: `the trust data of ${gun} has expired: ${err.message}` };
    if (err.role === ROOT) {
        return { reason: 'untrusted-root', message: `the root of ${gun} is not trusted: ${err.message}` };
    }
    return { reason: 'invalid-trust-data', message: `the trust data of ${gun} failed verification: ${err.message}` };
}
/** The reason when a role the verdict depends on was left out of the tree. */
function skippedVerdict(skipped, message) {
    const why = `${message} (${skipped.error.message}; the role is ignored, as docker does)`;
    return { reason: skipped.error.code === 'EXPIRED' ? 'expired' : 'invalid-trust-data', message: why };
}
function signersOf(repo, tag, sha256) {
    const names = allTargetsByName(repo, tag)
        .filter((t) => !isReleasedRole(t.role) && targetSha256(t.meta) === sha256)
        .map((t) => signerNameOfRole(t.role));
    return [...new Set(names)];
}
async function verify(options) {
    if (options.references.length === 0) {
        throw new errors/* InputError */.dz('tags', 'no image reference given; list registry/repository:tag references');
    }
    const refs = options.references.map(parseVerifyReference);
    const required = requiredSignersOf(options);
    const policy = options.signerPolicy ?? 'any';
    if (policy !== 'any' && policy !== 'all') {
        throw new errors/* InputError */.dz('signer-policy', `"${String(policy)}" is not a policy; use any or all`);
    }
    checkCredentialInputs(options, refs);
    const pin = trustPinOf(options);
    const now = options.now;
    const logger = options.logger;
    const connections = new Connections(options, 'read');
    try {
        // Trust data: one read per repository.
        const outcomes = new Map();
        await Promise.all([...byRepository(refs).values()].map(async ([ref]) => {
            const { gun } = ref;
            const url = connections.trustServerUrl(ref);
            let outcome;
            try {
                const { repo, skipped } = await readTrustTree({
                    server: await connections.trustServer(ref),
                    gun,
                    logger,
                    ...(pin ? { pin } : {}),
                    ...(now ? { now: () => now } : {}),
                });
                outcome = repo
                    ? { repo, skipped }
                    : { reason: 'no-trust-data', message: `${gun} has no trust data at ${url}: nothing in it is signed` };
            }
            catch (err) {
                outcome = verdictOf(err, gun);
            }
            outcomes.set(gun, outcome);
        }));
        const results = await Promise.all(refs.map(async (ref) => {
            const base = { reference: ref.original, tag: ref.tag, gun: ref.gun };
            const none = { signedDigest: undefined, registryDigest: undefined, signers: [], pinned: undefined };
            const outcome = outcomes.get(ref.gun);
            if (!('repo' in outcome))
                return { ...base, ...none, ok: false, reason: outcome.reason, message: outcome.message };
            const { repo, skipped } = outcome;
            const found = getTargetByName(repo, ref.tag, RELEASED_ROLES);
            if (!found || !isReleasedRole(found.role)) {
                const message = found
                    ? `${ref.original}: ${ref.tag} is listed only by ${found.role}, not released into targets/releases or targets, so content trust does not accept it`
                    : `${ref.original}: ${ref.tag} is not signed in ${ref.gun}`;
                // Not found because targets/releases itself was left out: say why.
                const releases = skipped.find((s) => s.role === RELEASES);
                if (releases)
                    return { ...base, ...none, ok: false, ...skippedVerdict(releases, message) };
                return { ...base, ...none, ok: false, reason: 'unsigned', message };
            }
            const sha256 = targetSha256(found.meta);
            if (sha256 === '') {
                return {
                    ...base,
                    ...none,
                    ok: false,
                    reason: 'invalid-trust-data',
                    message: `${ref.original}: the entry for ${ref.tag} in ${found.role} has no sha256 hash`,
                };
            }
            const signedDigest = `sha256:${sha256}`;
            const signers = signersOf(repo, ref.tag, sha256);
            const pinned = `${ref.registry}/${ref.repository}@${signedDigest}`;
            const signed = { signedDigest, signers, pinned };
            // What the registry serves for the tag now.
            let registryDigest;
            let registryMessage = '';
            try {
                const session = await connections.session(ref.registry);
                registryDigest = (await session.registry.resolve({ ...ref, digest: undefined })).digest;
            }
            catch (err) {
                if (!(err instanceof errors/* DctError */.sY) || err.code !== 'NOT_FOUND')
                    throw err;
                registryMessage = `the registry no longer serves ${ref.original}`;
            }
            const verdict = { ...base, ...signed, registryDigest };
            const present = required.filter((name) => signers.includes(name));
            const signerOk = required.length === 0 || (policy === 'all' ? present.length === required.length : present.length > 0);
            if (!signerOk) {
                const missing = required.filter((name) => !signers.includes(name));
                const by = signers.length > 0 ? `signed by ${signers.join(', ')}` : 'signed by no named signer (Repo Admin)';
                const wanted = policy === 'all' ? `all of ${required.join(', ')}` : `one of ${required.join(', ')}`;
                const message = `${ref.original} is ${by}; ${wanted} must sign it (missing: ${missing.join(', ')})`;
                // A missing signer whose role was left out (expired, say) is not a wrong signer.
                const left = skipped.find((s) => missing.some((name) => s.role === `${TARGETS}/${name}`));
                if (left)
                    return { ...verdict, ok: false, ...skippedVerdict(left, message) };
                return { ...verdict, ok: false, reason: 'wrong-signer', message };
            }
            if (ref.digest !== undefined && ref.digest !== signedDigest) {
                return {
                    ...verdict,
                    ok: false,
                    reason: 'digest-changed',
                    message: `${ref.original}: the tag is signed for ${signedDigest}, not the digest in the reference`,
                };
            }
            if (registryDigest !== signedDigest) {
                return {
                    ...verdict,
                    ok: false,
                    reason: 'digest-changed',
                    message: registryDigest
                        ? `${ref.original}: the registry serves ${registryDigest}, but ${signedDigest} is signed`
                        : `${ref.original}: ${registryMessage}; ${signedDigest} is signed`,
                };
            }
            const by = signers.length > 0 ? signers.join(', ') : 'the repository admin';
            logger?.info(`${ref.original} is signed by ${by}: ${pinned}`);
            return { ...verdict, ok: true, message: `${ref.original} is signed by ${by} and served as signed: ${pinned}` };
        }));
        // Verdicts are the result; each entrypoint reports them its own way.
        for (const r of results)
            if (!r.ok)
                logger?.info(r.message);
        return { references: results, ok: results.every((r) => r.ok) };
    }
    finally {
        await connections.close();
    }
}

;// CONCATENATED MODULE: ./lib/operations/verify-report.js
// What every entrypoint reports of a verify, in docs/commands.md's shapes:
// the digest-pinned references to pull (only of what passed: a later step
// must never deploy an unverified digest), the `verified` JSON with every
// verdict, and one failure line per reference that failed, naming its reason.
/** `registry/repository@sha256:…` of each reference that passed, in the order given. */
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

;// CONCATENATED MODULE: ./lib/azure/commands/verify.js
// verify: are these tags signed (by the required signers), and does the
// registry still serve what was signed? The outputs are set either way, the
// digest-pinned references of the tags that passed, for later steps to
// deploy by; then the task fails with one line per failing reference.





const POLICIES = ['any', 'all'];
function readVerifyInputs(inputs) {
    const policy = inputs.string('signerPolicy') ?? 'any';
    if (!POLICIES.includes(policy)) {
        throw new errors/* InputError */.dz('signerPolicy', `"${policy}" is not a policy; use any (one required signer suffices) or all`);
    }
    return {
        references: inputs.references('list the image tags to verify, one per line, as registry/repository:tag'),
        requiredSigners: inputs.list('requiredSigners'),
        signerPolicy: policy,
        ...inputs.connectionOptions(),
    };
}
/** As the action's outputs: a pinned reference only for what passed; a later step must never deploy an unverified digest. */
function verifyOutputs(result) {
    return {
        references: pinnedReferences(result).join('\n'),
        verified: JSON.stringify(verifiedEntries(result)),
    };
}
function verifySummary(result) {
    const failed = result.references.filter((r) => !r.ok).length;
    return [
        failed === 0
            ? `Verified ${plural(result.references.length, 'reference')}.`
            : `${failed} of ${plural(result.references.length, 'reference')} failed verification.`,
        '',
        ...summary_table(['Reference', 'Result', 'Signed digest', 'Signers', 'Details'], result.references.map((r) => [
            code(r.reference),
            r.ok ? 'verified' : `**${r.reason ?? 'failed'}**`,
            r.signedDigest ? code(r.signedDigest) : '',
            cell(r.signers.join(', ')),
            cell(r.message),
        ])),
    ].join('\n');
}
const runVerify = async (inputs, { temp }) => {
    const result = await verify(readVerifyInputs(inputs));
    setOutputs(verifyOutputs(result));
    await uploadSummary(verifySummary(result), temp);
    if (!result.ok)
        throw new errors/* DctError */.sY('VERIFY', failureLines(result).join('\n'));
    return `Verified ${plural(result.references.length, 'reference')}`;
};

;// CONCATENATED MODULE: ./lib/azure/endpoint.js
// The docker-registry service connection: which registry it is for and the
// credentials dct-sign sends to that registry and to its trust server.
//
// A "Docker Registry" connection (Docker Hub, or Others with any registry,
// e.g. ACR with a service principal's ID and secret) has the scheme
// UsernamePassword with `registry`, `username` and `password`. One made
// through the "Azure Container Registry" option has registrytype ACR and
// `loginServer`, with `serviceprincipalid`/`serviceprincipalkey` for a
// service principal; its managed identity and workload identity federation
// variants need an Azure AD token exchange that dct-sign does not do.





const HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
const TOKEN_EXCHANGE_SCHEMES = new Set(['ManagedServiceIdentity', 'WorkloadIdentityFederation']);
/** `https://myacr.azurecr.io/`, `index.docker.io/v1/` → the host an image reference would carry. */
function registryHost(url) {
    const host = url
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return HUB_HOSTS.has(host) ? DOCKER_HUB : host;
}
function readEndpointSecrets(id) {
    return {
        password: readSecret(() => task.getEndpointAuthorizationParameter(id, 'password', true)),
        servicePrincipalKey: readSecret(() => task.getEndpointAuthorizationParameter(id, 'serviceprincipalkey', true)),
    };
}
function readRegistryConnection(id, secrets, input = constants/* CONNECTION_INPUT */.E) {
    const scheme = task.getEndpointAuthorizationScheme(id, true) ?? '';
    const param = (key) => task.getEndpointAuthorizationParameter(id, key, true)?.trim() || undefined;
    const loginServer = param('loginServer');
    const acr = task.getEndpointDataParameter(id, 'registrytype', true) === 'ACR' || loginServer !== undefined;
    let username;
    let password;
    let url;
    if (acr) {
        if (TOKEN_EXCHANGE_SCHEMES.has(scheme)) {
            throw new errors/* InputError */.dz(input, `the ${scheme} authentication of this Azure Container Registry connection is not supported; ` +
                'use a Docker Registry connection (type Others) with a service principal ID and secret that may push');
        }
        password = secrets.servicePrincipalKey;
        username = param('serviceprincipalid');
        url = loginServer;
    }
    else {
        if (scheme !== '' && scheme !== 'UsernamePassword') {
            throw new errors/* InputError */.dz(input, `the connection's authentication scheme ${scheme} is not supported; use username and password`);
        }
        password = secrets.password;
        username = param('username');
        url = param('registry') ?? task.getEndpointUrl(id, true);
    }
    if (!url)
        throw new errors/* InputError */.dz(input, 'the service connection names no registry; set its Docker Registry URL');
    if (!username || !password) {
        throw new errors/* InputError */.dz(input, 'the service connection has no username and password; edit it to add the registry credentials');
    }
    return { registry: registryHost(url), username, password };
}

;// CONCATENATED MODULE: ./lib/azure/inputs.js
// The task's inputs, read through one object. Every secret input that any
// command takes (the keys, their passphrases, the service connection's
// password) is read first, without task-lib's echo, and masked, whichever
// command runs and whichever inputs the pipeline set, so nothing that follows
// can print one unmasked. Commands then read what they need through the
// accessors, which remember the names asked for: the tests check those
// against task.json. Errors name the task's (camelCase) input and the fix.












/** The private key inputs; each has a passphrase input named `<key>Passphrase`. */
const KEY_INPUTS = ['signerKey', 'rootKey', 'repositoryKey', 'newRepositoryKey'];
/** Every secret input of every command. */
const SECRET_INPUTS = KEY_INPUTS.flatMap((k) => [k, `${k}Passphrase`]);
function keyInput(text, passphrase, input, passphraseInput) {
    if (!text?.trim())
        return undefined;
    return { text, input, passphraseInput, ...(passphrase ? { passphrase } : {}) };
}
function readKeyFile(path, input) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`;
        throw new errors/* InputError */.dz(input, `${path} ${why}; give the path of the key file, e.g. $(signerKey.secureFilePath) of DownloadSecureFile@1`, {
            cause: err,
        });
    }
}
class TaskInputs {
    #secrets;
    #endpoint;
    #connection;
    #used = new Set();
    constructor(secrets, endpoint) {
        this.#secrets = secrets;
        this.#endpoint = endpoint;
    }
    /** Reads and masks every secret input, and the connection's secrets, before anything else. */
    static read() {
        const secrets = new Map(SECRET_INPUTS.map((name) => [name, readSecret(() => task.getInput(name))]));
        const id = task.getInput(constants/* CONNECTION_INPUT */.E)?.trim() || undefined;
        return new TaskInputs(secrets, id ? { id, secrets: readEndpointSecrets(id) } : undefined);
    }
    /** The names of the inputs a command asked for. */
    get used() {
        return this.#used;
    }
    string(name) {
        this.#used.add(name);
        return task.getInput(name)?.trim() || undefined;
    }
    required(name, fix) {
        const value = this.string(name);
        if (value === undefined)
            throw new errors/* InputError */.dz(name, fix);
        return value;
    }
    /** A list: one item a line, commas also separate them. */
    list(name) {
        return splitList(this.string(name));
    }
    boolean(name, fallback) {
        const value = this.string(name)?.toLowerCase();
        if (value === undefined)
            return fallback;
        if (value === 'true')
            return true;
        if (value === 'false')
            return false;
        throw new errors/* InputError */.dz(name, `"${value}" is not a boolean; give true or false`);
    }
    /**
     * A filePath input's value, or undefined when it was left empty: the agent
     * fills an empty filePath input with the sources directory.
     */
    path(name) {
        this.#used.add(name);
        const value = task.getPathInput(name)?.trim();
        if (!value)
            return undefined;
        const root = task.getVariable('Build.SourcesDirectory') || task.getVariable('System.DefaultWorkingDirectory');
        if (root && (0,external_node_path_.resolve)(value) === (0,external_node_path_.resolve)(root))
            return undefined;
        return value;
    }
    /** A secret input, as read (and masked) at the start. */
    secret(name) {
        this.#used.add(name);
        return this.#secrets.get(name);
    }
    /** A private key with its passphrase; the signer key may also come from the file signerKeyFile. */
    key(name) {
        const passphraseInput = `${name}Passphrase`;
        const text = this.secret(name);
        const passphrase = this.secret(passphraseInput);
        const file = name === 'signerKey' ? this.path('signerKeyFile') : undefined;
        if (file && text?.trim()) {
            throw new errors/* InputError */.dz('signerKeyFile', 'give the signer key either as signerKey or as signerKeyFile, not both');
        }
        if (file)
            return keyInput(mask(readKeyFile(file, 'signerKeyFile')), passphrase, 'signerKeyFile', passphraseInput);
        const trimmed = text?.trim();
        if (trimmed && !trimmed.includes('\n') && !trimmed.includes('-----') && (0,external_node_fs_.existsSync)(trimmed)) {
            throw new errors/* InputError */.dz(name, name === 'signerKey'
                ? `${trimmed} is a file; give its path as signerKeyFile, or the key itself as signerKey`
                : `${trimmed} is a file; give the key itself (its PEM, or the PEM base64-encoded) from a secret variable`);
        }
        return keyInput(text, passphrase, name, passphraseInput);
    }
    requiredKey(name, fix) {
        const key = this.key(name);
        if (!key)
            throw new errors/* InputError */.dz(name, fix);
        return key;
    }
    /** The service connection's registry and credentials, if one is set. */
    connection() {
        this.#used.add(constants/* CONNECTION_INPUT */.E);
        this.#connection ??= { value: this.#endpoint ? readRegistryConnection(this.#endpoint.id, this.#endpoint.secrets) : undefined };
        return this.#connection.value;
    }
    /** What every operation that talks to a registry takes: the trust inputs and the connection's credentials. */
    connectionOptions() {
        const connection = this.connection();
        const trustServer = this.string('trustServer');
        // The core checks these again; here they fail while the inputs are read, naming the task input.
        if (trustServer)
            trustServerUrl(trustServer, 'trustServer');
        const ca = this.string('trustServerCa');
        const trustPin = this.string('trustPin');
        if (trustPin)
            parseTrustPin(trustPin, 'trustPin');
        return {
            trustServer,
            trustServerCa: ca ? pemTextOrFile(ca, 'trustServerCa') : undefined,
            trustPin,
            ...(connection ? { username: connection.username, password: connection.password } : {}),
            logger: taskLogger,
        };
    }
    /**
     * The `tags` input as `parse` reads each entry. With a service connection,
     * all must be in its registry: its credentials are sent to every registry.
     */
    references(missing, parse = parseReference) {
        const values = this.list('tags');
        if (values.length === 0)
            throw new errors/* InputError */.dz('tags', missing);
        const refs = values.map((v) => parse(v, 'tags'));
        const connection = this.connection();
        const other = connection && refs.find((r) => r.registry.toLowerCase() !== connection.registry);
        if (connection && other) {
            throw new errors/* InputError */.dz('tags', `${other.original} is in ${other.registry}, but ${constants/* CONNECTION_INPUT */.E} is for ${connection.registry}; ` +
                'its credentials are only sent there, so use a task for each registry');
        }
        return refs.map((r) => r.original);
    }
    /** The `tags` input as the one repository (`registry/repository`) the command works on. */
    repository(missing) {
        const [first, ...more] = this.references(missing, parseRepository);
        if (more.length > 0)
            throw new errors/* InputError */.dz('tags', `give one repository, not ${more.length + 1}; use a task for each`);
        return first;
    }
}

;// CONCATENATED MODULE: ./lib/azure/run.js
// The task's work: mask the secrets, then run the command task.json's
// `command` input names (sign by default). Returns the message the task
// completes with.













/** In the order of docs/commands.md and of task.json's pickList. */
const COMMANDS = {
    sign: runSign,
    inspect: runInspect,
    verify: runVerify,
    revoke: runRevoke,
    'signer-add': runSignerAdd,
    'signer-remove': runSignerRemove,
    'key-generate': runKeyGenerate,
    'rotate-key': runRotateKey,
    refresh: runRefresh,
};
function readCommand(inputs) {
    const name = inputs.string('command') ?? 'sign';
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command)
        throw new errors/* InputError */.dz('command', `unknown command "${name}"; choose one of ${Object.keys(COMMANDS).join(', ')}`);
    return command;
}
async function run() {
    const inputs = TaskInputs.read();
    const command = readCommand(inputs);
    return command(inputs, { temp: task.getVariable('Agent.TempDirectory') || (0,external_node_os_.tmpdir)() });
}


/***/ })

};
