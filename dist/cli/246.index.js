export const id = 246;
export const ids = [246];
export const modules = {

/***/ 5435:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ afterPartialSuccess),
/* harmony export */   X: () => (/* binding */ withRepositories)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8747);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9758);
/* harmony import */ var _connections_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5100);
// What the repository admin operations share (signer add and remove, key
// rotation, refresh): repository references, registry credentials, the
// trust pin, and one session per registry that is closed when the work is
// done.




/**
 * Parses the references of `tags` (checking them all before any network
 * call), opens one session per registry asking for `access`, runs `work`,
 * saves the trust state when it succeeded and closes the sessions. The same
 * repository given twice is worked on once.
 */
async function withRepositories(options, references, access, work) {
    if (references.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('tags', 'no repository given; list registry/repository names');
    const refs = references.map((r) => (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRepository */ .SU)(r));
    (0,_connections_js__WEBPACK_IMPORTED_MODULE_3__/* .checkCredentialInputs */ .He)(options, refs);
    const pin = (0,_connections_js__WEBPACK_IMPORTED_MODULE_3__/* .trustPinOf */ .JA)(options);
    const unique = [...new Map(refs.map((r) => [r.gun, r])).values()];
    const connections = new _connections_js__WEBPACK_IMPORTED_MODULE_3__/* .Connections */ .UQ(options, access);
    try {
        const repositories = await Promise.all(unique.map(async (ref) => {
            const trustServer = connections.trustServerUrl(ref);
            const session = await connections.session(ref.registry);
            return { reference: ref.original, gun: ref.gun, registry: ref.registry, trustServer, server: session.trustServer(trustServer) };
        }));
        const result = await work({ repositories, pin, trustState: connections.trust, logger: options.logger ?? _logger_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLogger */ .q });
        await connections.trust.save();
        return result;
    }
    finally {
        await connections.close();
    }
}
/**
 * An error from publishing to one repository after others were already
 * changed: same code, with the changed repositories named so that a rerun
 * is understood (the operations are idempotent, so rerunning is safe).
 */
function afterPartialSuccess(err, done) {
    if (done.length === 0 || !(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY))
        return err;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY(err.code, `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)} (already changed: ${done.join(', ')}; rerunning is safe)`, { cause: err });
}


/***/ }),

/***/ 5246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sign: () => (/* binding */ sign)
});

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/keys/index.js + 12 modules
var keys = __webpack_require__(4338);
// EXTERNAL MODULE: ./lib/logger.js
var lib_logger = __webpack_require__(8747);
// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
// EXTERNAL MODULE: ./lib/trust/publisher.js
var publisher = __webpack_require__(7554);
// EXTERNAL MODULE: ./lib/trust/signable-roles.js
var signable_roles = __webpack_require__(7629);
// EXTERNAL MODULE: ./lib/trust/repository-admin.js
var repository_admin = __webpack_require__(9690);
// EXTERNAL MODULE: ./lib/trust/updates.js
var updates = __webpack_require__(9460);
// EXTERNAL MODULE: ./lib/operations/connections.js + 3 modules
var operations_connections = __webpack_require__(5100);
// EXTERNAL MODULE: ./lib/operations/admin-context.js
var admin_context = __webpack_require__(5435);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/tuf/role.js
var tuf_role = __webpack_require__(1239);
// EXTERNAL MODULE: ./lib/tuf/root-trust.js
var root_trust = __webpack_require__(9408);
// EXTERNAL MODULE: ./lib/tuf/time.js
var time = __webpack_require__(4106);
;// CONCATENATED MODULE: ./lib/operations/expiry.js
// Expiry care: which of the roles a run touches expire soon. Roles nobody
// signs into for years (targets, a signer's role, root) expire silently,
// and then every pull with content trust fails. Snapshot and timestamp are
// re-signed by the server, so they are not ours to watch.
//
// Root is also only as good as its certificate: notary refuses a root
// certificate past its validity (10 years from creation) even when the root
// file itself has not expired, and only a root key rotation renews it.




/** Warn this long before a role expires: half a notary year. */
const EXPIRY_WARNING_WINDOW = time/* YEAR */.UX / 2;
const DAY_MS = 24 * 60 * 60 * 1000;
function describe(gun, role, expires, kind, now) {
    const days = Math.max(0, Math.floor((expires.getTime() - now.getTime()) / DAY_MS));
    const when = `on ${expires.toISOString().slice(0, 10)} (in ${days} day${days === 1 ? '' : 's'})`;
    if (kind === 'certificate') {
        return `${gun}: the root certificate expires ${when}; rotate the root key before then or pulls with content trust fail`;
    }
    const fix = role === tuf_role/* ROOT */.Dl
        ? 'have an admin re-sign root with the root key'
        : role === tuf_role/* TARGETS */.dW
            ? 'refresh it with the repository key (dct-sign refresh)'
            : "refresh it with a signer's key (dct-sign refresh), or sign a tag";
    return `${gun}: ${role} expires ${when}; ${fix}, or pulls with content trust fail`;
}
/** The earliest end of validity among the root's usable certificates. */
function rootCertificateExpiry(repo, now) {
    let earliest;
    for (const key of (0,root_trust/* validRootKeys */.jt)(repo.root.signed, repo.gun, now, false).values()) {
        const validTo = new Date(new external_node_crypto_.X509Certificate(key.public).validTo);
        if (!earliest || validTo < earliest)
            earliest = validTo;
    }
    return earliest;
}
/**
 * Warnings for the roles in `roles` (root, targets, delegations) that expire
 * within `within` of `now`, soonest first. Roles not published are skipped.
 */
async function expiryWarnings(repo, roles, now = new Date(), within = EXPIRY_WARNING_WINDOW) {
    const limit = now.getTime() + within;
    const found = [];
    for (const role of new Set(roles)) {
        if (role === tuf_role/* SNAPSHOT */.xO || role === tuf_role/* TIMESTAMP */.ht)
            continue;
        if (role === tuf_role/* ROOT */.Dl) {
            found.push({ role, expires: repo.root.signed.expires, kind: 'metadata' });
            const cert = rootCertificateExpiry(repo, now);
            if (cert)
                found.push({ role, expires: cert, kind: 'certificate' });
        }
        else if (role === tuf_role/* TARGETS */.dW) {
            found.push({ role, expires: repo.targets.signed.expires, kind: 'metadata' });
        }
        else {
            const loaded = await repo.delegation(role);
            if (loaded?.metadata)
                found.push({ role, expires: loaded.metadata.signed.expires, kind: 'metadata' });
        }
    }
    return found
        .filter((f) => f.expires.getTime() <= limit)
        .sort((a, b) => a.expires.getTime() - b.expires.getTime())
        .map((f) => ({ ...f, message: describe(repo.gun, f.role, f.expires, f.kind, now) }));
}

// EXTERNAL MODULE: ./lib/operations/key-inputs.js
var key_inputs = __webpack_require__(5935);
// EXTERNAL MODULE: ./lib/operations/session.js
var session = __webpack_require__(478);
;// CONCATENATED MODULE: ./lib/operations/sign.js
// The sign operation: push image tags, read their digests from the registry,
// and sign them in the trust server, one update per repository.
//
// Everything that can be checked is checked before the first push: the
// references, the keys, that each repository has trust data (or bootstrap
// keys were given) and that the signer may sign every tag. So bad input
// fails with nothing pushed and nothing published.













function signerNameOf(options, key) {
    const name = options.signerName?.trim() || key.role;
    if (!name || name === 'targets' || name === 'root')
        return undefined;
    try {
        (0,repository_admin/* signerRoles */.CK)(name);
    }
    catch (err) {
        throw new errors/* InputError */.dz('signer-name', err.message, { cause: err });
    }
    return name;
}
/** The line `docker push` ends with: `<tag>: digest: sha256:… size: N`. */
const PUSHED_DIGEST = /digest: (sha256:[0-9a-f]{64}) size: \d+/;
function countRequests(sessions) {
    const byMethod = {};
    let total = 0;
    let connections = 0;
    for (const s of sessions) {
        const stats = s.stats();
        total += stats.requests;
        connections += stats.connections;
        for (const [method, n] of Object.entries(stats.byMethod))
            byMethod[method] = (byMethod[method] ?? 0) + n;
    }
    return { total, byMethod, connections };
}
// The phases in this order: everything that can be refused is refused before the first push.
async function sign(options) {
    const logger = options.logger ?? lib_logger/* silentLogger */.q;
    const inputs = readInputs(options);
    const connections = new operations_connections/* Connections */.UQ(options, 'write', { warnOnFirstUse: true });
    const plans = planRepositories(inputs.refs, connections);
    const sessions = await openSessions(inputs.refs, connections);
    try {
        const trustState = connections.trust;
        await loadTrustData(plans, sessions, inputs, trustState, logger);
        const pushed = (options.push ?? true) ? await pushReferences(inputs.refs, options, logger) : new Map();
        const resolved = await resolveDigests(inputs.refs, sessions, pushed);
        const signed = await publishAll(plans, sessions, resolved, inputs, trustState, logger);
        await trustState.save();
        return report(signed, inputs, sessions);
    }
    finally {
        await connections.close();
    }
}
// Bad references, keys or credentials fail here, before anything touches the network.
function readInputs(options) {
    if (options.references.length === 0) {
        throw new errors/* InputError */.dz('tags', 'no image reference given; list registry/repository:tag references');
    }
    const refs = options.references.map((r) => (0,reference/* parseTaggedReference */.$R)(r, 'tags'));
    const signerKey = (0,key_inputs.loadKeyInput)(options.signerKey);
    const signerName = signerNameOf(options, signerKey);
    if (Boolean(options.rootKey) !== Boolean(options.repositoryKey)) {
        throw new errors/* InputError */.dz(options.rootKey ? 'repository-key' : 'root-key', 'initializing a repository needs both the root key and the repository key');
    }
    const rootKey = options.rootKey ? (0,key_inputs.loadKeyInput)(options.rootKey) : undefined;
    const repositoryKey = options.repositoryKey ? (0,key_inputs.loadKeyInput)(options.repositoryKey) : undefined;
    (0,operations_connections/* checkCredentialInputs */.He)(options, refs);
    const pin = (0,operations_connections/* trustPinOf */.JA)(options);
    const delegations = signerName ? (0,repository_admin/* signerRoles */.CK)(signerName) : ['targets/releases'];
    return { refs, signer: signerKey.signer, signerName, rootKey, repositoryKey, pin, delegations };
}
// One update per repository, so tags of one repository are signed together.
function planRepositories(refs, connections) {
    const plans = new Map();
    for (const ref of refs) {
        const plan = plans.get(ref.gun) ?? {
            gun: ref.gun,
            registry: ref.registry,
            refs: [],
            trustServer: connections.trustServerUrl(ref),
            repo: null,
        };
        plan.refs.push(ref);
        plans.set(ref.gun, plan);
    }
    return plans;
}
// One session per registry, shared by its repositories' registry and trust-server calls.
async function openSessions(refs, connections) {
    const sessions = new Map();
    for (const registry of new Set(refs.map((r) => r.registry)))
        sessions.set(registry, await connections.session(registry));
    return sessions;
}
// Read and verify every repository's trust data first, so what cannot be signed is refused before pushing.
async function loadTrustData(plans, sessions, inputs, trustState, logger) {
    await Promise.all([...plans.values()].map(async (plan) => {
        const server = sessions.get(plan.registry).trustServer(plan.trustServer);
        plan.repo = await (0,publisher/* readRepository */.Nu)({
            server,
            gun: plan.gun,
            delegations: inputs.delegations,
            allowExpiredDelegations: true,
            trustState,
            ...(inputs.pin ? { pin: inputs.pin } : {}),
        });
        if (!plan.repo) {
            checkCanInitialize(plan, inputs);
            return;
        }
        checkMaySign(plan, plan.repo, inputs.signer);
        await warnOfExpiry(plan.gun, plan.repo, logger);
    }));
}
// A repository without trust data can only be signed if we were given what it takes to create it.
function checkCanInitialize(plan, inputs) {
    if (!inputs.rootKey || !inputs.repositoryKey) {
        throw new errors/* DctError */.sY('NO_TRUST_DATA', `${plan.gun} has no trust data at ${plan.trustServer}. Either have an admin run ` +
            '`docker trust signer add` once for it, or give the root-key and repository-key inputs ' +
            '(with their passphrases) so that dct-sign initializes it.');
    }
    if (!inputs.signerName) {
        throw new errors/* InputError */.dz('signer-name', `name the signer to add to the new repository ${plan.gun}`);
    }
}
// Only a listed signer's key can sign; finding that out after the push would leave tags pushed but unsigned.
function checkMaySign(plan, repo, signer) {
    for (const ref of plan.refs) {
        if ((0,signable_roles/* signableRoles */.V4)(repo, [signer], ref.tag).length === 0) {
            throw new errors/* DctError */.sY('NOT_SIGNER', `the signer key ${signer.keyId.slice(0, 12)} may not sign ${ref.original}: it is not a signer of ` +
                `${plan.gun}. Add it once with \`docker trust signer add\`, or use the key of a listed signer.`);
        }
    }
}
// Signing renews only the signer's own roles, so say which expired ones it renews and which still need an admin.
async function warnOfExpiry(gun, repo, logger) {
    for (const [name, role] of repo.delegations) {
        if (role.expired)
            logger.warning(`${gun}: ${name} had expired; it is re-signed with a fresh expiry`);
    }
    // The signer's own roles get a fresh expiry when signed; root and targets need an admin.
    for (const warning of await expiryWarnings(repo, ['root', 'targets']))
        logger.warning(warning.message);
}
// The digest docker reports for each push is what we must sign, not whatever the tag points at later.
async function pushReferences(refs, options, logger) {
    // With DOCKER_CONTENT_TRUST set, docker ≤ 28 would try to sign with its own keys.
    const pushEnv = { ...(options.env ?? process.env) };
    delete pushEnv.DOCKER_CONTENT_TRUST;
    const pushed = new Map();
    for (const ref of refs) {
        logger.info(`Pushing ${ref.original}`);
        const result = await options.runner.run(options.docker ?? 'docker', ['push', ref.original], { env: pushEnv });
        const reported = PUSHED_DIGEST.exec(result.stdout)?.[1];
        if (reported)
            pushed.set(ref.original, reported);
        if (result.exitCode !== 0) {
            throw new errors/* DctError */.sY('COMMAND', `docker push ${ref.original} failed (exit code ${result.exitCode}); nothing was signed`);
        }
        // Without the pushed digest a tag moved by someone else after our push would be signed unnoticed.
        if (!reported) {
            logger.warning(`docker push ${ref.original} printed no "digest: sha256:… size: …" line, so the check that the registry ` +
                'serves what was just pushed is skipped; the digest the registry serves now is signed');
        }
    }
    return pushed;
}
// Digests and sizes come from the registry itself; a tag moved by someone else since our push is refused.
async function resolveDigests(refs, sessions, pushed) {
    const resolved = await Promise.all(refs.map(async (ref) => ({ ref, manifest: await sessions.get(ref.registry).registry.resolve(ref) })));
    for (const { ref, manifest } of resolved) {
        const mine = pushed.get(ref.original);
        if (mine && mine !== manifest.digest) {
            throw new errors/* DctError */.sY('VERIFY', `${ref.original}: the registry now serves ${manifest.digest}, not ${mine} that was just pushed; nothing was signed`);
        }
    }
    return resolved;
}
// Repositories are published one after another so a failure can name those already signed.
async function publishAll(plans, sessions, resolved, inputs, trustState, logger) {
    const signed = [];
    const done = [];
    for (const plan of plans.values()) {
        try {
            const server = sessions.get(plan.registry).trustServer(plan.trustServer);
            if (!plan.repo)
                await initializeTrustData(plan, server, inputs, trustState, logger);
            const mine = resolved.filter((r) => r.ref.gun === plan.gun);
            signed.push(...(await publishRepository(plan, server, mine, inputs, trustState, logger)));
        }
        catch (err) {
            throw (0,admin_context/* afterPartialSuccess */.R)(err, done);
        }
        done.push(plan.gun);
    }
    return signed;
}
// A new repository gets root, targets and the signer's delegation before its first tags are signed.
async function initializeTrustData(plan, server, inputs, trustState, logger) {
    logger.info(`Initializing trust data for ${plan.gun} with signer ${inputs.signerName}`);
    await (0,updates/* initializeRepository */.Pg)({
        server,
        gun: plan.gun,
        rootSigner: (0,keys/* createRootCertificate */.Qf)(inputs.rootKey.signer, plan.gun).signer,
        repositorySigner: inputs.repositoryKey.signer,
        signer: { name: inputs.signerName, keys: [inputs.signer.publicKey] },
        logger,
        trustState,
    });
}
// One signed update per repository carries all of its tags.
async function publishRepository(plan, server, mine, inputs, trustState, logger) {
    const targets = mine.map(({ ref, manifest }) => ({
        name: ref.tag,
        sha256: manifest.digest.slice('sha256:'.length),
        length: manifest.size,
    }));
    logger.info(`Signing ${targets.map((t) => t.name).join(', ')} in ${plan.gun}`);
    const published = await (0,updates/* signTargetsInRepository */.T7)({
        server,
        gun: plan.gun,
        signers: [inputs.signer],
        targets,
        logger,
        trustState,
        ...(inputs.signerName ? { signerName: inputs.signerName } : {}),
        ...(inputs.pin ? { pin: inputs.pin } : {}),
        ...(plan.repo ? { initial: plan.repo } : {}),
    });
    return mine.map(({ ref, manifest }) => ({
        reference: ref.original,
        tag: ref.tag,
        digest: manifest.digest,
        size: manifest.size,
        roles: published.result.get(ref.tag) ?? [],
        gun: plan.gun,
        trustServer: plan.trustServer,
    }));
}
// Callers see the results in the order they gave the references, with the requests it took.
function report(signed, inputs, sessions) {
    const order = new Map(inputs.refs.map((r, i) => [r.original, i]));
    signed.sort((a, b) => order.get(a.reference) - order.get(b.reference));
    return {
        signed,
        signerKeyId: inputs.signer.keyId,
        signerName: inputs.signerName,
        requests: countRequests([...sessions.values()]),
    };
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
/** Applies the edit to each role's names and signs each role that changed, bumping version and expiry. */
async function editRoles(repo, edits, edit, now) {
    const files = [];
    for (const [role, { signer, names }] of edits) {
        const { current, expired } = await currentTargets(repo, role, now);
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
    return files;
}
function notSignerError(repo, signers, target) {
    const ids = signers.map((s) => s.keyId.slice(0, 12)).join(', ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_SIGNER', `key ${ids} may not sign ${target} in ${repo.gun}: it is in no delegation role (targets/releases or ` +
        'targets/<name>) whose paths admit the tag. Add it once with `docker trust signer add` or dct-sign signer-add.');
}
function plan(repo, signers, names) {
    const edits = new Map();
    const roles = new Map();
    const signableFor = (0,_signable_roles_js__WEBPACK_IMPORTED_MODULE_6__/* .signableRolesOf */ .CQ)(repo, signers);
    for (const name of names) {
        const signable = signableFor(name);
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
/** Adds or replaces targets in every role the signers can sign. */
async function addTargets(repo, signers, specs, now) {
    // One FileMeta per tag, shared by every role it goes into.
    const metas = new Map(specs.map((s) => [s.name, { spec: s, meta: new _tuf_file_meta_js__WEBPACK_IMPORTED_MODULE_1__/* .FileMeta */ .o({ length: s.length, hashes: { sha256: Buffer.from(s.sha256, 'hex') } }) }]));
    const { edits, roles } = plan(repo, signers, [...metas.keys()]);
    const add = (targets, name) => {
        const { spec, meta } = metas.get(name);
        const old = targets.get(name);
        if (old && old.length === meta.length && old.sha256Hex === spec.sha256 && Object.keys(old.hashes).length === 1) {
            return false;
        }
        targets.set(name, meta);
        return true;
    };
    return { files: await editRoles(repo, edits, add, now), roles };
}
/** Removes targets from every role the signers can sign, as `docker trust revoke` does. */
async function removeTargets(repo, signers, names, now) {
    const { edits, roles } = plan(repo, signers, names);
    return { files: await editRoles(repo, edits, (targets, name) => targets.delete(name), now), roles };
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
                const role = { name: _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW, signer: signingAs(signer, id) };
                return () => [role];
            }
        }
        return () => [];
    }
    const candidates = [];
    for (const role of targets.delegations) {
        // docker signs only direct children of targets, and only where paths allow.
        if ((0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .parentRole */ .rt)(role.name) !== _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW)
            continue;
        for (const signer of signers) {
            const id = keyIdFor(signer, role.keyids, targets.delegationKeys);
            if (id) {
                candidates.push({ name: role.name, signer: signingAs(signer, id), paths: role.paths });
                break;
            }
        }
    }
    return (target) => candidates.filter((c) => (0,_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .pathAllowed */ .EG)(target, c.paths)).map(({ name, signer }) => ({ name, signer }));
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
