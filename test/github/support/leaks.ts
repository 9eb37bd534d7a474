// The leak scan for runs of the bundled action: no secret in what the step
// shows (its log, minus the ::add-mask:: commands the runner consumes), in
// its outputs, or in its job summary.

import { expect } from 'vitest';
import type { ActionRun } from './action-run.ts';

/** Every run of base64 in a key file long enough to mean something, for leak scans. */
export function keyLines(pem: string): string[] {
  return pem.split('\n').filter((l) => l.length >= 8 && /^[A-Za-z0-9+/]+={0,2}$/.test(l));
}

/** The step's log as the runner would show it: ::add-mask:: commands are consumed by the runner, not shown. */
export function shownLog(run: ActionRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return `${stdout}\n${run.stderr}`;
}

/** The values of the ::add-mask:: commands the step wrote. */
export function masks(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::add-mask::'))
    .map((l) => l.slice('::add-mask::'.length));
}

/** Fails when any of `secrets` shows in the step's log, outputs or summary. */
export function expectNoSecrets(run: ActionRun, secrets: readonly string[]): void {
  const shown = [shownLog(run), ...Object.values(run.outputs), run.summary].join('\n');
  for (const secret of secrets) {
    expect(secret.length).toBeGreaterThan(0);
    expect(shown).not.toContain(secret);
  }
}
