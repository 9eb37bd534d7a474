// A run that saves the trust state again and again, as several CI jobs
// sharing one state file would: `node write-trust-state.ts FILE STATE-JSON
// NAME COUNT` writes the repository state in STATE-JSON under the names
// NAME-0 … NAME-(COUNT-1), one write each.

import { readFileSync } from 'node:fs';
import { repositoryStateFromJSON, writeTrustStateFile } from '../../../src/trust/trust-state.ts';

const [path, stateFile, name, count] = process.argv.slice(2) as [string, string, string, string];
const state = repositoryStateFromJSON(JSON.parse(readFileSync(stateFile, 'utf8')), 'state');
for (let i = 0; i < Number(count); i++) {
  await writeTrustStateFile(path, new Map([[`${name}-${i}`, state]]));
}
