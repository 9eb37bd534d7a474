export const id = 146;
export const ids = [146];
export const modules = {

/***/ 146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  refresh: () => (/* binding */ refresh)
});

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/tuf/metadata.js
var metadata = __webpack_require__(5758);
// EXTERNAL MODULE: ./lib/tuf/role.js
var tuf_role = __webpack_require__(1239);
// EXTERNAL MODULE: ./lib/tuf/threshold.js
var threshold = __webpack_require__(9320);
// EXTERNAL MODULE: ./lib/tuf/time.js
var time = __webpack_require__(4106);
// EXTERNAL MODULE: ./lib/trust/changes.js
var changes = __webpack_require__(2543);
// EXTERNAL MODULE: ./lib/trust/publisher.js
var publisher = __webpack_require__(7554);
// EXTERNAL MODULE: ./lib/trust/rekeyed-roles.js
var rekeyed_roles = __webpack_require__(6523);
// EXTERNAL MODULE: ./lib/trust/signable-roles.js
var signable_roles = __webpack_require__(7629);
;// CONCATENATED MODULE: ./lib/trust/refresh.js
// Keeping trust data alive: re-signing targets or a delegation with its
// content unchanged, version + 1 and a new 3-year expiry, as notary's
// `witness` does. Run from a schedule, it keeps roles that nobody signs
// into for years from expiring (an expired role fails every pull).
//
// Which roles: the ones named, or by default the roles the given keys
// signed last (targets when the repository key is given). A shared role
// such as targets/releases that another signer signed last is left alone
// unless named, because re-signing it would attribute that signer's tags
// to this key in `docker trust inspect`.









function notRefreshable(role) {
    if (role === tuf_role/* SNAPSHOT */.xO || role === tuf_role/* TIMESTAMP */.ht) {
        return new errors/* DctError */.sY('INPUT', `${role} is signed by the trust server on every publish; there is nothing to refresh`);
    }
    if (role === tuf_role/* ROOT */.Dl) {
        return new errors/* DctError */.sY('INPUT', 'root cannot be refreshed here; its expiry is renewed with the root key (key rotation)');
    }
    if (role !== tuf_role/* TARGETS */.dW && !(0,tuf_role/* isDelegationName */.mm)(role)) {
        return new errors/* DctError */.sY('INPUT', `${JSON.stringify(role)} is not a role name; give targets or targets/<name>`);
    }
    return undefined;
}
/** The repository key among `signers`, as root lists it. */
function targetsCandidate(repo, signers) {
    const root = repo.root.signed;
    for (const s of signers) {
        const id = (0,signable_roles/* keyIdFor */.kR)(s, root.roles.targets.keyids, root.keys);
        if (id)
            return { role: tuf_role/* TARGETS */.dW, current: repo.targets.signed, signer: (0,signable_roles/* signingAs */.ue)(s, id) };
    }
    return undefined;
}
/** A delegation the signers may sign; `signedLast` also asks that one of them signed its current file. */
async function delegationCandidate(repo, role, signers, explicit) {
    const loaded = await repo.delegation(role);
    if (!loaded) {
        if (!explicit)
            return undefined;
        throw new errors/* DctError */.sY('INPUT', `${repo.gun} has no role ${role}`);
    }
    if (loaded.rekeyed) {
        const c = await rekeyedCandidate(repo, loaded.keys, loaded.threshold, role, signers);
        if (c || !explicit)
            return c;
        throw notListed(repo, role, signers);
    }
    if (!loaded.metadata) {
        if (!explicit)
            return undefined;
        throw new errors/* DctError */.sY('INPUT', `${role} of ${repo.gun} has never been signed; there is nothing to refresh`);
    }
    for (const s of signers) {
        const id = (0,signable_roles/* keyIdFor */.kR)(s, [...loaded.keys.keys()], loaded.keys);
        if (!id)
            continue;
        if (!explicit && (0,threshold/* countValidSignatures */.lk)(loaded.metadata, new Map([[id, loaded.keys.get(id)]])) === 0)
            continue;
        if (loaded.threshold > 1) {
            throw new errors/* DctError */.sY('NOT_SIGNER', `${role} of ${repo.gun} needs ${loaded.threshold} signatures; one key cannot refresh it`);
        }
        return { role, current: loaded.metadata.signed, signer: (0,signable_roles/* signingAs */.ue)(s, id) };
    }
    if (!explicit)
        return undefined;
    throw notListed(repo, role, signers);
}
function notListed(repo, role, signers) {
    const ids = signers.map((s) => s.keyId.slice(0, 12)).join(', ');
    return new errors/* DctError */.sY('NOT_SIGNER', `key ${ids} may not sign ${role} of ${repo.gun}: the role does not list it`);
}
/**
 * A role its parent re-keyed (a signer was removed) that one of the signers
 * is listed for: it is re-signed with rebuilt content, whoever signed it last.
 */
async function rekeyedCandidate(repo, keys, threshold, role, signers) {
    for (const s of signers) {
        const id = (0,signable_roles/* keyIdFor */.kR)(s, [...keys.keys()], keys);
        if (!id)
            continue;
        if (threshold > 1) {
            throw new errors/* DctError */.sY('NOT_SIGNER', `${role} of ${repo.gun} needs ${threshold} signatures; one key cannot re-sign it`);
        }
        const rebuilt = (await (0,rekeyed_roles/* rebuiltIfRekeyed */.It)(repo, role));
        return { role, current: rebuilt.current, signer: (0,signable_roles/* signingAs */.ue)(s, id), rebuilt };
    }
    return undefined;
}
async function candidates(repo, signers, roles) {
    if (roles) {
        const out = [];
        for (const role of new Set(roles)) {
            if (role === tuf_role/* TARGETS */.dW) {
                const c = targetsCandidate(repo, signers);
                if (!c) {
                    throw new errors/* DctError */.sY('NOT_SIGNER', `targets of ${repo.gun} can only be refreshed with the repository (targets) key`);
                }
                out.push(c);
            }
            else {
                out.push((await delegationCandidate(repo, role, signers, true)));
            }
        }
        return out;
    }
    const out = [];
    const targets = targetsCandidate(repo, signers);
    if (targets)
        out.push(targets);
    for (const name of repo.delegations.keys()) {
        const c = await delegationCandidate(repo, name, signers, false);
        if (c)
            out.push(c);
    }
    if (out.length === 0) {
        throw new errors/* DctError */.sY('NOT_SIGNER', `none of the given keys signed any role of ${repo.gun}; name the roles to refresh`);
    }
    return out;
}
/** Re-signs roles with unchanged content, one publish for all of them. */
async function refreshRoles(options) {
    const { gun, roles } = options;
    for (const role of roles ?? []) {
        const err = notRefreshable(role);
        if (err)
            throw err;
    }
    const delegations = roles ? roles.filter((r) => r !== tuf_role/* TARGETS */.dW) : 'all';
    // Refresh is also how an expired role is brought back; such a role is still verified in every other way.
    // A role whose parent re-keyed it is re-signed whatever its expiry, since it verifies no more.
    const read = { ...options, delegations, allowExpiredDelegations: true, acceptRekeyedDelegations: true };
    let rebuilt = [];
    const published = await (0,publisher/* publishChange */.YD)(read, async (repo, now) => {
        if (!repo)
            throw new errors/* DctError */.sY('NO_TRUST_DATA', `${gun} has no trust data; there is nothing to refresh`);
        const files = [];
        const refreshed = [];
        rebuilt = [];
        for (const { role, current, signer, rebuilt: fromServed } of await candidates(repo, options.signers, roles)) {
            if (!fromServed && options.expiringBefore && current.expires.getTime() > options.expiringBefore.getTime())
                continue;
            if (fromServed)
                rebuilt.push(fromServed);
            const next = current.with({ version: current.version + 1, expires: (0,time/* expiryFrom */.KN)(now, changes/* TARGETS_EXPIRY */.Xh) });
            const signed = await metadata/* Metadata */.O.sign(next, [signer]);
            files.push({ role, bytes: signed.bytes });
            refreshed.push({ role, version: next.version, expires: next.expires, previousExpires: current.expires });
        }
        return { files, result: refreshed };
    });
    (0,rekeyed_roles/* warnRebuilt */.eC)(options.logger, gun, rebuilt);
    return published;
}

// EXTERNAL MODULE: ./lib/operations/repository-context.js + 6 modules
var repository_context = __webpack_require__(1196);
;// CONCATENATED MODULE: ./lib/operations/refresh.js
// Keeping a repository's trust data from expiring, from a schedule: re-sign
// targets (repository key) or a signer's roles (signer key) with their
// content unchanged, version + 1 and a new 3-year expiry, like notary's
// `witness`. With `expiringWithinMs` a scheduled run only re-signs what
// would otherwise expire soon, so most runs publish nothing.




async function refresh(options) {
    if (!options.signerKey && !options.repositoryKey) {
        throw new errors/* InputError */.dz('signer-key', 'give the signer key (for its roles) or the repository key (for targets), or both');
    }
    const signers = [];
    if (options.signerKey)
        signers.push(options.signerKey.signer);
    if (options.repositoryKey)
        signers.push(options.repositoryKey.signer);
    const roles = options.roles?.map((r) => r.trim()).filter((r) => r !== '');
    const within = options.expiringWithinMs;
    if (within !== undefined && (!Number.isFinite(within) || within < 0)) {
        throw new errors/* InputError */.dz('expiring-within', 'give a duration of zero or more');
    }
    return (0,repository_context/* openRepositories */.zb)(options, [options.reference], { access: 'write' }, async (context) => {
        const open = context.repositories[0];
        const { gun, trustServer } = open;
        const published = await refreshRoles({
            ...context.publishing(open),
            signers,
            ...(roles && roles.length > 0 ? { roles } : {}),
            ...(within !== undefined ? { expiringBefore: (0,time/* expiryFrom */.KN)(new Date(), within) } : {}),
        });
        for (const r of published.result) {
            context.logger.info(`${gun}: ${r.role} re-signed as version ${r.version}, expires ${r.expires.toISOString()}`);
        }
        if (!published.published)
            context.logger.info(`${gun}: nothing needed refreshing`);
        return { gun, trustServer, refreshed: published.result, published: published.published };
    });
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
        'targets/<name>) whose paths admit the tag. Add it once with `dct-sign signer-add` (or `docker trust signer add`).');
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
    const changed = new Set();
    const add = (targets, name) => {
        const { spec, meta } = metas.get(name);
        const old = targets.get(name);
        if (old && old.length === meta.length && old.sha256Hex === spec.sha256 && Object.keys(old.hashes).length === 1) {
            return false;
        }
        targets.set(name, meta);
        changed.add(name);
        return true;
    };
    const edited = await editRoles(repo, edits, add, now);
    return { ...edited, roles, unchanged: new Set([...metas.keys()].filter((name) => !changed.has(name))) };
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
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2520);
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


/***/ })

};
