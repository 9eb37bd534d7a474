// rotate-key: replace one of a repository's keys (keyRole): snapshot or
// timestamp (the server makes the new key; the root key lists it), targets
// (a new repository key, given or generated; the root key re-signs root), or
// a signer's key (the repository key; signerKey is the new key). A generated
// repository key is written, encrypted, to keyDirectory; it is never
// printed, and is masked for the rest of the job.

import { InputError } from '../../errors.ts';
import { keyIdOrPem } from '../../operations/inputs.ts';
import { ROTATABLE_ROLES, rotateKey, type RotateKeyOptions, type RotateKeyResult, type RotateRole } from '../../operations/rotate-key.ts';
import type { TaskCommand } from '../command.ts';
import type { TaskInputs } from '../inputs.ts';
import { mask } from '../masking.ts';
import { setOutputs, type Outputs } from '../outputs.ts';
import { code, table, uploadSummary } from '../summary.ts';

function isRole(role: string): role is RotateRole {
  return (ROTATABLE_ROLES as readonly string[]).includes(role);
}

export function readRotateKeyInputs(inputs: TaskInputs, defaultDirectory: string): RotateKeyOptions {
  const role = inputs.required('keyRole', `choose the key to rotate: ${ROTATABLE_ROLES.join(', ')}`);
  if (!isRole(role)) throw new InputError('keyRole', `cannot rotate ${JSON.stringify(role)}; choose one of ${ROTATABLE_ROLES.join(', ')}`);
  const rootKey = () => inputs.requiredKey('rootKey', `rotating the ${role} key needs the root key (rootKey, rootKeyPassphrase)`);
  const common = {
    reference: inputs.repository('name the repository whose key to rotate, as registry/repository'),
    role,
    ...inputs.connectionOptions(),
  };
  switch (role) {
    case 'snapshot':
    case 'timestamp':
      return { ...common, rootKey: rootKey() };
    case 'targets': {
      const newRepositoryKey = inputs.key('newRepositoryKey');
      return {
        ...common,
        rootKey: rootKey(),
        newRepositoryKey,
        newRepositoryKeyPassphrase: inputs.secret('newRepositoryKeyPassphrase'),
        keyDirectory: newRepositoryKey ? undefined : (inputs.string('keyDirectory') ?? defaultDirectory),
      };
    }
    case 'signer':
      return {
        ...common,
        repositoryKey: inputs.requiredKey('repositoryKey', "rotating a signer's key needs the repository key (repositoryKey)"),
        signer: {
          name: inputs.required('signerName', 'name the signer whose key to rotate'),
          newKey: inputs.requiredKey('signerKey', "give the signer's new private key as signerKey or signerKeyFile"),
          oldKey: keyIdOrPem(inputs.string('oldSignerKey'), 'oldSignerKey'),
        },
      };
  }
}

export function rotateKeyOutputs(result: RotateKeyResult): Outputs {
  return { keyId: result.keyId };
}

export function rotateKeySummary(result: RotateKeyResult): string {
  const generated = result.generatedRepositoryKey?.path;
  return [
    result.resigned.length > 0
      ? `Rotated the ${result.role} key of \`${result.gun}\`.`
      : `The ${result.role} key of \`${result.gun}\` was already \`${result.keyId}\`; nothing changed.`,
    '',
    ...table(
      ['Key', 'Previous keys', 'Re-signed'],
      [[code(result.keyId), result.previousKeyIds.map(code).join(', '), result.resigned.join(', ')]],
    ),
    ...(generated ? ['', `The new repository key is in \`${generated}\`, encrypted; keep it safe, it is the only copy.`] : []),
  ].join('\n');
}

export const runRotateKey: TaskCommand = async (inputs, { temp }) => {
  // The core writes a generated repository key to keyDirectory before it publishes the rotation.
  const result = await rotateKey(readRotateKeyInputs(inputs, temp));
  mask(result.generatedRepositoryKey?.base64);
  setOutputs(rotateKeyOutputs(result));
  await uploadSummary(rotateKeySummary(result), temp);
  return `The ${result.role} key of ${result.gun} is ${result.keyId.slice(0, 12)}`;
};
