// The core's progress on stderr, so that stdout carries only the result
// (a table, or JSON with --json) and can be piped. Warnings are `warning: …`
// lines, as docs/commands.md has them for the CLI.
//
// How much is written is the command line's choice (outputLevel):
// - --verbose adds `debug: …` lines: each request, retry and phase, with its time;
// - --quiet leaves errors and the result only: no progress and no warnings,
//   as the issue that asked for it put it. A script that must not go on past
//   a warning it would not see makes it an error instead (require-pin for a
//   root trusted on first use); the exit code still says whether it failed.

import type { Logger } from '../logger.ts';
import type { FlagValues } from './parse-flags.ts';
import { UsageError } from './usage-error.ts';

export type OutputLevel = 'quiet' | 'normal' | 'verbose';

export interface StderrLoggerOptions {
  readonly write: (text: string) => void;
  /** 'normal' unless given. */
  readonly level?: OutputLevel;
}

/** The level --quiet and --verbose ask for; both at once is a wrong command line. */
export function outputLevel(values: FlagValues, command: string): OutputLevel {
  const quiet = values.quiet === true;
  const verbose = values.verbose === true;
  if (quiet && verbose) {
    throw new UsageError('--quiet', 'cannot be given with --verbose; give one of them', { command });
  }
  return quiet ? 'quiet' : verbose ? 'verbose' : 'normal';
}

export function stderrLogger(options: StderrLoggerOptions): Logger {
  const { write } = options;
  const level = options.level ?? 'normal';
  return {
    debug(message) {
      if (level === 'verbose') write(`debug: ${message}\n`);
    },
    info(message) {
      if (level !== 'quiet') write(`${message}\n`);
    },
    warning(message) {
      if (level !== 'quiet') write(`warning: ${message}\n`);
    },
  };
}
