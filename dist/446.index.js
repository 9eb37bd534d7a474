export const id = 446;
export const ids = [446];
export const modules = {

/***/ 446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   administrativeKeys: () => (/* binding */ administrativeKeys),
/* harmony export */   inspect: () => (/* binding */ inspect),
/* harmony export */   repositoryTrust: () => (/* binding */ repositoryTrust),
/* harmony export */   signedTagRows: () => (/* binding */ signedTagRows),
/* harmony export */   signerList: () => (/* binding */ signerList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1239);
/* harmony import */ var _repository_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1196);
/* harmony import */ var _sort_order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(781);
/* harmony import */ var _trust_target_walk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4943);
// The inspect operation: what `docker trust inspect` shows for each image
// reference, from verified trust data, with docker's rules:
//
// - Signed tags are the (tag, sha256) pairs listed by `targets` or
//   `targets/releases` ("released"); a tag only in other delegations is not
//   shown. A row's signers are the other roles listing the same pair, named
//   without `targets/`, in walk order; a row with none shows "Repo Admin".
//   Rows are in natural order of the tag. With a tag, only roles whose paths
//   admit it are walked; without one (or with a digest) every target is.
// - Signers are the delegations every visited role declares, except
//   targets/releases, each with its canonical key IDs (x509 keys by their
//   public key), sorted by name in descending byte order.
// - Administrative keys are root's and targets' key IDs exactly as root.json
//   lists them (the root certificate's ID, not the canonical one): "Root",
//   then "Repository".
// - Go's `omitempty`: a signer without keys has no `Keys` field.
// - As notary, a delegation that expired or lacks signatures is left out
//   (with a warning), not fatal.





function keys(ids) {
    return ids.length > 0 ? { Keys: ids.map((ID) => ({ ID })) } : {};
}
/** docker's matchReleasedSignatures over GetAllTargetMetadataByName(tag). */
function signedTagRows(repo, tag) {
    const found = (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .allTargetsByName */ .U3)(repo, tag ?? '');
    const rows = new Map();
    const key = (name, digest) => JSON.stringify([name, digest]);
    for (const t of found) {
        if (!(0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .isReleasedRole */ .Cj)(t.role))
            continue;
        const digest = (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .targetSha256 */ .bc)(t.meta);
        rows.set(key(t.name, digest), { tag: t.name, digest, signers: [] });
    }
    for (const t of found) {
        const row = rows.get(key(t.name, (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .targetSha256 */ .bc)(t.meta)));
        if (row && !(0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .isReleasedRole */ .Cj)(t.role))
            row.signers.push((0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .signerNameOfRole */ .Ne)(t.role));
    }
    // docker's sort is not stable; rows for one tag with two digests are put in digest order here.
    return [...rows.values()]
        .sort((a, b) => (0,_sort_order_js__WEBPACK_IMPORTED_MODULE_4__/* .naturalCompare */ .p0)(a.tag, b.tag) || (0,_sort_order_js__WEBPACK_IMPORTED_MODULE_4__/* .byteCompare */ .U6)(a.digest, b.digest))
        .map((r) => ({ SignedTag: r.tag, Digest: r.digest, Signers: r.signers.length > 0 ? r.signers : [_sort_order_js__WEBPACK_IMPORTED_MODULE_4__/* .REPO_ADMIN */ .jz] }));
}
/** docker's getDelegationRoleToKeyMap, as its sorted signer list. */
function signerList(repo) {
    const byName = new Map();
    for (const role of (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .delegationRoles */ .Oq)(repo) ?? []) {
        if (role.name === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASES */ .pH || role.name === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW || role.name === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .ROOT */ .Dl)
            continue;
        byName.set((0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .signerNameOfRole */ .Ne)(role.name), role.keyIds);
    }
    return [...byName]
        .sort(([a], [b]) => (0,_sort_order_js__WEBPACK_IMPORTED_MODULE_4__/* .byteCompare */ .U6)(b, a))
        .map(([Name, ids]) => ({ Name, ...keys(ids) }));
}
function administrativeKeys(repo) {
    const roles = repo.root.signed.roles;
    return [
        { Name: 'Root', ...keys(roles.root.keyids) },
        { Name: 'Repository', ...keys(roles.targets.keyids) },
    ];
}
/** One reference's row set from its repository's trust data. */
function repositoryTrust(name, repo, tag) {
    return {
        Name: name,
        SignedTags: signedTagRows(repo, tag),
        Signers: signerList(repo),
        AdministrativeKeys: administrativeKeys(repo),
    };
}
/** One repository's verified trust tree; a repository without trust data is an error here. */
async function readInspected(context, open, now) {
    const { repo } = await context.readTree(open, { now });
    if (!repo) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NO_TRUST_DATA', `no signatures or cannot access ${open.reference}: ${open.gun} has no trust data at ${open.trustServer}`);
    }
    return repo;
}
async function inspect(options) {
    const refs = options.references;
    return (0,_repository_context_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepositories */ .zb)(options, refs, { access: 'read' }, async (context) => {
        const repos = new Map();
        await Promise.all(context.repositories.map(async (open) => repos.set(open.gun, await readInspected(context, open, options.now))));
        // docker ignores the tag of a reference that also pins a digest, and shows every tag.
        const repositories = refs.map((ref) => repositoryTrust(ref.original, repos.get(ref.gun), ref.digest ? undefined : ref.tag));
        return { repositories };
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
