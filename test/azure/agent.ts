// The agent's side of a task run, for unit tests: the INPUT_* and ENDPOINT_*
// environment task-lib reads, and what the task printed to stdout (its
// `##vso[...]` commands and log lines).

import { rmSync } from 'node:fs';
import { agentTemp } from './agent-temp.ts';
import * as im from 'azure-pipelines-task-lib/internal.js';
import { afterAll, afterEach, beforeEach, vi } from 'vitest';
import { startMasking } from '../../src/azure/masking.ts';
import { CONNECTION_INPUT } from '../../src/azure/names.ts';
import { TaskReader } from '../../src/azure/reader.ts';
import { endpointEnv, inputEnv, type EndpointSpec } from './support.ts';

export { agentTemp };

const set = new Set<string>();

/** Gives the process what the agent would and has task-lib load it, as at a task's start. */
export function agent(env: Readonly<Record<string, string>>): void {
  for (const name of set) delete process.env[name];
  set.clear();
  for (const [name, value] of Object.entries(env)) {
    process.env[name] = value;
    set.add(name);
  }
  im._loadData();
}

/** Gives the process a run's INPUT_* values (and service connection), as the agent would. */
export function taskEnv(inputs: Readonly<Record<string, string>>, endpoint?: EndpointSpec): void {
  agent({ ...inputEnv(inputs), ...(endpoint ? { [`INPUT_${CONNECTION_INPUT.toUpperCase()}`]: endpoint.id, ...endpointEnv(endpoint) } : {}) });
}

/** The task's inputs as a run with these INPUT_* values (and service connection) reads them. */
export function taskInputs(inputs: Readonly<Record<string, string>>, endpoint?: EndpointSpec): TaskReader {
  taskEnv(inputs, endpoint);
  return TaskReader.read();
}

/** Collects stdout for each test of the file; read `stdout.text`. */
export function captureStdout(): { readonly text: string } {
  const captured = { text: '' };
  beforeEach(() => {
    captured.text = '';
    // Each test is a run of its own: values are masked once per run.
    startMasking();
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      captured.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    });
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      captured.text += `${args.join(' ')}\n`;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const name of set) delete process.env[name];
    set.clear();
  });
  afterAll(() => rmSync(agentTemp, { recursive: true, force: true }));
  return captured;
}
