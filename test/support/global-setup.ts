// vitest globalSetup for the `stack` project: starts the real stack once and
// hands its StackInfo to the tests (`inject('stack')`). With DCT_STACK_JSON
// pointing at the stack.json of a running stack (`npm run stack`), that stack
// is reused and left running.
import type { TestProject } from 'vitest/node';
import { readStackInfo, startStack, type StackInfo } from './stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const reuse = process.env.DCT_STACK_JSON;
  if (reuse !== undefined && reuse !== '') {
    project.provide('stack', readStackInfo(reuse));
    return undefined;
  }
  const stack = await startStack({ log: (m) => console.log(`[stack] ${m}`) });
  project.provide('stack', stack.info);
  return () => stack.stop();
}
