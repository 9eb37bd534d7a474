// `command: refresh`: re-sign a repository's roles before they expire, from
// a schedule; with expiring-within only what expires soon.

import * as core from '@actions/core';
import { parseDuration } from '../../operations/inputs.ts';
import { refreshedOutput } from '../../operations/output-json.ts';
import { refresh, type RefreshOptions } from '../../operations/refresh.ts';
import { connectionInputs, keyInput, optionalInput, repositoryInput } from '../context.ts';
import { actionsLogger } from '../logger.ts';
import type { ActionCommand } from './command.ts';

/** `expiring-within`: a number and a unit (h, d or w), e.g. 180d; empty means refresh always. */
export function durationInput(name: string): number | undefined {
  return parseDuration(optionalInput(name), name);
}

export function refreshOptions(): Omit<RefreshOptions, 'logger'> {
  return {
    reference: repositoryInput('refresh'),
    signerKey: keyInput('signer-key'),
    repositoryKey: keyInput('repository-key'),
    expiringWithinMs: durationInput('expiring-within'),
    ...connectionInputs(),
  };
}

export const refreshCommand: ActionCommand = {
  async run() {
    const result = await refresh({ ...refreshOptions(), logger: actionsLogger });
    core.setOutput('refreshed', JSON.stringify(refreshedOutput(result)));
  },
};
