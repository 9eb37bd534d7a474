export const id = 276;
export const ids = [276];
export const modules = {

/***/ 4276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SIGNING_AGENT: () => (/* reexport */ SIGNING_AGENT),
  checkNotationTrustPolicy: () => (/* reexport */ parsePolicy),
  existingNotationSignature: () => (/* reexport */ existingNotationSignature),
  notationSignerOf: () => (/* reexport */ notationSignerOf),
  verifyNotationSignatures: () => (/* reexport */ verifyNotationSignatures),
  writeNotationSignature: () => (/* reexport */ writeNotationSignature)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/keys/index.js + 17 modules
var keys = __webpack_require__(2520);
;// CONCATENATED MODULE: ./lib/notation/signer.js
// A notation signer: a private key with its certificate chain, checked as
// notation 1.3 checks it before signing, so that bad input fails before
// anything is written and says what to fix.


/** Throws KeyError naming the certificate or key input and the fix. */
function notationSignerOf(key, certificatePem, options = {}) {
    const signingKey = 'signer' in key ? key.signer : key;
    const input = options.certificateInput ?? 'notation-certificate';
    const chain = (0,keys/* readCertificates */.jZ)(certificatePem, input);
    (0,keys/* checkSigningChain */.H)(chain, signingKey, { input, keyInput: options.keyInput ?? 'notation-key', now: options.now ?? new Date() });
    const algorithm = (0,keys/* jwsAlgorithmOfSigningKey */.Ts)(signingKey);
    if (algorithm === undefined)
        throw new TypeError('checkSigningChain passed a key notation does not take');
    const leaf = chain[0];
    const notAfter = new Date(Math.min(...chain.map((c) => new Date(c.validTo).getTime())));
    return { key: signingKey, chain, algorithm, subject: (0,keys/* certificateSubject */.iO)(leaf), notAfter };
}

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/notation/constants.js
// The Notary Project's names and limits, as notation 1.3 writes and reads
// them (notation-go registry/mediatype.go, internal/envelope;
// notation-core-go signature/jws/types.go).
/** The referrer's config media type, which notation 1.3 also lists as its artifactType. */
const NOTATION_ARTIFACT_TYPE = 'application/vnd.cncf.notary.signature';
/** The JWS envelope's layer media type. */
const JWS_MEDIA_TYPE = 'application/jose+json';
/** The COSE envelope notation can write instead (`--signature-format cose`); dct-sign does not read it. */
const COSE_MEDIA_TYPE = 'application/cose';
/** The payload's content type (`cty`). */
const PAYLOAD_CONTENT_TYPE = 'application/vnd.cncf.notary.payload.v1+json';
const HEADER_SIGNING_SCHEME = 'io.cncf.notary.signingScheme';
const HEADER_SIGNING_TIME = 'io.cncf.notary.signingTime';
const HEADER_AUTHENTIC_SIGNING_TIME = 'io.cncf.notary.authenticSigningTime';
const HEADER_EXPIRY = 'io.cncf.notary.expiry';
const HEADER_SIGNING_AGENT = 'io.cncf.notary.signingAgent';
/** The protected headers notation itself understands; any other critical one must at least be present. */
const KNOWN_HEADERS = new Set([
    'alg',
    'cty',
    'crit',
    HEADER_EXPIRY,
    HEADER_SIGNING_TIME,
    HEADER_SIGNING_SCHEME,
    HEADER_AUTHENTIC_SIGNING_TIME,
]);
/** The signing scheme of a signature made with a key and its certificate chain. */
const SIGNING_SCHEME_X509 = 'notary.x509';
/** The scheme whose signing time a signing authority vouches for; it needs an RFC 3161 timestamp, out of scope here. */
const SIGNING_SCHEME_SIGNING_AUTHORITY = 'notary.x509.signingAuthority';
const ANNOTATION_THUMBPRINTS = 'io.cncf.notary.x509chain.thumbprint#S256';
const ANNOTATION_CREATED = 'org.opencontainers.image.created';
/** The trusted-identity prefix notation understands natively. */
const IDENTITY_PREFIX = 'x509.subject';
/** Signatures read per image at most, as notation's default --max-signatures. */
const MAX_SIGNATURES = 100;
/** Referrers read per image at most (signatures of other kinds are listed there too). */
const MAX_REFERRERS = 200;
/** Envelope bytes read at most (notation's own cap is 10 MiB). */
const MAX_ENVELOPE_BYTES = 10 << 20;

;// CONCATENATED MODULE: ./lib/notation/envelope.js
// The Notary Project's JWS envelope (JSON serialization, flattened) as
// notation 1.3 writes it, and the checks notation makes of one before it
// trusts anything inside (notation-core-go signature/jws and
// signature/internal/base):
//
//   {"payload":B64URL({"targetArtifact":{"digest","mediaType","size"}}),
//    "protected":B64URL({"alg","crit":["io.cncf.notary.signingScheme"],"cty",
//                        "io.cncf.notary.signingScheme":"notary.x509",
//                        "io.cncf.notary.signingTime"}),
//    "header":{"x5c":[B64(DER), leaf first],"io.cncf.notary.signingAgent"},
//    "signature":B64URL(sig over "protected.payload")}
//
// Keys are written in the order Go's maps marshal them (sorted), so our
// envelope reads byte for byte like notation's.



/** The payload bytes, as Go marshals notation's payload map. */
function payloadBytes(target) {
    return Buffer.from(JSON.stringify({ targetArtifact: { digest: target.digest, mediaType: target.mediaType, size: target.size } }));
}
/** RFC 3339 in UTC at second precision, as notation writes the signing time. */
function rfc3339Seconds(time) {
    return new Date(Math.floor(time.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
/** Signs `target` and returns the envelope's bytes. */
async function signEnvelope(input) {
    const leaf = input.chain[0];
    const algorithm = leaf === undefined ? undefined : (0,keys/* jwsAlgorithmOf */.Vq)(leaf.publicKey);
    if (algorithm === undefined)
        throw new TypeError('the signing chain has no leaf notation signs with');
    const header = {
        alg: algorithm,
        crit: [HEADER_SIGNING_SCHEME],
        cty: PAYLOAD_CONTENT_TYPE,
        [HEADER_SIGNING_SCHEME]: SIGNING_SCHEME_X509,
        [HEADER_SIGNING_TIME]: rfc3339Seconds(input.signingTime),
    };
    const protectedPart = Buffer.from(JSON.stringify(header)).toString('base64url');
    const payloadPart = payloadBytes(input.target).toString('base64url');
    const signed = await (0,keys/* signJws */.GM)(input.key, Buffer.from(`${protectedPart}.${payloadPart}`, 'ascii'));
    if (signed.algorithm !== algorithm)
        throw new TypeError('the signing key is not the leaf certificate’s key');
    return Buffer.from(JSON.stringify({
        payload: payloadPart,
        protected: protectedPart,
        header: { x5c: input.chain.map((c) => c.raw.toString('base64')), [HEADER_SIGNING_AGENT]: input.signingAgent },
        signature: Buffer.from(signed.signature).toString('base64url'),
    }));
}
const B64URL = /^[A-Za-z0-9_-]*$/;
const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
function fail(problem) {
    return { ok: false, problem };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function jsonOf(part) {
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
function timeOf(value) {
    if (typeof value !== 'string' || !RFC3339.test(value))
        return undefined;
    const t = new Date(value);
    return Number.isNaN(t.getTime()) ? undefined : t;
}
/** The x5c chain, or why it cannot be read. */
function chainOf(x5c) {
    if (!Array.isArray(x5c) || x5c.length === 0)
        return 'the envelope carries no certificate chain (x5c)';
    const certs = [];
    for (const [i, entry] of x5c.entries()) {
        if (typeof entry !== 'string' || !B64.test(entry))
            return `x5c entry ${i + 1} is not base64`;
        try {
            certs.push(new external_node_crypto_.X509Certificate(Buffer.from(entry, 'base64')));
        }
        catch {
            return `x5c entry ${i + 1} is not an X.509 certificate`;
        }
    }
    return certs;
}
/** Why notation would refuse these protected headers (signing scheme, critical headers, times), or the times they give. */
function headerProblem(header) {
    const scheme = header[HEADER_SIGNING_SCHEME];
    if (scheme === SIGNING_SCHEME_SIGNING_AUTHORITY) {
        return `the signing scheme ${SIGNING_SCHEME_SIGNING_AUTHORITY} needs a signing authority's timestamp, which dct-sign does not check`;
    }
    if (scheme !== SIGNING_SCHEME_X509)
        return `the signing scheme ${JSON.stringify(scheme)} is not ${SIGNING_SCHEME_X509}`;
    if (header[HEADER_AUTHENTIC_SIGNING_TIME] !== undefined) {
        return `the header ${HEADER_AUTHENTIC_SIGNING_TIME} must not be present for ${SIGNING_SCHEME_X509}`;
    }
    const crit = header.crit;
    if (!Array.isArray(crit) || crit.length === 0 || !crit.every((c) => typeof c === 'string'))
        return 'the "crit" header is missing';
    const expiry = header[HEADER_EXPIRY] === undefined ? undefined : timeOf(header[HEADER_EXPIRY]);
    if (header[HEADER_EXPIRY] !== undefined && expiry === undefined)
        return `the header ${HEADER_EXPIRY} is not an RFC 3339 time`;
    const mustBeCritical = new Set([HEADER_SIGNING_SCHEME, ...(expiry === undefined ? [] : [HEADER_EXPIRY])]);
    for (const name of crit) {
        if (mustBeCritical.delete(name))
            continue;
        // A critical header notation does not know must at least be there; a known one that is absent is a lie too.
        if (!(name in header) || KNOWN_HEADERS.has(name))
            return `the header "${name}" is marked critical but not present`;
    }
    if (mustBeCritical.size > 0)
        return `the headers ${[...mustBeCritical].join(', ')} are not marked critical`;
    const signingTime = timeOf(header[HEADER_SIGNING_TIME]);
    if (signingTime === undefined)
        return `the header ${HEADER_SIGNING_TIME} is missing or not an RFC 3339 time`;
    if (expiry !== undefined && expiry.getTime() <= signingTime.getTime())
        return 'the expiry is not after the signing time';
    if (header.cty !== PAYLOAD_CONTENT_TYPE)
        return `the payload content type ${JSON.stringify(header.cty)} is not ${PAYLOAD_CONTENT_TYPE}`;
    return { signingTime, expiry };
}
/**
 * Parses an envelope and checks what notation checks before trusting any
 * of it: the JWS signature by the leaf's key, the protected headers
 * (signing scheme, critical headers, signing time, content type), the
 * algorithm against the leaf's key, and the chain's shape and constraints
 * (not yet its validity in time, nor any trust in it).
 */
function checkEnvelope(bytes) {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        return fail('the envelope is not JSON');
    }
    if (!isRecord(parsed))
        return fail('the envelope is not a JSON object');
    const { payload, protected: protectedPart, header, signature } = parsed;
    if (typeof payload !== 'string' || typeof protectedPart !== 'string' || typeof signature !== 'string' || !isRecord(header)) {
        return fail('the envelope lacks payload, protected, header or signature');
    }
    if (![payload, protectedPart, signature].every((p) => B64URL.test(p)))
        return fail('the envelope has a part that is not base64url');
    const chain = chainOf(header.x5c);
    if (typeof chain === 'string')
        return fail(chain);
    const leaf = chain[0];
    const protectedHeader = jsonOf(protectedPart);
    if (!isRecord(protectedHeader))
        return fail('the protected header is not a JSON object');
    const alg = protectedHeader.alg;
    if (!(0,keys/* isJwsAlgorithm */.Oo)(alg))
        return fail(`the algorithm ${JSON.stringify(alg)} is not one notation signs with`);
    const keyAlgorithm = (0,keys/* jwsAlgorithmOf */.Vq)(leaf.publicKey);
    if (keyAlgorithm !== alg) {
        return fail(`the algorithm ${alg} does not match the key of its certificate "${(0,keys/* certificateSubject */.iO)(leaf)}" (${keyAlgorithm ?? 'a key notation does not take'})`);
    }
    const signingInput = Buffer.from(`${protectedPart}.${payload}`, 'ascii');
    if (!(0,keys/* verifyJws */.Cm)(alg, leaf.publicKey, signingInput, Buffer.from(signature, 'base64url'))) {
        return fail(`the signature does not verify with the key of its certificate "${(0,keys/* certificateSubject */.iO)(leaf)}"`);
    }
    const headers = headerProblem(protectedHeader);
    if (typeof headers === 'string')
        return fail(headers);
    // Validity in time is checked by the caller, at verification time.
    const shape = (0,keys/* codeSigningChainProblem */.ZJ)(chain);
    if (shape !== undefined)
        return fail(`the certificate chain is invalid: ${shape}`);
    const body = jsonOf(payload);
    if (body === undefined)
        return fail('the payload is not JSON');
    return { ok: true, envelope: { algorithm: alg, chain, payload: body, signingTime: headers.signingTime, expiry: headers.expiry } };
}
/** Whether the payload names exactly this target (digest, media type and size), as notation's content.Equal compares. */
function payloadTarget(payload) {
    if (!isRecord(payload) || !isRecord(payload.targetArtifact))
        return undefined;
    const { digest, mediaType, size } = payload.targetArtifact;
    if (typeof digest !== 'string' || typeof mediaType !== 'string' || typeof size !== 'number')
        return undefined;
    return { digest, mediaType, size };
}

;// CONCATENATED MODULE: ./lib/notation/identity.js
// Trusted identities as notation's trust policy writes them,
// `x509.subject: C=US, ST=WA, O=Example, CN=ci`, and the match notation
// makes (notation-go verifier.verifyX509TrustedIdentities and
// internal/pkix): the DN is read as RFC 4514 (S is ST), must name C, ST and
// O, may not repeat an attribute or use multi-valued RDNs or `=#` values,
// and matches a leaf whose subject has every one of its attributes with
// the same value.


const MANDATORY_ATTRIBUTES = ['C', 'ST', 'O'];
/** Splits on unescaped, unquoted separators; returns the raw pieces. */
function split(text, separators) {
    const out = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\') {
            if (i + 1 >= text.length)
                return undefined;
            current += ch + text[i + 1];
            i++;
        }
        else if (ch === '"') {
            quoted = !quoted;
            current += ch;
        }
        else if (!quoted && separators.includes(ch)) {
            out.push(current);
            current = '';
        }
        else {
            current += ch;
        }
    }
    if (quoted)
        return undefined;
    out.push(current);
    return out;
}
/** An attribute value with RFC 4514 escapes (`\,` and `\2C`) and quotes undone. */
function identity_unescape(raw) {
    let v = raw.trim();
    if (v.startsWith('"') && v.endsWith('"') && v.length >= 2)
        v = v.slice(1, -1);
    const bytes = [];
    for (let i = 0; i < v.length; i++) {
        const ch = v[i];
        if (ch !== '\\') {
            bytes.push(...Buffer.from(ch, 'utf8'));
            continue;
        }
        const hex = v.slice(i + 1, i + 3);
        if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
            bytes.push(parseInt(hex, 16));
            i += 2;
        }
        else if (i + 1 < v.length) {
            bytes.push(...Buffer.from(v[i + 1], 'utf8'));
            i++;
        }
        else {
            return undefined;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** A trusted identity's DN; throws InputError naming `input` and the fix. */
function parseIdentity(identity, input = 'notation-identity') {
    const at = identity.indexOf(':');
    const prefix = at < 0 ? '' : identity.slice(0, at).trim();
    const value = at < 0 ? '' : identity.slice(at + 1).trim();
    const example = `write it as notation does, e.g. "${IDENTITY_PREFIX}: C=US, ST=WA, O=Example, CN=ci"`;
    if (identity.trim() === '*')
        throw new errors/* InputError */.dz(input, `"*" would trust any certificate the anchors issued; name the signer, ${example}`);
    if (prefix !== IDENTITY_PREFIX || value === '')
        throw new errors/* InputError */.dz(input, `"${identity}" is not an x509.subject identity; ${example}`);
    if (value.includes('=#'))
        throw new errors/* InputError */.dz(input, `"${identity}": notation does not take "=#" values in identities; ${example}`);
    const rdns = split(value, ',');
    if (rdns === undefined)
        throw new errors/* InputError */.dz(input, `"${identity}" is not a distinguished name (RFC 4514); ${example}`);
    const out = {};
    for (const rdn of rdns) {
        const parts = split(rdn, '+');
        if (parts === undefined || parts.length !== 1) {
            throw new errors/* InputError */.dz(input, `"${identity}" has a multi-valued RDN, which notation does not take; ${example}`);
        }
        const eq = rdn.indexOf('=');
        let type = eq < 0 ? '' : rdn.slice(0, eq).trim();
        const attr = eq < 0 ? undefined : identity_unescape(rdn.slice(eq + 1));
        if (type === '' || attr === undefined)
            throw new errors/* InputError */.dz(input, `"${identity}" is not a distinguished name (RFC 4514); ${example}`);
        if (type === 'S')
            type = 'ST';
        if (type in out)
            throw new errors/* InputError */.dz(input, `"${identity}" names ${type} more than once; ${example}`);
        out[type] = attr;
    }
    const missing = MANDATORY_ATTRIBUTES.filter((k) => !out[k]);
    if (missing.length > 0) {
        throw new errors/* InputError */.dz(input, `"${identity}" lacks ${missing.join(', ')}; notation requires C, ST (or S) and O in an identity, ${example}`);
    }
    return out;
}
/** Whether every attribute of `trusted` is in `subject` with the same value (notation's IsSubsetDN). */
function identityMatches(trusted, subject) {
    return Object.entries(trusted).every(([k, v]) => subject[k] === v);
}
/** An identity as messages show it. */
function formatIdentity(dn) {
    return `${IDENTITY_PREFIX}: ${Object.entries(dn).map(([k, v]) => `${k}=${v}`).join(', ')}`;
}

// EXTERNAL MODULE: ./lib/registry/referrers.js
var referrers = __webpack_require__(5455);
// EXTERNAL MODULE: ./lib/registry/media-types.js
var media_types = __webpack_require__(7103);
;// CONCATENATED MODULE: ./lib/notation/manifest.js
// The OCI referrer manifest that holds a notation signature, as notation
// 1.3 pushes it through oras (PackManifestVersion1_1 with the notation
// artifact type, which oras puts in config.mediaType with the `{}` config
// and no artifactType field):
//
//   {"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
//    "config":{"mediaType":"application/vnd.cncf.notary.signature","digest":…,"size":2},
//    "layers":[{"mediaType":"application/jose+json","digest":…,"size":…}],
//    "subject":{"mediaType","digest","size"},
//    "annotations":{"io.cncf.notary.x509chain.thumbprint#S256":"[\"<sha256 hex of each DER>\"]",
//                   "org.opencontainers.image.created":"<signing time>"}}




/** The config blob: the two bytes `{}`. */
const CONFIG_BYTES = Buffer.from('{}');
/** `["<hex>",…]`: the sha256 of each certificate's DER, leaf first, as notation annotates it. */
function thumbprints(chain) {
    return JSON.stringify(chain.map((c) => (0,external_node_crypto_.createHash)('sha256').update(c.raw).digest('hex')));
}
function signatureManifestBytes(input) {
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: media_types/* OCI_MANIFEST */.EG,
        config: { mediaType: NOTATION_ARTIFACT_TYPE, digest: input.config.digest, size: input.config.size },
        layers: [{ mediaType: JWS_MEDIA_TYPE, digest: input.envelope.digest, size: input.envelope.size }],
        subject: { mediaType: input.subject.mediaType, digest: input.subject.digest, size: input.subject.size },
        annotations: {
            [ANNOTATION_THUMBPRINTS]: thumbprints(input.chain),
            [ANNOTATION_CREATED]: rfc3339Seconds(input.signingTime),
        },
    }));
}
function manifest_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * What a referrer manifest is: a notation signature (config media type or
 * artifactType `application/vnd.cncf.notary.signature`, as notation-go's
 * ListSignatures accepts either) with its one envelope layer, or something
 * else (a cosign bundle, an attestation), which is not ours to judge.
 */
function readSignatureManifest(bytes) {
    let m;
    try {
        m = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        return { kind: 'other' };
    }
    if (!manifest_isRecord(m))
        return { kind: 'other' };
    const configType = manifest_isRecord(m.config) ? m.config.mediaType : undefined;
    if (configType !== NOTATION_ARTIFACT_TYPE && m.artifactType !== NOTATION_ARTIFACT_TYPE)
        return { kind: 'other' };
    const subject = manifest_isRecord(m.subject) && typeof m.subject.digest === 'string' ? m.subject.digest : undefined;
    const layers = Array.isArray(m.layers) ? m.layers : [];
    if (layers.length !== 1)
        return { kind: 'unreadable', problem: `the signature manifest has ${layers.length} layers, not one envelope` };
    const layer = layers[0];
    if (!manifest_isRecord(layer) || typeof layer.digest !== 'string' || typeof layer.size !== 'number' || typeof layer.mediaType !== 'string') {
        return { kind: 'unreadable', problem: 'the signature manifest’s layer is not a descriptor' };
    }
    if (layer.mediaType === COSE_MEDIA_TYPE)
        return { kind: 'unreadable', problem: 'it is a COSE envelope, which dct-sign does not read; sign with the JWS format' };
    if (layer.mediaType !== JWS_MEDIA_TYPE)
        return { kind: 'unreadable', problem: `its envelope type ${layer.mediaType} is not ${JWS_MEDIA_TYPE}` };
    return { kind: 'notation', envelope: { mediaType: layer.mediaType, digest: layer.digest, size: layer.size }, subject };
}

;// CONCATENATED MODULE: ./lib/notation/read.js
// Reading the notation signatures listed for a digest (referrers API, or
// the sha256-<hex> tag index that cosign bundles share), bounded so that a
// hostile registry cannot make us read without end. Every listed manifest
// is read unless the list calls it a Sigstore artifact (cosign 3.1 lists
// its bundles as application/vnd.oci.empty.v1+json, so the list's word is
// not enough to skip one); those that are not notation signatures are left
// out.




/** Entries whose artifactType says they are something else entirely are not fetched. */
function mayBeNotation(artifactType) {
    return artifactType === undefined || artifactType === NOTATION_ARTIFACT_TYPE || !artifactType.startsWith('application/vnd.dev.sigstore.');
}
async function readNotationSignatures(registry, location, digest) {
    const listed = (await (0,referrers/* listReferrers */.xt)(registry, location, digest)).slice(0, MAX_REFERRERS).filter((d) => mayBeNotation(d.artifactType));
    const read = await Promise.all(listed.map(async (d) => {
        const manifest = await registry.manifest(location, d.digest);
        if (manifest === undefined)
            return undefined;
        const sig = readSignatureManifest(manifest.bytes);
        if (sig.kind === 'other')
            return undefined;
        if (sig.kind === 'unreadable')
            return { manifest: d.digest, problem: sig.problem };
        if (sig.subject !== digest) {
            return { manifest: d.digest, problem: `its manifest names the subject ${sig.subject ?? '(none)'}, not ${digest}` };
        }
        if (sig.envelope.size > MAX_ENVELOPE_BYTES) {
            return { manifest: d.digest, problem: `its envelope is ${sig.envelope.size} bytes, more than the ${MAX_ENVELOPE_BYTES} read` };
        }
        try {
            return { manifest: d.digest, envelope: await registry.blob(location, sig.envelope.digest, MAX_ENVELOPE_BYTES) };
        }
        catch (err) {
            if (err instanceof errors/* DctError */.sY && err.code === 'NOT_FOUND')
                return { manifest: d.digest, problem: `the registry has no blob ${sig.envelope.digest}` };
            throw err;
        }
    }));
    return read.filter((r) => r !== undefined).slice(0, MAX_SIGNATURES);
}

;// CONCATENATED MODULE: ./lib/notation/verify.js
// dct-sign's own notation gate: reads the notation signatures listed for
// the registry's current digest and counts one when it passes every check
// notation 1.3 makes under a strict trust policy, in its order:
//   integrity    the envelope, its JWS signature and critical headers
//   authenticity the chain leads to a trust anchor
//   expiry       the signature's own expiry, if it has one
//   validity     every certificate is valid now; the signing time is only
//                the signer's claim and never extends a certificate
//   identity     the leaf's subject matches a trusted identity
//   target       the payload's digest, media type and size are the registry's
// There is no revocation check: no network beyond the registry is reached.





/** At most this many failed checks are named in a verdict. */
const PROBLEMS_SHOWN = 3;
function parsePolicy(policy) {
    if (policy.trustAnchors.length === 0) {
        throw new errors/* InputError */.dz('notation-trust-anchor', 'no trust anchor to check notation signatures with; give the CA or signing certificate (PEM) to trust');
    }
    const anchors = policy.trustAnchors.flatMap((a) => (0,keys/* readCertificates */.jZ)(a.pem, a.source).map((cert) => ({ cert, source: a.source })));
    // A `ca` trust store takes CA certificates and self-signed signing certificates only (notation-go truststore.ValidateCertificates).
    const stray = anchors.find((a) => (0,keys/* isLeafCertificate */.g3)(a.cert) && !(0,keys/* isSelfSignedCertificate */.i9)(a.cert));
    if (stray !== undefined) {
        throw new errors/* InputError */.dz('notation-trust-anchor', `${stray.source}: the certificate "${(0,keys/* certificateSubject */.iO)(stray.cert)}" is neither a CA nor a self-signed signing certificate, which notation refuses as a trust anchor; give the root or intermediate CA that issued it`);
    }
    const identities = policy.identities.map((i) => parseIdentity(i));
    const ca = anchors.find((a) => !(0,keys/* isLeafCertificate */.g3)(a.cert));
    if (identities.length === 0 && ca !== undefined) {
        throw new errors/* InputError */.dz('notation-identity', `required because the trust anchor "${(0,keys/* certificateSubject */.iO)(ca.cert)}" (${ca.source}) is a CA, which would accept every certificate it issued; ` +
            'name the signers as notation does, e.g. "x509.subject: C=US, ST=WA, O=Example, CN=ci"');
    }
    return { anchors: anchors.map((a) => a.cert), identities };
}
function failed(check, problem) {
    return { ok: false, check, problem };
}
/** Every check after integrity, on an envelope checkEnvelope accepted. */
function judge(envelope, policy, target, now) {
    const { chain } = envelope;
    const leaf = chain[0];
    const subject = (0,keys/* certificateSubject */.iO)(leaf);
    if (!chain.some((c) => policy.anchors.some((a) => a.raw.equals(c.raw)))) {
        return failed('authenticity', `the certificate chain of "${subject}" leads to no trust anchor`);
    }
    if (envelope.expiry !== undefined && now.getTime() >= envelope.expiry.getTime()) {
        return failed('expiry', `the signature expired on ${envelope.expiry.toISOString()}`);
    }
    const validity = (0,keys/* codeSigningChainProblem */.ZJ)(chain, now);
    if (validity !== undefined)
        return failed('validity', validity);
    if (policy.identities.length > 0) {
        const attrs = (0,keys/* subjectAttributes */.qz)(leaf);
        if (typeof attrs === 'string')
            return failed('identity', attrs);
        if (!policy.identities.some((dn) => identityMatches(dn, attrs))) {
            return failed('identity', `the signer "${subject}" matches none of the identities ${policy.identities.map(formatIdentity).join('; ')}`);
        }
    }
    const signed = payloadTarget(envelope.payload);
    const want = target.manifest;
    if (signed === undefined)
        return failed('target', 'the payload names no target artifact');
    if (signed.digest !== want.digest)
        return failed('target', `it signs ${signed.digest}, not ${want.digest}`);
    if (signed.mediaType !== want.mediaType)
        return failed('target', `it signs a ${signed.mediaType}, but the registry serves a ${want.mediaType}`);
    if (signed.size !== want.size)
        return failed('target', `it signs ${signed.size} bytes, but the manifest is ${want.size}`);
    return { ok: true, subject };
}
async function verifyNotationSignatures(target, policy, options = {}) {
    const parsed = parsePolicy(policy);
    const now = (options.now ?? (() => new Date()))();
    const digest = target.manifest.digest;
    const name = `${target.location.registry}/${target.location.repository}${target.tag === undefined ? '' : `:${target.tag}`}`;
    const read = await readNotationSignatures(target.registry, target.location, digest);
    if (read.length === 0) {
        return { ok: false, reason: 'notation-unsigned', message: `${name} (${digest}) has no notation signature` };
    }
    const results = read.map((r) => {
        if ('problem' in r)
            return { manifest: r.manifest, outcome: failed('integrity', r.problem) };
        const checked = checkEnvelope(r.envelope);
        if (!checked.ok)
            return { manifest: r.manifest, outcome: failed('integrity', checked.problem) };
        return { manifest: r.manifest, outcome: judge(checked.envelope, parsed, target, now) };
    });
    const good = results.filter((r) => r.outcome.ok);
    if (good.length > 0) {
        options.logger?.debug(`${name}: ${good.length} valid notation signature(s)`);
        return {
            ok: true,
            signatures: good.map((r) => r.manifest),
            signedBy: [...new Set(good.map((r) => r.outcome.subject))],
        };
    }
    const problems = results.map((r) => {
        const o = r.outcome;
        return `signature ${r.manifest}: ${o.check} check failed: ${o.problem}`;
    });
    const shown = problems.slice(0, PROBLEMS_SHOWN).join('; ');
    const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : '';
    return { ok: false, reason: 'notation-invalid', message: `${name} (${digest}) has no valid notation signature: ${shown}${more}` };
}

// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(3411);
;// CONCATENATED MODULE: ./lib/notation/write.js
// Writing a notation signature as notation 1.3 does: the JWS envelope and
// the `{}` config as blobs, then the referrer manifest with its subject,
// listed in the sha256-<hex> tag index where the registry does not index
// subjects (attachReferrer: one writer per digest at a time, re-read and
// retried, so cosign bundles and notation signatures written in one run
// all stay listed). A valid signature by the same certificate for the
// digest is left as it is, so migrating twice writes nothing new.








/** What notation calls the signing agent: the tool that signed. */
const SIGNING_AGENT = `dct-sign/${version/* VERSION */.x}`;
/** A valid signature by this very leaf certificate for the target, if there is one (migrate's dry run asks too). */
async function existingNotationSignature(target, signer, now) {
    const leaf = signer.chain[0];
    const policy = { anchors: [leaf], identities: [] };
    for (const r of await readNotationSignatures(target.registry, target.location, target.manifest.digest)) {
        if ('problem' in r)
            continue;
        const checked = checkEnvelope(r.envelope);
        if (!checked.ok || !checked.envelope.chain[0].raw.equals(leaf.raw))
            continue;
        if (judge(checked.envelope, policy, target, now).ok)
            return r.manifest;
    }
    return undefined;
}
async function writeNotationSignature(target, signer, options = {}) {
    const now = (options.now ?? (() => new Date()))();
    const { registry, location, manifest } = target;
    const name = `${location.registry}/${location.repository}@${manifest.digest}`;
    const already = await existingNotationSignature(target, signer, now);
    if (already !== undefined) {
        options.logger?.info(`${name}: a notation signature by "${signer.subject}" is there already (${already})`);
        return { written: false, signature: already, listedBy: undefined };
    }
    const signingTime = new Date(Math.floor(now.getTime() / 1000) * 1000);
    const subject = { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.size };
    const envelope = await signEnvelope({ key: signer.key, chain: signer.chain, target: subject, signingTime, signingAgent: SIGNING_AGENT });
    const [config, layer] = await Promise.all([registry.pushBlob(location, CONFIG_BYTES), registry.pushBlob(location, envelope)]);
    const bytes = signatureManifestBytes({ config, envelope: layer, subject, chain: signer.chain, signingTime });
    const attached = await (0,referrers/* attachReferrer */.vO)(registry, location, subject, { bytes, mediaType: media_types/* OCI_MANIFEST */.EG, artifactType: NOTATION_ARTIFACT_TYPE }, options.logger === undefined ? {} : { logger: options.logger });
    options.logger?.info(`${name}: notation signature ${attached.descriptor.digest} by "${signer.subject}" written`);
    return { written: true, signature: attached.descriptor.digest, listedBy: attached.listedBy };
}

;// CONCATENATED MODULE: ./lib/notation/index.js
// The Notary Project (notation) format: what the operations call (see types.ts).







/***/ }),

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


/***/ })

};
