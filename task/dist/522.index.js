export const id = 522;
export const ids = [522];
export const modules = {

/***/ 8635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ readTrustTree)
/* harmony export */ });
/* unused harmony export isSkippedFailure */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _trust_publisher_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7554);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1239);
// Reading a repository's whole targets tree the way notary's client does
// (tufclient.downloadTargets): root, timestamp, snapshot and targets must
// verify, but a delegation that has expired or lacks valid signatures is
// skipped, with everything below it, and the rest of the tree is still
// used. Otherwise one signer who stopped signing three years ago (its role
// expired) would make every tag of the repository unverifiable, where
// docker still pulls and inspects. Any other failure (a hash mismatch, a
// rollback, a malformed file) fails the read, as in notary.
//
// Each level of the tree is fetched in one parallel wave; for docker's
// usual layout (targets/releases and targets/<signer>) that is one wave
// after the base roles, as with `delegations: 'all'`.



/** notary's signed.ErrExpired and signed.ErrRoleThreshold: the failures it skips a delegation for. */
function isSkippedFailure(err) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk && (err.check === 'expiry' || err.check === 'threshold');
}
/** The delegations a role declares that notary would descend into. */
function childrenOf(signed, name) {
    return signed.delegations
        .filter((d) => (0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .parentRole */ .rt)(d.name) === name && d.keyids.every((id) => signed.delegationKeys.has(id)))
        .map((d) => d.name);
}
/** Reads and verifies every reachable delegation; see the file header for what is skipped. */
async function readTrustTree(options) {
    const { logger, ...read } = options;
    const repo = await (0,_trust_publisher_js__WEBPACK_IMPORTED_MODULE_1__/* .readRepository */ .Nu)({ ...read, delegations: [] });
    if (!repo)
        return { repo: null, skipped: [] };
    const skipped = [];
    const seen = new Set();
    let level = childrenOf(repo.targets.signed, _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW);
    while (level.length > 0) {
        level = level.filter((n) => !seen.has(n));
        level.forEach((n) => seen.add(n));
        const settled = await Promise.allSettled(level.map((name) => repo.delegation(name)));
        const next = [];
        settled.forEach((outcome, i) => {
            const name = level[i];
            if (outcome.status === 'fulfilled') {
                const signed = outcome.value?.metadata?.signed;
                if (signed)
                    next.push(...childrenOf(signed, name));
                return;
            }
            if (!isSkippedFailure(outcome.reason))
                throw outcome.reason;
            skipped.push({ role: name, error: outcome.reason });
            logger?.warning(`${repo.gun}: ignoring ${name} and the roles below it, as notary does: ${outcome.reason.message}`);
        });
        level = next;
    }
    return { repo, skipped };
}


/***/ }),

/***/ 5522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   revoke: () => (/* binding */ revoke)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9758);
/* harmony import */ var _trust_changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2543);
/* harmony import */ var _trust_publisher_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7554);
/* harmony import */ var _trust_rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6523);
/* harmony import */ var _trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9690);
/* harmony import */ var _trust_signable_roles_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7629);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1239);
/* harmony import */ var _connections_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1759);
/* harmony import */ var _inspect_read_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8635);
/* harmony import */ var _trust_target_walk_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4943);
/* harmony import */ var _key_inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5935);
// The revoke operation: `docker trust revoke`. A tag is removed from every
// role the signer key can sign (docker's GetSignableRoles: direct children
// of targets that list the key and whose paths admit the tag, or targets
// itself when there are no delegations). A reference without a tag removes
// every tag docker's ListTargets(targets/releases, targets) finds, which
// docker asks to confirm; here `all` must be set.
//
// As docker, a tag must be found first (GetTargetByName(tag,
// targets/releases, targets)). Unlike docker, which reports success
// regardless, a revoke that would leave the tag released (still pulled with
// content trust, through a role the key cannot sign) is refused. Every
// check runs for every repository before the first update is published,
// then each repository gets one update.












function signerLabel(signer, name) {
    return `${name ? `signer ${name} (key ${signer.keyId.slice(0, 12)})` : `key ${signer.keyId.slice(0, 12)}`}`;
}
function signerNameOf(options, role) {
    const name = options.signerName?.trim() || role;
    if (!name || name === _tuf_role_js__WEBPACK_IMPORTED_MODULE_7__/* .TARGETS */ .dW || name === 'root')
        return undefined;
    try {
        (0,_trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_5__/* .signerRoles */ .CK)(name);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-name', err.message, { cause: err });
    }
    return name;
}
/** The roles listing `tag` among those `signer` can sign. */
async function rolesListing(repo, signer, tag) {
    const out = [];
    for (const role of (0,_trust_signable_roles_js__WEBPACK_IMPORTED_MODULE_6__/* .signableRoles */ .V4)(repo, [signer], tag)) {
        const targets = role.name === _tuf_role_js__WEBPACK_IMPORTED_MODULE_7__/* .TARGETS */ .dW ? repo.targets.signed : (await repo.delegation(role.name))?.metadata?.signed;
        if (targets?.targets.has(tag))
            out.push(role.name);
    }
    return out;
}
/** Every check docker makes, plus that the tag stops being released; throws naming the reference. */
function checkTag(repo, signer, label, reference, tag) {
    const roles = (0,_trust_signable_roles_js__WEBPACK_IMPORTED_MODULE_6__/* .signableRoles */ .V4)(repo, [signer], tag).map((r) => r.name);
    if (roles.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_SIGNER', `${reference}: ${label} may not sign ${tag} in ${repo.gun}: it is in no delegation role (targets/releases or ` +
            'targets/<name>) whose paths admit the tag; revoke with the key of a signer of the repository');
    }
    const left = (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_10__/* .getTargetByName */ .cz)(repo, tag, _trust_target_walk_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASED_ROLES */ .kN, (role) => roles.includes(role));
    if (left && (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_10__/* .isReleasedRole */ .Cj)(left.role)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_SIGNER', `${reference}: ${tag} would stay signed in ${left.role}, which ${label} may not sign; ` +
            `revoke it with a key of ${left.role} (for targets, the repository key)`);
    }
}
async function revoke(options) {
    const logger = options.logger;
    if (options.references.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tags', 'no image reference given; list registry/repository:tag references');
    }
    const refs = options.references.map((text) => {
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReference */ .F2)(text, 'tags');
        if (ref.digest !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tags', `${ref.original}: a digest reference cannot be revoked; give registry/repository:tag`);
        }
        if (ref.tag === undefined && options.all !== true) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('all', `${ref.original} names no tag: give registry/repository:tag, or confirm that every signed tag of ${ref.gun} is to be revoked`);
        }
        return ref;
    });
    const key = (0,_key_inputs_js__WEBPACK_IMPORTED_MODULE_11__.loadKeyInput)(options.signerKey);
    const signer = key.signer;
    const label = signerLabel(signer, signerNameOf(options, key.role));
    (0,_connections_js__WEBPACK_IMPORTED_MODULE_8__/* .checkCredentialInputs */ .He)(options, refs);
    const pin = (0,_connections_js__WEBPACK_IMPORTED_MODULE_8__/* .trustPinOf */ .JA)(options);
    const connections = new _connections_js__WEBPACK_IMPORTED_MODULE_8__/* .Connections */ .UQ(options, 'write');
    try {
        // 1. Read every repository and check every tag before publishing anything.
        const plans = await Promise.all([...(0,_connections_js__WEBPACK_IMPORTED_MODULE_8__/* .byRepository */ .IH)(refs).values()].map(async (group) => {
            const first = group[0];
            const { repo } = await (0,_inspect_read_js__WEBPACK_IMPORTED_MODULE_9__/* .readTrustTree */ .Z)({
                server: await connections.trustServer(first),
                gun: first.gun,
                logger,
                trustState: connections.trust,
                acceptRekeyedDelegations: true,
                ...(pin ? { pin } : {}),
            });
            if (!repo) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NO_TRUST_DATA', `${first.original}: ${first.gun} has no trust data at ${connections.trustServerUrl(first)}; nothing to revoke`);
            }
            const tags = new Map();
            for (const ref of group) {
                if (ref.tag !== undefined) {
                    if (!(0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_10__/* .getTargetByName */ .cz)(repo, ref.tag, _trust_target_walk_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASED_ROLES */ .kN)) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_FOUND', `${ref.original}: ${ref.tag} is not signed in ${ref.gun}; nothing to revoke`);
                    }
                    if (!tags.has(ref.tag))
                        tags.set(ref.tag, ref.original);
                    continue;
                }
                const all = (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_10__/* .listTargets */ .nJ)(repo, _trust_target_walk_js__WEBPACK_IMPORTED_MODULE_10__/* .RELEASED_ROLES */ .kN);
                if (all.length === 0)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_FOUND', `${ref.original}: ${ref.gun} has no signed tags to revoke`);
                for (const t of all)
                    if (!tags.has(t.name))
                        tags.set(t.name, ref.original);
            }
            for (const [tag, reference] of tags) {
                checkTag(repo, signer, label, reference, tag);
                // Loads each role to change now: one that expired or fails to verify fails here, before any publish.
                await rolesListing(repo, signer, tag);
            }
            return { ref: first, repo, tags };
        }));
        // 2. One update per repository.
        const revoked = [];
        for (const plan of plans) {
            const { ref, tags } = plan;
            const names = [...tags.keys()];
            logger?.info(`Revoking ${names.join(', ')} in ${ref.gun}`);
            const published = await (0,_trust_publisher_js__WEBPACK_IMPORTED_MODULE_3__/* .publishChange */ .YD)({
                server: await connections.trustServer(ref),
                gun: ref.gun,
                delegations: [],
                initial: plan.repo,
                trustState: connections.trust,
                acceptRekeyedDelegations: true,
                ...(pin ? { pin } : {}),
                ...(logger ? { logger } : {}),
            }, async (current, now) => {
                if (!current)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NO_TRUST_DATA', `${ref.gun} lost its trust data while revoking`);
                const removed = new Map();
                for (const name of names)
                    removed.set(name, await rolesListing(current, signer, name));
                const change = await (0,_trust_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .removeTargets */ .rV)(current, [signer], names, now);
                return { files: change.files, result: { removed, rebuilt: change.rebuilt } };
            });
            (0,_trust_rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_4__/* .warnRebuilt */ .eC)(logger, ref.gun, published.result.rebuilt);
            for (const [tag, reference] of tags) {
                revoked.push({ reference, tag, gun: ref.gun, roles: published.result.removed.get(tag) ?? [] });
            }
        }
        // In the order the references were given.
        const order = new Map(refs.map((r, i) => [r.original, i]));
        revoked.sort((a, b) => order.get(a.reference) - order.get(b.reference));
        return await connections.trust.saveWith({ revoked, signerKeyId: signer.keyId });
    }
    finally {
        await connections.close();
    }
}


/***/ }),

/***/ 2543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xh: () => (/* binding */ TARGETS_EXPIRY),
/* harmony export */   qT: () => (/* binding */ addTargets),
/* harmony export */   rV: () => (/* binding */ removeTargets)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7923);
/* harmony import */ var _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5758);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1239);
/* harmony import */ var _tuf_targets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7837);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4106);
/* harmony import */ var _rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6523);
/* harmony import */ var _signable_roles_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7629);
// Changes to a verified repository, each turned into the signed files to
// upload. Pure apart from signing: a change can be re-applied to fresh trust
// data when a concurrent publish wins the race.








/** notary.NotaryTargetsExpiry, for targets and delegations alike. */
const TARGETS_EXPIRY = 3 * _tuf_time_js__WEBPACK_IMPORTED_MODULE_5__/* .YEAR */ .UX;
/**
 * The current content of a targets role (an empty one when not yet
 * published; rebuilt when its parent re-keyed it), and whether its file has
 * expired and so needs re-signing.
 */
async function currentTargets(repo, role, now) {
    if (role === _tuf_role_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGETS */ .dW)
        return { current: repo.targets.signed, expired: false };
    const loaded = await repo.delegation(role);
    if (loaded?.rekeyed) {
        const rebuilt = await (0,_rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_6__/* .rebuiltRole */ .w$)(repo, { ...loaded, rekeyed: loaded.rekeyed });
        return { current: rebuilt.current, expired: true, rebuilt };
    }
    return {
        current: loaded?.metadata?.signed ?? _tuf_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .Targets */ .H.empty({ version: 0, expires: now }),
        expired: loaded?.expired ?? false,
    };
}
/** Applies the edit to each role's names and signs each role that changed, bumping version and expiry. */
async function editRoles(repo, edits, edit, now) {
    const files = [];
    const rebuilt = [];
    for (const [role, { signer, names }] of edits) {
        const { current, expired, rebuilt: fromServed } = await currentTargets(repo, role, now);
        if (fromServed)
            rebuilt.push(fromServed);
        const targets = current.targets.edit();
        let changed = expired;
        for (const name of names)
            changed = edit(targets, name) || changed;
        if (!changed)
            continue;
        const next = current.with({ targets: targets.table(), version: current.version + 1, expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_5__/* .expiryFrom */ .KN)(now, TARGETS_EXPIRY) });
        const signed = await _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .Metadata */ .O.sign(next, [signer]);
        files.push({ role, bytes: signed.bytes });
    }
    return { files, rebuilt };
}
function notSignerError(repo, signers, target) {
    const ids = signers.map((s) => s.keyId.slice(0, 12)).join(', ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_SIGNER', `key ${ids} may not sign ${target} in ${repo.gun}: it is in no delegation role (targets/releases or ` +
        'targets/<name>) whose paths admit the tag. Add it once with `docker trust signer add` or dct-sign signer-add.');
}
function plan(repo, signers, names, only) {
    const edits = new Map();
    const roles = new Map();
    const signableFor = (0,_signable_roles_js__WEBPACK_IMPORTED_MODULE_7__/* .signableRolesOf */ .CQ)(repo, signers);
    for (const name of names) {
        const signable = signableFor(name).filter((r) => !only || only.includes(r.name));
        if (signable.length === 0)
            throw notSignerError(repo, signers, name);
        roles.set(name, signable.map((r) => r.name));
        for (const role of signable) {
            const entry = edits.get(role.name) ?? { signer: role.signer, names: [] };
            entry.names.push(name);
            edits.set(role.name, entry);
        }
    }
    return { edits, roles };
}
/** Adds or replaces targets in every role the signers can sign (of `only`, when given). */
async function addTargets(repo, signers, specs, now, only) {
    // One FileMeta per tag, shared by every role it goes into.
    const metas = new Map(specs.map((s) => [s.name, { spec: s, meta: new _tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .FileMeta */ .o({ length: s.length, hashes: { sha256: Buffer.from(s.sha256, 'hex') } }) }]));
    const { edits, roles } = plan(repo, signers, [...metas.keys()], only);
    const add = (targets, name) => {
        const { spec, meta } = metas.get(name);
        const old = targets.get(name);
        if (old && old.length === meta.length && old.sha256Hex === spec.sha256 && Object.keys(old.hashes).length === 1) {
            return false;
        }
        targets.set(name, meta);
        return true;
    };
    return { ...(await editRoles(repo, edits, add, now)), roles };
}
/** Removes targets from every role the signers can sign, as `docker trust revoke` does. */
async function removeTargets(repo, signers, names, now) {
    const { edits, roles } = plan(repo, signers, names);
    return { ...(await editRoles(repo, edits, (targets, name) => targets.delete(name), now)), roles };
}


/***/ }),

/***/ 6523:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ rebuiltIfRekeyed),
/* harmony export */   eC: () => (/* binding */ warnRebuilt),
/* harmony export */   tB: () => (/* binding */ lostTargets),
/* harmony export */   w$: () => (/* binding */ rebuiltRole),
/* harmony export */   xJ: () => (/* binding */ vouchedTargets)
/* harmony export */ });
/* unused harmony export rebuiltWarnings */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1239);
/* harmony import */ var _tuf_targets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7837);
// Re-signing a delegation its parent re-keyed (see tuf/rekeyed-role.ts):
// after `signer-remove --force ci`, targets/releases was signed by ci and no
// longer verifies. A remaining signer re-signs it, never trusting the old
// file's content: the new content is what a remaining signer's own role
// (docker's targets/<name>) still vouches for, at a version above the one
// served. Tags only the removed signer vouched for drop, and are named.



/** The failures a role is left out for, as notary leaves it out: it vouches for nothing. */
function isUnverified(err) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk && (err.check === 'threshold' || err.check === 'expiry');
}
/**
 * The targets the signers' own roles vouch for: direct children of targets
 * other than targets/releases and `excluded`, that verify and have not
 * expired. The first role in delegation order wins a name, as in notary's walk.
 */
async function vouchedTargets(repo, excluded = []) {
    const names = repo.targets.signed.delegations
        .map((d) => d.name)
        .filter((n) => (0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .parentRole */ .rt)(n) === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW && n !== _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH && !excluded.includes(n));
    const loaded = await Promise.all(names.map((n) => repo.delegation(n).catch((err) => (isUnverified(err) ? undefined : Promise.reject(err)))));
    const vouched = new Map();
    for (const role of loaded) {
        if (!role?.metadata || role.expired)
            continue;
        for (const [name, meta] of role.targets)
            if (!vouched.has(name))
                vouched.set(name, meta);
    }
    return vouched;
}
function sameTarget(a, b) {
    return a.length === b.length && a.sha256Hex !== undefined && a.sha256Hex === b.sha256Hex;
}
/** Tags of `served` that `next` drops, and those it keeps with another digest. */
function lostTargets(served, next) {
    const dropped = [];
    const changed = [];
    for (const [name, meta] of served) {
        const kept = next.get(name);
        if (!kept)
            dropped.push(name);
        else if (!sameTarget(kept, meta))
            changed.push(name);
    }
    return { dropped: dropped.sort(), changed: changed.sort() };
}
/** A re-keyed role rebuilt from the remaining signers' own roles. */
async function rebuiltRole(repo, role) {
    const served = role.rekeyed.signed;
    const vouched = await vouchedTargets(repo, [role.name]);
    const targets = new Map([...vouched].filter(([name]) => (0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .pathAllowed */ .EG)(name, role.paths)));
    const current = _tuf_targets_js__WEBPACK_IMPORTED_MODULE_2__/* .Targets */ .H.empty({ version: served.version, expires: served.expires }).with({ targets });
    return { role: role.name, current, ...lostTargets(served.targets, targets) };
}
/** The rebuilt content of `name` when its parent re-keyed it; undefined for a role that verifies. */
async function rebuiltIfRekeyed(repo, name) {
    const role = await repo.delegation(name);
    return role?.rekeyed ? rebuiltRole(repo, { ...role, rekeyed: role.rekeyed }) : undefined;
}
/** What a re-sign of re-keyed roles tells the user: which tags dropped or changed digest. */
function rebuiltWarnings(gun, rebuilt) {
    const out = [];
    for (const r of rebuilt) {
        let text = `${gun}: ${r.role} no longer verified since a signer was removed; re-signed with the tags the remaining signers vouch for`;
        if (r.dropped.length > 0)
            text += `. Dropped, as only a removed signer vouched for them: ${r.dropped.join(', ')}`;
        if (r.changed.length > 0)
            text += `. Now at the digest a remaining signer signed: ${r.changed.join(', ')}`;
        out.push(text);
    }
    return out;
}
/** Logs rebuiltWarnings. */
function warnRebuilt(logger, gun, rebuilt) {
    for (const w of rebuiltWarnings(gun, rebuilt))
        logger?.warning(w);
}


/***/ }),

/***/ 9690:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ withoutSigner),
/* harmony export */   CK: () => (/* binding */ signerRoles),
/* harmony export */   De: () => (/* binding */ targetsSigner),
/* harmony export */   I6: () => (/* binding */ signTargets),
/* harmony export */   Zk: () => (/* binding */ ROOT_EXPIRY),
/* harmony export */   cY: () => (/* binding */ initialFiles),
/* harmony export */   jg: () => (/* binding */ withSigner)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5758);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1239);
/* harmony import */ var _tuf_root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7567);
/* harmony import */ var _tuf_targets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7837);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4106);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2543);
/* harmony import */ var _signable_roles_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7629);
// Administrative changes: creating a repository's trust data and managing
// its signers, with docker's semantics (`docker trust signer add/remove`).








/** docker's rule for signer names. */
const SIGNER_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** notary.NotaryRootExpiry. */
const ROOT_EXPIRY = 10 * _tuf_time_js__WEBPACK_IMPORTED_MODULE_5__/* .YEAR */ .UX;
/** The roles docker adds a signer to: targets/<name> and targets/releases. */
function signerRoles(name) {
    const own = `${_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW}/${name}`;
    if (!SIGNER_NAME.test(name) || !(0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .isDelegationName */ .mm)(own)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('INPUT', `signer name ${JSON.stringify(name)} is not valid: start with a lowercase letter or digit, then use ` +
            "lowercase letters, digits, '-' and '_' only");
    }
    return own === _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASES */ .pH ? [_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASES */ .pH] : [_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASES */ .pH, own];
}
/** Adds `keys` to each role (creating it with threshold 1 and paths [""]). */
function withSigner(targets, name, keys) {
    const delegationKeys = new Map(targets.delegationKeys);
    for (const key of keys)
        delegationKeys.set(key.id, key);
    const ids = [...new Set(keys.map((k) => k.id))];
    const delegations = [...targets.delegations];
    for (const role of signerRoles(name)) {
        const i = delegations.findIndex((d) => d.name === role);
        if (i < 0) {
            delegations.push(new _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .DelegatedRole */ .iP({ name: role, keyids: ids, threshold: 1, paths: [''] }));
        }
        else {
            const d = delegations[i];
            const keyids = [...d.keyids, ...ids.filter((id) => !d.keyids.includes(id))];
            const paths = d.paths.includes('') ? d.paths : [...d.paths, ''];
            delegations[i] = d.with({ keyids, paths });
        }
    }
    return targets.with({ delegationKeys, delegations });
}
/**
 * Removes signer `name`: its own role goes, and its keys leave
 * targets/releases. Keys no role lists any more are dropped.
 */
function withoutSigner(targets, name) {
    const own = `${_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW}/${name}`;
    if (own === _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASES */ .pH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('INPUT', '"releases" is reserved and cannot be removed; remove the signers in it by name');
    }
    signerRoles(name);
    const role = targets.delegation(own);
    if (!role)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('INPUT', `there is no signer ${JSON.stringify(name)} (no role ${own})`);
    const gone = new Set(role.keyids);
    const delegations = targets.delegations
        .filter((d) => d.name !== own)
        .map((d) => (d.name === _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASES */ .pH ? d.with({ keyids: d.keyids.filter((id) => !gone.has(id)) }) : d));
    const used = new Set(delegations.flatMap((d) => d.keyids));
    const delegationKeys = new Map([...targets.delegationKeys].filter(([id]) => used.has(id)));
    return targets.with({ delegationKeys, delegations });
}
/** The repository key's signer as root lists it, or an error saying what key is needed. */
function targetsSigner(repo, repositoryKey) {
    const id = (0,_signable_roles_js__WEBPACK_IMPORTED_MODULE_7__/* .keyIdFor */ .kR)(repositoryKey, repo.root.signed.roles.targets.keyids, repo.root.signed.keys);
    if (!id) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_SIGNER', `the repository key ${repositoryKey.keyId.slice(0, 12)} is not the targets key of ${repo.gun}; ` +
            'use the key `docker trust signer add` created for this repository (~/.docker/trust/private, role: targets)');
    }
    return (0,_signable_roles_js__WEBPACK_IMPORTED_MODULE_7__/* .signingAs */ .ue)(repositoryKey, id);
}
/** Re-signs `targets` with the repository key, bumping version and expiry. */
async function signTargets(next, signer, now, version) {
    const signed = await _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .Metadata */ .O.sign(next.with({ version, expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_5__/* .expiryFrom */ .KN)(now, _changes_js__WEBPACK_IMPORTED_MODULE_6__/* .TARGETS_EXPIRY */ .Xh) }), [signer]);
    return { role: _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW, bytes: signed.bytes };
}
/**
 * The files that create a repository: root (signed by the root key) and
 * targets (signed by the repository key). Snapshot and timestamp keys are
 * the server's, so the server writes those two roles.
 */
async function initialFiles(options) {
    const { server, gun, rootSigner, targetsSigner: repoSigner, now } = options;
    // One after the other: notary-server's local signing service (trust_service
    // "local") creates keys in a map without a lock, and two concurrent key
    // requests crash the whole server ("concurrent map writes").
    const timestampKey = await server.getKey(gun, _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TIMESTAMP */ .ht);
    const snapshotKey = await server.getKey(gun, _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .SNAPSHOT */ .xO);
    const rootKey = rootSigner.publicKey;
    const targetsKey = repoSigner.publicKey;
    const keys = new Map([
        [rootKey.id, rootKey],
        [targetsKey.id, targetsKey],
        [snapshotKey.id, snapshotKey],
        [timestampKey.id, timestampKey],
    ]);
    const role = (key) => new _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .RootRole */ .PJ({ keyids: [key.id], threshold: 1 });
    const root = new _tuf_root_js__WEBPACK_IMPORTED_MODULE_3__/* .Root */ .b({
        version: 1,
        expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_5__/* .expiryFrom */ .KN)(now, ROOT_EXPIRY),
        keys,
        roles: { [_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .ROOT */ .Dl]: role(rootKey), [_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW]: role(targetsKey), [_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .SNAPSHOT */ .xO]: role(snapshotKey), [_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TIMESTAMP */ .ht]: role(timestampKey) },
        consistentSnapshot: false,
    });
    let targets = _tuf_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .Targets */ .H.empty({ version: 1, expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_5__/* .expiryFrom */ .KN)(now, _changes_js__WEBPACK_IMPORTED_MODULE_6__/* .TARGETS_EXPIRY */ .Xh) });
    if (options.signer)
        targets = withSigner(targets, options.signer.name, options.signer.keys);
    const [rootMeta, targetsMeta] = await Promise.all([
        _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .Metadata */ .O.sign(root, [(0,_signable_roles_js__WEBPACK_IMPORTED_MODULE_7__/* .signingAs */ .ue)(rootSigner, rootKey.id)]),
        _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .Metadata */ .O.sign(targets, [(0,_signable_roles_js__WEBPACK_IMPORTED_MODULE_7__/* .signingAs */ .ue)(repoSigner, targetsKey.id)]),
    ]);
    return [
        { role: _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .ROOT */ .Dl, bytes: rootMeta.bytes },
        { role: _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW, bytes: targetsMeta.bytes },
    ];
}


/***/ }),

/***/ 7629:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ signableRolesOf),
/* harmony export */   V4: () => (/* binding */ signableRoles),
/* harmony export */   _D: () => (/* binding */ checkSignerName),
/* harmony export */   c$: () => (/* binding */ signerNamesOf),
/* harmony export */   kR: () => (/* binding */ keyIdFor),
/* harmony export */   ue: () => (/* binding */ signingAs)
/* harmony export */ });
/* unused harmony export isSignerOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4338);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1239);
// Which roles a signer may write a target into: docker's rule. With no
// delegations, the top-level `targets` role (if the caller holds its key);
// otherwise every direct child of `targets` that lists the key and whose
// paths admit the target. `targets/releases` is one of those children.



/**
 * The key ID under which `signer` appears among `keyids`, matching x509 keys
 * by their canonical (public key) ID as notary does.
 */
function keyIdFor(signer, keyids, keys) {
    const mine = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalKeyId */ .F2)(signer.publicKey);
    for (const id of keyids) {
        if (id === signer.keyId || id === mine)
            return id;
        const key = keys.get(id);
        if (key && (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalKeyId */ .F2)(key) === mine)
            return id;
    }
    return undefined;
}
/** The signer as it must sign under another key ID (an x509 delegation key). */
function signingAs(signer, keyId) {
    if (keyId === signer.keyId)
        return signer;
    return {
        publicKey: signer.publicKey,
        keyId,
        method: signer.method,
        sign: (data) => signer.sign(data),
    };
}
/** Roles `signers` can sign a target named `target` into, docker's way. */
function signableRoles(repo, signers, target) {
    return signableRolesOf(repo, signers)(target);
}
/**
 * signableRoles for many targets: the keys are matched once, and only the
 * paths are checked per target (9,400 tags would otherwise match every key
 * 9,400 times).
 */
function signableRolesOf(repo, signers) {
    const targets = repo.targets.signed;
    if (targets.delegations.length === 0) {
        const rootTargets = repo.root.signed.roles.targets.keyids;
        for (const signer of signers) {
            const id = keyIdFor(signer, rootTargets, repo.root.signed.keys);
            if (id) {
                const role = { name: _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW, signer: signingAs(signer, id) };
                return () => [role];
            }
        }
        return () => [];
    }
    const candidates = [];
    for (const role of targets.delegations) {
        // docker signs only direct children of targets, and only where paths allow.
        if ((0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .parentRole */ .rt)(role.name) !== _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW)
            continue;
        for (const signer of signers) {
            const id = keyIdFor(signer, role.keyids, targets.delegationKeys);
            if (id) {
                candidates.push({ name: role.name, signer: signingAs(signer, id), paths: role.paths });
                break;
            }
        }
    }
    return (target) => candidates.filter((c) => (0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .pathAllowed */ .EG)(target, c.paths)).map(({ name, signer }) => ({ name, signer }));
}
/** The delegation a signer name stands for: targets/<name> (targets/releases for `releases`). */
function signerDelegation(name) {
    return `${_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW}/${name}`;
}
/** True when `name` names a delegation (a direct child of targets) that lists `signer`'s key. */
function isSignerOf(repo, signer, name) {
    const targets = repo.targets.signed;
    const role = targets.delegation(signerDelegation(name));
    return role !== undefined && keyIdFor(signer, role.keyids, targets.delegationKeys) !== undefined;
}
/** The signer names (targets/<name>, releases last) whose delegation lists `signer`'s key. */
function signerNamesOf(repo, signer) {
    const prefix = `${_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW}/`;
    const names = repo.targets.signed.delegations
        .filter((d) => (0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .parentRole */ .rt)(d.name) === _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW)
        .map((d) => d.name.slice(prefix.length))
        .filter((name) => isSignerOf(repo, signer, name));
    return [...names.filter((n) => signerDelegation(n) !== _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASES */ .pH), ...names.filter((n) => signerDelegation(n) === _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .RELEASES */ .pH)];
}
/**
 * Refuses a signer name whose delegation does not list `signer`'s key,
 * naming both and the fix: the name the key belongs to, or that signer's key.
 */
function checkSignerName(repo, signer, name) {
    if (isSignerOf(repo, signer, name))
        return;
    const key = signer.keyId.slice(0, 12);
    const role = signerDelegation(name);
    const why = repo.targets.signed.delegation(role)
        ? `${role} does not list the signer key ${key}`
        : `there is no role ${role}, so no signer ${name}`;
    const own = signerNamesOf(repo, signer);
    const fix = own.length > 0
        ? `set signer-name to ${own[0]} (the signer key ${key} belongs to), or give the key of signer ${name}`
        : `the signer key ${key} belongs to no signer of ${repo.gun}; give the key of signer ${name}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-name', `signer ${name} in ${repo.gun}: ${why}; ${fix}`);
}


/***/ }),

/***/ 4943:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ isReleasedRole),
/* harmony export */   Ne: () => (/* binding */ signerNameOfRole),
/* harmony export */   Oq: () => (/* binding */ delegationRoles),
/* harmony export */   U3: () => (/* binding */ allTargetsByName),
/* harmony export */   bc: () => (/* binding */ targetSha256),
/* harmony export */   cz: () => (/* binding */ getTargetByName),
/* harmony export */   kN: () => (/* binding */ RELEASED_ROLES),
/* harmony export */   nJ: () => (/* binding */ listTargets)
/* harmony export */ });
/* unused harmony export walkTargets */
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4338);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1239);
// notary's walk over a repository's targets tree (tuf.Repo.WalkTargets) and
// the client reads built on it, over verified trust data: GetTargetByName,
// ListTargets, GetAllTargetMetadataByName and GetDelegationRoles. docker's
// trust inspect, content-trust pull and trust revoke are defined in terms of
// these, so inspect, verify and revoke share them to follow docker exactly.
//
// The walk is breadth first from `targets` (paths [""]), children in the
// order their parent lists them, each child's paths narrowed to its parent's
// and a child whose parent lists a key it does not define left out. Only
// roles with published metadata are visited. The repository must have been
// read with `delegations: 'all'`.


/** docker's pull and revoke order: targets/releases first, then targets. */
const RELEASED_ROLES = [_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH, _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW];
/** docker's "released" roles, whose entries a content-trust pull accepts. */
function isReleasedRole(role) {
    return role === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW || role === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH;
}
/** docker's notaryRoleToSigner for a delegation: its name without `targets/`. */
function signerNameOfRole(role) {
    return role.startsWith(`${_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW}/`) ? role.slice(_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW.length + 1) : role;
}
/** The hex sha256 docker shows for a target; "" when it has none. */
function targetSha256(meta) {
    return meta.sha256Hex ?? '';
}
/** data.SignedTargets.GetValidDelegations: direct children that define all their keys, paths narrowed. */
function validChildren(parent) {
    const out = [];
    for (const d of parent.signed.delegations) {
        if (!d.keyids.every((id) => parent.signed.delegationKeys.has(id)))
            continue;
        if ((0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .parentRole */ .rt)(d.name) !== parent.name)
            continue;
        out.push({ name: d.name, paths: (0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .restrictPaths */ .T4)(parent.paths, d.paths) });
    }
    return out;
}
function signedOf(repo, name) {
    if (name === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW)
        return repo.targets.signed;
    return repo.delegations.get(name)?.metadata?.signed;
}
/**
 * tuf.Repo.WalkTargets as a generator: yields each visited role; breaking
 * out of the loop is the visitor's StopWalk.
 */
function* walkTargets(repo, options = {}) {
    const { targetPath = '', rolePath = '', skip = [] } = options;
    const queue = [{ name: _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW, paths: [''] }];
    // Each role once, whatever its parents list (parsing already refuses all but direct children).
    const visited = new Set();
    while (queue.length > 0) {
        const next = queue.shift();
        if (visited.has(next.name))
            continue;
        visited.add(next.name);
        const signed = signedOf(repo, next.name);
        if (!signed)
            continue;
        const role = { ...next, signed };
        // An ancestor of the wanted subtree: descend without visiting.
        if (rolePath.startsWith(`${role.name}/`)) {
            queue.push(...validChildren(role));
            continue;
        }
        const pathOk = targetPath === '' || (0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .pathAllowed */ .EG)(targetPath, role.paths);
        const inSubtree = rolePath === '' || rolePath === role.name || role.name.startsWith(`${rolePath}/`);
        if (pathOk && inSubtree && !skip.includes(role.name)) {
            yield role;
            queue.push(...validChildren(role));
        }
    }
}
/**
 * client.GetTargetByName: for each role in priority order, the first entry
 * in a breadth-first walk of its subtree, with the other listed roles
 * skipped. `hidden` pretends a role does not list the target (to ask what a
 * removal would leave).
 */
function getTargetByName(repo, name, roles = [_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW], hidden = () => false) {
    for (const rolePath of roles) {
        const skip = roles.filter((r) => r !== rolePath);
        for (const role of walkTargets(repo, { targetPath: name, rolePath, skip })) {
            const meta = role.signed.targets.get(name);
            if (meta && !hidden(role.name))
                return { name, role: role.name, meta };
        }
    }
    return undefined;
}
/** client.ListTargets: every target name once, from the highest-priority role that lists it. */
function listTargets(repo, roles = [_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW]) {
    const found = new Map();
    for (const rolePath of roles) {
        const skip = roles.filter((r) => r !== rolePath);
        for (const role of walkTargets(repo, { rolePath, skip })) {
            for (const [name, meta] of role.signed.targets) {
                if (found.has(name) || !(0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .pathAllowed */ .EG)(name, role.paths))
                    continue;
                found.set(name, { name, role: role.name, meta });
            }
        }
    }
    return [...found.values()];
}
/**
 * client.GetAllTargetMetadataByName: every role listing `name`, in walk
 * order. With "" every target of every role, unfiltered by paths, as notary
 * does.
 */
function allTargetsByName(repo, name) {
    const out = [];
    for (const role of walkTargets(repo, { targetPath: name })) {
        if (name === '') {
            for (const [target, meta] of role.signed.targets)
                out.push({ name: target, role: role.name, meta });
        }
        else {
            const meta = role.signed.targets.get(name);
            if (meta)
                out.push({ name, role: role.name, meta });
        }
    }
    return out;
}
/**
 * client.GetDelegationRoles: the delegations every visited role declares,
 * key IDs translated to canonical IDs (x509 keys by their public key). Like
 * notary, fails as a whole (returns undefined) when a role lists a key its
 * parent does not define.
 */
function delegationRoles(repo) {
    const out = [];
    for (const role of walkTargets(repo)) {
        for (const d of role.signed.delegations) {
            const keyIds = [];
            for (const id of d.keyids) {
                const key = role.signed.delegationKeys.get(id);
                if (!key)
                    return undefined;
                try {
                    keyIds.push((0,_keys_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKeyId */ .F2)(key));
                }
                catch {
                    return undefined;
                }
            }
            out.push({ name: d.name, keyIds });
        }
    }
    return out;
}


/***/ })

};
