// What the Actions runner does around a step, for unit tests: inputs as
// INPUT_* variables, and the workflow commands (::add-mask:: …) a step
// writes to stdout, captured and decoded.

import { afterEach, beforeEach, vi } from 'vitest';

/** @actions/core's getInput: INPUT_ + the name with spaces as _, uppercased; hyphens stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Undoes @actions/core's escaping of a command's message. */
export function unescapeCommandData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export interface CapturedStdout {
  readonly lines: string[];
  /** The values of ::add-mask:: commands, decoded. */
  masks(): string[];
}

/**
 * Clears INPUT_* before each test and restores the environment after it;
 * captures stdout while a test runs. Call at the top of a describe.
 */
export function useRunnerEnv(): { setInputs(inputs: Record<string, string>): void; stdout: CapturedStdout } {
  let saved: NodeJS.ProcessEnv = {};
  const lines: string[] = [];
  beforeEach(() => {
    saved = { ...process.env };
    for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
    lines.length = 0;
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split(/\r?\n/).filter((l) => l !== ''));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  });
  return {
    setInputs(inputs) {
      for (const [name, value] of Object.entries(inputs)) process.env[inputVariable(name)] = value;
    },
    stdout: {
      lines,
      masks: () =>
        lines.filter((l) => l.startsWith('::add-mask::')).map((l) => unescapeCommandData(l.slice('::add-mask::'.length))),
    },
  };
}
