// verify: are these tags signed (by the required signers), and does the
// registry still serve what was signed? The outputs are set either way, the
// digest-pinned references of the tags that passed, for later steps to
// deploy by; then the task fails with one line per failing reference.

import { DctError, InputError } from '../../errors.ts';
import { verify, type SignerPolicy, type VerifyOptions, type VerifyResult } from '../../operations/verify.ts';
import { failureLines, pinnedReferences, verifiedEntries } from '../../operations/verify-report.ts';
import type { TaskCommand } from '../command.ts';
import type { TaskInputs } from '../inputs.ts';
import { setOutputs, type Outputs } from '../outputs.ts';
import { cell, code, plural, table, uploadSummary } from '../summary.ts';

const POLICIES: readonly SignerPolicy[] = ['any', 'all'];

export function readVerifyInputs(inputs: TaskInputs): VerifyOptions {
  const policy = inputs.string('signerPolicy') ?? 'any';
  if (!(POLICIES as readonly string[]).includes(policy)) {
    throw new InputError('signerPolicy', `"${policy}" is not a policy; use any (one required signer suffices) or all`);
  }
  return {
    references: inputs.references('list the image tags to verify, one per line, as registry/repository:tag'),
    requiredSigners: inputs.list('requiredSigners'),
    signerPolicy: policy as SignerPolicy,
    ...inputs.connectionOptions(),
  };
}

/** As the action's outputs: a pinned reference only for what passed; a later step must never deploy an unverified digest. */
export function verifyOutputs(result: VerifyResult): Outputs {
  return {
    references: pinnedReferences(result).join('\n'),
    verified: JSON.stringify(verifiedEntries(result)),
  };
}

export function verifySummary(result: VerifyResult): string {
  const failed = result.references.filter((r) => !r.ok).length;
  return [
    failed === 0
      ? `Verified ${plural(result.references.length, 'reference')}.`
      : `${failed} of ${plural(result.references.length, 'reference')} failed verification.`,
    '',
    ...table(
      ['Reference', 'Result', 'Signed digest', 'Signers', 'Details'],
      result.references.map((r) => [
        code(r.reference),
        r.ok ? 'verified' : `**${r.reason ?? 'failed'}**`,
        r.signedDigest ? code(r.signedDigest) : '',
        cell(r.signers.join(', ')),
        cell(r.message),
      ]),
    ),
  ].join('\n');
}

export const runVerify: TaskCommand = async (inputs, { temp }) => {
  const result = await verify(readVerifyInputs(inputs));
  setOutputs(verifyOutputs(result));
  await uploadSummary(verifySummary(result), temp);
  if (!result.ok) throw new DctError('VERIFY', failureLines(result).join('\n'));
  return `Verified ${plural(result.references.length, 'reference')}`;
};
