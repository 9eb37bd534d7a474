// The core's progress on stderr, so that stdout carries only the result
// (a table, or JSON with --json) and can be piped. Warnings are `warning: …`
// lines, as docs/commands.md has them for the CLI.

import type { Logger } from '../logger.ts';

export interface StderrLoggerOptions {
  readonly write: (text: string) => void;
  readonly verbose?: boolean;
}

export function stderrLogger(options: StderrLoggerOptions): Logger {
  const { write } = options;
  return {
    debug(message) {
      if (options.verbose) write(`debug: ${message}\n`);
    },
    info(message) {
      write(`${message}\n`);
    },
    warning(message) {
      write(`warning: ${message}\n`);
    },
  };
}
