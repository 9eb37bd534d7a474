export const id = 682;
export const ids = [682];
export const modules = {

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

/***/ 9682:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verify: () => (/* binding */ verify)
});

// UNUSED EXPORTS: VERIFY_FAILURES

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/operations/formats.js
var operations_formats = __webpack_require__(9014);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/tuf/role.js
var tuf_role = __webpack_require__(1239);
;// CONCATENATED MODULE: ./lib/operations/served-target.js
// What verify's registry formats (cosign, notation) check against: the
// digest the registry serves for a reference now, and the one the reference
// pins if it does. Both formats check the same image, the same way.
/** The image a format's signatures are checked on, or why there is none: nothing served, or not the pinned digest. */
async function servedTarget(context, ref, served) {
    if (!served.digest)
        return { ok: false, reason: 'digest-changed', message: `${ref.original}: ${served.missing}` };
    if (ref.digest !== undefined && ref.digest !== served.digest) {
        return { ok: false, reason: 'digest-changed', message: `${ref.original}: the registry serves ${served.digest}, not the digest in the reference` };
    }
    const registry = await context.oci(ref);
    const manifest = { digest: served.digest, size: served.size ?? 0, mediaType: served.mediaType ?? '' };
    return { registry, location: { registry: ref.registry, repository: ref.repository }, tag: ref.tag, manifest };
}

;// CONCATENATED MODULE: ./lib/operations/verify-cosign.js
// verify's cosign part: the keys cosign signatures are checked against (the
// given ones, else the repository's current DCT signers, read and verified
// from its trust data, so a dual-signing repository needs no new input) and
// one reference's cosign verdict against the digest the registry serves now.



/** A DCT key as cosign's `.pub` holds it (PEM SubjectPublicKeyInfo); undefined for a key type cosign has no PEM for. */
function spkiPem(key) {
    try {
        if (key.keytype.endsWith('-x509'))
            return new external_node_crypto_.X509Certificate(key.public).publicKey.export({ type: 'spki', format: 'pem' }).toString();
        if (key.keytype === 'ecdsa' || key.keytype === 'rsa') {
            return (0,external_node_crypto_.createPublicKey)({ key: key.public, format: 'der', type: 'spki' }).export({ type: 'spki', format: 'pem' }).toString();
        }
    }
    catch {
        // A key that does not parse signs nothing cosign could check.
    }
    return undefined;
}
/**
 * The keys of the repository's current signers: every delegation the trust
 * data verified (an expired or badly signed one was left out by the read),
 * targets/releases and the named signers alike, each key once.
 */
function signerCosignKeys(repo) {
    const keys = new Map();
    for (const [name, role] of repo.delegations) {
        if (!name.startsWith(`${tuf_role/* TARGETS */.dW}/`))
            continue;
        const who = name === tuf_role/* RELEASES */.pH ? 'targets/releases' : `signer ${name.slice(tuf_role/* TARGETS */.dW.length + 1)}`;
        for (const [id, key] of role.keys) {
            const pem = spkiPem(key);
            if (pem && !keys.has(pem))
                keys.set(pem, { source: `${who} (key ${id.slice(0, 12)})`, pem });
        }
    }
    return [...keys.values()];
}
/** One reference's cosign verdict: for the digest the registry serves now, and the one in the reference if given. */
async function cosignVerdictFor(context, ref, served, keys, format) {
    const target = await servedTarget(context, ref, served);
    if (!('registry' in target))
        return target;
    return format.verify(target, keys, { logger: context.logger });
}

;// CONCATENATED MODULE: ./lib/operations/verify-notation.js
// verify's notation part: one reference's notation verdict against the
// digest the registry serves now, with the trust anchors and identities
// given. There is no revocation check: no network beyond the registry is
// reached (notation itself would ask the CRL and OCSP addresses a
// certificate names).

/** One reference's notation verdict: for the digest the registry serves now, and the one in the reference if given. */
async function notationVerdictFor(context, ref, served, check) {
    const target = await servedTarget(context, ref, served);
    if (!('registry' in target))
        return target;
    const verdict = await check.format.verify(target, { trustAnchors: check.anchors, identities: check.identities }, { logger: context.logger });
    return verdict.ok
        ? { ok: true, signedBy: verdict.signedBy }
        : { ok: false, reason: verdict.reason, message: `${ref.original}: ${verdict.message}` };
}

// EXTERNAL MODULE: ./lib/trust/repository-admin.js
var repository_admin = __webpack_require__(9690);
// EXTERNAL MODULE: ./lib/operations/repository-context.js + 6 modules
var repository_context = __webpack_require__(1196);
// EXTERNAL MODULE: ./lib/trust/target-walk.js
var target_walk = __webpack_require__(4943);
// EXTERNAL MODULE: ./lib/operations/sort-order.js
var sort_order = __webpack_require__(781);
;// CONCATENATED MODULE: ./lib/operations/verify.js
// The verify operation: the gate a content-trust pull used to be. Docker CLI
// v29 no longer enforces content trust, so consumers ask dct-sign whether a
// tag is signed, by whom, and whether the registry still serves what was
// signed, and get back the digest-pinned reference to pull.
//
// A tag resolves as docker's trusted pull resolves it (cli/command/image/
// trust.go): notary's GetTargetByName(tag, targets/releases, targets), i.e.
// the first entry in a breadth-first walk of the targets/releases subtree,
// else of targets and the other delegations; the entry counts only if it is
// in targets/releases or targets itself. Its signers are the other
// delegations (targets/<name>) that list the tag with the same sha256, as
// `docker trust inspect` shows them.
//
// As notary, a delegation that expired or lacks signatures is ignored, not
// fatal; when the verdict hinges on one (targets/releases, or a required
// signer's role), the reason is its failure rather than unsigned or
// wrong-signer. Each reference gets a verdict; only bad inputs and failures
// to reach a server throw.
//
// With `formats`, the gate accepts cosign signatures (verify-cosign.ts) and
// notation signatures (verify-notation.ts) too: any one format verified
// suffices, or every one under `formats-policy: all`. Under `any`, a trust
// server that cannot be reached does not fail a reference that another
// format verified: it is a warning naming the error. notation signatures
// get no revocation check: no network beyond the registry is reached.









/**
 * Why a reference fails verify: unsigned (no released entry for the tag);
 * wrong-signer (signed, but not by the required signers); digest-changed (the
 * registry serves other content for the tag now, or none); expired (some
 * trust data has expired); untrusted-root (the root is not trusted:
 * certificate, pin, rotation); no-trust-data (the repository has none at
 * all); invalid-trust-data (another check failed: signatures, hashes, a
 * rollback); cosign-unsigned (no cosign signature in either form);
 * cosign-invalid (cosign signatures, none valid for the keys, digest and
 * identity); notation-unsigned (no notation signature); notation-invalid
 * (notation signatures, none valid: the failed check is named). The README
 * lists them all (test/examples/readme.test.ts).
 */
const VERIFY_FAILURES = (/* unused pure expression or super */ null && ([
    'unsigned',
    'wrong-signer',
    'digest-changed',
    'expired',
    'untrusted-root',
    'no-trust-data',
    'invalid-trust-data',
    'cosign-unsigned',
    'cosign-invalid',
    'notation-unsigned',
    'notation-invalid',
]));
function requiredSignersOf(options) {
    const names = (options.requiredSigners ?? []).map((s) => s.trim().replace(/^targets\//, '')).filter((s) => s !== '');
    for (const name of names) {
        try {
            (0,repository_admin/* signerRoles */.CK)(name);
        }
        catch (err) {
            throw new errors/* InputError */.dz('required-signers', err.message, { cause: err });
        }
        if (name === 'releases') {
            throw new errors/* InputError */.dz('required-signers', 'targets/releases is shared by all signers; name the signers themselves');
        }
    }
    return [...new Set(names)];
}
/** Maps a verification failure to its reason; anything else is not a verdict and is thrown. */
function verdictOf(err, gun) {
    if (!(err instanceof errors/* VerificationError */.mk))
        throw err;
    if (err.code === 'EXPIRED')
        return { reason: 'expired', message: `the trust data of ${gun} has expired: ${err.message}` };
    if (err.role === tuf_role/* ROOT */.Dl) {
        return { reason: 'untrusted-root', message: `the root of ${gun} is not trusted: ${err.message}` };
    }
    return { reason: 'invalid-trust-data', message: `the trust data of ${gun} failed verification: ${err.message}` };
}
/** The reason when a role the verdict depends on was left out of the tree. */
function skippedVerdict(skipped, message) {
    const why = `${message} (${skipped.error.message}; the role is ignored, as docker does)`;
    return { reason: skipped.error.code === 'EXPIRED' ? 'expired' : 'invalid-trust-data', message: why };
}
function signersOf(repo, tag, sha256) {
    const names = (0,target_walk/* allTargetsByName */.U3)(repo, tag)
        .filter((t) => !(0,target_walk/* isReleasedRole */.Cj)(t.role) && (0,target_walk/* targetSha256 */.bc)(t.meta) === sha256)
        .map((t) => (0,target_walk/* signerNameOfRole */.Ne)(t.role));
    return [...new Set(names)].sort(sort_order/* roleCompare */.OO);
}
async function verifyInputs(options) {
    const refs = options.references;
    const required = requiredSignersOf(options);
    const policy = options.signerPolicy ?? 'any';
    if (policy !== 'any' && policy !== 'all') {
        throw new errors/* InputError */.dz('signer-policy', `"${String(policy)}" is not a policy; use any or all`);
    }
    const formats = options.formats && options.formats.length > 0 ? [...new Set(options.formats)] : ['dct'];
    const formatsPolicy = options.formatsPolicy ?? 'any';
    if (formatsPolicy !== 'any' && formatsPolicy !== 'all') {
        throw new errors/* InputError */.dz('formats-policy', `"${String(formatsPolicy)}" is not a policy; use any or all`);
    }
    const dct = formats.includes('dct');
    const cosignKeys = options.cosignPublicKeys && options.cosignPublicKeys.length > 0 ? options.cosignPublicKeys : undefined;
    if (!dct && formats.includes('cosign') && !cosignKeys) {
        throw new errors/* InputError */.dz('cosign-public-key', 'without dct among the formats there is no trust data to take the signers\' keys from; give the cosign public keys');
    }
    const cosign = formats.includes('cosign') ? await (0,operations_formats/* cosignFormatOf */.gr)(options.cosign) : undefined;
    const notation = formats.includes('notation') ? await notationPolicyOf(options) : undefined;
    return { refs, required, policy, formats, formatsPolicy, dct, cosign, cosignKeys, notation };
}
/** The notation trust policy, checked (anchors, identities) before any request. */
async function notationPolicyOf(options) {
    const format = await (0,operations_formats/* notationFormatOf */.DJ)(options.notation);
    const anchors = options.notationTrustAnchors ?? [];
    const identities = (options.notationIdentities ?? []).map((i) => i.trim()).filter((i) => i !== '');
    format.checkPolicy({ trustAnchors: anchors, identities });
    return { format, anchors, identities };
}
/** One read per repository: its trust tree, or the verdict every reference in it gets. */
async function readOutcome(context, open, now) {
    try {
        const { repo, skipped } = await context.readTree(open, { now });
        return repo
            ? { repo, skipped }
            : { reason: 'no-trust-data', message: `${open.gun} has no trust data at ${open.trustServer}: nothing in it is signed` };
    }
    catch (err) {
        return verdictOf(err, open.gun);
    }
}
const NONE = { signedDigest: undefined, registryDigest: undefined, signers: [], pinned: undefined };
/** The released entry for the tag, or the verdict when there is none. */
function releasedEntry(ref, repo, skipped) {
    const found = (0,target_walk/* getTargetByName */.cz)(repo, ref.tag, target_walk/* RELEASED_ROLES */.kN);
    if (!found || !(0,target_walk/* isReleasedRole */.Cj)(found.role)) {
        const message = found
            ? `${ref.original}: ${ref.tag} is listed only by ${found.role}, not released into targets/releases or targets, so content trust does not accept it`
            : `${ref.original}: ${ref.tag} is not signed in ${ref.gun}`;
        // Not found because targets/releases itself was left out: say why.
        const releases = skipped.find((s) => s.role === tuf_role/* RELEASES */.pH);
        if (releases)
            return { ...NONE, ok: false, ...skippedVerdict(releases, message) };
        return { ...NONE, ok: false, reason: 'unsigned', message };
    }
    const sha256 = (0,target_walk/* targetSha256 */.bc)(found.meta);
    if (sha256 === '') {
        const message = `${ref.original}: the entry for ${ref.tag} in ${found.role} has no sha256 hash`;
        return { ...NONE, ok: false, reason: 'invalid-trust-data', message };
    }
    return { sha256 };
}
/** What the registry serves for the tag now, or why it serves nothing. */
async function servedDigest(context, ref) {
    try {
        const { digest, size, mediaType } = await context.resolve({ ...ref, digest: undefined });
        return { digest, size, mediaType, missing: '' };
    }
    catch (err) {
        if (!(err instanceof errors/* DctError */.sY) || err.code !== 'NOT_FOUND')
            throw err;
        return { missing: `the registry no longer serves ${ref.original}` };
    }
}
/** The verdict on the signers, when the required ones are missing. */
function signerVerdict(ref, signers, inputs, skipped) {
    const { required, policy } = inputs;
    const present = required.filter((name) => signers.includes(name));
    const signerOk = required.length === 0 || (policy === 'all' ? present.length === required.length : present.length > 0);
    if (signerOk)
        return undefined;
    const missing = required.filter((name) => !signers.includes(name));
    const by = signers.length > 0 ? `signed by ${signers.join(', ')}` : 'signed by no named signer (Repo Admin)';
    const wanted = policy === 'all' ? `all of ${required.join(', ')}` : `one of ${required.join(', ')}`;
    const message = `${ref.original} is ${by}; ${wanted} must sign it (missing: ${missing.join(', ')})`;
    // A missing signer whose role was left out (expired, say) is not a wrong signer.
    const left = skipped.find((s) => missing.some((name) => s.role === `${tuf_role/* TARGETS */.dW}/${name}`));
    if (left)
        return { ok: false, ...skippedVerdict(left, message) };
    return { ok: false, reason: 'wrong-signer', message };
}
/** The verdict on the digests: the one in the reference and the one the registry serves must be the signed one. */
function digestVerdict(ref, signedDigest, served) {
    if (ref.digest !== undefined && ref.digest !== signedDigest) {
        const message = `${ref.original}: the tag is signed for ${signedDigest}, not the digest in the reference`;
        return { ok: false, reason: 'digest-changed', message };
    }
    if (served.digest === signedDigest)
        return undefined;
    const message = served.digest
        ? `${ref.original}: the registry serves ${served.digest}, but ${signedDigest} is signed`
        : `${ref.original}: ${served.missing}; ${signedDigest} is signed`;
    return { ok: false, reason: 'digest-changed', message };
}
/** One reference's DCT verdict, from its repository's outcome and what the registry serves. */
async function verdictFor(context, ref, outcome, inputs, served) {
    const base = { reference: ref.original, tag: ref.tag, gun: ref.gun };
    if (!('repo' in outcome))
        return { ...base, ...NONE, ok: false, reason: outcome.reason, message: outcome.message };
    const { repo, skipped } = outcome;
    const entry = releasedEntry(ref, repo, skipped);
    if (!('sha256' in entry))
        return { ...base, ...entry };
    const signedDigest = `sha256:${entry.sha256}`;
    const signers = signersOf(repo, ref.tag, entry.sha256);
    const pinned = `${ref.registry}/${ref.repository}@${signedDigest}`;
    const servedNow = await served();
    const verdict = { ...base, signedDigest, signers, pinned, registryDigest: servedNow.digest };
    const failed = signerVerdict(ref, signers, inputs, skipped) ?? digestVerdict(ref, signedDigest, servedNow);
    if (failed)
        return { ...verdict, ...failed };
    const by = signers.length > 0 ? signers.join(', ') : 'the repository admin';
    context.logger.info(`${ref.original} is signed by ${by}: ${pinned}`);
    return { ...verdict, ok: true, message: `${ref.original} is signed by ${by} and served as signed: ${pinned}` };
}
async function readChecked(context, open, inputs, now) {
    try {
        return await readOutcome(context, open, now);
    }
    catch (err) {
        // Another format can still verify its references only when it needs nothing from the trust data.
        const independent = (inputs.cosign && inputs.cosignKeys) || inputs.notation;
        if (inputs.formatsPolicy === 'all' || !independent)
            throw err;
        return { unchecked: err };
    }
}
/** One reference's verdict in every format asked for. */
async function referenceVerdict(context, ref, outcome, inputs) {
    let servedOnce;
    const served = () => (servedOnce ??= servedDigest(context, ref));
    const unchecked = outcome && 'unchecked' in outcome ? outcome.unchecked : undefined;
    const dct = inputs.dct && outcome && !('unchecked' in outcome) ? await verdictFor(context, ref, outcome, inputs, served) : undefined;
    const [cosign, notation] = await Promise.all([
        inputs.cosign ? cosignPart(context, ref, outcome, inputs, served) : undefined,
        inputs.notation ? notationVerdictFor(context, ref, await served(), inputs.notation) : undefined,
    ]);
    const registry = { cosign, notation };
    return combineVerdicts(context, ref, inputs, { dct, unchecked, registry, served: cosign || notation ? await served() : undefined });
}
/** The cosign verdict, with the keys given or the repository's signers' keys. */
async function cosignPart(context, ref, outcome, inputs, served) {
    let keys = inputs.cosignKeys;
    if (!keys) {
        // Only read when dct is among the formats (verifyInputs): the outcome is there.
        if (!outcome || !('repo' in outcome)) {
            const why = outcome && 'reason' in outcome ? outcome : { reason: 'no-trust-data', message: `${ref.gun} has no trust data` };
            return { ok: false, reason: why.reason, message: `${ref.original}: no signer keys to check cosign signatures with: ${why.message}` };
        }
        keys = signerCosignKeys(outcome.repo);
        if (keys.length === 0) {
            return { ok: false, reason: 'cosign-invalid', message: `${ref.original}: ${ref.gun} lists no signer key cosign signatures could be made with; give cosign-public-key` };
        }
    }
    const verdict = await cosignVerdictFor(context, ref, await served(), keys, inputs.cosign);
    return verdict.ok ? { ok: true, signedBy: verdict.signedBy } : { ok: false, reason: verdict.reason, message: verdict.message };
}
/** What each registry format adds to a verified reference, and how its signers read in the message. */
const REGISTRY_FORMATS = [
    { format: 'cosign', field: 'cosignSigners', line: (by) => `has cosign signatures by ${by.join(', ')}` },
    { format: 'notation', field: 'notationSigners', line: (by) => `has a notation signature by ${by.join('; ')}` },
];
/** The gate's verdict: any one format (or, under `all`, every one) verified. */
function combineVerdicts(context, ref, inputs, parts) {
    const { dct, unchecked, registry, served } = parts;
    const formats = inputs.formats.filter((f) => (f === 'dct' ? dct?.ok : registry[f]?.ok) === true);
    const ok = inputs.formatsPolicy === 'all' ? formats.length === inputs.formats.length : formats.length > 0;
    // A format that could not be checked fails the reference as before, unless another verified it.
    if (unchecked !== undefined && !ok)
        throw unchecked;
    const verified = REGISTRY_FORMATS.flatMap((r) => {
        const part = registry[r.format];
        return part?.ok ? [{ ...r, signedBy: part.signedBy }] : [];
    });
    const registryPinned = verified.length > 0 && served?.digest ? `${ref.registry}/${ref.repository}@${served.digest}` : undefined;
    const base = {
        reference: ref.original,
        tag: ref.tag,
        gun: ref.gun,
        signedDigest: dct?.signedDigest ?? (verified.length > 0 ? served?.digest : undefined),
        registryDigest: dct?.registryDigest ?? served?.digest,
        signers: dct?.signers ?? [],
        pinned: dct?.ok ? dct.pinned : (registryPinned ?? dct?.pinned),
        formats,
        ...Object.fromEntries(verified.map((v) => [v.field, v.signedBy])),
    };
    const others = verified.map((v) => v.format).join(' and ');
    const warnings = unchecked !== undefined ? [`${ref.original}: dct could not be checked (${(0,errors/* errorMessage */.gJ)(unchecked)}); ${others} verified it`] : [];
    for (const w of warnings)
        context.logger.warning(w);
    const failing = [dct, ...REGISTRY_FORMATS.map((r) => registry[r.format])].filter((p) => p !== undefined && !p.ok);
    if (!ok)
        return { ...base, ok, reason: failing[0].reason ?? 'unsigned', message: failing.map((f) => f.message).join('; ') };
    const lines = verified.map((v) => v.line(v.signedBy)).join('; ');
    const message = dct?.ok ? [dct.message, ...(lines ? [lines] : [])].join('; ') : `${ref.original} ${lines}: ${base.pinned}`;
    return { ...base, ok, message, ...(warnings.length > 0 ? { warnings } : {}) };
}
async function verify(options) {
    const inputs = await verifyInputs(options);
    // Without dct no trust server is contacted, and no trust state or pin from the environment is read or kept.
    const connection = inputs.dct ? options : { ...options, trustState: undefined, trustPin: undefined, requirePin: false, trustStateForget: undefined };
    return (0,repository_context/* openRepositories */.zb)(connection, inputs.refs, { access: 'read', warnOnFirstUse: inputs.dct }, async (context) => {
        const outcomes = new Map();
        if (inputs.dct) {
            await Promise.all(context.repositories.map(async (open) => outcomes.set(open.gun, await readChecked(context, open, inputs, options.now))));
        }
        const results = await Promise.all(inputs.refs.map((ref) => referenceVerdict(context, ref, outcomes.get(ref.gun), inputs)));
        // Verdicts are the result; each entrypoint reports them its own way.
        for (const r of results)
            if (!r.ok)
                context.logger.info(r.message);
        // Repositories refused above were not recorded, so their saved state stays as it was.
        return { references: results, ok: results.every((r) => r.ok) };
    });
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
