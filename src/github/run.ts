// The GitHub Action, an adapter of the command layer: mask every secret
// input, pick the command from `command`, read its inputs with
// core.getInput, run it, then log its text, set its step outputs and write
// the job summary. Every failure ends in the one catch, as one error
// annotation: the core names inputs as action.yml does.

import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import { COMMAND_NAMES, DEFAULT_COMMAND, findCommand } from '../commands/registry.ts';
import { runCommand, type Operation } from '../commands/run.ts';
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

/** `operations`: fakes for some operations, by command name, in tests (as the CLI's CliIo.operations). */
export async function run(operations?: Readonly<Record<string, Operation>>): Promise<void> {
  try {
    startMasking();
    maskSecretInputs();
    const spec = commandInput();
    const values = await readInputs(spec, actionReader);
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
    if (spec.summaryOf) await writeSummary(spec.summaryOf(result));
    if (failures.length > 0) throw new DctError('VERIFY', failures.join('\n'));
  } catch (err) {
    if (err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(errorMessage(err));
  }
}
