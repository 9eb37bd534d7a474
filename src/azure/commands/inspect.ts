// inspect: what `docker trust inspect` shows for images (tag optional), from
// verified trust data. The output variable `trust` is docker's JSON; the log
// and the summary show the `--pretty` text.

import { formatInspectPretty, inspect, type InspectOptions, type InspectResult } from '../../operations/inspect.ts';
import type { TaskCommand } from '../command.ts';
import type { TaskInputs } from '../inputs.ts';
import { setOutputs, type Outputs } from '../outputs.ts';
import { plural, uploadSummary } from '../summary.ts';
import { plainText } from '../plain-text.ts';

export function readInspectInputs(inputs: TaskInputs): InspectOptions {
  return {
    references: inputs.references('list the images to inspect, one per line, as registry/repository[:tag]'),
    ...inputs.connectionOptions(),
  };
}

export function inspectOutputs(result: InspectResult): Outputs {
  return { trust: JSON.stringify(result.repositories) };
}

export function inspectSummary(result: InspectResult): string {
  return ['```text', formatInspectPretty(result).trim(), '```'].join('\n');
}

export const runInspect: TaskCommand = async (inputs, { temp }) => {
  const result = await inspect(readInspectInputs(inputs));
  console.log(plainText(formatInspectPretty(result)));
  setOutputs(inspectOutputs(result));
  await uploadSummary(inspectSummary(result), temp);
  return `Inspected ${plural(result.repositories.length, 'image')}`;
};
