// The core's progress, written the agent's way: info as plain log lines,
// debug as `##[debug]` (shown when system.debug is true), warnings as issues.

import * as tl from 'azure-pipelines-task-lib';
import type { Logger } from '../logger.ts';

export const taskLogger: Logger = {
  debug: (message) => tl.debug(message),
  info: (message) => console.log(message),
  warning: (message) => tl.warning(message),
};
