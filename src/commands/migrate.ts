// `migrate`: give tags signed with DCT cosign or notation signatures (or
// both) for the same digest, after checking the DCT signature and that the registry still
// serves what was signed, so that gates can move to cosign or notation
// without a day of unsigned images.

import { pemTextOrFile, type KeyInput } from '../operations/inputs.ts';
import type { MigratedTag, MigrateOptions, MigrateResult } from '../operations/migrate.ts';
import { parseReference } from '../registry/reference.ts';
import { plural, shortId, table } from './format.ts';
import { connectionInputs, formatsOf, keyInputs, referencesInput, use } from './inputs.ts';
import { connectionOptions, referencesOf } from './options.ts';
import { defineCommand } from './spec.ts';

/** migrate's options with its keys as given; they are loaded when the command runs. */
export type MigrateInputOptions = Omit<MigrateOptions, 'signerKey' | 'cosignKey' | 'notationKey'> & {
  readonly signerKey: KeyInput | undefined;
  readonly cosignKey?: KeyInput | undefined;
  readonly notationKey?: KeyInput | undefined;
};

/** One tag as the `migrated` output (and --json) has it. */
export function migratedEntries(result: MigrateResult) {
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

const count = (r: MigrateResult, status: MigratedTag['status']) => r.tags.filter((t) => t.status === status).length;

function headline(r: MigrateResult): string {
  const migrated = count(r, 'migrated');
  const verb = r.dryRun ? `Would migrate ${plural(migrated, 'tag')}` : `Migrated ${plural(migrated, 'tag')}`;
  const rest = (['already', 'refused', 'unsigned'] as const).filter((s) => count(r, s) > 0).map((s) => `${count(r, s)} ${s}`);
  const tail = r.dryRun ? '; dry run, nothing written' : '';
  return `${verb} to ${r.formats.join(' and ')} with key ${shortId(r.keyId)}${rest.length > 0 ? ` (${rest.join(', ')})` : ''}${tail}`;
}

/** The tag alone when every tag is of one repository; else the whole reference. */
function tagColumn(r: MigrateResult): (t: MigratedTag) => string {
  const one = new Set(r.tags.map((t) => t.gun)).size <= 1;
  return (t) => (one ? t.tag : t.reference);
}

export const migrateSpec = defineCommand<MigrateInputOptions, MigrateResult>({
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
      ...referencesInput('the repositories (every signed tag) or tags to migrate, registry/repository[:tag]', 'registry/repository[:tag]', parseReference),
      operand: 'REPOSITORY',
    },
    use('formats', { help: 'the formats to migrate to: cosign, notation or both (required; dct, the source, may be listed too)' }),
    use('dry-run'),
    ...keyInputs('signer-key', { help: 'the DCT signer key, which makes the cosign signatures unless a cosign key is given' }),
    ...keyInputs('cosign-key', { help: 'a cosign private key file (cosign.key) for the cosign signatures; default: the signer key' }),
    use('notation-certificate', { parse: (value, input) => pemTextOrFile(value, input) }),
    ...keyInputs('notation-key', { help: 'a private key file for the notation signatures (PKCS#8, encrypted or not); default: the signer key' }),
    ...connectionInputs(),
  ],
  rules: [
    {
      kind: 'one-of',
      inputs: ['signer-key', 'cosign-key', 'notation-key'],
      message: 'no key to make the signatures with; give {signer-key} (docker keeps its keys in ~/.docker/trust/private/), {cosign-key} or {notation-key}',
    },
  ],
  options: (v, ctx): MigrateInputOptions => ({
    references: referencesOf(v),
    formats: formatsOf(v),
    dryRun: v.boolean('dry-run'),
    signerKey: v.key('signer-key'),
    cosignKey: v.key('cosign-key'),
    notationKey: v.key('notation-key'),
    notationCertificate: v.parsed<string>('notation-certificate'),
    ...connectionOptions(v, ctx),
  }),
  operation: async () => {
    // The key module is loaded only when the command runs; each key is loaded before the operation starts.
    const [{ migrate }, { loadKeyInput, loadCosignKeyInput }] = await Promise.all([import('../operations/migrate.ts'), import('../operations/key-inputs.ts')]);
    return ({ signerKey, cosignKey, notationKey, ...rest }: MigrateInputOptions) =>
      migrate({
        ...rest,
        ...(signerKey ? { signerKey: loadKeyInput(signerKey) } : {}),
        ...(cosignKey ? { cosignKey: loadCosignKeyInput(cosignKey) } : {}),
        ...(notationKey ? { notationKey: loadKeyInput(notationKey, 'jws') } : {}),
      });
  },
  outputs: [
    {
      name: 'migrated',
      description:
        'JSON array, one object per tag: reference, tag, digest (signed with DCT), registryDigest, status (migrated, already, ' +
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
