// Entry of the DctSign Azure Pipelines task (task/task.json runs the ncc
// bundle of this file). Resources first, then the work, and one catch that
// fails the task with the error's message.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tl from 'azure-pipelines-task-lib';
import { failureMessage } from './failure-message.ts';

// The bundle is task/dist/index.js; task.json sits one level up.
tl.setResourcePath(join(dirname(fileURLToPath(import.meta.url)), '..', 'task.json'));

/** The Node20_1 handler's Node; the HTTP client (undici 7) needs 20.18 or later. */
const MIN_NODE = [20, 18] as const;

async function main(): Promise<void> {
  try {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
      throw new Error(
        `DctSign needs Node.js ${MIN_NODE.join('.')} or later, but the agent ran it with Node.js ${process.versions.node}; ` +
          'use an agent with the Node24 or Node20_1 handler',
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
