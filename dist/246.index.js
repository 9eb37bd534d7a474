export const id = 246;
export const ids = [246];
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
    const sigstore = await __webpack_require__.e(/* import() */ 186).then(__webpack_require__.bind(__webpack_require__, 2805));
    return { signerOf: sigstore.cosignSignerOf, write: sigstore.writeCosignSignatures, verify: sigstore.verifyCosignSignatures };
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
// EXTERNAL MODULE: ./lib/keys/index.js + 16 modules
var keys = __webpack_require__(4684);
// EXTERNAL MODULE: ./lib/trust/signable-roles.js
var signable_roles = __webpack_require__(7629);
// EXTERNAL MODULE: ./lib/trust/repository-admin.js
var repository_admin = __webpack_require__(9690);
// EXTERNAL MODULE: ./lib/trust/updates.js
var updates = __webpack_require__(9460);
// EXTERNAL MODULE: ./lib/operations/repository-context.js + 6 modules
var repository_context = __webpack_require__(1196);
// EXTERNAL MODULE: ./lib/operations/no-trust-data.js
var no_trust_data = __webpack_require__(3949);
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

// EXTERNAL MODULE: ./lib/operations/push.js
var push = __webpack_require__(9372);
// EXTERNAL MODULE: ./lib/operations/sort-order.js
var sort_order = __webpack_require__(781);
// EXTERNAL MODULE: ./lib/operations/sign-cosign.js
var sign_cosign = __webpack_require__(3009);
;// CONCATENATED MODULE: ./lib/operations/sign.js
// The sign operation: push image tags, read their digests from the registry,
// and sign them in each format asked for: in the trust server (DCT), one
// update per repository, and with cosign signatures in the registry.
//
// Everything that can be checked is checked before the first push: the
// references, the keys, that each repository has trust data (or bootstrap
// keys were given), that the signer may sign every tag and, for cosign,
// that the registry lets the identity push. So bad input fails with nothing
// pushed and nothing published in any format. The cosign writes then run
// while the trust server publishes; when one format fails after another
// succeeded, the result says which formats each tag has and names the
// failure, so that the command shows it and fails.











function signerNameOf(options, key) {
    const name = options.signerName?.trim() || key?.role;
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
// The phases in this order: everything that can be refused is refused before the first push.
async function sign(options) {
    const inputs = await readInputs(options);
    return (0,repository_context/* openRepositories */.zb)(withoutTrustData(options, inputs), inputs.refs, { access: 'write', warnOnFirstUse: inputs.dct }, async (context) => {
        const plans = inputs.dct ? await Promise.all(context.repositories.map((open) => loadTrustData(context, open, inputs))) : [];
        if (inputs.cosign)
            await (0,sign_cosign/* checkPushRights */.Ky)(context, inputs.refs);
        const pushes = (options.push ?? true) ? await pushReferences(inputs.refs, options, context) : NOTHING_PUSHED;
        const notPushed = new Set(pushes.failed.map((f) => f.reference));
        const resolved = await resolveDigests(context, inputs.refs.filter((r) => !notPushed.has(r.original)), pushes.pushed);
        const outcome = await publishFormats(context, plans, resolved, inputs);
        return { ...report(outcome, inputs, context.requests(), plans), ...(pushes.failed.length > 0 ? { notPushed: pushes.failed } : {}) };
    });
}
// A bad signer name or key fails here, before anything touches the network.
async function readInputs(options) {
    const refs = options.references;
    const formats = options.formats && options.formats.length > 0 ? [...new Set(options.formats)] : ['dct'];
    const dct = formats.includes('dct');
    const signerKey = options.signerKey;
    if (dct && !signerKey)
        throw new errors/* InputError */.dz('signer-key', 'no signer key; give signer-key, the key that signs for the repository in its trust data');
    const cosign = formats.includes('cosign') ? await (0,sign_cosign/* cosignPlanOf */.qU)(options.cosign, signerKey, options.cosignKey) : undefined;
    const signerName = signerNameOf(options, signerKey);
    const { rootKey, repositoryKey } = options.bootstrap ?? {};
    const delegations = signerName ? (0,repository_admin/* signerRoles */.CK)(signerName) : ['targets/releases'];
    const signerNameGiven = signerName !== undefined && options.signerName?.trim() === signerName;
    const signer = (signerKey ?? options.cosignKey).signer;
    return { refs, signer, signerName, signerNameGiven, rootKey, repositoryKey, delegations, formats, dct, cosign };
}
// Without DCT nothing of the trust server's is read or kept: a trust state or pin from the environment is ignored.
function withoutTrustData(options, inputs) {
    return inputs.dct ? options : { ...options, trustState: undefined, trustPin: undefined, requirePin: false, trustStateForget: undefined };
}
// Read and verify a repository's trust data first, so what cannot be signed is refused before pushing.
async function loadTrustData(context, open, inputs) {
    const repo = await context.read(open, { delegations: inputs.delegations, allowExpiredDelegations: true, acceptRekeyedDelegations: true });
    if (!repo) {
        await checkCanInitialize(context, open, inputs);
        return { open, repo, signerName: inputs.signerName };
    }
    const signerName = signerNameIn(repo, inputs);
    checkMaySign(open, repo, inputs.signer);
    await warnOfExpiry(open.gun, repo, context);
    return { open, repo, signerName };
}
// A repository without trust data can only be signed if we were given what it takes to create it.
async function checkCanInitialize(context, open, inputs) {
    if (!inputs.rootKey || !inputs.repositoryKey) {
        throw await (0,no_trust_data/* noTrustDataError */.k)(context, open, `${open.gun} has no trust data at ${open.trustServer}. Either have an admin run ` +
            '`dct-sign signer-add` once for it (or `docker trust signer add`), or give the root-key and ' +
            'repository-key inputs (with their passphrases) so that dct-sign initializes it.');
    }
    if (!inputs.signerName) {
        throw new errors/* InputError */.dz('signer-name', `name the signer to add to the new repository ${open.gun}`);
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
function checkMaySign(open, repo, signer) {
    for (const ref of open.refs) {
        if ((0,signable_roles/* signableRoles */.V4)(repo, [signer], ref.tag).length === 0) {
            throw new errors/* DctError */.sY('NOT_SIGNER', `the signer key ${signer.keyId.slice(0, 12)} may not sign ${ref.original}: it is not a signer of ` +
                `${open.gun}. Add it once with \`dct-sign signer-add\` (or \`docker trust signer add\`), or use the key of a listed signer.`);
        }
    }
}
// Signing renews only the signer's own roles, so say which expired ones it renews and which still need an admin.
async function warnOfExpiry(gun, repo, context) {
    for (const [name, role] of repo.delegations) {
        if (role.expired)
            context.logger.warning(`${gun}: ${name} had expired; it is re-signed with a fresh expiry`);
    }
    // The signer's own roles get a fresh expiry when signed; root and targets need an admin.
    for (const warning of await expiryWarnings(repo, ['root', 'targets']))
        context.logger.warning(warning.message);
}
const NOTHING_PUSHED = { pushed: new Map(), failed: [] };
// The digest docker reports for each push is what we must sign, not whatever the tag points at later.
function pushReferences(refs, options, context) {
    const env = options.env ?? process.env;
    return (0,push/* pushAll */.i)(refs, { runner: options.runner, docker: options.docker, env, deadline: context.deadline, logger: context.logger });
}
// Digests and sizes come from the registry itself; a tag moved by someone else since our push is refused.
async function resolveDigests(context, refs, pushed) {
    const resolved = await Promise.all(refs.map(async (ref) => ({ ref, manifest: await context.resolve(ref) })));
    for (const { ref, manifest } of resolved) {
        const mine = pushed.get(ref.original);
        if (mine && mine !== manifest.digest) {
            throw new errors/* DctError */.sY('VERIFY', `${ref.original}: the registry now serves ${manifest.digest}, not ${mine} that was just pushed; nothing was signed`);
        }
    }
    return resolved;
}
// A new repository gets root, targets and the signer's delegation before its first tags are signed.
async function initializeTrustData(context, open, inputs) {
    context.logger.info(`Initializing trust data for ${open.gun} with signer ${inputs.signerName}`);
    const { server, gun, trustState, logger } = context.publishing(open);
    await (0,updates/* initializeRepository */.Pg)({
        server,
        gun,
        rootSigner: (0,keys/* createRootCertificate */.Qf)(inputs.rootKey.signer, open.gun).signer,
        repositorySigner: inputs.repositoryKey.signer,
        signer: { name: inputs.signerName, keys: [inputs.signer.publicKey] },
        logger,
        trustState,
    });
}
// One signed update per repository carries all of its tags.
async function publishRepository(context, plan, resolved, inputs) {
    const { open, repo } = plan;
    if (!repo)
        await initializeTrustData(context, open, inputs);
    const mine = resolved.filter((r) => r.ref.gun === open.gun);
    const targets = mine.map(({ ref, manifest }) => ({ name: ref.tag, sha256: manifest.digest.slice('sha256:'.length), length: manifest.size }));
    context.logger.info(`Signing ${targets.map((t) => t.name).join(', ')} in ${open.gun}`);
    const published = await (0,updates/* signTargetsInRepository */.T7)({
        ...context.publishing(open),
        signers: [inputs.signer],
        targets,
        ...(inputs.signerName ? { signerName: inputs.signerName } : {}),
        ...(inputs.signerNameGiven ? { onlyRoles: (0,repository_admin/* signerRoles */.CK)(inputs.signerName) } : {}),
        ...(repo ? { initial: repo } : {}),
    });
    const signed = mine.map(({ ref, manifest }) => ({
        reference: ref.original,
        tag: ref.tag,
        digest: manifest.digest,
        size: manifest.size,
        roles: [...(published.result.get(ref.tag) ?? [])].sort(sort_order/* roleCompare */.OO),
        gun: open.gun,
        trustServer: open.trustServer,
        alreadySigned: published.alreadySigned.has(ref.tag),
        formats: ['dct'],
    }));
    // A repository just created published its trust data even when its tags were unchanged.
    return { signed, published: published.published || !repo };
}
// Callers see the results in the order they gave the references, with the requests it took.
function report(outcome, inputs, requests, plans) {
    const { signed, published, failedFormats } = outcome;
    const order = new Map(inputs.refs.map((r, i) => [r.original, i]));
    signed.sort((a, b) => order.get(a.reference) - order.get(b.reference));
    // A name is reported only when the key is that signer in every repository signed.
    const names = new Set(plans.map((p) => p.signerName));
    const signerName = names.size === 1 ? [...names][0] : undefined;
    const failed = failedFormats.length > 0 ? { failedFormats } : {};
    return { signed, published, formats: inputs.formats, ...failed, signerKeyId: inputs.signer.keyId, signerName, requests };
}
// The registry writes run while the trust server publishes: neither waits for the other.
async function publishFormats(context, plans, resolved, inputs) {
    // A repository whose every push failed has nothing to sign.
    const toSign = plans.filter((p) => resolved.some((r) => r.ref.gun === p.open.gun));
    const publishDct = () => (0,repository_context/* eachInTurn */.uK)(toSign, (p) => p.open.gun, (plan) => publishRepository(context, plan, resolved, inputs)).then((repos) => ({ ok: true, repos }), (error) => ({ ok: false, error }));
    const [dct, cosign] = await Promise.all([
        inputs.dct ? publishDct() : undefined,
        inputs.cosign ? (0,sign_cosign/* writeCosign */.RL)(context, inputs.cosign, resolved) : undefined,
    ]);
    return combineFormats(context, resolved, dct, cosign);
}
// One entry per tag with every format it now has; a run where every format failed throws the first failure.
function combineFormats(context, resolved, dct, cosign) {
    const dctSigned = new Map((dct?.ok ? dct.repos.flatMap((r) => r.signed) : []).map((s) => [s.reference, s]));
    const dctFailure = dct && !dct.ok ? dct.error : undefined;
    const cosignFailures = (cosign ?? []).flatMap((c) => (c.ok ? [] : [c]));
    // Whether any tag got its cosign signatures: then a failure of the other format is not the whole run's.
    const cosignSucceeded = (cosign ?? []).some((c) => c.ok);
    if (dctFailure !== undefined && !cosignSucceeded) {
        for (const c of cosignFailures)
            context.logger.warning(`${c.ref.original}: cosign: ${(0,errors/* errorMessage */.gJ)(c.error)}`);
        throw dctFailure;
    }
    if (!dct && cosignFailures.length > 0 && !cosignSucceeded)
        throw cosignFailures[0].error;
    const changed = dctFailure instanceof errors/* PartiallyPublishedError */.ho ? new Set(dctFailure.changed) : new Set();
    const byRef = new Map((cosign ?? []).map((c) => [c.ref.original, c]));
    const signed = resolved.map((r) => tagFormats(r, dctSigned.get(r.ref.original), changed.has(r.ref.gun), byRef.get(r.ref.original)));
    const failedFormats = [];
    if (dctFailure !== undefined) {
        const unsigned = resolved.filter((r) => !changed.has(r.ref.gun)).map((r) => r.ref.original);
        failedFormats.push({ format: 'dct', references: unsigned, message: (0,errors/* errorMessage */.gJ)(dctFailure) });
    }
    for (const c of cosignFailures)
        failedFormats.push({ format: 'cosign', references: [c.ref.original], message: (0,errors/* errorMessage */.gJ)(c.error) });
    const published = (dct?.ok === true && dct.repos.some((r) => r.published)) || changed.size > 0 || (cosign ?? []).some((c) => c.ok && c.outcome.written.length > 0);
    return { signed, published, failedFormats };
}
/** One tag's entry: its DCT signing (if any) with the cosign forms added. */
function tagFormats(r, dct, dctChanged, cosign) {
    const base = dct ?? {
        reference: r.ref.original,
        tag: r.ref.tag,
        digest: r.manifest.digest,
        size: r.manifest.size,
        roles: [],
        gun: r.ref.gun,
        trustServer: undefined,
        alreadySigned: true,
        formats: dctChanged ? ['dct'] : [],
    };
    if (!cosign?.ok)
        return base;
    const { written, already } = cosign.outcome;
    const alreadySigned = base.alreadySigned && written.length === 0;
    return { ...base, alreadySigned, formats: [...base.formats, 'cosign'], cosign: { written: [...written], already: [...already] } };
}


/***/ })

};
