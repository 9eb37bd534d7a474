export const id = 315;
export const ids = [315,180];
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


/***/ }),

/***/ 3315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signerRemove: () => (/* binding */ signerRemove)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _trust_publisher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7554);
/* harmony import */ var _trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9690);
/* harmony import */ var _trust_rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6523);
/* harmony import */ var _trust_updates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9460);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1239);
/* harmony import */ var _tuf_threshold_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9320);
/* harmony import */ var _key_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5935);
/* harmony import */ var _admin_context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5435);
/* harmony import */ var _signer_add_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6180);
// Removing a signer from repositories, as `docker trust signer remove`
// does: targets/<name> goes and the signer's keys leave targets/releases,
// signed by the repository key.
//
// As docker asks before removing the signer whose signature keeps
// targets/releases valid (its tags would no longer verify until someone
// signs again), this refuses unless `force` is set. Unlike docker, a
// repository whose targets/releases was never signed is no obstacle, and
// the tags the next sign drops (those only this signer vouched for, see
// trust/rekeyed-roles.ts) are named before anything is published.










/**
 * docker's isLastSignerForReleases: would targets/releases stop verifying
 * without these keys? If so, also the tags it would drop when a remaining
 * signer re-signs it: those no other signer's own role vouches for.
 */
async function releasesNeedsSigner(repo, role, keyIds) {
    const releases = await repo.delegation(_tuf_role_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASES */ .pH);
    if (!releases?.metadata)
        return { last: false, dropped: [] };
    const remaining = new Map([...releases.keys].filter(([id]) => !keyIds.includes(id)));
    if ((0,_tuf_threshold_js__WEBPACK_IMPORTED_MODULE_6__/* .countValidSignatures */ .lk)(releases.metadata, remaining) >= releases.threshold)
        return { last: false, dropped: [] };
    return { last: true, dropped: (0,_trust_rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_3__/* .lostTargets */ .tB)(releases.targets, await (0,_trust_rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_3__/* .vouchedTargets */ .xJ)(repo, [role])).dropped };
}
/** What removing the signer does to targets/releases, said before anything is published. */
function releasesNote(gun, name, dropped) {
    return (`${gun}: targets/releases is signed with ${name}'s key only, so its tags do not verify until a remaining signer ` +
        'signs, refreshes or revokes; that re-signs it with the tags the remaining signers vouch for' +
        (dropped.length > 0 ? ` and drops those only ${name} vouched for: ${dropped.join(', ')}` : ''));
}
function signerNames(repo) {
    return repo.targets.signed.delegations
        .map((d) => d.name)
        .filter((n) => n.startsWith(`${_tuf_role_js__WEBPACK_IMPORTED_MODULE_5__/* .TARGETS */ .dW}/`) && n !== _tuf_role_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASES */ .pH && !n.slice(_tuf_role_js__WEBPACK_IMPORTED_MODULE_5__/* .TARGETS */ .dW.length + 1).includes('/'))
        .map((n) => n.slice(_tuf_role_js__WEBPACK_IMPORTED_MODULE_5__/* .TARGETS */ .dW.length + 1));
}
async function signerRemove(options) {
    const rawName = options.name.trim();
    if (rawName === 'releases') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-name', 'releases is a reserved name (the role every signer shares) and cannot be removed');
    }
    const name = (0,_signer_add_js__WEBPACK_IMPORTED_MODULE_9__.validateSignerName)(rawName);
    const role = `${_tuf_role_js__WEBPACK_IMPORTED_MODULE_5__/* .TARGETS */ .dW}/${name}`;
    const repositoryKey = (0,_key_inputs_js__WEBPACK_IMPORTED_MODULE_7__.loadKeyInput)(options.repositoryKey).signer;
    return (0,_admin_context_js__WEBPACK_IMPORTED_MODULE_8__/* .withRepositories */ .X)(options, options.references, 'write', async ({ repositories, pin, trustState, logger }) => {
        // 1. Read and check every repository before publishing anything.
        const plans = await Promise.all(repositories.map(async (target) => {
            const repo = await (0,_trust_publisher_js__WEBPACK_IMPORTED_MODULE_1__/* .readRepository */ .Nu)({
                server: target.server,
                gun: target.gun,
                delegations: [_tuf_role_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASES */ .pH],
                acceptRekeyedDelegations: true,
                trustState,
                ...(pin ? { pin } : {}),
            });
            if (!repo) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NO_TRUST_DATA', `${target.gun} has no trust data at ${target.trustServer}, so it has no signer ${name}`);
            }
            const declared = repo.targets.signed.delegation(role);
            if (!declared) {
                const names = signerNames(repo);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-name', `there is no signer ${JSON.stringify(name)} in ${target.gun}; ` +
                    (names.length > 0 ? `its signers are ${names.join(', ')}` : 'it has no signers'));
            }
            (0,_trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_2__/* .targetsSigner */ .De)(repo, repositoryKey);
            const { last, dropped } = await releasesNeedsSigner(repo, role, declared.keyids);
            if (last && !options.force) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('force', `${releasesNote(target.gun, name, dropped)}. Confirm to remove ${name} anyway.`);
            }
            return { target, repo, keyIds: [...declared.keyids], last, dropped };
        }));
        // 2. One publish per repository, each said beforehand.
        for (const p of plans)
            if (p.last)
                logger.warning(releasesNote(p.target.gun, name, p.dropped));
        const results = [];
        for (const { target, repo, keyIds, last, dropped } of plans) {
            const { gun, server } = target;
            logger.info(`Removing signer ${name} from ${gun}`);
            try {
                await (0,_trust_updates_js__WEBPACK_IMPORTED_MODULE_4__/* .removeSigner */ .L6)({ server, gun, repositorySigner: repositoryKey, name, initial: repo, logger, trustState, ...(pin ? { pin } : {}) });
            }
            catch (err) {
                throw (0,_admin_context_js__WEBPACK_IMPORTED_MODULE_8__/* .afterPartialSuccess */ .R)(err, results.map((r) => r.gun));
            }
            const others = repo.targets.signed.delegations.filter((d) => d.name !== role && d.name !== _tuf_role_js__WEBPACK_IMPORTED_MODULE_5__/* .RELEASES */ .pH);
            const stillListed = new Set(others.flatMap((d) => d.keyids));
            results.push({
                reference: target.reference,
                gun,
                trustServer: target.trustServer,
                removedKeyIds: keyIds.filter((id) => !stillListed.has(id)),
                releasesInvalidated: last,
                droppedAtNextSign: dropped,
            });
        }
        return { name, repositories: results };
    });
}


/***/ })

};
