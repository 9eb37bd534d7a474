// The commands, once, in the order every list of them shows (help,
// action.yml, task.json, docs/commands.md). A spec is light; its operation
// is loaded only when it runs.

import { certificateSpec } from './certificate.ts';
import { inspectSpec } from './inspect.ts';
import { keyGenerateSpec } from './key-generate.ts';
import { migrateSpec } from './migrate.ts';
import { refreshSpec } from './refresh.ts';
import { revokeSpec } from './revoke.ts';
import { rotateKeySpec } from './rotate-key.ts';
import { signSpec } from './sign.ts';
import { signerAddSpec } from './signer-add.ts';
import { signerRemoveSpec } from './signer-remove.ts';
import type { AnyCommandSpec } from './spec.ts';
import { verifySpec } from './verify.ts';

export const COMMANDS: readonly AnyCommandSpec[] = [
  signSpec,
  inspectSpec,
  verifySpec,
  revokeSpec,
  signerAddSpec,
  signerRemoveSpec,
  keyGenerateSpec,
  certificateSpec,
  rotateKeySpec,
  refreshSpec,
  migrateSpec,
];

/** The label of each command in the task's `command` pickList (task.json). */
export const TASK_LABELS: Readonly<Record<string, string>> = {
  sign: 'Sign image tags',
  inspect: 'Inspect trust data',
  verify: 'Verify signed tags',
  revoke: 'Revoke signed tags',
  'signer-add': 'Add a signer to repositories',
  'signer-remove': 'Remove a signer from repositories',
  'key-generate': 'Generate a signer key',
  certificate: 'Make a code-signing certificate for notation',
  'rotate-key': 'Rotate a repository key',
  refresh: 'Refresh expiring trust data',
  migrate: 'Migrate signed tags to cosign',
};

/** What the action and the task run when `command` is empty. */
export const DEFAULT_COMMAND = 'sign';

export const COMMAND_NAMES: readonly string[] = COMMANDS.map((c) => c.name);

export function findCommand(name: string): AnyCommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
