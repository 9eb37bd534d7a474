// The commands of the `command` input, as docs/commands.md lists them.

import type { ActionCommand } from './command.ts';
import { inspectCommand } from './inspect.ts';
import { keyGenerateCommand } from './key-generate.ts';
import { refreshCommand } from './refresh.ts';
import { revokeCommand } from './revoke.ts';
import { rotateKeyCommand } from './rotate-key.ts';
import { signCommand } from './sign.ts';
import { signerAddCommand } from './signer-add.ts';
import { signerRemoveCommand } from './signer-remove.ts';
import { verifyCommand } from './verify.ts';

export const COMMANDS: Readonly<Record<string, ActionCommand>> = {
  sign: signCommand,
  inspect: inspectCommand,
  verify: verifyCommand,
  revoke: revokeCommand,
  'signer-add': signerAddCommand,
  'signer-remove': signerRemoveCommand,
  'key-generate': keyGenerateCommand,
  'rotate-key': rotateKeyCommand,
  refresh: refreshCommand,
};

export const DEFAULT_COMMAND = 'sign';

export type { ActionCommand };
