export const id = 599;
export const ids = [599];
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
/* harmony import */ var _sign_notation_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6501);
// The migrate operation: carry tags signed with DCT over to cosign and
// notation. It reads and verifies each repository's trust data as verify
// does (pins, trust state), and for every signed tag (or the tags given)
// whose registry digest is still the one DCT signed, writes each format
// asked for (cosign: both forms; notation: its signature) for that digest
// and tag. A tag the registry now serves differently is refused: signing it
// would vouch for content nobody signed. A tag that already holds valid
// signatures in every format by the same key is left as it is. Each format
// is one entry of the migrators table.
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
        const done = await eachCandidate(context, inputs, candidates);
        const tags = decided.map((d) => ('candidate' in d ? done.get(d.candidate.ref.original) : d.tag));
        const formats = inputs.migrators.map((m) => m.format);
        return { tags, dryRun: inputs.dryRun, keyId: inputs.migrators[0].keyId, formats, ok: tags.every((t) => t.status !== 'refused') };
    });
}
async function migrateInputs(options) {
    // dct is what the tags are migrated from: listed or not, the formats to write are the others.
    const targets = (options.formats ?? ['cosign']).filter((f) => f !== 'dct');
    if (targets.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('formats', 'migrate writes cosign or notation signatures for tags signed with DCT; give formats cosign, notation or both');
    }
    const migrators = await Promise.all(targets.map((format) => MIGRATORS[format](options)));
    return { refs: options.references, migrators, dryRun: options.dryRun ?? false };
}
const COSIGN_FORMS = ['sig', 'bundle'];
// Each format's key and checks come first: a key or certificate it does not take fails before any request.
const MIGRATORS = {
    cosign: async (options) => {
        if (!options.signerKey && !options.cosignKey) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('signer-key', 'no key to make the cosign signatures with; give signer-key (the DCT signer key) or cosign-key');
        }
        const plan = await (0,_sign_cosign_js__WEBPACK_IMPORTED_MODULE_4__/* .cosignPlanOf */ .qU)(options.cosign, options.signerKey, options.cosignKey);
        const key = { source: 'the migrating key', pem: plan.signer.publicKeyPem };
        return {
            format: 'cosign',
            keyId: plan.signer.key.signer.keyId,
            missing: async (target, context) => {
                const verdict = await plan.format.verify(target, [key], { logger: context.logger });
                const have = verdict.ok ? verdict.forms : [];
                return COSIGN_FORMS.filter((f) => !have.includes(f));
            },
            write: async (target, context) => [...(await plan.format.write(target, plan.signer, { logger: context.logger })).written],
        };
    },
    notation: async (options) => {
        const keys = { signerKey: options.signerKey, notationKey: options.notationKey, certificate: options.notationCertificate };
        const plan = await (0,_sign_notation_js__WEBPACK_IMPORTED_MODULE_5__/* .notationPlanOf */ .v)(options.notation, keys, options.logger);
        return {
            format: 'notation',
            keyId: plan.signer.key.keyId,
            missing: async (target) => ((await plan.format.existing(target, plan.signer)) === undefined ? ['notation'] : []),
            write: async (target, context) => ((await plan.format.write(target, plan.signer, { logger: context.logger })).written ? ['notation'] : []),
        };
    },
};
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
/** How the forms read in messages: the cosign .sig and bundle, the notation signature. */
function describeForms(forms) {
    const cosign = forms.filter((f) => f !== 'notation');
    return [...(cosign.length > 0 ? [`the cosign ${cosign.join(' and ')}`] : []), ...(forms.includes('notation') ? ['the notation signature'] : [])].join(' and ');
}
// Each tag, every format at once: the dry run reads what the keys already signed and writes nothing; when writes fail, the error names the tags migrated before it.
async function eachCandidate(context, inputs, candidates) {
    const settled = await Promise.allSettled(candidates.map(async (c) => {
        const registry = await context.oci(c.ref);
        const target = { registry, location: { registry: c.ref.registry, repository: c.ref.repository }, tag: c.ref.tag, manifest: c.manifest };
        const forms = (await Promise.all(inputs.migrators.map((m) => (inputs.dryRun ? m.missing(target, context) : m.write(target, context))))).flat();
        const every = inputs.migrators.map((m) => m.format).join(' and ');
        if (forms.length === 0)
            return candidateTag(c, 'already', [], `${c.ref.original}: already ${inputs.dryRun ? 'has' : 'had'} ${every} signatures by this key`);
        const verb = inputs.dryRun ? 'would write' : 'wrote';
        return candidateTag(c, 'migrated', forms, `${c.ref.original}: ${verb} ${describeForms(forms)} for ${c.manifest.digest}`);
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
    const message = `the signatures of ${names} could not be written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(first.error)}`;
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
