// `command: key-generate`: `docker trust key generate NAME`, written into
// key-directory. The private key file is encrypted with the passphrase and
// is masked for the rest of the job; only its path is output, never its text.

import * as core from '@actions/core';
import { keyGenerate, type KeyGenerateOptions } from '../../operations/key-generate.ts';
import { keyDirectoryInput, requiredInput, secretInput } from '../context.ts';
import { maskKey } from '../secrets.ts';
import type { ActionCommand } from './command.ts';

export function keyGenerateOptions(): KeyGenerateOptions {
  return {
    name: requiredInput('signer-name', 'name the key (the signer name it will be added under)'),
    passphrase: secretInput('signer-key-passphrase'),
    directory: keyDirectoryInput(),
  };
}

export const keyGenerateCommand: ActionCommand = {
  async run() {
    const result = await keyGenerate(keyGenerateOptions());
    // A later step that prints the file shows it masked too.
    maskKey(result.privateKeyBase64);
    core.info(`Generated key ${result.keyId} for ${result.name}: ${result.privateKeyPath} (encrypted), ${result.publicKeyPath}`);
    core.setOutput('signer-key-id', result.keyId);
    core.setOutput('public-key', result.publicKeyPem);
    core.setOutput('private-key-path', result.privateKeyPath);
    core.setOutput('public-key-path', result.publicKeyPath);
  },
};
