// The GitHub Action, an adapter of the command layer: mask every secret
// input, pick the command from `command`, read its inputs with
// core.getInput, run it, then log its text, set its step outputs and write
// the job summary. Every failure ends in the one catch, as one error
// annotation (the core names inputs as action.yml does) and a job summary
// that says what failed and what was, or was not, published.

import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import { COMMAND_NAMES, DEFAULT_COMMAND, findCommand } from '../commands/registry.ts';
import { runCommand, type Operation } from '../commands/run.ts';
import { failureSummary, withFailures, type FailedStage } from '../commands/failure-summary.ts';
import type { AnyCommandSpec } from '../commands/spec.ts';
import { readInputs } from '../commands/values.ts';
import { DctError, errorMessage, InputError } from '../errors.ts';
import { actionsLogger } from './logger.ts';
import { infoPlain } from './plain-text.ts';
import { actionReader, maskKey, maskSecret, maskSecretInputs, secretInputVariables, startMasking } from './reader.ts';
import { actionsRunner } from './runner.ts';
import { writeSummary } from './summary.ts';

export function commandInput(): AnyCommandSpec {
  const name = core.getInput('command') || DEFAULT_COMMAND;
  const spec = findCommand(name);
  if (!spec) throw new InputError('command', `"${name}" is not a command; use one of ${COMMAND_NAMES.join(', ')}`);
  return spec;
}

/** Where the run is: reading inputs, running the command, or its result shown (summary written). */
type Stage = FailedStage | 'shown';

/** `operations`: fakes for some operations, by command name, in tests (as the CLI's CliIo.operations). */
export async function run(operations?: Readonly<Record<string, Operation>>): Promise<void> {
  let command: string | undefined;
  let stage: Stage = 'inputs';
  try {
    startMasking();
    maskSecretInputs();
    const spec = commandInput();
    command = spec.name;
    const values = await readInputs(spec, actionReader);
    stage = 'run';
    const temp = process.env.RUNNER_TEMP || undefined;
    const { result, failures } = await runCommand(
      spec,
      values,
      {
        logger: actionsLogger,
        runner: actionsRunner,
        env: process.env,
        secretVariables: secretInputVariables(),
        workDirectory: temp ?? process.cwd(),
        tempDirectory: temp ?? tmpdir(),
        maskKey,
        maskSecret,
      },
      operations?.[spec.name],
    );
    // A later step that prints a file this run wrote shows it masked too.
    for (const secret of spec.secrets?.(result) ?? []) maskKey(secret);
    if (spec.notes) infoPlain(spec.notes(result).trimEnd());
    infoPlain(spec.text(result, { log: true, flags: new Set() }).trimEnd());
    for (const output of spec.outputs) core.setOutput(output.name, output.value(result));
    const summary = withFailures(spec.summaryOf?.(result), spec.name, failures);
    stage = 'shown';
    if (summary) await writeSummary(summary);
    if (failures.length > 0) throw new DctError('VERIFY', failures.join('\n'));
  } catch (err) {
    if (err instanceof Error && err.stack) core.debug(err.stack);
    // What failed, and what was or was not published, on the run's page too.
    if (stage !== 'shown') await writeSummary(failureSummary(command, err, stage)).catch((e: unknown) => core.debug(errorMessage(e)));
    core.setFailed(errorMessage(err));
  }
}
