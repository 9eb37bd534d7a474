// What the Actions runner does around a step, for unit tests: inputs as
// INPUT_* variables, and the workflow commands (::add-mask::, ::set-output::,
// ::error:: …) a step writes to stdout, captured and decoded. Without a
// GITHUB_OUTPUT file, @actions/core writes outputs as commands too.

import { afterEach, beforeEach, vi } from 'vitest';
import { startMasking } from '../../../src/github/reader.ts';

/** @actions/core's getInput: INPUT_ + the name with spaces as _, uppercased; hyphens stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Undoes @actions/core's escaping of a command's message. */
export function unescapeCommandData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * The workflow commands the runner would run from a step's raw stdout: lines
 * end at `\n`, `\r\n` or a lone `\r`; `::stop-commands::TOKEN` turns them
 * off until a line `::TOKEN::`. Both command forms, `::name …::` and `##[name …]`.
 */
export function executedCommands(text: string): string[] {
  const executed: string[] = [];
  let resumeWith: string | undefined;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (resumeWith !== undefined) {
      if (line === resumeWith) resumeWith = undefined;
      continue;
    }
    const name = /^::([^\s:]+)[^:]*::(.*)$/.exec(line) ?? /^##\[([^\s\]]+)[^\]]*\](.*)$/.exec(line);
    if (!name) continue;
    if (name[1] === 'stop-commands') resumeWith = `::${name[2]}::`;
    else executed.push(line);
  }
  return executed;
}

export interface CapturedStdout {
  readonly lines: string[];
  /** Everything written, as written. */
  text(): string;
  /** The values of ::add-mask:: commands, decoded. */
  masks(): string[];
  /** What the step set with core.setOutput. */
  outputs(): Record<string, string>;
  /** The messages of ::error:: commands (core.setFailed), decoded. */
  errors(): string[];
  /** The messages of ::warning:: commands, decoded. */
  warnings(): string[];
}

/** Undoes @actions/core's escaping of a command property. */
function unescapeProperty(data: string): string {
  return unescapeCommandData(data.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

function commandMessages(lines: readonly string[], command: string): string[] {
  const prefix = new RegExp(`^::${command}(?: [^:]*)?::`);
  return lines.filter((l) => prefix.test(l)).map((l) => unescapeCommandData(l.replace(prefix, '')));
}

/**
 * Clears INPUT_* (and GITHUB_OUTPUT) before each test and restores the
 * environment and the exit code after it; captures stdout while a test
 * runs. Call at the top of a describe.
 */
export function useRunnerEnv(): { setInputs(inputs: Record<string, string>): void; stdout: CapturedStdout } {
  let saved: NodeJS.ProcessEnv = {};
  const lines: string[] = [];
  const chunks: string[] = [];
  beforeEach(() => {
    saved = { ...process.env };
    for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
    delete process.env.GITHUB_OUTPUT;
    lines.length = 0;
    chunks.length = 0;
    // Each test is a run of its own: values are masked once per run.
    startMasking();
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      lines.push(...String(chunk).split(/\r?\n/).filter((l) => l !== ''));
      return true;
    });
  });
  afterEach(() => {
    // core.setFailed sets it; left set, it would fail the test run.
    process.exitCode = undefined;
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
      text: () => chunks.join(''),
      masks: () =>
        lines.filter((l) => l.startsWith('::add-mask::')).map((l) => unescapeCommandData(l.slice('::add-mask::'.length))),
      outputs: () => {
        const outputs: Record<string, string> = {};
        for (const l of lines) {
          const m = /^::set-output name=([^:]*)::(.*)$/.exec(l);
          if (m) outputs[unescapeProperty(m[1]!)] = unescapeCommandData(m[2]!);
        }
        return outputs;
      },
      errors: () => commandMessages(lines, 'error'),
      warnings: () => commandMessages(lines, 'warning'),
    },
  };
}
