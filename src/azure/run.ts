// The task's work, an adapter of the command layer: mask the secrets, run
// the command task.json's `command` input names (sign by default), then log
// its text, set its output variables and upload its summary. Returns the
// message the task completes with.

import { tmpdir } from 'node:os';
import * as tl from 'azure-pipelines-task-lib';
import { COMMAND_NAMES, DEFAULT_COMMAND, findCommand } from '../commands/registry.ts';
import { runCommand, type Operation } from '../commands/run.ts';
import type { AnyCommandSpec } from '../commands/spec.ts';
import { readInputs } from '../commands/values.ts';
import { DctError, InputError } from '../errors.ts';
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

/** `operations`: fakes for some operations, by command name, in tests (as the CLI's CliIo.operations). */
export async function run(operations?: Readonly<Record<string, Operation>>): Promise<string> {
  startMasking();
  const reader = TaskReader.read();
  const spec = readCommand();
  const values = await readInputs(spec, reader);
  const temp = tl.getVariable('Agent.TempDirectory') || tmpdir();
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
  if (spec.summaryOf) await uploadSummary(summaryMarkdown(spec.summaryOf(result)), temp);
  if (failures.length > 0) throw new DctError('VERIFY', failures.join('\n'));
  return spec.done(result);
}
