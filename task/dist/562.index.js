export const id = 562;
export const ids = [562,469,917,180];
export const modules = {

/***/ 8469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CERTIFICATE_SUBJECT: () => (/* binding */ CERTIFICATE_SUBJECT),
/* harmony export */   DEFAULT_CERTIFICATE_VALIDITY_MS: () => (/* binding */ DEFAULT_CERTIFICATE_VALIDITY_MS),
/* harmony export */   certificate: () => (/* binding */ certificate),
/* harmony export */   certificateValidity: () => (/* binding */ certificateValidity),
/* harmony export */   makeCertificate: () => (/* binding */ makeCertificate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2520);
/* harmony import */ var _new_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3643);
/* harmony import */ var _signer_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1492);
// A self-signed code-signing certificate for teams without a CA: a leaf over
// a signer key (or a notation key) that notation 1.3 signs with and trusts
// from a `ca` trust store. key-generate --certificate makes one over the new
// key; the certificate command makes one for a key that exists, such as
// docker's signer key.
//
// The subject carries C, ST and O because notation's `x509.subject`
// trusted identities must name all three (it refuses an identity without
// them), so a subject of O and CN alone could be trusted by no identity.
// C=XX is ISO 3166's user-assigned code: the certificate claims no country.





/** The subject's C, ST and O, before CN=<name>. */
const CERTIFICATE_SUBJECT = { country: 'XX', state: 'none', organization: 'dct-sign' };
/** One year, certificate-validity's default. */
const DEFAULT_CERTIFICATE_VALIDITY_MS = 365 * 86_400_000;
/** The certificate's PEM and subject over `key`, valid for `validityMs` from `now`; KeyError for a key notation does not sign with. */
function makeCertificate(key, name, opts) {
    const now = opts.now ?? new Date();
    const pem = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createCodeSigningCertificate */ .m$)(key, {
        commonName: name,
        ...CERTIFICATE_SUBJECT,
        keyInput: opts.keyInput,
        validityDays: opts.validityMs / 86_400_000,
        now,
    });
    const { country, state, organization } = CERTIFICATE_SUBJECT;
    const subject = `C=${country}, ST=${state}, O=${organization}, CN=${name}`;
    const notAfter = new Date(Math.floor(now.getTime() / 1000) * 1000 + Math.round(opts.validityMs));
    return { pem, subject, identity: `x509.subject: ${subject}`, store: name, notAfter };
}
/** `certificate-validity` in milliseconds: more than zero, a year unless given. */
function certificateValidity(ms) {
    if (ms === undefined)
        return DEFAULT_CERTIFICATE_VALIDITY_MS;
    // Below a second the certificate would be out of date before notation reads it.
    if (!(ms >= 1000))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('certificate-validity', 'give a validity of a second or more, e.g. 365d');
    return ms;
}
/** Writes a self-signed code-signing certificate for an existing key; nothing is written when an input is wrong. */
async function certificate(options) {
    const [key, keyInput] = options.notationKey ? [options.notationKey, 'notation-key'] : [options.signerKey, 'signer-key'];
    if (!key)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('signer-key', 'give the key to make the certificate for: signer-key (as docker keeps it) or notation-key');
    const given = options.name?.trim() || key.role;
    if (!given) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('signer-name', `${keyInput} has no role: header to name the certificate after; give NAME, e.g. ci (the file is NAME.crt)`);
    }
    const name = (0,_signer_name_js__WEBPACK_IMPORTED_MODULE_4__/* .validateSignerName */ ._F)(given);
    const validityMs = certificateValidity(options.validityMs);
    const path = options.output?.trim()
        ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(options.output.trim())
        : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(await (0,_new_file_js__WEBPACK_IMPORTED_MODULE_3__/* .existingDirectory */ .N)(options.directory), `${name}.crt`);
    const made = makeCertificate(key.signer, name, { validityMs, keyInput, ...(options.now ? { now: options.now } : {}) });
    await (0,_new_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeNew */ .q)(path, made.pem, 0o644, options.output?.trim() ? 'output' : 'signer-name');
    return { ...made, path, name, keyInput };
}


/***/ }),

/***/ 6917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MIN_PASSPHRASE_LENGTH: () => (/* binding */ MIN_PASSPHRASE_LENGTH),
/* harmony export */   keyGenerate: () => (/* binding */ keyGenerate),
/* harmony export */   writeNew: () => (/* reexport safe */ _new_file_js__WEBPACK_IMPORTED_MODULE_5__.q)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2520);
/* harmony import */ var _keys_pem_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7110);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8469);
/* harmony import */ var _new_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3643);
/* harmony import */ var _signer_add_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6180);
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
//
// With `certificate`, `<name>.crt` too: a self-signed code-signing
// certificate over the new key for notation signatures (certificate.ts).









/** notary's passphrase prompt refuses shorter new passphrases. */
const MIN_PASSPHRASE_LENGTH = 8;
/** Adds notary's `path:` header, naming the file the key is stored as (its key ID without `.key`). */
function withPathHeader(pem, keyId) {
    const block = (0,_keys_pem_js__WEBPACK_IMPORTED_MODULE_7__/* .readPem */ .J)(pem).blocks[0];
    return (0,_keys_pem_js__WEBPACK_IMPORTED_MODULE_7__/* .encodePem */ .T)(block.type, block.bytes, { ...block.headers, path: keyId });
}
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then(() => true, () => false);
}
async function keyGenerate(options) {
    const name = (0,_signer_add_js__WEBPACK_IMPORTED_MODULE_6__.validateSignerName)(options.name.trim());
    if (options.passphrase.length < MIN_PASSPHRASE_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('signer-key-passphrase', `use at least ${MIN_PASSPHRASE_LENGTH} characters to encrypt the private key`);
    }
    const validityMs = options.certificate ? (0,_certificate_js__WEBPACK_IMPORTED_MODULE_4__.certificateValidity)(options.certificate.validityMs) : undefined;
    const directory = await (0,_new_file_js__WEBPACK_IMPORTED_MODULE_5__/* .existingDirectory */ .N)(options.directory);
    const privateKeyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, `${name}.key`);
    const publicKeyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, `${name}.pub`);
    const certificatePath = validityMs === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory, `${name}.crt`);
    for (const path of [privateKeyPath, publicKeyPath, ...(certificatePath ? [certificatePath] : [])]) {
        if (await exists(path)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('signer-name', `${path} already exists; choose another name or directory (existing keys are never overwritten)`);
        }
    }
    const key = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_3__/* .generateKey */ .rh)('ecdsa');
    const privatePem = withPathHeader((0,_keys_index_js__WEBPACK_IMPORTED_MODULE_3__/* .exportEncryptedPrivateKey */ .xj)(key, options.passphrase, { role: name }), key.keyId);
    const publicKeyPem = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_3__/* .exportPublicKeyPem */ .oN)(key, { role: name });
    const made = validityMs === undefined ? undefined : (0,_certificate_js__WEBPACK_IMPORTED_MODULE_4__.makeCertificate)(key, name, { validityMs, keyInput: 'signer-name' });
    // All the files or none: a key without its certificate would have to be generated again.
    const written = [];
    try {
        for (const [path, text, mode] of [
            [privateKeyPath, privatePem, 0o600],
            [publicKeyPath, publicKeyPem, 0o644],
            ...(made && certificatePath ? [[certificatePath, made.pem, 0o644]] : []),
        ]) {
            await (0,_new_file_js__WEBPACK_IMPORTED_MODULE_5__/* .writeNew */ .q)(path, text, mode, 'signer-name');
            written.push(path);
        }
    }
    catch (err) {
        await Promise.all(written.map((path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(path).catch(() => { })));
        throw err;
    }
    return {
        ...(made && certificatePath ? { certificate: { ...made, path: certificatePath } } : {}),
        name,
        keyId: key.keyId,
        privateKeyPath,
        publicKeyPath,
        publicKeyPem,
        privateKeyBase64: Buffer.from(privatePem, 'utf8').toString('base64'),
    };
}


/***/ }),

/***/ 3643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ existingDirectory),
/* harmony export */   q: () => (/* binding */ writeNew)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
// Files a command makes for the user (keys, certificates): created only
// where nothing is, in a directory that exists, so that no key or
// certificate is ever written over another.




/** Creates a file that must not exist yet; a key is never written over another. */
async function writeNew(path, text, mode, input) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL, mode);
    }
    catch (err) {
        if (err.code === 'EEXIST') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `${path} already exists; choose another name or directory (existing keys are never overwritten)`, {
                cause: err,
            });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `cannot create ${path}: ${err.message}`, { cause: err });
    }
    try {
        await handle.writeFile(text);
        await handle.chmod(mode);
    }
    finally {
        await handle.close();
    }
}
/** `key-directory` as an existing directory; the current one unless given. */
async function existingDirectory(given) {
    const directory = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(given?.trim() || process.cwd());
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(directory).catch(() => undefined);
    if (!info?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('key-directory', `${directory} is not an existing directory`);
    return directory;
}


/***/ }),

/***/ 5562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROTATABLE_ROLES: () => (/* binding */ ROTATABLE_ROLES),
  rotateKey: () => (/* binding */ rotateKey)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/keys/index.js + 17 modules
var lib_keys = __webpack_require__(2520);
// EXTERNAL MODULE: ./lib/tuf/metadata.js
var metadata = __webpack_require__(5758);
// EXTERNAL MODULE: ./lib/tuf/role.js
var tuf_role = __webpack_require__(1239);
// EXTERNAL MODULE: ./lib/tuf/root.js
var tuf_root = __webpack_require__(7567);
// EXTERNAL MODULE: ./lib/tuf/threshold.js
var threshold = __webpack_require__(9320);
// EXTERNAL MODULE: ./lib/tuf/time.js
var time = __webpack_require__(4106);
// EXTERNAL MODULE: ./lib/trust/changes.js
var changes = __webpack_require__(2543);
// EXTERNAL MODULE: ./lib/trust/publisher.js
var publisher = __webpack_require__(7554);
// EXTERNAL MODULE: ./lib/trust/repository-admin.js
var repository_admin = __webpack_require__(9690);
// EXTERNAL MODULE: ./lib/trust/rekeyed-roles.js
var rekeyed_roles = __webpack_require__(6523);
// EXTERNAL MODULE: ./lib/trust/signable-roles.js
var signable_roles = __webpack_require__(7629);
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
// The root key is replaced as notary's `key rotate GUN root` does: a new
// certificate (CN = GUN) for the new key becomes the root role's only key,
// root gets version + 1 and a new 10-year expiry, and is signed by both the
// old root key (so clients that trust the old root accept it) and the new
// one (so it is valid on its own). The old certificate stays among root's
// keys, as notary's RemoveBaseKeys keeps root certificates.
//
// A signer's key is replaced in targets/<name> and targets/releases (signed
// by the repository key) and the signer's roles are re-signed with the new
// key in the same publish: notary-server checks targets first and then each
// delegation against the new targets.












function requireTrustData(repo, gun) {
    if (!repo)
        throw new errors/* DctError */.sY('NO_TRUST_DATA', `${gun} has no trust data; there is no key to rotate`);
    return repo;
}
/** The ID under which `key` is listed among `keyids`, matching certificates by their public key. */
function listedKeyId(key, keyids, keys) {
    const mine = (0,lib_keys/* canonicalKeyId */.F2)(key);
    for (const id of keyids) {
        if (id === key.id || id === mine)
            return id;
        const listed = keys.get(id);
        if (listed && (0,lib_keys/* canonicalKeyId */.F2)(listed) === mine)
            return id;
    }
    return undefined;
}
/** The root key's signer as root lists it (its certificate's key ID), or an error saying which key is needed. */
function rootSigner(repo, rootKey) {
    const root = repo.root.signed;
    const id = (0,signable_roles/* keyIdFor */.kR)(rootKey, root.roles.root.keyids, root.keys);
    if (!id) {
        throw new errors/* DctError */.sY('NOT_SIGNER', `the root key ${rootKey.keyId.slice(0, 12)} is not the root key of ${repo.gun}; use the key created when ` +
            'the repository was initialized (~/.docker/trust/private, role: root)');
    }
    return (0,signable_roles/* signingAs */.ue)(rootKey, id);
}
/**
 * Root with `role`'s keys replaced by `key`, threshold 1. Keys no role lists
 * any more are dropped, except root keys, as notary's RemoveBaseKeys does.
 */
function withBaseRoleKey(root, role, key) {
    const roles = { ...root.roles, [role]: new tuf_role/* RootRole */.PJ({ keyids: [key.id], threshold: 1 }) };
    const used = new Set(tuf_role/* BASE_ROLES */.k.flatMap((r) => roles[r].keyids));
    const rootKeys = new Set(root.roles.root.keyids);
    const keys = new Map([...root.keys].filter(([id]) => used.has(id) || rootKeys.has(id)));
    keys.set(key.id, key);
    return new tuf_root/* Root */.b({ version: root.version, expires: root.expires, keys, roles, consistentSnapshot: root.consistentSnapshot });
}
/** Signs root as notary's SignRoot does: version + 1 and a new 10-year expiry. */
async function signRoot(root, signers, now, version) {
    const next = new tuf_root/* Root */.b({
        version,
        expires: (0,time/* expiryFrom */.KN)(now, repository_admin/* ROOT_EXPIRY */.Zk),
        keys: root.keys,
        roles: root.roles,
        consistentSnapshot: root.consistentSnapshot,
    });
    const signed = await metadata/* Metadata */.O.sign(next, signers);
    return { role: tuf_role/* ROOT */.Dl, bytes: signed.bytes };
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
    const first = options.initial === undefined ? await (0,publisher/* readRepository */.Nu)({ ...options, delegations: [] }) : options.initial;
    rootSigner(requireTrustData(first, gun), options.rootKey);
    const newKey = await server.rotateKey(gun, role);
    return (0,publisher/* publishChange */.YD)({ ...options, initial: first, delegations: [] }, async (maybeRepo, now) => {
        const repo = requireTrustData(maybeRepo, gun);
        const root = repo.root.signed;
        const previousKeyIds = root.roles[role].keyids.filter((id) => id !== newKey.id);
        const result = { role, keyId: newKey.id, previousKeyIds, resigned: [tuf_role/* ROOT */.Dl] };
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
    return (0,publisher/* publishChange */.YD)({ ...options, delegations: [] }, async (maybeRepo, now) => {
        const repo = requireTrustData(maybeRepo, gun);
        const root = repo.root.signed;
        const previousKeyIds = root.roles.targets.keyids.filter((id) => id !== newKey.id);
        const result = { role: tuf_role/* TARGETS */.dW, keyId: newKey.id, previousKeyIds, resigned: [tuf_role/* ROOT */.Dl, tuf_role/* TARGETS */.dW] };
        if (onlyKey(root, tuf_role/* TARGETS */.dW, newKey))
            return { files: [], result: { ...result, resigned: [] } };
        const signer = rootSigner(repo, options.rootKey);
        const rootFile = await signRoot(withBaseRoleKey(root, tuf_role/* TARGETS */.dW, newKey), [signer], now, root.version + 1);
        const current = repo.targets.signed;
        const targetsFile = await (0,repository_admin/* signTargets */.I6)(current, newTargetsKey, now, current.version + 1);
        return { files: [rootFile, targetsFile], result };
    });
}
/**
 * Root with the root role's keys replaced by `cert`, threshold 1. Every
 * other key stays, the old root certificates included.
 */
function withRootCertificate(root, cert) {
    const roles = { ...root.roles, [tuf_role/* ROOT */.Dl]: new tuf_role/* RootRole */.PJ({ keyids: [cert.id], threshold: 1 }) };
    const keys = new Map(root.keys);
    keys.set(cert.id, cert);
    return new tuf_root/* Root */.b({ version: root.version, expires: root.expires, keys, roles, consistentSnapshot: root.consistentSnapshot });
}
/** Replaces the root key: root, signed by the old and the new root key, in one publish. */
function rotateRootKey(options) {
    const { gun, newRoot, pin } = options;
    // A re-read after a publish of unknown outcome may find the new root in
    // place, which a pin to the old root would refuse. The new certificate is
    // ours alone (just made, for a key we hold), so it may pass the pin too.
    const pinned = pin ? { pin: { keyIds: [...pin.keyIds, newRoot.publicKey.id] } } : {};
    return (0,publisher/* publishChange */.YD)({ ...options, ...pinned, delegations: [] }, async (maybeRepo, now) => {
        const repo = requireTrustData(maybeRepo, gun);
        const root = repo.root.signed;
        const oldSigner = rootSigner(repo, options.rootKey);
        const threshold = root.roles.root.threshold;
        if (threshold > 1) {
            // One old key cannot carry trust over: clients would refuse the new root.
            throw new errors/* DctError */.sY('NOT_SIGNER', `the root of ${gun} needs ${threshold} root key signatures; one root key cannot sign its successor`);
        }
        const previousKeyIds = root.roles.root.keyids.filter((id) => id !== newRoot.publicKey.id);
        const file = await signRoot(withRootCertificate(root, newRoot.publicKey), [oldSigner, newRoot.signer], now, root.version + 1);
        return { files: [file], result: { role: tuf_role/* ROOT */.Dl, keyId: newRoot.publicKey.id, previousKeyIds, resigned: [tuf_role/* ROOT */.Dl] } };
    });
}
/** The key IDs of targets/<name> that `oldKeys` name, or an error naming the one that is not there. */
function oldKeyIdsOf(targets, name, oldKeys, gun) {
    const own = targets.delegation(`${tuf_role/* TARGETS */.dW}/${name}`);
    if (!own)
        throw new errors/* DctError */.sY('INPUT', `there is no signer ${JSON.stringify(name)} in ${gun}`);
    if (!oldKeys)
        return [...own.keyids];
    return oldKeys.map((key) => {
        const id = typeof key === 'string'
            ? own.keyids.find((listed) => {
                const k = targets.delegationKeys.get(listed);
                return listed === key || (k !== undefined && (0,lib_keys/* canonicalKeyId */.F2)(k) === key);
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
    const [releases, own] = [tuf_role/* RELEASES */.pH, `${tuf_role/* TARGETS */.dW}/${name}`];
    const old = new Set(oldIds);
    const sharedElsewhere = new Set(targets.delegations.filter((d) => d.name !== own && d.name !== releases).flatMap((d) => d.keyids));
    const replace = (keyids, keep) => {
        const kept = keyids.filter((id) => !old.has(id) || keep(id));
        return kept.includes(newKey.id) ? kept : [...kept, newKey.id];
    };
    const roles = new Set((0,repository_admin/* signerRoles */.CK)(name));
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
async function rotateSignerKey(options) {
    const { gun, name, newKey } = options;
    const roles = (0,repository_admin/* signerRoles */.CK)(name);
    const own = `${tuf_role/* TARGETS */.dW}/${name}`;
    let rebuilt = [];
    const published = await (0,publisher/* publishChange */.YD)({ ...options, delegations: roles, acceptRekeyedDelegations: true }, async (maybeRepo, now) => {
        const repo = requireTrustData(maybeRepo, gun);
        const repoSigner = (0,repository_admin/* targetsSigner */.De)(repo, options.repositoryKey);
        const current = repo.targets.signed;
        const oldIds = oldKeyIdsOf(current, name, options.oldKeys, gun).filter((id) => id !== newKey.publicKey.id);
        const result = { role: own, keyId: newKey.publicKey.id, previousKeyIds: oldIds };
        const ownRole = current.delegation(own);
        if (oldIds.length === 0 && ownRole.keyids.includes(newKey.publicKey.id)) {
            return { files: [], result: { ...result, resigned: [] } };
        }
        const next = withSignerKeyReplaced(current, name, oldIds, newKey.publicKey);
        const files = [await (0,repository_admin/* signTargets */.I6)(next, repoSigner, now, current.version + 1)];
        const resigned = [tuf_role/* TARGETS */.dW];
        rebuilt = [];
        for (const role of roles) {
            const loaded = await repo.delegation(role);
            const declared = next.delegation(role);
            // A role a removed signer's key kept valid is rebuilt from the remaining signers' roles.
            const fromServed = await (0,rekeyed_roles/* rebuiltIfRekeyed */.It)(repo, role);
            const signed = fromServed?.current ?? loaded?.metadata?.signed;
            if (!signed || !declared)
                continue;
            const stillValid = !fromServed && (0,threshold/* countValidSignatures */.lk)(loaded.metadata, next.delegationKeysOf(declared)) >= declared.threshold;
            if (role !== own && stillValid)
                continue;
            if (declared.threshold > 1) {
                throw new errors/* DctError */.sY('NOT_SIGNER', `${role} of ${gun} needs ${declared.threshold} signatures; the new key alone cannot re-sign it`);
            }
            const meta = await metadata/* Metadata */.O.sign(signed.with({ version: signed.version + 1, expires: (0,time/* expiryFrom */.KN)(now, changes/* TARGETS_EXPIRY */.Xh) }), [
                newKey,
            ]);
            files.push({ role, bytes: meta.bytes });
            resigned.push(role);
            if (fromServed)
                rebuilt.push(fromServed);
        }
        return { files, result: { ...result, resigned } };
    });
    (0,rekeyed_roles/* warnRebuilt */.eC)(options.logger, gun, rebuilt);
    return published;
}

// EXTERNAL MODULE: ./lib/operations/key-inputs.js
var key_inputs = __webpack_require__(5935);
// EXTERNAL MODULE: ./lib/operations/key-generate.js
var key_generate = __webpack_require__(6917);
// EXTERNAL MODULE: ./lib/operations/repository-context.js + 6 modules
var repository_context = __webpack_require__(1196);
// EXTERNAL MODULE: ./lib/operations/signer-add.js
var signer_add = __webpack_require__(6180);
;// CONCATENATED MODULE: ./lib/operations/rotate-key.js
// Rotating one of a repository's keys without a workstation:
//   snapshot, timestamp  the server makes a new key; root (root key) lists it
//   targets              a new repository key (given, or generated, written
//                        encrypted into keyDirectory before the rotation is
//                        published, and returned); root and targets re-signed
//   signer               a signer's new key replaces its old one in
//                        targets/<name> and targets/releases (repository
//                        key); the signer's roles are re-signed with it
//   root                 a new root key (given, or generated and written as
//                        for targets) in a new certificate; root is signed
//                        by the old root key and the new one
// Clients that trust the old root accept the new one: the old root key
// signs it (for root, alongside the new key).










const ROTATABLE_ROLES = ['snapshot', 'timestamp', 'targets', 'signer', 'root'];
function required(key, input, role) {
    if (!key)
        throw new errors/* InputError */.dz(input, `rotating the ${role} key needs this key`);
    return (0,key_inputs.loadKeyInput)(key);
}
/** The signer's old key: a key ID, or a PEM public key or certificate. */
function oldKeyOf(text) {
    const value = text?.trim();
    if (!value)
        return undefined;
    if (/^[0-9a-fA-F]{64}$/.test(value))
        return value.toLowerCase();
    return (0,lib_keys/* loadPublicKey */.fg)(value, { input: 'old-signer-key' });
}
/** The new key given, or one generated and encrypted with `passphrase`, as docker stores keys. */
function newKeyOf(given, passphrase, how) {
    if (given)
        return { key: (0,key_inputs.loadKeyInput)(given).signer };
    if ((passphrase ?? '').length < key_generate.MIN_PASSPHRASE_LENGTH) {
        throw new errors/* InputError */.dz(how.input, `give the new ${how.what}, or a passphrase of at least ${key_generate.MIN_PASSPHRASE_LENGTH} characters to encrypt the one generated`);
    }
    const key = (0,lib_keys/* generateKey */.rh)('ecdsa');
    const pem = (0,lib_keys/* exportEncryptedPrivateKey */.xj)(key, passphrase, how.headers);
    // docker names a key file by the key's own ID, for root keys too (not the certificate's).
    const keyId = key.keyId;
    return { key, generated: { keyId, pem, base64: Buffer.from(pem).toString('base64'), fileName: `${keyId}.key` } };
}
/** Checks the inputs for `role` and returns what to run, before any network call. */
function plan(options, gun) {
    const role = options.role.trim();
    if (!ROTATABLE_ROLES.includes(role)) {
        throw new errors/* InputError */.dz('key-role', `cannot rotate ${JSON.stringify(options.role)}; choose one of ${ROTATABLE_ROLES.join(', ')}`);
    }
    if (role === 'snapshot' || role === 'timestamp') {
        const rootKey = required(options.rootKey, 'root-key', role).signer;
        return { role, run: (target) => rotateServerKey({ ...target, role, rootKey }) };
    }
    if (role === 'targets') {
        const rootKey = required(options.rootKey, 'root-key', role).signer;
        const { key: newTargetsKey, generated } = newKeyOf(options.newRepositoryKey, options.newRepositoryKeyPassphrase, {
            input: 'new-repository-key-passphrase',
            what: 'repository key',
            headers: { role: 'targets', gun },
        });
        return { role, generated, run: (target) => rotateTargetsKey({ ...target, rootKey, newTargetsKey }) };
    }
    if (role === 'root') {
        const rootKey = required(options.rootKey, 'root-key', role).signer;
        const { key, generated } = newKeyOf(options.newRootKey, options.newRootKeyPassphrase, {
            input: 'new-root-key-passphrase',
            what: 'root key',
            headers: { role: 'root' },
        });
        // Made once, so that a retried publish lists the same certificate.
        const newRoot = (0,lib_keys/* createRootCertificate */.Qf)(key, gun);
        return {
            role,
            generated,
            rootCertificate: newRoot.pem,
            run: (target) => rotateRootKey({ ...target, rootKey, newRoot }),
        };
    }
    if (!options.signer)
        throw new errors/* InputError */.dz('signer-name', 'name the signer whose key to rotate');
    const name = (0,signer_add.validateSignerName)(options.signer.name.trim());
    const repositoryKey = required(options.repositoryKey, 'repository-key', 'signer').signer;
    const newKey = (0,key_inputs.loadKeyInput)(options.signer.newKey).signer;
    const old = oldKeyOf(options.signer.oldKey);
    return {
        role,
        run: (target) => rotateSignerKey({ ...target, repositoryKey, name, newKey, ...(old ? { oldKeys: [old] } : {}) }),
    };
}
/** A generated key that cannot be written would be lost: the directory must take it before anything else happens. */
async function checkKeyDirectory(directory) {
    const info = await (0,promises_.stat)(directory).catch(() => undefined);
    const writable = await (0,promises_.access)(directory, external_node_fs_.constants.W_OK).then(() => true, () => false);
    if (!info?.isDirectory() || !writable) {
        throw new errors/* InputError */.dz('key-directory', `${directory} is not a writable directory for the new key`);
    }
}
/** Writes a generated key before the rotation is published: a key that cannot be written is then never in use. */
async function keepGenerated(generated, keyDirectory, role, logger) {
    if (!generated || !keyDirectory)
        return generated;
    const path = (0,external_node_path_.join)(keyDirectory, generated.fileName);
    await (0,key_generate.writeNew)(path, generated.pem, 0o600, 'key-directory');
    logger.info(`Wrote the new ${role === 'root' ? 'root' : 'repository'} key to ${path}`);
    return { ...generated, path };
}
async function rotateKey(options) {
    const ref = options.reference;
    const gun = ref.gun;
    const p = plan(options, gun);
    const keyDirectory = p.generated && options.keyDirectory?.trim() ? (0,external_node_path_.resolve)(options.keyDirectory.trim()) : undefined;
    if (keyDirectory)
        await checkKeyDirectory(keyDirectory);
    const access = p.role === 'snapshot' || p.role === 'timestamp' ? 'admin' : 'write';
    return (0,repository_context/* openRepositories */.zb)(options, [ref], { access }, async (context) => {
        const open = context.repositories[0];
        const generated = await keepGenerated(p.generated, keyDirectory, p.role, context.logger);
        context.logger.info(`Rotating the ${p.role} key of ${gun}`);
        const published = await p.run(context.publishing(open));
        const r = published.result;
        if (!published.published)
            context.logger.info(`${gun}: the ${p.role} key was already ${r.keyId.slice(0, 12)}; nothing to publish`);
        return {
            gun,
            trustServer: open.trustServer,
            role: p.role,
            keyId: r.keyId,
            previousKeyIds: r.previousKeyIds,
            resigned: r.resigned,
            ...(generated ? { [p.role === 'root' ? 'generatedRootKey' : 'generatedRepositoryKey']: generated } : {}),
            ...(p.rootCertificate ? { rootCertificate: p.rootCertificate } : {}),
        };
    });
}


/***/ }),

/***/ 6180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_SIGNER_NAME_LENGTH: () => (/* reexport safe */ _signer_name_js__WEBPACK_IMPORTED_MODULE_1__.XY),
/* harmony export */   signerAdd: () => (/* binding */ signerAdd),
/* harmony export */   validateSignerName: () => (/* reexport safe */ _signer_name_js__WEBPACK_IMPORTED_MODULE_1__._F)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _signer_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1492);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2520);
/* harmony import */ var _trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9690);
/* harmony import */ var _trust_updates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9460);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1239);
/* harmony import */ var _repository_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1196);
/* harmony import */ var _no_trust_data_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3949);
// Adding a signer to repositories, as `docker trust signer add` does: the
// signer's public keys go into targets/<name> and targets/releases, signed
// by the repository key. A repository without trust data is initialized on
// the way when the root key is given (docker would make a new root key).
//
// Everything is checked for every repository before the first publish: the
// name, the keys, that each repository has trust data or can be created,
// and that the repository key is the one each repository trusts.









/** `signer-public-key` may hold several keys; a key that fails is named by its place among them. */
function loadSignerKeys(texts) {
    if (texts.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-public-key', "give the signer's public key (the .pub file of `docker trust key generate`)");
    }
    const keys = new Map();
    texts.forEach((text, i) => {
        const key = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadPublicKey */ .fg)(text, { input: texts.length === 1 ? 'signer-public-key' : `signer-public-key[${i}]` });
        keys.set(key.id, key);
    });
    return [...keys.values()];
}
async function planAdd(context, open, inputs) {
    const repo = await context.read(open);
    if (!repo && !inputs.rootKey) {
        throw await (0,_no_trust_data_js__WEBPACK_IMPORTED_MODULE_7__/* .noTrustDataError */ .k)(context, open, `${open.gun} has no trust data at ${open.trustServer}. Give the root-key input (with its passphrase) ` +
            'so that dct-sign initializes it, or run `docker trust signer add` once for it.');
    }
    if (repo)
        (0,_trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_3__/* .targetsSigner */ .De)(repo, inputs.repositoryKey);
    return { open, repo };
}
/** One publish: the repository created with the signer, or the signer added. */
async function publishAdd(context, plan, inputs) {
    const { open, repo } = plan;
    const { name, keys, repositoryKey } = inputs;
    const target = context.publishing(open);
    let changed = true;
    let rootKeyId;
    if (!repo) {
        context.logger.info(`Initializing trust data for ${open.gun} with signer ${name}`);
        const rootSigner = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_2__/* .createRootCertificate */ .Qf)(inputs.rootKey, open.gun).signer;
        const { pin: _pin, ...unpinned } = target;
        await (0,_trust_updates_js__WEBPACK_IMPORTED_MODULE_4__/* .initializeRepository */ .Pg)({ ...unpinned, rootSigner, repositorySigner: repositoryKey, signer: { name, keys } });
        rootKeyId = rootSigner.keyId;
    }
    else {
        context.logger.info(`Adding signer ${name} to ${open.gun}`);
        const published = await (0,_trust_updates_js__WEBPACK_IMPORTED_MODULE_4__/* .addSigner */ .UU)({ ...target, repositorySigner: repositoryKey, name, keys, initial: repo });
        changed = published.published;
        if (!changed)
            context.logger.info(`${name} already signs ${open.gun} with these keys; nothing to publish`);
    }
    return { reference: open.reference, gun: open.gun, trustServer: open.trustServer, initialized: !repo, changed, ...(rootKeyId ? { rootKeyId } : {}) };
}
async function signerAdd(options) {
    const name = (0,_signer_name_js__WEBPACK_IMPORTED_MODULE_1__/* .validateSignerName */ ._F)(options.name.trim());
    const keys = loadSignerKeys(options.signerPublicKeys);
    const inputs = { name, keys, repositoryKey: options.repositoryKey.signer, rootKey: options.rootKey?.signer };
    return (0,_repository_context_js__WEBPACK_IMPORTED_MODULE_6__/* .openRepositories */ .zb)(options, options.references, { access: 'write' }, async (context) => {
        // Every repository is read and checked before the first publish.
        const plans = await Promise.all(context.repositories.map((open) => planAdd(context, open, inputs)));
        const results = await (0,_repository_context_js__WEBPACK_IMPORTED_MODULE_6__/* .eachInTurn */ .uK)(plans, (p) => p.open.gun, (plan) => publishAdd(context, plan, inputs), (r) => r.changed);
        return { name, keyIds: keys.map((k) => k.id), repositories: results };
    });
}


/***/ })

};
