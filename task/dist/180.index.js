export const id = 180;
export const ids = [180];
export const modules = {

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
