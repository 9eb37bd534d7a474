// `inspect`: what `docker trust inspect` shows, from verified trust data:
// docker's JSON, or its --pretty text.

import type { InspectOptions, InspectResult } from '../operations/inspect.ts';
import { parseReference } from '../registry/reference.ts';
import { dockerJson, plural } from './format.ts';
import { connectionInputs, referencesInput } from './inputs.ts';
import { formatInspectPretty } from './inspect-pretty.ts';
import { connectionOptions, referencesOf } from './options.ts';
import { defineCommand } from './spec.ts';

export const inspectSpec = defineCommand({
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
    referencesInput('the images to inspect, registry/repository[:tag]', 'registry/repository[:tag]', parseReference),
    ...connectionInputs(),
  ],
  options: (v, ctx): InspectOptions => ({ references: referencesOf(v), ...connectionOptions(v, ctx) }),
  operation: async () => (await import('../operations/inspect.ts')).inspect,
  outputs: [
    {
      name: 'trust',
      description: 'JSON array, one object per reference, exactly as `docker trust inspect` prints it',
      value: (r: InspectResult) => JSON.stringify(r.repositories),
    },
  ],
  // JSON is the default; --json says so, for scripts that give it to every command.
  json: { help: "print docker trust inspect's JSON (the default)", value: (r: InspectResult) => r.repositories, format: dockerJson },
  viewFlags: [{ name: 'pretty', help: "print docker trust inspect --pretty's tables instead of JSON", notWithJson: true }],
  text: (r, view) => (view.log || view.flags.has('pretty') ? formatInspectPretty(r) : dockerJson(r.repositories)),
  summaryOf: (r) => {
    const unsigned = r.repositories.filter((repo) => repo.SignedTags.length === 0).map((repo) => repo.Name);
    const rows = r.repositories.flatMap((repo) =>
      repo.SignedTags.map((t) => [{ code: repo.Name }, t.SignedTag, { code: t.Digest }, t.Signers.join(', ')]),
    );
    return {
      intro: `${plural(rows.length, 'signed tag')}${unsigned.length > 0 ? `; no signatures for ${unsigned.join(', ')}` : ''}.`,
      header: ['Reference', 'Signed tag', 'Digest', 'Signers'],
      rows,
    };
  },
  done: (r) => `Inspected ${plural(r.repositories.length, 'image')}`,
});
