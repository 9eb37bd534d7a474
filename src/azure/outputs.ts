// The task's output variables, for later steps and jobs:
// $(step.digest), $(step.signed) and $(step.signerKeyId).

import * as tl from 'azure-pipelines-task-lib';
import type { SignResult } from '../operations/sign.ts';

export function setOutputs(result: SignResult): void {
  const signed = result.signed.map(({ reference, tag, digest, size, roles }) => ({ reference, tag, digest, size, roles }));
  // The first tag's digest: what a single-image pipeline deploys by.
  tl.setVariable('digest', signed[0]?.digest ?? '', false, true);
  tl.setVariable('signed', JSON.stringify(signed), false, true);
  tl.setVariable('signerKeyId', result.signerKeyId, false, true);
}
