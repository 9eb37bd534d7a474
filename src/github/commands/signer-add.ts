// `command: signer-add`: `docker trust signer add`, with the repository key.

import * as core from '@actions/core';
import { readPublicKeyList } from '../../operations/inputs.ts';
import { signerAdd, type SignerAddOptions } from '../../operations/signer-add.ts';
import { connectionInputs, keyInput, listInput, requiredInput, requiredKeyInput } from '../context.ts';
import { actionsLogger } from '../logger.ts';
import { writeSignerAddSummary } from '../summary.ts';
import type { ActionCommand } from './command.ts';

export function signerAddOptions(): Omit<SignerAddOptions, 'logger'> {
  return {
    references: listInput('tags'),
    name: requiredInput('signer-name', 'name the signer to add (lowercase letters, digits, - and _)'),
    signerPublicKeys: readPublicKeyList(core.getInput('signer-public-key'), 'signer-public-key'),
    repositoryKey: requiredKeyInput('repository-key', 'give the repository (targets) private key, from a secret'),
    rootKey: keyInput('root-key'),
    ...connectionInputs(),
  };
}

export const signerAddCommand: ActionCommand = {
  async run() {
    const result = await signerAdd({ ...signerAddOptions(), logger: actionsLogger });
    core.setOutput('signer-key-id', result.keyIds.join('\n'));
    await writeSignerAddSummary(result);
  },
};
