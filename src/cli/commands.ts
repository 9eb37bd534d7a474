// The subcommands dct-sign knows, in the order `dct-sign --help` lists them.

import type { Command } from './command.ts';
import { signCommand } from './sign-command.ts';

export const COMMANDS: readonly Command[] = [signCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
