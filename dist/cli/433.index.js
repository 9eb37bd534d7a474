export const id = 433;
export const ids = [433];
export const modules = {

/***/ 1391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ expiryWarnings),
/* harmony export */   G: () => (/* binding */ EXPIRY_WARNING_WINDOW)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1239);
/* harmony import */ var _tuf_root_trust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9408);
/* harmony import */ var _tuf_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4106);
// Expiry care: which of the roles a run touches expire soon. Roles nobody
// signs into for years (targets, a signer's role, root) expire silently,
// and then every pull with content trust fails. Snapshot and timestamp are
// re-signed by the server, so they are not ours to watch.
//
// Root is also only as good as its certificate: notary refuses a root
// certificate past its validity (10 years from creation) even when the root
// file itself has not expired, and only a root key rotation renews it.




/** Warn this long before a role expires: half a notary year. */
const EXPIRY_WARNING_WINDOW = _tuf_time_js__WEBPACK_IMPORTED_MODULE_3__/* .YEAR */ .UX / 2;
const DAY_MS = 24 * 60 * 60 * 1000;
function describe(gun, role, expires, kind, now) {
    const days = Math.max(0, Math.floor((expires.getTime() - now.getTime()) / DAY_MS));
    const when = `on ${expires.toISOString().slice(0, 10)} (in ${days} day${days === 1 ? '' : 's'})`;
    if (kind === 'certificate') {
        return `${gun}: the root certificate expires ${when}; rotate the root key before then or pulls with content trust fail`;
    }
    const fix = role === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .ROOT */ .Dl
        ? 'have an admin re-sign root with the root key'
        : role === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW
            ? 'refresh it with the repository key (dct-sign refresh)'
            : "refresh it with a signer's key (dct-sign refresh), or sign a tag";
    return `${gun}: ${role} expires ${when}; ${fix}, or pulls with content trust fail`;
}
/** The earliest end of validity among the root's usable certificates. */
function rootCertificateExpiry(repo, now) {
    let earliest;
    for (const key of (0,_tuf_root_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .validRootKeys */ .jt)(repo.root.signed, repo.gun, now, false).values()) {
        const validTo = new Date(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(key.public).validTo);
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
        if (role === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .SNAPSHOT */ .xO || role === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TIMESTAMP */ .ht)
            continue;
        if (role === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .ROOT */ .Dl) {
            found.push({ role, expires: repo.root.signed.expires, kind: 'metadata' });
            const cert = rootCertificateExpiry(repo, now);
            if (cert)
                found.push({ role, expires: cert, kind: 'certificate' });
        }
        else if (role === _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW) {
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


/***/ }),

/***/ 9014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ notationFormatOf),
/* harmony export */   gr: () => (/* binding */ cosignFormatOf)
/* harmony export */ });
/* unused harmony export FORMATS */
// The signature formats an operation signs in or a gate accepts: DCT (the
// trust server), and cosign and notation (signatures in the registry beside
// the image). Operations reach the registry formats through CosignFormat and
// NotationFormat, src/sigstore's and src/notation's functions unless a test
// hands in its own, so that the operations' tests
// need no network and can watch what is written when.
const FORMATS = (/* unused pure expression or super */ null && (['dct', 'cosign', 'notation']));
/** The cosign format: the one given (tests), else src/sigstore's, loaded only when a run needs it. */
async function cosignFormatOf(given) {
    if (given)
        return given;
    const sigstore = await __webpack_require__.e(/* import() */ 972).then(__webpack_require__.bind(__webpack_require__, 9972));
    return {
        signerOf: sigstore.cosignSignerOf,
        write: sigstore.writeCosignSignatures,
        prepare: sigstore.prepareCosignSignatures,
        verify: sigstore.verifyCosignSignatures,
    };
}
/** The notation format: the one given (tests), else src/notation's, loaded only when a run needs it. */
async function notationFormatOf(given) {
    if (given)
        return given;
    const notation = await __webpack_require__.e(/* import() */ 276).then(__webpack_require__.bind(__webpack_require__, 4276));
    return {
        signerOf: notation.notationSignerOf,
        write: notation.writeNotationSignature,
        verify: notation.verifyNotationSignatures,
        checkPolicy: (policy) => void notation.checkNotationTrustPolicy(policy),
        existing: (target, signer) => notation.existingNotationSignature(target, signer, new Date()),
    };
}


/***/ }),

/***/ 3009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ky: () => (/* binding */ checkPushRights),
/* harmony export */   RL: () => (/* binding */ writeCosign),
/* harmony export */   V$: () => (/* binding */ prepareCosign),
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
    const format = await (0,_formats_js__WEBPACK_IMPORTED_MODULE_2__/* .cosignFormatOf */ .gr)(given);
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
/**
 * Every tag's cosign reads and checks (a `.sig` tag holding something else
 * is refused here), before anything is written in any format: a failure
 * throws, and the trust server publishes nothing either.
 */
async function prepareCosign(context, plan, resolved) {
    return Promise.all(resolved.map(async ({ ref, manifest }) => {
        const registry = await context.oci(ref);
        const target = { registry, location: { registry: ref.registry, repository: ref.repository }, tag: ref.tag, manifest };
        const options = { logger: context.logger };
        if (!plan.format.prepare)
            return { ref, write: () => plan.format.write(target, plan.signer, options) };
        const prepared = await plan.format.prepare(target, plan.signer, options);
        return { ref, write: () => prepared.write() };
    }));
}
/** Writes both cosign forms for every tag at once; a tag that fails does not stop the others. */
async function writeCosign(writes) {
    return Promise.all(writes.map(async ({ ref, write }) => {
        try {
            return { ref, ok: true, outcome: await write() };
        }
        catch (err) {
            return { ref, ok: false, error: err };
        }
    }));
}


/***/ }),

/***/ 6501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ notationPlanOf),
  Q: () => (/* binding */ writeNotation)
});

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/operations/expiry.js
var expiry = __webpack_require__(1391);
// EXTERNAL MODULE: ./lib/operations/formats.js
var formats = __webpack_require__(9014);
;// CONCATENATED MODULE: ./lib/operations/registry-writes.js
// What sign does alike for every format written into the registry beside
// the image (cosign, notation): one write per tag, all at once, where a tag
// that fails does not stop the others, and each tag's outcome in one shape,
// so that adding a format is a table entry in sign.ts, not a copy of it.
/** Writes one format for every tag at once; a tag that fails does not stop the others. */
function writeEachTag(context, resolved, write) {
    return Promise.all(resolved.map(async ({ ref, manifest }) => {
        try {
            const registry = await context.oci(ref);
            return { ref, ok: true, outcome: await write({ registry, location: { registry: ref.registry, repository: ref.repository }, tag: ref.tag, manifest }) };
        }
        catch (err) {
            return { ref, ok: false, error: err };
        }
    }));
}

;// CONCATENATED MODULE: ./lib/operations/sign-notation.js
// sign's notation part: the key and certificate chain that make the notation
// signature, checked as notation 1.3 checks them before anything is written
// in any format, a warning when the certificate expires within the expiry
// window, and the registry writes, which run while the trust server
// publishes.




const DAY_MS = 86_400_000;
/** The notation key (notation-key, else the signer key) with its chain, refused before any request when they do not fit. */
async function notationPlanOf(given, keys, logger) {
    const [key, keyInput] = keys.notationKey ? [keys.notationKey, 'notation-key'] : [keys.signerKey, 'signer-key'];
    if (!key)
        throw new errors/* InputError */.dz('signer-key', 'no key to make the notation signature with; give signer-key or notation-key');
    if (!keys.certificate?.trim()) {
        throw new errors/* InputError */.dz('notation-certificate', `notation signatures carry the certificate of ${keyInput}: give its chain, leaf first (\`dct-sign certificate\` makes a self-signed one)`);
    }
    const format = await (0,formats/* notationFormatOf */.DJ)(given);
    const signer = format.signerOf(key, keys.certificate, { keyInput, certificateInput: 'notation-certificate' });
    warnOfCertificateExpiry(signer, logger);
    return { format, signer };
}
// As for DCT roles: a certificate that expires unnoticed makes every later notation signature fail.
function warnOfCertificateExpiry(signer, logger, now = new Date()) {
    const left = signer.notAfter.getTime() - now.getTime();
    if (left > expiry/* EXPIRY_WARNING_WINDOW */.G)
        return;
    const days = Math.max(0, Math.floor(left / DAY_MS));
    logger?.warning(`notation-certificate: the certificate chain of "${signer.subject}" expires on ${signer.notAfter.toISOString().slice(0, 10)} ` +
        `(in ${days} day${days === 1 ? '' : 's'}); give a renewed one (\`dct-sign certificate\` makes a self-signed one) before then, or notation signing and verification fail`);
}
/** Writes the notation signature for every tag at once; a tag that fails does not stop the others. */
function writeNotation(context, plan, resolved) {
    return writeEachTag(context, resolved, (target) => plan.format.write(target, plan.signer, { logger: context.logger }));
}


/***/ }),

/***/ 9433:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sign: () => (/* binding */ sign)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2520);
/* harmony import */ var _trust_signable_roles_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7629);
/* harmony import */ var _trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9690);
/* harmony import */ var _trust_updates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9460);
/* harmony import */ var _repository_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1196);
/* harmony import */ var _no_trust_data_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3949);
/* harmony import */ var _expiry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1391);
/* harmony import */ var _push_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9372);
/* harmony import */ var _sort_order_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(781);
/* harmony import */ var _sign_cosign_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3009);
/* harmony import */ var _sign_notation_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6501);
// The sign operation: push image tags, read their digests from the registry,
// and sign them in each format asked for: in the trust server (DCT), one
// update per repository, and with cosign and notation signatures in the
// registry.
//
// Everything that can be checked is checked before the first push: the
// references, the keys, that each repository has trust data (or bootstrap
// keys were given), that the signer may sign every tag, for notation that
// the certificate chain fits the key, and, for cosign and notation, that the
// registry lets the identity push. So bad input fails with nothing
// pushed and nothing published in any format. The registry writes then run
// while the trust server publishes; when one format fails after another
// succeeded, the result says which formats each tag has and names the
// failure, so that the command shows it and fails.












function signerNameOf(options, key) {
    const name = options.signerName?.trim() || key?.role;
    if (!name || name === 'targets' || name === 'root')
        return undefined;
    try {
        (0,_trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_3__/* .signerRoles */ .CK)(name);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-name', err.message, { cause: err });
    }
    return name;
}
// The phases in this order: everything that can be refused is refused before the first push.
async function sign(options) {
    const inputs = await readInputs(options);
    return (0,_repository_context_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepositories */ .zb)(withoutTrustData(options, inputs), inputs.refs, { access: 'write', warnOnFirstUse: inputs.dct }, async (context) => {
        const push = options.push ?? true;
        // Only reads, so at once (without a push, the tags' reads too); a failure is reported in this order.
        const [plans, , read] = await inOrder(inputs.dct ? Promise.all(context.repositories.map((open) => loadTrustData(context, open, inputs))) : Promise.resolve([]), inputs.cosign || inputs.notation ? (0,_sign_cosign_js__WEBPACK_IMPORTED_MODULE_9__/* .checkPushRights */ .Ky)(context, inputs.refs) : Promise.resolve(), push ? Promise.resolve(undefined) : readTags(context, inputs, NOTHING_PUSHED));
        const pushes = push ? await pushReferences(inputs.refs, options, context) : NOTHING_PUSHED;
        const { resolved, registryWrites } = read ?? (await readTags(context, inputs, pushes));
        const outcome = await publishFormats(context, plans, resolved, inputs, registryWrites);
        return { ...report(outcome, inputs, context.requests(), plans), ...(pushes.failed.length > 0 ? { notPushed: pushes.failed } : {}) };
    });
}
/** Every promise settled; the first failure in argument order is thrown, so which check fails first does not depend on timing. */
async function inOrder(a, b, c) {
    const settled = await Promise.allSettled([a, b, c]);
    for (const s of settled)
        if (s.status === 'rejected')
            throw s.reason;
    return [await a, await b, await c];
}
// Each tag's digest as the registry serves it and every registry format's reads and checks:
// a failure here writes nothing anywhere, and the trust server publishes nothing.
async function readTags(context, inputs, pushes) {
    const notPushed = new Set(pushes.failed.map((f) => f.reference));
    const resolved = await resolveDigests(context, inputs.refs.filter((r) => !notPushed.has(r.original)), pushes.pushed);
    return { resolved, registryWrites: await prepareRegistryWrites(context, inputs, resolved) };
}
// A bad signer name or key fails here, before anything touches the network.
async function readInputs(options) {
    const refs = options.references;
    const formats = options.formats && options.formats.length > 0 ? [...new Set(options.formats)] : ['dct'];
    const dct = formats.includes('dct');
    const signerKey = options.signerKey;
    if (dct && !signerKey)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-key', 'no signer key; give signer-key, the key that signs for the repository in its trust data');
    const cosign = formats.includes('cosign') ? await (0,_sign_cosign_js__WEBPACK_IMPORTED_MODULE_9__/* .cosignPlanOf */ .qU)(options.cosign, signerKey, options.cosignKey) : undefined;
    const notation = formats.includes('notation')
        ? await (0,_sign_notation_js__WEBPACK_IMPORTED_MODULE_10__/* .notationPlanOf */ .v)(options.notation, { signerKey, notationKey: options.notationKey, certificate: options.notationCertificate }, options.logger)
        : undefined;
    const signerName = signerNameOf(options, signerKey);
    const { rootKey, repositoryKey } = options.bootstrap ?? {};
    const delegations = signerName ? (0,_trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_3__/* .signerRoles */ .CK)(signerName) : ['targets/releases'];
    const signerNameGiven = signerName !== undefined && options.signerName?.trim() === signerName;
    const signer = signerKey?.signer ?? cosign?.signer.key.signer ?? notation?.signer.key;
    if (!signer)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-key', 'no key to sign with; give signer-key');
    return { refs, signer, signerName, signerNameGiven, rootKey, repositoryKey, delegations, formats, dct, cosign, notation };
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
        throw await (0,_no_trust_data_js__WEBPACK_IMPORTED_MODULE_6__/* .noTrustDataError */ .k)(context, open, `${open.gun} has no trust data at ${open.trustServer}. Either have an admin run ` +
            '`dct-sign signer-add` once for it (or `docker trust signer add`), or give the root-key and ' +
            'repository-key inputs (with their passphrases) so that dct-sign initializes it.');
    }
    if (!inputs.signerName) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-name', `name the signer to add to the new repository ${open.gun}`);
    }
}
// A given signer name must be the key's; the key's role: header is only reported when it is.
function signerNameIn(repo, inputs) {
    const name = inputs.signerName;
    if (name && inputs.signerNameGiven)
        (0,_trust_signable_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .checkSignerName */ ._D)(repo, inputs.signer, name);
    const own = (0,_trust_signable_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .signerNamesOf */ .c$)(repo, inputs.signer);
    return name && own.includes(name) ? name : own[0];
}
// Only a listed signer's key can sign; finding that out after the push would leave tags pushed but unsigned.
function checkMaySign(open, repo, signer) {
    for (const ref of open.refs) {
        if ((0,_trust_signable_roles_js__WEBPACK_IMPORTED_MODULE_2__/* .signableRoles */ .V4)(repo, [signer], ref.tag).length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('NOT_SIGNER', `the signer key ${signer.keyId.slice(0, 12)} may not sign ${ref.original}: it is not a signer of ` +
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
    for (const warning of await (0,_expiry_js__WEBPACK_IMPORTED_MODULE_7__/* .expiryWarnings */ .F)(repo, ['root', 'targets']))
        context.logger.warning(warning.message);
}
const NOTHING_PUSHED = { pushed: new Map(), failed: [] };
// The digest docker reports for each push is what we must sign, not whatever the tag points at later.
function pushReferences(refs, options, context) {
    const env = options.env ?? process.env;
    return (0,_push_js__WEBPACK_IMPORTED_MODULE_8__/* .pushAll */ .i)(refs, { runner: options.runner, docker: options.docker, env, deadline: context.deadline, logger: context.logger });
}
// Digests and sizes come from the registry itself; a tag moved by someone else since our push is refused.
async function resolveDigests(context, refs, pushed) {
    const resolved = await Promise.all(refs.map(async (ref) => ({ ref, manifest: await context.resolve(ref) })));
    for (const { ref, manifest } of resolved) {
        const mine = pushed.get(ref.original);
        if (mine && mine !== manifest.digest) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('VERIFY', `${ref.original}: the registry now serves ${manifest.digest}, not ${mine} that was just pushed; nothing was signed`);
        }
    }
    return resolved;
}
// A new repository gets root, targets and the signer's delegation before its first tags are signed.
async function initializeTrustData(context, open, inputs) {
    context.logger.info(`Initializing trust data for ${open.gun} with signer ${inputs.signerName}`);
    const { server, gun, trustState, logger } = context.publishing(open);
    await (0,_trust_updates_js__WEBPACK_IMPORTED_MODULE_4__/* .initializeRepository */ .Pg)({
        server,
        gun,
        rootSigner: (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createRootCertificate */ .Qf)(inputs.rootKey.signer, open.gun).signer,
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
    const published = await (0,_trust_updates_js__WEBPACK_IMPORTED_MODULE_4__/* .signTargetsInRepository */ .T7)({
        ...context.publishing(open),
        signers: [inputs.signer],
        targets,
        ...(inputs.signerName ? { signerName: inputs.signerName } : {}),
        ...(inputs.signerNameGiven ? { onlyRoles: (0,_trust_repository_admin_js__WEBPACK_IMPORTED_MODULE_3__/* .signerRoles */ .CK)(inputs.signerName) } : {}),
        ...(repo ? { initial: repo } : {}),
    });
    const signed = mine.map(({ ref, manifest }) => ({
        reference: ref.original,
        tag: ref.tag,
        digest: manifest.digest,
        size: manifest.size,
        roles: [...(published.result.get(ref.tag) ?? [])].sort(_sort_order_js__WEBPACK_IMPORTED_MODULE_11__/* .roleCompare */ .OO),
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
async function publishFormats(context, plans, resolved, inputs, registryWrites) {
    // A repository whose every push failed has nothing to sign.
    const toSign = plans.filter((p) => resolved.some((r) => r.ref.gun === p.open.gun));
    const publishDct = () => (0,_repository_context_js__WEBPACK_IMPORTED_MODULE_5__/* .eachInTurn */ .uK)(toSign, (p) => p.open.gun, (plan) => publishRepository(context, plan, resolved, inputs)).then((repos) => ({ ok: true, repos }), (error) => ({ ok: false, error }));
    const [dct, ...registry] = await Promise.all([
        inputs.dct ? publishDct() : undefined,
        ...registryWrites.map((write) => write()),
    ]);
    return combineFormats(context, resolved, dct, registry);
}
// The formats written into the registry, one entry each: its checks, then what a tag's write changed and what its entry gains.
async function prepareRegistryWrites(context, inputs, resolved) {
    const { cosign, notation } = inputs;
    const prepared = [];
    if (cosign) {
        prepared.push((0,_sign_cosign_js__WEBPACK_IMPORTED_MODULE_9__/* .prepareCosign */ .V$)(context, cosign, resolved).then((writes) => async () => ({
            format: 'cosign',
            outcomes: (await (0,_sign_cosign_js__WEBPACK_IMPORTED_MODULE_9__/* .writeCosign */ .RL)(writes)).map((o) => o.ok ? { ...o, outcome: { wrote: o.outcome.written.length > 0, entry: { cosign: { written: [...o.outcome.written], already: [...o.outcome.already] } } } } : o),
        })));
    }
    if (notation) {
        // notation's write reads what is there itself; its key and chain were checked with the inputs.
        prepared.push(Promise.resolve(async () => ({
            format: 'notation',
            outcomes: (await (0,_sign_notation_js__WEBPACK_IMPORTED_MODULE_10__/* .writeNotation */ .Q)(context, notation, resolved)).map((o) => o.ok ? { ...o, outcome: { wrote: o.outcome.written, entry: { notation: { written: o.outcome.written, signature: o.outcome.signature } } } } : o),
        })));
    }
    return Promise.all(prepared);
}
// One entry per tag with every format it now has; a run where every format failed throws the first failure.
function combineFormats(context, resolved, dct, registry) {
    const dctSigned = new Map((dct?.ok ? dct.repos.flatMap((r) => r.signed) : []).map((s) => [s.reference, s]));
    const dctFailure = dct && !dct.ok ? dct.error : undefined;
    const registryFailures = registry.flatMap((w) => w.outcomes.flatMap((c) => (c.ok ? [] : [{ format: w.format, ...c }])));
    // Whether any tag got a registry format: then a failure of another format is not the whole run's.
    const registrySucceeded = registry.some((w) => w.outcomes.some((c) => c.ok));
    if (dctFailure !== undefined && !registrySucceeded) {
        for (const c of registryFailures)
            context.logger.warning(`${c.ref.original}: ${c.format}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(c.error)}`);
        throw dctFailure;
    }
    if (!dct && registryFailures.length > 0 && !registrySucceeded)
        throw registryFailures[0].error;
    const changed = dctFailure instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PartiallyPublishedError */ .ho ? new Set(dctFailure.changed) : new Set();
    const signed = resolved.map((r) => tagFormats(r, dctSigned.get(r.ref.original), changed.has(r.ref.gun), registry));
    const failedFormats = [];
    if (dctFailure !== undefined) {
        const unsigned = resolved.filter((r) => !changed.has(r.ref.gun)).map((r) => r.ref.original);
        failedFormats.push({ format: 'dct', references: unsigned, message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(dctFailure) });
    }
    for (const c of registryFailures)
        failedFormats.push({ format: c.format, references: [c.ref.original], message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(c.error) });
    const wrote = registry.some((w) => w.outcomes.some((c) => c.ok && c.outcome.wrote));
    const published = (dct?.ok === true && dct.repos.some((r) => r.published)) || changed.size > 0 || wrote;
    return { signed, published, failedFormats };
}
/** One tag's entry: its DCT signing (if any) with each registry format it got added. */
function tagFormats(r, dct, dctChanged, registry) {
    let entry = dct ?? {
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
    for (const w of registry) {
        const mine = w.outcomes.find((c) => c.ref.original === r.ref.original);
        if (!mine?.ok)
            continue;
        entry = { ...entry, ...mine.outcome.entry, alreadySigned: entry.alreadySigned && !mine.outcome.wrote, formats: [...entry.formats, w.format] };
    }
    return entry;
}


/***/ })

};
