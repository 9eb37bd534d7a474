// Entry of the DctSign Azure Pipelines task (task/task.json runs the ncc
// bundle of this file). Resources first, then the work, and one catch that
// fails the task with the error's message.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tl from 'azure-pipelines-task-lib';
import { failureMessage } from './failure-message.ts';

// The bundle is task/dist/index.js; task.json sits one level up.
tl.setResourcePath(join(dirname(fileURLToPath(import.meta.url)), '..', 'task.json'));

/** package.json's engines; the HTTP client (undici 8) does not even load on Node 20. */
const MIN_NODE_MAJOR = 24;

async function main(): Promise<void> {
  try {
    const major = Number(process.versions.node.split('.')[0]);
    if (major < MIN_NODE_MAJOR) {
      throw new Error(
        `DctSign needs Node.js ${MIN_NODE_MAJOR} or later, but the agent ran it with Node.js ${process.versions.node}; ` +
          'use agent 4.265.1 or later, which runs it with its Node24 handler',
      );
    }
    // Loaded only now, so that an old Node.js gets the message above.
    const { run } = await import('./run.ts');
    tl.setResult(tl.TaskResult.Succeeded, await run());
  } catch (err) {
    tl.setResult(tl.TaskResult.Failed, failureMessage(err));
  }
}

void main();
