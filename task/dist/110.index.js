export const id = 110;
export const ids = [110];
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


/***/ })

};
