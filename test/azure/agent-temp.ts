// Agent.TempDirectory for unit tests. task-lib writes its vault key there as
// it loads, so this module must be evaluated before task-lib is: import it
// (or ./agent.ts, which imports it first) before anything from src/azure.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const agentTemp = mkdtempSync(join(tmpdir(), 'dct-azure-'));
process.env.AGENT_TEMPDIRECTORY = agentTemp;
