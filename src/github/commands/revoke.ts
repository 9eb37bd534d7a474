// `command: revoke`: `docker trust revoke`, with the signer's key.

import * as core from '@actions/core';
import { revokedOutput } from '../../operations/output-json.ts';
import { revoke, type RevokeOptions } from '../../operations/revoke.ts';
import { booleanInput, connectionInputs, listInput, optionalInput, requiredKeyInput } from '../context.ts';
import { actionsLogger } from '../logger.ts';
import { writeRevokeSummary } from '../summary.ts';
import type { ActionCommand } from './command.ts';

export function revokeOptions(): Omit<RevokeOptions, 'logger'> {
  return {
    references: listInput('tags'),
    signerKey: requiredKeyInput('signer-key', 'give the private key of a signer of the repository, from a secret'),
    signerName: optionalInput('signer-name'),
    all: booleanInput('all', false),
    ...connectionInputs(),
  };
}

export const revokeCommand: ActionCommand = {
  async run() {
    const result = await revoke({ ...revokeOptions(), logger: actionsLogger });
    core.setOutput('revoked', JSON.stringify(revokedOutput(result)));
    await writeRevokeSummary(result);
  },
};
