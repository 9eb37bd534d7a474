export const id = 917;
export const ids = [917,469,180];
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
