// A command line that cannot be run as written: an unknown command or flag, a
// missing value or reference, flags that exclude each other. The CLI exits
// with 2 for these, and 1 for everything that goes wrong while signing.

import { InputError } from '../errors.ts';

export class UsageError extends InputError {
  /** The command whose help to point at, e.g. `sign`; undefined for the top level. */
  readonly command: string | undefined;

  constructor(input: string, message: string, options: { command?: string; cause?: unknown } = {}) {
    super(input, message, { cause: options.cause });
    this.command = options.command;
  }
}
