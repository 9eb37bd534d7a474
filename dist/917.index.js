export const id = 917;
export const ids = [917,180];
export const modules = {

/***/ 6917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MIN_PASSPHRASE_LENGTH: () => (/* binding */ MIN_PASSPHRASE_LENGTH),
/* harmony export */   keyGenerate: () => (/* binding */ keyGenerate),
/* harmony export */   writeNew: () => (/* binding */ writeNew)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4338);
/* harmony import */ var _keys_pem_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7110);
/* harmony import */ var _signer_add_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6180);
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
    const block = (0,_keys_pem_js__WEBPACK_IMPORTED_MODULE_6__/* .readPem */ .J)(pem).blocks[0];
    return (0,_keys_pem_js__WEBPACK_IMPORTED_MODULE_6__/* .encodePem */ .T)(block.type, block.bytes, { ...block.headers, path: keyId });
}
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
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).then(() => true, () => false);
}
async function keyGenerate(options) {
    const name = (0,_signer_add_js__WEBPACK_IMPORTED_MODULE_5__.validateSignerName)(options.name.trim());
    if (options.passphrase.length < MIN_PASSPHRASE_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('signer-key-passphrase', `use at least ${MIN_PASSPHRASE_LENGTH} characters to encrypt the private key`);
    }
    const directory = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.directory?.trim() || process.cwd());
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(directory).catch(() => undefined);
    if (!info?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('key-directory', `${directory} is not an existing directory`);
    const privateKeyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, `${name}.key`);
    const publicKeyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, `${name}.pub`);
    for (const path of [privateKeyPath, publicKeyPath]) {
        if (await exists(path)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('signer-name', `${path} already exists; choose another name or directory (existing keys are never overwritten)`);
        }
    }
    const key = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_4__/* .generateKey */ .rh)('ecdsa');
    const privatePem = withPathHeader((0,_keys_index_js__WEBPACK_IMPORTED_MODULE_4__/* .exportEncryptedPrivateKey */ .xj)(key, options.passphrase, { role: name }), key.keyId);
    const publicKeyPem = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_4__/* .exportPublicKeyPem */ .Xp)(key, { role: name });
    await writeNew(privateKeyPath, privatePem, 0o600, 'signer-name');
    try {
        await writeNew(publicKeyPath, publicKeyPem, 0o644, 'signer-name');
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(privateKeyPath).catch(() => { });
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


/***/ }),

/***/ 6180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_SIGNER_NAME_LENGTH: () => (/* binding */ MAX_SIGNER_NAME_LENGTH),
/* harmony export */   signerAdd: () => (/* binding */ signerAdd),
/* harmony export */   validateSignerName: () => (/* binding */ validateSignerName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4338);
/* harmony import */ var _trust_publisher_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7554);
/* harmony import */ var _trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9690);
/* harmony import */ var _trust_updates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9460);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1239);
/* harmony import */ var _key_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5935);
/* harmony import */ var _admin_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5435);
// Adding a signer to repositories, as `docker trust signer add` does: the
// signer's public keys go into targets/<name> and targets/releases, signed
// by the repository key. A repository without trust data is initialized on
// the way when the root key is given (docker would make a new root key).
//
// Everything is checked for every repository before the first publish: the
// name, the keys, that each repository has trust data or can be created,
// and that the repository key is the one each repository trusts.








/** docker's validSignerName (and key names of `docker trust key generate`). */
const SIGNER_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** notary refuses role names of 256 bytes or more, and targets/<name> is the role. */
const MAX_SIGNER_NAME_LENGTH = 255 - `${_tuf_role_js__WEBPACK_IMPORTED_MODULE_5__/* .TARGETS */ .dW}/`.length;
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
/** `signer-public-key` may hold several keys; a key that fails is named by its place among them. */
function loadSignerKeys(texts) {
    if (texts.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-public-key', "give the signer's public key (the .pub file of `docker trust key generate`)");
    }
    const keys = new Map();
    texts.forEach((text, i) => {
        const key = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPublicKey */ .fg)(text, { input: texts.length === 1 ? 'signer-public-key' : `signer-public-key[${i}]` });
        keys.set(key.id, key);
    });
    return [...keys.values()];
}
async function signerAdd(options) {
    const name = validateSignerName(options.name.trim());
    const keys = loadSignerKeys(options.signerPublicKeys);
    const repositoryKey = (0,_key_inputs_js__WEBPACK_IMPORTED_MODULE_6__.loadKeyInput)(options.repositoryKey).signer;
    const rootKey = options.rootKey ? (0,_key_inputs_js__WEBPACK_IMPORTED_MODULE_6__.loadKeyInput)(options.rootKey).signer : undefined;
    return (0,_admin_context_js__WEBPACK_IMPORTED_MODULE_7__/* .withRepositories */ .X)(options, options.references, 'write', async ({ repositories, pin, trustState, logger }) => {
        // 1. Read and check every repository before publishing anything.
        const plans = await Promise.all(repositories.map(async (target) => {
            const repo = await (0,_trust_publisher_js__WEBPACK_IMPORTED_MODULE_2__/* .readRepository */ .Nu)({ server: target.server, gun: target.gun, delegations: [], trustState, ...(pin ? { pin } : {}) });
            if (!repo && !rootKey) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NO_TRUST_DATA', `${target.gun} has no trust data at ${target.trustServer}. Give the root-key input (with its passphrase) ` +
                    'so that dct-sign initializes it, or run `docker trust signer add` once for it.');
            }
            if (repo)
                (0,_trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_3__/* .targetsSigner */ .De)(repo, repositoryKey);
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
                    await (0,_trust_updates_js__WEBPACK_IMPORTED_MODULE_4__/* .initializeRepository */ .Pg)({
                        server,
                        gun,
                        rootSigner: (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createRootCertificate */ .Qf)(rootKey, gun).signer,
                        repositorySigner: repositoryKey,
                        signer: { name, keys },
                        logger,
                        trustState,
                    });
                }
                else {
                    logger.info(`Adding signer ${name} to ${gun}`);
                    const published = await (0,_trust_updates_js__WEBPACK_IMPORTED_MODULE_4__/* .addSigner */ .UU)({
                        server,
                        gun,
                        repositorySigner: repositoryKey,
                        name,
                        keys,
                        initial: repo,
                        logger,
                        trustState,
                        ...(pin ? { pin } : {}),
                    });
                    changed = published.published;
                    if (!changed)
                        logger.info(`${name} already signs ${gun} with these keys; nothing to publish`);
                }
            }
            catch (err) {
                throw (0,_admin_context_js__WEBPACK_IMPORTED_MODULE_7__/* .afterPartialSuccess */ .R)(err, results.filter((r) => r.changed).map((r) => r.gun));
            }
            results.push({ reference: target.reference, gun, trustServer: target.trustServer, initialized: !repo, changed });
        }
        return { name, keyIds: keys.map((k) => k.id), repositories: results };
    });
}


/***/ })

};
