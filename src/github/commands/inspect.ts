// `command: inspect`: what `docker trust inspect` shows, as its JSON in the
// `trust` output and as its --pretty text in the log.

import * as core from '@actions/core';
import { formatInspectPretty, inspect, type InspectOptions } from '../../operations/inspect.ts';
import { connectionInputs, listInput } from '../context.ts';
import { actionsLogger } from '../logger.ts';
import { writeInspectSummary } from '../summary.ts';
import type { ActionCommand } from './command.ts';
import { infoPlain } from '../plain-text.ts';

export function inspectOptions(): Omit<InspectOptions, 'logger'> {
  return { references: listInput('tags'), ...connectionInputs() };
}

export const inspectCommand: ActionCommand = {
  async run() {
    const result = await inspect({ ...inspectOptions(), logger: actionsLogger });
    infoPlain(formatInspectPretty(result));
    core.setOutput('trust', JSON.stringify(result.repositories));
    await writeInspectSummary(result);
  },
};
