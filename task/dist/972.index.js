export const id = 972;
export const ids = [972];
export const modules = {

/***/ 5455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jc: () => (/* binding */ updateManifestTag),
/* harmony export */   vO: () => (/* binding */ attachReferrer),
/* harmony export */   xt: () => (/* binding */ listReferrers)
/* harmony export */ });
/* unused harmony exports DEFAULT_TAG_ATTEMPTS, referrersTag */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9729);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8747);
/* harmony import */ var _descriptors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(113);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7103);
// Attaching an artifact (a cosign bundle, a notation signature) to an image
// as an OCI 1.1 referrer, and listing an image's referrers, on registries
// with and without the referrers API. Without it (distribution 2.8), the
// referrer is also listed in the `sha256-<hex>` tag index (the
// distribution-spec's referrers tag schema), as cosign and oras write it.
//
// A tag that several writers change (that index, cosign's `.sig` tag) is
// read, changed and written by updateManifestTag: one writer per tag at a
// time within the process, and against other processes a re-read after each
// write, writing again until our change is there. Another writer's entries
// are never dropped: a change is applied to what the tag holds now.






const DEFAULT_TAG_ATTEMPTS = 5;
/** The referrers tag schema's tag for a digest: `sha256:abc…` → `sha256-abc…`. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
// One writer per tag at a time within the process: the tail of each tag's queue.
const tagQueues = new Map();
async function exclusively(key, work) {
    const before = tagQueues.get(key) ?? Promise.resolve();
    let release;
    const mine = new Promise((resolve) => {
        release = resolve;
    });
    const tail = before.then(() => mine);
    tagQueues.set(key, tail);
    await before;
    try {
        return await work();
    }
    finally {
        release();
        if (tagQueues.get(key) === tail)
            tagQueues.delete(key);
    }
}
/**
 * Read-modify-write of a tag: reads it, applies `change`, writes the result,
 * and reads again until `change` finds its work done (returns undefined),
 * at most `attempts` writes. Another process that wrote the tag meanwhile
 * loses nothing: the change is applied to what it wrote.
 */
async function updateManifestTag(registry, location, tag, change, options = {}) {
    const attempts = options.attempts ?? DEFAULT_TAG_ATTEMPTS;
    const logger = options.logger ?? _logger_js__WEBPACK_IMPORTED_MODULE_3__/* .silentLogger */ .q;
    const name = `${location.registry}/${location.repository}:${tag}`;
    await exclusively(name, async () => {
        for (let write = 0;; write++) {
            const next = await change(await registry.manifest(location, tag));
            if (next === undefined)
                return;
            if (write >= attempts) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DctError */ .sY('CONFLICT', `${name}: other writers changed the tag after each of ${attempts} writes, so ours is not in it; run again`);
            }
            if (write > 0)
                logger.warning(`${name} was changed by another writer; writing it again (${write + 1}/${attempts})`);
            try {
                await registry.putManifest(location, tag, next);
            }
            catch (err) {
                // The answer was lost; whether the write landed, the next read tells.
                if (!(err instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NetworkError */ .D && err.outcomeUnknown))
                    throw err;
            }
        }
    });
}
/**
 * Pushes a referrer manifest by digest and, where the registry did not say
 * it indexed the subject (no OCI-Subject header), lists it in the subject's
 * `sha256-<hex>` tag index too. Its blobs must be pushed first.
 */
async function attachReferrer(registry, location, subject, manifest, options = {}) {
    const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(manifest.bytes).digest('hex')}`;
    const put = await registry.putManifest(location, digest, manifest);
    const annotations = (0,_descriptors_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonObject */ .dw)(manifest.bytes)?.annotations;
    const descriptor = {
        mediaType: manifest.mediaType,
        digest: put.digest,
        size: manifest.bytes.length,
        artifactType: manifest.artifactType,
        ...((0,_descriptors_js__WEBPACK_IMPORTED_MODULE_5__/* .isStringRecord */ .zD)(annotations) ? { annotations } : {}),
    };
    if (put.subjectIndexed)
        return { descriptor, listedBy: 'referrers-api' };
    const tag = referrersTag(subject.digest);
    await updateManifestTag(registry, location, tag, (current) => withEntry(current, descriptor, `${location.registry}/${location.repository}:${tag}`), options);
    return { descriptor, listedBy: 'tag-index' };
}
/**
 * An image's referrers: the referrers API's list, else the entries of its
 * `sha256-<hex>` tag index (none when there is no such tag). Not filtered:
 * cosign 3.1 lists its own bundles there as application/vnd.oci.empty.v1+json,
 * so callers read each listed manifest.
 */
async function listReferrers(registry, location, digest) {
    const tag = referrersTag(digest);
    // Both read at once: a round trip less where the API is missing, one unused read where it is there.
    const index = registry.manifest(location, tag);
    index.catch(() => undefined);
    const api = await registry.referrers(location, digest);
    if (api !== undefined)
        return api;
    const current = await index;
    if (current === undefined)
        return [];
    const entries = (0,_descriptors_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDescriptors */ .md)(current.bytes, _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_INDEX */ .$p);
    if (entries === undefined)
        throw notAnIndex(current, `${location.registry}/${location.repository}:${tag}`);
    return entries;
}
/** The index with `entry` appended, keeping everything else it holds byte for byte in meaning; undefined when it is listed. */
function withEntry(current, entry, name) {
    let index = { schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_INDEX */ .$p, manifests: [] };
    if (current !== undefined) {
        const parsed = (0,_descriptors_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonObject */ .dw)(current.bytes);
        if (parsed === undefined || !Array.isArray(parsed.manifests) || (0,_descriptors_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDescriptors */ .md)(current.bytes, _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_INDEX */ .$p) === undefined) {
            throw notAnIndex(current, name);
        }
        index = parsed;
    }
    const manifests = index.manifests;
    if (manifests.some((m) => typeof m === 'object' && m !== null && m.digest === entry.digest))
        return undefined;
    const next = { ...index, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_INDEX */ .$p, manifests: [...manifests, entry] };
    return { bytes: Buffer.from(JSON.stringify(next)), mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_INDEX */ .$p };
}
function notAnIndex(current, name) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DctError */ .sY('VERIFY', `${name} holds a ${current.mediaType} (${current.digest}), not the image index that lists referrers under the ` +
        'referrers tag schema; delete or move that tag so that signatures can be listed there');
}


/***/ }),

/***/ 9972:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COSIGN_FORMS: () => (/* reexport */ COSIGN_FORMS),
  cosignSignerOf: () => (/* reexport */ cosignSignerOf),
  prepareCosignSignatures: () => (/* reexport */ prepareCosignSignatures),
  verifyCosignSignatures: () => (/* reexport */ verifyCosignSignatures),
  writeCosignSignatures: () => (/* reexport */ writeCosignSignatures)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/keys/index.js + 17 modules
var lib_keys = __webpack_require__(2520);
;// CONCATENATED MODULE: ./lib/sigstore/signer.js
// The algorithms cosign signs and verifies with, per key type:
//   ECDSA    DER signature (not DCT's raw r||s) over SHA-256, on every
//            curve: `cosign verify --key` (2.5 and 3.1, both forms) and
//            containers/image verify with SHA-256 whatever the curve. (cosign
//            3.1 itself signs P-384/P-521 keys with SHA-384/SHA-512, and then
//            rejects its own signatures; we accept those when verifying.)
//   RSA      PKCS#1 v1.5 with SHA-256.
//   Ed25519  over the message itself.
// The private key stays in src/keys (signStandard); here only the choice.



const COSIGN_KEY_TYPES = new Set(['ecdsa', 'rsa', 'ed25519']);
const CURVE_HASH = {
    prime256v1: 'sha256',
    secp384r1: 'sha384',
    secp521r1: 'sha512',
};
/**
 * The DCT signer key (or a cosign key) as a cosign signer. `input` names
 * the key's input in the error for a key cosign cannot use.
 */
function cosignSignerOf(key, input = 'signer-key') {
    const keytype = key.signer.publicKey.keytype;
    if (!COSIGN_KEY_TYPES.has(keytype)) {
        throw new errors/* InputError */.dz(input, `a ${keytype} key cannot make cosign signatures: cosign takes ECDSA (P-256, P-384, P-521), RSA and Ed25519 keys, and DCT takes ECDSA P-256, RSA and Ed25519 keys; give a key of one of those types`);
    }
    return { key, publicKeyPem: (0,lib_keys/* exportPublicKeyPem */.oN)(key.signer.publicKey) };
}
function publicKeyObject(pem) {
    return (0,external_node_crypto_.createPublicKey)(pem);
}
/** Signs `data` (a `.sig` payload, or a DSSE PAE) so that cosign and containers/image accept it. */
function cosignSign(signer, data) {
    return (0,lib_keys/* signStandard */.JK)(signer.key.signer, data, 'sha256');
}
/**
 * Whether `signature` over `data` was made by `key`. ECDSA signatures are
 * taken with SHA-256 or the curve's own hash (cosign 3.1 signs with the
 * latter); nothing else a key type allows is tried.
 */
function cosignVerify(key, data, signature) {
    try {
        switch (key.asymmetricKeyType) {
            case 'ec': {
                const own = CURVE_HASH[key.asymmetricKeyDetails?.namedCurve ?? ''] ?? 'sha256';
                return [...new Set(['sha256', own])].some((h) => (0,external_node_crypto_.verify)(h, data, { key, dsaEncoding: 'der' }, signature));
            }
            case 'ed25519':
                return (0,external_node_crypto_.verify)(null, data, key, signature);
            case 'rsa':
                return (0,external_node_crypto_.verify)('sha256', data, key, signature);
            default:
                return false;
        }
    }
    catch {
        // A malformed signature (bad DER) is simply not a valid one.
        return false;
    }
}
/**
 * The bundle's `verificationMaterial.publicKey.hint`, as sigstore-go writes
 * it: base64 of the SHA-256 of the public key's PKIX DER.
 */
function publicKeyHint(pem) {
    const der = publicKeyObject(pem).export({ type: 'spki', format: 'der' });
    return (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64');
}

// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
;// CONCATENATED MODULE: ./lib/sigstore/constants.js
// The names and limits of cosign's two forms, as cosign 2.5/3.1 and
// containers/image write and read them.
/** The `.sig` form's layer: a simple-signing payload. */
const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** The layer annotation holding the base64 signature over the layer's bytes. */
const SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';
/** `critical.type` of every cosign simple-signing payload. */
const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The same bundle version in the media type's older spelling, which sigstore readers also take. */
const BUNDLE_MEDIA_TYPE_ALT = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const IN_TOTO_STATEMENT = 'https://in-toto.io/Statement/v1';
/** The predicate cosign 3 signs an image with; attestations carry others and are not signatures. */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
const OCI_EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
/** The OCI empty descriptor's blob, `{}`. */
const OCI_EMPTY_BYTES = new TextEncoder().encode('{}');
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
const ANNOTATION_BUNDLE_CONTENT = 'dev.sigstore.bundle.content';
const ANNOTATION_BUNDLE_PREDICATE = 'dev.sigstore.bundle.predicateType';
// What a registry may make us read, so a hostile one cannot exhaust memory:
// payloads are a few hundred bytes and bundles a few KB (with a certificate
// chain, tens of KB).
const MAX_PAYLOAD_BYTES = 64 << 10;
const MAX_BUNDLE_BYTES = 1 << 20;
/** Signatures read from one `.sig` manifest, and referrers read for one digest. */
const MAX_SIGNATURES = 128;
const MAX_REFERRERS = 128;
/** Read-modify-write rounds against other writers of the same `.sig` tag. */
const MAX_WRITE_ATTEMPTS = 6;

// EXTERNAL MODULE: ./lib/registry/descriptors.js
var descriptors = __webpack_require__(113);
// EXTERNAL MODULE: ./lib/registry/media-types.js
var media_types = __webpack_require__(7103);
;// CONCATENATED MODULE: ./lib/sigstore/sig-manifest.js
// The `.sig` form's manifest: an OCI image manifest under the tag
// `sha256-<hex>.sig`, one simple-signing layer per signature, and the config
// go-containerregistry writes for it (cosign's mutate.Append onto an empty
// image): the layers' diff_ids and one empty history entry per layer. A
// payload layer is stored uncompressed, so its diff_id is its digest.





/** The tag cosign keeps a digest's `.sig` form under. */
function sigTagOf(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function signatureLayer(payload, signature) {
    return {
        mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
        size: payload.length,
        digest: sha256Digest(payload),
        annotations: { [SIGNATURE_ANNOTATION]: Buffer.from(signature).toString('base64') },
    };
}
const EPOCH = '0001-01-01T00:00:00Z';
/** The config blob for these layers, byte for byte as cosign 2.5 writes it. */
function sigConfig(layers) {
    const config = {
        architecture: '',
        created: EPOCH,
        history: layers.map(() => ({ created: EPOCH })),
        os: '',
        rootfs: { type: 'layers', diff_ids: layers.map((l) => l.digest) },
        config: {},
    };
    return new TextEncoder().encode(JSON.stringify(config));
}
/** The manifest bytes listing `layers`, whose config blob is `config`. */
function sigManifest(config, layers) {
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* OCI_MANIFEST */.EG,
        config: { mediaType: OCI_CONFIG_MEDIA_TYPE, size: config.length, digest: sha256Digest(config) },
        layers: layers.map((l) => ({
            mediaType: l.mediaType,
            size: l.size,
            digest: l.digest,
            ...(l.annotations ? { annotations: l.annotations } : {}),
        })),
    };
    return new TextEncoder().encode(JSON.stringify(manifest));
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * The layers of what a `.sig` tag holds. Anything but an image manifest of
 * descriptors is refused with an error naming the tag: appending to it
 * would destroy what someone else keeps there.
 */
function parseSigManifest(bytes, tag, where) {
    const refuse = (why) => new errors/* DctError */.sY('VERIFY', `${where}: the tag ${tag} holds ${why}, not cosign's signature manifest; it was not changed. Move or delete that tag (cosign keeps signatures there), then sign again`);
    let doc;
    try {
        doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch {
        throw refuse('something that is not JSON');
    }
    if (!isObject(doc))
        throw refuse('JSON that is not a manifest');
    const mediaType = doc.mediaType ?? media_types/* OCI_MANIFEST */.EG;
    if (mediaType !== media_types/* OCI_MANIFEST */.EG && mediaType !== media_types/* DOCKER_MANIFEST */.Vv)
        throw refuse(`a ${String(mediaType)}`);
    if (doc.schemaVersion !== 2 || !Array.isArray(doc.layers) || !isObject(doc.config))
        throw refuse('a manifest without layers');
    const layers = doc.layers.map(descriptors/* toDescriptor */.RU);
    if (layers.some((l) => l === undefined))
        throw refuse('a manifest with a malformed layer');
    const other = layers.find((l) => l.mediaType !== SIMPLE_SIGNING_MEDIA_TYPE);
    if (other)
        throw refuse(`a manifest with a layer of type ${other.mediaType}`);
    return layers;
}

;// CONCATENATED MODULE: ./lib/sigstore/bundle.js
// The Sigstore bundle v0.3 that cosign 3 writes for `sign --key`, and the
// OCI 1.1 referrer manifest that carries it (shaped exactly as cosign 3.1's:
// the empty config with the bundle's artifactType, one bundle layer, the
// bundle annotations, `subject` = the image). A key-signed bundle has no
// tlog entries and no certificate: verificationMaterial holds only the key
// hint.




const b64 = (bytes) => Buffer.from(bytes).toString('base64');
function encodeBundle(envelope, hint) {
    const bundle = {
        mediaType: BUNDLE_MEDIA_TYPE,
        verificationMaterial: { publicKey: { hint } },
        dsseEnvelope: {
            payload: b64(envelope.payload),
            payloadType: envelope.payloadType,
            signatures: envelope.signatures.map((sig) => ({ sig: b64(sig) })),
        },
    };
    return new TextEncoder().encode(JSON.stringify(bundle));
}
function bundle_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function base64Bytes(v) {
    if (typeof v !== 'string' || v.length % 4 === 1 || !BASE64.test(v))
        return undefined;
    return new Uint8Array(Buffer.from(v, 'base64'));
}
function isBundleMediaType(mediaType) {
    return mediaType === BUNDLE_MEDIA_TYPE || mediaType === BUNDLE_MEDIA_TYPE_ALT;
}
/** The DSSE envelope of a v0.3 bundle; a string saying why when the bytes are not one. */
function decodeBundle(bytes) {
    let doc;
    try {
        doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch {
        return 'the bundle is not JSON';
    }
    if (!bundle_isObject(doc))
        return 'the bundle is not a JSON object';
    if (typeof doc.mediaType !== 'string' || !isBundleMediaType(doc.mediaType)) {
        return `the bundle's media type ${String(doc.mediaType)} is not ${BUNDLE_MEDIA_TYPE}`;
    }
    const env = doc.dsseEnvelope;
    if (!bundle_isObject(env))
        return 'the bundle holds no DSSE envelope';
    const payload = base64Bytes(env.payload);
    if (payload === undefined || typeof env.payloadType !== 'string' || !Array.isArray(env.signatures)) {
        return 'the bundle’s DSSE envelope is malformed';
    }
    const signatures = env.signatures.flatMap((s) => {
        const sig = bundle_isObject(s) ? base64Bytes(s.sig) : undefined;
        return sig === undefined ? [] : [sig];
    });
    return { payload, payloadType: env.payloadType, signatures };
}
/** The referrer manifest for a bundle blob, `subject` the signed image. */
function bundleReferrerManifest(bundle, subject, created) {
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* OCI_MANIFEST */.EG,
        config: {
            mediaType: OCI_EMPTY_MEDIA_TYPE,
            size: OCI_EMPTY_BYTES.length,
            digest: sha256Digest(OCI_EMPTY_BYTES),
            artifactType: BUNDLE_MEDIA_TYPE,
        },
        layers: [{ mediaType: BUNDLE_MEDIA_TYPE, size: bundle.length, digest: sha256Digest(bundle) }],
        annotations: {
            [ANNOTATION_BUNDLE_CONTENT]: 'dsse-envelope',
            [ANNOTATION_BUNDLE_PREDICATE]: COSIGN_SIGN_PREDICATE,
            [ANNOTATION_CREATED]: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        },
        subject: { mediaType: subject.mediaType, size: subject.size, digest: subject.digest },
        artifactType: BUNDLE_MEDIA_TYPE,
    };
    return new TextEncoder().encode(JSON.stringify(manifest));
}
/**
 * A referrer manifest that carries a Sigstore bundle, recognised by its
 * bundle layer (not by the index entry, which cosign 3.1 lists as the
 * empty type); undefined for other
 * referrers (attestations of other kinds, notation signatures…).
 */
function parseBundleReferrer(bytes) {
    let doc;
    try {
        doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch {
        return undefined;
    }
    if (!bundle_isObject(doc) || !Array.isArray(doc.layers))
        return undefined;
    const layers = doc.layers.map(descriptors/* toDescriptor */.RU);
    const layer = layers.find((l) => isBundleMediaType(l?.mediaType));
    if (layer === undefined)
        return undefined;
    // Only the signing predicate is a signature; attestations share the bundle type.
    const annotations = bundle_isObject(doc.annotations) ? doc.annotations : {};
    const predicate = annotations[ANNOTATION_BUNDLE_PREDICATE];
    if (typeof predicate === 'string' && predicate !== COSIGN_SIGN_PREDICATE)
        return undefined;
    const subject = bundle_isObject(doc.subject) ? (0,descriptors/* toDescriptor */.RU)(doc.subject)?.digest : undefined;
    return { layer, subject };
}

;// CONCATENATED MODULE: ./lib/sigstore/dsse.js
// DSSE (Dead Simple Signing Envelope) over an in-toto v1 statement, as
// cosign 3 signs an image: the signature covers the pre-authentication
// encoding PAE(payloadType, payload), never the bare payload.

const encoder = new TextEncoder();
/** "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, lengths in bytes as ASCII decimal. */
function pae(payloadType, payload) {
    const type = encoder.encode(payloadType);
    const head = encoder.encode(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `);
    const out = new Uint8Array(head.length + payload.length);
    out.set(head, 0);
    out.set(payload, head.length);
    return out;
}
/**
 * The statement cosign 3.1 signs for an image, byte for byte: the subject
 * is the digest alone (no name, empty annotations), the predicate empty.
 */
function cosignStatement(digest) {
    const hex = digest.replace(/^sha256:/, '');
    const statement = {
        _type: IN_TOTO_STATEMENT,
        subject: [{ digest: { sha256: hex }, annotations: {} }],
        predicateType: COSIGN_SIGN_PREDICATE,
        predicate: {},
    };
    return encoder.encode(JSON.stringify(statement));
}
function dsse_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** What a verifier needs of an in-toto statement; undefined when it is not one. */
function statementFacts(payload, payloadType) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return undefined;
    let doc;
    try {
        doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
    }
    catch {
        return undefined;
    }
    if (!dsse_isObject(doc) || doc._type !== IN_TOTO_STATEMENT || typeof doc.predicateType !== 'string')
        return undefined;
    if (!Array.isArray(doc.subject))
        return undefined;
    const subjects = doc.subject.flatMap((s) => dsse_isObject(s) && dsse_isObject(s.digest) && typeof s.digest.sha256 === 'string' ? [s.digest.sha256.toLowerCase()] : []);
    return { predicateType: doc.predicateType, subjects };
}

;// CONCATENATED MODULE: ./lib/sigstore/simple-signing.js
// cosign's simple-signing payload, the bytes a `.sig` layer holds and signs:
//   {"critical":{"identity":{"docker-reference":…},"image":{"docker-manifest-digest":…},
//    "type":"cosign container image signature"},"optional":{…}}
// Written with skopeo's key order and its identity `registry/repo:tag`;
// read as strictly as containers/image does (exactly these three critical
// fields), since a payload it refuses would fail podman's and CRI-O's gates.

function encodeSimpleSigning(payload, optional) {
    const doc = {
        critical: {
            identity: { 'docker-reference': payload.identity },
            image: { 'docker-manifest-digest': payload.digest },
            type: COSIGN_SIGNATURE_TYPE,
        },
        optional: { creator: optional.creator, timestamp: optional.timestamp },
    };
    return new TextEncoder().encode(JSON.stringify(doc));
}
/** Why bytes are not a payload containers/image would take. */
class PayloadError extends Error {
}
function simple_signing_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function exactKeys(v, keys, what) {
    if (!simple_signing_isObject(v))
        throw new PayloadError(`${what} is not an object`);
    const extra = Object.keys(v).filter((k) => !keys.includes(k));
    if (extra.length > 0)
        throw new PayloadError(`${what} has unexpected fields ${extra.join(', ')}`);
    const missing = keys.filter((k) => !(k in v));
    if (missing.length > 0)
        throw new PayloadError(`${what} lacks ${missing.join(', ')}`);
    return v;
}
function stringField(v, key, what) {
    const s = v[key];
    if (typeof s !== 'string')
        throw new PayloadError(`${what}.${key} is not a string`);
    return s;
}
function decodeSimpleSigning(bytes) {
    let doc;
    try {
        doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch {
        throw new PayloadError('the payload is not JSON');
    }
    if (!simple_signing_isObject(doc))
        throw new PayloadError('the payload is not a JSON object');
    const extra = Object.keys(doc).filter((k) => k !== 'critical' && k !== 'optional');
    if (extra.length > 0)
        throw new PayloadError(`the payload has unexpected fields ${extra.join(', ')}`);
    if (doc.optional !== undefined && doc.optional !== null && !simple_signing_isObject(doc.optional)) {
        throw new PayloadError('optional is not an object');
    }
    const critical = exactKeys(doc.critical, ['identity', 'image', 'type'], 'critical');
    if (critical.type !== COSIGN_SIGNATURE_TYPE) {
        throw new PayloadError(`critical.type is not "${COSIGN_SIGNATURE_TYPE}"`);
    }
    const identity = exactKeys(critical.identity, ['docker-reference'], 'critical.identity');
    const image = exactKeys(critical.image, ['docker-manifest-digest'], 'critical.image');
    return {
        identity: stringField(identity, 'docker-reference', 'critical.identity'),
        digest: stringField(image, 'docker-manifest-digest', 'critical.image'),
    };
}

;// CONCATENATED MODULE: ./lib/sigstore/checks.js
// The checks one signature must pass to count, over bytes already read:
// made by one of the keys, covering the registry's current digest, and (the
// `.sig` form only) an identity naming the reference's repository and, where
// it names a tag, the reference's tag. Each failure says which check failed.






const checks_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
function signerOf(keys, data, signature) {
    return keys.find((k) => cosignVerify(k.key, data, signature));
}
function otherKey(keys) {
    return `it was signed by another key than ${keys.map((k) => k.source).join(', ')}`;
}
function otherDigest(signed, expect) {
    return `it covers ${signed}, not ${expect.digest}, the digest the registry serves now`;
}
/** Whether a `.sig` identity names the expected repository and tag (or digest). */
function identityProblem(identity, expect) {
    let named;
    try {
        named = (0,reference/* parseReference */.F2)(identity, 'docker-reference');
    }
    catch {
        return `its identity ${JSON.stringify(identity)} is not an image reference`;
    }
    const wanted = (0,reference/* parseReference */.F2)(`${expect.location.registry}/${expect.location.repository}`, 'reference');
    if (named.registry !== wanted.registry || named.repository !== wanted.repository) {
        return `its identity names ${named.gun}, not ${wanted.gun}`;
    }
    if (named.tag !== undefined && expect.tag !== undefined && named.tag !== expect.tag) {
        return `its identity names ${named.gun}:${named.tag}, not ${wanted.gun}:${expect.tag}`;
    }
    if (named.digest !== undefined && named.digest !== expect.digest) {
        return `its identity names ${named.gun}@${named.digest}, not ${expect.digest}`;
    }
    return undefined;
}
/** One `.sig` layer: its payload bytes and its signature annotation. */
function checkSimpleSigning(payload, signatureB64, keys, expect) {
    if (signatureB64 === undefined || !checks_BASE64.test(signatureB64)) {
        return { ok: false, problem: 'it has no base64 signature annotation' };
    }
    const key = signerOf(keys, payload, Buffer.from(signatureB64, 'base64'));
    if (key === undefined)
        return { ok: false, problem: otherKey(keys) };
    let fields;
    try {
        fields = decodeSimpleSigning(payload);
    }
    catch (err) {
        if (!(err instanceof PayloadError))
            throw err;
        return { ok: false, problem: `its payload is not a cosign signature payload: ${err.message}` };
    }
    if (fields.digest !== expect.digest)
        return { ok: false, problem: otherDigest(fields.digest, expect) };
    const problem = identityProblem(fields.identity, expect);
    return problem === undefined ? { ok: true, signedBy: key.source } : { ok: false, problem };
}
/** One bundle's bytes. It carries no identity: the digest alone decides. */
function checkBundle(bytes, keys, expect) {
    const envelope = decodeBundle(bytes);
    if (typeof envelope === 'string')
        return { ok: false, problem: envelope };
    const signed = pae(envelope.payloadType, envelope.payload);
    const key = envelope.signatures.map((sig) => signerOf(keys, signed, sig)).find((k) => k !== undefined);
    if (key === undefined)
        return { ok: false, problem: otherKey(keys) };
    const facts = statementFacts(envelope.payload, envelope.payloadType);
    if (facts === undefined)
        return { ok: false, problem: 'its DSSE payload is not an in-toto statement' };
    if (facts.predicateType !== COSIGN_SIGN_PREDICATE) {
        return { ok: false, problem: `its statement is a ${facts.predicateType} attestation, not a cosign signature` };
    }
    const hex = expect.digest.replace(/^sha256:/, '');
    if (!facts.subjects.includes(hex)) {
        const first = facts.subjects[0];
        return { ok: false, problem: first === undefined ? 'its statement names no sha256 subject' : otherDigest(`sha256:${first}`, expect) };
    }
    return { ok: true, signedBy: key.source };
}

// EXTERNAL MODULE: ./lib/registry/referrers.js
var referrers = __webpack_require__(5455);
;// CONCATENATED MODULE: ./lib/sigstore/read.js
// Reading what the registry holds for a digest in each form, bounded so a
// hostile registry cannot make us read without end: at most MAX_SIGNATURES
// `.sig` layers and MAX_REFERRERS referrers, each blob size-capped. Every
// signature comes back with its bytes or the reason it could not be read.





function nameOf(location, tag) {
    return `${location.registry}/${location.repository}:${tag}`;
}
/** The layers of the digest's `.sig` manifest; [] when there is none. Throws when the tag holds something else. */
async function readSigLayers(registry, location, digest) {
    const tag = sigTagOf(digest);
    const current = await registry.manifest(location, tag);
    if (current === undefined)
        return [];
    return parseSigManifest(current.bytes, tag, nameOf(location, tag));
}
async function readBlob(registry, location, layer, max, label) {
    if (layer.size > max)
        return { label, problem: `it is ${layer.size} bytes, more than the ${max} a signature may have` };
    try {
        return { label, layer, bytes: await registry.blob(location, layer.digest, max) };
    }
    catch (err) {
        if (err instanceof errors/* DctError */.sY && err.code === 'NOT_FOUND')
            return { label, problem: `the registry has no blob ${layer.digest}` };
        throw err;
    }
}
/** Each `.sig` layer's payload (the first MAX_SIGNATURES). */
function readPayloads(registry, location, layers) {
    return Promise.all(layers
        .slice(0, MAX_SIGNATURES)
        .map((layer, i) => readBlob(registry, location, layer, MAX_PAYLOAD_BYTES, `the .sig signature ${i + 1}`)));
}
/**
 * The bundles among the digest's referrers. Every listed manifest is read,
 * whatever artifactType the list gives it; those that carry no cosign
 * signing bundle (notation signatures, attestations) are left out, and a
 * bundle whose manifest names another subject is reported, not trusted.
 */
async function readBundles(registry, location, digest) {
    const listed = (await (0,referrers/* listReferrers */.xt)(registry, location, digest)).slice(0, MAX_REFERRERS);
    const found = await Promise.all(listed.map(async (entry) => {
        const label = `the bundle ${entry.digest.slice(0, 19)}…`;
        const manifest = await registry.manifest(location, entry.digest);
        if (manifest === undefined)
            return undefined;
        if (manifest.digest !== entry.digest)
            return { label, problem: `the registry served ${manifest.digest} for it` };
        const referrer = parseBundleReferrer(manifest.bytes);
        if (referrer === undefined)
            return undefined;
        if (referrer.subject !== digest) {
            return { label, problem: `its manifest's subject is ${referrer.subject ?? 'missing'}, not ${digest}` };
        }
        return readBlob(registry, location, referrer.layer, MAX_BUNDLE_BYTES, label);
    }));
    return found.filter((r) => r !== undefined);
}

;// CONCATENATED MODULE: ./lib/sigstore/verify.js
// dct-sign's own cosign gate: reads both forms for the registry's current
// digest and counts a signature when it passes every check in checks.ts.
// Unsigned (nothing in either form) and invalid (signatures, none of which
// passes) are told apart, and an invalid verdict names the failed checks.






/** At most this many failed checks are named in a verdict. */
const PROBLEMS_SHOWN = 3;
/**
 * The keys as node keys, read as the keys module reads `cosign-public-key`
 * (a cosign.pub, or docker's `.pub` with its `role:` header); a KeyError
 * names the key's source when one is not a public key.
 */
function verifierKeys(keys) {
    return keys.map((k) => ({
        source: k.source,
        key: (0,external_node_crypto_.createPublicKey)((0,lib_keys/* loadPublicKeyPem */.t1)(k.pem, { input: k.source }).pem),
    }));
}
function checked(read, test) {
    return read.map((r) => ({ label: r.label, check: 'problem' in r ? { ok: false, problem: r.problem } : test(r) }));
}
async function sigForm(target, keys, expect) {
    let layers;
    try {
        layers = await readSigLayers(target.registry, target.location, expect.digest);
    }
    catch (err) {
        // A `.sig` tag that holds something else is no signature, but not silence either.
        if (!(err instanceof errors/* DctError */.sY) || err.code !== 'VERIFY')
            throw err;
        return { form: 'sig', checks: [{ label: 'the .sig tag', check: { ok: false, problem: err.message } }] };
    }
    const read = await readPayloads(target.registry, target.location, layers);
    return {
        form: 'sig',
        checks: checked(read, (r) => checkSimpleSigning(r.bytes, r.layer.annotations?.[SIGNATURE_ANNOTATION], keys, expect)),
    };
}
async function bundleForm(target, keys, expect) {
    let read;
    try {
        read = await readBundles(target.registry, target.location, expect.digest);
    }
    catch (err) {
        // A tag index that holds something else lists no signature.
        if (!(err instanceof errors/* DctError */.sY) || err.code !== 'VERIFY')
            throw err;
        return { form: 'bundle', checks: [{ label: 'the referrers tag index', check: { ok: false, problem: err.message } }] };
    }
    return { form: 'bundle', checks: checked(read, (r) => checkBundle(r.bytes, keys, expect)) };
}
async function verifyCosignSignatures(target, keys, options = {}) {
    if (keys.length === 0)
        throw new errors/* InputError */.dz('cosign-public-key', 'no public key to check cosign signatures with; give one');
    const verifiers = verifierKeys(keys);
    const expect = { digest: target.manifest.digest, location: target.location, tag: target.tag };
    const name = `${target.location.registry}/${target.location.repository}${target.tag === undefined ? '' : `:${target.tag}`}`;
    const results = await Promise.all([sigForm(target, verifiers, expect), bundleForm(target, verifiers, expect)]);
    const forms = results.filter((r) => r.checks.some((c) => c.check.ok)).map((r) => r.form);
    if (forms.length > 0) {
        const signedBy = new Set(results.flatMap((r) => r.checks.flatMap((c) => (c.check.ok ? [c.check.signedBy] : []))));
        options.logger?.debug(`${name}: cosign signatures valid in ${forms.join(', ')}`);
        return { ok: true, forms, signedBy: [...signedBy] };
    }
    const failed = results.flatMap((r) => r.checks.map((c) => `${c.label}: ${c.check.problem}`));
    if (failed.length === 0) {
        return { ok: false, reason: 'cosign-unsigned', message: `${name} (${expect.digest}) has no cosign signature in either form` };
    }
    const shown = failed.slice(0, PROBLEMS_SHOWN).join('; ');
    const more = failed.length > PROBLEMS_SHOWN ? `; and ${failed.length - PROBLEMS_SHOWN} more` : '';
    return { ok: false, reason: 'cosign-invalid', message: `${name} (${expect.digest}) has no valid cosign signature: ${shown}${more}` };
}

// EXTERNAL MODULE: ./lib/logger.js
var logger = __webpack_require__(8747);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(3411);
;// CONCATENATED MODULE: ./lib/sigstore/types.js
// The Sigstore (cosign) formats as the operations see them. src/sigstore/
// implements the functions below; operations and commands call them
// through src/sigstore/index.ts:
//
//   cosignSignerOf(key: LoadedPrivateKey): CosignSigner
//     The DCT signer key as a cosign signer; throws InputError naming the
//     input when the key type is one cosign does not take.
//   writeCosignSignatures(target: CosignTarget, signer: CosignSigner, options: CosignWriteOptions): Promise<CosignWriteOutcome>
//     Writes both forms for the target's digest (and, for a multi-arch
//     index, for each platform manifest too); a form already holding a valid
//     signature by the same key for that digest is left as it is.
//   prepareCosignSignatures(target, signer, options): Promise<PreparedCosignWrite>
//     writeCosignSignatures's reads and checks, done now; its writes wait
//     for write(), so that sign can check every tag before any format writes.
//   verifyCosignSignatures(target: CosignTarget, keys: readonly CosignPublicKey[], options: CosignReadOptions): Promise<CosignVerdict>
//
// Key loading (cosign's encrypted key, public keys) lives in src/keys.
const COSIGN_FORMS = ['sig', 'bundle'];

;// CONCATENATED MODULE: ./lib/sigstore/write.js
// Writes both forms `cosign sign --key` writes, for an image and, for a
// multi-arch index, for each platform manifest too (containers/image checks
// those, as `skopeo copy --all --sign-by-sigstore-private-key` signs them).
// A form that already holds a valid signature by this key for the digest is
// left as it is. The `.sig` tag is appended to, never replacing another
// signer's layers; against other writers it is re-read after each write and
// written again until our layer is in it (registry/referrers.ts
// updateManifestTag, which also lists bundles in the tag index). Every read
// and check runs before the first write.
















/** The platform manifests an index lists (nested indexes are not followed). */
async function platformManifests(ctx, index) {
    const content = await ctx.registry.manifest(ctx.location, index.digest);
    if (content === undefined) {
        throw new errors/* DctError */.sY('NOT_FOUND', `${ctx.location.registry}/${ctx.location.repository}@${index.digest} is no longer in the registry`);
    }
    const entries = (0,descriptors/* parseDescriptors */.md)(content.bytes, index.mediaType);
    if (entries === undefined || content.digest !== index.digest) {
        throw new errors/* DctError */.sY('VERIFY', `${ctx.location.registry}/${ctx.location.repository}@${index.digest} is not the image index the registry named`);
    }
    return entries.filter((d) => d.mediaType !== media_types/* OCI_INDEX */.$p && d.mediaType !== media_types/* DOCKER_MANIFEST_LIST */.m6);
}
/** The `.sig` identity: `registry/repo:tag` as skopeo writes it, or the repository alone for a digest. */
function identityOf(ctx) {
    const repo = `${ctx.location.registry}/${ctx.location.repository}`;
    return ctx.tag === undefined ? repo : `${repo}:${ctx.tag}`;
}
/** Whether a layer is our key's valid signature for the digest with exactly our identity. */
function isOurs(ctx, expect, payload, layer) {
    if (!checkSimpleSigning(payload, layer.annotations?.[SIGNATURE_ANNOTATION], ctx.self, expect).ok)
        return false;
    const named = (0,reference/* parseReference */.F2)(decodeSimpleSigning(payload).identity, 'docker-reference');
    const ours = (0,reference/* parseReference */.F2)(identityOf(ctx), 'docker-reference');
    return named.gun === ours.gun && named.tag === ours.tag;
}
async function planSig(ctx, subject) {
    const expect = { digest: subject.digest, location: ctx.location, tag: ctx.tag };
    const layers = await readSigLayers(ctx.registry, ctx.location, subject.digest);
    for (const read of await readPayloads(ctx.registry, ctx.location, layers)) {
        if ('bytes' in read && isOurs(ctx, expect, read.bytes, read.layer))
            return 'already';
    }
    return { form: 'sig', subject };
}
async function planBundle(ctx, subject) {
    const expect = { digest: subject.digest, location: ctx.location, tag: undefined };
    for (const read of await readBundles(ctx.registry, ctx.location, subject.digest)) {
        if ('bytes' in read && checkBundle(read.bytes, ctx.self, expect).ok)
            return 'already';
    }
    return { form: 'bundle', subject };
}
async function appendSig(ctx, subject) {
    const tag = sigTagOf(subject.digest);
    const payload = encodeSimpleSigning({ identity: identityOf(ctx), digest: subject.digest }, { creator: `dct-sign ${version/* VERSION */.x}`, timestamp: Math.floor(ctx.now.getTime() / 1000) });
    const layer = signatureLayer(payload, await cosignSign(ctx.signer, payload));
    const mine = layer.annotations?.[SIGNATURE_ANNOTATION];
    // Uploaded while the tag is read; the manifest naming it is written only once it is there.
    const pushed = ctx.registry.pushBlob(ctx.location, payload, { fresh: true });
    pushed.catch(() => undefined);
    // Applied to what the tag holds at each read, so another signer's layers
    // (written before or between our writes) stay; matched by signature too,
    // as another signer's payload for the same tag and second has our digest.
    await (0,referrers/* updateManifestTag */.jc)(ctx.registry, ctx.location, tag, async (current) => {
        const layers = current === undefined ? [] : parseSigManifest(current.bytes, tag, nameOf(ctx.location, tag));
        if (layers.some((l) => l.digest === layer.digest && l.annotations?.[SIGNATURE_ANNOTATION] === mine))
            return undefined;
        const all = [...layers, layer];
        const config = sigConfig(all);
        await Promise.all([pushed, ctx.registry.pushBlob(ctx.location, config, { fresh: true })]);
        return { bytes: sigManifest(config, all), mediaType: media_types/* OCI_MANIFEST */.EG };
    }, { attempts: MAX_WRITE_ATTEMPTS, logger: ctx.logger });
}
async function attachBundle(ctx, subject) {
    const statement = cosignStatement(subject.digest);
    const signature = await cosignSign(ctx.signer, pae(IN_TOTO_PAYLOAD_TYPE, statement));
    const bundle = encodeBundle({ payload: statement, payloadType: IN_TOTO_PAYLOAD_TYPE, signatures: [signature] }, publicKeyHint(ctx.signer.publicKeyPem));
    // The empty config `{}` is asked for first: nearly every registry has it, and its HEAD runs beside the bundle's upload.
    await Promise.all([ctx.registry.pushBlob(ctx.location, bundle, { fresh: true }), ctx.registry.pushBlob(ctx.location, OCI_EMPTY_BYTES)]);
    await (0,referrers/* attachReferrer */.vO)(ctx.registry, ctx.location, subject, { bytes: bundleReferrerManifest(bundle, subject, ctx.now), mediaType: media_types/* OCI_MANIFEST */.EG, artifactType: BUNDLE_MEDIA_TYPE }, { logger: ctx.logger });
}
/**
 * Every read and check of a write, done now; the writes wait for write().
 * sign prepares every tag before the trust server publishes, so that a tag
 * holding something else stops the run before anything is written in any
 * format.
 */
async function prepareCosignSignatures(target, signer, options = {}) {
    const ctx = {
        registry: target.registry,
        location: target.location,
        tag: target.tag,
        signer,
        self: [{ source: 'the signing key', key: publicKeyObject(signer.publicKeyPem) }],
        now: options.now?.() ?? new Date(),
        logger: options.logger ?? logger/* silentLogger */.q,
    };
    const top = { mediaType: target.manifest.mediaType, digest: target.manifest.digest, size: target.manifest.size };
    const isIndex = top.mediaType === media_types/* OCI_INDEX */.$p || top.mediaType === media_types/* DOCKER_MANIFEST_LIST */.m6;
    const subjects = [top, ...(isIndex ? await platformManifests(ctx, top) : [])];
    // Every read and check first, so that a tag holding something else
    // stops the run before anything is written in either form.
    const plans = await Promise.all(subjects.flatMap((s) => [planSig(ctx, s), planBundle(ctx, s)]));
    const todo = plans.filter((p) => p !== 'already');
    return {
        write: async () => {
            for (const p of todo)
                ctx.logger.debug(`${ctx.location.registry}/${ctx.location.repository}@${p.subject.digest}: writing the cosign ${p.form} form`);
            await Promise.all(todo.map((p) => (p.form === 'sig' ? appendSig(ctx, p.subject) : attachBundle(ctx, p.subject))));
            const written = COSIGN_FORMS.filter((form) => todo.some((p) => p.form === form));
            return { written, already: COSIGN_FORMS.filter((form) => !written.includes(form)) };
        },
    };
}
async function writeCosignSignatures(target, signer, options = {}) {
    return (await prepareCosignSignatures(target, signer, options)).write();
}

;// CONCATENATED MODULE: ./lib/sigstore/index.js
// The Sigstore (cosign) formats: what the operations call (see types.ts).






/***/ }),

/***/ 3411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Generated from package.json by `npm run generate`; do not edit.
const VERSION = '0.1.0';


/***/ })

};
