export const id = 696;
export const ids = [696];
export const modules = {

/***/ 3949:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ noTrustDataError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9729);
// A repository without trust data, as its operation reports it. The trust
// server answers 404 for a repository it has never seen, so a typo in the
// registry host, or a registry that is down, looks the same as a new
// repository; the registry is asked once, and when it cannot be reached that
// is reported as the cause instead.


/**
 * The error for `open` having no trust data (`message`, code NO_TRUST_DATA),
 * or, when its registry cannot be reached, a NETWORK error that names the
 * registry host and the network error.
 */
async function noTrustDataError(context, open, message) {
    const unreachable = await registryUnreachable(context, open.refs[0]);
    if (unreachable) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NETWORK', `registry ${open.registry} is unreachable (${unreachable.reason}); check the registry host in ${open.reference}. ` +
            `(Its trust server ${open.trustServer} has no trust data for ${open.gun} either.)`, { cause: unreachable });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NO_TRUST_DATA', message);
}
// Any answer, a 404 or a refusal included, means the registry is there; only a network error says it is not.
async function registryUnreachable(context, ref) {
    try {
        await context.resolve({ ...ref, tag: ref.tag ?? 'latest', digest: undefined });
        return undefined;
    }
    catch (err) {
        return err instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .D ? err : undefined;
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


/***/ }),

/***/ 9460:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ removeSigner),
/* harmony export */   Pg: () => (/* binding */ initializeRepository),
/* harmony export */   S5: () => (/* binding */ rolesListing),
/* harmony export */   T7: () => (/* binding */ signTargetsInRepository),
/* harmony export */   UU: () => (/* binding */ addSigner),
/* harmony export */   VE: () => (/* binding */ removeTargetsFromRepository)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1239);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2543);
/* harmony import */ var _publisher_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7554);
/* harmony import */ var _rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6523);
/* harmony import */ var _signable_roles_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7629);
/* harmony import */ var _repository_admin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9690);
// The publishing functions: each reads and verifies the repository, applies
// one change, and publishes it with conflict retries.







function requireTrustData(repo, gun) {
    if (!repo) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NO_TRUST_DATA', `${gun} has no trust data yet. Either have an admin run \`dct-sign signer-add\` (or \`docker trust signer add\`) once for it, ` +
            'or give the root key and repository key so that dct-sign can initialize it.');
    }
    return repo;
}
/** The delegations a signer's sign touches, so they come in the first wave. */
function signerWave(signerName) {
    return signerName ? (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_6__/* .signerRoles */ .CK)(signerName) : [_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH];
}
/**
 * Adds or replaces targets in every role the signers can sign, in one
 * update. A role whose parent re-keyed it (a signer was removed) is
 * re-signed, with a warning naming the tags it dropped. `alreadySigned`
 * names the targets every role already listed with the same digest.
 */
async function signTargetsInRepository(options) {
    // The signer's roles are re-signed with a new expiry, so an expired one is no obstacle.
    const read = { ...options, delegations: signerWave(options.signerName), allowExpiredDelegations: true, acceptRekeyedDelegations: true };
    let rebuilt = [];
    let alreadySigned = new Set();
    const published = await (0,_publisher_js__WEBPACK_IMPORTED_MODULE_3__/* .publishChange */ .YD)(read, async (repo, now) => {
        const r = await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .addTargets */ .qT)(requireTrustData(repo, options.gun), options.signers, options.targets, now, options.onlyRoles);
        rebuilt = r.rebuilt;
        alreadySigned = r.unchanged ?? new Set();
        return { files: r.files, result: r.roles };
    });
    (0,_rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_4__/* .warnRebuilt */ .eC)(options.logger, options.gun, rebuilt);
    return { ...published, alreadySigned };
}
/** The roles listing `tag` among those `signers` can sign: what a revoke removes it from. */
async function rolesListing(repo, signers, tag) {
    const out = [];
    for (const role of (0,_signable_roles_js__WEBPACK_IMPORTED_MODULE_5__/* .signableRoles */ .V4)(repo, signers, tag)) {
        const targets = role.name === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW ? repo.targets.signed : (await repo.delegation(role.name))?.metadata?.signed;
        if (targets?.targets.has(tag))
            out.push(role.name);
    }
    return out;
}
/**
 * Removes targets from every role the signers can sign, as `docker trust
 * revoke` does; the result names, per target, the roles that listed it. A
 * role whose parent re-keyed it is re-signed, as signTargetsInRepository does.
 */
async function removeTargetsFromRepository(options) {
    const { gun, signers, names } = options;
    let rebuilt = [];
    const read = { ...options, delegations: [], acceptRekeyedDelegations: true };
    const published = await (0,_publisher_js__WEBPACK_IMPORTED_MODULE_3__/* .publishChange */ .YD)(read, async (repo, now) => {
        if (!repo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NO_TRUST_DATA', `${gun} lost its trust data while revoking`);
        const removed = new Map();
        for (const name of names)
            removed.set(name, await rolesListing(repo, signers, name));
        const change = await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .removeTargets */ .rV)(repo, signers, names, now);
        rebuilt = change.rebuilt;
        return { files: change.files, result: removed };
    });
    (0,_rekeyed_roles_js__WEBPACK_IMPORTED_MODULE_4__/* .warnRebuilt */ .eC)(options.logger, options.gun, rebuilt);
    return published;
}
/** Creates a repository's trust data; fails if it already has some. */
function initializeRepository(options) {
    const { server, gun, rootSigner, repositorySigner, signer } = options;
    return (0,_publisher_js__WEBPACK_IMPORTED_MODULE_3__/* .publishChange */ .YD)({ ...options, delegations: [] }, async (repo, now) => {
        if (repo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('CONFLICT', `${gun} already has trust data; it was not initialized again`);
        const files = await (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_6__/* .initialFiles */ .cY)({
            server,
            gun,
            rootSigner,
            targetsSigner: repositorySigner,
            now,
            ...(signer ? { signer } : {}),
        });
        return { files, result: undefined };
    });
}
/** Adds keys as signer `name` (targets/<name> and targets/releases), as docker does. */
function addSigner(options) {
    return (0,_publisher_js__WEBPACK_IMPORTED_MODULE_3__/* .publishChange */ .YD)({ ...options, delegations: [] }, async (maybeRepo, now) => {
        const repo = requireTrustData(maybeRepo, options.gun);
        const signer = (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_6__/* .targetsSigner */ .De)(repo, options.repositorySigner);
        const current = repo.targets.signed;
        const next = (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_6__/* .withSigner */ .jg)(current, options.name, options.keys);
        const unchanged = (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_6__/* .signerRoles */ .CK)(options.name).every((role) => {
            const before = current.delegation(role);
            return (before !== undefined &&
                before.paths.includes('') &&
                options.keys.every((k) => before.keyids.includes(k.id) && current.delegationKeys.has(k.id)));
        });
        if (unchanged)
            return { files: [], result: undefined };
        return { files: [await (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_6__/* .signTargets */ .I6)(next, signer, now, current.version + 1)], result: undefined };
    });
}
/** Removes signer `name`, as `docker trust signer remove` does. */
function removeSigner(options) {
    return (0,_publisher_js__WEBPACK_IMPORTED_MODULE_3__/* .publishChange */ .YD)({ ...options, delegations: [] }, async (maybeRepo, now) => {
        const repo = requireTrustData(maybeRepo, options.gun);
        const signer = (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_6__/* .targetsSigner */ .De)(repo, options.repositorySigner);
        const current = repo.targets.signed;
        if (!current.delegation(`${_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW}/${options.name}`))
            return { files: [], result: undefined };
        return { files: [await (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_6__/* .signTargets */ .I6)((0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_6__/* .withoutSigner */ .$H)(current, options.name), signer, now, current.version + 1)], result: undefined };
    });
}


/***/ })

};
