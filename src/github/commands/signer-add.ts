// `command: signer-add`: `docker trust signer add`, with the repository key.

import * as core from '@actions/core';
import { signerAdd, type SignerAddOptions } from '../../operations/signer-add.ts';
import { pemTextOrFile } from '../../operations/inputs.ts';
import { connectionInputs, keyInput, listInput, requiredInput, requiredKeyInput } from '../context.ts';
import { actionsLogger } from '../logger.ts';
import { writeSignerAddSummary } from '../summary.ts';
import type { ActionCommand } from './command.ts';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/**
 * `signer-public-key`: PEM blocks pasted in, and paths of PEM files
 * (newline- or comma-separated) around them; each block or file is one key.
 */
export function publicKeysInput(name: string): string[] {
  const value = core.getInput(name);
  const blocks = [...value.matchAll(PEM_BLOCK)].map((m) => m[0]);
  const paths = value
    .replace(PEM_BLOCK, '\n')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return [...blocks, ...paths.map((path) => pemTextOrFile(path, name))];
}

export function signerAddOptions(): Omit<SignerAddOptions, 'logger'> {
  return {
    references: listInput('tags'),
    name: requiredInput('signer-name', 'name the signer to add (lowercase letters, digits, - and _)'),
    signerPublicKeys: publicKeysInput('signer-public-key'),
    repositoryKey: requiredKeyInput('repository-key', 'give the repository (targets) private key, from a secret'),
    rootKey: keyInput('root-key'),
    ...connectionInputs(),
  };
}

export const signerAddCommand: ActionCommand = {
  async run() {
    const result = await signerAdd({ ...signerAddOptions(), logger: actionsLogger });
    core.setOutput('signer-key-id', result.keyIds.join('\n'));
    await writeSignerAddSummary(result);
  },
};
