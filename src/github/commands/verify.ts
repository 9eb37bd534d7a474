// `command: verify`: the gate before a deploy. Outputs the digest-pinned
// references to pull; the step fails when any reference fails, after the
// outputs are set, with one line per failing reference naming the reason.

import * as core from '@actions/core';
import { DctError } from '../../errors.ts';
import { verify, type VerifyOptions, type VerifyResult } from '../../operations/verify.ts';
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

/** One line per failing reference: the reference, the reason's code, and the core's message. */
export function failureLines(result: VerifyResult): string[] {
  return result.references
    .filter((r) => !r.ok)
    .map((r) => {
      const prefix = `${r.reference}: `;
      const message = r.message.startsWith(prefix) ? r.message.slice(prefix.length) : r.message;
      return `${r.reference} (${r.reason ?? 'failed'}): ${message}`;
    });
}

function setOutputs(result: VerifyResult): void {
  core.setOutput('references', result.references.flatMap((r) => (r.ok && r.pinned ? [r.pinned] : [])).join('\n'));
  core.setOutput(
    'verified',
    JSON.stringify(
      result.references.map((r) => ({
        reference: r.reference,
        tag: r.tag,
        ok: r.ok,
        ...(r.reason ? { reason: r.reason } : {}),
        signers: r.signers,
        signedDigest: r.signedDigest ?? null,
        registryDigest: r.registryDigest ?? null,
        pinned: r.ok ? (r.pinned ?? null) : null,
        message: r.message,
      })),
    ),
  );
}

export const verifyCommand: ActionCommand = {
  async run() {
    const result = await verify({ ...verifyOptions(), logger: actionsLogger });
    setOutputs(result);
    await writeVerifySummary(result);
    if (!result.ok) throw new DctError('VERIFY', failureLines(result).join('\n'));
  },
};
