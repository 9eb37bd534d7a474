// `command: rotate-key`: rotate one of a repository's keys. A repository
// key the rotation generates is written, encrypted, into key-directory as
// docker stores it (<key ID>.key); it is the only copy.

import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../../errors.ts';
import { pemTextOrFile } from '../../operations/inputs.ts';
import { rotateKey, type GeneratedRepositoryKey, type RotateKeyOptions } from '../../operations/rotate-key.ts';
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

/** `old-signer-key`: a key ID or PEM text as the core takes them, or the path of a PEM file. */
function oldSignerKeyInput(): string | undefined {
  const value = optionalInput('old-signer-key');
  if (value === undefined || /^[0-9a-fA-F]{64}$/.test(value) || value.includes('-----BEGIN')) return value;
  return pemTextOrFile(value, 'old-signer-key');
}

export interface RotateKeyInputs {
  readonly options: Omit<RotateKeyOptions, 'logger'>;
  /** Where a generated repository key is written. */
  readonly keyDirectory: string;
}

export function rotateKeyInputs(): RotateKeyInputs {
  const role = requiredInput('key-role', 'choose the key to rotate: snapshot, timestamp, targets or signer');
  const newRepositoryKeyPassphrase = secretInput('new-repository-key-passphrase');
  return {
    options: {
      reference: repositoryInput('rotate-key'),
      role,
      rootKey: keyInput('root-key'),
      repositoryKey: keyInput('repository-key'),
      newRepositoryKey: keyInput('new-repository-key'),
      newRepositoryKeyPassphrase: newRepositoryKeyPassphrase || undefined,
      signer:
        role.trim() === 'signer'
          ? {
              name: requiredInput('signer-name', 'name the signer whose key to rotate'),
              newKey: requiredKeyInput('signer-key', "give the signer's new private key, from a secret"),
              oldKey: oldSignerKeyInput(),
            }
          : undefined,
      ...connectionInputs(),
    },
    keyDirectory: keyDirectoryInput(),
  };
}

/** Whether the rotation will generate a repository key, which needs somewhere to go. */
function generatesKey(options: RotateKeyInputs['options']): boolean {
  return options.role.trim() === 'targets' && options.newRepositoryKey === undefined;
}

/** Checked before the rotation is published: a generated key that cannot be written would be lost. */
async function checkWritable(directory: string): Promise<void> {
  try {
    await access(directory, constants.W_OK);
    if (!(await stat(directory)).isDirectory()) throw new Error('not a directory');
  } catch (err) {
    throw new InputError('key-directory', `${directory} is not a writable directory for the new repository key`, { cause: err });
  }
}

async function writeGeneratedKey(directory: string, key: GeneratedRepositoryKey): Promise<string> {
  const path = join(directory, key.fileName);
  // wx: never over an existing file; the key ID makes a clash all but impossible.
  await writeFile(path, key.pem, { mode: 0o600, flag: 'wx' });
  return path;
}

export const rotateKeyCommand: ActionCommand = {
  async run() {
    const { options, keyDirectory } = rotateKeyInputs();
    if (generatesKey(options)) await checkWritable(keyDirectory);
    const result = await rotateKey({ ...options, logger: actionsLogger });
    if (result.generatedRepositoryKey) {
      maskKey(result.generatedRepositoryKey.base64);
      const path = await writeGeneratedKey(keyDirectory, result.generatedRepositoryKey);
      core.info(
        `The new repository key ${result.keyId} is in ${path}, encrypted with new-repository-key-passphrase; ` +
          'keep it (in a secret): it is the only copy',
      );
    }
    core.info(`${result.gun}: the ${result.role} key is ${result.keyId}`);
    core.setOutput('key-id', result.keyId);
  },
};
