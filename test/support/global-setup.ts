// vitest globalSetup for the `stack` project: starts the real stack once and
// hands its StackInfo to the tests (`inject('stack')`). With DCT_STACK_JSON
// pointing at the stack.json of a running stack (`npm run stack`), that stack
// is reused and left running.
import type { TestProject } from 'vitest/node';
import { findDockerCli } from './docker-cli.ts';
import { readStackInfo, startStack, type StackInfo } from './stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  // The docker CLI the tests drive (docker-cli.ts); a DCT_TEST_DOCKER without `docker trust` fails here.
  const docker = findDockerCli();
  console.log(`[stack] docker CLI: ${docker.path} (${docker.version})`);
  const reuse = process.env.DCT_STACK_JSON;
  if (reuse !== undefined && reuse !== '') {
    project.provide('stack', readStackInfo(reuse));
    return undefined;
  }
  const stack = await startStack({ log: (m) => console.log(`[stack] ${m}`) });
  project.provide('stack', stack.info);
  return () => stack.stop();
}
