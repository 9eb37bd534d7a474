export const id = 180;
export const ids = [180];
export const modules = {

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
