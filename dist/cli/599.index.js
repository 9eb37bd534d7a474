export const id = 599;
export const ids = [599];
export const modules = {

/***/ 9014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ cosignFormatOf)
/* harmony export */ });
/* unused harmony export FORMATS */
// The signature formats an operation signs in or a gate accepts: DCT (the
// trust server) and cosign (signatures in the registry beside the image).
// Operations reach the cosign format through CosignFormat, src/sigstore's
// functions unless a test hands in its own, so that the operations' tests
// need no network and can watch what is written when.
const FORMATS = (/* unused pure expression or super */ null && (['dct', 'cosign']));
/** The cosign format: the one given (tests), else src/sigstore's, loaded only when a run needs it. */
async function cosignFormatOf(given) {
    if (given)
        return given;
    const sigstore = await __webpack_require__.e(/* import() */ 499).then(__webpack_require__.bind(__webpack_require__, 7499));
    return { signerOf: sigstore.cosignSignerOf, write: sigstore.writeCosignSignatures, verify: sigstore.verifyCosignSignatures };
}


/***/ }),

/***/ 9599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MIGRATE_STATUSES: () => (/* binding */ MIGRATE_STATUSES),
/* harmony export */   migrate: () => (/* binding */ migrate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _trust_target_walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4943);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1239);
/* harmony import */ var _repository_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1196);
/* harmony import */ var _sign_cosign_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3009);
// The migrate operation: carry tags signed with DCT over to cosign. It reads
// and verifies each repository's trust data as verify does (pins, trust
// state), and for every signed tag (or the tags given) whose registry digest
// is still the one DCT signed, writes both cosign forms for that digest and
// tag. A tag the registry now serves differently is refused: signing it
// would vouch for content nobody signed. A tag that already holds valid
// cosign signatures in both forms by the same key is left as it is.
//
// Everything is read and decided before the first write, and the push
// rights are checked then too, so that a refused identity writes nothing.





/**
 * migrated: cosign signatures were written (with dry-run: would be);
 * already: both cosign forms by this key held the signed digest, so nothing
 * was written; refused: the registry serves another digest than DCT signed,
 * or none; unsigned: DCT signs no such tag.
 */
const MIGRATE_STATUSES = ['migrated', 'already', 'refused', 'unsigned'];
async function migrate(options) {
    const inputs = await migrateInputs(options);
    return (0,_repository_context_js__WEBPACK_IMPORTED_MODULE_3__/* .openRepositories */ .zb)(options, inputs.refs, { access: 'read', warnOnFirstUse: true }, async (context) => {
        const decided = (await Promise.all(context.repositories.map((open) => decideRepository(context, open, options.now)))).flat();
        const candidates = decided.flatMap((d) => ('candidate' in d ? [d.candidate] : []));
        if (!inputs.dryRun && candidates.length > 0)
            await (0,_sign_cosign_js__WEBPACK_IMPORTED_MODULE_4__/* .checkPushRights */ .Ky)(context, candidates.map((c) => c.ref));
        const done = inputs.dryRun ? await checkAll(context, inputs.cosign, candidates) : await writeAll(context, inputs.cosign, candidates);
        const tags = decided.map((d) => ('candidate' in d ? done.get(d.candidate.ref.original) : d.tag));
        return { tags, dryRun: inputs.dryRun, keyId: inputs.cosign.signer.key.signer.keyId, ok: tags.every((t) => t.status !== 'refused') };
    });
}
async function migrateInputs(options) {
    // dct is what the tags are migrated from: listed or not, the formats to write are the others.
    const targets = (options.formats ?? ['cosign']).filter((f) => f !== 'dct');
    if (targets.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('formats', 'migrate writes cosign signatures for tags signed with DCT; give formats cosign');
    }
    if (!options.signerKey && !options.cosignKey) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-key', 'no key to make the cosign signatures with; give signer-key (the DCT signer key) or cosign-key');
    }
    const cosign = await (0,_sign_cosign_js__WEBPACK_IMPORTED_MODULE_4__/* .cosignPlanOf */ .qU)(options.cosign, options.signerKey, options.cosignKey);
    return { refs: options.references, cosign, dryRun: options.dryRun ?? false };
}
// The trust data is read and verified as verify reads it; a repository it cannot vouch for migrates nothing.
async function decideRepository(context, open, now) {
    const { repo } = await context.readTree(open, { now });
    if (!repo)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NO_TRUST_DATA', `${open.gun} has no trust data at ${open.trustServer}: no tag of it is signed with DCT, so there is nothing to migrate`);
    const tags = tagsOf(open.refs, repo);
    context.logger.info(`${open.gun}: ${tags.length === 1 ? '1 tag' : `${tags.length} tags`} to look at`);
    return Promise.all(tags.map((tag) => decideTag(context, open, repo, tag)));
}
/** The tags given, else every tag the trust data releases, in name order; each once. */
function tagsOf(refs, repo) {
    if (refs.some((r) => r.tag === undefined)) {
        const released = (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .listTargets */ .nJ)(repo, [_tuf_role_js__WEBPACK_IMPORTED_MODULE_2__/* .TARGETS */ .dW]).map((t) => t.name).filter((name) => (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleasedRole */ .Cj)((0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .getTargetByName */ .cz)(repo, name, _trust_target_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASED_ROLES */ .kN)?.role ?? ''));
        return [...new Set(released)].sort();
    }
    return [...new Set(refs.map((r) => r.tag))];
}
async function decideTag(context, open, repo, tag) {
    const first = open.refs[0];
    const ref = { ...first, tag, digest: undefined, original: `${open.gun}:${tag}` };
    const base = { reference: ref.original, gun: open.gun, tag, written: [] };
    const found = (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .getTargetByName */ .cz)(repo, tag, _trust_target_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .RELEASED_ROLES */ .kN);
    const sha256 = found && (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .isReleasedRole */ .Cj)(found.role) ? (0,_trust_target_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .targetSha256 */ .bc)(found.meta) : '';
    if (sha256 === '') {
        const message = `${ref.original}: not signed with DCT in ${open.gun}, so there is nothing to migrate`;
        return { tag: { ...base, digest: undefined, registryDigest: undefined, status: 'unsigned', message } };
    }
    const digest = `sha256:${sha256}`;
    const manifest = await served(context, ref);
    if (manifest?.digest !== digest) {
        const now = manifest ? `the registry serves ${manifest.digest}` : 'the registry no longer serves it';
        const message = `${ref.original}: ${now}, but DCT signed ${digest}; it is not migrated (sign it again to give it cosign signatures)`;
        return { tag: { ...base, digest, registryDigest: manifest?.digest, status: 'refused', message } };
    }
    return { candidate: { ref, manifest } };
}
async function served(context, ref) {
    try {
        return await context.resolve(ref);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY && err.code === 'NOT_FOUND')
            return undefined;
        throw err;
    }
}
function candidateTag(c, status, written, message) {
    const { ref, manifest } = c;
    return { reference: ref.original, gun: ref.gun, tag: ref.tag, digest: manifest.digest, registryDigest: manifest.digest, status, message, written };
}
// The dry run reads what cosign signatures the key already made, and writes nothing.
async function checkAll(context, plan, candidates) {
    const key = { source: 'the migrating key', pem: plan.signer.publicKeyPem };
    const entries = await Promise.all(candidates.map(async (c) => {
        const registry = await context.oci(c.ref);
        const target = { registry, location: { registry: c.ref.registry, repository: c.ref.repository }, tag: c.ref.tag, manifest: c.manifest };
        const verdict = await plan.format.verify(target, [key], { logger: context.logger });
        const have = verdict.ok ? verdict.forms : [];
        const missing = ['sig', 'bundle'].filter((f) => !have.includes(f));
        if (missing.length === 0)
            return [c.ref.original, candidateTag(c, 'already', [], `${c.ref.original}: already has cosign signatures by this key in both forms`)];
        return [c.ref.original, candidateTag(c, 'migrated', missing, `${c.ref.original}: would write the cosign ${missing.join(' and ')} for ${c.manifest.digest}`)];
    }));
    return new Map(entries);
}
// Every tag's writes run at once; when some fail, the error names the tags migrated before it.
async function writeAll(context, plan, candidates) {
    const settled = await Promise.allSettled(candidates.map(async (c) => {
        const registry = await context.oci(c.ref);
        const target = { registry, location: { registry: c.ref.registry, repository: c.ref.repository }, tag: c.ref.tag, manifest: c.manifest };
        const outcome = await plan.format.write(target, plan.signer, { logger: context.logger });
        if (outcome.written.length === 0)
            return candidateTag(c, 'already', [], `${c.ref.original}: already had cosign signatures by this key in both forms`);
        return candidateTag(c, 'migrated', outcome.written, `${c.ref.original}: wrote the cosign ${outcome.written.join(' and ')} for ${c.manifest.digest}`);
    }));
    const failed = settled.flatMap((s, i) => (s.status === 'rejected' ? [{ ref: candidates[i].ref, error: s.reason }] : []));
    const tags = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    if (failed.length > 0)
        throw migrationFailure(failed, tags);
    return new Map(tags.map((t) => [t.reference, t]));
}
function migrationFailure(failed, done) {
    const first = failed[0];
    const code = first.error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY ? first.error.code : 'HTTP';
    const names = failed.map((f) => f.ref.original).join(', ');
    const message = `the cosign signatures of ${names} could not be written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(first.error)}`;
    const migrated = done.filter((t) => t.status === 'migrated').map((t) => t.reference);
    if (migrated.length === 0)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY(code, message, { cause: first.error });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PartiallyPublishedError */ .ho(code, `${message} (already migrated: ${migrated.join(', ')}; rerunning is safe)`, migrated, { cause: first.error });
}


/***/ }),

/***/ 3009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ky: () => (/* binding */ checkPushRights),
/* harmony export */   RL: () => (/* binding */ writeCosign),
/* harmony export */   qU: () => (/* binding */ cosignPlanOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9014);
/* harmony import */ var _repository_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1196);
// sign's cosign part: the key that makes the cosign signatures, the push
// rights it needs (checked before anything is written in any format), and
// the registry writes, which run while the trust server publishes.



/** The cosign key: cosign-key when given, else the signer key that makes the DCT signatures too. */
async function cosignPlanOf(given, signerKey, cosignKey) {
    const key = cosignKey ?? signerKey;
    if (!key)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-key', 'no key to make the cosign signatures with; give signer-key or cosign-key');
    const format = await (0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .cosignFormatOf */ .g)(given);
    // A key type cosign does not take is refused here, naming its input, before any request.
    return { format, signer: format.signerOf(key) };
}
/** Each repository's registry refuses an identity that may not push before anything is written in any format. */
async function checkPushRights(context, refs) {
    await Promise.all([...(0,_repository_context_js__WEBPACK_IMPORTED_MODULE_1__/* .byRepository */ .IH)(refs).values()].map(async ([ref]) => {
        const registry = await context.oci(ref);
        await registry.checkPushRights({ registry: ref.registry, repository: ref.repository });
    }));
}
/** Writes both cosign forms for every tag at once; a tag that fails does not stop the others. */
async function writeCosign(context, plan, resolved) {
    return Promise.all(resolved.map(async ({ ref, manifest }) => {
        try {
            const registry = await context.oci(ref);
            const location = { registry: ref.registry, repository: ref.repository };
            const outcome = await plan.format.write({ registry, location, tag: ref.tag, manifest }, plan.signer, { logger: context.logger });
            return { ref, ok: true, outcome };
        }
        catch (err) {
            return { ref, ok: false, error: err };
        }
    }));
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
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4684);
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
