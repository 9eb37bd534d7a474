// signer-add: add a signer's public keys to repositories, as `docker trust
// signer add` does, with the repository key. The root key initializes a
// repository that has no trust data yet.

import { parseRepository } from '../../operations/admin-context.ts';
import { readPublicKeyList } from '../../operations/inputs.ts';
import { signerAdd, type SignerAddOptions, type SignerAddResult } from '../../operations/signer-add.ts';
import type { TaskCommand } from '../command.ts';
import { REPOSITORY_KEY_HINT } from '../constants.ts';
import type { TaskInputs } from '../inputs.ts';
import { setOutputs, type Outputs } from '../outputs.ts';
import { code, plural, table, uploadSummary } from '../summary.ts';

const INPUT = 'signerPublicKey';

export function readSignerAddInputs(inputs: TaskInputs): SignerAddOptions {
  return {
    repositoryKey: inputs.requiredKey('repositoryKey', REPOSITORY_KEY_HINT),
    rootKey: inputs.key('rootKey'),
    references: inputs.references('list the repositories to add the signer to, one per line, as registry/repository', parseRepository),
    name: inputs.required('signerName', 'name the signer, e.g. ci (its role is targets/<name>)'),
    signerPublicKeys: readPublicKeyList(
      inputs.required(INPUT, "give the signer's public key: the .pub file of `docker trust key generate` (PEM text or path)"),
      INPUT,
    ),
    ...inputs.connectionOptions(),
  };
}

export function signerAddOutputs(result: SignerAddResult): Outputs {
  return { signerKeyId: result.keyIds.join('\n') };
}

export function signerAddSummary(result: SignerAddResult): string {
  const change = (r: SignerAddResult['repositories'][number]) =>
    r.initialized ? 'initialized with the signer' : r.changed ? 'signer added' : 'already a signer with these keys';
  return [
    `Signer \`${result.name}\` with ${plural(result.keyIds.length, 'key')} ${result.keyIds.map((id) => `\`${id}\``).join(', ')}.`,
    '',
    ...table(['Repository', 'Change'], result.repositories.map((r) => [code(r.gun), change(r)])),
  ].join('\n');
}

export const runSignerAdd: TaskCommand = async (inputs, { temp }) => {
  const result = await signerAdd(readSignerAddInputs(inputs));
  setOutputs(signerAddOutputs(result));
  await uploadSummary(signerAddSummary(result), temp);
  const changed = result.repositories.filter((r) => r.changed).length;
  return `Signer ${result.name} added to ${plural(changed, 'repository', 'repositories')}`;
};
