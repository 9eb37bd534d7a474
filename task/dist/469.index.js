export const id = 469;
export const ids = [469];
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


/***/ })

};
