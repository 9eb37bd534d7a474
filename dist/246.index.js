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
// The phases in this order: everything that can be refused is refused before the first push.
async function sign(options) {
    const inputs = readInputs(options);
    return (0,repository_context/* openRepositories */.zb)(options, inputs.refs, { access: 'write', warnOnFirstUse: true }, async (context) => {
        const plans = await Promise.all(context.repositories.map((open) => loadTrustData(context, open, inputs)));
        const pushes = (options.push ?? true) ? await pushReferences(inputs.refs, options, context) : NOTHING_PUSHED;
        const notPushed = new Set(pushes.failed.map((f) => f.reference));
        const resolved = await resolveDigests(context, inputs.refs.filter((r) => !notPushed.has(r.original)), pushes.pushed);
        // A repository whose every push failed has nothing to sign.
        const toSign = plans.filter((p) => resolved.some((r) => r.ref.gun === p.open.gun));
        const outcomes = await (0,repository_context/* eachInTurn */.uK)(toSign, (p) => p.open.gun, (plan) => publishRepository(context, plan, resolved, inputs));
        const published = outcomes.some((o) => o.published);
        const signed = outcomes.flatMap((o) => o.signed);
        return { ...report(signed, published, inputs, context.requests(), plans), ...(pushes.failed.length > 0 ? { notPushed: pushes.failed } : {}) };
    });
}
// A bad signer name fails here, before anything touches the network.
function readInputs(options) {
    const refs = options.references;
    const signerKey = options.signerKey;
    const signerName = signerNameOf(options, signerKey);
    const { rootKey, repositoryKey } = options.bootstrap ?? {};
    const delegations = signerName ? (0,repository_admin/* signerRoles */.CK)(signerName) : ['targets/releases'];
    const signerNameGiven = signerName !== undefined && options.signerName?.trim() === signerName;
    return { refs, signer: signerKey.signer, signerName, signerNameGiven, rootKey, repositoryKey, delegations };
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
    }));
    // A repository just created published its trust data even when its tags were unchanged.
    return { signed, published: published.published || !repo };
}
// Callers see the results in the order they gave the references, with the requests it took.
function report(signed, published, inputs, requests, plans) {
    const order = new Map(inputs.refs.map((r, i) => [r.original, i]));
    signed.sort((a, b) => order.get(a.reference) - order.get(b.reference));
    // A name is reported only when the key is that signer in every repository signed.
    const names = new Set(plans.map((p) => p.signerName));
    return { signed, published, signerKeyId: inputs.signer.keyId, signerName: names.size === 1 ? [...names][0] : undefined, requests };
}


/***/ })

};
