export const id = 917;
export const ids = [917];
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


/***/ })

};
