export const id = 935;
export const ids = [935];
export const modules = {

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
