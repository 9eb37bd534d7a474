// `command: verify`: the gate before a deploy. Outputs the digest-pinned
// references to pull; the step fails when any reference fails, after the
// outputs are set, with one line per failing reference naming the reason.

import * as core from '@actions/core';
import { DctError } from '../../errors.ts';
import { verify, type VerifyOptions, type VerifyResult } from '../../operations/verify.ts';
import { failureLines, pinnedReferences, verifiedEntries } from '../../operations/verify-report.ts';
import { choiceInput, connectionInputs, listInput } from '../context.ts';
import { actionsLogger } from '../logger.ts';
import { writeVerifySummary } from '../summary.ts';
import type { ActionCommand } from './command.ts';

export function verifyOptions(): Omit<VerifyOptions, 'logger'> {
  return {
    references: listInput('tags'),
    requiredSigners: listInput('required-signers'),
    signerPolicy: choiceInput('signer-policy', ['any', 'all'], 'any'),
    ...connectionInputs(),
  };
}

function setOutputs(result: VerifyResult): void {
  core.setOutput('references', pinnedReferences(result).join('\n'));
  core.setOutput('verified', JSON.stringify(verifiedEntries(result)));
}

export const verifyCommand: ActionCommand = {
  async run() {
    const result = await verify({ ...verifyOptions(), logger: actionsLogger });
    setOutputs(result);
    await writeVerifySummary(result);
    if (!result.ok) throw new DctError('VERIFY', failureLines(result).join('\n'));
  },
};
