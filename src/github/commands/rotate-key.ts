// `command: rotate-key`: rotate one of a repository's keys. A repository
// key the rotation generates is written by the core, encrypted, into
// key-directory as docker stores it (<key ID>.key) before the rotation is
// published; it is the only copy, and is masked for the rest of the job.

import * as core from '@actions/core';
import { keyIdOrPem } from '../../operations/inputs.ts';
import { rotateKey, type RotateKeyOptions } from '../../operations/rotate-key.ts';
import {
  connectionInputs,
  keyDirectoryInput,
  keyInput,
  optionalInput,
  repositoryInput,
  requiredInput,
  requiredKeyInput,
  secretInput,
} from '../context.ts';
import { actionsLogger } from '../logger.ts';
import { maskKey } from '../secrets.ts';
import type { ActionCommand } from './command.ts';

export function rotateKeyOptions(): Omit<RotateKeyOptions, 'logger'> {
  const role = requiredInput('key-role', 'choose the key to rotate: snapshot, timestamp, targets or signer');
  const newRepositoryKeyPassphrase = secretInput('new-repository-key-passphrase');
  return {
    reference: repositoryInput('rotate-key'),
    role,
    rootKey: keyInput('root-key'),
    repositoryKey: keyInput('repository-key'),
    newRepositoryKey: keyInput('new-repository-key'),
    newRepositoryKeyPassphrase: newRepositoryKeyPassphrase || undefined,
    keyDirectory: keyDirectoryInput(),
    signer:
      role.trim() === 'signer'
        ? {
            name: requiredInput('signer-name', 'name the signer whose key to rotate'),
            newKey: requiredKeyInput('signer-key', "give the signer's new private key, from a secret"),
            oldKey: keyIdOrPem(optionalInput('old-signer-key'), 'old-signer-key'),
          }
        : undefined,
    ...connectionInputs(),
  };
}

export const rotateKeyCommand: ActionCommand = {
  async run() {
    const result = await rotateKey({ ...rotateKeyOptions(), logger: actionsLogger });
    const generated = result.generatedRepositoryKey;
    if (generated) {
      maskKey(generated.base64);
      core.info(
        `The new repository key ${result.keyId} is in ${generated.path}, encrypted with new-repository-key-passphrase; ` +
          'keep it (in a secret): it is the only copy',
      );
    }
    core.info(`${result.gun}: the ${result.role} key is ${result.keyId}`);
    core.setOutput('key-id', result.keyId);
  },
};
