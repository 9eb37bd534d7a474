// sign: push image tags and sign them as a delegated signer. The signer key
// comes from signerKey (a secret variable) or signerKeyFile (a secure file);
// rootKey and repositoryKey only initialize a repository without trust data.

import { InputError } from '../../errors.ts';
import type { ConnectionOptions } from '../../operations/connections.ts';
import type { KeyInput } from '../../operations/inputs.ts';
import { signedOutput } from '../../operations/output-json.ts';
import { sign, type SignResult } from '../../operations/sign.ts';
import { parseTaggedReference } from '../../registry/reference.ts';
import type { TaskCommand } from '../command.ts';
import { removeDockerConfig, writeDockerConfig } from '../docker-config.ts';
import type { RegistryConnection } from '../endpoint.ts';
import type { TaskInputs } from '../inputs.ts';
import { taskLogger } from '../logger.ts';
import { setOutputs, type Outputs } from '../outputs.ts';
import { TaskCommandRunner } from '../runner.ts';
import { code, plural, table, uploadSummary } from '../summary.ts';

export interface SignInputs extends ConnectionOptions {
  readonly references: readonly string[];
  readonly push: boolean;
  readonly signerKey: KeyInput;
  readonly signerName: string | undefined;
  readonly rootKey: KeyInput | undefined;
  readonly repositoryKey: KeyInput | undefined;
  /** For docker push. */
  readonly connection: RegistryConnection | undefined;
}

export function readSignInputs(inputs: TaskInputs): SignInputs {
  const signerKey = inputs.requiredKey(
    'signerKey',
    "give the signer's private key: signerKey (its PEM, or the PEM base64-encoded, from a secret variable) " +
      'or signerKeyFile (a path, e.g. $(signerKey.secureFilePath) of DownloadSecureFile@1)',
  );
  const rootKey = inputs.key('rootKey');
  const repositoryKey = inputs.key('repositoryKey');
  const references = inputs.references(
    'list the image references to sign, one per line, as registry/repository:tag',
    parseTaggedReference,
  );
  if (Boolean(rootKey) !== Boolean(repositoryKey)) {
    throw new InputError(
      rootKey ? 'repositoryKey' : 'rootKey',
      'initializing a repository needs both rootKey and repositoryKey (with their passphrases); give both or neither',
    );
  }
  return {
    ...inputs.connectionOptions(),
    references,
    push: inputs.boolean('push', true),
    signerKey,
    signerName: inputs.string('signerName'),
    rootKey,
    repositoryKey,
    connection: inputs.connection(),
  };
}

export function signOutputs(result: SignResult): Outputs {
  const signed = signedOutput(result);
  return {
    // The first tag's digest: what a single-image pipeline deploys by.
    digest: signed[0]?.digest ?? '',
    signed: JSON.stringify(signed),
    signerKeyId: result.signerKeyId,
  };
}

export function signSummary(result: SignResult): string {
  const signer = result.signerName ? `signer \`${result.signerName}\`, key` : 'key';
  const servers = [...new Set(result.signed.map((s) => s.trustServer))].join(', ');
  return [
    `Signed ${plural(result.signed.length, 'tag')} with ${signer} \`${result.signerKeyId}\` in ${servers}.`,
    '',
    ...table(
      ['Image', 'Digest', 'Size', 'Roles'],
      result.signed.map((s) => [code(s.reference), code(s.digest), String(s.size), s.roles.join(', ')]),
    ),
  ].join('\n');
}

/**
 * docker's environment for the push: logged in through the service
 * connection's config. (The core drops DOCKER_CONTENT_TRUST for the push, so
 * that docker does not sign with its own keys.)
 */
function dockerEnv(dockerConfig: string | undefined): NodeJS.ProcessEnv {
  return dockerConfig ? { ...process.env, DOCKER_CONFIG: dockerConfig } : process.env;
}

export const runSign: TaskCommand = async (taskInputs, { temp }) => {
  const { connection, ...inputs } = readSignInputs(taskInputs);
  const dockerConfig = inputs.push && connection ? await writeDockerConfig(connection, temp) : undefined;
  try {
    const result = await sign({ ...inputs, runner: new TaskCommandRunner(), env: dockerEnv(dockerConfig) });
    const { total, connections } = result.requests;
    taskLogger.debug(`${total} requests to registries and trust servers over ${connections} connections`);
    setOutputs(signOutputs(result));
    await uploadSummary(signSummary(result), temp);
    return `Signed ${plural(result.signed.length, 'tag')} with key ${result.signerKeyId.slice(0, 12)}`;
  } finally {
    if (dockerConfig) await removeDockerConfig(dockerConfig);
  }
};
