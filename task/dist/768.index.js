export const id = 768;
export const ids = [768];
export const modules = {

/***/ 7768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: readCommand

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/azure-pipelines-task-lib/task.js
var task = __webpack_require__(358);
// EXTERNAL MODULE: ./lib/operations/inputs.js
var operations_inputs = __webpack_require__(9417);
// EXTERNAL MODULE: ./lib/commands/inputs.js
var inputs = __webpack_require__(2153);
;// CONCATENATED MODULE: ./lib/commands/options.js
// The options every operation that reaches a registry and its trust server
// takes, from the connection inputs (inputs.ts connectionInputs).

/** The references `tags` holds, as its input's parse gave them: references are parsed once, when read. */
function referencesOf(v) {
    return v.parsed('tags') ?? [];
}
/**
 * An operation that takes loaded keys, behind options that carry key inputs:
 * the key module (x509, ASN.1) is loaded only when the command runs, and
 * each key is loaded and checked before the operation starts.
 */
function withLoadedKeys(operation, load) {
    return async () => {
        const [run, { loadKeyInput }] = await Promise.all([operation(), Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(520), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 5935))]);
        return (options) => run(load(options, loadKeyInput));
    };
}
function connectionOptions(v, ctx) {
    const login = v.login();
    return {
        trustServer: v.string('trust-server'),
        trustServerCa: v.parsed('trust-server-ca'),
        registryCa: v.parsed('registry-ca'),
        trustPin: v.string('trust-pin'),
        // The CLI reads the variable itself; the action and the task read it here. Without dct it is ignored (dctOnlyRule).
        trustState: v.string('trust-state') ?? ((0,inputs/* formatsOf */.IO)(v).includes('dct') ? ctx.env.DCT_TRUST_STATE : undefined),
        trustStateForget: v.parsed('trust-state-forget'),
        requirePin: v.boolean('require-pin'),
        username: login?.username,
        password: login?.password,
        env: ctx.env,
        logger: ctx.logger,
        timeoutMs: v.parsed('timeout'),
        proxy: ctx.proxy,
        mask: ctx.maskSecret,
    };
}

;// CONCATENATED MODULE: ./lib/commands/spec.js
// What a command is, written once: its inputs (name, kind, default, the
// environment it falls back to, help), its rules, how its inputs become the
// operation's options, its outputs and what its summary shows. The GitHub
// action, the Azure task and the CLI are adapters that read inputs and write
// results their platform's way from this one description; action.yml,
// task.json, docs/commands.md and the CLI's --help are made from it.
/** Declares a spec with its option and result types inferred. */
function defineCommand(spec) {
    return spec;
}

;// CONCATENATED MODULE: ./lib/commands/certificate.js
// `certificate`: a self-signed code-signing certificate for an existing key
// (docker's signer key, or a notation key), for notation signatures without
// a CA. Prints how notation trusts it: the `notation cert add` line and the
// trusted identity for its trust policy.




/** A path as a shell line takes it: quoted when it holds anything but plain characters. */
function shellWord(text) {
    return /^[A-Za-z0-9_./:=@+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/** How notation trusts the certificate: the store to add it to, and the identity for the trust policy. */
function notationTrustLines(file) {
    return (`Trust it in notation with a ca trust store (trustStores: ["ca:${file.store}"]) and this trusted identity:\n` +
        `  notation cert add --type ca --store ${shellWord(file.store)} ${shellWord(file.path)}\n` +
        `  "trustedIdentities": [${JSON.stringify(file.identity)}]\n` +
        `It expires on ${file.notAfter.toISOString()}; notation refuses it after that.\n`);
}
const KEY = 'Key (one of)';
const certificateSpec = defineCommand({
    name: 'certificate',
    summary: 'make a self-signed code-signing certificate for a key, for notation',
    help: {
        usage: '[options] [NAME]',
        about: `
Make a self-signed code-signing certificate over an existing key, for
Notary Project (notation) signatures without a CA: a leaf with CA:FALSE, key
usage digitalSignature and extended key usage codeSigning, valid for
--certificate-validity (default one year), written to NAME.crt in
--key-directory or to --output. The key is the signer key (by default the
one docker keeps for signer NAME in ~/.docker/trust/private), or
--notation-key-file. NAME defaults to the key file's role: header.

The subject is C=XX, ST=none, O=dct-sign, CN=NAME: notation's trusted
identities must name C, ST and O, and XX is ISO 3166's code for no
country. Prints the \`notation cert add\` line that trusts it and the trusted
identity for notation's trust policy. It names no CRL or OCSP address, so nothing can revoke it: to stop trusting
it, delete it from the trust store (\`notation cert delete\`). An existing
file is never overwritten.`,
        examples: `
# A certificate for the key docker keeps for signer ci, then trusted by notation.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
dct-sign certificate ci
notation cert add --type ca --store ci ci.crt

# For a key kept in a CI secret, valid for two years.
dct-sign certificate --signer-key-file ci.key --certificate-validity 730d --output ci.crt ci`,
        exitCodes: [
            [0, 'the certificate was written'],
            [1, 'an unexpected failure; see the message'],
            [2, 'the command line is wrong: no key, a key file that is missing or not\na key, its passphrase is wrong, a key notation does not sign with, no\nNAME, the file exists, a duration that is not a number and s, m, h, d or w'],
        ],
    },
    inputs: [
        (0,inputs/* use */.Yx)('signer-name', {
            operand: 'NAME',
            group: 'Certificate',
            help: "the certificate's name (CN, NAME.crt, the trust store); default: the key's role: header",
        }),
        ...(0,inputs/* keyInputs */.NE)('signer-key', { group: KEY, help: "a signer's private key file (docker: ~/.docker/trust/private)" }),
        ...(0,inputs/* keyInputs */.NE)('notation-key', { group: KEY, help: 'a private key file (PKCS#8, encrypted or not), instead of the signer key' }),
        (0,inputs/* use */.Yx)('certificate-validity', { parse: operations_inputs/* parseDuration */.E9 }),
        (0,inputs/* use */.Yx)('key-directory', { help: 'where NAME.crt goes; default: the current directory' }),
        (0,inputs/* use */.Yx)('output'),
    ],
    rules: [
        { kind: 'one-of', inputs: ['signer-key', 'notation-key'], message: 'no key to make the certificate for: give {signer-key}, or {notation-key}' },
    ],
    options: (v, ctx) => ({
        name: v.string('signer-name')?.trim() || undefined,
        signerKey: v.key('signer-key'),
        notationKey: v.key('notation-key'),
        validityMs: v.parsed('certificate-validity'),
        directory: v.string('key-directory')?.trim() || ctx.workDirectory,
        output: v.string('output')?.trim() || undefined,
    }),
    operation: withLoadedKeys(async () => (await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(520), __webpack_require__.e(469)]).then(__webpack_require__.bind(__webpack_require__, 8469))).certificate, ({ signerKey, notationKey, ...rest }, load) => ({
        ...rest,
        // notation-key wins, as for sign; the signer key is then not read.
        ...(notationKey ? { notationKey: load(notationKey, 'jws') } : { signerKey: signerKey ? load(signerKey) : undefined }),
    })),
    logs: false,
    outputs: [
        { name: 'certificate-path', description: 'path of the certificate file written', value: (r) => r.path },
        { name: 'certificate', description: 'the certificate (PEM), for notation cert add or notation-certificate', value: (r) => r.pem },
        {
            name: 'notation-identity',
            description: "the trusted identity for notation's trust policy (trustedIdentities), x509.subject: …",
            value: (r) => r.identity,
        },
    ],
    json: {
        help: 'print the path, the certificate, its subject, identity and expiry as JSON',
        value: (r) => ({
            name: r.name,
            certificatePath: r.path,
            certificate: r.pem,
            subject: r.subject,
            identity: r.identity,
            notAfter: r.notAfter.toISOString(),
        }),
    },
    notes: (r) => `Wrote the certificate ${r.path} for ${r.keyInput} (subject ${r.subject})\n`,
    text: (r) => notationTrustLines(r),
    done: (r) => `Made the certificate ${r.name}.crt (${r.subject}), valid until ${r.notAfter.toISOString().slice(0, 10)}`,
});

// EXTERNAL MODULE: ./lib/registry/reference.js
var reference = __webpack_require__(9758);
;// CONCATENATED MODULE: ./lib/commands/format.js
// How results are printed: aligned tables for people, JSON for scripts.
/** Columns two spaces apart; no line ends in spaces. */
function table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => `${r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()}\n`).join('');
}
function json(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/** Go's json.Marshal escapes these, and docker's output is Go's. */
const GO_ESCAPES = {
    '<': '\\u003c',
    '>': '\\u003e',
    '&': '\\u0026',
    '\u2028': '\\u2028',
    '\u2029': '\\u2029',
};
/** JSON as docker's inspect commands print it: json.Indent with four spaces, then a newline. */
function dockerJson(value) {
    return `${JSON.stringify(value, null, 4).replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c])}\n`;
}
const plural = (n, word, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
/** Key IDs as docker's tables show them. */
const shortId = (id) => id.slice(0, 12);

// EXTERNAL MODULE: ./lib/operations/sort-order.js
var sort_order = __webpack_require__(781);
;// CONCATENATED MODULE: ./lib/commands/inspect-pretty.js
// `docker trust inspect --pretty` as text, from inspect's result, with
// docker's layout: its tabwriter settings (minimum width 10, padding 3),
// natural sort order for tags and signers, signer keys cut to 12 characters
// and administrative keys sorted on one tab-separated line per role.

/** docker's formatter table: every cell but the last padded to its column's width. */
function inspect_pretty_table(rows) {
    const widths = [];
    for (const row of rows) {
        row.slice(0, -1).forEach((cell, i) => {
            widths[i] = Math.max(widths[i] ?? 10, [...cell].length + 3);
        });
    }
    return rows
        .map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i], ' ') : cell)).join(''))
        .map((line) => `${line}\n`)
        .join('');
}
/** formatter.TruncateID. */
function truncateId(id) {
    const colon = id.indexOf(':');
    return (colon >= 0 ? id.slice(colon + 1) : id).slice(0, 12);
}
function formatRepository(repo) {
    const remote = repo.Name;
    let out = '';
    if (repo.SignedTags.length > 0) {
        out += `\nSignatures for ${remote}\n\n`;
        const rows = repo.SignedTags.map((row) => {
            const admin = row.Signers.length === 1 && row.Signers[0] === sort_order/* REPO_ADMIN */.jz;
            const signers = admin ? [`(${sort_order/* REPO_ADMIN */.jz})`] : [...row.Signers].sort(sort_order/* roleCompare */.OO);
            return [row.SignedTag, row.Digest, signers.join(', ')];
        });
        out += inspect_pretty_table([['SIGNED TAG', 'DIGEST', 'SIGNERS'], ...rows]);
    }
    else {
        out += `\nNo signatures for ${remote}\n\n`;
    }
    if (repo.Signers.length > 0) {
        out += `\nList of signers and their keys for ${remote}\n\n`;
        const signers = [...repo.Signers].sort((a, b) => (0,sort_order/* naturalCompare */.p0)(a.Name, b.Name));
        const rows = signers.map((s) => [
            s.Name,
            (s.Keys ?? [])
                .map((k) => k.ID)
                .sort(sort_order/* byteCompare */.U6)
                .map(truncateId)
                .join(', '),
        ]);
        out += inspect_pretty_table([['SIGNER', 'KEYS'], ...rows]);
    }
    out += `\nAdministrative keys for ${remote}\n\n`;
    // docker sorts the roles by TUF name, descending: targets before root.
    const label = { Repository: 'Repository Key', Root: 'Root Key' };
    for (const name of ['Repository', 'Root']) {
        const role = repo.AdministrativeKeys.find((r) => r.Name === name);
        if (!role)
            continue;
        const ids = (role.Keys ?? []).map((k) => k.ID).sort(sort_order/* byteCompare */.U6);
        out += `  ${label[name]}:\t${ids.join(', ')}\n`;
    }
    return out;
}
/** The text `docker trust inspect --pretty` prints for the same references. */
function formatInspectPretty(result) {
    return result.repositories.map(formatRepository).join('\n\n');
}

;// CONCATENATED MODULE: ./lib/commands/inspect.js
// `inspect`: what `docker trust inspect` shows, from verified trust data:
// docker's JSON, or its --pretty text.






const inspectSpec = defineCommand({
    name: 'inspect',
    summary: 'show signed tags, signers and keys, as docker trust inspect',
    help: {
        usage: '[options] REFERENCE...',
        about: `
Show what \`docker trust inspect\` shows for each REFERENCE, from trust data
that dct-sign has verified: the signed tags with their digests and signers,
the signers and their keys, and the repository's root and repository keys.
The output is docker's JSON, byte for byte, or with --pretty docker's tables.

A REFERENCE is registry/repository, for every signed tag, or
registry/repository:tag, for one. Reading needs no key.`,
        examples: `
# Who signed the tags of an image, as people read it.
dct-sign inspect --pretty registry.example.com/team/app

# The signers of one tag, for a script.
dct-sign inspect registry.example.com/team/app:1.4.2 | jq -r '.[0].SignedTags[].Signers[]'`,
        exitCodes: [
            [0, 'the trust data of every REFERENCE was read and printed'],
            [1, 'a repository has no trust data, its trust data failed verification,\nor the registry or trust server failed or refused the login'],
            [2, 'the command line is wrong: unknown option, missing REFERENCE'],
        ],
    },
    inputs: [
        (0,inputs/* referencesInput */.Jm)('the images to inspect, registry/repository[:tag]', 'registry/repository[:tag]', reference/* parseReference */.F2),
        ...(0,inputs/* connectionInputs */.eu)(),
    ],
    options: (v, ctx) => ({ references: referencesOf(v), ...connectionOptions(v, ctx) }),
    operation: async () => (await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(410), __webpack_require__.e(520), __webpack_require__.e(196), __webpack_require__.e(446)]).then(__webpack_require__.bind(__webpack_require__, 446))).inspect,
    outputs: [
        {
            name: 'trust',
            description: 'JSON array, one object per reference, exactly as `docker trust inspect` prints it',
            value: (r) => JSON.stringify(r.repositories),
        },
    ],
    // JSON is the default; --json says so, for scripts that give it to every command.
    json: { help: "print docker trust inspect's JSON (the default)", value: (r) => r.repositories, format: dockerJson },
    viewFlags: [{ name: 'pretty', help: "print docker trust inspect --pretty's tables instead of JSON", notWithJson: true }],
    text: (r, view) => (view.log || view.flags.has('pretty') ? formatInspectPretty(r) : dockerJson(r.repositories)),
    summaryOf: (r) => {
        const unsigned = r.repositories.filter((repo) => repo.SignedTags.length === 0).map((repo) => repo.Name);
        const rows = r.repositories.flatMap((repo) => repo.SignedTags.map((t) => [{ code: repo.Name }, t.SignedTag, { code: t.Digest }, t.Signers.join(', ')]));
        return {
            intro: `${plural(rows.length, 'signed tag')}${unsigned.length > 0 ? `; no signatures for ${unsigned.join(', ')}` : ''}.`,
            header: ['Reference', 'Signed tag', 'Digest', 'Signers'],
            rows,
        };
    },
    done: (r) => `Inspected ${plural(r.repositories.length, 'image')}`,
});

;// CONCATENATED MODULE: ./lib/commands/key-generate.js
// `key-generate`: a signer key pair, as `docker trust key generate NAME`
// makes one: NAME.key (encrypted with the passphrase) and NAME.pub, written
// into key-directory. The private key is masked for the rest of the job and
// printed only when the CLI is asked to (--base64, for a CI secret). With
// certificate, NAME.crt too: a self-signed code-signing certificate for
// notation signatures.




const keyGenerateSpec = defineCommand({
    name: 'key-generate',
    summary: 'make a signer key pair, as docker trust key generate',
    help: {
        usage: '[options] NAME',
        about: `
Make a signer key pair as \`docker trust key generate NAME\` does: an ECDSA
P-256 key, with NAME.pub for \`dct-sign signer-add\` or \`docker trust signer
add\`, and NAME.key, the private key encrypted with the passphrase, which
\`docker trust key load\` and \`notary key import\` accept too. NAME may also
be given as --signer-name NAME. Existing files are never overwritten. Prints
the key ID; the files are named on stderr.

With --base64 the private key file is printed instead, base64-encoded on one
line, to paste into a CI secret (DCT_SIGNER_KEY of \`dct-sign sign\`). It is
encrypted, but treat it as the secret it is: do not run this where the output
is logged.

With --certificate, NAME.crt too: a self-signed code-signing certificate
over the new key for Notary Project (notation) signatures, valid for
--certificate-validity (see \`dct-sign certificate --help\`). The lines that
make notation trust it are printed on stderr.`,
        examples: `
# A key for CI, stored straight into a GitHub secret, then added as a signer.
read -rs DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE; export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE
dct-sign key-generate --key-directory keys --base64 ci | gh secret set DCT_SIGNER_KEY
dct-sign signer-add --signer-name ci --signer-public-key keys/ci.pub \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key registry.example.com/team/app`,
        exitCodes: [
            [0, 'NAME.key and NAME.pub were written'],
            [1, 'an unexpected failure; see the message'],
            [2, 'the command line is wrong: unknown option, missing or invalid NAME, no\nor a short passphrase, NAME.key or NAME.pub exists, the directory does\nnot exist or cannot be written'],
        ],
    },
    inputs: [
        (0,inputs/* use */.Yx)('signer-name', {
            operand: 'NAME',
            group: 'Key',
            help: "the key's name, and the signer name to add it as (required)",
            required: 'name the key after its signer, e.g. ci: the files are <name>.key and <name>.pub',
        }),
        (0,inputs/* use */.Yx)('signer-key-passphrase', {
            group: 'Key',
            help: 'encrypts NAME.key (discouraged: use the environment, below)',
            required: 'give {signer-key-passphrase}, the passphrase that encrypts the private key',
        }),
        (0,inputs/* use */.Yx)('key-directory', { help: 'where NAME.key and NAME.pub go; default: the current directory' }),
        (0,inputs/* use */.Yx)('certificate'),
        (0,inputs/* use */.Yx)('certificate-validity', { parse: operations_inputs/* parseDuration */.E9 }),
    ],
    options: (v, ctx) => ({
        name: v.string('signer-name').trim(),
        passphrase: v.string('signer-key-passphrase') ?? '',
        directory: v.string('key-directory')?.trim() || ctx.workDirectory,
        ...(v.boolean('certificate') ? { certificate: { validityMs: v.parsed('certificate-validity') } } : {}),
    }),
    operation: async () => (await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(410), __webpack_require__.e(520), __webpack_require__.e(196), __webpack_require__.e(696), __webpack_require__.e(917)]).then(__webpack_require__.bind(__webpack_require__, 6917))).keyGenerate,
    logs: false,
    outputs: [
        { name: 'signer-key-id', description: "the new key's ID", value: (r) => r.keyId },
        { name: 'public-key', description: 'the public key (PEM with a role: header), for signer-add or `docker trust signer add`', value: (r) => r.publicKeyPem },
        { name: 'private-key-path', description: 'path of the encrypted private key file, for a secret or `docker trust key load`', value: (r) => r.privateKeyPath },
        { name: 'public-key-path', description: 'path of the public key file', value: (r) => r.publicKeyPath },
        { name: 'certificate-path', description: 'with certificate: path of the certificate file; empty otherwise', value: (r) => r.certificate?.path ?? '' },
        {
            name: 'notation-identity',
            description: "with certificate: the trusted identity for notation's trust policy, x509.subject: …; empty otherwise",
            value: (r) => r.certificate?.identity ?? '',
        },
    ],
    json: {
        help: 'print the key ID, the public key and the paths as JSON',
        value: (r, view) => ({
            name: r.name,
            signerKeyId: r.keyId,
            publicKey: r.publicKeyPem,
            privateKeyPath: r.privateKeyPath,
            publicKeyPath: r.publicKeyPath,
            ...(r.certificate
                ? { certificatePath: r.certificate.path, certificate: r.certificate.pem, identity: r.certificate.identity, notAfter: r.certificate.notAfter.toISOString() }
                : {}),
            ...(view.flags.has('base64') ? { privateKeyBase64: r.privateKeyBase64 } : {}),
        }),
    },
    viewFlags: [{ name: 'base64', help: 'print the private key file as one base64 line (for a CI secret)' }],
    // The user asked for the private key file: it is printed unmasked, whatever it happens to contain.
    reveals: (view) => view.flags.has('base64'),
    secrets: (r) => [r.privateKeyBase64],
    notes: (r) => `Generated the key ${r.name} (${r.keyId}):\n` +
        `  ${r.privateKeyPath}  private key, encrypted with the passphrase: keep it secret\n` +
        `  ${r.publicKeyPath}  public key, for dct-sign signer-add or docker trust signer add\n` +
        (r.certificate ? `  ${r.certificate.path}  certificate (${r.certificate.subject}), for notation\n${notationTrustLines(r.certificate)}` : ''),
    text: (r, view) => `${view.flags.has('base64') ? r.privateKeyBase64 : r.keyId}\n`,
    done: (r) => `Generated key ${r.keyId.slice(0, 12)} for signer ${r.name}`,
});

;// CONCATENATED MODULE: ./lib/commands/migrate.js
// `migrate`: give tags signed with DCT cosign or notation signatures (or
// both) for the same digest, after checking the DCT signature and that the registry still
// serves what was signed, so that gates can move to cosign or notation
// without a day of unsigned images.






/** One tag as the `migrated` output (and --json) has it. */
function migratedEntries(result) {
    return result.tags.map(({ reference, tag, digest, registryDigest, status, written, message }) => ({
        reference,
        tag,
        digest: digest ?? null,
        registryDigest: registryDigest ?? null,
        status,
        written,
        message,
    }));
}
const count = (r, status) => r.tags.filter((t) => t.status === status).length;
function headline(r) {
    const migrated = count(r, 'migrated');
    const verb = r.dryRun ? `Would migrate ${plural(migrated, 'tag')}` : `Migrated ${plural(migrated, 'tag')}`;
    const rest = ['already', 'refused', 'unsigned'].filter((s) => count(r, s) > 0).map((s) => `${count(r, s)} ${s}`);
    const tail = r.dryRun ? '; dry run, nothing written' : '';
    return `${verb} to ${r.formats.join(' and ')} with key ${shortId(r.keyId)}${rest.length > 0 ? ` (${rest.join(', ')})` : ''}${tail}`;
}
/** The tag alone when every tag is of one repository; else the whole reference. */
function tagColumn(r) {
    const one = new Set(r.tags.map((t) => t.gun)).size <= 1;
    return (t) => (one ? t.tag : t.reference);
}
const migrateSpec = defineCommand({
    name: 'migrate',
    summary: 'give tags signed with DCT cosign or notation signatures for the same digest',
    help: {
        usage: '[options] REPOSITORY[:TAG]...',
        about: `
Read and verify the trust data of each REPOSITORY as verify does (pins, trust
state), and for every signed tag, or each TAG given, whose digest in the
registry is still the one DCT signed, write the cosign signatures for that
digest and tag: cosign 2's .sig and cosign 3's bundle, both. A tag the
registry now serves with another digest is refused and listed: it is not
signed again. A tag that already has cosign signatures in both forms by the
same key for that digest is left as it is.

With --formats notation (or cosign,notation) each tag gets the notation
signature notation 1.3 writes, with the signer key or --notation-key-file and
--notation-certificate, checked before anything is written; a tag that
already has one by that certificate is left as it is.

The cosign signatures are made with the signer key (cosign verify --key
accepts its .pub), or with --cosign-key. Writing needs push rights on the
registry, checked before anything is written. Prints a table TAG DIGEST
STATUS, the status one of migrated, already, refused or unsigned; --dry-run
prints what it would do and writes nothing.`,
        examples: `
# Every signed tag of a repository, with the signer key that signs it in DCT.
dct-sign migrate --formats cosign --signer-key-file ci.key registry.example.com/team/app

# First see what would happen, then migrate two tags with a cosign key.
dct-sign migrate --formats cosign --dry-run registry.example.com/team/app:1.4.2 registry.example.com/team/app:1.4.1
COSIGN_PASSWORD="$COSIGN_PASSWORD" dct-sign migrate --formats cosign --cosign-key-file cosign.key \\
    registry.example.com/team/app:1.4.2 registry.example.com/team/app:1.4.1

# To the Notary Project (ACR) and Sigstore at once, with the signer key and its certificate.
dct-sign migrate --formats cosign,notation --signer-key-file ci.key --notation-certificate ci.crt myregistry.azurecr.io/app`,
        exitCodes: [
            [0, 'every tag was migrated, already had cosign signatures or is not signed\nwith DCT (with --dry-run: would be)'],
            [1, 'a tag was refused because the registry serves another digest than DCT\nsigned (the table lists it), the trust data failed verification, or\nthe registry or trust server failed or refused the push'],
            [2, 'the command line is wrong: unknown option, missing REPOSITORY, no key,\nformats other than cosign and notation, a key that the format does not take,\na notation certificate notation would refuse'],
        ],
    },
    inputs: [
        {
            ...(0,inputs/* referencesInput */.Jm)('the repositories (every signed tag) or tags to migrate, registry/repository[:tag]', 'registry/repository[:tag]', reference/* parseReference */.F2),
            operand: 'REPOSITORY',
        },
        (0,inputs/* use */.Yx)('formats', { help: 'the formats to migrate to: cosign, notation or both (required; dct, the source, may be listed too)' }),
        (0,inputs/* use */.Yx)('dry-run'),
        ...(0,inputs/* keyInputs */.NE)('signer-key', { help: 'the DCT signer key, which makes the cosign signatures unless a cosign key is given' }),
        ...(0,inputs/* keyInputs */.NE)('cosign-key', { help: 'a cosign private key file (cosign.key) for the cosign signatures; default: the signer key' }),
        (0,inputs/* use */.Yx)('notation-certificate', { parse: (value, input) => (0,operations_inputs/* pemTextOrFile */.li)(value, input) }),
        ...(0,inputs/* keyInputs */.NE)('notation-key', { help: 'a private key file for the notation signatures (PKCS#8, encrypted or not); default: the signer key' }),
        ...(0,inputs/* connectionInputs */.eu)(),
    ],
    rules: [
        {
            kind: 'one-of',
            inputs: ['signer-key', 'cosign-key', 'notation-key'],
            message: 'no key to make the signatures with; give {signer-key} (docker keeps its keys in ~/.docker/trust/private/), {cosign-key} or {notation-key}',
        },
    ],
    options: (v, ctx) => ({
        references: referencesOf(v),
        formats: (0,inputs/* formatsOf */.IO)(v),
        dryRun: v.boolean('dry-run'),
        signerKey: v.key('signer-key'),
        cosignKey: v.key('cosign-key'),
        notationKey: v.key('notation-key'),
        notationCertificate: v.parsed('notation-certificate'),
        ...connectionOptions(v, ctx),
    }),
    operation: async () => {
        // The key module is loaded only when the command runs; each key is loaded before the operation starts.
        const [{ migrate }, { loadKeyInput, loadCosignKeyInput }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(410), __webpack_require__.e(520), __webpack_require__.e(196), __webpack_require__.e(599)]).then(__webpack_require__.bind(__webpack_require__, 9599)), Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(520), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 5935))]);
        return ({ signerKey, cosignKey, notationKey, ...rest }) => migrate({
            ...rest,
            ...(signerKey ? { signerKey: loadKeyInput(signerKey) } : {}),
            ...(cosignKey ? { cosignKey: loadCosignKeyInput(cosignKey) } : {}),
            ...(notationKey ? { notationKey: loadKeyInput(notationKey, 'jws') } : {}),
        });
    },
    outputs: [
        {
            name: 'migrated',
            description: 'JSON array, one object per tag: reference, tag, digest (signed with DCT), registryDigest, status (migrated, already, ' +
                'refused or unsigned), written (what was written: the cosign forms sig and bundle, notation) and message',
            value: (r) => JSON.stringify(migratedEntries(r)),
        },
    ],
    json: {
        help: 'print {ok, dryRun, formats, keyId, tags} as JSON; ok is false when a tag was refused',
        value: (r) => ({ ok: r.ok, dryRun: r.dryRun, formats: r.formats, keyId: r.keyId, tags: migratedEntries(r) }),
    },
    text: (r) => {
        const tag = tagColumn(r);
        const rows = r.tags.map((t) => [tag(t), t.digest ?? '-', t.status]);
        return `${headline(r)}\n\n${table([['TAG', 'DIGEST', 'STATUS'], ...rows])}`;
    },
    failures: (r) => r.tags.filter((t) => t.status === 'refused').map((t) => t.message),
    summaryOf: (r) => ({
        intro: `${headline(r)}.`,
        header: ['Reference', 'Digest', 'Status', 'Details'],
        rows: r.tags.map((t) => [{ code: t.reference }, t.digest ? { code: t.digest } : '-', t.status, t.message]),
    }),
    done: (r) => headline(r),
});

;// CONCATENATED MODULE: ./lib/commands/refresh.js
// `refresh`: re-sign a repository's roles before they expire, from a
// schedule: targets with the repository key, a signer's roles with its key.
// With expiring-within (e.g. 180d) only roles expiring that soon are
// re-signed, so most scheduled runs publish nothing.





const KEYS = 'Keys (one or both)';
/** `refreshed`: each re-signed role with its new version, and its new and former expiry as ISO dates. */
function refreshedOutput(result) {
    return result.refreshed.map((r) => ({
        role: r.role,
        version: r.version,
        expires: r.expires.toISOString(),
        previousExpires: r.previousExpires.toISOString(),
    }));
}
const refreshSpec = defineCommand({
    name: 'refresh',
    summary: 're-sign trust data before it expires, from a schedule',
    help: {
        usage: '[options] REPOSITORY',
        about: `
Re-sign the trust data of REPOSITORY (registry/repository, no tag) with its
content unchanged and a new expiry three years out, as notary's witness does:
targets with the repository key, and the roles a signer signs with its key.
Trust data nobody signs into for years expires, and then every pull with
content trust fails; run this from a schedule. With --expiring-within only
roles that would expire within that time are re-signed, so most runs publish
nothing.`,
        examples: `
# Weekly: re-sign whatever the CI signer signs that expires within six months.
export DCT_SIGNER_KEY="$SIGNER_KEY_BASE64"
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
dct-sign refresh --expiring-within 180d registry.example.com/team/app`,
        exitCodes: [
            [0, 'every role that needed it was re-signed (perhaps none)'],
            [1, 'refreshing failed: a key that signs no role of the repository, the\ntrust data, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, not one REPOSITORY, no key,\na key file that is missing or not a key or its passphrase is wrong,\na duration that is not a number and h, d or w'],
        ],
    },
    inputs: [
        (0,inputs/* repositoriesInput */.bs)('the repository, registry/repository'),
        ...(0,inputs/* keyInputs */.NE)('signer-key', { group: KEYS, help: "a signer's private key file: re-signs the roles it signs" }),
        ...(0,inputs/* keyInputs */.NE)('repository-key', { group: KEYS, help: 'repository (targets) key file: re-signs targets' }),
        (0,inputs/* use */.Yx)('expiring-within', { parse: operations_inputs/* parseDuration */.E9 }),
        ...(0,inputs/* connectionInputs */.eu)(),
    ],
    rules: [
        { kind: 'single', input: 'tags', message: 'refresh works on one repository; give one, not {count}' },
        { kind: 'one-of', inputs: ['signer-key', 'repository-key'], message: "give {signer-key} (the signer's roles), {repository-key} (targets) or both" },
    ],
    // The core logs each role it re-signs; the table below says the same, so once is enough.
    infoAsDebug: true,
    options: (v, ctx) => ({
        reference: referencesOf(v)[0],
        signerKey: v.key('signer-key'),
        repositoryKey: v.key('repository-key'),
        expiringWithinMs: v.parsed('expiring-within'),
        ...connectionOptions(v, ctx),
    }),
    operation: withLoadedKeys(async () => (await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(410), __webpack_require__.e(520), __webpack_require__.e(196), __webpack_require__.e(146)]).then(__webpack_require__.bind(__webpack_require__, 146))).refresh, ({ signerKey, repositoryKey, ...rest }, load) => ({
        ...rest,
        signerKey: signerKey ? load(signerKey) : undefined,
        repositoryKey: repositoryKey ? load(repositoryKey) : undefined,
    })),
    outputs: [
        {
            name: 'refreshed',
            description: 'JSON array of the roles re-signed: objects with role, version, expires and previousExpires (ISO 8601); empty when ' +
                'nothing needed refreshing',
            value: (r) => JSON.stringify(refreshedOutput(r)),
        },
    ],
    json: {
        help: 'print {gun, trustServer, published, refreshed} as JSON',
        value: (r) => ({ gun: r.gun, trustServer: r.trustServer, published: r.published, refreshed: refreshedOutput(r) }),
    },
    text: (r) => {
        if (!r.published)
            return `Nothing in ${r.gun} needed re-signing\n`;
        const rows = refreshedOutput(r).map((x) => [x.role, String(x.version), x.expires, x.previousExpires]);
        return `Re-signed ${plural(rows.length, 'role')} of ${r.gun}\n\n${table([['ROLE', 'VERSION', 'EXPIRES', 'PREVIOUS EXPIRY'], ...rows])}`;
    },
    summaryOf: (r) => ({
        intro: r.refreshed.length === 0 ? `Nothing in ${r.gun} needed refreshing.` : `Refreshed ${plural(r.refreshed.length, 'role')} of ${r.gun}.`,
        header: ['Role', 'Version', 'Expires', 'Was to expire'],
        rows: refreshedOutput(r).map((x) => [{ code: x.role }, String(x.version), x.expires, x.previousExpires]),
    }),
    done: (r) => (r.published ? `Refreshed ${plural(r.refreshed.length, 'role')} of ${r.gun}` : `Nothing in ${r.gun} needed refreshing`),
});

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/commands/references.js
// How commands other than sign read their image references, beyond the
// parser's syntax: verify pulls `latest` when no tag is given, as docker
// pull does; revoke removes tags, so a digest names nothing to revoke.


/** verify: a tag, `latest` when none is given; a digest alone names no signed tag. */
function parseVerifyReference(text, input = 'tags') {
    const ref = (0,reference/* parseReference */.F2)(text, input);
    if (ref.tag === undefined && ref.digest !== undefined) {
        throw new errors/* InputError */.dz(input, `${ref.original} names a digest but no tag: content trust signs tags, so give registry/repository:tag`);
    }
    return { ...ref, tag: ref.tag ?? 'latest' };
}
/** revoke: a reference without a tag revokes every signed tag of its repository, so `all` must confirm it. */
function checkAllConfirmed(refs, all) {
    const untagged = refs.find((ref) => ref.tag === undefined);
    if (untagged && !all) {
        throw new errors/* InputError */.dz('all', `${untagged.original} names no tag: give registry/repository:tag, or confirm that every signed tag of ${untagged.gun} is to be revoked`);
    }
    return refs;
}
/** revoke: a tag, or a repository for all its tags; never a digest. */
function parseRevokeReference(text, input = 'tags') {
    const ref = (0,reference/* parseReference */.F2)(text, input);
    if (ref.digest !== undefined) {
        throw new errors/* InputError */.dz(input, `${ref.original}: a digest reference cannot be revoked; give registry/repository:tag`);
    }
    return ref;
}

;// CONCATENATED MODULE: ./lib/commands/revoke.js
// `revoke`: remove signed tags from the trust data, as `docker trust revoke`
// does, with a signer's key. A repository without a tag revokes all its
// tags, and only with `all` set.





/** `revoked`: each tag with the roles it was removed from. */
function revokedOutput(result) {
    return result.revoked.map(({ reference, tag, gun, roles }) => ({ reference, tag, gun, roles }));
}
const revokeSpec = defineCommand({
    name: 'revoke',
    summary: 'remove the signatures of tags, as docker trust revoke',
    help: {
        usage: '[options] REFERENCE...',
        about: `
Remove the signature of each REFERENCE (registry/repository:tag) from the
trust data, as \`docker trust revoke\` does, so that content trust no longer
accepts the tag; the image itself stays in the registry. A REFERENCE without
a tag (registry/repository) revokes every signed tag of the repository, and
needs --all to say so.

The tag is removed from every role the signer key may sign. A revoke that
would leave the tag signed through a role the key cannot sign is refused, and
every REFERENCE is checked before anything is published.`,
        examples: `
# Withdraw a release that must not be deployed.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
dct-sign revoke --signer-key-file ci.key registry.example.com/team/app:1.4.2

# Every signed tag of a repository.
dct-sign revoke --all --signer-key-file ci.key registry.example.com/team/app`,
        exitCodes: [
            [0, 'every REFERENCE was revoked'],
            [1, 'revoking failed: a tag is not signed, the signer may not revoke it,\nthe trust data, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, missing REFERENCE or\nsigner key, a key file that is missing or not a key or its passphrase\nis wrong, a REFERENCE without a tag and no --all'],
        ],
    },
    inputs: [
        (0,inputs/* referencesInput */.Jm)('the tags to revoke, registry/repository:tag (or registry/repository with all)', 'registry/repository:tag', parseRevokeReference),
        ...(0,inputs/* keyInputs */.NE)('signer-key', { help: "a signer's private key file (docker: ~/.docker/trust/private)", required: 'no signer key; give {signer-key}' }),
        (0,inputs/* use */.Yx)('signer-name', { help: "the signer's name for messages; default: the key's role: header" }),
        (0,inputs/* use */.Yx)('all'),
        ...(0,inputs/* connectionInputs */.eu)(),
    ],
    options: (v, ctx) => ({
        references: checkAllConfirmed(referencesOf(v), v.boolean('all')),
        signerKey: v.key('signer-key'),
        signerName: v.string('signer-name'),
        all: v.boolean('all'),
        ...connectionOptions(v, ctx),
    }),
    operation: withLoadedKeys(async () => (await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(410), __webpack_require__.e(520), __webpack_require__.e(196), __webpack_require__.e(696), __webpack_require__.e(522)]).then(__webpack_require__.bind(__webpack_require__, 5522))).revoke, ({ signerKey, all: _confirmed, ...rest }, load) => ({ ...rest, signerKey: load(signerKey) })),
    outputs: [
        {
            name: 'revoked',
            description: 'JSON array of the revoked tags: objects with reference, tag, gun and roles (the roles it was removed from)',
            value: (r) => JSON.stringify(revokedOutput(r)),
        },
    ],
    json: { help: 'print {revoked, signerKeyId} as JSON', value: (r) => ({ revoked: revokedOutput(r), signerKeyId: r.signerKeyId }) },
    text: (r) => {
        const rows = r.revoked.map((x) => [x.gun, x.tag, x.roles.join(', ')]);
        return `Revoked ${plural(r.revoked.length, 'tag')} with key ${shortId(r.signerKeyId)}\n\n${table([['REPOSITORY', 'TAG', 'REMOVED FROM'], ...rows])}`;
    },
    summaryOf: (r) => ({
        intro: `Revoked ${plural(r.revoked.length, 'tag')} with key ${shortId(r.signerKeyId)}.`,
        header: ['Reference', 'Tag', 'Removed from'],
        rows: r.revoked.map((x) => [{ code: x.reference }, { code: x.tag }, x.roles.join(', ')]),
    }),
    done: (r) => `Revoked ${plural(r.revoked.length, 'tag')}`,
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/commands/rotate-key.js
// `rotate-key`: replace one of a repository's keys. snapshot or timestamp:
// the server makes the new key, the root key lists it. targets: a new
// repository key, given or generated into key-directory (written, encrypted,
// before the rotation is published: it is the only copy), signed in by the
// root key. signer: the signer's new key replaces its old one, signed in by
// the repository key. root: a new root key (given, or generated as for
// targets) in a new certificate, signed in by the old root key and itself.






const SIGNER = { input: 'key-role', equals: 'signer' };
const SIGNER_GROUP = "signer: the signer's new key";
const ROOT_ROLE = { input: 'key-role', equals: 'root' };
const rotateKeySpec = defineCommand({
    name: 'rotate-key',
    summary: 'replace a snapshot, timestamp, targets, signer or root key',
    help: {
        usage: '[options] --key-role ROLE REPOSITORY',
        about: `
Replace one key of REPOSITORY (registry/repository, no tag), without a
workstation, so clients that trust the repository keep trusting it: each
change is signed by a key the current trust data names.

  snapshot, timestamp  the trust server makes a new key; the root key signs
                       it into root
  targets              a new repository key (--new-repository-key-file, or one
                       generated into --key-directory, encrypted with
                       --new-repository-key-passphrase); the root key signs it
  signer               the signer's new key (--signer-key-file) replaces its
                       old one in targets/NAME and targets/releases; the
                       repository key signs it in
  root                 a new root key (--new-root-key-file, or one generated
                       into --key-directory, encrypted with
                       --new-root-key-passphrase) in a new root certificate;
                       the old root key (--root-key-file) and the new one
                       sign the new root

Prints the key the role is signed with from now on. A generated key is the
only copy: the directory is checked before anything else, and the key is
written before the rotation is published.

After a root rotation a --trust-pin must name the new root: the root key ID
printed (the certificate's ID) or the new certificate (--json prints it). A
pin to the old root key fails from then on, even where the old root is cached.`,
        examples: `
# A new repository key, generated into ~/.docker/trust/private for docker.
export DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE="$ROOT_PASSPHRASE"
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$NEW_REPOSITORY_PASSPHRASE"
dct-sign rotate-key --key-role targets --root-key-file root.key \\
    --key-directory ~/.docker/trust/private registry.example.com/team/app

# The CI signer's key, after dct-sign key-generate --signer-name ci made a new one.
dct-sign rotate-key --key-role signer --signer-name ci --signer-key-file ci.key \\
    --repository-key-file repository.key registry.example.com/team/app

# A new root key, generated into ~/.docker/trust/private; then update trust-pin.
export DOCKER_CONTENT_TRUST_ROOT_PASSPHRASE="$ROOT_PASSPHRASE"
dct-sign rotate-key --key-role root --root-key-file old-root.key \\
    --key-directory ~/.docker/trust/private registry.example.com/team/app`,
        exitCodes: [
            [0, 'the role is signed with the new key (or already was)'],
            [1, 'rotating failed: a key the repository does not trust, the trust\ndata, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, not one REPOSITORY, no or\nan unknown --key-role, a key the role needs is missing, a key file that\nis missing or not a key or its passphrase is wrong, a --key-directory\nthat cannot take the generated key'],
        ],
    },
    inputs: [
        (0,inputs/* repositoriesInput */.bs)('the repository, registry/repository'),
        (0,inputs/* use */.Yx)('key-role', { required: 'choose the key to rotate: snapshot, timestamp, targets, signer, root' }),
        ...(0,inputs/* keyInputs */.NE)('root-key', {
            group: 'Root key (snapshot, timestamp, targets, root)',
            help: 'root key file; signs the new root (root: the old root key)',
        }),
        ...(0,inputs/* keyInputs */.NE)('new-repository-key', { when: { input: 'key-role', equals: 'targets' } }),
        ...(0,inputs/* keyInputs */.NE)('new-root-key', { when: ROOT_ROLE }),
        (0,inputs/* use */.Yx)('key-directory', { group: 'targets, root: the new key', help: 'where a generated key goes, as <key ID>.key; default: .' }),
        (0,inputs/* use */.Yx)('signer-name', { group: SIGNER_GROUP, help: 'the signer whose key to rotate', when: SIGNER, required: 'name the signer whose key to rotate' }),
        ...(0,inputs/* keyInputs */.NE)('signer-key', {
            group: SIGNER_GROUP,
            help: "the signer's new private key file",
            env: [],
            when: SIGNER,
            required: "give the signer's new private key: {signer-key}",
        }),
        (0,inputs/* use */.Yx)('old-signer-key', { group: SIGNER_GROUP, when: SIGNER, parse: operations_inputs/* keyIdOrPem */.qp }),
        ...(0,inputs/* keyInputs */.NE)('repository-key', { group: SIGNER_GROUP, help: 'repository (targets) key file; signs the new key in' }),
        ...(0,inputs/* connectionInputs */.eu)(),
    ],
    rules: [{ kind: 'single', input: 'tags', message: 'rotate-key works on one repository; give one, not {count}' }],
    options: (v, ctx) => {
        const role = v.string('key-role');
        return {
            reference: referencesOf(v)[0],
            role,
            rootKey: v.key('root-key'),
            repositoryKey: v.key('repository-key'),
            newRepositoryKey: v.key('new-repository-key'),
            newRepositoryKeyPassphrase: v.string('new-repository-key-passphrase'),
            newRootKey: v.key('new-root-key'),
            newRootKeyPassphrase: v.string('new-root-key-passphrase'),
            keyDirectory: (0,external_node_path_.resolve)(v.string('key-directory')?.trim() || ctx.workDirectory),
            signer: role === 'signer'
                ? { name: v.string('signer-name').trim(), newKey: v.key('signer-key'), oldKey: v.parsed('old-signer-key') }
                : undefined,
            ...connectionOptions(v, ctx),
        };
    },
    operation: async () => (await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(410), __webpack_require__.e(520), __webpack_require__.e(196), __webpack_require__.e(696), __webpack_require__.e(562)]).then(__webpack_require__.bind(__webpack_require__, 5562))).rotateKey,
    outputs: [{ name: 'key-id', description: 'ID of the key the rotated role is signed with from now on', value: (r) => r.keyId }],
    json: {
        help: 'print the result as JSON',
        value: (r) => {
            const { gun, trustServer, role, keyId, previousKeyIds, resigned } = r;
            const privateKeyPath = (r.generatedRepositoryKey ?? r.generatedRootKey)?.path ?? null;
            return {
                gun,
                trustServer,
                role,
                keyId,
                previousKeyIds,
                resigned,
                privateKeyPath,
                ...(r.rootCertificate ? { rootCertificate: r.rootCertificate } : {}),
            };
        },
    },
    secrets: (r) => [r.generatedRepositoryKey?.base64, r.generatedRootKey?.base64],
    text: (r) => {
        const lines = [`The ${r.role} key of ${r.gun} is ${r.keyId}`];
        if (r.previousKeyIds.length > 0)
            lines.push(`  replaces  ${r.previousKeyIds.map(shortId).join(', ')}`);
        lines.push(`  re-signed ${r.resigned.length > 0 ? r.resigned.join(', ') : 'nothing (the key was already in place)'}`);
        const path = (r.generatedRepositoryKey ?? r.generatedRootKey)?.path;
        if (path)
            lines.push(`  new key   ${path} (encrypted; the only copy: keep it)`);
        if (r.role === 'root')
            lines.push(`  trust-pin must now be ${r.keyId} (or the new root certificate)`);
        return `${lines.join('\n')}\n`;
    },
    summaryOf: (r) => {
        const generated = r.generatedRepositoryKey ?? r.generatedRootKey;
        const path = generated?.path;
        const what = r.generatedRootKey ? 'root' : 'repository';
        const pin = r.role === 'root' ? [`Pins must move: set trust-pin to the new root key ID ${r.keyId}, or to the new root certificate.`] : [];
        return {
            intro: r.resigned.length > 0
                ? `Rotated the ${r.role} key of ${r.gun}.`
                : `The ${r.role} key of ${r.gun} was already ${shortId(r.keyId)}; nothing changed.`,
            header: ['Key', 'Previous keys', 'Re-signed'],
            rows: [[{ code: r.keyId }, r.previousKeyIds.map(shortId).join(', '), r.resigned.join(', ')]],
            notes: [...(path ? [`The new ${what} key is in ${path}, encrypted; keep it safe, it is the only copy.`] : []), ...pin],
        };
    },
    done: (r) => `The ${r.role} key of ${r.gun} is ${shortId(r.keyId)}`,
});

// EXTERNAL MODULE: ./lib/operations/push.js
var push = __webpack_require__(9372);
;// CONCATENATED MODULE: ./lib/commands/sign.js
// `sign` (the default command): push image tags and sign them in the
// repository's trust server as a delegated signer, and in the registry with
// cosign and notation signatures.







const FIRST = 'First signing of a repository (creates its trust data)';
const INPUTS = [
    (0,inputs/* referencesInput */.Jm)('the tags to sign, registry/repository:tag', 'registry/repository:tag', reference/* parseTaggedReference */.$R),
    (0,inputs/* use */.Yx)('formats'),
    // Required unless cosign-key makes the cosign signatures: the one-of rule below, and the operation for dct.
    ...(0,inputs/* keyInputs */.NE)('signer-key'),
    (0,inputs/* use */.Yx)('signer-name', {
        help: "the signer to sign as (its role must list the signer key); default: the key file's role: header",
    }),
    ...(0,inputs/* keyInputs */.NE)('cosign-key', { help: 'a cosign private key file (cosign.key) for the cosign signatures; default: the signer key' }),
    // Required with notation: the operation says so, naming the format.
    (0,inputs/* use */.Yx)('notation-certificate', { parse: (value, input) => (0,operations_inputs/* pemTextOrFile */.li)(value, input) }),
    ...(0,inputs/* keyInputs */.NE)('notation-key', { help: 'a private key file for the notation signatures (PKCS#8, encrypted or not); default: the signer key' }),
    (0,inputs/* use */.Yx)('push', { group: 'Registry' }),
    ...(0,inputs/* keyInputs */.NE)('root-key', { group: FIRST, help: 'root key file; used only if the repository has no trust data' }),
    ...(0,inputs/* keyInputs */.NE)('repository-key', { group: FIRST, help: 'repository (targets) key file, to add the signer with' }),
    ...(0,inputs/* connectionInputs */.eu)(),
];
/** `signed`: each reference with the digest and size signed, the roles it is signed into, whether it already was, and its formats. */
function signedOutput(result) {
    return result.signed.map(({ reference, tag, digest, size, roles, alreadySigned, formats }) => ({ reference, tag, digest, size, roles, alreadySigned, formats }));
}
/** Where the signatures went: the trust servers, and the registry for cosign and notation. */
function servers(result) {
    const places = result.signed.flatMap((s) => (s.trustServer ? [s.trustServer] : []));
    const registry = result.formats.filter((f) => f !== 'dct');
    if (registry.length > 0)
        places.push(`the registry (${registry.join(', ')})`);
    return [...new Set(places)].join(', ');
}
/** Whether the run asked for more than DCT: then the formats are shown per tag. */
const multiFormat = (r) => r.formats.length !== 1 || r.formats[0] !== 'dct';
const formatsCell = (s) => (s.formats.length > 0 ? s.formats.join(', ') : 'none');
const signer = (result) => `key ${shortId(result.signerKeyId)}${result.signerName ? ` (signer ${result.signerName})` : ''}`;
const ALREADY = 'already signed; nothing published';
/** The roles a tag was signed into, or that it already was, with this digest, and nothing was published for it; with the cosign forms. */
function signedIn(s) {
    if (s.alreadySigned)
        return ALREADY;
    const cosign = s.cosign ? [`cosign ${[...s.cosign.written, ...s.cosign.already].map((f) => (f === 'sig' ? '.sig' : f)).join(' + ')}`] : [];
    const notation = s.notation ? ['notation'] : [];
    return [...(s.roles.length > 0 ? [s.roles.join(', ')] : []), ...cosign, ...notation].join('; ') || '-';
}
/** A format that failed after another succeeded, with what the tags have now. */
function formatFailureLine(f, r) {
    const have = r.signed.filter((s) => f.references.includes(s.reference)).map((s) => `${s.reference}: ${formatsCell(s)}`);
    return `${f.format} signing failed for ${f.references.join(', ')}: ${f.message} (signed now in ${have.join('; ')})`;
}
/**
 * What was signed, and what already was: a tag already signed with the same
 * digest is not signed again, so nothing is published for it.
 */
function sign_headline(r, where) {
    const already = r.signed.filter((s) => s.alreadySigned).length;
    const fresh = r.signed.length - already;
    if (already === 0)
        return `Signed ${plural(fresh, 'tag')} with ${signer(r)}${where}`;
    if (fresh === 0)
        return `${plural(already, 'tag')} already signed with ${signer(r)}${where}${r.published ? '' : '; nothing published'}`;
    return `Signed ${plural(fresh, 'tag')} with ${signer(r)}${where}; ${plural(already, 'tag')} already signed, nothing published for ${already === 1 ? 'it' : 'them'}`;
}
const signSpec = defineCommand({
    name: 'sign',
    summary: 'push image tags and sign them in the trust server',
    help: {
        usage: '[options] REFERENCE...',
        about: `
Push each REFERENCE with docker, read its digest from the registry and sign
the tag in the repository's trust server, as \`docker trust sign\` would. Each
REFERENCE is registry/repository:tag; all tags of one repository are signed
in one update. Keys, passphrases, the signer's rights and the trust data are
all checked before the first push, so a bad input pushes and publishes nothing.
When the push of some tags fails, the tags that were pushed are still signed
and the others are named, so that no pushed tag is left unsigned.

The signer must already be a signer of the repository (\`dct-sign
signer-add\`, or \`docker trust signer add\`), unless the root and repository keys are given to create its trust data.
Keys and passphrases on the command line are visible to other users of the
machine: prefer key files and the environment variables below.

--formats lists the formats to sign in: dct (the default), cosign, or both.
cosign writes both forms \`cosign sign --key\` writes (cosign 2's .sig tag and
cosign 3's bundle referrer) into the registry, with the signer key (\`cosign
verify --key\` takes its .pub) or --cosign-key. Push rights on the registry are
checked with everything else before the first write, and the registry writes
run while the trust server publishes. If one format fails after another
succeeded, the table shows which formats each tag has and the run fails. With
cosign alone no trust server is contacted and the signer name is not checked.

notation writes the JWS signature notation 1.3 writes, as an OCI referrer
(listed in the sha256-<hex> tag index where the registry has no referrers
API), with the signer key or --notation-key-file and its certificate chain,
--notation-certificate (\`dct-sign certificate\` makes a self-signed one). The
chain is checked as notation checks it (the leaf is for the key, not a CA,
key usage digitalSignature, no serverAuth or clientAuth, valid now, in
order) before anything is written, and a certificate that expires within
six months is warned of.`,
        env: [{ name: 'DOCKER_HOST', description: 'the docker daemon that docker push uses' }],
        examples: `
# Dual-sign during the move to Sigstore: DCT and cosign signatures, one key.
dct-sign sign --formats dct,cosign --signer-key-file "$SIGNER_KEY_FILE" registry.example.com/team/app:1.4.2

# DCT and notation (for ACR's move to the Notary Project), one key and its certificate.
dct-sign sign --formats dct,notation --signer-key-file "$SIGNER_KEY_FILE" --notation-certificate ci.crt registry.example.com/team/app:1.4.2

# cosign only, with a cosign key (no trust server); its passphrase from COSIGN_PASSWORD.
dct-sign sign --formats cosign --cosign-key-file cosign.key --no-push registry.example.com/team/app:1.4.2

# Any CI: key file from the CI's secret store, passphrase in the environment,
# registry login as docker keeps it.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
docker login registry.example.com -u ci --password-stdin <<<"$REGISTRY_TOKEN"
dct-sign sign --signer-key-file "$SIGNER_KEY_FILE" \\
    registry.example.com/team/app:1.4.2 registry.example.com/team/app:latest

# Azure Container Registry, image already pushed by the build, signing as a
# service principal with the AcrImageSigner role (ACR serves trust data
# itself, so no --trust-server); the key comes base64-encoded from a secret.
export DCT_SIGNER_KEY="$ACR_SIGNER_KEY_BASE64"
echo "$SP_PASSWORD" | dct-sign sign --no-push --username "$SP_APP_ID" --password-stdin \\
    myregistry.azurecr.io/myimage:v1

# Self-hosted notary with its own CA, trusting only the pinned root key.
dct-sign sign --trust-server https://notary.internal:4443 \\
    --trust-server-ca /etc/ssl/certs/internal-ca.pem \\
    --trust-pin 5d3b4c7e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4 \\
    --signer-key-file ci.key registry.internal:5000/platform/api:2.0.1`,
        exitCodes: [
            [0, 'every REFERENCE was pushed (unless --no-push) and signed'],
            [1, 'pushing or signing failed: the signer\'s rights, the trust data, the\nregistry, the trust server or docker push; see the message.\nAlso when some tags were signed but others could not be pushed, and\nwhen one format failed after another succeeded'],
            [2, 'the command line is wrong: unknown option, missing value or REFERENCE,\na REFERENCE without a tag, options that exclude each other, a key file\nthat is missing or not a key or its passphrase is wrong'],
        ],
    },
    inputs: INPUTS,
    rules: [
        {
            kind: 'one-of',
            inputs: ['signer-key', 'cosign-key', 'notation-key'],
            message: 'no signer key; give {signer-key} (docker keeps its keys in ~/.docker/trust/private/)',
        },
        (0,inputs/* dctOnlyRule */.kj)(INPUTS),
        {
            kind: 'together',
            inputs: ['root-key', 'repository-key'],
            message: 'creating trust data for a repository needs both the root key and the repository key: give {root-key} and {repository-key}, or neither',
        },
    ],
    pushes: (values) => values.boolean('push'),
    options: (v, ctx) => ({
        references: referencesOf(v),
        formats: (0,inputs/* formatsOf */.IO)(v),
        push: v.boolean('push'),
        signerKey: v.key('signer-key'),
        cosignKey: v.key('cosign-key'),
        notationKey: v.key('notation-key'),
        notationCertificate: v.parsed('notation-certificate'),
        signerName: v.string('signer-name'),
        rootKey: v.key('root-key'),
        repositoryKey: v.key('repository-key'),
        ...connectionOptions(v, ctx),
        runner: ctx.runner,
    }),
    // The rule above keeps the root and repository keys together: both or neither reach the operation.
    operation: async () => {
        // The key module (x509, ASN.1, scrypt) is loaded only when the command runs; each key is loaded before the operation starts.
        const [{ sign: run }, { loadKeyInput: load, loadCosignKeyInput }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(410), __webpack_require__.e(520), __webpack_require__.e(196), __webpack_require__.e(696), __webpack_require__.e(433)]).then(__webpack_require__.bind(__webpack_require__, 9433)),
            Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(520), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 5935)),
        ]);
        return ({ signerKey, rootKey, repositoryKey, cosignKey, notationKey, ...rest }) => run({
            ...rest,
            ...(signerKey ? { signerKey: load(signerKey) } : {}),
            ...(cosignKey ? { cosignKey: loadCosignKeyInput(cosignKey) } : {}),
            ...(notationKey ? { notationKey: load(notationKey, 'jws') } : {}),
            ...(rootKey && repositoryKey ? { bootstrap: { rootKey: load(rootKey), repositoryKey: load(repositoryKey) } } : {}),
        });
    },
    outputs: [
        { name: 'digest', description: 'manifest digest (sha256:…) of the first reference in tags, as the registry reports it', value: (r) => r.signed[0]?.digest ?? '' },
        {
            name: 'signed',
            description: 'JSON array of what was signed, in the order of tags: objects with reference, tag, digest, size (manifest bytes), roles (the ' +
                'delegation roles the tag is signed into), alreadySigned (true when those roles already listed this digest, so nothing was ' +
                'published for the tag) and formats (the formats the tag is now signed in: dct, cosign, notation)',
            value: (r) => JSON.stringify(signedOutput(r)),
        },
        { name: 'signer-key-id', description: 'the ID of signer-key, as `docker trust inspect` lists it under the signer', value: (r) => r.signerKeyId },
    ],
    json: {
        help: 'print the result as JSON: {signed, published, formats, failedFormats, signerKeyId, signerName}; published is false when every ' +
            'tag was already signed; each signed entry lists the formats it is signed in; failedFormats only when a format failed',
        value: ({ signed, published, formats, failedFormats, signerKeyId, signerName }) => ({
            signed,
            published,
            formats,
            ...(failedFormats ? { failedFormats } : {}),
            signerKeyId,
            signerName: signerName ?? null,
        }),
    },
    text: (r) => {
        const rows = multiFormat(r)
            ? [['REFERENCE', 'DIGEST', 'FORMATS', 'SIGNED IN'], ...r.signed.map((s) => [s.reference, s.digest, formatsCell(s), signedIn(s)])]
            : [['REFERENCE', 'DIGEST', 'SIGNED IN'], ...r.signed.map((s) => [s.reference, s.digest, signedIn(s)])];
        return `${sign_headline(r, ` in ${servers(r)}`)}\n\n${table(rows)}`;
    },
    failures: (r) => [
        ...(r.notPushed ?? []).map((f) => `${(0,push/* describeFailedPush */.Z)(f)}; it was not signed`),
        ...(r.failedFormats ?? []).map((f) => formatFailureLine(f, r)),
    ],
    summaryOf: (r) => ({
        intro: `${sign_headline(r, '')}.`,
        header: ['Reference', 'Digest', 'Size', ...(multiFormat(r) ? ['Formats'] : []), 'Roles', 'Trust server'],
        rows: r.signed.map((s) => [
            { code: s.reference },
            { code: s.digest },
            String(s.size),
            ...(multiFormat(r) ? [formatsCell(s)] : []),
            signedIn(s),
            s.trustServer ?? '-',
        ]),
    }),
    done: (r) => sign_headline({ ...r, signerName: undefined }, ''),
});

// EXTERNAL MODULE: ./lib/operations/signer-name.js
var signer_name = __webpack_require__(1492);
;// CONCATENATED MODULE: ./lib/commands/signer-add.js
// `signer-add`: add a signer's public keys to repositories, as `docker trust
// signer add` does, with the repository key. The root key creates the trust
// data of a repository that has none yet.






function outcome(r) {
    if (r.initialized)
        return 'created its trust data, with the signer';
    return r.changed ? 'added' : 'unchanged: already a signer with these keys';
}
/** The repositories whose trust data was created, with their new root key IDs. */
function rootKeyIds(r) {
    return r.repositories.flatMap((x) => (x.rootKeyId ? [{ gun: x.gun, rootKeyId: x.rootKeyId }] : []));
}
/** New trust data is trusted on first use by whoever reads it next; its root key ID pins it instead. */
function pinHint(r, log) {
    const created = rootKeyIds(r);
    if (created.length === 0)
        return '';
    const rows = created.map((x) => [x.gun, x.rootKeyId]);
    const input = log ? 'the trust-pin input' : '--trust-pin';
    return `\nPin the new root in later runs: give its root key ID as ${input}.\n\n${table([['REPOSITORY', 'ROOT KEY ID'], ...rows])}`;
}
const signerAddSpec = defineCommand({
    name: 'signer-add',
    summary: 'add a signer, as docker trust signer add',
    help: {
        usage: '[options] --signer-name NAME --signer-public-key PATH REPOSITORY...',
        about: `
Make NAME a signer of each REPOSITORY (registry/repository, no tag), as
\`docker trust signer add\` does: its public keys go into the roles
targets/NAME and targets/releases, signed with the repository key. Adding a
signer that already has these keys changes nothing.

A repository without trust data is created on the way when the root key is
given too. Every REPOSITORY is checked before anything is published.`,
        examples: `
# Let the CI key (from dct-sign key-generate --signer-name ci) sign an image.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$REPOSITORY_PASSPHRASE"
dct-sign signer-add --signer-name ci --signer-public-key ci.pub \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key \\
    registry.example.com/team/app`,
        exitCodes: [
            [0, 'NAME is a signer of every REPOSITORY with these keys'],
            [1, 'adding failed: the repository key is not the one the repository\ntrusts, no trust data and no root key, the trust data, the registry or\ntrust server'],
            [2, 'the command line is wrong: unknown option, missing REPOSITORY,\nsigner name, public key or repository key, an invalid name, a key file\nthat is missing or not a key or its passphrase is wrong'],
        ],
    },
    inputs: [
        (0,inputs/* repositoriesInput */.bs)('the repositories, registry/repository'),
        (0,inputs/* use */.Yx)('signer-name', {
            group: 'Signer',
            help: 'the signer to add (required)',
            required: 'name the signer to add (lowercase letters, digits, - and _)',
            parse: (value, input) => (0,signer_name/* validateSignerName */._F)(value.trim(), input),
        }),
        (0,inputs/* use */.Yx)('signer-public-key', {
            required: "give the signer's public key: the .pub file of dct-sign key-generate or docker trust key generate",
            parse: operations_inputs/* readPublicKeyList */.VP,
        }),
        ...(0,inputs/* keyInputs */.NE)('repository-key', { required: 'give {repository-key}, which signs the signer in' }),
        ...(0,inputs/* keyInputs */.NE)('root-key', { help: 'root key file; only for a repository without trust data' }),
        ...(0,inputs/* connectionInputs */.eu)(),
    ],
    options: (v, ctx) => ({
        references: referencesOf(v),
        name: v.string('signer-name').trim(),
        signerPublicKeys: (v.parsed('signer-public-key') ?? []).flat(),
        repositoryKey: v.key('repository-key'),
        rootKey: v.key('root-key'),
        ...connectionOptions(v, ctx),
    }),
    operation: withLoadedKeys(async () => (await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(410), __webpack_require__.e(520), __webpack_require__.e(196), __webpack_require__.e(696), __webpack_require__.e(180)]).then(__webpack_require__.bind(__webpack_require__, 6180))).signerAdd, ({ repositoryKey, rootKey, ...rest }, load) => ({
        ...rest,
        repositoryKey: load(repositoryKey),
        rootKey: rootKey ? load(rootKey) : undefined,
    })),
    outputs: [
        {
            name: 'signer-key-id',
            description: 'the key ID of each signer-public-key, one per line',
            value: (r) => r.keyIds.join('\n'),
        },
        {
            name: 'root-key-id',
            description: 'the root key ID of each repository whose trust data it created, one per line in the order of tags (empty when it created ' +
                'none): give it as trust-pin to later runs',
            value: (r) => rootKeyIds(r).map((x) => x.rootKeyId).join('\n'),
        },
    ],
    json: { help: 'print {name, keyIds, repositories} as JSON; a repository it created has its rootKeyId', value: (r) => r },
    text: (r, view) => {
        const keys = r.keyIds.map((id) => `  ${id}\n`).join('');
        const rows = r.repositories.map((x) => [x.gun, outcome(x)]);
        return `Signer ${r.name} with ${plural(r.keyIds.length, 'key')}:\n${keys}\n${table([['REPOSITORY', 'RESULT'], ...rows])}${pinHint(r, view.log)}`;
    },
    summaryOf: (r) => ({
        intro: `Signer ${r.name} with ${plural(r.keyIds.length, 'key')}: ${r.keyIds.map(shortId).join(', ')}.`,
        header: ['Repository', 'Change', 'Trust server'],
        rows: r.repositories.map((x) => [{ code: x.gun }, outcome(x), x.trustServer]),
    }),
    done: (r) => `Signer ${r.name} added to ${plural(r.repositories.filter((x) => x.changed).length, 'repository', 'repositories')}`,
});

;// CONCATENATED MODULE: ./lib/commands/signer-remove.js
// `signer-remove`: remove a signer from repositories, as `docker trust signer
// remove` does, with the repository key. Removing the signer whose signature
// keeps targets/releases valid needs `force`.





const INVALIDATED = 'its tags do not verify until someone signs again';
/** The note for a repository whose targets/releases the removal invalidates, naming the tags the next sign drops. */
function noteOf(x) {
    if (!x.releasesInvalidated)
        return '';
    const dropped = x.droppedAtNextSign;
    return dropped.length > 0 ? `${INVALIDATED}; that drops ${dropped.join(', ')}` : INVALIDATED;
}
const signerRemoveSpec = defineCommand({
    name: 'signer-remove',
    summary: 'remove a signer, as docker trust signer remove',
    help: {
        usage: '[options] --signer-name NAME REPOSITORY...',
        about: `
Remove the signer NAME from each REPOSITORY (registry/repository, no tag), as
\`docker trust signer remove\` does: the role targets/NAME goes, and NAME's
keys leave targets/releases. If NAME's signature is the only one that keeps
targets/releases valid, removing NAME needs --force, as docker asks: its tags
do not verify until a remaining signer signs, refreshes or revokes, which
re-signs targets/releases with the tags the remaining signers' own roles
vouch for. The tags only NAME vouched for drop then; they are named before
anything is removed.`,
        examples: `
# A CI key that leaked: it can no longer sign the image.
export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$REPOSITORY_PASSPHRASE"
dct-sign signer-remove --signer-name ci \\
    --repository-key-file ~/.docker/trust/private/<key ID>.key \\
    registry.example.com/team/app`,
        exitCodes: [
            [0, 'NAME is no longer a signer of any REPOSITORY'],
            [1, 'removing failed: the repository key is not the one the repository\ntrusts, the trust data, the registry or trust server'],
            [2, 'the command line is wrong: unknown option, missing REPOSITORY,\nsigner name or repository key; a key file that is missing or not a key\nor its passphrase is wrong; NAME is no signer; --force is needed'],
        ],
    },
    inputs: [
        (0,inputs/* repositoriesInput */.bs)('the repositories, registry/repository'),
        (0,inputs/* use */.Yx)('signer-name', {
            group: 'Signer',
            help: 'the signer to remove (required)',
            required: 'name the signer to remove',
            parse: (value, input) => (0,signer_name/* validateRemovableSignerName */.HB)(value.trim(), input),
        }),
        (0,inputs/* use */.Yx)('force'),
        ...(0,inputs/* keyInputs */.NE)('repository-key', { required: 'give {repository-key}, which signs the removal' }),
        ...(0,inputs/* connectionInputs */.eu)(),
    ],
    options: (v, ctx) => ({
        references: referencesOf(v),
        name: v.string('signer-name').trim(),
        repositoryKey: v.key('repository-key'),
        force: v.boolean('force'),
        ...connectionOptions(v, ctx),
    }),
    operation: withLoadedKeys(async () => (await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(410), __webpack_require__.e(520), __webpack_require__.e(196), __webpack_require__.e(696), __webpack_require__.e(315)]).then(__webpack_require__.bind(__webpack_require__, 3315))).signerRemove, ({ repositoryKey, ...rest }, load) => ({ ...rest, repositoryKey: load(repositoryKey) })),
    outputs: [],
    json: { help: 'print {name, repositories} as JSON', value: (r) => r },
    text: (r) => {
        // The NOTE column only when a repository needs one.
        const notes = r.repositories.some((x) => x.releasesInvalidated);
        const rows = r.repositories.map((x) => [
            x.gun,
            x.removedKeyIds.map(shortId).join(', ') || '-',
            ...(notes ? [noteOf(x)] : []),
        ]);
        const header = ['REPOSITORY', 'KEYS REMOVED', ...(notes ? ['NOTE'] : [])];
        return `Removed signer ${r.name} from ${plural(r.repositories.length, 'repository', 'repositories')}\n\n${table([header, ...rows])}`;
    },
    summaryOf: (r) => ({
        intro: `Removed signer ${r.name}.`,
        header: ['Repository', 'Keys removed', 'Note'],
        rows: r.repositories.map((x) => [{ code: x.gun }, x.removedKeyIds.map(shortId).join(', '), noteOf(x)]),
    }),
    done: (r) => `Signer ${r.name} removed from ${plural(r.repositories.length, 'repository', 'repositories')}`,
});

;// CONCATENATED MODULE: ./lib/commands/verify.js
// `verify`: the gate before a deploy. Are these tags signed (by the required
// signers), and does the registry still serve what was signed? The outputs
// pin the tags that passed to their digests, for later steps to deploy by;
// then the command fails with one line per failing reference.






const verify_INPUTS = [
    (0,inputs/* referencesInput */.Jm)('the tags to verify, registry/repository:tag', 'registry/repository:tag', parseVerifyReference),
    (0,inputs/* use */.Yx)('required-signers'),
    (0,inputs/* use */.Yx)('signer-policy'),
    (0,inputs/* use */.Yx)('formats'),
    (0,inputs/* use */.Yx)('formats-policy'),
    (0,inputs/* use */.Yx)('cosign-public-key', { parse: operations_inputs/* readPublicKeyList */.VP }),
    // Each PEM block an anchor; the operation says when none is given with notation.
    (0,inputs/* use */.Yx)('notation-trust-anchor', { parse: operations_inputs/* readPublicKeyList */.VP }),
    (0,inputs/* use */.Yx)('notation-identity'),
    ...(0,inputs/* connectionInputs */.eu)(),
];
/** `registry/repository@sha256:…` of each reference that passed: a later step must never deploy an unverified digest. */
function pinnedReferences(result) {
    return result.references.flatMap((r) => (r.ok && r.pinned ? [r.pinned] : []));
}
function verifiedEntries(result) {
    return result.references.map((r) => ({
        reference: r.reference,
        tag: r.tag,
        ok: r.ok,
        ...(r.reason ? { reason: r.reason } : {}),
        signers: r.signers,
        signedDigest: r.signedDigest ?? null,
        registryDigest: r.registryDigest ?? null,
        pinned: r.ok ? (r.pinned ?? null) : null,
        message: r.message,
        formats: r.formats,
        ...(r.cosignSigners ? { cosignSigners: r.cosignSigners } : {}),
        ...(r.notationSigners ? { notationSigners: r.notationSigners } : {}),
        ...(r.warnings ? { warnings: r.warnings } : {}),
    }));
}
/** One line per failing reference: the reference, the reason, and the core's message without the reference again. */
function failureLines(result) {
    return result.references
        .filter((r) => !r.ok)
        .map((r) => {
        const prefix = `${r.reference}: `;
        const message = r.message.startsWith(prefix) ? r.message.slice(prefix.length) : r.message;
        return `${r.reference} (${r.reason ?? 'failed'}): ${message}`;
    });
}
function signedBy(r) {
    if (r.signedDigest === undefined)
        return '-';
    if (r.signers.length === 0 && !r.formats.includes('dct')) {
        const registry = [...(r.cosignSigners ?? []), ...(r.notationSigners ?? [])];
        if (registry.length > 0)
            return registry.join('; ');
    }
    return r.signers.length > 0 ? r.signers.join(', ') : '(Repo Admin)';
}
/** Whether any reference was checked in more than DCT: then the formats verified are shown per reference. */
const verify_multiFormat = (r) => r.references.some((x) => x.formats.some((f) => f !== 'dct') || /^(cosign|notation)-/.test(x.reason ?? ''));
const verify_formatsCell = (x) => (x.formats.length > 0 ? x.formats.join(', ') : 'none');
/** `notation-trust-anchor`: each PEM block an anchor, named by its place for messages. */
function anchorsOf(given) {
    const pems = given.flat();
    return pems.map((pem, i) => ({ source: pems.length > 1 ? `notation-trust-anchor #${i + 1}` : 'notation-trust-anchor', pem }));
}
const verifySpec = defineCommand({
    name: 'verify',
    summary: 'check tags are signed and served as signed; print them pinned',
    help: {
        usage: '[options] REFERENCE...',
        about: `
Check that each REFERENCE (registry/repository:tag; without a tag, latest) is
signed, by the required signers if any are named, and that the registry still
serves the digest that was signed: what a pull with content trust checked
before docker stopped enforcing it. For each one that passes, print the
reference pinned to the signed digest (registry/repository@sha256:...), which
is what to pull or deploy.

The table goes to stdout; each failure is also a line on stderr with its
reason: unsigned, wrong-signer, digest-changed, expired, untrusted-root,
no-trust-data, invalid-trust-data, cosign-unsigned, cosign-invalid,
notation-unsigned or notation-invalid. Verifying needs no key.

With --formats cosign (or dct,cosign) cosign signatures count too: cosign 2's
.sig and cosign 3's bundle, checked by dct-sign itself. Any one format
verified is enough; --formats-policy all needs every one. Without
--cosign-public-key the keys are the repository's current signers' keys, read
and verified from its trust data, so a dual-signing repository needs no new
input. Under any, a trust server that cannot be reached does not fail a
reference another format verified: it is a warning.

With --formats notation, notation signatures (the Notary Project) count: the
chain must lead to a --notation-trust-anchor (a CA, or a self-signed signing
certificate, as notation's ca trust store holds them), the leaf's key usage
and extended key usage must be right, every certificate valid now (the
signing time is only the signer's claim), and the subject must match a
--notation-identity (x509.subject: C=…, ST=…, O=…), which is required unless
every anchor is itself a signing certificate. There is no revocation check:
no network beyond the registry is reached.`,
        examples: `
# Deploy only what the release signer signed, by digest.
dct-sign verify --required-signers release registry.example.com/team/app:1.4.2

# During the move to Sigstore: DCT or cosign, the cosign signatures checked
# against the repository's own signers' keys.
dct-sign verify --formats dct,cosign registry.example.com/team/app:1.4.2

# After it: cosign alone, with the cosign public key (no trust server).
dct-sign verify --formats cosign --cosign-public-key cosign.pub registry.example.com/team/app:1.4.2

# The Notary Project gate (ACR): notation signatures through a CA, for one identity.
dct-sign verify --formats notation --notation-trust-anchor ca.crt \\
    --notation-identity 'x509.subject: C=US, ST=WA, O=Example, CN=ci' myregistry.azurecr.io/myimage:v1

# The pinned references alone, for the next step of a pipeline.
dct-sign verify --json registry.example.com/team/app:1.4.2 | jq -r '.references[]'`,
        exitCodes: [
            [0, 'every REFERENCE is signed as required and served as signed'],
            [1, 'a REFERENCE failed verification (see its line on stderr), or the\nregistry or trust server failed or refused the login'],
            [2, 'the command line is wrong: unknown option, missing REFERENCE,\na --signer-policy other than any or all, --formats without dct and\nwithout --cosign-public-key, or with an input only DCT uses'],
        ],
    },
    inputs: verify_INPUTS,
    rules: [(0,inputs/* dctOnlyRule */.kj)(verify_INPUTS)],
    options: (v, ctx) => ({
        references: referencesOf(v),
        requiredSigners: v.list('required-signers'),
        signerPolicy: v.string('signer-policy') === 'all' ? 'all' : 'any',
        formats: (0,inputs/* formatsOf */.IO)(v),
        formatsPolicy: v.string('formats-policy') === 'all' ? 'all' : 'any',
        cosignPublicKeys: (v.parsed('cosign-public-key') ?? []).flat(),
        notationTrustAnchors: anchorsOf(v.parsed('notation-trust-anchor') ?? []),
        notationIdentities: (v.string('notation-identity') ?? '').split(/\r?\n/).map((i) => i.trim()).filter((i) => i !== ''),
        ...connectionOptions(v, ctx),
    }),
    operation: async () => {
        // The key module is loaded only when keys were given.
        const { verify } = await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(410), __webpack_require__.e(520), __webpack_require__.e(196), __webpack_require__.e(682)]).then(__webpack_require__.bind(__webpack_require__, 9682));
        return async ({ cosignPublicKeys, ...rest }) => {
            const keys = cosignPublicKeys && cosignPublicKeys.length > 0 ? (await Promise.all(/* import() */[__webpack_require__.e(201), __webpack_require__.e(520), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 5935))).loadCosignPublicKeys(cosignPublicKeys) : [];
            return verify({ ...rest, cosignPublicKeys: keys });
        };
    },
    infoAsDebug: true,
    outputs: [
        {
            name: 'references',
            description: 'the digest-pinned reference (registry/repository@sha256:…) of each verified tag, one per line in the order of tags: ' +
                'what a content-trust pull fetches. Failing tags are left out.',
            value: (r) => pinnedReferences(r).join('\n'),
        },
        {
            name: 'verified',
            description: 'JSON array in the order of tags: objects with reference, tag, ok, reason (when not ok: unsigned, wrong-signer, ' +
                'digest-changed, expired, untrusted-root, no-trust-data, invalid-trust-data, cosign-unsigned, cosign-invalid, ' +
                'notation-unsigned or notation-invalid), signers, signedDigest, registryDigest, pinned, message, formats (the ' +
                'formats that verified), and cosignSigners, notationSigners and warnings when there are any',
            value: (r) => JSON.stringify(verifiedEntries(r)),
        },
    ],
    json: {
        help: 'print {ok, references, verified} as JSON',
        value: (r) => ({ ok: r.ok, references: pinnedReferences(r), verified: verifiedEntries(r) }),
    },
    text: (r) => {
        const many = verify_multiFormat(r);
        const rows = r.references.map((x) => [
            x.reference,
            x.ok ? 'ok' : (x.reason ?? 'failed'),
            ...(many ? [verify_formatsCell(x)] : []),
            signedBy(x),
            x.ok ? (x.pinned ?? '-') : '-',
        ]);
        return table([['REFERENCE', 'RESULT', ...(many ? ['FORMATS'] : []), 'SIGNED BY', 'PINNED'], ...rows]);
    },
    summaryOf: (r) => ({
        intro: `Verified ${r.references.filter((x) => x.ok).length} of ${plural(r.references.length, 'reference')}.`,
        header: ['Reference', 'Result', 'Signers', 'Pinned reference', 'Details'],
        rows: r.references.map((x) => [
            { code: x.reference },
            x.ok ? '✅ verified' : `❌ ${x.reason ?? 'failed'}`,
            x.signers.join(', '),
            x.ok && x.pinned ? { code: x.pinned } : '',
            x.ok ? '' : x.message,
        ]),
    }),
    failures: failureLines,
    done: (r) => `Verified ${plural(r.references.length, 'reference')}`,
});

;// CONCATENATED MODULE: ./lib/commands/registry.js
// The commands, once, in the order every list of them shows (help,
// action.yml, task.json, docs/commands.md). A spec is light; its operation
// is loaded only when it runs.











const COMMANDS = [
    signSpec,
    inspectSpec,
    verifySpec,
    revokeSpec,
    signerAddSpec,
    signerRemoveSpec,
    keyGenerateSpec,
    certificateSpec,
    rotateKeySpec,
    refreshSpec,
    migrateSpec,
];
/** The label of each command in the task's `command` pickList (task.json). */
const TASK_LABELS = {
    sign: 'Sign image tags',
    inspect: 'Inspect trust data',
    verify: 'Verify signed tags',
    revoke: 'Revoke signed tags',
    'signer-add': 'Add a signer to repositories',
    'signer-remove': 'Remove a signer from repositories',
    'key-generate': 'Generate a signer key',
    certificate: 'Make a code-signing certificate for notation',
    'rotate-key': 'Rotate a repository key',
    refresh: 'Refresh expiring trust data',
    migrate: 'Migrate signed tags to cosign',
};
/** What the action and the task run when `command` is empty. */
const DEFAULT_COMMAND = 'sign';
const COMMAND_NAMES = COMMANDS.map((c) => c.name);
function findCommand(name) {
    return COMMANDS.find((c) => c.name === name);
}

;// CONCATENATED MODULE: ./lib/commands/secret-env.js
// The environment a run hands its operation, and with it every child it
// starts (docker push, docker-credential-*): the caller's, without the
// variables that hold a secret. Which those are is written once, in the
// catalogue: each secret input's environment fallbacks (DCT_SIGNER_KEY, the
// passphrase variables); each platform adds the variables it gives its
// secret inputs in (the action's INPUT_SIGNER-KEY, the task's ENDPOINT_AUTH_*).
// No operation reads a secret from the environment: the adapters read them.

/** A key, a passphrase or password, or a login (whose password is secret). */
function isSecretInput(input) {
    return input.kind === 'key' || input.kind === 'secret' || input.kind === 'login';
}
/** The environment fallbacks of every secret input of every command. */
const SECRET_ENV_NAMES = [...new Set(inputs/* ALL_INPUTS */.Uz.filter(isSecretInput).flatMap((i) => i.env ?? []))];
/** `env` without the catalogue's secret variables and the platform's `platform` ones. */
function withoutSecrets(env, platform = { names: [] }) {
    const names = new Set([...SECRET_ENV_NAMES, ...platform.names].map((n) => n.toUpperCase()));
    const prefixes = (platform.prefixes ?? []).map((p) => p.toUpperCase());
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        // Names compared case-blind: Windows' environment is, and a lower-case copy is the same secret.
        const upper = name.toUpperCase();
        if (names.has(upper) || prefixes.some((p) => upper.startsWith(p)))
            continue;
        out[name] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/commands/run.js
// Running a command the same way on every platform, once values.ts has read
// its inputs: log docker push in when it pushes with a login, take the
// secrets out of the environment the operation and its children get, load its
// operation (only now: a run loads the one command it runs), run it and say
// how it ended (runCommand). How the adapters show the result is theirs.


/** The one registry of a login: its own, else that of the references (the core refuses a login for several). */
function loginRegistry(login, values) {
    if (login.registry)
        return login.registry;
    return values.parsed('tags')?.[0]?.registry;
}
/** The core's info lines as debug lines, for a command whose result repeats them. */
function quieter(logger) {
    return { ...logger, info: (message) => logger.debug(message) };
}
/** Runs the operation with the inputs `readInputs` read. */
async function execute(spec, values, context, operation) {
    const login = values.login();
    const registry = login && spec.pushes?.(values) ? loginRegistry(login, values) : undefined;
    // Loaded only for a push with a login: a new process that does not push starts sooner without it.
    const dockerLogin = login && registry ? await __webpack_require__.e(/* import() */ 500).then(__webpack_require__.bind(__webpack_require__, 1500)) : undefined;
    const dockerConfig = login && registry && dockerLogin ? await dockerLogin.writeDockerConfig(login, registry, context.tempDirectory, (s) => context.maskSecret(s)) : undefined;
    const stopWatching = dockerConfig ? dockerLogin?.removeOnInterrupt(dockerConfig) : undefined;
    try {
        // docker push and credential helpers inherit it: no secret variable goes with it.
        const env = withoutSecrets(context.env, context.secretVariables);
        const ctx = {
            ...context,
            ...(spec.infoAsDebug ? { logger: quieter(context.logger) } : {}),
            env: dockerConfig ? { ...env, DOCKER_CONFIG: dockerConfig } : env,
        };
        const options = spec.options(values, ctx);
        const run = (operation ?? (await spec.operation()));
        return await run(options);
    }
    finally {
        stopWatching?.();
        if (dockerConfig)
            await dockerLogin?.removeDockerConfig(dockerConfig);
    }
}
/**
 * Runs the command (execute) and says how it ended, alike on every
 * platform: its result with the failures its spec finds in it (verify), or,
 * when the operation published but could not save the trust state
 * (StateNotSavedError), the result it carries with that error as a failure,
 * so that it is shown as on success and the run still fails.
 */
async function runCommand(spec, values, context, operation) {
    let result;
    const failures = [];
    try {
        result = await execute(spec, values, context, operation);
    }
    catch (err) {
        if (!(err instanceof errors/* StateNotSavedError */.cX))
            throw err;
        result = err.result;
        failures.push(err.message);
    }
    return { result, failures: [...(spec.failures?.(result) ?? []), ...failures] };
}

;// CONCATENATED MODULE: ./lib/commands/failure-summary.js
// The summary of a run that failed, alike on every platform: what failed,
// and what was, or was not, published. "Nothing was published" is said only
// where it is known: the run stopped while reading its inputs, before any
// request. A failure after publishing to some repositories names them
// (PartiallyPublishedError); any other failure points to the log, and
// rerunning is safe (the operations are idempotent). A failure the command's
// result carries (sign's tags that could not be pushed, a trust state that
// was not saved, verify's failing references) is added to its own summary.

function publishedNote(err, stage) {
    if (stage === 'inputs')
        return 'Nothing was published: the run stopped while reading its inputs, before any request.';
    if (err instanceof errors/* PartiallyPublishedError */.ho) {
        return `Already changed before the failure: ${err.changed.join(', ')}. Rerunning is safe.`;
    }
    return 'Whatever was published before the failure is in the log; rerunning is safe.';
}
/** The summary of a run that ended in `err` (`command` undefined when the command input itself was wrong). */
function failureSummary(command, err, stage) {
    const what = command ? `dct-sign ${command}` : 'dct-sign';
    return { intro: `❌ ${what} failed: ${(0,errors/* errorMessage */.gJ)(err)}`, header: [], rows: [], notes: [publishedNote(err, stage)] };
}
/** A command's summary of its result, with the failures that fail the run after it is shown. */
function withFailures(summary, command, failures) {
    if (failures.length === 0)
        return summary;
    const notes = failures.map((f) => `❌ ${f}`);
    if (!summary)
        return { intro: `❌ dct-sign ${command} failed.`, header: [], rows: [], notes };
    return { ...summary, notes: [...(summary.notes ?? []), ...notes] };
}

;// CONCATENATED MODULE: ./lib/commands/values.js
// Reading a command's inputs through a platform's reader, the same way for
// every platform: secrets first (masked by the reader as it reads them),
// then each input with its default, its choices and its parse, then the
// command's rules, the login last. Errors are InputErrors that name the
// input in kebab-case; each platform spells the name its way.



/** `{signer-key}` in a message, in the platform's words. */
function inWords(message, name) {
    return message.replace(/\{([a-z-]+)\}/g, (_, input) => name(input));
}
function inputError(input, message, reader) {
    return new errors/* InputError */.dz(input, inWords(message, (n) => reader.name(n)));
}
/** Whether an input applies, given what its `when` input holds. */
function applies(input, raw) {
    if (!input.when)
        return true;
    const other = raw.get(input.when.input);
    return typeof other === 'string' && other.trim() === input.when.equals;
}
function readOne(input, spec, reader) {
    switch (input.kind) {
        case 'list': {
            const items = reader.list(input);
            return items.length === 0 && typeof input.default === 'string' ? (0,operations_inputs/* splitList */.ry)(input.default) : items;
        }
        case 'boolean':
            return reader.boolean(input) ?? (input.default === true);
        case 'secret':
            return reader.secret(input);
        case 'key':
            return reader.key(input, spec.inputs.find((i) => i.name === (0,inputs/* passphraseOf */.OW)(input.name)));
        case 'login':
            return undefined;
        default: {
            const value = reader.text(input);
            return value ?? (typeof input.default === 'string' ? input.default : undefined);
        }
    }
}
function isMissing(value) {
    return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
function given(value) {
    return !isMissing(value) && value !== false;
}
function checkRule(rule, raw, reader) {
    switch (rule.kind) {
        case 'together': {
            const [a, b] = rule.inputs;
            if (given(raw.get(a)) !== given(raw.get(b)))
                throw inputError(given(raw.get(a)) ? b : a, rule.message, reader);
            return;
        }
        case 'one-of':
            if (!rule.inputs.some((name) => given(raw.get(name))))
                throw inputError(rule.inputs[0], rule.message, reader);
            return;
        case 'single': {
            const items = raw.get(rule.input);
            if (Array.isArray(items) && items.length > 1)
                throw inputError(rule.input, rule.message.replace('{count}', String(items.length)), reader);
            return;
        }
        case 'only-with':
            // Checked before parsing (applyOnlyWith).
            return;
    }
}
/** An enum's value, or each item of a list, must be one of the input's choices. */
function checkChoices(input, value) {
    if (!input.choices)
        return;
    const items = typeof value === 'string' ? [value.trim()] : Array.isArray(value) ? value : [];
    for (const item of items) {
        if (!input.choices.includes(item))
            throw new errors/* InputError */.dz(input.name, `"${item}" is not one of ${input.choices.join(', ')}`);
    }
}
/** `the a input`, `the a, b and c inputs`: the phrase each platform turns into its own names (the CLI's flags, the task's camelCase). */
function inputsPhrase(names) {
    const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
    return `the ${listed} input${names.length > 1 ? 's' : ''}`;
}
/**
 * An `only-with` rule: without its value in the list, the inputs given are
 * refused, and those the environment gave are dropped (as not given).
 */
function applyOnlyWith(rule, inputs, raw, reader) {
    const control = inputs.find((i) => i.name === rule.input);
    // A misspelt format is named as such, not as a reason to refuse the others.
    if (control)
        checkChoices(control, raw.get(rule.input));
    const held = raw.get(rule.input);
    const listed = Array.isArray(held) ? held : typeof held === 'string' ? (0,operations_inputs/* splitList */.ry)(held) : [];
    if (listed.includes(rule.value))
        return;
    const refused = [];
    for (const name of rule.inputs) {
        const input = inputs.find((i) => i.name === name);
        if (!input || !given(raw.get(name)))
            continue;
        if (reader.fromEnvironment?.(input))
            raw.set(name, input.kind === 'boolean' ? false : undefined);
        else
            refused.push(name);
    }
    if (refused.length > 0)
        throw inputError(refused[0], rule.message.replace('{refused}', inputsPhrase(refused)), reader);
}
/** With a login for one registry, every reference must be in it: its credentials go nowhere else. */
function checkLoginRegistry(login, parsed, reader) {
    if (!login?.registry)
        return;
    for (const [name, value] of parsed) {
        if (!Array.isArray(value))
            continue;
        for (const ref of value) {
            const r = ref;
            if (typeof r?.registry !== 'string' || r.registry.toLowerCase() === login.registry)
                continue;
            throw inputError(name, `${r.original} is in ${r.registry}, but {login} is for ${login.registry}; its credentials are only sent there, ` +
                'so run once for each registry', reader);
        }
    }
}
class Values {
    #raw;
    #parsed;
    #login;
    constructor(raw, parsed, login) {
        this.#raw = raw;
        this.#parsed = parsed;
        this.#login = login;
    }
    string(name) {
        const v = this.#raw.get(name);
        return typeof v === 'string' && v.trim() !== '' ? v : undefined;
    }
    list(name) {
        const v = this.#raw.get(name);
        return Array.isArray(v) ? [...v] : [];
    }
    boolean(name) {
        return this.#raw.get(name) === true;
    }
    key(name) {
        const v = this.#raw.get(name);
        return typeof v === 'object' && v !== null && !Array.isArray(v) && 'text' in v ? v : undefined;
    }
    login() {
        return this.#login;
    }
    parsed(name) {
        return this.#parsed.get(name);
    }
}
/** Reads, checks and parses every input `spec` takes. */
async function readInputs(spec, reader) {
    const inputs = spec.inputs;
    const raw = new Map();
    const always = inputs.filter((i) => !i.when);
    // Secrets first: whatever fails later, they are masked by then.
    for (const input of always)
        if (input.kind === 'secret' || input.kind === 'key')
            raw.set(input.name, readOne(input, spec, reader));
    for (const input of always)
        if (!raw.has(input.name))
            raw.set(input.name, readOne(input, spec, reader));
    // An input that applies only with another's value is not read otherwise: a bad value there cannot fail the run.
    for (const input of inputs)
        if (input.when)
            raw.set(input.name, applies(input, raw) ? readOne(input, spec, reader) : undefined);
    for (const rule of spec.rules ?? [])
        if (rule.kind === 'only-with')
            applyOnlyWith(rule, inputs, raw, reader);
    const parsed = new Map();
    for (const input of inputs) {
        if (!applies(input, raw))
            continue;
        const value = raw.get(input.name);
        if (input.required && isMissing(value))
            throw inputError(input.name, input.required, reader);
        checkChoices(input, value);
        if (typeof value === 'string')
            raw.set(input.name, input.kind === 'enum' ? value.trim() : value);
        if (!input.parse || isMissing(value))
            continue;
        const parse = input.parse;
        if (!Array.isArray(value))
            parsed.set(input.name, await parse(value, input.name));
        else {
            // One item after another, so the first bad item is the one named.
            const items = [];
            for (const item of value)
                items.push(await parse(item, input.name));
            parsed.set(input.name, items);
        }
    }
    for (const rule of spec.rules ?? [])
        checkRule(rule, raw, reader);
    const loginInput = inputs.find((i) => i.kind === 'login');
    const login = loginInput ? await reader.login(loginInput) : undefined;
    checkLoginRegistry(login, parsed, reader);
    return new Values(raw, parsed, login);
}

;// CONCATENATED MODULE: ./lib/azure/plain-text.js
// Text we print that may carry strings from a registry or trust server (tag
// names, error bodies). The agent runs `##vso[` commands wherever they appear
// in a line, so such text is neutralized before it reaches stdout.
function plainText(text) {
    return text.replace(/##vso\[/gi, '##_vso[');
}

;// CONCATENATED MODULE: ./lib/azure/logger.js
// The core's progress, written the agent's way: info as plain log lines,
// debug as `##[debug]` (shown when system.debug is true), warnings as issues.


const taskLogger = {
    debug: (message) => task.debug(plainText(message)),
    info: (message) => console.log(plainText(message)),
    warning: (message) => task.warning(plainText(message)),
};

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./lib/keys/secret-pieces.js
var secret_pieces = __webpack_require__(240);
;// CONCATENATED MODULE: ./lib/azure/masking.js
// Reading secrets so that they never reach the log unmasked. task-lib echoes
// every input and endpoint parameter it reads as a debug line, which the
// agent shows when system.debug is true; a passphrase typed into the YAML
// (rather than taken from a secret variable) would be printed before anyone
// could mask it. So secrets are read with task-lib's output discarded and are
// registered with the agent (`##vso[task.setsecret]`) right away.



const discard = new external_node_stream_.Writable({
    write(_chunk, _encoding, done) {
        done();
    },
});
/** What this run has registered with the agent already: each value is masked once. */
const masked = new Set();
/** Starts a run: nothing registered yet (tests run the task many times in one process). */
function startMasking() {
    masked.clear();
}
/** Registers every piece of `value` with the agent's masker, each piece once per run; returns `value`. */
function mask(value) {
    for (const piece of (0,secret_pieces/* secretPieces */.o)(value)) {
        if (masked.has(piece))
            continue;
        masked.add(piece);
        task.setSecret(piece);
    }
    return value;
}
/** Runs a task-lib read without its debug echo, then masks what it returned. */
function readSecret(read) {
    task.setStdStream(discard);
    let value;
    try {
        value = read();
    }
    finally {
        task.setStdStream(process.stdout);
    }
    return mask(value);
}

// EXTERNAL MODULE: ./lib/azure/names.js
var azure_names = __webpack_require__(327);
;// CONCATENATED MODULE: ./lib/azure/proxy.js
// The agent's proxy (its .proxy settings, as task-lib reads them): handed to
// the core, which then ignores HTTPS_PROXY and friends, and to docker push
// as HTTPS_PROXY/HTTP_PROXY. Its password is masked before anything uses it.


function agentProxy() {
    const config = task.getHttpProxyConfiguration();
    if (!config?.proxyUrl)
        return { proxy: undefined, env: {} };
    mask(config.proxyPassword);
    if (config.proxyPassword)
        mask(config.proxyFormattedUrl);
    const url = config.proxyFormattedUrl || config.proxyUrl;
    return {
        proxy: { url: config.proxyUrl, username: config.proxyUsername, password: config.proxyPassword, bypass: config.proxyBypassHosts },
        env: { HTTPS_PROXY: url, HTTP_PROXY: url },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/azure/endpoint.js
// The docker-registry service connection: which registry it is for and the
// credentials dct-sign sends to that registry and to its trust server.
//
// A "Docker Registry" connection (Docker Hub, or Others with any registry,
// e.g. ACR with a service principal's ID and secret) has the scheme
// UsernamePassword with `registry`, `username` and `password`. One made
// through the "Azure Container Registry" option has registrytype ACR and
// `loginServer`, with `serviceprincipalid`/`serviceprincipalkey` for a
// service principal; its managed identity and workload identity federation
// variants need an Azure AD token exchange that dct-sign does not do.





const HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
const TOKEN_EXCHANGE_SCHEMES = new Set(['ManagedServiceIdentity', 'WorkloadIdentityFederation']);
/** `https://myacr.azurecr.io/`, `index.docker.io/v1/`, `https://u:p@r.io` → the host an image reference would carry. */
function registryHost(url) {
    const host = url
        .trim()
        .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
        // A user and password (which may hold a `/`) are not part of the host, and must not reach a message.
        .replace(/^.*@/, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return HUB_HOSTS.has(host) ? reference/* DOCKER_HUB */.Xb : host;
}
function readEndpointSecrets(id) {
    return {
        password: readSecret(() => task.getEndpointAuthorizationParameter(id, 'password', true)),
        servicePrincipalKey: readSecret(() => task.getEndpointAuthorizationParameter(id, 'serviceprincipalkey', true)),
    };
}
function readRegistryConnection(id, secrets, input = azure_names/* CONNECTION_INPUT */.EE) {
    const scheme = task.getEndpointAuthorizationScheme(id, true) ?? '';
    const param = (key) => task.getEndpointAuthorizationParameter(id, key, true)?.trim() || undefined;
    const loginServer = param('loginServer');
    const acr = task.getEndpointDataParameter(id, 'registrytype', true) === 'ACR' || loginServer !== undefined;
    let username;
    let password;
    let url;
    if (acr) {
        if (TOKEN_EXCHANGE_SCHEMES.has(scheme)) {
            throw new errors/* InputError */.dz(input, `the ${scheme} authentication of this Azure Container Registry connection is not supported; ` +
                'use a Docker Registry connection (type Others) with a service principal ID and secret that may push');
        }
        password = secrets.servicePrincipalKey;
        username = param('serviceprincipalid');
        url = loginServer;
    }
    else {
        if (scheme !== '' && scheme !== 'UsernamePassword') {
            throw new errors/* InputError */.dz(input, `the connection's authentication scheme ${scheme} is not supported; use username and password`);
        }
        password = secrets.password;
        username = param('username');
        url = param('registry') ?? task.getEndpointUrl(id, true);
    }
    if (!url)
        throw new errors/* InputError */.dz(input, 'the service connection names no registry; set its Docker Registry URL');
    if (!username || !password) {
        throw new errors/* InputError */.dz(input, 'the service connection has no username and password; edit it to add the registry credentials');
    }
    return { registry: registryHost(url), username, password };
}

;// CONCATENATED MODULE: ./lib/azure/reader.js
// Reading a command's inputs the task's way. Every secret input of every
// command (the keys, their passphrases, the service connection's password)
// is read first, without task-lib's echo, and masked, whichever command runs
// and whichever inputs the pipeline set, so nothing that follows can print
// one unmasked. A key may also come from its `<key>File` input (a secure
// file's path); the login is the docker-registry service connection. Errors
// name the task's (camelCase) input and the fix.









function readKeyFile(path, input) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`;
        throw new errors/* InputError */.dz(input, `${path} ${why}; give the path of the key file, e.g. $(signerKey.secureFilePath) of DownloadSecureFile@1`, {
            cause: err,
        });
    }
}
const isSecret = (input) => input.kind === 'key' || input.kind === 'secret';
/** task-lib's variable for an input: INPUT_ and the name with dots and spaces as _, upper-cased. */
const inputVariable = (name) => `INPUT_${name.replace(/[. ]/g, '_').toUpperCase()}`;
/**
 * The variables the agent gives secrets in: every secret input of every
 * command (by its name and aliases), the service connections' ENDPOINT_AUTH_*,
 * secret variables' SECRET_* and secure files' tickets. task-lib takes them
 * out of the environment when it loads; children get none of them either way.
 */
function secretInputVariables() {
    const names = inputs/* ALL_INPUTS */.Uz.filter(isSecret).flatMap((input) => [(0,azure_names/* taskName */.p5)(input), ...(input.task.aliases ?? [])]);
    return { names: names.map(inputVariable), prefixes: ['ENDPOINT_AUTH_', 'SECRET_', 'SECUREFILE_TICKET_'] };
}
class TaskReader {
    #secrets;
    #endpoint;
    constructor(secrets, endpoint) {
        this.#secrets = secrets;
        this.#endpoint = endpoint;
    }
    /** Reads and masks every secret input, and the connection's secrets, before anything else. */
    static read() {
        const secrets = new Map(inputs/* ALL_INPUTS */.Uz.filter(isSecret).map((i) => [i.name, readSecret(() => task.getInput((0,azure_names/* taskName */.p5)(i)))]));
        const id = task.getInput(azure_names/* CONNECTION_INPUT */.EE)?.trim() || undefined;
        return new TaskReader(secrets, id ? { id, secrets: readEndpointSecrets(id) } : undefined);
    }
    /** A plain input's value: the command, say. */
    static plain(name) {
        return task.getInput(name)?.trim() || undefined;
    }
    text(input) {
        return TaskReader.plain((0,azure_names/* taskName */.p5)(input));
    }
    list(input) {
        return (0,operations_inputs/* splitList */.ry)(this.text(input));
    }
    boolean(input) {
        const value = this.text(input)?.toLowerCase();
        if (value === undefined)
            return undefined;
        if (value === 'true')
            return true;
        if (value === 'false')
            return false;
        throw new errors/* InputError */.dz((0,azure_names/* taskName */.p5)(input), `"${value}" is not a boolean; give true or false`);
    }
    secret(input) {
        return this.#secrets.get(input.name) || undefined;
    }
    /**
     * A filePath input's value, or undefined when it was left empty: the agent
     * fills an empty filePath input with the sources directory.
     */
    #path(name) {
        const value = task.getPathInput(name)?.trim();
        if (!value)
            return undefined;
        const root = task.getVariable('Build.SourcesDirectory') || task.getVariable('System.DefaultWorkingDirectory');
        if (root && (0,external_node_path_.resolve)(value) === (0,external_node_path_.resolve)(root))
            return undefined;
        return value;
    }
    key(input, passphrase) {
        const name = (0,azure_names/* taskName */.p5)(input);
        const fileInput = (0,azure_names/* fileInputOf */.U1)(input);
        const text = this.#secrets.get(input.name);
        const pass = passphrase ? this.secret(passphrase) : undefined;
        const passphraseInput = passphrase ? (0,azure_names/* taskName */.p5)(passphrase) : undefined;
        const file = this.#path(fileInput);
        if (file && text?.trim())
            throw new errors/* InputError */.dz(fileInput, `give the key either as ${name} or as ${fileInput}, not both`);
        const key = (value, from) => ({ text: value, input: from, passphraseInput, ...(pass ? { passphrase: pass } : {}) });
        if (file)
            return key(mask(readKeyFile(file, fileInput)), fileInput);
        const trimmed = text?.trim();
        if (!trimmed)
            return undefined;
        if (!trimmed.includes('\n') && !trimmed.includes('-----') && (0,external_node_fs_.existsSync)(trimmed)) {
            throw new errors/* InputError */.dz(name, `${trimmed} is a file; give its path as ${fileInput}, or the key itself (its PEM, or the PEM base64-encoded) as ${name}`);
        }
        return key(text, name);
    }
    async login() {
        return this.#endpoint ? readRegistryConnection(this.#endpoint.id, this.#endpoint.secrets) : undefined;
    }
    name(input) {
        const spec = inputs/* ALL_INPUTS */.Uz.find((i) => i.name === input);
        if (!spec)
            return input;
        return spec.kind === 'key' ? `${(0,azure_names/* taskName */.p5)(spec)} or ${(0,azure_names/* fileInputOf */.U1)(spec)}` : (0,azure_names/* taskName */.p5)(spec);
    }
}

;// CONCATENATED MODULE: ./lib/azure/runner.js
// Runs docker for the sign operation through task-lib's tool runner, so the
// command line and its output stream into the build log as they come. Output
// is filtered for `##vso[` markers (task-lib's externalOutput filter, the same
// rewrite to `##_vso[` as plain-text.ts does for our own text): a registry's
// error text must not be able to set variables or fail the task on our behalf.

class TaskCommandRunner {
    async run(command, args, options = {}) {
        const { signal } = options;
        if (signal?.aborted)
            throw signal.reason;
        const tool = task.tool(task.which(command, true)).arg([...args]);
        const stdout = [];
        const stderr = [];
        tool.on('stdout', (data) => stdout.push(data));
        tool.on('stderr', (data) => stderr.push(data));
        const running = tool.execAsync({
            ...(options.env ? { env: options.env } : {}),
            ignoreReturnCode: true,
            externalOutput: { source: 'childProcess' },
        });
        // The tool runner can stop its child, not the child's own children.
        let onAbort = () => { };
        const stopped = new Promise((_, reject) => {
            onAbort = () => {
                tool.killChildProcess('SIGKILL');
                reject(signal.reason);
            };
            signal?.addEventListener('abort', onAbort, { once: true });
        });
        running.catch(() => { });
        let exitCode;
        try {
            exitCode = await Promise.race([running, stopped]);
        }
        finally {
            signal?.removeEventListener('abort', onAbort);
        }
        return {
            exitCode,
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8'),
        };
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/azure/summary.js
// The run's summary tab. A command's summary, as markdown, is written as a
// file in the agent's temp directory for `##vso[task.uploadsummary]`; the
// agent reads it after the task, so the file stays (the agent empties its
// temp directory after the job).



/** Text for a markdown table cell: pipes escaped, on one line. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function markdownCell(value) {
    return typeof value === 'string' ? cell(value) : `\`${cell(value.code)}\``;
}
function summaryMarkdown(summary) {
    const { header, rows } = summary;
    const table = rows.length === 0
        ? []
        : ['', `| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(markdownCell).join(' | ')} |`)];
    const notes = (summary.notes ?? []).flatMap((n) => ['', n]);
    return [summary.intro, ...table, ...notes].join('\n');
}
/** Writes `markdown` under `parent` and has the agent attach it to the run. */
async function uploadSummary(markdown, parent) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, 'dct-sign-summary-'));
    // The agent titles the summary section after the file name.
    const file = (0,external_node_path_.join)(dir, 'Docker Content Trust.md');
    await (0,promises_.writeFile)(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    task.uploadSummary(file);
}

;// CONCATENATED MODULE: ./lib/azure/run.js
// The task's work, an adapter of the command layer: mask the secrets, run
// the command task.json's `command` input names (sign by default), then log
// its text, set its output variables and upload its summary. Returns the
// message the task completes with; on failure, uploads a summary of what
// failed and what was, or was not, published.















function readCommand() {
    const name = TaskReader.plain('command') ?? DEFAULT_COMMAND;
    const spec = findCommand(name);
    if (!spec)
        throw new errors/* InputError */.dz('command', `unknown command "${name}"; choose one of ${COMMAND_NAMES.join(', ')}`);
    return spec;
}
const agentTemp = () => task.getVariable('Agent.TempDirectory') || (0,external_node_os_.tmpdir)();
/**
 * `operations`: fakes for some operations, by command name, in tests (as the
 * CLI's CliIo.operations). A failure also uploads a summary that says what
 * failed and what was, or was not, published, then reaches main's catch.
 */
async function run(operations) {
    const progress = { stage: 'inputs' };
    try {
        return await runTask(progress, operations);
    }
    catch (err) {
        if (progress.stage !== 'shown') {
            const summary = summaryMarkdown(failureSummary(progress.command, err, progress.stage));
            await uploadSummary(summary, agentTemp()).catch((e) => task.debug((0,errors/* errorMessage */.gJ)(e)));
        }
        throw err;
    }
}
async function runTask(progress, operations) {
    startMasking();
    const reader = TaskReader.read();
    const spec = readCommand();
    progress.command = spec.name;
    const values = await readInputs(spec, reader);
    progress.stage = 'run';
    const temp = agentTemp();
    const { proxy, env } = agentProxy();
    const { result, failures } = await runCommand(spec, values, {
        logger: taskLogger,
        runner: new TaskCommandRunner(),
        env: { ...process.env, ...env },
        secretVariables: secretInputVariables(),
        proxy,
        workDirectory: temp,
        tempDirectory: temp,
        maskKey: (text) => mask(text),
        maskSecret: (text) => mask(text),
    }, operations?.[spec.name]);
    // A later step that prints a file this run wrote shows it masked too.
    for (const secret of spec.secrets?.(result) ?? [])
        mask(secret);
    if (spec.notes)
        console.log(plainText(spec.notes(result).trimEnd()));
    console.log(plainText(spec.text(result, { log: true, flags: new Set() }).trimEnd()));
    for (const output of spec.outputs)
        task.setVariable((0,azure_names/* camelCase */.xQ)(output.name), output.value(result), false, true);
    const summary = withFailures(spec.summaryOf?.(result), spec.name, failures);
    progress.stage = 'shown';
    if (summary)
        await uploadSummary(summaryMarkdown(summary), temp);
    if (failures.length > 0)
        throw new errors/* DctError */.sY('VERIFY', failures.join('\n'));
    return spec.done(result);
}


/***/ }),

/***/ 7978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ formatMs)
/* harmony export */ });
// A duration as the messages print it: "800 ms", "2.5 s", "10 min". Its own
// module, so that code which only words a timeout (the command layer, via
// operations/push.ts) does not load the HTTP client at start-up.
function formatMs(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 120_000)
        return `${Number((ms / 1000).toFixed(1))} s`;
    return `${Number((ms / 60_000).toFixed(1))} min`;
}


/***/ }),

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

/***/ 240:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ passphrasePieces),
/* harmony export */   o: () => (/* binding */ secretPieces)
/* harmony export */ });
/* harmony import */ var _pem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7110);
// The pieces of a secret that a CI log masker must be told about. Maskers
// match one log line at a time, so a PEM key is registered line by line:
// every line as given, each block's base64 body as one string and as the
// 64-column lines a key file has (whatever shape the CI secret squashed it
// into), and, when the key was given base64-encoded, the same pieces of the
// decoded PEM. Armor lines and `role:`/`gun:` headers are not secret and
// stay readable.

const ARMOR = /^-----(BEGIN|END) [A-Z0-9 ]+-----$/;
const HEADER = /^[A-Za-z][A-Za-z0-9_-]*\s*:\s/;
const BASE64_TOKEN = /^[A-Za-z0-9+/_-]+={0,2}$/;
function linePieces(text, into) {
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '' || ARMOR.test(line) || HEADER.test(line))
            continue;
        into.add(line);
        // A PEM squashed onto one line (newlines turned into spaces) hides its
        // base64 among armor and header words.
        for (const token of line.split(/\s+/)) {
            if (token.length >= 16 && BASE64_TOKEN.test(token))
                into.add(token);
        }
    }
}
function blockPieces(text, into) {
    for (const block of (0,_pem_js__WEBPACK_IMPORTED_MODULE_0__/* .readPem */ .J)(text).blocks) {
        const body = block.bytes.toString('base64');
        into.add(body);
        for (const line of (0,_pem_js__WEBPACK_IMPORTED_MODULE_0__/* .encodePem */ .T)(block.type, block.bytes).split('\n')) {
            if (line !== '' && !ARMOR.test(line))
                into.add(line);
        }
    }
}
/** A password or passphrase: as given, trimmed, and each of its lines trimmed; blanks dropped. */
function passphrasePieces(value) {
    if (!value)
        return [];
    const pieces = [value, value.trim(), ...value.split(/\r?\n/).map((line) => line.trim())];
    return [...new Set(pieces)].filter((piece) => piece !== '');
}
/** Everything in key text `value` to register with the agent's masker, each on one line. */
function secretPieces(value) {
    const text = (value ?? '').replace(/\r\n?/g, '\n').trim();
    if (text === '')
        return [];
    const pieces = new Set();
    if (!text.includes('\n'))
        pieces.add(text);
    // A PEM kept in JSON or YAML sometimes carries its newlines as `\n`.
    linePieces(!text.includes('\n') && text.includes('\\n') ? text.replace(/\\n/g, '\n') : text, pieces);
    blockPieces(text, pieces);
    // The whole PEM file base64-encoded, as CI secrets usually hold keys:
    // mask the decoded file's lines too, however it was wrapped.
    const compact = text.replace(/\s+/g, '');
    if (BASE64_TOKEN.test(compact)) {
        const decoded = Buffer.from(compact, /[-_]/.test(compact) ? 'base64url' : 'base64').toString('utf8');
        if (decoded.includes('-----BEGIN '))
            linePieces(decoded.replace(/\r\n?/g, '\n'), pieces);
    }
    return [...pieces];
}


/***/ }),

/***/ 8747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ phase),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
// The logger the core writes progress to. Entrypoints adapt it to their
// platform (core.info, tl.debug, stderr); tests pass a silent or recording one.
const silentLogger = { debug() { }, info() { }, warning() { } };
/**
 * Runs one phase of a command (reading a repository's trust data, a push,
 * a publish) and writes one debug line when it ends, with how long it took:
 * "reading trust data for r/a: done in 120 ms", or "…: failed after 120 ms".
 */
async function phase(logger, what, work) {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    let result;
    try {
        result = await work();
    }
    catch (err) {
        logger.debug(`${what}: failed after ${ms()} ms`);
        throw err;
    }
    logger.debug(`${what}: done in ${ms()} ms`);
    return result;
}


/***/ }),

/***/ 9372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ describeFailedPush),
/* harmony export */   i: () => (/* binding */ pushAll)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _http_format_ms_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7978);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8747);
// docker push for every tag of a sign, before anything is signed. Every tag
// is pushed even when an earlier push failed, so that the caller can sign
// each tag that was pushed and name the rest: a tag pushed and left unsigned
// would be refused by every client that enforces content trust.
//
// Each push ends at the command's deadline (the timeout input): docker push
// is stopped and the sign fails, like a request that runs out of time.



/** The line `docker push` ends with: `<tag>: digest: sha256:… size: N`. */
const PUSHED_DIGEST = /digest: (sha256:[0-9a-f]{64}) size: \d+/;
/** Pushes every reference; fails outright only at the deadline or when no push succeeded. */
async function pushAll(refs, options) {
    // With DOCKER_CONTENT_TRUST set, docker ≤ 28 would try to sign with its own keys.
    const env = { ...options.env };
    delete env.DOCKER_CONTENT_TRUST;
    const pushed = new Map();
    const failed = [];
    for (const ref of refs) {
        options.logger.info(`Pushing ${ref.original}`);
        const result = await (0,_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .phase */ .O)(options.logger, `pushing ${ref.original}`, () => pushOne(ref.original, env, options));
        if (result.exitCode !== 0) {
            failed.push({ reference: ref.original, exitCode: result.exitCode, error: lastLine(result.stderr) });
            continue;
        }
        const reported = PUSHED_DIGEST.exec(result.stdout)?.[1];
        pushed.set(ref.original, reported);
        // Without the pushed digest a tag moved by someone else after our push would be signed unnoticed.
        if (!reported) {
            options.logger.warning(`docker push ${ref.original} printed no "digest: sha256:… size: …" line, so the check that the registry ` +
                'serves what was just pushed is skipped; the digest the registry serves now is signed');
        }
    }
    if (pushed.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('COMMAND', `${failed.map(describeFailedPush).join('; ')}; nothing was signed`);
    return { pushed, failed };
}
/** "docker push r/a:1 failed (exit code 1): denied: requested access to the resource is denied". */
function describeFailedPush(failure) {
    return `docker push ${failure.reference} failed (exit code ${failure.exitCode})${failure.error ? `: ${failure.error}` : ''}`;
}
async function pushOne(reference, env, options) {
    const { deadline } = options;
    const timedOut = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DctError */ .sY('COMMAND', `timed out after ${(0,_http_format_ms_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMs */ ._)(deadline.limitMs)} (the timeout input) while running docker push ${reference}, ` +
        'which was stopped; nothing was signed');
    if (Date.now() >= deadline.at)
        throw timedOut;
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(timedOut), deadline.at - Date.now());
    try {
        return await options.runner.run(options.docker ?? 'docker', ['push', reference], { env, signal: stop.signal });
    }
    finally {
        clearTimeout(timer);
    }
}
/** docker's error is its last line: "denied: requested access to the resource is denied". */
function lastLine(output) {
    const line = output.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '').at(-1) ?? '';
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}


/***/ }),

/***/ 1492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ validateRemovableSignerName),
/* harmony export */   XY: () => (/* binding */ MAX_SIGNER_NAME_LENGTH),
/* harmony export */   _F: () => (/* binding */ validateSignerName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _tuf_role_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1239);
// Signer names as docker checks them. Apart from the operations because the
// command layer checks a name when it reads it, before any key is loaded,
// and a CLI's start-up must not pay for the key module.


/** docker's validSignerName (and key names of `docker trust key generate`). */
const SIGNER_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** notary refuses role names of 256 bytes or more, and targets/<name> is the role. */
const MAX_SIGNER_NAME_LENGTH = 255 - `${_tuf_role_js__WEBPACK_IMPORTED_MODULE_1__/* .TARGETS */ .dW}/`.length;
/** Checks a signer name as docker does; `releases` is docker's shared role and cannot be a signer. */
function validateSignerName(name, input = 'signer-name') {
    if (!SIGNER_NAME.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${JSON.stringify(name)} is not a valid signer name: it must start with a lowercase letter or digit and ` +
            "contain only lowercase letters, digits, '-' and '_'");
    }
    if (name.length > MAX_SIGNER_NAME_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${JSON.stringify(name.slice(0, 20))}… is too long; use at most ${MAX_SIGNER_NAME_LENGTH} characters`);
    }
    if (name === 'releases') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'releases is a reserved name (the role every signer shares); use a different signer name');
    }
    return name;
}
/** signer-remove: `releases` is no signer, so it cannot be removed; any other name as docker checks it. */
function validateRemovableSignerName(name, input = 'signer-name') {
    if (name === 'releases') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'releases is a reserved name (the role every signer shares) and cannot be removed');
    }
    return validateSignerName(name, input);
}


/***/ }),

/***/ 781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OO: () => (/* binding */ roleCompare),
/* harmony export */   U6: () => (/* binding */ byteCompare),
/* harmony export */   jz: () => (/* binding */ REPO_ADMIN),
/* harmony export */   p0: () => (/* binding */ naturalCompare)
/* harmony export */ });
/* unused harmony export naturalLess */
// docker's orders for what trust inspect lists: natural order for tags and
// signers (fvbommel/sortorder, as docker uses it), Go's bytewise order for
// key IDs and digests, and the name of a tag no signer signed. And the one
// order every command prints roles and a tag's signers in (roleCompare).
/** docker's name for a tag signed only into targets or targets/releases. */
const REPO_ADMIN = 'Repo Admin';
const isDigit = (c) => c >= 0x30 && c <= 0x39;
/**
 * fvbommel/sortorder.NaturalLess: digit runs compare as numbers (fewer
 * leading zeros first on a tie), everything else bytewise.
 */
function naturalLess(a, b) {
    const s1 = Buffer.from(a);
    const s2 = Buffer.from(b);
    let i = 0;
    let j = 0;
    while (i < s1.length && j < s2.length) {
        const c1 = s1[i];
        const c2 = s2[j];
        const d1 = isDigit(c1);
        const d2 = isDigit(c2);
        if (d1 !== d2)
            return d1;
        if (!d1) {
            if (c1 !== c2)
                return c1 < c2;
            i++;
            j++;
            continue;
        }
        while (i < s1.length && s1[i] === 0x30)
            i++;
        while (j < s2.length && s2[j] === 0x30)
            j++;
        const n1 = i;
        const n2 = j;
        while (i < s1.length && isDigit(s1[i]))
            i++;
        while (j < s2.length && isDigit(s2[j]))
            j++;
        if (i - n1 !== j - n2)
            return i - n1 < j - n2;
        const r1 = s1.subarray(n1, i).toString('latin1');
        const r2 = s2.subarray(n2, j).toString('latin1');
        if (r1 !== r2)
            return r1 < r2;
        if (n1 !== n2)
            return n1 < n2;
    }
    return s1.length < s2.length;
}
function naturalCompare(a, b) {
    if (naturalLess(a, b))
        return -1;
    return naturalLess(b, a) ? 1 : 0;
}
/** Go's bytewise string order. */
function byteCompare(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
/** targets, then targets/releases, then every other role. */
function roleRank(role) {
    if (role === 'targets')
        return 0;
    return role === 'targets/releases' ? 1 : 2;
}
/**
 * The one order roles and a tag's signers are printed in, by every command
 * (sign's SIGNED IN and `roles`, verify's signers, inspect --pretty's
 * SIGNERS): targets, targets/releases, then the delegations in Go's bytewise
 * order, as `docker trust inspect --pretty` lists a tag's signers
 * (sort.Strings). Works on role names (`targets/ci`) and signer names (`ci`).
 */
function roleCompare(a, b) {
    return roleRank(a) - roleRank(b) || byteCompare(a, b);
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


/***/ })

};
