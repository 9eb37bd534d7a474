// `command: sign` (the default): push the tags and sign them.

import * as core from '@actions/core';
import { signedOutput } from '../../operations/output-json.ts';
import { sign, type SignOptions, type SignResult } from '../../operations/sign.ts';
import { booleanInput, connectionInputs, keyInput, listInput, optionalInput, requiredKeyInput } from '../context.ts';
import { actionsLogger } from '../logger.ts';
import { actionsRunner } from '../runner.ts';
import { writeSignSummary } from '../summary.ts';
import type { ActionCommand } from './command.ts';

export function signOptions(): Omit<SignOptions, 'runner' | 'logger' | 'env'> {
  return {
    references: listInput('tags'),
    push: booleanInput('push', true),
    signerKey: requiredKeyInput(
      'signer-key',
      'give the private key of the signer (the PEM file `docker trust key generate` wrote, or its base64), from a secret',
    ),
    signerName: optionalInput('signer-name'),
    ...connectionInputs(),
    rootKey: keyInput('root-key'),
    repositoryKey: keyInput('repository-key'),
  };
}

function setOutputs(result: SignResult): void {
  core.setOutput('digest', result.signed[0]?.digest ?? '');
  core.setOutput('signed', JSON.stringify(signedOutput(result)));
  core.setOutput('signer-key-id', result.signerKeyId);
}

export const signCommand: ActionCommand = {
  async run() {
    // The core pushes without the job's DOCKER_CONTENT_TRUST, so that docker does not sign with its own keys.
    const result = await sign({ ...signOptions(), runner: actionsRunner, logger: actionsLogger });
    core.debug(`${result.requests.total} requests over ${result.requests.connections} connections`);
    setOutputs(result);
    await writeSignSummary(result);
  },
};
