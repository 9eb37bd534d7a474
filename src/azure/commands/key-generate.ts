// key-generate: a signer key pair, as `docker trust key generate` makes one,
// written to keyDirectory (the agent's temp directory unless given): the
// private key encrypted with signerKeyPassphrase, and the public key for
// signer-add. The private key is never printed, and is masked for the rest
// of the job, in case a later step prints the file.

import { InputError } from '../../errors.ts';
import { keyGenerate, type KeyGenerateOptions, type KeyGenerateResult } from '../../operations/key-generate.ts';
import type { TaskCommand } from '../command.ts';
import type { TaskInputs } from '../inputs.ts';
import { mask } from '../masking.ts';
import { setOutputs, type Outputs } from '../outputs.ts';

export function readKeyGenerateInputs(inputs: TaskInputs, defaultDirectory: string): KeyGenerateOptions {
  const passphrase = inputs.secret('signerKeyPassphrase');
  if (!passphrase) {
    throw new InputError('signerKeyPassphrase', 'give the passphrase to encrypt the private key with, from a secret variable');
  }
  return {
    name: inputs.required('signerName', 'name the key after its signer, e.g. ci: the files are <name>.key and <name>.pub'),
    passphrase,
    directory: inputs.string('keyDirectory') ?? defaultDirectory,
  };
}

export function keyGenerateOutputs(result: KeyGenerateResult): Outputs {
  return {
    signerKeyId: result.keyId,
    publicKey: result.publicKeyPem,
    privateKeyPath: result.privateKeyPath,
    publicKeyPath: result.publicKeyPath,
  };
}

export const runKeyGenerate: TaskCommand = async (inputs, { temp }) => {
  const result = await keyGenerate(readKeyGenerateInputs(inputs, temp));
  mask(result.privateKeyBase64);
  console.log(`Private key (encrypted): ${result.privateKeyPath}`);
  console.log(`Public key: ${result.publicKeyPath}\n${result.publicKeyPem.trim()}`);
  setOutputs(keyGenerateOutputs(result));
  return `Generated key ${result.keyId.slice(0, 12)} for signer ${result.name}`;
};
