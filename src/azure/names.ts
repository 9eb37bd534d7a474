// The task's names for inputs and output variables: the camelCase of the
// command layer's kebab-case names (signerName), the service connection for
// the login, and `<key>File` for a key given as a file (a secure file's path).

import { INPUTS } from '../commands/inputs.ts';
import type { InputSpec } from '../commands/spec.ts';

/** `signer-public-key` → `signerPublicKey`. */
export const camelCase = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function taskName(input: Pick<InputSpec, 'name' | 'task'>): string {
  return input.task.name ?? camelCase(input.name);
}

/** The task input that holds the docker-registry service connection's ID. */
export const CONNECTION_INPUT = taskName(INPUTS.login);

/** The filePath input of a key input. */
export const fileInputOf = (key: Pick<InputSpec, 'name' | 'task'>): string => `${taskName(key)}File`;
