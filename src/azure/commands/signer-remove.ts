// signer-remove: remove a signer from repositories, as `docker trust signer
// remove` does, with the repository key. Removing the signer whose signature
// keeps targets/releases valid needs `force`.

import { parseRepository } from '../../operations/admin-context.ts';
import { signerRemove, type SignerRemoveOptions, type SignerRemoveResult } from '../../operations/signer-remove.ts';
import type { TaskCommand } from '../command.ts';
import { REPOSITORY_KEY_HINT } from '../constants.ts';
import type { TaskInputs } from '../inputs.ts';
import { code, plural, table, uploadSummary } from '../summary.ts';

export function readSignerRemoveInputs(inputs: TaskInputs): SignerRemoveOptions {
  return {
    repositoryKey: inputs.requiredKey('repositoryKey', REPOSITORY_KEY_HINT),
    references: inputs.references('list the repositories to remove the signer from, one per line, as registry/repository', parseRepository),
    name: inputs.required('signerName', 'name the signer to remove'),
    force: inputs.boolean('force', false),
    ...inputs.connectionOptions(),
  };
}

export function signerRemoveSummary(result: SignerRemoveResult): string {
  return [
    `Removed signer \`${result.name}\`.`,
    '',
    ...table(
      ['Repository', 'Keys removed', 'targets/releases'],
      result.repositories.map((r) => [
        code(r.gun),
        r.removedKeyIds.map(code).join(', '),
        r.releasesInvalidated ? '**no longer verifies** until a signer signs again' : 'valid',
      ]),
    ),
  ].join('\n');
}

export const runSignerRemove: TaskCommand = async (inputs, { temp }) => {
  const result = await signerRemove(readSignerRemoveInputs(inputs));
  await uploadSummary(signerRemoveSummary(result), temp);
  return `Signer ${result.name} removed from ${plural(result.repositories.length, 'repository', 'repositories')}`;
};
