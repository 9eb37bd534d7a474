export const id = 315;
export const ids = [315];
export const modules = {

/***/ 3315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signerRemove: () => (/* binding */ signerRemove)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _trust_publisher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7554);
/* harmony import */ var _trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9690);
/* harmony import */ var _trust_updates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9460);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1239);
/* harmony import */ var _tuf_threshold_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9320);
/* harmony import */ var _key_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5935);
/* harmony import */ var _admin_context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5435);
/* harmony import */ var _signer_add_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6180);
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
    const releases = await repo.delegation(_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASES */ .pH);
    if (!releases?.metadata)
        return false;
    const remaining = new Map([...releases.keys].filter(([id]) => !keyIds.includes(id)));
    return (0,_tuf_threshold_js__WEBPACK_IMPORTED_MODULE_5__/* .countValidSignatures */ .lk)(releases.metadata, remaining) < releases.threshold;
}
function signerNames(repo) {
    return repo.targets.signed.delegations
        .map((d) => d.name)
        .filter((n) => n.startsWith(`${_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW}/`) && n !== _tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASES */ .pH && !n.slice(_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW.length + 1).includes('/'))
        .map((n) => n.slice(_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW.length + 1));
}
async function signerRemove(options) {
    const rawName = options.name.trim();
    if (rawName === 'releases') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-name', 'releases is a reserved name (the role every signer shares) and cannot be removed');
    }
    const name = (0,_signer_add_js__WEBPACK_IMPORTED_MODULE_8__.validateSignerName)(rawName);
    const role = `${_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW}/${name}`;
    const repositoryKey = (0,_key_inputs_js__WEBPACK_IMPORTED_MODULE_6__.loadKeyInput)(options.repositoryKey).signer;
    return (0,_admin_context_js__WEBPACK_IMPORTED_MODULE_7__/* .withRepositories */ .X)(options, options.references, 'write', async ({ repositories, pin, trustState, logger }) => {
        // 1. Read and check every repository before publishing anything.
        const plans = await Promise.all(repositories.map(async (target) => {
            const repo = await (0,_trust_publisher_js__WEBPACK_IMPORTED_MODULE_1__/* .readRepository */ .Nu)({
                server: target.server,
                gun: target.gun,
                delegations: [_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASES */ .pH],
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
            const last = await releasesNeedsSigner(repo, declared.keyids);
            if (last && !options.force) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('force', `${name} signed the current targets/releases of ${target.gun}; without its key the tags there no longer ` +
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
                await (0,_trust_updates_js__WEBPACK_IMPORTED_MODULE_3__/* .removeSigner */ .L6)({ server, gun, repositorySigner: repositoryKey, name, initial: repo, logger, trustState, ...(pin ? { pin } : {}) });
            }
            catch (err) {
                throw (0,_admin_context_js__WEBPACK_IMPORTED_MODULE_7__/* .afterPartialSuccess */ .R)(err, results.map((r) => r.gun));
            }
            const others = repo.targets.signed.delegations.filter((d) => d.name !== role && d.name !== _tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASES */ .pH);
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


/***/ })

};
