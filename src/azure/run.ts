// The task's work, an adapter of the command layer: mask the secrets, run
// the command task.json's `command` input names (sign by default), then log
// its text, set its output variables and upload its summary. Returns the
// message the task completes with; on failure, uploads a summary of what
// failed and what was, or was not, published.

import { tmpdir } from 'node:os';
import * as tl from 'azure-pipelines-task-lib';
import { COMMAND_NAMES, DEFAULT_COMMAND, findCommand } from '../commands/registry.ts';
import { runCommand, type Operation } from '../commands/run.ts';
import { failureSummary, withFailures, type FailedStage } from '../commands/failure-summary.ts';
import type { AnyCommandSpec } from '../commands/spec.ts';
import { readInputs } from '../commands/values.ts';
import { DctError, errorMessage, InputError } from '../errors.ts';
import { taskLogger } from './logger.ts';
import { mask, startMasking } from './masking.ts';
import { camelCase } from './names.ts';
import { plainText } from './plain-text.ts';
import { agentProxy } from './proxy.ts';
import { secretInputVariables, TaskReader } from './reader.ts';
import { TaskCommandRunner } from './runner.ts';
import { summaryMarkdown, uploadSummary } from './summary.ts';

export function readCommand(): AnyCommandSpec {
  const name = TaskReader.plain('command') ?? DEFAULT_COMMAND;
  const spec = findCommand(name);
  if (!spec) throw new InputError('command', `unknown command "${name}"; choose one of ${COMMAND_NAMES.join(', ')}`);
  return spec;
}

/** Where the run is: reading inputs, running the command, or its result shown (summary uploaded). */
interface Progress {
  command?: string;
  stage: FailedStage | 'shown';
}

const agentTemp = () => tl.getVariable('Agent.TempDirectory') || tmpdir();

/**
 * `operations`: fakes for some operations, by command name, in tests (as the
 * CLI's CliIo.operations). A failure also uploads a summary that says what
 * failed and what was, or was not, published, then reaches main's catch.
 */
export async function run(operations?: Readonly<Record<string, Operation>>): Promise<string> {
  const progress: Progress = { stage: 'inputs' };
  try {
    return await runTask(progress, operations);
  } catch (err) {
    if (progress.stage !== 'shown') {
      const summary = summaryMarkdown(failureSummary(progress.command, err, progress.stage));
      await uploadSummary(summary, agentTemp()).catch((e: unknown) => tl.debug(errorMessage(e)));
    }
    throw err;
  }
}

async function runTask(progress: Progress, operations?: Readonly<Record<string, Operation>>): Promise<string> {
  startMasking();
  const reader = TaskReader.read();
  const spec = readCommand();
  progress.command = spec.name;
  const values = await readInputs(spec, reader);
  progress.stage = 'run';
  const temp = agentTemp();
  const { proxy, env } = agentProxy();
  const { result, failures } = await runCommand(
    spec,
    values,
    {
      logger: taskLogger,
      runner: new TaskCommandRunner(),
      env: { ...process.env, ...env },
      secretVariables: secretInputVariables(),
      proxy,
      workDirectory: temp,
      tempDirectory: temp,
      maskKey: (text) => mask(text),
      maskSecret: (text) => mask(text),
    },
    operations?.[spec.name],
  );
  // A later step that prints a file this run wrote shows it masked too.
  for (const secret of spec.secrets?.(result) ?? []) mask(secret);
  if (spec.notes) console.log(plainText(spec.notes(result).trimEnd()));
  console.log(plainText(spec.text(result, { log: true, flags: new Set() }).trimEnd()));
  for (const output of spec.outputs) tl.setVariable(camelCase(output.name), output.value(result), false, true);
  const summary = withFailures(spec.summaryOf?.(result), spec.name, failures);
  progress.stage = 'shown';
  if (summary) await uploadSummary(summaryMarkdown(summary), temp);
  if (failures.length > 0) throw new DctError('VERIFY', failures.join('\n'));
  return spec.done(result);
}
