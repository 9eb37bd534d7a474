export const id = 290;
export const ids = [290,935];
export const modules = {

/***/ 7110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readPem),
/* harmony export */   T: () => (/* binding */ encodePem)
/* harmony export */ });
// Reading PEM the way users paste it, and writing it the way Go does.
//
// Keys reach us through CI secrets, which mangle text: CRLF line endings,
// indentation, newlines collapsed into spaces or written as a literal `\n`,
// or the whole file base64-encoded into one line. The reader undoes all of
// that and returns each block with its headers (`role:`, `gun:`, `DEK-Info:`)
// separated from the DER, so that node never sees notary's headers. The
// writer reproduces Go's pem.EncodeToMemory byte for byte, because notary
// hashes certificate PEM into key IDs and docker compares key files.
const BLOCK = /-----BEGIN ([A-Z0-9][A-Z0-9 ]*?)-----([\s\S]*?)-----END \1-----/g;
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_-]*)\s*:\s*(.*)$/;
const HEADER_TOKEN = /^([A-Za-z][A-Za-z0-9_-]*):(.*)$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64_ANY = /^[A-Za-z0-9+/_-]+={0,2}$/;
function normalize(text) {
    let t = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    // A PEM stored in JSON or YAML sometimes keeps its newlines as `\n`.
    if (!t.includes('\n') && t.includes('\\n'))
        t = t.replace(/\\n/g, '\n');
    return t;
}
function decodeBase64(data) {
    if (data.length === 0 || !BASE64.test(data) || data.length % 4 === 1)
        return undefined;
    return Buffer.from(data, 'base64');
}
/** A body whose newlines survived: header lines first, then base64 lines. */
function parseLines(lines) {
    const headers = {};
    let data = '';
    for (const line of lines) {
        const m = data === '' ? HEADER_LINE.exec(line) : null;
        if (m)
            headers[m[1]] = m[2].trim();
        else
            data += line.replace(/\s+/g, '');
    }
    return { headers, data };
}
/** A body squashed onto one line: `role: x gun: y MIIB... ...`. */
function parseTokens(tokens) {
    const headers = {};
    let data = '';
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const m = data === '' ? HEADER_TOKEN.exec(token) : null;
        if (!m) {
            data += token;
            continue;
        }
        if (m[2] !== '')
            headers[m[1]] = m[2];
        else
            headers[m[1]] = tokens[++i] ?? '';
    }
    return { headers, data };
}
function readBlocks(text) {
    const blocks = [];
    const corrupt = [];
    for (const match of text.matchAll(BLOCK)) {
        const type = match[1];
        const body = match[2];
        const lines = body
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== '');
        const { headers, data } = lines.length === 1 ? parseTokens(lines[0].split(/\s+/)) : parseLines(lines);
        const bytes = decodeBase64(data);
        if (bytes)
            blocks.push({ type, headers, bytes });
        else
            corrupt.push(type);
    }
    return { blocks, corrupt };
}
/**
 * Every PEM block in `text`. When the text holds no PEM but is itself base64
 * of a PEM file (as people store keys in CI secrets), that PEM is read.
 */
function readPem(text) {
    const normalized = normalize(text);
    const direct = readBlocks(normalized);
    if (direct.blocks.length > 0 || direct.corrupt.length > 0)
        return direct;
    const compact = normalized.replace(/\s+/g, '');
    if (!BASE64_ANY.test(compact))
        return direct;
    const decoded = Buffer.from(compact, compact.includes('-') || compact.includes('_') ? 'base64url' : 'base64');
    const inner = decoded.toString('utf8');
    if (!inner.includes('-----BEGIN '))
        return direct;
    return readBlocks(normalize(inner));
}
/** Go's pem.EncodeToMemory: sorted headers (Proc-Type first), 64-column base64. */
function encodePem(type, bytes, headers = {}) {
    const names = Object.keys(headers)
        .filter((k) => k !== 'Proc-Type')
        .sort();
    if ('Proc-Type' in headers)
        names.unshift('Proc-Type');
    let out = `-----BEGIN ${type}-----\n`;
    for (const name of names)
        out += `${name}: ${headers[name]}\n`;
    if (names.length > 0)
        out += '\n';
    const b64 = Buffer.from(bytes).toString('base64');
    for (let i = 0; i < b64.length; i += 64)
        out += `${b64.slice(i, i + 64)}\n`;
    return `${out}-----END ${type}-----\n`;
}


/***/ }),

/***/ 5935:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadCosignKeyInput: () => (/* binding */ loadCosignKeyInput),
/* harmony export */   loadCosignPublicKeys: () => (/* binding */ loadCosignPublicKeys),
/* harmony export */   loadKeyInput: () => (/* binding */ loadKeyInput),
/* harmony export */   parseTrustPin: () => (/* binding */ parseTrustPin)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _keys_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2520);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9417);
// Input helpers that load keys and certificates: a private key input and the
// trust pin. Apart from inputs.ts because they import the key module (x509,
// ASN.1), which only an operation, or a pin given as a certificate, needs.



/** A private key input; `use: 'jws'` for a key that makes notation signatures only (notation-key), which may be P-384 or P-521. */
function loadKeyInput(key, use) {
    return (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPrivateKey */ .PM)(key.text, {
        input: key.input,
        ...(use ? { use } : {}),
        ...(key.passphrase ? { passphrase: key.passphrase } : {}),
        ...(key.passphraseInput ? { passphraseInput: key.passphraseInput } : {}),
    });
}
/** The root certificate a pin that is no key ID gives; an error that says what a pin may be. */
function pinPem(value, input) {
    try {
        return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .pemTextOrFile */ .li)(value, input);
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
            throw err;
        const accepts = 'give the root key ID (64 hex digits, as `dct-sign inspect` shows it), or the root certificate as PEM text or a PEM file';
        if (/^[0-9a-fA-F]+$/.test(value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${value} is not a root key ID: it has ${value.length} hex digits, not 64; ${accepts}`, { cause: err });
        }
        const reason = err.message.slice(input.length + 2).replace(/; give PEM text or the path of a PEM file$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${reason}; ${accepts}`, { cause: err });
    }
}
/** `trust-pin`: a root key ID (64 hex digits) or a root certificate (PEM text or file). */
function parseTrustPin(value, input = 'trust-pin') {
    const trimmed = value.trim();
    if (/^[0-9a-fA-F]{64}$/.test(trimmed))
        return { keyIds: [trimmed.toLowerCase()] };
    const pem = pinPem(trimmed, input);
    const key = (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPublicKey */ .fg)(pem, { input });
    if (!key.keytype.endsWith('-x509')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'give the root key ID (64 hex digits) or the root certificate, not a bare public key');
    }
    return { keyIds: [key.id, (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalKeyId */ .F2)(key)] };
}
/** `cosign-key`: cosign's encrypted key (or any private key loadPrivateKey reads), with its passphrase. */
function loadCosignKeyInput(key) {
    return (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCosignPrivateKey */ .of)(key.text, {
        input: key.input,
        ...(key.passphrase ? { passphrase: key.passphrase } : {}),
        ...(key.passphraseInput ? { passphraseInput: key.passphraseInput } : {}),
    });
}
/** `cosign-public-key`: each PEM as cosign's `.pub` holds it, named by its place for messages. */
function loadCosignPublicKeys(pems, input = 'cosign-public-key') {
    return pems.map((text, i) => ({ source: pems.length > 1 ? `${input} #${i + 1}` : input, pem: (0,_keys_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPublicKeyPem */ .t1)(text, { input }).pem }));
}


/***/ })

};
