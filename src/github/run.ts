// The GitHub Action: read the inputs, sign, set the outputs and the job
// summary. Every failure ends in the one catch of run(), as one error line.

import * as core from '@actions/core';
import { errorMessage } from '../errors.ts';
import { sign, type SignResult } from '../operations/sign.ts';
import { getInputs, signOptions } from './context.ts';
import { actionsLogger } from './logger.ts';
import { actionsRunner } from './runner.ts';
import { writeSummary } from './summary.ts';

/**
 * docker push with DOCKER_CONTENT_TRUST=1 in the job's environment would try
 * to sign with docker's own trust store; the push is only there to upload.
 */
function pushEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DOCKER_CONTENT_TRUST;
  return env;
}

function setOutputs(result: SignResult): void {
  core.setOutput('digest', result.signed[0]?.digest ?? '');
  core.setOutput(
    'signed',
    JSON.stringify(result.signed.map(({ reference, tag, digest, size, roles }) => ({ reference, tag, digest, size, roles }))),
  );
  core.setOutput('signer-key-id', result.signerKeyId);
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const result = await sign({ ...signOptions(inputs), runner: actionsRunner, logger: actionsLogger, env: pushEnv() });
    core.debug(`${result.requests.total} requests over ${result.requests.connections} connections`);
    setOutputs(result);
    await writeSummary(result);
  } catch (err) {
    if (err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(errorMessage(err));
  }
}
