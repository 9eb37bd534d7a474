// `command: signer-remove`: `docker trust signer remove`, with the repository key.

import { signerRemove, type SignerRemoveOptions } from '../../operations/signer-remove.ts';
import { booleanInput, connectionInputs, listInput, requiredInput, requiredKeyInput } from '../context.ts';
import { actionsLogger } from '../logger.ts';
import { writeSignerRemoveSummary } from '../summary.ts';
import type { ActionCommand } from './command.ts';

export function signerRemoveOptions(): Omit<SignerRemoveOptions, 'logger'> {
  return {
    references: listInput('tags'),
    name: requiredInput('signer-name', 'name the signer to remove'),
    repositoryKey: requiredKeyInput('repository-key', 'give the repository (targets) private key, from a secret'),
    force: booleanInput('force', false),
    ...connectionInputs(),
  };
}

export const signerRemoveCommand: ActionCommand = {
  async run() {
    const result = await signerRemove({ ...signerRemoveOptions(), logger: actionsLogger });
    await writeSignerRemoveSummary(result);
  },
};
