export const id = 979;
export const ids = [979];
export const modules = {

/***/ 3979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YD: () => (/* binding */ publishChange),
  Nu: () => (/* binding */ readRepository)
});

// UNUSED EXPORTS: holdsUpload, isConflict, isOutcomeUnknown

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/http/errors.js
var http_errors = __webpack_require__(9729);
// EXTERNAL MODULE: ./lib/logger.js
var lib_logger = __webpack_require__(8747);
// EXTERNAL MODULE: ./lib/notary/client.js + 1 modules
var client = __webpack_require__(2249);
// EXTERNAL MODULE: ./lib/tuf/metadata.js
var metadata = __webpack_require__(5758);
// EXTERNAL MODULE: ./lib/tuf/role.js
var tuf_role = __webpack_require__(1239);
// EXTERNAL MODULE: ./lib/tuf/root.js
var root = __webpack_require__(7567);
// EXTERNAL MODULE: ./lib/tuf/root-trust.js
var root_trust = __webpack_require__(9408);
// EXTERNAL MODULE: ./lib/tuf/base.js
var base = __webpack_require__(7070);
// EXTERNAL MODULE: ./lib/tuf/file-meta.js
var file_meta = __webpack_require__(7923);
// EXTERNAL MODULE: ./lib/tuf/guards.js
var guards = __webpack_require__(1485);
;// CONCATENATED MODULE: ./lib/tuf/snapshot.js
// Snapshot and Timestamp: both map role names to FileMeta.




class MetaRole extends base/* SignedBase */.A {
    meta;
    constructor(options) {
        super(options);
        this.meta = options.meta;
    }
    toJSON() {
        const meta = {};
        for (const [name, fm] of this.meta)
            meta[name] = fm.toJSON();
        return { ...this.commonJSON(), meta };
    }
}
function parseMeta(value, type, role) {
    const { obj, common } = (0,base/* parseCommon */.d)(value, type, role);
    try {
        const meta = new Map();
        for (const [name, fm] of Object.entries((0,guards/* asOptionalObject */.uP)(obj.meta, 'meta'))) {
            meta.set(name, file_meta/* FileMeta */.o.fromJSON(fm, `meta[${JSON.stringify(name)}]`));
        }
        return { ...common, meta };
    }
    catch (err) {
        throw new errors/* VerificationError */.mk(role, `malformed ${role}: ${err.message}`, { cause: err });
    }
}
class Snapshot extends MetaRole {
    type = 'Snapshot';
    static fromJSON(value, role = 'snapshot') {
        return new Snapshot(parseMeta(value, 'Snapshot', role));
    }
}
class Timestamp extends MetaRole {
    type = 'Timestamp';
    static fromJSON(value, role = 'timestamp') {
        return new Timestamp(parseMeta(value, 'Timestamp', role));
    }
}

// EXTERNAL MODULE: ./lib/tuf/targets.js
var targets = __webpack_require__(3665);
// EXTERNAL MODULE: ./lib/tuf/threshold.js
var threshold = __webpack_require__(9320);
;// CONCATENATED MODULE: ./lib/tuf/trusted-repository.js
// A verified view of one repository's trust data: the TUF client for
// notary's flavour.
//
// Round trips are the cost in CI, so every file we expect to need is
// requested in one parallel wave. Nothing is trusted in download order,
// though: verification runs strictly root → timestamp → snapshot → targets →
// delegations, each file checked against the hash and length its parent
// recorded, and a file that changed between requests (someone published in
// between) is fetched again by its checksum name.








/** notary.MaxTimestampSize. */
const MAX_TIMESTAMP_BYTES = 1 << 20;
/** The cap for files whose length we do not know yet (notary's is 100 MiB). */
const MAX_METADATA_BYTES = 16 << 20;
/** The most delegations one read visits: a hostile tree must not grow without end. */
const MAX_DELEGATIONS = 1000;
/** The most delegation bytes one read downloads, for the same reason. */
const MAX_DELEGATION_BYTES = 64 << 20;
class TrustedRepository {
    gun;
    root;
    timestamp;
    snapshot;
    targets;
    #loader;
    #previous;
    constructor(options) {
        this.gun = options.gun;
        this.root = options.root;
        this.timestamp = options.timestamp;
        this.snapshot = options.snapshot;
        this.targets = options.targets;
        this.#loader = options.loader;
        this.#previous = options.previous;
    }
    /** Delegations loaded so far, by name, each verified against its parent. */
    get delegations() {
        return this.#loader.loaded;
    }
    /**
     * A delegation, verified through its parents; loaded on first use if the
     * first wave did not bring it. Undefined when no parent delegates it.
     */
    delegation(name) {
        return this.#loader.load(name);
    }
    /** The state to remember for the next run's rollback checks. */
    get state() {
        // Versions of roles not read this run still bound the next run.
        const versions = {
            ...this.#previous?.versions,
            [tuf_role/* ROOT */.Dl]: this.root.signed.version,
            [tuf_role/* TIMESTAMP */.ht]: this.timestamp.signed.version,
            [tuf_role/* SNAPSHOT */.xO]: this.snapshot.signed.version,
            [tuf_role/* TARGETS */.dW]: this.targets.signed.version,
        };
        for (const [name, role] of this.delegations)
            if (role.metadata)
                versions[name] = role.metadata.signed.version;
        return { versions, root: this.root.bytes };
    }
}
function parseTargets(signed, role) {
    return targets/* Targets */.H.fromJSON(signed, role);
}
/** Loads and verifies a repository; null when it has no trust data at all. */
async function loadTrustedRepository(options) {
    const { gun, fetcher, pin, previous } = options;
    const now = options.now ?? new Date();
    const wanted = options.delegations ?? [];
    const expected = wanted === 'all' ? [] : wanted;
    // One wave of requests, in parallel.
    const get = (role, maxBytes) => fetcher.fetch(role, { maxBytes });
    const [rootBytes, timestampBytes, snapshotBytes, targetsBytes, ...delegationBytes] = await Promise.all([
        get(tuf_role/* ROOT */.Dl, MAX_METADATA_BYTES),
        get(tuf_role/* TIMESTAMP */.ht, MAX_TIMESTAMP_BYTES),
        get(tuf_role/* SNAPSHOT */.xO, MAX_METADATA_BYTES),
        get(tuf_role/* TARGETS */.dW, MAX_METADATA_BYTES),
        ...expected.map((name) => get(name, MAX_METADATA_BYTES)),
    ]);
    if (rootBytes === null)
        return null;
    const prefetched = new Map();
    expected.forEach((name, i) => {
        const bytes = delegationBytes[i];
        if (bytes)
            prefetched.set(name, bytes);
    });
    // Root.
    const root = await trustRoot(rootBytes, { gun, now, fetcher, ...(pin ? { pin } : {}), ...(previous ? { previous } : {}) });
    // Timestamp.
    if (timestampBytes === null)
        throw new errors/* VerificationError */.mk(tuf_role/* TIMESTAMP */.ht, `the trust server has root but no timestamp for ${gun}`);
    const timestamp = metadata/* Metadata */.O.parse(timestampBytes, tuf_role/* TIMESTAMP */.ht, (s, r) => Timestamp.fromJSON(s, r));
    (0,threshold/* verifyThreshold */.VH)(timestamp, root.signed.roleKeys(tuf_role/* TIMESTAMP */.ht), root.signed.roles.timestamp.threshold, tuf_role/* TIMESTAMP */.ht);
    (0,threshold/* verifyNoRollback */.zc)(timestamp, tuf_role/* TIMESTAMP */.ht, previous?.versions[tuf_role/* TIMESTAMP */.ht]);
    (0,threshold/* verifyNotExpired */.mV)(timestamp, tuf_role/* TIMESTAMP */.ht, now);
    // Snapshot, then every file it lists, each against its recorded hash.
    const snapshot = await checkedFile(tuf_role/* SNAPSHOT */.xO, timestamp.signed.meta.get(tuf_role/* SNAPSHOT */.xO), snapshotBytes, fetcher, (s, r) => Snapshot.fromJSON(s, r));
    (0,threshold/* verifyThreshold */.VH)(snapshot, root.signed.roleKeys(tuf_role/* SNAPSHOT */.xO), root.signed.roles.snapshot.threshold, tuf_role/* SNAPSHOT */.xO);
    (0,threshold/* verifyNoRollback */.zc)(snapshot, tuf_role/* SNAPSHOT */.xO, previous?.versions[tuf_role/* SNAPSHOT */.xO]);
    (0,threshold/* verifyNotExpired */.mV)(snapshot, tuf_role/* SNAPSHOT */.xO, now);
    // notary requires the snapshot to list root, and the root we trust to be that one.
    const rootMeta = snapshot.signed.meta.get(tuf_role/* ROOT */.Dl);
    if (!rootMeta)
        throw new errors/* VerificationError */.mk(tuf_role/* SNAPSHOT */.xO, 'does not list root');
    rootMeta.verify(root.bytes, tuf_role/* ROOT */.Dl);
    const targets = await checkedFile(tuf_role/* TARGETS */.dW, snapshot.signed.meta.get(tuf_role/* TARGETS */.dW), targetsBytes, fetcher, parseTargets);
    (0,threshold/* verifyThreshold */.VH)(targets, root.signed.roleKeys(tuf_role/* TARGETS */.dW), root.signed.roles.targets.threshold, tuf_role/* TARGETS */.dW);
    (0,threshold/* verifyNoRollback */.zc)(targets, tuf_role/* TARGETS */.dW, previous?.versions[tuf_role/* TARGETS */.dW]);
    (0,threshold/* verifyNotExpired */.mV)(targets, tuf_role/* TARGETS */.dW, now);
    // Delegations: every one we were asked for, parents first.
    const loader = new DelegationLoader({
        fetcher,
        snapshot: snapshot.signed,
        targets,
        prefetched,
        now,
        previous,
        allowExpired: options.allowExpiredDelegations ?? false,
    });
    const names = wanted === 'all' ? [...snapshot.signed.meta.keys()].filter(tuf_role/* isDelegationName */.mm) : expected;
    if (wanted === 'all') {
        // Refused before any download when the snapshot alone is over the limits.
        loader.reserve(names);
        // Everything the snapshot lists, by checksum, in one more wave.
        await Promise.all(names.map((n) => loader.prefetch(n)));
    }
    await Promise.all(names.map((n) => loader.load(n)));
    if (wanted === 'all') {
        // Delegations declared but never published have no snapshot entry. Level
        // by level, each role once: parse-time checks make every child a direct
        // one, and the loader's limits bound the tree.
        const visited = new Set([tuf_role/* TARGETS */.dW]);
        let level = [targets.signed];
        while (level.length > 0) {
            const children = level.flatMap((parent) => parent.delegations.map((d) => d.name)).filter((n) => !visited.has(n));
            children.forEach((n) => visited.add(n));
            const loaded = await Promise.all([...new Set(children)].map((n) => loader.load(n)));
            level = loaded.flatMap((role) => (role?.metadata ? [role.metadata.signed] : []));
        }
    }
    return new TrustedRepository({ gun, root, timestamp, snapshot, targets, loader, previous });
}
async function trustRoot(latestBytes, options) {
    const { gun, now, fetcher, pin, previous } = options;
    const parseRoot = (b) => metadata/* Metadata */.O.parse(b, tuf_role/* ROOT */.Dl, (s, r) => root/* Root */.b.fromJSON(s, r));
    const latest = parseRoot(latestBytes);
    (0,threshold/* verifyNoRollback */.zc)(latest, tuf_role/* ROOT */.Dl, previous?.versions[tuf_role/* ROOT */.Dl]);
    const pinOption = pin ? { pin } : {};
    if (!previous?.root) {
        // First contact: trust on first use, or the pin.
        (0,root_trust/* verifyRoot */.Gs)(latest, { gun, now, ...pinOption });
        return latest;
    }
    let trusted = parseRoot(previous.root);
    if (latest.signed.version < trusted.signed.version) {
        throw new errors/* VerificationError */.mk(tuf_role/* ROOT */.Dl, `version ${latest.signed.version} is older than the trusted version ${trusted.signed.version}`, { code: 'ROLLBACK' });
    }
    // Two roots of one version cannot both be genuine: a re-signed root must take a new version.
    if (latest.signed.version === trusted.signed.version && Buffer.compare(latest.bytes, trusted.bytes) !== 0) {
        throw new errors/* VerificationError */.mk(tuf_role/* ROOT */.Dl, `the trust server's root is version ${latest.signed.version}, the trusted version, but not the trusted root: ` +
            'a changed root must have a higher version', { check: 'root' });
    }
    // Walk the rotation: each root must be signed by the one before it.
    for (let v = trusted.signed.version + 1; v < latest.signed.version; v++) {
        const bytes = await fetcher.fetch(tuf_role/* ROOT */.Dl, { maxBytes: MAX_METADATA_BYTES, version: v });
        if (bytes === null)
            throw new errors/* VerificationError */.mk(tuf_role/* ROOT */.Dl, `version ${v} is missing from the rotation chain`);
        const next = parseRoot(bytes);
        if (next.signed.version !== v)
            throw new errors/* VerificationError */.mk(tuf_role/* ROOT */.Dl, `${v}.root.json holds version ${next.signed.version}`);
        (0,root_trust/* verifyRoot */.Gs)(next, { gun, now, previous: trusted, allowExpired: true, ...pinOption });
        trusted = next;
    }
    if (Buffer.compare(latest.bytes, trusted.bytes) !== 0) {
        (0,root_trust/* verifyRoot */.Gs)(latest, { gun, now, previous: trusted, ...pinOption });
    }
    else {
        (0,root_trust/* verifyRoot */.Gs)(latest, { gun, now, ...pinOption });
    }
    return latest;
}
/**
 * Checks downloaded bytes against the FileMeta a parent recorded. If they do
 * not match (the file changed after the parent was read) or were not
 * downloaded, fetches the exact version by its checksum name.
 */
async function checkedFile(role, meta, bytes, fetcher, parse) {
    if (!meta)
        throw new errors/* VerificationError */.mk(role, 'is not listed by its parent role');
    let content = bytes;
    if (!content || !matches(meta, content, role)) {
        const checksum = meta.sha256Hex;
        if (!checksum)
            throw new errors/* VerificationError */.mk(role, 'its parent records no sha256 to fetch it by');
        content = await fetcher.fetch(role, { maxBytes: Math.min(meta.length, MAX_METADATA_BYTES), checksum });
        if (content === null)
            throw new errors/* VerificationError */.mk(role, `the trust server has no file with checksum ${checksum}`);
    }
    meta.verify(content, role);
    return metadata/* Metadata */.O.parse(content, role, parse);
}
function matches(meta, bytes, role) {
    try {
        meta.verify(bytes, role);
        return true;
    }
    catch {
        return false;
    }
}
class DelegationLoader {
    loaded = new Map();
    #pending = new Map();
    #fetcher;
    #snapshot;
    #targets;
    #prefetched;
    #now;
    #previous;
    #allowExpired;
    #bytes = 0;
    constructor(options) {
        this.#fetcher = options.fetcher;
        this.#snapshot = options.snapshot;
        this.#targets = options.targets;
        this.#prefetched = options.prefetched;
        this.#now = options.now;
        this.#previous = options.previous;
        this.#allowExpired = options.allowExpired;
    }
    /**
     * Refuses a set of delegations (those a snapshot lists) that is over the
     * count limit, or whose listed lengths add up to more than the byte limit.
     */
    reserve(names) {
        if (names.length > MAX_DELEGATIONS)
            throw tooManyDelegations(names.length);
        const listed = names.reduce((sum, n) => sum + (this.#snapshot.meta.get(n)?.length ?? 0), 0);
        if (listed > MAX_DELEGATION_BYTES)
            throw tooManyBytes(`the snapshot lists ${listed} bytes of delegations`);
    }
    /** Downloads a delegation by the checksum the snapshot lists, without verifying yet. */
    async prefetch(name) {
        const meta = this.#snapshot.meta.get(name);
        const checksum = meta?.sha256Hex;
        if (!meta || !checksum || this.#prefetched.has(name))
            return;
        const bytes = await this.#fetch(name, { maxBytes: Math.min(meta.length, MAX_METADATA_BYTES), checksum });
        if (bytes)
            this.#prefetched.set(name, bytes);
    }
    // Every delegation download counts against MAX_DELEGATION_BYTES, before it is made.
    #budget = {
        fetch: (role, options) => this.#fetch(role, options),
    };
    async #fetch(role, options) {
        if (this.#bytes + options.maxBytes > MAX_DELEGATION_BYTES) {
            throw tooManyBytes(`${role} would take the delegations downloaded past that`);
        }
        this.#bytes += options.maxBytes;
        const bytes = await this.#fetcher.fetch(role, options);
        // Reserve the most it could be, then keep what it was.
        this.#bytes -= options.maxBytes - (bytes?.length ?? 0);
        return bytes;
    }
    load(name) {
        let pending = this.#pending.get(name);
        if (!pending) {
            // root, snapshot, timestamp or anything outside targets/ is never a delegation.
            if (!(0,tuf_role/* isDelegationName */.mm)(name)) {
                return Promise.reject(new errors/* VerificationError */.mk(name, 'is not a delegation name: delegations are roles under targets/'));
            }
            if (this.#pending.size >= MAX_DELEGATIONS)
                return Promise.reject(tooManyDelegations(this.#pending.size + 1));
            pending = this.#load(name);
            this.#pending.set(name, pending);
        }
        return pending;
    }
    async #load(name) {
        const parentName = (0,tuf_role/* parentRole */.rt)(name);
        let parent;
        let parentPaths;
        if (parentName === tuf_role/* TARGETS */.dW) {
            parent = this.#targets.signed;
        }
        else {
            const p = await this.load(parentName);
            if (!p?.metadata)
                return undefined;
            parent = p.metadata.signed;
            parentPaths = p.paths;
        }
        const declared = parent.delegation(name);
        if (!declared)
            return undefined;
        const keys = parent.delegationKeysOf(declared);
        const paths = parentPaths ? (0,tuf_role/* restrictPaths */.T4)(parentPaths, declared.paths) : declared.paths;
        const base = { name, keys, threshold: declared.threshold, paths };
        const meta = this.#snapshot.meta.get(name);
        if (!meta) {
            const role = { ...base, metadata: undefined, targets: new Map(), expired: false };
            this.loaded.set(name, role);
            return role;
        }
        const metadata = await checkedFile(name, meta, this.#prefetched.get(name) ?? null, this.#budget, parseTargets);
        (0,threshold/* verifyThreshold */.VH)(metadata, keys, declared.threshold, name);
        (0,threshold/* verifyNoRollback */.zc)(metadata, name, this.#previous?.versions[name]);
        const expired = metadata.signed.isExpired(this.#now);
        if (!this.#allowExpired)
            (0,threshold/* verifyNotExpired */.mV)(metadata, name, this.#now);
        const targets = new Map([...metadata.signed.targets].filter(([path]) => (0,tuf_role/* pathAllowed */.EG)(path, paths)));
        const role = { ...base, metadata, targets, expired };
        this.loaded.set(name, role);
        return role;
    }
}
function tooManyDelegations(count) {
    return new errors/* VerificationError */.mk(tuf_role/* TARGETS */.dW, `the delegation tree has more than ${MAX_DELEGATIONS} delegations (at least ${count}); refusing to read further`);
}
function tooManyBytes(why) {
    return new errors/* VerificationError */.mk(tuf_role/* TARGETS */.dW, `the delegation tree is larger than ${MAX_DELEGATION_BYTES / (1 << 20)} MiB (${why}); refusing to read further`);
}

;// CONCATENATED MODULE: ./lib/trust/publisher.js
// Read, verify, change, publish: with optimistic concurrency.
//
// notary-server refuses an update built on stale trust data (another signer
// published in between). Then we re-read, re-verify and re-apply the same
// change to the new state, so a concurrent signer's work is never lost, with
// a bounded number of retries and jittered backoff.
//
// A publish whose outcome is unknown (the connection broke after the update
// was sent, or no answer came in time) is never simply sent again. The trust
// data is re-read: if it holds exactly the files we uploaded, the publish
// went through. If not, the change is rebuilt on what was just read and
// published again. Versions come from the state read, so an earlier upload
// that lands late and a rebuilt one cannot both be applied: the server takes
// one version of a role once.





/** Reads and verifies a repository's trust data; null when it has none. */
function readRepository(options) {
    const { server, gun } = options;
    return loadTrustedRepository({
        gun,
        fetcher: { fetch: (role, o) => server.getRole(gun, role, o) },
        now: options.now?.() ?? new Date(),
        ...(options.pin ? { pin: options.pin } : {}),
        ...(options.previous ? { previous: options.previous } : {}),
        ...(options.delegations ? { delegations: options.delegations } : {}),
        ...(options.allowExpiredDelegations ? { allowExpiredDelegations: true } : {}),
    });
}
/** notary-server's answers to an update that raced another one. */
function isConflict(err) {
    return err instanceof errors/* HttpError */.j$ && (0,client/* isConflictResponse */.oP)(err.status, err.serverCode);
}
/** The publish was sent whole but no answer says whether it was applied. */
function isOutcomeUnknown(err) {
    return err instanceof http_errors/* NetworkError */.D && err.outcomeUnknown;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The bytes the server now serves for `role`, from verified trust data. */
async function servedBytes(repo, role) {
    switch (role) {
        case 'root':
            return repo.root.bytes;
        case 'timestamp':
            return repo.timestamp.bytes;
        case 'snapshot':
            return repo.snapshot.bytes;
        case 'targets':
            return repo.targets.bytes;
        default:
            return (await repo.delegation(role))?.metadata?.bytes;
    }
}
/** Whether the verified trust data holds exactly the files of an upload. */
async function holdsUpload(repo, files) {
    if (!repo)
        return false;
    for (const file of files) {
        const served = await servedBytes(repo, file.role);
        if (!served || !Buffer.from(served).equals(Buffer.from(file.bytes)))
            return false;
    }
    return true;
}
/**
 * Applies `change` to freshly verified trust data and posts the files it
 * returns, retrying on conflicts. `change` gets null for a repository with
 * no trust data yet.
 */
async function publishChange(options, change) {
    const { server, gun, retries = 16, backoffMs = 50, logger = lib_logger/* silentLogger */.q, uncertainAttempts = 4 } = options;
    let previous = options.previous ?? options.initial?.state;
    let uncertain = 0;
    // Trust data read after a publish of unknown outcome; the next attempt builds on it.
    let reread;
    for (let attempt = 0;; attempt++) {
        const now = options.now?.() ?? new Date();
        let repo;
        if (reread !== undefined)
            repo = reread;
        else if (attempt === 0 && options.initial !== undefined)
            repo = options.initial;
        else
            repo = await readRepository({ ...options, now: () => now, ...(previous ? { previous } : {}) });
        reread = undefined;
        // A retry must not accept older data, or another root, than what was verified before.
        if (repo)
            previous = repo.state;
        const planned = await change(repo, now);
        // After an upload of unknown outcome, finding the change in place means it landed.
        if (planned.files.length === 0)
            return { result: planned.result, published: uncertain > 0, attempts: attempt + 1 };
        try {
            await server.publish(gun, planned.files);
            return { result: planned.result, published: true, attempts: attempt + 1 };
        }
        catch (err) {
            if (isOutcomeUnknown(err)) {
                uncertain += 1;
                logger.warning(`${(0,errors/* errorMessage */.gJ)(err)}; re-reading the trust data of ${gun} to see whether the update landed`);
                try {
                    reread = await readRepository({ ...options, ...(previous ? { previous } : {}) });
                }
                catch (readErr) {
                    throw new errors/* DctError */.sY(readErr instanceof errors/* DctError */.sY ? readErr.code : 'NETWORK', `${gun}: a publish was sent but whether it was applied is unknown, and re-reading the trust data ` +
                        `to find out failed: ${(0,errors/* errorMessage */.gJ)(readErr)}; run the command again to finish it`, { cause: readErr });
                }
                if (await holdsUpload(reread, planned.files)) {
                    logger.info(`${gun}: the update had landed; nothing to publish again`);
                    return { result: planned.result, published: true, attempts: attempt + 1 };
                }
                if (uncertain >= uncertainAttempts) {
                    throw new errors/* DctError */.sY('NETWORK', `${gun}: gave up after ${uncertain} publishes whose outcome was unknown; none of them landed ` +
                        `(last: ${(0,errors/* errorMessage */.gJ)(err)})`, { cause: err });
                }
                logger.warning(`${gun}: the update had not landed; publishing it again, rebuilt on the trust data just read (${uncertain + 1}/${uncertainAttempts})`);
                continue;
            }
            if (!isConflict(err))
                throw err;
            if (attempt >= retries) {
                throw new errors/* DctError */.sY('CONFLICT', `${gun}: another publish kept winning the race; gave up after ${attempt + 1} attempts`, { cause: err });
            }
            const wait = backoffMs * (1 + Math.random()) * 2 ** Math.min(attempt, 4);
            logger.debug(`${gun}: concurrent update (${err.serverCode}); retrying in ${Math.round(wait)} ms`);
            await sleep(wait);
        }
    }
}


/***/ }),

/***/ 7070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ SignedBase),
/* harmony export */   d: () => (/* binding */ parseCommon)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1485);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4106);
// The fields every signed role shares: `_type`, `expires` and `version`.



class SignedBase {
    version;
    expires;
    expiresText;
    constructor(options) {
        this.version = options.version;
        this.expires = options.expires;
        this.expiresText = options.expiresText ?? (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .formatGoTime */ .Z0)(options.expires);
    }
    /** Options for a copy with `changes`; a new `expires` gets a new text. */
    changed(current, changes) {
        const expiresText = changes.expires === undefined ? this.expiresText : undefined;
        return { ...current, ...changes, expiresText };
    }
    isExpired(now) {
        return this.expires.getTime() <= now.getTime();
    }
    commonJSON() {
        return { _type: this.type, expires: this.expiresText, version: this.version };
    }
}
/** Reads and checks the common fields; `role` names the role in errors. */
function parseCommon(value, type, role) {
    let obj;
    try {
        obj = (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(value, 'signed');
        const actual = (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(obj._type, '_type');
        if (actual !== type)
            throw new TypeError(`_type is ${JSON.stringify(actual)}, expected ${type}`);
        const version = (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asInteger */ .JU)(obj.version, 'version');
        const expires = (0,_time_js__WEBPACK_IMPORTED_MODULE_1__/* .parseGoTime */ .bi)(obj.expires, role);
        return { obj, common: { version, expires, expiresText: obj.expires } };
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `malformed metadata: ${err.message}`, { cause: err });
    }
}


/***/ }),

/***/ 7923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ FileMeta)
/* harmony export */ });
/* unused harmony export METADATA_HASHES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1485);
// FileMeta: the length and hashes that a snapshot, timestamp or targets file
// records for another file. Hashes are base64 in Notary (not hex as in TUF).



/** The hash algorithms notary computes for metadata files. */
const METADATA_HASHES = ['sha256', 'sha512'];
class FileMeta {
    length;
    /** Algorithm name to raw digest. */
    hashes;
    /** Opaque `custom` data, kept as it came. */
    custom;
    constructor(options) {
        this.length = options.length;
        this.hashes = options.hashes;
        this.custom = options.custom;
    }
    /** FileMeta of bytes we hold, with the given hash algorithms. */
    static of(bytes, algorithms = METADATA_HASHES) {
        const hashes = {};
        for (const alg of algorithms)
            hashes[alg] = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg).update(bytes).digest();
        return new FileMeta({ length: bytes.length, hashes });
    }
    /** The sha256 as hex, the name notary-server serves a file by. */
    get sha256Hex() {
        return this.hashes.sha256?.toString('hex');
    }
    /**
     * Checks bytes against this FileMeta: exact length and every known hash.
     * At least one of sha256/sha512 must be present, as notary requires.
     */
    verify(bytes, role) {
        if (bytes.length !== this.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(role, `length ${bytes.length} does not match the expected ${this.length}`, {
                check: 'hash',
            });
        }
        let checked = 0;
        for (const alg of METADATA_HASHES) {
            const expected = this.hashes[alg];
            if (!expected)
                continue;
            const actual = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(alg).update(bytes).digest();
            if (actual.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(actual, expected)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(role, `${alg} hash does not match the expected one`, { check: 'hash' });
            }
            checked++;
        }
        if (checked === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(role, 'no sha256 or sha512 hash to check it against', { check: 'hash' });
        }
    }
    toJSON() {
        const hashes = {};
        for (const [alg, digest] of Object.entries(this.hashes))
            hashes[alg] = digest.toString('base64');
        return this.custom === undefined
            ? { hashes, length: this.length }
            : { custom: this.custom, hashes, length: this.length };
    }
    static fromJSON(value, where) {
        const obj = (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(value, where);
        const hashesIn = (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(obj.hashes, `${where}.hashes`);
        const hashes = {};
        for (const [alg, digest] of Object.entries(hashesIn)) {
            if (typeof digest !== 'string')
                throw new TypeError(`${where}.hashes.${alg} is not a string`);
            hashes[alg] = Buffer.from(digest, 'base64');
        }
        const custom = obj.custom === null ? undefined : obj.custom;
        return new FileMeta({ length: (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asInteger */ .JU)(obj.length, `${where}.length`), hashes, ...(custom === undefined ? {} : { custom }) });
    }
}


/***/ }),

/***/ 1485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dx: () => (/* binding */ asStringArray),
/* harmony export */   JU: () => (/* binding */ asInteger),
/* harmony export */   eB: () => (/* binding */ asObject),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   uP: () => (/* binding */ asOptionalObject)
/* harmony export */ });
// Type guards for the parse boundary: everything from the network is unknown
// until one of these has looked at it.
function asObject(value, where) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new TypeError(`${where} is not an object`);
    }
    return value;
}
function asString(value, where) {
    if (typeof value !== 'string')
        throw new TypeError(`${where} is not a string`);
    return value;
}
function asInteger(value, where) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        throw new TypeError(`${where} is not an integer`);
    }
    return value;
}
function asStringArray(value, where) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        throw new TypeError(`${where} is not a list of strings`);
    }
    return value;
}
/** Go decodes a JSON null into an empty map or slice; so do we. */
function asOptionalObject(value, where) {
    return value === null || value === undefined ? {} : asObject(value, where);
}


/***/ }),

/***/ 5758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ Metadata)
/* harmony export */ });
/* unused harmony export serializeEnvelope */
/* harmony import */ var _encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5936);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1485);
// The signed envelope: `{"signed": …, "signatures": […]}`.
//
// Parsing keeps the canonical bytes that signatures cover (notary signs the
// canonical form of whatever was decoded, unknown fields included) and the
// raw bytes that hashes cover. Serializing reproduces Go's json.Marshal of
// notary's data.Signed byte for byte, which is what notary-server hashes
// into the snapshot after re-serializing an upload.



const decoder = new TextDecoder('utf-8', { fatal: true });
class Metadata {
    signed;
    signatures;
    /** The bytes signatures cover: canonical JSON of `signed` as it was received or built. */
    signedBytes;
    /** The envelope's bytes, exactly as downloaded or as they will be uploaded. */
    bytes;
    constructor(signed, signatures, signedBytes, bytes) {
        this.signed = signed;
        this.signatures = signatures;
        this.signedBytes = signedBytes;
        this.bytes = bytes;
    }
    /** Parses downloaded bytes; `parse` builds the typed model from `signed`. */
    static parse(bytes, role, parse) {
        let envelope;
        let signatures;
        try {
            envelope = (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(JSON.parse(decoder.decode(bytes)), 'metadata');
            const sigs = envelope.signatures ?? [];
            if (!Array.isArray(sigs))
                throw new TypeError('signatures is not a list');
            signatures = sigs.map((s, i) => {
                const obj = (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asObject */ .eB)(s, `signatures[${i}]`);
                return {
                    keyid: (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(obj.keyid, `signatures[${i}].keyid`),
                    method: (0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(obj.method, `signatures[${i}].method`),
                    sig: Buffer.from((0,_guards_js__WEBPACK_IMPORTED_MODULE_2__/* .asString */ .oJ)(obj.sig, `signatures[${i}].sig`), 'base64'),
                };
            });
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(role, `not valid metadata: ${err.message}`, { cause: err });
        }
        const signed = parse(envelope.signed, role);
        let signedBytes;
        try {
            signedBytes = (0,_encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)(envelope.signed);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(role, `cannot canonicalize: ${err.message}`, { cause: err });
        }
        return new Metadata(signed, signatures, signedBytes, bytes);
    }
    /** Signs a model with each signer, giving the bytes notary-server will store unchanged. */
    static async sign(signed, signers) {
        const json = signed.toJSON();
        const signedBytes = (0,_encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)(json);
        const signatures = [];
        for (const signer of signers) {
            signatures.push({ keyid: signer.keyId, method: signer.method, sig: Buffer.from(await signer.sign(signedBytes)) });
        }
        return new Metadata(signed, signatures, signedBytes, serializeEnvelope(json, signatures));
    }
}
/** Go's json.Marshal(data.Signed{…}): field order signed, signatures; keyid, method, sig. */
function serializeEnvelope(signed, signatures) {
    const sigs = signatures
        .map((s) => `{"keyid":${(0,_encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF)(s.keyid)},"method":${(0,_encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .goString */ .WF)(s.method)},"sig":"${s.sig.toString('base64')}"}`)
        .join(',');
    return new TextEncoder().encode(`{"signed":${(0,_encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalForEnvelope */ .wn)(signed)},"signatures":[${sigs}]}`);
}


/***/ }),

/***/ 1239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ ROOT),
/* harmony export */   EG: () => (/* binding */ pathAllowed),
/* harmony export */   PJ: () => (/* binding */ RootRole),
/* harmony export */   T4: () => (/* binding */ restrictPaths),
/* harmony export */   dW: () => (/* binding */ TARGETS),
/* harmony export */   ht: () => (/* binding */ TIMESTAMP),
/* harmony export */   iP: () => (/* binding */ DelegatedRole),
/* harmony export */   k: () => (/* binding */ BASE_ROLES),
/* harmony export */   mm: () => (/* binding */ isDelegationName),
/* harmony export */   pH: () => (/* binding */ RELEASES),
/* harmony export */   rt: () => (/* binding */ parentRole),
/* harmony export */   xO: () => (/* binding */ SNAPSHOT)
/* harmony export */ });
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1485);
// Role names and delegated roles, with notary's naming and path rules.

const ROOT = 'root';
const TARGETS = 'targets';
const SNAPSHOT = 'snapshot';
const TIMESTAMP = 'timestamp';
const BASE_ROLES = [ROOT, TARGETS, SNAPSHOT, TIMESTAMP];
/** docker's shared delegation that every signer is also added to. */
const RELEASES = 'targets/releases';
const DELEGATION_CHARS = /^[-a-z0-9_/]+$/;
/** Go's path.Clean(p) === p for the paths notary accepts as role names. */
function isCleanPath(p) {
    return !p.endsWith('/') && !p.includes('//') && !p.split('/').some((s) => s === '.' || s === '..');
}
/** notary's data.IsDelegation: `targets/…`, lowercase, clean, under 256 bytes. */
function isDelegationName(name) {
    return (name.startsWith(`${TARGETS}/`) &&
        name.length > TARGETS.length + 1 &&
        DELEGATION_CHARS.test(name) &&
        Buffer.byteLength(name) < 256 &&
        isCleanPath(name));
}
/** Go's path.Dir for a clean role name. */
function parentRole(name) {
    const i = name.lastIndexOf('/');
    return i < 0 ? '.' : name.slice(0, i);
}
/** True when `path` starts with one of `permitted`, notary's path rule. */
function pathAllowed(path, permitted) {
    return permitted.some((p) => path.startsWith(p));
}
/** notary's RestrictDelegationPathPrefixes: keep child paths that lie under a parent path. */
function restrictPaths(parent, child) {
    return child.filter((p) => parent.some((pp) => p.startsWith(pp)));
}
/** A base role's entry in root: key IDs and threshold. */
class RootRole {
    keyids;
    threshold;
    constructor(options) {
        this.keyids = options.keyids;
        this.threshold = options.threshold;
    }
    toJSON() {
        return { keyids: [...this.keyids], threshold: this.threshold };
    }
    static fromJSON(value, where) {
        const obj = (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(value, where);
        return new RootRole({
            keyids: (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asStringArray */ .Dx)(obj.keyids, `${where}.keyids`),
            threshold: (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asInteger */ .JU)(obj.threshold, `${where}.threshold`),
        });
    }
}
/** A delegation in a targets file's `delegations.roles` list. */
class DelegatedRole {
    name;
    keyids;
    threshold;
    paths;
    constructor(options) {
        this.name = options.name;
        this.keyids = options.keyids;
        this.threshold = options.threshold;
        this.paths = options.paths;
    }
    with(changes) {
        return new DelegatedRole({ ...this, ...changes, name: this.name });
    }
    /** Go's struct has `paths,omitempty`: an empty list is left out entirely. */
    toJSON() {
        const out = {
            keyids: [...this.keyids],
            name: this.name,
            threshold: this.threshold,
        };
        if (this.paths.length > 0)
            out.paths = [...this.paths];
        return out;
    }
    static fromJSON(value, where) {
        const obj = (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asObject */ .eB)(value, where);
        const name = (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(obj.name, `${where}.name`);
        return new DelegatedRole({
            name,
            keyids: (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asStringArray */ .Dx)(obj.keyids, `${where}.keyids`),
            threshold: (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asInteger */ .JU)(obj.threshold, `${where}.threshold`),
            paths: obj.paths === undefined || obj.paths === null ? [] : (0,_guards_js__WEBPACK_IMPORTED_MODULE_0__/* .asStringArray */ .Dx)(obj.paths, `${where}.paths`),
        });
    }
}


/***/ }),

/***/ 9408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ verifyRoot),
/* harmony export */   jt: () => (/* binding */ validRootKeys)
/* harmony export */ });
/* unused harmony export cnMatchesGun */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _keys_certificate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9555);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4338);
/* harmony import */ var _role_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1239);
/* harmony import */ var _threshold_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9320);
// Deciding whether a root can be trusted, as notary's trustpinning does:
// only root keys that are x509 certificates whose CN matches the GUN and that
// are within their validity period count; a pin narrows them further; a new
// root must be signed both by the previous root's keys and by its own.






const X509_TYPES = new Set(['ecdsa-x509', 'rsa-x509']);
/** notary's MatchCNToGun: exact, or a `*`-suffixed prefix. */
function cnMatchesGun(cn, gun) {
    if (cn.endsWith('*'))
        return gun.startsWith(cn.replace(/\*+$/, ''));
    return cn === gun;
}
function commonName(cert) {
    for (const line of cert.subject.split('\n')) {
        if (line.startsWith('CN='))
            return line.slice(3);
    }
    return undefined;
}
/**
 * The root role's keys that are usable leaf certificates for `gun`.
 * With `checkExpiry` false (a previous, already trusted root) expired
 * certificates still count, as in notary.
 */
function validRootKeys(root, gun, now, checkExpiry) {
    const out = new Map();
    for (const [id, key] of root.roleKeys(_role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl)) {
        if (!X509_TYPES.has(key.keytype))
            continue;
        let cert;
        try {
            cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(key.public);
        }
        catch {
            continue;
        }
        if (cert.ca)
            continue;
        const cn = commonName(cert);
        if (cn === undefined || !cnMatchesGun(cn, gun))
            continue;
        if ((0,_keys_certificate_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateProblem */ .VP)(cert, checkExpiry ? now : undefined) !== undefined)
            continue;
        out.set(id, key);
    }
    return out;
}
/** Verifies one root. Throws a VerificationError naming the reason. */
function verifyRoot(root, check) {
    const { gun, now, previous, pin, allowExpired = false } = check;
    let keys = validRootKeys(root.signed, gun, now, !allowExpired);
    if (keys.size === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(_role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl, `no valid root certificate for ${gun}: each must be an x509 certificate with CN ${gun} within its validity period`, { check: 'root' });
    }
    if (previous) {
        const prevKeys = validRootKeys(previous.signed, gun, now, false);
        try {
            (0,_threshold_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyThreshold */ .VH)(root, prevKeys, previous.signed.roles.root.threshold, _role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(_role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl, `version ${root.signed.version} is not signed by the keys of trusted version ${previous.signed.version}`, { cause: err, check: 'root' });
        }
    }
    if (pin) {
        const pinned = new Set(pin.keyIds.map((k) => k.toLowerCase()));
        keys = new Map([...keys].filter(([id, key]) => pinned.has(id) || pinned.has((0,_keys_index_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalKeyId */ .F2)(key))));
        if (keys.size === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerificationError */ .mk(_role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl, `no root key of ${gun} matches the pinned root key (trust-pin)`, {
                check: 'root',
            });
        }
    }
    (0,_threshold_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyThreshold */ .VH)(root, keys, root.signed.roles.root.threshold, _role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl);
    if (!allowExpired)
        (0,_threshold_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyNotExpired */ .mV)(root, _role_js__WEBPACK_IMPORTED_MODULE_4__/* .ROOT */ .Dl, now);
}


/***/ }),

/***/ 7567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ Root)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _keys_tuf_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9025);
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7070);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1485);
/* harmony import */ var _role_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1239);
// Root: the repository's keys and which of them may sign each base role.





class Root extends _base_js__WEBPACK_IMPORTED_MODULE_2__/* .SignedBase */ .A {
    type = 'Root';
    keys;
    roles;
    consistentSnapshot;
    constructor(options) {
        super(options);
        this.keys = options.keys;
        this.roles = options.roles;
        this.consistentSnapshot = options.consistentSnapshot;
    }
    /** The keys listed for a base role, by ID. Key IDs with no key are skipped. */
    roleKeys(role) {
        const out = new Map();
        for (const id of this.roles[role].keyids) {
            const key = this.keys.get(id);
            if (key)
                out.set(id, key);
        }
        return out;
    }
    toJSON() {
        const keys = {};
        for (const [id, key] of this.keys)
            keys[id] = key.toJSON();
        const roles = {};
        for (const name of _role_js__WEBPACK_IMPORTED_MODULE_3__/* .BASE_ROLES */ .k)
            roles[name] = this.roles[name].toJSON();
        return { ...this.commonJSON(), consistent_snapshot: this.consistentSnapshot, keys, roles };
    }
    static fromJSON(value, role = 'root') {
        const { obj, common } = (0,_base_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommon */ .d)(value, 'Root', role);
        try {
            const keys = new Map();
            for (const [id, key] of Object.entries((0,_guards_js__WEBPACK_IMPORTED_MODULE_4__/* .asObject */ .eB)(obj.keys, 'keys')))
                keys.set(id, _keys_tuf_key_js__WEBPACK_IMPORTED_MODULE_1__/* .TufKey */ .r.fromJSON(key));
            const rolesIn = (0,_guards_js__WEBPACK_IMPORTED_MODULE_4__/* .asObject */ .eB)(obj.roles, 'roles');
            const roles = {};
            for (const name of _role_js__WEBPACK_IMPORTED_MODULE_3__/* .BASE_ROLES */ .k)
                roles[name] = _role_js__WEBPACK_IMPORTED_MODULE_3__/* .RootRole */ .PJ.fromJSON(rolesIn[name], `roles.${name}`);
            return new Root({ ...common, keys, roles, consistentSnapshot: obj.consistent_snapshot === true });
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `malformed root: ${err.message}`, { cause: err });
        }
    }
}


/***/ }),

/***/ 3665:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ Targets)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _keys_tuf_key_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9025);
/* harmony import */ var _base_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7070);
/* harmony import */ var _file_meta_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7923);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1485);
/* harmony import */ var _role_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1239);
// Targets: signed tags (name → digest and manifest length) and delegations.
// Used for the top-level `targets` role and every `targets/…` delegation.






class Targets extends _base_js__WEBPACK_IMPORTED_MODULE_2__/* .SignedBase */ .A {
    type = 'Targets';
    targets;
    delegationKeys;
    delegations;
    constructor(options) {
        super(options);
        this.targets = options.targets;
        this.delegationKeys = options.delegationKeys;
        this.delegations = options.delegations;
    }
    static empty(common) {
        return new Targets({ ...common, targets: new Map(), delegationKeys: new Map(), delegations: [] });
    }
    with(changes) {
        return new Targets(this.changed(this, changes));
    }
    delegation(name) {
        return this.delegations.find((d) => d.name === name);
    }
    /** The keys a delegation lists, by ID, as this parent declares them. */
    delegationKeysOf(role) {
        const out = new Map();
        for (const id of role.keyids) {
            const key = this.delegationKeys.get(id);
            if (key)
                out.set(id, key);
        }
        return out;
    }
    /** Go always writes `delegations` with `keys` and `roles`, empty when unused. */
    toJSON() {
        const targets = {};
        for (const [name, meta] of this.targets)
            targets[name] = meta.toJSON();
        const keys = {};
        for (const [id, key] of this.delegationKeys)
            keys[id] = key.toJSON();
        return {
            ...this.commonJSON(),
            delegations: { keys, roles: this.delegations.map((d) => d.toJSON()) },
            targets,
        };
    }
    static fromJSON(value, role) {
        const { obj, common } = (0,_base_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommon */ .d)(value, 'Targets', role);
        try {
            const targets = new Map();
            for (const [name, meta] of Object.entries((0,_guards_js__WEBPACK_IMPORTED_MODULE_5__/* .asOptionalObject */ .uP)(obj.targets, 'targets'))) {
                targets.set(name, _file_meta_js__WEBPACK_IMPORTED_MODULE_3__/* .FileMeta */ .o.fromJSON(meta, `targets[${JSON.stringify(name)}]`));
            }
            const delegations = (0,_guards_js__WEBPACK_IMPORTED_MODULE_5__/* .asOptionalObject */ .uP)(obj.delegations, 'delegations');
            const delegationKeys = new Map();
            for (const [id, key] of Object.entries((0,_guards_js__WEBPACK_IMPORTED_MODULE_5__/* .asOptionalObject */ .uP)(delegations.keys, 'delegations.keys'))) {
                delegationKeys.set(id, _keys_tuf_key_js__WEBPACK_IMPORTED_MODULE_1__/* .TufKey */ .r.fromJSON(key));
            }
            const rolesIn = delegations.roles ?? [];
            if (!Array.isArray(rolesIn))
                throw new TypeError('delegations.roles is not a list');
            const roles = rolesIn.map((r, i) => _role_js__WEBPACK_IMPORTED_MODULE_4__/* .DelegatedRole */ .iP.fromJSON(r, `delegations.roles[${i}]`));
            // As notary's isValidTargetsStructure: only roles directly below this one, so a role cannot
            // list itself, an ancestor, root or anything outside targets/ and a walk cannot loop.
            for (const d of roles) {
                if (!(0,_role_js__WEBPACK_IMPORTED_MODULE_4__/* .isDelegationName */ .mm)(d.name) || (0,_role_js__WEBPACK_IMPORTED_MODULE_4__/* .parentRole */ .rt)(d.name) !== role) {
                    throw new TypeError(`delegation "${d.name}" is not a role directly below ${role}`);
                }
            }
            return new Targets({ ...common, targets, delegationKeys, delegations: roles });
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `malformed targets: ${err.message}`, { cause: err });
        }
    }
}


/***/ }),

/***/ 9320:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VH: () => (/* binding */ verifyThreshold),
/* harmony export */   lk: () => (/* binding */ countValidSignatures),
/* harmony export */   mV: () => (/* binding */ verifyNotExpired),
/* harmony export */   zc: () => (/* binding */ verifyNoRollback)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4338);
// Threshold counting, the one place that decides whether a role's file is
// signed by enough of the keys its parent trusts.


/**
 * Counts distinct keys in `keys` with a valid signature on `metadata`. Keys
 * are told apart by their public key, not their ID: one key listed both as
 * `ecdsa` and as `ecdsa-x509` has two IDs but is one signer, and counting it
 * twice would let one stolen key meet a threshold of 2.
 */
function countValidSignatures(metadata, keys) {
    const valid = new Set();
    for (const sig of metadata.signatures) {
        const key = keys.get(sig.keyid);
        // notary refuses a key listed under an ID that is not its own.
        if (!key || key.id !== sig.keyid)
            continue;
        const publicKey = publicKeyOf(key);
        if (valid.has(publicKey))
            continue;
        if ((0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .verifySignature */ .Od)(key, sig.method, metadata.signedBytes, sig.sig))
            valid.add(publicKey);
    }
    return valid.size;
}
/** The ID of the bare public key (a certificate's key for x509 keys); the key's own ID if its certificate is unreadable. */
function publicKeyOf(key) {
    try {
        return (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalKeyId */ .F2)(key);
    }
    catch {
        return key.id;
    }
}
/** Throws unless `threshold` of `keys` signed `metadata`. */
function verifyThreshold(metadata, keys, threshold, role) {
    if (!Number.isSafeInteger(threshold) || threshold < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `invalid threshold ${threshold}`, { check: 'threshold' });
    }
    const valid = countValidSignatures(metadata, keys);
    if (valid < threshold) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, valid === 0
            ? 'no valid signature from a trusted key'
            : `only ${valid} valid signature(s), ${threshold} required`, { check: 'threshold' });
    }
}
/** Throws when `metadata` has expired at `now`. */
function verifyNotExpired(metadata, role, now) {
    if (metadata.signed.isExpired(now)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `expired at ${metadata.signed.expires.toISOString()}`, { code: 'EXPIRED' });
    }
}
/** Throws when `metadata` is older than a version we already trusted. */
function verifyNoRollback(metadata, role, trustedVersion) {
    if (trustedVersion !== undefined && metadata.signed.version < trustedVersion) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `version ${metadata.signed.version} is older than the trusted version ${trustedVersion}`, { code: 'ROLLBACK' });
    }
}


/***/ }),

/***/ 4106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ expiryFrom),
/* harmony export */   UX: () => (/* binding */ YEAR),
/* harmony export */   Z0: () => (/* binding */ formatGoTime),
/* harmony export */   bi: () => (/* binding */ parseGoTime)
/* harmony export */ });
/* unused harmony exports SECOND, DAY */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
// Times as Go writes and reads them in Notary metadata.
//
// Go's time.Time marshals as RFC 3339 with nanoseconds and no trailing zeros
// (RFC3339Nano), so a whole-second UTC time is "2006-01-02T15:04:05Z" with no
// ".000". We always write whole-second UTC times; we read any offset and any
// fraction that Go may have written (docker writes local times with offsets).

const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;
/** notary.Year: 365 days, not a calendar year. */
const YEAR = 365 * DAY;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;
/** Parses a Go RFC 3339 time; throws a VerificationError naming the role. */
function parseGoTime(value, role) {
    const m = typeof value === 'string' ? RFC3339.exec(value) : null;
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `expires is not an RFC 3339 time: ${JSON.stringify(value)}`);
    const [, y, mo, d, h, mi, s, frac = '', zone] = m;
    let ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, Number(frac.padEnd(3, '0').slice(0, 3)));
    if (zone !== 'Z') {
        const sign = zone.startsWith('-') ? -1 : 1;
        const [oh, om] = zone.slice(1).split(':').map(Number);
        ms -= sign * (oh * 60 + om) * 60 * SECOND;
    }
    if (Number.isNaN(ms))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(role, `expires is not a valid time: ${String(value)}`);
    return new Date(ms);
}
/** Formats a time as Go's json.Marshal does for a whole-second UTC time. */
function formatGoTime(date) {
    const whole = new Date(Math.floor(date.getTime() / SECOND) * SECOND);
    return whole.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** A whole-second expiry `durationMs` after `now`. */
function expiryFrom(now, durationMs) {
    return new Date(Math.floor((now.getTime() + durationMs) / SECOND) * SECOND);
}


/***/ })

};
