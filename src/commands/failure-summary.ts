// The summary of a run that failed, alike on every platform: what failed,
// and what was, or was not, published. "Nothing was published" is said only
// where it is known: the run stopped while reading its inputs, before any
// request. A failure after publishing to some repositories names them
// (PartiallyPublishedError); any other failure points to the log, and
// rerunning is safe (the operations are idempotent). A failure the command's
// result carries (sign's tags that could not be pushed, a trust state that
// was not saved, verify's failing references) is added to its own summary.

import { errorMessage, PartiallyPublishedError } from '../errors.ts';
import type { Summary } from './spec.ts';

/** Where a run stopped: reading its inputs (nothing sent yet), or running the command. */
export type FailedStage = 'inputs' | 'run';

function publishedNote(err: unknown, stage: FailedStage): string {
  if (stage === 'inputs') return 'Nothing was published: the run stopped while reading its inputs, before any request.';
  if (err instanceof PartiallyPublishedError) {
    return `Already changed before the failure: ${err.changed.join(', ')}. Rerunning is safe.`;
  }
  return 'Whatever was published before the failure is in the log; rerunning is safe.';
}

/** The summary of a run that ended in `err` (`command` undefined when the command input itself was wrong). */
export function failureSummary(command: string | undefined, err: unknown, stage: FailedStage): Summary {
  const what = command ? `dct-sign ${command}` : 'dct-sign';
  return { intro: `❌ ${what} failed: ${errorMessage(err)}`, header: [], rows: [], notes: [publishedNote(err, stage)] };
}

/** A command's summary of its result, with the failures that fail the run after it is shown. */
export function withFailures(summary: Summary | undefined, command: string, failures: readonly string[]): Summary | undefined {
  if (failures.length === 0) return summary;
  const notes = failures.map((f) => `❌ ${f}`);
  if (!summary) return { intro: `❌ dct-sign ${command} failed.`, header: [], rows: [], notes };
  return { ...summary, notes: [...(summary.notes ?? []), ...notes] };
}
