export const id = 246;
export const ids = [246];
export const modules = {

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
// EXTERNAL MODULE: ./lib/operations/connections.js + 2 modules
var operations_connections = __webpack_require__(1759);
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
// EXTERNAL MODULE: ./lib/operations/push.js
var push = __webpack_require__(9372);
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
        const pushes = (options.push ?? true) ? await pushReferences(inputs.refs, options, connections, logger) : NOTHING_PUSHED;
        const notPushed = new Set(pushes.failed.map((f) => f.reference));
        const toSign = inputs.refs.filter((r) => !notPushed.has(r.original));
        const resolved = await resolveDigests(toSign, sessions, pushes.pushed);
        const signed = await publishAll(plans, sessions, resolved, inputs, trustState, logger);
        const result = { ...report(signed, inputs, sessions, plans), ...(pushes.failed.length > 0 ? { notPushed: pushes.failed } : {}) };
        return await trustState.saveWith(result);
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
    const signerNameGiven = signerName !== undefined && options.signerName?.trim() === signerName;
    return { refs, signer: signerKey.signer, signerName, signerNameGiven, rootKey, repositoryKey, pin, delegations };
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
            acceptRekeyedDelegations: true,
            trustState,
            ...(inputs.pin ? { pin: inputs.pin } : {}),
        });
        if (!plan.repo) {
            checkCanInitialize(plan, inputs);
            plan.signerName = inputs.signerName;
            return;
        }
        plan.signerName = signerNameIn(plan.repo, inputs);
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
// A given signer name must be the key's; the key's role: header is only reported when it is.
function signerNameIn(repo, inputs) {
    const name = inputs.signerName;
    if (name && inputs.signerNameGiven)
        (0,signable_roles/* checkSignerName */._D)(repo, inputs.signer, name);
    const own = (0,signable_roles/* signerNamesOf */.c$)(repo, inputs.signer);
    return name && own.includes(name) ? name : own[0];
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
const NOTHING_PUSHED = { pushed: new Map(), failed: [] };
// The digest docker reports for each push is what we must sign, not whatever the tag points at later.
function pushReferences(refs, options, connections, logger) {
    const env = options.env ?? process.env;
    return (0,push/* pushAll */.i)(refs, { runner: options.runner, docker: options.docker, env, deadline: connections.deadline, logger });
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
        // A repository whose every push failed has nothing to sign.
        if (!resolved.some((r) => r.ref.gun === plan.gun))
            continue;
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
        ...(inputs.signerNameGiven ? { onlyRoles: (0,repository_admin/* signerRoles */.CK)(inputs.signerName) } : {}),
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
function report(signed, inputs, sessions, plans) {
    const order = new Map(inputs.refs.map((r, i) => [r.original, i]));
    signed.sort((a, b) => order.get(a.reference) - order.get(b.reference));
    // A name is reported only when the key is that signer in every repository signed.
    const names = new Set([...plans.values()].map((p) => p.signerName));
    return {
        signed,
        signerKeyId: inputs.signer.keyId,
        signerName: names.size === 1 ? [...names][0] : undefined,
        requests: countRequests([...sessions.values()]),
    };
}


/***/ })

};
