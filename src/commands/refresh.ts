// `refresh`: re-sign a repository's roles before they expire, from a
// schedule: targets with the repository key, a signer's roles with its key.
// With expiring-within (e.g. 180d) only roles expiring that soon are
// re-signed, so most scheduled runs publish nothing.

import { parseDuration, type KeyInput } from '../operations/inputs.ts';
import type { RefreshOptions, RefreshResult } from '../operations/refresh.ts';
import { plural, table } from './format.ts';
import { connectionInputs, keyInputs, repositoriesInput, use } from './inputs.ts';
import { connectionOptions, referencesOf, withLoadedKeys } from './options.ts';
import { defineCommand } from './spec.ts';

const KEYS = 'Keys (one or both)';

/** refresh's options with its keys as given; they are loaded when the command runs. */
export type RefreshInputOptions = Omit<RefreshOptions, 'signerKey' | 'repositoryKey'> & {
  readonly signerKey: KeyInput | undefined;
  readonly repositoryKey: KeyInput | undefined;
};

/** `refreshed`: each re-signed role with its new version, and its new and former expiry as ISO dates. */
export function refreshedOutput(result: RefreshResult) {
  return result.refreshed.map((r) => ({
    role: r.role,
    version: r.version,
    expires: r.expires.toISOString(),
    previousExpires: r.previousExpires.toISOString(),
  }));
}

export const refreshSpec = defineCommand({
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
    repositoriesInput('the repository, registry/repository'),
    ...keyInputs('signer-key', { group: KEYS, help: "a signer's private key file: re-signs the roles it signs" }),
    ...keyInputs('repository-key', { group: KEYS, help: 'repository (targets) key file: re-signs targets' }),
    use('expiring-within', { parse: parseDuration }),
    ...connectionInputs(),
  ],
  rules: [
    { kind: 'single', input: 'tags', message: 'refresh works on one repository; give one, not {count}' },
    { kind: 'one-of', inputs: ['signer-key', 'repository-key'], message: "give {signer-key} (the signer's roles), {repository-key} (targets) or both" },
  ],
  // The core logs each role it re-signs; the table below says the same, so once is enough.
  infoAsDebug: true,
  options: (v, ctx): RefreshInputOptions => ({
    reference: referencesOf(v)[0]!,
    signerKey: v.key('signer-key'),
    repositoryKey: v.key('repository-key'),
    expiringWithinMs: v.parsed<number>('expiring-within'),
    ...connectionOptions(v, ctx),
  }),
  operation: withLoadedKeys(
    async () => (await import('../operations/refresh.ts')).refresh,
    ({ signerKey, repositoryKey, ...rest }: RefreshInputOptions, load): RefreshOptions => ({
      ...rest,
      signerKey: signerKey ? load(signerKey) : undefined,
      repositoryKey: repositoryKey ? load(repositoryKey) : undefined,
    }),
  ),
  outputs: [
    {
      name: 'refreshed',
      description:
        'JSON array of the roles re-signed: objects with role, version, expires and previousExpires (ISO 8601); empty when ' +
        'nothing needed refreshing',
      value: (r: RefreshResult) => JSON.stringify(refreshedOutput(r)),
    },
  ],
  json: {
    help: 'print {gun, trustServer, published, refreshed} as JSON',
    value: (r) => ({ gun: r.gun, trustServer: r.trustServer, published: r.published, refreshed: refreshedOutput(r) }),
  },
  text: (r) => {
    if (!r.published) return `Nothing in ${r.gun} needed re-signing\n`;
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
