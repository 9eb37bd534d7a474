// inspect's inputs, output variable and summary.

import { INSPECT_RESULT, REPO } from './support.ts';
import { captureStdout, taskInputs } from '../agent.ts';
import { describe, expect, it } from 'vitest';
import { inspectOutputs, inspectSummary, readInspectInputs } from '../../../src/azure/commands/inspect.ts';
import { formatInspectPretty } from '../../../src/operations/inspect.ts';

captureStdout();

describe('#readInspectInputs', () => {
  it('takes images with or without a tag', () => {
    expect(readInspectInputs(taskInputs({ tags: `${REPO}\n${REPO}:1` })).references).toEqual([REPO, `${REPO}:1`]);
  });

  it('asks for images when there are none', () => {
    expect(() => readInspectInputs(taskInputs({}))).toThrow(/^tags: list the images to inspect/);
  });
});

describe('#inspectOutputs', () => {
  it("sets trust to docker's JSON", () => {
    expect(JSON.parse(inspectOutputs(INSPECT_RESULT).trust!)).toEqual(INSPECT_RESULT.repositories);
  });
});

describe('#inspectSummary', () => {
  it('shows the --pretty text as a code block', () => {
    expect(inspectSummary(INSPECT_RESULT)).toBe(`\`\`\`text\n${formatInspectPretty(INSPECT_RESULT).trim()}\n\`\`\``);
  });
});
