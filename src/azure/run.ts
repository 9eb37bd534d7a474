// The task's work: read the inputs, sign, then publish output variables and
// the summary. Returns the message the task completes with.

import { tmpdir } from 'node:os';
import * as tl from 'azure-pipelines-task-lib';
import { sign } from '../operations/sign.ts';
import { removeDockerConfig, writeDockerConfig } from './docker-config.ts';
import { readInputs } from './inputs.ts';
import { taskLogger } from './logger.ts';
import { setOutputs } from './outputs.ts';
import { TaskCommandRunner } from './runner.ts';
import { writeSummary } from './summary.ts';

/**
 * docker's environment for the push. DOCKER_CONTENT_TRUST is dropped: with it
 * set, `docker push` would sign with docker's own keys (and ask for their
 * passphrases) instead of leaving the signing to dct-sign.
 */
function dockerEnv(dockerConfig: string | undefined): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DOCKER_CONTENT_TRUST;
  if (dockerConfig) env.DOCKER_CONFIG = dockerConfig;
  return env;
}

export async function run(): Promise<string> {
  const inputs = readInputs();
  const temp = tl.getVariable('Agent.TempDirectory') || tmpdir();
  const dockerConfig = inputs.push && inputs.connection ? await writeDockerConfig(inputs.connection, temp) : undefined;
  try {
    const result = await sign({
      references: inputs.references,
      push: inputs.push,
      signerKey: inputs.signerKey,
      signerName: inputs.signerName,
      trustServer: inputs.trustServer,
      trustServerCa: inputs.trustServerCa,
      trustPin: inputs.trustPin,
      rootKey: inputs.rootKey,
      repositoryKey: inputs.repositoryKey,
      ...(inputs.connection ? { username: inputs.connection.username, password: inputs.connection.password } : {}),
      runner: new TaskCommandRunner(),
      logger: taskLogger,
      env: dockerEnv(dockerConfig),
    });
    const { total, connections } = result.requests;
    taskLogger.debug(`${total} requests to registries and trust servers over ${connections} connections`);
    setOutputs(result);
    tl.uploadSummary(await writeSummary(result, temp));
    const count = result.signed.length;
    return `Signed ${count} tag${count === 1 ? '' : 's'} with key ${result.signerKeyId.slice(0, 12)}`;
  } finally {
    if (dockerConfig) await removeDockerConfig(dockerConfig);
  }
}
