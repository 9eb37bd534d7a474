export const id = 460;
export const ids = [460];
export const modules = {

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
/* harmony import */ var _tuf_targets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3665);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4106);
/* harmony import */ var _signable_roles_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7629);
// Changes to a verified repository, each turned into the signed files to
// upload. Pure apart from signing: a change can be re-applied to fresh trust
// data when a concurrent publish wins the race.







/** notary.NotaryTargetsExpiry, for targets and delegations alike. */
const TARGETS_EXPIRY = 3 * _tuf_time_js__WEBPACK_IMPORTED_MODULE_5__/* .YEAR */ .UX;
/**
 * The current content of a targets role (an empty one when not yet
 * published), and whether its file has expired and so needs re-signing.
 */
async function currentTargets(repo, role, now) {
    if (role === _tuf_role_js__WEBPACK_IMPORTED_MODULE_3__/* .TARGETS */ .dW)
        return { current: repo.targets.signed, expired: false };
    const loaded = await repo.delegation(role);
    return {
        current: loaded?.metadata?.signed ?? _tuf_targets_js__WEBPACK_IMPORTED_MODULE_4__/* .Targets */ .H.empty({ version: 0, expires: now }),
        expired: loaded?.expired ?? false,
    };
}
/** Applies edits per role and signs each role that changed, bumping version and expiry. */
async function editRoles(repo, edits, now) {
    const files = [];
    for (const [role, { signer, edits: list }] of edits) {
        const { current, expired } = await currentTargets(repo, role, now);
        const targets = new Map(current.targets);
        let changed = expired;
        for (const edit of list)
            changed = edit(targets) || changed;
        if (!changed)
            continue;
        const next = current.with({ targets, version: current.version + 1, expires: (0,_tuf_time_js__WEBPACK_IMPORTED_MODULE_5__/* .expiryFrom */ .KN)(now, TARGETS_EXPIRY) });
        const signed = await _tuf_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .Metadata */ .O.sign(next, [signer]);
        files.push({ role, bytes: signed.bytes });
    }
    return files;
}
function notSignerError(repo, signers, target) {
    const ids = signers.map((s) => s.keyId.slice(0, 12)).join(', ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_SIGNER', `key ${ids} may not sign ${target} in ${repo.gun}: it is in no delegation role (targets/releases or ` +
        'targets/<name>) whose paths admit the tag. Add it once with `docker trust signer add` or dct-sign signer-add.');
}
function plan(repo, signers, names, edit) {
    const edits = new Map();
    const roles = new Map();
    for (const name of names) {
        const signable = (0,_signable_roles_js__WEBPACK_IMPORTED_MODULE_6__/* .signableRoles */ .V4)(repo, signers, name);
        if (signable.length === 0)
            throw notSignerError(repo, signers, name);
        roles.set(name, signable.map((r) => r.name));
        for (const role of signable) {
            const entry = edits.get(role.name) ?? { signer: role.signer, edits: [] };
            entry.edits.push(edit(name));
            edits.set(role.name, entry);
        }
    }
    return { edits, roles };
}
/** Adds or replaces targets in every role the signers can sign. */
async function addTargets(repo, signers, specs, now) {
    const byName = new Map(specs.map((s) => [s.name, s]));
    const { edits, roles } = plan(repo, signers, [...byName.keys()], (name) => (targets) => {
        const spec = byName.get(name);
        const meta = new _tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .FileMeta */ .o({ length: spec.length, hashes: { sha256: Buffer.from(spec.sha256, 'hex') } });
        const old = targets.get(name);
        if (old && old.length === meta.length && old.sha256Hex === spec.sha256 && Object.keys(old.hashes).length === 1) {
            return false;
        }
        targets.set(name, meta);
        return true;
    });
    return { files: await editRoles(repo, edits, now), roles };
}
/** Removes targets from every role the signers can sign, as `docker trust revoke` does. */
async function removeTargets(repo, signers, names, now) {
    const { edits, roles } = plan(repo, signers, names, (name) => (targets) => targets.delete(name));
    return { files: await editRoles(repo, edits, now), roles };
}


/***/ }),

/***/ 7554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nu: () => (/* binding */ readRepository),
/* harmony export */   YD: () => (/* binding */ publishChange)
/* harmony export */ });
/* unused harmony exports isConflict, isOutcomeUnknown, holdsUpload */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9729);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8747);
/* harmony import */ var _notary_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2249);
/* harmony import */ var _tuf_trusted_repository_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(816);
// Read, verify, change, publish: with optimistic concurrency.
//
// notary-server refuses an update built on stale trust data (another signer
// published in between). Then we re-read, re-verify and re-apply the same
// change to the new state, so a concurrent signer's work is never lost, with
// a bounded number of retries and jittered backoff.
//
// A publish whose outcome is unknown (the connection broke after the update
// was sent, or no answer came in time) is never simply sent again. The trust
// data is re-read: if it holds exactly the files we uploaded, the publish
// went through. If not, the change is rebuilt on what was just read and
// published again. Versions come from the state read, so an earlier upload
// that lands late and a rebuilt one cannot both be applied: the server takes
// one version of a role once.





/** Reads and verifies a repository's trust data; null when it has none. */
async function readRepository(options) {
    const { server, gun, trustState } = options;
    const previous = options.previous ?? trustState?.previous(gun);
    const repo = await (0,_tuf_trusted_repository_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTrustedRepository */ .wb)({
        gun,
        fetcher: { fetch: (role, o) => server.getRole(gun, role, o) },
        now: options.now?.() ?? new Date(),
        ...(options.pin ? { pin: options.pin } : {}),
        ...(previous ? { previous } : {}),
        ...(options.delegations ? { delegations: options.delegations } : {}),
        ...(options.allowExpiredDelegations ? { allowExpiredDelegations: true } : {}),
    });
    if (repo)
        trustState?.verified(gun, repo);
    return repo;
}
/** notary-server's answers to an update that raced another one. */
function isConflict(err) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j$ && (0,_notary_client_js__WEBPACK_IMPORTED_MODULE_3__/* .isConflictResponse */ .oP)(err.status, err.serverCode);
}
/** The publish was sent whole but no answer says whether it was applied. */
function isOutcomeUnknown(err) {
    return err instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .D && err.outcomeUnknown;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The bytes the server now serves for `role`, from verified trust data. */
async function servedBytes(repo, role) {
    switch (role) {
        case 'root':
            return repo.root.bytes;
        case 'timestamp':
            return repo.timestamp.bytes;
        case 'snapshot':
            return repo.snapshot.bytes;
        case 'targets':
            return repo.targets.bytes;
        default:
            return (await repo.delegation(role))?.metadata?.bytes;
    }
}
/** Whether the verified trust data holds exactly the files of an upload. */
async function holdsUpload(repo, files) {
    if (!repo)
        return false;
    for (const file of files) {
        const served = await servedBytes(repo, file.role);
        if (!served || !Buffer.from(served).equals(Buffer.from(file.bytes)))
            return false;
    }
    return true;
}
/**
 * Applies `change` to freshly verified trust data and posts the files it
 * returns, retrying on conflicts. `change` gets null for a repository with
 * no trust data yet.
 */
async function publishChange(options, change) {
    const { server, gun, retries = 16, backoffMs = 50, logger = _logger_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .q, uncertainAttempts = 4 } = options;
    let previous = options.previous ?? options.initial?.state ?? options.trustState?.previous(gun);
    let uncertain = 0;
    // Trust data read after a publish of unknown outcome; the next attempt builds on it.
    let reread;
    for (let attempt = 0;; attempt++) {
        const now = options.now?.() ?? new Date();
        let repo;
        if (reread !== undefined)
            repo = reread;
        else if (attempt === 0 && options.initial !== undefined)
            repo = options.initial;
        else
            repo = await readRepository({ ...options, now: () => now, ...(previous ? { previous } : {}) });
        reread = undefined;
        // A retry must not accept older data, or another root, than what was verified before.
        if (repo)
            previous = repo.state;
        const planned = await change(repo, now);
        // After an upload of unknown outcome, finding the change in place means it landed.
        if (planned.files.length === 0)
            return { result: planned.result, published: uncertain > 0, attempts: attempt + 1 };
        try {
            await server.publish(gun, planned.files);
            options.trustState?.published(gun, planned.files);
            return { result: planned.result, published: true, attempts: attempt + 1 };
        }
        catch (err) {
            if (isOutcomeUnknown(err)) {
                uncertain += 1;
                logger.warning(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}; re-reading the trust data of ${gun} to see whether the update landed`);
                try {
                    reread = await readRepository({ ...options, ...(previous ? { previous } : {}) });
                }
                catch (readErr) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY(readErr instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY ? readErr.code : 'NETWORK', `${gun}: a publish was sent but whether it was applied is unknown, and re-reading the trust data ` +
                        `to find out failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(readErr)}; run the command again to finish it`, { cause: readErr });
                }
                if (await holdsUpload(reread, planned.files)) {
                    options.trustState?.published(gun, planned.files);
                    logger.info(`${gun}: the update had landed; nothing to publish again`);
                    return { result: planned.result, published: true, attempts: attempt + 1 };
                }
                if (uncertain >= uncertainAttempts) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NETWORK', `${gun}: gave up after ${uncertain} publishes whose outcome was unknown; none of them landed ` +
                        `(last: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)})`, { cause: err });
                }
                logger.warning(`${gun}: the update had not landed; publishing it again, rebuilt on the trust data just read (${uncertain + 1}/${uncertainAttempts})`);
                continue;
            }
            if (!isConflict(err))
                throw err;
            if (attempt >= retries) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('CONFLICT', `${gun}: another publish kept winning the race; gave up after ${attempt + 1} attempts`, { cause: err });
            }
            const wait = backoffMs * (1 + Math.random()) * 2 ** Math.min(attempt, 4);
            logger.debug(`${gun}: concurrent update (${err.serverCode}); retrying in ${Math.round(wait)} ms`);
            await sleep(wait);
        }
    }
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
/* harmony import */ var _tuf_targets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3665);
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
/* harmony export */   V4: () => (/* binding */ signableRoles),
/* harmony export */   kR: () => (/* binding */ keyIdFor),
/* harmony export */   ue: () => (/* binding */ signingAs)
/* harmony export */ });
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4338);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1239);
// Which roles a signer may write a target into: docker's rule. With no
// delegations, the top-level `targets` role (if the caller holds its key);
// otherwise every direct child of `targets` that lists the key and whose
// paths admit the target. `targets/releases` is one of those children.


/**
 * The key ID under which `signer` appears among `keyids`, matching x509 keys
 * by their canonical (public key) ID as notary does.
 */
function keyIdFor(signer, keyids, keys) {
    const mine = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKeyId */ .F2)(signer.publicKey);
    for (const id of keyids) {
        if (id === signer.keyId || id === mine)
            return id;
        const key = keys.get(id);
        if (key && (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalKeyId */ .F2)(key) === mine)
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
    const targets = repo.targets.signed;
    if (targets.delegations.length === 0) {
        const rootTargets = repo.root.signed.roles.targets.keyids;
        for (const signer of signers) {
            const id = keyIdFor(signer, rootTargets, repo.root.signed.keys);
            if (id)
                return [{ name: _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW, signer: signingAs(signer, id) }];
        }
        return [];
    }
    const out = [];
    for (const role of targets.delegations) {
        // docker signs only direct children of targets, and only where paths allow.
        if ((0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .parentRole */ .rt)(role.name) !== _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW || !(0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .pathAllowed */ .EG)(target, role.paths))
            continue;
        for (const signer of signers) {
            const id = keyIdFor(signer, role.keyids, targets.delegationKeys);
            if (id) {
                out.push({ name: role.name, signer: signingAs(signer, id) });
                break;
            }
        }
    }
    return out;
}


/***/ }),

/***/ 9460:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ removeSigner),
/* harmony export */   Pg: () => (/* binding */ initializeRepository),
/* harmony export */   T7: () => (/* binding */ signTargetsInRepository),
/* harmony export */   UU: () => (/* binding */ addSigner)
/* harmony export */ });
/* unused harmony export removeTargetsFromRepository */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1239);
/* harmony import */ var _changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2543);
/* harmony import */ var _publisher_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7554);
/* harmony import */ var _repository_admin_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9690);
// The publishing functions: each reads and verifies the repository, applies
// one change, and publishes it with conflict retries.





function requireTrustData(repo, gun) {
    if (!repo) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NO_TRUST_DATA', `${gun} has no trust data yet. Either have an admin run \`docker trust signer add\` once for it, ` +
            'or give the root key and repository key so that dct-sign can initialize it.');
    }
    return repo;
}
/** The delegations a signer's sign touches, so they come in the first wave. */
function signerWave(signerName) {
    return signerName ? (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_4__/* .signerRoles */ .CK)(signerName) : [_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH];
}
/** Adds or replaces targets in every role the signers can sign, in one update. */
function signTargetsInRepository(options) {
    // The signer's roles are re-signed with a new expiry, so an expired one is no obstacle.
    const read = { ...options, delegations: signerWave(options.signerName), allowExpiredDelegations: true };
    return (0,_publisher_js__WEBPACK_IMPORTED_MODULE_3__/* .publishChange */ .YD)(read, async (repo, now) => {
        const r = await (0,_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .addTargets */ .qT)(requireTrustData(repo, options.gun), options.signers, options.targets, now);
        return { files: r.files, result: r.roles };
    });
}
/** Removes targets from every role the signers can sign. */
function removeTargetsFromRepository(options) {
    return publishChange({ ...options, delegations: signerWave(options.signerName) }, async (repo, now) => {
        const r = await removeTargets(requireTrustData(repo, options.gun), options.signers, options.names, now);
        return { files: r.files, result: r.roles };
    });
}
/** Creates a repository's trust data; fails if it already has some. */
function initializeRepository(options) {
    const { server, gun, rootSigner, repositorySigner, signer } = options;
    return (0,_publisher_js__WEBPACK_IMPORTED_MODULE_3__/* .publishChange */ .YD)({ ...options, delegations: [] }, async (repo, now) => {
        if (repo)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('CONFLICT', `${gun} already has trust data; it was not initialized again`);
        const files = await (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_4__/* .initialFiles */ .cY)({
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
        const signer = (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_4__/* .targetsSigner */ .De)(repo, options.repositorySigner);
        const current = repo.targets.signed;
        const next = (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_4__/* .withSigner */ .jg)(current, options.name, options.keys);
        const unchanged = (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_4__/* .signerRoles */ .CK)(options.name).every((role) => {
            const before = current.delegation(role);
            return (before !== undefined &&
                before.paths.includes('') &&
                options.keys.every((k) => before.keyids.includes(k.id) && current.delegationKeys.has(k.id)));
        });
        if (unchanged)
            return { files: [], result: undefined };
        return { files: [await (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_4__/* .signTargets */ .I6)(next, signer, now, current.version + 1)], result: undefined };
    });
}
/** Removes signer `name`, as `docker trust signer remove` does. */
function removeSigner(options) {
    return (0,_publisher_js__WEBPACK_IMPORTED_MODULE_3__/* .publishChange */ .YD)({ ...options, delegations: [] }, async (maybeRepo, now) => {
        const repo = requireTrustData(maybeRepo, options.gun);
        const signer = (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_4__/* .targetsSigner */ .De)(repo, options.repositorySigner);
        const current = repo.targets.signed;
        if (!current.delegation(`${_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW}/${options.name}`))
            return { files: [], result: undefined };
        return { files: [await (0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_4__/* .signTargets */ .I6)((0,_repository_admin_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutSigner */ .$H)(current, options.name), signer, now, current.version + 1)], result: undefined };
    });
}


/***/ })

};
