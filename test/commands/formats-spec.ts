// A command that takes `formats` beside the DCT-only inputs and carries
// dctOnlyRule, as sign and verify will: the entrypoints' rule paths are
// tested on it, each platform reading it its own way.

import { connectionInputs, dctOnlyRule, keyInputs, use } from '../../src/commands/inputs.ts';
import { defineCommand, type AnyCommandSpec, type CommandInput } from '../../src/commands/spec.ts';

export function formatsSpec(): AnyCommandSpec {
  const inputs: CommandInput[] = [
    use('formats'),
    ...keyInputs('cosign-key'),
    ...keyInputs('root-key'),
    ...keyInputs('repository-key'),
    ...connectionInputs().filter((i) => i.kind !== 'login'),
  ];
  return defineCommand<undefined, string>({
    name: 'formats-test',
    summary: 'test',
    help: { usage: '', about: '', examples: '', exitCodes: [] },
    inputs,
    rules: [dctOnlyRule(inputs)],
    options: () => undefined,
    operation: () => Promise.reject(new Error('not run')),
    outputs: [],
    json: { help: 'JSON', value: (r) => r },
    text: () => '',
    done: () => '',
  });
}
