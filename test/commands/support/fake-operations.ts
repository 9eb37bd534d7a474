// Fake operations for the adapters' tests: one that records the options it
// was given, and a set that fails any test that reaches an operation.

import { COMMAND_NAMES } from '../../../src/commands/registry.ts';
import type { Operation } from '../../../src/commands/run.ts';

/** A fake operation that records the options it was given and returns `result`. */
export function fake(result: unknown): { readonly calls: Record<string, unknown>[]; readonly operation: Operation } {
  const calls: Record<string, unknown>[] = [];
  const operation = (async (options: Record<string, unknown>) => {
    calls.push(options);
    return result;
  }) as Operation;
  return { calls, operation };
}

/** Fakes for every command, that fail a test that reaches one. */
export const UNREACHABLE: Record<string, Operation> = Object.fromEntries(
  COMMAND_NAMES.map((name) => [
    name,
    (async () => {
      throw new Error(`the ${name} operation ran`);
    }) as Operation,
  ]),
);
