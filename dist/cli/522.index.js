export const id = 522;
export const ids = [522];
export const modules = {

/***/ 5522:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   revoke: () => (/* binding */ revoke)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9690);
/* harmony import */ var _trust_signable_roles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7629);
/* harmony import */ var _trust_updates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9460);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1239);
/* harmony import */ var _repository_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1196);
/* harmony import */ var _no_trust_data_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3949);
/* harmony import */ var _trust_target_walk_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4943);
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
    if (!name || name === _tuf_role_js__WEBPACK_IMPORTED_MODULE_4__/* .TARGETS */ .dW || name === 'root')
        return undefined;
    try {
        (0,_trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_1__/* .signerRoles */ .CK)(name);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-name', err.message, { cause: err });
    }
    return name;
}
/** Every check docker makes, plus that the tag stops being released; throws naming the reference. */
function checkTag(repo, signer, label, reference, tag) {
    const roles = (0,_trust_signable_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .signableRoles */ .V4)(repo, [signer], tag).map((r) => r.name);
    if (roles.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_SIGNER', `${reference}: ${label} may not sign ${tag} in ${repo.gun}: it is in no delegation role (targets/releases or ` +
            'targets/<name>) whose paths admit the tag; revoke with the key of a signer of the repository');
    }
    const left = (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_7__/* .getTargetByName */ .cz)(repo, tag, _trust_target_walk_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASED_ROLES */ .kN, (role) => roles.includes(role));
    if (left && (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_7__/* .isReleasedRole */ .Cj)(left.role)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_SIGNER', `${reference}: ${tag} would stay signed in ${left.role}, which ${label} may not sign; ` +
            `revoke it with a key of ${left.role} (for targets, the repository key)`);
    }
}
/** The tags the references of one repository name, each with the reference it came from. */
function tagsToRevoke(repo, refs) {
    const tags = new Map();
    for (const ref of refs) {
        if (ref.tag !== undefined) {
            if (!(0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_7__/* .getTargetByName */ .cz)(repo, ref.tag, _trust_target_walk_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASED_ROLES */ .kN)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_FOUND', `${ref.original}: ${ref.tag} is not signed in ${ref.gun}; nothing to revoke`);
            }
            if (!tags.has(ref.tag))
                tags.set(ref.tag, ref.original);
            continue;
        }
        const all = (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_7__/* .listTargets */ .nJ)(repo, _trust_target_walk_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASED_ROLES */ .kN);
        if (all.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_FOUND', `${ref.original}: ${ref.gun} has no signed tags to revoke`);
        for (const t of all)
            if (!tags.has(t.name))
                tags.set(t.name, ref.original);
    }
    return tags;
}
/** Reads one repository and checks every tag to revoke from it, before anything is published. */
async function planRevoke(context, open, signer, label) {
    const { repo } = await context.readTree(open, { acceptRekeyedDelegations: true });
    if (!repo) {
        throw await (0,_no_trust_data_js__WEBPACK_IMPORTED_MODULE_6__/* .noTrustDataError */ .k)(context, open, `${open.reference}: ${open.gun} has no trust data at ${open.trustServer}; nothing to revoke`);
    }
    const tags = tagsToRevoke(repo, open.refs);
    for (const [tag, reference] of tags) {
        checkTag(repo, signer, label, reference, tag);
        // Loads each role to change now: one that expired or fails to verify fails here, before any publish.
        await (0,_trust_updates_js__WEBPACK_IMPORTED_MODULE_3__/* .rolesListing */ .S5)(repo, [signer], tag);
    }
    return { open, repo, tags };
}
/** One update for one repository. */
async function publishRevoke(context, plan, signer) {
    const { open, tags } = plan;
    const names = [...tags.keys()];
    context.logger.info(`Revoking ${names.join(', ')} in ${open.gun}`);
    const published = await (0,_trust_updates_js__WEBPACK_IMPORTED_MODULE_3__/* .removeTargetsFromRepository */ .VE)({ ...context.publishing(open), signers: [signer], names, initial: plan.repo });
    return [...tags].map(([tag, reference]) => ({ reference, tag, gun: open.gun, roles: published.result.get(tag) ?? [] }));
}
async function revoke(options) {
    const refs = options.references;
    const key = options.signerKey;
    const signer = key.signer;
    const label = signerLabel(signer, signerNameOf(options, key.role));
    return (0,_repository_context_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepositories */ .zb)(options, refs, { access: 'write' }, async (context) => {
        // Every repository is read and every tag checked before the first publish.
        const plans = await Promise.all(context.repositories.map((open) => planRevoke(context, open, signer, label)));
        const revoked = [];
        for (const plan of plans)
            revoked.push(...(await publishRevoke(context, plan, signer)));
        // In the order the references were given.
        const order = new Map(refs.map((r, i) => [r.original, i]));
        revoked.sort((a, b) => order.get(a.reference) - order.get(b.reference));
        return { revoked, signerKeyId: signer.keyId };
    });
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
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2520);
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
