// The subcommands dct-sign knows, in the order `dct-sign --help` lists them
// (docs/commands.md's order).

import type { Command } from './command.ts';
import { inspectCommand } from './inspect-command.ts';
import { keyGenerateCommand } from './key-generate-command.ts';
import { refreshCommand } from './refresh-command.ts';
import { revokeCommand } from './revoke-command.ts';
import { rotateKeyCommand } from './rotate-key-command.ts';
import { signCommand } from './sign-command.ts';
import { signerAddCommand } from './signer-add-command.ts';
import { signerRemoveCommand } from './signer-remove-command.ts';
import { verifyCommand } from './verify-command.ts';

export const COMMANDS: readonly Command[] = [
  signCommand,
  inspectCommand,
  verifyCommand,
  revokeCommand,
  signerAddCommand,
  signerRemoveCommand,
  keyGenerateCommand,
  rotateKeyCommand,
  refreshCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
