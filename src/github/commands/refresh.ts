// `command: refresh`: re-sign a repository's roles before they expire, from
// a schedule; with expiring-within only what expires soon.

import * as core from '@actions/core';
import { InputError } from '../../errors.ts';
import { refresh, type RefreshOptions } from '../../operations/refresh.ts';
import { connectionInputs, keyInput, optionalInput, repositoryInput } from '../context.ts';
import { actionsLogger } from '../logger.ts';
import type { ActionCommand } from './command.ts';

const HOUR_MS = 60 * 60 * 1000;
const UNITS: Readonly<Record<string, number>> = { h: HOUR_MS, d: 24 * HOUR_MS, w: 7 * 24 * HOUR_MS };

/** `expiring-within`: a number and a unit (h, d or w), e.g. 180d; empty means refresh always. */
export function durationInput(name: string): number | undefined {
  const value = optionalInput(name);
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*([hdw])$/i.exec(value);
  if (!match) throw new InputError(name, `give a duration such as 180d, 26w or 36h, not "${value}"`);
  return Number(match[1]) * UNITS[match[2]!.toLowerCase()]!;
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
    core.setOutput(
      'refreshed',
      JSON.stringify(
        result.refreshed.map((r) => ({
          role: r.role,
          version: r.version,
          expires: r.expires.toISOString(),
          previousExpires: r.previousExpires.toISOString(),
        })),
      ),
    );
  },
};
