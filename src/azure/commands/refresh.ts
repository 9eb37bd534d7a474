// refresh: re-sign a repository's roles before they expire, from a schedule:
// targets with the repository key, a signer's roles with its key. With
// expiringWithin (e.g. 180d), only roles expiring that soon are re-signed,
// so most scheduled runs publish nothing.

import { InputError } from '../../errors.ts';
import { parseDuration } from '../../operations/inputs.ts';
import { refreshedOutput } from '../../operations/output-json.ts';
import { refresh, type RefreshOptions, type RefreshResult } from '../../operations/refresh.ts';
import type { TaskCommand } from '../command.ts';
import type { TaskInputs } from '../inputs.ts';
import { setOutputs, type Outputs } from '../outputs.ts';
import { code, plural, table, uploadSummary } from '../summary.ts';

export function readRefreshInputs(inputs: TaskInputs): RefreshOptions {
  const signerKey = inputs.key('signerKey');
  const repositoryKey = inputs.key('repositoryKey');
  if (!signerKey && !repositoryKey) {
    throw new InputError(
      'signerKey',
      "give a signer's key (signerKey or signerKeyFile) for its roles, or repositoryKey for targets, or both",
    );
  }
  return {
    signerKey,
    repositoryKey,
    reference: inputs.repository('name the repository to refresh, as registry/repository'),
    expiringWithinMs: parseDuration(inputs.string('expiringWithin'), 'expiringWithin'),
    ...inputs.connectionOptions(),
  };
}

export function refreshOutputs(result: RefreshResult): Outputs {
  return { refreshed: JSON.stringify(refreshedOutput(result)) };
}

export function refreshSummary(result: RefreshResult): string {
  if (result.refreshed.length === 0) return `Nothing in \`${result.gun}\` needed refreshing.`;
  return [
    `Refreshed ${plural(result.refreshed.length, 'role')} of \`${result.gun}\`.`,
    '',
    ...table(
      ['Role', 'Version', 'Expires', 'Was to expire'],
      result.refreshed.map((r) => [code(r.role), String(r.version), r.expires.toISOString(), r.previousExpires.toISOString()]),
    ),
  ].join('\n');
}

export const runRefresh: TaskCommand = async (inputs, { temp }) => {
  const result = await refresh(readRefreshInputs(inputs));
  setOutputs(refreshOutputs(result));
  await uploadSummary(refreshSummary(result), temp);
  return result.published
    ? `Refreshed ${plural(result.refreshed.length, 'role')} of ${result.gun}`
    : `Nothing in ${result.gun} needed refreshing`;
};
