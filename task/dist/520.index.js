export const id = 520;
export const ids = [520];
export const modules = {

/***/ 5936:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ isPlain),
/* harmony export */   LG: () => (/* binding */ envelopeForm),
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   Ml: () => (/* binding */ canonicalString),
/* harmony export */   WF: () => (/* binding */ goString),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   dw: () => (/* binding */ canonicalize),
/* harmony export */   x$: () => (/* binding */ canonicalJsonWith)
/* harmony export */ });
/* unused harmony exports compareBytewise, canonicalForEnvelope */
// JSON encoders that reproduce Go byte for byte.
//
// Notary signs the canonical form of docker/go's `canonical/json` package:
// object keys sorted by byte order, no insignificant whitespace, integers
// only, and only `"` and `\` escaped inside strings. Envelopes, on the other
// hand, are written by Go's ordinary json.Marshal, which compacts embedded
// raw JSON and escapes <, >, &, U+2028 and U+2029. notary-server rebuilds the
// snapshot from its own re-serialization of what it is sent, so anything we
// upload has to be identical to Go's output or every client rejects it.
const encoder = new TextEncoder();
/** Compares two strings by their UTF-8 bytes, as Go's sort of strings does. */
function compareBytewise(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
const SURROGATE = /[\ud800-\udfff]/;
/**
 * Keys in UTF-8 byte order, sorted in place. Without surrogates, UTF-16 code
 * unit order (the default sort) is code point order, which is UTF-8 byte
 * order; a targets role with 10,000 tags would otherwise cost 2 buffers per
 * comparison.
 */
function sortedKeys(keys) {
    return keys.some((k) => SURROGATE.test(k)) ? keys.sort(compareBytewise) : keys.sort();
}
function assertWellFormed(s) {
    if (!s.isWellFormed()) {
        throw new TypeError('canonical JSON: string contains a lone surrogate');
    }
}
/** Nothing to escape and no surrogate to check: the common case, written as it is. */
const PLAIN = /^[^"\\\ud800-\udfff]*$/;
/**
 * True for a string canonical JSON writes as it is, between quotes, and
 * whose default (UTF-16) order is its canonical (UTF-8 byte) order.
 */
function isPlain(s) {
    return PLAIN.test(s);
}
/** A string in docker/go canonical form: only `"` and `\` are escaped. */
function canonicalString(s) {
    if (PLAIN.test(s))
        return `"${s}"`;
    assertWellFormed(s);
    return `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
const GO_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
};
/** A string as Go's json.Marshal writes it (HTML-safe, control characters escaped). */
function goString(s) {
    assertWellFormed(s);
    // eslint-disable-next-line no-control-regex
    const escaped = s.replace(/["\\\u0000-\u001f<>&\u2028\u2029]/g, (c) => {
        const known = GO_ESCAPES[c];
        if (known)
            return known;
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    return `"${escaped}"`;
}
// One pass, appending to one string (V8 keeps it as a rope until it is used):
// no array of pieces per object or list, so a 900 KB role makes little garbage.
function encode(value, str = canonicalString) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'boolean':
            return value ? 'true' : 'false';
        case 'number':
            if (!Number.isSafeInteger(value)) {
                throw new TypeError(`canonical JSON: ${value} is not an integer`);
            }
            return String(value);
        case 'string':
            return str(value);
        case 'object': {
            if (Array.isArray(value)) {
                let out = '[';
                for (let i = 0; i < value.length; i++)
                    out += (i > 0 ? ',' : '') + encode(value[i], str);
                return `${out}]`;
            }
            return encodeObject(value, str);
        }
        default:
            throw new TypeError(`canonical JSON: cannot encode a ${typeof value}`);
    }
}
/**
 * An object's canonical text. With `member`, the value of that member (when
 * it is an object) is left out of the text and its offset reported instead.
 */
function encodeObject(obj, str, member) {
    const keys = Object.keys(obj);
    // One test per key: a plain key has no surrogate (so the default sort is
    // byte order) and needs no escaping (so it is written as it is).
    let plain = str === canonicalString;
    for (let i = 0; plain && i < keys.length; i++)
        plain = PLAIN.test(keys[i]);
    if (plain)
        keys.sort();
    else
        sortedKeys(keys);
    let out = '{';
    let first = true;
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const v = obj[k];
        if (v === undefined)
            continue;
        out += (first ? '"' : ',"') + (plain ? `${k}"` : str(k).slice(1)) + ':';
        if (member && k === member.key && typeof v === 'object' && v !== null && !Array.isArray(v))
            member.at = out.length;
        else
            out += encode(v, str);
        first = false;
    }
    return `${out}}`;
}
/**
 * canonicalJson of an object whose object member `member` is given as its
 * canonical text, made elsewhere (a big member can be written faster than
 * the generic encoder writes it; see Targets#canonicalOfSource). Gives the
 * text and the offset where the member's text starts; at is -1, and the
 * member left out, when `value` has no such object member.
 */
function canonicalJsonWith(value, member, memberText) {
    const spot = { key: member, at: -1 };
    const outline = encodeObject(value, canonicalString, spot);
    if (spot.at < 0)
        return { text: outline, at: -1 };
    return { text: outline.slice(0, spot.at) + memberText + outline.slice(spot.at), at: spot.at };
}
/** docker/go canonical JSON, as a string. */
function canonicalJson(value) {
    return encode(value);
}
/** docker/go canonical JSON: what notary signs and hashes key IDs over. */
function canonicalize(value) {
    return encoder.encode(encode(value));
}
const HTML_ESCAPES = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };
/**
 * canonicalForEnvelope of a value from its canonical text, without encoding
 * it again: outside strings canonical text holds none of the characters Go
 * escapes, so escaping them all at once gives the same text. (A value with
 * both a lone surrogate and a control character has no canonical text, so
 * it fails before this, on the surrogate.)
 */
function envelopeForm(canonical) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f]/.test(canonical)) {
        throw new TypeError('canonical JSON: control characters cannot be published');
    }
    return canonical.replace(/[<>&\u2028\u2029]/g, (c) => HTML_ESCAPES[c]);
}
/**
 * The canonical form as it appears inside a json.Marshal'd envelope: Go
 * compacts an embedded json.RawMessage with HTML escaping, so the same
 * sorted, whitespace-free text but with <, >, &, U+2028 and U+2029 escaped.
 * Control characters are left raw by the canonical encoder, which Go's
 * compactor then refuses, so they are refused here too.
 */
function canonicalForEnvelope(value) {
    return encode(value, (s) => {
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u001f]/.test(s)) {
            throw new TypeError('canonical JSON: control characters cannot be published');
        }
        return goString(s);
    });
}


/***/ }),

/***/ 9555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Om: () => (/* binding */ isX509KeyType),
/* harmony export */   VP: () => (/* binding */ certificateProblem),
/* harmony export */   ab: () => (/* binding */ certificateForVerify),
/* harmony export */   mj: () => (/* binding */ certificatePem),
/* harmony export */   n2: () => (/* binding */ certificateForKeyId),
/* harmony export */   q3: () => (/* binding */ certificateTufKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7261);
/* harmony import */ var _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3594);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2121);
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7110);
/* harmony import */ var _tuf_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9025);
// x509 certificates as notary handles them: the PEM bytes it stores as an
// x509 key's public value, the two ways it finds the certificate again in
// those bytes, and the checks it makes before trusting one.






function isX509KeyType(keytype) {
    return keytype === 'ecdsa-x509' || keytype === 'rsa-x509';
}
/** utils.CertToPEM: the certificate alone, no headers, with a final newline. */
function certificatePem(der) {
    return (0,_pem_js__WEBPACK_IMPORTED_MODULE_5__/* .encodePem */ .T)('CERTIFICATE', der);
}
/**
 * utils.CertToKey: an `ecdsa-x509` or `rsa-x509` key whose public value is
 * the certificate's PEM. Undefined for any other key algorithm (notary
 * returns nil for those).
 */
function certificateTufKey(cert) {
    const keytype = cert.publicKey.asymmetricKeyType;
    const pem = Buffer.from(certificatePem(cert.raw), 'utf8');
    if (keytype === 'ec')
        return new _tuf_key_js__WEBPACK_IMPORTED_MODULE_4__/* .TufKey */ .r('ecdsa-x509', pem);
    if (keytype === 'rsa')
        return new _tuf_key_js__WEBPACK_IMPORTED_MODULE_4__/* .TufKey */ .r('rsa-x509', pem);
    return undefined;
}
function parse(der) {
    try {
        return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der);
    }
    catch {
        return undefined;
    }
}
/**
 * The certificate in an x509 key's public bytes, found as notary's
 * verifiers find it: the first PEM block, whatever its label.
 */
function certificateForVerify(publicBytes) {
    const first = (0,_pem_js__WEBPACK_IMPORTED_MODULE_5__/* .readPem */ .J)(Buffer.from(publicBytes).toString('utf8')).blocks[0];
    return first ? parse(first.bytes) : undefined;
}
/**
 * The certificate as utils.LoadCertFromPEM finds it for key IDs: the first
 * `CERTIFICATE` block without headers that parses.
 */
function certificateForKeyId(publicBytes) {
    for (const block of (0,_pem_js__WEBPACK_IMPORTED_MODULE_5__/* .readPem */ .J)(Buffer.from(publicBytes).toString('utf8')).blocks) {
        if (block.type !== 'CERTIFICATE' || Object.keys(block.headers).length > 0)
            continue;
        const cert = parse(block.bytes);
        if (cert)
            return cert;
    }
    return undefined;
}
function signatureAlgorithmOid(cert) {
    try {
        return _peculiar_asn1_schema__WEBPACK_IMPORTED_MODULE_1__.AsnConvert.parse(cert.raw, _peculiar_asn1_x509__WEBPACK_IMPORTED_MODULE_2__.Certificate).signatureAlgorithm.algorithm;
    }
    catch {
        return undefined;
    }
}
/**
 * utils.ValidateCertificate: why notary would refuse this certificate, or
 * undefined. With `now`, also checks the validity period the way notary
 * does, allowing a day of clock skew on the start.
 */
function certificateProblem(cert, now) {
    // validFrom/validTo strings rather than the *Date getters, which Node 20 lacks.
    const notBefore = new Date(cert.validFrom).getTime();
    const notAfter = new Date(cert.validTo).getTime();
    if (notBefore > notAfter)
        return 'its validity period ends before it starts';
    const sigOid = signatureAlgorithmOid(cert);
    if (sigOid === undefined)
        return 'it could not be parsed';
    if (_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .SHA1_SIGNATURE_OIDS */ .BX.has(sigOid))
        return 'it is signed with SHA-1, which notary refuses';
    const key = cert.publicKey;
    if (key.asymmetricKeyType === 'rsa' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_RSA_BITS */ .Hm) {
        return `its RSA key is shorter than ${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_RSA_BITS */ .Hm} bits`;
    }
    if (now) {
        const t = now.getTime();
        if (t + 86_400_000 < notBefore)
            return `it is not valid before ${new Date(notBefore).toISOString()}`;
        if (t > notAfter)
            return `it expired on ${new Date(notAfter).toISOString()}`;
    }
    return undefined;
}


/***/ }),

/***/ 2121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ PBES2_CIPHERS),
/* harmony export */   BX: () => (/* binding */ SHA1_SIGNATURE_OIDS),
/* harmony export */   Cn: () => (/* binding */ AES_IV_BYTES),
/* harmony export */   FK: () => (/* binding */ NOTARY_PBKDF2_ITERATIONS),
/* harmony export */   Hl: () => (/* binding */ NOTARY_SALT_BYTES),
/* harmony export */   Hm: () => (/* binding */ MIN_RSA_BITS),
/* harmony export */   Vx: () => (/* binding */ OID),
/* harmony export */   au: () => (/* binding */ PBKDF2_PRFS),
/* harmony export */   c4: () => (/* binding */ DAYS_PER_YEAR),
/* harmony export */   m3: () => (/* binding */ RSA_PSS_SALT_LENGTH)
/* harmony export */ });
// Numbers and object identifiers the keys module shares, each as notary uses
// it (tuf/utils/pkcs8.go, tuf/signed/verifiers.go, tuf/data/keys.go).
/** notary.MinRSABitSize: notary refuses to verify with smaller RSA keys. */
const MIN_RSA_BITS = 2048;
/** rsa.PSSSaltLengthEqualsHash for SHA-256, which notary signs and verifies with. */
const RSA_PSS_SALT_LENGTH = 32;
/** Encrypted PKCS#8 as notary writes it: PBKDF2-SHA1, 2048 rounds, 8-byte salt, AES-256-CBC. */
const NOTARY_PBKDF2_ITERATIONS = 2048;
const NOTARY_SALT_BYTES = 8;
const AES_IV_BYTES = 16;
/** notary.Year: the root certificate lasts 10 of these (365 days, not calendar years). */
const DAYS_PER_YEAR = 365;
const OID = {
    rsaEncryption: '1.2.840.113549.1.1.1',
    ecPublicKey: '1.2.840.10045.2.1',
    /** The ed25519 OID notary writes into PKCS#8 (not RFC 8410's 1.3.101.112). */
    notaryEd25519: '1.3.6.1.4.1.11591.15.1',
    ed25519: '1.3.101.112',
    prime256v1: '1.2.840.10045.3.1.7',
    pbes2: '1.2.840.113549.1.5.13',
    pbkdf2: '1.2.840.113549.1.5.12',
    hmacWithSHA1: '1.2.840.113549.2.7',
    aes256Cbc: '2.16.840.1.101.3.4.1.42',
    ecdsaWithSHA256: '1.2.840.10045.4.3.2',
    sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
    commonName: '2.5.4.3',
    keyUsage: '2.5.29.15',
    extKeyUsage: '2.5.29.37',
    basicConstraints: '2.5.29.19',
    codeSigning: '1.3.6.1.5.5.7.3.3',
};
/** PBKDF2 pseudo-random functions we can read, by OID (absent means SHA-1). */
const PBKDF2_PRFS = {
    '1.2.840.113549.2.7': 'sha1',
    '1.2.840.113549.2.8': 'sha224',
    '1.2.840.113549.2.9': 'sha256',
    '1.2.840.113549.2.10': 'sha384',
    '1.2.840.113549.2.11': 'sha512',
};
/** PBES2 ciphers we can read, by OID, with their key sizes. */
const PBES2_CIPHERS = {
    '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyBytes: 16 },
    '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyBytes: 24 },
    '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyBytes: 32 },
};
/** Certificate signature algorithms Go's x509 rejects for notary (ValidateCertificate). */
const SHA1_SIGNATURE_OIDS = new Set([
    '1.2.840.113549.1.1.5', // sha1WithRSAEncryption
    '1.2.840.10040.4.3', // dsaWithSHA1
    '1.2.840.10045.4.1', // ecdsa-with-SHA1
]);


/***/ }),

/***/ 2520:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F2: () => (/* reexport */ canonical_key_id_canonicalKeyId),
  iO: () => (/* reexport */ certificateSubject),
  H: () => (/* reexport */ checkSigningChain),
  ZJ: () => (/* reexport */ codeSigningChainProblem),
  m$: () => (/* reexport */ createCodeSigningCertificate),
  Qf: () => (/* reexport */ createRootCertificate),
  xj: () => (/* reexport */ exportEncryptedPrivateKey),
  oN: () => (/* reexport */ exportPublicKeyPem),
  rh: () => (/* reexport */ generateKey),
  Oo: () => (/* reexport */ isJwsAlgorithm),
  g3: () => (/* reexport */ isLeafCertificate),
  i9: () => (/* reexport */ isSelfSignedCertificate),
  Vq: () => (/* reexport */ jwsAlgorithmOf),
  Ts: () => (/* reexport */ jwsAlgorithmOfSigningKey),
  of: () => (/* reexport */ loadCosignPrivateKey),
  PM: () => (/* reexport */ loadPrivateKey),
  fg: () => (/* reexport */ loadPublicKey),
  t1: () => (/* reexport */ loadPublicKeyPem),
  jZ: () => (/* reexport */ readCertificates),
  GM: () => (/* reexport */ signJws),
  JK: () => (/* reexport */ signStandard),
  qz: () => (/* reexport */ subjectAttributes),
  dr: () => (/* reexport */ verifiedSigner),
  Cm: () => (/* reexport */ verifyJws)
});

// UNUSED EXPORTS: COSIGN_PRIVATE_KEY_TYPES, COSIGN_SCRYPT_LIMITS, JWS_ALGORITHMS, JWS_KEY_TYPES, KEY_TYPES, SigningKey, TufKey, certificateSigner, describeKey, describeSigningKey, isKeyType, verifySignature

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/keys/certificate.js
var certificate = __webpack_require__(9555);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-schema/build/cjs/index.js
var cjs = __webpack_require__(7261);
// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-x509/build/cjs/index.js
var build_cjs = __webpack_require__(3594);
// EXTERNAL MODULE: ./lib/keys/constants.js
var constants = __webpack_require__(2121);
// EXTERNAL MODULE: ./lib/keys/tuf-key.js
var tuf_key = __webpack_require__(9025);
;// CONCATENATED MODULE: ./lib/keys/key-object.js
// What notary makes of a node KeyObject: which TUF key type it is, whether
// notary can use it, and its public bytes exactly as Go would write them.
//
// Public bytes feed key IDs, so they must match Go byte for byte: PKIX DER
// from x509.MarshalPKIXPublicKey for ECDSA and RSA (uncompressed EC points,
// RSA with a NULL parameter), and the raw 32 bytes for ed25519.





const CURVE_NAMES = {
    prime256v1: 'P-256',
    secp384r1: 'P-384',
    secp521r1: 'P-521',
    secp224r1: 'P-224',
};
/** Curves Go's x509 parses in a public key; notary verifies with any of them. */
const VERIFY_CURVES = new Set(['prime256v1', 'secp384r1', 'secp521r1']);
function curveName(key) {
    const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
    return CURVE_NAMES[curve] ?? curve;
}
/** The TUF key type of a node key, if notary knows the algorithm at all. */
function plainKeyType(key) {
    switch (key.asymmetricKeyType) {
        case 'ec':
            return 'ecdsa';
        case 'rsa':
            return 'rsa';
        case 'ed25519':
            return 'ed25519';
        default:
            return undefined;
    }
}
function methodFor(keytype) {
    switch (keytype) {
        case 'ecdsa':
            return 'ecdsa';
        case 'rsa':
            return 'rsapss';
        case 'ed25519':
            return 'eddsa';
    }
}
/**
 * Why notary cannot use this key, or undefined when it can. Signing keys
 * must be what notary generates or imports (P-256, ed25519, RSA >= 2048);
 * public keys may use any curve Go's verifier accepts.
 */
function unusableReason(key, use) {
    const type = plainKeyType(key);
    if (type === undefined) {
        return (`${key.asymmetricKeyType ?? 'unknown'} keys are not supported: DCT and cosign signatures take ECDSA P-256, Ed25519 or RSA ` +
            '(2048 bits or more) keys, notation signatures ECDSA P-256, P-384, P-521 or RSA (2048, 3072 or 4096 bits); use a key of one of those types');
    }
    if (type === 'ecdsa') {
        const curve = key.asymmetricKeyDetails?.namedCurve ?? '';
        const ok = use === 'sign' ? curve === 'prime256v1' : VERIFY_CURVES.has(curve);
        if (!ok) {
            return `ECDSA keys must use curve P-256, this one uses ${curveName(key)}; generate a new key with \`docker trust key generate\``;
        }
    }
    if (type === 'rsa') {
        const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
        if (bits < constants/* MIN_RSA_BITS */.Hm) {
            return `RSA keys must have at least ${constants/* MIN_RSA_BITS */.Hm} bits, this one has ${bits}; generate a larger key`;
        }
    }
    return undefined;
}
const JWS_CURVES = new Set(['prime256v1', 'secp384r1', 'secp521r1']);
const JWS_RSA_BITS = new Set([2048, 3072, 4096]);
/**
 * Why notation cannot sign with this key, or undefined when it can: its
 * KeySpec takes ECDSA P-256, P-384 and P-521 and RSA 2048, 3072 and 4096
 * (notation-core-go internal/algorithm).
 */
function jwsUnusableReason(key) {
    const ok = (key.asymmetricKeyType === 'ec' && JWS_CURVES.has(key.asymmetricKeyDetails?.namedCurve ?? '')) ||
        (key.asymmetricKeyType === 'rsa' && JWS_RSA_BITS.has(key.asymmetricKeyDetails?.modulusLength ?? 0));
    if (ok)
        return undefined;
    const what = key.asymmetricKeyType === 'ec'
        ? `an ECDSA ${curveName(key)} key`
        : key.asymmetricKeyType === 'rsa'
            ? `an RSA ${key.asymmetricKeyDetails?.modulusLength ?? '?'}-bit key`
            : `an ${key.asymmetricKeyType ?? 'unknown'} key`;
    return `this is ${what}; notation signs with ECDSA P-256, P-384 or P-521, or RSA 2048, 3072 or 4096 bits`;
}
/** x509.MarshalPKIXPublicKey of an ECDSA or RSA key. */
function goPkix(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    if (pub.asymmetricKeyType === 'ec') {
        // Round-trip through JWK so the point is uncompressed, as Go writes it.
        const jwk = pub.export({ format: 'jwk' });
        return (0,external_node_crypto_.createPublicKey)({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'der' });
    }
    return pub.export({ type: 'spki', format: 'der' });
}
/**
 * One public key's identity, whatever encoding it came in: an EC key's curve
 * and uncompressed point (a compressed point is the same key), an RSA key's
 * modulus and exponent, an ed25519 key's 32 bytes, each as node writes it in
 * one canonical form. Two keys with the same identity are one key.
 */
function publicKeyIdentity(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    if (pub.asymmetricKeyType === 'ec') {
        // Not JWK: node has no JWK for every curve Go verifies with (P-224).
        const curve = pub.asymmetricKeyDetails?.namedCurve ?? '';
        const spki = cjs.AsnConvert.parse(pub.export({ type: 'spki', format: 'der' }), build_cjs.SubjectPublicKeyInfo);
        const point = external_node_crypto_.ECDH.convertKey(Buffer.from(spki.subjectPublicKey), curve, undefined, 'hex', 'uncompressed');
        return JSON.stringify(['ec', curve, point]);
    }
    const { kty, crv, x, n, e } = pub.export({ format: 'jwk' });
    return JSON.stringify([pub.asymmetricKeyType, kty, crv, x, n, e]);
}
/** The 32 raw bytes of an ed25519 public key. */
function ed25519Raw(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    const x = pub.export({ format: 'jwk' }).x;
    if (typeof x !== 'string')
        throw new TypeError('ed25519 key has no public value');
    return Buffer.from(x, 'base64url');
}
/** The plain (non-certificate) TUF key for a node key of a known type. */
function tufKeyOf(key) {
    const type = plainKeyType(key);
    if (type === undefined)
        throw new TypeError(`unsupported key type ${key.asymmetricKeyType}`);
    return new tuf_key/* TufKey */.r(type, type === 'ed25519' ? ed25519Raw(key) : goPkix(key));
}
/** A node public key from raw ed25519 bytes. */
function ed25519FromRaw(raw) {
    return (0,external_node_crypto_.createPublicKey)({
        key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') },
        format: 'jwk',
    });
}

;// CONCATENATED MODULE: ./lib/keys/canonical-key-id.js
// The key ID a private key is stored and looked up by (utils.CanonicalKeyID).
//
// Root keys appear in root.json as x509 certificates, whose key ID hashes the
// whole certificate. The private key behind them is known by the ID of the
// certificate's public key as a plain key: `ecdsa` for an `ecdsa-x509` key,
// `rsa` for `rsa-x509` (by the x509 key's type, as notary does, not by what
// the certificate happens to hold). Every other key is its own canonical ID.




/** Throws a KeyError when an x509 key holds no readable certificate. */
function canonical_key_id_canonicalKeyId(key) {
    if (!(0,certificate/* isX509KeyType */.Om)(key.keytype))
        return key.id;
    const cert = (0,certificate/* certificateForKeyId */.n2)(key.public);
    if (!cert) {
        throw new errors/* KeyError */.eN('certificate', `the ${key.keytype} key ${key.id} does not contain a readable certificate`);
    }
    let der;
    try {
        der = goPkix(cert.publicKey);
    }
    catch (cause) {
        throw new errors/* KeyError */.eN('certificate', `the certificate of key ${key.id} has an unsupported public key`, { cause });
    }
    return new tuf_key/* TufKey */.r(key.keytype === 'ecdsa-x509' ? 'ecdsa' : 'rsa', der).id;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./lib/keys/signing-key.js
// A private key held in memory, signing exactly as notary's data.PrivateKey
// implementations do (tuf/data/keys.go):
//   ecdsa   SHA-256, raw r||s, each zero-padded to the curve size
//   eddsa   ed25519 over the message itself
//   rsapss  SHA-256, MGF1-SHA-256, 32-byte salt (PSSSaltLengthEqualsHash)
// The key material stays in a private field; only the export functions of
// this module can reach it, through `keyObjectOf`.




let reveal;
class SigningKey {
    publicKey;
    keyId;
    method;
    #key;
    /** Why notary cannot sign with this (jws-only) key; undefined when it can. */
    #notNotary;
    static {
        reveal = (key) => key.#key;
    }
    /** Throws a TypeError for keys notary (or, for `jws`, notation) cannot sign with; loaders check first. */
    constructor(privateKey, use = 'notary') {
        if (privateKey.type !== 'private')
            throw new TypeError('a signing key needs a private key');
        const notNotary = unusableReason(privateKey, 'sign');
        const problem = use === 'notary' ? notNotary : jwsUnusableReason(privateKey);
        if (problem !== undefined)
            throw new TypeError(problem);
        this.#notNotary = notNotary;
        const keytype = plainKeyType(privateKey);
        if (keytype === undefined)
            throw new TypeError('unsupported key type');
        this.#key = privateKey;
        this.publicKey = tufKeyOf(privateKey);
        this.keyId = this.publicKey.id;
        this.method = methodFor(keytype);
    }
    sign(data) {
        if (this.#notNotary !== undefined)
            return Promise.reject(new TypeError(`notary cannot sign with this key: ${this.#notNotary}`));
        return new Promise((resolve, reject) => {
            const done = (err, sig) => (err ? reject(err) : resolve(new Uint8Array(sig)));
            switch (this.method) {
                case 'ecdsa':
                    (0,external_node_crypto_.sign)('sha256', data, { key: this.#key, dsaEncoding: 'ieee-p1363' }, done);
                    return;
                case 'eddsa':
                    (0,external_node_crypto_.sign)(null, data, this.#key, done);
                    return;
                default:
                    (0,external_node_crypto_.sign)('sha256', data, { key: this.#key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: constants/* RSA_PSS_SALT_LENGTH */.m3 }, done);
            }
        });
    }
    /** Only public facts: logging a key must never print it. */
    toJSON() {
        return { keyId: this.keyId, keytype: this.publicKey.keytype, method: this.method };
    }
    [external_node_util_.inspect.custom]() {
        return `SigningKey { keyId: '${this.keyId}', keytype: '${this.publicKey.keytype}' }`;
    }
}
/** The node key behind a SigningKey. Not re-exported from the module. */
function signing_key_keyObjectOf(key) {
    return reveal(key);
}
/**
 * Signs as Go's crypto does outside notary, the way cosign and
 * containers/image verify: ECDSA as an ASN.1 DER signature (not notary's raw
 * r||s), RSA with PKCS#1 v1.5 (not notary's PSS), ed25519 over the message.
 * The key stays in this module; callers get only the signature.
 */
function signStandard(key, data, hash) {
    const keyObject = reveal(key);
    return new Promise((resolve, reject) => {
        const done = (err, sig) => (err ? reject(err) : resolve(new Uint8Array(sig)));
        switch (keyObject.asymmetricKeyType) {
            case 'ec':
                (0,external_node_crypto_.sign)(hash, data, { key: keyObject, dsaEncoding: 'der' }, done);
                return;
            case 'ed25519':
                (0,external_node_crypto_.sign)(null, data, keyObject, done);
                return;
            default:
                (0,external_node_crypto_.sign)(hash, data, { key: keyObject, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, done);
        }
    });
}

;// CONCATENATED MODULE: ./lib/keys/jws.js
// JWS signatures as the Notary Project's JWS envelope makes and checks them
// (notation-core-go signature/jws, through golang-jwt): the algorithm
// follows from the key alone, as notation's KeySpec.SignatureAlgorithm does
// (EC P-256/384/521 → ES256/384/512, RSA 2048/3072/4096 → PS256/384/512);
// ECDSA signatures are raw r‖s (RFC 7518 §3.4), RSA-PSS signs with a salt
// as long as the hash and verifies with any salt length, as golang-jwt's
// PS* methods do. The private key stays in this module.



const JWS_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'PS256', 'PS384', 'PS512'];
function isJwsAlgorithm(value) {
    return typeof value === 'string' && JWS_ALGORITHMS.includes(value);
}
const EC_ALGORITHMS = {
    prime256v1: 'ES256',
    secp384r1: 'ES384',
    secp521r1: 'ES512',
};
const RSA_ALGORITHMS = { 2048: 'PS256', 3072: 'PS384', 4096: 'PS512' };
const HASHES = {
    ES256: { name: 'sha256', bytes: 32 },
    ES384: { name: 'sha384', bytes: 48 },
    ES512: { name: 'sha512', bytes: 64 },
    PS256: { name: 'sha256', bytes: 32 },
    PS384: { name: 'sha384', bytes: 48 },
    PS512: { name: 'sha512', bytes: 64 },
};
const JWS_KEY_TYPES = 'ECDSA P-256, P-384 or P-521, or RSA 2048, 3072 or 4096 bits';
/** The algorithm notation signs with for this (public or private) key; undefined for keys notation does not take. */
function jwsAlgorithmOf(key) {
    if (key.asymmetricKeyType === 'ec')
        return EC_ALGORITHMS[key.asymmetricKeyDetails?.namedCurve ?? ''];
    if (key.asymmetricKeyType === 'rsa')
        return RSA_ALGORITHMS[key.asymmetricKeyDetails?.modulusLength ?? 0];
    return undefined;
}
/** What the key is, for messages about keys notation does not take. */
function describeKey(key) {
    if (key.asymmetricKeyType === 'ec')
        return `an ECDSA ${curveName(key)} key`;
    if (key.asymmetricKeyType === 'rsa')
        return `an RSA ${key.asymmetricKeyDetails?.modulusLength ?? '?'}-bit key`;
    return `an ${key.asymmetricKeyType ?? 'unknown'} key`;
}
/** The algorithm notation would sign with using this signing key; undefined when notation does not take the key. */
function jwsAlgorithmOfSigningKey(key) {
    return jwsAlgorithmOf(signing_key_keyObjectOf(key));
}
/** Describes a signing key without revealing it. */
function describeSigningKey(key) {
    return describeKey(keyObjectOf(key));
}
/** Signs a JWS signing input (`protected.payload`) with the key's own algorithm. Throws TypeError for keys notation does not take. */
function signJws(key, signingInput) {
    const keyObject = signing_key_keyObjectOf(key);
    const algorithm = jwsAlgorithmOf(keyObject);
    if (algorithm === undefined)
        throw new TypeError(`${describeKey(keyObject)} makes no JWS signature notation accepts`);
    const hash = HASHES[algorithm];
    const options = algorithm.startsWith('ES')
        ? { key: keyObject, dsaEncoding: 'ieee-p1363' }
        : { key: keyObject, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: hash.bytes };
    return new Promise((resolve, reject) => {
        (0,external_node_crypto_.sign)(hash.name, signingInput, options, (err, sig) => (err ? reject(err) : resolve({ algorithm, signature: new Uint8Array(sig) })));
    });
}
/** Whether `signature` is a valid JWS signature by `publicKey` under `algorithm` (which must be the key's own). */
function verifyJws(algorithm, publicKey, signingInput, signature) {
    if (jwsAlgorithmOf(publicKey) !== algorithm)
        return false;
    const hash = HASHES[algorithm].name;
    try {
        return algorithm.startsWith('ES')
            ? (0,external_node_crypto_.verify)(hash, signingInput, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)
            : (0,external_node_crypto_.verify)(hash, signingInput, { key: publicKey, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: external_node_crypto_.constants.RSA_PSS_SALTLEN_AUTO }, signature);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./lib/keys/pem.js
var pem = __webpack_require__(7110);
;// CONCATENATED MODULE: ./lib/keys/self-signed-certificate.js
// The self-signed X.509 leaf both notary's root certificates and notation's
// code-signing certificates are: one name as subject and issuer, a random
// 128-bit serial as Go's big.Int writes it, extended key usage codeSigning,
// basic constraints CA:false (critical), signed with SHA-256 (ECDSA, or
// RSA PKCS#1 v1.5). The callers differ only in name, key usage and validity.





const DAY_MS = 86_400_000;
const SERIAL_BYTES = 16;
/** Go's asn1 PrintableString alphabet; anything else is written as UTF8String. */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;
/** One attribute as its own RDN, string type chosen as Go's pkix does. */
function nameAttribute(type, text) {
    const value = new build_cjs.AttributeValue(PRINTABLE.test(text) ? { printableString: text } : { utf8String: text });
    return new build_cjs.RelativeDistinguishedName([new build_cjs.AttributeTypeAndValue({ type, value })]);
}
/** A positive DER INTEGER body below 2^128, minimal as Go's big.Int marshals it. */
function serialNumber() {
    let bytes = (0,external_node_crypto_.randomBytes)(SERIAL_BYTES);
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0)
        start++;
    bytes = bytes.subarray(start);
    if (bytes[0] & 0x80)
        bytes = Buffer.concat([Buffer.from([0]), bytes]);
    return new Uint8Array(bytes).buffer;
}
function extension(extnID, critical, value) {
    return new build_cjs.Extension({ extnID, critical, extnValue: new cjs.OctetString(cjs.AsnConvert.serialize(value)) });
}
/** `now` truncated to whole seconds, as X.509 times hold no more. */
function certificateStart(now) {
    return new Date(Math.floor((now ?? new Date()).getTime() / 1000) * 1000);
}
/** The DER of a self-signed code-signing leaf over an ECDSA or RSA private key. */
function selfSignedLeafDer(privateKey, leaf) {
    const isEc = privateKey.asymmetricKeyType === 'ec';
    const algorithm = isEc
        ? new build_cjs.AlgorithmIdentifier({ algorithm: constants/* OID */.Vx.ecdsaWithSHA256 })
        : new build_cjs.AlgorithmIdentifier({ algorithm: constants/* OID */.Vx.sha256WithRSAEncryption, parameters: null });
    const tbs = new build_cjs.TBSCertificate({
        version: build_cjs.Version.v3,
        serialNumber: serialNumber(),
        signature: algorithm,
        issuer: leaf.name,
        validity: new build_cjs.Validity({ notBefore: leaf.notBefore, notAfter: leaf.notAfter }),
        subject: leaf.name,
        subjectPublicKeyInfo: cjs.AsnConvert.parse(goPkix(privateKey), build_cjs.SubjectPublicKeyInfo),
        extensions: new build_cjs.Extensions([
            extension(constants/* OID */.Vx.keyUsage, true, new build_cjs.KeyUsage(leaf.keyUsage)),
            extension(constants/* OID */.Vx.extKeyUsage, false, new build_cjs.ExtendedKeyUsage([constants/* OID */.Vx.codeSigning])),
            extension(constants/* OID */.Vx.basicConstraints, true, new build_cjs.BasicConstraints({ cA: false })),
        ]),
    });
    const tbsDer = Buffer.from(cjs.AsnConvert.serialize(tbs));
    const sig = isEc
        ? (0,external_node_crypto_.sign)('sha256', tbsDer, privateKey)
        : (0,external_node_crypto_.sign)('sha256', tbsDer, { key: privateKey, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING });
    return Buffer.from(cjs.AsnConvert.serialize(new build_cjs.Certificate({ tbsCertificate: tbs, signatureAlgorithm: algorithm, signatureValue: new Uint8Array(sig).buffer })));
}

;// CONCATENATED MODULE: ./lib/keys/code-signing-certificate.js
// Code-signing certificate chains as the Notary Project takes them
// (notation-core-go x509/codesigning_cert_validations.go, which notation
// 1.3 runs when it signs and when it verifies):
//   - one certificate: self-signed (its own issuer, its signature checks
//     with its own key) and a leaf;
//   - more: leaf first, each issued by the next, none but the last
//     self-signed, the last a self-signed root; every certificate after
//     the leaf a CA (basic constraints CA:TRUE within its path length, key
//     usage keyCertSign, critical);
//   - the leaf: not CA:TRUE, key usage present and critical with
//     digitalSignature and nothing else but nonRepudiation, no serverAuth,
//     clientAuth, emailProtection, timeStamping or OCSPSigning extended key
//     usage, a key notation signs with;
//   - every certificate valid at the time given.
// Also the subject as notation's trusted identities compare it, and a
// self-signed leaf for teams without a CA.










/** Extended key usages notation refuses on a signing leaf, by OID. */
const EXCLUDED_EKUS = {
    '1.3.6.1.5.5.7.3.1': 'serverAuth',
    '1.3.6.1.5.5.7.3.2': 'clientAuth',
    '1.3.6.1.5.5.7.3.4': 'emailProtection',
    '1.3.6.1.5.5.7.3.8': 'timeStamping',
    '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
};
/** Key usage bits a signing leaf may not have, as notation names them. */
const LEAF_FORBIDDEN_USAGES = [
    [build_cjs.KeyUsageFlags.keyEncipherment, 'keyEncipherment'],
    [build_cjs.KeyUsageFlags.dataEncipherment, 'dataEncipherment'],
    [build_cjs.KeyUsageFlags.keyAgreement, 'keyAgreement'],
    [build_cjs.KeyUsageFlags.keyCertSign, 'keyCertSign'],
    [build_cjs.KeyUsageFlags.cRLSign, 'cRLSign'],
    [build_cjs.KeyUsageFlags.encipherOnly, 'encipherOnly'],
    [build_cjs.KeyUsageFlags.decipherOnly, 'decipherOnly'],
];
/** Go's pkix short names: notation reads a subject through Name.String(), which writes only these by name. */
const SUBJECT_NAMES = {
    '2.5.4.6': 'C',
    '2.5.4.8': 'ST',
    '2.5.4.7': 'L',
    '2.5.4.9': 'STREET',
    '2.5.4.17': 'POSTALCODE',
    '2.5.4.10': 'O',
    '2.5.4.11': 'OU',
    '2.5.4.3': 'CN',
    '2.5.4.5': 'SERIALNUMBER',
};
function parsed(cert) {
    const asn = cjs.AsnConvert.parse(cert.raw, build_cjs.Certificate);
    const tbs = asn.tbsCertificate;
    let keyUsage;
    let basic;
    let eku;
    for (const ext of tbs.extensions ?? []) {
        const value = ext.extnValue.buffer;
        if (ext.extnID === constants/* OID */.Vx.keyUsage)
            keyUsage = { critical: ext.critical, bits: cjs.AsnConvert.parse(value, build_cjs.KeyUsage).toNumber() };
        if (ext.extnID === constants/* OID */.Vx.basicConstraints)
            basic = cjs.AsnConvert.parse(value, build_cjs.BasicConstraints);
        if (ext.extnID === constants/* OID */.Vx.extKeyUsage)
            eku = [...cjs.AsnConvert.parse(value, build_cjs.ExtendedKeyUsage)];
    }
    return {
        cert,
        asn,
        subject: subjectText(tbs.subject),
        subjectDer: Buffer.from(cjs.AsnConvert.serialize(tbs.subject)),
        issuerDer: Buffer.from(cjs.AsnConvert.serialize(tbs.issuer)),
        keyUsage,
        basic,
        eku,
    };
}
function subjectText(name) {
    const parts = name.map((rdn) => rdn.map((atv) => `${SUBJECT_NAMES[atv.type] ?? atv.type}=${atv.value.toString()}`).join('+'));
    return parts.length === 0 ? '(empty subject)' : parts.join(', ');
}
/** The subject as messages show it, e.g. `C=US, O=dct-sign, CN=ci`. */
function certificateSubject(cert) {
    return parsed(cert).subject;
}
/** Whether `child`'s signature checks with `issuer`'s key and names it as issuer (Go's CheckSignatureFrom plus the name check). */
function issuedBy(child, issuer, requireCa) {
    if (!child.issuerDer.equals(issuer.subjectDer))
        return false;
    // Go refuses a parent that is not a CA, except where the certificate is checked against itself.
    if (requireCa && (issuer.basic?.cA !== true || (issuer.keyUsage !== undefined && (issuer.keyUsage.bits & build_cjs.KeyUsageFlags.keyCertSign) === 0))) {
        return false;
    }
    if (constants/* SHA1_SIGNATURE_OIDS */.BX.has(child.asn.signatureAlgorithm.algorithm))
        return false;
    try {
        return child.cert.verify(issuer.cert.publicKey);
    }
    catch {
        return false;
    }
}
function validityProblem(p, now) {
    const notBefore = new Date(p.cert.validFrom);
    const notAfter = new Date(p.cert.validTo);
    if (now.getTime() < notBefore.getTime())
        return `the certificate "${p.subject}" is not valid before ${notBefore.toISOString()}`;
    if (now.getTime() > notAfter.getTime())
        return `the certificate "${p.subject}" expired on ${notAfter.toISOString()}`;
    return undefined;
}
function leafProblem(p) {
    const who = `the signing certificate "${p.subject}"`;
    if (p.basic?.cA === true)
        return `${who} is a CA certificate (CA:TRUE); a signing certificate must be a leaf with CA:FALSE`;
    if (p.keyUsage === undefined)
        return `${who} has no key usage; it needs key usage digitalSignature (critical)`;
    if (!p.keyUsage.critical)
        return `${who} has a key usage that is not marked critical`;
    const bits = p.keyUsage.bits;
    if ((bits & build_cjs.KeyUsageFlags.digitalSignature) === 0)
        return `${who} lacks key usage digitalSignature`;
    const extra = LEAF_FORBIDDEN_USAGES.filter(([bit]) => (bits & bit) !== 0).map(([, name]) => name);
    if (extra.length > 0)
        return `${who} has key usage ${extra.join(', ')}; notation takes digitalSignature only`;
    const excluded = (p.eku ?? []).filter((oid) => oid in EXCLUDED_EKUS).map((oid) => EXCLUDED_EKUS[oid]);
    if (excluded.length > 0)
        return `${who} has extended key usage ${excluded.join(', ')}, which notation refuses; use one with codeSigning`;
    if (jwsAlgorithmOf(p.cert.publicKey) === undefined) {
        return `${who} holds ${describeKey(p.cert.publicKey)}; notation signs with ${JWS_KEY_TYPES}`;
    }
    return undefined;
}
function caProblem(p, below) {
    const who = `the CA certificate "${p.subject}"`;
    if (p.basic?.cA !== true)
        return `${who} is not a CA (basic constraints CA:TRUE missing)`;
    const pathLen = p.basic.pathLenConstraint;
    if (pathLen !== undefined && pathLen < below)
        return `${who} allows a path length of ${pathLen}, but ${below} CA certificates follow below it`;
    if (p.keyUsage === undefined)
        return `${who} has no key usage; it needs keyCertSign (critical)`;
    if (!p.keyUsage.critical)
        return `${who} has a key usage that is not marked critical`;
    if ((p.keyUsage.bits & build_cjs.KeyUsageFlags.keyCertSign) === 0)
        return `${who} lacks key usage keyCertSign`;
    return undefined;
}
/** Why the chain's shape is wrong (order, issuers, roots), or undefined. */
function shapeProblem(chain) {
    const [leaf] = chain;
    if (leaf === undefined)
        return 'there is no certificate';
    if (chain.length === 1) {
        if (!issuedBy(leaf, leaf, false)) {
            return `the certificate "${leaf.subject}" is not self-signed; give its chain too, leaf first, up to a self-signed root`;
        }
        return undefined;
    }
    for (let i = 0; i < chain.length; i++) {
        const cert = chain[i];
        const last = i === chain.length - 1;
        const selfSigned = issuedBy(cert, cert, true);
        if (last) {
            if (!selfSigned)
                return `the last certificate "${cert.subject}" is not a self-signed root; end the chain with its root`;
            continue;
        }
        if (selfSigned) {
            if (i > 0)
                return WRONG_ORDER;
            return `the leaf certificate "${cert.subject}" is self-signed; a chain of more than one certificate must not start with a self-signed one`;
        }
        const parent = chain[i + 1];
        if (!issuedBy(cert, parent, true)) {
            if (chain.some((other) => other !== cert && other !== parent && issuedBy(cert, other, true)))
                return WRONG_ORDER;
            return `the certificate "${cert.subject}" was not issued by the next one, "${parent.subject}"; give the leaf first, then each issuer in turn`;
        }
    }
    return undefined;
}
const WRONG_ORDER = 'the certificates are in the wrong order; give the leaf first, then each issuer in turn up to the root';
/**
 * Why notation 1.3 would refuse this chain (leaf first) at `now`, or
 * undefined: its shape, the leaf's and the CAs' constraints, and, given
 * `now`, every certificate's validity then.
 */
function codeSigningChainProblem(chain, now) {
    let all;
    try {
        all = chain.map(parsed);
    }
    catch {
        return 'a certificate in the chain could not be parsed';
    }
    const shape = shapeProblem(all);
    if (shape !== undefined)
        return shape;
    for (const [i, p] of all.entries()) {
        const problem = i === 0 ? leafProblem(p) : caProblem(p, i - 1);
        if (problem !== undefined)
            return problem;
    }
    for (const p of now === undefined ? [] : all) {
        const problem = validityProblem(p, now);
        if (problem !== undefined)
            return problem;
    }
    return undefined;
}
/** Whether the certificate is a leaf (not CA:TRUE): a trust anchor that can only ever accept itself. */
function isLeafCertificate(cert) {
    return parsed(cert).basic?.cA !== true;
}
/** Whether the certificate's signature checks with its own key (Go's CheckSignature over its TBS bytes). */
function isSelfSignedCertificate(cert) {
    try {
        return cert.verify(cert.publicKey);
    }
    catch {
        return false;
    }
}
/**
 * The subject's attributes as notation compares trusted identities with
 * them (Name.String() read back by its DN parser), or why notation cannot
 * read it: an attribute Go does not name, a repeated attribute, or a
 * missing C, ST or O.
 */
function subjectAttributes(cert) {
    const p = parsed(cert);
    const out = {};
    for (const rdn of p.asn.tbsCertificate.subject) {
        for (const atv of rdn) {
            const name = SUBJECT_NAMES[atv.type];
            if (name === undefined)
                return `the subject "${p.subject}" has the attribute ${atv.type}, which notation cannot match identities against`;
            if (name in out)
                return `the subject "${p.subject}" has ${name} more than once, which notation cannot match identities against`;
            out[name] = atv.value.toString();
        }
    }
    const missing = ['C', 'ST', 'O'].filter((k) => !out[k]);
    if (missing.length > 0)
        return `the subject "${p.subject}" lacks ${missing.join(', ')}, which notation requires to match identities`;
    return out;
}
/** Every CERTIFICATE block in PEM text, in order; throws KeyError naming `input` when there is none or one is damaged. */
function readCertificates(text, input) {
    const { blocks, corrupt } = (0,pem/* readPem */.J)(text);
    if (corrupt.length > 0)
        throw new errors/* KeyError */.eN(input, `the ${corrupt[0]} block is damaged (its body is not base64); paste the whole PEM file`);
    const certs = blocks.filter((b) => b.type === 'CERTIFICATE');
    if (certs.length === 0) {
        const other = blocks[0];
        const what = other === undefined ? 'no PEM block' : `a "${other.type}" block`;
        throw new errors/* KeyError */.eN(input, `holds ${what}, not a certificate; give PEM certificates (-----BEGIN CERTIFICATE-----)`);
    }
    return certs.map((b, i) => {
        try {
            return new external_node_crypto_.X509Certificate(b.bytes);
        }
        catch (cause) {
            throw new errors/* KeyError */.eN(input, `certificate ${i + 1} could not be parsed as X.509; give PEM certificates`, { cause });
        }
    });
}
/**
 * Checks a signing chain before anything is signed: the leaf is for `key`,
 * and notation 1.3 would take the chain at `now`. Throws KeyError naming
 * the input and the fix.
 */
function checkSigningChain(chain, key, check) {
    const keyObject = signing_key_keyObjectOf(key);
    if (jwsAlgorithmOf(keyObject) === undefined) {
        throw new errors/* KeyError */.eN(check.keyInput, `is ${describeKey(keyObject)}; notation signs with ${JWS_KEY_TYPES}`);
    }
    const [leaf] = chain;
    if (leaf === undefined)
        throw new errors/* KeyError */.eN(check.input, 'holds no certificate; give the signing certificate, then its chain');
    const mine = publicKeyIdentity(keyObject);
    if (publicKeyIdentity(leaf.publicKey) !== mine) {
        const at = chain.findIndex((c) => publicKeyIdentity(c.publicKey) === mine);
        throw new errors/* KeyError */.eN(check.input, at > 0
            ? `the certificate for ${check.keyInput} is number ${at + 1} in the chain; give the leaf first, then each issuer in turn`
            : `the first certificate ("${certificateSubject(leaf)}") is not for ${check.keyInput}; give the certificate issued for that key, or make one with the certificate command`);
    }
    const problem = codeSigningChainProblem(chain, check.now);
    if (problem !== undefined) {
        throw new errors/* KeyError */.eN(check.input, `${problem}; notation 1.3 refuses such a chain. Give a chain it takes, or make a self-signed leaf with the certificate command`);
    }
}
/**
 * A self-signed leaf over `key` that notation 1.3 signs with and trusts from
 * a `ca` trust store: CA:FALSE (critical), key usage digitalSignature
 * (critical), extended key usage codeSigning, signed with SHA-256. Returns
 * the PEM. Throws KeyError for keys notation does not sign with.
 */
function createCodeSigningCertificate(key, opts) {
    const privateKey = signing_key_keyObjectOf(key);
    if (jwsAlgorithmOf(privateKey) === undefined) {
        throw new errors/* KeyError */.eN(opts.keyInput ?? 'key', `is ${describeKey(privateKey)}; notation signs with ${JWS_KEY_TYPES}`);
    }
    if (!(opts.validityDays > 0))
        throw new RangeError('validityDays must be positive');
    const notBefore = certificateStart(opts.now);
    const notAfter = new Date(notBefore.getTime() + Math.round(opts.validityDays * DAY_MS));
    const rdns = [];
    if (opts.country !== undefined)
        rdns.push(nameAttribute('2.5.4.6', opts.country));
    if (opts.state !== undefined)
        rdns.push(nameAttribute('2.5.4.8', opts.state));
    rdns.push(nameAttribute('2.5.4.10', opts.organization ?? 'dct-sign'));
    rdns.push(nameAttribute(constants/* OID */.Vx.commonName, opts.commonName));
    const der = selfSignedLeafDer(privateKey, { name: new build_cjs.Name(rdns), notBefore, notAfter, keyUsage: build_cjs.KeyUsageFlags.digitalSignature });
    return (0,pem/* encodePem */.T)('CERTIFICATE', new Uint8Array(der));
}

// EXTERNAL MODULE: ./node_modules/@peculiar/asn1-pkcs8/build/cjs/index.js
var asn1_pkcs8_build_cjs = __webpack_require__(5003);
;// CONCATENATED MODULE: ./lib/keys/pbes2.js
// Password-based encryption of PKCS#8 (PBES2, RFC 8018) as notary uses it.
//
// Notary writes PBKDF2 with no PRF field (so HMAC-SHA1), 2048 iterations, an
// 8-byte salt and AES-256-CBC, and when reading it ignores any PRF field and
// always derives with SHA-1. Node's own encrypted export names
// hmacWithSHA256, which notary then decrypts with the wrong key, so we build
// the structure ourselves; only PBKDF2 and AES come from node:crypto. When
// reading we honour the PRF and AES key sizes, so keys encrypted by openssl
// load too. Anything else (PBES1, scrypt) is left to node.





/**
 * A bound on attacker-chosen work: far above any real key file (notary and
 * openssl write 2048). Checked before any PBKDF2 runs, ours or OpenSSL's.
 */
const MAX_PBKDF2_ITERATIONS = 10_000_000;
// The two parameter structures have no class in @peculiar's packages; they
// are declared here by calling the schema decorators as plain functions.
/** PBKDF2-params ::= SEQUENCE { salt OCTET STRING, iterationCount INTEGER, keyLength INTEGER OPTIONAL, prf AlgorithmIdentifier DEFAULT hmacWithSHA1 } */
class Pbkdf2Params {
    salt = new cjs.OctetString();
    iterationCount = 0;
    keyLength;
    prf;
}
(0,cjs.AsnType)({ type: cjs.AsnTypeTypes.Sequence })(Pbkdf2Params);
(0,cjs.AsnProp)({ type: cjs.AsnPropTypes.OctetString })(Pbkdf2Params.prototype, 'salt');
(0,cjs.AsnProp)({ type: cjs.AsnPropTypes.Integer })(Pbkdf2Params.prototype, 'iterationCount');
(0,cjs.AsnProp)({ type: cjs.AsnPropTypes.Integer, optional: true })(Pbkdf2Params.prototype, 'keyLength');
(0,cjs.AsnProp)({ type: build_cjs.AlgorithmIdentifier, optional: true })(Pbkdf2Params.prototype, 'prf');
/** PBES2-params ::= SEQUENCE { keyDerivationFunc AlgorithmIdentifier, encryptionScheme AlgorithmIdentifier } */
class Pbes2Params {
    keyDerivationFunc = new build_cjs.AlgorithmIdentifier();
    encryptionScheme = new build_cjs.AlgorithmIdentifier();
}
(0,cjs.AsnType)({ type: cjs.AsnTypeTypes.Sequence })(Pbes2Params);
(0,cjs.AsnProp)({ type: build_cjs.AlgorithmIdentifier })(Pbes2Params.prototype, 'keyDerivationFunc');
(0,cjs.AsnProp)({ type: build_cjs.AlgorithmIdentifier })(Pbes2Params.prototype, 'encryptionScheme');
class Pbes2Error extends Error {
    reason;
    constructor(reason, message, options = {}) {
        super(message, options);
        this.reason = reason;
    }
}
function buf(data) {
    if (data instanceof cjs.OctetString)
        return Buffer.from(data.buffer);
    return ArrayBuffer.isView(data)
        ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
        : Buffer.from(data);
}
/** EncryptedPrivateKeyInfo DER exactly as notary's convertTUFKeyToPKCS8Encrypted writes it. */
function encryptPkcs8(pkcs8, passphrase) {
    const salt = (0,external_node_crypto_.randomBytes)(constants/* NOTARY_SALT_BYTES */.Hl);
    const iv = (0,external_node_crypto_.randomBytes)(constants/* AES_IV_BYTES */.Cn);
    const key = (0,external_node_crypto_.pbkdf2Sync)(passphrase, salt, constants/* NOTARY_PBKDF2_ITERATIONS */.FK, 32, 'sha1');
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-cbc', key, iv);
    const encrypted = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
    const kdf = new Pbkdf2Params();
    kdf.salt = new cjs.OctetString(salt);
    kdf.iterationCount = constants/* NOTARY_PBKDF2_ITERATIONS */.FK;
    const params = new Pbes2Params();
    params.keyDerivationFunc = new build_cjs.AlgorithmIdentifier({ algorithm: constants/* OID */.Vx.pbkdf2, parameters: cjs.AsnConvert.serialize(kdf) });
    params.encryptionScheme = new build_cjs.AlgorithmIdentifier({
        algorithm: constants/* OID */.Vx.aes256Cbc,
        parameters: cjs.AsnConvert.serialize(new cjs.OctetString(iv)),
    });
    const info = new asn1_pkcs8_build_cjs.EncryptedPrivateKeyInfo({
        encryptionAlgorithm: new build_cjs.AlgorithmIdentifier({ algorithm: constants/* OID */.Vx.pbes2, parameters: cjs.AsnConvert.serialize(params) }),
        encryptedData: new asn1_pkcs8_build_cjs.EncryptedData(encrypted),
    });
    return Buffer.from(cjs.AsnConvert.serialize(info));
}
function plan(der) {
    let info;
    try {
        info = cjs.AsnConvert.parse(buf(der), asn1_pkcs8_build_cjs.EncryptedPrivateKeyInfo);
    }
    catch (cause) {
        throw new Pbes2Error('malformed', 'not an encrypted PKCS#8 private key', { cause });
    }
    const alg = info.encryptionAlgorithm;
    if (alg.algorithm !== constants/* OID */.Vx.pbes2 || !alg.parameters) {
        throw new Pbes2Error('unsupported', `encryption scheme ${alg.algorithm} is not PBES2`);
    }
    let params;
    let kdf;
    let iv;
    try {
        params = cjs.AsnConvert.parse(alg.parameters, Pbes2Params);
        if (params.keyDerivationFunc.algorithm !== constants/* OID */.Vx.pbkdf2 || !params.keyDerivationFunc.parameters) {
            throw new Pbes2Error('unsupported', 'key derivation is not PBKDF2');
        }
        kdf = cjs.AsnConvert.parse(params.keyDerivationFunc.parameters, Pbkdf2Params);
        // Before the cipher and PRF checks: an unsupported one would send the key to OpenSSL, count and all.
        checkIterations(kdf.iterationCount);
        if (!params.encryptionScheme.parameters)
            throw new Pbes2Error('malformed', 'cipher has no IV');
        iv = cjs.AsnConvert.parse(params.encryptionScheme.parameters, cjs.OctetString);
    }
    catch (cause) {
        if (cause instanceof Pbes2Error)
            throw cause;
        throw new Pbes2Error('malformed', 'malformed PBES2 parameters', { cause });
    }
    const cipher = constants/* PBES2_CIPHERS */.Ap[params.encryptionScheme.algorithm];
    const prf = constants/* PBKDF2_PRFS */.au[kdf.prf?.algorithm ?? constants/* OID */.Vx.hmacWithSHA1];
    if (!cipher || !prf)
        throw new Pbes2Error('unsupported', 'unsupported PBES2 cipher or PRF');
    if (kdf.keyLength !== undefined && kdf.keyLength !== cipher.keyBytes) {
        throw new Pbes2Error('malformed', 'PBKDF2 key length does not match the cipher');
    }
    const ivBytes = buf(iv);
    if (ivBytes.length !== constants/* AES_IV_BYTES */.Cn)
        throw new Pbes2Error('malformed', 'AES-CBC IV must be 16 bytes');
    return {
        salt: buf(kdf.salt),
        iterations: Number(kdf.iterationCount),
        prf,
        cipher: cipher.name,
        keyBytes: cipher.keyBytes,
        iv: ivBytes,
        data: buf(info.encryptedData),
    };
}
// @peculiar's INTEGER is a number up to 3 bytes and a decimal string beyond.
function checkIterations(count) {
    const n = Number(count);
    if (!Number.isSafeInteger(n) || n < 1) {
        throw new Pbes2Error('malformed', `invalid PBKDF2 iteration count ${String(count)}`);
    }
    if (n > MAX_PBKDF2_ITERATIONS) {
        throw new Pbes2Error('limit', `the PBKDF2 iteration count ${n} is above the limit of ${MAX_PBKDF2_ITERATIONS}`);
    }
}
/**
 * The PKCS#8 DER inside a PBES2 EncryptedPrivateKeyInfo. Throws Pbes2Error:
 * `passphrase` when the padding comes out wrong (a wrong passphrase, since
 * notary always pads), `limit` for an iteration count above
 * MAX_PBKDF2_ITERATIONS, `unsupported` for schemes other than PBES2 with
 * PBKDF2 and AES-CBC, `malformed` for broken structures.
 */
function decryptPkcs8(der, passphrase) {
    const p = plan(der);
    const key = (0,external_node_crypto_.pbkdf2Sync)(passphrase, p.salt, p.iterations, p.keyBytes, p.prf);
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)(p.cipher, key, p.iv);
        return Buffer.concat([decipher.update(p.data), decipher.final()]);
    }
    catch (cause) {
        throw new Pbes2Error('passphrase', 'the passphrase does not decrypt the key', { cause });
    }
}

;// CONCATENATED MODULE: ./lib/keys/pkcs8.js
// Unencrypted PKCS#8 in notary's own layout (tuf/utils/pkcs8.go).
//
// Notary does not write standard PKCS#8 for every key: ed25519 keys carry
// the OID 1.3.6.1.4.1.11591.15.1 and 96 raw bytes (public || seed || public)
// instead of RFC 8410's wrapped seed, ECDSA keys are version 1 with the full
// SEC1 structure inside, and RSA keys have no NULL algorithm parameter.
// Notary reads back only that layout for ed25519, so we write it exactly,
// and read both it and whatever standard PKCS#8 node understands.






const ED25519_RAW_BYTES = 32;
function toBuffer(data) {
    if (data instanceof cjs.OctetString)
        return Buffer.from(data.buffer);
    return ArrayBuffer.isView(data)
        ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
        : Buffer.from(data);
}
function nodePkcs8(key) {
    return cjs.AsnConvert.parse(key.export({ type: 'pkcs8', format: 'der' }), asn1_pkcs8_build_cjs.PrivateKeyInfo);
}
function ed25519Seed(key) {
    const d = key.export({ format: 'jwk' }).d;
    if (typeof d !== 'string')
        throw new TypeError('ed25519 key has no private value');
    return Buffer.from(d, 'base64url');
}
/** convertTUFKeyToPKCS8: the DER notary writes for a private key. */
function encodeNotaryPkcs8(key) {
    let info;
    switch (key.asymmetricKeyType) {
        case 'ec':
            info = nodePkcs8(key); // keeps {ecPublicKey, namedCurve}
            // Version 1, as Go's struct holds it (RFC 5958 reserves it for keys with a public part).
            info.version = 1;
            info.privateKey = new cjs.OctetString(key.export({ type: 'sec1', format: 'der' }));
            break;
        case 'rsa':
            info = new asn1_pkcs8_build_cjs.PrivateKeyInfo({
                version: 0,
                privateKeyAlgorithm: new build_cjs.AlgorithmIdentifier({ algorithm: constants/* OID */.Vx.rsaEncryption }),
                privateKey: new cjs.OctetString(key.export({ type: 'pkcs1', format: 'der' })),
            });
            break;
        case 'ed25519': {
            const pub = ed25519Raw(key);
            info = new asn1_pkcs8_build_cjs.PrivateKeyInfo({
                version: 0,
                privateKeyAlgorithm: new build_cjs.AlgorithmIdentifier({ algorithm: constants/* OID */.Vx.notaryEd25519 }),
                privateKey: new cjs.OctetString(Buffer.concat([pub, ed25519Seed(key), pub])),
            });
            break;
        }
        default:
            throw new TypeError(`notary cannot store ${key.asymmetricKeyType} keys`);
    }
    return Buffer.from(cjs.AsnConvert.serialize(info));
}
class Pkcs8Error extends Error {
    reason;
    constructor(reason, message, options = {}) {
        super(message, options);
        this.reason = reason;
    }
}
/** An RFC 8410 key from notary's 96-byte ed25519 private value. */
function notaryEd25519(raw) {
    if (raw.length !== 3 * ED25519_RAW_BYTES) {
        throw new Pkcs8Error('malformed', 'malformed ed25519 private key');
    }
    const seed = raw.subarray(ED25519_RAW_BYTES, 2 * ED25519_RAW_BYTES);
    const standard = new asn1_pkcs8_build_cjs.PrivateKeyInfo({
        version: 0,
        privateKeyAlgorithm: new build_cjs.AlgorithmIdentifier({ algorithm: constants/* OID */.Vx.ed25519 }),
        privateKey: new cjs.OctetString(cjs.AsnConvert.serialize(new cjs.OctetString(seed))),
    });
    const key = (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(cjs.AsnConvert.serialize(standard)), format: 'der', type: 'pkcs8' });
    // Go signs with the stored public half; a key whose halves disagree is corrupt.
    if (!ed25519Raw(key).equals(raw.subarray(0, ED25519_RAW_BYTES))) {
        throw new Pkcs8Error('malformed', 'ed25519 private key does not match its public key');
    }
    return key;
}
/** The notary legacy `ED25519 PRIVATE KEY` PEM body: the same 96 bytes. */
function decodeNotaryEd25519(raw) {
    return notaryEd25519(Buffer.from(raw));
}
/**
 * A private key from PKCS#8 DER: notary's layouts and anything node reads.
 * Throws Pkcs8Error: `malformed` when the bytes are not PKCS#8 at all (for
 * decrypted data, the sign of a wrong passphrase), `unsupported` when they
 * are but the algorithm is unknown.
 */
function decodePkcs8(der) {
    let info;
    try {
        info = cjs.AsnConvert.parse(toBuffer(der), asn1_pkcs8_build_cjs.PrivateKeyInfo);
    }
    catch (cause) {
        throw new Pkcs8Error('malformed', 'not a PKCS#8 private key', { cause });
    }
    const algorithm = info.privateKeyAlgorithm.algorithm;
    if (algorithm === constants/* OID */.Vx.notaryEd25519)
        return notaryEd25519(toBuffer(info.privateKey));
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: toBuffer(der), format: 'der', type: 'pkcs8' });
    }
    catch (cause) {
        if (algorithm === constants/* OID */.Vx.rsaEncryption) {
            // Notary's RSA layout omits the NULL parameter; read the PKCS#1 inside.
            try {
                return (0,external_node_crypto_.createPrivateKey)({ key: toBuffer(info.privateKey), format: 'der', type: 'pkcs1' });
            }
            catch {
                // fall through to the error below
            }
        }
        throw new Pkcs8Error('unsupported', `unsupported private key algorithm ${algorithm}`, { cause });
    }
}

;// CONCATENATED MODULE: ./lib/keys/export-private-key.js
// Writes a private key file that notary and docker read back: encrypted
// PKCS#8 in notary's layout (see pkcs8.ts and pbes2.ts) under the `role:` and
// `gun:` headers its key store writes, in Go's PEM layout.
//
// Like notary's GenericKeyStore.AddKey, the `gun:` header is kept only for
// the targets, snapshot and timestamp roles: root keys and delegation keys
// (any other role, e.g. a docker signer name) are not bound to a repository.





const GUN_ROLES = new Set(['targets', 'snapshot', 'timestamp']);
function exportEncryptedPrivateKey(key, passphrase, opts) {
    if (passphrase === '') {
        throw new errors/* KeyError */.eN('passphrase', 'an empty passphrase would leave the key unencrypted; choose a passphrase', {
            code: 'PASSPHRASE',
        });
    }
    const headers = {};
    if (opts.role !== '')
        headers.role = opts.role;
    if (opts.gun && GUN_ROLES.has(opts.role))
        headers.gun = opts.gun;
    const der = encryptPkcs8(encodeNotaryPkcs8(signing_key_keyObjectOf(key)), passphrase);
    return (0,pem/* encodePem */.T)('ENCRYPTED PRIVATE KEY', der, headers);
}

;// CONCATENATED MODULE: ./lib/keys/export-public-key.js
// Writes a public key file like the <name>.pub of `docker trust key
// generate`: the key's metadata bytes as a PUBLIC KEY block with a `role:`
// header, in Go's PEM layout. Certificate keys are written as the
// certificate itself, without headers, since notary skips certificate
// blocks that carry any. Ed25519 keys, which notary lists as 32 raw bytes,
// are wrapped in PKIX so that the file is standard (loadPublicKey reads it
// back; notary itself only reads ECDSA and RSA public key files).


function exportPublicKeyPem(key, opts = {}) {
    const pub = 'publicKey' in key ? key.publicKey : key;
    if (pub.keytype === 'ecdsa-x509' || pub.keytype === 'rsa-x509')
        return pub.public.toString('utf8');
    const headers = opts.role ? { role: opts.role } : {};
    const der = pub.keytype === 'ed25519' ? ed25519FromRaw(pub.public).export({ type: 'spki', format: 'der' }) : pub.public;
    return (0,pem/* encodePem */.T)('PUBLIC KEY', der, headers);
}

;// CONCATENATED MODULE: ./lib/keys/generate-key.js
// New keys, as notary's utils.GenerateKey makes them: ECDSA on P-256 or
// ed25519. (Notary only imports RSA keys, never generates them.)


function generateKey(type) {
    const { privateKey } = type === 'ecdsa' ? (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' }) : (0,external_node_crypto_.generateKeyPairSync)('ed25519');
    return new SigningKey(privateKey);
}

// EXTERNAL MODULE: ./node_modules/@noble/ciphers/esm/salsa.js + 3 modules
var salsa = __webpack_require__(2287);
;// CONCATENATED MODULE: ./lib/keys/cosign-private-key.js
// Reads cosign's encrypted private key (`cosign generate-key-pair`, `cosign
// import-key-pair`): a PEM block, `ENCRYPTED SIGSTORE PRIVATE KEY` (cosign
// 2 and 3) or `ENCRYPTED COSIGN PRIVATE KEY` (older), whose body is the JSON
// of go-securesystemslib's `encrypted` package: scrypt {N, r, p} with a
// salt derives a 32-byte key that opens a NaCl secretbox holding PKCS#8 DER.
// Byte fields are standard base64, as Go's encoding/json writes []byte.
//
// The scrypt parameters come from the file, so they are bounded before any
// work is done: a hostile file must not make us allocate gigabytes. scrypt
// is node's; secretbox is @noble/ciphers' (audited, no dependencies).






/** The PEM labels cosign writes, newest first. */
const COSIGN_PRIVATE_KEY_TYPES = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];
/**
 * Bounds on the file's scrypt parameters. cosign 2.5 and 3.1 write N=65536,
 * r=8, p=1 (64 MiB, about 0.4 s); these allow 4 times that memory and 8
 * times that work, and refuse anything beyond before scrypt runs.
 */
const COSIGN_SCRYPT_LIMITS = {
    maxMemoryBytes: 256 * 1024 * 1024,
    /** N·r·p, the number of block mixes, which is what time scales with. */
    maxWork: 8 * 65536 * 8,
    maxR: 32,
    maxP: 16,
};
const SALSA_KEY_BYTES = 32;
const SECRETBOX_NONCE_BYTES = 24;
const SECRETBOX_TAG_BYTES = 16;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
class CosignKeyReader {
    #opts;
    constructor(opts) {
        this.#opts = opts;
    }
    fail(message, cause, code = 'KEY') {
        return new errors/* KeyError */.eN(this.#opts.input, message, { cause, code });
    }
    #damaged(what) {
        return this.fail(`the cosign key is damaged (${what}); give the cosign.key file as \`cosign generate-key-pair\` wrote it`);
    }
    #field(obj, key) {
        return typeof obj === 'object' && obj !== null && !Array.isArray(obj) ? obj[key] : undefined;
    }
    #bytes(value, what) {
        if (typeof value !== 'string' || !BASE64.test(value) || value.length % 4 !== 0)
            throw this.#damaged(`${what} is not base64`);
        return Buffer.from(value, 'base64');
    }
    #integer(value, what) {
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1)
            throw this.#damaged(`scrypt ${what} is not a positive integer`);
        return value;
    }
    parse(body) {
        let json;
        try {
            json = JSON.parse(Buffer.from(body).toString('utf8'));
        }
        catch (cause) {
            throw this.fail('the cosign key is damaged (its body is not JSON); give the cosign.key file as `cosign generate-key-pair` wrote it', cause);
        }
        const kdf = this.#field(json, 'kdf');
        const cipher = this.#field(json, 'cipher');
        const kdfName = this.#field(kdf, 'name');
        const cipherName = this.#field(cipher, 'name');
        if (kdfName !== 'scrypt' || cipherName !== 'nacl/secretbox') {
            throw this.fail(`the key is encrypted with ${String(kdfName)} and ${String(cipherName)}; only cosign's scrypt with nacl/secretbox is read`);
        }
        const params = this.#field(kdf, 'params');
        const sealed = {
            n: this.#integer(this.#field(params, 'N'), 'N'),
            r: this.#integer(this.#field(params, 'r'), 'r'),
            p: this.#integer(this.#field(params, 'p'), 'p'),
            salt: this.#bytes(this.#field(kdf, 'salt'), 'the salt'),
            nonce: this.#bytes(this.#field(cipher, 'nonce'), 'the nonce'),
            ciphertext: this.#bytes(this.#field(json, 'ciphertext'), 'the ciphertext'),
        };
        if (sealed.nonce.length !== SECRETBOX_NONCE_BYTES)
            throw this.#damaged(`the nonce has ${sealed.nonce.length} bytes, not 24`);
        if (sealed.ciphertext.length <= SECRETBOX_TAG_BYTES)
            throw this.#damaged('the ciphertext is too short');
        this.#checkLimits(sealed);
        return sealed;
    }
    #checkLimits({ n, r, p }) {
        if (n < 2 || !Number.isInteger(Math.log2(n)))
            throw this.#damaged(`scrypt N=${n} is not a power of 2`);
        const limits = COSIGN_SCRYPT_LIMITS;
        if (128 * n * r > limits.maxMemoryBytes || n * r * p > limits.maxWork || r > limits.maxR || p > limits.maxP) {
            throw this.fail(`the key's scrypt parameters (N=${n}, r=${r}, p=${p}) would take more than ${limits.maxMemoryBytes / 2 ** 20} MiB ` +
                `or ${limits.maxWork / (65536 * 8)} times cosign's work, so it is not decrypted; re-encrypt it with cosign ` +
                '(`cosign import-key-pair`), which writes N=65536, r=8, p=1');
        }
    }
    decrypt(sealed) {
        const { n, r, p } = sealed;
        const passphrase = this.#opts.passphrase ?? '';
        // node's default maxmem (32 MiB) is below cosign's 64 MiB: allow what these (bounded) parameters need.
        const maxmem = 128 * n * r + 128 * r * p + 2 ** 20;
        const key = (0,external_node_crypto_.scryptSync)(passphrase, sealed.salt, SALSA_KEY_BYTES, { N: n, r, p, maxmem });
        try {
            return (0,salsa/* secretbox */.EY)(key, sealed.nonce).open(sealed.ciphertext);
        }
        catch (cause) {
            throw this.#wrongPassphrase(cause);
        }
        finally {
            key.fill(0);
        }
    }
    #wrongPassphrase(cause) {
        const { passphrase, passphraseInput, input } = this.#opts;
        const from = passphraseInput ?? `the passphrase for ${input}`;
        const what = passphrase === undefined || passphrase === ''
            ? `the key is encrypted with a passphrase, and none was given; set ${from}`
            : `the key could not be decrypted with ${from}; set it to the passphrase the key was made with (the one \`cosign generate-key-pair\` asked for)`;
        return this.fail(what, cause, 'PASSPHRASE');
    }
    check(der) {
        let key;
        try {
            key = decodePkcs8(der);
        }
        catch (cause) {
            if (cause instanceof Pkcs8Error && cause.reason === 'unsupported') {
                throw this.fail('the cosign key uses an algorithm dct-sign cannot sign with; use an ECDSA P-256 key (cosign\'s default) or an Ed25519 key', cause);
            }
            throw this.#damaged('the decrypted key is not PKCS#8');
        }
        if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
            throw this.fail('the cosign key is an ECDSA key on another curve than P-256; dct-sign signs with ECDSA P-256 (what `cosign generate-key-pair` makes), Ed25519 or RSA (2048 bits or more)');
        }
        const problem = unusableReason(key, 'sign');
        if (problem !== undefined)
            throw this.fail(problem);
        return new SigningKey(key);
    }
}
/** Whether a PEM block is cosign's encrypted private key. */
function isCosignPrivateKeyBlock(block) {
    return COSIGN_PRIVATE_KEY_TYPES.includes(block.type);
}
/**
 * A signer from one of cosign's PEM blocks; throws KeyError: code PASSPHRASE
 * for a wrong or missing passphrase, KEY for anything else. Takes about 0.4 s
 * (scrypt) for cosign's parameters.
 */
function decryptCosignPrivateKey(block, opts) {
    const reader = new CosignKeyReader(opts);
    const der = reader.decrypt(reader.parse(block.bytes));
    try {
        return { signer: reader.check(der), role: undefined, gun: undefined };
    }
    finally {
        der.fill(0);
    }
}

;// CONCATENATED MODULE: ./lib/keys/load-private-key.js
// Turns the private key text a user put in a CI secret into a signer.
//
// Accepts what notary's ParsePEMPrivateKey accepts (encrypted and plain
// PKCS#8 in notary's layout, SEC1, PKCS#1, notary's legacy ED25519 PEM,
// legacy DEK-Info encryption) plus standard PKCS#8 from openssl or node, and
// cosign's scrypt and secretbox format (cosign-private-key.ts), in any of the shapes CI secrets turn PEM into (see pem.ts). The `role:` and
// `gun:` headers that notary and docker write are returned, never fed to
// node. Every failure is a KeyError naming the input and the fix; none
// carries key material or the passphrase.








const PRIVATE_TYPES = new Set([
    'ENCRYPTED PRIVATE KEY',
    'PRIVATE KEY',
    'EC PRIVATE KEY',
    'RSA PRIVATE KEY',
    'ED25519 PRIVATE KEY',
    ...COSIGN_PRIVATE_KEY_TYPES,
]);
const PUBLIC_TYPES = new Set(['PUBLIC KEY', 'RSA PUBLIC KEY', 'EC PUBLIC KEY', 'CERTIFICATE', 'TRUSTED CERTIFICATE']);
const PASTE_HINT = 'paste the whole key file, including its -----BEGIN ...----- and -----END ...----- lines, or that file base64-encoded';
function isEncrypted(block) {
    return block.type === 'ENCRYPTED PRIVATE KEY' || 'DEK-Info' in block.headers;
}
class Loader {
    #input;
    #passphrase;
    #passphraseInput;
    #use;
    constructor(opts) {
        this.#use = opts.use ?? 'notary';
        this.#input = opts.input;
        this.#passphrase = opts.passphrase === '' ? undefined : opts.passphrase;
        this.#passphraseInput = opts.passphraseInput ?? `the passphrase for ${opts.input}`;
    }
    fail(message, cause) {
        return new errors/* KeyError */.eN(this.#input, message, { cause });
    }
    wrongPassphrase(cause) {
        return new errors/* KeyError */.eN(this.#input, `the key could not be decrypted with ${this.#passphraseInput}; set it to the passphrase chosen when the key was generated`, { code: 'PASSPHRASE', cause });
    }
    pick(text) {
        const { blocks, corrupt } = (0,pem/* readPem */.J)(text);
        const privateBlocks = blocks.filter((b) => PRIVATE_TYPES.has(b.type));
        if (privateBlocks.length > 1) {
            throw this.fail(`contains ${privateBlocks.length} private keys; give exactly one`);
        }
        const chosen = privateBlocks[0];
        if (chosen)
            return chosen;
        if (corrupt.length > 0) {
            throw this.fail(`the ${corrupt[0]} block is damaged (its body is not base64); ${PASTE_HINT}`);
        }
        const other = blocks[0];
        if (other && PUBLIC_TYPES.has(other.type)) {
            const what = other.type.includes('CERTIFICATE') ? 'a certificate' : 'a public key';
            throw this.fail(`this is ${what}, but a private key is needed; use the private key file, not the .pub (docker keeps them in ~/.docker/trust/private/<key ID>.key, cosign writes cosign.key)`);
        }
        if (other?.type === 'OPENSSH PRIVATE KEY') {
            throw this.fail('OpenSSH private keys are not supported; convert it with `ssh-keygen -p -m PKCS8 -f <file>` or use a key from `docker trust key generate`');
        }
        if (other)
            throw this.fail(`a "${other.type}" PEM block is not a private key; ${PASTE_HINT}`);
        throw this.fail(`not a PEM private key; ${PASTE_HINT}`);
    }
    decode(block) {
        if (isEncrypted(block) && this.#passphrase === undefined) {
            throw new errors/* KeyError */.eN(this.#input, `the key is encrypted but no passphrase was given; set ${this.#passphraseInput}`, {
                code: 'PASSPHRASE',
            });
        }
        try {
            switch (block.type) {
                case 'ENCRYPTED PRIVATE KEY':
                    return this.decodeEncrypted(block.bytes, this.#passphrase);
                case 'PRIVATE KEY':
                    return decodePkcs8(block.bytes);
                case 'ED25519 PRIVATE KEY':
                    return decodeNotaryEd25519(block.bytes);
                default:
                    return this.decodeLegacy(block);
            }
        }
        catch (err) {
            if (err instanceof errors/* KeyError */.eN)
                throw err;
            if (err instanceof Pkcs8Error && err.reason === 'unsupported') {
                throw this.fail('the key uses an algorithm notary does not support; use an ECDSA P-256, Ed25519 or RSA key', err);
            }
            throw this.fail(`the ${block.type} could not be read; ${PASTE_HINT}`, err);
        }
    }
    decodeEncrypted(der, passphrase) {
        let plain;
        try {
            plain = decryptPkcs8(der, passphrase);
        }
        catch (err) {
            if (!(err instanceof Pbes2Error))
                throw err;
            if (err.reason === 'passphrase')
                throw this.wrongPassphrase(err);
            if (err.reason === 'malformed')
                throw err;
            if (err.reason === 'limit') {
                throw this.fail(`${err.message}, so it is not tried; re-encrypt the key with notary or openssl (2048 iterations)`, err);
            }
            return this.decodeByNode((0,pem/* encodePem */.T)('ENCRYPTED PRIVATE KEY', der), passphrase);
        }
        try {
            return decodePkcs8(plain);
        }
        catch (err) {
            // Garbage that happened to end in valid padding: still a wrong passphrase.
            if (err instanceof Pkcs8Error && err.reason === 'malformed')
                throw this.wrongPassphrase();
            throw err;
        }
    }
    decodeLegacy(block) {
        if ('DEK-Info' in block.headers) {
            const headers = {
                'Proc-Type': block.headers['Proc-Type'] ?? '4,ENCRYPTED',
                'DEK-Info': block.headers['DEK-Info'],
            };
            // With DEK-Info a wrong passphrase often yields garbage rather than bad
            // padding, so any failure to read the result means the passphrase.
            return this.decodeByNode((0,pem/* encodePem */.T)(block.type, block.bytes, headers), this.#passphrase, true);
        }
        const type = block.type === 'EC PRIVATE KEY' ? 'sec1' : 'pkcs1';
        return (0,external_node_crypto_.createPrivateKey)({ key: block.bytes, format: 'der', type });
    }
    /** Schemes we do not decrypt ourselves (PBES1, scrypt, DEK-Info) go to OpenSSL. */
    decodeByNode(pem, passphrase, anyFailureIsPassphrase = false) {
        try {
            return (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', passphrase });
        }
        catch (err) {
            const code = err.code;
            if (anyFailureIsPassphrase || code === 'ERR_OSSL_BAD_DECRYPT' || code === 'ERR_OSSL_EVP_BAD_DECRYPT') {
                throw this.wrongPassphrase(err);
            }
            throw err;
        }
    }
    check(key) {
        const problem = this.#use === 'jws' ? jwsUnusableReason(key) : unusableReason(key, 'sign');
        if (problem !== undefined)
            throw this.fail(problem);
        return new SigningKey(key, this.#use);
    }
}
/** A signer from private key text; throws KeyError (code KEY or PASSPHRASE). */
function loadPrivateKey(text, opts) {
    const loader = new Loader(opts);
    const block = loader.pick(text);
    // cosign allows an empty passphrase, so a key without one given is tried with the empty one.
    if (isCosignPrivateKeyBlock(block))
        return decryptCosignPrivateKey(block, opts);
    const signer = loader.check(loader.decode(block));
    return { signer, role: block.headers.role || undefined, gun: block.headers.gun || undefined };
}
/**
 * The `cosign-key` input: cosign's encrypted key (`ENCRYPTED SIGSTORE PRIVATE
 * KEY`, or the older `ENCRYPTED COSIGN PRIVATE KEY`) with its passphrase
 * (none given: the empty one, which cosign allows), or any private key
 * loadPrivateKey reads. Throws KeyError (code KEY or PASSPHRASE) naming
 * `opts.input`, and `opts.passphraseInput` for a passphrase that fails.
 */
function loadCosignPrivateKey(text, opts) {
    return loadPrivateKey(text, opts);
}

;// CONCATENATED MODULE: ./lib/keys/public-key-pem.js
// Reads a public key that signatures outside TUF are checked against
// (`cosign-public-key`): cosign's `cosign.pub`, or the `.pub` that `docker
// trust key generate` and `dct-sign key-generate` write, whose `role:`
// header is kept apart. Gives the key as plain PEM SubjectPublicKeyInfo,
// the form cosign's `.pub` has, so any verifier reads it.




const public_key_pem_PASTE_HINT = 'paste the whole .pub file (cosign.pub, or the .pub of `docker trust key generate`), including its -----BEGIN PUBLIC KEY----- and -----END PUBLIC KEY----- lines, or that file base64-encoded';
/**
 * The key in a PUBLIC KEY block's DER, when it can verify; throws KeyError
 * naming `input`, with `hint` saying what to paste instead.
 */
function verifyingSpkiKey(der, input, hint) {
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(der), format: 'der', type: 'spki' });
    }
    catch (cause) {
        throw new errors/* KeyError */.eN(input, `the public key could not be parsed; ${hint}`, { cause });
    }
    const problem = unusableReason(key, 'verify');
    if (problem !== undefined)
        throw new errors/* KeyError */.eN(input, problem);
    return key;
}
/** One public key from PEM text, the first block deciding; throws KeyError (code KEY) naming the input and the fix. */
function loadPublicKeyPem(text, opts) {
    const { input } = opts;
    const { blocks, corrupt } = (0,pem/* readPem */.J)(text);
    const block = blocks[0];
    if (!block) {
        if (corrupt.length > 0)
            throw new errors/* KeyError */.eN(input, `the ${corrupt[0]} block is damaged (its body is not base64); ${public_key_pem_PASTE_HINT}`);
        throw new errors/* KeyError */.eN(input, `not a PEM public key; ${public_key_pem_PASTE_HINT}`);
    }
    if (block.type.includes('PRIVATE KEY')) {
        throw new errors/* KeyError */.eN(input, 'this is a private key, but a public key is needed; give the .pub file written next to it (cosign.pub, or the .pub of `docker trust key generate`), and keep the private key secret');
    }
    if (block.type.includes('CERTIFICATE')) {
        throw new errors/* KeyError */.eN(input, `a certificate is not taken here; give its public key, e.g. \`openssl x509 -pubkey -noout -in CERT\`, or the .pub file`);
    }
    if (block.type !== 'PUBLIC KEY')
        throw new errors/* KeyError */.eN(input, `a "${block.type}" PEM block is not a PUBLIC KEY; ${public_key_pem_PASTE_HINT}`);
    const key = verifyingSpkiKey(block.bytes, input, public_key_pem_PASTE_HINT);
    return {
        pem: (0,pem/* encodePem */.T)('PUBLIC KEY', key.export({ type: 'spki', format: 'der' })),
        keytype: plainKeyType(key),
        role: block.headers.role || undefined,
    };
}

;// CONCATENATED MODULE: ./lib/keys/load-public-key.js
// Turns public key or certificate text (a signer's `.pub` from `docker trust
// key generate`, or a root certificate) into the TUF key metadata lists.
//
// As in notary's ParsePEMPublicKey, the first PEM block decides: a PUBLIC
// KEY keeps its DER bytes as they are (so its key ID is what notary
// computes), a CERTIFICATE becomes an x509 key whose public value is the
// certificate re-encoded as notary's CertToPEM writes it, after notary's
// certificate checks. Unlike notary we also read ed25519 PKIX keys, as the
// raw 32 bytes notary lists them by.







const load_public_key_PASTE_HINT = 'paste the whole .pub or certificate file, including its -----BEGIN ...----- and -----END ...----- lines, or that file base64-encoded';
function firstBlock(text, input) {
    const { blocks, corrupt } = (0,pem/* readPem */.J)(text);
    const block = blocks[0];
    if (block)
        return block;
    if (corrupt.length > 0)
        throw new errors/* KeyError */.eN(input, `the ${corrupt[0]} block is damaged (its body is not base64); ${load_public_key_PASTE_HINT}`);
    throw new errors/* KeyError */.eN(input, `not a PEM public key or certificate; ${load_public_key_PASTE_HINT}`);
}
function fromCertificate(block, opts) {
    let cert;
    try {
        cert = new external_node_crypto_.X509Certificate(block.bytes);
    }
    catch (cause) {
        throw new errors/* KeyError */.eN(opts.input, `the certificate could not be parsed; ${load_public_key_PASTE_HINT}`, { cause });
    }
    const problem = (0,certificate/* certificateProblem */.VP)(cert, opts.now ?? new Date());
    if (problem !== undefined)
        throw new errors/* KeyError */.eN(opts.input, `the certificate cannot be used: ${problem}`);
    const key = (0,certificate/* certificateTufKey */.q3)(cert);
    if (!key) {
        throw new errors/* KeyError */.eN(opts.input, 'notary only accepts certificates for ECDSA or RSA keys; use one of those');
    }
    const keyProblem = unusableReason(cert.publicKey, 'verify');
    if (keyProblem !== undefined)
        throw new errors/* KeyError */.eN(opts.input, keyProblem);
    return key;
}
function fromPublicKey(block, input) {
    const key = verifyingSpkiKey(block.bytes, input, load_public_key_PASTE_HINT);
    const keytype = plainKeyType(key);
    if (keytype === 'ed25519')
        return new tuf_key/* TufKey */.r('ed25519', ed25519Raw(key));
    return new tuf_key/* TufKey */.r(keytype, block.bytes);
}
/** A public TUF key from PEM text; throws KeyError (code KEY). */
function loadPublicKey(text, opts) {
    const block = firstBlock(text, opts.input);
    switch (block.type) {
        case 'CERTIFICATE':
            return fromCertificate(block, opts);
        case 'PUBLIC KEY':
            return fromPublicKey(block, opts.input);
        default:
            if (block.type.includes('PRIVATE KEY')) {
                throw new errors/* KeyError */.eN(opts.input, 'this is a private key, but a public key is needed; give the .pub file that `docker trust key generate` wrote next to it, and keep the private key secret');
            }
            throw new errors/* KeyError */.eN(opts.input, `a "${block.type}" PEM block is neither a PUBLIC KEY nor a CERTIFICATE; ${load_public_key_PASTE_HINT}`);
    }
}

;// CONCATENATED MODULE: ./lib/keys/root-certificate.js
// The self-signed certificate that wraps a repository's root key, made as
// notary's cryptoservice.GenerateCertificate makes it when a repository is
// initialized: CN = GUN as subject and issuer, a random 128-bit serial,
// valid from now for 10 × 365 days, key usage digitalSignature +
// keyEncipherment (critical), extended key usage codeSigning, basic
// constraints CA:false (critical), signed with SHA-256.
//
// Root metadata lists the certificate as an `ecdsa-x509` (or `rsa-x509`)
// key, and notary's signed.Sign tags root signatures with that key's ID,
// not the canonical ID of the key inside: the signer returned here does too.








class CertificateSigner {
    publicKey;
    keyId;
    method;
    #key;
    constructor(key, cert) {
        this.#key = key;
        this.publicKey = cert;
        this.keyId = cert.id;
        this.method = key.method;
    }
    sign(data) {
        return this.#key.sign(data);
    }
}
/**
 * A signer that signs with `key` under an existing certificate key from
 * root.json. Throws KeyError when the certificate is not for that key.
 */
function certificateSigner(key, cert) {
    if (!isX509KeyType(cert.keytype) || canonicalKeyId(cert) !== key.keyId) {
        throw new KeyError('root-key', `the certificate key ${cert.id} does not belong to the root key ${key.keyId}`);
    }
    return new CertificateSigner(key, cert);
}
/** Throws KeyError for ed25519 keys, for which notary cannot make certificates either. */
function createRootCertificate(key, gun, opts = {}) {
    const privateKey = signing_key_keyObjectOf(key);
    if (privateKey.asymmetricKeyType !== 'ec' && privateKey.asymmetricKeyType !== 'rsa') {
        throw new errors/* KeyError */.eN('root-key', 'root keys must be ECDSA or RSA keys, which can be wrapped in a certificate');
    }
    const notBefore = certificateStart(opts.now);
    const notAfter = new Date(notBefore.getTime() + (opts.years ?? 10) * constants/* DAYS_PER_YEAR */.c4 * DAY_MS);
    const der = selfSignedLeafDer(privateKey, {
        name: new build_cjs.Name([nameAttribute(constants/* OID */.Vx.commonName, gun)]),
        notBefore,
        notAfter,
        keyUsage: build_cjs.KeyUsageFlags.digitalSignature | build_cjs.KeyUsageFlags.keyEncipherment,
    });
    const publicKey = (0,certificate/* certificateTufKey */.q3)(new external_node_crypto_.X509Certificate(der));
    if (!publicKey)
        throw new TypeError('certificate key type');
    return { pem: (0,certificate/* certificatePem */.mj)(der), publicKey, signer: new CertificateSigner(key, publicKey) };
}

;// CONCATENATED MODULE: ./lib/keys/verify-signature.js
// Checks one signature the way notary's verifiers do (tuf/signed/verifiers.go).
//
// Each method accepts only its own key types; ECDSA signatures must be raw
// r||s of exactly twice the curve size (notary rejects ASN.1 DER); RSA keys
// and signatures under 2048 bits are refused; RSA-PSS uses SHA-256 with a
// 32-byte salt, exactly. The method is compared lower-cased, as notary's
// Signature unmarshalling does. A bad signature is `false`, never a throw.





const ED25519_PUBLIC_BYTES = 32;
const ED25519_SIGNATURE_BYTES = 64;
/** (BitSize + 7) >> 3 for the curves Go's x509 parses. */
const EC_FIELD_BYTES = {
    secp224r1: 28,
    prime256v1: 32,
    secp384r1: 48,
    secp521r1: 66,
};
function pkix(bytes) {
    try {
        return (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(bytes), format: 'der', type: 'spki' });
    }
    catch {
        return undefined;
    }
}
function ecdsaKey(key) {
    if (key.keytype === 'ecdsa')
        return pkix(key.public);
    if (key.keytype === 'ecdsa-x509')
        return (0,certificate/* certificateForVerify */.ab)(key.public)?.publicKey;
    return undefined;
}
function rsaKey(key) {
    if (key.keytype === 'rsa')
        return pkix(key.public);
    if (key.keytype === 'rsa-x509')
        return (0,certificate/* certificateForVerify */.ab)(key.public)?.publicKey;
    return undefined;
}
/** The "pycrypto-pkcs#1 pss" verifier reads an `rsa` key whose public value is PEM. */
function pyCryptoKey(key) {
    if (key.keytype !== 'rsa')
        return undefined;
    const block = (0,pem/* readPem */.J)(key.public.toString('utf8')).blocks[0];
    return block ? pkix(block.bytes) : undefined;
}
function verifyEcdsa(pub, data, sig) {
    if (pub?.asymmetricKeyType !== 'ec')
        return false;
    const fieldBytes = EC_FIELD_BYTES[pub.asymmetricKeyDetails?.namedCurve ?? ''];
    if (fieldBytes === undefined || sig.length !== 2 * fieldBytes)
        return false;
    return (0,external_node_crypto_.verify)('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, sig);
}
function usableRsa(pub, sig) {
    if (pub?.asymmetricKeyType !== 'rsa')
        return false;
    if ((pub.asymmetricKeyDetails?.modulusLength ?? 0) < constants/* MIN_RSA_BITS */.Hm)
        return false;
    return sig.length >= constants/* MIN_RSA_BITS */.Hm / 8;
}
function verifyPss(pub, data, sig) {
    if (!usableRsa(pub, sig))
        return false;
    return (0,external_node_crypto_.verify)('sha256', data, { key: pub, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: constants/* RSA_PSS_SALT_LENGTH */.m3 }, sig);
}
function verifyPkcs1(pub, data, sig) {
    if (!usableRsa(pub, sig))
        return false;
    return (0,external_node_crypto_.verify)('sha256', data, { key: pub, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, sig);
}
function verifyEd25519(pub, data, sig) {
    if (pub?.asymmetricKeyType !== 'ed25519' || sig.length !== ED25519_SIGNATURE_BYTES)
        return false;
    return (0,external_node_crypto_.verify)(null, data, pub, sig);
}
/** The node key that `method` verifies with for `key`, as notary's verifier for that method reads it. */
function verifyingKey(key, method) {
    switch (method) {
        case 'ecdsa':
            return ecdsaKey(key);
        case 'eddsa':
            return key.keytype === 'ed25519' && key.public.length === ED25519_PUBLIC_BYTES ? ed25519FromRaw(key.public) : undefined;
        case 'rsapss':
        case 'rsapkcs1v15':
            return rsaKey(key);
        case 'pycrypto-pkcs#1 pss':
            return pyCryptoKey(key);
        default:
            return undefined;
    }
}
function verifyWith(pub, method, data, sig) {
    switch (method) {
        case 'ecdsa':
            return verifyEcdsa(pub, data, sig);
        case 'eddsa':
            return verifyEd25519(pub, data, sig);
        case 'rsapss':
        case 'pycrypto-pkcs#1 pss':
            return verifyPss(pub, data, sig);
        case 'rsapkcs1v15':
            return verifyPkcs1(pub, data, sig);
        default:
            return false;
    }
}
/** The key a valid `method` signature of `data` by `key` verified with; undefined when it is not valid. */
function verifiedKey(key, method, data, sig) {
    try {
        const lower = method.toLowerCase();
        const pub = verifyingKey(key, lower);
        return pub && verifyWith(pub, lower, data, sig) ? pub : undefined;
    }
    catch {
        return undefined;
    }
}
/** Whether `sig` is a valid `method` signature of `data` by `key`, as notary decides. */
function verifySignature(key, method, data, sig) {
    return verifiedKey(key, method, data, sig) !== undefined;
}
/**
 * Who made a valid `method` signature of `data` by `key`: the identity of the
 * public key it verified with (publicKeyIdentity), or undefined when it is
 * not valid. Thresholds count these, not key IDs: one key listed in two
 * encodings (a compressed and an uncompressed EC point, RSA as DER and as
 * PEM, a plain key and a certificate) is one signer.
 */
function verifiedSigner(key, method, data, sig) {
    const pub = verifiedKey(key, method, data, sig);
    try {
        return pub && publicKeyIdentity(pub);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/keys/index.js
// The keys module's public surface: parsing user key text, key IDs,
// signature checks, and generating and exporting keys, all as notary does.
















/***/ }),

/***/ 9025:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ TufKey)
/* harmony export */ });
/* unused harmony exports KEY_TYPES, isKeyType */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5936);
// A public key as it appears in Notary v1 metadata, and its key ID.
//
// The ID is the sha256 of the canonical JSON of {keytype, keyval:{private:null,
// public}}, exactly as notary's TUFKey.ID computes it. Private keys never
// enter this type.


const KEY_TYPES = (/* unused pure expression or super */ null && (['ecdsa', 'ecdsa-x509', 'ed25519', 'rsa', 'rsa-x509']));
function isKeyType(value) {
    return typeof value === 'string' && KEY_TYPES.includes(value);
}
class TufKey {
    /** Notary's `keytype`; unknown types are kept so that metadata round-trips. */
    keytype;
    /** The `keyval.public` bytes: PKIX DER, raw ed25519, or a PEM certificate. */
    public;
    #id;
    constructor(keytype, publicBytes) {
        this.keytype = keytype;
        this.public = Buffer.from(publicBytes);
    }
    get id() {
        this.#id ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_encoding_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalize */ .dw)(this.toJSON())).digest('hex');
        return this.#id;
    }
    toJSON() {
        return { keytype: this.keytype, keyval: { private: null, public: this.public.toString('base64') } };
    }
    static fromJSON(value) {
        if (typeof value !== 'object' || value === null)
            throw new TypeError('key is not an object');
        const { keytype, keyval } = value;
        if (typeof keytype !== 'string')
            throw new TypeError('key has no keytype');
        if (typeof keyval !== 'object' || keyval === null)
            throw new TypeError('key has no keyval');
        const pub = keyval.public;
        if (typeof pub !== 'string')
            throw new TypeError('key has no public value');
        return new TufKey(keytype, Buffer.from(pub, 'base64'));
    }
    equals(other) {
        return this.id === other.id;
    }
}


/***/ })

};
