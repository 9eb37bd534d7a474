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
/* harmony import */ var _trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9690);
/* harmony import */ var _trust_rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6523);
/* harmony import */ var _trust_updates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9460);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1239);
/* harmony import */ var _tuf_threshold_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9320);
/* harmony import */ var _repository_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1196);
/* harmony import */ var _no_trust_data_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3949);
/* harmony import */ var _signer_name_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1492);
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
    const releases = await repo.delegation(_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASES */ .pH);
    if (!releases?.metadata)
        return { last: false, dropped: [] };
    const remaining = new Map([...releases.keys].filter(([id]) => !keyIds.includes(id)));
    if ((0,_tuf_threshold_js__WEBPACK_IMPORTED_MODULE_5__/* .countValidSignatures */ .lk)(releases.metadata, remaining) >= releases.threshold)
        return { last: false, dropped: [] };
    return { last: true, dropped: (0,_trust_rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .lostTargets */ .tB)(releases.targets, await (0,_trust_rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .vouchedTargets */ .xJ)(repo, [role])).dropped };
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
        .filter((n) => n.startsWith(`${_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW}/`) && n !== _tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASES */ .pH && !n.slice(_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW.length + 1).includes('/'))
        .map((n) => n.slice(_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW.length + 1));
}
/** The signer's declared role, or an error naming the signers there are. */
function declaredSigner(repo, name, gun) {
    const declared = repo.targets.signed.delegation(`${_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW}/${name}`);
    if (declared)
        return declared;
    const names = signerNames(repo);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-name', `there is no signer ${JSON.stringify(name)} in ${gun}; ` + (names.length > 0 ? `its signers are ${names.join(', ')}` : 'it has no signers'));
}
async function planRemove(context, open, inputs) {
    const { name } = inputs;
    const repo = await context.read(open, { delegations: [_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASES */ .pH], acceptRekeyedDelegations: true });
    if (!repo) {
        throw await (0,_no_trust_data_js__WEBPACK_IMPORTED_MODULE_7__/* .noTrustDataError */ .k)(context, open, `${open.gun} has no trust data at ${open.trustServer}, so it has no signer ${name}`);
    }
    const declared = declaredSigner(repo, name, open.gun);
    (0,_trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_1__/* .targetsSigner */ .De)(repo, inputs.repositoryKey);
    const { last, dropped } = await releasesNeedsSigner(repo, `${_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW}/${name}`, declared.keyids);
    if (last && !inputs.force) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('force', `${releasesNote(open.gun, name, dropped)}. Confirm to remove ${name} anyway.`);
    }
    return { open, repo, keyIds: [...declared.keyids], last, dropped };
}
async function publishRemove(context, plan, inputs) {
    const { open, repo, keyIds, last, dropped } = plan;
    const { name, repositoryKey } = inputs;
    context.logger.info(`Removing signer ${name} from ${open.gun}`);
    await (0,_trust_updates_js__WEBPACK_IMPORTED_MODULE_3__/* .removeSigner */ .L6)({ ...context.publishing(open), repositorySigner: repositoryKey, name, initial: repo });
    const others = repo.targets.signed.delegations.filter((d) => d.name !== `${_tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW}/${name}` && d.name !== _tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .RELEASES */ .pH);
    const stillListed = new Set(others.flatMap((d) => d.keyids));
    const removedKeyIds = keyIds.filter((id) => !stillListed.has(id));
    const where = { reference: open.reference, gun: open.gun, trustServer: open.trustServer };
    return { ...where, removedKeyIds, releasesInvalidated: last, droppedAtNextSign: dropped };
}
async function signerRemove(options) {
    const name = (0,_signer_name_js__WEBPACK_IMPORTED_MODULE_8__/* .validateRemovableSignerName */ .HB)(options.name.trim());
    const inputs = { name, repositoryKey: options.repositoryKey.signer, force: options.force ?? false };
    return (0,_repository_context_js__WEBPACK_IMPORTED_MODULE_6__/* .openRepositories */ .zb)(options, options.references, { access: 'write' }, async (context) => {
        // Every repository is read and checked before the first publish.
        const plans = await Promise.all(context.repositories.map((open) => planRemove(context, open, inputs)));
        // What each removal does to targets/releases is said before anything is published.
        for (const p of plans)
            if (p.last)
                context.logger.warning(releasesNote(p.open.gun, name, p.dropped));
        const results = await (0,_repository_context_js__WEBPACK_IMPORTED_MODULE_6__/* .eachInTurn */ .uK)(plans, (p) => p.open.gun, (plan) => publishRemove(context, plan, inputs));
        return { name, repositories: results };
    });
}


/***/ })

};
