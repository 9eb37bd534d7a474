// `sign` (the default command): push image tags and sign them in the
// repository's trust server as a delegated signer, and in the registry with
// cosign and notation signatures.

import { pemTextOrFile, type KeyInput } from '../operations/inputs.ts';
import { describeFailedPush } from '../operations/push.ts';
import type { SignOptions, SignResult } from '../operations/sign.ts';
import { parseTaggedReference, type TaggedReference } from '../registry/reference.ts';
import { plural, shortId, table } from './format.ts';
import { connectionInputs, dctOnlyRule, formatsOf, keyInputs, referencesInput, use } from './inputs.ts';
import { connectionOptions, referencesOf } from './options.ts';
import { defineCommand, type CommandInput } from './spec.ts';

const FIRST = 'First signing of a repository (creates its trust data)';

/** sign's options with its keys as given; they are loaded when the command runs. */
export type SignInputOptions = Omit<SignOptions, 'signerKey' | 'bootstrap' | 'cosignKey' | 'notationKey'> & {
  readonly signerKey: KeyInput | undefined;
  readonly rootKey: KeyInput | undefined;
  readonly repositoryKey: KeyInput | undefined;
  readonly cosignKey?: KeyInput | undefined;
  readonly notationKey?: KeyInput | undefined;
};

const INPUTS: CommandInput[] = [
  referencesInput('the tags to sign, registry/repository:tag', 'registry/repository:tag', parseTaggedReference),
  use('formats'),
  // Required unless cosign-key makes the cosign signatures: the one-of rule below, and the operation for dct.
  ...keyInputs('signer-key'),
  use('signer-name', {
    help: "the signer to sign as (its role must list the signer key); default: the key file's role: header",
  }),
  ...keyInputs('cosign-key', { help: 'a cosign private key file (cosign.key) for the cosign signatures; default: the signer key' }),
  // Required with notation: the operation says so, naming the format.
  use('notation-certificate', { parse: (value, input) => pemTextOrFile(value, input) }),
  ...keyInputs('notation-key', { help: 'a private key file for the notation signatures (PKCS#8, encrypted or not); default: the signer key' }),
  use('push', { group: 'Registry' }),
  ...keyInputs('root-key', { group: FIRST, help: 'root key file; used only if the repository has no trust data' }),
  ...keyInputs('repository-key', { group: FIRST, help: 'repository (targets) key file, to add the signer with' }),
  ...connectionInputs(),
];

/** `signed`: each reference with the digest and size signed, the roles it is signed into, whether it already was, and its formats. */
export function signedOutput(result: SignResult) {
  return result.signed.map(({ reference, tag, digest, size, roles, alreadySigned, formats }) => ({ reference, tag, digest, size, roles, alreadySigned, formats }));
}

/** Where the signatures went: the trust servers, and the registry for cosign and notation. */
function servers(result: SignResult): string {
  const places = result.signed.flatMap((s) => (s.trustServer ? [s.trustServer] : []));
  const registry = result.formats.filter((f) => f !== 'dct');
  if (registry.length > 0) places.push(`the registry (${registry.join(', ')})`);
  return [...new Set(places)].join(', ');
}

/** Whether the run asked for more than DCT: then the formats are shown per tag. */
const multiFormat = (r: SignResult) => r.formats.length !== 1 || r.formats[0] !== 'dct';
const formatsCell = (s: SignResult['signed'][number]) => (s.formats.length > 0 ? s.formats.join(', ') : 'none');
const signer = (result: SignResult) =>
  `key ${shortId(result.signerKeyId)}${result.signerName ? ` (signer ${result.signerName})` : ''}`;

const ALREADY = 'already signed; nothing published';
/** The roles a tag was signed into, or that it already was, with this digest, and nothing was published for it; with the cosign forms. */
function signedIn(s: SignResult['signed'][number]): string {
  if (s.alreadySigned) return ALREADY;
  const cosign = s.cosign ? [`cosign ${[...s.cosign.written, ...s.cosign.already].map((f) => (f === 'sig' ? '.sig' : f)).join(' + ')}`] : [];
  const notation = s.notation ? ['notation'] : [];
  return [...(s.roles.length > 0 ? [s.roles.join(', ')] : []), ...cosign, ...notation].join('; ') || '-';
}

/** A format that failed after another succeeded, with what the tags have now. */
function formatFailureLine(f: NonNullable<SignResult['failedFormats']>[number], r: SignResult): string {
  const have = r.signed.filter((s) => f.references.includes(s.reference)).map((s) => `${s.reference}: ${formatsCell(s)}`);
  return `${f.format} signing failed for ${f.references.join(', ')}: ${f.message} (signed now in ${have.join('; ')})`;
}

/**
 * What was signed, and what already was: a tag already signed with the same
 * digest is not signed again, so nothing is published for it.
 */
function headline(r: SignResult, where: string): string {
  const already = r.signed.filter((s) => s.alreadySigned).length;
  const fresh = r.signed.length - already;
  if (already === 0) return `Signed ${plural(fresh, 'tag')} with ${signer(r)}${where}`;
  if (fresh === 0) return `${plural(already, 'tag')} already signed with ${signer(r)}${where}${r.published ? '' : '; nothing published'}`;
  return `Signed ${plural(fresh, 'tag')} with ${signer(r)}${where}; ${plural(already, 'tag')} already signed, nothing published for ${already === 1 ? 'it' : 'them'}`;
}

export const signSpec = defineCommand<SignInputOptions, SignResult>({
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
    dctOnlyRule(INPUTS),
    {
      kind: 'together',
      inputs: ['root-key', 'repository-key'],
      message: 'creating trust data for a repository needs both the root key and the repository key: give {root-key} and {repository-key}, or neither',
    },
  ],
  pushes: (values) => values.boolean('push'),
  options: (v, ctx): SignInputOptions => ({
    references: referencesOf<TaggedReference>(v),
    formats: formatsOf(v),
    push: v.boolean('push'),
    signerKey: v.key('signer-key'),
    cosignKey: v.key('cosign-key'),
    notationKey: v.key('notation-key'),
    notationCertificate: v.parsed<string>('notation-certificate'),
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
      import('../operations/sign.ts'),
      import('../operations/key-inputs.ts'),
    ]);
    return ({ signerKey, rootKey, repositoryKey, cosignKey, notationKey, ...rest }: SignInputOptions) =>
      run({
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
      description:
        'JSON array of what was signed, in the order of tags: objects with reference, tag, digest, size (manifest bytes), roles (the ' +
        'delegation roles the tag is signed into), alreadySigned (true when those roles already listed this digest, so nothing was ' +
        'published for the tag) and formats (the formats the tag is now signed in: dct, cosign, notation)',
      value: (r) => JSON.stringify(signedOutput(r)),
    },
    { name: 'signer-key-id', description: 'the ID of signer-key, as `docker trust inspect` lists it under the signer', value: (r) => r.signerKeyId },
  ],
  json: {
    help:
      'print the result as JSON: {signed, published, formats, failedFormats, signerKeyId, signerName}; published is false when every ' +
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
    return `${headline(r, ` in ${servers(r)}`)}\n\n${table(rows)}`;
  },
  failures: (r) => [
    ...(r.notPushed ?? []).map((f) => `${describeFailedPush(f)}; it was not signed`),
    ...(r.failedFormats ?? []).map((f) => formatFailureLine(f, r)),
  ],
  summaryOf: (r) => ({
    intro: `${headline(r, '')}.`,
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
  done: (r) => headline({ ...r, signerName: undefined }, ''),
});
