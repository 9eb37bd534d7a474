// `verify`: the gate before a deploy. Are these tags signed (by the required
// signers), and does the registry still serve what was signed? The outputs
// pin the tags that passed to their digests, for later steps to deploy by;
// then the command fails with one line per failing reference.

import type { Format } from '../operations/formats.ts';
import type { VerifiedReference, VerifyFailure, VerifyOptions, VerifyResult } from '../operations/verify.ts';
import type { TaggedReference } from '../registry/reference.ts';
import { plural, table } from './format.ts';
import { readPublicKeyList } from '../operations/inputs.ts';
import { connectionInputs, dctOnlyRule, formatsOf, referencesInput, use } from './inputs.ts';
import { connectionOptions, referencesOf } from './options.ts';
import { parseVerifyReference } from './references.ts';
import { defineCommand, type CommandInput } from './spec.ts';

/** verify's options with the cosign public keys as given (PEM text); they are loaded when the command runs. */
export type VerifyInputOptions = Omit<VerifyOptions, 'cosignPublicKeys'> & { readonly cosignPublicKeys?: readonly string[] | undefined };

const INPUTS: CommandInput[] = [
  referencesInput('the tags to verify, registry/repository:tag', 'registry/repository:tag', parseVerifyReference),
  use('required-signers'),
  use('signer-policy'),
  use('formats'),
  use('formats-policy'),
  use('cosign-public-key', { parse: readPublicKeyList }),
  // Each PEM block an anchor; the operation says when none is given with notation.
  use('notation-trust-anchor', { parse: readPublicKeyList }),
  use('notation-identity'),
  ...connectionInputs(),
];

/** One verdict as the `verified` output (and the CLI's --json) has it. */
export interface VerifiedEntry {
  readonly reference: string;
  readonly tag: string;
  readonly ok: boolean;
  readonly reason?: VerifyFailure;
  readonly signers: readonly string[];
  readonly signedDigest: string | null;
  readonly registryDigest: string | null;
  /** Only for a reference that passed. */
  readonly pinned: string | null;
  readonly message: string;
  /** The formats that verified. */
  readonly formats: readonly Format[];
  /** The keys whose cosign signatures verified, when cosign did. */
  readonly cosignSigners?: readonly string[];
  /** The certificate subjects whose notation signatures verified, when notation did. */
  readonly notationSigners?: readonly string[];
  /** A format that could not be checked while another verified the reference. */
  readonly warnings?: readonly string[];
}

/** `registry/repository@sha256:…` of each reference that passed: a later step must never deploy an unverified digest. */
export function pinnedReferences(result: VerifyResult): string[] {
  return result.references.flatMap((r) => (r.ok && r.pinned ? [r.pinned] : []));
}

export function verifiedEntries(result: VerifyResult): VerifiedEntry[] {
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
export function failureLines(result: VerifyResult): string[] {
  return result.references
    .filter((r) => !r.ok)
    .map((r) => {
      const prefix = `${r.reference}: `;
      const message = r.message.startsWith(prefix) ? r.message.slice(prefix.length) : r.message;
      return `${r.reference} (${r.reason ?? 'failed'}): ${message}`;
    });
}

function signedBy(r: VerifiedReference): string {
  if (r.signedDigest === undefined) return '-';
  if (r.signers.length === 0 && !r.formats.includes('dct')) {
    const registry = [...(r.cosignSigners ?? []), ...(r.notationSigners ?? [])];
    if (registry.length > 0) return registry.join('; ');
  }
  return r.signers.length > 0 ? r.signers.join(', ') : '(Repo Admin)';
}

/** Whether any reference was checked in more than DCT: then the formats verified are shown per reference. */
const multiFormat = (r: VerifyResult) => r.references.some((x) => x.formats.some((f) => f !== 'dct') || /^(cosign|notation)-/.test(x.reason ?? ''));
const formatsCell = (x: VerifiedReference) => (x.formats.length > 0 ? x.formats.join(', ') : 'none');

/** `notation-trust-anchor`: each PEM block an anchor, named by its place for messages. */
function anchorsOf(given: readonly (readonly string[])[]) {
  const pems = given.flat();
  return pems.map((pem, i) => ({ source: pems.length > 1 ? `notation-trust-anchor #${i + 1}` : 'notation-trust-anchor', pem }));
}

export const verifySpec = defineCommand<VerifyInputOptions, VerifyResult>({
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
  inputs: INPUTS,
  rules: [dctOnlyRule(INPUTS)],
  options: (v, ctx): VerifyInputOptions => ({
    references: referencesOf<TaggedReference>(v),
    requiredSigners: v.list('required-signers'),
    signerPolicy: v.string('signer-policy') === 'all' ? 'all' : 'any',
    formats: formatsOf(v),
    formatsPolicy: v.string('formats-policy') === 'all' ? 'all' : 'any',
    cosignPublicKeys: (v.parsed<string[][]>('cosign-public-key') ?? []).flat(),
    notationTrustAnchors: anchorsOf(v.parsed<string[][]>('notation-trust-anchor') ?? []),
    notationIdentities: (v.string('notation-identity') ?? '').split(/\r?\n/).map((i) => i.trim()).filter((i) => i !== ''),
    ...connectionOptions(v, ctx),
  }),
  operation: async () => {
    // The key module is loaded only when keys were given.
    const { verify } = await import('../operations/verify.ts');
    return async ({ cosignPublicKeys, ...rest }: VerifyInputOptions) => {
      const keys = cosignPublicKeys && cosignPublicKeys.length > 0 ? (await import('../operations/key-inputs.ts')).loadCosignPublicKeys(cosignPublicKeys) : [];
      return verify({ ...rest, cosignPublicKeys: keys });
    };
  },
  infoAsDebug: true,
  outputs: [
    {
      name: 'references',
      description:
        'the digest-pinned reference (registry/repository@sha256:…) of each verified tag, one per line in the order of tags: ' +
        'what a content-trust pull fetches. Failing tags are left out.',
      value: (r: VerifyResult) => pinnedReferences(r).join('\n'),
    },
    {
      name: 'verified',
      description:
        'JSON array in the order of tags: objects with reference, tag, ok, reason (when not ok: unsigned, wrong-signer, ' +
        'digest-changed, expired, untrusted-root, no-trust-data, invalid-trust-data, cosign-unsigned, cosign-invalid, ' +
        'notation-unsigned or notation-invalid), signers, signedDigest, registryDigest, pinned, message, formats (the ' +
        'formats that verified), and cosignSigners, notationSigners and warnings when there are any',
      value: (r: VerifyResult) => JSON.stringify(verifiedEntries(r)),
    },
  ],
  json: {
    help: 'print {ok, references, verified} as JSON',
    value: (r) => ({ ok: r.ok, references: pinnedReferences(r), verified: verifiedEntries(r) }),
  },
  text: (r) => {
    const many = multiFormat(r);
    const rows = r.references.map((x) => [
      x.reference,
      x.ok ? 'ok' : (x.reason ?? 'failed'),
      ...(many ? [formatsCell(x)] : []),
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
