// revoke: remove signed tags, as `docker trust revoke` does, with the
// signer's key. A repository without a tag revokes all its tags, and only
// with `all` set.

import { revokedOutput } from '../../operations/output-json.ts';
import { revoke, type RevokeOptions, type RevokeResult } from '../../operations/revoke.ts';
import type { TaskCommand } from '../command.ts';
import type { TaskInputs } from '../inputs.ts';
import { setOutputs, type Outputs } from '../outputs.ts';
import { code, plural, table, uploadSummary } from '../summary.ts';

export function readRevokeInputs(inputs: TaskInputs): RevokeOptions {
  return {
    signerKey: inputs.requiredKey(
      'signerKey',
      "give the private key of a signer of the tags: signerKey (from a secret variable) or signerKeyFile (a secure file's path)",
    ),
    signerName: inputs.string('signerName'),
    references: inputs.references(
      'list the tags to revoke, one per line, as registry/repository:tag (or registry/repository with all)',
    ),
    all: inputs.boolean('all', false),
    ...inputs.connectionOptions(),
  };
}

export function revokeOutputs(result: RevokeResult): Outputs {
  return { revoked: JSON.stringify(revokedOutput(result)) };
}

export function revokeSummary(result: RevokeResult): string {
  return [
    `Revoked ${plural(result.revoked.length, 'tag')} with key \`${result.signerKeyId}\`.`,
    '',
    ...table(
      ['Repository', 'Tag', 'Removed from'],
      result.revoked.map((r) => [code(r.gun), code(r.tag), r.roles.join(', ')]),
    ),
  ].join('\n');
}

export const runRevoke: TaskCommand = async (inputs, { temp }) => {
  const result = await revoke(readRevokeInputs(inputs));
  setOutputs(revokeOutputs(result));
  await uploadSummary(revokeSummary(result), temp);
  return `Revoked ${plural(result.revoked.length, 'tag')}`;
};
