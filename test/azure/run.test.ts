// Which command a run dispatches to: task.json's `command` input, sign when
// it is not set (pipelines written before there were commands).

import { captureStdout, taskInputs } from './agent.ts';
import { describe, expect, it } from 'vitest';
import { COMMANDS, readCommand } from '../../src/azure/run.ts';
import { InputError } from '../../src/errors.ts';

captureStdout();

describe('#readCommand', () => {
  it('runs sign when command is not set', () => {
    expect(readCommand(taskInputs({}))).toBe(COMMANDS.sign);
  });

  it('runs the command named', () => {
    expect(readCommand(taskInputs({ command: 'verify' }))).toBe(COMMANDS.verify);
  });

  it('refuses an unknown command, listing the known ones', () => {
    expect(() => readCommand(taskInputs({ command: 'toString' }))).toThrow(
      expect.objectContaining({ input: 'command', message: expect.stringContaining('sign, inspect, verify') }) as InputError,
    );
  });
});
